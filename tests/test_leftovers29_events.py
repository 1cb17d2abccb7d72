"""Arms "co-produced" by two parties (issue 14, session 32, branch leftovers29; docs/events.md rule 284).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
The tokenizer splits a verb written with the prefix "co-" ("co-produce": co, -, produce) and the parser takes "co"
for the verb and hangs "produce" on the goods as a modifier, so rule 244f's jointly produced arms (062; agreed,
0312) were never read. The parse repair of rule 284 makes the last part the verb and "co" its joint adverb.
Controls: plain goods co-produced stay the bare agreement (030), a co-hosted summit keeps its own code, arms one
party produces are no event. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


LEFTOVERS29_SENTENCES: list[tuple[str, Events]] = [
    # arms co-produced under an agreement: intent to cooperate militarily (0312), both ways
    ("Germany and Ukraine agreed to co-produce shells.", both("DEU", "UKR", "0312")),
    ("Poland and South Korea agreed to co-produce howitzers.", both("POL", "KOR", "0312")),
    ("Ukraine and Denmark agreed to co-produce long-range drones.", both("UKR", "DNK", "0312")),
    ("Britain and Norway agreed to co-develop cruise missiles.", both("GBR", "NOR", "0312")),
    ("Sweden and Finland agreed to co-manufacture artillery shells.", both("SWE", "FIN", "0312")),
]

LEFTOVERS29_CONTROLS: list[tuple[str, Events]] = [
    # plain goods co-produced: the agreement alone (030), as "agreed to jointly produce wine"
    ("Germany and France agreed to co-produce wine.", both("DEU", "FRA", "030")),
    ("Germany and France agreed to jointly produce wine.", both("DEU", "FRA", "030")),
    # another co- verb keeps its own reading
    ("Italy and Japan agreed to co-host the summit.", both("ITA", "JPN", "036")),
    # arms one party produces: no event
    ("Poland produces howitzers.", set()),
    # the jointly produced arms of rule 244f, unchanged
    ("Britain and Ukraine agreed to jointly produce drones.", both("GBR", "UKR", "0312")),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS29_SENTENCES + LEFTOVERS29_CONTROLS, XFAIL))
def test_leftovers29_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
