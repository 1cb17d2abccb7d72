"""Concepts that are variables, round 23 (issue 13, session 13, concepts6): prepositional phrases, names read in
lower case, frames of a change or a threshold, nouns that need a complement, named possessors, verbs that bring
their object about, readable labels and one variable under two names. Constructed phrases only."""

from __future__ import annotations

import pytest

from detente.analysis.concepts import SpanForm, build_concepts, normalise_spans


@pytest.fixture(scope="module")
def nlp():
    from detente.nlp.model import cached_model

    return cached_model()


def form(nlp, span: str) -> SpanForm:
    return normalise_spans([span], nlp)[span]


@pytest.mark.parametrize(("span", "key"), [("against piracy", {"piracy"}), ("within the alliance", {"alliance"})])
def test_a_prepositional_phrase_names_its_object(nlp, span: str, key: set[str]) -> None:
    got = form(nlp, span)
    assert got.rejected is None and got.key == frozenset(key)


@pytest.mark.parametrize("span", ["inside Ukraine", "across Georgia", "Gazprom And Transneft", "Sberbank"])
def test_a_place_or_company_name_is_an_actor_even_in_a_phrase_or_read_in_lower_case(nlp, span: str) -> None:
    assert form(nlp, span).rejected == "actor"


@pytest.mark.parametrize(
    ("span", "key"),
    [
        ("a sharp shift in trade policy", {"trade", "policy"}),
        ("the brink of a wider war", {"war"}),
        ("fears about a nuclear accident", {"accident"}),
        ("opportunities for energy cooperation", {"energy", "cooperation"}),
        ("a spiral of retaliation", {"retaliation"}),
        ("the emergence of a new alliance", {"alliance"}),
        ("a plan for a ceasefire", {"ceasefire"}),
    ],
)
def test_a_frame_of_change_threshold_or_attitude_gives_way_to_what_it_frames(nlp, span: str, key: set[str]) -> None:
    got = form(nlp, span)
    assert got.rejected is None and got.key == frozenset(key) and got.direction == 1


@pytest.mark.parametrize("span", ["the fight", "some help", "a rising risk", "Without an extension"])
def test_a_noun_that_needs_a_complement_is_no_variable_bare(nlp, span: str) -> None:
    assert form(nlp, span).rejected == "stop"


@pytest.mark.parametrize(
    ("span", "word"), [("the fight against corruption", "corruption"), ("the risk of nuclear war", "war")]
)
def test_with_its_complement_it_is_a_variable(nlp, span: str, word: str) -> None:
    got = form(nlp, span)
    assert got.rejected is None and word in got.key


def test_an_empty_noun_is_not_made_a_variable_by_another_empty_noun(nlp) -> None:
    assert form(nlp, "a departure from earlier efforts").rejected == "stop"


def test_where_an_empty_noun_was_sent_is_the_concept(nlp) -> None:
    got = form(nlp, "the two countries to the edge of war")
    assert got.rejected is None and got.key == frozenset({"war"})


def test_a_named_possessor_makes_an_empty_noun_a_variable_a_pronoun_does_not(nlp) -> None:
    named = form(nlp, "Beijing's position")
    assert named.rejected is None and named.key == frozenset({"beijing", "position"})
    assert named.label == "beijing's position"
    assert form(nlp, "its position").rejected == "stop"
    assert form(nlp, "each side's position").rejected == "stop"


@pytest.mark.parametrize(
    ("span", "key"), [("continues to fuel mistrust", {"mistrust"}), ("sparking a trade war", {"trade", "war"})]
)
def test_a_verb_that_brings_its_object_about_is_its_object(nlp, span: str, key: set[str]) -> None:
    got = form(nlp, span)
    assert got.rejected is None and got.key == frozenset(key)


def test_labels_keep_their_prepositions_and_hyphens(nlp) -> None:
    # (round 26: "his views on ..." is an opinion, whose holder is the variable: tests/test_concepts8_concepts.py)
    assert form(nlp, "his position on energy security").label == "position on security"
    assert form(nlp, "the post-war period").label == "post-war period"
    assert form(nlp, "the anti-Western axis").label == "anti-western axis"


def test_one_variable_under_two_names_is_one_concept(nlp) -> None:
    spans = ["military aid", "arms deliveries", "weapons supplies", "proxy wars", "proxy conflicts", "hostilities"]
    index = build_concepts([*spans, "the war"], nlp=nlp)
    concept = {t: index.by_id[cid].label for t, (cid, _) in index.assignment.items()}
    assert concept["arms deliveries"] == concept["weapons supplies"] == concept["military aid"]
    assert concept["proxy wars"] == concept["proxy conflicts"]
    assert concept["hostilities"] == concept["the war"]
