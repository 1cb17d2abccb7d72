"""The REST API under load: 2,000 requests, 50 at a time, on the index and events endpoints of a real server
process over a store of 50,000 GDELT-format events. Asserts no errors; prints latency percentiles."""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path

import pytest
from benchmarks.common import hammer, write_gdelt_tsv

pytestmark = pytest.mark.slow

REQUESTS = 2000
CONCURRENCY = 50


def test_2000_requests_at_50_concurrent_without_errors(tmp_path: Path) -> None:
    from detente.store.db import connect
    from detente.store.imports import import_gdelt
    from tests.browser import running_server

    db = tmp_path / "load.duckdb"
    con = connect(db)
    try:
        report = import_gdelt(con, [write_gdelt_tsv(tmp_path / "events.tsv", 50_000)])
        assert report.rows_imported == 50_000
    finally:
        con.close()

    with running_server(db) as base:
        t0 = time.perf_counter()
        latencies, errors = asyncio.run(hammer(base, REQUESTS, CONCURRENCY))
        wall = time.perf_counter() - t0
    assert not errors, errors[:5]
    assert len(latencies) == REQUESTS
    q = statistics.quantiles(latencies, n=100)
    print(
        f"\nload: {REQUESTS} requests, {CONCURRENCY} concurrent, {wall:.1f} s "
        f"({REQUESTS / wall:.0f} req/s); "
        f"latency p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms, "
        f"max {max(latencies) * 1000:.0f} ms"
    )


def test_idle_keep_alive_connection_outlives_a_client_pool_expiry(tmp_path: Path) -> None:
    """httpx keeps an idle pooled connection for 5 s and then reuses it; a server that closes idle connections
    at 5 s itself (uvicorn's default) races it, and under load some requests fail with ReadError. The server
    must keep an idle connection open longer than that, so the client is always the one that closes it."""
    import socket

    from detente.store.db import connect
    from tests.browser import running_server

    db = tmp_path / "idle.duckdb"
    connect(db).close()
    request = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    with running_server(db) as base:
        host, port = base.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=30) as sock:
            for attempt in range(2):
                sock.sendall(request)
                answer = b""
                while b'"status":"ok"' not in answer:
                    chunk = sock.recv(65536)
                    assert chunk, f"server closed the connection: {answer[:200]!r}"
                    answer += chunk
                assert answer.startswith(b"HTTP/1.1 200")
                if not attempt:
                    time.sleep(6.5)  # idle past httpx's 5 s pool expiry (and past uvicorn's default keep-alive)
