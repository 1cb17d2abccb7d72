"""A bare plural nationality noun that protests is that country's civilians (issue 14, session 34, branch
protest2x; docs/events.md rule 339).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
"Iranians protested in London" is a crowd of Iran's people abroad, not Iran's state: the demonstration (CAMEO 141)
is by civilians (XXXCVL) and aims at whom it is "against" (no one named: no event), never the host city (rule 298).
Controls: a bare plural with another verb ("Iranians welcomed the deal") and "the Russians" of a diplomatic sentence
stay the country (``MENTION_CONTROLS`` pins the mention's code). ``XFAIL`` keeps the rows the change does not fix.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, coded, table_cases

Events = set[tuple[str, str, str]]

PROTEST2X_SENTENCES: list[tuple[str, Events]] = [
    # a bare plural nationality as the subject of protest / rally / march / demonstrate
    ("Iranians protested in London.", set()),
    ("Venezuelans rallied in Madrid against Maduro.", {("VEN", "VEN", "141")}),
    ("Georgians rallied in Paris against the Georgian government.", {("GEO", "GEO", "141")}),
    ("Iranians protested in London against the Iranian regime.", {("IRN", "IRN", "1414")}),
    ("Ukrainians protested in Budapest on Sunday.", set()),
    ("Armenians marched in Los Angeles against Turkey.", {("ARM", "TUR", "141")}),
    ("Venezuelans protested in Bogota.", set()),
    ("Afghans protested in Islamabad against deportations.", set()),
    ("Pakistanis protested outside the Indian embassy in London.", {("PAK", "IND", "141")}),
    # controls
    ("Nigerians demonstrated in Washington.", set()),
    ("Thousands of Iranians protested in London against the Iranian government.", {("IRN", "IRN", "141")}),
    ("Iranians welcomed the deal.", set()),
    ("The Russians rejected the American proposal.", {("RUS", "USA", "120")}),
]

XFAIL: dict[str, str] = {}

# (sentence, mention text, its full code): the protesting plural is civilians; a collective "the Russians" of a
# diplomatic sentence and a bare plural with another verb keep the country code
MENTION_CONTROLS: list[tuple[str, str, str]] = [
    ("Iranians protested in London.", "Iranians", "IRNCVL"),
    ("The Russians rejected the proposal.", "Russians", "RUS"),
    ("The Russians protested to Tokyo over the drills.", "Russians", "RUS"),
    ("Iranians welcomed the deal.", "Iranians", "IRN"),
    ("Cubans rallied behind their government against the United States.", "Cubans", "CUB"),
]


@pytest.mark.parametrize(("text", "expected"), table_cases(PROTEST2X_SENTENCES, XFAIL))
def test_protest2x_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "mention", "code"), MENTION_CONTROLS)
def test_protest2x_mentions(rules_nlp: Language, text: str, mention: str, code: str) -> None:
    assert coded(rules_nlp, text, full_codes=True)[0].get(mention) == code
