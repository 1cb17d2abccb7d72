"""An unknown organisation's country, and a demonym before a known armed group, in 2025 wire style (issue 14,
session 39, branch actors3; docs/events.md rule 423).

Each sentence is our own construction, none copied from an evaluation set, the seeds or the news excerpts. The real
spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).

(a) A party, movement or group whose name the codebook does not know ("the Nour party", "the Amani party") and that
no country's name, demonym or possessive owns, acting as its clause's subject on a state named in that same clause
("condemned Israel", "urged Germany to ..."), is not that state's: the state is the other party of the act, and
CAMEO codes an organisation by its own country. The resolver used to lend the bare party the sentence's one country,
so "The Nour party condemned Israel" came out ISRPTY -> ISR 111, an Israeli party condemning Israel. Such a party
now stays uncoded (no event: we do not know whose party it is). (b) A demonym right before a known armed group of
another country ("Iraqi Hizbollah") names that country's branch of the group: IRQREB, not the Lebanese LBNREB.
Controls: a party its own words place ("Kenya's Jubilee party", "the Egyptian Nour party", "the Nour party of
Egypt") keeps that country; a party a state acts on ("Egypt banned the Nour party") is still the state's own (1722,
domestic); a known group with its own demonym ("Lebanese Hezbollah") or none keeps its country. ``XFAIL`` keeps the
rows the rule does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


ACTORS3_SENTENCES: list[tuple[str, Events]] = [
    # (a) an unknown party acting on a foreign state: not that state's party, no event
    ("The Nour party condemned Israel.", set()),
    ("The Amani party criticised China over its fishing fleet.", set()),
    ("The Vatan party has accused Russia of meddling in the election.", set()),
    ("The Sabah party on Tuesday denounced Iran.", set()),
    ("The Karama party praised Qatar for its mediation.", set()),
    ("Leaders of the Rahma party called on Egypt to open the border crossing.", set()),
    ("The Sadiq party sharply criticised the United States.", set()),
    ("The Horizon party demanded that France withdraw its troops.", set()),
    ("The Tamkin party will urge Germany to lift the sanctions.", set()),
    ("The Istiqlal party condemned Algeria.", set()),
    ("The opposition Wahda party accused Ethiopia of hoarding the river's water.", set()),
    # (a) unknown movements, fronts, brigades, groups: no country of the other party
    ("The Khalil movement attacked Israeli troops.", set()),
    ("The Baraka Brigade fired rockets at Israel.", set()),
    ("The Qasim group kidnapped two French aid workers.", set()),
    ("The Sahel Liberation Front condemned Mali's junta.", set()),
    # (b) a demonym before a known armed group of another country
    ("Iraqi Hizbollah fired rockets at Israel.", {("IRQ", "ISR", "194")}),
    ("Iraqi Hezbollah claimed a drone attack on Israel.", {("IRQ", "ISR", "195")}),
    ("Iraqi Hizballah fighters attacked a US base.", {("IRQ", "USA", "190")}),
]

XFAIL: dict[str, str] = {
    "The Sabah party on Tuesday denounced Iran.": (
        "Sabah is a Malaysian state in the gazetteer: the name words are read as that place (MYS), not an unknown party"
    ),
    "The Horizon party demanded that France withdraw its troops.": (
        "France is the subject of a clause of its own ('that France withdraw'), where it may be the party's own state"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ACTORS3_SENTENCES, XFAIL))
def test_actors3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


ACTORS3_CONTROLS: list[tuple[str, Events]] = [
    # the party's own words give its country
    ("Kenya's Jubilee party criticised Uganda.", {("KEN", "UGA", "111")}),
    ("The Egyptian Nour party condemned Israel.", {("EGY", "ISR", "111")}),
    ("Turkey's Vatan party accused Greece of provocations.", {("TUR", "GRC", "112")}),
    # a party a state acts on is the state's own
    ("Egypt banned the Nour party.", {("EGY", "EGY", "1722")}),
    ("Turkey banned the pro-Kurdish party.", {("TUR", "TUR", "1722")}),
    # the group is the target's own, unknown: no event
    ("Israel arrested members of the Khalil movement.", set()),
    # a known group keeps its country, with its own demonym or none
    ("Hezbollah fired rockets at Israel.", {("LBN", "ISR", "194")}),
    ("Lebanese Hezbollah fired rockets at Israel.", {("LBN", "ISR", "194")}),
    ("Pakistani Taliban attacked Afghan border posts.", {("PAK", "AFG", "190")}),
    ("Kataib Hezbollah fired rockets at US troops.", {("IRQ", "USA", "194")}),
]


@pytest.mark.parametrize(("text", "expected"), ACTORS3_CONTROLS)
def test_actors3_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
