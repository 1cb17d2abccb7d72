"""An intent to cooperate stated as an idea, a need or a prospect (issue 14, session 17; docs/events.md rule 65).

Each sentence is our own construction, none copied from the seeds, ConfliBERT, PLOVER or any evaluation set. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before
rule 65, "X wants talks with Y" was a stated intent (rule 28) but "X floated the idea of talks with Y" coded the
talks themselves as if held; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil floated the idea of talks with Argentina .", {("BRA", "ARG", "036")}),
        ("Germany raised the idea of a meeting with Poland .", {("DEU", "POL", "036")}),
        ("Chile acknowledged the need for negotiations with Peru .", {("CHL", "PER", "036")}),
        ("Chile acknowledged the necessity of a deal with Peru .", {("CHL", "PER", "032")}),
    ],
)
def test_idea_of_cooperation_is_a_stated_intent(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


def test_idea_of_force_is_no_event(rules_nlp: Language) -> None:
    # a wish for sanctions or force is no threat made (wish_roots: cooperation only)
    assert not any(
        c.startswith("03") for _, _, c in asserted(rules_nlp, "Brazil floated the idea of sanctions on Argentina .")
    )


def test_wish_verb_is_unchanged(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Brazil wants talks with Argentina .") == {("BRA", "ARG", "036")}


def test_idea_without_an_act_is_no_trigger(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Brazil liked the idea .") == set()


def test_consensus_established_is_one_reached(rules_nlp: Language) -> None:
    assert ("CHL", "PER", "057") in asserted(rules_nlp, "Chile established a consensus with Peru .")


def test_necessity_of_a_consensus_is_a_stated_intent(rules_nlp: Language) -> None:
    text = "Chile acknowledged the necessity of establishing a consensus with Peru ."
    assert asserted(rules_nlp, text) == {("CHL", "PER", "032")}  # before: no event


def test_subject_relative_clause_is_the_same_actors_act(rules_nlp: Language) -> None:
    # the clause tells what the main subject itself did: reported beside the main act (before: 051 only)
    text = "The French President , who has criticized Russia , praised Poland ."
    assert asserted(rules_nlp, text) == {("FRA", "RUS", "111"), ("FRA", "POL", "051")}


def test_subject_relative_clause_with_an_example_and_an_intent(rules_nlp: Language) -> None:
    text = (
        "Even leaders who have criticized Russia , such as the French President , are beginning to acknowledge"
        " the need for talks with Russia ."
    )
    assert asserted(rules_nlp, text) == {("FRA", "RUS", "111"), ("FRA", "RUS", "036")}


def test_object_relative_clause_stays_background(rules_nlp: Language) -> None:
    # rule 53c: a clause on another party is background to the main act
    assert asserted(rules_nlp, "Germany praised Poland , which has sent troops to Lithuania .") == {
        ("DEU", "POL", "051")
    }
