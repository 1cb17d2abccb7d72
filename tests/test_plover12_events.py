"""Conditional threats under a possibility modal, preparations for force, events of background clauses (issue 14,
session 16; docs/events.md rule 53).

Each sentence is our own construction, none copied from PLOVER, ConfliBERT or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed
classes of 53a and 53b gave a hypothetical event (so no asserted one) before rule 53, those of 53c a second event;
the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, roots

# -- 53a: a coercive act under may / might / could with an if / unless condition is a threat (fixed) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 155: codebook 1312 "Threaten to boycott, embargo, or sanction" (was 131)
        ("The United States might impose sanctions on Iran if talks collapse .", {("USA", "IRN", "1312")}),
        # rule 155: codebook 1313 "Threaten to reduce or break relations" (was 131)
        ("China could expel Japanese diplomats if Tokyo does not apologize .", {("CHN", "JPN", "1313")}),
        # rule 155: codebook 1311 "Threaten to reduce or stop aid" (was 131)
        ("France may suspend aid to Mali unless the junta holds elections .", {("FRA", "MLI", "1311")}),
        # rule 155: codebook 1311 "Threaten to reduce or stop aid" (was 131); rule 163e-f: gas supplies cut are the
        # embargo family (163), threatened 1312 (was 1311)
        ("Russia may cut gas supplies to Ukraine if Kiev does not pay , Moscow said .", {("RUS", "UKR", "1312")}),
        ("If Kiev fails to pay , Russia may cut gas supplies to Ukraine .", {("RUS", "UKR", "1312")}),
        ("Turkey may attack Syria if the Kurds do not withdraw .", {("TUR", "SYR", "138")}),
        ("Pakistan might strike India unless the militants are handed over .", {("PAK", "IND", "138")}),
        ("Turkey said it may attack Syria if the Kurds stay .", {("TUR", "SYR", "138")}),
    ],
)
def test_conditional_possibility_of_coercion_is_a_threat(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: the act itself, hypothetical (no asserted event)


def test_conditional_halt_of_mediation_threatens_both_parties(rules_nlp: Language) -> None:
    text = "The European Union could halt mediation between Serbia and Kosovo if the talks fail ."
    assert {(t, c) for _, t, c in roots(asserted(rules_nlp, text))} == {("SRB", "13"), ("XKX", "13")}


@pytest.mark.parametrize(
    "text",
    [
        # no condition: a mere possibility
        "Russia may cut gas supplies to Ukraine .",
        "Turkey may attack Syria .",
        # a condition on cooperation is no threat
        "Russia may send aid to Ukraine if the war ends .",
        "Iran could hold talks with the United States if sanctions are lifted .",
        # negated, or hedged by something else than the modal
        "Russia may not cut gas supplies to Ukraine if Kiev pays .",
        "Turkey wants to attack Syria if the Kurds stay .",
    ],
)
def test_other_possibilities_stay_unasserted(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


def test_stated_intent_with_a_condition_is_unchanged(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Russia will attack Ukraine if NATO expands .") == {("RUS", "UKR", "138")}


# -- 53b: preparing an act of force is a show of force (fixed) -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkish army prepared to attack Kurdish positions in Iraq .", {("TUR", "IRQ", "150")}),
        ("The Turkish army has prepared to attack Kurdish positions in Iraq .", {("TUR", "IRQ", "150")}),
        ("Russian forces are preparing to launch an offensive against Ukraine .", {("RUS", "UKR", "150")}),
        ("Israel prepared to resume air strikes on Gaza .", {("ISR", "PSE", "150")}),
        ("Syria is preparing a new offensive against Turkey .", {("SYR", "TUR", "150")}),
    ],
)
def test_preparing_force_is_a_show_of_force(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: the prepared attack, hypothetical (no asserted event)


@pytest.mark.parametrize(
    "text",
    [
        # other prepared acts stay hypothetical
        "India prepared to send aid to Nepal .",
        "Russia is preparing to hold talks with Ukraine .",
        "Sudan prepared to expel the British ambassador .",
        # a preparation denied or itself only possible
        "The Turkish army did not prepare to attack Kurdish positions in Iraq .",
        "The Turkish army may prepare to attack Kurdish positions in Iraq .",
    ],
)
def test_other_preparations_stay_unasserted(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


def test_prepared_as_willing_stays_a_threat(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Turkey is prepared to attack Syria .") == {("TUR", "SYR", "138")}


# -- 53c: an event of a relative clause or a clause of time gives way to the sentence's main event (fixed) -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt condemned Israel's prime minister , who has vowed to expand settlements in the West Bank .",
            {("EGY", "ISR", "111")},
        ),
        ("Germany praised Poland , which has sent troops to Lithuania .", {("DEU", "POL", "051")}),
        (
            "France recalled its ambassador to Iran one day after Iranian forces seized a French tanker .",
            {("FRA", "IRN", "161")},
        ),
        (
            "Germany sent aid to Turkey before the Turkish army attacked Kurdish positions in Syria .",
            {("DEU", "TUR", "070")},
        ),
    ],
)
def test_background_clause_events_give_way_to_the_main_event(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: the relative or time clause's event as well


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no asserted event on the main line: the background clause's event stays
        ("This comes after Russia attacked Ukraine .", {("RUS", "UKR", "190")}),
        ("The meeting took place a day after Russian forces shelled Ukrainian positions .", {("RUS", "UKR", "194")}),
        (
            "Germany may send aid to Turkey after the Turkish army attacked Kurdish positions in Syria .",
            {("TUR", "SYR", "190")},
        ),
        # "while" contrasts two acts of the same standing
        (
            "While the United States imposed sanctions on Russia , China expanded trade with Moscow .",
            {("USA", "RUS", "163"), ("CHN", "RUS", "061")},
        ),
    ],
)
def test_events_outside_background_clauses_or_alone_stay(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected
