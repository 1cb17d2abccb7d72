"""Shots fired by soldiers, troops, guards and fighters are small-arms fighting (issue 14, session 34, branch
short15y; docs/events.md rule 330).

The verb "shoot" names a gun fired: a soldier, a trooper, a border or coast guard, a militiaman or a rebel who shoots
a party ("shot dead", "shot", "shot at", the passive "were shot by") fights with small arms, CAMEO 193 "Fight with
small arms and light weapons", not the unspecified 190 the lexicon's verb gives. Controls: police who shoot keep 190
(pinned by tests/test_newsevents13_events.py: police are no fighting force), "shot down" a drone stays 190, a missile
shot stays the phrase's 190, a victim shot with no shooter named stays no event, and a footballer who "shot wide" is
no event at all.

Every sentence is our own invention, in the style of 2025 wire news, none copied from an evaluation set; the expected
{(source, target, code)} was chosen from /work/shared/data/cameo-eventcodes.tsv before the coder ran, actors on their
primary code, the WHOLE code compared. Before the rule: 0 of the 10 shooting rows (each coded 190), 4 of 5 controls;
after: 9 of 10 rows and 4 of 5 controls (``XFAIL``: the other two, each with why).
"""

from __future__ import annotations

from spacy.language import Language

from .event_sentences import asserted, table_test

Events = set[tuple[str, str, str]]

SHORT15Y_SENTENCES: list[tuple[str, Events]] = [
    # shot dead / shot / shot at / were shot by, by soldiers, troops, guards, fighters
    ("Israeli soldiers shot dead two Palestinian gunmen near Jenin on Friday.", {("ISR", "PSE", "193")}),
    ("Egyptian border guards shot a Sudanese smuggler near Aswan on Monday.", {("EGY", "SDN", "193")}),
    ("Three Syrian shepherds were shot by Turkish border guards on Wednesday.", {("TUR", "SYR", "193")}),
    ("Venezuelan troops shot at a Guyanese patrol boat on the Cuyuni River.", {("VEN", "GUY", "193")}),
    ("Armenian troops have shot two Azerbaijani soldiers, Baku said.", {("ARM", "AZE", "193")}),
    ("Chinese coast guards shot at Vietnamese fishermen near the Paracel Islands.", {("CHN", "VNM", "193")}),
    ("Indian troops shoot dead Pakistani intruder in Kashmir", {("IND", "PAK", "193")}),
    ("Russian soldiers shot a Ukrainian prisoner of war near Bakhmut, Kyiv said.", {("RUS", "UKR", "193")}),
    ("Colombian rebels shot dead four Venezuelan soldiers near the border on Sunday.", {("COL", "VEN", "193")}),
    ("Two Lebanese farmers were shot by Israeli troops near the border fence.", {("ISR", "LBN", "193")}),
    # controls: police shooting, "shot down", a missile shot, no shooter, sport
    ("Pakistani police shot two Afghan refugees in Quetta on Tuesday.", {("PAK", "AFG", "190")}),
    ("Russian troops shot down a Ukrainian drone over Belgorod.", {("RUS", "UKR", "190")}),
    ("Yemeni rebels shot a missile at Saudi Arabia on Thursday.", {("YEM", "SAU", "190")}),
    ("Two Moroccan soldiers were shot near the Algerian border.", set()),
    ("Japan's striker shot wide as South Korea held on to win.", set()),
]

XFAIL: dict[str, str] = {
    "Russian soldiers shot a Ukrainian prisoner of war near Bakhmut, Kyiv said.": "coded 190: the 'war' of 'prisoner "
    "of war' is read as a 190 noun trigger on the same pair, and one event per pair and root is kept (`unseen_pairs`); "
    "'shot a Ukrainian prisoner' alone is 193",
    "Yemeni rebels shot a missile at Saudi Arabia on Thursday.": "coded 194 (root right): a missile shot is rocket "
    "fire by rule 273 (missiles and rockets are 194); the 190 chosen beforehand is kept; rule 330 leaves it (no 193)",
}


def check(nlp: Language, text: str, expected: Events) -> None:
    found = {e for e in asserted(nlp, text) if e[2].startswith(("18", "19"))}
    if expected:
        assert expected <= found, found
    else:
        assert not found, found


test_short15y_sentence_codes_its_events = table_test(SHORT15Y_SENTENCES, check, XFAIL)


def test_missile_shot_is_no_small_arms_fire(rules_nlp: Language) -> None:
    found = asserted(rules_nlp, "Yemeni rebels shot a missile at Saudi Arabia on Thursday.")
    assert ("YEM", "SAU", "194") in found
    assert not {e for e in found if e[2] == "193"}


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT15Y_SENTENCES}
