"""Index queries over millions of GDELT-format events, and GDELT import speed.

- ``--events`` (default 10 million) synthetic GDELT 1.0 events, written as a real GDELT file in chunks of
  ``--chunk`` rows and imported with ``detente.store.imports.import_gdelt`` (the path users take); then the
  relations index for USA-RUS by month (target < 1 s), against a plain ``SELECT count(*)`` scan of the
  events table as the baseline.
- the import of one ``--import-rows`` (default 1 million) file into an empty store (target < 10 s), against
  DuckDB's bare ``read_csv`` count of the same file as the baseline.

Usage:
    .venv/bin/python benchmarks/bench_index.py [--events 10000000] [--import-rows 1000000]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import table, timer, write_gdelt_tsv, write_section  # noqa: E402


def best_of(n: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(n):
        with timer() as t:
            fn()
        times.append(t())
    return min(times)


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--chunk", type=int, default=2_000_000)
    ap.add_argument("--import-rows", type=int, default=1_000_000)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)

    from detente.analysis.relations_index import relations_index
    from detente.store.db import connect
    from detente.store.imports import import_gdelt

    tmp = Path(tempfile.mkdtemp(prefix="detente-bench-index-"))
    try:
        # import speed, 1M rows into an empty store
        f = write_gdelt_tsv(tmp / "one.tsv", args.import_rows, first_id=10**10)
        con = connect(tmp / "import.duckdb")
        base_import = best_of(
            1,
            lambda: con.execute(
                "SELECT count(*) FROM read_csv(?, delim='\t', header=false, all_varchar=true)", [str(f)]
            ).fetchall(),
        )
        with timer() as t_import:
            rep = import_gdelt(con, [f])
        assert rep.rows_imported == args.import_rows, rep.to_dict()
        con.close()
        f.unlink()
        # the 10M store, built through the importer in chunks
        con = connect(tmp / "big.duckdb")
        with timer() as t_build:
            done = 0
            while done < args.events:
                n = min(args.chunk, args.events - done)
                part = write_gdelt_tsv(tmp / f"chunk{done}.tsv", n, first_id=done + 1, seed=done)
                import_gdelt(con, [part])
                part.unlink()
                done += n
        total = con.execute("SELECT count(*) FROM events").fetchone()[0]
        dyad = con.execute(
            "SELECT count(*) FROM events WHERE left(source,3) IN ('USA','RUS') AND "
            "left(target,3) IN ('USA','RUS') AND left(source,3) <> left(target,3)"
        ).fetchone()[0]
        base_q = best_of(3, lambda: con.execute("SELECT count(*) FROM events WHERE goldstein > 0").fetchall())
        first = best_of(1, lambda: relations_index(con, "USA-RUS", freq="month"))
        t_q = best_of(3, lambda: relations_index(con, "USA-RUS", freq="month"))
        periods = len(relations_index(con, "USA-RUS", freq="month"))
        t_qd = best_of(
            3,
            lambda: relations_index(
                con, "USA-RUS", freq="day", since="2020-01-01", until="2020-12-31", weight="sources"
            ),
        )
        con.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rows = [
        {
            "measure": f"import {args.import_rows:,} GDELT rows (import_gdelt)",
            "seconds": t_import(),
            "baseline": "read_csv count of the file",
            "baseline s": base_import,
            "ratio": t_import() / base_import,
            "target": "< 10 s",
            "met": t_import() < 10,
        },
        {
            "measure": f"relations index USA-RUS by month over {total:,} events ({periods} months)",
            "seconds": t_q,
            "baseline": "SELECT count(*) ... WHERE goldstein > 0",
            "baseline s": base_q,
            "ratio": t_q / base_q,
            "target": "< 1 s",
            "met": t_q < 1,
        },
        {
            "measure": "same, first (cold) query",
            "seconds": first,
            "baseline": "",
            "baseline s": "",
            "ratio": first / base_q,
            "target": "",
            "met": "",
        },
        {
            "measure": "relations index USA-RUS by day, one year, weighted by sources",
            "seconds": t_qd,
            "baseline": "",
            "baseline s": "",
            "ratio": t_qd / base_q,
            "target": "< 1 s",
            "met": t_qd < 1,
        },
    ]
    body = (
        f"Synthetic GDELT 1.0 events (58 columns; {dyad:,} USA-RUS events), imported with "
        f"`import_gdelt` in files of {args.chunk:,} rows ({t_build():.0f} s to build the store). "
        "Best of 3 for the queries.\n\n" + table(rows)
    )
    if args.no_write:
        print(body)
    else:
        write_section("index", "Relations index and GDELT import", body)
    return {"index_s": t_q, "import_s": t_import()}


if __name__ == "__main__":
    main()
