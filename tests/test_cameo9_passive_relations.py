"""Passives whose subject is the act's object, and relations reduced (issue 14, session 15, cameo9; docs/events.md
rule 48).

48a: a passive with a by-agent reads as its active ("aid to Y was halted by X" as "X halted aid to Y"): the
wrapper or phrase verb takes the subject noun as what it acts on, and that noun's phrases name the target.
48b: a verb of the `reduce` wrapper whose object is a relation noun (relations, ties) reduces or breaks relations
(161), where "reduced aid" stays less aid (162). 48c: boycotting an event (an election, a session, a ceremony) is a
protest by staying away (143), where boycotting a party's goods stays an embargo (163). Every sentence is our own
construction, none copied from the codebook's examples or any evaluation set; the negative checks beside each fix
are readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 48a: a passive with a by-agent reads as its active -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wrapper verb whose passive subject is the wrapped act (before: no event)
        ("Military aid to Somalia was halted by Kenya.", {("KEN", "SOM", "1622")}),  # rule 170: codebook 1622 (was 162)
        # before: the talks coded as held, both ways (040)
        ("Talks with Armenia were suspended by Azerbaijan.", {("AZE", "ARM", "164")}),
        # a phrase verb ("cut relation") whose passive subject is the phrase's noun (before: no event)
        ("Diplomatic relations with Qatar were cut by Bahrain.", {("BHR", "QAT", "161")}),
        # before: the sanctions also coded as imposed (163) beside their lifting
        ("Sanctions against Cuba were lifted by Canada.", {("CAN", "CUB", "085")}),
        # before: the aid also coded as given (07x) beside its blocking
        # a state's obstruction is a blockade (rule 68b; 144 before)
        ("Food aid to Yemen was blocked by Saudi Arabia.", {("SAU", "YEM", "191")}),
    ],
)
def test_a_passive_with_an_agent_codes_as_its_active(rules_nlp: Language, text: str, expected: set) -> None:
    assert asserted(rules_nlp, text) == expected


def test_the_active_reading_is_the_same(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Azerbaijan suspended talks with Armenia.") == {("AZE", "ARM", "164")}
    # rule 170: codebook 1622 "reduce or stop military assistance" (was 162)
    assert asserted(rules_nlp, "Kenya halted military aid to Somalia.") == {("KEN", "SOM", "1622")}


def test_an_agentless_passive_keeps_the_subject_nouns_own_reading(rules_nlp: Language) -> None:
    # no agent: the talks are still the event, between their two parties
    assert asserted(rules_nlp, "Talks between Iran and Iraq were held in Baghdad.") == {
        ("IRN", "IRQ", "040"),
        ("IRQ", "IRN", "040"),
    }


def test_a_passive_subject_naming_its_own_parties_keeps_its_reading(rules_nlp: Language) -> None:
    # the agreement's parties are named on it: their agreement, both ways, whoever ratified it
    assert asserted(rules_nlp, "A fisheries agreement between Fiji and Tonga was ratified by both parliaments.") == {
        ("FJI", "TON", "057"),
        ("TON", "FJI", "057"),
    }


def test_a_passive_subject_naming_its_owner_keeps_that_target(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Iran's proposal was rejected by Germany.") == {("DEU", "IRN", "120")}


# -- 48b: relations reduced ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada reduced diplomatic relations with Iran.", {("CAN", "IRN", "161")}),
        ("Nigeria curtailed its ties with Ghana.", {("NGA", "GHA", "161")}),
        ("Diplomatic relations with Qatar were reduced by Egypt.", {("EGY", "QAT", "161")}),
    ],
)
def test_a_reduce_verb_on_relations_reduces_relations(rules_nlp: Language, text: str, expected: set) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada reduced aid to Ethiopia.", {("CAN", "ETH", "162")}),  # less aid, not fewer relations
        ("Canada suspended talks with Iran.", {("CAN", "IRN", "164")}),
        ("Canada improved relations with Iran.", {("CAN", "IRN", "050")}),
    ],
)
def test_other_objects_keep_their_codes(rules_nlp: Language, text: str, expected: set) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 48c: an event boycotted ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Australia boycotted the opening ceremony in Beijing.", {("AUS", "CHN", "143")}),
        ("Ukraine boycotted Russia's referendum in Crimea.", {("UKR", "RUS", "143")}),
        ("Pakistan boycotted the session in New Delhi.", {("PAK", "IND", "143")}),
    ],
)
def test_boycotting_an_event_is_a_protest(rules_nlp: Language, text: str, expected: set) -> None:
    assert asserted(rules_nlp, text) == expected


def test_boycotting_goods_stays_an_embargo(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Turkey boycotted French products.") == {("TUR", "FRA", "163")}
