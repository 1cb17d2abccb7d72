"""Intent to cooperate follows the field its object names (issue 14, session 34, branch intent1x; docs/events.md
rule 320).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts; codes were written from the CAMEO codebook (cameo-eventcodes.tsv 030-039) before the coder ran. The real
spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A pledge,
vow, promise or agreement to deepen, expand or build cooperation is CAMEO 03 (intent to cooperate); its sub-code is
the field the cooperation word's modifier or "on" / "in" phrase names: economic 0311, military, defence or security
0312, intelligence 0314. "Strategic" and "comprehensive" rank a partnership, they name no field, so a strategic
partnership, strategic ties or strategic cooperation promised is the codebook's general 030 (before: 0312, the 05
modifier table read "strategic" as military). Controls: the fields that do name one (economic, security, defence,
intelligence), a strategic partnership whose "in" phrase names defence, and a sentence with no actors.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


INTENT1X_SENTENCES: list[tuple[str, Events]] = [
    # the round's lead: a strategic partnership promised is intent to cooperate, not specified (030)
    ("Xi and Putin pledged to deepen their strategic partnership.", {("CHN", "RUS", "030"), ("RUS", "CHN", "030")}),
    (
        "Vietnam and Japan agreed to establish a comprehensive strategic partnership.",
        {("VNM", "JPN", "030"), ("JPN", "VNM", "030")},
    ),
    ("China and Russia pledged to expand strategic cooperation.", {("CHN", "RUS", "030"), ("RUS", "CHN", "030")}),
    ("Erdogan and Aliyev vowed to deepen strategic ties.", {("TUR", "AZE", "030"), ("AZE", "TUR", "030")}),
    ("Kazakhstan promised to expand strategic cooperation with China.", {("KAZ", "CHN", "030")}),
    (
        "Indonesia pledged to deepen its comprehensive strategic partnership with Australia.",
        {("IDN", "AUS", "030")},
    ),
    (
        "Modi and Macron vowed to strengthen the strategic partnership between India and France.",
        {("IND", "FRA", "030"), ("FRA", "IND", "030")},
    ),
    (
        "Egypt and Saudi Arabia promised to build a strategic partnership.",
        {("EGY", "SAU", "030"), ("SAU", "EGY", "030")},
    ),
    ("Uzbekistan vowed to strengthen strategic ties with Russia.", {("UZB", "RUS", "030")}),
    (
        "Hanoi and Canberra pledged to upgrade their comprehensive strategic partnership next year.",
        {("VNM", "AUS", "030"), ("AUS", "VNM", "030")},
    ),
    # a field named by the "in" / "on" phrase of the object of a verb + object phrase ("deepen partnership")
    (
        "Xi and Putin vowed to deepen their strategic partnership in energy.",
        {("CHN", "RUS", "0311"), ("RUS", "CHN", "0311")},
    ),
    (
        "Poland and Ukraine pledged to deepen their partnership in defence production.",
        {("POL", "UKR", "0312"), ("UKR", "POL", "0312")},
    ),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(INTENT1X_SENTENCES, XFAIL))
def test_intent1x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a modifier or phrase that names a field keeps its sub-code; no actors, no event -------------------

INTENT1X_CONTROLS: list[tuple[str, Events]] = [
    ("Iran and Russia promised to boost security cooperation.", {("IRN", "RUS", "0312"), ("RUS", "IRN", "0312")}),
    ("Turkey and Azerbaijan pledged to deepen defence ties.", {("TUR", "AZE", "0312"), ("AZE", "TUR", "0312")}),
    ("Brazil and China pledged to deepen economic ties.", {("BRA", "CHN", "0311"), ("CHN", "BRA", "0311")}),
    ("Japan vowed to deepen intelligence cooperation with the Philippines.", {("JPN", "PHL", "0314")}),
    (
        "Seoul and Warsaw promised to broaden their strategic partnership in the defence industry.",
        {("KOR", "POL", "0312"), ("POL", "KOR", "0312")},
    ),
    ("The two countries pledged to deepen their strategic partnership.", set()),
]


@pytest.mark.parametrize(("text", "expected"), INTENT1X_CONTROLS)
def test_intent1x_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
