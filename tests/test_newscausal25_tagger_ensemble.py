"""Round 66 of issue 13 (docs/causal.md): a span tagger file may hold several MLPs, whose probabilities are averaged.

- A stacked file (``w1`` (k, d, h), ``b1`` (k, h), ``w2`` (k, h, 3), ``b2`` (k, 3), one ``mu`` / ``sd``) loads as one
  ``SpanTagger`` whose ``probs`` are the mean of its members' probabilities; a one-MLP file reads as before.
- Weights whose shapes do not fit together, or a ``meta`` whose member count is not the weights', are refused on load.
- ``probs_many`` / ``probs_many_heads`` (the chunked run-time path, beside the near role tagger) agree with ``probs``.

States are random numbers; no model is needed.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from detente.nlp.causal_extractor import CAUSAL_DIR
from detente.nlp.causal_spans import WIDE_TAGGER_FILE, SpanTagger, probs_many_heads

WIDTH = 8
HIDDEN = 5


def states_of(pieces: int, seed: int = 0) -> np.ndarray:
    return np.random.RandomState(seed).randn(pieces, WIDTH).astype(np.float32)


def member(seed: int, d: int = 6 * WIDTH) -> dict[str, np.ndarray]:
    rng = np.random.RandomState(seed)
    return {
        "w1": rng.randn(d, HIDDEN).astype(np.float32),
        "b1": rng.randn(HIDDEN).astype(np.float32),
        "w2": rng.randn(HIDDEN, 3).astype(np.float32),
        "b2": rng.randn(3).astype(np.float32),
    }


def shared(d: int = 6 * WIDTH) -> dict[str, np.ndarray]:
    rng = np.random.RandomState(99)
    return {"mu": rng.randn(d).astype(np.float32) * 0.1, "sd": (1 + rng.rand(d)).astype(np.float32)}


def stacked(seeds: list[int]) -> dict[str, np.ndarray]:
    members = [member(s) for s in seeds]
    return {k: np.stack([m[k] for m in members]) for k in members[0]} | shared()


def save(path: Path, params: dict[str, np.ndarray], meta: dict) -> Path:
    np.savez(path, **params, meta=np.array(json.dumps(meta)))
    return path


def test_an_ensemble_averages_its_members_probabilities() -> None:
    states = states_of(12)
    ensemble = SpanTagger(stacked([1, 2, 3]), "wide")
    singles = [SpanTagger(member(s) | shared(), "wide") for s in (1, 2, 3)]
    assert ensemble.members == 3
    want = np.mean([t.probs(states) for t in singles], axis=0)
    got = ensemble.probs(states)
    assert got.shape == (12, 3)
    assert np.allclose(got, want, atol=1e-6)
    assert np.allclose(got.sum(1), 1.0, atol=1e-6)


def test_one_stacked_member_reads_as_the_one_mlp_file() -> None:
    states = states_of(7)
    one = SpanTagger(member(4) | shared(), "wide")
    assert one.members == 1
    assert np.allclose(SpanTagger(stacked([4]), "wide").probs(states), one.probs(states), atol=1e-6)


def test_an_ensemble_file_loads_with_its_meta(tmp_path: Path) -> None:
    path = save(tmp_path / "t.npz", stacked([1, 2]), {"context": "wide", "members": 2})
    tagger = SpanTagger.load(path)
    assert (tagger.context, tagger.members) == ("wide", 2)


def test_a_meta_member_count_that_is_not_the_weights_is_refused(tmp_path: Path) -> None:
    path = save(tmp_path / "t.npz", stacked([1, 2]), {"context": "wide", "members": 3})
    with pytest.raises(ValueError, match="members"):
        SpanTagger.load(path)


@pytest.mark.parametrize(
    "broken",
    [
        {"w2": np.zeros((3, HIDDEN, 3), np.float32)},  # three second layers for two first ones
        {"b1": np.zeros((2, HIDDEN + 1), np.float32)},  # a bias of another width
        {"b2": np.zeros(3, np.float32)},  # a one-MLP bias in a stacked file
        {"sd": np.ones(6 * WIDTH - 1, np.float32)},  # a scale that is not the features' width
    ],
)
def test_weights_that_do_not_fit_together_are_refused(tmp_path: Path, broken: dict) -> None:
    path = save(tmp_path / "t.npz", stacked([1, 2]) | broken, {"context": "wide"})
    with pytest.raises(ValueError, match="do not fit"):
        SpanTagger.load(path)


def test_a_one_mlp_file_with_a_stacked_layer_is_refused() -> None:
    params = member(1) | shared() | {"w2": np.zeros((1, HIDDEN, 3), np.float32)}
    with pytest.raises(ValueError, match="do not fit"):
        SpanTagger(params, "wide")


def test_the_chunked_paths_agree_with_probs_beside_a_near_role_tagger() -> None:
    sentences = [states_of(n, seed=n) for n in (5, 9, 3, 14)]
    ensemble = SpanTagger(stacked([1, 2, 3]), "wide")
    near = SpanTagger(member(7, 3 * WIDTH) | shared(3 * WIDTH), "near")
    many = ensemble.probs_many(sentences, rows=10)
    heads = probs_many_heads([ensemble, near], sentences, rows=10)
    for s, a, b, r in zip(sentences, many, heads[0], heads[1], strict=True):
        assert np.allclose(a, ensemble.probs(s), atol=1e-6)
        assert np.allclose(b, ensemble.probs(s), atol=1e-6)
        assert np.allclose(r, near.probs(s), atol=1e-6)


def test_the_shipped_wide_tagger_loads() -> None:
    tagger = SpanTagger.load(Path(CAUSAL_DIR) / WIDE_TAGGER_FILE)
    assert tagger.context == "wide"
    assert tagger.w1.shape[0] == 6 * 384
    assert tagger.probs(np.zeros((4, 384), np.float32)).shape == (4, 3)
