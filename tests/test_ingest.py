"""Ingest into a real DuckDB file: provenance, idempotence, duplicates, dates and bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pytest

from detente.api import ingest
from detente.api.info import stats

from .test_clean import squash

COUNTED = ("documents", "sentences")


def counts(db: Path) -> dict[str, int]:
    result = stats(db)
    return {k: result[k] for k in COUNTED} | {"duplicates": result["duplicates"]}


def test_every_sentence_slices_the_raw_text_to_the_same_words(seeds_dir: Path, db: Path) -> None:
    report = ingest([seeds_dir], db=db)
    assert len(report.new) == 5 and not report.problems
    con = duckdb.connect(str(db))
    rows = con.execute(
        'SELECT d.raw_text, s.start, s."end", s.text FROM sentences s JOIN documents d ON d.id = s.doc_id'
    ).fetchall()
    assert len(rows) > 150
    for raw, start, end, text in rows:
        assert squash(raw[start:end]) == squash(text), (raw[start:end], text)


def test_ids_dates_and_titles_come_from_the_input(seeds_dir: Path, tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("Headline here\nAs of November 2, 2025, Russia met Ukraine.", "utf-8")
    (folder / "b.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Moscow said no.", "date": "2025-10-01", "source": "Wire"})
        + "\n"
        + json.dumps({"text": "Kyiv said yes."})
        + "\n",
        "utf-8",
    )
    ingest([folder], db=db)
    con = duckdb.connect(str(db))
    rows = {
        r[0]: r[1:] for r in con.execute("SELECT id, published, published_how, source, title FROM documents").fetchall()
    }
    assert set(rows) == {"sub/a.txt", "x1", "b.jsonl:2"}
    assert str(rows["sub/a.txt"][0]) == "2025-11-02" and rows["sub/a.txt"][1] == "text"
    assert rows["sub/a.txt"][3] == "Headline here"
    assert str(rows["x1"][0]) == "2025-10-01" and rows["x1"][1] == "metadata" and rows["x1"][2] == "Wire"
    assert rows["b.jsonl:2"][0] is None and rows["b.jsonl:2"][1] is None  # never invented


def test_ingesting_twice_changes_no_count(seeds_dir: Path, db: Path) -> None:
    ingest([seeds_dir], db=db)
    before = counts(db)
    again = ingest([seeds_dir], db=db)
    assert len(again.unchanged) == 5 and not again.new and not again.updated
    assert counts(db) == before


def spin(text: str) -> str:
    """A light machine-style rewrite: synonym swaps, as the spun seed does."""
    swaps = {
        "development": "growth",
        "complicated": "intricate",
        "significant": "meaningful",
        "relations": "ties",
        "tension": "strain",
        "summit": "meeting",
        "strategy": "plan",
        "countries": "nations",
        "approach": "method",
        "recent": "latest",
    }
    return re.sub(r"\b(" + "|".join(swaps) + r")\b", lambda m: swaps[m.group(1)], text)


def test_a_spun_copy_is_linked_to_its_original_not_counted_twice(seeds_dir: Path, tmp_path: Path, db: Path) -> None:
    original = seeds_dir / "001_8a4b51e7cfb72f5a.txt"
    spun = tmp_path / "spun" / "reposted.txt"
    spun.parent.mkdir()
    spun.write_text(spin(original.read_text("utf-8")), "utf-8")
    ingest([seeds_dir], db=db)
    report = ingest([spun.parent], db=db)
    assert [(d, o) for d, o, _ in report.duplicates] == [("reposted.txt", original.name)]
    con = duckdb.connect(str(db))
    assert con.execute("SELECT duplicate_of FROM documents WHERE id = 'reposted.txt'").fetchone()[0] == original.name
    # unrelated seeds are not duplicates of each other
    assert con.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0] == 1


def test_changed_content_replaces_the_document(tmp_path: Path, db: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Russia and Ukraine held talks. They agreed.", "utf-8")
    ingest([f], db=db)
    f.write_text("Russia and Ukraine held talks. They disagreed. Then they left.", "utf-8")
    report = ingest([f], db=db)
    assert report.updated == ["a.txt"]
    assert counts(db)["documents"] == 1 and counts(db)["sentences"] == 3


@pytest.fixture()
def bad_batch(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    (d / "good.txt").write_text("The United States imposed sanctions on Russia.", "utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (d / "latin.txt").write_bytes("Caf\xe9 talks in Moscow \x96 \x93quoted\x94.".encode("latin-1"))
    (d / "lines.jsonl").write_text(
        '{"id": "ok1", "text": "Kyiv asked for aid."}\n{"id": "broken", "text": \n{"id": "notext"}\n', "utf-8"
    )
    (d / "scripts.html").write_text(
        "<html><head><script>var a=1;</script></head><body><script>x()</script></body></html>", "utf-8"
    )
    (d / "big.txt").write_text("word " * 3000, "utf-8")
    return d


def test_bad_input_is_reported_per_file_and_the_rest_is_stored(
    bad_batch: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DETENTE_MAX_BYTES", "10000")
    lines: list[str] = []
    report = ingest([bad_batch, bad_batch / "missing.txt"], db=db, on_problem=lines.append)
    assert sorted(report.new) == ["good.txt", "latin.txt", "ok1"]
    text = "\n".join(lines)
    for expected in (
        "empty.txt: empty file",
        "binary.txt: binary file",
        "lines.jsonl:2: invalid JSON",
        "lines.jsonl:3: missing or empty 'text'",
        "scripts.html: no article text",
        "big.txt: file is 0 MB, over the 0 MB limit",
        "missing.txt: no such file",
    ):
        assert expected in text, expected
    assert all(line.count("\n") == 0 for line in lines)
    con = duckdb.connect(str(db))
    latin = con.execute("SELECT raw_text, encoding FROM documents WHERE id = 'latin.txt'").fetchone()
    assert latin == ("Caf\xe9 talks in Moscow \u2013 \u201cquoted\u201d.", "cp1252")


def test_html_main_text_and_metadata_come_from_trafilatura(tmp_path: Path, db: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Talks resume</title><meta property='og:site_name' content='Example News'>"
        "<meta name='date' content='2025-06-14'></head><body><nav>Home | Shop | Cart</nav><article>"
        "<h1>Talks resume</h1><p>Russian and American diplomats met in Istanbul on Thursday to discuss the "
        "work of their embassies, officials from both countries said after the meeting ended.</p>"
        "<p>The talks lasted six hours and will continue next month in Washington, they added.</p>"
        "</article><footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>",
        "utf-8",
    )
    ingest([page], db=db)
    con = duckdb.connect(str(db))
    clean, source, published = con.execute("SELECT clean_text, source, published FROM documents").fetchone()
    assert "Istanbul" in clean and "Cart" not in clean and "Copyright" not in clean
    assert source == "Example News" and str(published) == "2025-06-14"


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        ("Anchorage, Alaska, August 16 , 2025\nLeaders met on Friday.", None, "2025-08-16"),
        (
            "WASHINGTON – October 22, 2025 – A summit between the two presidents was postponed today.",
            None,
            "2025-10-22",
        ),
        ("The landscape is tense. As of November 2,2025,04:28:01,the summit is off.", None, "2025-11-02"),
        (
            "A long first line of the article that says what happened in the war this year.\n"
            "On February 24, 2022, Russia launched a full-scale invasion of Ukraine, officials said again.",
            None,
            None,
        ),
        ("No date anywhere in this text at all.", "https://example.com/2025/08/18/story.html", "2025-08-18"),
        ("No date anywhere in this text at all.", "https://example.com/20251030/story.html", "2025-10-30"),
        ("Russia and Ukraine talked in 2025.", "https://example.com/2025/10/story.html", None),
    ],
)
def test_publication_date_is_a_dateline_or_url_date_never_an_event_date(
    text: str, url: str | None, expected: str | None
) -> None:
    from detente.ingest.document import prepare
    from detente.ingest.readers import RawArticle

    doc = prepare(RawArticle("x", "x", "jsonl", text, url=url))
    assert (doc.published.isoformat() if doc.published else None) == expected


def test_the_url_host_is_the_source_when_none_is_given(tmp_path: Path, db: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(
        json.dumps(
            {
                "id": "a",
                "text": "Kyiv asked Washington for air defence.",
                "url": "https://www.example.com/2025/10/01/x.html",
            }
        )
        + "\n"
        + json.dumps(
            {"id": "b", "text": "Moscow said no to the plan today.", "source": "Wire", "url": "https://other.org/y"}
        )
        + "\n",
        "utf-8",
    )
    ingest([f], db=db)
    con = duckdb.connect(str(db))
    assert dict(con.execute("SELECT id, source FROM documents").fetchall()) == {"a": "example.com", "b": "Wire"}


def test_utf16_with_a_byte_order_mark_is_text(tmp_path: Path, db: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes("Kyiv and Moscow held talks in Istanbul on Friday.".encode("utf-16"))
    report = ingest([f], db=db)
    assert report.new == ["u16.txt"] and not report.problems
    con = duckdb.connect(str(db))
    assert con.execute("SELECT encoding FROM documents").fetchone()[0] == "utf-16"
