"""Recall on weakly labelled news (issue 14, session 10, branch ngec; docs/events.md rule 39): an act of force
aimed at a generic part of a place ("airstrikes on areas in X") acts on the place's actor, and a conflict noun
that "broke out" or "erupted" takes the onset verb's "between" phrase as its two parties.

Sentences are constructed here (not taken from any evaluation set). Actors are given explicitly, as the spans
``actor_resolver`` would write, so that the tests check the coder's rules; the real spaCy model runs.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.event_coder import EventCoder

from .event_actors import asserted, code

# -- force aimed at a part of a place: the place's actor is the target ---------------------------------------


def test_airstrikes_on_areas_in_a_territory_target_it(base: Language, coder: EventCoder) -> None:
    actors = {"Israeli jets": "ISRMIL", "Gaza Strip": "PSE"}
    events = asserted(code(base, coder, "Israeli jets carried out airstrikes on areas in the Gaza Strip.", actors))
    assert ("ISR", "PSE", "19") in events, events


def test_shelling_towns_in_a_country_targets_it(base: Language, coder: EventCoder) -> None:
    actors = {"Russian artillery": "RUSMIL", "Ukraine": "UKR"}
    events = asserted(code(base, coder, "Russian artillery shelled several towns in eastern Ukraine.", actors))
    assert ("RUS", "UKR", "19") in events, events


def test_drone_strike_on_camps_in_a_country(base: Language, coder: EventCoder) -> None:
    actors = {"Turkish drones": "TURMIL", "Iraq": "IRQ"}
    events = asserted(code(base, coder, "Turkish drones struck militant camps in northern Iraq on Sunday.", actors))
    assert ("TUR", "IRQ", "19") in events or ("TUR", "IRQ", "18") in events, events


def test_own_country_places_are_no_target(base: Language, coder: EventCoder) -> None:
    # the army of a state acting on places of the same state is one party (domestic rules)
    actors = {"Syrian troops": "SYRMIL", "Syria": "SYR"}
    events = asserted(code(base, coder, "Syrian troops shelled villages in northern Syria.", actors))
    assert not events, events


def test_a_part_with_a_named_owner_keeps_the_owner(base: Language, coder: EventCoder) -> None:
    # "positions of X" names the party itself; the place in which they lie does not replace it
    actors = {"Russian warplanes": "RUSMIL", "Ukrainian forces": "UKRMIL", "Kharkiv": "UKR"}
    events = asserted(code(base, coder, "Russian warplanes bombed positions of Ukrainian forces near Kharkiv.", actors))
    assert events == {("RUS", "UKR", "19")}, events


# -- a conflict that broke out between two parties ------------------------------------------------------------


def test_clashes_broke_out_between_two_forces(base: Language, coder: EventCoder) -> None:
    actors = {"Indian troops": "INDMIL", "Pakistani soldiers": "PAKMIL"}
    text = "Clashes broke out between Indian troops and Pakistani soldiers along the border on Friday."
    events = asserted(code(base, coder, text, actors))
    assert {("IND", "PAK", "19"), ("PAK", "IND", "19")} <= events, events


def test_fighting_erupted_between_two_armies(base: Language, coder: EventCoder) -> None:
    actors = {"Ethiopian forces": "ETHMIL", "Eritrean troops": "ERIMIL"}
    text = "Heavy fighting erupted between Ethiopian forces and Eritrean troops near the town on Tuesday."
    events = asserted(code(base, coder, text, actors))
    assert ("ETH", "ERI", "19") in events, events


def test_domestic_clashes_between_police_and_protesters(base: Language, coder: EventCoder) -> None:
    actors = {"riot police": "KENCOP", "opposition supporters": "KENOPP"}
    text = "Clashes broke out between riot police and opposition supporters in the capital."
    events = asserted(code(base, coder, text, actors))
    assert ("KEN", "KEN", "19") in events, events


def test_talks_that_broke_down_are_no_talks(base: Language, coder: EventCoder) -> None:
    # only conflict nouns take the onset verb's parties: a collapse of talks is not a meeting
    actors = {"Serbia": "SRB", "Kosovo": "XKX"}
    events = asserted(code(base, coder, "Talks broke down between Serbia and Kosovo on Monday.", actors))
    assert not any(root == "04" for _, _, root in events), events


def test_clashes_in_one_city_name_no_parties(base: Language, coder: EventCoder) -> None:
    actors = {"Nairobi": "KEN"}
    events = asserted(code(base, coder, "Clashes broke out in Nairobi on Monday.", actors))
    assert not events, events


# -- territory won back from a party ---------------------------------------------------------------------------


def test_retook_a_town_from_a_party(base: Language, coder: EventCoder) -> None:
    actors = {"Malian soldiers": "MLIMIL", "Tuareg rebels": "MLIREB"}
    text = "Malian soldiers retook the desert town from Tuareg rebels after a week of fighting."
    events = asserted(code(base, coder, text, actors))
    assert ("MLI", "MLI", "19") in events, events


def test_regained_control_from_a_party(base: Language, coder: EventCoder) -> None:
    actors = {"Armenian forces": "ARMMIL", "Azerbaijani troops": "AZEMIL"}
    text = "Armenian forces regained control of two hills from Azerbaijani troops overnight."
    events = asserted(code(base, coder, text, actors))
    assert ("ARM", "AZE", "19") in events, events


def test_wrested_control_from_a_party(base: Language, coder: EventCoder) -> None:
    actors = {"Congolese troops": "CODMIL", "Rwandan-backed fighters": "RWAREB"}
    text = "Congolese troops wrested control of the mining district from Rwandan-backed fighters."
    events = asserted(code(base, coder, text, actors))
    assert ("COD", "RWA", "19") in events, events


def test_control_of_an_economy_regained_is_no_force(base: Language, coder: EventCoder) -> None:
    actors = {"Greek government": "GRCGOV", "European lenders": "EUR"}
    text = "The Greek government regained control of its budget after years of oversight."
    assert not asserted(code(base, coder, text, actors))


def test_the_city_a_clash_happened_in_is_no_party(base: Language, coder: EventCoder) -> None:
    actors = {"students": "VENEDU", "security forces": "VENCOP", "Caracas": "VEN"}
    text = "Clashes broke out between students and security forces in the capital city of Caracas on Monday."
    events = code(base, coder, text, actors)
    pairs = {(e["source"], e["target"]) for e in events if not e["negated"] and not e["hypothetical"]}
    assert ("VENEDU", "VENCOP") in pairs, pairs
    assert not any("VEN" in pair for pair in pairs), pairs  # the city is where, not a party
