"""An act named as the content of a piece of information, or inside a "for Y to be done" clause, gives way to the
sentence's main event (issue 14, session 17; docs/events.md rule 62).

Each sentence is our own construction, none copied from PLOVER, ConfliBERT or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before rule 62
the talks or contacts that evidence, information or a sign is about, and those a for-to clause wishes for, were
coded as events of their own (A <-> B 040) beside the sentence's reported act; the neighbours pin readings that
must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted


def pairs(events: set[tuple[str, str, str]]) -> set[frozenset[str]]:
    """The unordered pairs of ``events``."""
    return {frozenset((s, t)) for s, t, _ in events}


# -- 62a: what a piece of information is about is its content, not an event (fixed) --------------------------------


@pytest.mark.parametrize(
    ("text", "main", "topic"),
    [
        (
            "Japanese officials have shared documents with Canada about meetings between Iran and Syria .",
            ("JPN", "CAN", "064"),
            {"IRN", "SYR"},
        ),
        (
            "Spanish diplomats gave Portugal information regarding contacts between Iran and Iraq .",
            # information given is CAMEO 064 "share intelligence or information" (rule 371b; was 070, plain aid)
            ("ESP", "PRT", "064"),
            {"IRN", "IRQ"},
        ),
        (
            "Norway praised the Swedish plan as proof of a desire for progress in Russian-Ukrainian talks .",
            ("NOR", "SWE", "051"),
            {"RUS", "UKR"},
        ),
    ],
)
def test_an_act_an_information_is_about_gives_way_to_the_main_event(
    rules_nlp: Language, text: str, main: tuple[str, str, str], topic: set[str]
) -> None:
    events = asserted(rules_nlp, text)
    assert main in events
    assert frozenset(topic) not in pairs(events)  # before: both ways 040


def test_a_report_with_no_other_event_keeps_its_act(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Reports of clashes between Sudan and Chad spread quickly .")
    assert ("SDN", "TCD", "190") in events


def test_an_act_outside_the_information_is_kept(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Japan shared documents with Canada and held talks with Iran .")
    assert ("JPN", "CAN", "064") in events
    assert ("JPN", "IRN", "040") in events


def test_a_commented_act_that_is_the_object_is_kept(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Britain condemned Russia's attack on Ukraine .")
    assert ("GBR", "RUS", "111") in events
    assert ("RUS", "UKR", "190") in events


# -- 62b: a "for Y to be done" clause states a wish, no done act (fixed) --------------------------------------------


def test_an_act_in_a_for_to_clause_gives_way_to_the_main_event(rules_nlp: Language) -> None:
    events = asserted(
        rules_nlp,
        "The Dutch government welcomed the Belgian statement as a token of Paris's wish for a settlement to be"
        " reached in Russian-Ukrainian talks .",
    )
    assert ("NLD", "BEL", "051") in events
    assert frozenset({"RUS", "UKR"}) not in pairs(events)  # before: both ways 040, asserted
