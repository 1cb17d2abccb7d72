"""Provenance of counted events in the dashboard and the HTML report (issue 14, after dedup1).

A headline restated in the body is one counted event with two mentions (docs/relations_index.md). The
dashboard's index drill-down shows each counted event once with how many mentions stand behind it, and on
expanding it every mention's document, sentence number, sentence text and raw character offsets; the
timeline says counted events and mentions; the report's timeline lists the same mentions in a ``<details>``.
Real ``detente serve`` over real HTTP, Debian's chromium driven by Playwright, a real DuckDB store analyzed
from small invented articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from .browser import ARTIFACTS, running_server

pytestmark = pytest.mark.slow
playwright_api = pytest.importorskip("playwright.sync_api")

# invented: a headline the body restates (dateline Tuesday 10 June; "on Monday" dates the lead to 9 June),
# and a second outlet's single report of a second event in the same month
HEADLINE = "United States imposes new sanctions on Russia"
BODY = (
    "WASHINGTON, June 10, 2025 - The United States imposed new sanctions on Russia on Monday, officials said. "
    "Moscow called the measures illegal."
)
OTHER = "MOSCOW, June 20, 2025 - Russia expelled two American diplomats on Thursday, the foreign ministry said."
PERIOD = "2025-06-01"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from detente.analysis.relations_index import index_event_mentions, relations_index
    from detente.api import analyze
    from detente.store.db import connect

    tmp = tmp_path_factory.mktemp("dash1")
    folder = tmp / "articles"
    folder.mkdir()
    (folder / "restated.txt").write_text(f"{HEADLINE}\n\n{BODY}\n", encoding="utf-8")
    (folder / "single.txt").write_text(OTHER + "\n", encoding="utf-8")
    db = tmp / "dash1.duckdb"
    analyze([folder], db=db)
    con = connect(db, read_only=True)  # read before the server owns the file
    try:
        raw = dict(con.execute("SELECT id, raw_text FROM documents").fetchall())
        groups = index_event_mentions(con, "USA-RUS", PERIOD)
        index = relations_index(con, "USA-RUS")
    finally:
        con.close()
    return {"db": db, "raw": raw, "groups": groups, "index": index}


@pytest.fixture(scope="module")
def site(store: dict[str, Any]) -> Iterator[str]:
    with running_server(store["db"]) as base:
        yield base


def test_the_store_has_one_restated_event(store: dict[str, Any]) -> None:
    # the premise: the month counts the restated sanctions once, with both sentences behind it
    sizes = sorted(len(g) for g in store["groups"])
    assert 2 in sizes, store["groups"]
    (june,) = [r for r in store["index"] if r["period"] == PERIOD]
    assert june["events"] == len(store["groups"])


def test_index_drill_down_shows_the_mentions_of_each_counted_event(site: str, page: Any, store: dict[str, Any]) -> None:
    items = httpx.get(site + "/api/index/events", params={"dyad": "USA-RUS", "period": PERIOD}).json()["items"]
    page.goto(site + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=30000)
    rows = page.locator("#index-table tr")
    june = rows.filter(has_text=PERIOD)
    june.locator("button.index-events").click()
    page.wait_for_selector("#index-evidence details.mentions")
    events = page.locator("#index-evidence .evidence-item")
    assert events.count() == len(items) == len(store["groups"])  # one per counted event, not per sentence
    total = sum(len(i["mentions"]) for i in items)
    summary = page.locator("#index-evidence-summary").inner_text()
    assert f"{len(items)} counted events, {total} mentions" in summary
    restated = None
    for n, item in enumerate(items):
        block = events.nth(n).locator("details.mentions")
        assert int(block.get_attribute("data-mentions")) == len(item["mentions"])
        assert f"{len(item['mentions'])} mention" in block.locator("summary").inner_text()
        assert not block.locator("li.mention").first.is_visible()  # folded until expanded
        if len(item["mentions"]) == 2:
            restated = (n, item)
    assert restated is not None
    n, item = restated
    block = events.nth(n).locator("details.mentions")
    block.locator("summary").click()
    shown = block.locator("li.mention")
    shown.first.wait_for()
    assert shown.count() == 2
    sentences = []
    for k, m in enumerate(item["mentions"]):
        li = shown.nth(k)
        assert li.is_visible()
        text = li.inner_text()
        assert m["sentence"] in text
        sentences.append(m["sentence"])
        where = li.locator(".where").inner_text()
        assert m["doc_id"] in where and f"sentence {m['sentence_idx']}" in where
        assert f"[{m['start']}–{m['end']}]" in where
        assert (li.get_attribute("data-doc"), li.get_attribute("data-start"), li.get_attribute("data-end")) == (
            m["doc_id"],
            str(m["start"]),
            str(m["end"]),
        )
        # the offsets are raw offsets into the document: they slice the stated sentence out of it
        raw = store["raw"][m["doc_id"]]
        assert raw[m["start"] : m["end"]].strip() and raw[m["start"] : m["end"]] in m["sentence"]
    assert HEADLINE in sentences and any("imposed new sanctions" in s for s in sentences)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dash1-index-mentions.png"), full_page=True)
    # "open document" from a mention goes to the document view
    shown.nth(0).locator("button.link").click()
    page.wait_for_selector(f".doc-text[data-id='{item['mentions'][0]['doc_id']}']")
    assert not page.errors


def test_timeline_counts_events_and_mentions(site: str, page: Any) -> None:
    items = httpx.get(site + "/api/timeline", params={"dyad": "USA-RUS"}).json()["items"]
    page.goto(site + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=30000)
    page.click("#tabs button[data-view='timeline']")
    page.wait_for_selector("#timeline-list li.event")
    n = next(k for k, t in enumerate(items) if t["mentions"] > t["count"])
    li = page.locator("#timeline-list li.event").nth(n)
    assert f"({items[n]['mentions']} mentions)" in li.inner_text()
    li.click()
    detail = page.locator("#event-detail")
    detail.locator(".evidence-item").first.wait_for()
    assert f"{items[n]['count']} counted event" in detail.inner_text()
    assert detail.locator(".evidence-item").count() == len(items[n]["sources"]) == items[n]["mentions"]
    assert not page.errors


def test_report_lists_every_mention(site: str, page: Any, store: dict[str, Any], tmp_path: Path) -> None:
    from detente.api.report import build_report
    from detente.store.db import connect

    items = httpx.get(site + "/api/timeline", params={"dyad": "USA-RUS"}).json()["items"]
    restated = next(t for t in items if t["mentions"] > t["count"])
    page.goto(site + "/report?dyad=USA-RUS")  # what the dashboard's "HTML report" link opens
    html = page.content()
    blocks = page.locator("details.mentions")
    assert blocks.count() == len(items)
    counts = sorted(int(blocks.nth(k).get_attribute("data-mentions")) for k in range(blocks.count()))
    assert counts == sorted(t["mentions"] for t in items)
    block = page.locator(f"details.mentions[data-mentions='{restated['mentions']}']").first
    assert not block.locator("li.mention").first.is_visible()
    block.locator("summary").click()  # <details> opens without any script: the report has none
    for k, m in enumerate(restated["sources"]):
        li = block.locator("li.mention").nth(k)
        assert li.is_visible()
        text = li.inner_text()
        assert m["sentence"] in text and m["doc_id"] in text
        assert f"sentence {m['sentence_idx']}" in text and f"{m['start']}–{m['end']}" in text
    assert page.locator("script").count() == 0
    # the file `detente report` writes has the same mentions (store read while the server only reads)
    con = connect(store["db"], read_only=True)
    try:
        offline = build_report(con, "USA-RUS", scenario=False)
    finally:
        con.close()
    assert re.findall(r'data-mentions="(\d+)"', offline) == re.findall(r'data-mentions="(\d+)"', html)
