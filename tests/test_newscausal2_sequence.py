"""Time order against reaction (docs/causal.md, "Causal conventions on news, session 9"): a claim whose marker only
orders two events ("after", "following", "X follows Y", "X came after Y") stands when its cause or its effect names
contention (a protest, strike, clash, arrest, attack ...), and is dropped as time order when both sides are
meetings, calls, decisions or statements. Other markers are never touched.

Each sentence is made up for the test; the check runs on the causal stage's own parse and lexicon."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def causal() -> Language:
    return build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})


def time_order_only(nlp: Language, text: str, cause: str, effect: str, signal: str) -> bool:
    doc = nlp(text)
    a, b = text.index(cause), text.index(effect)
    claim: dict[str, Any] = {
        "cause_start": a,
        "cause_end": a + len(cause),
        "effect_start": b,
        "effect_end": b + len(effect),
        "signal": signal,
    }
    comp = nlp.get_pipe("causal_extractor")
    return comp._time_order_only(next(iter(doc.sents)), claim)


@pytest.mark.parametrize(
    ("text", "cause", "effect", "signal"),
    [
        (
            "The trade talks were moved to Geneva following a call between the two foreign ministers.",
            "a call between the two foreign ministers",
            "The trade talks were moved to Geneva",
            "following implicit",
        ),
        (
            "The summit was postponed after the envoys met in Vienna on Monday.",
            "the envoys met in Vienna on Monday",
            "The summit was postponed",
            "after",
        ),
        (
            "The announcement came after a cabinet meeting in the capital.",
            "a cabinet meeting in the capital",
            "The announcement came",
            "after implicit",
        ),
    ],
)
def test_a_sequence_of_meetings_is_time_order(
    causal: Language, text: str, cause: str, effect: str, signal: str
) -> None:
    assert time_order_only(causal, text, cause, effect, signal)


@pytest.mark.parametrize(
    ("text", "cause", "effect", "signal"),
    [
        (
            "Hundreds of workers went on strike after the company cut their wages.",
            "the company cut their wages",
            "Hundreds of workers went on strike",
            "after",
        ),
        (
            "The road was closed following clashes between residents and the police.",
            "clashes between residents and the police",
            "The road was closed",
            "following implicit",
        ),
        (
            "Two students were arrested after the meeting at the college.",
            "the meeting at the college",
            "Two students were arrested",
            "after implicit",
        ),
    ],
)
def test_a_reaction_after_an_event_stays(causal: Language, text: str, cause: str, effect: str, signal: str) -> None:
    assert not time_order_only(causal, text, cause, effect, signal)


def test_other_markers_are_not_read_as_time_order(causal: Language) -> None:
    text = "The summit was postponed because the envoys met in Vienna on Monday."
    assert not time_order_only(
        causal, text, "the envoys met in Vienna on Monday", "The summit was postponed", "because"
    )


def test_the_shipped_classifier_reads_sequences_this_way(causal: Language) -> None:
    assert causal.get_pipe("causal_extractor").classifier.settings.sequence_needs_contention
