"""Issue 14 item 5, session 18 (speed10): the hot paths rewritten for speed give what they gave before.

The title-case stage reads each sentence's words once (``_words`` passed to ``title_case``, ``BodyCasing`` and
``sentence_case``); the causal scorer's features read each token attribute once; the event rules test a word
against two lexicon sets without building their union per token. Invented sentences only.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from detente.ingest.segment import split_sentences
from detente.nlp.causal_extractor import load_lexicon
from detente.nlp.causal_scorer import sentence_features
from detente.nlp.pipeline import make_doc
from detente.nlp.title_case import BodyCasing, _words, sentence_case, title_case

from .event_sentences import asserted

BODY = (
    "Officials in Quito said the trade deals cover bananas and shrimp. "
    "The agreements took two years of talks, and both governments expect new deals next year."
)


def sentences(rules_nlp: Language, text: str) -> list[Span]:
    doc = rules_nlp(make_doc(rules_nlp, text, "2024-05-01", [start for start, _ in split_sentences(text)]))
    return list(doc.sents)


def test_words_read_once_give_the_same_title_case_reading(rules_nlp: Language) -> None:
    sents = sentences(rules_nlp, "Ecuador Signs Twelve Trade Deals With Panama\n" + BODY)
    alpha = [_words(s) for s in sents]
    assert alpha[0][:2] == [(0, "Ecuador"), (1, "Signs")]
    assert [title_case(s) for s in sents] == [title_case(s, w) for s, w in zip(sents, alpha, strict=True)]
    assert title_case(sents[0], alpha[0]) and not title_case(sents[1], alpha[1])

    def known(word: str) -> bool:
        return word in {"sign", "signs", "twelve"}

    from_spans, from_words = BodyCasing(sents[1:], known), BodyCasing(alpha[1:], known)
    assert (from_spans.capitalised, from_spans.initial, from_spans.lower) == (
        from_words.capitalised,
        from_words.initial,
        from_words.lower,
    )
    assert "deals" in from_words.lower and "Officials" in from_words.initial
    words = sentence_case(sents[0], from_words, alpha[0])
    assert words == sentence_case(sents[0], from_spans)
    assert words is not None and [w for w in words if w.strip()][:3] == ["Ecuador", "signs", "twelve"]


def test_a_title_case_headline_is_still_reparsed(rules_nlp: Language) -> None:
    sents = sentences(rules_nlp, "Ecuador Signs Twelve Trade Deals With Panama\n" + BODY)
    signs = sents[0][1]
    assert signs.text == "Signs" and signs.lemma_ == "sign" and signs.pos_ == "VERB"


def test_causal_features_keep_their_order_and_marker_verbs(rules_nlp: Language) -> None:
    sent = sentences(rules_nlp, "The floods caused shortages because the roads were closed.")[0]
    feats = sentence_features(sent, load_lexicon())
    assert feats[0] == "bias" and feats[-1].startswith("len:")
    assert "v:cause" in feats and "mv:cause" in feats and "mv_any" in feats
    assert feats.index("v:cause") < feats.index("mv:cause")  # the token's own features before the marker's
    assert any(f.startswith("advcl:because") for f in feats)


def test_plan_and_wish_words_still_trigger(rules_nlp: Language) -> None:
    # a plan noun (either set of the former union), a wish verb and a deliberation verb
    assert ("ECU", "PAN", "036") in asserted(rules_nlp, "Ecuador floated the idea of talks with Panama .")
    assert {c[:2] for s, t, c in asserted(rules_nlp, "Ecuador wants to meet Panama .") if (s, t) == ("ECU", "PAN")}
    assert asserted(rules_nlp, "Ecuador demonstrated resolve .") == set()
