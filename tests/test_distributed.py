"""Dask execution gives the same rows as the in-process path (two real worker processes, real DuckDB)."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from detente.api.distributed import analyze_distributed, load_partition, partitions
from detente.api.ingest import analyze_stored, ingest, pipeline_id
from detente.store.db import connect
from tests.conftest import EXAMPLES, SHARED

COMPARED = ("mentions", "events", "causal_claims", "framing_hits", "quality_signals")


def _rows(db: Path, table: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(f"SELECT * FROM {table}").fetchall()
    finally:
        con.close()
    return sorted(rows, key=repr)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example articles plus, when ../shared is here, the five seeds: a few thousand words."""
    folder = tmp_path_factory.mktemp("corpus")
    for f in EXAMPLES.iterdir():
        shutil.copy(f, folder / f.name)
    seeds = SHARED / "corpus" / "seeds"
    if seeds.exists():
        for f in sorted(seeds.glob("*.txt")):
            shutil.copy(f, folder / f"seed-{f.name}")
    return folder


@pytest.fixture(scope="module")
def both(corpus: Path, tmp_path_factory: pytest.TempPathFactory, nlp) -> tuple[Path, Path, object]:
    base = tmp_path_factory.mktemp("dbs")
    local, dist = base / "local.duckdb", base / "dist.duckdb"
    con = connect(local)
    try:
        ingest([corpus], db=con, on_problem=lambda _line: None)
        analyze_stored(con, nlp=nlp)
    finally:
        con.close()
    report = analyze_distributed([corpus], db=dist, workers=2, partition_size=2, on_problem=lambda _line: None)
    return local, dist, report


def test_distributed_matches_in_process(both: tuple[Path, Path, object]) -> None:
    local, dist, report = both
    assert not report.problems  # type: ignore[attr-defined]
    assert len(report.analyzed) >= 4  # type: ignore[attr-defined]
    for table in COMPARED:
        a, b = _rows(local, table), _rows(dist, table)
        assert a == b, f"{table}: {len(a)} in-process rows vs {len(b)} distributed rows differ"
    assert _rows(local, "events"), "the corpus should yield events"
    assert len(_rows(dist, "analyzed")) == len(report.analyzed)  # type: ignore[attr-defined]


def test_parts_folder_removed_and_rerun_is_noop(both: tuple[Path, Path, object], corpus: Path) -> None:
    _local, dist, _report = both
    assert not Path(f"{dist}.parts").exists()
    before = _rows(dist, "events")
    again = analyze_distributed([corpus], db=dist, workers=1, on_problem=lambda _line: None)
    assert again.analyzed == [] and again.new == [] and len(again.unchanged) >= 4
    assert _rows(dist, "events") == before


def test_load_partition_is_atomic(tmp_path: Path, both: tuple[Path, Path, object], nlp) -> None:
    """A partition with a broken file loads nothing: the documents stay pending, old rows stay."""
    _local, dist, _report = both
    db = tmp_path / "copy.duckdb"
    shutil.copy(dist, db)
    con = connect(db)
    try:
        ids = [r[0] for r in con.execute("SELECT doc_id FROM analyzed ORDER BY doc_id LIMIT 2").fetchall()]
        events_before = con.execute("SELECT count(*) FROM events").fetchone()[0]
        bad = tmp_path / "broken.parquet"
        bad.write_bytes(b"not parquet at all")
        with pytest.raises(duckdb.Error):
            load_partition(con, {"part": 0, "ids": ids, "pipeline": pipeline_id(nlp), "files": {"events": str(bad)}})
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == events_before
        marked = con.execute("SELECT count(*) FROM analyzed WHERE list_contains(?, doc_id)", [ids]).fetchone()
        assert marked[0] == 2
    finally:
        con.close()


def test_partitions() -> None:
    assert partitions(["a", "b", "c"], 2) == [["a", "b"], ["c"]]
    assert partitions([], 3) == []
    with pytest.raises(ValueError, match="at least 1"):
        partitions(["a"], 0)


def test_code_stream_gives_the_results_of_code_documents_lazily(nlp) -> None:
    """The streaming coder (bounded memory) returns exactly what ``code_documents`` returns, in order."""
    from detente.api.ingest import code_documents, code_stream

    docs = [
        {"id": f.name, "text": f.read_text(encoding="utf-8"), "date": "2025-10-02"}
        for f in sorted(EXAMPLES.iterdir())
        if f.suffix in (".txt", ".md")
    ]
    docs.append({"id": "empty", "text": ""})
    pulled: list[int] = []

    def source():  # type: ignore[no-untyped-def]
        for n, d in enumerate(docs):
            pulled.append(n)
            yield d

    stream = code_stream(source(), nlp=nlp, batch_size=1)
    first = next(stream)
    assert len(pulled) < len(docs)  # the input is read as needed, not all at once
    assert [first, *stream] == code_documents(docs, nlp=nlp)
