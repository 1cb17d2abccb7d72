"""Argument finding on CAMEO-style text, round 2 (issue 14, docs/events.md rule 29): whom a protest is aimed at
(its purpose clause, "in protest of", what a strike is over), the protesters of a protest noun under "for", the
compound nouns and lemmas a protest is named by, and events between two international organisations.

Sentences are constructed here (not taken from any evaluation set). Actors are given explicitly, as the spans
``actor_resolver`` would write, so that the tests check the coder's rules; the real spaCy model runs.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from detente.nlp.event_coder import EventCoder
from detente.reference.actors import distinct_actors, igo_pair

from .event_actors import asserted, code


def full(events: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of the asserted events, full actor codes."""
    return {(e["source"], e["target"], e["cameo"]) for e in events if not e["negated"] and not e["hypothetical"]}


# -- a protest's purpose clause names whom it is aimed at ----------------------------------------------------


def test_hunger_strike_to_demand_targets_the_one_demanded_of(base: Language, coder: EventCoder) -> None:
    actors = {"Ghanaian farmers": "GHAAGR", "Togolese interior minister": "TGOGOV"}
    text = (
        "Ghanaian farmers began a hunger strike on Friday to demand the resignation of the Togolese interior minister."
    )
    events = asserted(code(base, coder, text, actors))
    assert ("GHA", "TGO", "14") in events, events
    assert ("GHA", "TGO", "10") not in events, events  # the demand is the protest's aim, one event


def test_purpose_clause_reaches_a_passive_agent(base: Language, coder: EventCoder) -> None:
    actors = {"Chilean miners": "CHLLAB", "Argentine troops": "ARGMIL"}
    text = "Chilean miners began a hunger strike to demand the return of land seized by Argentine troops."
    assert ("CHL", "ARG", "14") in asserted(code(base, coder, text, actors))


def test_blockade_to_show_disapproval_targets_the_possessor(base: Language, coder: EventCoder) -> None:
    actors = {"Bolivian farmers": "BOLAGR", "Brazil": "BRA"}
    text = "Bolivian farmers blocked a highway to show their disapproval of Brazil's new trade policy."
    events = asserted(code(base, coder, text, actors))
    assert ("BOL", "BRA", "14") in events, events
    assert ("BOL", "BRA", "11") not in events, events


def test_rally_place_gives_way_to_its_aim(base: Language, coder: EventCoder) -> None:
    """A rally "in Quito" is held there; the purpose clause says whom it is against."""
    actors = {"Peruvian students": "PEREDU", "Quito": "ECU", "Chile": "CHL"}
    text = "Peruvian students held a rally in Quito to protest Chile's new border law."
    events = asserted(code(base, coder, text, actors))
    assert ("PER", "CHL", "14") in events, events
    assert ("PER", "ECU", "14") not in events, events


def test_protest_noun_under_for_takes_the_gatherers(base: Language, coder: EventCoder) -> None:
    actors = {"Thousands of Malians": "MLICVL", "Niger": "NER"}
    text = "Thousands of Malians were converging on Sunday for a demonstration against Niger's decision to close it."
    events = code(base, coder, text, actors)
    assert any(e["source"] == "MLICVL" and e["target"] == "NER" and e["cameo"][:2] == "14" for e in events), events


def test_participle_demanding_that_names_the_one_demanded_of(base: Language, coder: EventCoder) -> None:
    actors = {"Pakistani lawyers": "PAKJUD", "Lahore": "PAK", "Afghan government": "AFGGOV"}
    text = "Pakistani lawyers marched through Lahore, demanding that the Afghan government free the journalists."
    assert ("PAK", "AFG", "14") in asserted(code(base, coder, text, actors))


def test_in_protest_of_a_refusal(base: Language, coder: EventCoder) -> None:
    actors = {"Nepali students": "NPLEDU", "India": "IND"}
    text = "Nepali students are continuing a hunger strike in protest of India's refusal to reopen the border crossing."
    assert ("NPL", "IND", "14") in asserted(code(base, coder, text, actors))


