"""A list of three or more acts in the simple present with one subject characterizes a party (issue 14, session 33,
branch precision4x; docs/events.md rule 303).

Op-ed and analysis prose of 2025 sums a party up by a list of what it does: "Beijing bullies its neighbours, steals
technology and threatens Taiwan, critics say". Such a list names no one act that took place, and the coder asserted
each coded verb of it (CHN -> TWN 130). A report in the present (a headline) names one act, seldom three, and a
dated one is a report whatever its tense. Each sentence is our own construction in the style of 2025 news, none copied
from an evaluation set or the news excerpts, and each row's codes were written before the coder ran on it. The real
spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A ``LIST``
row must code no asserted event; a ``CONTROL`` row (a past list, a dated present list, a present headline of two
acts, a headline line with no stop) must keep its events, an expected code matching a coded one as a prefix, actors
on their primary codes. ``XFAIL`` keeps the rows left, each with why.
"""

from __future__ import annotations

from spacy.language import Language

from .event_sentences import asserted, both, prefix_hit, table_test

Expected = set[tuple[str, str, str]]

LIST, CONTROL = "list", "control"


# (sentence, kind, {(source, target, CAMEO code or its prefix)} chosen beforehand)
PRECISION4X_SENTENCES: list[tuple[str, str, Expected]] = [
    (
        "Russia jams GPS signals, cuts undersea cables and sabotages rail lines across Europe, Western officials say.",
        LIST,
        set(),
    ),
    (
        "Israel bombs Gaza, blocks aid convoys and expands settlements in the West Bank, its critics argue.",
        LIST,
        set(),
    ),
    (
        "China courts African leaders, lends to their governments and buys up their mines, in the view of Washington "
        "hawks.",
        LIST,
        set(),
    ),
    (
        "Venezuela harbours drug cartels, smuggles cocaine and threatens Guyana, according to the White House.",
        LIST,
        set(),
    ),
    ("Pakistan shelters militants, arms insurgents and attacks Indian posts, Indian officials say.", LIST, set()),
    ("Tehran funds militias, supplies drones to Russia and harasses tankers in the Gulf.", LIST, set()),
    (
        "North Korea tests missiles, sells shells to Moscow and threatens Seoul with annihilation, as its critics "
        "see it.",
        LIST,
        set(),
    ),
    ("Turkey buys Russian gas, sells drones to Ukraine and hosts talks between the two.", LIST, set()),
    # controls: a past list, a dated present list, a present headline of two acts
    ("Russia shelled Kharkiv, bombed Sumy and struck Odesa on Tuesday.", CONTROL, {("RUS", "UKR", "19")}),
    (
        "Trump meets Xi in Busan on Thursday, agrees a truce on tariffs and hails the talks.",
        CONTROL,
        both("USA", "CHN", "04"),
    ),
    (
        "China sanctions American drone makers and bans exports of rare earths to the United States.",
        CONTROL,
        {("CHN", "USA", "16")},
    ),
    # written after the change, before the coder ran on it: a headline line (no closing stop) keeps its list
    ("Israel bombs Gaza, blocks aid convoys and strikes Hezbollah in Lebanon", CONTROL, {("ISR", "LBN", "19")}),
]

XFAIL: dict[str, str] = {
    "Tehran funds militias, supplies drones to Russia and harasses tankers in the Gulf.": (
        "IRN -> RUS 072: a parse error (the parser read 'Tehran funds militias' as a noun phrase, the subject of "
        "'supplies'), so the list has no subject its three items share"
    ),
    "Israel bombs Gaza, blocks aid convoys and strikes Hezbollah in Lebanon": (
        "missed ISR -> LBN 19: 'strikes Hezbollah in Lebanon' codes nothing in this list, before and after; the "
        "line's ISR -> PSE 073 / 183 stay asserted (a headline line is left by rule 303)"
    ),
}


def check_row(rules_nlp: Language, text: str, kind: str, expected: Expected) -> None:
    found = asserted(rules_nlp, text)
    assert all(prefix_hit(found, want) for want in expected), found
    if kind == LIST:
        assert not found


test_precision4x_present_lists_characterize = table_test(PRECISION4X_SENTENCES, check_row, XFAIL)
