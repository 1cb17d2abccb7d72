"""One event per real-world event per document where events are counted (docs/relations_index.md).

A headline restated in the lead is coded twice, once per sentence; the store keeps both (the scorer matches
events by sentence), but the relations index, its coverage, the timeline's ``count``, ``dyads`` and the actor
network count it once and list both sentences as its provenance. Different documents stay different reports.
The first tests run the whole pipeline on small invented articles; the others insert rows by hand to pin the
key (exact CAMEO code, flags, dates) and the imported rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente.analysis.events_query import timeline
from detente.analysis.relations_index import dyads, index_coverage, index_event_mentions, index_events, relations_index
from detente.api import analyze
from detente.api.documents import actor_network, events_by_ids
from detente.store.db import connect

HEADLINE = "United States imposes sanctions on Russia"
# the dateline (Tuesday 4 March) dates the headline; "on Monday" dates the lead to 3 March
LEAD = (
    "WASHINGTON, March 4, 2025 - The United States imposed sanctions on Russia on Monday, the Treasury said. "
    "Officials in Moscow condemned the move."
)
OTHER = "MOSCOW, March 5, 2025 - Russia protested after the United States imposed sanctions on Russia on Monday."


def _store(tmp_path: Path, name: str, articles: dict[str, str]) -> duckdb.DuckDBPyConnection:
    folder = tmp_path / name
    folder.mkdir()
    for file, text in articles.items():
        (folder / file).write_text(text + "\n", encoding="utf-8")
    db = tmp_path / f"{name}.duckdb"
    analyze([folder], db=db)
    return connect(db)


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, duckdb.DuckDBPyConnection]]:
    tmp = tmp_path_factory.mktemp("dedup1")
    cons = {
        "headline": _store(tmp, "headline", {"a.txt": f"{HEADLINE}\n\n{LEAD}"}),
        "plain": _store(tmp, "plain", {"a.txt": LEAD}),
        "two_reports": _store(tmp, "two", {"a.txt": f"{HEADLINE}\n\n{LEAD}", "b.txt": OTHER}),
    }
    yield cons
    for con in cons.values():
        con.close()


def _sanctions(con: duckdb.DuckDBPyConnection, doc: str = "a.txt") -> list[tuple[Any, ...]]:
    return con.execute(
        "SELECT event_id, sentence_idx, date FROM events WHERE doc_id = ? AND cameo = '163' ORDER BY sentence_idx",
        [doc],
    ).fetchall()


def test_the_store_keeps_every_mention(stores: dict[str, duckdb.DuckDBPyConnection]) -> None:
    rows = _sanctions(stores["headline"])
    assert [r[1] for r in rows] == [0, 1]  # the headline and the lead, both coded and stored
    assert {r[2].isoformat() for r in rows} == {"2025-03-03", "2025-03-04"}  # dateline vs "on Monday"
    assert len(_sanctions(stores["plain"])) == 1


def test_the_index_is_the_same_with_and_without_the_headline(stores: dict[str, duckdb.DuckDBPyConnection]) -> None:
    with_headline = relations_index(stores["headline"], "USA-RUS")
    assert with_headline == relations_index(stores["plain"], "USA-RUS")
    assert [(r["period"], r["events"], r["quad4"]) for r in with_headline] == [("2025-03-01", 1, 1)]
    for freq in ("day", "week", "year"):
        assert relations_index(stores["headline"], "USA-RUS", freq=freq) == relations_index(
            stores["plain"], "USA-RUS", freq=freq
        )
    # the day index places the one event on the day the text gives it, not on the dateline's day
    assert [r["period"] for r in relations_index(stores["headline"], "USA-RUS", freq="day")] == ["2025-03-03"]
    assert index_coverage(stores["headline"], "USA-RUS") == index_coverage(stores["plain"], "USA-RUS")
    assert dyads(stores["headline"]) == dyads(stores["plain"])
    assert actor_network(stores["headline"])["edges"] == actor_network(stores["plain"])["edges"]


def test_the_counted_event_lists_both_sentences(stores: dict[str, duckdb.DuckDBPyConnection]) -> None:
    con = stores["headline"]
    (mentions,) = index_event_mentions(con, "USA-RUS", "2025-03-01")
    assert len(mentions) == 2
    listed = events_by_ids(con, mentions)
    assert [e["sentence"] for e in listed] == [
        "WASHINGTON, March 4, 2025 - The United States imposed sanctions on Russia on Monday, the Treasury said.",
        HEADLINE,
    ]  # the text-dated lead first: it is the event index_events names
    raw = con.execute("SELECT raw_text FROM documents WHERE id = 'a.txt'").fetchone()[0]
    assert all(raw[e["start"] : e["end"]] in e["sentence"] and e["end"] > e["start"] for e in listed)
    assert index_events(con, "USA-RUS", "2025-03-01") == [mentions[0]]


def test_the_timeline_counts_once_and_keeps_both_sources(stores: dict[str, duckdb.DuckDBPyConnection]) -> None:
    (entry,) = timeline(stores["headline"], "USA-RUS")
    (plain,) = timeline(stores["plain"], "USA-RUS")
    assert (entry["date"], entry["count"], entry["mentions"]) == ("2025-03-03", 1, 2)
    assert (plain["date"], plain["count"], plain["mentions"]) == ("2025-03-03", 1, 1)
    assert {s["sentence_idx"] for s in entry["sources"]} == {0, 1}


def test_another_document_is_another_report(stores: dict[str, duckdb.DuckDBPyConnection]) -> None:
    con = stores["two_reports"]
    assert len(_sanctions(con, "b.txt")) == 1
    (march,) = relations_index(con, "USA-RUS")
    assert march["events"] == 2  # corroboration still counts: two outlets, two reports
    groups = index_event_mentions(con, "USA-RUS", "2025-03-01")
    assert sorted(len(g) for g in groups) == [1, 2]
    (entry,) = timeline(con, "USA-RUS")
    assert (entry["count"], entry["mentions"]) == (2, 3)


# --- the key, on hand-made rows ------------------------------------------------------------------------


@pytest.fixture()
def rows(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(db)
    con.execute(
        "INSERT INTO documents (id, source, raw_text, clean_text, offset_map, content_hash) "
        "VALUES ('d', 'Wire', 'x', 'x', '[]', 'd'), ('e', 'Other', 'y', 'y', '[]', 'e')"
    )
    yield con
    con.close()


def _add(
    con: duckdb.DuckDBPyConnection, event_id: str, doc: str | None, cameo: str, date: str | None, **kw: Any
) -> None:
    quad = {"19": 4, "16": 4, "04": 1}[cameo[:2]]
    row: dict[str, Any] = {
        "event_id": event_id,
        "doc_id": doc,
        "sentence_idx": kw.pop("idx", 0) if doc else None,
        "start": 0,
        "end": 1,
        "source": "RUS",
        "target": "UKR",
        "cameo": cameo,
        "quad": quad,
        "goldstein": -10.0 if quad == 4 else 1.0,
        "negated": False,
        "hypothetical": False,
        "date": date,
        "date_end": date,
        "date_precision": "day" if date else None,
        "date_label": date,
        "date_how": "text" if doc else "origin",
        "origin": "text" if doc else "gdelt",
        **kw,
    }
    names = ", ".join(f'"{k}"' for k in row)
    con.execute(f"INSERT INTO events ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def _events(con: duckdb.DuckDBPyConnection, **kw: Any) -> int:
    return sum(r["events"] for r in relations_index(con, "RUS-UKR", **kw))


def test_same_root_different_codes_stay_two(rows: duckdb.DuckDBPyConnection) -> None:
    _add(rows, "d#0#0", "d", "190", "2025-05-02", idx=0)
    _add(rows, "d#1#0", "d", "193", "2025-05-02", idx=1)
    _add(rows, "d#2#0", "d", "193", "2025-05-02", idx=2)  # the 193 restated: once
    assert _events(rows) == 2
    assert sorted(len(g) for g in index_event_mentions(rows, "RUS-UKR", "2025-05-01")) == [1, 2]


def test_dates_and_flags_are_part_of_the_key(rows: duckdb.DuckDBPyConnection) -> None:
    _add(rows, "d#0#0", "d", "163", "2025-05-02", idx=0)
    _add(rows, "d#1#0", "d", "163", "2025-05-20", idx=1)  # a second round of sanctions, dated apart
    _add(rows, "d#2#0", "d", "163", "2025-05-02", idx=2, hypothetical=True)
    _add(rows, "d#3#0", "d", "163", "2025-05-02", idx=3, negated=True)
    assert _events(rows) == 2
    with_flags = timeline(rows, "RUS-UKR", include_negated=True)
    assert [(t["date"], t["count"], t["mentions"]) for t in with_flags] == [("2025-05-02", 3, 3), ("2025-05-20", 1, 1)]


def test_a_document_dated_mention_keeps_its_date_when_the_text_gives_two(rows: duckdb.DuckDBPyConnection) -> None:
    # the headline is dated only by the dateline; the body dates two rounds: which one it restates is unknown
    _add(rows, "d#0#0", "d", "163", "2025-05-21", idx=0, date_how="document")
    _add(rows, "d#1#0", "d", "163", "2025-05-02", idx=1)
    _add(rows, "d#2#0", "d", "163", "2025-05-20", idx=2)
    assert _events(rows) == 3
    rows.execute("DELETE FROM events WHERE event_id = 'd#2#0'")  # one text date left: the headline takes it
    assert _events(rows) == 1
    (group,) = index_event_mentions(rows, "RUS-UKR", "2025-05-01")
    assert group == ["d#1#0", "d#0#0"]


def test_an_undated_mention_joins_its_dated_restatement(rows: duckdb.DuckDBPyConnection) -> None:
    _add(rows, "d#0#0", "d", "163", None, idx=0, date_how=None)
    _add(rows, "d#1#0", "d", "163", "2025-05-02", idx=1)
    assert index_coverage(rows, "RUS-UKR")["undated"] == 0
    assert index_coverage(rows, "RUS-UKR")["placed"] == 1
    assert index_event_mentions(rows, "RUS-UKR", "2025-05-01") == [["d#1#0", "d#0#0"]]


def test_other_documents_and_imported_rows_each_count(rows: duckdb.DuckDBPyConnection) -> None:
    _add(rows, "d#0#0", "d", "040", "2025-05-02", idx=0)
    _add(rows, "d#1#0", "d", "040", "2025-05-02", idx=1)
    _add(rows, "e#0#0", "e", "040", "2025-05-02", idx=0)
    _add(rows, "gdelt:1", None, "040", "2025-05-02", num_sources=3)
    _add(rows, "gdelt:2", None, "040", "2025-05-02", num_sources=1)  # imported rows are reports of their own
    assert _events(rows) == 4
    assert _events(rows, weight="sources") == 1 + 1 + 3 + 1
    assert dyads(rows) == [{"dyad": "RUS-UKR", "events": 4}]
    assert actor_network(rows)["edges"][0]["events"] == 4
    (entry,) = timeline(rows, "RUS-UKR")
    assert (entry["count"], entry["mentions"]) == (4, 5)
    assert len(index_events(rows, "RUS-UKR", "2025-05-01")) == 4


def test_the_web_evidence_lists_every_mention(stores: dict[str, duckdb.DuckDBPyConnection]) -> None:
    import datetime as dt

    from detente.web.events import index_evidence

    con = stores["headline"]
    out = index_evidence(
        dt.date(2025, 3, 1), dyad="USA-RUS", freq="month", directed=False, origin=None, limit=50, con=con
    )
    (item,) = out["items"]
    assert item["event_id"] == index_events(con, "USA-RUS", "2025-03-01")[0]
    assert [m["sentence_idx"] for m in item["mentions"]] == [1, 0]
    assert item["mentions"][1]["sentence"] == HEADLINE
