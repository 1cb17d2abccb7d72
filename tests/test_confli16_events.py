"""Invented sentences for docs/events.md rule 167 (issue 14, session 26, branch confli16): the side one fights on.

"X fought on the side of Y", "on Y's side", "on the Y side" names Y as X's ally, not as the party X fights: before
rule 167 the phrase gave the fight verb its target and the reciprocal fight verb coded X and Y against each other
(190 both ways). A "side" phrase that names a place ("on the Syrian side of the border") is where, and keeps its
reading; so do the fights with a named enemy in the same sentence.

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The expected
readings were written before the coder changed; the test compares the actors on their primary codes and the whole
code. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, events_of

Expected = set[tuple[str, str, str]]

# (sentence, the fighter, the side it fights on): no 19x event between the two, either way
SIDE_SENTENCES: list[tuple[str, str, str]] = [
    ("A Belarusian volunteer who fought on the Ukrainian side was killed in Kyiv on Tuesday.", "BLR", "UKR"),
    ("Serbian mercenaries fought on the side of Russia in the Donbas.", "SRB", "RUS"),
    ("Cuban troops fought on the side of the Angolan government in the 1980s.", "CUB", "AGO"),
    ("Georgian volunteers have been fighting on Ukraine's side since 2022.", "GEO", "UKR"),
    ("Hundreds of Afghan fighters fought on the side of the Syrian government.", "AFG", "SYR"),
    ("Chadian soldiers battled on the side of the Malian army last year.", "TCD", "MLI"),
    ("Polish volunteers are fighting on the Ukrainian side, officials in Warsaw said.", "POL", "UKR"),
    ("Eritrean troops fought on Ethiopia's side during the war in Tigray.", "ERI", "ETH"),
]

# controls: (sentence, {(source, target, code)} that must stay coded, asserted)
SIDE_CONTROLS: list[tuple[str, Expected, str]] = [
    ("Syrian troops fought Turkish forces near the border.", {("SYR", "TUR", "190"), ("TUR", "SYR", "190")}, ASSERTED),
    # a side of a border is a place: the shelling still lands on Syria
    ("Turkish artillery shelled positions on the Syrian side of the border.", {("TUR", "SYR", "194")}, ASSERTED),
    (
        "Israeli troops clashed with Hezbollah fighters on the Lebanese side of the frontier.",
        {("ISR", "LBN", "190"), ("LBN", "ISR", "190")},
        ASSERTED,
    ),
    # the enemy named beside the side keeps the fight
    (
        "Iranian militias fought against Syrian rebels on the side of the Assad government.",
        {("IRN", "SYR", "190")},
        ASSERTED,
    ),
    ("Pakistan sided with China in the dispute.", {("PAK", "CHN", "019")}, ASSERTED),
]

# rows the change does not fix, each with why
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "fighter", "side"), table_cases(SIDE_SENTENCES, XFAIL))
def test_the_side_one_fights_on_is_no_enemy(rules_nlp: Language, text: str, fighter: str, side: str) -> None:
    found = events_of(rules_nlp, text)
    hostile = {(s, t) for s, t, c, _ in found if c.startswith("19")}
    assert not hostile & {(fighter, side), (side, fighter)}


@pytest.mark.parametrize(("text", "expected", "mode"), SIDE_CONTROLS)
def test_side_neighbours_keep_their_reading(rules_nlp: Language, text: str, expected: Expected, mode: str) -> None:
    found = events_of(rules_nlp, text)
    assert {(s, t, c, mode) for s, t, c in expected} <= found


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SIDE_SENTENCES}
