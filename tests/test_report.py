"""The self-contained HTML report: same numbers as the analysis functions, everything escaped, nothing fetched."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from detente.api.report import build_report, index_svg, write_report

from .test_web_api import XSS_ARTICLE


def _kpi(html: str, name: str) -> str:
    match = re.search(rf'id="kpi-{name}" data-value="([^"]*)"', html)
    assert match, name
    return match.group(1)


def test_report_numbers_match_the_analysis(built_store: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    db, expected = built_store
    out = write_report(db, "USA-RUS", tmp_path / "report.html")
    html = out.read_text(encoding="utf-8")
    assert int(_kpi(html, "events")) == sum(r["events"] for r in expected["index"]) > 0
    assert int(_kpi(html, "documents")) == expected["documents"]
    assert int(_kpi(html, "periods")) == sum(1 for r in expected["index"] if r["events"])
    # self-contained: no script, no external resource
    assert "<script" not in html.lower()
    assert not re.search(r"<(img|link|iframe)\b|\bsrc=", html, re.IGNORECASE)
    assert html.count("<svg") >= 1 and 'circle class="point"' in html
    assert 'class="band80"' in html and 'class="forecast"' in html  # the fan chart after the observed line
    for section in (
        "Summary",
        "Relations index",
        "Forecast",
        "Timeline",
        "Top claims",
        "Contested claims",
        "Sources",
        "Scenario",
    ):
        assert f">{section}" in html, section


def test_report_escapes_article_text(built_store: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    from detente.api import analyze
    from detente.store.db import connect

    db = tmp_path / "xss.duckdb"
    shutil.copy(built_store[0], db)
    jsonl = tmp_path / "xss.jsonl"
    jsonl.write_text(json.dumps(XSS_ARTICLE) + "\n", encoding="utf-8")
    analyze([jsonl], db=db)
    con = connect(db, read_only=True)
    try:
        html = build_report(con, "USA-RUS", scenario=False)
    finally:
        con.close()
    assert "Evil &lt;b&gt;Wire&lt;/b&gt;" in html  # the source name, shown in the sources table
    assert "<b>Wire</b>" not in html and "<script>window" not in html and 'onerror="window' not in html


def test_index_svg_draws_one_bar_per_quad_count() -> None:
    rows = [
        {
            "period": "2025-01-01",
            "events": 3,
            "quad1": 2,
            "quad2": 0,
            "quad3": 1,
            "quad4": 0,
            "goldstein_mean": 1.0,
            "goldstein_total": 3.0,
            "net_cooperation": 1 / 3,
        },
        {
            "period": "2025-02-01",
            "events": 1,
            "quad1": 0,
            "quad2": 0,
            "quad3": 0,
            "quad4": 1,
            "goldstein_mean": -9.0,
            "goldstein_total": -9.0,
            "net_cooperation": -1.0,
        },
    ]
    svg = index_svg(rows)
    assert svg.count('class="bar"') == 3
    assert svg.count('class="point"') == 2
    assert "no dated events" in index_svg([]).lower()
