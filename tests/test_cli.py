"""One test per CLI command, run in-process through the real entry point (``detente.cli.main.main``, the
function the installed ``detente`` script calls): the same argument parsing, output and exit codes as the
script, without starting a Python and loading the pipeline for every command. ``serve`` runs as a real
subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from detente.cli.main import main
from detente.nlp.dates import bounds

from .conftest import EXAMPLES

DETENTE = [sys.executable, "-m", "detente.cli.main"]


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


def detente(*args: str, env: dict[str, str] | None = None) -> Run:
    """``detente ARGS`` in this process: stdout, stderr and the exit status as the script gives them."""
    out, err = io.StringIO(), io.StringIO()
    saved_env, saved_argv = dict(os.environ), sys.argv
    os.environ.update(env or {})
    sys.argv = ["detente", *args]
    code = 0
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = saved_argv
        os.environ.clear()
        os.environ.update(saved_env)
    return Run(code, out.getvalue(), err.getvalue())


def detente_process(*args: str, env: dict[str, str] | None = None) -> Run:
    """``detente ARGS`` as a real subprocess (for ``serve``, which would otherwise run a server here)."""
    done = subprocess.run(
        [*DETENTE, *args], capture_output=True, text=True, timeout=600, env={**os.environ, **(env or {})}
    )
    return Run(done.returncode, done.stdout, done.stderr)


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
    from detente.nlp import minilm

    assert result["causal_scorer"].startswith("linear + MiniLM" if minilm.available() else "linear (")


def test_analyze_prints_events_and_code_writes_scorer_format(tmp_path: Path) -> None:
    db = str(tmp_path / "x.duckdb")
    run = detente("analyze", str(EXAMPLES), "--db", db, "-q", "--format", "json")
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["counts"]["events"] > 0
    assert any(e["source"][:3] == "USA" and e["target"][:3] == "RUS" for e in summary["events"])
    again = detente("analyze", str(EXAMPLES), "--db", db, "-q", "--format", "csv")
    assert again.returncode == 0, again.stderr
    rows = list(csv.reader(io.StringIO(again.stdout)))  # one table: one header, every row as wide
    assert rows[0] == ["stage", "name", "count"] and all(len(r) == 3 for r in rows)
    table = {(stage, name): int(count) for stage, name, count in rows[1:]}
    assert len(table) == len(rows) - 1
    assert table[("ingest", "unchanged")] == 6 and table[("ingest", "new")] == 0
    assert {k: v for (stage, k), v in table.items() if stage == "stored"} == summary["counts"]
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "d1", "text": "The United States imposed sanctions on Russia."}) + "\n" + "not json\n",
        "utf-8",
    )
    out = tmp_path / "pred.jsonl"
    coded = detente("code", str(docs), "-o", str(out), "-q")
    assert coded.returncode == 0 and "docs.jsonl:2" in coded.stderr
    pred = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [p["id"] for p in pred] == ["d1"]
    event = pred[0]["events"][0]
    assert (event["source"][:3], event["target"][:3], event["cameo"][:2]) == ("USA", "RUS", "16")
    assert (event["start"], event["end"]) == (0, len("The United States imposed sanctions on Russia."))


import pytest  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The sample articles analyzed plus a small GDELT file imported, built once through the CLI itself."""
    db = str(tmp_path_factory.mktemp("cli") / "store.duckdb")
    assert detente("analyze", str(EXAMPLES), "--db", db, "-q").returncode == 0
    assert detente("import", "gdelt", str(FIXTURES / "gdelt1_sample.tsv"), "--db", db).returncode == 0
    return db


def as_json(*args: str) -> object:
    run = detente(*args, "--format", "json")
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_import_is_a_no_op_the_second_time(store: str) -> None:
    again = as_json("import", "gdelt", str(FIXTURES / "gdelt1_sample.tsv"), "--db", store)
    assert again["rows_imported"] == 0 and again["files"][0]["skipped"] is True


def test_index_rows_have_the_documented_keys_and_add_up(store: str) -> None:
    rows = as_json("index", "--dyad", "USA-RUS", "--freq", "year", "--db", store)
    assert rows and set(rows[0]) == {
        "period",
        "events",
        "quad1",
        "quad2",
        "quad3",
        "quad4",
        "goldstein_mean",
        "goldstein_total",
        "net_cooperation",
    }
    for r in rows:
        assert r["events"] == r["quad1"] + r["quad2"] + r["quad3"] + r["quad4"]
    bad = detente("index", "--dyad", "USARUS", "--db", store)
    assert bad.returncode == 2 and "dyad" in bad.stderr.lower()


def test_index_says_on_stderr_what_it_left_out(store: str) -> None:
    run = detente("index", "--dyad", "USA-RUS", "--freq", "year", "--format", "json", "--db", store)
    rows = json.loads(run.stdout)  # stdout stays pure data
    line = re.search(
        r"placed (\d+) events; left out: (\d+) dated coarser than a year, (\d+) undated background", run.stderr
    )
    assert line, run.stderr
    assert int(line.group(1)) == sum(r["events"] for r in rows)


def test_events_filters_by_dyad_and_origin(store: str) -> None:
    rows = as_json("events", "--dyad", "USA-RUS", "--origin", "text", "--db", store)
    assert rows and all({r["source"][:3], r["target"][:3]} == {"USA", "RUS"} for r in rows)
    assert all(r["sentence"] and r["doc_id"] for r in rows)


def test_timeline_is_in_date_order_with_sources(store: str) -> None:
    rows = as_json("timeline", "--dyad", "USA-RUS", "--db", store)
    periods = [bounds(r["date"]) for r in rows]  # labels of mixed granularity ("2025-W09"): by period
    assert all(periods) and periods == sorted(periods) and all(r["sources"] for r in rows)


