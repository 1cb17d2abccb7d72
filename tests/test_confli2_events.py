"""Error classes of ConfliBERT ``cameo_ner`` train, round 2 (issue 14, session 10; docs/events.md rule 36).

Each sentence is our own construction, with countries other than the train sentences the classes were counted
on; none is copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off. Each case asserts the event the class must now give and, beside
it, the neighbouring construction that must keep its old reading. All of them fail on main ``bf91cde``.
"""

from __future__ import annotations

from spacy.language import Language

from .event_sentences import asserted


def test_a_failed_agreement_is_a_mutual_rejection(rules_nlp: Language) -> None:
    # the parties negotiated and each rejected the other's terms: 120 both ways, asserted (PLOVER: REJECT)
    events = asserted(rules_nlp, "Chile and Peru failed to reach agreement on a fishing treaty.")
    assert {("CHL", "PER", "120"), ("PER", "CHL", "120")} <= events
    events = asserted(rules_nlp, "Chile failed to strike a deal with Peru.")
    assert {("CHL", "PER", "120"), ("PER", "CHL", "120")} <= events


def test_a_failed_agreement_stays_between_the_subjects_parties(rules_nlp: Language) -> None:
    # the topic ("on the Irish border") names no party of the failed deal
    events = asserted(rules_nlp, "British and EU negotiators have failed to reach a deal on the Irish border.")
    assert ("GBR", "IGO", "120") in events
    assert not any("IRL" in (s, t) for s, t, _ in events)


def test_talks_that_failed_to_reach_an_outcome_took_place(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "The talks between Chile and Peru failed to produce an agreement.")
    assert {("CHL", "PER", "040"), ("PER", "CHL", "040")} <= events
    # a summit that failed to take place, or a deal not reached, stays unasserted
    assert not asserted(rules_nlp, "The summit between Chile and Peru failed to take place.")
    assert not asserted(rules_nlp, "Chile did not reach a deal with Peru.")


def test_a_truce_declared_or_agreed_in_a_country_targets_it(rules_nlp: Language) -> None:
    assert ("BOL", "PER", "0871") in asserted(rules_nlp, "The Bolivian rebels declared a unilateral ceasefire in Peru.")
    assert ("CHL", "PER", "0871") in asserted(rules_nlp, "Chile agreed to a truce in northern Peru.")
    events = asserted(rules_nlp, "In Peru, the Bolivian rebels declared a monthlong ceasefire on Sunday.")
    assert ("BOL", "PER", "0871") in events


def test_a_truce_only_monitored_or_with_a_named_party_keeps_its_reading(rules_nlp: Language) -> None:
    # monitoring a ceasefire in Y is no truce declared by the monitor
    assert not any(
        t == "YEM"
        for _, t, _ in asserted(rules_nlp, "The Security Council sent a team to monitor a ceasefire in Yemen.")
    )
    # a named party is the target, the place is not read
    events = asserted(rules_nlp, "Peru announced a ceasefire with the Bolivian rebels in the Andes.")
    assert ("PER", "BOL", "0871") in events


def test_pushing_someone_for_something_is_an_appeal(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Canada has pushed Peru for a new mining law.")
    assert any(s == "CAN" and t == "PER" and c.startswith("02") for s, t, c in events)
    events = asserted(rules_nlp, "The Chilean president pushed the Chilean parliament for changes to the labour law.")
    assert any(c.startswith("02") for _, _, c in events)


def test_pushing_without_an_addressee_and_a_for_phrase_is_no_appeal(rules_nlp: Language) -> None:
    assert not asserted(rules_nlp, "Canada pushed its troops into the border region.")
    assert not any(
        c.startswith("02") for _, _, c in asserted(rules_nlp, "Canada pushed the sanctions through parliament.")
    )


def test_force_on_a_groups_positions_abroad_falls_on_that_country(rules_nlp: Language) -> None:
    # the group stays a target; the country whose ground the strike hits is added
    events = asserted(rules_nlp, "Turkish jets struck PKK positions in northern Syria.")
    assert {("TUR", "TUR", "195"), ("TUR", "SYR", "195")} <= events  # jets as the doer: 195 (rule 252a; was 190)
    events = asserted(
        rules_nlp, "Chilean warplanes launched air strikes on Islamic State targets stationed in northern Peru."
    )
    assert any(s == "CHL" and t == "PER" for s, t, _ in events)


def test_positions_in_the_groups_own_country_or_a_meeting_add_no_place(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Turkish jets struck PKK positions in southeastern Turkey.")
    assert all(t == "TUR" for _, t, _ in events)
    events = asserted(rules_nlp, "Iraqi officials met Islamic State leaders in Syria.")
    assert not any(t == "SYR" for _, t, _ in events)


def test_condolences_go_to_where_the_misfortune_befell(rules_nlp: Language) -> None:
    events = asserted(
        rules_nlp, "Norway expressed its deepest condolences to the families of those who died in the Lima bombing."
    )
    assert ("NOR", "PER", "018") in events
    assert ("NOR", "PER", "018") in asserted(rules_nlp, "Norway expressed condolences to Peru.")
    assert not asserted(rules_nlp, "Norway expressed sympathy.")


def test_pessimism_or_optimism_is_about_whom_its_phrase_names(rules_nlp: Language) -> None:
    assert ("CHL", "PER", "012") in asserted(
        rules_nlp, "Chile expressed pessimism over holding negotiations with Peru."
    )
    events = asserted(rules_nlp, "Chile expressed pessimism about bringing the Peruvian standoff to a peaceful end.")
    assert ("CHL", "PER", "012") in events


def test_an_adverbial_clause_beside_the_comment_is_not_its_topic(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Chile expressed pessimism about the talks, even as Peru praised Bolivia.")
    assert not any(s == "CHL" for s, _, _ in events)
    assert not asserted(rules_nlp, "Chile expressed optimism.")
