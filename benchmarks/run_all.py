"""Run every benchmark (accuracy against the gold and peers, speed, memory) and update BENCHMARKS.md.

Usage:
    .venv/bin/python benchmarks/run_all.py [--quick]

``--quick`` shrinks every corpus (minutes instead of ~30 minutes on 2 cores) for a smoke run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import accuracy, bench_dask, bench_index, bench_memory, bench_pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    q = args.quick
    accuracy.main(["--write"])
    bench_pipeline.main(["--words", "20000"] if q else [])
    bench_dask.main(["--words", "20000"] if q else [])
    bench_index.main(["--events", "1000000", "--chunk", "500000", "--import-rows", "200000"] if q else [])
    bench_memory.main(["--sizes-mb", "0.1,0.2"] if q else [])


if __name__ == "__main__":
    main()
