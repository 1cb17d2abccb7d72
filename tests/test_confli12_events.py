"""Unnamed attackers of a reporting state's people, forces deployed on a peacekeeping mission (issue 14, session 16;
docs/events.md rule 52).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed
classes gave a wrong event before rule 52; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded

# -- 52a: unnamed attackers take no country from their victims or from the state reporting the attack (fixed) -----


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("Gunmen kidnapped two of its engineers , China said .", "Gunmen"),
        ("China said gunmen kidnapped two of its engineers .", "gunmen"),
        ("Gunmen kidnapped two Chinese engineers , officials said .", "Gunmen"),
        ("Gunmen killed three Pakistani soldiers .", "Gunmen"),
        ("Assailants stabbed two Japanese tourists .", "Assailants"),
        ("Armed men abducted three Turkish workers .", "Armed men"),
        ("Gunmen stormed a Chinese-run mine , Beijing said .", "Gunmen"),
    ],
)
def test_unnamed_attackers_are_not_their_victims_country(rules_nlp: Language, text: str, attackers: str) -> None:
    mentions, events = coded(rules_nlp, text)
    assert attackers not in mentions  # before: CHNUAF, PAKUAF, ... from the victims' or the speaker's country
    assert events == set()  # before: a domestic attack of the victims' state on its own people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place lends the attackers its country, as before
        ("Gunmen opened fire on police in Karachi .", {("PAK", "PAK", "190")}),
        ("Gunmen killed five policemen in Pakistan .", {("PAK", "PAK", "190")}),
        # an attack by gunmen on a civilian place is unconventional violence (180, rule 195h; before: 190)
        ("Gunmen attacked a hotel in Kenya .", {("KEN", "KEN", "180")}),
        # attackers named by their own nationality, and a named attacker, keep it
        ("Nigerian gunmen killed three soldiers .", {("NGA", "NGA", "190")}),
        ("Palestinian gunmen attacked its embassy , Israel said .", {("PSE", "ISR", "190")}),
        ("Syrian forces killed two of its soldiers , Turkey said .", {("SYR", "TUR", "190")}),
    ],
)
def test_attackers_with_a_place_or_a_name_keep_it(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


def test_other_bare_roles_still_take_the_sentence_country(rules_nlp: Language) -> None:
    # militants and police are not unnamed by their word: rule 52a is for roles that say their holder is unknown
    mentions, _ = coded(rules_nlp, "Militants attacked a Nigerian army base .", full_codes=True)
    assert mentions["Militants"] == "NGAINS"


# -- 52b: forces deployed on a peacekeeping or protection mission provide peacekeeping, 074 (fixed) --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya deployed 300 troops to Somalia on a peacekeeping mission .", ("KEN", "SOM", "074")),
        ("Japan deployed 100 engineers to South Sudan as peacekeepers .", ("JPN", "SSD", "074")),
        ("Bangladesh stationed troops in Sudan as peacekeepers .", ("BGD", "SDN", "074")),
        ("Ghana sent 200 troops to Mali to serve as a peacekeeping force .", ("GHA", "MLI", "074")),
        ("Rwandan troops arrived in Congo to join the UN peacekeeping mission there .", ("RWA", "COD", "074")),
        ("France deployed troops to Chad to protect refugees .", ("FRA", "TCD", "074")),
        (
            "Uruguay confirmed the deployment of 400 soldiers to Congo for a peacekeeping mission .",
            ("URY", "COD", "074"),
        ),
        ("Fijian soldiers took part in peacekeeping operations in Lebanon .", ("FJI", "LBN", "074")),
    ],
)
def test_a_peacekeeping_deployment_is_peacekeeping(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert asserted(rules_nlp, text) == {expected}  # before: 150 (a show of force) or 190 ("operations")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no mission named, or one of force: the deployment stays a show of force, operations stay force
        ("Canada deployed troops to Latvia .", {("CAN", "LVA", "150")}),
        ("Russia massed troops near Ukraine 's border .", {("RUS", "UKR", "154")}),  # forces raised: 154 (rule 133c)
        ("Russia announced the deployment of troops to Belarus .", {("RUS", "BLR", "150")}),
        ("Russia launched military operations in Ukraine .", {("RUS", "UKR", "190")}),
        # peacekeepers sent are peacekeeping already
        ("Nepal sent peacekeepers to Lebanon .", {("NPL", "LBN", "074")}),
    ],
)
def test_deployments_without_a_peacekeeping_mission_keep_their_code(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


def test_a_deployment_to_fight_is_no_peacekeeping(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Kenya deployed troops to Somalia to fight al-Shabaab .")
    assert ("KEN", "SOM", "150") in events
    assert not any(code == "074" for _, _, code in events)


# -- 52c: a word the tokenizer split at its hyphen reads as the one word ("cease-fire" as "ceasefire") (fixed) -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia announced a cease-fire with Eritrea .", {("ETH", "ERI", "0871")}),
        ("Russia violated the cease-fire with Ukraine .", {("RUS", "UKR", "196")}),
        ("Nepal sent peace-keepers to Lebanon .", {("NPL", "LBN", "074")}),
        ("Japan deployed troops to Iraq on a peace-keeping mission .", {("JPN", "IRQ", "074")}),
    ],
)
def test_a_split_hyphenated_word_reads_as_one(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event, or 150


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed to a {} .",
        "Syria declared a {} with Turkey .",
        "Sudan accused Chad of breaking the {} .",
    ],
)
def test_cease_fire_codes_as_ceasefire(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text.format("cease-fire")) == asserted(rules_nlp, text.format("ceasefire"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "fire" with another word before the hyphen, or no hyphen, is read as before
        ("The rebels set fire to a Kenyan police station .", {("KEN", "KEN", "1712")}),
        ("Kenyan troops opened fire on Somali militants .", {("KEN", "SOM", "190")}),
    ],
)
def test_other_fire_words_are_unchanged(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
