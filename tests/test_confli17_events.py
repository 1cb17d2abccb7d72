"""Claims rejected are denied; an act only wished for in a for-to clause is not done (issue 14, session 17;
docs/events.md rule 63).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before rule 63,
"rejected accusations by Y" was a rejection of Y (120) and "hopes for a deal to be struck in A-B talks" asserted
the talks; the neighbours pin readings that must not move.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc

from .event_sentences import asserted


def events_of(nlp: Language, text: str) -> list[dict[str, Any]]:
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    return list(doc._.events or [])


# -- 63a: rejecting, dismissing or refuting an accusation is denying it (016), toward the accuser -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia rejected accusations by the United States that it had attacked Ukraine .", {("RUS", "USA", "016")}),
        (
            "Russia dismissed the allegations by Britain that it had interfered in the election .",
            {("RUS", "GBR", "016")},
        ),
        ("Iran rejected Israel's accusations .", {("IRN", "ISR", "016")}),
        ("Russia rejected the accusations by the United States .", {("RUS", "USA", "016")}),
        ("Iran rejected accusations by Israel after the attack on the ship .", {("IRN", "ISR", "016")}),
    ],
)
def test_rejected_accusation_is_a_denial_toward_the_accuser(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 120 (a rejection), or toward the party accused


@pytest.mark.parametrize(
    ("rejected", "denied"),
    [
        (
            "Russia rejected the accusations by the United States .",
            "Russia denied the accusations by the United States .",
        ),
        ("China dismissed the charges by Japan .", "China denied the charges by Japan ."),
    ],
)
def test_rejected_and_denied_agree(rules_nlp: Language, rejected: str, denied: str) -> None:
    assert asserted(rules_nlp, rejected) == asserted(rules_nlp, denied)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil rejected accusations by Venezuela against the government of Brazil .",
        "Brazil rejected accusations by Venezuela against Colombia .",
    ],
)
def test_the_accuser_is_the_target_before_the_accused(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == {("BRA", "VEN", "016")}  # before: no event / toward the accused


def test_denial_is_not_aimed_at_a_party_of_a_time_clause(rules_nlp: Language) -> None:
    text = "Brazil denied accusations of racism after repeatedly calling the virus the Chinese virus ."
    assert asserted(rules_nlp, text) == set()  # before: BRA -> CHN 016, the country named in the "after" clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rejecting a proposal, a demand or an offer is still a rejection
        ("Russia rejected the proposal by the United States .", {("RUS", "USA", "120")}),
        ("China denied the charges by Japan .", {("CHN", "JPN", "016")}),
    ],
)
def test_rejection_neighbours_unchanged(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 63b: an act wished for in a for-to clause is hypothetical -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sweden hopes for a deal to be struck in Russian-Ukrainian negotiations .",
        "Sweden hopes for Russia to withdraw its troops from Georgia .",
    ],
)
def test_wished_for_act_is_hypothetical(rules_nlp: Language, text: str) -> None:
    events = events_of(rules_nlp, text)
    assert events  # still found ...
    assert all(e["hypothetical"] for e in events)  # ... but only wished (before: asserted)
    assert asserted(rules_nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appeal is the act of appealing, coded and asserted as before
        ("France called for talks to be held with Iran .", {("FRA", "IRN", "026")}),
        ("Sweden met Russia .", {("SWE", "RUS", "040"), ("RUS", "SWE", "040")}),
        # rule 62b's main event stands
        (
            "Sweden welcomed the Belgian statement as a sign of a wish for a settlement to be reached in "
            "Russian-Ukrainian talks .",
            {("SWE", "BEL", "051")},
        ),
    ],
)
def test_appeal_and_neighbours_unchanged(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
