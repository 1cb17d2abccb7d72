"""Talks, calls and peace plans in 2025 wire style (issue 14, session 31, branch talks3; docs/events.md rule 253).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Talks still to
come ("the next round of talks ... is to be held", "is scheduled for", "will take place") are CAMEO 036 "express
intent to meet or negotiate", both ways; talks that were held are 040. A call or meeting cut short is 164 "halt
negotiations" by the side that cuts it. Another party's ceasefire proposal shelved is rejected as one rejected
(1246); a peace plan refused is 127. A deadline set for a party to respond is 139 "give ultimatum". A mediator
named in a compound ("EU-mediated talks") is no party walked out on. Controls keep the neighbouring readings.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


TALKS3_SENTENCES: list[tuple[str, Events]] = [
    # talks still to come: 036 both ways
    ("The next round of talks between Armenia and Azerbaijan will be held in Abu Dhabi.", both("ARM", "AZE", "036")),
    ("A new round of talks between Iran and the United States is scheduled for Saturday.", both("IRN", "USA", "036")),
    (
        "The next round of talks between Iran and the United States will take place in Muscat.",
        both("IRN", "USA", "036"),
    ),
    ("Talks between Iran and the United States are scheduled for Saturday.", both("IRN", "USA", "036")),
    # a call or meeting cut short: 164 by the side that cuts it
    ("Xi cut short his call with Biden.", {("CHN", "USA", "164")}),
    ("Biden called off his call with Xi.", {("USA", "CHN", "164")}),
    ("Erdogan cut short the phone call with Putin.", {("TUR", "RUS", "164")}),
    ("Netanyahu cut short the meeting with Witkoff.", {("ISR", "USA", "164")}),
    ("Israel cut short the talks with Hamas in Cairo.", {("ISR", "PSE", "164")}),
    # another party's ceasefire proposal shelved or rejected: 1246
    ("Hamas shelved the Qatari ceasefire proposal.", {("PSE", "QAT", "1246")}),
    ("Hamas rejected the Israeli ceasefire proposal.", {("PSE", "ISR", "1246")}),
    # another party's proposal of nothing named, shelved: the bare rejection 120 (rule 208)
    ("Israel shelved Egypt's proposal.", {("ISR", "EGY", "120")}),
    ("Russia shelved the French peace proposal.", {("RUS", "FRA", "127")}),
    # a peace plan or proposal refused: 127
    ("Kyiv refused to accept the American peace plan.", {("UKR", "USA", "127")}),
    ("Moscow refused to accept the Ukrainian peace proposal.", {("RUS", "UKR", "127")}),
    ("Hamas rejected Trump's 20-point plan.", {("PSE", "USA", "127")}),
    ("Kyiv rejected the Russian proposal as a capitulation.", {("UKR", "RUS", "127")}),
    # ultimatums: 139
    ("Trump set a Friday deadline for Iran to respond.", {("USA", "IRN", "139")}),
    ("Trump gave Hamas an ultimatum to release the hostages.", {("USA", "PSE", "139")}),
    ("The EU set a Monday deadline for Serbia to reply.", {("IGO", "SRB", "139")}),
    # walked out of talks a third party mediates: 143 toward the other side only
    ("Armenia walked out of the US-brokered talks with Azerbaijan.", {("ARM", "AZE", "143")}),
    ("Ethiopia walked out of the US-mediated talks with Egypt.", {("ETH", "EGY", "143")}),
    ("Israel walked out of the Qatar-mediated talks with Hamas.", {("ISR", "PSE", "143")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(TALKS3_SENTENCES, XFAIL))
def test_talks3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: held talks, other cuts, plans with no settlement reading, sanctions shelved ---------------------------

TALKS3_CONTROLS: list[tuple[str, Events]] = [
    ("The talks between India and China were held in Beijing.", both("CHN", "IND", "040")),
    ("Zelensky cut short his visit to Washington.", {("UKR", "USA", "164")}),
    ("Russia cut gas supplies to Moldova.", {("RUS", "MDA", "163")}),
    ("Israel rejected the US plan.", {("ISR", "USA", "120")}),
    ("Japan shelved its plan.", set()),
    ("Trump shelved the summit with Putin.", {("USA", "RUS", "164")}),
    ("Trump did not set a deadline for Ukraine to accept the plan.", set()),
    ("The EU shelved the sanctions package against Russia.", {("IGO", "RUS", "085")}),
    ("Hamas accepted the Egyptian ceasefire proposal.", {("PSE", "EGY", "0356")}),
    ("Serbia walked out of the talks with Kosovo in Brussels.", {("SRB", "XKX", "143")}),
    (
        "Armenia and Azerbaijan held US-brokered talks.",
        both("ARM", "AZE", "040") | {("USA", "ARM", "045"), ("USA", "AZE", "045")},
    ),
    ("A round of talks between India and China was held in Beijing.", both("CHN", "IND", "040")),
    ("Talks between Iran and the United States were not scheduled.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TALKS3_CONTROLS)
def test_talks3_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
