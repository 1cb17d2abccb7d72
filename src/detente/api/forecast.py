"""Forecasts of the relations index (``detente forecast``, ``/api/forecast``, the dashboard's forecast panel and
the report's section): reads a dyad's monthly index from the store through ``relations_index``, or any
``dyad,period,value`` CSV, and hands the series to ``detente.analysis.forecast``."""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from detente.analysis import forecast as fc
from detente.analysis.relations_index import parse_dyad
from detente.api.relations import dyads, relations_index
from detente.store.db import Store

MODELS = fc.MODELS
TARGETS = ("net_cooperation", "goldstein_mean", "events", "material_conflict_share")
BOUNDS: dict[str, tuple[float | None, float | None]] = {
    "net_cooperation": (-1.0, 1.0),
    "goldstein_mean": (-10.0, 10.0),
    "events": (0.0, None),
    "material_conflict_share": (0.0, 1.0),
}
SERIES_COLUMNS = ("dyad", "period", "value")
POOL = 20  # a store forecast's pooled model also learns from the store's most frequent dyads
ROW_KEYS = (
    "dyad",
    "origin",
    "period",
    "horizon",
    "mean",
    "lo80",
    "hi80",
    "lo95",
    "hi95",
    "model",
    "fallback",
    "actual",
)


def _target_value(row: Mapping[str, Any], target: str) -> float:
    if target == "material_conflict_share":
        value = row["quad4"] / row["events"] if row["events"] else None
    else:
        value = row[target]
    return math.nan if value is None else float(value)


def store_series(
    db: Store,
    dyad: str,
    target: str = "net_cooperation",
    directed: bool = False,
    origin: str | None = None,
    since: Any = None,
    until: Any = None,
) -> fc.Series:
    """A dyad's monthly index column as a series (a month without events is missing for the means and
    shares, 0 for ``events``)."""
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}: use {', '.join(TARGETS)}")
    a, b = parse_dyad(dyad)
    rows = relations_index(db, dyad=dyad, directed=directed, freq="month", since=since, until=until, origin=origin)
    return fc.Series(
        f"{a}-{b}", [r["period"][:7] for r in rows], np.array([_target_value(r, target) for r in rows], dtype=float)
    )


