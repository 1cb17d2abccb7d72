"""Concepts that are variables, round 26 (issue 13, session 15, concepts8): a relation noun needs its parties, an
opinion its holder, a term of office is who holds it, a region named by a country is the parties' influence there,
a document's event is the document, a quoted name says which agenda. Constructed phrases only."""

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


def claim(cid: str, cause: str, effect: str) -> dict[str, Any]:
    return claim_row(cid, f"d{cid}", cause, effect, signal="brought")


def edges_of(nlp, claims: list[dict[str, Any]]) -> set[tuple[str, str]]:
    cmap = build_maps(claims, {}, nlp=nlp).merged
    label = {c.id: c.label for c in cmap.concepts}
    return {(label[e.source], label[e.target]) for e in cmap.edges}


@pytest.mark.parametrize(
    ("span", "key", "label"),
    [
        ("the pivot to Asia", {"pivot", "asia"}, "pivot to asia"),
        ("Beijing's pivot", {"pivot", "beijing"}, "beijing's pivot"),
        ("the rift between Paris and Berlin", {"rift", "paris", "berlin"}, "rift between paris and berlin"),
        ("the divide between Seoul and Tokyo", {"divide", "seoul", "tokyo"}, "divide between seoul and tokyo"),
        ("a rift within the alliance", {"rift", "alliance"}, "rift within alliance"),
    ],
)
def test_a_relation_noun_with_its_parties_is_a_variable(nlp, span: str, key: set[str], label: str) -> None:
    f = form(nlp, span)
    assert f.rejected is None and f.key == frozenset(key) and f.label == label


@pytest.mark.parametrize("span", ["a sudden pivot", "a widening rift", "a deep divide", "the transatlantic rift"])
def test_a_relation_noun_without_parties_is_no_variable(nlp, span: str) -> None:
    # an adjective says how, not between whom
    assert form(nlp, span).rejected == "stop"


def test_a_relation_verb_sent_somewhere_stays_a_clause(nlp) -> None:
    # "turn" names a relation: where it was sent is its party, not the concept
    assert form(nlp, "the market square turned into a battlefield").rejected == "clause"


def test_a_bare_relation_takes_the_named_owner_of_its_claims_other_side(nlp) -> None:
    claims = [
        claim("1", "Beijing's new security doctrine", "a sudden pivot"),
        claim("2", "falling grain harvests", "a widening rift"),
    ]
    edges = edges_of(nlp, claims)
    assert ("security doctrine", "beijing's pivot") in edges
    # nobody named on the other side: the rift stays off the map, its claim is kept
    assert not any("rift" in a or "rift" in b for a, b in edges)


@pytest.mark.parametrize(
    ("span", "label"), [("Merkel's views on energy", "merkel's views"), ("Modi's beliefs", "modi's beliefs")]
)
def test_an_opinion_is_its_holders(nlp, span: str, label: str) -> None:
    f = form(nlp, span)
    assert f.rejected is None and f.label == label


@pytest.mark.parametrize("span", ["her views on trade", "their beliefs about security", "views on global trade"])
def test_an_opinion_without_a_named_holder_is_no_variable(nlp, span: str) -> None:
    # the topic ("trade") is not the variable: whose opinion it is
    assert form(nlp, span).rejected == "stop"


def test_a_pronoun_holder_is_the_named_owner_of_the_claims_other_side(nlp) -> None:
    edges = edges_of(nlp, [claim("1", "her views on trade", "Merkel's energy policy")])
    assert ("merkel's views", "energy policy") in edges


@pytest.mark.parametrize(
    ("span", "label"),
    [
        ("the start of Putin's fourth term", "putin in office"),
        ("Erdogan's tenure", "erdogan in office"),
        ("Lula's presidency", "lula in office"),
    ],
)
def test_a_term_of_office_is_who_holds_it(nlp, span: str, label: str) -> None:
    f = form(nlp, span)
    assert f.rejected is None and f.label == label and f.key == frozenset({label.split()[0], "office"})


def test_a_term_without_a_holder_is_no_variable_and_a_pronoun_holder_is_read_from_the_claim(nlp) -> None:
    assert form(nlp, "the second term").rejected == "stop"
    f = form(nlp, "the end of his presidency")
    assert f.rejected == "stop" and f.direction == -1
    edges = edges_of(nlp, [claim("1", "the end of his presidency", "Macron's pension reform")])
    assert ("macron in office", "pension reform") in edges


@pytest.mark.parametrize(
    ("span", "label"),
    [
        ("the Baltic region", "influence in baltic region"),
        ("the post-Yugoslav space", "influence in post-yugoslav space"),
    ],
)
def test_a_region_named_by_a_country_or_people_is_influence_there(nlp, span: str, label: str) -> None:
    f = form(nlp, span)
    assert f.rejected is None and f.label == label and "influence" in f.key


@pytest.mark.parametrize("span", ["a demilitarized zone", "the euro area", "the eastern flank"])
def test_a_region_noun_without_a_place_name_is_left_as_it_was(nlp, span: str) -> None:
    f = form(nlp, span)
    assert f.rejected is None and "influence" not in f.key


@pytest.mark.parametrize(
    ("span", "label"),
    [
        ("the release of the draft treaty", "draft treaty"),
        ("the publication of the annual report", "report"),
        ("the leak of the peace plan", "peace plan"),
    ],
)
def test_a_documents_event_is_the_document(nlp, span: str, label: str) -> None:
    assert form(nlp, span).label == label


def test_a_bare_document_is_no_variable_and_other_releases_stay_events(nlp) -> None:
    assert form(nlp, "the release of the plan").rejected == "stop"
    assert form(nlp, "the release of the hostages").label == "release of hostages"


@pytest.mark.parametrize("span", ["the controversy", "the backlash", "the outrage", "the agenda"])
def test_a_bare_reaction_or_programme_is_no_variable(nlp, span: str) -> None:
    assert form(nlp, span).rejected == "stop"


@pytest.mark.parametrize(
    ("span", "label"),
    [
        ("a backlash against tariffs", "backlash against tariffs"),
        ("public outrage", "public outrage"),
        ("controversy over the pipeline", "controversy over pipeline"),
    ],
)
def test_a_reaction_with_what_it_is_over_is_a_variable(nlp, span: str, label: str) -> None:
    f = form(nlp, span)
    assert f.rejected is None and f.label == label


@pytest.mark.parametrize(
    ("span", "label"),
    [
        ('the "America First" agenda', "america first agenda"),
        ('a "zero tolerance" policy', "zero tolerance policy"),
        ('the "build back the nation" programme', "build-back-the-nation programme"),
    ],
)
def test_a_quoted_name_says_which_one(nlp, span: str, label: str) -> None:
    f = form(nlp, span)
    assert f.rejected is None and f.label == label
