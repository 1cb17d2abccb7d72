"""Ordered withdrawals, reported accusations and denials, cited topics (issue 14, session 17; docs/events.md rule 60).

Each sentence is our own construction, none copied from the news excerpts or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before rule 60: an
ordered withdrawal of one's own troops was a demand on the place's party (105); "X said Y was behind Z", "X
suggested Y leaked Z" and "X said such claims are false" gave no event; a cited "hostilities between A and B" was
coded A <-> B 190. The neighbours pin the readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 60a: an order to withdraw one's own forces is the withdrawal itself (0874) ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia ordered the withdrawal of its troops from Syria .", {("RUS", "SYR", "0874")}),
        ("The United States ordered the withdrawal of its forces from Afghanistan .", {("USA", "AFG", "0874")}),
        ("Turkey ordered a pullout of its troops from Iraq .", {("TUR", "IRQ", "0874")}),
        ("Russia ordered its troops to withdraw from Syria .", {("RUS", "SYR", "0874")}),  # before: 035
        ("Putin ordered the Russian army to withdraw from Syria .", {("RUS", "SYR", "0874")}),
    ],
)
def test_ordered_withdrawal_of_own_forces_is_a_retreat(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 105 (a demand on the place's party) or 035


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another party's forces: a demand on that party, as before
        # rule 155: codebook 106 "Demand withdrawal" (was 105)
        ("Russia ordered the withdrawal of Turkish troops from Syria .", {("RUS", "TUR", "106")}),
        # rule 155: codebook 106 "Demand withdrawal" (was 105)
        ("France demanded the withdrawal of Russian forces from Ukraine .", {("FRA", "RUS", "106")}),
        ("Russia withdrew its troops from Syria .", {("RUS", "SYR", "0874")}),
    ],
)
def test_withdrawal_neighbours_keep_their_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 60b: a reported culprit or a hedged allegation is an accusation (112) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany said Russia was behind the cyberattack .", {("DEU", "RUS", "112")}),
        ("Germany suggested Russia was behind the cyberattack .", {("DEU", "RUS", "112")}),
        ("Germany implied that Russia was responsible for the explosion .", {("DEU", "RUS", "112")}),
        ("The United States suggested that Russia was to blame for the explosion .", {("USA", "RUS", "112")}),
        ("France suggested that Iran leaked the report .", {("FRA", "IRN", "112")}),
        ("Japan suggested China had hacked its networks .", {("JPN", "CHN", "112")}),
        # the act suggested is the speaker's allegation, not asserted (rule 75a; before: IRN -> ISR 190 asserted)
        ("France suggested that Iran attacked Israel .", {("FRA", "IRN", "112")}),
    ],
)
def test_reported_culprit_is_an_accusation(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no accusation


@pytest.mark.parametrize(
    "text",
    [
        "Germany said Russia was not behind the cyberattack .",  # negated: no accusation
        "Germany said Russia was responsible for security in the region .",  # a duty, no incident
        "France suggested that Iran might have leaked the report .",  # a possibility
        "France said that Iran helped Egypt .",  # a plain report of cooperation
    ],
)
def test_no_accusation_without_a_culprit(rules_nlp: Language, text: str) -> None:
    assert not {e for e in asserted(rules_nlp, text) if e[2].startswith("112")}


def test_should_not_have_stays_a_criticism(rules_nlp: Language) -> None:
    # rule 32's reproach, unchanged: the criticism class of the issue already coded in a plain parse
    assert asserted(rules_nlp, "France said Iran should not have made such statements .") == {("FRA", "IRN", "111")}


def test_reproach_conjoined_to_the_speech_verb(rules_nlp: Language) -> None:
    # the parser hangs "should not have made" on "remarked" (no subject of its own): still the clause's subject's
    # past act blamed (before: no event)
    text = (
        'In an interview with a broadcaster, Trump remarked that Medvedev has a "big mouth" and should not have made '
        "such statements."
    )
    assert asserted(rules_nlp, text) == {("USA", "RUS", "111")}


# -- 60c: claims called false are a denial (016) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia said the US claims were incorrect .", {("RUS", "USA", "016")}),
        ("Russia said claims by the United States were baseless .", {("RUS", "USA", "016")}),
        ("Russia said Washington's accusations were false .", {("RUS", "USA", "016")}),
        # the claimant as the subject of another reporting verb of the sentence
        (
            "Trump said other countries were testing weapons , but such claims are incorrect , "
            "Russian spokesman Dmitry Peskov said .",
            {("RUS", "USA", "016")},
        ),
        # the denial in a clause conjoined to the claimant's, under an "if" clause
        (
            "Trump mentioned that other countries are testing weapons , but if he meant the new missile , such claims "
            "are incorrect , a Russian spokesman said .",
            {("RUS", "USA", "016")},
        ),
    ],
)
def test_claims_called_false_are_a_denial(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia said such claims were false .", set()),  # nobody else named
        ("Russia said the US claims were not false .", set()),
        ("Russia rejected the US claims as false .", {("RUS", "USA", "120")}),
        ("Russia denied the US accusations .", {("RUS", "USA", "016")}),
    ],
)
def test_denial_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 60d: what is cited is a reason given, not an event ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trump cited ongoing hostilities between Moscow and Kyiv as a key barrier to talks .",
        "France pointed to the war between Russia and Ukraine .",
        "Germany mentioned the war between Russia and Ukraine .",
    ],
)
def test_cited_act_is_no_event(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()  # before: A <-> B 190


def test_uncited_hostilities_stay(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Hostilities between Russia and Ukraine escalated on Monday .") == {
        ("RUS", "UKR", "190"),
        ("UKR", "RUS", "190"),
    }
    assert asserted(rules_nlp, "Russia attacked Ukraine , citing threats from NATO .") == {("RUS", "UKR", "190")}