def test_general_strike_over_a_reform(base: Language, coder: EventCoder) -> None:
    actors = {"Greek dockworkers": "GRCLAB", "Turkey": "TUR"}
    text = "Greek dockworkers staged a general strike over Turkey's new shipping rules."
    events = full(code(base, coder, text, actors))
    assert ("GRCLAB", "TUR", "143") in events, events


def test_support_rally_has_no_protest_target(base: Language, coder: EventCoder) -> None:
    """Only a clause of appeal, demand, disapproval, rejection or protest states a protest's aim."""
    actors = {"Lebanese students": "LBNEDU", "Syrian people": "SYRCVL"}
    text = "Lebanese students held a rally to show their support for the Syrian people."
    events = asserted(code(base, coder, text, actors))
    assert not any(root == "14" for _, _, root in events), events


def test_clause_with_its_own_subject_is_no_aim(base: Language, coder: EventCoder) -> None:
    """ "marched ... after Croatian officials criticized the union": another's act, not the march's aim."""
    actors = {"Serbian workers": "SRBLAB", "Croatian officials": "HRVGOV"}
    text = "Serbian workers marched in the capital after Croatian officials criticized the union."
    events = asserted(code(base, coder, text, actors))
    assert ("SRB", "HRV", "14") not in events, events


# -- the words a protest is named by ---------------------------------------------------------------------------


def test_staged_strike_is_a_strike_not_an_attack(base: Language, coder: EventCoder) -> None:
    """ "staged" is lemmatized "stag" by the tagger; read as "stage", "staged a strike" is 143, not force."""
    actors = {"Nigerian oil workers": "NGALAB", "Ghana": "GHA"}
    text = "Nigerian oil workers staged a strike over Ghana's new export levy."
    events = full(code(base, coder, text, actors))
    assert ("NGALAB", "GHA", "143") in events, events
    assert not any(c[:2] == "19" for _, _, c in events), events


def test_held_hunger_strike_keeps_its_code(base: Language, coder: EventCoder) -> None:
    actors = {"Kurdish prisoners": "TURKUR", "Turkish government": "TURGOV"}
    text = "Kurdish prisoners held a hunger strike to protest the Turkish government's isolation policy."
    events = full(code(base, coder, text, actors))
    assert ("TURKUR", "TURGOV", "1422") in events, events


# -- two international organisations ----------------------------------------------------------------------------


def test_two_organisations_are_distinct_actors() -> None:
    assert igo_pair("IGOARL", "EU")
    assert igo_pair("IGOWBK", "IGOIMF")
    assert distinct_actors("IGOIAE", "UN", domestic=False)
    assert not igo_pair("EU", "EUN")  # one organisation, two codes
    assert not igo_pair("NATO", "NATOSHAPE")  # a command of NATO
    assert not igo_pair("UN", "UN")
    assert not igo_pair("UN", "USA")  # a country: a pair of primary actors already


def test_an_organisation_urging_another_is_an_event(base: Language, coder: EventCoder) -> None:
    actors = {"Arab League": "IGOARL", "African Union": "IGOAFU"}
    text = "The Arab League urged the African Union to lift its sanctions."
    events = full(code(base, coder, text, actors))
    assert any(s == "IGOARL" and t == "IGOAFU" and c[:2] == "02" for s, t, c in events), events


def test_one_organisation_named_twice_is_no_event(base: Language, coder: EventCoder) -> None:
    actors = {"European Commission": "EU", "European Parliament": "EU"}
    text = "The European Commission urged the European Parliament to approve the budget."
    assert full(code(base, coder, text, actors)) == set()


def test_a_stated_protest_is_a_threat_to_protest(base: Language, coder: EventCoder) -> None:
    """ "will stage a protest against Y" is CAMEO 133 (threaten to protest), asserted; "staged" stays 14."""
    actors = {"Serbian students": "SRBEDU", "Croatia": "HRV"}
    future = asserted(code(base, coder, "Serbian students will stage a protest against Croatia's policy.", actors))
    assert ("SRB", "HRV", "13") in future, future
    past = asserted(code(base, coder, "Serbian students staged a protest against Croatia's border policy.", actors))
    assert ("SRB", "HRV", "14") in past, past


