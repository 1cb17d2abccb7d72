"""Feared acts are not done, a deep place is reached through its owner, a warning given is no transfer (issue 14,
session 18; docs/events.md rule 69).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before rule 69 an
act only feared ("raising fears of renewed fighting with Y") was asserted, a place's owner one level past the nested
search's depth ("a base in Y's Hatay province") was never reached, and "gave Y a warning" was a transfer (070); the
neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 69a: an act only feared is not done (fixed) ----------------------------------------------------------------------


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


# -- 69b: a place named through its owner reaches the owner as deep as the place would (fixed) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army launched a missile attack against a military base in Turkey 's Hatay province .",
        "The Syrian army and allied forces have launched a missile attack against a military base in Turkey 's "
        "southern Hatay province .",
    ],
)
def test_owner_of_a_deep_place_is_the_target(rules_nlp: Language, text: str) -> None:
    # rule 273: a missile attack is CAMEO 194 (was 190)
    assert asserted(rules_nlp, text) == {("SYR", "TUR", "194")}  # before: no event (the owner one level too deep)


def test_place_without_owner_unchanged(rules_nlp: Language) -> None:
    text = "The Syrian army launched a missile attack against a military base in Turkey ."
    # rule 273: a missile or rocket is CAMEO 194 (was 190)
    assert asserted(rules_nlp, text) == {("SYR", "TUR", "194")}


# -- 69c: a warning or a deadline given is no transfer (fixed) --------------------------------------------------------


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
    # the goods' class since rule 158 (relief, 073; before 070)
    assert asserted(rules_nlp, "Canada gave Haiti food and medicine .") == {("CAN", "HTI", "073")}
