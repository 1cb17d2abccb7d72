"""Sentence provenance in the claims, stance and network views and the report's claim members (after dash1).

The provenance standard: every event, claim, stance and index point traces to a document, a sentence and raw
character offsets. dash1 showed "doc · sentence N · [start–end]" for the index drill-down's mentions; the
claims view, the stance detail and the network's edge evidence showed offsets without the sentence number.
Now every view formats provenance through one helper (``provenance()`` in app.js; ``_where`` in the report).
Real ``detente serve`` over real HTTP, Debian's chromium driven by Playwright, a real DuckDB store analyzed
from small invented articles: one outlet restates its headline in the lead, a second outlet reports the same
sanctions (a corroborated claim), so a claim member and a stance sentence each carry a restating sentence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from .browser import ARTIFACTS, running_server

pytestmark = pytest.mark.slow
playwright_api = pytest.importorskip("playwright.sync_api")

# invented articles: a headline restated in the lead (one statement, two sentences) and a second outlet
HEADLINE = "United States imposes sanctions on Russia"
LEAD = "WASHINGTON, May 6, 2025 - The United States imposed sanctions on Russia on Monday, the Treasury said."
AFTER = "Officials in Moscow condemned the move."
OTHER = "MOSCOW, May 7, 2025 - Russia protested after the United States imposed sanctions on Russia on Monday."


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from detente.api import analyze
    from detente.store.db import connect

    tmp = tmp_path_factory.mktemp("dash2")
    folder = tmp / "articles"
    folder.mkdir()
    articles = [
        {"id": "a", "text": f"{HEADLINE}\n\n{LEAD} {AFTER}", "source": "Alpha News", "url": "https://alpha.example/1"},
        {"id": "c", "text": OTHER, "source": "Beta Post", "url": "https://beta.example/9"},
    ]
    (folder / "news.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = tmp / "dash2.duckdb"
    analyze([folder], db=db)
    con = connect(db, read_only=True)  # read before the server owns the file
    try:
        raw = dict(con.execute("SELECT id, raw_text FROM documents").fetchall())
    finally:
        con.close()
    return {"db": db, "raw": raw}


@pytest.fixture(scope="module")
def site(store: dict[str, Any]) -> Iterator[str]:
    with running_server(store["db"]) as base:
        yield base


def _where(m: dict[str, Any]) -> str:
    """What the dashboard's provenance() writes for a row with a document (outlet left out)."""
    return f"{m['doc_id']} · sentence {m['sentence_idx']} · [{m['start']}–{m['end']}]"


def _slices(raw: dict[str, str], m: dict[str, Any], text: str) -> None:
    # the offsets are raw offsets into the document: they slice the stated sentence out of it
    piece = raw[m["doc_id"]][m["start"] : m["end"]]
    assert piece.strip() and piece.strip() in text, (piece, text)


def _claim_members(site: str) -> list[dict[str, Any]]:
    items = httpx.get(site + "/api/claims", params={"limit": 500}, timeout=60).json()["items"]
    return [m for c in items for m in c.get("members") or []]


