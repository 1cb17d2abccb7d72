"""Helpers shared by the benchmarks: the corpus, synthetic GDELT files, timing and BENCHMARKS.md sections.

Why synthetic GDELT: the real monthly extracts in ../shared hold thousands of rows, and the targets are about
millions; the generator writes GDELT 1.0 daily-file rows (58 tab-separated columns, the codebook's column
list from ``detente/data/imports/columns.tsv``) with DuckDB's ``COPY``, so 10 million rows take seconds.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
EXAMPLES = ROOT / "examples" / "articles"
BENCHMARKS_MD = ROOT / "BENCHMARKS.md"

# Actors, codes and dates of the synthetic events: a USA-RUS share large enough for a monthly index to mean
# something, the rest spread over other dyads as in real GDELT files.
_COUNTRIES = ["USA", "RUS", "CHN", "UKR", "GBR", "FRA", "DEU", "IRN", "IND", "TUR", "ISR", "SYR"]
_CODES = [
    ("010", 1, 0.0),
    ("036", 1, 4.0),
    ("042", 1, 1.9),
    ("051", 1, 3.4),
    ("061", 2, 6.4),
    ("071", 2, 7.4),
    ("111", 3, -2.0),
    ("112", 3, -2.0),
    ("130", 3, -4.4),
    ("163", 4, -8.0),
    ("173", 4, -5.0),
    ("190", 4, -10.0),
]


def seed_texts() -> list[tuple[str, str]]:
    """(name, text) of the five seed articles, or of ``examples/articles`` when ../shared is absent."""
    if SEEDS.exists():
        return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    out = []
    for p in sorted(EXAMPLES.iterdir()):
        if p.suffix == ".jsonl":
            import json

            out += [
                (f"{p.name}:{n}", json.loads(ln)["text"])
                for n, ln in enumerate(p.read_text().splitlines())
                if ln.strip()
            ]
        else:
            out.append((p.name, p.read_text(encoding="utf-8")))
    return out


def corpus(words: int) -> list[dict[str, Any]]:
    """``{"id", "text"}`` docs: the seed texts replicated until ``words`` words (ids made unique)."""
    base = seed_texts()
    docs: list[dict[str, Any]] = []
    total, k = 0, 0
    while total < words:
        name, text = base[k % len(base)]
        docs.append({"id": f"{name}#{k}", "text": text})
        total += len(text.split())
        k += 1
    return docs


def gdelt_columns() -> list[tuple[str, str]]:
    from detente.store.imports import columns

    return columns("gdelt1")


def write_gdelt_tsv(path: Path, rows: int, first_id: int = 1, seed: int = 7) -> Path:
    """A GDELT 1.0 daily-format file (58 columns, tab, no header) of ``rows`` synthetic events, via DuckDB."""
    cols = gdelt_columns()
    n_c, n_k = len(_COUNTRIES), len(_CODES)
    countries = "[" + ", ".join(f"'{c}'" for c in _COUNTRIES) + "]"
    codes = "[" + ", ".join(f"'{c}'" for c, _, _ in _CODES) + "]"
    quads = "[" + ", ".join(str(q) for _, q, _ in _CODES) + "]"
    gold = "[" + ", ".join(str(g) for _, _, g in _CODES) + "]"
    # 40% USA-RUS or RUS-USA; otherwise two countries drawn by hash
    a1 = f"CASE WHEN h % 10 < 2 THEN 'USA' WHEN h % 10 < 4 THEN 'RUS' ELSE {countries}[1 + (h // 10) % {n_c}] END"
    a2 = f"CASE WHEN h % 10 < 2 THEN 'RUS' WHEN h % 10 < 4 THEN 'USA' ELSE {countries}[1 + (h // 1000) % {n_c}] END"
    k = f"1 + (h // 100000) % {n_k}"
    values = {
        "GLOBALEVENTID": f"{first_id} + i",
        "SQLDATE": "strftime(d, '%Y%m%d')::BIGINT",
        "MonthYear": "strftime(d, '%Y%m')::BIGINT",
        "Year": "year(d)",
        "FractionDate": "round(year(d) + dayofyear(d) / 365.0, 4)",
        "Actor1Code": a1,
        "Actor1CountryCode": a1,
        "Actor1Name": f"lower({a1})",
        "Actor2Code": a2,
        "Actor2CountryCode": a2,
        "Actor2Name": f"lower({a2})",
        "IsRootEvent": "1",
        "EventCode": f"{codes}[{k}]",
        "EventBaseCode": f"{codes}[{k}]",
        "EventRootCode": f"left({codes}[{k}], 2)",
        "QuadClass": f"{quads}[{k}]",
        "GoldsteinScale": f"{gold}[{k}]",
        "NumMentions": "1 + h % 9",
        "NumSources": "1 + h % 3",
        "NumArticles": "1 + h % 7",
        "AvgTone": "((h % 200) - 100) / 10.0",
        "DATEADDED": "strftime(d, '%Y%m%d')::BIGINT",
        "SOURCEURL": "'https://example.org/news/' || i",
    }
    select = ", ".join(f'{values.get(name, "NULL")} AS "{name}"' for name, _ in cols)
    con = duckdb.connect()
    try:
        con.execute(
            f"""COPY (
                WITH g AS (SELECT i, (hash(i + {seed}) % 1000000007)::BIGINT AS h FROM range({rows}) t(i)),
                     e AS (SELECT i, h, DATE '2013-04-01' + ((h // 7) % 4000)::INTEGER AS d FROM g)
                SELECT {select} FROM e ORDER BY i
            ) TO '{path}' (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '', NULLSTR '')"""
        )
    finally:
        con.close()
    return path


# ------------------------------------------------------------------------------------------------ reporting


def machine() -> str:
    """CPU count, platform and the load average at the time of writing (others' jobs skew timings)."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} CPUs, {platform.platform()}, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}, load average {load}"
    )


def command() -> str:
    return " ".join([".venv/bin/python", *[a if a != sys.argv[0] else os.path.relpath(a, ROOT) for a in sys.argv]])


@contextmanager
def timer() -> Iterator[Callable[[], float]]:
    """``with timer() as t: ...; t()`` -> seconds elapsed (frozen when the block ends)."""
    start = time.perf_counter()
    end: list[float] = []
    yield lambda: (end[0] if end else time.perf_counter()) - start
    end.append(time.perf_counter())


@contextmanager
def busy_load(processes: int) -> Iterator[list[subprocess.Popen[bytes]]]:
    """``processes`` busy-loop Python processes spinning while the block runs, at this process's niceness (they
    inherit it), killed when it ends: a repeatable stand-in for the other jobs of a shared machine, so a
    benchmark can be timed "calm" (0) and "loaded" (e.g. one per core) in the same session
    (``bench_pipeline.py --load``). Each takes one core when it can, like a CPU-bound job."""
    procs = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL) for _ in range(processes)
    ]
    try:
        yield procs
    finally:
        for proc in procs:
            proc.kill()
        for proc in procs:
            proc.wait()


def table(rows: list[dict[str, Any]]) -> str:
    """A markdown table of ``rows`` (keys of the first row as the header)."""
    if not rows:
        return "(no rows)\n"
    cols = list(rows[0])
    lines = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(_fmt(r.get(c)) for c in cols) + " |")
    return "\n".join(lines) + "\n"


