"""Strict leftovers of session 30's americas1 and maritime1 (issue 14, session 30, branch leftovers11; rule 240).

Each sentence is our own construction in the style of 2025 wire copy, none copied from an evaluation set or the news
excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Expected codes were written from the CAMEO codebook before the coder ran: 114 "complain
officially" (the forum a complaint goes to is no party, as rule 231d's court), 1712 "destroy property" (a vessel
sunk, as "destroyed a boat"), 120 "reject" (flights or boats turned away, as "rejected" or "turned down"), 111
"criticize or denounce" (an act named an insult when the parser runs the act and the name into one noun phrase)
and nothing for "called Y a friend" (rule 38: a judgement, no phone call). Controls: the same words with no act
between two parties. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


def one(source: str, target: str, code: str) -> Events:
    """A single directed event."""
    return {(source, target, code)}


LEFTOVERS11_SENTENCES: list[tuple[str, Events]] = [
    # 240a: the forum of an official complaint is no party (114, as rule 231d's court for 115)
    ("China lodged a complaint against the United States at the WTO.", one("CHN", "USA", "114")),
    ("Ottawa filed a complaint against Washington at the World Trade Organization.", one("CAN", "USA", "114")),
    ("Canada lodged a complaint against China at the UN Security Council.", one("CAN", "CHN", "114")),
    ("India filed a complaint against Pakistan with the United Nations.", one("IND", "PAK", "114")),
    # 240b: a vessel sunk is property destroyed (1712, as "destroyed a boat")
    ("The US Navy sank a Venezuelan boat in the Caribbean.", one("USA", "VEN", "1712")),
    ("Ukrainian drones sank a Russian patrol ship in the Black Sea.", one("UKR", "RUS", "1712")),
    ("Houthi forces sank a Greek cargo vessel in the Red Sea.", one("YEM", "GRC", "1712")),
    # 240c: flights or boats turned away are rejected (120, as "rejected" / "turned down")
    ("Colombia turned away two US deportation flights.", one("COL", "USA", "120")),
    ("Venezuela turned away a US deportation flight on Sunday.", one("VEN", "USA", "120")),
    ("Italy turned away a German rescue ship carrying migrants.", one("ITA", "DEU", "120")),
    # 240d: a naming verb's object and its name run into one noun phrase
    ("Havana called the US embargo extortion.", one("CUB", "USA", "111")),
    ("Tehran called the US sanctions blackmail.", one("IRN", "USA", "111")),
    ("Caracas called the US blockade piracy.", one("VEN", "USA", "111")),
    ("Lula called Trump a friend.", set()),
    ("Orban called Trump a true friend of Hungary.", set()),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS11_SENTENCES, XFAIL))
def test_leftovers11_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: the same words with no act between two parties, or the court and the caller as before -------------

LEFTOVERS11_CONTROLS: list[tuple[str, Events]] = [
    ("Japan filed a complaint with the World Trade Organization.", one("JPN", "IGO", "114")),
    ("Ukraine filed a lawsuit against Russia at the ICJ.", one("UKR", "RUS", "115")),
    ("A fishing boat sank off the coast of Crete.", set()),
    ("Shares of Brazilian oil companies sank on Monday.", set()),
    ("The stadium turned away thousands of fans.", set()),
    ("Germany turned away from coal power.", set()),
    ("Macron called the US president on Tuesday.", one("FRA", "USA", "041")),
    ("Lula called Trump on Monday.", one("BRA", "USA", "041")),
]


@pytest.mark.parametrize(("text", "expected"), LEFTOVERS11_CONTROLS)
def test_leftovers11_control_codes_nothing_new(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
