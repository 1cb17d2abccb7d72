"""The relations index: how cooperative or conflictual a dyad's events are, period by period.

Computed in SQL over ``events`` (text-coded, GDELT and ICEWS rows alike) so that ten million events take well
under a second. A dyad side matches an actor code by its first letters: ``USA`` matches ``USA``, ``USAGOV``,
``USAMNC``...; a longer side (``IGOUNO``, ``WSTIGONAT``) matches codes starting with it. Imported GDELT codes
are stored with the country first (see ``detente.store.imports``), so the first three letters are the country.

Per period:

- ``events``: number of events (or their weight sum, see ``weight``);
- ``quad1``..``quad4``: verbal cooperation, material cooperation, verbal conflict, material conflict;
- ``goldstein_mean`` / ``goldstein_total``: mean and sum of the Goldstein scores (events without one skipped);
- ``net_cooperation`` = (quad1 + quad2 - quad3 - quad4) / events, in [-1, 1]: +1 when every event is
  cooperative, -1 when every event is conflictual. Events without a quad class count in ``events`` only.

Negated and hypothetical text events ("Russia did not attack", "may impose sanctions") are not events that
happened and are left out. Every point is traceable: ``index_events`` lists the events behind it.

One event per real-world event per document: a headline restated in the lead ("US imposes sanctions on
Russia" / "The United States imposed sanctions on Russia on Monday") is coded twice, once per sentence, and
the store keeps both (the scorer and the evidence are per sentence). Where events are *counted* (this index,
its coverage, ``dyads``, the timeline's ``count``, the actor network) the mentions of one document with the
same :data:`COUNTED_KEY` count once; ``index_event_mentions`` lists every mention behind each counted event.
Different documents stay different reports (corroboration), and imported GDELT/ICEWS rows (no document)
are each their own event. A mention the text does not date takes the date the same document's text gives
the event (:data:`TEXT_EVENTS`); :func:`counted_rows_sql` is the one place the counts are made.

Dates keep the text's granularity (``date``..``date_end``, docs/dates.md). An event counts in a period only
when its whole date lies in it: a month-granular event in its month (and year), a year-granular one in its
year of a yearly index and in no month of a monthly one, a week that straddles two months in neither month.
Nothing is spread or given an invented day. Background events (recalled history) count in the period the
text gives them; one the text does not date has no date and is left out. ``index_coverage`` says how many
events each rule left out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, get_args

import duckdb

from detente.reference import records
from detente.reference.actors import country_part_sql
from detente.reference.countries import country_codes
from detente.reference.records import IndexCoverage, IndexPoint

FREQS = ("day", "week", "month", "year")
Weight = Literal["sources", "articles"]
WEIGHTS: tuple[str | None, ...] = (None, *get_args(Weight))


def parse_dyad(dyad: str) -> tuple[str, str]:
    """``"USA-RUS"`` -> ``("USA", "RUS")``; sides are upper-cased actor-code prefixes."""
    parts = [p.strip().upper() for p in dyad.replace("_", "-").split("-")]
    if len(parts) != 2 or not all(parts) or not all(p.isalnum() for p in parts):
        raise ValueError(f"dyad must look like USA-RUS, got {dyad!r}")
    return parts[0], parts[1]


def _check(freq: str, weight: str | None) -> None:
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}, got {freq!r}")
    if weight not in WEIGHTS:
        raise ValueError(f"weight must be None, 'sources' or 'articles', got {weight!r}")


def _side_sql(col: str) -> str:
    """Match one actor-code column against a side: fast equality on the 3-letter country, prefix otherwise."""
    return f"(CASE WHEN length(?) = 3 THEN {country_part_sql(col)} = ? ELSE starts_with({col}, ?) END)"


def _filter(
    dyad: str, directed: bool, since: Any, until: Any, origin: str | None, dated: bool = True
) -> tuple[str, list[Any]]:
    """WHERE clause and its parameters: the dyad, the dates and the origin; user values only as ``?``."""
    a, b = parse_dyad(dyad)
    ab = f"({_side_sql('source')} AND {_side_sql('target')})"
    clauses = ["NOT coalesce(negated, false)", "NOT coalesce(hypothetical, false)"]
    if dated:
        clauses.insert(0, "date IS NOT NULL")
    params: list[Any] = []
    if directed:
        clauses.append(ab)
        params += [a, a, a, b, b, b]
    else:
        clauses.append(f"({ab} OR {ab})")
        params += [a, a, a, b, b, b, b, b, b, a, a, a]
    span_clauses(clauses, params, since, until, origin)
    return " AND ".join(clauses), params


ORIGINS = records.ORIGINS

# What makes two coded events one real-world event for counting (docs/relations_index.md, "One event per
# event and document"): the same report (the document; an imported row, which has none, is its own report),
# the same directed actor codes, the same exact CAMEO code (190 and 193 stay two: the coder told two
# actions apart, and a root-level merge would also fold "expelled diplomats" into "expelled aid workers"),
# the same negated/hypothetical flags, and the same date at the same granularity (date..date_end, as
# TEXT_EVENTS gives it). ``{a}`` is the table alias with its dot, or nothing.
_SAME_EVENT: tuple[str, ...] = (
    "coalesce({a}doc_id, {a}event_id)",
    "{a}source",
    "{a}target",
    "{a}cameo",
    "coalesce({a}negated, false)",
    "coalesce({a}hypothetical, false)",
)
COUNTED_KEY: tuple[str, ...] = (*_SAME_EVENT, "{a}date", "coalesce({a}date_end, {a}date)")


def counted_key_sql(alias: str = "") -> str:
    """The :data:`COUNTED_KEY` columns, comma-separated (for a GROUP BY), on table ``alias`` (``"e."``)."""
    return ", ".join(k.format(a=alias) for k in COUNTED_KEY)


# The text events as the counting functions read them: every stored row (none removed: the store and the
# scorer stay per sentence), with one change. A text mention the text itself does not date (its date is the
# document's publication date, or none) takes the date of the same document's text-dated mentions of the
# same event when those agree on one date: the headline "US imposes sanctions on Russia" (dated by the
# March 4 dateline) restates "imposed sanctions on Russia on Monday" (March 3), one event on March 3. When
# the text dates the event twice (two rounds), such a mention keeps its own date: which one it restates is
# unknown. ``own_date`` says whether the row's date is the one stored for it.
_PARTITION = ", ".join(k.format(a="") for k in _SAME_EVENT)
_TEXT_DATED = "date IS NOT NULL AND date_how = 'text'"
_ADOPT = "(coalesce(date_how, '') <> 'text' AND t_date_min = t_date_max AND t_end_min = t_end_max)"
TEXT_EVENTS = f"""(
    SELECT * EXCLUDE (t_date_min, t_date_max, t_end_min, t_end_max, t_label, t_precision) REPLACE (
               CASE WHEN {_ADOPT} THEN t_date_min ELSE date END AS date,
               CASE WHEN {_ADOPT} THEN t_end_min ELSE date_end END AS date_end,
               CASE WHEN {_ADOPT} THEN t_label ELSE date_label END AS date_label,
               CASE WHEN {_ADOPT} THEN t_precision ELSE date_precision END AS date_precision),
           NOT coalesce({_ADOPT}, false) AS own_date
    FROM (
        SELECT *,
               min(date) FILTER (WHERE {_TEXT_DATED}) OVER same AS t_date_min,
               max(date) FILTER (WHERE {_TEXT_DATED}) OVER same AS t_date_max,
               min(coalesce(date_end, date)) FILTER (WHERE {_TEXT_DATED}) OVER same AS t_end_min,
               max(coalesce(date_end, date)) FILTER (WHERE {_TEXT_DATED}) OVER same AS t_end_max,
               min(date_label) FILTER (WHERE {_TEXT_DATED}) OVER same AS t_label,
               min(date_precision) FILTER (WHERE {_TEXT_DATED}) OVER same AS t_precision
        FROM events WHERE doc_id IS NOT NULL
        WINDOW same AS (PARTITION BY {_PARTITION})
    )
)"""
# every row: the imported ones (no document: each its own event, its date its own) and TEXT_EVENTS
COUNTED_EVENTS = f"(SELECT *, true AS own_date FROM events WHERE doc_id IS NULL UNION ALL BY NAME {TEXT_EVENTS})"


def counted_rows_sql(columns: dict[str, tuple[str, str]], where: str, imported: dict[str, str] | None = None) -> str:
    """SQL relation: one row per counted event among the events matching ``where``, which appears twice in
    it (pass its parameters twice). ``columns`` maps each output name to (aggregate, expression): a counted
    event's value over its mentions (``"quad": ("min", "quad")``). Imported rows, each its own event, are
    taken as they are, never grouped (grouping millions of one-row events by a key cost 2-4 times the query,
    BENCHMARKS.md issue 14 dedup1): their value is the bare expression, or ``imported[name]`` when the
    aggregate of one row is not the expression itself (``list``)."""
    bare = ", ".join(f"{(imported or {}).get(name, expr)} AS {name}" for name, (_agg, expr) in columns.items())
    grouped = ", ".join(f"{agg}({expr}) AS {name}" for name, (agg, expr) in columns.items())
    return (
        f"(SELECT {bare} FROM events WHERE doc_id IS NULL AND ({where}) "
        f"UNION ALL SELECT {grouped} FROM {TEXT_EVENTS} WHERE {where} GROUP BY {counted_key_sql()})"
    )


def counted_event_of(con: duckdb.DuckDBPyConnection, doc_id: str | None = None) -> dict[str, str]:
    """Each text event's id -> the id of its counted event's first mention in the text (sentence, then
    offset): the mentions of one document with the same :data:`COUNTED_KEY` (dates as :data:`TEXT_EVENTS`
    gives them) map to one id. What the stance and the claim ledger count once (docs/sources.md, "One
    statement per statement and document"); ``doc_id`` limits it to one document."""
    where, params = ("WHERE doc_id = ?", [doc_id]) if doc_id is not None else ("", [])
    sql = f"""
        SELECT event_id, first_value(event_id) OVER (
                   PARTITION BY {counted_key_sql()}
                   ORDER BY sentence_idx NULLS LAST, start NULLS LAST, event_id)
        FROM {TEXT_EVENTS} {where}
    """
    return dict(con.execute(sql, params).fetchall())


def _within_period(freq: str) -> str:
    """SQL: the event's whole date lies in one period of ``freq`` (``freq`` checked by ``_check``)."""
    return f"date_trunc('{freq}', date) = date_trunc('{freq}', coalesce(date_end, date))"


def span_clauses(
    clauses: list[str], params: list[Any], since: Any, until: Any, origin: str | None, alias: str = ""
) -> None:
    """Append the date-range and origin filters (parameterised) shared by every events query.

    An unknown ``origin`` raises ValueError (it would silently match nothing)."""
    if origin is not None and origin not in ORIGINS:
        raise ValueError(f"unknown origin {origin!r}: use {', '.join(ORIGINS)}")
    if since is not None:
        clauses.append(f"{alias}date >= ?::DATE")
        params.append(iso_date(since))
    if until is not None:  # the whole period: a year-granular 2025 event is not "until 2025-06-30"
        clauses.append(f"coalesce({alias}date_end, {alias}date) <= ?::DATE")
        params.append(iso_date(until))
    if origin is not None:
        clauses.append(f"{alias}origin = ?")
        params.append(origin)


def iso_date(value: Any) -> str:
    """A date, datetime or ISO string as an ISO date string (raises ValueError on anything else)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return dt.date.fromisoformat(str(value)).isoformat()


def _weight_sql(weight: str | None) -> str:
    if weight == "sources":
        return "coalesce(num_sources, 1)"
    if weight == "articles":
        return "coalesce(num_articles, 1)"
    return "1"


def relations_index(
    con: duckdb.DuckDBPyConnection,
    dyad: str = "USA-RUS",
    directed: bool = False,
    freq: str = "month",
    since: Any = None,
    until: Any = None,
    weight: str | None = None,
    origin: str | None = None,
) -> list[IndexPoint]:
    """One row per period for the dyad (both directions unless ``directed``: source A, target B).

    The series is regular: every period from ``since`` (else the first period with events) to ``until`` (else
    the last) is there, a period without events as ``events`` 0 with null means, so a chart or a forecast
    never joins across a silent gap. No events and no ``since``/``until``: an empty list.

    ``weight="sources"``/``"articles"`` counts each event as its number of sources/articles (NULL counts 1),
    so the widely reported weigh more; every figure in the row is then a weighted one.

    A document's several mentions of one event (:data:`COUNTED_KEY`: a headline restated in the lead) count
    once, weighted by the largest weight among them.
    """
    _check(freq, weight)
    where, params = _filter(dyad, directed, since, until, origin)
    w = _weight_sql(weight)
    columns = {"date": ("any_value", "date"), "quad": ("min", "quad"), "goldstein": ("avg", "goldstein")}
    counted = counted_rows_sql({**columns, "w": ("max", f"{w}::DOUBLE")}, f"{where} AND {_within_period(freq)}")
    sql = f"""
        WITH ev AS (  -- one row per counted event (COUNTED_KEY): a document's mentions of it count once
            SELECT date_trunc('{freq}', date)::DATE AS period, quad, goldstein, w FROM {counted}
        )
        SELECT period,
               sum(w) AS events,
               coalesce(sum(w) FILTER (WHERE quad = 1), 0) AS quad1,
               coalesce(sum(w) FILTER (WHERE quad = 2), 0) AS quad2,
               coalesce(sum(w) FILTER (WHERE quad = 3), 0) AS quad3,
               coalesce(sum(w) FILTER (WHERE quad = 4), 0) AS quad4,
               sum(w * goldstein) / nullif(sum(w) FILTER (WHERE goldstein IS NOT NULL), 0) AS goldstein_mean,
               coalesce(sum(w * goldstein), 0) AS goldstein_total
        FROM ev GROUP BY period ORDER BY period
    """
    rows = con.execute(sql, params + params).fetchall()
    found = {r[0]: r for r in rows}
    start = _truncate(iso_date(since), freq) if since is not None else (rows[0][0] if rows else None)
    end = _truncate(iso_date(until), freq) if until is not None else (rows[-1][0] if rows else None)
    out: list[IndexPoint] = []  # weights (num_sources, num_articles) are integers, so the counts stay integers
    for day in _periods(start, end, freq):
        period, events, q1, q2, q3, q4, gmean, gtotal = found.get(day) or (day, 0, 0, 0, 0, 0, None, 0.0)
        out.append(
            IndexPoint(
                period=period.isoformat(),
                events=int(events),
                quad1=int(q1),
                quad2=int(q2),
                quad3=int(q3),
                quad4=int(q4),
                # rounded: a parallel sum over the counted events may differ in the last bit between runs
                goldstein_mean=None if gmean is None else round(float(gmean), 9),
                goldstein_total=round(float(gtotal), 9),
                net_cooperation=(q1 + q2 - q3 - q4) / events if events else None,
            )
        )
    return out


def _truncate(day: str, freq: str) -> dt.date:
    """The first day of the period holding ``day``, as ``date_trunc`` gives it (ISO weeks start on Monday)."""
    d = dt.date.fromisoformat(day)
    if freq == "week":
        return d - dt.timedelta(days=d.weekday())
    if freq == "month":
        return d.replace(day=1)
    if freq == "year":
        return d.replace(month=1, day=1)
    return d


MAX_PERIODS = 100_000


def _periods(start: dt.date | None, end: dt.date | None, freq: str) -> list[dt.date]:
    """Every period's first day from ``start`` to ``end`` inclusive."""
    if start is None or end is None or end < start:
        return []
    days = {"day": 1, "week": 7}.get(freq)
    if days:
        count = (end - start).days // days + 1
        if count > MAX_PERIODS:
            raise ValueError(f"{count} {freq}s from {start} to {end}: at most {MAX_PERIODS} periods")
        return [start + dt.timedelta(days=days * k) for k in range(count)]
    out = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month if freq == "month" else 12):
        out.append(dt.date(year, month, 1))
        if freq == "year":
            year += 1
        else:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def index_event_mentions(
    con: duckdb.DuckDBPyConnection,
    dyad: str,
    period: Any,
    freq: str = "month",
    directed: bool = False,
    origin: str | None = None,
    limit: int | None = None,
) -> list[list[str]]:
    """The counted events behind one index point, each as the ids of all its mentions (the coded events of
    one document with the same :data:`COUNTED_KEY`), in text order (sentence, then offset), a mention dated
    by the text itself first: the first is the event :func:`index_events` names. A point's ``events``
    (unweighted) is the number of lists."""
    _check(freq, None)
    where, params = _filter(dyad, directed, None, None, origin)
    where += f" AND {_within_period(freq)} AND date_trunc('{freq}', date)::DATE = ?::DATE"
    params.append(iso_date(period))
    mentions = ("list", "event_id ORDER BY own_date DESC, sentence_idx NULLS LAST, start NULLS LAST, event_id")
    # an imported row is one event of one mention: its list is its own id
    counted = counted_rows_sql({"date": ("any_value", "date"), "mentions": mentions}, where, {"mentions": "[event_id]"})
    params += params
    sql = f"SELECT mentions FROM {counted} ORDER BY date, mentions[1]"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [list(r[0]) for r in con.execute(sql, params).fetchall()]


