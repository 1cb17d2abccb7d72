"""GDELT 1.0/2.0 and ICEWS import into a real DuckDB store: formats, country codes, rejects, idempotence."""

from __future__ import annotations

import csv
import gzip
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from detente.store.db import connect
from detente.store.imports import import_gdelt, import_icews
from tests.conftest import need_shared

FIXTURES = Path(__file__).parent / "fixtures"
GDELT1 = FIXTURES / "gdelt1_sample.tsv"
GDELT2 = FIXTURES / "gdelt2_sample.tsv"
ICEWS = FIXTURES / "icews_sample.tsv"


def _events(con: duckdb.DuckDBPyConnection, origin: str) -> dict[str, dict]:
    cur = con.execute("SELECT * FROM events WHERE origin = ? ORDER BY event_id", [origin])
    names = [d[0] for d in cur.description]
    return {r[0]: dict(zip(names, r, strict=True)) for r in cur.fetchall()}


def test_gdelt2_fixture_codes_countries_first(db: Path) -> None:
    con = connect(db)
    report = import_gdelt(con, [GDELT2])
    (f,) = report.files
    assert (f.format, f.rows_imported, f.rows_rejected, f.error) == ("gdelt2", 6, 0, None)
    ev = _events(con, "gdelt")
    assert (ev["gdelt:1234567890"]["source"], ev["gdelt:1234567890"]["target"]) == ("USAGOV", "RUSGOV")
    # MNCUSA: the country moves to the front so that the first three letters are the country
    assert ev["gdelt:1234567892"]["source"] == "USAMNC"
    # IGO codes are kept as they are (their 'country' is a region)
    assert ev["gdelt:1234567893"]["source"] == "IGOWSTNAT"
    # no Actor1 at all: no invented source
    assert ev["gdelt:1234567894"]["source"] is None
    e = ev["gdelt:1234567891"]
    assert e["cameo"] == "043" and e["quad"] == 1 and e["goldstein"] == pytest.approx(2.8)
    assert str(e["date"]) == "2025-08-15" and e["date_how"] == "origin"
    assert (e["num_sources"], e["num_articles"]) == (5, 20)
    assert e["url"] == "https://apnews.com/article/putin-trump-alaska-summit"
    assert e["origin_id"] == "1234567891"
    fields = json.loads(e["origin_fields"])
    assert fields["GLOBALEVENTID"] == 1234567891 and fields["Actor2Name"] == "WASHINGTON"
    assert "ActionGeo_ADM2Code" in fields  # GDELT 2.0 names kept
    assert ev["gdelt:1234567890"]["plover"] == "AGREE"  # 036 via the project's CAMEO codebook


def test_gdelt1_malformed_rows_counted_not_fatal(db: Path) -> None:
    con = connect(db)
    (f,) = import_gdelt(con, [GDELT1]).files
    assert f.format == "gdelt1" and f.error is None
    assert f.rejected == {"missing columns": 1, "bad date": 1}
    assert f.rows_rejected == 2
    assert f.rows_duplicate == 1  # the same GLOBALEVENTID twice in the file
    assert f.rows_imported == 3
    assert set(_events(con, "gdelt")) == {"gdelt:250000001", "gdelt:250000002", "gdelt:250000004"}
    row = con.execute("SELECT rows_imported, rows_rejected, kind FROM imports").fetchall()
    assert row == [(3, 2, "gdelt1")]


def test_reimport_is_noop_and_overlap_never_duplicates(db: Path, tmp_path: Path) -> None:
    con = connect(db)
    import_gdelt(con, [GDELT2])
    again = import_gdelt(con, [GDELT2])
    assert again.files[0].skipped and again.rows_imported == 0
    # a different file (other bytes) holding the same events plus one new one
    lines = GDELT2.read_text().splitlines()
    extra = lines[0].replace("1234567890", "1234567999")
    other = tmp_path / "other.tsv"
    other.write_text("\n".join(lines[::-1] + [extra]) + "\n")
    rep = import_gdelt(con, [other])
    assert rep.rows_imported == 1 and rep.rows_duplicate == 6
    assert con.execute("SELECT count(*), count(DISTINCT origin_id) FROM events").fetchone() == (7, 7)


def test_gdelt1_57_columns_gz_and_forced_version(db: Path, tmp_path: Path) -> None:
    good = [ln for ln in GDELT1.read_text().splitlines() if ln.count("\t") == 57]
    back = tmp_path / "20120101.export.tsv.gz"  # a back file: no SOURCEURL, gzip-compressed
    with gzip.open(back, "wt") as f:
        f.write("\n".join(ln.rsplit("\t", 1)[0] for ln in good) + "\n")
    con = connect(db)
    (f,) = import_gdelt(con, [back]).files
    assert f.format == "gdelt1" and f.error is None and f.rows_imported == 3
    assert con.execute("SELECT count(*) FROM events WHERE url IS NULL").fetchone()[0] == 3
    (g,) = import_gdelt(con, [GDELT2], version=1).files  # 61 columns cannot be GDELT 1.0
    assert g.error and "61 columns" in g.error and g.rows_imported == 0


