"""Round 49 of issue 13 (docs/causal.md): "help" before a causal verb ("helped (to) lead to X", "helps cause X")
passes the claim to that verb, so the effect is X, not "lead to X" (markers.yml ``passes_to_xcomp``).

Sentences are made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Extractor
from tests.causal_sentences import pairs


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The sanctions helped lead to a sharp rise in food prices.", "The sanctions", "a sharp rise in food prices"),
        ("The protests helped to lead to the collapse of the cabinet.", "The protests", "the collapse of the cabinet"),
        ("The strikes helped cause a fall in exports.", "The strikes", "a fall in exports"),
    ],
)
def test_helped_causal_verb_carries_claim(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    got = pairs(parse, extractor, text)
    assert [(c, e) for c, e, _ in got] == [(cause, effect)]
    assert not any(e.startswith(("lead", "to lead", "cause")) for _, e, _ in got)


def test_help_without_causal_complement_keeps_its_claim(parse: Language, extractor: Extractor) -> None:
    got = pairs(parse, extractor, "The new bridge helped in the recovery of the region.")
    assert got and all(s == "helped" for _, _, s in got)
