"""Invented sentences for docs/events.md rule 173 (issue 14, session 26, branch case1): local news of street protest,
crowd control and crowd violence, the phrasings the CASE 2021 task 2 snippets (ACLED sub-event types) showed the
rules coder missing by class (`benchmarks/eval_weak_events.py --sets case --rules-only --by-type`, tuning half).

Classes: police crowd-control weapons (water cannon, rubber bullets, batons) used or fired against a crowd are
violent repression (175, as "used tear gas against protesters" already was); stones pelted at a party are a
physical assault (182, as the lexicon's "throw stone" / "hurl stone", after PETRARCH's verb dictionary); a crowd
that "took to the streets" demonstrates (141); an (angry) mob is a crowd of the country's people (``CVL``, as
"crowd" is).

Every sentence is our own invention, none copied from CASE, ConfliBERT, PLOVER, CAMEO or any evaluation set. The
expected {(source, target, code)} of each row were written before the coder changed (codes from
/work/shared/data/cameo-eventcodes.tsv: 141 demonstrate or rally, 175 violent repression, 182 physical assault,
194 artillery); actors are compared on their primary codes, so ``NGACOP -> NGAOPP`` reads ``NGA -> NGA``.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, events_of

Expected = set[tuple[str, str, str]]

# (sentence, {(source, target, CAMEO code)} chosen beforehand, mode)
CASE1_SENTENCES: list[tuple[str, Expected, str]] = [
    # crowd-control weapons used or fired on a crowd: violent repression (175)
    ("Police in Lagos used water cannon against demonstrators on Monday.", {("NGA", "NGA", "175")}, ASSERTED),
    ("Bangladeshi police fired rubber bullets at opposition supporters in Dhaka.", {("BGD", "BGD", "175")}, ASSERTED),
    ("Indonesian police fired water cannon at students in Jakarta on Thursday.", {("IDN", "IDN", "175")}, ASSERTED),
    ("Riot police used batons and rubber bullets against protesters in Lima.", {("PER", "PER", "175")}, ASSERTED),
    # stones pelted at a party: physical assault (182, as "threw stones at")
    ("Protesters pelted stones at police in Srinagar on Friday.", {("IND", "IND", "182")}, ASSERTED),
    ("Youths pelted police with stones in Kashmir on Sunday.", {("IND", "IND", "182")}, ASSERTED),
    ("Angry villagers pelted stones at Ugandan soldiers near Gulu.", {("UGA", "UGA", "182")}, ASSERTED),
    # a crowd that took to the streets demonstrates (141); the place is its target by the project's convention
    ("Thousands of Kenyan students took to the streets of Nairobi on Tuesday.", {("KEN", "KEN", "141")}, ASSERTED),
    (
        "Opposition supporters took to the streets in Dhaka to demand fresh elections.",
        {("BGD", "BGD", "1414")},
        ASSERTED,
    ),
    ("Nigerian traders have taken to the streets in Kano over a new market levy.", {("NGA", "NGA", "141")}, ASSERTED),
    # an (angry) mob is a crowd of the country's people
    # 182 -> 1823 (session 36, breadth18, rule 369b): a lynching kills by physical assault, the codebook's 1823
    ("An angry mob lynched two Nigerian traders in Kano.", {("NGA", "NGA", "1823")}, ASSERTED),
    ("A mob beat two policemen in Dhaka on Sunday.", {("BGD", "BGD", "182")}, ASSERTED),
    # controls: readings that must stay
    ("Riot police used tear gas against protesters in Belgrade.", {("SRB", "SRB", "175")}, ASSERTED),
    ("Syrian troops fired cannon at rebels near Idlib.", {("SYR", "SYR", "194")}, ASSERTED),
    ("Protesters threw stones at police in Ramallah.", {("PSE", "PSE", "182")}, ASSERTED),
    ("Police fired tear gas to disperse protesters in Karachi on Friday.", {("PAK", "PAK", "175")}, ASSERTED),
    ("Protesters clashed with police in Accra on Saturday.", {("GHA", "GHA", "190")}, ASSERTED),
]

# sentences that must code no event at all
CASE1_NO_EVENTS: list[str] = [
    "Firefighters used water cannon to put out a blaze in Lagos.",
    "The streets of Nairobi were quiet on Tuesday.",
    "Street vendors took to selling face masks in Lagos.",
    "Heavy rain pelted the coast of Kerala on Sunday.",
]

# sentences that must code none of the listed (source, target, code) triples
CASE1_NOT: list[tuple[str, Expected]] = [
    ("Football fans took to the streets of Madrid to celebrate the title.", {("ESP", "ESP", "141")}),
]

# rows the change does not fix, each with why
XFAIL: dict[str, str] = {
    "Youths pelted police with stones in Kashmir on Sunday.": "the verb codes 182 now, but Kashmir resolves to no "
    "single country, so neither the bare 'Youths' nor the bare 'police' gets one (no actors, no event)",
}


@pytest.mark.parametrize(("text", "expected", "mode"), table_cases(CASE1_SENTENCES, XFAIL))
def test_case1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Expected, mode: str) -> None:
    found = events_of(rules_nlp, text)
    assert {(s, t, c, mode) for s, t, c in expected} <= found


@pytest.mark.parametrize("text", CASE1_NO_EVENTS)
def test_case1_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert not events_of(rules_nlp, text)


@pytest.mark.parametrize(("text", "absent"), CASE1_NOT)
def test_case1_sentence_does_not_code(rules_nlp: Language, text: str, absent: Expected) -> None:
    found = {(s, t, c) for s, t, c, _ in events_of(rules_nlp, text)}
    assert not absent & found


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in CASE1_SENTENCES}
