"""Planned meetings are mutual, feared acts are not done, a deep place reached through its owner (issue 14, session
18; docs/events.md rule 69).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before rule 69 a
meeting stated as intended was the speaker's act only (036 one way), an act only feared ("raising fears of renewed
fighting with Y") was asserted; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 69: a meeting stated as intended is as mutual as one held (fixed) ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Russian president will meet his Turkish counterpart in Sochi .", "RUS", "TUR"),
        ("The French foreign minister will hold talks with his Chinese counterpart on Friday .", "FRA", "CHN"),
        ("The Chinese premier will hold a meeting with the German chancellor on Monday .", "CHN", "DEU"),
        ("Poland will negotiate with Ukraine over grain imports .", "POL", "UKR"),
    ],
)
def test_planned_meeting_is_mutual(rules_nlp: Language, text: str, a: str, b: str) -> None:
    assert asserted(rules_nlp, text) == {(a, b, "036"), (b, a, "036")}  # before: only (a, b, "036")


def test_planned_meeting_agrees_with_a_held_one_on_its_pairs(rules_nlp: Language) -> None:
    planned = asserted(rules_nlp, "The Russian president will meet his Turkish counterpart in Sochi .")
    held = asserted(rules_nlp, "The Russian president met his Turkish counterpart in Sochi .")
    assert {(s, t) for s, t, _ in planned} == {(s, t) for s, t, _ in held}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # offered on a condition: the speaker's offer only
        (
            "The Russian president will meet his Turkish counterpart in Sochi if the weather allows .",
            {("RUS", "TUR", "036")},
        ),
        # a stated intent to keep contact or cooperate stays the speaker's
        ("The US envoy will maintain contact with Kyiv .", {("USA", "UKR", "036")}),
        ("Chile will cooperate with Peru on fishing .", {("CHL", "PER", "030")}),
        # a visit or a hosting has a direction of its own
        ("The French president will host the Japanese prime minister next week .", {("FRA", "JPN", "036")}),
        # refused, not intended
        ("The Russian president will not meet his Turkish counterpart .", {("RUS", "TUR", "120")}),
    ],
)
def test_other_stated_intents_keep_one_direction(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 69b: an act only feared is not done (fixed) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sudan has expelled the aid workers , raising fears of renewed fighting with neighbouring Chad .",
        "The decision increases the risk of war between India and Pakistan .",
        "Officials warned of the danger of an attack on Taiwan by China .",
    ],
)
def test_feared_act_is_not_asserted(rules_nlp: Language, text: str) -> None:
    assert not any(code.startswith("19") for _, _, code in asserted(rules_nlp, text))  # before: 190 asserted


def test_act_beside_a_fear_stays_asserted(rules_nlp: Language) -> None:
    text = "Fears of an attack grew after Syrian troops attacked Turkish soldiers ."
    assert ("SYR", "TUR", "190") in asserted(rules_nlp, text)


# -- 69c: a place named through its owner reaches the owner as deep as the place would (fixed) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army launched a missile attack against a military base in Turkey 's Hatay province .",
        "The Syrian army and allied forces have launched a missile attack against a military base in Turkey 's "
        "southern Hatay province .",
    ],
)
def test_owner_of_a_deep_place_is_the_target(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == {("SYR", "TUR", "190")}  # before: no event (the owner one level too deep)


def test_place_without_owner_unchanged(rules_nlp: Language) -> None:
    text = "The Syrian army launched a missile attack against a military base in Turkey ."
    assert asserted(rules_nlp, text) == {("SYR", "TUR", "190")}


# -- 69d: a warning or a deadline given is no transfer (fixed) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The French president gave the Russian president a stern warning to stop its activities .", "130"),
        ("The French president gave Mali a warning .", "130"),
        ("The British prime minister gave Iran a midnight deadline .", "139"),
    ],
)
def test_warning_given_is_a_threat(rules_nlp: Language, text: str, expected: str) -> None:
    codes = {code for _, _, code in asserted(rules_nlp, text)}
    assert codes == {expected}  # before: 070, a transfer


def test_goods_given_stay_a_transfer(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Canada gave Haiti food and medicine .") == {("CAN", "HTI", "070")}
