"""CAMEO event kinds the trigger lexicon had no words for (issue 14, session 19; docs/events.md rule 77).

Each sentence is our own construction, none copied from PLOVER, ConfliBERT or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Each fixed class
was coded as no event (or as another root) before rule 77; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded, roots

# -- 77a: the common verbs of shooting, murder, injury, prohibition and sale -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moroccan soldiers shot two Algerian smugglers near the border .", ("MAR", "DZA", "19")),
        ("Ecuadorean troops shot dead three Colombian rebels .", ("ECU", "COL", "19")),
        ("Gunmen from Chad murdered two Sudanese traders .", ("TCD", "SDN", "19")),
        ("Thai soldiers injured four Cambodian villagers in the clash .", ("THA", "KHM", "19")),
        ("Malaysia prohibited Indonesian workers from entering the state .", ("MYS", "IDN", "17")),
        ("Laos forbade Thai journalists from covering the vote .", ("LAO", "THA", "17")),
        ("Norway sold natural gas to Poland .", ("NOR", "POL", "06")),
    ],
)
def test_common_verbs_of_force_prohibition_and_sale_are_triggers(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in roots(asserted(rules_nlp, text))  # before: no event


@pytest.mark.parametrize(
    "text",
    [
        "Two Moroccan soldiers were shot near the Algerian border .",  # a victim, no shooter named
        "Three Thai soldiers were injured in the blast near Cambodia .",
        "The Norwegian company sold its shares in Poland .",  # no second party
    ],
)
def test_victims_and_companies_stay_no_event(rules_nlp: Language, text: str) -> None:
    assert not {e for e in roots(asserted(rules_nlp, text)) if e[2] in ("18", "19")}


# -- 77b: verb + object families: import and export stops, borders reopened, talks boycotted, arms sold ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia banned imports of Moldovan fruit .", ("RUS", "MDA", "163")),
        ("China halted exports of coal to North Korea .", ("CHN", "PRK", "163")),
        ("Kenya suspended imports of maize from Tanzania .", ("KEN", "TZA", "163")),
        ("Jordan reopened its border with Syria on Monday .", ("JOR", "SYR", "086")),
        ("Armenia boycotted the talks with Azerbaijan .", ("ARM", "AZE", "164")),
        ("France sold weapons to Egypt .", ("FRA", "EGY", "062")),
    ],
)
def test_phrase_families_take_their_codebook_code(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in asserted(rules_nlp, text)  # before: 172 / none / 061 / 163 / none


def test_a_boycotted_election_stays_a_protest(rules_nlp: Language) -> None:
    assert roots(asserted(rules_nlp, "Opposition supporters boycotted the election in Kenya .")) == {
        ("KEN", "KEN", "14")
    }


# -- 77c: "target" and "hit" by armed craft and units ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish jets targeted Kurdish rebel positions in Iraq .", ("TUR", "KUR", "19")),
        ("Saudi jets hit Houthi positions in Yemen .", ("SAU", "YEM", "19")),
        ("Ethiopian helicopters targeted Eritrean troops .", ("ETH", "ERI", "19")),
    ],
)
def test_targeting_by_armed_craft_is_force(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(asserted(rules_nlp, text))  # before: no event


@pytest.mark.parametrize(
    "text",
    [
        "The United States targeted Russian banks with new sanctions .",
        "The sanctions hit the Russian economy hard .",
    ],
)
def test_targeting_by_measures_is_no_force(rules_nlp: Language, text: str) -> None:
    assert not {e for e in roots(asserted(rules_nlp, text)) if e[2] == "19"}


# -- 77d: weapons used against a party, refined by their kind ---------------------------------------------------


def test_chemical_weapons_used_against_a_party_are_mass_violence(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Iraqi forces used chemical weapons against Kurdish villagers .")
    assert ("IRQ", "KUR", "2041") in events  # before: 072, arms supplied
    assert not {e for e in events if e[2].startswith("07")}


def test_other_weapons_used_against_a_party_are_force(rules_nlp: Language) -> None:
    assert ("RUS", "RUS", "19") in roots(
        asserted(rules_nlp, "Russian troops used heavy weapons against Chechen rebels .")
    )  # before: 072


def test_thrown_grenades_stay_force_not_a_bombing(rules_nlp: Language) -> None:
    events = roots(asserted(rules_nlp, "Palestinian youths threw grenades at Israeli soldiers ."))
    assert not {e for e in events if e[2] == "18"}


# -- 77e: what a demand is about is its topic ----------------------------------------------------------------


def test_an_act_inside_a_demanded_admission_is_not_coded(rules_nlp: Language) -> None:
    events = roots(
        asserted(
            rules_nlp, "Lithuania demanded an admission by Moscow that Soviet troops killed Lithuanian civilians ."
        )
    )
    assert ("LTU", "RUS", "10") in events
    assert not {e for e in events if e[2] == "19"}  # before: RUS -> LTU 190 besides


def test_a_demanded_withdrawal_keeps_its_demand(rules_nlp: Language) -> None:
    assert ("GBR", "IRQ", "10") in roots(
        asserted(rules_nlp, "Britain demanded the withdrawal of Iraqi troops from Kuwait .")
    )


# -- 77f: "allowed the return of Y's inspectors" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Libya allowed the return of UN weapons inspectors .", ("LBY", "IGO", "0862")),
        ("Syria permitted the entry of UN observers .", ("SYR", "IGO", "0862")),
        ("Lebanon allowed the passage of Syrian troops .", ("LBN", "SYR", "080")),
    ],
)
def test_permission_for_the_return_of_a_party(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)  # before: no event


def test_a_stated_permission_is_intent(rules_nlp: Language) -> None:
    # "would allow" is a stated intent (rule 6): 03x, asserted
    events = roots(asserted(rules_nlp, "Libya said it would allow the return of UN weapons inspectors ."))
    assert ("LBY", "IGO", "03") in events


# -- actor: the Pope ------------------------------------------------------------------------------------------


def test_the_pope_is_the_holy_see(rules_nlp: Language) -> None:
    mentions, events = coded(rules_nlp, "The Pope visited Angola in June .", full_codes=True)
    assert mentions.get("The Pope") == "VATGOV"
    assert ("VATGOV", "AGO", "04") in events  # before: no actor, no event


# -- 77g: a weapon fired in a test is a show of force; the kind of weapon a strike uses -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan test-fired a ballistic missile toward India .", ("PAK", "IND", "150")),
        ("Iran test-launched two missiles over the Gulf near Kuwait .", ("IRN", "KWT", "150")),
    ],
)
def test_a_test_firing_is_a_show_of_force(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    events = asserted(rules_nlp, text)
    assert expected in events  # before: 190, an attack
    assert not {e for e in events if e[2].startswith("19")}


def test_a_missile_fired_at_a_party_stays_force(rules_nlp: Language) -> None:
    assert ("PAK", "IND", "19") in roots(asserted(rules_nlp, "Pakistan fired two missiles at India ."))


# -- 77h: a mediation verb whose object names the two sides by "between" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Algeria brokered a truce between Mali and the Tuareg rebels .", {("DZA", "MLI", "045")}),
        ("Kenya brokered a deal between Sudan and South Sudan .", {("KEN", "SDN", "045"), ("KEN", "SSD", "045")}),
        ("Oman mediated a truce between Yemen and Saudi Arabia .", {("OMN", "YEM", "045"), ("OMN", "SAU", "045")}),
    ],
)
def test_a_brokered_agreement_between_two_sides_is_mediation_to_each(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    events = asserted(rules_nlp, text)
    assert expected <= events  # before: no event
    assert {e[0] for e in events} == {e[0] for e in expected}  # one way: the sides do not mediate


def test_a_brokered_truce_without_sides_stays_no_event(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Algeria brokered a truce .") == set()


# -- 77i: forces put on alert ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greece put its forces on high alert near the Turkish border .", ("GRC", "TUR", "152")),
        ("Vietnam placed its navy on alert near China .", ("VNM", "CHN", "152")),
    ],
)
def test_forces_put_on_alert_are_a_military_alert(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in asserted(rules_nlp, text)  # before: no event


def test_sanctions_imposed_on_a_party_keep_their_reading(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Canada imposed sanctions on Venezuela .") == {("CAN", "VEN", "163")}


def test_a_request_rejected_on_a_charge_stays_a_rejection(rules_nlp: Language) -> None:
    # "on" names a state only for state nouns (alert, standby): no phrase "reject charge" (016) from "on the charge"
    events = roots(asserted(rules_nlp, "Belgium rejected a French extradition request on the charge of fraud ."))
    assert ("BEL", "FRA", "12") in events
    assert not {e for e in events if e[2] == "01"}
