"""PLOVER dev error classes, round 4 (issue 14, session 20, plover18; docs/events.md rule 87).

87a: an investigation phrase whose object is "into" an act names that act's doer as its target, by the "by" agent
of a participle on the act or the subject of a relative clause on it ("launched an investigation into crimes
committed by Y", "opened an inquiry into killings that Y carried out"), as the verb "investigated crimes committed
by Y" already read; more verbs carry an investigation (complete, conclude, conduct, begin, start).
87b: a reported obligation whose clause subject is a pronoun for the addressee ("told / reminded Y that it must
...") demands of the addressee, and a message noun's that-clause ("issued a reminder to Y that it must ...") is
reported as a speech verb's is. Each sentence is our own construction, none copied from an evaluation set; the
real model, ``actor_resolver`` and ``event_coder`` run with the learned layer off.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded

# -- 87a: what an investigation is into ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "by" agent of a participle on the act (the parser hangs "into" on the verb or on the noun)
        (
            "Serbian police launched an investigation into alleged crimes committed by Croatian forces.",
            ("SRB", "HRV", "09"),
        ),
        (
            "The Indian army has opened an inquiry into killings allegedly carried out by Pakistani troops.",
            ("IND", "PAK", "09"),
        ),
        # the subject of a relative clause on the act
        (
            "The Indian army has opened an inquiry into killings that Pakistani troops carried out.",
            ("IND", "PAK", "09"),
        ),
        # verbs that carry an investigation besides launch / open / order
        (
            "Nigerian police have begun an investigation into attacks carried out by Cameroonian soldiers.",
            ("NGA", "CMR", "09"),
        ),
        (
            "The Kenyan government completed its inquiry into an accusation by Uganda that Somali gunmen had raided a "
            "border post.",
            ("KEN", "UGA", "09"),
        ),
    ],
)
def test_an_investigation_into_an_act_targets_its_doer(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(rules_nlp, text)[1]  # before: no event (no target found)


def test_an_investigation_into_an_act_with_no_named_doer_stays_uncoded(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Kenya launched an investigation into the attack.") == set()


def test_the_participle_agent_on_the_object_itself_is_read_as_before(rules_nlp: Language) -> None:
    assert ("MAR", "DZA", "19") not in coded(rules_nlp, "Morocco boycotted the summit hosted by Algeria.")[1]
    assert {t for _, t, _ in coded(rules_nlp, "Morocco boycotted the summit hosted by Algeria.")[1]} == {"DZA"}


# -- 87b: a demand of the addressee ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" / "they" for the speech verb's object
        (
            "The French foreign minister reminded Iran that it must cooperate fully with UN inspectors.",
            {("FRA", "IRN", "10")},
        ),
        (
            "Japan reminded China and South Korea that they should respect the agreement.",
            {("JPN", "CHN", "10"), ("JPN", "KOR", "10")},
        ),
        # a message noun's that-clause, the addressee in its "to" phrase (the EU on its primary code, IGO)
        (
            "The German chancellor issued a stern reminder to Russia that it must respect the ceasefire.",
            {("DEU", "RUS", "10")},
        ),
        ("The EU sent a message to Turkey that it should release the journalists.", {("IGO", "TUR", "10")}),
    ],
)
def test_a_pronoun_for_the_addressee_makes_a_demand_of_it(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert coded(rules_nlp, text)[1] == expected  # before: no event


@pytest.mark.parametrize(
    "text",
    [
        "Britain said it must defend its interests.",  # no addressee: the speaker's own obligation
        "Russia told the UN that it would defend its borders.",  # no obligation modal: no demand
    ],
)
def test_no_addressee_or_no_obligation_makes_no_demand(rules_nlp: Language, text: str) -> None:
    assert not {c for _, _, c in coded(rules_nlp, text)[1]} & {"10"}


def test_a_named_clause_subject_keeps_the_demand_on_it(rules_nlp: Language) -> None:
    text = "The French foreign minister told reporters that Iran must cooperate fully with UN inspectors."
    assert coded(rules_nlp, text)[1] == {("FRA", "IRN", "10")}


# -- 87c: forces or outposts evacuated are withdrawn --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia evacuated its naval base in Syria.", {("RUS", "SYR", "0874")}),
        ("Turkey has evacuated its troops from northern Iraq.", {("TUR", "IRQ", "0874")}),
        # a future evacuation is a stated intent (rule 25), as "will withdraw" is
        # rule 155: codebook 0356 "Express intent to de-escalate military engagement" (was 035)
        ("The United States will evacuate its outposts in eastern Afghanistan by June.", {("USA", "AFG", "0356")}),
    ],
)
def test_forces_or_outposts_evacuated_are_a_withdrawal(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event


@pytest.mark.parametrize(
    "text", ["France evacuated its citizens from Lebanon.", "Britain evacuated its embassy staff from Kabul."]
)
def test_people_evacuated_are_no_retreat(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


# -- 87d: an act a reported clause calls excluded -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials in Washington said that lifting the sanctions on Cuba is out of the question.",
            {("USA", "CUB", "12")},
        ),
        ("The Turkish foreign minister said talks with the PKK were out of the question.", {("TUR", "TUR", "12")}),
        ("Israel said that negotiations with Hamas are off the table.", {("ISR", "PSE", "12")}),
    ],
)
def test_an_act_called_out_of_the_question_is_rejected(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert coded(rules_nlp, text)[1] == expected  # before: no rejection


def test_an_act_not_out_of_the_question_is_no_rejection(rules_nlp: Language) -> None:
    text = "The Turkish foreign minister said talks with the PKK were not out of the question."
    assert not {c for _, _, c in coded(rules_nlp, text)[1]} & {"12"}
