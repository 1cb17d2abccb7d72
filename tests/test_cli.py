"""One test per CLI command, run as a real subprocess of the installed ``detente`` script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import EXAMPLES

DETENTE = [sys.executable, "-m", "detente.cli.main"]


def detente(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*DETENTE, *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


def test_ingest_exit_codes_and_messages(tmp_path: Path) -> None:
    db = str(tmp_path / "x.duckdb")
    ok = detente("ingest", str(EXAMPLES), str(tmp_path / "nope.txt"), "--db", db, "-q")
    assert ok.returncode == 0
    assert "nope.txt: no such file or directory" in ok.stderr and ok.stdout == ""
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    nothing = detente("ingest", str(empty), "--db", db, "-q")
    assert nothing.returncode == 1 and "empty.txt: empty file" in nothing.stderr
    usage = detente("ingest", "--db")
    assert usage.returncode == 2


def test_stats_json_has_top_level_counts(tmp_path: Path) -> None:
    db = str(tmp_path / "x.duckdb")
    detente("ingest", str(EXAMPLES), "--db", db, "-q")
    result = json.loads(detente("stats", "--db", db, "--format", "json").stdout)
    assert result["documents"] == 6 and result["sentences"] > 30 and result["duplicates"] == 1
    csv_out = detente("stats", "--db", db, "--format", "csv").stdout.splitlines()
    assert csv_out[0] == "table,rows" and "documents,6" in csv_out


def test_info_names_a_loadable_spacy_model(tmp_path: Path) -> None:
    import spacy

    result = json.loads(detente("info", "--db", str(tmp_path / "none.duckdb"), "--format", "json").stdout)
    assert result["database_exists"] is False
    spacy.load(result["spacy_model"], exclude=["parser", "ner", "tagger", "lemmatizer", "attribute_ruler"])


def test_analyze_prints_events_and_code_writes_scorer_format(tmp_path: Path) -> None:
    db = str(tmp_path / "x.duckdb")
    run = detente("analyze", str(EXAMPLES), "--db", db, "-q", "--format", "json")
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["counts"]["events"] > 0
    assert any(e["source"][:3] == "USA" and e["target"][:3] == "RUS" for e in summary["events"])
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "d1", "text": "The United States imposed sanctions on Russia."}) + "\n"
                    + "not json\n", "utf-8")
    out = tmp_path / "pred.jsonl"
    coded = detente("code", str(docs), "-o", str(out), "-q")
    assert coded.returncode == 0 and "docs.jsonl:2" in coded.stderr
    pred = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [p["id"] for p in pred] == ["d1"]
    event = pred[0]["events"][0]
    assert (event["source"][:3], event["target"][:3], event["cameo"][:2]) == ("USA", "RUS", "16")
    assert (event["start"], event["end"]) == (0, len("The United States imposed sanctions on Russia."))
