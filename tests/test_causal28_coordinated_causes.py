"""Round 32 of issue 13 (docs/causal.md): a cause marker repeated after "and" gives one cause over both conjuncts.

CNC train annotates "in protest against X and also against Y" and "for doing X and for doing Y" as one cause that
covers both conjuncts (2 of 2 such sentences; none as one pair per conjunct), so "caused by X and by Y", "due to X
and due to Y" claim one pair whose cause runs to the end of the second object, and the repeated marker makes no claim
of its own (before: the first conjunct alone, and a second pair whose effect held the first marker's phrase).

Sentences are made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_parse import repeated_marker_end
from tests.conftest import claims_at, only_sentence, words_of


def _pairs(linear_causal: Language, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in claims_at(linear_causal, text, 0.9)]


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "The strike was caused by low wages and by the closure of the plant.",
            "low wages and by the closure of the plant",
            "The strike",
        ),
        (
            "Prices rose due to the drought and due to the sanctions.",
            "the drought and due to the sanctions",
            "Prices rose",
        ),
        (
            "Prices rose because of the drought and because of the sanctions.",
            "the drought and because of the sanctions",
            "Prices rose",
        ),
        (
            "Farmers marched in protest against the new tax and also against the sale of the land.",
            "the new tax and also against the sale of the land",
            "Farmers marched",
        ),
    ],
)
def test_a_repeated_marker_gives_one_pair_over_both_conjuncts(
    linear_causal: Language, text: str, cause: str, effect: str
) -> None:
    assert _pairs(linear_causal, text) == [(cause, effect)]


def test_a_plain_coordination_is_unchanged(linear_causal: Language) -> None:
    """No repeated marker: the object's own coordination already covers both conjuncts."""
    assert _pairs(linear_causal, "Prices rose due to the drought and the sanctions.") == [
        ("the drought and the sanctions", "Prices rose")
    ]


def test_the_repeat_must_be_the_same_marker(base: Language) -> None:
    sent = only_sentence(base, "Prices rose due to the drought and after the sanctions.")
    marker = words_of(sent, "due to")
    end = words_of(sent, "drought")[-1].i + 1
    assert repeated_marker_end(marker, end) is None, "another preposition is no repeat"
    sent = only_sentence(base, "Prices rose due to the drought and due to the sanctions.")
    marker = words_of(sent, "due to")
    end = words_of(sent, "drought")[-1].i + 1
    found = repeated_marker_end(marker, end)
    assert found is not None
    start, stop = found
    assert sent.doc[start:stop].text == "due to the sanctions"


def test_a_repeat_needs_and_between(base: Language) -> None:
    """A comma alone lists; "and" joins: "due to X, due to Y" reads as two reasons given in turn."""
    sent = only_sentence(base, "Prices rose due to the drought, due to the sanctions.")
    marker = words_of(sent, "due to")
    end = words_of(sent, "drought")[-1].i + 1
    assert repeated_marker_end(marker, end) is None
