"""Round 41 of issue 13 (docs/causal.md): "amid" gives a cause only for a worry; a demand's act is its whole clause; a
quantity in a concept gives way to what it counts.

- markers.yml ``prep_causes.worry_preps`` / ``worry_nouns`` (``causal_implicit.prep_cause``): "shares fell amid fears
  of a recession" keeps "fears of a recession" as the cause (CNC train's one gold pair on an "amid" object is "amid
  fears that ..."); "the party held its rally amid tight security", "talks resumed amid rising tensions" set a scene
  and give no prepositional pair.
- classifier.json ``contention_act_clause`` (markers.yml ``contention_act_preps``; ``causal_implicit._act_verb``):
  "doctors have resorted to a strike | demanding X" gives X's demand -> the whole clause, not -> "a strike"; "traders
  protested and tried to block the road | demanding X" -> the clause from the first verb's subject.
- concepts.yml ``quantity_nouns`` (``analysis.concepts``): "the arrests of large numbers of reporters" is the
  concept *arrests of reporters*, not *arrests of numbers*.

Sentences and phrases are made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.analysis.concepts import SpanForm, load_lexicon, normalise_spans
from detente.nlp.causal_implicit import contention_targets, prep_cause
from detente.nlp.causal_markers import load_lexicon as load_markers
from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import Classifier
from tests.conftest import only_sentence


def prep_pairs(parse: Language, extractor: Extractor, text: str) -> list[tuple[str, str]]:
    sent = only_sentence(parse, text)
    found: list[dict[str, Any]] = []
    prep_cause(extractor, sent, sent.root, found)
    return [(c["cause"], c["effect"]) for c in found]


def test_the_lists_are_data() -> None:
    lex = load_markers()
    assert {"amid", "amidst"} <= lex.worry_preps
    assert "amid" not in lex.any_object_preps
    assert {"fear", "concern", "worry"} <= lex.worry_nouns


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Shares fell sharply amid fears of a recession.", "fears of a recession"),
        ("Shops stayed shut amid worries that the strike would spread.", "worries that the strike would spread"),
        ("Investors sold the currency amid concerns about the budget.", "concerns about the budget"),
    ],
)
def test_amid_a_worry_is_a_cause(parse: Language, extractor: Extractor, text: str, cause: str) -> None:
    pairs = prep_pairs(parse, extractor, text)
    assert pairs and pairs[0][0] == cause
    # the effect is the clause the worry explains, without the "amid" phrase
    assert "amid" not in pairs[0][1] and cause not in pairs[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "The party held its rally amid tight security on Sunday.",
        "Talks resumed amid rising tensions.",
        "The minister spoke to reporters amid loud cheers.",
        # an event noun after "amid" is a scene too: CNC reads "amid protests" as where, not why
        "The prime minister laid a wreath amid protests.",
    ],
)
def test_amid_a_scene_gives_no_prepositional_pair(parse: Language, extractor: Extractor, text: str) -> None:
    assert prep_pairs(parse, extractor, text) == []


def test_other_prepositions_keep_any_object(parse: Language, extractor: Extractor) -> None:
    # "over" still takes any object: the change is about "amid" only
    assert prep_pairs(parse, extractor, "Farmers protested over the new water tariff.") == [
        ("the new water tariff", "Farmers protested")
    ]


@pytest.fixture(scope="module")
def nlp() -> Language:
    from detente.nlp.model import cached_model

    return cached_model()


def forms(nlp: Language, *spans: str) -> dict[str, SpanForm]:
    return normalise_spans(list(spans), nlp)


def test_quantity_nouns_are_data() -> None:
    assert {"number", "dozens", "hundreds"} <= load_lexicon().quantity_nouns


@pytest.mark.parametrize(
    ("span", "label"),
    [
        ("the arrests of large numbers of reporters", "arrests of reporters"),
        ("the deportation of hundreds of migrants", "deportation of migrants"),
        ("imports of large amounts of grain", "imports of grain"),
    ],
)
def test_a_quantity_gives_way_to_what_it_counts(nlp: Language, span: str, label: str) -> None:
    form = forms(nlp, span)[span]
    assert form.rejected is None
    assert form.label == label


def test_a_quantity_that_counts_nothing_is_no_modifier(nlp: Language) -> None:
    span = "the expulsion of a number"
    assert "number" not in forms(nlp, span)[span].label


def test_other_of_objects_stay(nlp: Language) -> None:
    span = "exports of grain"
    assert forms(nlp, span)[span].label == "exports of grain"


# ---------------------------------------------------------------- a demand's act is its clause (round 41)


def demand_pairs(parse: Language, extractor: Extractor, text: str, act_clause: bool) -> list[tuple[str, str]]:
    sent = only_sentence(parse, text)
    return [(c["cause"], c["effect"]) for c in contention_targets(extractor, sent, True, True, act_clause)]


def test_the_act_clause_setting_is_shipped() -> None:
    assert Classifier.load().settings.contention_act_clause is True
    assert {"to", "on"} <= load_markers().contention_act_preps


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        (
            # a strike that is the object of "resorted to" stands for the clause
            "The junior doctors have resorted to an indefinite strike demanding safer wards.",
            [("demanding safer wards", "an indefinite strike")],
            [("demanding safer wards", "The junior doctors have resorted to an indefinite strike")],
        ),
        (
            # a participle on a verb coordinated with and completing the first: the act is the whole clause
            "Around fifty traders protested and tried to block the highway demanding lower taxes.",
            [],
            [("demanding lower taxes", "Around fifty traders protested and tried to block the highway")],
        ),
    ],
)
def test_a_demand_explains_the_whole_act(
    parse: Language, extractor: Extractor, text: str, before: list[tuple[str, str]], after: list[tuple[str, str]]
) -> None:
    assert demand_pairs(parse, extractor, text, False) == before
    assert demand_pairs(parse, extractor, text, True) == after


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "during a march": the march's own demand, not the clash's
        ("Workers clashed with police during a march demanding higher wages.", ("demanding higher wages", "a march")),
        # a plain act keeps its clause either way
        (
            "Hundreds of nurses marched to the ministry demanding higher pay.",
            ("demanding higher pay", "Hundreds of nurses marched to the ministry"),
        ),
    ],
)
def test_other_demands_unchanged(parse: Language, extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert demand_pairs(parse, extractor, text, True) == [pair]
    assert demand_pairs(parse, extractor, text, False) == [pair]
