"""Words whose sense their doers decide; bare groups of people placed by where they act (issue 14, session 18;
docs/events.md rule 68).

Each sentence is our own construction, none copied from the CAMEO manual, ConfliBERT, PLOVER or any evaluation set.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
The fixed classes were coded otherwise before rule 68 (noted per test); the neighbours pin readings that must not
move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded

# -- 68a: "protest" / "rally" by non-state groups of people is a street demonstration (141) -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers protested against the French government .", {("FRA", "FRA", "141")}),
        ("Students in Seoul protested against Japan .", {("KOR", "JPN", "141")}),
        ("Iranian students rallied outside the British embassy .", {("IRN", "GBR", "141")}),
    ],
)
def test_protest_by_groups_of_people_is_a_demonstration(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 110 (disapproval) / 053 (rallying support)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan protested the Chinese incursion .", {("JPN", "CHN", "110")}),  # a state's protest: disapproval
        # a protest made to a named state is an official complaint (114, rule 366e; was 110): still no demonstration
        ("Japan protested to China over the incursion .", {("JPN", "CHN", "114")}),
        ("The Chinese government rallied support for Pakistan .", {("CHN", "PAK", "053")}),
        ("Venezuelans rallied behind their government against the United States .", {("VEN", "USA", "053")}),
    ],
)
def test_states_keep_their_protest_and_rally_senses(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 68b: an obstruction by a state or its force is a blockade (191); blocking a decision is a rejection ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel blockaded the Gaza Strip .", {("ISR", "PSE", "191")}),
        ("Indian troops blockaded the Pakistani port .", {("IND", "PAK", "191")}),
        ("Egyptian soldiers blocked the road to Libya .", {("EGY", "LBY", "191")}),
    ],
)
def test_obstruction_by_a_state_is_a_blockade(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 144 (obstruct passage, as protesters do)


def test_obstruction_by_protesters_stays_obstruction(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "French farmers blockaded the German embassy .") == {("FRA", "DEU", "144")}


@pytest.mark.parametrize(
    "text",
    [
        "The United States blocked the UN resolution on Gaza .",
        "Hungary blocked the EU proposal on Ukraine .",
    ],
)
def test_blocking_a_decision_is_a_rejection(rules_nlp: Language, text: str) -> None:
    events = asserted(rules_nlp, text)
    assert events and {c[:2] for _, _, c in events} == {"12"}  # before: 144, no obstruction of passage


# -- 68c: a bare group of people takes the country of the place it acts in, beside another country ---------------


@pytest.mark.parametrize(
    ("text", "actor", "code"),
    [
        ("Activists protested against China in Tokyo .", "Activists", "JPNOPP"),
        ("Thousands of people protested against the United States in Islamabad .", "people", "PAKCVL"),
        ("Hundreds of students rallied against Israel in Dhaka .", "students", "BGDEDU"),
        ("Hundreds of people demonstrated outside the Israeli embassy in Amman .", "people", "JORCVL"),
    ],
)
def test_bare_group_takes_the_place_of_its_act(rules_nlp: Language, text: str, actor: str, code: str) -> None:
    mentions, _ = coded(rules_nlp, text, full_codes=True)
    assert mentions.get(actor) == code  # before: uncoded (two countries in the sentence), so no event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Activists protested against China in Tokyo .", {("JPN", "CHN", "141")}),
        ("Thousands of people protested against the United States in Islamabad .", {("PAK", "USA", "141")}),
    ],
)
def test_placed_groups_give_the_event(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Officials met Chinese officials in Geneva .", "Officials"),  # a state's role: not the place's
        ("Activists from abroad criticised China in Tokyo and Seoul .", "Activists"),  # two places: no one place
    ],
)
def test_state_roles_and_several_places_stay_uncoded(rules_nlp: Language, text: str, actor: str) -> None:
    mentions, _ = coded(rules_nlp, text, full_codes=True)
    assert actor not in mentions


# -- 68d: aid or goods received are the giver's act toward the receiver -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine received weapons from Poland .", {("POL", "UKR", "072")}),
        ("Kenya received aid from the United States .", {("USA", "KEN", "070")}),
        ("Kenya received US aid .", {("USA", "KEN", "070")}),
        ("Egypt received military assistance from Russia .", {("RUS", "EGY", "072")}),
        ("Pakistan accepted financial aid from China .", {("CHN", "PAK", "071")}),
    ],
)
def test_goods_received_are_the_givers_act(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: the receiver's 043 toward the giver / its own aid


def test_received_and_given_agree(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Ukraine received weapons from Poland .") == asserted(
        rules_nlp, "Poland sent weapons to Ukraine ."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt received the Israeli prime minister .", {("EGY", "ISR", "043")}),  # a visitor: hosting
        ("Jordan received humanitarian aid .", set()),  # no giver named: no event
    ],
)
def test_receptions_and_unnamed_givers(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 68e: a flag or effigy burned is a demonstration against whom it stands for ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian students burned the Israeli flag .", {("IRN", "ISR", "141")}),
        ("The American flag was burned by Iranian protesters .", {("IRN", "USA", "141")}),
    ],
)
def test_a_flag_burned_is_a_demonstration(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 1712 (property destroyed)


def test_unnamed_attackers_take_no_place(rules_nlp: Language) -> None:
    # rule 52a holds: the place of the killing does not say whose the gunmen are
    assert asserted(rules_nlp, "Gunmen killed three Egyptian soldiers in Libya .") == set()


# -- 68f: a decision a body passes says what the body does --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN Security Council passed a resolution condemning North Korea .", {("IGO", "PRK", "111")}),
        ("The US Senate passed a bill imposing sanctions on Russia .", {("USA", "RUS", "163")}),
    ],
)
def test_a_passed_resolution_is_the_bodys_act(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no source, no event


def test_a_vetoed_resolution_still_did_not_condemn(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Russia vetoed a resolution condemning Syria .")
    assert not any(c.startswith("11") for _, _, c in events)  # the condemnation stays hypothetical
