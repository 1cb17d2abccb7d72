"""The Python API: plain functions, the only layer that queries the store for users.

Every ``detente`` command is a thin shell over the function of the same name here (``import`` is
``import_events`` and ``map`` is ``cognitive_map``, as those names are taken in Python), and so is the web
app. Functions that read the store take ``db``: a path (default ``$DETENTE_DB`` or ``./detente.duckdb``),
opened read-only (a missing file raises ``MissingStoreError`` and is not created), or an open DuckDB
connection.

    >>> from detente import api
    >>> api.analyze(["examples/articles"], db="demo.duckdb")          # doctest: +SKIP
    >>> api.index("demo.duckdb", dyad="USA-RUS", freq="month")        # doctest: +SKIP
"""

from pathlib import Path

from detente.api.forecast import forecast
from detente.api.info import info, stats
from detente.api.ingest import (
    AnalysisWorker,
    IngestReport,
    analyze,
    analyze_stored,
    analyze_uploads,
    code_documents,
    code_stream,
    ingest,
    remove,
    upload_id,
)
from detente.api.maps import cognitive_map, cognitive_maps, concept_merges, select_map, simulate, strategies

# submodules named like functions (report, sources) are imported here first, so that the functions bound
# below stay the package attributes when some other code imports the submodule later
from detente.api.relations import (
    dyads,
    events,
    import_events,
    index_coverage,
    index_events,
    relations_index,
    timeline,
)
from detente.api.report import write_report
from detente.api.sources import claims, compare, sources, stance
from detente.store.db import MissingStoreError, Store, StoreError, connect, db_path

code = code_documents
index = relations_index


def report(db: Store = None, dyad: str = "USA-RUS", output: str | Path = "report.html") -> Path:
    """Write the self-contained HTML report (``detente report``); returns its path."""
    return write_report(db, dyad, output)


__all__ = [
    "AnalysisWorker",
    "IngestReport",
    "MissingStoreError",
    "Store",
    "StoreError",
    "analyze",
    "analyze_stored",
    "analyze_uploads",
    "claims",
    "code",
    "code_documents",
    "code_stream",
    "cognitive_map",
    "cognitive_maps",
    "compare",
    "concept_merges",
    "connect",
    "db_path",
    "dyads",
    "events",
    "forecast",
    "import_events",
    "index",
    "index_coverage",
    "index_events",
    "info",
    "ingest",
    "relations_index",
    "remove",
    "report",
    "select_map",
    "simulate",
    "sources",
    "stance",
    "stats",
    "strategies",
    "timeline",
    "upload_id",
]
