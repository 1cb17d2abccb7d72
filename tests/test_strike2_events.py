"""A bare state striking another country's place, and a strike "back" in kind (issue 14, session 23; docs/events.md
rule 124, the follow-ups of rule 119).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before rule 124, "hit"
and "target" with a city as the object and no means gave no event, "hit back at Y with tariffs" gave no event and
"struck back at Y with new tariffs" gave force (190, the lexicon's "strike").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 124a: a bare state hits or targets a city or region of another country --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia targeted Kharkiv overnight .", {("RUS", "UKR", "190")}),
        ("Russia hit Kyiv overnight .", {("RUS", "UKR", "190")}),  # a capital
        ("Moscow hit Lviv on Monday .", {("RUS", "UKR", "190")}),
        ("Israel hit Gaza on Tuesday .", {("ISR", "PSE", "190")}),
        ("Ukraine targeted Belgorod and Kursk .", {("UKR", "RUS", "190")}),
        ("Russia targeted Ukrainian cities overnight .", {("RUS", "UKR", "190")}),  # a place noun
        ("Belgorod was hit by Ukraine overnight .", {("UKR", "RUS", "190")}),  # the passive
    ],
)
def test_bare_state_hitting_foreign_place_is_force(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aerial means make it 195 (rule 119c), the other armed verbs keep their own codes
        ("Ukraine hit Belgorod with drones .", {("UKR", "RUS", "195")}),
        ("Russia targeted Kharkiv in a drone attack .", {("RUS", "UKR", "195")}),
        ("Israel struck Gaza City .", {("ISR", "PSE", "190")}),
        ("Russia shelled Kharkiv .", {("RUS", "UKR", "194")}),
        ("Israel pounded Gaza .", {("ISR", "PSE", "194")}),
        ("Israel bombed Beirut .", {("ISR", "LBN", "195")}),
        ("Russia attacked Kyiv overnight .", {("RUS", "UKR", "190")}),
    ],
)
def test_armed_verbs_on_places_keep_their_codes(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The tariffs hit Shanghai .",  # no state doer
        "Sanctions targeted Moscow's banks .",
        "The storm hit Manila .",
        "The recession hit Berlin hard .",
        "The US targeted Beijing with new export controls .",  # a means that is no weapon
        "The United States hit Beijing with tariffs .",
        "Russia hit Kharkiv with sanctions .",
        "China targeted Washington with sanctions .",
        "Russia targeted Moscow overnight .",  # its own city
        "Japan hit Shanghai exporters .",  # exporters are no place
        "Putin targeted Kharkiv overnight .",  # a person, not a bare state
        "The US targeted China .",  # a country's own name is no place
    ],
)
def test_economic_and_other_senses_give_no_force(rules_nlp: Language, text: str) -> None:
    assert not any(c[:2] == "19" for _, _, c in asserted(rules_nlp, text))


# -- 124b: "hit back at" / "struck back at" retaliates in kind -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China hit back at Washington with tariffs of its own .", {("CHN", "USA", "163")}),  # before: none
        ("China struck back at the United States with new tariffs .", {("CHN", "USA", "163")}),  # before: 190
        ("The EU hit back at Washington with sanctions .", {("IGO", "USA", "163")}),
        ("Beijing hit back at Canberra with tariffs .", {("CHN", "AUS", "163")}),
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Iran hit back at Israel with missiles .", {("IRN", "ISR", "194")}),
        # "at" hung on "back" by the parser: still the verb's party
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Iran struck back at Israel with missiles .", {("IRN", "ISR", "194")}),  # before: none
        ("Iran struck back at Israel with drones .", {("IRN", "ISR", "195")}),
        ("Russia hit back at Ukraine with drone strikes .", {("RUS", "UKR", "195")}),
    ],
)
def test_strike_back_takes_the_code_of_its_means(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "China hit back at Washington .",  # no means named: verbal as often
        "Iran struck back at Israel .",
        "Russia hit back at critics .",
        "China struck back at critics in Congress .",
    ],
)
def test_strike_back_without_a_hostile_means_gives_no_event(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


def test_strike_back_with_a_trade_measure_is_the_measure(rules_nlp: Language) -> None:
    # session 24: "export controls" is an embargo-family noun (rule 137c) and a done response's "with" measure is the
    # responder's act toward the answered party (rule 131b): the measure, never force (before: no event)
    assert asserted(rules_nlp, "China hit back at the United States with export controls .") == {("CHN", "USA", "163")}


def test_place_object_without_actor_stays_uncoded(rules_nlp: Language) -> None:
    # rule 119's "left": no actor is named, so no pair (rule 124c leaves it)
    assert asserted(rules_nlp, "The army bombarded rebel-held towns .") == set()
