"""A bare "the Treasury" as the US Treasury (issue 14, session 31, branch leftovers19; docs/events.md rule 266).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
Sanctions are CAMEO 163 "impose embargo, boycott, or sanctions". A capitalised "the Treasury" with no country
named in front of it is the US Treasury (``USAGOV``) unless the document names a country whose finance ministry
is also called "the Treasury" (Britain, Australia, New Zealand): then it stays unresolved (controls). ``XFAIL``
keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


LEFTOVERS19_SENTENCES: list[tuple[str, Events]] = [
    # a bare "the Treasury" as the sanctioning body
    ("The Treasury imposed sanctions on Lukoil.", {("USA", "RUS", "163")}),
    ("The Treasury sanctioned three Iranian shipping firms on Thursday.", {("USA", "IRN", "163")}),
    ("The Treasury froze the assets of a Venezuelan minister.", {("USA", "VEN", "163")}),
    ("The Treasury blacklisted two Chinese refineries that bought Iranian oil.", {("USA", "CHN", "163")}),
    # with the US named elsewhere in the document
    (
        "Washington stepped up pressure on Moscow. The Treasury imposed sanctions on two Russian banks.",
        {("USA", "RUS", "170"), ("USA", "RUS", "163")},
    ),
    # already right: the US Treasury named in full
    ("The US Treasury sanctioned Rosneft and Lukoil on Wednesday.", {("USA", "RUS", "163")}),
    ("The Treasury Department imposed sanctions on a Cuban state firm.", {("USA", "CUB", "163")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS19_SENTENCES, XFAIL))
def test_leftovers19_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: another country's Treasury, a lower-case treasury, a Treasury "of" a country --------------------

LEFTOVERS19_CONTROLS: list[tuple[str, Events]] = [
    ("Britain announced new measures on Tuesday. The Treasury imposed sanctions on two Russian banks.", set()),
    ("Australia widened its measures on Monday. The Treasury sanctioned three Iranian officials.", set()),
    ("The British Treasury imposed sanctions on two Russian banks.", {("GBR", "RUS", "163")}),
    ("Russia's treasury paid the coupon on its bonds.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LEFTOVERS19_CONTROLS)
def test_leftovers19_control_codes_no_us_treasury(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
