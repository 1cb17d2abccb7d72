"""2025 Americas news in wire style, third table (issue 14, session 33, branch americas3; docs/events.md rule 305).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The rows are
material acts of pressure (a deployment, a sanction) with a "to"-infinitive purpose clause of a pressing verb
("to pressure Y", "to force Y", "to intimidate Y"): the act keeps its own code toward the party pressed, and the
purpose clause's verb gives no second event between the same two parties. Expected codes were written from the
CAMEO codebook before the coder ran. Controls: a pressing verb that is the act itself, a purpose naming no party,
a deployment for help. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


AMERICAS3_SENTENCES: list[tuple[str, Events]] = [
    # a deployment whose purpose presses a party: a show of force (150) toward it, no coercion (170) beside it
    ("The Pentagon sent a second aircraft carrier to the Caribbean to pressure Maduro.", {("USA", "VEN", "150")}),
    ("Washington deployed F-35 fighter jets to the region to pressure Venezuela.", {("USA", "VEN", "150")}),
    ("The US Navy moved three destroyers into the southern Caribbean to intimidate Caracas.", {("USA", "VEN", "150")}),
    # troops massed are armed forces increased (154, the buildup refinement of 150)
    ("Russia massed troops along the border in order to pressure Kyiv.", {("RUS", "UKR", "154")}),
    ("China sent warships around Taiwan to pressure Taipei.", {("CHN", "TWN", "150")}),
    # added after the change, to pin the two pressing verbs it adds (before: 130 for the first, no event for the second)
    ("Russia deployed troops to the border to intimidate Ukraine.", {("RUS", "UKR", "150")}),
    ("Washington sent bombers to the region to deter Iran.", {("USA", "IRN", "150")}),
    # a sanction whose purpose presses a party: the sanction (163) alone
    ("Washington imposed new sanctions on Venezuelan oil to pressure Maduro.", {("USA", "VEN", "163")}),
    ("The EU imposed sanctions on Belarus to force Minsk to free political prisoners.", {("IGO", "BLR", "163")}),
    # the other two causes of the americas2 table, left
    ("The US Treasury bought Argentine pesos to shore up Milei's government.", {("USA", "ARG", "071")}),
    ("Petro rejected Washington's offer to send US troops into Colombia.", {("COL", "USA", "1212")}),
]

# rule 305 (a pressing purpose clause is the material act's aim, not an act of its own) fixes the first rows; rule 335
# (forces moved with a pressing purpose, americas5) the "moved three destroyers" row
XFAIL: dict[str, str] = {
    "The US Treasury bought Argentine pesos to shore up Milei's government.": (
        "a currency bought is read as trade (061); the support its purpose names (071) is not read"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(AMERICAS3_SENTENCES, XFAIL))
def test_americas3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: the pressing verb as the act itself, a purpose naming no party, no international act ----------------

AMERICAS3_CONTROLS: list[tuple[str, Events]] = [
    # pressing Y to do something demands it (100, `pressing_verbs`): the pressing verb as the act itself, unchanged
    ("The United States pressured Venezuela to accept deportation flights.", {("USA", "VEN", "100")}),
    ("The Pentagon sent an aircraft carrier to the Caribbean for exercises.", set()),
    ("The navy sent two ships to the Caribbean to pressure drug traffickers.", set()),
    ("The farmers sent a petition to the ministry to pressure the governor.", set()),
    ("Washington imposed tariffs on steel to protect its producers.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AMERICAS3_CONTROLS)
def test_americas3_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
