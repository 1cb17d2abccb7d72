"""CAMEO root choice (issue 14, session 9, docs/events.md rule 35): words whose CAMEO root depends on their
complement or object: "agreed that ..." (019) versus "agreed to meet" (03x), "called Y to discuss" (a phone
call) versus "called on Y to" (an appeal), "pressed charges" (1121) versus "pressed Y to" (an appeal),
observers received (0862) versus a guest received (043), mediation ended (165) versus mediation (045), support
"with weapons" (07) versus support (05).

Sentences are constructed here (not taken from any evaluation set). Actors are given explicitly, as the spans
``actor_resolver`` would write, so that the tests check the coder's rules; the real spaCy model runs.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from detente.nlp.event_coder import EventCoder

from .event_actors import code


def codes(events: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of the asserted events, full actor codes."""
    return {(e["source"], e["target"], e["cameo"]) for e in events if not e["negated"] and not e["hypothetical"]}


def roots(events: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of the asserted events."""
    return {(s, t, c[:2]) for s, t, c in codes(events)}


# -- agreeing that: a shared view (019), not an intent ------------------------------------------------------------


def test_agreeing_that_something_is_so_expresses_accord(base: Language, coder: EventCoder) -> None:
    actors = {"Chilean president": "CHLGOV", "Peruvian leader": "PERGOV"}
    text = "The Chilean president and the Peruvian leader agreed on Monday there was a pressing need for calm."
    assert codes(code(base, coder, text, actors)) == {("CHLGOV", "PERGOV", "019"), ("PERGOV", "CHLGOV", "019")}


def test_agreeing_with_someone_that_expresses_accord(base: Language, coder: EventCoder) -> None:
    actors = {"Ghana": "GHA", "Togo": "TGO"}
    text = "Ghana agreed with Togo that the smuggling had to stop."
    assert ("GHA", "TGO", "019") in codes(code(base, coder, text, actors))


def test_agreeing_to_meet_stays_an_intent(base: Language, coder: EventCoder) -> None:
    actors = {"Ghana": "GHA", "Togo": "TGO"}
    assert ("GHA", "TGO", "03") in roots(code(base, coder, "Ghana agreed to meet Togo.", actors))


# -- a call with a purpose is a phone call; "called on" is the appeal ---------------------------------------------


def test_calling_someone_to_discuss_is_a_phone_call(base: Language, coder: EventCoder) -> None:
    actors = {"Danish premier": "DNKGOV", "Swedish counterpart": "SWEGOV"}
    text = "The Danish premier called his Swedish counterpart to discuss the bridge tolls."
    assert codes(code(base, coder, text, actors)) == {("DNKGOV", "SWEGOV", "041")}


def test_calling_someone_to_congratulate_is_no_appeal(base: Language, coder: EventCoder) -> None:
    actors = {"Austrian chancellor": "AUTGOV", "Czech president": "CZEGOV"}
    text = "The Austrian chancellor called the Czech president to congratulate him on his election."
    assert roots(code(base, coder, text, actors)) == {("AUTGOV", "CZEGOV", "04")}


def test_calling_on_someone_to_act_stays_an_appeal(base: Language, coder: EventCoder) -> None:
    actors = {"Austria": "AUT", "Hungary": "HUN"}
    text = "Austria called on Hungary to reopen the border crossing."
    assert ("AUT", "HUN", "02") in roots(code(base, coder, text, actors))


# -- charges pressed or brought: an accusation of a crime --------------------------------------------------------


def test_pressed_charges_accuse_of_a_crime(base: Language, coder: EventCoder) -> None:
    actors = {"Moroccan prosecutors": "MARJUD", "Spanish fishermen": "ESPCVL"}
    text = "Moroccan prosecutors pressed charges against six Spanish fishermen."
    assert codes(code(base, coder, text, actors)) == {("MARJUD", "ESPCVL", "1121")}


def test_brought_charges_accuse_of_a_crime(base: Language, coder: EventCoder) -> None:
    actors = {"Peruvian police": "PERCOP", "Bolivian traders": "BOLBUS"}
    text = "Peruvian police brought charges against two Bolivian traders."
    assert ("PERCOP", "BOLBUS", "1121") in codes(code(base, coder, text, actors))


def test_pressing_someone_to_act_stays_an_appeal(base: Language, coder: EventCoder) -> None:
    actors = {"Norway": "NOR", "Iceland": "ISL"}
    events = code(base, coder, "Norway pressed Iceland to cut its whaling quota.", actors)
    assert not any(c.startswith("112") for _, _, c in codes(events))


# -- observers received: international involvement allowed (0862) -------------------------------------------------


def test_observers_received_are_involvement_allowed(base: Language, coder: EventCoder) -> None:
    actors = {"Malawi": "MWI", "African Union": "IGOAFU"}
    text = "Malawi received a team of observers from the African Union."
    assert codes(code(base, coder, text, actors)) == {("MWI", "IGOAFU", "0862")}


def test_monitors_welcomed_are_no_praise(base: Language, coder: EventCoder) -> None:
    actors = {"Nepal": "NPL", "United Nations": "UN"}
    text = "Nepal welcomed monitors from the United Nations."
    assert codes(code(base, coder, text, actors)) == {("NPL", "UN", "0862")}


def test_a_guest_received_stays_hosting(base: Language, coder: EventCoder) -> None:
    actors = {"Malawi": "MWI", "Zambian foreign minister": "ZMBGOV"}
    assert ("MWI", "ZMBGOV", "043") in codes(code(base, coder, "Malawi received the Zambian foreign minister.", actors))


# -- mediation ended: halt mediation (165) ------------------------------------------------------------------------


def test_ended_mediation_efforts_halt_mediation(base: Language, coder: EventCoder) -> None:
    actors = {"Oman": "OMN", "Yemeni government": "YEMGOV", "Houthis": "YEMREB"}
    text = "Oman ended its mediation efforts between the Yemeni government and the Houthis."
    events = codes(code(base, coder, text, actors))
    assert ("OMN", "YEMGOV", "165") in events
    assert not any(c == "045" for _, _, c in events)


def test_mediation_efforts_that_succeed_stay_mediation(base: Language, coder: EventCoder) -> None:
    actors = {"Oman": "OMN", "Yemeni government": "YEMGOV", "Houthis": "YEMREB"}
    text = "Oman's mediation efforts between the Yemeni government and the Houthis produced a prisoner swap."
    assert ("OMN", "YEMGOV", "045") in codes(code(base, coder, text, actors))


def test_an_ended_visit_is_no_halted_mediation(base: Language, coder: EventCoder) -> None:
    actors = {"Indian prime minister": "INDGOV", "Japan": "JPN"}
    events = code(base, coder, "The Indian prime minister ended a three-day visit to Japan.", actors)
    assert ("INDGOV", "JPN", "042") in codes(events)


# -- support with something material: aid (07) --------------------------------------------------------------------


def test_support_with_weapons_is_military_aid(base: Language, coder: EventCoder) -> None:
    actors = {"Sudan": "SDN", "Chadian rebels": "TCDREB"}
    text = "Sudan supported the Chadian rebels with weapons."
    assert codes(code(base, coder, text, actors)) == {("SDN", "TCDREB", "072")}


def test_backing_with_money_is_aid(base: Language, coder: EventCoder) -> None:
    actors = {"Qatar": "QAT", "Gaza authorities": "PSEGOV"}
    text = "Qatar backed the Gaza authorities with money."
    assert roots(code(base, coder, text, actors)) == {("QAT", "PSEGOV", "07")}


def test_plain_support_stays_diplomatic(base: Language, coder: EventCoder) -> None:
    actors = {"Chile": "CHL", "Argentina": "ARG"}
    events = code(base, coder, "Chile backed Argentina in the fishing dispute.", actors)
    assert roots(events) == {("CHL", "ARG", "05")}


# -- "engage" an armed force: combat; "engage Y in talks": the talks ----------------------------------------------


def test_engaging_troops_is_combat(base: Language, coder: EventCoder) -> None:
    actors = {"Eritrean army": "ERIMIL", "Ethiopian troops": "ETHMIL"}
    text = "The Eritrean army engaged Ethiopian troops near the border town."
    assert codes(code(base, coder, text, actors)) == {("ERIMIL", "ETHMIL", "190")}


def test_engaging_rebels_in_talks_is_no_combat(base: Language, coder: EventCoder) -> None:
    actors = {"Malian government": "MLIGOV", "Tuareg rebels": "MLIREB"}
    events = code(base, coder, "The Malian government engaged the Tuareg rebels in talks.", actors)
    assert not any(r == "19" for _, _, r in roots(events))


# -- tariffs rolled back: eased (085) -----------------------------------------------------------------------------


def test_tariffs_rolled_back_are_eased(base: Language, coder: EventCoder) -> None:
    actors = {"Canada": "CAN", "Mexican": "MEX"}
    text = "Canada rolled back tariffs on Mexican steel."
    assert codes(code(base, coder, text, actors)) == {("CAN", "MEX", "085")}
