"""Issue 13 round 82 (session 32, spans5): the span taggers refitted on an earlier encoder layer's token states.

    .venv/bin/python benchmarks/spans_layer_cv.py fit --layer 4 --context wide --folds 0 1 2   # a slice of the 5 folds
    .venv/bin/python benchmarks/spans_layer_cv.py merge --layer 4    # the slices -> build/layers4/cnc_span_oof*.json
    .venv/bin/python benchmarks/spans_layer_cv.py train --layer 4 --context wide   # -> span_tagger_wide_l4.npz

``fit`` runs ``train_causal_spans.cv`` itself (its hyperparameters, decoder and fold seeds: fold f is seeded f, as in
the unsliced run) over build/layers<k>/cnc_span_states.npz (the k-th layer's CNC train token states: copy them from
speed14's ``bench_encoder_layers.py encode``, build/layers<k>/; equal, to float16 storage, to the second output of
the one-pass plumbing of commit c96b4227, reverted) on some of the five folds, so slices can run side by side;
``merge`` joins the slices into build/layers<k>/cnc_span_oof*.{json,npz}, which ``eval_causal.py cnc`` reads for
its round-82 rows; ``train`` writes a tagger file into data/causal/ (not shipped: delete it after use). Training
data: CNC train only.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def fit(layer: int, context: str, only: list[int]) -> None:
    import eval_causal
    import train_causal_spans as T

    every = eval_causal.folds
    if only != list(range(only[0], only[-1] + 1)):
        raise SystemExit("--folds must be consecutive")
    eval_causal.folds = lambda n, k=5, seed=0: every(n, k, seed)[only[0] : only[-1] + 1]
    out = BUILD / f"layers{layer}" / f"{context}_f{''.join(map(str, only))}"
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(BUILD / "cnc_train_gold_clean.jsonl", out / "cnc_train_gold_clean.jsonl")
    T.STATES = BUILD / f"layers{layer}" / "cnc_span_states.npz"
    T.BUILD = out
    T.CONTEXT = context
    T.cv(seed_offset=only[0])  # fold f seeded f, as in the five-fold run


def merge(layer: int) -> None:
    import train_causal_spans as T
    from eval_causal import folds

    T.STATES = BUILD / f"layers{layer}" / "cnc_span_states.npz"
    docs, gold, _ = T.load()
    _, _, _, ids = T.read_states()
    for context, tail in (("wide", ""), ("near", "_near")):
        spans: dict[str, dict] = {}
        probs: list[np.ndarray | None] = [None] * len(ids)
        for part in sorted((BUILD / f"layers{layer}").glob(f"{context}_f*")):
            spans |= json.loads((part / "cnc_span_oof.json").read_text())
            z = np.load(part / "cnc_span_oof_probs.npz")
            for i, p in enumerate(np.split(z["probs"], np.cumsum(z["lengths"])[:-1])):
                if len(p):
                    probs[i] = p
        lengths = [0 if p is None else len(p) for p in probs]
        (BUILD / f"layers{layer}" / f"cnc_span_oof{tail}.json").write_text(json.dumps(spans))
        np.savez_compressed(
            BUILD / f"layers{layer}" / f"cnc_span_oof_probs{tail}.npz",
            probs=np.concatenate([p for p in probs if p is not None]).astype(np.float32),
            lengths=lengths,
        )
        per_fold = [T.first_pairs(docs, gold, spans, test.tolist()) for test in folds(len(docs))]
        print(json.dumps({"context": context, "sentences_with_spans": len(spans), "first_pairs_per_fold": per_fold}))


def train(layer: int, context: str) -> None:
    """The tagger of ``context`` fit on all clean CNC train sentences' layer-``layer`` states (``train_causal_spans
    .train``), written as span_tagger_l<k>.npz (near) or span_tagger_wide_l<k>.npz (wide), its meta naming the layer."""
    import train_causal_spans as T

    T.STATES = BUILD / f"layers{layer}" / "cnc_span_states.npz"
    T.CONTEXT = context
    name = f"span_tagger{'_wide' if context == 'wide' else ''}_l{layer}.npz"
    T.TAGGER_FILE = T.WIDE_TAGGER_FILE = name
    T.train()
    path = T.CAUSAL_DIR / name
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files}
    meta = json.loads(str(arrays.pop("meta"))) | {"layer": layer}
    np.savez_compressed(path, **arrays, meta=np.array(json.dumps(meta)))
    print(json.dumps(meta))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["fit", "merge", "train"])
    ap.add_argument("--layer", type=int, required=True)
    ap.add_argument("--context", choices=["wide", "near"], default="wide")
    ap.add_argument("--folds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    args = ap.parse_args()
    if args.what == "fit":
        fit(args.layer, args.context, args.folds)
    elif args.what == "train":
        train(args.layer, args.context)
    else:
        merge(args.layer)


if __name__ == "__main__":
    main()