def test_dyads_lists_country_pairs(store: str) -> None:
    rows = as_json("dyads", "--db", store)
    assert any(r["dyad"] == "RUS-USA" for r in rows)


def test_map_exports_csv_that_simulate_reads_back(store: str, tmp_path: Path) -> None:
    out = tmp_path / "map.csv"
    assert detente("map", "--db", store, "--format", "csv", "-o", str(out)).returncode == 0
    header = out.read_text("utf-8").splitlines()[0].split(",")
    assert len(header) > 2
    result = as_json("simulate", "--map", str(out), "--clamp", f"{header[1]}=1", "--db", store)
    assert result["outcome"] in ("fixed-point", "limit-cycle", "none") and result["clamp"] == {header[1]: 1.0}
    assert detente("simulate", "--clamp", "nonsense", "--db", store).returncode == 2


def test_sources_claims_and_compare(store: str) -> None:
    rows = as_json("sources", "--db", store)
    assert {r["source"] for r in rows} >= {"Example Wire", "Example Opinion Blog"}
    blog = next(r for r in rows if r["source"] == "Example Opinion Blog")
    assert blog["framing"]["dominant_narrative"] == "kremlin"
    ledger = as_json("claims", "--db", store)
    assert all(c["status"] in ("corroborated", "single", "contested") for c in ledger)
    assert detente("claims", "--status", "maybe", "--db", store).returncode == 2
    compared = as_json("compare", "Example Wire", "Example Opinion Blog", "--db", store)
    assert {"shared_claims", "contested_claims", "only_a", "only_b"} <= set(compared)


def test_report_writes_one_self_contained_file(store: str, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    run = detente("report", "--db", store, "-o", str(out))
    assert run.returncode == 0 and out.exists()
    html = out.read_text("utf-8")
    assert "<svg" in html  # charts embedded
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html) and "<link" not in html  # nothing fetched


def test_every_command_has_an_api_function_of_the_same_name() -> None:
    from detente import api
    from detente.cli.main import app

    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    aliases = {"map": "cognitive_map", "serve": None}
    for name in names:
        target = aliases.get(name, name)
        if target:
            assert callable(getattr(api, target)), name
    assert callable(api.import_events)


@pytest.mark.parametrize("command", [["stats"], ["events", "--dyad", "USA-RUS"], ["map"], ["serve", "--port", "1"]])
def test_a_read_command_with_a_missing_db_names_it_and_creates_nothing(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "nonexistent.duckdb"
    call = detente_process if command[0] == "serve" else detente
    run = call(*command, "--db", str(missing), env={"DETENTE_TOKEN": ""})
    assert run.returncode == 2, run.stderr  # bad input, as for any other wrong argument
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and str(missing) in lines[0], run.stderr
    assert "no such database" in lines[0]
    assert not missing.exists() and not list(tmp_path.iterdir())
    assert run.stdout == ""


def test_read_api_functions_open_the_store_read_only(tmp_path: Path, store: str) -> None:
    from detente import api

    missing = tmp_path / "typo.duckdb"
    for call in (
        lambda: api.stats(missing),
        lambda: api.events(missing),
        lambda: api.index(missing),
        lambda: api.claims(missing),
        lambda: api.cognitive_maps(missing),
    ):
        with pytest.raises(api.MissingStoreError, match="typo.duckdb: no such database"):
            call()
    assert not missing.exists()
    before = Path(store).stat().st_mtime_ns
    assert api.stats(store)["documents"] == 6 and api.dyads(store)
    assert Path(store).stat().st_mtime_ns == before  # reading wrote nothing


def test_info_reads_an_existing_store_read_only(store: str) -> None:
    result = detente("info", "--db", store, "--format", "json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["database_exists"] is True and info["schema_version"] >= 1
    assert info["counts"]["documents"] > 0 and info["counts"]["events"] > 0


def test_remove_deletes_a_document_and_everything_derived_and_promotes_its_duplicate(
    store: str, tmp_path: Path
) -> None:
    import shutil

    import duckdb

    db = str(tmp_path / "copy.duckdb")
    shutil.copy(store, db)
    copy = tmp_path / "copy.txt"
    copy.write_text((EXAMPLES / "summit-postponed.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert detente("ingest", str(copy), "--db", db, "-q").returncode == 0
    tables = (
        "documents",
        "sentences",
        "mentions",
        "events",
        "causal_claims",
        "framing_hits",
        "quality_signals",
        "analyzed",
    )

    def rows(doc: str) -> dict[str, int]:
        con = duckdb.connect(db, read_only=True)
        try:
            return {
                t: con.execute(
                    f"SELECT count(*) FROM {t} WHERE {'id' if t == 'documents' else 'doc_id'} = ?", [doc]
                ).fetchone()[0]
                for t in tables
            }
        finally:
            con.close()

    before = rows("summit-postponed.txt")
    assert before["documents"] == 1 and before["events"] > 0 and before["sentences"] > 0
    run = detente("remove", "summit-postponed.txt", "no-such-doc", "--db", db, "--format", "json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {
        "removed": ["summit-postponed.txt"],
        "missing": ["no-such-doc"],
        "promoted": ["copy.txt"],
    }
    assert "error: no-such-doc: no such document" in run.stderr
    assert set(rows("summit-postponed.txt").values()) == {0}
    con = duckdb.connect(db, read_only=True)
    try:
        assert con.execute("SELECT duplicate_of FROM documents WHERE id = 'copy.txt'").fetchone() == (None,)
    finally:
        con.close()
    assert detente("remove", "summit-postponed.txt", "--db", db).returncode == 1
    assert detente("remove", "x", "--db", str(tmp_path / "missing.duckdb")).returncode == 2
    assert not (tmp_path / "missing.duckdb").exists()
