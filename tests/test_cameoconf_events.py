"""CAMEO_ConfliBERT-style news sentences (issue 14, session 10, docs/events.md rule 37): a reduced passive
relative's head noun is its patient ("two Australians arrested in Bali"), custody in a place is that place's
act, and a stative "engaged / involved / embroiled in" + event noun is the subject's act.

Sentences are constructed here (not taken from any evaluation set). Actors are given explicitly, as the spans
``actor_resolver`` would write, so that the tests check the coder's rules; the real spaCy model runs.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from detente.nlp.event_coder import EventCoder

from .actor_mentions import found
from .event_actors import code


def pairs(events: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of the asserted events, full actor codes."""
    return {(e["source"], e["target"], e["cameo"][:2]) for e in events if not e["negated"] and not e["hypothetical"]}


# -- a reduced passive relative's head noun is its patient ------------------------------------------------------


def test_custody_in_a_place_is_the_place_s_act(base: Language, coder: EventCoder) -> None:
    actors = {"Australian tourists": "AUSCVL", "Bali": "IDN"}
    text = "Two Australian tourists arrested in Bali for drug possession were shown to the press on Tuesday."
    assert pairs(code(base, coder, text, actors)) == {("IDN", "AUSCVL", "17")}


def test_detained_in_a_country_in_a_plain_passive(base: Language, coder: EventCoder) -> None:
    actors = {"Canadian engineers": "CANCVL", "Eritrea": "ERI"}
    text = "Three Canadian engineers were detained in Eritrea last month."
    assert pairs(code(base, coder, text, actors)) == {("ERI", "CANCVL", "17")}


def test_removal_in_a_reduced_relative_is_not_reversed(base: Language, coder: EventCoder) -> None:
    actors = {"Peruvian diplomats": "PERGOV", "Chile": "CHL"}
    text = "Two Peruvian diplomats expelled from Chile returned home on Sunday."
    got = pairs(code(base, coder, text, actors))
    assert ("CHL", "PERGOV", "16") in got
    assert not any(source == "PERGOV" for source, _, _ in got)


def test_the_accused_of_a_reduced_relative_accuse_no_one(base: Language, coder: EventCoder) -> None:
    actors = {"Estonian students": "ESTEDU", "Belarus": "BLR"}
    text = "Two Estonian students accused of spying in Belarus were released on Friday."
    assert not any(source == "ESTEDU" for source, _, _ in pairs(code(base, coder, text, actors)))


def test_a_reduced_relative_with_an_agent_targets_its_head(base: Language, coder: EventCoder) -> None:
    actors = {"Malian soldiers": "MLIMIL", "Burkinabe forces": "BFAMIL"}
    text = "Malian soldiers captured by Burkinabe forces were handed over to the Red Cross."
    got = pairs(code(base, coder, text, actors))
    assert any(source == "BFAMIL" and target == "MLIMIL" for source, target, _ in got)


def test_forces_deployed_in_a_reduced_relative_keep_their_direction(base: Language, coder: EventCoder) -> None:
    actors = {"Turkish troops": "TURMIL", "Qatar": "QAT"}
    text = "Turkish troops deployed to Qatar began joint patrols."
    assert ("TURMIL", "QAT", "15") in pairs(code(base, coder, text, actors))


def test_a_kidnapping_with_no_kidnapper_names_no_source(base: Language, coder: EventCoder) -> None:
    actors = {"Italian nurse": "ITACVL", "Niger": "NER"}
    text = "An Italian nurse kidnapped in Niger was freed on Monday."
    assert not any(
        source in ("ITACVL", "NER") for source, _, root in pairs(code(base, coder, text, actors)) if root == "18"
    )


# -- engaged / involved / embroiled in + event noun -------------------------------------------------------------


def test_engaged_in_a_battle_with_is_fighting(base: Language, coder: EventCoder) -> None:
    actors = {"Chadian army": "TCDMIL", "Sudanese militias": "SDNREB"}
    text = "The Chadian army is engaged in a fierce battle with Sudanese militias near the border."
    assert ("TCDMIL", "SDNREB", "19") in pairs(code(base, coder, text, actors))


def test_involved_in_clashes_with_is_fighting(base: Language, coder: EventCoder) -> None:
    actors = {"Armenian troops": "ARMMIL", "Azerbaijani forces": "AZEMIL"}
    text = "Armenian troops were involved in clashes with Azerbaijani forces overnight."
    assert ("ARMMIL", "AZEMIL", "19") in pairs(code(base, coder, text, actors))


def test_engaged_in_talks_with_is_consultation(base: Language, coder: EventCoder) -> None:
    actors = {"Ghana": "GHA", "Togo": "TGO"}
    text = "Ghana has been engaged in talks with Togo over the maritime boundary."
    assert ("GHA", "TGO", "04") in pairs(code(base, coder, text, actors))


def test_a_bare_passive_engagement_is_no_event(base: Language, coder: EventCoder) -> None:
    actors = {"Armenian troops": "ARMMIL"}
    assert code(base, coder, "Armenian troops were engaged near the border.", actors) == []


# -- a participle as adjective inside an actor, a trigger noun naming an actor, criticism idioms ----------------


def test_a_participle_adjective_keeps_a_possessive_actor_together(resolver: Language) -> None:
    got = dict(found(resolver, "Zambia's leading opposition party criticized the electoral commission."))
    assert got["Zambia's leading opposition party"] == "ZMBOPP"


def test_a_trigger_noun_inside_an_actor_name_is_no_event(base: Language, coder: EventCoder) -> None:
    actors = {"Zambia's main opposition party": "ZMBOPP", "Zambian government": "ZMBGOV"}
    text = "Zambia's main opposition party criticized the Zambian government on Monday."
    assert pairs(code(base, coder, text, actors)) == {("ZMBOPP", "ZMBGOV", "11")}


def test_the_same_noun_heading_its_own_phrase_is_still_coded(base: Language, coder: EventCoder) -> None:
    actors = {"Hungary": "HUN", "Ukraine": "UKR"}
    text = "Hungary's opposition to Ukraine's membership bid angered Kyiv."
    assert ("HUN", "UKR", "12") in pairs(code(base, coder, text, actors))


def test_taking_a_swipe_at_is_criticism(base: Language, coder: EventCoder) -> None:
    actors = {"Serbian president": "SRBGOV", "Croatia": "HRV"}
    text = "The Serbian president took a swipe at Croatia in a televised address."
    assert ("SRBGOV", "HRV", "11") in pairs(code(base, coder, text, actors))


def test_the_object_of_an_accusation_keeps_the_sentence_country(resolver: Language) -> None:
    got = dict(found(resolver, "Malawi's main opposition party accused the government of vote rigging."))
    assert got["government"] == "MWIGOV"
    got = dict(found(resolver, "Malawi's main opposition party accused the government of Zambia of meddling."))
    assert got["government of Zambia"] == "ZMBGOV"
