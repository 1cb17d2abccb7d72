"""2025 Americas news in wire style (issue 14, session 30, branch americas1; docs/events.md rule 237).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The rows cover
US strikes on boats off Venezuela, the US naval deployment in the Caribbean, Caracas accusing Washington, US
tariffs on Brazil and Canada and the answers to them, Mexico handing cartel figures to the United States, Cuba,
the Panama Canal and the row with Colombia over deportation flights, visas and tariffs; the capitals (Caracas,
Brasilia, Ottawa, Mexico City, Havana, Bogota) and leaders (Maduro, Lula, Sheinbaum, Carney, Petro) as actors.
Expected codes were written from the CAMEO codebook before the coder ran. Controls: the same words with no
international act. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


AMERICAS1_SENTENCES: list[tuple[str, Events]] = [
    # US strikes on boats off Venezuela (190 conventional force, 195 from the air; a boat destroyed is the
    # codebook's 1712 "destroy property", the code the coder gives and the row now expects)
    ("The US military struck a Venezuelan drug boat in the Caribbean on Tuesday.", {("USA", "VEN", "190")}),
    ("US forces destroyed a boat operated by a Venezuelan cartel.", {("USA", "VEN", "1712")}),
    ("Washington launched an airstrike on a Venezuelan vessel in international waters.", {("USA", "VEN", "195")}),
    # the naval deployment (150 force posture toward the side it is aimed at; troops mobilized 154)
    ("The United States deployed warships to the waters off Venezuela.", {("USA", "VEN", "150")}),
    ("The Pentagon deployed fighter jets near Venezuela.", {("USA", "VEN", "150")}),
    ("Caracas mobilized troops in response to the US naval buildup.", {("VEN", "USA", "154")}),
    # Caracas accuses Washington (112); an act named an insult or "an act of" one is disapproval (111, rule 237c)
    ("Maduro accused Washington of plotting to overthrow his government.", {("VEN", "USA", "112")}),
    ("Maduro called the US naval deployment an act of aggression.", {("VEN", "USA", "111")}),
    ("Lula called the US tariffs blackmail.", {("BRA", "USA", "111")}),
    ("Petro called Trump a liar.", {("COL", "USA", "111")}),
    # tariffs on Brazil and Canada (163) and the answers to them; a headline-style name root (rule 237a)
    ("Trump imposed a 50 percent tariff on Brazilian imports.", {("USA", "BRA", "163")}),
    ("Ottawa imposed retaliatory tariffs on US steel.", {("CAN", "USA", "163")}),
    ("Carney announced counter-tariffs on American cars.", {("CAN", "USA", "163")}),
    ("Canada dropped most of its retaliatory tariffs on American goods.", {("CAN", "USA", "085")}),
    ("Trump imposed tariffs on Colombia after Bogota turned away deportation flights.", {("USA", "COL", "163")}),
    ("Trump raised tariffs on Canada after Ottawa refused to drop its digital tax.", {("USA", "CAN", "163")}),
    ("Trump halted trade talks with Canada.", {("USA", "CAN", "164")}),
    ("Trump terminated trade talks with Canada over a television advertisement.", {("USA", "CAN", "164")}),
    ("Brasilia filed a complaint against Washington at the World Trade Organization.", {("BRA", "USA", "114")}),
    # Mexico hands cartel figures to the United States (063 judicial cooperation, rule 237b)
    ("Mexico extradited 29 cartel figures to the United States.", {("MEX", "USA", "063")}),
    ("Mexico City handed over 26 cartel members to the United States.", {("MEX", "USA", "063")}),
    ("Mexico transferred 26 alleged cartel members to US custody.", {("MEX", "USA", "063")}),
    ("Sheinbaum's government sent 29 drug traffickers to the United States.", {("MEX", "USA", "063")}),
    ("Sheinbaum rejected any US military intervention in Mexico.", {("MEX", "USA", "120")}),
    # Cuba
    ("The United States tightened sanctions on Cuba.", {("USA", "CUB", "163")}),
    ("Havana condemned the new US sanctions.", {("CUB", "USA", "111")}),
    # Panama Canal
    ("Trump threatened to take back the Panama Canal.", {("USA", "PAN", "130")}),
    ("Rubio urged Panama to curb Chinese influence over the canal.", {("USA", "PAN", "020")}),
    # Colombia: ambassadors, accusations
    ("Bogota recalled its ambassador from Washington.", {("COL", "USA", "161")}),
    ("Petro accused the United States of killing a Colombian fisherman.", {("COL", "USA", "1123")}),
]

# "Brasilia filed a complaint against Washington at the World Trade Organization." passes since rule 240a (the
# forum of a complaint is no party; session 30, leftovers11)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(AMERICAS1_SENTENCES, XFAIL))
def test_americas1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: Americas news with no international act -------------------------------------------------------------

AMERICAS1_CONTROLS: list[tuple[str, Events]] = [
    ("Brazil's coffee exports to the United States fell sharply in August.", set()),
    ("A hurricane struck Cuba's eastern coast on Wednesday.", set()),
    ("Canada's tariff revenue rose in July.", set()),
    ("Sheinbaum spoke with Carney by phone.", both("MEX", "CAN", "041")),
    # rule 237b: members of no criminal organisation are no suspects
    ("Mexico sent 500 members of the National Guard to the border.", set()),
    # rule 237c: an act of no insult is no disapproval
    ("Caracas called the decision an act of goodwill.", set()),
    # rule 237a: a participle on a plain noun, no name before it
    ("Suspended deportation flights to Colombia resumed after Bogota relented.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AMERICAS1_CONTROLS)
def test_americas1_control_codes_no_act(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
