"""A country as the object of an armed verb, an aerial "attack", and "attacked Y over an issue" as criticism (issue
14, session 23; docs/events.md rule 130, the follow-up of rules 119, 124 and 127b).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before rule 130,
"attacked Y with drones" was 190 (not the air strike 195 that "struck / hit Y with drones" are) and "attacked Y over
its tariffs" was force (190), not criticism.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- a country as the object: a weapon means or an unambiguously kinetic verb is force (already coded; pinned) -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Russia struck Ukraine with missiles overnight .", {("RUS", "UKR", "194")}),
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("North Korea fired missiles at Japan .", {("PRK", "JPN", "194")}),
        ("Israel bombed Lebanon .", {("ISR", "LBN", "195")}),
        ("Russia shelled Ukraine .", {("RUS", "UKR", "194")}),
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Russia hit Ukraine with missiles .", {("RUS", "UKR", "194")}),
        ("Ukraine hit Russia with drones .", {("UKR", "RUS", "195")}),
        ("Russia targeted Ukraine with drones .", {("RUS", "UKR", "195")}),
        ("Israel struck Lebanon with air strikes .", {("ISR", "LBN", "195")}),
        ("Russia attacked Ukraine with artillery .", {("RUS", "UKR", "190")}),
        ("Russia attacked Ukraine .", {("RUS", "UKR", "190")}),  # as today
    ],
)
def test_country_object_with_weapon_or_kinetic_verb_is_force(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 130a: "attack" with an aerial means is an air strike, as "strike" is (rule 127b) -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran attacked Israel with drones and missiles .", {("IRN", "ISR", "195")}),  # before: 190
        ("Russia attacked Kyiv with drones .", {("RUS", "UKR", "195")}),
        ("Kyiv was attacked by Russian drones .", {("RUS", "UKR", "195")}),
        ("Russia attacked Ukrainian positions with helicopters .", {("RUS", "UKR", "195")}),
        ("Israel attacked Hezbollah in a drone strike .", {("ISR", "LBN", "195")}),
        # missiles are 194 (rule 273); an aircraft subject is the means (rule 252a; was 190 here)
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Iran attacked Israel with missiles .", {("IRN", "ISR", "194")}),
        ("Israeli jets attacked Gaza .", {("ISR", "PSE", "195")}),
    ],
)
def test_attack_with_aerial_means_is_air_strike(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 130b: "attacked Y over / for an issue" is criticism, not force -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump attacked Canada over dairy tariffs .", {("USA", "CAN", "111")}),  # before: 190
        ("Canada attacked the United States over tariffs .", {("CAN", "USA", "111")}),
        ("Macron attacked Washington for its tariffs .", {("FRA", "USA", "111")}),
    ],
)
def test_attack_over_an_issue_is_criticism(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia attacked Kyiv over the weekend .", {("RUS", "UKR", "190")}),  # a time
        ("Russia attacked Ukraine for hours .", {("RUS", "UKR", "190")}),
        ("Israeli jets attacked targets over Syria .", {("ISR", "SYR", "195")}),  # a place (jets: rule 252a)
        ("Israel attacked Hamas over the rocket fire .", {("ISR", "PSE", "190")}),  # a means of force: a reprisal
        ("Iran attacked Israel over its strike on the consulate .", {("IRN", "ISR", "190")}),  # a violent act
        ("Iran attacked Israel with drones over its strike on the consulate .", {("IRN", "ISR", "195")}),  # a means
    ],
)
def test_attack_over_a_time_place_or_violence_stays_force(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- economic and other senses stay out of force ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The US targeted China with tariffs .",
        "The EU hit Russia with new sanctions .",
        "China hit the United States with tariffs .",
        "Russia hit Ukraine .",  # no means, no kinetic verb: as today
        "Russia targeted Ukraine .",
        "Trump attacked Canada over dairy tariffs .",
    ],
)
def test_economic_and_verbal_senses_give_no_force(rules_nlp: Language, text: str) -> None:
    assert not any(c[:2] == "19" for _, _, c in asserted(rules_nlp, text))


def test_struck_a_deal_is_cooperation(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Beijing struck a deal with Hanoi .") == {("CHN", "VNM", "057"), ("VNM", "CHN", "057")}