def test_bad_inputs_are_reported_and_the_rest_goes_on(db: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.tsv"
    empty.write_text("")
    binary = tmp_path / "binary.tsv"
    binary.write_bytes(b"PK\x03\x04\x00\x00garbage\x00\x01")
    odd = tmp_path / "odd.tsv"
    odd.write_text("a\tb\tc\n1\t2\t3\n")
    con = connect(db)
    rep = import_gdelt(con, [tmp_path / "missing.tsv", empty, binary, odd, GDELT2])
    errors = {Path(f.file).name: f.error for f in rep.files}
    assert errors["missing.tsv"] == "no such file"
    assert errors["empty.tsv"] == "empty file"
    assert "binary" in errors["binary.tsv"]
    assert "3 columns" in errors["odd.tsv"]
    assert errors["gdelt2_sample.tsv"] is None and rep.rows_imported == 6
    assert len(rep.errors) == 4


def test_icews_countries_to_iso3_quad_and_intensity(db: Path) -> None:
    con = connect(db)
    (f,) = import_icews(con, [ICEWS]).files
    assert (f.format, f.rows_imported, f.rejected) == ("icews", 5, {"bad date": 1})
    ev = _events(con, "icews")
    # "Russian Federation" and "Russia" both code to RUS
    assert (ev["icews:26893011"]["source"], ev["icews:26893011"]["target"]) == ("RUS", "USA")
    assert (ev["icews:26893014"]["source"], ev["icews:26893014"]["target"]) == ("RUS", "USA")
    assert ev["icews:26893015"]["source"] == "GEO"
    sanction = ev["icews:26893013"]
    assert sanction["cameo"] == "163" and sanction["quad"] == 4 and sanction["goldstein"] == -8.0
    assert sanction["plover"] == "SANCTION"
    assert ev["icews:26893012"]["quad"] == 1 and ev["icews:26893014"]["quad"] == 3
    assert sanction["source_name"] == "Department of State"
    assert json.loads(sanction["origin_fields"])["Publisher"] == "Associated Press"
    assert import_icews(con, [ICEWS]).files[0].skipped
    assert import_gdelt(con, [ICEWS]).files[0].error  # not a GDELT file


def test_icews_rejects_a_gdelt_file(db: Path) -> None:
    con = connect(db)
    (f,) = import_icews(con, [GDELT2]).files
    assert f.error and "ICEWS" in f.error
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 0


def test_gdelt_r_export_imports_every_row(db: Path, tmp_path: Path) -> None:
    src = need_shared("eval", "gdelt", "gdelt1-georgia-apr2012.csv")
    with src.open(newline="") as f:
        rows = list(csv.DictReader(f))
    con = connect(db)
    (f,) = import_gdelt(con, [src]).files
    assert f.error is None and f.rows_rejected == 0
    assert f.rows_imported == len({r["GLOBALEVENTID"] for r in rows})
    first = rows[0]
    got = con.execute(
        "SELECT cameo, quad, goldstein, num_articles FROM events WHERE origin_id = ?",
        [first["GLOBALEVENTID"]],
    ).fetchone()
    assert got == (
        first["EventCode"],
        int(first["QuadClass"]),
        float(first["GoldsteinScale"]),
        int(first["NumArticles"]),
    )
    # NA is missing, not the string "NA"
    assert con.execute("SELECT count(*) FROM events WHERE source = 'NA' OR target = 'NA'").fetchone()[0] == 0
    copy = tmp_path / "renamed.csv"
    shutil.copy(src, copy)
    assert import_gdelt(con, [copy]).files[0].skipped  # same bytes under another name


def test_a_failed_insert_reports_no_rows_and_the_error(db: Path) -> None:
    """The per-file counts describe what was committed: an INSERT that fails (here: the store is open
    read-only, a real DuckDB refusal) rolls the file back and the report says 0 imported, not the rows it
    was about to insert."""
    connect(db).close()
    ro = connect(db, read_only=True)
    try:
        report = import_gdelt(ro, [GDELT2])
        (f,) = report.files
        assert f.error and "read-only" in f.error
        assert (f.rows_imported, f.rows_duplicate, f.rows_rejected, report.rows_imported) == (0, 0, 0, 0)
        assert ro.execute("SELECT count(*) FROM events").fetchone() == (0,)
    finally:
        ro.close()
    con = connect(db)  # and the file imports in full once the store is writable: nothing was recorded
    try:
        (f,) = import_gdelt(con, [GDELT2]).files
        assert (f.rows_imported, f.skipped, f.error) == (6, False, None)
        assert con.execute("SELECT count(*) FROM events").fetchone() == (6,)
    finally:
        con.close()
