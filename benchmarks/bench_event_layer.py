"""The learned event layer's own cost: the spaCy model + actor_resolver + event_coder with the layer on
against the same pipeline with ``learned: false``, alternated over rounds in one run (medians), so machine
load affects both sides alike.

Usage:
    .venv/bin/python benchmarks/bench_event_layer.py [--words 20000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    from detente.nlp.pipeline import build_pipeline

    texts = [d["text"] for d in corpus(args.words)]
    words = sum(len(t.split()) for t in texts)
    stages = ("actor_resolver", "event_coder")
    pipes = {
        "rules only (learned: false)": build_pipeline(stages=stages, config={"event_coder": {"learned": False}}),
        "rules + learned layer": build_pipeline(stages=stages),
    }
    times: dict[str, list[float]] = {k: [] for k in pipes}
    encoded = 0
    for _ in range(args.rounds):
        for name, nlp in pipes.items():
            t0 = time.perf_counter()
            for doc in nlp.pipe(texts, batch_size=32):
                encoded += len(doc.user_data.get("minilm_vectors", {}))
            times[name].append(time.perf_counter() - t0)
    base = statistics.median(times["rules only (learned: false)"])
    print(
        f"{len(texts)} documents, {words:,} words, {args.rounds} alternated rounds; sentences encoded by the "
        f"layer: {encoded // args.rounds}\n"
    )
    print("| run | median seconds | words/s | ratio to rules only |")
    print("|---|---|---|---|")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"| {name} | {med:.1f} | {words / med:,.0f} | {base / med:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
