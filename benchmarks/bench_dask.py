"""Scaling: the same corpus analyzed in-process (baseline), on 1 Dask worker and on 2 (target 2 vs 1: >= 1.7x
on 2 cores). Each run starts from a copy of one ingested store, so only the analysis is timed; Dask times
include starting the local cluster and loading the pipeline in each worker, as a user would see them.

Usage:
    .venv/bin/python benchmarks/bench_dask.py [--words 100000] [--workers 1,2] [--partition-size 8]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import corpus, table, timer, write_section  # noqa: E402


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--partition-size", type=int, default=8)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)

    from detente.api.distributed import analyze_pending_distributed
    from detente.api.ingest import analyze_stored
    from detente.ingest.document import prepare
    from detente.ingest.readers import RawArticle
    from detente.nlp.pipeline import build_pipeline
    from detente.store import documents as store
    from detente.store.db import connect

    docs = corpus(args.words)
    words = sum(len(d["text"].split()) for d in docs)
    tmp = Path(tempfile.mkdtemp(prefix="detente-bench-dask-"))
    try:
        template = tmp / "template.duckdb"
        con = connect(template)
        for d in docs:  # stored directly: the replicated copies must not be linked as near-duplicates
            store.save_document(con, prepare(RawArticle(id=d["id"], path="", format="jsonl", raw_text=d["text"])))
        con.close()
        rows = []
        db = tmp / "inproc.duckdb"
        shutil.copy(template, db)
        nlp = build_pipeline()
        con = connect(db)
        with timer() as t:
            n_done = len(analyze_stored(con, nlp=nlp))
        con.close()
        base = t()
        rows.append(
            {
                "run": "in-process analyze_stored (baseline, pipeline preloaded)",
                "docs": n_done,
                "seconds": base,
                "words/s": words * n_done / len(docs) / base,
                "vs in-process": 1.0,
            }
        )
        by_workers: dict[int, float] = {}
        for w in (int(x) for x in args.workers.split(",")):
            db = tmp / f"dask{w}.duckdb"
            shutil.copy(template, db)
            con = connect(db)
            with timer() as t:
                done, problems = analyze_pending_distributed(
                    con,
                    Path(f"{db}.parts"),
                    workers=w,
                    partition_size=args.partition_size,
                    on_problem=lambda _line: None,
                )
            con.close()
            by_workers[w] = t()
            rows.append(
                {
                    "run": f"Dask, {w} worker process(es), partitions of {args.partition_size}",
                    "docs": len(done),
                    "seconds": t(),
                    "words/s": words * len(done) / len(docs) / t(),
                    "vs in-process": base / t(),
                }
            )
            if problems:
                print("problems:", problems, file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    speedup = by_workers.get(1, 0) / by_workers[2] if 1 in by_workers and 2 in by_workers else float("nan")
    import os

    body = (
        f"Corpus: {len(docs)} documents (the seeds replicated, stored without near-duplicate linking), "
        f"{words:,} words. Load average at start: "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}.\n\n"
        + table(rows)
        + f"\n2 workers vs 1: **{speedup:.2f}x** (target >= 1.7x on 2 cores: "
        f"{'met' if speedup >= 1.7 else 'NOT met'}).\n"
    )
    if args.no_write:
        print(body)
    else:
        write_section("dask", "Dask scaling", body)
    return {"speedup": speedup}


if __name__ == "__main__":
    main()
