"""Issue 13, session 26, newscausal24 (docs/causal.md round 65): a side cut before a noun conjunct runs over it.

``noun_conjunct_sides``: a side that ends on a noun right before "and" and a noun conjunct with no subject or auxiliary
of its own ("protesting against a rise in bus fares | and the closure of two depots") runs on over the conjunct, never
into the other side, and not where another claim with the same other side reads the conjunct. A conjunct that is a
clause ("... and the police arrested ten") or a verb is no such conjunct. Sentences are made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import _noun_conjunct_sides

from .causal_sentences import assert_shipped_on_default_off, claim_over, sentence


def test_shipped_on_default_off() -> None:
    assert_shipped_on_default_off("noun_conjunct_sides")


# (sentence, cause as cut, effect, cause over the conjunct)
RUNS_ON = [
    (
        "Commuters in Nairobi have been protesting against a rise in bus fares and the closure of two depots .",
        "a rise in bus fares",
        "Commuters in Nairobi have been protesting",
        "a rise in bus fares and the closure of two depots",
    ),
    (
        "Dockworkers in Lisbon struck over unpaid wages and the loss of overtime pay .",
        "unpaid wages",
        "Dockworkers in Lisbon struck",
        "unpaid wages and the loss of overtime pay",
    ),
]


@pytest.mark.parametrize(("text", "cause", "effect", "longer"), RUNS_ON)
def test_cause_runs_over_conjunct(linear_causal: Language, text: str, cause: str, effect: str, longer: str) -> None:
    sent = sentence(linear_causal, text)
    (claim,) = _noun_conjunct_sides(sent, [claim_over(text, cause, effect)])
    assert claim["cause"] == longer
    assert claim["effect"] == effect


def test_claim_per_conjunct_stays(linear_causal: Language) -> None:
    """A coordination already read as a claim per conjunct (as the seeds code it) is left as it is."""
    text, cause, effect, _ = RUNS_ON[0]
    sent = sentence(linear_causal, text)
    claims = [claim_over(text, cause, effect), claim_over(text, "the closure of two depots", effect)]
    kept = _noun_conjunct_sides(sent, claims)
    assert [c["cause"] for c in kept] == [cause, "the closure of two depots"]


# controls: a clause after "and", a verb conjunct, the other side right after "and"
KEPT = [
    (
        "Workers walked out over unpaid wages and the police arrested ten of them .",
        "unpaid wages",
        "Workers walked out",
    ),
    (
        "The strike over pension cuts shut the ports and halted rail traffic in Santos .",
        "The strike over pension cuts",
        "shut the ports",
    ),
]


@pytest.mark.parametrize(("text", "cause", "effect"), KEPT)
def test_other_sides_kept(linear_causal: Language, text: str, cause: str, effect: str) -> None:
    sent = sentence(linear_causal, text)
    (claim,) = _noun_conjunct_sides(sent, [claim_over(text, cause, effect)])
    assert (claim["cause"], claim["effect"]) == (cause, effect)
