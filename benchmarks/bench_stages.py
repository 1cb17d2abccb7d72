"""CPU seconds of the actor resolver and the event coder alone, on Docs parsed once: the bench_pipeline.py
corpus (the seeds replicated to ``--words``) through spaCy and ``run_documents``' preparation, then each stage's
``pipe`` timed on fresh copies of the parsed Docs (best of ``--repeats``, process CPU time). Run it on an older
tree with ``PYTHONPATH=<git archive export>/src`` to compare stage costs (BENCHMARKS.md, session 8).
``--causal`` times the causal stage too (its encoder pass and tagger heads included: process CPU time counts
the encoder thread); ``--no-role-head`` runs it without the role tagger (round 20), its span tagger's own roles
in its place (other output: only to price the second head).

Usage:
    .venv/bin/python benchmarks/bench_stages.py [--words 20000] [--repeats 15] [--causal [--no-role-head]]
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
    ap.add_argument("--causal", action="store_true", help="time the causal stage as well")
    ap.add_argument("--no-role-head", action="store_true", help="the causal stage without its role tagger")
    args = ap.parse_args(argv)

    import detente
    from detente.api.ingest import run_documents
    from detente.nlp.pipeline import build_pipeline

    stages = ("actor_resolver", "event_coder", "causal_extractor") if args.causal else ("actor_resolver", "event_coder")
    nlp = build_pipeline(stages=stages)
    with nlp.select_pipes(disable=list(stages)):
        parsed = [doc for _, parts in run_documents(corpus(args.words), nlp) for _, doc in parts]
    actor, coder = nlp.get_pipe("actor_resolver"), nlp.get_pipe("event_coder")
    causal = nlp.get_pipe("causal_extractor") if args.causal else None
    if causal is not None and args.no_role_head:
        causal.role_tagger = None
    warm = list(coder.pipe(actor.pipe([doc.copy() for doc in parsed[:3]])))
    if causal is not None:
        list(causal.pipe(warm))
    best = dict.fromkeys(stages, float("inf"))
    for _ in range(args.repeats):
        docs = [doc.copy() for doc in parsed]
        cpu = time.process_time()
        docs = list(actor.pipe(docs))
        best["actor_resolver"] = min(best["actor_resolver"], time.process_time() - cpu)
        cpu = time.process_time()
        docs = list(coder.pipe(docs))
        best["event_coder"] = min(best["event_coder"], time.process_time() - cpu)
        if causal is not None:
            cpu = time.process_time()
            list(causal.pipe(docs))
            best["causal_extractor"] = min(best["causal_extractor"], time.process_time() - cpu)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    tokens = sum(len(doc) for doc in parsed)
    print(f"{detente.__file__}: {len(parsed)} Docs, {tokens:,} tokens; best of {args.repeats}, CPU s: ", end="")
    print(", ".join(f"{k} {v:.3f}" for k, v in best.items()), f"(load {load})")
    return best


if __name__ == "__main__":
    main()
