"""One API contract: every ``detente.api`` function that uses the store takes ``db``, a path or an open
DuckDB connection, and gives the same result either way (the seed store, analyzed once per session)."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente import api
from detente.store.db import connect
from tests.conftest import EXAMPLES

# submodules by import_module: ``detente.api.report`` the attribute is the report function, not the module
documents, report, summary = (importlib.import_module(f"detente.api.{m}") for m in ("documents", "report", "summary"))
Call = Callable[[Any, Path], Any]  # (db, tmp folder) -> result


def _unstamped(html: str) -> str:
    """A report without the minute it states it was generated in (two calls may straddle a minute)."""
    return re.sub(r"generated \d{4}-\d\d-\d\d \d\d:\d\d UTC", "generated", html)


def _undated(report_file: Path) -> str:
    """A written report, unstamped."""
    return _unstamped(report_file.read_text(encoding="utf-8"))


def _busiest(db: Any) -> str:
    """The USA-RUS month with the most events."""
    return max(api.relations_index(db, dyad="USA-RUS"), key=lambda r: r["events"])["period"]


# functions that only read the store
READERS: dict[str, Call] = {
    "claims": lambda db, _: api.claims(db),
    "cognitive_map": lambda db, _: api.cognitive_map(db),
    "cognitive_maps": lambda db, _: api.cognitive_maps(db).merged,
    "concept_merges": lambda db, _: api.concept_merges(db),
    "compare": lambda db, _: api.compare(db, "000_9e693d1276b01468.txt", "001_8a4b51e7cfb72f5a.txt"),
    "dyads": lambda db, _: api.dyads(db),
    "events": lambda db, _: api.events(db, dyad="USA-RUS"),
    "forecast": lambda db, _: api.forecast(db, dyad="USA-RUS"),
    "index_coverage": lambda db, _: api.index_coverage(db, dyad="USA-RUS"),
    "index_events": lambda db, _: api.index_events(db, "USA-RUS", _busiest(db)),
    "info": lambda db, _: {k: v for k, v in api.info(db).items() if k != "database_exists"},
    "relations_index": lambda db, _: api.relations_index(db, dyad="USA-RUS"),
    "report": lambda db, tmp: _undated(api.report(db, output=tmp / "r.html")),
    "simulate": lambda db, _: api.simulate(db, clamp={"sanctions": 1.0}),
    "sources": lambda db, _: api.sources(db),
    "stance": lambda db, _: api.stance(db),
    "stats": lambda db, _: api.stats(db),
    "strategies": lambda db, _: api.strategies(db),
    "timeline": lambda db, _: api.timeline(db, dyad="USA-RUS"),
    "documents.list_documents": lambda db, _: documents.list_documents(db),
    "documents.document": lambda db, _: documents.document(db, "000_9e693d1276b01468.txt"),
    "documents.events_by_ids": lambda db, _: documents.events_by_ids(db, api.index_events(db, "USA-RUS", _busiest(db))),
    "documents.actor_network": lambda db, _: documents.actor_network(db),
    "documents.sources_overview": lambda db, _: documents.sources_overview(db),
    "documents.claim_ledger": lambda db, _: documents.claim_ledger(db),
    "report.report_data": lambda db, _: report.report_data(db),
    "report.build_report": lambda db, _: _unstamped(report.build_report(db)),
    "report.write_report": lambda db, tmp: _undated(report.write_report(db, path=tmp / "w.html")),
    "summary.summary_data": lambda db, _: summary.summary_data(db),
}
WRITERS: dict[str, Call] = {
    "ingest": lambda db, _: api.ingest([EXAMPLES / "summit-postponed.txt"], db).as_dict(),
    "analyze": lambda db, _: api.analyze([EXAMPLES / "summit-postponed.txt"], db).as_dict(),
    "analyze_stored": lambda db, _: api.analyze_stored(db),
    "analyze_uploads": lambda db, _: api.analyze_uploads(
        [("note.txt", b"Russia and the United States met.")], db
    ).as_dict(),
    "import_events": lambda db, _: api.import_events("icews", [], db),
    "remove": lambda db, _: api.remove(["000_9e693d1276b01468.txt", "no-such-id"], db).as_dict(),
}


def _plain(value: Any) -> Any:
    """A result as comparable JSON (maps as their dicts)."""
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    return json.loads(json.dumps(value, default=str, sort_keys=True))


def _store_functions() -> set[str]:
    """Every function of detente.api (and its document/report/summary modules) with a ``db`` parameter."""
    found = set()
    for prefix, module in (("", api), ("documents.", documents), ("report.", report), ("summary.", summary)):
        names = api.__all__ if module is api else [n for n in dir(module) if not n.startswith("_")]
        for name in names:
            fn = getattr(module, name)
            if (
                inspect.isfunction(fn)
                and getattr(fn, "__module__", "").startswith("detente.api")
                and ("db" in inspect.signature(fn).parameters)
            ):
                found.add(prefix + name)
    return found - {"db_path", "connect", "code", "index"}  # the opener itself, and two aliases


def test_every_api_function_with_a_store_is_covered() -> None:
    assert _store_functions() <= set(READERS) | set(WRITERS), _store_functions() - set(READERS) - set(WRITERS)


@pytest.mark.parametrize("name", sorted(READERS))
def test_readers_take_a_path_or_an_open_connection(name: str, seeds_store: Path, tmp_path: Path) -> None:
    by_path = _plain(READERS[name](seeds_store, tmp_path))
    con = connect(seeds_store, read_only=True)
    try:
        by_connection = _plain(READERS[name](con, tmp_path))
        assert isinstance(con, duckdb.DuckDBPyConnection) and con.execute("SELECT 1").fetchone() == (1,)  # still open
    finally:
        con.close()
    assert by_path == by_connection
    assert by_path not in (None, [], {}, ""), name


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_writers_take_a_path_or_an_open_connection(name: str, seeds_store: Path, tmp_path: Path) -> None:
    results = []
    for how in ("path", "connection"):
        copy = tmp_path / f"{how}.duckdb"
        shutil.copyfile(seeds_store, copy)
        if how == "path":
            results.append(_plain(WRITERS[name](copy, tmp_path)))
            continue
        con = connect(copy)
        try:
            results.append(_plain(WRITERS[name](con, tmp_path)))
            assert con.execute("SELECT count(*) FROM documents").fetchone()[0] >= 4  # usable (remove drops one)
        finally:
            con.close()
    assert results[0] == results[1]


def test_one_runtime_holds_the_pipeline_and_clears_every_cache(seeds_store: Path) -> None:
    from detente.api.runtime import RUNTIME

    pipeline = RUNTIME.pipeline()
    assert RUNTIME.pipeline() is pipeline  # built once, then shared
    api.stance(seeds_store)  # fills the stance parse cache through the parse-only model
    held = RUNTIME.loaded()
    assert held["pipeline"] == 1 and held["models"] >= 1 and held["stance_parses"] > 0
    RUNTIME.clear()
    assert RUNTIME.loaded() == {"pipeline": 0, "models": 0, "encoders": 0, "stance_parses": 0}
    RUNTIME._pipeline = pipeline  # give the rest of the session its pipeline back instead of rebuilding it
