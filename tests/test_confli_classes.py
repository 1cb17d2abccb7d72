"""Error classes of ConfliBERT ``cameo_ner`` train (issue 14, session 9; docs/events.md rule 33), one test per class.

Each sentence is our own construction, with countries and leaders other than the train sentences the classes
were counted on; none is copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off. Each case asserts the event the class must
now give and, beside it, the neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from spacy.language import Language

from .event_sentences import asserted


def test_troops_sent_to_a_mission_act_toward_where_it_serves(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Ghana is sending troops to the United Nations peacekeeping force in Lebanon.")
    # 074 since rule 56c (troops sent to a peacekeeping mission provide peacekeeping; rule 33 gave 150): the
    # direction, toward where the mission serves, is this class's
    assert ("GHA", "LBN", "074") in events
    assert not any(s == "GHA" and t == "IGO" for s, t, _ in events)
    events = asserted(rules_nlp, "Chile is ready to contribute troops to the NATO-led force in Kosovo.")
    assert any(s == "CHL" and t == "XKX" for s, t, _ in events)
    assert not any(s == "CHL" and t == "IGO" for s, t, _ in events)


def test_an_appeal_or_attack_on_a_mission_keeps_its_organisation(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Ghana appealed to the United Nations mission in Lebanon.")
    assert ("GHA", "IGO", "020") in events
    assert ("GHA", "LBN", "020") not in events


def test_considering_a_cooperative_act_states_willingness(rules_nlp: Language) -> None:
    # found as a wish is (rule 33), coded CAMEO 014 "consider policy option" since rule 61
    assert ("NOR", "HTI", "014") in asserted(rules_nlp, "Norway is considering sending aid to Haiti after the storm.")
    assert ("PER", "BOL", "014") in asserted(rules_nlp, "Peru is considering talks with Bolivia.")


def test_considering_a_cut_or_a_sanction_stays_hypothetical(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Norway is considering slashing its aid to Haiti.")
    assert not any(s == "NOR" and t == "HTI" for s, t, _ in events)
    events = asserted(rules_nlp, "Canada is considering imposing sanctions on Venezuela.")
    assert not any(s == "CAN" and t == "VEN" for s, t, _ in events)


def test_a_destination_hung_on_the_object_is_the_target(rules_nlp: Language) -> None:
    # the parser attaches "to Y" to the last object noun, under a conjunct and an of-phrase
    events = asserted(rules_nlp, "Norway has sent trucks and a team of engineers to Haiti.")
    assert any(s == "NOR" and t == "HTI" for s, t, _ in events)


def test_a_destination_inside_a_relative_clause_is_not_read(rules_nlp: Language) -> None:
    # "to Chile" belongs to the relative clause's own verb, not to the sending
    events = asserted(rules_nlp, "Norway sent engineers who had travelled to Chile.")
    assert not any(s == "NOR" and t == "CHL" for s, t, _ in events)


def test_a_claimed_attack_took_place(rules_nlp: Language) -> None:
    # "claimed responsibility for the attack": the attack happened, by the claimant
    events = asserted(rules_nlp, "The Abu Sayyaf rebels claimed responsibility for the attack on Philippine soldiers.")
    assert any(s == "PHL" and c.startswith("19") for s, _, c in events)
    # a denial, or a call for an attack, asserts none
    events = asserted(rules_nlp, "The Abu Sayyaf rebels denied responsibility for the attack on Philippine soldiers.")
    assert not any(c.startswith("19") for _, _, c in events)
    events = asserted(rules_nlp, "Chile called for an attack on Peruvian positions.")
    assert not any(c.startswith("19") for _, _, c in events)
