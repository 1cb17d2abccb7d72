"""Issue 13, session 21, newscausal11 (docs/causal.md round 47): an object's "to" infinitive is the act's purpose in a
last-resort split (``object_purpose_splits``; ``causal_implicit.object_purpose``), and "lead up to" is time, no cause
(markers.yml ``not_prts``).

Reading the news excerpts, the last-resort split of a clause whose verb's object carries an infinitive cut it at the
subject or after the verb ("A rebel faction | has launched a campaign to topple X", "a campaign to topple X ->
launched"); CNC marks the infinitive as the purpose of the act ("to topple X" -> "launched a campaign"). A noun whose
infinitive says what it is ("willingness to return", markers.yml ``complement_nouns``) is no purpose. Sentences are
made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_implicit import object_purpose
from detente.nlp.causal_markers import load_lexicon
from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import Classifier

from .causal_sentences import assert_shipped_on_default_off, extractor_with
from .conftest import only_sentence


def _extractor(on: bool) -> Extractor:
    return extractor_with(object_purpose_splits=on)


def _pairs(parse: Language, text: str, on: bool) -> list[tuple[str, str]]:
    sent = only_sentence(parse, text)
    claims: list[dict[str, Any]] = _extractor(on).fallback(sent, True, True)
    return [(c["cause"], c["effect"]) for c in claims]


def test_shipped_on() -> None:
    assert_shipped_on_default_off("object_purpose_splits")


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "A rebel faction has launched a nationwide campaign to topple the provincial council.",
            "to topple the provincial council",
            "A rebel faction has launched a nationwide campaign",
        ),
        (
            "The rival groups are doing everything to delay the vote.",
            "to delay the vote",
            "The rival groups are doing everything",
        ),
    ],
)
def test_object_infinitive_is_the_purpose(parse: Language, text: str, cause: str, effect: str) -> None:
    assert _pairs(parse, text, True)[0] == (cause, effect)
    # before the round: the split cut at the subject, the infinitive inside the effect
    before = _pairs(parse, text, False)
    assert before and before[0][0] != cause


def test_complement_noun_is_no_purpose(parse: Language) -> None:
    text = "The former minister expressed his willingness to testify before the panel."
    sent = only_sentence(parse, text)
    assert object_purpose(sent.root, load_lexicon().complement_nouns) is None
    assert all(not c.startswith("to testify") for c, _ in _pairs(parse, text, True))


def test_copula_and_clause_without_object_give_none(parse: Language) -> None:
    lex = load_lexicon()
    for text in ("It is the right moment to negotiate with the strikers.", "The farmers gathered to block the road."):
        sent = only_sentence(parse, text)
        assert object_purpose(sent.root, lex.complement_nouns) is None


def test_led_up_to_is_time_not_cause(parse: Language, extractor: Extractor) -> None:
    sent = only_sentence(parse, "The secret meetings that led up to the merger were never recorded.")
    assert not [c for c in extractor.extract(sent) if "lead" in c["signal"] or "led" in c["signal"]]
    # the causal sense stays
    sent = only_sentence(parse, "The secret meetings led to a merger of the two firms.")
    claims = extractor.extract(sent)
    assert any(c["cause"] == "The secret meetings" and "merger" in c["effect"] for c in claims)


def test_passive_infinitive_adjunct_stands_for_its_clause(parse: Language) -> None:
    text = "The admiral ordered three frigates to be moved closer to the coast in response to the border raids."
    sent = only_sentence(parse, text)

    def effect(on: bool) -> str:
        ex = extractor_with(passive_infinitive_adjuncts=on)
        (claim,) = [c for c in ex.extract(sent) if c["signal"] == "in response to"]
        assert claim["cause"] == "the border raids"
        return str(claim["effect"])

    assert effect(True) == "The admiral ordered three frigates to be moved closer to the coast"
    assert effect(False).startswith("to be moved")  # before the round: the bare infinitive


def test_shipped_passive_infinitives_on() -> None:
    assert_shipped_on_default_off("passive_infinitive_adjuncts")


def test_means_effect_is_the_clause(parse: Language) -> None:
    sent = only_sentence(parse, "The city council reduced traffic in the old town by closing two bridges.")

    def pair(on: bool) -> tuple[str, str]:
        ex = extractor_with(means_clause_effects=on)
        (claim,) = [c for c in ex.extract(sent) if c["signal"] == "by"]
        return str(claim["cause"]), str(claim["effect"])

    assert pair(True) == ("closing two bridges", "The city council reduced traffic in the old town")
    assert pair(False) == ("closing two bridges", "traffic")  # before the round: the object alone
    assert Classifier.load().settings.means_clause_effects is True
