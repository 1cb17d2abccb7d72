"""Analysis on a Dask cluster: ``detente analyze --workers N`` or ``--scheduler tcp://host:port``.

Why this shape:

- Ingest (reading, cleaning, segmenting, storing) stays in-process: it is cheap next to the NLP and it is the
  step that needs the single DuckDB writer.
- The NLP is the expensive part and is embarrassingly parallel per document, so the documents pending
  analysis are cut into partitions and each partition is one Dask task. A task gets the documents' clean
  text, offset map and sentence spans (never the database: DuckDB allows one writing process), runs the
  pipeline, and writes one Parquet file per table under ``<db>.parts/<run-id>/<table>/part-N.parquet``.
- The spaCy pipeline is loaded once per worker process: ``detente.api.ingest.get_pipeline`` keeps it in a
  module-level cache, and every task on that worker reuses it.
- Rows are produced by the same code as the in-process path: the task stores each document with
  ``detente.store.documents.save_analysis`` into an in-memory DuckDB carrying the real schema, so types,
  casts and JSON columns are exactly those of ``detente analyze``; the tables are then written as Parquet
  with pyarrow.
- The driver loads each finished partition with ``read_parquet`` in ONE transaction (old rows of those
  documents deleted, new rows inserted, documents marked analyzed), so a crash or a failed task leaves every
  document either fully analyzed or still pending, and the next run redoes only what is missing.

For a remote scheduler the workers need ``detente`` installed and the ``.parts`` folder must be on a file
system both the workers and the driver see (a shared mount); with ``workers=N`` a local cluster is started.
"""

from __future__ import annotations

import shutil
import sys
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb

from detente.api.ingest import IngestReport, Progress, get_pipeline, ingest, pipeline_id
from detente.reference.records import ANALYSIS_TABLES
from detente.store import documents as store
from detente.store.db import connect, db_path, migrate, transaction

TABLES = ANALYSIS_TABLES
DEFAULT_PARTITION_SIZE = 8


# ------------------------------------------------------------------------------------------------ worker side


def worker_pipeline_id() -> str:
    """Load (once per worker process) the pipeline and say which version it is: the driver needs the id to
    know what is pending, and calling this first on every worker warms them in parallel."""
    return pipeline_id(get_pipeline())


def analyze_partition(items: Sequence[dict[str, Any]], out_dir: str, part: int) -> dict[str, Any]:
    """Run the pipeline over one partition and write its rows as Parquet: ``{table: path}`` plus the ids.

    ``items`` are ``store.load_for_analysis`` dicts (id, clean_text, offset_map, published, sentences).
    Runs on a Dask worker; imports stay inside so the function pickles by reference only.
    """
    import pyarrow.parquet as pq

    from detente.api.ingest import analysis_rows

    nlp = get_pipeline()
    pid = pipeline_id(nlp)
    mem = duckdb.connect()  # the real schema in memory: the same inserts and casts as the in-process path
    try:
        migrate(mem)
        ids = []
        for doc_id, rows in analysis_rows(nlp, list(items)):
            store.save_analysis(mem, doc_id, rows, pid)
            ids.append(doc_id)
        files: dict[str, str] = {}
        for table in TABLES:
            arrow = mem.sql(f"SELECT * FROM {table}").to_arrow_table()
            folder = Path(out_dir) / table
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"part-{part}.parquet"
            pq.write_table(arrow, str(path))
            files[table] = str(path)
    finally:
        mem.close()
    return {"part": part, "ids": ids, "pipeline": pid, "files": files}


# ------------------------------------------------------------------------------------------------ driver side


def load_partition(con: duckdb.DuckDBPyConnection, result: dict[str, Any]) -> None:
    """Replace the partition's documents' results with its Parquet rows and mark them analyzed, atomically."""
    ids: list[str] = result["ids"]
    if not ids:
        return
    with transaction(con):
        for table in store.DERIVED_TABLES:
            con.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [ids])
        for table, path in result["files"].items():
            if table not in TABLES:
                raise ValueError(f"unexpected table {table!r} in partition {result['part']}")
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?)", [path])
        con.executemany("INSERT INTO analyzed (doc_id, pipeline) VALUES (?, ?)", [[i, result["pipeline"]] for i in ids])


