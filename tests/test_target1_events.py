"""A bare state striking another country's military or infrastructure things (issue 14, session 23; docs/events.md
rule 119).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before rule 119,
"hit" and "target" were force only with a means word or an armed doer (rules 50c, 77c, 111b): "Russia targeted
Ukrainian power plants" gave no event. The negatives pin the economic and sports senses that must stay out.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded

# -- 119a: a bare state (a country or its capital) hits or targets another country's military or infrastructure --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia targeted Ukrainian power plants overnight .", {("RUS", "UKR", "190")}),
        ("Russia targeted Ukraine's energy infrastructure .", {("RUS", "UKR", "190")}),
        ("Ukraine hit an oil refinery in Russia's Samara region .", {("UKR", "RUS", "190")}),
        ("Ukraine hit a Russian oil depot .", {("UKR", "RUS", "190")}),
        ("Moscow targeted Ukrainian military bases .", {("RUS", "UKR", "190")}),
        ("Israel hit Iranian military sites .", {("ISR", "IRN", "190")}),
        ("Kyiv targeted Russian radar systems .", {("UKR", "RUS", "190")}),
        ("Ukraine targeted Russian air defence systems in Crimea .", {("UKR", "RUS", "190")}),
        ("Ukraine hit a Russian gas terminal near Kursk .", {("UKR", "RUS", "190")}),
        ("Russia hit Ukrainian positions near Bakhmut .", {("RUS", "UKR", "190")}),
    ],
)
def test_bare_state_hitting_foreign_infrastructure_is_force(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive: the bare state is the agent
        ("Ukrainian power plants were targeted by Russia .", {("RUS", "UKR", "190")}),
        ("Hezbollah positions were hit by Israel overnight .", {("ISR", "LBN", "190")}),
        # a conjoined verb takes the first verb's subject
        # drones launched are aerial force (rule 230c, session 30; before: 190)
        ("Russia launched drones and hit Ukrainian fuel depots .", {("RUS", "UKR", "195")}),
    ],
)
def test_passive_and_conjoined_shapes(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


def test_active_and_passive_agree(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Russia targeted Ukrainian power plants .") == asserted(
        rules_nlp, "Ukrainian power plants were targeted by Russia ."
    )


def test_weapon_in_a_with_phrase_on_the_object_is_the_means_not_arms_supplied(rules_nlp: Language) -> None:
    # the parser hangs "with missiles" on "sites": before, ISR -> IRN 072 (arms supplied) and no force
    # rule 273: a missile or rocket is CAMEO 194 (was 190)
    assert asserted(rules_nlp, "Israel hit Iranian military sites with missiles .") == {("ISR", "IRN", "194")}


# -- 119b: what stays out: economic and other senses, a person or a ministry as doer, one's own country --------


@pytest.mark.parametrize(
    "text",
    [
        "The US targeted Chinese exporters with tariffs .",
        "The US targeted Chinese steel plants with tariffs .",
        "Japan hit Chinese ports with new fees .",
        "Russia targeted Ukrainian banks with sanctions .",
        "The US targeted Russia's banking system .",
        "The US targeted Chinese companies .",
        "The US targeted Russian banks .",
        "China targeted US farm exports .",
        "Russia hit Ukraine's economy .",
        "Russia was hit by sanctions .",
        "China was targeted by tariffs .",
        "Russia hit back at critics .",
        "Russian exports hit a record .",
        "Sanctions hit the Russian economy .",
        "The storm hit Cuban power plants .",
        "Russia targeted Ukrainian voters with propaganda .",
    ],
)
def test_no_force_without_a_foreign_military_or_infrastructure_thing(rules_nlp: Language, text: str) -> None:
    assert not any(code.startswith("19") for _, _, code in asserted(rules_nlp, text))


def test_a_measure_named_in_the_verbs_phrase_keeps_the_act_economic(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "The US targeted Russian refineries in its latest sanctions package .")
    assert not any(code.startswith("19") for _, _, code in events)


@pytest.mark.parametrize(
    "text",
    [
        "Putin targeted Ukrainian power plants .",  # a person: not a bare state
        "The Russian energy ministry targeted Ukrainian power plants .",  # a ministry
        "Russia targeted Russian power plants .",  # its own country's plants
    ],
)
def test_only_a_bare_state_on_another_country(rules_nlp: Language, text: str) -> None:
    assert not any(code.startswith("19") for _, _, code in asserted(rules_nlp, text))


def test_interception_is_no_attack_by_the_interceptor(rules_nlp: Language) -> None:
    # shooting down another party's drones is defence: no act of Russia on Ukraine, and the text does not
    # assert who launched them, so no Ukrainian attack either (decided conservatively)
    mentions, events = coded(rules_nlp, "Russia intercepted 40 Ukrainian drones over Belgorod .")
    assert "Russia" in mentions
    assert not any(code.startswith("19") for _, _, code in events)


# -- neighbours that must not move -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Russia targeted Ukrainian power plants with missiles .", {("RUS", "UKR", "194")}),
        ("Russia shelled Kharkiv .", {("RUS", "UKR", "194")}),
        ("Russia bombed Ukrainian airfields .", {("RUS", "UKR", "195")}),
        ("Ukraine struck a Russian airbase .", {("UKR", "RUS", "190")}),
        ("China struck a deal with Brazil .", {("CHN", "BRA", "057"), ("BRA", "CHN", "057")}),
    ],
)
def test_neighbours_keep_their_reading(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 119c: a contact verb whose means is an aircraft or a drone employs aerial weapons (195) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv was hit by Russian drones .", {("RUS", "UKR", "195")}),  # before: 190
        ("Israeli jets hit Gaza .", {("ISR", "PSE", "195")}),
        ("Ukrainian drones hit Russian refineries .", {("UKR", "RUS", "195")}),
        ("Russia hit Ukrainian power plants with drones and missiles .", {("RUS", "UKR", "195")}),
        ("Russia targeted Ukrainian power plants in a drone attack .", {("RUS", "UKR", "195")}),
    ],
)
def test_aerial_means_is_aerial_force(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # missiles and rockets: CAMEO 194 by rule 273 (before: 190, "fired from the ground as well: no one code")
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Russian missiles hit Kyiv .", {("RUS", "UKR", "194")}),
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Russia hit Kyiv with missiles .", {("RUS", "UKR", "194")}),
        # no means at all: the bare state's strike of rule 119a stays generic
        ("Russia targeted Ukrainian power plants .", {("RUS", "UKR", "190")}),
    ],
)
def test_other_means_keep_the_generic_code(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
