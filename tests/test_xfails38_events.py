"""A bombing at a party's premises named by "outside", "inside", "near" or "beside", with the city beside it, in
2025 wire style (issue 14, session 37, branch xfails38; docs/events.md rule 395, refining rules 388a and 70b).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A bomber who blows
himself up "outside the Chinese consulate in Karachi" carries out a suicide bombing (CAMEO 1831) at China's post, as
"at the Chinese consulate in Karachi" already is (rule 388a: the source and the target are the bomber and the party or
place the bombing is at). When the small parser hangs the city's "in" phrase on the verb instead of on the premises,
the city (a weak target, the bomber's own country) took the place of the party whose post was bombed: a bombing's
"outside" / "inside" / "near" / "beside" phrase naming a party's premises is where it was aimed, as "at" is. Controls:
a bombing outside a place of no other party (a market, a hotel) stays toward the city's country; acts that are no
bombing keep their reading; a device that goes off with no doer stays no event (rule 47f). ``XFAIL`` keeps the rows
the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


XFAILS38_SENTENCES: list[tuple[str, Events]] = [
    # a suicide bombing outside / inside / near / beside a foreign post, the city named after it (1831)
    ("A suicide bomber blew himself up outside the Turkish embassy in Mogadishu on Tuesday.", {("SOM", "TUR", "1831")}),
    (
        "An Afghan suicide bomber blew himself up outside the Pakistani consulate in Jalalabad.",
        {("AFG", "PAK", "1831")},
    ),
    ("A Somali suicide bomber blew herself up inside the Egyptian embassy in Mogadishu.", {("SOM", "EGY", "1831")}),
    ("A Syrian suicide bomber blew himself up near the Iraqi embassy in Damascus on Friday.", {("SYR", "IRQ", "1831")}),
    ("Two Nigerien suicide bombers blew themselves up outside the French embassy in Niamey.", {("NER", "FRA", "1831")}),
    ("A Yemeni suicide bomber blew himself up outside the Saudi consulate in Aden.", {("YEM", "SAU", "1831")}),
    (
        "An Iraqi suicide bomber blew himself up outside the Iranian consulate in Basra, police said.",
        {("IRQ", "IRN", "1831")},
    ),
    ("A Libyan suicide bomber blew himself up beside the Tunisian embassy in Tripoli.", {("LBY", "TUN", "1831")}),
    ("A Malian suicide bomber blew himself up inside the Algerian consulate in Gao.", {("MLI", "DZA", "1831")}),
    ("A Nigerian suicide bomber blew herself up near the Cameroonian consulate in Kano.", {("NGA", "CMR", "1831")}),
    (
        "Two Somali suicide bombers blew themselves up outside the Ethiopian consulate in Kismayo.",
        {("SOM", "ETH", "1831")},
    ),
    # a bomb set off outside a foreign post (183)
    ("Pakistani militants set off a bomb outside the Chinese embassy in Islamabad.", {("PAK", "CHN", "183")}),
    ("Yemeni militants set off a bomb outside the Emirati consulate in Aden.", {("YEM", "ARE", "183")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(XFAILS38_SENTENCES, XFAIL))
def test_xfails38_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


XFAILS38_CONTROLS: list[tuple[str, Events]] = [
    # a bombing outside a place of no other party: toward the city's country
    ("A suicide bomber blew himself up outside a market in Kabul.", {("AFG", "AFG", "1831")}),
    ("A Somali suicide bomber blew himself up outside a hotel in Mogadishu.", {("SOM", "SOM", "1831")}),
    ("An Iraqi suicide bomber blew himself up near the parliament in Baghdad.", {("IRQ", "IRQ", "1831")}),
    # the post named with "at" already was the target
    ("A Pakistani suicide bomber blew himself up at the Chinese consulate in Karachi.", {("PAK", "CHN", "1831")}),
    # no bombing: the place phrase keeps its reading
    ("Russian troops shelled villages outside Kharkiv.", {("RUS", "UKR", "194")}),
    ("Militants blew up a bridge outside Mosul.", {("IRQ", "IRQ", "1712")}),
    # a device with no doer: no event (rule 47f)
    ("A car bomb exploded outside the Turkish embassy in Mogadishu.", set()),
    # a bombing outside a city: the city's country, as before
    ("A Chadian suicide bomber blew himself up outside N'Djamena on Sunday.", {("TCD", "TCD", "1831")}),
    # a party struck by the bombing named as its object keeps it
    ("Afghan militants set off a bomb near a Pakistani army convoy in Khost.", {("AFG", "PAK", "183")}),
    # a protest outside a foreign post stays a protest against that state (rule 333)
    ("Hundreds of Iraqis protested outside the Turkish embassy in Baghdad.", {("IRQ", "TUR", "141")}),
]


@pytest.mark.parametrize(("text", "expected"), XFAILS38_CONTROLS)
def test_xfails38_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
