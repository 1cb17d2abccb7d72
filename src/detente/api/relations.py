"""Events, the relations index, timelines and imports: the functions behind ``detente index|events|
timeline|dyads|import``. Each opens the store, calls the analysis function, and closes it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from detente.analysis import events_query
from detente.analysis import relations_index as ri
from detente.analysis.relations_index import Weight as Weight  # re-exported: the REST models' choices
from detente.reference.records import IMPORT_ORIGINS
from detente.reference.records import Origin as Origin
from detente.store import imports
from detente.store.db import Store, opened, reads_store

Db = Store


# the analysis functions, taking ``db`` (a path opened read-only, or an open connection) instead of ``con``
relations_index = reads_store(ri.relations_index)
# how many asserted events the index places and how many it leaves out, by reason (docs/dates.md)
index_coverage = reads_store(ri.index_coverage)
index_events = reads_store(ri.index_events)
# each counted event behind a point with every mention of it in its document (a restated headline's sentences)
index_event_mentions = reads_store(ri.index_event_mentions)
dyads = reads_store(ri.dyads)
events = reads_store(events_query.list_events)
timeline = reads_store(events_query.timeline)


IMPORT_KINDS = IMPORT_ORIGINS


def import_events(kind: str, paths: Iterable[str | Path], db: Db = None, version: int | None = None) -> dict[str, Any]:
    """Import GDELT or ICEWS event files into the events table; returns the per-file report.

    ``kind`` (gdelt | icews) and ``version`` (1 | 2, GDELT only) are checked before the store is opened: a
    bad value raises ValueError and creates nothing."""
    if kind not in IMPORT_KINDS:
        raise ValueError(f"unknown import origin {kind!r}: use gdelt or icews")
    if version is not None and (kind != "gdelt" or version not in (1, 2)):
        raise ValueError(f"--version {version!r}: only GDELT has versions, 1 or 2")
    with opened(db) as con:
        if kind == "gdelt":
            report = imports.import_gdelt(con, paths, version=version)
        else:
            report = imports.import_icews(con, paths)
        return report.to_dict()
