"""Argument finding on CAMEO-style text (issue 14, docs/events.md rule 27): classes counted by
``benchmarks/event_argument_misses.py`` on the CAMEO-manual examples and ConfliBERT ``cameo_ner`` train, each
fixed by a general rule and tested here.

Sentences are constructed here (not taken from any evaluation set). Actors are given explicitly, as the
spans ``actor_resolver`` would write, so that the tests check the coder's rules; the real spaCy model runs.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.event_coder import EventCoder

from .event_actors import asserted, code

# -- a relational noun with a possessive pronoun: its apposition is the party -----------------------------


def test_relational_noun_apposition_is_the_target(base: Language, coder: EventCoder) -> None:
    actors = {"European Union": "EU", "NATO": "NATO", "Turkey": "TUR"}
    text = "The European Union has imposed sanctions on its NATO ally Turkey for buying the missiles."
    events = asserted(code(base, coder, text, actors))
    assert ("EU", "TUR", "16") in events  # Turkey is sanctioned
    assert not any(t == "NAT" for _, t, _ in events)  # NATO only says what kind of ally


def test_apposition_without_possessive_pronoun_keeps_the_modifier(base: Language, coder: EventCoder) -> None:
    # no his/her/its/their: the modifier still names the party ("the Russian envoy, Ivanov")
    actors = {"Germany": "DEU", "Russian": "RUS"}
    events = asserted(code(base, coder, "Germany expelled the Russian envoy, a career diplomat.", actors))
    assert ("DEU", "RUS", "16") in events  # expelling an envoy reduces relations


# -- a subject the parser hung on the auxiliary ---------------------------------------------------------------


def test_subject_on_the_auxiliary(base: Language, coder: EventCoder) -> None:
    actors = {"United Kingdom": "GBR", "Norway": "NOR", "United Nations": "IGOUNO"}
    text = "The United Kingdom and Norway however have opposed resolutions in the United Nations on cluster weapons."
    events = asserted(code(base, coder, text, actors))
    assert {("GBR", "IGO", "12"), ("NOR", "IGO", "12")} <= events


# -- a murder in a nominal attack: the attack's victims are its target -----------------------------------


def test_murdered_in_an_attack_targets_the_victim(base: Language, coder: EventCoder) -> None:
    actors = {"Kenyan soldier": "KENMIL", "Somali militants": "SOMINS"}
    text = "One Kenyan soldier was murdered in an attack on a patrol by Somali militants near the border."
    events = asserted(code(base, coder, text, actors))
    assert ("SOM", "KEN", "19") in events
    # the victim is no attacker, and a place is no party
    assert ("KEN", "SOM", "19") not in events


# -- a possessive pronoun in the object names the actor: the nested target is looked for past it ----------


def test_nested_target_past_a_possessive_pronoun(base: Language, coder: EventCoder) -> None:
    actors = {"Chad": "TCD", "its": "TCD", "Sudanese": "SDN"}
    text = "Chad has reneged on its commitment to the Sudanese people for holding talks."
    events = asserted(code(base, coder, text, actors))
    assert ("TCD", "SDN", "12") in events


# -- a verb acting on a trigger noun that names no one: the verb's phrases may -----------------------------


def test_nested_target_beside_the_acted_on_noun(base: Language, coder: EventCoder) -> None:
    actors = {"Japan": "JPN", "Sudan": "SDN"}
    text = "Japan sent food aid to refugees in Sudan."
    events = asserted(code(base, coder, text, actors))
    assert ("JPN", "SDN", "07") in events


def test_verb_phrase_search_stops_at_a_conjoined_predicate(base: Language, coder: EventCoder) -> None:
    # the welcomed thing names no one; the party of the conjoined "asked" is what was asked, not welcomed
    actors = {"Chile": "CHL", "Lima": "PER"}
    text = "Chile welcomed the pressure and asked Lima for more fishing licences."
    assert not any(r == "05" for _, _, r in asserted(code(base, coder, text, actors)))
    # the verb's own phrase still names the party
    text = "Chile sent food aid to refugees in Peru."
    assert ("CHL", "PER", "07") in asserted(code(base, coder, text, {"Chile": "CHL", "Peru": "PER"}))
