"""A group's whole world as an actor in 2025 wire style (issue 14, session 35, branch cameotune3; docs/events.md
rule 350).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts (no CAMEO manual
example). The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). "The" + a group's adjective of groups.jsonl + "world" names the whole group as its plural name
does: "the Arab world" is the Arabs (ARB), "the Muslim world" / "the Islamic world" the Muslims (MOS), "the Western
world" the West (WST); the act keeps the code its verb has with any other actor. Controls: "world" inside a name
("the Arab World Cup"), "the world" alone, another noun between ("the Arab business world") and the plural and
indefinite forms read before (rule 78d) stay as they were. ``XFAIL`` keeps the rows the change does not fix, each
with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


CAMEOTUNE3_SENTENCES: list[tuple[str, Events]] = [
    # the group's world as the target
    ("Iran condemned the Western world over its support for Israel.", {("IRN", "WST", "111")}),
    ("Iran accused the Western world of hypocrisy over Gaza.", {("IRN", "WST", "112")}),
    ("Pakistan criticised the Western world for its silence on Kashmir.", {("PAK", "WST", "111")}),
    ("Saudi Arabia praised the Arab world for its support of the Palestinian cause.", {("SAU", "ARB", "051")}),
    ("Qatar warned the Arab world against normalising ties with Israel.", {("QAT", "ARB", "130")}),
    ("China pledged economic aid to the Arab world at the summit in Riyadh.", {("CHN", "ARB", "0331")}),
    ("Egypt asked the Arab world for economic aid on Sunday.", {("EGY", "ARB", "0231")}),
    ("Indonesia appealed to the Muslim world for humanitarian aid to Gaza.", {("IDN", "MOS", "0233")}),
    ("Turkey urged the Islamic world to act against the occupation.", {("TUR", "MOS", "020")}),
    ("Russia accused the Western world of prolonging the war in Ukraine.", {("RUS", "WST", "1123")}),
    # the group's world as the source
    (
        "The Islamic world condemned Israel's strike on Doha.",
        {("MOS", "ISR", "111"), ("ISR", "QAT", "190")},
    ),
    ("The Arab world praised Egypt's mediation in Gaza.", {("ARB", "EGY", "051"), ("EGY", "PSE", "045")}),
    (
        "The entire Arab world condemned Israel's attack on Qatar.",
        {("ARB", "ISR", "111"), ("ISR", "QAT", "190")},
    ),
    ("The Muslim world criticised France over the cartoon on Tuesday.", {("MOS", "FRA", "111")}),
    # controls: not the construction, or read before
    ("The Arab World Cup final drew record crowds in Doha.", set()),
    ("Qatar condemned the world's silence on Gaza.", {("QAT", "PSE", "111")}),
    ("Iran condemned Arab countries over the summit.", {("IRN", "ARB", "111")}),
    ("Iran condemned an Arab country for hosting US bases.", {("IRN", "ARB", "111")}),
    ("Russia criticised Western countries over the new sanctions.", {("RUS", "WST", "111")}),
]

XFAIL: dict[str, str] = {
    "Turkey urged the Islamic world to act against the occupation.": (
        "the actor is read (TUR -> MOS); the appeal takes 027 (settle a dispute) from 'act against the occupation', "
        "a plain appeal 020 in CAMEO: the appeal's own code, not this rule"
    ),
}


@pytest.mark.parametrize("sentence, expected", table_cases(CAMEOTUNE3_SENTENCES, XFAIL))
def test_cameotune3_events(rules_nlp: Language, sentence: str, expected: Events) -> None:
    assert asserted(rules_nlp, sentence) == expected
