"""Concepts that are variables, round 25 (issue 13, session 14, concepts7): a vocabulary concept that names one
instance ("war in Ukraine") takes no span about another; nouns that name a variable only with their kind keep it;
a disposition toward an act is the act, with its direction. Constructed phrases only."""

from __future__ import annotations

import pytest

from detente.analysis.cognitive_map import build_maps
from detente.analysis.concepts import SpanForm, build_concepts, normalise_spans
from tests.conftest import claim_row


@pytest.fixture(scope="module")
def nlp():
    from detente.nlp.model import cached_model

    return cached_model()


def form(nlp, span: str) -> SpanForm:
    return normalise_spans([span], nlp)[span]


def concept_of(nlp, spans: list[str], span: str) -> str:
    index = build_concepts(spans, nlp)
    hit = index.concept_of(span)
    assert hit is not None
    return hit[0].label


@pytest.mark.parametrize(
    "span",
    ["the war", "the war in Ukraine", "Moscow's war against Kyiv", "the Russia-Ukraine war", "an end to the war"],
)
def test_the_war_under_discussion_joins_war_in_ukraine(nlp, span: str) -> None:
    assert concept_of(nlp, [span, "the trade war"], span) == "war in Ukraine"


@pytest.mark.parametrize(
    ("span", "word"),
    [
        ("the war in Gaza", "gaza"),
        ("the long war in Sudan", "sudan"),
        ("a global war", "global"),
        ("a wider war in Europe", "wider"),
        ("the civil war", "civil"),
        ("a war", "war"),
    ],
)
def test_another_war_is_not_war_in_ukraine_and_keeps_what_sets_it_apart(nlp, span: str, word: str) -> None:
    index = build_concepts([span, "the war", "the fighting"], nlp)
    concept, _ = index.concept_of(span) or (None, 0)
    assert concept is not None and concept.label != "war in Ukraine" and concept.rejected is None
    assert word in concept.key and span in concept.members
    assert index.concept_of("the war")[0].label == "war in Ukraine"  # the span it refused did not take it away


def test_two_other_wars_are_two_concepts_and_aid_to_another_country_is_not_aid_to_ukraine(nlp) -> None:
    spans = ["the war in Gaza", "the war in Sudan", "US military aid to Israel", "weapons supplies", "the war"]
    index = build_concepts(spans, nlp)
    labels = {s: index.concept_of(s)[0].label for s in spans}
    assert labels["the war in Gaza"] != labels["the war in Sudan"]
    assert labels["US military aid to Israel"] != "military aid to Ukraine"
    assert labels["weapons supplies"] == "military aid to Ukraine"
    ukraine = next(c for c in index.concepts if c.label == "war in Ukraine")
    assert ukraine.members == ["the war"]  # the merge report lists only what was merged into it


@pytest.mark.parametrize(
    ("span", "key"),
    [
        ("heavy economic pressure on Moscow", {"economic", "pressure"}),
        ("the domestic pressures", {"domestic", "pressure"}),
        ("pressure from Brussels", {"pressure", "brussels"}),
        ("a growing naval presence in the Baltic", {"naval", "presence"}),
        ("prospects of commercial gain", {"commercial", "gain"}),
        ("a cautious outlook", {"cautious", "outlook"}),
        ("heavy military losses", {"military", "loss"}),
        ("Beijing's access to chips", {"access", "beijing", "chip"}),
    ],
)
def test_a_noun_that_needs_its_kind_keeps_it(nlp, span: str, key: set[str]) -> None:
    got = form(nlp, span)
    assert got.rejected is None and got.key == frozenset(key)


@pytest.mark.parametrize("span", ["the pressure", "a gain", "their presence", "a new outlook", "the losses"])
def test_bare_it_is_no_variable(nlp, span: str) -> None:
    assert form(nlp, span).rejected == "stop"


def test_economic_and_domestic_pressure_are_two_concepts(nlp) -> None:
    spans = ["economic pressure on Moscow", "more economic pressure", "domestic political pressure"]
    index = build_concepts(spans, nlp)
    economic = index.concept_of("economic pressure on Moscow")[0]
    assert index.concept_of("more economic pressure")[0].id == economic.id
    assert index.concept_of("domestic political pressure")[0].id != economic.id


@pytest.mark.parametrize(
    ("span", "key", "direction"),
    [
        ("Berlin's reluctance to send tanks", {"tank"}, -1),
        ("the government's refusal to provide loans", {"loan"}, -1),
        ("their readiness to supply fighter jets", {"fighter", "jet"}, 1),
        ("a willingness to grant visas", {"visa"}, 1),
    ],
)
def test_a_disposition_toward_an_act_is_the_act_with_its_direction(nlp, span: str, key: set[str], direction) -> None:
    got = form(nlp, span)
    assert got.rejected is None and got.key == frozenset(key) and got.direction == direction


@pytest.mark.parametrize("span", ["the reluctance", "his hesitation", "their willingness"])
def test_a_bare_disposition_is_no_variable(nlp, span: str) -> None:
    assert form(nlp, span).rejected == "stop"


def test_claims_keep_their_raw_phrases_and_wars_stay_apart_on_the_map(nlp) -> None:
    claims = [claim_row("a", "d1", "the war in Gaza", "oil prices"), claim_row("b", "d2", "the war", "grain prices")]
    cmap = build_maps(claims, {}, nlp=nlp).merged
    label = {c.id: c.label for c in cmap.concepts}
    pairs = {(label[e.source], label[e.target]): e for e in cmap.edges}
    assert ("war in Ukraine", "grain prices") in pairs and ("war in gaza", "oil prices") in pairs
    assert pairs[("war in gaza", "oil prices")].claims[0]["cause"] == "the war in Gaza"


@pytest.mark.parametrize(
    ("span", "key"), [("renewed peace efforts", {"peace"}), ("joint dialogue and friendly endeavours", {"dialogue"})]
)
def test_an_effort_named_by_what_it_is_for_is_about_that(nlp, span: str, key: set[str]) -> None:
    got = form(nlp, span)
    assert got.rejected is None and got.key == frozenset(key)
    assert form(nlp, "vigorous efforts").rejected == "stop"  # with an adjective only, it stays an empty noun
    assert "army" in form(nlp, "army efforts").key  # a role noun says who makes the effort, not what for
