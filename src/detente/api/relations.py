"""Events, the relations index, timelines and imports: the functions behind ``detente index|events|
timeline|dyads|import``. Each opens the store, calls the analysis function, and closes it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from detente.analysis import events_query
from detente.analysis import relations_index as ri
from detente.reference.records import IMPORT_ORIGINS, IndexCoverage, IndexPoint
from detente.store import imports
from detente.store.db import Store, opened

Db = Store


def relations_index(
    db: Db = None,
    dyad: str = "USA-RUS",
    directed: bool = False,
    freq: str = "month",
    since: Any = None,
    until: Any = None,
    weight: str | None = None,
    origin: str | None = None,
) -> list[IndexPoint]:
    """Per period: events, counts per quad class, mean and total Goldstein, net-cooperation share."""
    with opened(db, read_only=True) as con:
        return ri.relations_index(
            con, dyad=dyad, directed=directed, freq=freq, since=since, until=until, weight=weight, origin=origin
        )


def index_coverage(
    db: Db = None,
    dyad: str = "USA-RUS",
    directed: bool = False,
    freq: str = "month",
    since: Any = None,
    until: Any = None,
    origin: str | None = None,
) -> IndexCoverage:
    """How many asserted events the index of ``freq`` places, and how many it leaves out: dated coarser than
    the period, background (recalled history) without a date, or undated (docs/dates.md)."""
    with opened(db, read_only=True) as con:
        return ri.index_coverage(con, dyad=dyad, directed=directed, freq=freq, since=since, until=until, origin=origin)


def index_events(
    db: Db,
    dyad: str,
    period: Any,
    freq: str = "month",
    directed: bool = False,
    origin: str | None = None,
    limit: int | None = None,
) -> list[str]:
    """The event ids behind one index point."""
    with opened(db, read_only=True) as con:
        return ri.index_events(con, dyad, period, freq=freq, directed=directed, origin=origin, limit=limit)


def dyads(db: Db = None, top: int = 20, origin: str | None = None) -> list[dict[str, Any]]:
    with opened(db, read_only=True) as con:
        return ri.dyads(con, top=top, origin=origin)


def events(db: Db = None, **filters: Any) -> list[dict[str, Any]]:
    """Events with their sentences; filters: dyad, actor, code, since, until, source, origin, limit, offset,
    directed."""
    with opened(db, read_only=True) as con:
        return events_query.list_events(con, **filters)


def timeline(db: Db = None, **filters: Any) -> list[dict[str, Any]]:
    """A dyad's events in date order with their sources; filters: dyad, since, until, code, origin, directed."""
    with opened(db, read_only=True) as con:
        return events_query.timeline(con, **filters)


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