def _stance_rows(site: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    items = httpx.get(site + "/api/sources", timeout=120).json()["items"]
    return [(s, r) for s in items for r in s["stance"] if r["top"]]


def _edge_events(site: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    net = httpx.get(site + "/api/network", params={"top": 60}, timeout=60).json()
    edge = next(e for e in net["edges"] if (e["source"], e["target"]) == ("USA", "RUS"))
    params = {"dyad": "USA-RUS", "directed": True, "limit": 100}
    events = httpx.get(site + "/api/events", params=params, timeout=60).json()["items"]
    return edge, [e for e in events if (e["source"], e["target"]) == ("USA", "RUS")]


def test_the_api_gives_sentence_and_offsets_for_claims_stance_and_edges(site: str, store: dict[str, Any]) -> None:
    members = _claim_members(site)
    assert members
    restated = [m for m in members if len(m.get("mentions") or []) > 1]
    assert restated, members  # the headline and the lead are one member with two mentions
    for m in members:
        assert m["sentence_idx"] is not None and m["start"] is not None and m["end"] is not None, m
        _slices(store["raw"], m, m["text"])
        for x in m["mentions"]:
            assert {"sentence_idx", "start", "end"} <= x.keys() and x["sentence_idx"] is not None
    rows = _stance_rows(site)
    assert rows
    for _s, r in rows:
        for t in r["top"]:
            assert t["doc_id"] and t["sentence_idx"] is not None and t["start"] is not None, t
            _slices(store["raw"], t, t["text"])
            assert all(x["sentence_idx"] is not None for x in t["also_in"])
    edge, events = _edge_events(site)
    assert edge["events"] >= 1 and len(events) >= edge["events"]
    for ev in events:
        assert ev["doc_id"] and ev["sentence_idx"] is not None, ev
        _slices(store["raw"], ev, ev["sentence"])


def test_claims_view_shows_sentence_numbers(site: str, page: Any) -> None:
    members = _claim_members(site)
    page.goto(site + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=30000)
    page.click("#tabs button[data-view='claims']")
    page.wait_for_selector("#claims-list div.member .where", timeout=30000)
    shown = page.locator("#claims-list div.member")
    assert shown.count() == len(members)
    for k, m in enumerate(members):
        div = shown.nth(k)
        assert div.get_attribute("data-sentence") == str(m["sentence_idx"])
        where = div.locator(".where").inner_text()
        assert _where(m) in where and where.startswith(m["source"] or m["doc_id"]), where
        others = [x for x in m["mentions"] if x["sentence_idx"] != m["sentence_idx"]]
        if others:  # the restating sentence, by number and offsets
            also = div.locator(".also").inner_text()
            for x in others:
                assert f"sentence {x['sentence_idx']} · [{x['start']}–{x['end']}]" in also, also
    assert re.search(r"also stated in: sentence \d+ · \[\d+–\d+\]", page.locator("#claims-list").inner_text())
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dash2-claims.png"), full_page=True)
    assert not page.errors


def test_stance_detail_shows_sentence_numbers(site: str, page: Any) -> None:
    source, row = _stance_rows(site)[0]
    page.goto(site + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=30000)
    page.click("#tabs button[data-view='sources']")
    page.wait_for_selector("#sources-table tr td", timeout=60000)
    line = page.locator("#sources-table tr").filter(has_text=source["source"]).first
    line.locator("button.link", has_text=f"{row['actor']}:").first.click()
    page.wait_for_selector("#sources-detail .stance-sentence .where", timeout=30000)
    shown = page.locator("#sources-detail .stance-sentence")
    assert shown.count() == len(row["top"])
    for k, t in enumerate(row["top"]):
        div = shown.nth(k)
        assert div.get_attribute("data-sentence") == str(t["sentence_idx"])
        assert _where(t) in div.locator(".where").inner_text()
        for x in t["also_in"]:
            assert f"sentence {x['sentence_idx']} · [{x['start']}–{x['end']}]" in div.locator(".also").inner_text()
    assert not page.errors


def test_network_edge_evidence_shows_sentence_numbers(site: str, page: Any) -> None:
    edge, events = _edge_events(site)
    page.goto(site + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=30000)
    page.click("#tabs button[data-view='network']")
    # attached, not "visible": a vertical line has a zero-width box, which Playwright calls hidden
    page.wait_for_selector("#network-svg line.edge", state="attached", timeout=30000)
    lines = page.locator("#network-svg line.edge")
    titles = [lines.nth(k).locator("title").text_content() or "" for k in range(lines.count())]
    n = next(k for k, t in enumerate(titles) if t.startswith("USA → RUS:"))
    lines.nth(n).dispatch_event("click")  # an SVG line under labels: dispatch, not a pointer click
    page.wait_for_selector("#network-detail .evidence-item .where", timeout=30000)
    summary = page.locator("#network-evidence-summary").inner_text()
    assert f"{len(events)} mention" in summary and f"{edge['events']} counted" in summary
    shown = page.locator("#network-detail .evidence-item")
    assert shown.count() == len(events)
    for k, ev in enumerate(events):
        where = shown.nth(k).locator(".where").inner_text()
        assert _where(ev) in where and where.startswith(ev["doc_source"]), where
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dash2-network.png"), full_page=True)
    assert not page.errors


def test_report_claim_members_show_sentence_numbers(site: str, page: Any, store: dict[str, Any]) -> None:
    from detente.api.report import build_report
    from detente.store.db import connect

    members = _claim_members(site)
    page.goto(site + "/report?dyad=USA-RUS")
    text = page.locator("body").inner_text()
    restated = next(m for m in members if len(m["mentions"]) > 1)
    where = f"{restated['source']}, {restated['doc_id']}, sentence {restated['sentence_idx']}, "
    assert where + f"{restated['start']}–{restated['end']}" in text
    other = next(x for x in restated["mentions"] if x["sentence_idx"] != restated["sentence_idx"])
    assert f"also stated at sentence {other['sentence_idx']}, {other['start']}–{other['end']}" in text
    con = connect(store["db"], read_only=True)  # the file `detente report` writes says the same
    try:
        offline = build_report(con, "USA-RUS", scenario=False)
    finally:
        con.close()
    assert f"sentence {restated['sentence_idx']}, {restated['start']}–{restated['end']}" in offline
