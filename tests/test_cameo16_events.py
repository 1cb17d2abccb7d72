"""An option weighed, named by a noun or by "explore"/"ponder" (issue 14, session 21; docs/events.md rule 95).

Each sentence is our own construction, none copied from the CAMEO manual, ConfliBERT, PLOVER or any evaluation set.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Rule 61
coded "X is considering sending aid to Y" as CAMEO 014 (consider policy option); the option named by a noun's "of"
phrase ("the possibility of talks"), weighed with "explore" or "ponder", or a show of force weighed, was coded as
nothing before rule 95. The neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 95a/95b: an option noun's "of" phrase is what is weighed; explore / ponder weigh it -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch government is weighing the option of sending aid to Chad .", {("NLD", "TCD", "014")}),
        ("Norway is pondering the possibility of talks with Iran .", {("NOR", "IRN", "014")}),
        ("Australia is exploring the possibility of a trade deal with India .", {("AUS", "IND", "014")}),
        ("Chile is considering the idea of a summit with Peru .", {("CHL", "PER", "014")}),
        ("Ghana is exploring sending doctors to Liberia .", {("GHA", "LBR", "014")}),
        ("Korea is studying the possibility of sending engineers to Sudan .", {("KOR", "SDN", "014")}),
        ("Sweden is reviewing its cooperation with Belarus .", {("SWE", "BLR", "014")}),
        ("Mexico examined the option of a trade pact with Cuba .", {("MEX", "CUB", "014")}),
    ],
)
def test_an_option_named_by_a_noun_or_explored_is_weighed(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no asserted event


# -- 95c: a show of force weighed is a policy option too ------------------------------------------------------------


def test_a_show_of_force_weighed_is_014(rules_nlp: Language) -> None:
    text = "Turkey is exploring the possibility of naval patrols near Cyprus ."
    assert asserted(rules_nlp, text) == {("TUR", "CYP", "014")}  # before: nothing (150 held hypothetical)


# -- neighbours that must not move ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brazil is considering imposing sanctions on Venezuela .",  # a sanction weighed stays hypothetical (rule 61)
        "Canada is exploring the possibility of sanctions against Iran .",
        "Kenya is exploring ways to boost trade .",  # no act, no party
        # 95d: explore / ponder hold a sanction weighed unasserted, as consider does (before: 163 asserted)
        "Chile is exploring tariffs against Argentina .",
        "Japan is pondering imposing tariffs on Korea .",
    ],
)
def test_weighing_a_sanction_or_nothing_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


def test_considering_a_gerund_is_unchanged(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Japan is considering sending aid to Laos .") == {("JPN", "LAO", "014")}


def test_a_possibility_raised_is_no_option_weighed(rules_nlp: Language) -> None:
    # "raised" is no verb of weighing: "the possibility of talks" stays the plain hedge it was, no event asserted
    assert asserted(rules_nlp, "Norway raised the possibility of talks with Iran .") == set()
