"""Issue 14, session 26 (speed1): the column filters the parse repairs now start from give the tokens of the plain
loops, in order, also after a repair retags a token; the actor resolver reads the event lexicon's words once."""

from __future__ import annotations

from spacy.language import Language

from detente.nlp import actor_resolver
from detente.nlp.token_scan import lemma_where, lower_where, tag_hits

TEXT = (
    "Nigeria rejects Cameroon claims over the border. Qatar is mediating between Israel and Hamas, "
    "reports aid agencies. China open to mediating talks; Oman, Iran sign deal and say they are ready."
)


def test_column_filters_same_tokens_as_the_loops(parse: Language) -> None:
    doc = parse(TEXT)
    tags = frozenset({"VBZ", "VBP"})
    assert tag_hits(doc, tags) == [t.i for t in doc if t.tag_ in tags]
    assert lower_where(doc, lambda s: s.endswith("ing")) == [t.i for t in doc if t.lower_.endswith("ing")]
    assert lemma_where(doc, "be".__eq__) == [t.i for t in doc if t.lemma_ == "be"]
    verbs = frozenset({"say", "report"})
    assert lemma_where(doc, lambda s: s.lower() in verbs) == [t.i for t in doc if t.lemma_.lower() in verbs]
    assert tag_hits(doc[:0].as_doc(), tags) == []


def test_tag_filter_reads_the_current_tags(parse: Language) -> None:
    doc = parse(TEXT)
    first = tag_hits(doc, frozenset({"VBZ"}))[0]
    doc[first].tag_ = "NNS"  # as retag_object_verbs does
    assert first not in tag_hits(doc, frozenset({"VBZ"}))
    assert first in tag_hits(doc, frozenset({"NNS"}))


def test_event_words_read_once() -> None:
    actor_resolver._event_words.cache_clear()
    verbs, nouns = actor_resolver._meeting_mediation_words(None)
    sponsors = actor_resolver._sponsor_participles(None)
    assert actor_resolver._event_words.cache_info().misses == 1
    assert {"broker", "mediate"} & verbs and "talk" in nouns | {n.rstrip("s") for n in nouns}
    assert "backed" in sponsors
