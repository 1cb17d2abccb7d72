"""Cause and effect spans tagged on the MiniLM token states: the learned half of pair extraction.

The causal sentence scorer already runs the adapted MiniLM encoder (``nlp/minilm.py``) over a sentence;
its last layer holds one 384-wide state per word piece. A small tagger (one hidden layer, numpy) reads
each piece's state with its neighbours' and says O (outside), C (cause) or E (effect). It was trained on
the cause/effect spans of the Causal News Corpus train set (subtask 2) by
``benchmarks/train_causal_spans.py``; its weights are ``data/causal/span_tagger.npz``.

Decoding keeps one pair per sentence: the contiguous run of pieces that most favours C (the sum of
log P(C) - log max(P(O), P(E))) is the cause, the same for E outside it is the effect, each widened to
whole words; with ``parse_span_bias`` set (round 13) the extractor chooses the spans again among the
parse's units from the per-piece scores (``piece_scores``, ``causal_tagging.parse_decoded``). The extractor
uses the tagger where its parse rules find no explicit marker pair, so a sentence the classifier is sure of
is not dropped for want of a clause split (docs/causal.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

TAGGER_FILE = "span_tagger.npz"
# round 19: the tagger trained on "wide" ``piece_features``, used where classifier.json's ``span_tagger`` names it
WIDE_TAGGER_FILE = "span_tagger_wide.npz"
LABELS = ("O", "C", "E")
CHUNK_ROWS = 1024  # word pieces per MLP pass in ``SpanTagger.probs_many``


# what ``piece_features`` adds beside a piece's own state: "near", the mean of the two pieces on each side
# (session 9); "wide" (round 19), also the mean of pieces 3-8 on each side and the sentence's mean state, so that
# the tagger sees which clause a piece sits in and what the rest of the sentence says
CONTEXTS = ("near", "wide")
_FAR = (3, 8)  # the far window, in pieces from the piece on either side


def feature_width(d: int, context: str = "near") -> int:
    """Columns of ``piece_features`` for states ``d`` wide: 3 d "near", 6 d "wide". The "near" columns are the
    first 3 d of the "wide" ones, so one "wide" matrix serves a "near" tagger too (``SpanTagger.read_many``)."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown tagger context {context!r}")
    return (3 if context == "near" else 6) * d


def piece_features(states: np.ndarray, context: str = "near", out: np.ndarray | None = None) -> np.ndarray:
    """Per piece: its state, and the mean of its left and of its right neighbours' (zeros at the edges); with
    ``context`` "wide" also the mean of the pieces 3 to 8 places to its left, of those 3 to 8 places to its right
    (zeros where there are none) and the mean of all the sentence's states.

    ``states`` is one sentence's (t, d) last-layer states, [CLS] and [SEP] included; the same function
    serves training and run time (the tagger file names its ``context``). ``out``: a (t, ``feature_width``)
    float32 array to write the features into (rows of a chunk of several sentences), saving two copies."""
    t, d = states.shape
    if out is None:
        out = np.empty((t, feature_width(d, context)), np.float32)
    elif out.shape != (t, feature_width(d, context)) or out.dtype != np.float32:
        raise ValueError(f"piece_features out must be float32 {(t, feature_width(d, context))}, not {out.shape}")
    for k, part in enumerate(_feature_parts(states, context)):
        out[:, k * d : (k + 1) * d] = part  # each part cast to float32 as it is copied in
    return out


def _feature_parts(states: np.ndarray, context: str) -> Iterator[np.ndarray]:
    """The (t, d) blocks of ``piece_features``, left to right, in the states' dtype."""
    t, d = states.shape
    left = np.zeros_like(states)
    right = np.zeros_like(states)
    left[1:] = states[:-1]
    right[:-1] = states[1:]
    left2 = np.zeros_like(states)
    right2 = np.zeros_like(states)
    left2[2:] = states[:-2]
    right2[:-2] = states[2:]
    yield states
    yield (left + left2) / 2
    yield (right + right2) / 2
    if context == "wide":
        near, far = _FAR
        sums = np.cumsum(np.vstack([np.zeros((1, d), states.dtype), states]), 0)
        i = np.arange(t)
        for lo, hi in (
            (np.maximum(0, i - far), np.maximum(0, i - near + 1)),
            (np.minimum(t, i + near), np.minimum(t, i + far + 1)),
        ):
            n = (hi - lo).astype(np.float32)
            mean = (sums[hi] - sums[lo]) / np.maximum(n, 1)[:, None]
            yield np.where((n > 0)[:, None], mean, 0).astype(states.dtype)
        yield np.repeat(states.mean(0, keepdims=True), t, 0)


