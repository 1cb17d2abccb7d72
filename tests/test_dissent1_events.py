"""Invented sentences for docs/events.md rule 162 (issue 14, session 26, branch dissent1): protests, demonstrations
and crackdowns whose dissenting side has no actor mention of its own, and intransitive event nouns with a "between X
and Y" pair.

A dissent noun ("protests", "a rally", "the demonstrations") crushed, dispersed or fired on stands for its
participants, the opposition of the country of its place or sentence (as "demonstrators" does: ``xxxOPP``); a count
("Thousands", "Hundreds") that protests is a crowd of the country's people (``xxxCVL``, as "thousands of people"); a
gerund of fighting with a "between" pair names its two sides as "clashes between A and B" does. Domestic pairs are
coded (docs/events.md "Domestic events"); actors are compared on their primary codes, so ``BLRCOP -> BLROPP`` reads
``BLR -> BLR``.

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The expected
{(source, target, code)} of each row were written before the coder ran (codes from
/work/shared/data/cameo-eventcodes.tsv: 141 demonstrate or rally, 175 violent repression, 190 conventional force,
1721 restrictions on political freedoms); ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, events_of

Expected = set[tuple[str, str, str]]

# (sentence, {(source, target, CAMEO code)} chosen beforehand, mode)
DISSENT1_SENTENCES: list[tuple[str, Expected, str]] = [
    # a dissent noun crushed, dispersed or broken up: repression of its participants (175)
    ("Belarusian riot police crushed the protests in Minsk.", {("BLR", "BLR", "175")}, ASSERTED),
    ("Police broke up a rally in Caracas.", {("VEN", "VEN", "175")}, ASSERTED),
    ("Riot police dispersed a demonstration outside parliament in Kampala.", {("UGA", "UGA", "175")}, ASSERTED),
    ("Police used tear gas to disperse a protest in Nairobi.", {("KEN", "KEN", "175")}, ASSERTED),
    ("Security forces suppressed the demonstrations in Khartoum.", {("SDN", "SDN", "175")}, ASSERTED),
    ("Iranian security forces cracked down on protests in Tehran.", {("IRN", "IRN", "175")}, ASSERTED),
    # fired on or raided: force, as "opened fire on demonstrators" and "raided the offices of the opposition party"
    ("Troops opened fire on a rally in Yangon.", {("MMR", "MMR", "190")}, ASSERTED),
    ("Police raid opposition offices in Baku.", {("AZE", "AZE", "190")}, ASSERTED),
    # a count that protests is a crowd of the country's people (141)
    ("Thousands protested in Tbilisi against the government.", {("GEO", "GEO", "141")}, ASSERTED),
    ("Hundreds rallied in Bishkek against the president.", {("KGZ", "KGZ", "141")}, ASSERTED),
    ("Tens of thousands marched in Belgrade against the government.", {("SRB", "SRB", "141")}, ASSERTED),
    # moved here from the no-event controls after the first run: the place of a protest with no target is its target
    # by the project's convention ("Protesters demonstrated in Yerevan on Sunday" is ARMOPP -> ARM 141 on integ)
    ("Thousands demonstrated in Yerevan on Sunday.", {("ARM", "ARM", "141")}, ASSERTED),
    # a ban on protests restricts political freedom (1721)
    ("The government banned protests in Minsk.", {("BLR", "BLR", "1721")}, ASSERTED),
    # a gerund of fighting with a "between" pair: both sides (190 both ways)
    (
        "Fighting between Armenia and Azerbaijan erupted again.",
        {("ARM", "AZE", "190"), ("AZE", "ARM", "190")},
        ASSERTED,
    ),
    (
        "Fighting between Armenian and Azerbaijani forces erupted again.",
        {("ARM", "AZE", "190"), ("AZE", "ARM", "190")},
        ASSERTED,
    ),
    (
        "Heavy fighting between Ethiopia and Eritrea was reported along the border.",
        {("ETH", "ERI", "190"), ("ERI", "ETH", "190")},
        ASSERTED,
    ),
    (
        "Skirmishes between Indian and Chinese troops erupted in Ladakh.",
        {("IND", "CHN", "190"), ("CHN", "IND", "190")},
        ASSERTED,
    ),
    # controls: readings that must stay
    ("Police in Tbilisi dispersed thousands of demonstrators.", {("GEO", "GEO", "175")}, ASSERTED),
    ("Riot police used tear gas against protesters in Belgrade.", {("SRB", "SRB", "175")}, ASSERTED),
    ("Security forces opened fire on demonstrators in Tehran.", {("IRN", "IRN", "190")}, ASSERTED),
    ("Talks between Russia and Ukraine resumed.", {("RUS", "UKR", "040"), ("UKR", "RUS", "040")}, ASSERTED),
    (
        "Clashes between Indian and Pakistani troops were reported.",
        {("IND", "PAK", "190"), ("PAK", "IND", "190")},
        ASSERTED,
    ),
    ("Police arrested opposition leaders in Kenya.", {("KEN", "KEN", "173")}, ASSERTED),
    ("Protesters rallied in Tbilisi against the government.", {("GEO", "GEO", "141")}, ASSERTED),
    ("Students protested in Dhaka against the government.", {("BGD", "BGD", "141")}, ASSERTED),
]

# sentences that must code no event at all
DISSENT1_NO_EVENTS: list[str] = [
    "The protests in Minsk were peaceful.",
    "Thousands attended the funeral in Tbilisi.",
    "The rally in Caracas drew a large crowd.",
]

# sentences that must code none of the listed (source, target, code) triples: no repression where nobody represses
DISSENT1_NOT: list[tuple[str, Expected]] = [
    ("Police protested over pay in Paris.", {("FRA", "FRA", "175")}),
    ("Police said the protests in Minsk would continue.", {("BLR", "BLR", "175")}),
    ("Police guarded the rally in Caracas.", {("VEN", "VEN", "175"), ("VEN", "VEN", "190")}),
    ("Police escorted the march through Kampala.", {("UGA", "UGA", "175"), ("UGA", "UGA", "190")}),
    ("Hundreds of police officers protested in Madrid.", {("ESP", "ESP", "175")}),
]

# rows the change does not fix, each with why
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected", "mode"), table_cases(DISSENT1_SENTENCES, XFAIL))
def test_dissent1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Expected, mode: str) -> None:
    found = events_of(rules_nlp, text)
    assert {(s, t, c, mode) for s, t, c in expected} <= found


@pytest.mark.parametrize("text", DISSENT1_NO_EVENTS)
def test_dissent1_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert not events_of(rules_nlp, text)


@pytest.mark.parametrize(("text", "absent"), DISSENT1_NOT)
def test_dissent1_sentence_does_not_code(rules_nlp: Language, text: str, absent: Expected) -> None:
    found = {(s, t, c) for s, t, c, _ in events_of(rules_nlp, text)}
    assert not absent & found


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in DISSENT1_SENTENCES}
