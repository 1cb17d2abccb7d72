"""Peak RSS (the process's own VmHWM, reset at start) while ``code_stream`` codes 100 MB of text.

Writes a point every 2 MB to /tmp/mem100/log.jsonl. About an hour on 2 cores, so it is run on its own:
    .venv/bin/python benchmarks/bench_memory_100mb.py
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import corpus  # noqa: E402

from detente.api.ingest import code_stream  # noqa: E402
from detente.nlp.pipeline import build_pipeline  # noqa: E402

LOG = Path("/tmp/mem100/log.jsonl")
TOTAL = 100e6


def memory_mb() -> tuple[float, float]:
    """(peak, current) resident memory of this process in MB."""
    values = {}
    for line in open("/proc/self/status"):
        if line.startswith(("VmHWM:", "VmRSS:")):
            values[line[:5]] = int(line.split()[1]) / 1024
    return values["VmHWM"], values["VmRSS"]


def main() -> None:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # reset the peak to the current RSS
    base = corpus(60_000)
    nlp = build_pipeline()
    LOG.parent.mkdir(parents=True, exist_ok=True)
    size = {"bytes": 0}

    def docs() -> Iterator[dict[str, str]]:
        k = 0
        while size["bytes"] < TOTAL:
            d = base[k % len(base)]
            size["bytes"] += len(d["text"].encode("utf-8"))
            k += 1
            yield {"id": f"{d['id']}~{k}", "text": d["text"]}

    t0, mark = time.time(), 0
    with LOG.open("w") as log:
        for _ in code_stream(docs(), nlp=nlp):
            if size["bytes"] - mark >= 2e6:
                mark = size["bytes"]
                peak, rss = memory_mb()
                log.write(
                    json.dumps(
                        {
                            "mb": round(mark / 1e6, 1),
                            "peak_mb": round(peak),
                            "rss_mb": round(rss),
                            "s": round(time.time() - t0),
                        }
                    )
                    + "\n"
                )
                log.flush()
        peak, rss = memory_mb()
        log.write(
            json.dumps(
                {
                    "done": True,
                    "mb": round(size["bytes"] / 1e6, 1),
                    "peak_mb": round(peak),
                    "rss_mb": round(rss),
                    "s": round(time.time() - t0),
                }
            )
            + "\n"
        )


if __name__ == "__main__":
    main()
