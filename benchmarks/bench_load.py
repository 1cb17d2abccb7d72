"""The server under load and during an ingest: what a reader sees while a large upload is analyzed.

A real ``detente serve`` process (ingest enabled) over a store of 50,000 GDELT-format events:

1. ``/health`` probed 5 times a second while a 188 KB one-line text file is uploaded and analyzed
   (the issue's probe: it must answer within 100 ms however long the ingest takes);
2. 2,000 requests, 50 at a time, on the index and events endpoints, while a second upload is analyzed:
   p50/p99 latency and errors;
3. with ``--soak SECONDS``: a steady 20 requests/s for that long, the server's resident memory at the
   start and the end.

The machine's load average is stated with every figure (other jobs share the CPUs).

Usage:
    .venv/bin/python benchmarks/bench_load.py [--soak 300] [--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_scaling import document, sentence_pool  # noqa: E402
from benchmarks.common import LOAD_PATHS, hammer, table, write_gdelt_tsv, write_section  # noqa: E402

TOKEN = "bench-token"


def load_average() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def quantiles(values: list[float]) -> dict[str, float]:
    if len(values) < 2:
        return {
            "p50 ms": values[0] * 1000 if values else float("nan"),
            "p99 ms": float("nan"),
            "max ms": values[0] * 1000 if values else float("nan"),
        }
    q = statistics.quantiles(values, n=100)
    return {"p50 ms": q[49] * 1000, "p99 ms": q[98] * 1000, "max ms": max(values) * 1000}


def upload(base: str, name: str, content: bytes, done: dict[str, Any]) -> None:
    import httpx

    t0 = time.perf_counter()
    r = httpx.post(
        base + "/api/ingest",
        files={"file": (name, content)},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=3600,
    )
    done.update(status=r.status_code, seconds=time.perf_counter() - t0, body=r.json())


COLUMNS = ("probe", "requests", "errors", "p50 ms", "p99 ms", "max ms", "over 100 ms", "note", "load average")


def health_alone(base: str, seconds: float = 30.0) -> dict[str, Any]:
    """The baseline: /health at the same pace with no ingest running (same machine, same minute)."""
    import httpx

    latencies: list[float] = []
    errors = 0
    t_end = time.monotonic() + seconds
    with httpx.Client(base_url=base, timeout=60) as client:
        while time.monotonic() < t_end:
            t0 = time.perf_counter()
            try:
                errors += client.get("/health").status_code != 200
            except httpx.HTTPError:
                errors += 1
            latencies.append(time.perf_counter() - t0)
            time.sleep(0.2)
    return {
        "probe": f"/health every 0.2 s for {seconds:.0f} s, no ingest (baseline)",
        "requests": len(latencies),
        "errors": errors,
        **quantiles(latencies),
        "over 100 ms": sum(x > 0.1 for x in latencies),
        "note": "",
        "load average": load_average(),
    }


def health_during_upload(base: str, content: bytes) -> dict[str, Any]:
    import httpx

    done: dict[str, Any] = {}
    worker = threading.Thread(target=upload, args=(base, "long-line.txt", content, done))
    latencies: list[float] = []
    errors = 0
    with httpx.Client(base_url=base, timeout=60) as client:
        worker.start()
        while worker.is_alive():
            t0 = time.perf_counter()
            try:
                ok = client.get("/health").status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - t0)
            errors += not ok
            time.sleep(0.2)
    worker.join()
    return {
        "probe": f"/health every 0.2 s during a {len(content) // 1000} KB one-line upload",
        "requests": len(latencies),
        "errors": errors,
        **quantiles(latencies),
        "over 100 ms": sum(x > 0.1 for x in latencies),
        "note": f"upload HTTP {done['status']} after {done['seconds']:.0f} s",
        "load average": load_average(),
    }


def load_during_upload(base: str, content: bytes) -> dict[str, Any]:
    done: dict[str, Any] = {}
    worker = threading.Thread(target=upload, args=(base, "second.txt", content, done))
    worker.start()
    t0 = time.perf_counter()
    latencies, errors = asyncio.run(hammer(base, 2000, 50, timeout=120))
    wall = time.perf_counter() - t0
    overlapped = worker.is_alive()
    worker.join()
    return {
        "probe": "2,000 requests (index, events), 50 concurrent, during an upload",
        "requests": 2000,
        "errors": len(errors),
        **quantiles(latencies),
        "over 100 ms": sum(x > 0.1 for x in latencies),
        "note": f"{2000 / wall:.0f} req/s; upload of {len(content) // 1000} KB took {done['seconds']:.0f} s"
        + ("" if overlapped else ", ended before the last request"),
        "load average": load_average(),
    }


def soak(base: str, pid: int, seconds: float, rate: float = 20.0) -> dict[str, Any]:
    """Open loop: a request is sent every 1/rate s whatever the previous ones are doing (threads), so a
    slow answer does not lower the rate as a sequential client would."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    start_mb = rss_mb(pid)
    latencies: list[float] = []
    errors = [0]

    def one(client: httpx.Client, path: str) -> None:
        t0 = time.perf_counter()
        try:
            errors[0] += client.get(path).status_code != 200
        except httpx.HTTPError:
            errors[0] += 1
        latencies.append(time.perf_counter() - t0)

    sent = 0
    with (
        httpx.Client(base_url=base, timeout=60, limits=httpx.Limits(max_connections=32)) as client,
        ThreadPoolExecutor(max_workers=32) as pool,
    ):
        t_start = time.monotonic()
        while time.monotonic() - t_start < seconds:
            pool.submit(one, client, LOAD_PATHS[sent % len(LOAD_PATHS)])
            sent += 1
            time.sleep(max(0.0, t_start + sent / rate - time.monotonic()))
    return {
        "probe": f"soak {seconds:.0f} s at {rate:.0f} req/s (index, events; open loop)",
        "requests": sent,
        "errors": errors[0],
        **quantiles(latencies),
        "over 100 ms": sum(x > 0.1 for x in latencies),
        "note": f"server RSS {start_mb:.0f} MB at the start, {rss_mb(pid):.0f} MB at the end",
        "load average": load_average(),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--soak", type=float, default=0.0, help="seconds of steady load at 20 req/s (0: skip)")
    ap.add_argument("--kb", type=int, default=188, help="size of the uploaded one-line file")
    ap.add_argument("--soak-only", action="store_true", help="skip the ingest probes (own BENCHMARKS section)")
    ap.add_argument("--no-write", action="store_true", help="print only, do not update BENCHMARKS.md")
    args = ap.parse_args(argv)
    from tests.browser import running_server

    from detente.store.db import connect
    from detente.store.imports import import_gdelt

    pool = sentence_pool()
    first = document(pool, chars=args.kb * 1000, one_line=True).encode()
    # not the first text reordered: that would be linked as its near-duplicate and not analyzed at all
    second = " ".join(
        f"Delegation {k} from Chile met officials of Peru in Lima on day {k * 7 % 31 + 1} to "
        f"discuss quota {k * 13} for the fishing season."
        for k in range(args.kb * 10 // 4)
    ).encode()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="detente-bench-load-") as tmp:
        db = Path(tmp) / "load.duckdb"
        con = connect(db)
        try:
            import_gdelt(con, [write_gdelt_tsv(Path(tmp) / "events.tsv", 50_000)])
        finally:
            con.close()
        os.environ["DETENTE_TOKEN"] = TOKEN
        with running_server(db, token=TOKEN, timeout=300) as base:
            pid = next(int(p) for p in os.listdir("/proc") if p.isdigit() and _is_server(int(p), db))
            steps = (
                []
                if args.soak_only
                else [
                    lambda: health_alone(base),
                    lambda: health_during_upload(base, first),
                    lambda: load_during_upload(base, second),
                ]
            )
            for step in steps:
                rows.append(step())
                print(rows[-1], flush=True)
            if args.soak:
                rows.append(soak(base, pid, args.soak))
                print(rows[-1], flush=True)
    body = (
        "A real `detente serve` (ingest enabled) over 50,000 GDELT-format events; the uploads are analyzed "
        "by the server while the probes run. Reads during an ingest use cursors of the writer's "
        "connection (docs/limits.md), and the NLP runs in the server's child process.\n\n"
        + table([{c: r.get(c, "") for c in COLUMNS} for r in rows])
    )
    if args.no_write:
        print(body)
    elif args.soak_only:
        write_section("load-soak", "Server soak: steady requests, memory at start and end", body)
    else:
        write_section("load-during-ingest", "Server under load and during an ingest", body)


def _is_server(pid: int, db: Path) -> bool:
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"serve" in cmd and str(db).encode() in cmd


if __name__ == "__main__":
    main()
