"""Before/after of the coder's speed in the same conditions: run once per source tree, alternating, e.g.

    PYTHONPATH=/tmp/mainexport/src .venv/bin/python benchmarks/ab_pipeline.py 2   # main, via git archive
    .venv/bin/python benchmarks/ab_pipeline.py 2                                   # this tree

Each run times bare ``nlp.pipe`` (batch 32) and ``code_documents`` (its defaults) in one process on
``corpus(20000)``, best of n interleaved, and prints one JSON line: wall, process CPU and calling-thread CPU
seconds of both, and their ratios. Nothing is written.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import corpus  # noqa: E402


def main(argv: list[str] | None = None) -> dict[str, Any]:
    repeats = int((argv if argv is not None else sys.argv[1:] or ["2"])[0])
    import detente
    from detente.api.ingest import code_documents
    from detente.nlp.model import load_model
    from detente.nlp.pipeline import build_pipeline

    docs = corpus(20000)
    full, bare = build_pipeline(), load_model()
    code_documents(docs[:2], nlp=full)
    list(bare.pipe([d["text"] for d in docs[:2]]))
    runs: dict[str, Callable[[], Any]] = {
        "bare": lambda: list(bare.pipe((d["text"] for d in docs), batch_size=32)),
        "full": lambda: code_documents(docs, nlp=full),
    }
    best: dict[str, tuple[float, float, float]] = {}
    for _ in range(repeats):
        for name, fn in runs.items():
            wall, cpu, main_cpu = time.perf_counter(), time.process_time(), time.thread_time()
            fn()
            was = best.get(name, (math.inf, math.inf, math.inf))
            now = (time.perf_counter() - wall, time.process_time() - cpu, time.thread_time() - main_cpu)
            best[name] = (min(was[0], now[0]), min(was[1], now[1]), min(was[2], now[2]))
    b, f = best["bare"], best["full"]
    out = {
        "src": os.path.dirname(detente.__file__),
        "load": os.getloadavg(),
        "bare": b,
        "full": f,
        "ratio_wall": b[0] / f[0],
        "ratio_cpu": b[1] / f[1],
        "ratio_calling_thread": b[2] / f[2],
    }
    print(json.dumps(out))
    return out


if __name__ == "__main__":
    main()
