"""A meeting turned down as a "prospect" or an "idea" (issue 14, session 32, branch newsprec7; docs/events.md rule 280).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
Read on the news excerpts: "the U.S. leader rejected the prospect of a trilateral summit involving Russia and
Ukraine" was coded as a plain rejection (120), while "ruled out the possibility of a trilateral summit" in another
excerpt was the codebook's 125 "reject proposal to meet, discuss, or negotiate". "Prospect" and "idea" are wish
nouns (rule 65: "floated the idea of talks with Y" is an intent to meet, 036): turned down, the wish noun stood
between the rejection and the meeting and the rejection read the wish (03x -> 120), not the meeting it names. A
rejected prospect, idea, need or necessity of a meeting (or a mediation, a truce) is the meeting refused, coded by
what the "of" phrase names, as "the possibility of", "the option of" and "the notion of" already were. Controls
keep a wish noun that is floated or raised (036), a rejected possibility (125), a rejected prospect that names no
meeting (120, 1246), and a rejected proposal or invitation (125, rule 208). ``XFAIL`` keeps rows the change does
not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


NEWSPREC7_SENTENCES: list[tuple[str, Events]] = [
    # a meeting's prospect or idea rejected, dismissed or brushed aside: 125
    ("Japan rejected the prospect of a summit with North Korea.", {("JPN", "PRK", "125")}),
    ("Modi dismissed the idea of talks with Pakistan over Kashmir.", {("IND", "PAK", "125")}),
    ("Seoul brushed aside the idea of negotiations with Pyongyang.", {("KOR", "PRK", "125")}),
    (
        "Serbia's president dismissed the prospect of direct talks with Kosovo this year.",
        {("SRB", "XKX", "125")},
    ),
    ("The Turkish foreign minister rejected the idea of a meeting with Assad.", {("TUR", "SYR", "125")}),
    (
        "The Kremlin rejected the prospect of a summit involving Ukraine and Poland.",
        {("RUS", "UKR", "125"), ("RUS", "POL", "125")},
    ),
    (
        "On Friday the Israeli prime minister again rejected the idea of negotiations with Hamas.",
        {("ISR", "PSE", "125")},
    ),
    ("Colombia's government rejected the need for talks with Venezuela.", {("COL", "VEN", "125")}),
    # a mediation's idea rejected: 126 (reject mediation)
    ("Venezuela rejected the idea of mediation by Brazil.", {("VEN", "BRA", "126")}),
    ("Ethiopia dismissed the idea of mediation by Kenya in its dispute with Egypt.", {("ETH", "KEN", "126")}),
]

NEWSPREC7_CONTROLS: list[tuple[str, Events]] = [
    # the wish noun not rejected keeps its intent (rule 65)
    ("Japan floated the idea of talks with North Korea.", {("JPN", "PRK", "036")}),
    ("Modi raised the prospect of a summit with Pakistan.", {("IND", "PAK", "036")}),
    # the other option nouns and proposals rejected: already 125
    ("Modi rejected the possibility of talks with Pakistan.", {("IND", "PAK", "125")}),
    ("Erdogan ruled out the possibility of a meeting with Assad.", {("TUR", "SYR", "125")}),
    ("Armenia rejected Azerbaijan's proposal for direct talks.", {("ARM", "AZE", "125")}),
    # a rejected prospect that names no meeting keeps its own code
    ("The Kremlin dismissed the prospect of a ceasefire with Ukraine.", {("RUS", "UKR", "1246")}),
    ("Israel rejected the prospect of a Palestinian state.", {("ISR", "PSE", "120")}),
    # a meeting refused outright
    ("Israel rejected talks with Hamas.", {("ISR", "PSE", "125")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(NEWSPREC7_SENTENCES + NEWSPREC7_CONTROLS, XFAIL))
def test_newsprec7_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