def index_events(
    con: duckdb.DuckDBPyConnection,
    dyad: str,
    period: Any,
    freq: str = "month",
    directed: bool = False,
    origin: str | None = None,
    limit: int | None = None,
) -> list[str]:
    """The ids of the events behind one index point (``period`` as returned in its ``period`` field): one
    per counted event, its first mention in the text (:func:`index_event_mentions` gives them all)."""
    return [m[0] for m in index_event_mentions(con, dyad, period, freq, directed, origin, limit)]


def index_coverage(
    con: duckdb.DuckDBPyConnection,
    dyad: str = "USA-RUS",
    directed: bool = False,
    freq: str = "month",
    since: Any = None,
    until: Any = None,
    origin: str | None = None,
) -> IndexCoverage:
    """How many of the dyad's asserted events (neither negated nor hypothetical) the index of ``freq``
    places, and how many it leaves out and why: ``coarser_than_period`` (dated, but the date spans more
    than one period: "2025" in a monthly index), ``background_undated`` (recalled history the text does not
    date), ``undated`` (no date known at all). ``since``/``until`` bound the dated events only: an undated
    event cannot be said to lie outside them. Counted as the index counts: a document's mentions of one
    event (:data:`COUNTED_KEY`) are one event (a background one when any mention recalls it as history)."""
    _check(freq, None)
    where, params = _filter(dyad, directed, None, None, origin, dated=False)
    dated_clauses: list[str] = ["date IS NOT NULL"]
    dated_params: list[Any] = []
    span_clauses(dated_clauses, dated_params, since, until, None)
    dated = " AND ".join(dated_clauses)
    columns = {
        "date": ("any_value", "date"),
        "date_end": ("any_value", "date_end"),
        "background": ("bool_or", "coalesce(background, false)"),
    }
    sql = f"""
        WITH ev AS (  -- one row per counted event; date and date_end are part of the key
            SELECT * FROM {counted_rows_sql(columns, where)}
        )
        SELECT count(*) FILTER (WHERE {dated} AND {_within_period(freq)}),
               count(*) FILTER (WHERE {dated} AND NOT {_within_period(freq)}),
               count(*) FILTER (WHERE date IS NULL AND background),
               count(*) FILTER (WHERE date IS NULL AND NOT background)
        FROM ev
    """
    row = con.execute(sql, params + params + dated_params + dated_params).fetchone() or (0, 0, 0, 0)
    return IndexCoverage(
        placed=int(row[0]),
        coarser_than_period=int(row[1]),
        background_undated=int(row[2]),
        undated=int(row[3]),
    )


