"""Generic event shapes left open by rule 75 (issue 14, session 19; docs/events.md rule 79): a named attacker of a
passive casualty's attack, an application to join announced as an intent, a strike called for, a vow to fight.

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Each class is
tested on several actors and verbs; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded


def full(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """The asserted events of ``text`` with the actors' full codes (a domestic pair shows its roles)."""
    return coded(nlp, text, full_codes=True, root=False)[1]


# -- 79a: the "by" agent of a casualty's attack is its doer, the casualties its target -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force gerund in the casualty verb's "in" / "during" phrase (before: no event)
        ("Civilians in Sudan were killed in shelling by the army.", {("SDNMIL", "SDNCVL", "194")}),
        ("Villagers in Mali were killed during shelling by rebels.", {("MLIREB", "MLICVL", "194")}),
        ("Civilians in Ukraine were killed in shelling by Russian forces.", {("RUSMIL", "UKRCVL", "194")}),
        ("Two Syrian soldiers were wounded in shelling by Turkish forces.", {("TURMIL", "SYRMIL", "194")}),
        # a violent repression's victims (before: no event, only acts of force took a casualty's victims)
        ("Protesters in Iran were wounded in a crackdown by security forces.", {("IRNCOP", "IRNOPP", "175")}),
        ("Protesters in Sudan were injured in a crackdown by the police.", {("SDNCOP", "SDNOPP", "175")}),
        # the parser hung the attack's "by" phrase on "died", which takes no agent (before: no event)
        ("Ten civilians in Syria died in air strikes by the government.", {("SYRGOV", "SYRCVL", "195")}),
    ],
)
def test_casualty_attack_agent_is_the_doer(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive's own agent, and a nominal attack's "by" phrase, were read already: unchanged
        ("Civilians in Sudan were killed by the army.", {("SDNMIL", "SDNCVL", "190")}),
        ("Protesters in Kenya were shot by police.", {("KENCOP", "KENOPP", "190")}),
        ("Israeli soldiers were killed in an attack by Hamas.", {("PSEREB", "ISRMIL", "190")}),
        ("Villagers in Somalia died in an attack by the militants.", {("SOMINS", "SOMCVL", "180")}),
        # no doer named: no event, no attacker made up (rule 75d)
        ("Civilians were killed in shelling.", set()),
        ("Civilians in Sudan were killed in shelling.", set()),
        ("Five Afghan civilians died in shelling near Kabul.", set()),
    ],
)
def test_casualty_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full(rules_nlp, text) == expected


# -- 79b: an application to join announced with a modal of intent is the intent to join ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine will apply for membership of the European Union.", {("UKR", "EU", "030")}),  # before: 020
        ("Georgia would apply to join NATO.", {("GEO", "NATO", "030")}),
        ("Sweden will file an application for membership of NATO.", {("SWE", "NATO", "030")}),
        ("Montenegro will submit its application to join the EU.", {("MNE", "EU", "030")}),
    ],
)
def test_future_membership_application_is_an_intent(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert full(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine applied for membership of the European Union.", {("UKR", "EU", "020")}),  # rule 75b, made
        ("Ukraine will join NATO.", {("UKR", "NATO", "030")}),  # rule 70d
        ("Ukraine will ask the EU for aid.", {("UKR", "EU", "023")}),  # other appeals keep their code
        ("Serbia plans to apply for EU membership.", set()),  # a plan: hypothetical
        ("Kosovo will not apply for membership of NATO.", set()),  # negated
    ],
)
def test_membership_intent_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full(rules_nlp, text) == expected


# -- 79c: a strike called for by its callers is their strike ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: 020 (the appeal) or 027 (a strike read as force, an appeal to settle)
        ("Nigerian unions called for a general strike against the government.", {("NGALAB", "NGAGOV", "143")}),
        (
            "The opposition in Zimbabwe called for a general strike against the government.",
            {("ZWEOPP", "ZWEGOV", "143")},
        ),
        ("French workers called for a strike against the government.", {("FRACVL", "FRAGOV", "143")}),
        # the strike's aim picks the sub-code (rule 188e): against a policy, 1432
        ("Greek teachers called for a strike against the government's reforms.", {("GRCEDU", "GRCGOV", "1432")}),
        # the strike as the call's direct object (before: 020 too, the appeal wrapper came before rule 78b's phrase)
        ("Kenyan unions called a general strike against the government.", {("KENLAB", "KENGOV", "143")}),
    ],
)
def test_called_strike_is_the_callers_strike(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert full(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israeli hawks called for a strike on Iran.", "027"),  # a state's strike called for: no labour strike
        ("Israel called for a strike against Hamas.", "027"),
        ("Nigerian unions called on the government to avert a strike.", "027"),  # an addressee: the appeal
    ],
)
def test_called_strike_neighbours(rules_nlp: Language, text: str, code: str) -> None:
    codes = {c for _, _, c in asserted(rules_nlp, text)}
    assert codes == {code}


def test_strike_called_with_no_target_is_no_event(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Kenyan unions called a general strike.") == set()


# -- 79d: a vow to fight a named party is a threat to it; with no party, no event ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas vowed to fight Israel.", {("PSEREB", "ISR", "138")}),
        ("Hamas swore to fight Israel.", {("PSEREB", "ISR", "138")}),
        ("The Houthis pledged to fight Saudi Arabia.", {("YEMREB", "SAU", "138")}),
        ("Rebels in Mali vowed to continue fighting the government.", {("MLIREB", "MLIGOV", "138")}),
        ("Iran vowed to fight against the United States.", {("IRN", "USA", "138")}),
    ],
)
def test_vow_to_fight_is_a_threat(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full(rules_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban vowed to fight.",
        "Hezbollah vowed to fight on.",
        "The Taliban swore to fight on.",
        "Russia vowed to fight terrorism.",
        "Ukraine pledged to fight corruption.",
    ],
)
def test_vow_to_fight_no_party_is_no_event(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()
