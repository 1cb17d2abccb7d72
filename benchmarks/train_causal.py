"""Re-train the causal sentence classifier shipped as ``src/detente/data/causal/classifier.json``.

Reads the Causal News Corpus V2 train set (``../shared/eval/cnc/train.docs.jsonl`` + ``train.gold.jsonl``,
CC0), parses each sentence with the project's spaCy model, turns it into the same sparse features the
component uses at run time (``detente.nlp.causal_extractor.sentence_features``) and fits an L2
logistic regression with scipy's L-BFGS. Pure numpy/scipy: no scikit-learn, no torch.

    .venv/bin/python benchmarks/train_causal.py            # writes the shipped weights
    .venv/bin/python benchmarks/train_causal.py --out /tmp/x  # somewhere else
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
CNC = ROOT.parent / "shared" / "eval" / "cnc"
sys.path.insert(0, str(ROOT / "src"))

from detente.nlp.causal_extractor import (  # noqa: E402
    CAUSAL_DIR,
    MINILM_FILE,
    WEIGHTS_FILE,
    load_lexicon,
    sentence_features,
)
from detente.nlp.causal_settings import MODEL_KEYS, CausalSettings  # noqa: E402
from detente.nlp.model import load_model  # noqa: E402

# Chosen once by 5-fold cross-validation on the train set (benchmarks/eval_causal.py --sweep).
L2 = 3.0
MIN_COUNT = 2
PRUNE = 1e-4


def load_cnc(cnc: Path = CNC) -> tuple[list[dict], list[dict]]:
    """The train sentences and their gold rows, in the same order."""
    with open(cnc / "train.docs.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    with open(cnc / "train.gold.jsonl", encoding="utf-8") as f:
        gold = {row["id"]: row for row in (json.loads(line) for line in f if line.strip())}
    return docs, [gold[d["id"]] for d in docs]


def parse(texts: list[str]) -> list:
    """Parse each CNC sentence as one spaCy Doc, treating it as a single sentence."""
    nlp = load_model()
    return list(nlp.pipe(texts, batch_size=128))


def featurize(parsed: list) -> list[list[str]]:
    lex = load_lexicon()
    return [sentence_features(doc[:], lex) for doc in parsed]


def build_matrix(feats: list[list[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
    rows, cols = [], []
    for r, fs in enumerate(feats):
        for c in {vocab[f] for f in fs if f in vocab}:
            rows.append(r)
            cols.append(c)
    data = np.ones(len(rows), dtype=np.float64)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(feats), len(vocab)))


def make_vocab(feats: list[list[str]], min_count: int = MIN_COUNT) -> dict[str, int]:
    counts = Counter(f for fs in feats for f in set(fs))
    names = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    return {f: i for i, f in enumerate(names)}


def fit_logreg(x: sparse.csr_matrix, y: np.ndarray, l2: float = L2, bias_col: int | None = None) -> np.ndarray:
    """Minimise mean log-loss + l2/n * ||w||^2 (bias not penalised) with L-BFGS."""
    n = x.shape[0]
    mask = np.ones(x.shape[1])
    if bias_col is not None:
        mask[bias_col] = 0.0
    ys = 2.0 * y - 1.0

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        m = ys * z
        lo = np.logaddexp(0.0, -m)
        g_m = -ys * (1.0 / (1.0 + np.exp(m)))
        grad = x.T @ g_m / n + 2.0 * l2 / n * mask * w
        return float(lo.mean() + l2 / n * np.sum(mask * w * w)), grad

    res = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return res.x


def train(feats: list[list[str]], y: np.ndarray, l2: float = L2, min_count: int = MIN_COUNT) -> dict[str, float]:
    vocab = make_vocab(feats, min_count)
    w = fit_logreg(build_matrix(feats, vocab), y, l2, vocab.get("bias"))
    return {f: float(w[i]) for f, i in vocab.items() if abs(w[i]) >= PRUNE}


def predict(weights: dict[str, float], feats: list[list[str]]) -> np.ndarray:
    z = np.array([sum(weights.get(f, 0.0) for f in set(fs)) for fs in feats])
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cnc", type=Path, default=CNC)
    ap.add_argument("--out", type=Path, default=CAUSAL_DIR)
    ap.add_argument("--threshold", type=float, default=0.4)
    ap.add_argument("--marker-threshold", type=float, default=0.1)
    ap.add_argument(
        "--implicit-threshold",
        type=float,
        default=0.6,
        help="classifier probability a sentence with no causal marker needs to yield a claim",
    )
    ap.add_argument("--subject-split-threshold", type=float, default=0.4)
    ap.add_argument(
        "--actor-split-threshold",
        type=float,
        default=1.0,
        help="probability at which an actor subject is split off as a cause; 1.0 = never",
    )
    ap.add_argument(
        "--gate",
        type=float,
        nargs=2,
        default=(0.1, 0.9),
        metavar=("LO", "HI"),
        help="linear probabilities in [LO, HI) are averaged with the MiniLM tier's",
    )
    ap.add_argument("--minilm-weight", type=float, default=0.6, help="the MiniLM tier's share of that average")
    args = ap.parse_args()
    docs, gold = load_cnc(args.cnc)
    parsed = parse([d["text"] for d in docs])
    feats = featurize(parsed)
    y = np.array([int(g["causal"]) for g in gold], dtype=np.float64)
    weights = train(feats, y)
    weights = {f: round(v, 5) for f, v in sorted(weights.items())}
    out = {
        "meta": {
            "model": "logistic regression (L2, L-BFGS) over sentence_features",
            "trained_on": "Causal News Corpus V2 train (tanfiona/CausalNewsCorpus, CC0), 3075 sentences",
            "l2": L2,
            "min_count": MIN_COUNT,
            "n_features": len(weights),
        },
        "threshold": args.threshold,
        "marker_threshold": args.marker_threshold,
        "implicit_threshold": args.implicit_threshold,
        "subject_split_threshold": args.subject_split_threshold,
        "actor_split_threshold": args.actor_split_threshold,
        # the second tier: adapters written by benchmarks/train_causal_lora.py train
        "ensemble": {"adapters": MINILM_FILE, "gate": list(args.gate), "minilm_weight": args.minilm_weight},
        "weights": weights,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / WEIGHTS_FILE
    if path.exists():  # the span tagger's settings (eval_causal.py cnc chooses them) are not this script's
        kept = {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if k not in out}
        weights_last = out.pop("weights")
        out.update(kept)
        out["weights"] = weights_last
    # the settings are checked against their one definition before the file is written (an unknown key fails here)
    CausalSettings.from_mapping({k: v for k, v in out.items() if k not in MODEL_KEYS}, str(path))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, separators=(",", ":"))
    print(f"wrote {path}: {len(weights)} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
