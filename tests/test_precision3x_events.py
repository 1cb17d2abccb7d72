"""A phrase of time naming a past act gives the main act no target (issue 14, session 33, branch precision3x;
docs/events.md rule 296).

Wire copy opens with the occasion of today's act: "On the anniversary of Russia's annexation of Crimea, Ukraine's
foreign minister urged ...", "In the wake of India's missile strikes, Pakistan appealed ...". The phrase is rule 185's
background (a `background_nouns` noun: anniversary, wake, aftermath): the act it names is no event beside the main
one, and its doer is no party the main act is done to. The coder read "on" as a target preposition ("sanctions on
Y") and the nested search went into "in the wake of", so the appeal took the background act's doer as its addressee
("urged young people to defend democracy" TWN -> CHN 022 from "China's crackdown"), even beside a named one
("sent more tanks to Ukraine" also POL -> RUS). These rows are our own invented 2025-style sentences (none copied
from ConfliBERT, PLOVER, CAMEO, the news excerpts or any evaluation set); each row's codes follow the CAMEO
codebook (02 appeals, 07 aid, 112 accusations, 19 force). An appeal to people no actor names has no target and
is not coded. Every row must code its expected events and no other asserted event; an expected code matches a
coded one as a prefix, actors on their primary codes. ``CONTROL`` rows keep a named target beside the phrase, or
the phrase after the verb. ``XFAIL`` keeps the rows left, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Expected = set[tuple[str, str, str]]

ANNIVERSARY, WAKE, CONTROL = ("anniversary", "wake", "control")
NONE: Expected = set()

# (sentence, kind, {(source, target, CAMEO code or its prefix)})
PRECISION3X_SENTENCES: list[tuple[str, str, Expected]] = [
    (
        "On the anniversary of China's crackdown in Tiananmen Square, Taiwan's president urged young people to "
        "defend democracy.",
        ANNIVERSARY,
        NONE,
    ),
    (
        "On the third anniversary of Russia's full-scale invasion, Zelensky urged allies to speed up weapons "
        "deliveries.",
        ANNIVERSARY,
        NONE,
    ),
    (
        "On the anniversary of Hamas's attack, Israel's president called on world leaders to secure the hostages' "
        "release.",
        ANNIVERSARY,
        NONE,
    ),
    (
        "On the anniversary of North Korea's first nuclear test, South Korea's president urged citizens to stay "
        "vigilant.",
        ANNIVERSARY,
        NONE,
    ),
    (
        "On the anniversary of Turkey's 1974 invasion of Cyprus, Greece called on the international community to "
        "back reunification.",
        ANNIVERSARY,
        # session 40, cameotune5 (rule 429c): "the international community" is IGOWLD, so the call to it is coded;
        # Turkey, the background act's doer, is still no target
        {("GRC", "IGO", "022")},
    ),
    (
        "On the anniversary of Iraq's invasion of Kuwait, the Kuwaiti emir appealed to Arab states for unity.",
        ANNIVERSARY,
        {("KWT", "ARB", "02")},
    ),
    (
        "On the anniversary of Russia's invasion, Ukraine urged the European Union to keep sanctions on Moscow.",
        ANNIVERSARY,
        {("UKR", "IGO", "02")},
    ),
    (
        "On the anniversary of Russia's invasion, Poland sent more tanks to Ukraine.",
        ANNIVERSARY,
        {("POL", "UKR", "07")},
    ),
    ("In the wake of India's missile strikes, Pakistan appealed for calm.", WAKE, NONE),
    # controls: a named target beside the phrase; the phrase after the verb
    (
        "On the anniversary of the annexation of Crimea, Ukraine accused Russia of war crimes.",
        CONTROL,
        {("UKR", "RUS", "112")},
    ),
    (
        "On the anniversary of Japan's surrender, China urged Tokyo to face up to its wartime history.",
        CONTROL,
        {("CHN", "JPN", "02")},
    ),
    (
        "Israel struck Hezbollah targets in southern Lebanon on the second anniversary of the October 7 attack.",
        CONTROL,
        {("ISR", "LBN", "19")},
    ),
]

XFAIL: dict[str, str] = {}


def _matched(found: set[tuple[str, str, str]], expected: Expected) -> bool:
    return all(any((s, t) == (a, b) and c.startswith(k) for s, t, c in found) for a, b, k in expected)


def _extra(found: set[tuple[str, str, str]], expected: Expected) -> set[tuple[str, str, str]]:
    return {(s, t, c) for s, t, c in found if not any((s, t) == (a, b) and c.startswith(k) for a, b, k in expected)}


@pytest.mark.parametrize(("text", "kind", "expected"), table_cases(PRECISION3X_SENTENCES, XFAIL))
def test_precision3x_background_phrase_gives_no_target(
    rules_nlp: Language, text: str, kind: str, expected: Expected
) -> None:
    found = asserted(rules_nlp, text)
    assert _matched(found, expected), found
    assert not _extra(found, expected), found
