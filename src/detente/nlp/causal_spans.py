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


def piece_features(states: np.ndarray, context: str = "near") -> np.ndarray:
    """Per piece: its state, and the mean of its left and of its right neighbours' (zeros at the edges); with
    ``context`` "wide" also the mean of the pieces 3 to 8 places to its left, of those 3 to 8 places to its right
    (zeros where there are none) and the mean of all the sentence's states.

    ``states`` is one sentence's (t, d) last-layer states, [CLS] and [SEP] included; the same function
    serves training and run time (the tagger file names its ``context``)."""
    if context not in CONTEXTS:
        raise ValueError(f"unknown tagger context {context!r}")
    t, d = states.shape
    left = np.zeros_like(states)
    right = np.zeros_like(states)
    left[1:] = states[:-1]
    right[:-1] = states[1:]
    left2 = np.zeros_like(states)
    right2 = np.zeros_like(states)
    left2[2:] = states[:-2]
    right2[:-2] = states[2:]
    parts = [states, (left + left2) / 2, (right + right2) / 2]
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
            parts.append(np.where((n > 0)[:, None], mean, 0).astype(states.dtype))
        parts.append(np.repeat(states.mean(0, keepdims=True), t, 0))
    return np.concatenate(parts, axis=1).astype(np.float32)


class SpanTagger:
    """An MLP over ``piece_features``: relu hidden layer, softmax over O/C/E."""

    def __init__(self, params: dict[str, np.ndarray], context: str = "near") -> None:
        self.context = context  # which ``piece_features`` the weights were trained on
        self.w1 = params["w1"].astype(np.float32)
        self.b1 = params["b1"].astype(np.float32)
        self.w2 = params["w2"].astype(np.float32)
        self.b2 = params["b2"].astype(np.float32)
        self.mu = params["mu"].astype(np.float32)
        self.sd = params["sd"].astype(np.float32)

    @classmethod
    def load(cls, path: Path | str) -> SpanTagger:
        with np.load(path) as z:
            meta = json.loads(str(z["meta"])) if "meta" in z.files else {}
            return cls({k: z[k] for k in z.files if k != "meta"}, str(meta.get("context", "near")))

    def probs(self, states: np.ndarray) -> np.ndarray:
        """(t, 3) label probabilities for one sentence's token states."""
        x = (piece_features(states, self.context) - self.mu) / self.sd
        h = np.maximum(x @ self.w1 + self.b1, 0.0)
        z = h @ self.w2 + self.b2
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(1, keepdims=True)

    def probs_many(self, states: list[np.ndarray], rows: int = CHUNK_ROWS) -> list[np.ndarray]:
        """``probs`` of several sentences, the MLP run over their pieces stacked in chunks of about ``rows``
        rows: two GEMMs per chunk instead of two per sentence (under load each small threaded GEMM waited for
        a busy core: 245 sentences took 0.45-4.2 s one by one, 0.14-0.27 s in chunks of 1,024 rows; one
        chunk of all 7,000 rows was slower again, its arrays no longer in cache). Neighbour features stay
        within a sentence; a row's values agree with the one-sentence pass to float rounding (~1e-6)."""
        out: list[np.ndarray] = []
        start = 0
        while start < len(states):
            end, size = start, 0
            while end < len(states) and (size == 0 or size + len(states[end]) <= rows):
                size += len(states[end])
                end += 1
            x = np.concatenate([piece_features(s, self.context) for s in states[start:end]])
            x = (x - self.mu) / self.sd
            h = np.maximum(x @ self.w1 + self.b1, 0.0)
            z = h @ self.w2 + self.b2
            z -= z.max(1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(1, keepdims=True)
            out.extend(np.split(p, np.cumsum([len(s) for s in states[start:end]])[:-1]))
            start = end
        return out

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

    def read_many(self, encoded: list[tuple[np.ndarray, list[tuple[int, int]]]]) -> list[dict[str, Any]]:
        """``read`` of several sentences ((states, offsets) each), the MLP run once over all of them."""
        probs = self.probs_many([states for states, _ in encoded])
        return [
            {**(decode(p, offsets) or {}), "roles": role_log_odds(p, offsets), "pieces": piece_scores(p, offsets)}
            for p, (_, offsets) in zip(probs, encoded, strict=True)
        ]


def _best_run(score: np.ndarray, allowed: np.ndarray) -> tuple[int, int, float] | None:
    """The contiguous run of allowed positions with the largest score sum (Kadane), as (i, j+1, sum)."""
    best: tuple[int, int, float] | None = None
    run_start, run_sum = -1, 0.0
    for i, (s, ok) in enumerate(zip(score, allowed, strict=True)):
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
    return [(a, b, float(logp[k, 1] - logp[k, 2])) for k, (a, b) in enumerate(offsets) if b > a]


def piece_scores(probs: np.ndarray, offsets: list[tuple[int, int]]) -> list[tuple[int, int, float, float]]:
    """(start, end, cause score, effect score) for each word piece ([CLS]/[SEP] left out), each score
    log P(label) - log max(P(other labels)) as ``decode`` sums them: what a parse-constrained decoder
    (``causal_tagging.parse_decoded``) sums over its candidate phrases."""
    logp = np.log(np.maximum(probs, 1e-9))
    c = logp[:, 1] - np.maximum(logp[:, 0], logp[:, 2])
    e = logp[:, 2] - np.maximum(logp[:, 0], logp[:, 1])
    return [(a, b, float(c[k]), float(e[k])) for k, (a, b) in enumerate(offsets) if b > a]


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
