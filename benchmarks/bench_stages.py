"""CPU seconds of the actor resolver and the event coder alone, on Docs parsed once: the bench_pipeline.py
corpus (the seeds replicated to ``--words``) through spaCy and ``run_documents``' preparation, then each stage's
``pipe`` timed on fresh copies of the parsed Docs (best of ``--repeats``, process CPU time). Run it on an older
tree with ``PYTHONPATH=<git archive export>/src`` to compare stage costs (BENCHMARKS.md, session 8).

Usage:
    .venv/bin/python benchmarks/bench_stages.py [--words 20000] [--repeats 15]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import corpus  # noqa: E402


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--words", type=int, default=20_000)
    ap.add_argument("--repeats", type=int, default=15)
    args = ap.parse_args(argv)

    import detente
    from detente.api.ingest import run_documents
    from detente.nlp.pipeline import build_pipeline

    nlp = build_pipeline(stages=("actor_resolver", "event_coder"))
    with nlp.select_pipes(disable=["actor_resolver", "event_coder"]):
        parsed = [doc for _, parts in run_documents(corpus(args.words), nlp) for _, doc in parts]
    actor, coder = nlp.get_pipe("actor_resolver"), nlp.get_pipe("event_coder")
    list(coder.pipe(actor.pipe([doc.copy() for doc in parsed[:3]])))  # warm
    best = {"actor_resolver": float("inf"), "event_coder": float("inf")}
    for _ in range(args.repeats):
        docs = [doc.copy() for doc in parsed]
        cpu = time.process_time()
        docs = list(actor.pipe(docs))
        best["actor_resolver"] = min(best["actor_resolver"], time.process_time() - cpu)
        cpu = time.process_time()
        list(coder.pipe(docs))
        best["event_coder"] = min(best["event_coder"], time.process_time() - cpu)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    tokens = sum(len(doc) for doc in parsed)
    print(f"{detente.__file__}: {len(parsed)} Docs, {tokens:,} tokens; best of {args.repeats}, CPU s: ", end="")
    print(", ".join(f"{k} {v:.3f}" for k, v in best.items()), f"(load {load})")
    return best


if __name__ == "__main__":
    main()
