"""Appeals for a truce or a settlement in 2025 wire style (issue 14, session 35, branch newsprec12; docs/events.md
rule 349).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A truce written
open, "cease fire" (the noun "fire" with "cease" as its compound), is the one-word "ceasefire" every truce rule reads
(rule 52c read only the hyphenated "cease-fire"): appealed for 0256, demanded 107, declared 0871, broken 196, agreed
to 0356. An appeal whose asked act settles the dispute (a settling verb over a dispute noun, "to settle their
dispute"; an acceptance or reaching of a settlement or of a plan qualified by a peace word, "to accept a negotiated
settlement", "to accept the peace deal") is CAMEO 027 "appeal to others to settle dispute", not the bare 020 (or 022
for a deal). Controls: the verb "cease fire" ordered of troops, a one-word ceasefire, an appeal for talks (026), a
peace proposal rejected (127), an appeal for aid keep their readings. ``XFAIL`` keeps the rows the change does not
fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


NEWSPREC12_SENTENCES: list[tuple[str, Events]] = [
    # a truce written open, "cease fire"
    ("Washington urged Russia to agree to an immediate cease fire.", {("USA", "RUS", "0256")}),
    (
        "France called on Thailand and Cambodia to respect the cease fire.",
        {("FRA", "THA", "0256"), ("FRA", "KHM", "0256")},
    ),
    ("Egypt pressed Israel to accept a cease fire in Gaza.", {("EGY", "ISR", "0256")}),
    ("Germany demanded an immediate cease fire from Russia.", {("DEU", "RUS", "107")}),
    ("Pakistan declared a cease fire with India on Saturday.", {("PAK", "IND", "0871")}),
    ("Cambodia broke the cease fire with Thailand.", {("KHM", "THA", "196")}),
    ("Thailand and Cambodia agreed to a cease fire on Monday.", both("THA", "KHM", "0356")),
    # an appeal to settle the dispute
    ("Washington urged Kyiv to accept a negotiated settlement with Moscow.", {("USA", "UKR", "027")}),
    ("China urged India and Pakistan to settle their border dispute.", {("CHN", "IND", "027"), ("CHN", "PAK", "027")}),
    ("Japan urged China to resolve the maritime dispute.", {("JPN", "CHN", "027")}),
    (
        "Turkey called on Armenia and Azerbaijan to reach a peace settlement.",
        {("TUR", "ARM", "027"), ("TUR", "AZE", "027")},
    ),
    ("Qatar urged Israel to accept the peace deal.", {("QAT", "ISR", "027")}),
    ("The Kremlin pressed Kyiv to accept a peace agreement.", {("RUS", "UKR", "027")}),
    (
        "Brazil asked Venezuela and Guyana to end their territorial dispute.",
        {("BRA", "VEN", "027"), ("BRA", "GUY", "027")},
    ),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(NEWSPREC12_SENTENCES, XFAIL))
def test_newsprec12_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: other truce spellings and other appeals keep their readings -----------------------------------------

NEWSPREC12_CONTROLS: list[tuple[str, Events]] = [
    ("The army was ordered to cease fire by Kyiv.", set()),
    ("Thailand and Cambodia agreed to a ceasefire.", both("THA", "KHM", "0356")),
    ("Germany demanded an immediate ceasefire from Russia.", {("DEU", "RUS", "107")}),
    ("Japan urged China to hold talks on the dispute.", {("JPN", "CHN", "026")}),
    ("India rejected Pakistan's peace proposal.", {("IND", "PAK", "127")}),
]


@pytest.mark.parametrize(("text", "expected"), NEWSPREC12_CONTROLS)
def test_newsprec12_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
