"""Printing rows as a table, JSON or CSV: data to stdout, messages to stderr."""

from __future__ import annotations

import csv
import functools
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from typing import Any, NoReturn, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from detente.api.errors import HANDLED, outcome

err = Console(stderr=True)
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 180)  # pipes get full rows


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _plain(v: Any) -> Any:
    if isinstance(v, date | datetime):
        return v.isoformat()
    return v


def dumps(data: Any) -> str:
    return json.dumps(data, default=_plain, ensure_ascii=False, indent=2)


def emit_json(data: Any) -> None:
    """``--format json``: the api function's result as it is, on stdout."""
    sys.stdout.write(dumps(data) + "\n")


def emit(
    rows: Sequence[Mapping[str, Any]],
    fmt: Format,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    payload: Any = None,
) -> None:
    """Print ``rows``; JSON prints ``payload`` when given (the api function's result, for commands whose
    table and CSV show rows made from it): the one place a command's output format is chosen."""
    columns = list(columns or (list(rows[0].keys()) if rows else []))
    if fmt == Format.json:
        emit_json(payload if payload is not None else list(rows))
    elif fmt == Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: _cell(r.get(k)) for k in columns})
    else:
        table = Table(title=visible(title) if title else None, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:  # Text, not markup: "[bold]" in an article is data
            table.add_row(*[Text(visible(_cell(r.get(c)))) for c in columns])
        out.print(table)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Control characters (ESC, OSC, BEL...) from articles written as ``\\x1b``, never sent to the terminal,
    where they could move the cursor, change the title or hide text."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.3f}".rstrip("0").rstrip(".") if v == v else "NaN"
    if isinstance(v, list | dict):
        return json.dumps(v, default=_plain, ensure_ascii=False)
    return str(_plain(v))


@contextmanager
def progress_bar(label: str, enabled: bool = True):
    """A rich progress bar on stderr; yields a ``(done, total)`` callback."""
    if not enabled:
        yield None
        return
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def say(message: str) -> None:
    """One unwrapped line on stderr (messages must stay greppable, one per problem)."""
    sys.stderr.write(visible(message) + "\n")
    sys.stderr.flush()


P = ParamSpec("P")
R = TypeVar("R")


def fail(exc: Exception) -> NoReturn:
    """One ``error:`` line on stderr and the exit code ``detente.api.errors`` gives ``exc``."""
    say(f"error: {outcome(exc).message}")
    raise typer.Exit(outcome(exc).exit_code) from exc


def mapped_errors(command: Callable[P, R]) -> Callable[P, R]:
    """A command whose handled errors (a bad value, a missing or locked store) end it with one line and the
    exit code of the shared map, instead of a traceback; ``typer.Exit`` passes through."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except HANDLED as exc:
            fail(exc)

    return run
