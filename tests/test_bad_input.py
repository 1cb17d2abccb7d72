"""Malformed input for every reader: each gets a clear error naming the input and the reason, and nothing
already stored is lost or duplicated. Real readers, real DuckDB files, the real CLI app in-process."""

from __future__ import annotations

import json
import string
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from detente.analysis.cognitive_map import read_csv_map
from detente.api import analyze_stored, ingest
from detente.cli.main import app as cli_app
from detente.ingest.segment import split_sentences
from detente.nlp.codebook import Codebook
from detente.store.db import connect
from detente.store.imports import import_gdelt, import_icews

from .conftest import ROOT

GOOD = "The United States imposed new sanctions on Russia on Monday. Moscow condemned the decision on Tuesday."
INJECTION = "'); DROP TABLE documents;--"
SCRIPT = "<script>alert(1)</script>"
GDELT1 = ROOT / "tests" / "fixtures" / "gdelt1_sample.tsv"
ICEWS = ROOT / "tests" / "fixtures" / "icews_sample.tsv"
TABLES = ("documents", "sentences", "events", "imports")


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # type: ignore[index]
    finally:
        con.close()


@pytest.fixture()
def stored(tmp_path: Path) -> Path:
    """A store that already holds one good article: bad input must leave it exactly as it is."""
    db = tmp_path / "store.duckdb"
    good = tmp_path / "good"
    good.mkdir()
    (good / "good.txt").write_text(GOOD, encoding="utf-8")
    report = ingest([good], db=db, on_problem=lambda _line: None)
    assert report.new == ["good.txt"]
    return db


def _ingest(paths: list[Path], db: Path) -> tuple[list[str], dict[str, int], dict[str, int]]:
    before = counts(db)
    lines: list[str] = []
    ingest(paths, db=db, on_problem=lines.append)
    return lines, before, counts(db)


# ------------------------------------------------------------------------------------------ article readers