class SpanTagger:
    """An MLP over ``piece_features``: relu hidden layer, softmax over O/C/E; or (round 66) several such MLPs
    on the same normalised features, the mean of their probabilities. A file of several holds ``w1`` (k, d, h),
    ``b1`` (k, h), ``w2`` (k, h, 3), ``b2`` (k, 3) stacked on a first axis, one ``mu`` / ``sd`` (d,)."""

    def __init__(self, params: dict[str, np.ndarray], context: str = "near") -> None:
        self.context = context  # which ``piece_features`` the weights were trained on
        w1, b1, w2, b2 = (np.asarray(params[k], np.float32) for k in ("w1", "b1", "w2", "b2"))
        self.mu = params["mu"].astype(np.float32)
        self.sd = params["sd"].astype(np.float32)
        stacked = w1.ndim == 3
        k = len(w1) if stacked else 1
        d, h = w1.shape[-2:]
        want = {"w1": (k, d, h), "b1": (k, h), "w2": (k, h, 3), "b2": (k, 3)} if stacked else {}
        want = want or {"w1": (d, h), "b1": (h,), "w2": (h, 3), "b2": (3,)}
        got = {"w1": w1.shape, "b1": b1.shape, "w2": w2.shape, "b2": b2.shape}
        if got != want or self.mu.shape != (d,) or self.sd.shape != (d,) or k < 1:
            raise ValueError(f"span tagger weights do not fit together: {got}, mu {self.mu.shape}, sd {self.sd.shape}")
        self.members = k
        # the members' first layers side by side: one GEMM for all of them
        self.w1 = np.ascontiguousarray(np.concatenate(list(w1), axis=1)) if stacked else w1
        self.b1 = b1.reshape(-1)
        self.w2 = w2[0] if stacked and k == 1 else w2  # one member reads as the one-MLP file
        self.b2 = b2[0] if stacked and k == 1 else b2

    @classmethod
    def load(cls, path: Path | str) -> SpanTagger:
        with np.load(path) as z:
            meta = json.loads(str(z["meta"])) if "meta" in z.files else {}
            tagger = cls({k: z[k] for k in z.files if k != "meta"}, str(meta.get("context", "near")))
        if "members" in meta and meta["members"] != tagger.members:
            raise ValueError(f"{path}: meta says {meta['members']} members, the weights hold {tagger.members}")
        return tagger

    def probs(self, states: np.ndarray) -> np.ndarray:
        """(t, 3) label probabilities for one sentence's token states."""
        return self._mlp(self._normalised(piece_features(states, self.context)))

    def _normalised(self, x: np.ndarray) -> np.ndarray:
        """``(x - mu) / sd`` for the features ``x`` (this tagger's context's columns), in place."""
        x -= self.mu
        x /= self.sd
        return x

    def _mlp(self, x: np.ndarray) -> np.ndarray:
        """(rows, 3) label probabilities from normalised features: relu hidden layer, softmax (the mean over the
        members of several). One MLP: the same float32 operations in the same order as written out in one
        expression, without its temporaries."""
        h = x @ self.w1
        h += self.b1
        np.maximum(h, 0.0, out=h)
        if self.members == 1:
            return _softmax(h @ self.w2, self.b2)
        width = h.shape[1] // self.members
        p = np.zeros((len(x), 3), np.float32)
        for m in range(self.members):
            p += _softmax(h[:, m * width : (m + 1) * width] @ self.w2[m], self.b2[m])
        p /= self.members
        return p

    def probs_many(self, states: list[np.ndarray], rows: int = CHUNK_ROWS) -> list[np.ndarray]:
        """``probs`` of several sentences, the MLP run over their pieces stacked in chunks of about ``rows``
        rows: two GEMMs per chunk instead of two per sentence (under load each small threaded GEMM waited for
        a busy core: 245 sentences took 0.45-4.2 s one by one, 0.14-0.27 s in chunks of 1,024 rows; one
        chunk of all 7,000 rows was slower again, its arrays no longer in cache). Neighbour features stay
        within a sentence; a row's values agree with the one-sentence pass to float rounding (~1e-6)."""
        return probs_many_heads([self], states, rows)[0]

    def spans(self, states: np.ndarray, offsets: list[tuple[int, int]]) -> dict[str, Any] | None:
        """The sentence's (cause, effect) as character ranges of the encoded text, or None."""
        return decode(self.probs(states), offsets)

    def read(self, states: np.ndarray, offsets: list[tuple[int, int]]) -> dict[str, Any]:
        """What the extractor takes from the tagger for one sentence: the decoded pair (``cause``,
        ``effect`` and their scores; absent when none decodes) and ``roles``, every piece's cause-vs-effect
        log-odds (``role_log_odds``), by which a rule pair's direction is checked."""
        probs = self.probs(states)
        return {
            **(decode(probs, offsets) or {}),
            "roles": role_log_odds(probs, offsets),
            "pieces": piece_scores(probs, offsets),
        }

    def roles_many(self, encoded: list[tuple[np.ndarray, list[tuple[int, int]]]]) -> list[list[tuple[int, int, float]]]:
        """Only the ``roles`` of ``read_many``: where another tagger's roles decide directions (round 20)."""
        probs = self.probs_many([states for states, _ in encoded])
        return [role_log_odds(p, offsets) for p, (_, offsets) in zip(probs, encoded, strict=True)]

    def read_many(
        self, encoded: list[tuple[np.ndarray, list[tuple[int, int]]]], role_tagger: SpanTagger | None = None
    ) -> list[dict[str, Any]]:
        """``read`` of several sentences ((states, offsets) each), the MLP run once over all of them. With
        ``role_tagger`` the ``roles`` are that tagger's (round 20: ``roles_many``), both heads run on one
        feature matrix per chunk (``probs_many_heads``)."""
        states = [s for s, _ in encoded]
        probs, role_probs = (
            probs_many_heads([self, role_tagger], states) if role_tagger is not None else [self.probs_many(states)] * 2
        )
        return [
            {**(decode(p, offsets) or {}), "roles": role_log_odds(r, offsets), "pieces": piece_scores(p, offsets)}
            for p, r, (_, offsets) in zip(probs, role_probs, encoded, strict=True)
        ]