def partitions(ids: Sequence[str], size: int) -> list[list[str]]:
    """Consecutive chunks of ``size`` ids (the last one shorter)."""
    if size < 1:
        raise ValueError(f"partition size must be at least 1, got {size}")
    return [list(ids[k : k + size]) for k in range(0, len(ids), size)]


def _client(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    n = workers or 1
    if n < 1:
        raise ValueError(f"workers must be at least 1, got {n}")
    cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def analyze_pending_distributed(
    con: duckdb.DuckDBPyConnection,
    parts_root: Path,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    progress: Progress | None = None,
    on_problem: Callable[[str], None] | None = None,
    keep_parts: bool = False,
) -> tuple[list[str], list[str]]:
    """Analyze every stored document pending for the workers' pipeline; returns (analyzed ids, problems)."""
    say = on_problem or (lambda line: print(line, file=sys.stderr))
    if not store.pending_analysis(con, "\x00never a pipeline id"):
        return [], []  # nothing at all to do: do not start a cluster
    client, cluster = _client(scheduler, workers)
    run_dir = parts_root / uuid.uuid4().hex[:12]
    done: list[str] = []
    problems: list[str] = []
    try:
        from dask.distributed import as_completed

        addrs = list(client.scheduler_info().get("workers", {}))
        warm = [
            client.submit(worker_pipeline_id, workers=[a], pure=False, allow_other_workers=False) for a in addrs
        ] or [client.submit(worker_pipeline_id, pure=False)]
        pids = set(client.gather(warm))
        if len(pids) != 1:
            raise RuntimeError(f"workers run different pipeline versions: {sorted(pids)}")
        pid = pids.pop()
        pending = store.pending_analysis(con, pid)
        chunks = partitions(pending, partition_size)
        futures = []
        for n, chunk in enumerate(chunks):
            # the raw text travels too: spacing/debris signals are judged on it (doc_rows)
            payload = [store.load_for_analysis(con, i) for i in chunk]
            futures.append(client.submit(analyze_partition, payload, str(run_dir), n, pure=False))
        for fut in as_completed(futures):
            try:
                result = fut.result()
                load_partition(con, result)
            except Exception as exc:  # one failed partition must not lose the others: its docs stay pending
                line = f"analysis partition failed ({type(exc).__name__}: {exc}); its documents stay pending"
                problems.append(line)
                say(f"error: {line}")
                continue
            done.extend(result["ids"])
            if progress:
                progress(len(done), len(pending))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        if not keep_parts:
            shutil.rmtree(run_dir, ignore_errors=True)
            if parts_root.exists() and not any(parts_root.iterdir()):
                parts_root.rmdir()
    return sorted(done), problems


def analyze_distributed(
    paths: Iterable[str | Path],
    db: str | Path | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
    on_problem: Callable[[str], None] | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    keep_parts: bool = False,
) -> IngestReport:
    """``analyze`` with the NLP on Dask: ingest here, analysis partitions on the workers, results loaded here.

    ``scheduler`` (``tcp://host:port``) uses a running cluster; otherwise ``workers`` local worker processes
    (one thread each) are started and stopped. Results are the same rows as ``detente.api.analyze``."""
    path = db_path(db)
    con = connect(path)
    try:
        report = ingest(paths, con, progress=None, on_problem=on_problem)
        report.analyzed, problems = analyze_pending_distributed(
            con,
            Path(f"{path}.parts"),
            scheduler=scheduler,
            workers=workers,
            partition_size=partition_size,
            progress=progress,
            on_problem=on_problem,
            keep_parts=keep_parts,
        )
        report.problems.extend(problems)
    finally:
        con.close()
    return report
