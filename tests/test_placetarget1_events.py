"""The place of a speech, a rally or a comment is where it was done, not at whom (issue 14, session 33, branch
placetarget1; docs/events.md rule 298).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
A leader who addresses or holds a rally, a crowd that rallies, a speaker who voices a view or praises something, in
a city of another country, does nothing to that country: CAMEO codes no target for the place (a rally or a
statement with no one it is aimed at is no event). Controls: force "in Y" (190, 195), a visit or journey to Y (042),
a protest at Y's embassy (141 toward Y) and a crowd's protest in its own country with no other target (the
project's convention: 141 toward the place) keep their targets, as does a praised thing "in Y" on the object.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

PLACETARGET1_SENTENCES: list[tuple[str, Events]] = [
    # a leader's rally or speech abroad: where, not at whom
    ("Colombian President Gustavo Petro addressed a rally in New York on Friday.", set()),
    ("Indian Prime Minister Narendra Modi held a rally in London on Sunday.", set()),
    ("Hungarian Prime Minister Viktor Orban addressed a rally in Madrid.", set()),
    ("Moldovan President Maia Sandu held a campaign rally in Paris.", set()),
    ("Erdogan staged a rally in Cologne.", set()),
    ("Brazilian President Lula spoke at a rally in Lisbon.", set()),
    ("Macron gave an interview in Beijing on Tuesday.", set()),
    ("South African President Cyril Ramaphosa addressed the UN General Assembly in New York.", set()),
    # a crowd of one country rallying in another's city
    ("Thousands of Iranians protested in London.", set()),
    ("Ukrainians rallied in Berlin on Sunday.", set()),
    # a view voiced or a thing praised, the place on the act
    ("Lula voiced optimism in Lisbon about the trade deal.", set()),
    ("Milei praised free markets in Madrid.", set()),
    # controls: the place is a party by the existing rules
    ("Israel struck targets in Lebanon.", {("ISR", "LBN", "190")}),
    ("Russian drones struck an energy facility in Ukraine.", {("RUS", "UKR", "195")}),
    ("Macron visited Beijing on Tuesday.", {("FRA", "CHN", "042")}),
    ("The Brazilian president travelled to Lisbon on Monday.", {("BRA", "PRT", "042")}),
    ("Protesters rallied outside the US embassy in Mexico City.", {("MEX", "USA", "141")}),
    ("Thousands of students rallied in Belgrade on Saturday.", {("SRB", "SRB", "141")}),
    ("Hundreds rallied in Caracas against the government.", {("VEN", "VEN", "141")}),
    ("Supporters of Imran Khan rallied in Lahore.", {("PAK", "PAK", "141")}),
    ("Milei praised the economic reforms in Ecuador.", {("ARG", "ECU", "051")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(PLACETARGET1_SENTENCES, XFAIL))
def test_placetarget1_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
