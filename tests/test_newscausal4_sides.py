"""Round 28 of issue 13 (docs/causal.md): sides that cannot be a cause or an effect, read off the news excerpts.

- ``causal_parse.later_event``: a clause or phrase that "before" or "prior to" opens tells of a later event than the
  one it hangs from ("wants to see the figures before | approving the loan"), so the extractor never takes it as a
  cause (markers.yml ``later_event_marks``); "after" and other markers are untouched.
- ``causal_parse.indirect_question``: a clause that "whether" or "if" opens as a complement ("asked | if the plant
  would close", "doubts about | whether the board could stop X") asks a question; it is neither a cause nor an
  effect (``Extractor.no_question_sides``). An adverbial "if" clause is a condition and stays a cause.

Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Span

from detente.nlp.causal_parse import indirect_question, later_event
from detente.nlp.causal_rules import Extractor
from tests.causal_sentences import extractor_with
from tests.conftest import only_sentence, words_of


def claimed(extractor: Extractor, sent: Span, cause: str, effect: str, signal: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    extractor.claim(
        found, sent, words_of(sent, cause), words_of(sent, effect), words_of(sent, signal), "+", split=False
    )
    return found


LATER = [
    # a "before" clause after the main clause
    (
        "The bank wants to see the farm's accounts before approving the new loan.",
        "approving the new loan",
        "The bank wants to see the farm's accounts",
    ),
    # a finite "before" clause with its own subject
    (
        "The union asked for written guarantees before its members return to the mill.",
        "its members return to the mill",
        "The union asked for written guarantees",
    ),
    # "prior to" with a noun phrase, and the side opening on the mark itself
    (
        "The council sealed the old records prior to the audit of the port.",
        "prior to the audit of the port",
        "The council sealed the old records",
    ),
]

EARLIER = [
    # "after": the clause tells of an earlier event and may be the cause
    (
        "The ferry service was suspended after the storm damaged the pier.",
        "the storm damaged the pier",
        "The ferry service was suspended",
    ),
    # "because": a reason
    (
        "The mill closed because the river ran dry before the harvest.",
        "the river ran dry before the harvest",
        "The mill closed",
    ),
]


def test_a_side_opened_by_before_is_a_later_event(parse: Language, extractor: Extractor) -> None:
    for text, cause, _ in LATER:
        sent = only_sentence(parse, text)
        assert later_event(words_of(sent, cause), extractor.lex.later_event_marks), text


def test_after_and_reason_clauses_are_not(parse: Language, extractor: Extractor) -> None:
    for text, cause, _ in EARLIER:
        sent = only_sentence(parse, text)
        assert not later_event(words_of(sent, cause), extractor.lex.later_event_marks), text


def test_the_extractor_never_takes_a_later_event_as_cause(parse: Language, extractor: Extractor) -> None:
    for text, cause, effect in LATER:
        sent = only_sentence(parse, text)
        assert not claimed(extractor, sent, cause, effect, effect.split()[-1]), text
    for text, cause, effect in EARLIER:
        sent = only_sentence(parse, text)
        assert claimed(extractor, sent, cause, effect, "after" if "after" in text else "because"), text


QUESTIONS = [
    # an "if" complement of a verb of asking, as cause
    (
        "The mayor spoke on Monday when asked if the plant would close next year.",
        "the plant would close next year",
        "The mayor spoke on Monday",
    ),
    # a "whether" clause under a preposition, as effect
    (
        "Farmers voiced doubts about whether the board could stop the price slide.",
        "the price slide",
        "the board could stop",
    ),
]


def test_an_indirect_question_is_found(parse: Language) -> None:
    sent = only_sentence(parse, QUESTIONS[0][0])
    assert indirect_question(words_of(sent, QUESTIONS[0][1]))
    sent = only_sentence(parse, QUESTIONS[1][0])
    assert indirect_question(words_of(sent, "the board could stop the price slide"))
    sent = only_sentence(parse, "Officials could not tell if the new dam would hold back the spring floods.")
    assert indirect_question(words_of(sent, "the new dam would hold back the spring floods"))


def test_a_condition_and_a_that_clause_are_not(parse: Language) -> None:
    sent = only_sentence(parse, "If the river floods again, the town will close the lower road.")
    assert not indirect_question(words_of(sent, "the river floods again"))
    sent = only_sentence(parse, "The mayor said that the plant would close next year.")
    assert not indirect_question(words_of(sent, "the plant would close next year"))


def test_the_extractor_drops_question_sides_only_with_the_switch(parse: Language, extractor: Extractor) -> None:
    text, cause, effect = QUESTIONS[0]
    sent = only_sentence(parse, text)
    for on in (False, True):
        assert bool(claimed(extractor_with(no_question_sides=on), sent, cause, effect, "spoke")) is not on
    cond = only_sentence(parse, "If the river floods again, the town will close the lower road.")
    assert claimed(extractor, cond, "the river floods again", "the town will close the lower road", "If")