def read_series(path: str | Path, on_problem: Callable[[str], None] | None = None) -> list[fc.Series]:
    """Series from a CSV with columns ``dyad,period,value`` (``period`` as ``YYYY-MM``; an empty value is a
    missing month). A file without those columns raises ValueError naming it; a dyad with a period that is
    not a month, a period given twice or a value that is not a number is reported (one line naming the file
    and dyad) and left out, and the other dyads go on."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    problems: dict[str, str] = {}
    found: dict[str, dict[int, tuple[int, float]]] = {}
    with path.open(newline="", encoding="utf-8-sig", errors="replace") as f:
        reader = csv.DictReader(f)
        fields = {(c or "").strip().lower(): c for c in reader.fieldnames or []}
        missing = [c for c in SERIES_COLUMNS if c not in fields]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)}: expected {','.join(SERIES_COLUMNS)}")
        for line, raw in enumerate(reader, start=2):
            dyad = (raw.get(fields["dyad"]) or "").strip()
            if not dyad:
                problems.setdefault("", f"{path}:{line}: no dyad; row skipped")
                continue
            if dyad in problems:
                continue
            period, text = (raw.get(fields["period"]) or "").strip(), (raw.get(fields["value"]) or "").strip()
            try:
                month = fc.month_index(period)
            except ValueError as exc:
                problems[dyad] = f"{path}: dyad {dyad}: line {line}: {exc}; dyad skipped"
                continue
            try:
                value = float(text) if text else math.nan
                if math.isinf(value):
                    raise ValueError
            except ValueError:
                problems[dyad] = f"{path}: dyad {dyad}: line {line}: value {text!r} is not a number; dyad skipped"
                continue
            seen = found.setdefault(dyad, {})
            if month in seen:
                problems[dyad] = (
                    f"{path}: dyad {dyad}: period {fc.month_name(month)} given twice (lines "
                    f"{seen[month][0]} and {line}); dyad skipped"
                )
                continue
            seen[month] = (line, value)
    for message in problems.values():
        if on_problem:
            on_problem(message)
    out = []
    for dyad, months in found.items():
        if dyad in problems:
            continue
        if all(math.isnan(v) for _line, v in months.values()):
            if on_problem:
                on_problem(f"{path}: dyad {dyad}: no values; dyad skipped")
            continue
        first, last = min(months), max(months)
        values = np.full(last - first + 1, np.nan)
        for month, (_line, value) in months.items():
            values[month - first] = value
        out.append(fc.Series(dyad, [fc.month_name(m) for m in range(first, last + 1)], values))
    return out


def forecast(
    db: Store = None,
    dyad: str = "USA-RUS",
    freq: str = "month",
    target: str = "net_cooperation",
    horizon: int = 3,
    series: str | Path | None = None,
    backtest_from: str | None = None,
    model: str = fc.DEFAULT_MODEL,
    summary: bool = False,
    compare: Sequence[str] = (),
    directed: bool = False,
    origin: str | None = None,
    pool: int = POOL,
    progress: Callable[[int, int], None] | None = None,
    on_problem: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """``detente forecast``: forecast ``dyad``'s monthly ``target`` from the store (or every dyad of the
    ``series`` CSV) ``horizon`` months ahead, or backtest it from ``backtest_from`` (``YYYY-MM``).

    Returns ``{"target", "model", "rows", "history", "summary", "problems"}``: ``rows`` as in
    ``detente.analysis.forecast.run``; ``history`` the observed series ``{"dyad", "period", "value"}``;
    ``summary`` (with ``summary=True``, a backtest only) MAE, MASE, coverage and the Diebold-Mariano p-value
    per model and horizon, the baselines and the ``compare`` models beside the model; ``problems`` one line
    per dyad left out or forecast by a fallback. A store forecast pools the ``pool`` most frequent dyads of
    the store (same target, direction and origin) into the fitting of the global model and the calibration of
    the intervals; only ``dyad`` gets rows."""
    if freq != "month":
        raise ValueError(f"freq {freq!r}: forecasts are monthly, use month")
    if model not in fc.MODELS:
        raise ValueError(f"unknown model {model!r}: use {', '.join(fc.MODELS)}")
    unknown = [m for m in compare if m not in fc.MODELS]
    if unknown:
        raise ValueError(f"unknown model {unknown[0]!r}: use {', '.join(fc.MODELS)}")
    if not 1 <= int(horizon) <= 24:
        raise ValueError(f"horizon must be 1..24 months, got {horizon}")
    if backtest_from is not None:
        backtest_from = fc.month_name(fc.month_index(backtest_from))
    if summary and backtest_from is None:
        raise ValueError("a summary scores a backtest: give backtest_from (--backtest-from YYYY-MM)")
    problems: list[str] = []

    def problem(line: str) -> None:
        problems.append(line)
        if on_problem:
            on_problem(line)

    if series is not None:
        data = read_series(series, on_problem=problem)
        bounds: tuple[float | None, float | None] = (None, None)
        target = "value"
    else:
        if target not in TARGETS:
            raise ValueError(f"unknown target {target!r}: use {', '.join(TARGETS)}")
        one = store_series(db, dyad, target, directed=directed, origin=origin)
        data = [one] if one.periods else []
        if not data:
            problem(f"{one.name}: no dated events in the store; nothing to forecast")
        elif pool > 0:
            for other in dyads(db, top=int(pool) + 1, origin=origin):
                a, b = parse_dyad(other["dyad"])
                if {a, b} == set(one.name.split("-")):
                    continue
                companion = store_series(db, other["dyad"], target, directed=directed, origin=origin)
                if companion.periods:
                    companion.forecast = False
                    data.append(companion)
        bounds = BOUNDS[target]
    result = fc.run(
        data,
        horizon=int(horizon),
        model=model,
        backtest_from=backtest_from,
        bounds=bounds,
        progress=progress,
        baselines=summary,
        compare=tuple(compare) if summary else (),
    )
    rows = [{k: r[k] for k in ROW_KEYS} for r in result.rows if r["method"] == model]
    reported: set[str] = set()
    for r in rows:
        if r["fallback"] and r["dyad"] not in reported:
            reported.add(r["dyad"])
            where = f"{series}: dyad " if series is not None else ""
            problem(f"{where}{r['dyad']}: {r['fallback']} (origin {r['origin']})")
    history = [
        {"dyad": name, "period": month, "value": None if math.isnan(v) else float(v)}
        for i, name in enumerate(result.names)
        if result.wanted[i]
        for month, v in zip(result.months, result.values[i], strict=True)
    ]
    return {
        "target": target,
        "model": model,
        "horizon": int(horizon),
        "backtest_from": backtest_from,
        "rows": rows,
        "history": history,
        "summary": fc.summarize(result.rows) if summary else None,
        "problems": problems,
    }
