"""Listing events and building a dyad's timeline, each event with the text that supports it.

An event coded from text carries its provenance (doc_id, sentence_idx, start, end: raw character offsets) and
is returned with its sentence and its document's source, url and title, so a reader can check every line.
Imported GDELT/ICEWS events have no sentence; their ``url`` (GDELT SOURCEURL) is the evidence.

All user values reach SQL as ``?`` parameters; only fixed SQL fragments are concatenated.
"""

from __future__ import annotations

from typing import Any

import duckdb

from detente.analysis.relations_index import COUNTED_EVENTS, counted_key_sql, parse_dyad, span_clauses
from detente.reference.records import EventListing, columns

# EventListing fields that do not come from the events table itself (or not as stored): ``date`` is the
# label at the text's granularity ("2025", "2025-Q2"), a stored day for imported rows; never a period's
# first day standing for the whole period (docs/dates.md)
_JOINED = {
    "date": "coalesce(e.date_label, strftime(e.date, '%Y-%m-%d'))",
    "background": "coalesce(e.background, false)",
    "sentence": "s.text",
    "doc_source": "d.source",
    "url": "coalesce(e.url, d.url)",
    "title": "d.title",
}
_NAMES = list(columns(EventListing))
_COLUMNS = ", ".join(f'{_JOINED[c]} AS "{c}"' if c in _JOINED else f'e."{c}"' for c in _NAMES)
_FROM = """
    FROM events e
    LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_idx
    LEFT JOIN documents d ON d.id = e.doc_id
"""
LISTING_SQL = f"{_COLUMNS} {_FROM}"  # every EventListing field; callers add WHERE
# the timeline counts, so it reads the events as the relations index does (a restated headline takes the
# date the text gives its event: relations_index.COUNTED_EVENTS)
_COUNTED_FROM = _FROM.replace("FROM events e", f"FROM {COUNTED_EVENTS} e")


def _where(
    dyad: str | None,
    actor: str | None,
    code: str | None,
    since: Any,
    until: Any,
    source: str | None,
    origin: str | None,
    directed: bool = False,
) -> tuple[str, list[Any]]:
    """Filters, each optional. Actor and dyad sides match actor codes by prefix (``USA`` matches ``USAGOV``).

    ``code`` is a CAMEO code prefix (``"04"``: every consultation) or, when it has letters, a PLOVER event.
    ``source`` is the document source (outlet), compared case-insensitively.
    """
    clauses: list[str] = ["true"]
    params: list[Any] = []
    if dyad:
        a, b = parse_dyad(dyad)
        ab = "(starts_with(e.source, ?) AND starts_with(e.target, ?))"
        if directed:
            clauses.append(ab)
            params += [a, b]
        else:
            clauses.append(f"({ab} OR {ab})")
            params += [a, b, b, a]
    if actor:
        clauses.append("(starts_with(e.source, ?) OR starts_with(e.target, ?))")
        params += [actor.strip().upper()] * 2
    if code:
        code = code.strip()
        if code.isdigit():
            clauses.append("starts_with(e.cameo, ?)")
        else:
            clauses.append("upper(e.plover) = upper(?)")
        params.append(code)
    if source:
        clauses.append("lower(d.source) = lower(?)")
        params.append(source)
    span_clauses(clauses, params, since, until, origin or None, alias="e.")
    return " AND ".join(clauses), params


def _row(values: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(_NAMES, values, strict=True))


def list_events(
    con: duckdb.DuckDBPyConnection,
    dyad: str | None = None,
    actor: str | None = None,
    code: str | None = None,
    since: Any = None,
    until: Any = None,
    source: str | None = None,
    origin: str | None = None,
    limit: int = 100,
    offset: int = 0,
    directed: bool = False,
) -> list[dict[str, Any]]:
    """Events matching the filters, newest first, each with its sentence, document and offsets.

    ``source`` filters on the *document* source (the outlet, ``documents.source``), not the actor: use
    ``actor`` for that. Events without a date come last; dates sort by their period's start, then its end
    (a day before the year that holds it). ``since``/``until`` keep events whose whole period lies in the
    range.
    """
    where, params = _where(dyad, actor, code, since, until, source, origin, directed)
    sql = (
        f"SELECT {_COLUMNS} {_FROM} WHERE {where} "
        "ORDER BY e.date DESC NULLS LAST, coalesce(e.date_end, e.date), e.event_id LIMIT ? OFFSET ?"
    )
    params += [max(0, int(limit)), max(0, int(offset))]
    return [_row(r) for r in con.execute(sql, params).fetchall()]


def timeline(
    con: duckdb.DuckDBPyConnection,
    dyad: str = "USA-RUS",
    since: Any = None,
    until: Any = None,
    code: str | None = None,
    origin: str | None = None,
    directed: bool = False,
    include_negated: bool = False,
    limit: int = 1000,
) -> list[dict[str, Any]]:
    """The dyad's events in date order, the same happening reported by several documents merged into one.

    An entry is one (date, source, target, cameo) with ``count`` and ``sources``: every supporting event with
    its document source, url, sentence and offsets. ``count`` counts as the relations index does: one
    document's mentions of one event (a headline restated in the lead, ``relations_index.COUNTED_KEY``) are
    one, each document another report; ``mentions`` is the number of ``sources`` (every coded sentence).
    Negated and hypothetical events are left out unless ``include_negated`` (a timeline is of what
    happened); undated events (background ones the text does not date among them) cannot be placed and are
    left out. ``date`` is the label at the text's granularity
    (``date_precision``): a year-granular event sits at "2025", ordered by its period's start, then end.
    """
    where, params = _where(dyad, None, code, since, until, None, origin, directed)
    where += " AND e.date IS NOT NULL"
    if not include_negated:
        where += " AND NOT coalesce(e.negated, false) AND NOT coalesce(e.hypothetical, false)"
    sql = f"""
        WITH hits AS (
            SELECT {_COLUMNS}, e.date AS date_start, coalesce(e.date_end, e.date) AS date_stop,
                   row({counted_key_sql("e.")}) AS counted_key {_COUNTED_FROM} WHERE {where}
        ),
        grouped AS (
            SELECT date, source, target, cameo, any_value(date_precision) AS date_precision,
                   min(date_start) AS date_start, max(date_stop) AS date_stop,
                   any_value(plover) AS plover, avg(goldstein) AS goldstein, any_value(quad) AS quad,
                   any_value(source_name) AS source_name, any_value(target_name) AS target_name,
                   count(DISTINCT counted_key) AS count, count(*) AS mentions,
                   list({{'event_id': event_id, 'origin': origin, 'doc_id': doc_id,
                          'sentence_idx': sentence_idx, 'start': start, 'end': "end",
                          'sentence': sentence, 'doc_source': doc_source,
                          'url': url, 'title': title, 'negated': negated, 'hypothetical': hypothetical}}
                        ORDER BY event_id) AS sources
            FROM hits GROUP BY date, source, target, cameo
        )
        SELECT * EXCLUDE (date_start, date_stop) FROM grouped
        ORDER BY date_start, date_stop, date, source, target, cameo LIMIT ?
    """
    params.append(max(0, int(limit)))
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    out = []
    for values in cur.fetchall():
        out.append(dict(zip(names, values, strict=True)))
    return out
