"""The ``detente`` command line: thin shells over ``detente.api``.

Data goes to stdout, messages and progress to stderr. Exit codes: 0 success, 1 nothing done or a
failure, 2 usage errors (a bad option value, a missing input file, a ``--db`` that does not exist for a
command that only reads). An error raised by the api becomes its one ``error:`` line and exit code through
``detente.api.errors``, the map the web app uses for its statuses (``command`` below); the output format is
chosen in one place, ``cli.output.emit``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from detente import api
from detente.api import MissingStoreError
from detente.api.errors import HANDLED, outcome
from detente.api.forecast import ROW_KEYS
from detente.api.maps import (
    DEFAULT_AGGREGATE,
    DEFAULT_LAMBDA,
    DEFAULT_RULE,
    DEFAULT_STEPS,
    DEFAULT_THRESHOLD,
    DEFAULT_TRANSFER,
)
from detente.cli.output import Format, dumps, emit, emit_json, fail, mapped_errors, progress_bar, say
from detente.reference import records
from detente.reference.errors import UsageError
from detente.reference.records import EVENT_TABLE_COLUMNS, IndexPoint, columns

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="detente: news coverage of a pair of countries turned into sourced, structured intelligence.",
)

DbOption = typer.Option(None, "--db", help="DuckDB file (default: $DETENTE_DB or ./detente.duckdb)")
FormatOption = typer.Option(Format.table, "--format", "-f", help="table, json or csv")
# the options several commands share, declared once so their names and help stay the same everywhere
PathsArgument = typer.Argument(..., help="files or folders of .txt .md .html .jsonl")
QuietOption = typer.Option(False, "--quiet", "-q", help="no progress bar")


def command(name: str | None = None, group: typer.Typer = app) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``group.command(name)`` for a command whose errors go through the shared map (``mapped_errors``)."""

    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        return group.command(name)(mapped_errors(function))

    return register


def _print_ingest(report: api.IngestReport) -> None:
    say(
        f"stored {len(report.new)} new, {len(report.updated)} updated; {len(report.unchanged)} unchanged; "
        f"{len(report.duplicates)} near-duplicates linked; {len(report.problems)} problems"
        + (f"; analyzed {len(report.analyzed)}" if report.analyzed else "")
    )
    for doc_id, original, sim in report.duplicates:
        say(f"  duplicate: {doc_id} -> {original} (similarity {sim:.2f})")


@command()
def ingest(
    paths: list[Path] = PathsArgument,
    db: Path | None = DbOption,
    quiet: bool = QuietOption,
) -> None:
    """Read, clean, segment and store articles (re-running is a no-op)."""
    with progress_bar("ingest", not quiet) as bar:
        report = api.ingest([str(p) for p in paths], db=db, progress=bar, on_problem=say)
    _print_ingest(report)
    raise typer.Exit(0 if report.stored or report.unchanged else 1)


@command()
def analyze(
    paths: list[Path] = PathsArgument,
    db: Path | None = DbOption,
    quiet: bool = QuietOption,
    scheduler: str | None = typer.Option(None, "--scheduler", help="run the NLP on a Dask cluster: tcp://HOST:PORT"),
    workers: int | None = typer.Option(None, "--workers", min=1, help="run the NLP on N local Dask worker processes"),
    fmt: Format = FormatOption,
) -> None:
    """Ingest, run every analysis, and print a summary (in-process, or on Dask with --scheduler/--workers)."""
    if scheduler or workers:
        from detente.api.distributed import analyze_distributed

        with progress_bar("analyze on dask", not quiet) as bar:
            report = analyze_distributed(
                [str(p) for p in paths], db=db, scheduler=scheduler, workers=workers, progress=bar, on_problem=say
            )
    else:
        with progress_bar("ingest", not quiet) as bar1, progress_bar("analyze", not quiet) as bar2:
            report = api.analyze([str(p) for p in paths], db=db, progress=bar1, analyze_progress=bar2, on_problem=say)
    _print_ingest(report)
    _print_summary(db, fmt, report)
    where = f" --db {db}" if db else ""
    say(f"next: detente serve{where}  (dashboard at http://127.0.0.1:8000/)  |  detente report{where} -o report.html")
    raise typer.Exit(0 if report.stored or report.unchanged else 1)


