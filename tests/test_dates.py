"""Event dates keep their granularity, background events get no article date, and the store, the listings
and the relations index place coarse dates in their period without inventing a day (docs/dates.md)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from benchmarks.eval_dates import FIXTURE, month_of, score_dates, seed_docs, supported

from detente import api
from detente.nlp.dates import bounds, precision, resolve
from detente.store.db import connect
from detente.store.schema import MIGRATIONS
from tests.conftest import SHARED, need_shared

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "label", "kind", "first", "last"),
    [
        ("on October 16, 2025", None, "2025-10-16", "day", D(2025, 10, 16), D(2025, 10, 16)),
        ("Oct. 16", "2025-11-02", "2025-10-16", "day", D(2025, 10, 16), D(2025, 10, 16)),
        ("the previous week", "2025-11-02", "2025-W43", "week", D(2025, 10, 20), D(2025, 10, 26)),
        ("in March", "2025-11-02", "2025-03", "month", D(2025, 3, 1), D(2025, 3, 31)),
        ("late December 2024", None, "2024-12", "month", D(2024, 12, 1), D(2024, 12, 31)),
        ("last spring", "2025-11-02", "2025-spring", "season", D(2025, 3, 1), D(2025, 5, 31)),
        ("last winter", "2025-11-02", "2024-winter", "season", D(2024, 12, 1), D(2025, 2, 28)),
        ("the second quarter of 2025", None, "2025-Q2", "quarter", D(2025, 4, 1), D(2025, 6, 30)),
        ("through early 2025", None, "2025-early", "third", D(2025, 1, 1), D(2025, 4, 30)),
        ("by mid-2025", None, "2025-mid", "third", D(2025, 5, 1), D(2025, 8, 31)),
        ("the end of 2024", None, "2024-late", "third", D(2024, 9, 1), D(2024, 12, 31)),
        ("the first half of 2025", None, "2025-H1", "half", D(2025, 1, 1), D(2025, 6, 30)),
        ("in 2024", None, "2024", "year", D(2024, 1, 1), D(2024, 12, 31)),
        ("as of 2025", None, "2025", "year", D(2025, 1, 1), D(2025, 12, 31)),
        ("last year", "2025-11-02", "2024", "year", D(2024, 1, 1), D(2024, 12, 31)),
    ],
)
def test_a_date_keeps_the_granularity_the_text_gives(
    text: str, published: str | None, label: str, kind: str, first: dt.date, last: dt.date
) -> None:
    assert resolve(text, published) == label
    assert precision(label) == kind
    assert bounds(label) == (first, last)


def test_relative_dates_resolve_against_the_publication_date() -> None:
    published = "2025-11-02"  # a Sunday
    assert resolve("yesterday", published) == "2025-11-01"
    assert resolve("on Tuesday", published) == "2025-10-28"
    assert resolve("last week", published) == "2025-W43"
    assert resolve("this week", published) == "2025-W44"
    assert resolve("two months ago", published) == "2025-09"
    assert resolve("in November", "2025-10-22") == "2024-11"  # never later than the text
    for relative in ("yesterday", "last week", "in March", "last spring"):
        assert resolve(relative, None) is None  # no "now" to resolve against: no date


@pytest.mark.parametrize(
    "text", ["the early 1800s", "decades", "the past decade", "for two weeks", "2024 and early 2025"]
)
def test_eras_spans_and_durations_are_not_dates(text: str) -> None:
    assert resolve(text, "2025-11-02") is None


def test_gold_scoring_rules() -> None:
    assert month_of("2025-W43") == "2025-10" and month_of("2025-10-27") == "2025-10"
    assert month_of("2025") == "2025" and month_of(None) == month_of("background") == "none"
    assert supported("2025", "2025-10")  # coarser than the text, and true
    assert not supported("2025-11-02", "2025")  # a day the text does not give
    assert not supported("2025-11-02", "background")
    assert not supported("2024", "2024/2025-early") and supported(None, "2025")


def _code(nlp: Any, text: str, published: str | None = "2025-11-02") -> list[dict[str, Any]]:
    doc = {"id": "t", "text": text}
    if published:
        doc["date"] = published
    return api.code_documents([doc], nlp=nlp)[0]["events"]


def _dates(events: list[dict[str, Any]]) -> set[tuple[str | None, str | None, bool]]:
    return {(e["date"], e["date_how"], e["background"]) for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Washington, and continuing under Trump, has significantly expanded sanctions on Russia.",
        "The United States has imposed sanctions on Russia since 2022.",
        "Russia and the United States first began diplomatic contacts back in the early 1800s.",
        "Russia had effectively avoided a war with the United States.",
        "Russia has demonstrated resilience to sanctions, diversifying its trade with China.",
        "The United States has long supplied weapons to Ukraine.",
    ],
)
def test_recalled_history_without_a_date_is_background_and_undated(nlp: Any, text: str) -> None:
    events = _code(nlp, text)
    assert events, text
    assert _dates(events) == {(None, None, True)}


def test_recalled_history_is_dated_when_the_text_says_when(nlp: Any) -> None:
    events = _code(nlp, "By mid-2025, Moscow and Washington had established a regular diplomatic dialogue.")
    assert _dates(events) == {("2025-mid", "text", True)}
    assert {e["date_precision"] for e in events} == {"third"}
    events = _code(nlp, "Russia annexed Crimea from Ukraine in 2014, and Moscow has since refused to return it.")
    by_root = {e["cameo"][:2]: e for e in events}
    assert by_root["19"]["date"] == "2014"  # the annexation, dated by the text, never the publication day
    assert all(e["date"] != "2025-11-02" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia attacked Ukraine.", ("2025-11-02", "document", False)),
        ("Officials said Russia had fired missiles at Ukraine.", ("2025-11-02", "document", False)),
        ("Russia has launched a missile strike on Ukraine.", ("2025-11-02", "document", False)),
        ("Russia warned the United States of World War III.", ("2025-11-02", "document", False)),  # a topic
        ("Russia and China signed a gas deal last spring.", ("2025-spring", "text", False)),
        ("The United States and Russia held talks in the second quarter of 2025.", ("2025-Q2", "text", False)),
        ("Russia and China signed a deal in 2024.", ("2024", "text", False)),
        ("Rubio met Lavrov the previous week.", ("2025-W43", "text", False)),
        ("Trump met Putin on Tuesday.", ("2025-10-28", "text", False)),
    ],
)
def test_current_events_take_the_stated_date_or_the_publication_day(
    nlp: Any, text: str, expected: tuple[str, str, bool]
) -> None:
    events = _code(nlp, text)
    assert events and _dates(events) == {expected}, text


def test_a_named_event_takes_the_date_it_was_told_with(nlp: Any) -> None:
    text = "Rubio held talks with Lavrov the previous week. The talks between Rubio and Lavrov failed."
    events = _code(nlp, text)
    assert len({e["start"] for e in events}) == 2
    assert {e["date"] for e in events} == {"2025-W43"}


def _analyze(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "dates.duckdb"
    api.analyze([src], db=db)
    return db


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = [
        {"id": "day", "date": "2025-10-20", "text": "Russia attacked Ukraine on Friday."},
        {"id": "month", "date": "2025-11-02", "text": "Russia attacked Ukraine in October 2025."},
        {"id": "year", "date": "2025-11-02", "text": "Russia attacked Ukraine in 2025."},
        {"id": "bg", "date": "2025-11-02", "text": "Russia has attacked Ukraine repeatedly since 2014."},
        {"id": "none", "text": "Russia attacked Ukraine."},
    ]
    return _analyze(tmp_path_factory.mktemp("dated"), rows)


def test_the_store_keeps_the_period_and_the_label(dated_store: Path) -> None:
    con = duckdb.connect(str(dated_store), read_only=True)
    got = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT doc_id, date, date_end, date_precision, date_label, date_how, background FROM events "
            "WHERE cameo LIKE '19%' AND source = 'RUS'"
        ).fetchall()
    }
    assert got["day"] == (D(2025, 10, 17), D(2025, 10, 17), "day", "2025-10-17", "text", False)
    assert got["month"] == (D(2025, 10, 1), D(2025, 10, 31), "month", "2025-10", "text", False)
    assert got["year"] == (D(2025, 1, 1), D(2025, 12, 31), "year", "2025", "text", False)
    assert got["bg"] == (None, None, None, None, None, True)
    assert got["none"] == (None, None, None, None, None, False)


def test_listings_show_the_label_not_a_first_day(dated_store: Path) -> None:
    listed = {e["doc_id"]: e for e in api.events(dated_store, dyad="RUS-UKR", directed=True)}
    assert listed["year"]["date"] == "2025" and listed["year"]["date_precision"] == "year"
    assert listed["month"]["date"] == "2025-10" and listed["bg"]["background"] is True
    timeline = api.timeline(dated_store, dyad="RUS-UKR", directed=True)
    assert [t["date"] for t in timeline] == ["2025", "2025-10", "2025-10-17"]  # by start, then end


def test_the_index_places_coarse_dates_only_in_periods_that_hold_them(dated_store: Path) -> None:
    monthly = {p["period"]: p["events"] for p in api.index(dated_store, dyad="RUS-UKR", directed=True)}
    assert monthly == {"2025-10-01": 2}  # the day and the month; the year-granular event is in no month
    yearly = api.index(dated_store, dyad="RUS-UKR", directed=True, freq="year")
    assert [(p["period"], p["events"]) for p in yearly] == [("2025-01-01", 3)]
    coverage = api.index_coverage(dated_store, dyad="RUS-UKR", directed=True)
    assert coverage == {"placed": 2, "coarser_than_period": 1, "background_undated": 1, "undated": 1}
    assert api.index_coverage(dated_store, dyad="RUS-UKR", directed=True, freq="year")["placed"] == 3
    october = api.index_events(dated_store, "RUS-UKR", "2025-10-01", directed=True)
    assert {i.split("#")[0] for i in october} == {"day", "month"}
    # until the end of June 2025: a 2025 event is not known to lie before it
    assert not api.events(dated_store, dyad="RUS-UKR", until="2025-06-30")


def test_a_store_of_the_previous_version_opens_with_the_new_columns(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER, applied_at TIMESTAMP)")
    con.execute(MIGRATIONS[0][1])
    con.execute("INSERT INTO schema_version VALUES (1, current_timestamp)")
    con.execute(
        "INSERT INTO events (event_id, source, target, cameo, quad, date, date_precision, date_how, origin) "
        "VALUES ('old#0', 'RUS', 'UKR', '190', 4, DATE '2024-01-01', 'year', 'text', 'text'), "
        "('old#1', 'RUS', 'UKR', '190', 4, DATE '2024-03-01', 'month', 'text', 'text')"
    )
    con.close()
    listed = {e["event_id"]: e for e in api.events(path)}  # a read-only open upgrades it once
    assert listed["old#0"]["date"] == "2024" and listed["old#1"]["date"] == "2024-03"
    con = connect(path)
    rows = con.execute("SELECT event_id, date_end, background FROM events ORDER BY event_id").fetchall()
    assert rows == [("old#0", D(2024, 12, 31), False), ("old#1", D(2024, 3, 31), False)]
    con.close()


def test_seeds_dates_reach_the_floor_and_none_is_unsupported(seeds_store: Path) -> None:
    """The dated seeds gold (tests/fixtures/seeds_event_dates.json): >= 90% of matched events in the right
    month, and no event given a date the text does not support."""
    gold = need_shared("gold", "events.jsonl")
    con = duckdb.connect(str(seeds_store), read_only=True)
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for doc_id, *values in con.execute(
        'SELECT doc_id, source, target, cameo, start, "end", date_label, background, trigger FROM events'
    ).fetchall():
        keys = ("source", "target", "cameo", "start", "end", "date", "background", "trigger")
        by_doc.setdefault(doc_id, []).append(dict(zip(keys, values, strict=True)))
    preds = [{"id": doc_id, "events": events} for doc_id, events in by_doc.items()]
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    gold_rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = score_dates(fixture, gold_rows, seed_docs(SHARED), preds)
    assert result["gold_sentences_not_found"] == 0
    assert result["matched"] >= 35
    assert result["same_month"] >= 0.90
    assert result["unsupported"] == 0, [r for r in result["rows"] if not r["supported"]]
