"""Invented sentences for docs/events.md rule 167 (issue 14, session 26, branch confli16): the side one fights on,
and verbs whose sense their object decides.

"X fought on the side of Y", "on Y's side", "on the Y side" names Y as X's ally, not as the party X fights: before
rule 167 the phrase gave the fight verb its target and the reciprocal fight verb coded X and Y against each other
(190 both ways). A "side" phrase that names a place ("on the Syrian side of the border") is where, and keeps its
reading; so do the fights with a named enemy in the same sentence.

A verb whose trigger reading needs a kind of object names no such event with another: a visit or trip concluded
was held (the visit noun's 042), not an agreement concluded (057); a war or offensive concluded is ended (087, as
"ended the war" is); a commitment, tie or support reinforced is no show of force (154). The agreement concluded and
the troops reinforced keep their codes.

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

# (sentence, {(source, target, code)} chosen beforehand, mode): a verb's sense decided by its object
SENSE_SENTENCES: list[tuple[str, Expected, str]] = [
    ("Modi concluded a three-day visit to France on Sunday.", {("IND", "FRA", "042")}, ASSERTED),
    ("The Chinese president concluded his visit to Russia on Friday.", {("CHN", "RUS", "042")}, ASSERTED),
    ("The Kenyan foreign minister concluded a two-day trip to Ethiopia.", {("KEN", "ETH", "042")}, ASSERTED),
    (
        "The United States completed its withdrawal of troops in 2011, concluding the war in Iraq.",
        {("USA", "IRQ", "087")},
        ASSERTED,
    ),
    ("Russia concluded its offensive against Ukraine in May.", {("RUS", "UKR", "087")}, ASSERTED),
    # controls: the agreement concluded and the troops reinforced keep their codes
    ("Russia concluded a trade pact with Belarus.", {("RUS", "BLR", "057"), ("BLR", "RUS", "057")}, ASSERTED),
    ("Poland reinforced its troops on the border with Belarus.", {("POL", "BLR", "154")}, ASSERTED),
]

# sentences that must code none of the listed (source, target, code) triples
SENSE_NOT: list[tuple[str, Expected]] = [
    ("Modi concluded a three-day visit to France on Sunday.", {("IND", "FRA", "057")}),
    ("The Chinese president concluded his visit to Russia on Friday.", {("CHN", "RUS", "057")}),
    ("Japan reinforced its commitment to Vietnam with a new loan.", {("JPN", "VNM", "154")}),
    ("Australia has reinforced ties with Fiji.", {("AUS", "FJI", "154")}),
    ("Germany reinforced its support for Moldova on Tuesday.", {("DEU", "MDA", "154")}),
    ("Canada reinforced its partnership with Ghana.", {("CAN", "GHA", "154")}),
    (
        "The United States completed its withdrawal of troops in 2011, concluding the war in Iraq.",
        {("USA", "IRQ", "057")},
    ),
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


@pytest.mark.parametrize(("text", "expected", "mode"), table_cases(SENSE_SENTENCES, XFAIL))
def test_a_verbs_object_decides_its_sense(rules_nlp: Language, text: str, expected: Expected, mode: str) -> None:
    found = events_of(rules_nlp, text)
    assert {(s, t, c, mode) for s, t, c in expected} <= found


@pytest.mark.parametrize(("text", "absent"), table_cases(SENSE_NOT, XFAIL))
def test_a_verb_with_the_wrong_object_names_no_such_event(rules_nlp: Language, text: str, absent: Expected) -> None:
    found = {(s, t, c) for s, t, c, _ in events_of(rules_nlp, text)}
    assert not absent & found


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SIDE_SENTENCES + SENSE_SENTENCES + SENSE_NOT}
