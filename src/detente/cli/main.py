"""The ``detente`` command line: thin shells over ``detente.api``.

Data goes to stdout, messages and progress to stderr. Exit codes: 0 success, 1 nothing done or a
failure, 2 usage errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from detente import api
from detente.api import info as info_api
from detente.cli.output import Format, dumps, emit, progress_bar, say
from detente.store.db import StoreError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="detente: news coverage of a pair of countries turned into sourced, structured intelligence.")

DbOption = typer.Option(None, "--db", help="DuckDB file (default: $DETENTE_DB or ./detente.duckdb)")
FormatOption = typer.Option(Format.table, "--format", "-f", help="table, json or csv")


def _print_ingest(report: api.IngestReport) -> None:
    say(f"stored {len(report.new)} new, {len(report.updated)} updated; {len(report.unchanged)} unchanged; "
        f"{len(report.duplicates)} near-duplicates linked; {len(report.problems)} problems"
        + (f"; analyzed {len(report.analyzed)}" if report.analyzed else ""))
    for doc_id, original, sim in report.duplicates:
        say(f"  duplicate: {doc_id} -> {original} (similarity {sim:.2f})")


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="files or folders of .txt .md .html .jsonl"),
    db: Path | None = DbOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
) -> None:
    """Read, clean, segment and store articles (re-running is a no-op)."""
    try:
        with progress_bar("ingest", not quiet) as bar:
            report = api.ingest([str(p) for p in paths], db=db, progress=bar, on_problem=say)
    except StoreError as exc:
        say(f"error: {exc}")
        raise typer.Exit(1) from exc
    _print_ingest(report)
    raise typer.Exit(0 if report.stored or report.unchanged else 1)


@app.command()
def analyze(
    paths: list[Path] = typer.Argument(..., help="files or folders of .txt .md .html .jsonl"),
    db: Path | None = DbOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
    fmt: Format = FormatOption,
) -> None:
    """Ingest, run every analysis, and print a summary."""
    try:
        with progress_bar("ingest", not quiet) as bar1, progress_bar("analyze", not quiet) as bar2:
            report = api.analyze([str(p) for p in paths], db=db, progress=bar1, analyze_progress=bar2,
                                 on_problem=say)
    except StoreError as exc:
        say(f"error: {exc}")
        raise typer.Exit(1) from exc
    _print_ingest(report)
    _print_summary(db, fmt)
    raise typer.Exit(0 if report.stored or report.unchanged else 1)


def _print_summary(db: Path | None, fmt: Format) -> None:
    from detente.api.summary import summary_data

    data = summary_data(db)
    if fmt == Format.json:
        sys.stdout.write(dumps(data) + "\n")
        return
    emit([{"table": k, "rows": v} for k, v in data["counts"].items()], fmt, title="stored")
    emit(data["actors"], fmt, title="most mentioned actors")
    emit([{**e, "sentence": (e["sentence"] or "")[:90]} for e in data["events"]], fmt,
         columns=("doc", "source", "target", "cameo", "plover", "goldstein", "trigger", "sentence"),
         title="coded events")


@app.command()
def stats(db: Path | None = DbOption, fmt: Format = FormatOption) -> None:
    """Counts per table and per source."""
    result = info_api.stats(db)
    if fmt == Format.json:
        sys.stdout.write(dumps(result) + "\n")
        return
    emit([{"table": k, "rows": v} for k, v in result.items() if isinstance(v, int)], fmt, title="tables")
    if fmt == Format.table:
        emit(result["per_source"], fmt, title="per source")


@app.command()
def info(db: Path | None = DbOption, fmt: Format = FormatOption) -> None:
    """Versions, database path and counts, and the spaCy model."""
    result = info_api.info(db)
    if fmt == Format.json:
        sys.stdout.write(dumps(result) + "\n")
        return
    emit([{"key": k, "value": v} for k, v in result.items()], fmt)


@app.command()
def code(
    docs: Path = typer.Argument(..., help='JSONL, one {"id", "text", "date"?} per line'),
    output: Path = typer.Option(..., "-o", "--output", help="where to write the predictions (JSONL)"),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Code events and causal claims for each document of a JSONL file (the evaluation interface)."""
    rows = []
    for n, line in enumerate(docs.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError("needs a 'text' string")
        except (ValueError, json.JSONDecodeError) as exc:
            say(f"error: {docs}:{n}: skipped: {exc}")
            continue
        rows.append(row)
    with progress_bar("code", not quiet) as bar:
        results = api.code_documents(rows, progress=bar)
    with output.open("w", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    say(f"coded {len(results)} documents: {sum(len(r['events']) for r in results)} events, "
        f"{sum(len(r['causal']) for r in results)} causal claims -> {output}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
