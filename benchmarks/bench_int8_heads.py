"""Issue 14 item 5 (session 28, speed11): an int8 MiniLM encoder with the small heads refitted, measured.

    PYTHONPATH=src:DIR .venv/bin/python benchmarks/bench_int8_heads.py encode   # DIR holds ``onnx`` (not a dep)
    .venv/bin/python benchmarks/bench_int8_heads.py sentence                     # the sentence tier's figures

``encode``: onnxruntime dynamic int8 quantization (per-channel QInt8 weights) of the shipped fp32 graph, two
variants: every weight MatMul ("all") and the feed-forward MatMuls only ("ffn"). Speed: the fp32 session and
each int8 session encode the same sentences (CNC train, first ``--speed-texts``), interleaved, best of
``--repeats``, process CPU and wall; then each encodes all 3,075 CNC train sentences, written as
build/int8_<variant>/cnc_span_states.npz (``train_causal_spans.py features``' format) with the pooled vectors
beside it, so ``train_causal_spans.cv`` can refit the span taggers on int8 token states.

``sentence``: the sentence tier on int8 vectors. The per-fold LoRA fine-tunes behind
``results/cnc_lora_oof.json`` need torch, so the int8 change is carried onto them as a logit shift: for each
sentence, the shipped head's logit on int8 vectors minus its logit on fp32 vectors ("no refit"), or the
logit of a head refitted on int8 vectors to the fp32 logits (least squares, out of fold on the same 5 folds:
"refit"), minus the fp32 logit. Written as build/int8_<variant>/cnc_lora_oof[_refit].json for
``eval_causal.py cnc``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from detente.nlp import minilm  # noqa: E402
from detente.nlp.causal_extractor import CAUSAL_DIR, MINILM_FILE  # noqa: E402

VARIANTS = ("all", "ffn")


def int8_session(model: minilm.MiniLM, weights: dict[str, np.ndarray], variant: str) -> Any:
    """The shipped graph (weights inside), int8-quantized by onnxruntime: every weight MatMul or the FFN ones."""
    import onnx
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with tempfile.TemporaryDirectory() as tmp:
        fp32, int8 = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        fp32.write_bytes(minilm.onnx_model(weights, model.heads, model.layers))
        names = {n for n in weights if n.startswith("encoder.") and weights[n].ndim == 2}
        if variant == "ffn":
            names = {n for n in names if ".intermediate." in n or (".output." in n and ".attention." not in n)}
        proto = onnx.load(str(fp32))
        nodes = [n.name for n in proto.graph.node if n.op_type == "MatMul" and n.input[1] in names]
        quantize_dynamic(fp32, int8, weight_type=QuantType.QInt8, nodes_to_quantize=nodes, per_channel=True)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.enable_cpu_mem_arena = False
        options.log_severity_level = 3
        t0 = time.perf_counter()
        session = ort.InferenceSession(str(int8), options, providers=["CPUExecutionProvider"])
        print(
            f"int8 {variant}: {len(nodes)} MatMuls quantized, session {time.perf_counter() - t0:.2f}s", file=sys.stderr
        )
        print(f"int8 {variant}: model file {int8.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
        return session


def encode(argv: argparse.Namespace) -> None:
    from train_causal import load_cnc
    from train_causal_spans import save_states

    docs, gold = load_cnc()
    texts = [d["text"] for d in docs]
    ref = minilm.MiniLM.load(CAUSAL_DIR / MINILM_FILE, backend="numpy")
    model = minilm.MiniLM.load(CAUSAL_DIR / MINILM_FILE, backend="onnx")
    sessions = {"fp32": model.session} | {v: int8_session(ref, ref.w, v) for v in VARIANTS}

    def run(name: str, batch: list[str]) -> list[minilm.Encoded]:
        model.session = sessions[name]
        return minilm.encode_texts(model, batch)

    speed = texts[: argv.speed_texts]
    best: dict[str, list[float]] = {k: [1e9, 1e9] for k in sessions}
    for _ in range(argv.repeats):
        for name in sessions:
            c0, w0 = time.process_time(), time.perf_counter()
            run(name, speed)
            best[name] = [min(best[name][0], time.process_time() - c0), min(best[name][1], time.perf_counter() - w0)]
    words = sum(len(t.split()) for t in speed)
    print(f"speed: {len(speed)} sentences, {words} words, best of {argv.repeats} interleaved")
    for name, (cpu, wall) in best.items():
        print(
            f"  {name}: cpu {cpu:.2f}s wall {wall:.2f}s, cpu x fp32 {best['fp32'][0] / cpu:.2f}, "
            f"wall x fp32 {best['fp32'][1] / wall:.2f}"
        )
    encoded = {name: run(name, texts) for name in sessions}
    head = model.head
    assert head is not None
    for name, enc in encoded.items():
        if name == "fp32":
            continue
        out = BUILD / f"int8_{name}"
        out.mkdir(parents=True, exist_ok=True)
        save_states(out / "cnc_span_states.npz", docs, gold, enc)
        fp = encoded["fp32"]
        diff = max(float(np.abs(a.states - b.states).max()) for a, b in zip(fp, enc, strict=True))
        print(f"  {name}: max abs diff of token states {diff:.2f}")
    np.savez(
        BUILD / "int8_pooled.npz",
        **{name: np.stack([e.pooled for e in enc]) for name, enc in encoded.items()},
        head_w=head[0],
        head_b=np.array([head[1]]),
    )


def sigmoid(v: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(v, -30, 30)))


def lora_oof(path: Path, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The shipped LoRA tier's out-of-fold probabilities of the n CNC train sentences (clipped) and their logits."""
    lora = json.loads(path.read_text())
    p_oof = np.clip(np.array([lora[str(i)] for i in range(n)]), 1e-6, 1 - 1e-6)
    return p_oof, np.log(p_oof / (1 - p_oof))