def _softmax(z: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Row softmax of ``z + bias``, computed in ``z``'s own memory."""
    z += bias
    z -= z.max(1, keepdims=True)
    p = np.exp(z, out=z)
    p /= p.sum(1, keepdims=True)
    return p


def probs_many_heads(
    taggers: list[SpanTagger], states: list[np.ndarray], rows: int = CHUNK_ROWS
) -> list[list[np.ndarray]]:
    """``probs_many`` of each of ``taggers`` over the same sentences (the span tagger and the role tagger, round
    20), in the same chunks: the features are built once per chunk in the widest context, whose first columns are
    every narrower context's (``feature_width``), and each head normalises its columns of them. A head's values
    are those of its own ``probs_many``, bit for bit: the same float32 operations on the same chunk."""
    out: list[list[np.ndarray]] = [[] for _ in taggers]
    if not states:
        return out
    d = states[0].shape[1]
    context = max((t.context for t in taggers), key=lambda c: feature_width(d, c))
    width = feature_width(d, context)
    # the widest head last: it may normalise the shared matrix in place once the narrower ones have copied theirs
    order = sorted(range(len(taggers)), key=lambda k: feature_width(d, taggers[k].context))
    start = 0
    while start < len(states):
        end, size = start, 0
        while end < len(states) and (size == 0 or size + len(states[end]) <= rows):
            size += len(states[end])
            end += 1
        lengths = [len(s) for s in states[start:end]]
        x = np.empty((size, width), np.float32)
        at = 0
        for s in states[start:end]:
            piece_features(s, context, x[at : at + len(s)])
            at += len(s)
        for n, k in enumerate(order):
            cols = feature_width(d, taggers[k].context)
            mine = x if n == len(order) - 1 and cols == width else x[:, :cols].copy()
            out[k].extend(np.split(taggers[k]._mlp(taggers[k]._normalised(mine)), np.cumsum(lengths)[:-1]))
        start = end
    return out


def _best_run(score: np.ndarray, allowed: np.ndarray) -> tuple[int, int, float] | None:
    """The contiguous run of allowed positions with the largest score sum (Kadane), as (i, j+1, sum)."""
    best: tuple[int, int, float] | None = None
    run_start, run_sum = -1, 0.0
    # Python lists, not numpy scalars, in the loop: the same float values, fewer objects made
    for i, (s, ok) in enumerate(zip(score.tolist(), allowed.tolist(), strict=True)):
        if not ok:
            run_start, run_sum = -1, 0.0
            continue
        if run_start < 0 or run_sum <= 0:
            run_start, run_sum = i, float(s)
        else:
            run_sum += float(s)
        if best is None or run_sum > best[2]:
            best = (run_start, i + 1, run_sum)
    return best


def role_log_odds(probs: np.ndarray, offsets: list[tuple[int, int]]) -> list[tuple[int, int, float]]:
    """(start, end, log P(C) - log P(E)) for each word piece of the text ([CLS]/[SEP] left out): positive
    where the tagger reads the piece as part of a cause rather than an effect."""
    logp = np.log(np.maximum(probs, 1e-9))
    odds = (logp[:, 1] - logp[:, 2]).tolist()  # the same values as per-piece scalars, without a numpy scalar each
    return [(a, b, odds[k]) for k, (a, b) in enumerate(offsets) if b > a]


def piece_scores(probs: np.ndarray, offsets: list[tuple[int, int]]) -> list[tuple[int, int, float, float]]:
    """(start, end, cause score, effect score) for each word piece ([CLS]/[SEP] left out), each score
    log P(label) - log max(P(other labels)) as ``decode`` sums them: what a parse-constrained decoder
    (``causal_tagging.parse_decoded``) sums over its candidate phrases."""
    logp = np.log(np.maximum(probs, 1e-9))
    c = logp[:, 1] - np.maximum(logp[:, 0], logp[:, 2])
    e = logp[:, 2] - np.maximum(logp[:, 0], logp[:, 1])
    cs, es = c.tolist(), e.tolist()  # Python floats of the same values, two lists rather than a scalar per piece
    return [(a, b, cs[k], es[k]) for k, (a, b) in enumerate(offsets) if b > a]


def role_vote(roles: list[tuple[int, int, float]], cause: tuple[int, int], effect: tuple[int, int]) -> float | None:
    """How much the tagger agrees with a pair's direction: the mean cause-vs-effect log-odds of the pieces
    inside the cause's character range minus that of the pieces inside the effect's. Below zero the tagger
    reads the cause as the effect and the effect as the cause; None when a side holds no piece."""

    def mean(lo: int, hi: int) -> float | None:
        inside = [v for a, b, v in roles if lo <= a and b <= hi]
        return sum(inside) / len(inside) if inside else None

    c, e = mean(*cause), mean(*effect)
    return None if c is None or e is None else c - e


def decode(probs: np.ndarray, offsets: list[tuple[int, int]]) -> dict[str, Any] | None:
    """One cause and one effect from per-piece probabilities: the best-scoring run of each label (the
    effect outside the cause), widened to whole words. None when either label wins nowhere."""
    logp = np.log(np.maximum(probs, 1e-9))
    real = np.array([b > a for a, b in offsets])  # not [CLS]/[SEP]
    out: dict[str, Any] = {}
    taken = np.zeros(len(offsets), dtype=bool)
    for k, name in ((1, "cause"), (2, "effect")):
        others = np.delete(logp, k, axis=1).max(1)
        score = logp[:, k] - others
        if not (score[real & ~taken] > 0).any():
            return None
        run = _best_run(score, real & ~taken)
        if run is None:
            return None
        i, j, total = run
        taken[i:j] = True
        out[name] = (offsets[i][0], offsets[j - 1][1])
        out[name + "_score"] = total
    # the two spans must not overlap once widened to words
    (c0, c1), (e0, e1) = out["cause"], out["effect"]
    if c0 < e1 and e0 < c1:
        return None
    return out
