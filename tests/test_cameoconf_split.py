"""The CAMEO_ConfliBERT tuning / held-out split of issue 14, session 10 (docs/events.md rule 37): fixed by a
hash of the sentence text before any error was read. Constructed sentences only."""

from __future__ import annotations

from benchmarks.eval_events import HALVES, sentence_half


def test_the_split_is_fixed_by_the_text() -> None:
    # pinned values: a changed hash would silently move sentences between the halves
    assert sentence_half("Chile praised Bolivia.") == "heldout"
    assert sentence_half("Peru recalled its ambassador.") == "tune"


def test_the_split_is_balanced_and_stable() -> None:
    texts = [f"Country {n} criticised country {n + 1} on day {n % 7}." for n in range(300)]
    halves = [sentence_half(t) for t in texts]
    assert set(halves) == set(HALVES)
    assert halves == [sentence_half(t) for t in texts]  # the same every time
    assert 0.4 < halves.count("tune") / len(texts) < 0.6
