"""Round 67 of issue 13 (docs/causal.md): a span-tagger training choice picked per outer fold by an inner hold-out.

- ``train_causal_spans.pick``: the grid entry with the best inner score, the earliest (the shipped one) on a tie, so
  an outer fold only leaves the shipped training when its own training folds say so.
- A loss weight above 1 on the cause/effect labels (``fit(..., hyper={"weights": (1, w, w)})``) moves probability
  from O to C/E on the same data and seed, and weights of 1 are the unweighted fit bit for bit.
- ``first_pairs`` (``cv``'s measure over some rows) counts a causal sentence once when its decoded pair matches a
  gold pair (token Jaccard >= 0.5 on both sides) and leaves non-causal sentences out.

Features are random numbers; no model or CNC data is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import train_causal_spans as T  # noqa: E402


def data(seed: int = 0, sentences: int = 40, pieces: int = 12, width: int = 6) -> tuple[list, list]:
    rng = np.random.RandomState(seed)
    feats = [rng.randn(pieces, width).astype(np.float32) for _ in range(sentences)]
    # O mostly, C and E tied (weakly) to the first two features
    labels = [np.where(f[:, 0] > 0.8, 1, np.where(f[:, 1] > 0.8, 2, 0)).astype(np.int64) for f in feats]
    return feats, labels


def mean_probs(params: dict, feats: list) -> np.ndarray:
    x = (np.concatenate([f[1:-1] for f in feats]) - params["mu"]) / params["sd"]
    h = np.maximum(x @ params["w1"] + params["b1"], 0)
    z = h @ params["w2"] + params["b2"]
    p = np.exp(z - z.max(1, keepdims=True))
    return (p / p.sum(1, keepdims=True)).mean(0)


def test_pick_takes_the_best_inner_score() -> None:
    assert T.pick({"shipped": 120, "variant": 131}) == "variant"
    assert T.pick({"shipped": 140, "variant": 131}) == "shipped"


def test_pick_keeps_the_shipped_entry_on_a_tie() -> None:
    assert T.pick({"shipped": 130, "variant": 130}) == "shipped"
    assert T.pick({"shipped": 1, "a": 2, "b": 2}) == "a"


def test_a_cause_effect_loss_weight_moves_probability_from_o() -> None:
    feats, labels = data()
    hyper = {"hidden": 8, "epochs": 3, "lr": 1e-2, "l2": 1e-4}
    plain = T.fit(feats, labels, seed=3, hyper=hyper)
    heavy = T.fit(feats, labels, seed=3, hyper=hyper | {"weights": (1.0, 3.0, 3.0)})
    p, q = mean_probs(plain, feats), mean_probs(heavy, feats)
    assert q[0] < p[0]
    assert q[1] + q[2] > p[1] + p[2]


def test_weights_of_one_are_the_unweighted_fit() -> None:
    feats, labels = data(1)
    hyper = {"hidden": 8, "epochs": 2, "lr": 1e-2, "l2": 1e-4}
    plain = T.fit(feats, labels, seed=5, hyper=hyper)
    ones = T.fit(feats, labels, seed=5, hyper=hyper | {"weights": (1.0, 1.0, 1.0)})
    for key in plain:
        assert np.array_equal(plain[key], ones[key])


def test_first_pairs_counts_causal_sentences_whose_pair_matches() -> None:
    text = "Prices rose because of the drought ."
    docs = [{"id": "a", "text": text}, {"id": "b", "text": text}, {"id": "c", "text": "Nothing happened ."}]
    gold = [
        {"pairs": [{"cause": "the drought", "effect": "Prices rose"}]},
        {"pairs": [{"cause": "the drought", "effect": "Prices rose"}]},
        {"pairs": []},
    ]
    spans = {
        "a": {"cause": [23, 34], "effect": [0, 11]},  # the gold pair
        "b": {"cause": [0, 11], "effect": [23, 34]},  # turned around
        "c": {"cause": [0, 7], "effect": [8, 17]},
    }
    assert text[23:34] == "the drought" and text[0:11] == "Prices rose"
    assert T.first_pairs(docs, gold, spans, [0, 1, 2]) == (1, 2)
    assert T.first_pairs(docs, gold, spans, [1]) == (0, 1)
