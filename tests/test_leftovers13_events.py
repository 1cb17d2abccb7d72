"""Leftover defects of session 30's probes (issue 14, session 30, branch leftovers13; docs/events.md rule 247).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
Two constructions: a one-word place or country name that is a person's given name ("army chief Milan Mojsilovic",
"Jordan Petrov") names no place; a reported clause after or under a warning verb whose own subject is another
party ("China may detain more Japanese citizens, Tokyo warned") is that party's act, no threat by the speaker
against someone named in it. Controls: a place by itself, people the codebook holds, the clause's subject itself
as the one warned (rule 112b), a dated act with a target. ``XFAIL`` keeps the rows the change does not fix.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


LEFTOVERS13_SENTENCES: list[tuple[str, Events]] = [
    # a place's name as a person's given name: no place, no event for a person the codebook does not hold
    ("Army chief Milan Mojsilovic met Hungarian officials in Budapest.", set()),
    ("Former mayor Paris Dimitrov met Greek officials.", set()),
    ("Defence minister Jordan Petrov visited Kyiv.", set()),
    ("Georgia Melnyk criticised Russia.", set()),
    ("General Milan Novak accused Russia of sabotage.", set()),
    # controls: the place itself, and named people
    ("Milan hosted Hungarian officials.", {("ITA", "HUN", "043")}),
    ("Israel Katz visited Washington.", {("ISR", "USA", "042")}),
    ("Kyiv Mayor Vitali Klitschko criticised Russia.", {("UKR", "RUS", "111")}),
    ("Turkish President Recep Tayyip Erdogan met Putin.", both("TUR", "RUS", "040")),
    # another party's act reported under a warning verb: no threat by the speaker
    ("China may detain more Japanese citizens, Tokyo warned.", set()),
    ("Russia may cut gas supplies to Moldova, Bucharest warned.", set()),
    ("North Korea could launch missiles at Guam, Seoul warned.", set()),
    # controls: the speaker's own act, the clause's subject as the one warned, a named addressee
    ("Tehran warned that it would close the strait to American ships.", {("IRN", "USA", "130")}),
    ("The EU warned that Russia would pay a heavy price.", {("IGO", "RUS", "130")}),
    ("Beijing warned Manila that it would seize the reef.", {("CHN", "PHL", "131")}),
    ("The US demanded that Russia withdraw its troops from Ukraine.", {("USA", "RUS", "106")}),
    # a date after the object: the act keeps its target; an unowned object names none
    ("Iran seized a British tanker two weeks ago.", {("IRN", "GBR", "171")}),
    ("Iran seized a tanker two weeks ago.", set()),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS13_SENTENCES, XFAIL))
def test_leftovers13_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
