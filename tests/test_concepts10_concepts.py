"""Concepts that are variables, round 79 (issue 13, session 32, concepts10): ties are a relation between parties
("ties with China", "ties between Moscow and Tehran"), bare "ties" say between whom no more than "a gap" does; a
deal, an agreement or an embassy is which one ("a peace deal", "a deal that sacrifices Ukraine's sovereignty",
"prior agreements", "the US embassy"), bare it is no variable; the object of a clause on an empty noun keeps its own
kind ("measures to protect the national interest"). Constructed phrases only, expected labels written before the
change."""

from __future__ import annotations

from typing import Any

import pytest

from detente.analysis.cognitive_map import build_maps
from detente.analysis.concepts import SpanForm, normalise_spans
from tests.conftest import claim_row


@pytest.fixture(scope="module")
def nlp():
    from detente.nlp.model import cached_model

    return cached_model()


def form(nlp, span: str) -> SpanForm:
    return normalise_spans([span], nlp)[span]


def labels_of(nlp, claims: list[dict[str, Any]]) -> set[str]:
    return {c.label for c in build_maps(claims, {}, nlp=nlp).merged.concepts}


@pytest.mark.parametrize(
    ("span", "label", "direction"),
    [
        # ties between parties: the parties are the variable's, with what says which ones
        ("Strengthening ties with non-Western nations", "ties with non-western nations", 1),
        ("closer ties with Beijing", "ties with beijing", 1),
        ("economic ties between Moscow and Tehran", "ties between moscow and tehran", 1),
        ("Russia's ties with China", "russia's ties with china", 1),
        ("Russian-Iranian ties", "russian-iranian ties", 1),
        ("weakening ties with Washington", "ties with washington", -1),
        # a deal, an agreement, an embassy: which one, whose, or what it does
        ("A deal that sacrifices Ukraine's sovereignty for short-term calm", "deal that sacrifices sovereignty", 1),
        ("a peace deal", "peace deal", 1),
        ("the grain deal", "grain deal", 1),
        ("Trump's deal with Putin", "trump's deal", 1),
        ("The breakdown of prior agreements", "prior agreements", -1),
        ("the ceasefire agreement", "ceasefire agreement", 1),
        ("arms control agreements", "arms control agreements", 1),
        pytest.param(
            "the US embassy in Moscow",
            "us embassy",
            1,
            marks=pytest.mark.xfail(
                strict=True,
                reason="a leading 'US' is trimmed as the stop word 'us' (an older gap); keeping names there moved the "
                "gold 'US policy' off 'trump's policy' on the seeds map (0.6476 -> 0.6286), so it is left",
            ),
        ),
        ("the Russian embassy in Washington", "russian embassy", 1),
        # the object of an empty noun's clause keeps its own kind (the label then says a clause, off the maps)
        (
            'it would take "all necessary measures to protect the national interest',
            "necessary measures to protect national interest",
            1,
        ),
        # controls: concepts the change must leave as they were
        ("hopes dimmed", "hopes", -1),
        ("the gap between Washington and Moscow", "gap between washington and moscow", 1),
        ("pressure from the Pentagon", "pressure from pentagon", 1),
        ("Diversification of trade partners", "trade diversification", 1),
        # session 39 (concepts11): a failure to act is about what the act moves: the economy, not pushed down
        ("their failure to break the Russian economy", "economy", 1),
        ("Increased military presence in Eastern Europe", "military presence", 1),
        ("Escalation of tensions", "tensions", 1),
        ("a phone call between Trump and Putin", "phone call", 1),
    ],
)
def test_a_variable_says_which_one(nlp, span: str, label: str, direction: int) -> None:
    f = form(nlp, span)
    assert (f.rejected, f.label, f.direction) == (None, label, direction)


@pytest.mark.parametrize(
    "span",
    [
        "ties",
        "the deepening ties",
        "the deal",
        "a deal",
        "the agreement",
        "embassies",
        "the embassies",
    ],
)
def test_a_bare_relation_deal_or_building_is_no_variable(nlp, span: str) -> None:
    assert form(nlp, span).rejected == "stop"


def test_ties_with_different_parties_are_different_concepts(nlp) -> None:
    claims = [
        claim_row("1", "d1", "Western sanctions", "closer ties with Beijing"),
        claim_row("2", "d2", "the sanctions", "ties with non-Western nations"),
    ]
    labels = labels_of(nlp, claims)
    assert "ties with beijing" in labels and "ties with non-western nations" in labels and "ties" not in labels


def test_bare_ties_take_the_owner_of_the_other_side(nlp) -> None:
    assert form(nlp, "the ties").owned_label == "{owner} ties"