def _fmt(v: Any) -> str:
    if isinstance(v, bool):
        return "yes" if v else "**no**"
    if isinstance(v, float):
        return f"{v:,.3f}" if abs(v) < 10 else f"{v:,.0f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def write_section(key: str, title: str, body: str) -> None:
    """Replace (or append) the section ``key`` in BENCHMARKS.md; other sections (others' tables) stay."""
    start, end = f"<!-- bench:{key} -->", f"<!-- /bench:{key} -->"
    block = (
        f"{start}\n## {title}\n\n_{dt.datetime.now().strftime('%Y-%m-%d %H:%M')}; {machine()}_\n\n"
        f"Command: `{command()}`\n\n{body.rstrip()}\n{end}\n"
    )
    text = BENCHMARKS_MD.read_text(encoding="utf-8") if BENCHMARKS_MD.exists() else _HEADER
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end) + r"\n?", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text)
    else:
        marker = "<!-- bench:end -->"
        text = text.replace(marker, block + "\n" + marker) if marker in text else text.rstrip() + "\n\n" + block
    BENCHMARKS_MD.write_text(text, encoding="utf-8")
    print(block)


_HEADER = """# Benchmarks

Each section is written by a script under `benchmarks/` (`.venv/bin/python benchmarks/run_all.py` runs the
speed and memory ones) and says when, on what machine and with which command it was measured. Figures are
given as ratios to a baseline measured in the same run, so they can be compared across machines.
Accuracy tables (events, causal, stance) are added below by their own scripts.

<!-- bench:end -->
"""


# the read endpoints tests/test_load.py and benchmarks/bench_load.py send, in turn
LOAD_PATHS = (
    "/api/index?dyad=USA-RUS&freq=month",
    "/api/index?dyad=USA-CHN&freq=year",
    "/api/events?dyad=USA-RUS&limit=50",
    "/api/events?actor=RUS&code=19&limit=20",
    "/api/index?dyad=RUS-UKR&freq=week&since=2015-01-01&until=2016-12-31",
)


async def hammer(base: str, requests: int, concurrency: int, timeout: float = 60) -> tuple[list[float], list[str]]:
    """``requests`` GETs of :data:`LOAD_PATHS` against a server at ``base``, ``concurrency`` at a time over
    one pooled client: the latency of each answer, and one line per error (a transport error, a status other
    than 200, an empty body)."""
    import httpx

    sem = asyncio.Semaphore(concurrency)
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:

        async def one(k: int) -> None:
            path = LOAD_PATHS[k % len(LOAD_PATHS)]
            async with sem:
                t0 = time.perf_counter()
                try:
                    r = await client.get(path)
                except httpx.HTTPError as exc:
                    errors.append(f"{path}: {type(exc).__name__}: {exc}")
                    return
                latencies.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    errors.append(f"{path}: HTTP {r.status_code} {r.text[:200]}")
                elif not r.json():
                    errors.append(f"{path}: empty body")

        await asyncio.gather(*(one(k) for k in range(requests)))
    return latencies, errors
