"""A crowd gathered outside an embassy is a demonstration against the embassy's state (issue 14, session 34, branch
protest1x; docs/events.md rule 333).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
People who "gather", "assemble" or "converge" outside, at, near or in front of an embassy or a consulate are
demonstrating (CAMEO 141) against the state whose post it is, as a crowd that "rallied outside the embassy" already
was (rules 29, 325): the venue names the aim. Controls: troops gathered at a border (no protest), a rally for a
candidate (domestic, no target), a crowd at an embassy with a purpose of its own ("seeking visas", "to await
evacuation", "for a reception": no protest), a state's officials gathered at an embassy (a state's meeting, rule
29). ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

PROTEST1X_SENTENCES: list[tuple[str, Events]] = [
    # a crowd gathered outside / at / in front of an embassy or consulate
    ("Protesters gathered outside the Russian embassy in Vilnius.", {("LTU", "RUS", "141")}),
    ("Hundreds of Ukrainians gathered outside the Russian embassy in Warsaw.", {("UKR", "RUS", "141")}),
    ("Taiwanese activists gathered in front of the Chinese embassy in Tokyo.", {("TWN", "CHN", "141")}),
    ("Armenian protesters assembled outside the Azerbaijani consulate in Los Angeles.", {("ARM", "AZE", "141")}),
    ("Venezuelan exiles gathered outside the Venezuelan consulate in Miami.", {("VEN", "VEN", "141")}),
    ("Crowds gathered outside the French embassy in Niamey on Saturday.", {("NER", "FRA", "141")}),
    ("Serbian students gathered outside the Croatian embassy in Belgrade.", {("SRB", "HRV", "141")}),
    ("Iranian dissidents assembled outside the Iranian embassy in London.", {("IRN", "IRN", "141")}),
    ("Demonstrators gathered at the US embassy in Baghdad on Friday.", {("IRQ", "USA", "141")}),
    ("Pakistani protesters gathered near the Indian embassy in Kabul.", {("PAK", "IND", "141")}),
    # controls
    ("Israeli troops gathered at the border with Lebanon.", set()),
    ("Supporters rallied in Pittsburgh for the Republican candidate.", set()),
    ("Hundreds of Afghans gathered outside the US embassy in Kabul seeking visas.", set()),
    ("Stranded Britons gathered at the British embassy in Beirut to await evacuation.", set()),
    ("Diplomats gathered at the US embassy in Kyiv for a reception.", set()),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(PROTEST1X_SENTENCES, XFAIL))
def test_protest1x_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
