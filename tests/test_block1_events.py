"""An act a blocking verb blocks is not done; "strike" with an aerial means is an air strike (issue 14, session 23;
docs/events.md rules 127a, 127b).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The real
spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before
rule 127a "Israel blocked the delivery of aid to Gaza" coded the blockade (191) and the aid (070) as done; before
rule 127b "Russia struck Kyiv with drones" was 190 while "hit" and "target" with drones gave 195 (rule 119c).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 127a: the act named as what a blocking verb blocks is not asserted (fixed) ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: also ISR -> PSE 070 (the blocked aid asserted as given)
        ("Israel blocked the delivery of aid to Gaza .", {("ISR", "PSE", "191")}),
        ("Egypt blocked the delivery of aid and fuel to Gaza .", {("EGY", "PSE", "191")}),
    ],
)
def test_blocked_act_is_not_asserted(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia prevented the delivery of grain to Africa .",
        "Turkey stopped the transfer of weapons to Syria .",
        "Russia thwarted the deployment of NATO troops to Estonia .",
    ],
)
def test_prevented_act_gives_no_event(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


# -- neighbours that must not move -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one's own shipment halted or aid suspended is aid reduced (162, the reduce wrapper), kept
        # rule 163f: arms halted are military aid reduced, the codebook's 1622 (was 162)
        ("The US halted the shipment of arms to Israel .", {("USA", "ISR", "1622")}),
        ("The US suspended aid to Egypt .", {("USA", "EGY", "162")}),
        # a veto of an aid package is the rejection (the reject wrapper's refinement of 07), no aid
        # rule 155: codebook 129 "Veto" (was 122)
        ("Hungary vetoed the EU's aid package for Ukraine .", {("HUN", "IGO", "129")}),
        # the blocked aid as the verb's own object was already coded by the verb alone
        ("Israel blocked aid to Gaza .", {("ISR", "PSE", "191")}),
        # aid not blocked by a verb of blocking stays aid
        ("Japan sent aid to the Philippines .", {("JPN", "PHL", "070")}),
        ("The US blocked the UN resolution on Gaza .", {("USA", "IGO", "120")}),
        # an act with a doer of its own was tried by that doer, not done by the blocker: left as it was
        ("Ukraine thwarted a Russian attack on Kharkiv .", {("RUS", "UKR", "190")}),
    ],
)
def test_neighbours_keep_their_reading(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 127b: "strike" with an aerial instrument is an air strike (fixed) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia struck Kyiv with drones .", {("RUS", "UKR", "195")}),  # before: 190
        ("Israel struck Gaza with aircraft .", {("ISR", "PSE", "195")}),
        ("Israel struck Gaza with fighter jets .", {("ISR", "PSE", "195")}),
        ("Russia struck Ukrainian cities in a drone attack .", {("RUS", "UKR", "195")}),
    ],
)
def test_strike_with_aerial_means_is_an_air_strike(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("strike", "hit"),
    [
        ("Russia struck Kyiv with drones .", "Russia hit Kyiv with drones ."),
        ("Israel struck Gaza with aircraft .", "Israel hit Gaza with aircraft ."),
    ],
)
def test_strike_and_hit_agree(rules_nlp: Language, strike: str, hit: str) -> None:
    assert asserted(rules_nlp, strike) == asserted(rules_nlp, hit)


@pytest.mark.parametrize(
    "text",
    [
        "Russia struck Kyiv with artillery .",
        "Russia struck Kyiv .",
    ],
)
def test_strike_without_aerial_means_stays_force(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == {("RUS", "UKR", "190")}


def test_strike_with_missiles_is_heavy_force(rules_nlp: Language) -> None:
    # rule 273: a missile or rocket is CAMEO 194 (was 190 in the list above: "missiles fly from the ground too")
    assert asserted(rules_nlp, "Russia struck Kyiv with missiles .") == {("RUS", "UKR", "194")}
