"""2025 force deployments in wire style, seventh table (issue 14, session 35, branch americas7; rule 342).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The rows are
armed forces named by a naval formation ("a carrier group", "a carrier strike group", "an amphibious ready group")
or by a warship class that holds a weapon word ("guided-missile destroyers"), moved or deployed near Venezuela, the
Taiwan Strait or the Baltic, with and without a pressing purpose: CAMEO 150 (demonstrate military power), toward
the party pressed (rule 338) or the place named. Expected codes were written from the CAMEO codebook before the
coder ran. Controls: warships sold (062, rule 157) or given (072), and "carriers" that are airlines or shippers.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


AMERICAS7_SENTENCES: list[tuple[str, Events]] = [
    ("The Pentagon sent a carrier strike group to the Caribbean to pressure Venezuela.", {("USA", "VEN", "150")}),
    ("Washington moved a carrier group off Colombia to deter Maduro.", {("USA", "VEN", "150")}),
    ("The US Navy deployed an amphibious ready group to Trinidad to intimidate Caracas.", {("USA", "VEN", "150")}),
    ("The Pentagon deployed a carrier strike group off Venezuela.", {("USA", "VEN", "150")}),
    ("Beijing deployed a carrier group near Taiwan to pressure Taipei.", {("CHN", "TWN", "150")}),
    ("Britain deployed a carrier strike group to Norway to deter Moscow.", {("GBR", "RUS", "150")}),
    ("Washington moved two guided-missile destroyers to Puerto Rico to intimidate Maduro.", {("USA", "VEN", "150")}),
    ("Japan deployed guided-missile destroyers to the Philippines to deter China.", {("JPN", "CHN", "150")}),
    ("The Pentagon deployed guided-missile destroyers off Venezuela.", {("USA", "VEN", "150")}),
    ("The United States deployed fighter jets to Puerto Rico to pressure Venezuela.", {("USA", "VEN", "150")}),
    ("The Pentagon sent F-35s to Puerto Rico to pressure Caracas.", {("USA", "VEN", "150")}),
    ("Germany sent fighter jets to Lithuania to deter Russia.", {("DEU", "RUS", "150")}),
    ("China sent warships to the Taiwan Strait to intimidate Taipei.", {("CHN", "TWN", "150")}),
    ("Russia deployed fighter jets to Belarus to intimidate Lithuania.", {("RUS", "LTU", "150")}),
    ("China deployed F-35s near Taiwan.", {("CHN", "TWN", "150")}),
]

# rule 342 (a formation named by its forces; a weapon word naming a warship's class) fixes the other rows
XFAIL: dict[str, str] = {
    "The Pentagon sent F-35s to Puerto Rico to pressure Caracas.": (
        "jets sent are arms supplied (rule 58c leaves tanks, jets, missiles to 'send', 072), and a pressing purpose "
        "does not tell a deployment from aid ('sent missiles to Ukraine to deter Russia' is aid to Ukraine)"
    ),
    "Germany sent fighter jets to Lithuania to deter Russia.": (
        "as the F-35 row: 'sent fighter jets' is read as arms given to Lithuania (072), not as a show of force"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(AMERICAS7_SENTENCES, XFAIL))
def test_americas7_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: warships sold or given, "carriers" that are airlines or shippers, no state named --------------------

AMERICAS7_CONTROLS: list[tuple[str, Events]] = [
    ("Washington sold two guided-missile destroyers to Taiwan.", {("USA", "TWN", "062")}),
    ("The United States gave Ukraine two guided-missile destroyers.", {("USA", "UKR", "072")}),
    ("A group of carriers raised shipping rates to Venezuela.", set()),
    ("Brazil's airlines formed a group of carriers to lower fares to Argentina.", set()),
    ("Washington sent an amphibious ready group to the Caribbean.", set()),
    ("The company moved a group of carriers to Miami to pressure the union.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AMERICAS7_CONTROLS)
def test_americas7_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
