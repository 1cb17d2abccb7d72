"""Unconventional violence is assault (18), not conventional military force (19); what a complaint or protest is
about names its maker through a participle's agent (issue 14, session 17; docs/events.md rule 57).

Each sentence is our own construction, none copied from the CAMEO manual, PLOVER, ConfliBERT or any evaluation set.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). The
fixed class was coded as the generic act of force (190) before rule 57; the neighbours pin readings that must not
move: a state's force on civilians, attacks on armed parties, clashes and refined codes; complaints whose topic
names its party itself, and a strike (no protest root) whose grievance names a maker.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.events.triggers import civilian_role, state_force
from detente.nlp.pipeline import make_doc

from .event_sentences import asserted

# -- 57a: a primitive weapon as the means (fixed) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weapon on the doers, in a passive: "armed with" on the agent
        (
            "A village of Malian herders was attacked by Burkinabe gunmen armed with machetes on Sunday .",
            {("BFA", "MLI", "180")},
        ),
        # the weapon on the doers of an active verb; the victims armed (no civilian role)
        ("Rwandan rebels armed with knives attacked a Ugandan army post .", {("RWA", "UGA", "180")}),
        # the weapon in the act's own "with" phrase, a state's police the doers
        ("Ugandan police attacked Rwandan refugees with clubs .", {("UGA", "RWA", "180")}),
        # the weapon as the act noun's modifier
        ("A machete attack by Rwandan rebels killed five Ugandan soldiers .", {("RWA", "UGA", "180")}),
    ],
)
def test_force_with_a_primitive_weapon_is_assault(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 190, conventional military force


# -- 57b: one-sided force on civilians by no state's force (fixed) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwandan rebels killed twelve Ugandan villagers on Monday .", {("RWA", "UGA", "180")}),
        ("Burundian militiamen attacked a camp for Congolese refugees .", {("BDI", "COD", "180")}),
        ("Chadian militants attacked Sudanese civilians near the border .", {("TCD", "SDN", "180")}),
    ],
)
def test_one_sided_force_on_civilians_is_assault(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 190


def test_assault_is_plover_assault(rules_nlp: Language) -> None:
    doc = rules_nlp(make_doc(rules_nlp, "Rwandan rebels killed twelve Ugandan villagers .", published="2024-05-01"))
    assert [(e["cameo"], e["plover"]) for e in doc._.events or []] == [("180", "ASSAULT")]  # before: FIGHT


# -- neighbours that must not change -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no weapon named, the victims armed
        ("Rwandan rebels attacked a Ugandan army post .", {("RWA", "UGA", "190")}),
        # a state's army on civilians stays conventional force
        ("Ugandan troops attacked a camp for Congolese refugees .", {("UGA", "COD", "190")}),
        # a refined code keeps its kind
        ("Rwandan rebels shelled a camp for Ugandan refugees .", {("RWA", "UGA", "194")}),
        # clashes are two-sided: fighting, both ways
        ("Rwandan militants clashed with Ugandan villagers .", {("RWA", "UGA", "190"), ("UGA", "RWA", "190")}),
        # a threat keeps its own code
        ("Burundian militiamen threatened to attack Congolese refugees .", {("BDI", "COD", "138")}),
        # a "with" phrase that names no weapon
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Rwandan rebels attacked a Ugandan army post with rockets .", {("RWA", "UGA", "194")}),
    ],
)
def test_neighbours_keep_their_reading(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


def test_roles() -> None:
    assert civilian_role("IRQCVL", {"CVL", "REF"}) and civilian_role("SYRKURREF", {"CVL", "REF"})
    assert not civilian_role("IRQMIL", {"CVL", "REF"}) and not civilian_role("IRQ", {"CVL", "REF"})
    assert state_force("RUS") and state_force("RUSMIL") and state_force("UGACOP") and state_force("UN")
    assert not state_force("RWAREB") and not state_force("EGYCRM")


# -- 57c: the maker of what a complaint or protest is about, named by a participle's agent (fixed) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # students' protest is a demonstration (rule 68a; 110 before)
        ("Serbian students protested against a law passed by the Croatian parliament .", {("SRB", "HRV", "1412")}),
        ("Russia complained about a resolution drafted by the United States .", {("RUS", "USA", "110")}),
        ("Serbian farmers demonstrated against tariffs imposed by the European Union .", {("SRB", "IGO", "1412")}),
        # the protest noun a verb phrase stages, its grievance on the noun
        (
            "Serbian students staged a protest against a law passed by the Croatian parliament .",
            {("SRB", "HRV", "140")},
        ),
        ("Serbian students held a rally against tariffs imposed by Croatia .", {("SRB", "HRV", "141")}),
    ],
)
def test_grievance_maker_named_by_a_participle_agent(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event (no target found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 23 on a direct object, unchanged
        ("Serbia condemned a law passed by the Croatian parliament .", {("SRB", "HRV", "111")}),
        # the topic's own owner still wins
        ("Serbian students protested against the Croatian parliament's new law .", {("SRB", "HRV", "1412")}),
        # a participle with no agent names nobody
        ("Serbian students staged a protest against a law passed in secret .", set()),
    ],
)
def test_grievance_neighbours_keep_their_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


def test_a_strike_grievance_gives_no_force(rules_nlp: Language) -> None:
    # the strike noun without a kind word is read as force (190); its grievance's maker must not become its target
    events = asserted(rules_nlp, "Serbian farmers went on strike over tariffs imposed by Croatia .")
    assert not any(code.startswith(("18", "19")) for _, _, code in events)