def refit_out_of_fold(x: np.ndarray, target: np.ndarray, test_folds: list[np.ndarray]) -> np.ndarray:
    """A linear head refitted on the pooled vectors ``x`` to the shipped head's logits ``target`` (ridge 1e-3), each
    fold's values from the fit on the other folds; the int8 and the fewer-layer measurements both read it."""
    refit = np.zeros(len(target))
    for test in test_folds:
        train = np.setdiff1d(np.arange(len(target)), test)
        a = np.hstack([x[train], np.ones((len(train), 1))])
        coef = np.linalg.solve(a.T @ a + 1e-3 * np.eye(a.shape[1]), a.T @ target[train])
        refit[test] = np.hstack([x[test], np.ones((len(test), 1))]) @ coef
    return refit


def sentence(argv: argparse.Namespace) -> None:
    from eval_causal import LORA_OOF, f1, folds
    from train_causal import load_cnc

    sig = sigmoid
    docs, gold = load_cnc()
    y = np.array([int(g["causal"]) for g in gold])
    z = np.load(BUILD / "int8_pooled.npz")
    w, b = z["head_w"], float(z["head_b"][0])
    z0 = z["fp32"] @ w + b
    p_oof, logit_oof = lora_oof(LORA_OOF, len(y))
    rows = []
    for name in VARIANTS:
        x = z[name]
        z1 = x @ w + b
        refit = refit_out_of_fold(x, z0, folds(len(y)))
        for label, zz in (("no refit", z1), ("refit", refit)):
            shifted = sig(logit_oof + (zz - z0))
            tail = "" if label == "no refit" else "_refit"
            (BUILD / f"int8_{name}" / f"cnc_lora_oof{tail}.json").write_text(
                json.dumps({str(i): float(p) for i, p in enumerate(shifted)})
            )
            rows.append(
                {
                    "variant": name,
                    "head": label,
                    "max |dP| shipped model": round(float(np.abs(sig(zz) - sig(z0)).max()), 3),
                    "mean |dP|": round(float(np.abs(sig(zz) - sig(z0)).mean()), 4),
                    "decisions changed at 0.4": int(((sig(zz) >= 0.4) != (sig(z0) >= 0.4)).sum()),
                    "minilm tier F1 at 0.4 (OOF, shifted)": round(f1(y, (shifted >= 0.4).astype(int)), 4),
                }
            )
    print(f"fp32 minilm tier F1 at 0.4 (OOF): {f1(y, (p_oof >= 0.4).astype(int)):.4f}")
    for r in rows:
        print(json.dumps(r))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["encode", "sentence"])
    ap.add_argument("--speed-texts", type=int, default=600)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    encode(args) if args.what == "encode" else sentence(args)


if __name__ == "__main__":
    main()