def test_went_on_hunger_strike_takes_the_strikers(base: Language, coder: EventCoder) -> None:
    actors = {"Moroccan detainees": "MARCVL", "Spain": "ESP"}
    text = "Moroccan detainees went on hunger strike to protest their treatment by Spain."
    assert ("MAR", "ESP", "14") in asserted(code(base, coder, text, actors))


def test_sit_in_is_a_protest(base: Language, coder: EventCoder) -> None:
    actors = {"Armenian students": "ARMEDU", "Azerbaijan": "AZE"}
    text = "Armenian students staged a sit-in to demand that Azerbaijan free the prisoners."
    assert ("ARM", "AZE", "14") in asserted(code(base, coder, text, actors))


# -- passive agents ----------------------------------------------------------------------------------------------


def test_participle_agent_of_the_subject_is_the_source(base: Language, coder: EventCoder) -> None:
    actors = {"Eritrean army": "ERIMIL", "Ethiopian garrison": "ETHMIL"}
    text = "Shells fired by the Eritrean army struck the Ethiopian garrison on Tuesday."
    assert ("ERI", "ETH", "19") in asserted(code(base, coder, text, actors))


def test_participle_agent_is_not_inherited_by_a_clause_below(base: Language, coder: EventCoder) -> None:
    """ "The plan proposed by X is meant to address the threat ...": X does not threaten anyone."""
    actors = {"European Commission": "EU", "people in Chad": "TCDCVL"}
    text = "The aid plan proposed by the European Commission aims to address the threat of famine among people in Chad."
    events = asserted(code(base, coder, text, actors))
    assert not any(root == "13" for _, _, root in events), events


# -- people gathering to protest, and whom a protest is not against ---------------------------------------------


def test_gathering_to_demand_is_a_demonstration(base: Language, coder: EventCoder) -> None:
    actors = {"Thousands of Jordanians": "JORCVL", "Israel": "ISR"}
    text = "Thousands of Jordanians gathered in the main square to demand that Israel lift the siege."
    events = asserted(code(base, coder, text, actors))
    assert ("JOR", "ISR", "14") in events, events
    assert ("JOR", "ISR", "10") not in events, events


def test_officials_gathering_to_condemn_do_not_demonstrate(base: Language, coder: EventCoder) -> None:
    actors = {"Nordic ministers": "IGONOR", "Russia": "RUS"}
    text = "Nordic ministers gathered in Oslo to condemn Russia's annexation of the peninsula."
    events = asserted(code(base, coder, text, actors))
    assert ("IGO", "RUS", "11") in events, events
    assert not any(root == "14" for _, _, root in events), events


def test_the_victim_of_a_denounced_act_is_not_the_target(base: Language, coder: EventCoder) -> None:
    """ "rallied outside the Saudi embassy to denounce the execution of a Shiite cleric": the cleric suffered
    the act; the protest, held at the embassy, is against Saudi Arabia."""
    actors = {"Bahraini protesters": "BHROPP", "Saudi embassy": "SAUGOV", "Shiite cleric": "MOSSHI"}
    text = "Bahraini protesters rallied outside the Saudi embassy to denounce the execution of a Shiite cleric."
    events = asserted(code(base, coder, text, actors))
    assert ("BHR", "SAU", "14") in events, events
    assert ("BHR", "MOS", "14") not in events, events


def test_a_state_blocking_a_text_has_no_protest_aim(base: Language, coder: EventCoder) -> None:
    """ "China blocked the statement, calling for restraint by Japan": a state obstructs a text; its call is an
    appeal to Japan of its own, not the aim of a protest."""
    actors = {"China": "CHN", "Japan": "JPN"}
    text = "China blocked the statement on Monday, calling for restraint by Japan."
    events = asserted(code(base, coder, text, actors))
    assert ("CHN", "JPN", "14") not in events, events
    assert ("CHN", "JPN", "02") in events, events