def _print_summary(db: Path | None, fmt: Format, report: api.IngestReport) -> None:
    from detente.api.summary import summary_data

    data = summary_data(db)
    if fmt == Format.json:
        emit_json(data)
        return
    if fmt == Format.csv:  # one table that parses as one CSV: a row per stage or stored table, with its count
        rows = [
            {"stage": "ingest", "name": k, "count": len(getattr(report, k))}
            for k in ("new", "updated", "unchanged", "duplicates", "problems")
        ]
        rows.append({"stage": "analyze", "name": "analyzed", "count": len(report.analyzed)})
        rows += [{"stage": "stored", "name": k, "count": v} for k, v in data["counts"].items()]
        emit(rows, fmt, columns=("stage", "name", "count"))
        return
    emit([{"table": k, "rows": v} for k, v in data["counts"].items()], fmt, title="stored")
    emit(data["actors"], fmt, title="most mentioned actors")
    emit(
        [{**e, "sentence": (e["sentence"] or "")[:90]} for e in data["events"]],
        fmt,
        columns=("doc", "source", "target", "cameo", "plover", "goldstein", "trigger", "sentence"),
        title="coded events",
    )
    emit(data["index"], fmt, columns=INDEX_COLUMNS, title=f"relations index {data['dyad']} by month")


@command()
def remove(
    ids: list[str] = typer.Argument(..., help="document ids (as `detente events` and the dashboard show them)"),
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
) -> None:
    """Delete documents and everything derived from them; exit 1 when none of the ids names a document."""
    if not api.db_path(db).exists():
        raise MissingStoreError(f"{api.db_path(db)}: no such database (nothing created)")
    report = api.remove(ids, db=db)
    for doc_id in report.missing:
        say(f"error: {doc_id}: no such document")
    rows = [{"id": i, "removed": True} for i in report.removed] + [{"id": i, "removed": False} for i in report.missing]
    emit(rows, fmt, columns=("id", "removed"), payload=report.as_dict())
    say(
        f"removed {len(report.removed)}; {len(report.missing)} not found"
        + (
            f"; {len(report.promoted)} duplicates became originals: run detente analyze to analyze them"
            if report.promoted
            else ""
        )
    )
    raise typer.Exit(0 if report.removed else 1)


@command()
def stats(db: Path | None = DbOption, fmt: Format = FormatOption) -> None:
    """Counts per table and per source."""
    result = api.stats(db)
    tables = [{"table": k, "rows": v} for k, v in result.items() if isinstance(v, int)]
    emit(tables, fmt, title="tables", payload=result)
    if fmt == Format.table:
        emit(result["per_source"], fmt, title="per source")


@command()
def info(db: Path | None = DbOption, fmt: Format = FormatOption) -> None:
    """Versions, database path and counts, and the spaCy model."""
    result = api.info(db)
    emit([{"key": k, "value": v} for k, v in result.items()], fmt, payload=result)


