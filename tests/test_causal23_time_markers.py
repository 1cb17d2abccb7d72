"""Round 24 of issue 13 (docs/causal.md): markers that tell time as often as cause, read with the scorer.

- ``time_marker_min_prob``: a claim whose marker is a subordinator that as often says *when* as *why* ("as", "when",
  "while": markers.yml's ``time_or_reason_markers``) stands only where the scorer gives the sentence at least this
  probability; longer markers that start with such a word ("as a result of") and other markers are not touched.
- ``sequence_sure_min_prob``: a sentence the scorer gives at least this keeps its "after / following" claim even
  without a contention word on either side (``sequence_needs_contention`` drops such time order below it).

Each sentence is made up for the test; the probabilities are given, not scored.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_scorer import Classifier
from tests.conftest import claims_at

# round 94 (watch_comparison_causes): an "as" clause beside a verb of watching is no reason, so the gate is read on
# an act that an "as" clause can explain (until round 94: "Police officers watched from the rooftops as ...")
FIRED = "Police officers fired tear gas from the rooftops as the marchers reached the main square ."
RESULT = "Exports of steel fell sharply as a result of the new tariffs on imported coal ."
BECAUSE = "The ministers postponed the summit because the delegations could not agree on an agenda ."
MOVED = "The talks were moved to Geneva following a phone call between the two foreign ministers ."
STRUCK = "Dock workers went on strike after the company cut their wages ."


def _claims(linear_causal: Language, text: str, p: float, **settings: Any) -> list[tuple[str, str, str]]:
    """The claims ``_claims_at`` gives the sentence at probability ``p`` (no tagger reading), under ``settings``."""
    return [(c["cause"], c["effect"], c["signal"]) for c in claims_at(linear_causal, text, p, **settings)]


@pytest.mark.parametrize(
    ("min_prob", "p", "claimed"),
    [
        (0.0, 0.2, True),  # off: the marker threshold alone decides, as before
        (0.3, 0.2, False),  # a doubted sentence: "as" tells time
        (0.3, 0.5, True),  # the scorer leans causal: "as" gives the reason
    ],
)
def test_a_time_or_reason_marker_needs_the_scorer(
    linear_causal: Language, min_prob: float, p: float, claimed: bool
) -> None:
    claims = _claims(linear_causal, FIRED, p, time_marker_min_prob=min_prob, marker_threshold=0.1)
    as_claims = [c for c in claims if c[2].lower() == "as"]
    assert bool(as_claims) == claimed
    if claimed:
        assert as_claims[0][0] == "the marchers reached the main square"


@pytest.mark.parametrize("text", [RESULT, BECAUSE])
def test_other_markers_are_not_gated(linear_causal: Language, text: str) -> None:
    """ "as a result of" starts with "as" but says why only; "because" never says when."""
    gated = _claims(linear_causal, text, 0.2, time_marker_min_prob=0.3, marker_threshold=0.1)
    ungated = _claims(linear_causal, text, 0.2, time_marker_min_prob=0.0, marker_threshold=0.1)
    assert gated, "the marker claim stands"
    assert gated == ungated


@pytest.mark.parametrize(
    ("min_prob", "p", "claimed"),
    [
        (float("inf"), 0.95, False),  # off: a sequence of a call and a move is time order, as before
        (0.7, 0.95, True),  # the scorer is sure: the sentence keeps its sequence claim
        (0.7, 0.6, False),  # not sure enough: time order
    ],
)
def test_a_sure_sentence_keeps_its_sequence(linear_causal: Language, min_prob: float, p: float, claimed: bool) -> None:
    claims = _claims(linear_causal, MOVED, p, sequence_needs_contention=True, sequence_sure_min_prob=min_prob)
    assert bool(claims) == claimed
    if claimed:
        assert claims[0][0].startswith("a phone call between the two foreign ministers")


def test_a_sequence_with_contention_needs_no_sure_scorer(linear_causal: Language) -> None:
    claims = _claims(linear_causal, STRUCK, 0.9, sequence_needs_contention=True, sequence_sure_min_prob=float("inf"))
    assert claims[:1] == [("the company cut their wages", "Dock workers went on strike", "after")]


def test_shipped_settings() -> None:
    clf = Classifier.load()
    assert clf.settings.time_marker_min_prob == pytest.approx(0.3)
    # round 31 (newscausal5): the sequence gate at 0, every sequence kept as CNC annotates it (was 0.7)
    assert clf.settings.sequence_sure_min_prob == pytest.approx(0.0)
    assert clf.settings.sequence_needs_contention
    assert clf.settings.time_marker_min_prob < clf.settings.threshold, (
        "a sentence the scorer calls causal keeps its 'as' claim"
    )
