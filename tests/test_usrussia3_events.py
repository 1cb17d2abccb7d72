"""US-Russia relations in 2025 wire style, third table (issue 14, session 31, usrussia3; docs/events.md rule 272).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Embassy talks in
Istanbul, diplomatic property returned, direct flights discussed, prisoners freed, Arctic and rare-earth cooperation
offered, New START's extension, nuclear-testing threats, secondary tariffs threatened, Russian drones over Poland and
the Kremlin's reading of US statements. Rule 272: a destination phrase ("into Y") of an act noun that the parser hung
on the verb judging the act, when the act names its own agent ("condemned the Russian incursion into Poland"), is
where the act went, not a second party judged (IGO -> RUS 111 only; before: IGO -> POL 111 too). Controls: a threat
with no addressee, speculation. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


USRUSSIA3_SENTENCES: list[tuple[str, Events]] = [
    # embassies, property, flights
    ("Russian and US diplomats held talks in Istanbul on normalising embassy operations.", both("RUS", "USA", "044")),
    ("Washington agreed to return seized diplomatic property to Russia.", {("USA", "RUS", "0353")}),
    ("Lavrov discussed the resumption of direct flights with Rubio.", both("RUS", "USA", "040")),
    # prisoners
    ("Russia freed American teacher Marc Fogel on Tuesday.", {("RUS", "USA", "0841")}),
    ("Moscow released Ksenia Karelina in an exchange with the United States.", {("RUS", "USA", "0841")}),
    # cooperation floated, the treaty's extension
    ("Dmitriev proposed Arctic cooperation to the United States.", {("RUS", "USA", "030")}),
    ("Dmitriev offered rare-earth cooperation to Washington.", {("RUS", "USA", "030")}),
    ("Putin proposed a one-year extension of New START to the United States.", {("RUS", "USA", "030")}),
    # nuclear testing, tariffs
    ("Trump threatened to resume nuclear testing.", set()),
    ("Russia warned the United States against resuming nuclear tests.", {("RUS", "USA", "130")}),
    ("US senators threatened Russia with secondary tariffs.", {("USA", "RUS", "1312")}),
    # drones over Poland (rule 272: the destination of the act judged is no party judged)
    ("Poland accused Russia of violating its airspace with drones.", {("POL", "RUS", "1123")}),
    ("NATO condemned the Russian drone incursion into Poland.", {("IGO", "RUS", "111")}),
    ("NATO condemned the Russian intrusion into Polish airspace.", {("IGO", "RUS", "111")}),
    ("Lithuania condemned the Belarusian incursion into Lithuania.", {("LTU", "BLR", "111")}),
    # the Kremlin's reading of US statements
    ("Peskov criticized Trump's statements on Ukraine.", {("RUS", "USA", "111")}),
    ("The Kremlin praised Washington's stance on the talks.", {("RUS", "USA", "051")}),
    # control: speculation
    ("Analysts said a deal with Russia might be possible.", set()),
]

XFAIL: dict[str, str] = {}
# "a one-year extension of New START to the United States" passes since rule 282 (session 32, leftovers28: an
# agreement's proper name read as its agreement noun)
# the praised stance "on the talks" passes since rule 277b (session 32, leftovers27: a stance's topic is no act)


@pytest.mark.parametrize(("text", "expected"), table_cases(USRUSSIA3_SENTENCES, XFAIL))
def test_usrussia3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
