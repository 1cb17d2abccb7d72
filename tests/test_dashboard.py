"""The dashboard and the HTML report in a real browser (Debian chromium driven by Playwright).

Against a real server over a store built from the sample articles, with an XSS article ingested through
the API: the index chart draws points, an event shows its sentence, a scenario moves concepts, the XSS
payload stays inert text, and the report shows the same totals as the API. Screenshots go to
``test-artifacts/``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from .browser import ARTIFACTS, running_server
from .test_web_api import TOKEN, XSS_ARTICLE

pytestmark = pytest.mark.slow
DB: dict[str, Path] = {}  # base URL -> the store the server runs on
playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def site(built_store: tuple[Path, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("dashboard") / "dash.duckdb"
    shutil.copy(built_store[0], db)  # a copy: the XSS article below is ingested into it
    with running_server(db, token=TOKEN) as base:
        r = httpx.post(
            base + "/api/ingest",
            json={"articles": [XSS_ARTICLE]},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=300,
        )
        assert r.status_code == 200, r.text
        DB[base] = db
        yield base


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_index_chart_renders_points_and_links_to_events(site: str, page: Any) -> None:
    page.goto(site + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=30000)
    api_rows = httpx.get(site + "/api/index", params={"dyad": "USA-RUS"}).json()["rows"]
    canvas = page.locator("#index-chart")
    assert int(canvas.get_attribute("data-points")) == len(api_rows) > 0
    drawn = page.evaluate("() => window.__indexChart.getDatasetMeta(0).data.length")
    assert drawn == len(api_rows)  # Chart.js laid out one line point per period
    assert int(canvas.get_attribute("data-total")) == sum(r["events"] for r in api_rows)
    page.locator("#index-table button.index-events").first.click()
    page.wait_for_selector("#index-evidence .evidence-item")
    assert page.locator("#index-evidence .evidence-item").count() == api_rows[0]["events"]
    shot(page, "dashboard-index")
    assert not page.errors


def test_forecast_panel_draws_the_fan_chart_for_usa_rus(site: str, page: Any) -> None:
    page.goto(site + "/")
    page.wait_for_selector("body[data-ready='1']")
    page.click("#tabs button[data-view='forecast']")
    page.wait_for_selector("#forecast-svg polygon.band80", timeout=60000)
    data = httpx.get(site + "/api/forecast", params={"dyad": "USA-RUS"}, timeout=120).json()
    assert len(data["rows"]) == 3  # the panel's default: three months ahead, as `detente forecast`
    svg = page.locator("#forecast-svg")
    assert int(svg.get_attribute("data-rows")) == 3
    assert page.locator("#forecast-svg polygon.band95").count() == 1
    assert page.locator("#forecast-svg circle.forecast-point").count() == 3
    observed = [h for h in data["history"][-48:] if h["value"] is not None]  # the panel shows four years
    assert page.locator("#forecast-svg circle.observed-point").count() == len(observed) > 0
    table = page.locator("#forecast-table").inner_text()
    assert data["rows"][0]["period"] in table and data["rows"][0]["model"] in table
    page.select_option("#forecast-target", "events")
    page.wait_for_function("() => document.querySelector('#forecast-summary').textContent.includes('events')")
    shot(page, "dashboard-forecast")
    assert not page.errors


def test_clicking_an_event_shows_its_sentence(site: str, page: Any) -> None:
    page.goto(site + "/")
    page.wait_for_selector("body[data-ready='1']")
    page.click("#tabs button[data-view='timeline']")
    page.wait_for_selector("#timeline-list li.event")
    items = httpx.get(site + "/api/timeline", params={"dyad": "USA-RUS"}).json()["items"]
    with_sentence = [n for n, t in enumerate(items) if t["sources"][0].get("sentence")]
    n = with_sentence[0] if with_sentence else 0
    page.locator("#timeline-list li.event").nth(n).click()
    detail = page.locator("#event-detail")
    evidence = items[n]["sources"][0]
    expected = evidence.get("sentence") or evidence.get("url")
    detail.get_by_text(expected[:60], exact=False).first.wait_for()
    assert expected in detail.inner_text()
    shot(page, "dashboard-timeline")


def test_scenario_panel_runs_and_shows_changes(site: str, page: Any) -> None:
    page.goto(site + "/")
    page.wait_for_selector("body[data-ready='1']")
    page.click("#tabs button[data-view='map']")
    page.wait_for_selector("#scenario-concepts input.clamp", timeout=60000)
    assert page.locator("#map-svg line.edge").count() > 0
    page.locator("#scenario-concepts input.clamp").first.check()  # concepts are listed most outgoing first
    page.click("#scenario-run")
    page.wait_for_selector("#scenario-result tr.changed", timeout=30000)
    changed = page.locator("#scenario-result tr.changed").count()
    assert changed >= 2  # the clamped concept and at least one it acts on
    assert (
        "fixed-point" in page.locator("#scenario-outcome").inner_text()
        or "cycle" in page.locator("#scenario-outcome").inner_text()
    )
    shot(page, "dashboard-scenario")


def test_xss_document_is_inert(site: str, page: Any) -> None:
    page.goto(site + "/")
    page.wait_for_selector("body[data-ready='1']")
    page.click("#tabs button[data-view='documents']")
    page.wait_for_selector("#documents-table button.doc-link")
    page.locator("#documents-table button.doc-link[data-id='xss-1']").click()
    page.wait_for_selector(".doc-text[data-id='xss-1']")
    text = page.locator(".doc-text").inner_text()
    assert "window.__xss=1" in text or "sanctions" in text  # the payload is shown as text, if kept by cleaning
    assert page.locator("#document-view script, #documents-table img, #document-view img").count() == 0
    page.click("#tabs button[data-view='sources']")
    page.wait_for_selector("#sources-table tr td")
    assert "Evil <b>Wire</b>" in page.locator("#sources-table").inner_text()
    page.click("#tabs button[data-view='claims']")
    page.wait_for_selector("#claims-list li")
    page.wait_for_timeout(300)
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    shot(page, "dashboard-xss")


def test_report_shows_the_same_numbers_as_the_api(site: str, page: Any, tmp_path: Path) -> None:
    from detente.api.report import write_report

    api_rows = httpx.get(site + "/api/index", params={"dyad": "USA-RUS"}).json()["rows"]
    total = sum(r["events"] for r in api_rows)
    claims = httpx.get(site + "/api/claims", params={"limit": 500}).json()["total"]
    out = write_report(DB[site], "USA-RUS", tmp_path / "report.html")  # what `detente report` will call
    for url in (out.as_uri(), site + "/report?dyad=USA-RUS"):
        page.goto(url)
        assert page.locator("#kpi-events").inner_text() == str(total)
        assert page.locator("#kpi-claims").inner_text() == str(claims)
        points = sum(1 for r in api_rows if r["net_cooperation"] is not None)
        assert page.locator("svg circle.point").count() == points > 0
        assert page.locator("script").count() == 0
        assert page.evaluate("() => typeof window.__xss") == "undefined"
    shot(page, "report")
