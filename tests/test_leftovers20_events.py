"""Passage halted: a blocking verb over an entry noun (issue 14, session 31, branch leftovers20; docs/events.md
rule 267).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A blocking verb
("halted", "stopped", "prevented") whose object is an entry noun with an "of" object ("the entry of aid", "the
return of refugees", "the passage of ships") holds passage back: CAMEO 191 "impose blockade, restrict movement"
for a state, as "blocked the entry of aid" already was, not the reduce wrapper's aid cut (162). Controls: the aid
itself halted stays 162, non-state blockers and unplaced halts code no blockade. ``XFAIL`` keeps the rows the
change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

LEFTOVERS20_SENTENCES: list[tuple[str, Events]] = [
    # the session 31 humanitarian2 row
    ("Israel halted the entry of aid into Gaza.", {("ISR", "PSE", "191")}),
    # halted / stopped / prevented the entry of goods into a place
    ("Egypt stopped the entry of fuel trucks into Gaza on Sunday.", {("EGY", "PSE", "191")}),
    ("Pakistan halted the entry of Afghan trucks into its territory.", {("PAK", "AFG", "191")}),
    ("Israel prevented the entry of medical supplies into northern Gaza.", {("ISR", "PSE", "191")}),
    # the return, passage or access of people or ships
    ("Turkey halted the return of Syrian refugees from Lebanon.", {("TUR", "SYR", "191")}),
    ("China stopped the passage of Philippine supply boats to the shoal.", {("CHN", "PHL", "191")}),
    ("Russian forces prevented the entry of Ukrainian grain ships into the port.", {("RUS", "UKR", "191")}),
    # the same with "blocked", as before
    ("Israel blocked the entry of aid into Gaza.", {("ISR", "PSE", "191")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS20_SENTENCES, XFAIL))
def test_leftovers20_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: the goods themselves halted, non-state blockers, an entry with no party ---------------------------

LEFTOVERS20_CONTROLS: list[object] = [
    "Protesters blocked the entry of trucks into the port.",
    "The court halted the return of the migrants.",
    "Officials said the entry of aid had stopped.",
    "The storm halted the entry of ships into the harbour.",
]


@pytest.mark.parametrize("text", LEFTOVERS20_CONTROLS)
def test_leftovers20_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


def test_leftovers20_halted_aid_stays_aid_cut(rules_nlp: Language) -> None:
    # the aid itself as the object is the reduce wrapper's aid cut (162), not a blockade
    assert asserted(rules_nlp, "Israel halted aid to Gaza.") == {("ISR", "PSE", "162")}
