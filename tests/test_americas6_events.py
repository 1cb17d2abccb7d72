"""2025 Americas news in wire style, sixth table (issue 14, session 34, branch americas6; docs/events.md rule 338).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The rows are
armed forces moved or deployed to (or "off") a place that names a state, with a "to"-infinitive purpose clause of
a pressing verb (`coercion_verbs`) naming another party: CAMEO 150 (demonstrate military power) is aimed at whom the
force is shown to, the party pressed, not at the state whose territory the forces reach. Expected codes were written
from the CAMEO codebook before the coder ran. Controls: a purpose that presses no party, the pressed party's own
territory, a destination with no purpose clause. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


AMERICAS6_SENTENCES: list[tuple[str, Events]] = [
    ("The Pentagon deployed F-35 fighter jets to Puerto Rico to pressure Venezuela.", {("USA", "VEN", "150")}),
    ("The US Navy sent three warships to Trinidad to intimidate Caracas.", {("USA", "VEN", "150")}),
    ("Russia deployed two bombers to Venezuela to intimidate Washington.", {("RUS", "USA", "150")}),
    ("Washington moved a carrier group off Colombia to deter Maduro.", {("USA", "VEN", "150")}),
    ("China relocated warships to the Philippines' coast to pressure Taipei.", {("CHN", "TWN", "150")}),
    ("The United States deployed Marines to Panama to deter Venezuela.", {("USA", "VEN", "150")}),
    ("Moscow positioned a submarine off Cuba to pressure the United States.", {("RUS", "USA", "150")}),
    ("Colombia moved army units to the border to pressure Venezuela.", {("COL", "VEN", "150")}),
    ("Washington moved two guided-missile destroyers to Puerto Rico to intimidate Maduro.", {("USA", "VEN", "150")}),
]

# rule 338 (a state destination yields to the party a pressing purpose names) fixes the other rows
# rule 342 (session 35, americas7: a formation named by its forces, a weapon word naming a warship's class) fixed
# the two rows once here
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(AMERICAS6_SENTENCES, XFAIL))
def test_americas6_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: no party pressed, the pressed party's own territory, no purpose -------------------------------------

AMERICAS6_CONTROLS: list[tuple[str, Events]] = [
    ("The United States deployed troops to Poland to reassure allies.", {("USA", "POL", "150")}),
    ("The US moved warships to Cuba's coast to deter Havana.", {("USA", "CUB", "150")}),
    ("Russia deployed bombers to Venezuela.", {("RUS", "VEN", "150")}),
    ("The US Navy moved two warships to Puerto Rico to intimidate drug traffickers.", {("USA", "PRI", "150")}),
    ("The company moved business units to Mexico to pressure Washington.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AMERICAS6_CONTROLS)
def test_americas6_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