@command()
def code(
    docs: Path = typer.Argument(..., help='JSONL, one {"id", "text", "date"?} per line'),
    output: Path = typer.Option(..., "-o", "--output", help="where to write the predictions (JSONL)"),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Code events and causal claims for each document of a JSONL file (the evaluation interface).

    Streams: documents are read, coded and written one batch at a time, so memory does not grow with the file."""
    counts = {"docs": 0, "events": 0, "causal": 0}

    def rows() -> Iterator[dict]:
        with docs.open(encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                        raise ValueError("needs a 'text' string")
                except ValueError as exc:  # JSONDecodeError is a ValueError
                    say(f"error: {docs}:{n}: skipped: {exc}")
                    continue
                yield row

    if not docs.exists():
        raise UsageError(f"{docs}: no such file")
    with progress_bar("code", not quiet) as bar, output.open("w", encoding="utf-8") as f:
        for result in api.code_stream(rows()):
            f.write(json.dumps(result, ensure_ascii=False) + "\n")
            counts["docs"] += 1
            counts["events"] += len(result["events"])
            counts["causal"] += len(result["causal"])
            if bar:
                bar(counts["docs"], counts["docs"])
    say(f"coded {counts['docs']} documents: {counts['events']} events, {counts['causal']} causal claims -> {output}")
    raise typer.Exit(0 if counts["docs"] else 1)


class Freq(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


DyadOption = typer.Option("USA-RUS", "--dyad", help="A-B: country codes (first three letters) or IGO codes")
SinceOption = typer.Option(None, "--since", help="first date, YYYY-MM-DD")
UntilOption = typer.Option(None, "--until", help="last date, YYYY-MM-DD")
DirectedOption = typer.Option(False, "--directed", help="only events from A to B")
ORIGINS = records.ORIGINS


def _origin(value: str | None) -> str | None:
    """``--origin``: one of ORIGINS (any case), else a one-line error and exit 2."""
    if value is None:
        return None
    if value.strip().lower() not in ORIGINS:  # a callback runs before the command: map the error here
        fail(UsageError(f"--origin {value!r}: expected one of {', '.join(ORIGINS)}"))
    return value.strip().lower()


OriginOption = typer.Option(None, "--origin", help="text, gdelt or icews", callback=_origin)


@command()
def index(
    dyad: str = DyadOption,
    directed: bool = DirectedOption,
    freq: Freq = typer.Option(Freq.month, "--freq"),
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    weight: str | None = typer.Option(None, "--weight", help="sources or articles"),
    origin: str | None = OriginOption,
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
) -> None:
    """The relations index of a dyad per period (events, quad classes, Goldstein, net cooperation)."""
    rows = api.index(
        db, dyad=dyad, directed=directed, freq=freq.value, since=since, until=until, weight=weight, origin=origin
    )
    emit(rows, fmt, columns=INDEX_COLUMNS, title=f"relations index {dyad} by {freq.value}")
    left = api.index_coverage(
        db, dyad=dyad, directed=directed, freq=freq.value, since=since, until=until, origin=origin
    )
    say(
        f"placed {left['placed']} events; left out: {left['coarser_than_period']} dated coarser than a "
        f"{freq.value}, {left['background_undated']} undated background, {left['undated']} undated"
    )


INDEX_COLUMNS = columns(IndexPoint)
EVENT_COLUMNS = EVENT_TABLE_COLUMNS


@command()
def events(
    dyad: str | None = typer.Option(None, "--dyad", help="A-B (undirected unless --directed)"),
    directed: bool = typer.Option(False, "--directed"),
    actor: str | None = typer.Option(None, "--actor", help="events with this actor code (prefix) on either side"),
    code: str | None = typer.Option(None, "--code", help="CAMEO code or prefix, e.g. 16 or 163"),
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    source: str | None = typer.Option(None, "--source", help="document source (outlet)"),
    origin: str | None = OriginOption,
    limit: int = typer.Option(100, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
) -> None:
    """Coded events with their sentences, filtered."""
    rows = api.events(
        db,
        dyad=dyad,
        directed=directed,
        actor=actor,
        code=code,
        since=since,
        until=until,
        source=source,
        origin=origin,
        limit=limit,
        offset=offset,
    )
    emit(rows, fmt, columns=EVENT_COLUMNS, title="events")


@command()
def timeline(
    dyad: str = DyadOption,
    directed: bool = typer.Option(False, "--directed"),
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    origin: str | None = OriginOption,
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
) -> None:
    """A dyad's events in date order, with the sources that report them."""
    rows = api.timeline(db, dyad=dyad, directed=directed, since=since, until=until, origin=origin)
    if fmt != Format.json:
        rows = [
            {
                **r,
                "reported_by": "; ".join(
                    sorted({str(s.get("doc_source") or s.get("doc_id") or s.get("origin")) for s in r["sources"]})
                ),
                "sentence": (r["sources"][0].get("sentence") or "") if r["sources"] else "",
            }
            for r in rows
        ]
    emit(
        rows,
        fmt,
        columns=("date", "source", "target", "cameo", "plover", "goldstein", "count", "reported_by", "sentence"),
        title=f"timeline {dyad}",
    )


@command()
def dyads(
    top: int = typer.Option(20, "--top", min=1),
    origin: str | None = OriginOption,
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
) -> None:
    """The most frequent country pairs in the store."""
    rows = api.dyads(db, top=top, origin=origin)
    emit(rows, fmt, title="dyads")


FORECAST_COLUMNS = ROW_KEYS  # one definition: api.forecast's rows
SUMMARY_COLUMNS = ("model", "horizon", "n", "mae", "mase", "coverage80", "coverage95", "dm_p")


@command()
def forecast(
    dyad: str = DyadOption,
    freq: Freq = typer.Option(Freq.month, "--freq", help="month (forecasts are monthly)"),
    target: str = typer.Option(
        "net_cooperation", "--target", help="net_cooperation, goldstein_mean, events or material_conflict_share"
    ),
    horizon: int = typer.Option(3, "--horizon", help="months ahead, 1..24"),
    series: Path | None = typer.Option(
        None, "--series", help="CSV with dyad,period,value (YYYY-MM) instead of the store; one or many dyads"
    ),
    backtest_from: str | None = typer.Option(
        None, "--backtest-from", help="YYYY-MM: rolling-origin backtest of every month from then on"
    ),
    model: str = typer.Option("auto", "--model", help="auto, global, ses, naive, snaive, mean, ets, arima, theta"),
    summary: bool = typer.Option(
        False,
        "--summary",
        help="score the backtest: MAE, MASE, coverage, Diebold-Mariano p against naive, per model and horizon",
    ),
    compare: list[str] = typer.Option([], "--compare", help="another model to score beside it (repeatable)"),
    directed: bool = DirectedOption,
    origin: str | None = OriginOption,
    pool: int = typer.Option(
        20,
        "--pool",
        help="store forecasts: the pooled model also learns from the N most frequent dyads (0: the dyad alone)",
    ),
    quiet: bool = QuietOption,
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
) -> None:
    """Forecast a dyad's monthly index with 80/95% intervals, or backtest it against naive and other baselines."""
    with progress_bar("backtest", not quiet and backtest_from is not None) as bar:
        result = api.forecast(
            db,
            dyad=dyad,
            freq=freq.value,
            target=target,
            horizon=horizon,
            series=series,
            backtest_from=backtest_from,
            model=model,
            summary=summary,
            compare=compare,
            directed=directed,
            origin=origin,
            pool=pool,
            progress=bar,
            on_problem=lambda line: say(f"error: {line}"),
        )
    if summary:
        emit(
            result["summary"],
            fmt,
            columns=SUMMARY_COLUMNS,
            title=f"backtest from {backtest_from}: {model} beside the baselines",
        )
    else:
        emit(result["rows"], fmt, columns=FORECAST_COLUMNS, title=f"forecast of {result['target']}")
    raise typer.Exit(0 if result["rows"] else 1)


import_app = typer.Typer(help="Import real event data (GDELT 1.0/2.0, ICEWS) into the events table.")
app.add_typer(import_app, name="import")


def _import(kind: str, files: list[Path], db: Path | None, version: int | None, fmt: Format) -> None:
    report = api.import_events(kind, [str(f) for f in files], db=db, version=version)
    for line in report["errors"]:
        say(f"error: {line}")
    for f in report["files"]:
        if f.get("rows_rejected"):
            say(f"warning: {f['file']}: {f['rows_rejected']} malformed rows rejected {f.get('rejected') or ''}")
    emit(
        report["files"],
        fmt,
        columns=("file", "format", "rows_read", "rows_imported", "rows_duplicate", "rows_rejected", "skipped", "error"),
        title=f"{kind} import",
        payload=report,
    )
    ok = report["rows_imported"] or any(f.get("skipped") or f.get("rows_duplicate") for f in report["files"])
    raise typer.Exit(0 if ok else 1)


@command("gdelt", import_app)
def import_gdelt(
    files: list[Path] = typer.Argument(..., help="GDELT 1.0/2.0 event files (.csv, .tsv, .txt, .gz, .zip)"),
    version: int | None = typer.Option(None, "--version", help="1 or 2 when the column count cannot tell"),
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
) -> None:
    """Import GDELT event files."""
    _import("gdelt", files, db, version, fmt)


@command("icews", import_app)
def import_icews(
    files: list[Path] = typer.Argument(..., help="ICEWS coded event files (tab-separated, 20 columns)"),
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
) -> None:
    """Import ICEWS event files."""
    _import("icews", files, db, None, fmt)


class MapFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    graphml = "graphml"


AggregateOption = typer.Option(
    DEFAULT_AGGREGATE,
    "--aggregate",
    help="edge weights: evidence (claim strength, sources corroborate) or mean-all "
    "(Kosko: mean over all sources) or mean-asserting",
)


@command("map")
def map_(
    source: str | None = typer.Option(None, "--source", help="one source's map (default: the merged map)"),
    db: Path | None = DbOption,
    fmt: MapFormat = typer.Option(MapFormat.table, "--format", "-f", help="table, json, csv (matrix) or graphml"),
    output: Path | None = typer.Option(None, "-o", "--output", help="write to a file instead of stdout"),
    aggregate: str = AggregateOption,
    merges: bool = typer.Option(
        False,
        "--merges",
        help="list what was merged into each concept, and what was left off the map and why (table, json or csv)",
    ),
) -> None:
    """The cognitive map drawn from the stored causal claims: concepts and signed edges with their sentences."""
    if merges:
        rows = api.concept_merges(db, aggregate=aggregate)
        out = Format.json if fmt == MapFormat.json else Format.csv if fmt == MapFormat.csv else Format.table
        emit(
            [{**r, "members": " | ".join(r["members"])} for r in rows] if out != Format.json else rows,
            out,
            title="concepts: what was merged, what was left off the map",
        )
        return
    cmap = api.cognitive_map(db, source=source, aggregate=aggregate)
    if fmt == MapFormat.table:
        label = {c.id: c.label for c in cmap.concepts}
        rows = [
            {
                "cause": label.get(e.source, e.source),
                "effect": label.get(e.target, e.target),
                "weight": e.weight,
                "sources": ", ".join(e.sources),
                "claims": len(e.claims),
                "sentence": (e.claims[0].get("sentence") or "")[:100] if e.claims else "",
            }
            for e in sorted(cmap.edges, key=lambda e: (-abs(e.weight), e.source, e.target))
        ]
        emit(
            rows,
            Format.table,
            title=f"cognitive map ({cmap.name}): {len(cmap.concepts)} concepts, {len(cmap.edges)} edges",
        )
        return
    text = {
        MapFormat.json: lambda: dumps(cmap.to_json()),
        MapFormat.csv: cmap.to_csv,
        MapFormat.graphml: cmap.to_graphml,
    }[fmt]()
    if output:
        output.write_text(text, encoding="utf-8")
        say(f"wrote {output}")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _assignments(values: list[str], what: str) -> dict[str, float]:
    out = {}
    for item in values:
        name, sep, value = item.rpartition("=")
        try:
            if not sep or not name.strip():
                raise ValueError
            out[name.strip()] = float(value)
        except ValueError:
            raise UsageError(f"{what} {item!r}: expected CONCEPT=NUMBER") from None
    return out


@command()
def simulate(
    map_csv: Path | None = typer.Option(None, "--map", help="a map CSV (Mental Modeler matrix) instead of the store"),
    source: str | None = typer.Option(None, "--source", help="simulate one source's map"),
    init: list[str] = typer.Option([], "--init", help="C=v: initial value (repeatable)"),
    clamp: list[str] = typer.Option([], "--clamp", help="C=v: held fixed, the intervention (repeatable)"),
    rule: str = typer.Option(DEFAULT_RULE, "--rule", help="kosko, modified-kosko or rescaled"),
    transfer: str = typer.Option(DEFAULT_TRANSFER, "--transfer", help="sigmoid, tanh, bivalent or trivalent"),
    lam: float = typer.Option(DEFAULT_LAMBDA, "--lambda"),
    threshold: float = typer.Option(DEFAULT_THRESHOLD, "--threshold"),
    steps: int = typer.Option(DEFAULT_STEPS, "--steps"),
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
    aggregate: str = AggregateOption,
) -> None:
    """What if: run fuzzy cognitive map inference with clamped concepts and compare with the baseline; each
    moved concept comes with the path(s) from the clamp, every edge's weight, sources and sentences."""
    result = api.simulate(
        db,
        csv_path=map_csv,
        source=source,
        init=_assignments(init, "--init"),
        clamp=_assignments(clamp, "--clamp"),
        rule=rule,
        transfer=transfer,
        lam=lam,
        threshold=threshold,
        steps=steps,
        aggregate=aggregate,
    )
    if fmt == Format.json:  # the result alone: the lines below say on stderr what its tables show
        emit_json(result)
        return
    say(
        f"{result['outcome']} after {result['steps']} steps"
        + (f" (period {result['period']})" if result["outcome"] == "limit-cycle" else "")
        + f"; clamped {result['clamp'] or 'nothing'}"
    )
    for line in result["unreached"]:
        say(line)
    rows = [
        {**r, "path": " | ".join(" -> ".join(p["concepts"]) + f" ({p['effect']:+.3g})" for p in r["paths"])}
        for r in result["moved"]
    ]
    emit(
        rows,
        fmt,
        columns=("concept", "baseline", "scenario", "difference", "path"),
        title="what moved (scenario - baseline)",
    )
    evidence = [
        {
            "concept": r["concept"],
            "edge": f"{e['from']} -> {e['to']}",
            "weight": e["weight"],
            "sources": ", ".join(e["sources"]),
            "doc": c["doc_id"],
            "sentence_idx": c["sentence_idx"],
            "start": c["start"],
            "end": c["end"],
            "sentence": (c.get("sentence") or "")[:160],
        }
        for r in result["moved"]
        for p in r["paths"][:1]
        for e in p["edges"]
        for c in e["claims"][:1]
    ]
    if evidence and fmt == Format.table:
        emit(evidence, fmt, title="why: the strongest path to each moved concept, one sentence per edge")


@command("sources")
def sources_(
    actor: list[str] = typer.Option([], "--actor", help="country codes (default: every actor mentioned)"),
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
) -> None:
    """Sources x actors: stance in [-1, 1] with its top sentences, and the framing profile per source."""
    rows = api.sources(db, actors=actor or None)
    table = []
    for r in rows:
        framing = r["framing"]
        narratives = ", ".join(f"{k} {v['per_1000']}" for k, v in list((framing.get("narratives") or {}).items())[:3])
        for st in r["stance"] or [{"actor": "", "score": None, "top": []}]:
            top = st.get("top") or []
            table.append(
                {
                    "source": r["source"],
                    "actor": st["actor"],
                    "stance": st["score"],
                    "framing_per_1000_words": framing.get("per_1000"),
                    "narratives_per_1000_words": narratives,
                    "top_sentences": " | ".join(f"{t['contribution']:+.2f} {t['text'][:70]}" for t in top[:3]),
                }
            )
    emit(table, fmt, title="sources x actors", payload=rows)


@command("claims")
def claims_(
    status: str | None = typer.Option(None, "--status", help="contested, corroborated or single"),
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
) -> None:
    """The claim ledger: what is corroborated, single-sourced or contested across sources."""
    rows = api.claims(db, status=status)
    emit(
        [
            {
                "status": c["status"],
                "kind": c["kind"],
                "label": c["label"][:70],
                "sources": ", ".join(c["sources"]),
                "sentence": (c["members"][0]["text"] or "")[:90] if c["members"] else "",
            }
            for c in rows
        ],
        fmt,
        title="claims",
        payload=rows,
    )


@command("compare")
def compare_(
    a: str = typer.Argument(..., help="a source name or document id"),
    b: str = typer.Argument(..., help="another source name or document id"),
    db: Path | None = DbOption,
    fmt: Format = FormatOption,
) -> None:
    """Where two sources agree and differ, side by side with quotes."""
    result = api.compare(db, a, b)
    rows = []
    for kind in ("shared_claims", "contested_claims", "only_a", "only_b"):
        for c in result.get(kind, []):
            qa = c.get("a_quotes") or []
            qb = c.get("b_quotes") or []
            rows.append(
                {
                    "where": kind,
                    "claim": c["label"][:60],
                    a: (qa[0]["text"][:70] if qa else ""),
                    b: (qb[0]["text"][:70] if qb else ""),
                }
            )
    emit(rows, fmt, title=f"{a} vs {b}", payload=result)


@command()
def serve(
    db: Path | None = DbOption,
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
) -> None:
    """The REST API and the web dashboard (http://HOST:PORT/)."""
    from detente.web.app import serve as run

    run(db, host, port)


@command()
def report(
    dyad: str = DyadOption,
    db: Path | None = DbOption,
    output: Path = typer.Option(Path("report.html"), "-o", "--output"),
) -> None:
    """One self-contained HTML report (charts embedded) for a dyad."""
    from detente.api.report import write_report

    if output.is_dir():
        raise UsageError(f"-o {output}: is a folder; give a file name such as report.html")
    if not output.parent.is_dir():
        raise UsageError(f"-o {output}: folder {output.parent} does not exist")
    say(f"wrote {write_report(db, dyad, output)}")


def main() -> None:
    try:
        app()
    except HANDLED as exc:  # raised outside a command's body (a parameter callback): the same map
        found = outcome(exc)
        say(f"error: {found.message}")
        sys.exit(found.exit_code)


if __name__ == "__main__":
    main()