BAD_FILES: list[tuple[str, bytes, str]] = [
    ("binary.txt", bytes(range(256)) * 8, "binary file (NUL bytes)"),
    ("controls.txt", b"\x01\x02\x03\x04" * 500, "binary file (control characters)"),
    ("blank.md", b"  \n\t \n", "empty file"),
    ("zero.html", b"", "empty file"),
    ("binary.jsonl", b"\x00\x01PK\x03\x04" * 100, "binary file"),
    ("utf16-no-bom.txt", GOOD.encode("utf-16-le"), "binary file (NUL bytes)"),
    ("utf16-broken.txt", GOOD.encode("utf-16")[:-1], "invalid UTF-16"),
    ("scripts.html", b"<html><body><script>var a = 1;</script></body></html>", "no article text found"),
    ("photo.jpg", b"\xff\xd8\xff\xe0 JFIF", "unsupported file type .jpg"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_bad_file_is_named_with_its_reason_and_nothing_changes(
    stored: Path, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    lines, before, after = _ingest([bad], stored)
    assert after == before
    assert any(str(bad) in line and reason in line for line in lines), lines


def test_truncated_and_broken_jsonl_lines_are_named_by_line_the_rest_is_stored(stored: Path, tmp_path: Path) -> None:
    f = tmp_path / "wire.jsonl"
    f.write_text(
        "\n".join(
            [
                json.dumps({"id": "w1", "text": "Russia warned the United States over missiles in Europe."}),
                "[1, 2, 3]",
                json.dumps({"id": "w3", "title": "no text"}),
                json.dumps({"id": "w4", "text": 42}),
                '{"id": "cut", "text": "Russia and the Uni',  # the file was cut off mid-line
            ]
        ),
        encoding="utf-8",
    )
    lines, before, after = _ingest([f], stored)
    assert after["documents"] == before["documents"] + 1
    assert any(f"{f}:2" in ln and "must be a JSON object" in ln for ln in lines)
    assert any(f"{f}:3" in ln and "'text'" in ln for ln in lines)
    assert any(f"{f}:4" in ln and "'text'" in ln for ln in lines)
    assert any(f"{f}:5" in ln and "invalid JSON" in ln for ln in lines)


def test_injection_and_script_strings_in_every_field_are_stored_verbatim(stored: Path, tmp_path: Path, nlp) -> None:
    """Values only ever travel as parameters: the strings come back as given and no table is touched."""
    row = {
        "id": INJECTION,
        "title": SCRIPT,
        "source": INJECTION,
        "url": f"javascript:{SCRIPT}",
        "date": SCRIPT,
        "text": f"NATO criticised Moscow over the drone strikes. {INJECTION} {SCRIPT}",
    }
    row2 = {
        "id": SCRIPT,
        "title": INJECTION,
        "source": SCRIPT,
        "text": f"Russia said on Friday {SCRIPT} that talks with Washington would resume. {INJECTION}",
    }
    f = tmp_path / "evil.jsonl"
    f.write_text(json.dumps(row) + "\n" + json.dumps(row2) + "\n", encoding="utf-8")
    lines, before, after = _ingest([f], stored)
    assert after["documents"] == before["documents"] + 2, lines
    con = connect(stored)
    try:
        got = con.execute("SELECT title, source, url, raw_text FROM documents WHERE id = ?", [INJECTION]).fetchone()
        assert got == (SCRIPT, INJECTION, f"javascript:{SCRIPT}", row["text"])
        assert con.execute("SELECT title FROM documents WHERE id = ?", [SCRIPT]).fetchone() == (INJECTION,)
        done = analyze_stored(con, nlp=nlp)
        assert INJECTION in done and SCRIPT in done
        # every stored offset slices the raw text the user gave, whatever it contains
        for doc_id, start, end, raw in con.execute(
            'SELECT m.doc_id, m.start, m."end", d.raw_text FROM mentions m JOIN documents d ON d.id = m.doc_id'
        ).fetchall():
            assert 0 <= start < end <= len(raw), doc_id
    finally:
        con.close()
    assert counts(stored)["documents"] == after["documents"]


def test_nul_characters_and_huge_fields_inside_json_strings(stored: Path, tmp_path: Path, nlp) -> None:
    f = tmp_path / "odd.jsonl"
    f.write_text(
        json.dumps({"id": "nul", "text": "Russia\u0000 warned the United States on Monday."})
        + "\n"
        + json.dumps(
            {
                "id": "huge",
                "title": "T" * 1_000_000,
                "source": "S" * 200_000,
                "text": "China and India met in Delhi to discuss trade on Friday.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    lines, before, after = _ingest([f], stored)
    assert after["documents"] == before["documents"] + 2, lines
    con = connect(stored)
    try:
        assert con.execute("SELECT length(title) FROM documents WHERE id = 'huge'").fetchone() == (1_000_000,)
        assert set(analyze_stored(con, nlp=nlp)) >= {"nul", "huge"}
    finally:
        con.close()


def test_a_file_over_the_size_limit_is_refused_with_the_limit_named(
    stored: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DETENTE_MAX_BYTES", "1000")
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 50, encoding="utf-8")
    lines, before, after = _ingest([big], stored)
    assert after == before
    assert any(str(big) in ln and "over the" in ln and "limit" in ln for ln in lines), lines


def test_windows_1252_text_is_decoded_not_refused(stored: Path, tmp_path: Path) -> None:
    f = tmp_path / "cp.txt"
    f.write_bytes("\u201cRussia\u201d warned the United States on Tuesday.".encode("cp1252"))
    lines, before, after = _ingest([f], stored)
    assert after["documents"] == before["documents"] + 1, lines
    con = connect(stored)
    try:
        assert con.execute("SELECT encoding, raw_text FROM documents WHERE id = 'cp.txt'").fetchone() == (
            "cp1252",
            "\u201cRussia\u201d warned the United States on Tuesday.",
        )
    finally:
        con.close()


def test_a_truncated_html_page_is_stored_or_named_never_a_crash(stored: Path, tmp_path: Path) -> None:
    f = tmp_path / "cut.html"
    f.write_text(f"<html><head><title>T</title></head><body><article><p>{GOOD} {GOOD}", encoding="utf-8")
    lines, before, after = _ingest([f], stored)
    stored_it = after["documents"] == before["documents"] + 1
    named = any(str(f) in ln for ln in lines)
    assert stored_it != named, (lines, before, after)


# ------------------------------------------------------------------------------------------ event files


def _gdelt_rows(n: int) -> list[str]:
    line = GDELT1.read_text(encoding="utf-8").splitlines()[0].split("\t")
    out = []
    for k in range(n):
        line[0] = str(900000000 + k)
        out.append("\t".join(line))
    return out


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\n\n  \n", "empty file"),
        (bytes(range(256)) * 40, "binary file"),
        (("a\tb\tc\td\n" * 30).encode(), "cannot tell the GDELT format: 4 columns"),
        (b"GLOBALEVENTID,SQLDATE,Foo\n1,20250101,x\n", "cannot tell the GDELT format: 3 columns"),
    ],
    ids=["empty", "blank", "binary", "four-columns", "wrong-header"],
)
def test_bad_gdelt_files_are_named_and_change_nothing(
    stored: Path, tmp_path: Path, content: bytes, reason: str
) -> None:
    f = tmp_path / "events.tsv"
    f.write_bytes(content)
    before = counts(stored)
    con = connect(stored)
    try:
        report = import_gdelt(con, [f])
    finally:
        con.close()
    assert counts(stored) == before
    assert len(report.errors) == 1, report.errors
    assert str(f) in report.errors[0] and reason in report.errors[0], report.errors


def test_gdelt_wrong_column_count_rows_and_a_truncated_last_line_are_rejected_rows(
    stored: Path, tmp_path: Path
) -> None:
    rows = _gdelt_rows(20)
    rows[5] = "\t".join(rows[5].split("\t")[:30])  # a row with too few columns
    text = "\n".join(rows) + "\n" + rows[-1][:60].replace("900000019", "900000099")  # cut mid-row
    f = tmp_path / "cut.tsv"
    f.write_text(text, encoding="utf-8")
    con = connect(stored)
    try:
        report = import_gdelt(con, [f])
        again = import_gdelt(con, [f])
    finally:
        con.close()
    assert not report.errors
    assert report.rows_imported == 19 and report.rows_rejected == 2, report.to_dict()
    assert again.files[0].skipped and counts(stored)["events"] == 19


def test_a_gdelt_row_with_several_errors_is_one_rejected_row(stored: Path, tmp_path: Path) -> None:
    rows = _gdelt_rows(20)
    cols = rows[3].split("\t")
    cols[30] = "high"
    rows[3] = "\t".join(cols[:40])  # a bad GoldsteinScale and too few columns
    cols = rows[5].split("\t")
    cols[1] = "notadate"
    rows[5] = "\t".join([*cols, "x", "y"])  # a bad SQLDATE and too many columns
    cols = rows[7].split("\t")
    cols[0], cols[30] = "abc", "high"
    rows[7] = "\t".join(cols)  # two bad values
    f = tmp_path / "bad-values.tsv"
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    con = connect(stored)
    try:
        report = import_gdelt(con, [f])
    finally:
        con.close()
    assert report.rows_imported == 17 and report.rows_rejected == 3, report.to_dict()
    assert report.files[0].rejected == {"cast": 1, "missing columns": 1, "too many columns": 1}


def test_bad_icews_files_are_named(stored: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "gdelt-as-icews.tsv"
    wrong.write_text("\n".join(_gdelt_rows(3)), encoding="utf-8")
    empty = tmp_path / "empty.tsv"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "bin.tsv"
    binary.write_bytes(b"\x00" * 500)
    before = counts(stored)
    con = connect(stored)
    try:
        report = import_icews(con, [wrong, empty, binary])
    finally:
        con.close()
    assert counts(stored) == before
    errors = report.errors
    assert any(str(wrong) in e and "not an ICEWS event file" in e for e in errors), errors
    assert any(str(empty) in e and "empty file" in e for e in errors), errors
    assert any(str(binary) in e and "binary" in e for e in errors), errors


# ------------------------------------------------------------------------------------------ codebook, maps


def test_bad_codebook_files_name_the_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"code": "USA", "names": ["United States"]}\n{"code": "RUS", "names": [\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.jsonl:2: not valid JSON"):
        Codebook().from_disk(broken)
    nameless = tmp_path / "nameless.jsonl"
    nameless.write_text(json.dumps({"code": "XYZ"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs a code and at least one name"):
        Codebook().from_disk(nameless)
    with pytest.raises(FileNotFoundError, match="codebook path not found"):
        Codebook().from_disk(tmp_path / "missing.jsonl")
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe\x00\x01" * 10)
    with pytest.raises((ValueError, UnicodeDecodeError)):
        Codebook().from_disk(binary)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "empty file"),
        (",a,b\na,0,x\nb,0,0\n", "'x' is not a number"),
        (",a,b\na,0,0.5\n", "not square"),
        (",a,b\na,0,2\nb,0,0\n", "a"),
        (",a,b\na,0,0.5\nc,0,0\n", "row and column names differ"),
        (",a,,b\na,0,0,0\nb,0,0,0\n", "empty concept name"),
        (f",{SCRIPT},b\n{SCRIPT},0,{INJECTION}\nb,0,0\n", "is not a number"),
    ],
    ids=["empty", "not-a-number", "not-square", "out-of-range", "names-differ", "empty-name", "injection"],
)
def test_bad_map_csv_names_the_file_and_problem(tmp_path: Path, content: str, reason: str) -> None:
    f = tmp_path / "map.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError) as err:
        read_csv_map(f)
    assert str(f) in str(err.value) and reason in str(err.value)


def test_binary_and_missing_map_csv(tmp_path: Path) -> None:
    f = tmp_path / "map.csv"
    f.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    with pytest.raises(ValueError, match="not UTF-8"):
        read_csv_map(f)
    with pytest.raises(ValueError, match="file not found"):
        read_csv_map(tmp_path / "nope.csv")


# ------------------------------------------------------------------------------------------ CLI arguments


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["index", "--freq", "hourly"], "hourly"),
        (["index", "--dyad", "USA"], "dyad must look like USA-RUS"),
        (["index", "--dyad", INJECTION], "dyad must look like USA-RUS"),
        (["index", "--since", "last tuesday"], "last tuesday"),
        (["events", "--dyad", "USA-RUS-CHN"], "dyad must look like USA-RUS"),
        (["simulate", "--clamp", "sanctions"], "expected CONCEPT=NUMBER"),
        (["simulate", "--clamp", "sanctions=lots"], "expected CONCEPT=NUMBER"),
        (["simulate", "--init", "=1"], "expected CONCEPT=NUMBER"),
        (["events", "--origin", "gdlet"], "--origin 'gdlet': expected one of text, gdelt, icews"),
        (["dyads", "--origin", "all"], "--origin 'all': expected one of text, gdelt, icews"),
        (["import", "gdelt", str(GDELT1), "--version", "3"], "only GDELT has versions, 1 or 2"),
        (["simulate", "--clamp", "sanctions=nan"], "clamp sanctions=nan: a concept value must be a number in [-1, 1]"),
        (["simulate", "--clamp", "sanctions=inf"], "a concept value must be a number in [-1, 1]"),
        (["simulate", "--clamp", "sanctions=5"], "a concept value must be a number in [-1, 1]"),
        (["simulate", "--init", "sanctions=1e308"], "init sanctions=1e+308: a concept value"),
        (["simulate", "--clamp", "sanctions=1", "--lambda", "nan"], "lambda nan: must be a number > 0"),
        (["simulate", "--clamp", "sanctions=1", "--threshold", "-1"], "threshold -1.0: must be a number in [0, 1]"),
        (["dyads", "--top", "-1"], "--top"),
        (["events", "--limit", "0"], "--limit"),
        (["report", "--dyad", "U"], "dyad must look like USA-RUS, got 'U'"),
        (["report", "-o", str(ROOT)], "is a folder; give a file name"),
        (["serve", "--port", "99999"], "--port"),
    ],
    ids=[
        "freq",
        "dyad-one-side",
        "dyad-injection",
        "since",
        "events-dyad",
        "clamp",
        "clamp-value",
        "init",
        "events-origin",
        "dyads-origin",
        "import-version",
        "clamp-nan",
        "clamp-inf",
        "clamp-5",
        "init-huge",
        "lambda-nan",
        "threshold",
        "top",
        "limit",
        "report-dyad",
        "report-folder",
        "port",
    ],
)
def test_bad_cli_arguments_exit_2_with_the_reason(stored: Path, args: list[str], reason: str) -> None:
    before = counts(stored)
    result = CliRunner().invoke(cli_app, [*args, "--db", str(stored)])
    assert result.exit_code == 2, result.output
    assert reason in result.output
    assert counts(stored) == before


# ------------------------------------------------------------------------------------------ API bodies


def test_bad_api_bodies_get_4xx_and_change_nothing(stored: Path) -> None:
    from fastapi.testclient import TestClient

    from detente.web import app as web

    before = counts(stored)
    client = TestClient(web.create_app(db=stored, token="t0k"))
    auth = {"Authorization": "Bearer t0k"}
    as_json = {**auth, "Content-Type": "application/json"}
    as_bytes = {**auth, "Content-Type": "application/octet-stream"}
    assert client.post("/api/ingest", content=b'{"articles": [', headers=as_json).status_code == 422
    assert client.post("/api/ingest", content=b"\x00\x01", headers=as_bytes).status_code == 415
    body = {"articles": [{"id": "x", "text": GOOD}]}
    assert client.post("/api/ingest", json=body).status_code in (401, 403)
    assert client.post(
        "/api/ingest", json={"articles": [{"id": "x", "text": GOOD}]}, headers={"Authorization": "Bearer wrong"}
    ).status_code in (401, 403)
    r = client.get("/api/index", params={"dyad": INJECTION})
    assert r.status_code == 422
    r = client.get("/api/events", params={"limit": 10**9})
    assert r.status_code == 422
    for bad in (
        b'{"clamp": {"sanctions": NaN}}',
        b'{"clamp": {"sanctions": Infinity}}',
        b'{"clamp": {"sanctions": 5}}',
        b'{"init": {"sanctions": 1e308}}',
        b'{"clamp": {"sanctions": 1}, "lambda": NaN}',
        b'{"clamp": {"sanctions": 1}, "lambda": 1e308}',
    ):
        r = client.post("/api/simulate", content=bad, headers={"Content-Type": "application/json"})
        assert r.status_code == 422, (bad, r.status_code, r.text)
    assert counts(stored) == before


# ------------------------------------------------------------------------------------------ properties

TEXT = st.text(alphabet=string.ascii_letters + string.digits + " .!?\n\t\"')(:;,-" + "\u00a0\u201c\u201d", max_size=400)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_split_sentences_spans_are_ordered_disjoint_inside_and_trimmed(text: str) -> None:
    spans = split_sentences(text)
    prev_end = 0
    for start, end in spans:
        assert prev_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip(), (text, start, end)
        prev_end = end
    # no non-blank character is lost between sentences
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


def test_a_document_over_spacys_max_length_is_analyzed_in_sections_and_never_wedges_the_store(
    tmp_path: Path, nlp
) -> None:
    """spaCy refuses a Doc over 1,000,000 characters (E088). Such a document used to be stored, fail every
    later analysis, and so block every document stored after it. It is analyzed in sections instead, with
    offsets into the whole document."""
    folder = tmp_path / "in"
    folder.mkdir()
    filler = ("x" * 999 + "\n") * 1001  # one-token lines: over the limit, and cheap to parse
    (folder / "big.txt").write_text(filler + GOOD + "\n", encoding="utf-8")
    db = tmp_path / "big.duckdb"
    ingest([folder], db=db, on_problem=lambda _line: None)
    problems: list[str] = []
    con = connect(db)
    try:
        assert analyze_stored(con, nlp=nlp, on_problem=problems.append) == ["big.txt"]
        raw = con.execute("SELECT raw_text FROM documents WHERE id = 'big.txt'").fetchone()[0]
        events = con.execute('SELECT start, "end", trigger, sentence_idx FROM events').fetchall()
        sentence = con.execute('SELECT start, "end" FROM sentences WHERE idx = ?', [events[0][3]]).fetchone()
    finally:
        con.close()
    assert not problems and len(raw) > 1_000_000
    assert events and all(raw[s:e].startswith("The United States imposed") for s, e, _, _ in events[:1])
    assert events[0][3] == 1001 and sentence == (events[0][0], events[0][1])
    (folder / "later.txt").write_text("Germany praised France on Monday.", encoding="utf-8")
    ingest([folder], db=db, on_problem=lambda _line: None)
    con = connect(db)
    try:
        assert analyze_stored(con, nlp=nlp, on_problem=problems.append) == ["later.txt"]
    finally:
        con.close()
    assert not problems


def test_a_document_that_fails_analysis_is_named_and_the_others_are_analyzed(tmp_path: Path, nlp) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(
        " ".join(f"Report number {k} was filed by the clerks." for k in range(40)), encoding="utf-8"
    )
    (folder / "c.txt").write_text("Germany praised France on Monday.", encoding="utf-8")
    db = tmp_path / "fail.duckdb"
    ingest([folder], db=db, on_problem=lambda _line: None)
    problems: list[str] = []
    limit = nlp.max_length
    nlp.max_length = 1000  # b.txt is longer: spaCy refuses it (E088), as it refuses any too-long Doc
    con = connect(db)
    try:
        assert analyze_stored(con, nlp=nlp, on_problem=problems.append) == ["a.txt", "c.txt"]
    finally:
        nlp.max_length = limit
        con.close()
    assert len(problems) == 1 and problems[0].startswith("error: b.txt: not analyzed: ") and "E088" in problems[0]


def test_a_nul_byte_spoils_only_its_own_jsonl_line(stored: Path, tmp_path: Path) -> None:
    f = tmp_path / "nul.jsonl"
    f.write_bytes(
        json.dumps({"id": "n1", "text": "Germany praised France on Monday."}).encode()
        + b"\n"
        + b'{"id": "n2", "text": "Rus\x00sia warned Poland."}\n'
        + json.dumps({"id": "n3", "text": "Japan thanked India on Friday."}).encode()
        + b"\n"
    )
    lines, before, after = _ingest([f], stored)
    assert after["documents"] == before["documents"] + 2, lines
    assert lines == [f"error: {f}:2: NUL byte in the line (binary data, not JSON text)"]


def test_a_repeated_id_in_one_jsonl_file_is_named_and_the_first_line_kept(stored: Path, tmp_path: Path) -> None:
    f = tmp_path / "twice.jsonl"
    f.write_text(
        json.dumps({"id": "t1", "text": "Germany praised France on Monday."})
        + "\n"
        + json.dumps({"id": "t1", "text": "Japan thanked India on Friday."})
        + "\n",
        encoding="utf-8",
    )
    lines: list[str] = []
    report = ingest([f], db=stored, on_problem=lines.append)
    assert report.new == ["t1"] and not report.updated
    assert any(f"{f}:2" in ln and "'t1' repeats line 1" in ln for ln in lines), lines
    con = connect(stored)
    try:
        assert con.execute("SELECT raw_text FROM documents WHERE id = 't1'").fetchone() == (
            "Germany praised France on Monday.",
        )
    finally:
        con.close()


def test_an_html_page_with_only_a_navigation_bar_is_refused(stored: Path, tmp_path: Path) -> None:
    page = tmp_path / "nav.html"
    page.write_text(
        '<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/w">World</a> '
        '<a href="/p">Politics</a> <a href="/a">About us</a></nav></body></html>',
        encoding="utf-8",
    )
    lines, before, after = _ingest([page], stored)
    assert after == before
    assert lines == [
        f"error: {page}: no article text found in the HTML page (no sentence, only navigation or boilerplate)"
    ]


def test_terminal_escape_sequences_in_text_and_source_are_shown_escaped(stored: Path, tmp_path: Path, nlp) -> None:
    """ESC and OSC sequences inside an article or its source must never reach the terminal raw (they can
    clear the screen, retitle the window or hide text): table output shows them as \\x1b."""
    f = tmp_path / "esc.jsonl"
    f.write_text(
        json.dumps(
            {
                "id": "esc-1",
                "source": "Evil\x1b]0;pwned\x07Wire",
                "text": "China criticised Japan over the \x1b[2Jisland dispute on Friday.\x1b[8m",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    ingest([f], db=stored, on_problem=lambda _line: None)
    con = connect(stored)
    try:
        analyze_stored(con, nlp=nlp)
    finally:
        con.close()
    import subprocess
    import sys

    for command in (["stats"], ["events"]):  # a real process: the table goes to its own stdout
        run = subprocess.run(
            [sys.executable, "-m", "detente.cli.main", *command, "--db", str(stored)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, run.stderr
        assert "\x1b" not in run.stdout and "\x07" not in run.stdout
        assert "\\x1b" in run.stdout and ("CHN" in run.stdout or command == ["stats"]), run.stdout
