"""Recall on real news, issue 14 session 6 round 2 (docs/events.md rule 24), one test per class.

Each sentence is our own construction, about countries far from the news the classes were counted on; none
is copied from the news excerpts, PLOVER or any evaluation set. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off, so what is checked is the lexicon and the rules. Each case
asserts the event the class must give and, where the construction could over-fire, the event it must not.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import build_pipeline, make_doc
from detente.reference.actors import primary_code


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(stages=("actor_resolver", "event_coder"), config={"event_coder": {"learned": False}})


def asserted(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of the asserted events of ``text``, actors on their primary code."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    events: list[dict[str, Any]] = doc._.events or []
    return {
        (primary_code(e["source"]), primary_code(e["target"]), str(e["cameo"]))
        for e in events
        if not e["negated"] and not e["hypothetical"]
    }


def roots(events: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in events}


def test_coordinated_nationality_words_are_two_parties(nlp: Language) -> None:
    # "A and B officials met": the first nationality word is a party of the meeting, both ways
    events = roots(asserted(nlp, "Kenyan and Ugandan officials met on Monday in a border town."))
    assert {("KEN", "UGA", "04"), ("UGA", "KEN", "04")} <= events


def test_told_to_is_an_appeal_but_told_that_is_not(nlp: Language) -> None:
    assert ("BRA", "PRY", "02") in roots(
        asserted(nlp, "The Brazilian foreign minister told Paraguay to reconsider its position on the dam.")
    )
    assert not asserted(nlp, "The Brazilian foreign minister told Paraguay that the dam was safe.")


def test_allowing_a_party_to_act_is_yielding(nlp: Language) -> None:
    assert ("SDN", "ETH", "08") in roots(asserted(nlp, "Sudan allowed Ethiopia to use the airport in Kassala."))
    assert not asserted(nlp, "The accord allows Ethiopia to use the port.")


def test_arrival_on_a_visit_is_a_visit_to_the_destination(nlp: Language) -> None:
    assert ("KEN", "UGA", "042") in asserted(nlp, "The Kenyan president arrived in Kampala on a two-day visit.")
    # an arrival without a visit stays no event ("destination is a place", rule 22)
    assert not asserted(nlp, "The Kenyan president arrived in Kampala on Thursday.")
