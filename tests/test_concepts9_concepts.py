"""Concepts that are variables, round 77 (issue 13, session 31, newscausal36): a moving quantity said with its verb
("the rouble weakened", "gas prices soared") is the quantity with the verb's direction; an actor that raised or cut
something is no quantity; a verb of a process with its named parties ("the United States sanctioned Rosneft") is the
process; a noun of an economic quantity that needs its kind or source ("military spending", "demand from China", "the
EU ban on diesel", "a labour shortage") keeps it, and bare it stays off the map. Constructed phrases only."""

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


def edges_of(nlp, claims: list[dict[str, Any]]) -> set[tuple[str, str]]:
    cmap = build_maps(claims, {}, nlp=nlp).merged
    label = {c.id: c.label for c in cmap.concepts}
    return {(label[e.source], label[e.target]) for e in cmap.edges}


@pytest.mark.parametrize(
    ("span", "key", "direction"),
    [
        # a quantity that moved, said with its verb: the quantity, the verb's way
        ("The rouble weakened", {"rouble"}, -1),
        ("European gas prices soared", {"gas", "price"}, 1),
        ("Inflation accelerated", {"inflation"}, 1),
        ("Economic growth slowed", {"economic", "growth"}, -1),
        ("Russia's economy slowed sharply", {"economy"}, -1),
        ("Grain exports slumped", {"grain", "export"}, -1),
        ("Steel output tumbled", {"steel", "output"}, -1),
        ("gas sales to Europe shrink", {"gas", "sale"}, -1),
        ("weighed on the rouble", {"rouble"}, -1),
        ("pushed up wages", {"wage"}, 1),
        ("a weaker rouble", {"rouble"}, -1),
        # controls: direction verbs the lists already had
        ("Oil prices rose", {"oil", "price"}, 1),
        ("The government raised fuel prices", {"fuel", "price"}, 1),
        ("The central bank cut interest rates", {"interest", "rate"}, -1),
        # a process said with its verb and its named parties is the process
        ("the United States sanctioned Rosneft and Lukoil", {"sanction"}, 1),
        ("Washington sanctioned Gazprom Neft", {"sanction"}, 1),
        # a quantity noun with its kind, its source or what it is of
        ("military spending", {"military", "spending"}, 1),
        ("defence spending", {"defence", "spending"}, 1),
        ("Weak demand from China", {"demand", "china"}, -1),
        ("The EU ban on Russian diesel", {"ban", "eu", "diesel"}, 1),
        ("a severe labour shortage", {"labour", "shortage"}, 1),
        ("amid a severe labour shortage", {"labour", "shortage"}, 1),
        ("a shortage of petrol", {"shortage", "petrol"}, 1),
        ("battlefield losses", {"battlefield", "loss"}, 1),
        # a name the parser made the subject of a noun is its compound, not a clause
        ("Ukraine's NATO ambitions", {"ambition"}, 1),
    ],
)
def test_a_variable_keeps_what_makes_it_one(nlp, span: str, key: set[str], direction: int) -> None:
    f = form(nlp, span)
    assert (f.rejected, f.key, f.direction) == (None, frozenset(key), direction)


@pytest.mark.parametrize(
    ("span", "why"),
    [
        # an actor that raised or cut something names who acted, not what moved
        ("The government raised", "clause"),
        ("the central bank cut", "clause"),
        # "weigh" is a direction only with its "on": weighing a decision is a clause
        ("Trump weighs a decision on Tomahawks", "clause"),
        # a verb whose literal sense takes an object is no direction word
        ("he climbed a tree in the compound", "clause"),
        # a quantity noun with nothing to say whose or of what
        ("the spending", "stop"),
        ("the ban", "stop"),
        ("a shortage", "stop"),
        ("losses", "stop"),
        ("heavy losses", "stop"),
    ],
)
def test_an_actor_or_a_bare_quantity_noun_is_no_variable(nlp, span: str, why: str) -> None:
    assert form(nlp, span).rejected == why


def test_a_sanctioning_clause_joins_the_sanctions_concept(nlp) -> None:
    claims = [
        claim_row("1", "d1", "the United States sanctioned Rosneft and Lukoil", "Oil prices rose", signal="after"),
        claim_row("2", "d2", "new sanctions", "Russia's oil revenue", signal="cut"),
    ]
    edges = edges_of(nlp, claims)
    assert ("sanctions", "oil prices") in edges and ("sanctions", "oil revenue") in edges


@pytest.mark.parametrize("span", ["the port workers ’ strike", "the nurses ’ strike", "the truckers' protest"])
def test_a_noun_of_no_direction_with_a_misread_subject_stays_a_noun(nlp, span: str) -> None:
    assert form(nlp, span).rejected is None
