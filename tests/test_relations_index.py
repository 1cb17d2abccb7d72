"""Relations index, dyads, event listing and timeline over real DuckDB stores.

The index over the imported real GDELT extracts is checked against a computation done here, independently,
from the CSV files with Python's csv module.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from detente.analysis.events_query import list_events, timeline
from detente.analysis.relations_index import dyads, index_events, relations_index
from detente.store.db import connect
from detente.store.imports import import_gdelt, import_icews
from tests.conftest import SHARED, need_shared

FIXTURES = Path(__file__).parent / "fixtures"
GEORGIA = sorted((SHARED / "eval" / "gdelt").glob("gdelt1-georgia-*.csv"))


def _country(code: str, cc: str) -> str | None:
    """The country of a GDELT actor as the index should see it: IGO for IGOs, else the country column."""
    code = "" if code == "NA" else code.strip().upper()
    cc = "" if cc == "NA" else cc.strip().upper()
    if code.startswith("IGO"):
        return "IGO"
    return cc or code[:3] or None


def _expected(
    a: str, b: str, directed: bool, period: Callable[[dt.date], dt.date], weight: str | None = None
) -> dict[str, dict]:
    """Index rows computed straight from the CSV files (no DuckDB)."""
    acc: dict[str, dict] = defaultdict(lambda: {"events": 0, "q": [0, 0, 0, 0], "g": 0.0})
    seen: set[str] = set()
    for path in GEORGIA:
        with path.open(newline="") as f:
            for r in csv.DictReader(f):
                if r["GLOBALEVENTID"] in seen:
                    continue
                seen.add(r["GLOBALEVENTID"])
                s = _country(r["Actor1Code"], r["Actor1CountryCode"])
                t = _country(r["Actor2Code"], r["Actor2CountryCode"])
                if not ((s, t) == (a, b) or (not directed and (s, t) == (b, a))):
                    continue
                day = dt.date(int(r["SQLDATE"][:4]), int(r["SQLDATE"][4:6]), int(r["SQLDATE"][6:]))
                w = 1 if weight is None else int(r["NumSources"]) if r["NumSources"] != "NA" else 1
                row = acc[period(day).isoformat()]
                row["events"] += w
                row["q"][int(r["QuadClass"]) - 1] += w
                row["g"] += w * float(r["GoldsteinScale"])
    return dict(acc)


def _month(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _week(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())  # ISO weeks start on Monday, as date_trunc('week')


@pytest.fixture(scope="module")
def georgia(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    need_shared("eval", "gdelt", "gdelt1-georgia-feb2012.csv")
    con = connect(tmp_path_factory.mktemp("georgia") / "g.duckdb")
    report = import_gdelt(con, GEORGIA)
    assert not report.errors and report.rows_imported > 20000
    yield con
    con.close()


def _check(got: list[dict], want: dict[str, dict]) -> None:
    """The periods with events are those computed from the CSV; the empty periods between them are there too,
    as zero rows with null means (a regular series)."""
    assert [r["period"] for r in got if r["events"]] == sorted(want)
    assert got[0]["period"] == min(want) and got[-1]["period"] == max(want)
    for r in got:
        if r["period"] not in want:
            assert r["events"] == r["quad1"] == r["quad4"] == 0 and r["goldstein_total"] == 0
            assert r["goldstein_mean"] is None and r["net_cooperation"] is None
            continue
        w = want[r["period"]]
        assert r["events"] == w["events"]
        assert [r["quad1"], r["quad2"], r["quad3"], r["quad4"]] == w["q"]
        assert r["goldstein_total"] == pytest.approx(w["g"])
        assert r["goldstein_mean"] == pytest.approx(w["g"] / w["events"])
        q = w["q"]
        assert r["net_cooperation"] == pytest.approx((q[0] + q[1] - q[2] - q[3]) / w["events"])


@pytest.mark.parametrize("dyad", ["GEO-RUS", "GEO-USA"])
@pytest.mark.parametrize("directed", [False, True])
def test_monthly_index_equals_direct_csv_computation(
    georgia: duckdb.DuckDBPyConnection, dyad: str, directed: bool
) -> None:
    a, b = dyad.split("-")
    want = _expected(a, b, directed, _month)
    assert sum(w["events"] for w in want.values()) >= 3  # the dyad is really in the data
    _check(relations_index(georgia, dyad, directed=directed, freq="month"), want)


def test_directed_is_a_part_of_undirected(georgia: duckdb.DuckDBPyConnection) -> None:
    both = relations_index(georgia, "GEO-USA")
    ab = {r["period"]: r["events"] for r in relations_index(georgia, "GEO-USA", directed=True)}
    ba = {r["period"]: r["events"] for r in relations_index(georgia, "USA-GEO", directed=True)}
    assert sum(ab.values()) < sum(r["events"] for r in both)
    for r in both:
        assert r["events"] == ab.get(r["period"], 0) + ba.get(r["period"], 0)


def test_freq_variants(georgia: duckdb.DuckDBPyConnection) -> None:
    _check(relations_index(georgia, "GEO-USA", freq="week"), _expected("GEO", "USA", False, _week))
    _check(relations_index(georgia, "GEO-USA", freq="day"), _expected("GEO", "USA", False, lambda d: d))
    (year,) = relations_index(georgia, "GEO-USA", freq="year")
    months = relations_index(georgia, "GEO-USA", freq="month")
    assert year["period"] == "2012-01-01"
    assert year["events"] == sum(m["events"] for m in months)
    assert year["goldstein_total"] == pytest.approx(sum(m["goldstein_total"] for m in months))
    with pytest.raises(ValueError):
        relations_index(georgia, "GEO-USA", freq="fortnight")


def test_weighted_by_sources_and_date_window(georgia: duckdb.DuckDBPyConnection) -> None:
    _check(
        relations_index(georgia, "GEO-RUS", weight="sources"), _expected("GEO", "RUS", False, _month, weight="sources")
    )
    march = relations_index(georgia, "GEO-USA", since="2012-03-01", until=dt.date(2012, 3, 31))
    assert [r["period"] for r in march] == ["2012-03-01"]
    assert relations_index(georgia, "GEO-USA", origin="icews") == []


def test_index_is_regular_with_empty_periods_in_the_range(georgia: duckdb.DuckDBPyConnection) -> None:
    days = relations_index(georgia, "GEO-USA", freq="day")
    dates = [dt.date.fromisoformat(r["period"]) for r in days]
    assert all((b - a).days == 1 for a, b in zip(dates, dates[1:], strict=False))
    assert any(r["events"] == 0 for r in days)  # the extracts have days without a GEO-USA event
    # a requested range is filled to its ends, also where there are no events at all
    months = relations_index(georgia, "GEO-USA", since="2011-11-15", until="2012-06-30")
    assert [r["period"][:7] for r in months] == [
        "2011-11",
        "2011-12",
        "2012-01",
        "2012-02",
        "2012-03",
        "2012-04",
        "2012-05",
        "2012-06",
    ]
    assert months[0]["events"] == 0 and months[0]["net_cooperation"] is None
    weeks = relations_index(georgia, "GEO-USA", freq="week", since="2012-02-01", until="2012-02-29")
    assert [r["period"] for r in weeks] == ["2012-01-30", "2012-02-06", "2012-02-13", "2012-02-20", "2012-02-27"]
    assert relations_index(georgia, "GEO-USA", origin="icews", since="2012-01-01", until="2012-03-31")[2] == {
        "period": "2012-03-01",
        "events": 0,
        "quad1": 0,
        "quad2": 0,
        "quad3": 0,
        "quad4": 0,
        "goldstein_mean": None,
        "goldstein_total": 0.0,
        "net_cooperation": None,
    }


def test_index_points_are_traceable(georgia: duckdb.DuckDBPyConnection) -> None:
    for row in relations_index(georgia, "GEO-RUS"):
        if not row["events"]:
            continue
        ids = index_events(georgia, "GEO-RUS", row["period"])
        assert len(ids) == row["events"] and all(i.startswith("gdelt:") for i in ids)
        quads = georgia.execute(
            "SELECT quad, count(*) FROM events WHERE list_contains(?, event_id) GROUP BY quad", [ids]
        ).fetchall()
        assert dict(quads).get(1, 0) == row["quad1"]


def test_dyads_lists_country_pairs(georgia: duckdb.DuckDBPyConnection) -> None:
    top = dyads(georgia, top=5)
    assert len(top) == 5
    assert [d["events"] for d in top] == sorted((d["events"] for d in top), reverse=True)
    pairs = {d["dyad"]: d["events"] for d in top}
    assert "RUS-USA" in pairs and "GOV-USA" not in pairs  # role-only codes are not countries
    geo_usa = sum(r["events"] for r in relations_index(georgia, "GEO-USA"))
    assert {d["dyad"]: d["events"] for d in dyads(georgia, top=50)}["GEO-USA"] == geo_usa


# ------------------------------------------------------------------------------ listing and timeline


@pytest.fixture()
def store(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """Two documents coding the same meeting, one negated threat, plus imported GDELT and ICEWS rows."""
    con = connect(db)
    import_gdelt(con, [FIXTURES / "gdelt2_sample.tsv"])
    import_icews(con, [FIXTURES / "icews_sample.tsv"])
    docs = [
        (
            "a.txt",
            "Reuters",
            "https://example.org/a",
            "Talks in Alaska",
            "Putin met Trump in Anchorage on Friday. Russia did not threaten Washington.",
        ),
        ("b.txt", "TASS", "https://example.org/b", "Summit", "Vladimir Putin held talks with Donald Trump."),
    ]
    for doc_id, source, url, title, text in docs:
        con.execute(
            "INSERT INTO documents (id, source, url, title, raw_text, clean_text, offset_map, content_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, '[]', ?)",
            [doc_id, source, url, title, text, text, doc_id],
        )
    sents = [("a.txt", 0, 0, 39), ("a.txt", 1, 40, 76), ("b.txt", 0, 0, 44)]
    for doc_id, idx, start, end in sents:
        text = con.execute("SELECT raw_text FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
        con.execute(
            'INSERT INTO sentences (doc_id, idx, start, "end", clean_start, clean_end, text) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [doc_id, idx, start, end, start, end, text[start:end]],
        )
    events = [
        ("a.txt#0#0", "a.txt", 0, 0, 38, "RUSGOV", "USAGOV", "040", "CONSULT", 1.0, 1, False, "2025-08-15"),
        ("a.txt#1#0", "a.txt", 1, 40, 75, "RUS", "USA", "130", "THREATEN", -4.4, 3, True, "2025-08-15"),
        ("b.txt#0#0", "b.txt", 0, 0, 43, "RUSGOV", "USAGOV", "040", "CONSULT", 1.0, 1, False, "2025-08-15"),
    ]
    for e in events:
        con.execute(
            'INSERT INTO events (event_id, doc_id, sentence_idx, start, "end", source, target, cameo, '
            "plover, goldstein, quad, negated, date, date_how, origin) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'text','text')",
            list(e),
        )
    yield con
    con.close()


def test_list_events_filters_and_provenance(store: duckdb.DuckDBPyConnection) -> None:
    text = list_events(store, dyad="USA-RUS", origin="text")
    assert {e["event_id"] for e in text} == {"a.txt#0#0", "a.txt#1#0", "b.txt#0#0"}
    a0 = next(e for e in text if e["event_id"] == "a.txt#0#0")
    assert a0["sentence"] == "Putin met Trump in Anchorage on Friday."
    assert (a0["doc_id"], a0["sentence_idx"], a0["start"], a0["end"]) == ("a.txt", 0, 0, 38)
    raw = store.execute("SELECT raw_text FROM documents WHERE id = 'a.txt'").fetchone()[0]
    assert raw[a0["start"] : a0["end"]] == "Putin met Trump in Anchorage on Friday"
    assert (a0["doc_source"], a0["url"]) == ("Reuters", "https://example.org/a")
    assert a0["title"] == "Talks in Alaska"

    assert [e["event_id"] for e in list_events(store, source="tass")] == ["b.txt#0#0"]
    assert {e["cameo"] for e in list_events(store, code="04")} == {"040", "043"}
    assert {e["event_id"] for e in list_events(store, code="sanction")} == {"icews:26893013"}
    georgia = list_events(store, actor="GEO")
    assert [e["event_id"] for e in georgia] == ["icews:26893015"]
    dated = list_events(store, since="2018-08-01", until="2018-08-31")
    assert [e["date"] for e in dated] == ["2018-08-20", "2018-08-09", "2018-08-08"]  # newest first
    everything = list_events(store, limit=1000)
    assert [e["event_id"] for e in list_events(store, limit=3, offset=2)] == [e["event_id"] for e in everything[2:5]]
    directed = list_events(store, dyad="USA-RUS", directed=True, origin="icews")
    assert {(e["source"], e["target"]) for e in directed} == {("USA", "RUS")}
    # user values are parameters, never SQL
    assert list_events(store, actor="USA' OR 1=1 --") == []
    assert list_events(store, source="x'); DROP TABLE events; --") == []
    assert store.execute("SELECT count(*) FROM events").fetchone()[0] == len(everything)


def test_timeline_in_date_order_with_sources(store: duckdb.DuckDBPyConnection) -> None:
    items = timeline(store, "USA-RUS", origin="text")
    assert len(items) == 1  # the negated threat is not on the timeline; two reports of one meeting merge
    (meeting,) = items
    assert meeting["count"] == 2 and meeting["cameo"] == "040"
    assert {s["doc_source"] for s in meeting["sources"]} == {"Reuters", "TASS"}
    assert all(s["sentence"] and s["start"] is not None for s in meeting["sources"])
    with_negated = timeline(store, "USA-RUS", origin="text", include_negated=True)
    assert {i["cameo"] for i in with_negated} == {"040", "130"}
    full = timeline(store, "USA-RUS")
    dates = [i["date"] for i in full]
    assert dates == sorted(dates) and dates[0] == "2018-07-16"
    assert any(s["url"] for i in full for s in i["sources"] if s["origin"] == "gdelt")
    assert [i["date"] for i in timeline(store, "USA-RUS", since="2025-01-01", until="2025-08-13")] == ["2025-08-12"]


def test_index_leaves_out_negated_text_events(store: duckdb.DuckDBPyConnection) -> None:
    (aug,) = relations_index(store, "USA-RUS", origin="text")
    assert aug["events"] == 2 and aug["quad3"] == 0 and aug["net_cooperation"] == 1.0
    with pytest.raises(ValueError):
        relations_index(store, "USA")
