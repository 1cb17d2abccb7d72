"""2025 Middle East news as invented sentences, second table (issue 14, session 33, branch mideast2; docs/events.md
rule 290).

Each sentence is our own construction in the style of 2025 wire copy, none copied from an evaluation set or the
news excerpts: the June 2025 Israel-Iran war and the US strikes on Fordow, the October 2025 Gaza ceasefire, the
Israeli strike on Hamas leaders in Doha, Houthi attacks, Syria-Israel talks, Iran and the IAEA, the snapback of UN
sanctions. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Codes were written from the CAMEO codebook before the run: aerial weapons 195, missiles 194
(rule 273), other force 190, ceasefire 0871, persons released 0841, mediation 045, demand de-escalation 1056,
retreat 0874, accuse 112, criticize 111, talks 040, host a visit 043, reduce relations 160, recall of ambassadors
161, sanctions imposed 163. Controls: hypotheticals, negations and background code nothing. ``XFAIL`` keeps the
rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


MIDEAST2_SENTENCES: list[tuple[str, Events]] = [
    # the June 2025 war: Israeli and US strikes on Iran
    ("Israel launched airstrikes on Iran's nuclear facility at Natanz on Friday.", {("ISR", "IRN", "195")}),
    ("Israeli fighter jets bombed Iran's Arak heavy water reactor.", {("ISR", "IRN", "195")}),
    ("Israel struck Iran's state broadcaster in Tehran on Monday.", {("ISR", "IRN", "190")}),
    # rule 290: a bomb of an air-dropped kind is an aerial means (before: 190)
    ("The United States struck three Iranian nuclear sites with bunker-buster bombs.", {("USA", "IRN", "195")}),
    ("Israel pounded Gaza City with 2,000-pound bombs.", {("ISR", "PSE", "195")}),
    ("American B-2 stealth bombers dropped bunker-buster bombs on Iran's Fordow facility.", {("USA", "IRN", "195")}),
    # Iranian missiles
    # rule 314 (session 34, mideast3): a state's base abroad is that state's, its host no target (before: IRN -> QAT)
    ("Iran fired ballistic missiles at a US air base in Qatar.", {("IRN", "USA", "194")}),
    ("Iranian missiles struck Beersheba and Tel Aviv on Thursday.", {("IRN", "ISR", "194")}),
    ("Turkey condemned the Israeli airstrikes on Iran.", {("TUR", "ISR", "111")}),
    # the ceasefire Trump announced
    # rule 300: a truce accepted is agreed to (0356, as rules 107b and 187a read "agreed to a ceasefire"), not declared
    # (0871 was written before the run); nothing is signed (057 before rule 300)
    ("Israel and Iran accepted a ceasefire announced by Trump.", both("ISR", "IRN", "0356")),
    ("Israel accused Iran of violating the ceasefire.", {("ISR", "IRN", "112")}),
    # the October 2025 Gaza ceasefire
    ("Hamas freed the last 20 living Israeli hostages on Monday.", {("PSE", "ISR", "0841")}),
    ("Israel released nearly 2,000 Palestinian prisoners and detainees.", {("ISR", "PSE", "0841")}),
    (
        "Egypt, Qatar and Turkey acted as mediators between Israel and Hamas.",
        {(m, s, "045") for m in ("EGY", "QAT", "TUR") for s in ("ISR", "PSE")},
    ),
    ("Israel demanded that Hamas disarm.", {("ISR", "PSE", "1056")}),
    ("The Israeli army withdrew from parts of Gaza under the ceasefire.", {("ISR", "PSE", "0874")}),
    # the strike in Doha
    # session 38, rule 406c: the strike's "in Doha" is Qatar's ground (rule 36), as "Hamas leaders in Doha" would be
    ("Israel carried out an airstrike on Hamas leaders in Doha.", {("ISR", "PSE", "195"), ("ISR", "QAT", "195")}),
    ("Qatar condemned the Israeli strike on Doha.", {("QAT", "ISR", "111")}),
    # Houthis
    ("The Houthis fired a ballistic missile at Israel's Ben Gurion airport.", {("YEM", "ISR", "194")}),
    # written 190 before the run; rule 240b codes a vessel sunk as property destroyed (1712, the codebook's "destroy
    # property", pinned in tests/test_leftovers11_events.py), so the expectation was corrected (session 35, mideast4)
    ("Houthi rebels sank a Liberian-flagged cargo ship in the Red Sea.", {("YEM", "LBR", "1712")}),
    # Syria-Israel talks, Washington
    # written 040 before the run; the codebook's own 044 "meet at a third location" fits talks in Paris (as "Iran held
    # talks with the United States in Oman" 044 is pinned), so the expectation was corrected after the run
    ("Syrian and Israeli officials held talks in Paris on a security agreement.", both("SYR", "ISR", "044")),
    ("Trump hosted Netanyahu at the White House on Monday.", {("USA", "ISR", "043")}),
    # Iran, the IAEA and the snapback
    ("Iran suspended its cooperation with the International Atomic Energy Agency.", {("IRN", "IGO", "160")}),
    ("The UN Security Council reimposed sanctions on Iran on Saturday.", {("IGO", "IRN", "163")}),
    (
        "Iran recalled its ambassadors from Britain, France and Germany for consultations.",
        {("IRN", c, "161") for c in ("GBR", "FRA", "DEU")},
    ),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(MIDEAST2_SENTENCES, XFAIL))
def test_mideast2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: hypotheticals, negations and background code no event -------------------------------------------

MIDEAST2_CONTROLS: list[tuple[str, Events]] = [
    ("Trump said Israel and Iran had not yet agreed to a ceasefire.", set()),
    ("Israel could resume strikes on Gaza if Hamas refuses to disarm.", set()),
    ("Iran did not suspend its cooperation with the IAEA.", set()),
    ("Hamas would release the hostages only after a full Israeli withdrawal.", set()),
    ("The missile fell in an open area near Beersheba.", set()),
    ("Officials discussed the release of the hostages for hours.", set()),
]


# the "would ... only after" row fixed by rule 347 (session 35, mideast4); the "could ... if" row is rule 53a's
CONTROL_XFAIL: dict[str, str] = {
    "Israel could resume strikes on Gaza if Hamas refuses to disarm.": "rule 53a (sessions 16 and 31, pinned in "
    "tests/test_plover12_events.py, test_leftovers15_events.py, test_asia1_events.py, test_modality2_events.py, "
    "test_threat2_events.py) codes a coercive act under could / may / might with an if / unless clause as the "
    "threat (138), narrated or not; rule 347 leaves it",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(MIDEAST2_CONTROLS, CONTROL_XFAIL))
def test_mideast2_control_codes_nothing(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
