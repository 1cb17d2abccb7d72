"""Issue 14, session 13, speed6 (docs/scaling.md): the causal stage's fast paths give what the plain paths give.

- ``causal_spans.probs_many_heads``: the span tagger and the role tagger (round 20) run on one feature matrix per
  chunk. Each head's probabilities are those of its own ``probs_many`` bit for bit and agree with the MLP written
  out here in plain numpy; ``read_many(encoded, role_tagger)`` is ``read_many`` with the role tagger's
  ``roles_many`` in place of its own roles.
- ``piece_features(..., out=)`` writes the same values into a chunk's rows; the "near" columns are the first of
  the "wide" ones (reference: the neighbour means taken piece by piece here).
- ``CausalExtractor._memoized``: block reasons and clause splits are read once per sentence while its batch is
  coded; the claims equal those coded with the memo off, each call gets its own claim dicts, and no memo stays on
  a document once the stage has given it back.

Sentences are made up for the test; the component tests need the MiniLM package (the tagger runs on it).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import _ACTIVE_MEMO, CAUSAL_DIR, CausalExtractor, _memo_active
from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_spans import (
    TAGGER_FILE,
    WIDE_TAGGER_FILE,
    SpanTagger,
    feature_width,
    piece_features,
    probs_many_heads,
)

WIDTH = 384  # MiniLM's state width, which the shipped taggers read


@pytest.fixture(scope="module")
def wide() -> SpanTagger:
    return SpanTagger.load(CAUSAL_DIR / WIDE_TAGGER_FILE)


@pytest.fixture(scope="module")
def near() -> SpanTagger:
    return SpanTagger.load(CAUSAL_DIR / TAGGER_FILE)


@pytest.fixture(scope="module")
def sentences() -> list[np.ndarray]:
    """Token states of sentences of uneven length, one of a single piece (the edges meet)."""
    rng = np.random.RandomState(6)
    return [rng.randn(n, WIDTH).astype(np.float32) for n in (1, 5, 23, 40, 2, 17, 64, 9)]


def near_reference(states: np.ndarray) -> np.ndarray:
    """Each piece's state, the mean of the two pieces to its left and of the two to its right (a missing piece
    counts as zeros), taken piece by piece."""
    t, d = states.shape
    zero = np.zeros(d, np.float32)

    def at(i: int) -> np.ndarray:
        return states[i] if 0 <= i < t else zero

    return np.array(
        [np.concatenate([at(i), (at(i - 1) + at(i - 2)) / 2, (at(i + 1) + at(i + 2)) / 2]) for i in range(t)]
    )


def mlp_reference(tagger: SpanTagger, features: np.ndarray) -> np.ndarray:
    """The tagger's MLP in plain numpy: normalise, relu hidden layer, softmax over O/C/E; the mean over the
    members of an ensemble (round 66: their first layers side by side in ``w1``, ``w2`` / ``b2`` stacked)."""
    x = (features.astype(np.float64) - tagger.mu) / tagger.sd
    h = np.maximum(x @ tagger.w1 + tagger.b1, 0.0)
    w2 = tagger.w2.reshape(tagger.members, -1, 3)
    b2 = tagger.b2.reshape(tagger.members, 3)
    width = h.shape[1] // tagger.members
    out = np.zeros((len(x), 3))
    for m in range(tagger.members):
        z = h[:, m * width : (m + 1) * width] @ w2[m] + b2[m]
        e = np.exp(z - z.max(1, keepdims=True))
        out += e / e.sum(1, keepdims=True)
    return out / tagger.members


def test_near_features_are_the_first_columns_of_the_wide_ones(sentences: list[np.ndarray]) -> None:
    assert feature_width(WIDTH, "near") == 3 * WIDTH and feature_width(WIDTH, "wide") == 6 * WIDTH
    for states in sentences:
        wide_features = piece_features(states, "wide")
        assert wide_features.shape == (len(states), 6 * WIDTH)
        assert np.allclose(wide_features[:, : 3 * WIDTH], near_reference(states), atol=1e-6)
        assert np.array_equal(wide_features[:, : 3 * WIDTH], piece_features(states, "near"))


def test_features_written_into_a_chunk_are_the_same(sentences: list[np.ndarray]) -> None:
    chunk = np.full((sum(len(s) for s in sentences), 6 * WIDTH), np.nan, np.float32)
    at = 0
    for states in sentences:
        piece_features(states, "wide", chunk[at : at + len(states)])
        assert np.array_equal(chunk[at : at + len(states)], piece_features(states, "wide"))
        at += len(states)
    assert not np.isnan(chunk).any()
    with pytest.raises(ValueError, match="float32"):
        piece_features(sentences[2], "near", chunk[: len(sentences[2])])  # wide rows given to near features


@pytest.mark.parametrize("rows", [1, 64, 1024])
def test_two_heads_on_one_matrix_give_each_head_its_own_probabilities(
    wide: SpanTagger, near: SpanTagger, sentences: list[np.ndarray], rows: int
) -> None:
    both = probs_many_heads([wide, near], sentences, rows)
    turned = probs_many_heads([near, wide], sentences, rows)  # the narrower head first: same values
    for k, tagger in enumerate((wide, near)):
        alone = tagger.probs_many(sentences, rows)
        assert len(both[k]) == len(alone) == len(sentences)
        for p, q, r, states in zip(both[k], alone, turned[1 - k], sentences, strict=True):
            assert np.array_equal(p, q) and np.array_equal(p, r)
            assert np.allclose(p, mlp_reference(tagger, piece_features(states, tagger.context)), atol=1e-5)
    assert probs_many_heads([wide, near], [], rows) == [[], []]


def test_read_many_with_the_role_tagger_is_the_read_with_its_roles(
    wide: SpanTagger, near: SpanTagger, sentences: list[np.ndarray]
) -> None:
    encoded = [
        (s, [(0, 0)] + [(4 * i, 4 * i + 3) for i in range(1, len(s) - 1)] + [(0, 0)]) for s in sentences if len(s) > 2
    ]
    plain = wide.read_many(encoded)
    for read, roles in zip(plain, near.roles_many(encoded), strict=True):
        assert read["roles"] != roles  # the two heads read the pieces differently: the swap is seen
        read["roles"] = roles
    assert wide.read_many(encoded, near) == plain


TEXTS = [
    "Because the harvest failed, bread prices rose across the region.",
    "Despite the new sanctions, exports grew again in March.",
    "The drivers went on strike, demanding higher pay and shorter shifts.",
    "Did the new tariffs cause the shortage of steel?",
    "The teachers are protesting the cuts to school budgets.",
    "Heavy rain flooded the valley roads, forcing dozens of families to leave.\nThe storm also cut power lines.",
    "Fuel prices rose sharply after the refinery closed, and the truckers blocked the highway.",
]


@pytest.fixture(scope="module")
def causal(parse: Language) -> CausalExtractor:
    comp = CausalExtractor(parse, "causal_extractor")
    if comp.tagger is None:
        pytest.skip("the span tagger needs the MiniLM encoder")
    return comp


def coded(parse: Language, comp: CausalExtractor) -> list[list[dict[str, Any]]]:
    return [list(doc._.causal) for doc in comp.pipe([parse(t) for t in TEXTS], batch_size=3)]


def test_claims_with_the_memo_are_those_without(
    parse: Language, causal: CausalExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    splits: Counter[tuple[Any, ...]] = Counter()
    plain_fallback = Extractor.fallback

    def counted(ex: Extractor, sent: Any, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        splits[(sent.doc.text, sent.start, args, tuple(sorted(kwargs.items())))] += 1
        return plain_fallback(ex, sent, *args, **kwargs)

    monkeypatch.setattr(Extractor, "fallback", counted)
    with_memo = coded(parse, causal)
    assert splits and max(splits.values()) == 1  # every split computed once per sentence and arguments
    assert any(with_memo)
    monkeypatch.setattr(CausalExtractor, "_memoized", lambda self, sent, what, compute: compute())
    splits.clear()
    assert coded(parse, causal) == with_memo
    assert max(splits.values()) > 1  # without it the same split is asked for again


def test_the_memo_gives_fresh_claims_and_leaves_with_the_batch(parse: Language, causal: CausalExtractor) -> None:
    doc = parse("The drivers went on strike, demanding higher pay and shorter shifts.")
    sent = next(iter(doc.sents))
    with _memo_active({}):  # as ``_start`` and ``_finish`` run (speed7: the memo is the batch's, not the doc's)
        first = causal._fallback(sent, every=True)
        assert first == causal.extractor.fallback(sent, every=True) and first
        first[0]["implicit"] = True  # callers mark the claims they keep
        again = causal._fallback(sent, every=True)
        assert "implicit" not in again[0] and again[0] is not first[0]
        assert causal._block_reasons(sent) == causal.extractor.block_reasons(sent) == set()
    question = next(iter(parse("Did the new tariffs cause the shortage of steel?").sents))
    assert causal._block_reasons(question) == {"question"}  # no batch memo active: computed directly
    for done in causal.pipe([doc, parse("Despite the new sanctions, exports grew again in March.")]):
        assert _ACTIVE_MEMO.get() is None
        assert all(isinstance(key, tuple) and key[0] == "._." for key in done.user_data)  # extension values only
