"""Round 43 of issue 13 (docs/causal.md): an effect drops any phrase the parse hangs on the clause after its first
comma, and the implicit split reads "as I mentioned" as a comment.

``trim_fronted_parse`` (classifier.json: true; ``causal_parse.after_fronted_parse``, applied in ``Extractor.claim``):
round 10's ``after_fronted`` cuts an effect's fronted adverbial only when it opens with a listed word ("In 2009 , ...");
this one asks the parse: a phrase before the first comma whose words all hang inside it or, as an adverbial clause, a
bare noun of time, a prepositional phrase or an adverb, on a word after the comma ("The last time the power failed ,
| residents went on the rampage"). ``implicit_as_comments`` (classifier.json: true; ``causal_implicit.comment_clause``):
the implicit split skips an "as" clause whose verb is a bare reporting verb, as the marker rule does.

Sentences are made up for the test.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_parse import after_fronted_parse, span_tokens
from detente.nlp.causal_scorer import Classifier
from tests.causal_sentences import extractor_with
from tests.conftest import claims_at, only_sentence, words_of


def _trimmed(parse: Language, text: str, effect: str) -> str:
    sent = only_sentence(parse, text)
    return " ".join(t.text for t in after_fronted_parse(words_of(sent, effect)))


def test_shipped_settings() -> None:
    settings = Classifier.load().settings
    assert settings.trim_fronted_parse is True
    assert settings.implicit_as_comments is True


def test_a_fronted_time_noun_is_dropped(parse: Language) -> None:
    text = "The last time the power failed in the town, residents went on the rampage as they protested."
    effect = "The last time the power failed in the town, residents went on the rampage"
    assert _trimmed(parse, text, effect) == "residents went on the rampage"


def test_a_fronted_adverb_and_phrase_are_dropped(parse: Language) -> None:
    text = "Previously, the minister accused the union of delaying talks because it wanted a strike."
    effect = "Previously, the minister accused the union of delaying talks"
    assert _trimmed(parse, text, effect) == "the minister accused the union of delaying talks"


def test_a_subject_before_the_comma_stays(parse: Language) -> None:
    # "The union, angry at the decision, called a strike": the words before the comma are the subject, not an adverbial
    text = "The union, angry at the pay cut, called a strike because talks failed."
    effect = "The union, angry at the pay cut, called a strike"
    assert _trimmed(parse, text, effect) == "The union , angry at the pay cut , called a strike"


def test_too_little_left_stays(parse: Language) -> None:
    sent = only_sentence(parse, "On Monday, prices rose.")
    tokens = span_tokens(sent.doc, sent.start, sent.end - 1)
    assert after_fronted_parse(tokens) == tokens


def test_the_switch_cuts_the_effect(linear_causal: Language) -> None:
    text = "The last time the power failed in the town, residents went on the rampage as they protested."
    off = [(c["cause"], c["effect"]) for c in claims_at(linear_causal, text, 0.95, None, trim_fronted_parse=False)]
    on = [(c["cause"], c["effect"]) for c in claims_at(linear_causal, text, 0.95, None, trim_fronted_parse=True)]
    assert ("they protested", "The last time the power failed in the town, residents went on the rampage") in off
    assert ("they protested", "residents went on the rampage") in on


def test_as_i_mentioned_is_no_cause_of_the_implicit_split(parse: Language) -> None:
    sent = only_sentence(parse, "As I mentioned recently, the talks could collapse within a week.")
    off = [c["cause"] for c in extractor_with(implicit_as_comments=False).fallback(sent)]
    on = [c["cause"] for c in extractor_with(implicit_as_comments=True).fallback(sent)]
    assert "I mentioned recently" in off
    assert "I mentioned recently" not in on


def test_an_as_clause_that_states_something_stays(parse: Language) -> None:
    sent = only_sentence(
        parse, "As the officers insisted on searching the village, the villagers started pelting stones."
    )
    causes = [c["cause"] for c in extractor_with(implicit_as_comments=True).fallback(sent)]
    assert causes == ["the officers insisted on searching the village"]
