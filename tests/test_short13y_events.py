"""Relief goods rushed, dispatched or dropped to a party, and money deposited in a state's central bank (issue 14,
session 34, branch short13y; docs/events.md rule 324).

The rows of ``test_short13_events`` that missed ("Saudi Arabia deposited $3 billion in Pakistan's central bank",
"India rushed food and medicine to cyclone-hit Myanmar") had one cause: a verb that moves goods to a party but was
no lexicon verb, so nothing was coded. Rule 324 reads (a) goods rushed, dispatched, airdropped or parachuted to a
party as rule 135b reads them flown, shipped or trucked, (b) the goods' class as the code, as rule 158a reads given
goods (relief 073, money 071, arms 072, other goods 070), and (c) money deposited in, pumped or injected into a
state's central bank as economic aid (071) to that state.

Every sentence is our own invention in the style of 2025 wire news, none copied from an evaluation set. The expected
{(source, target, code)} were chosen from the CAMEO code descriptions (/work/shared/data/cameo-eventcodes.tsv:
071 "provide economic aid", 072 "provide military aid", 073 "provide humanitarian aid", 070 "provide aid, not
specified") before the coder ran; the test compares the actors on their primary codes and the WHOLE code, the
asserted events equal to the expected set. Controls: a rush with no goods, money in a private bank, goods of no aid
list, a state's own bank.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

SHORT13Y_SENTENCES: list[tuple[str, Events]] = [
    # 324a/b: relief goods rushed, dispatched, dropped from the air, carried by truck (the class picks the code)
    ("Turkey rushed food and blankets to quake-hit Syria on Wednesday.", {("TUR", "SYR", "073")}),
    ("Pakistan dispatched tents and medicine to flood-stricken Afghanistan last week.", {("PAK", "AFG", "073")}),
    ("Jordanian aircraft airdropped food and medicine to Gaza on Monday.", {("JOR", "PSE", "073")}),
    ("France parachuted medical supplies into Gaza on Friday.", {("FRA", "PSE", "073")}),
    ("China rushed fuel to Nepal on Tuesday.", {("CHN", "NPL", "070")}),
    ("Egypt trucked flour and rice to Sudan last month.", {("EGY", "SDN", "073")}),
    ("Britain rushed anti-tank missiles to Ukraine.", {("GBR", "UKR", "072")}),
    ("India rushes medicines to quake-hit Myanmar", {("IND", "MMR", "073")}),
    # 324c: money put into a state's central bank
    ("The UAE deposited $1 billion in Sudan's central bank on Sunday.", {("ARE", "SDN", "071")}),
    ("Qatar pumped $2 billion into Turkey's central bank last year.", {("QAT", "TUR", "071")}),
    ("Kuwait has deposited $3 billion with the central bank of Egypt, the cabinet said.", {("KWT", "EGY", "071")}),
    ("Saudi Arabia injected $1.5 billion into Yemen's central bank.", {("SAU", "YEM", "071")}),
]

# rows the coder still misses, each with why
XFAIL: dict[str, str] = {}

SHORT13Y_CONTROLS: list[tuple[str, Events]] = [
    ("Indian police rushed to the scene of the blast on Monday.", set()),
    ("Russia deposited $5 billion in a Swiss bank last year.", set()),
    ("Egypt injected $2 billion into its own banks.", set()),
    ("Germany shipped cars to China last year.", set()),
    ("Hundreds of people rushed to the border crossing with food.", set()),
]


@pytest.mark.parametrize(("text", "expected"), table_cases(SHORT13Y_SENTENCES, XFAIL))
def test_short13y_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SHORT13Y_CONTROLS)
def test_short13y_control(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT13Y_SENTENCES}
