"""The MiniLM encoder's backends in one run: numpy (the fallback) against onnxruntime fp32 (the default), and,
where the optional libraries are importable, onnxruntime int8 (dynamic quantization of the weight MatMuls,
which needs the ``onnx`` package) and the ``tokenizers`` library against the hand WordPiece.

Texts: sentences of the five seeds and the first 300 Causal News Corpus dev texts (../shared), or the bundled
example articles without ../shared. Outputs are compared with the numpy pass: token states, pooled vectors, the
causal head's probability and its decision at 0.5 (the ensemble averages it with the linear tier; a flip here
can change a claim).

Usage:
    .venv/bin/python benchmarks/bench_encoder.py [--no-write] [--repeats 3]
    # int8 and tokenizers rows: PYTHONPATH=DIR where DIR holds onnx, ml_dtypes and tokenizers (not deps)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import EXAMPLES, SEEDS, SHARED, table, timer, write_section  # noqa: E402

from detente.nlp import minilm  # noqa: E402
from detente.nlp.event_model import ADAPTERS  # noqa: E402


def sentences() -> list[str]:
    """Real sentences: the seeds split at sentence ends plus CNC dev texts, or the example articles."""
    out: list[str] = []
    sources = sorted(SEEDS.glob("*.txt")) if SEEDS.exists() else sorted(EXAMPLES.iterdir())
    for path in sources:
        raw = path.read_text(encoding="utf-8")
        texts = [json.loads(ln)["text"] for ln in raw.splitlines() if ln.strip()] if path.suffix == ".jsonl" else [raw]
        for text in texts:
            out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 4]
    cnc = SHARED / "eval" / "cnc" / "dev.docs.jsonl"
    if cnc.exists():
        out += [json.loads(ln)["text"] for ln in cnc.read_text(encoding="utf-8").splitlines()[:300]]
    return out


def compare(ref: list[minilm.Encoded], got: list[minilm.Encoded], model: minilm.MiniLM) -> dict[str, Any]:
    p_ref = minilm.head_probs(model, np.stack([e.pooled for e in ref]))
    p_got = minilm.head_probs(model, np.stack([e.pooled for e in got]))
    states = max(float(np.abs(a.states - b.states).max()) for a, b in zip(ref, got, strict=True))
    return {
        "max abs diff, token states": f"{states:.1e}",
        "max abs diff, P(causal)": f"{float(np.abs(p_ref - p_got).max()):.1e}",
        "decisions changed at 0.5": int(((p_ref >= 0.5) != (p_got >= 0.5)).sum()),
    }


def int8_session(model: minilm.MiniLM, weights: dict[str, np.ndarray]) -> Any | None:
    """onnxruntime's dynamic int8 quantization of the weight MatMuls (per channel), or None without ``onnx``."""
    try:
        import onnx  # noqa: F401
        import onnxruntime as ort
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        fp32, int8 = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        fp32.write_bytes(minilm.onnx_model(weights, model.heads, model.layers))
        names = [n for n in weights if n.startswith("encoder.") and weights[n].ndim == 2]
        proto = onnx.load(str(fp32))
        nodes = [n.name for n in proto.graph.node if n.op_type == "MatMul" and n.input[1] in names]
        quantize_dynamic(fp32, int8, weight_type=QuantType.QInt8, nodes_to_quantize=nodes, per_channel=True)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.log_severity_level = 3
        return ort.InferenceSession(str(int8), options, providers=["CPUExecutionProvider"])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    texts = sentences()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    with timer() as t_numpy_load:
        ref_model = minilm.MiniLM.load(ADAPTERS, backend="numpy")
    with timer() as t_onnx_load:
        fast = minilm.MiniLM.load(ADAPTERS, backend="onnx")
    # the int8 model is quantized from the same merged weights the numpy model holds
    int8 = int8_session(ref_model, ref_model.w)
    backends: dict[str, Any] = {"numpy (fallback)": None, "onnxruntime fp32 (default)": fast.session}
    if int8 is not None:
        backends["onnxruntime int8 (dynamic, per channel; not used)"] = int8
    best: dict[str, float] = {}
    outputs: dict[str, list[minilm.Encoded]] = {}
    for _ in range(args.repeats):  # interleaved, best of n: load on a shared machine hits every backend
        for name, session in backends.items():
            ref_model.session = session
            with timer() as t:
                outputs[name] = minilm.encode_texts(ref_model, texts)
            best[name] = min(best.get(name, float("inf")), t())
    ref_model.session = None
    reference = outputs["numpy (fallback)"]
    rows = []
    for name in backends:
        rows.append(
            {
                "backend": name,
                "sentences/s": len(texts) / best[name],
                "x numpy": best["numpy (fallback)"] / best[name],
                **compare(reference, outputs[name], ref_model),
            }
        )
    body = (
        f"{len(texts)} sentences (seeds + CNC dev sample), batches of 16 sorted by length, one process, "
        f"onnxruntime on one intra-op thread; best of {args.repeats} interleaved runs. Load average at start: "
        f"{load}. Model load: numpy {t_numpy_load():.1f} s, onnxruntime {t_onnx_load():.1f} s (graph written "
        "in memory from the merged weights).\n\n" + table(rows)
    )
    body += tokenizer_rows(ref_model, texts, args.repeats)
    if args.no_write:
        print(body)
    else:
        write_section("encoder", "MiniLM encoder backends and tokenizer", body)


def tokenizer_rows(model: minilm.MiniLM, texts: list[str], repeats: int) -> str:
    hand: dict[str, float] = {}
    runs: dict[str, Any] = {"hand WordPiece encode_with_offsets (nlp/minilm.py)": model.tok.encode_with_offsets}
    try:
        from tokenizers import BertWordPieceTokenizer
    except ImportError:
        fast = None
    else:
        fast = BertWordPieceTokenizer(str(minilm.model_dir() / "vocab.txt"), lowercase=True)
        fast.enable_truncation(model.max_len)
        runs["tokenizers BertWordPieceTokenizer.encode (ids + offsets)"] = fast.encode
    for _ in range(repeats):
        for name, fn in runs.items():
            with timer() as t:
                for text in texts:
                    fn(text)
            hand[name] = min(hand.get(name, float("inf")), t())
    rows = [{"tokenizer": name, "texts/s": len(texts) / s} for name, s in hand.items()]
    note = ""
    if fast is not None:
        same = sum(fast.encode(t).ids == model.tok.encode(t, model.max_len) for t in texts)
        note = f"\n`tokenizers` gives the same ids as the hand WordPiece on {same} of {len(texts)} texts.\n"
    return "\n" + table(rows) + note


if __name__ == "__main__":
    main()
