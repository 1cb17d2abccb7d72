"""The HTML report: one self-contained file (inline CSS and SVG, no script, nothing fetched) for a dyad.

Why no JavaScript: the report is meant to be mailed, archived and opened anywhere, and a file without
scripts cannot run anything an article smuggled in. Every number comes from the same functions the CLI and
the REST API call (``relations_index``, ``timeline``, ``claims``, the cognitive map and ``stance``), so
the report and the dashboard always agree. All text from the store goes through ``html.escape``.
"""

from __future__ import annotations

import datetime as dt
import os
from html import escape
from pathlib import Path
from typing import Any

import duckdb

from detente import __version__
from detente.reference.cameo import QUAD_NAMES as CAMEO_QUAD_NAMES
from detente.reference.records import IndexCoverage
from detente.store.db import Store, opened

QUAD_COLOURS = ("#3b82f6", "#16a34a", "#f59e0b", "#dc2626")
QUAD_NAMES = tuple(CAMEO_QUAD_NAMES[q] for q in sorted(CAMEO_QUAD_NAMES))

CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1f2937;padding:0 1rem}
h1{font-size:1.6rem}h2{border-bottom:1px solid #d1d5db;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #e5e7eb;padding:4px 6px;
text-align:left;vertical-align:top}th{background:#f3f4f6}.num{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:#6b7280}.kpi{display:inline-block;margin:0 1.5rem .5rem 0}.kpi b{font-size:1.4rem;display:block}
blockquote{margin:.2rem 0 .2rem .5rem;padding-left:.5rem;border-left:3px solid #d1d5db;color:#374151}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}
.pos{color:#15803d}.neg{color:#b91c1c}
details.mentions summary{cursor:pointer;color:#1d4ed8}details.mentions ol{margin:.2rem 0;padding-left:1.2rem}
"""


def _e(value: Any) -> str:
    """Escaped text; None as an empty string."""
    return "" if value is None else escape(str(value), quote=True)


def _num(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def index_svg(rows: list[dict[str, Any]], width: int = 800, height: int = 260) -> str:
    """Stacked quad-class bars (events per period, left axis) and the net-cooperation line (right, -1..1)."""
    if not rows:
        return '<p class="muted">No dated events for this dyad.</p>'
    left, right, top, bottom = 44, 44, 12, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(r["events"] for r in rows) or 1
    step = plot_w / len(rows)
    bar_w = max(2.0, step * 0.6)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="relations index">',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#9ca3af"/>',
        f'<line x1="{left}" y1="{top + plot_h / 2}" x2="{left + plot_w}" y2="{top + plot_h / 2}" '
        'stroke="#e5e7eb" stroke-dasharray="4 3"/>',
        f'<text x="4" y="{top + 10}" font-size="11">{peak}</text>',
        f'<text x="4" y="{top + plot_h}" font-size="11">0</text>',
        f'<text x="{width - right + 4}" y="{top + 10}" font-size="11">+1</text>',
        f'<text x="{width - right + 4}" y="{top + plot_h / 2 + 4}" font-size="11">0</text>',
        f'<text x="{width - right + 4}" y="{top + plot_h}" font-size="11">−1</text>',
    ]
    points = []
    label_every = max(1, len(rows) // 12)
    for i, r in enumerate(rows):
        x = left + i * step + (step - bar_w) / 2
        y = top + plot_h
        for q in range(4):
            n = r[f"quad{q + 1}"]
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            parts.append(
                f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{QUAD_COLOURS[q]}"><title>{_e(r["period"])}: {n} {QUAD_NAMES[q]}</title></rect>'
            )
        if r["net_cooperation"] is not None:
            cy = top + plot_h / 2 - r["net_cooperation"] * plot_h / 2
            points.append((x + bar_w / 2, cy, {**r, "_i": i}))
        if i % label_every == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - bottom + 14}" font-size="10">{_e(r["period"][:7])}</text>')
    if points:
        for run in _runs(points):  # a month without events breaks the line: no join across a gap
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in run)
            parts.append(f'<polyline points="{path}" fill="none" stroke="#111827" stroke-width="1.5"/>')
        for x, y, r in points:
            parts.append(
                f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="3" fill="#111827"><title>'
                f"{_e(r['period'])}: net cooperation {r['net_cooperation']:.2f}, {r['events']} events"
                "</title></circle>"
            )
    parts.append("</svg>")
    legend = "".join(f'<span style="background:{c}"></span>{n}' for c, n in zip(QUAD_COLOURS, QUAD_NAMES, strict=True))
    return (
        "".join(parts) + f'<div class="legend muted">{legend}<span style="background:#111827"></span>'
        "net cooperation (right axis)</div>"
    )


def _runs(points: list[tuple[float, float, dict[str, Any]]]) -> list[list[tuple[float, float, dict[str, Any]]]]:
    """Consecutive points (their rows one period apart) as separate runs, so a line breaks at empty periods."""
    runs: list[list[tuple[float, float, dict[str, Any]]]] = []
    last = None
    for point in points:
        index = point[2].get("_i")
        if not runs or last is None or index != last + 1:
            runs.append([])
        runs[-1].append(point)
        last = index
    return runs


def forecast_svg(history: list[dict[str, Any]], rows: list[dict[str, Any]], width: int = 800, height: int = 260) -> str:
    """The observed series (last 48 months; the line breaks at missing months) and the forecast after it:
    dashed mean, 80% (dark) and 95% (light) bands — the dashboard's fan chart, drawn without a script."""
    observed = history[-48:]
    values = [h["value"] for h in observed if h["value"] is not None]
    values += [r[k] for r in rows for k in ("mean", "lo95", "hi95") if r[k] is not None]
    if not values:
        return '<p class="muted">Nothing to forecast for this dyad.</p>'
    left, right, top, bottom = 50, 20, 12, 34
    lo, hi = min(values), max(values)
    if hi - lo < 1e-9:
        lo, hi = lo - 1, hi + 1
    count = len(observed) + len(rows)

    def x(i: int) -> float:
        return left + i * (width - left - right) / max(1, count - 1)

    def y(v: float) -> float:
        return top + (hi - v) * (height - top - bottom) / (hi - lo)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        'aria-label="forecast">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#9ca3af"/>',
        f'<text x="4" y="{top + 10}" font-size="11">{hi:.2f}</text>',
        f'<text x="4" y="{height - bottom}" font-size="11">{lo:.2f}</text>',
    ]
    labels = [h["period"] for h in observed] + [r["period"] for r in rows]
    every = max(1, count // 10)
    for i, label in enumerate(labels):
        if i % every == 0:
            parts.append(f'<text x="{x(i) - 14:.1f}" y="{height - bottom + 16}" font-size="10">{_e(label)}</text>')
    points = [(x(i), y(h["value"]), {"_i": i}) for i, h in enumerate(observed) if h["value"] is not None]
    for run in _runs(points):
        if len(run) > 1:
            path = " ".join(f"{a:.1f},{b:.1f}" for a, b, _ in run)
            parts.append(
                f'<polyline class="observed" points="{path}" fill="none" stroke="#111827" stroke-width="1.5"/>'
            )
    anchor = (
        [(x(len(observed) - 1), y(observed[-1]["value"]))] if observed and observed[-1]["value"] is not None else []
    )
    for cls, a, b, colour in (("band95", "lo95", "hi95", "#bfdbfe"), ("band80", "lo80", "hi80", "#60a5fa")):
        if not any(r[a] is not None for r in rows):
            continue
        upper = anchor + [
            (x(len(observed) + i), y(r[b] if r[b] is not None else r["mean"])) for i, r in enumerate(rows)
        ]
        lower = [(x(len(observed) + i), y(r[a] if r[a] is not None else r["mean"])) for i, r in enumerate(rows)]
        poly = " ".join(f"{a_:.1f},{b_:.1f}" for a_, b_ in upper + lower[::-1] + anchor)
        parts.append(f'<polygon class="{cls}" points="{poly}" fill="{colour}" fill-opacity="0.7"/>')
    if rows:
        line = anchor + [(x(len(observed) + i), y(r["mean"])) for i, r in enumerate(rows)]
        parts.append(
            '<polyline class="forecast" points="'
            + " ".join(f"{a:.1f},{b:.1f}" for a, b in line)
            + '" fill="none" stroke="#1d4ed8" stroke-width="2" stroke-dasharray="5 3"/>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _forecast_section(result: dict[str, Any] | None) -> str:
    if not result or not result["rows"]:
        problem = result["problems"][0] if result and result["problems"] else "no dated events"
        return f'<p class="muted">No forecast: {_e(problem)}.</p>'
    rows = result["rows"]
    history = [h for h in result["history"] if h["dyad"] == rows[0]["dyad"]]
    table = "".join(
        f"<tr><td>{_e(r['period'])}</td><td class=num>{_num(r['mean'])}</td><td class=num>"
        f"{_num(r['lo80'])} … {_num(r['hi80'])}</td><td class=num>{_num(r['lo95'])} … {_num(r['hi95'])}"
        f"</td><td>{_e(r['model'])}{' (' + _e(r['fallback']) + ')' if r['fallback'] else ''}</td></tr>"
        for r in rows
    )
    return (
        f"<p>Monthly {_e(result['target'])}, {len(rows)} months ahead (the same forecast as "
        "<code>detente forecast</code>): dashed the forecast, dark and light bands its 80% and 95% intervals, "
        "calibrated on the model's past errors.</p>"
        + forecast_svg(history, rows)
        + "<table><tr><th>month</th><th class=num>forecast</th><th class=num>80% interval</th>"
        f"<th class=num>95% interval</th><th>model</th></tr>{table}</table>"
    )


def _where(m: dict[str, Any], outlet: Any = None) -> str:
    """Where one statement stands, escaped: outlet, document, sentence number and raw character offsets, the
    parts known, comma-separated (``outlet, doc, sentence N, start–end``). The report's one formatter of
    provenance, as ``provenance()`` is the dashboard's: timeline mentions and claim members both use it. A
    restating sentence of the same document is given without doc_id: ``sentence N, start–end``."""
    parts = (
        _e(outlet) if outlet else "",
        _e(m.get("doc_id")) if m.get("doc_id") else "",
        f"sentence {_e(m['sentence_idx'])}" if m.get("sentence_idx") is not None else "",
        f"{_e(m['start'])}–{_e(m.get('end'))}" if m.get("start") is not None else "",
    )
    return ", ".join(x for x in parts if x)


def _restated(member: dict[str, Any]) -> str:
    """The other sentences of the member's document that state it (docs/sources.md), or nothing."""
    others = [m for m in member.get("mentions") or [] if m.get("sentence_idx") != member.get("sentence_idx")]
    if not others:
        return ""
    where = (_where({k: m.get(k) for k in ("sentence_idx", "start", "end")}) for m in others)
    return " also stated at " + "; ".join(where)


def _claims_table(items: list[dict[str, Any]], limit: int) -> str:
    if not items:
        return '<p class="muted">None.</p>'
    out = ["<table><tr><th>claim</th><th>status</th><th class=num>documents</th><th>evidence</th></tr>"]
    for c in items[:limit]:
        members = "".join(
            f"<blockquote>{_e((m.get('text') or m.get('sentence') or '')[:300])} "
            f"<span class=muted>[{_where(m, m.get('source'))}]{_restated(m)}</span></blockquote>"
            for m in (c.get("members") or [])[:3]
        )
        out.append(
            f"<tr><td>{_e(c.get('label') or c.get('claim'))}<div class=muted>{_e(c.get('why'))}</div></td>"
            f"<td>{_e(c.get('status'))}</td><td class=num>{len(c.get('documents') or [])}</td>"
            f"<td>{members}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def _sources_table(items: list[dict[str, Any]]) -> str:
    if not items:
        return '<p class="muted">No documents.</p>'
    out = [
        "<table><tr><th>source</th><th class=num>documents</th><th>stance (actor: score)</th>"
        "<th>dominant narrative</th><th class=num>framing hits / 1000 words</th></tr>"
    ]
    for s in items:
        stance = ", ".join(
            f'<span class="{"pos" if r["score"] > 0 else "neg" if r["score"] < 0 else ""}">'
            f"{_e(r['actor'])}: {r['score']:+.2f}</span>"
            for r in s["stance"][:6]
        )
        fr = s["framing"]
        out.append(
            f"<tr><td>{_e(s['source'])}</td><td class=num>{len(s['documents'])}</td><td>{stance or '–'}</td>"
            f"<td>{_e(fr.get('dominant_narrative') or '–')}</td><td class=num>{_num(fr.get('per_1000'))}"
            "</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


MAX_MENTIONS = 20  # mentions listed per timeline entry; the rest are counted ("N more")


def _mentions(sources: list[dict[str, Any]]) -> str:
    """Every mention behind a timeline entry (each coded sentence: a document's restated headline is one
    counted event of two mentions, docs/relations_index.md), folded in a ``<details>`` (no script needed):
    its sentence, outlet, document, sentence number and raw character offsets."""
    if not sources:
        return ""
    items = []
    for m in sources[:MAX_MENTIONS]:
        text = _e(m.get("sentence")) if m.get("sentence") else _e(m.get("url") or "")
        where = _where(m, m.get("doc_source") or m.get("origin"))
        items.append(
            f'<li class="mention" data-doc="{_e(m.get("doc_id"))}" data-start="{_e(m.get("start"))}" '
            f'data-end="{_e(m.get("end"))}">{text} <span class=muted>[{where}]</span></li>'
        )
    more = len(sources) - MAX_MENTIONS
    if more > 0:
        items.append(f"<li class=muted>{more} more</li>")
    n = len(sources)
    return (
        f'<details class="mentions" data-mentions="{n}"><summary>{n} {"mention" if n == 1 else "mentions"}'
        f"</summary><ol>{''.join(items)}</ol></details>"
    )


def _timeline_table(items: list[dict[str, Any]], limit: int) -> str:
    if not items:
        return '<p class="muted">No dated events for this dyad.</p>'
    out = [
        '<p class="muted">Reports: the events counted (a document\'s restatements of one event once, as the index '
        "counts); expand the mentions for every sentence behind them, with its document and offsets.</p>"
        "<table><tr><th>date</th><th>source → target</th><th>event</th><th class=num>Goldstein</th>"
        "<th class=num>reports</th><th>evidence</th></tr>"
    ]
    for t in items[:limit]:
        ev = (t.get("sources") or [{}])[0]
        evidence = _e(ev.get("sentence")) if ev.get("sentence") else _e(ev.get("url") or "")
        where = f"{_e(ev.get('doc_source') or ev.get('doc_id') or ev.get('origin'))}"
        out.append(
            f"<tr><td>{_e(t['date'])}</td><td>{_e(t['source'])} → {_e(t['target'])}</td>"
            f"<td>{_e(t['cameo'])} {_e(t.get('plover'))}</td><td class=num>{_num(t.get('goldstein'), 1)}</td>"
            f"<td class=num>{_e(t['count'])}</td><td>{evidence} <span class=muted>[{where}]</span>"
            f"{_mentions(t.get('sources') or [])}</td></tr>"
        )
    out.append("</table>")
    if len(items) > limit:
        out.append(f'<p class="muted">{len(items) - limit} more entries not shown.</p>')
    return "".join(out)


def _scenario(con: duckdb.DuckDBPyConnection) -> str:
    """The strategy scenarios (``detente.scenario.strategies``) over the merged map of every source: the same
    map ``detente map`` and the dashboard show."""
    from detente.api.maps import cognitive_maps
    from detente.nlp.model import cached_model
    from detente.scenario.strategies import strategy_scenario

    merged = cognitive_maps(con).merged
    if not merged.edges:
        return '<p class="muted">No causal claims stored: no cognitive map to simulate.</p>'
    claims = len({c["claim_id"] for e in merged.edges for c in e.claims})
    out = [
        f"<p>Merged cognitive map: {len(merged.concepts)} concepts, {len(merged.edges)} causal links from "
        f"{claims} causal claims. Each strategy concept is clamped at 1 (Kosko rule, tanh) and the "
        "concepts that move most are listed.</p>"
    ]
    for s in strategy_scenario(merged, nlp=cached_model()):
        if not s["found"]:
            out.append(f"<p class=muted>{_e(s['term'])}: {_e(s['message'])}</p>")
            continue
        moved = "".join(
            f'<tr><td>{_e(m["concept"])}</td><td class="num {"pos" if m["difference"] > 0 else "neg"}">'
            f"{m['difference']:+.3f}</td></tr>"
            for m in s["moved"]
        )
        out.append(
            f"<h3>{_e(s['term'])} → concept “{_e(s['concept'])}”</h3><p class=muted>{_e(s['message'])}; "
            f"outcome {_e(s['outcome'])} after {_e(s['steps'])} steps</p>"
            + (
                f"<table><tr><th>concept</th><th class=num>change</th></tr>{moved}</table>"
                if moved
                else "<p class=muted>Nothing moves.</p>"
            )
        )
    return "".join(out)


def _coverage_note(coverage: IndexCoverage) -> str:
    """What the monthly index leaves out, and why (docs/dates.md)."""
    left = coverage["coarser_than_period"] + coverage["background_undated"] + coverage["undated"]
    if not left:
        return ""
    return (
        f'<p class="muted" id="index-left-out">{left} events are in no month: {coverage["coarser_than_period"]} '
        f"dated more coarsely than a month (a year, a quarter), {coverage['background_undated']} recalled "
        f"history the text does not date, {coverage['undated']} with no date known.</p>"
    )


def report_data(db: Store = None, dyad: str = "USA-RUS") -> dict[str, Any]:
    """The numbers of the report (the same functions as ``/api/index``, ``/api/timeline``, ``/api/claims``)."""
    from detente.analysis.events_query import timeline
    from detente.analysis.relations_index import index_coverage, relations_index
    from detente.api.documents import claim_ledger, list_documents, sources_overview

    with opened(db, read_only=True) as con:
        index = relations_index(con, dyad=dyad)
        coverage = index_coverage(con, dyad=dyad)
        try:
            from detente.api.forecast import forecast

            predicted: dict[str, Any] | None = forecast(con, dyad=dyad)
        except ValueError:
            predicted = None
        return {
            "forecast": predicted,
            "dyad": dyad.upper().replace("_", "-"),
            "documents": list_documents(con, limit=1)["total"],
            "index": index,
            "index_coverage": coverage,
            "events": sum(r["events"] for r in index),
            "timeline": timeline(con, dyad=dyad, limit=2000),
            "claims": claim_ledger(con),
            "sources": sources_overview(con),
        }


def build_report(db: Store = None, dyad: str = "USA-RUS", scenario: bool = True) -> str:
    """The report as one HTML string."""
    with opened(db, read_only=True) as con:
        return _build_report(con, dyad, scenario)


def _build_report(con: duckdb.DuckDBPyConnection, dyad: str, scenario: bool) -> str:
    d = report_data(con, dyad)
    index = d["index"]
    coop = [r["net_cooperation"] for r in index if r["net_cooperation"] is not None]
    gold = [r["goldstein_mean"] for r in index if r["goldstein_mean"] is not None]
    contested = [c for c in d["claims"] if c.get("status") == "contested"]
    top = sorted(
        (c for c in d["claims"] if c.get("status") == "corroborated"), key=lambda c: -len(c.get("documents") or [])
    )
    kpis = [
        ("documents", d["documents"], "documents"),
        ("events", d["events"], f"{d['dyad']} events"),
        ("periods", sum(1 for r in index if r["events"]), "months with events"),
        ("net-cooperation", _num(sum(coop) / len(coop)) if coop else "–", "mean net cooperation"),
        ("goldstein", _num(sum(gold) / len(gold)) if gold else "–", "mean Goldstein"),
        ("claims", len(d["claims"]), "claims in the ledger"),
        ("contested", len(contested), "contested"),
    ]
    kpi_html = "".join(
        f'<div class="kpi"><b id="kpi-{k}" data-value="{_e(v)}">{_e(v)}</b>{_e(label)}</div>' for k, v, label in kpis
    )
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    body = [
        f"<h1>{_e(d['dyad'])} relations report</h1>",
        f'<p class="muted">detente {_e(__version__)}, generated {generated}. Every event and claim below '
        "names the document and raw character offsets it comes from.</p>",
        f"<h2>Summary</h2>{kpi_html}",
        f"<h2>Relations index (monthly)</h2>{index_svg(index)}{_coverage_note(d['index_coverage'])}",
        f"<h2>Forecast</h2>{_forecast_section(d['forecast'])}",
        "<h2>Timeline</h2>",
        _timeline_table(d["timeline"], 100),
        "<h2>Top claims (corroborated)</h2>",
        _claims_table(top, 10),
        "<h2>Contested claims</h2>",
        _claims_table(contested, 10),
        "<h2>Sources</h2>",
        _sources_table(d["sources"]),
    ]
    if scenario:
        body += ["<h2>Scenario</h2>", _scenario(con)]
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(d["dyad"])} relations report'
        f'</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style>'
        f"</head><body>{''.join(body)}</body></html>"
    )


def write_report(db: Store = None, dyad: str = "USA-RUS", path: str | os.PathLike[str] = "report.html") -> Path:
    """``detente report``: write the report for ``dyad`` from the store ``db`` to ``path``."""
    html = build_report(db, dyad)
    out = Path(path)
    out.write_text(html, encoding="utf-8")
    return out
