"""An occupier named before an occupied place (issue 14, session 29, branch occupier1; docs/events.md rule 223).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news
excerpts; codes written from the CAMEO codebook before the coder ran. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off (``rules_pipeline``). "the Israeli-occupied Golan Heights",
"Russian-occupied Crimea", "Moscow-annexed regions": the sentence itself names who holds the place in fact, so the
compound is one party, the occupier (an act on the place is one on the occupier's holding); a place named alone
is its country in law (rule 220). An act of the occupier inside its own holding is no event between states.
Controls: the place alone, the surname Golan, "rebel-held" (a group, no state). ``XFAIL`` keeps the rows the
change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

OCCUPIER1_SENTENCES: list[tuple[str, Events]] = [
    # the occupier's holding as the target of an attack
    ("Ukraine struck an air base in Russian-occupied Crimea.", {("UKR", "RUS", "190")}),
    ("Ukrainian drones attacked a fuel depot in Russian-occupied Crimea.", {("UKR", "RUS", "195")}),
    ("Ukrainian drones attacked a fuel depot in Russian-occupied parts of Zaporizhzhia.", {("UKR", "RUS", "195")}),
    ("Ukrainian forces shelled Russian-occupied Kherson.", {("UKR", "RUS", "194")}),
    ("Ukrainian drones hit an oil terminal in Russian-occupied Crimea.", {("UKR", "RUS", "195")}),
    ("Kyiv launched drones at Russian-occupied Donetsk on Sunday.", {("UKR", "RUS", "195")}),
    ("Ukraine shelled Moscow-annexed regions overnight.", {("UKR", "RUS", "194")}),
    ("Hezbollah fired rockets at the Israeli-occupied Golan Heights.", {("LBN", "ISR", "195")}),
    ("Syrian missiles struck an area near the Israeli-occupied Golan Heights.", {("SYR", "ISR", "195")}),
    ("Iranian drones struck targets in the Israeli-occupied Golan Heights.", {("IRN", "ISR", "195")}),
    ("Ukrainian forces attacked Russian troops in Russian-held Zaporizhzhia.", {("UKR", "RUS", "190")}),
    # other acts toward the occupier's holding
    ("Syria condemned settlement building in the Israeli-occupied Golan Heights.", {("SYR", "ISR", "111")}),
    (
        "Syria accused Israel of building settlements in the Israeli-occupied Golan Heights.",
        {("SYR", "ISR", "1123")},
    ),
    ("Turkey criticized the elections held in Russian-occupied Crimea.", {("TUR", "RUS", "111")}),
    ("Ukraine accused Russia of deporting children from Russian-occupied Kherson.", {("UKR", "RUS", "1122")}),
    ("The European Union sanctioned officials in Russian-occupied Crimea.", {("IGO", "RUS", "163")}),
    # the occupier's act in its own holding: no event between states
    ("Russia held elections in Moscow-annexed regions.", set()),
    ("Russia held elections in Russian-occupied Crimea.", set()),
    ("Israeli forces patrolled the Israeli-occupied Golan Heights.", set()),
    ("Russian troops built trenches in Russian-occupied Zaporizhzhia.", set()),
    # controls: the place alone is its country in law (rule 220; the Golan Heights row was first written as no
    # event, then corrected to ISR -> SYR when the entry was tried: rule 220 makes the place alone Syria's)
    ("Russian forces shelled Kherson.", {("RUS", "UKR", "194")}),
    ("Russian drones attacked Zaporizhzhia overnight.", {("RUS", "UKR", "195")}),
    ("Ukraine attacked a bridge in Crimea.", set()),
    ("Israel struck targets in the Golan Heights.", {("ISR", "SYR", "190")}),
    # controls: a group's holding, the surname Golan, the occupier as an actor
    ("Syrian government forces shelled a rebel-held town.", set()),
    ("Yair Golan criticized Netanyahu.", set()),
    ("Yair Golan criticized Syria.", {("ISR", "SYR", "111")}),
    ("Russia annexed Crimea in 2014.", {("RUS", "UKR", "192")}),
    ("Israel occupied the Golan Heights in 1967.", {("ISR", "SYR", "192")}),
    ("Russian forces shelled Ukrainian positions in Russian-occupied Crimea.", {("RUS", "UKR", "194")}),
]

GOLAN = (
    "no Golan Heights entry in places.jsonl: tried with the fix, it still cost ConfliBERT train one event ('people "
    "who had fled to the Golan Heights area' lost ISR -> ISR 070: a place in a relative clause leaves 'people' with "
    "no country; dyad F1 0.8689 -> 0.8685), so it was taken out"
)
XFAIL: dict[str, str] = {
    "Yair Golan criticized Syria.": "Yair Golan is in no people list: no actor",
    "Israel struck targets in the Golan Heights.": GOLAN,
    "Israel occupied the Golan Heights in 1967.": GOLAN,
    # "Kyiv launched drones at Russian-occupied Donetsk" passes since rule 230c (session 30: drones launched 195)
    "Hezbollah fired rockets at the Israeli-occupied Golan Heights.": "rockets fired code 190, not 195 (dyad right)",
    "Syrian missiles struck an area near the Israeli-occupied Golan Heights.": "missiles struck code 190, not 195",
    "Ukraine accused Russia of deporting children from Russian-occupied Kherson.": (
        "accused of deporting children codes 1123 (aggression), not 1122 (human rights abuses); the dyad is right"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(OCCUPIER1_SENTENCES, XFAIL))
def test_occupier1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
