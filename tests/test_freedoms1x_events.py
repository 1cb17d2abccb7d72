"""Restrictions on political freedoms eased or imposed, in 2025 wire style (issue 14, session 34, branch freedoms1x;
docs/events.md rule 336).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Restrictions
eased or lifted whose "on" object is a political freedom (the press, media, journalists, speech, assembly, the
internet, opposition parties, freedoms) are CAMEO 0811 ("ease restrictions on political freedoms"); imposed or
tightened, 1721 ("impose restrictions on political freedoms"). By the own-people convention (rules 289, 313, 332) a
state acting on its own country's freedoms acts toward its own people: ``XXXMED`` for the press, ``XXXOPP`` for the
opposition, ``XXXCVL`` otherwise, which scores as ``XXX -> XXX``. Controls: restrictions on imports (085, rule
317), visa rules and restrictions on a foreign party (081), on aid (0863, rule 270b), on another people's press
(163). ``XFAIL`` keeps the rows the change does not fix, each with why. First run (integ a53ad4f1): 0 of 10 rows
(the Tanzanian row 081, the Belarusian 163, the rest no event), controls 6 of 6. One sentence was reworded during
the fix, for a reason outside the rule: "ahead of the 2025 vote" became "ahead of the February vote" (the tests
publish on 2024-05-01, so a 2025 vote made the easing a future, unasserted one).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

FREEDOMS1X_SENTENCES: list[tuple[str, Events]] = [
    # eased / lifted / relaxed / loosened restrictions on a political freedom (0811)
    ("Kazakhstan's government relaxed restrictions on independent media in January.", {("KAZ", "KAZ", "0811")}),
    ("Ethiopia lifted restrictions on the internet on Tuesday.", {("ETH", "ETH", "0811")}),
    ("Pakistan eased restrictions on freedom of assembly ahead of the February vote.", {("PAK", "PAK", "0811")}),
    ("The Tanzanian government lifted restrictions on opposition parties.", {("TZA", "TZA", "0811")}),
    ("Zimbabwe loosened restrictions on free speech.", {("ZWE", "ZWE", "0811")}),
    ("Uzbek authorities eased restrictions on journalists.", {("UZB", "UZB", "0811")}),
    # imposed / tightened restrictions on a political freedom (1721)
    ("Nicaragua imposed restrictions on the press.", {("NIC", "NIC", "1721")}),
    ("Georgia's government tightened restrictions on independent media.", {("GEO", "GEO", "1721")}),
    ("Iran imposed new restrictions on internet access on Monday.", {("IRN", "IRN", "1721")}),
    ("Belarus imposed restrictions on opposition parties.", {("BLR", "BLR", "1721")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(FREEDOMS1X_SENTENCES, XFAIL))
def test_freedoms1x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: restrictions on trade, on people abroad or on aid keep their readings ---------------------------------

FREEDOMS1X_CONTROLS: list[tuple[str, Events]] = [
    ("India eased restrictions on imports from China.", {("IND", "CHN", "085")}),
    ("Japan eased visa rules for Chinese tourists.", {("JPN", "CHN", "081")}),
    ("China eased its travel restrictions on Hong Kong.", {("CHN", "HKG", "081")}),
    ("Israel lifted restrictions on aid deliveries to Gaza.", {("ISR", "PSE", "0863")}),
    ("Belarus eased restrictions on Lithuanian truckers.", {("BLR", "LTU", "081")}),
    # another people's press keeps the restriction's own code (adjverb1's pin)
    ("Kyiv tightened restrictions on Russian media.", {("UKR", "RUS", "163")}),
]


@pytest.mark.parametrize(("text", "expected"), FREEDOMS1X_CONTROLS)
def test_freedoms1x_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
