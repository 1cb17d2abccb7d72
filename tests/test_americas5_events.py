"""2025 Americas news in wire style, fifth table (issue 14, session 34, branch americas5; docs/events.md rule 335).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The rows are
armed forces moved, positioned or stationed (a `move_verbs` verb with a `moved_forces` object) with a "to"-infinitive
purpose clause of a pressing verb ("to intimidate Y", "to pressure Y", "to deter Y"; `coercion_verbs`) and no
posture phrase naming a party: a show of force (150) toward the party pressed, and the purpose clause's verb gives
no second event (rule 305). Expected codes were written from the CAMEO codebook before the coder ran. Controls: forces
moved for no party, a purpose naming no party, a move of no force, a move already aimed by a posture phrase.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


AMERICAS5_SENTENCES: list[tuple[str, Events]] = [
    ("The US Navy moved three destroyers into the southern Caribbean to intimidate Caracas.", {("USA", "VEN", "150")}),
    ("Washington moved two guided-missile destroyers to Puerto Rico to pressure Maduro.", {("USA", "VEN", "150")}),
    ("The Pentagon repositioned F-35 fighter jets to Puerto Rico to pressure Venezuela.", {("USA", "VEN", "150")}),
    ("Venezuela moved troops to the Essequibo frontier to intimidate Guyana.", {("VEN", "GUY", "150")}),
    ("Nicaragua shifted army battalions to the Costa Rican border to pressure San Jose.", {("NIC", "CRI", "150")}),
    ("The United States stationed bombers in the region to deter Venezuela.", {("USA", "VEN", "150")}),
    ("Russia relocated warships to Cuba to intimidate Washington.", {("RUS", "USA", "150")}),
    (
        "The US military positioned a submarine off Trinidad to pressure the Venezuelan government.",
        {("USA", "VEN", "150")},
    ),
    ("Brazil moved troops to its northern border to deter Venezuela.", {("BRA", "VEN", "150")}),
    ("China redeployed warships to the Strait to pressure Taipei.", {("CHN", "TWN", "150")}),
    (
        "Colombia moved army units to the border to pressure Venezuela into acting against the ELN.",
        {("COL", "VEN", "150")},
    ),
]

# rules 335 and 338 (forces moved with a pressing purpose are a show of force toward the party pressed, a state
# destination yielding to it) fix the other rows
# rule 342 (session 35, americas7: a weapon word naming a warship's class) fixed the last row once here
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(AMERICAS5_SENTENCES, XFAIL))
def test_americas5_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: no party pressed, no force moved, a move already aimed ------------------------------------------------

AMERICAS5_CONTROLS: list[tuple[str, Events]] = [
    ("The US Navy moved three destroyers into the southern Caribbean for exercises.", set()),
    ("The navy moved two ships to the Caribbean to intimidate drug traffickers.", set()),
    ("The company moved its headquarters to Miami to pressure the governor.", set()),
    ("Mexico moved troops to the northern border to stop migrants.", set()),
    ("China moved warships near Taiwan to intimidate Taipei.", {("CHN", "TWN", "150")}),
]


@pytest.mark.parametrize(("text", "expected"), AMERICAS5_CONTROLS)
def test_americas5_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
