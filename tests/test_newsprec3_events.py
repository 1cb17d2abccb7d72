"""Generic news shapes left by the earlier news reads (issue 14, session 21, branch newsprec3; docs/events.md rule
98): a dual national is one party (98a), an act a court or a charge lays on a party is that party's, alleged (98b),
and a comment on an act named with its "by" doer is aimed at the doer (98c).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Neighbours pin
the readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, roots, unnegated_roots

# -- 98a: a hyphenated pair of nationalities on one person is one party --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: also IRN -> RUS 17, the first nationality as a second person
        ("Iran detained a Russian-American journalist .", {("IRN", "USA", "17")}),
        ("A Russian-American journalist criticized Iran .", {("USA", "IRN", "11")}),
        ("Venezuela arrested a Spanish-Colombian activist .", {("VEN", "COL", "17")}),
    ],
)
def test_dual_national_is_one_party(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roots(asserted(rules_nlp, text)) == expected


def test_dual_national_keeps_the_nationality_other_than_the_actor(rules_nlp: Language) -> None:
    # the person's other nationality is the acting state's own: the foreign one is the event (as before)
    assert roots(asserted(rules_nlp, "Iran arrested a British-Iranian academic .")) == {("IRN", "GBR", "17")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dyad written with a hyphen is two parties: not a person
        ("French-German talks began .", {("FRA", "DEU", "04"), ("DEU", "FRA", "04")}),
        ("Russian-US diplomats met in Istanbul .", {("RUS", "USA", "04"), ("USA", "RUS", "04")}),
    ],
)
def test_hyphenated_dyads_keep_both_parties(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert roots(asserted(rules_nlp, text)) == expected


# -- 98b: the act a verdict or a legal charge lays on a party ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "court_act"),
    [
        # before: TURJUD -> DEUMED 180 asserted, the court as the terrorist
        ("A Turkish court convicted two German journalists of terrorism .", ("TUR", "DEU", "18")),
        # before: KENJUD -> KENCOP 190 asserted, the court as the attacker of its own police
        ("A Kenyan court convicted a Somali man of the attack on Kenyan police .", ("KEN", "KEN", "19")),
    ],
)
def test_court_is_not_the_doer_of_the_act_it_convicts_of(
    rules_nlp: Language, text: str, court_act: tuple[str, str, str]
) -> None:
    events = unnegated_roots(rules_nlp, text)
    assert (*court_act, False) not in events
    assert any(code == "11" for _, _, code, _ in events)  # the verdict itself stays


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # before: no attack event (the arrest's subject was no doer, the man not reached)
        ("India arrested a Pakistani man for the attack on Indian soldiers .", ("PAK", "IND", "19", True)),
        ("Israel indicted two Palestinians for attacks on Israeli settlers .", ("PSE", "ISR", "19", True)),
    ],
)
def test_charged_act_is_the_charged_partys_and_alleged(
    rules_nlp: Language, text: str, act: tuple[str, str, str, bool]
) -> None:
    assert act in unnegated_roots(rules_nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine accused Russia of attacks on Ukrainian civilians .", {("UKR", "RUS", "11")}),  # rule 92a
        ("Russia sentenced two Ukrainian sailors to prison .", {("RUS", "UKR", "11")}),
        ("India condemned Pakistan for its attacks on Indian troops .", {("IND", "PAK", "11")}),
    ],
)
def test_neighbours_keep_their_reading(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roots(asserted(rules_nlp, text)) == expected


# -- 98c: a comment on an act with a "by" doer ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: CHN -> TWN 11, the place visited as the criticised party
        ("China condemned a visit to Taiwan by American lawmakers .", {("CHN", "USA", "11")}),
        ("China criticized the visit to Taiwan by the US Speaker .", {("CHN", "USA", "11")}),
        ("Iran condemned the attack on Syria by Israeli forces .", {("IRN", "ISR", "11")}),
        ("Japan protested the incursion into Japanese waters by Chinese ships .", {("JPN", "CHN", "11")}),
        ("Egypt praised the aid to Gaza by Qatar .", {("EGY", "QAT", "05")}),
    ],
)
def test_comment_is_aimed_at_the_acts_doer(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert roots(asserted(rules_nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China condemned the visit to Taiwan .", {("CHN", "TWN", "11")}),  # no doer named: as before
        ("Russia welcomed the decision by Turkey .", {("RUS", "TUR", "05")}),  # rule 90a
    ],
)
def test_comment_without_a_doer_keeps_its_target(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert roots(asserted(rules_nlp, text)) == expected


# -- 98d: a boycott asked of people the coder cannot name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: 025 toward the boycotted party (an appeal to it), or 163 hypothetical (an order to one's agents)
        ("The Arab League called on member states to boycott Israeli goods .", {("IGO", "ISR", "113")}),
        ("Iran called on consumers to boycott French products .", {("IRN", "FRA", "113")}),
        ("Iran urged consumers to boycott American brands .", {("IRN", "USA", "113")}),
    ],
)
def test_boycott_asked_of_uncoded_people_rallies_opposition(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 92b; 020 since rule 277d (a boycott asked of Y asks Y to yield nothing; was 025)
        ("Israel called on the United States to boycott Iran .", {("ISR", "USA", "020")}),
        ("Iran called for a boycott of American goods .", {("IRN", "USA", "113")}),  # rule 86d
    ],
)
def test_coded_addressee_keeps_the_appeal(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