def dyads(
    con: duckdb.DuckDBPyConnection,
    top: int = 20,
    since: Any = None,
    until: Any = None,
    origin: str | None = None,
    countries_only: bool = True,
) -> list[dict[str, Any]]:
    """The most frequent country pairs (first three letters of source and target, unordered, A != B), by
    counted events (a document's mentions of one event once, :func:`counted_rows_sql`).

    With ``countries_only`` both sides must be an ISO3 country code or ``IGO``: GDELT codes actors with no
    known country by their role alone (``GOV``, ``EDU``), and "GOV-USA" is not a pair of countries.
    """
    src, tgt = country_part_sql("source"), country_part_sql("target")
    clauses = ["source IS NOT NULL", "target IS NOT NULL", f"{src} <> {tgt}"]
    params: list[Any] = []
    span_clauses(clauses, params, since, until, origin)
    sides = {"a": ("any_value", f"least({src}, {tgt})"), "b": ("any_value", f"greatest({src}, {tgt})")}
    counted = counted_rows_sql(sides, " AND ".join(clauses))
    params += params
    keep = "true"
    if countries_only:  # filtered after grouping: a few thousand pairs instead of every event
        keep = "a IN (SELECT unnest(?::VARCHAR[])) AND b IN (SELECT unnest(?::VARCHAR[]))"
        codes = sorted(country_codes() | {"IGO"})
        params += [codes, codes]
    sql = f"""
        WITH pairs AS (
            SELECT a, b, count(*) AS events FROM {counted} GROUP BY a, b
        )
        SELECT a, b, events FROM pairs WHERE {keep} ORDER BY events DESC, a, b LIMIT ?
    """
    params.append(int(top))
    return [{"dyad": f"{a}-{b}", "events": int(n)} for a, b, n in con.execute(sql, params).fetchall()]
