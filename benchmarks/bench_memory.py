"""Memory: peak RSS while coding a stream of text, at two sizes, each in a fresh subprocess
(VmHWM of the child, reset at its start). If RSS does not grow with the input, 100 MB (a ~6 hour job on
2 cores) stays under the 2 GB target too. ``code_stream`` (``detente.api.ingest``) is measured against
``code_documents``, which keeps every document and result in memory.

Usage:
    .venv/bin/python benchmarks/bench_memory.py [--sizes-mb 0.5,1] [--functions stream,list]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, table, write_section  # noqa: E402

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, ROOT)
from benchmarks.common import corpus
from detente.nlp.pipeline import build_pipeline
mb, how = float(sys.argv[1]), sys.argv[2]
def hwm_kb():
    # VmHWM of this process; ru_maxrss would carry the parent's high-water mark across fork+exec
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # reset the peak to the current RSS
except OSError:
    pass
base = corpus(60_000)
nlp = build_pipeline()
def docs():
    size, k = 0, 0
    while size < mb * 1e6:
        d = base[k % len(base)]
        yield {"id": f"{d['id']}~{k}", "text": d["text"]}
        size += len(d["text"].encode("utf-8"))
        k += 1
before = hwm_kb()
t0 = time.perf_counter()
n_events = 0
if how == "stream":
    from detente.api.ingest import code_stream
    for r in code_stream(docs(), nlp=nlp):
        n_events += len(r["events"])
else:
    from detente.api.ingest import code_documents
    n_events = sum(len(r["events"]) for r in code_documents(list(docs()), nlp=nlp))
peak = hwm_kb()
print(json.dumps({"rss_after_load_mb": before / 1024, "peak_mb": peak / 1024,
                  "seconds": time.perf_counter() - t0, "events": n_events}))
""".replace("ROOT", repr(str(ROOT)))


def measure(mb: float, how: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(mb), how], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes-mb", default="0.5,1")
    ap.add_argument("--functions", default="stream,list")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    sizes = [float(x) for x in args.sizes_mb.split(",")]
    rows = []
    for how in args.functions.split(","):
        for mb in sizes:
            r = measure(mb, how)
            rows.append(
                {
                    "function": "code_stream" if how == "stream" else "code_documents",
                    "text MB": mb,
                    "RSS after pipeline load MB": r["rss_after_load_mb"],
                    "peak RSS MB": r["peak_mb"],
                    "growth MB": r["peak_mb"] - r["rss_after_load_mb"],
                    "seconds": r["seconds"],
                    "words/s": mb * 1e6 / 6.0 / r["seconds"],
                }
            )
    stream = [r for r in rows if r["function"] == "code_stream"]
    verdict = ""
    if len(stream) >= 2:
        lo, hi = stream[-2], stream[-1]
        slope = (hi["peak RSS MB"] - lo["peak RSS MB"]) / (hi["text MB"] - lo["text MB"])
        at_100 = hi["peak RSS MB"] + max(slope, 0.0) * (100 - hi["text MB"])
        verdict = (
            f"\ncode_stream peak RSS grows {slope:+.0f} MB per MB of text between {lo['text MB']} and "
            f"{hi['text MB']} MB; extrapolated linearly to 100 MB of text: ~{at_100:,.0f} MB "
            f"(target < 2,048 MB: {'met' if at_100 < 2048 else 'NOT met'} by extrapolation). "
            "100 MB itself was not run (~6 hours at this speed on 2 cores).\n"
        )
    body = "Each row is a fresh subprocess; words/s assumes ~6 bytes per word.\n\n" + table(rows) + verdict
    if args.no_write:
        print(body)
    else:
        write_section("memory", "Memory while coding", body)
    return {"rows": len(rows)}


if __name__ == "__main__":
    main()
