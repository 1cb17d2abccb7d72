"""Issue 14 item 5 (session 32, speed14): the MiniLM encoder cut to its first k layers, heads refitted, measured.

    .venv/bin/python benchmarks/bench_encoder_layers.py encode   # speed per k; CNC train states -> build/layers<k>/
    .venv/bin/python benchmarks/bench_encoder_layers.py sentence # the sentence tier's figures per k
    .venv/bin/python benchmarks/bench_encoder_layers.py spans    # wide span tagger CV refitted per k (and k = 6)
    .venv/bin/python benchmarks/bench_encoder_layers.py ratio --words 20000 --repeats 3   # bench_pipeline ratio

The shipped encoder (``nlp/minilm.py``, LoRA merged) has 6 layers; "k layers" runs the same graph over the first
k of them (``onnx_session(weights, heads, k)``) and reads the k-th layer's output as the token states. The LoRA
itself cannot be retrained (torch is not installed), so, as in speed11 (``bench_int8_heads.py``), the change is
carried onto the per-fold LoRA out-of-fold logits (``results/cnc_lora_oof.json``) as a logit shift: for each CNC
train sentence, the logit of a head refitted on k-layer pooled vectors to the shipped 6-layer logits (least
squares, out of fold on ``eval_causal.folds``, no labels) minus the shipped logit. The span tagger is refitted on
k-layer token states by ``train_causal_spans.cv`` itself (its folds, seeds, hyperparameters; wide context).
``ratio``: bench_pipeline's ``ratio_only`` over one process holding bare spaCy and the full coder, whose encoder
session is swapped per run between 6 layers and k layers (interleaved, best of ``--repeats``); the k-layer run
keeps the shipped heads, so only its time means anything. Training data: CNC train (build/), nothing held out.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from detente.nlp import minilm  # noqa: E402
from detente.nlp.causal_extractor import CAUSAL_DIR, MINILM_FILE  # noqa: E402

LAYERS = (5, 4, 3)


def sessions(ref: minilm.MiniLM, ks: tuple[int, ...]) -> dict[int, object]:
    """One onnxruntime session per k over the first k layers (the later layers' weights left out of it)."""

    def first(k: int) -> dict[str, np.ndarray]:
        late = tuple(f"encoder.layer.{i}." for i in range(k, ref.layers))
        return {n: v for n, v in ref.w.items() if not n.startswith(late)}

    return {k: minilm.onnx_session(first(k), ref.heads, k) for k in ks}


def encode(argv: argparse.Namespace) -> None:
    from train_causal import load_cnc
    from train_causal_spans import save_states

    docs, gold = load_cnc()
    texts = [d["text"] for d in docs]
    ref = minilm.MiniLM.load(CAUSAL_DIR / MINILM_FILE, backend="numpy")
    model = minilm.MiniLM.load(CAUSAL_DIR / MINILM_FILE, backend="onnx")
    runs = sessions(ref, (6, *LAYERS))

    def run(k: int, batch: list[str]) -> list[minilm.Encoded]:
        model.session = runs[k]
        return minilm.encode_texts(model, batch)

    speed = texts[: argv.speed_texts]
    best = {k: [math.inf, math.inf] for k in runs}
    for _ in range(argv.repeats):
        for k in runs:
            c0, w0 = time.process_time(), time.perf_counter()
            run(k, speed)
            best[k] = [min(best[k][0], time.process_time() - c0), min(best[k][1], time.perf_counter() - w0)]
    words = sum(len(t.split()) for t in speed)
    print(f"speed: {len(speed)} sentences, {words} words, best of {argv.repeats} interleaved")
    for k, (cpu, wall) in best.items():
        print(f"  {k} layers: cpu {cpu:.2f}s wall {wall:.2f}s, cpu x 6 layers {best[6][0] / cpu:.2f}")
    pooled = {}
    for k in runs:
        enc = run(k, texts)
        pooled[f"k{k}"] = np.stack([e.pooled for e in enc])
        if k == 6:
            continue
        out = BUILD / f"layers{k}"
        out.mkdir(parents=True, exist_ok=True)
        save_states(out / "cnc_span_states.npz", docs, gold, enc)
    head = model.head
    assert head is not None
    np.savez(BUILD / "layers_pooled.npz", **pooled, head_w=head[0], head_b=np.array([head[1]]))


def sentence(argv: argparse.Namespace) -> None:
    from bench_int8_heads import lora_oof, refit_out_of_fold, sigmoid
    from eval_causal import LORA_OOF, f1, folds
    from train_causal import load_cnc

    docs, gold = load_cnc()
    y = np.array([int(g["causal"]) for g in gold])
    z = np.load(BUILD / "layers_pooled.npz")
    w, b = z["head_w"], float(z["head_b"][0])
    z0 = z["k6"] @ w + b
    p_oof, logit_oof = lora_oof(LORA_OOF, len(y))
    sig = sigmoid

    print(f"6 layers (shipped) minilm tier F1 at 0.4 (OOF): {f1(y, (p_oof >= 0.4).astype(int)):.4f}")
    for k in (6, *LAYERS):
        x = z[f"k{k}"]
        refit = refit_out_of_fold(x, z0, folds(len(y)))
        shifted = sig(logit_oof + (refit - z0))
        out = BUILD / f"layers{k}"
        out.mkdir(parents=True, exist_ok=True)
        (out / "cnc_lora_oof_refit.json").write_text(json.dumps({str(i): float(p) for i, p in enumerate(shifted)}))
        row = {
            "layers": k,
            "max |dP| shipped model": round(float(np.abs(sig(refit) - sig(z0)).max()), 3),
            "mean |dP|": round(float(np.abs(sig(refit) - sig(z0)).mean()), 4),
            "decisions changed at 0.4": int(((sig(refit) >= 0.4) != (sig(z0) >= 0.4)).sum()),
            "minilm tier F1 at 0.4 (OOF, shifted)": round(f1(y, (shifted >= 0.4).astype(int)), 4),
        }
        print(json.dumps(row))
    # the two tiers as the component averages them (eval_causal.two_tier, shipped gate and weight), with the
    # linear tier's out-of-fold probabilities (build/cnc_linear_oof.json, written by ``eval_causal.py cnc``)
    from detente.nlp.causal_scorer import Classifier
    from eval_causal import LINEAR_OOF, two_tier

    shipped = Classifier.load()
    linear = np.array(json.loads(LINEAR_OOF.read_text())["probs"])
    for k in (6, *LAYERS):
        data = json.loads((BUILD / f"layers{k}" / "cnc_lora_oof_refit.json").read_text())
        deep = np.array([data[str(i)] for i in range(len(y))])
        both = two_tier(linear, deep, shipped.settings.ensemble)
        cells = {t: round(f1(y, (both >= t).astype(int)), 4) for t in (0.35, shipped.settings.threshold, 0.45)}
        print(f"{k} layers: two-tier classifier F1 at {cells}")


def spans(argv: argparse.Namespace) -> None:
    import eval_causal
    import train_causal_spans as T

    if argv.folds < 5:  # folds ``--first`` .. ``--folds`` - 1 of the five only (a loaded machine); the tagger's
        # seed is then its place in that slice (``cv`` seeds by position), the same for every k
        every = eval_causal.folds
        eval_causal.folds = lambda n, k=5, seed=0: every(n, k, seed)[argv.first : argv.folds]

    for k in argv.layers:
        if k != 6:
            T.STATES = BUILD / f"layers{k}" / "cnc_span_states.npz"
            T.BUILD = BUILD / f"layers{k}"
        else:
            T.STATES = BUILD / "cnc_span_states.npz"
            T.BUILD = BUILD / "layers6"
            T.BUILD.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        print(f"== {k} layers", flush=True)
        T.cv()
        print(f"   {time.perf_counter() - t0:.0f}s", flush=True)


def ratio(argv: argparse.Namespace) -> None:
    from bench_pipeline import ratio_only
    from common import corpus
    from detente.nlp.model import load_model
    from detente.nlp.pipeline import build_pipeline

    docs = corpus(argv.words)
    bare = load_model()
    full = build_pipeline()
    causal = full.get_pipe("causal_extractor")
    ref = minilm.MiniLM.load(CAUSAL_DIR / MINILM_FILE, backend="numpy")
    runs = {6: causal.encoder.session, **sessions(ref, tuple(argv.layers))}
    del ref
    for _ in range(argv.rounds):
        for k, session in runs.items():
            causal.encoder.session = session
            print(f"== {k} layers", end=": ", flush=True)
            ratio_only(bare, full, docs, argv.repeats)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["encode", "sentence", "spans", "ratio"])
    ap.add_argument("--speed-texts", type=int, default=600)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--folds", type=int, default=5, help="spans: run only the first N CV folds")
    ap.add_argument("--first", type=int, default=0, help="spans: the first CV fold run (with --folds)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--layers", type=int, nargs="+", default=[6, *LAYERS])
    args = ap.parse_args()
    {"encode": encode, "sentence": sentence, "spans": spans, "ratio": ratio}[args.what](args)


if __name__ == "__main__":
    main()
