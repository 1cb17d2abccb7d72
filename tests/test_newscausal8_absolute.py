"""Round 38 of issue 13 (docs/causal.md): constructions read off the 2025 news excerpts, weighed on CNC train.

- A sentence-initial absolute clause, "With X <doing / done / to do ...>, Y" (markers.yml ``absolute_preps``), also
  right after a dateline ("CITY : With ..."), is the cause of the main clause: "With no options left, the board
  suspended him". Not a phrase without a verb ("With the help of the police, ..." is a means).
- "since" after a count or a superlative ("the second meeting since X returned", "the largest protest since the
  strike began"; markers.yml ``since_count_words``) is a starting point in time, not a reason.
- "X said A and stressed that B": the second statement is no effect of the first (no clause split at a reported
  conjunct).
- A fronted participle clause of a speech act or its occasion ("Posting on his account, the envoy said X",
  "Speaking to reporters, ...") is no cause.

Sentences are made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Extractor
from tests.causal_sentences import pairs, sentence


def _with_pairs(parse: Language, extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c, e) for c, e, s in pairs(parse, extractor, text) if s.lower() == "with"]


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "With no options left, the board decided to suspend the manager.",
            "no options left",
            "the board decided to suspend the manager",
        ),
        (
            "With efforts to reach a border deal at a standstill, the government closed two crossings.",
            "efforts to reach a border deal at a standstill",
            "the government closed two crossings",
        ),
        (
            "With little choice but to accept the court order, the city started releasing water.",
            "little choice but to accept the court order",
            "the city started releasing water",
        ),
    ],
)
def test_fronted_absolute_clause_is_the_cause(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    assert _with_pairs(parse, extractor, text) == [(cause, effect)]


def test_absolute_clause_after_a_dateline(parse: Language, extractor: Extractor) -> None:
    text = "LAGOS : With the dock strike entering its third week, exporters moved their cargo to other ports."
    assert _with_pairs(parse, extractor, text) == [
        ("the dock strike entering its third week", "exporters moved their cargo to other ports")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "With the help of local guides, the team found the missing hikers.",  # a means, no verb in the phrase
        "With a range of 900 kilometres, the rocket could reach the capital.",  # a property
        "The strike began on Monday, with workers demanding higher pay.",  # trailing: not read (no CNC gain)
    ],
)
def test_no_absolute_claim(parse: Language, extractor: Extractor, text: str) -> None:
    assert _with_pairs(parse, extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The visit, which was the third between the two ministers since the election ended, was cut short.",
    ],
)
def test_since_after_a_count_is_time(parse: Language, extractor: Extractor, text: str) -> None:
    signals = [s.lower() for _, _, s in pairs(parse, extractor, text)]
    assert "since" not in signals
    sent = sentence(parse, text)
    assert all(c["signal"].lower() != "since" for c in extractor.fallback(sent, True, True, every=True))


def test_since_as_a_reason_still_holds(parse: Language, extractor: Extractor) -> None:
    text = "The unions backed the strike since the new levy imposed by the council was unfair."
    assert ("the new levy imposed by the council was unfair", "The unions backed the strike", "since") in pairs(
        parse, extractor, text
    )


def test_reported_conjunct_is_no_split(parse: Language, extractor: Extractor) -> None:
    text = 'The envoy said "work goes on" for the next round and stressed that the talks had not been dropped.'
    sent = sentence(parse, text)
    assert [c for c in extractor.fallback(sent, True, True) if c["signal"].lower() == "stressed"] == []


def test_conjoined_clause_split_stays(parse: Language, extractor: Extractor) -> None:
    text = "The dam burst at night and the water flooded three villages."
    sent = sentence(parse, text)
    assert [(c["cause"], c["effect"]) for c in extractor.fallback(sent, True, True)] == [
        ("The dam burst at night", "the water flooded three villages")
    ]


@pytest.mark.parametrize(
    ("cause_text", "is_occasion"),
    [
        ("Posting late on Monday on his account", True),
        ("Speaking to reporters in the capital", True),
        ("Angered by the verdict", False),
    ],
)
def test_fronted_speech_participle_is_no_cause(
    parse: Language, extractor: Extractor, cause_text: str, is_occasion: bool
) -> None:
    sent = sentence(parse, f"{cause_text}, the farmers blocked the highway.")
    cause = [t for t in sent if t.i < len(cause_text.split())]
    assert extractor._speech_occasion(cause) is is_occasion


@pytest.mark.parametrize(
    "text",
    [
        "The goal is to prevent a collapse of the ceasefire.",
        "Their aim was to strengthen the border force and to prevent new raids.",
    ],
)
def test_a_stated_goal_is_no_cause(parse: Language, extractor: Extractor, text: str) -> None:
    assert [c for c, _, s in pairs(parse, extractor, text) if s.lower() in ("prevent", "strengthen")] == []


def test_a_causal_verb_with_its_own_subject_still_holds(parse: Language, extractor: Extractor) -> None:
    assert ("The new levee", "flooding", "prevented") in pairs(
        parse, extractor, "The new levee prevented flooding in the lower town."
    )
