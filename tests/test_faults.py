"""Faults: kill -9 in the middle of an ingest or an import, unopenable and read-only stores, a full disk,
and readers running while a writer ingests. Real processes, real DuckDB files, nothing mocked."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest
from benchmarks.common import write_gdelt_tsv

from detente.api import ingest
from detente.store.db import StoreError, connect
from detente.store.imports import import_gdelt

WORDS = [
    a + b + c
    for a in ("ba", "ko", "mi", "ru", "te", "so", "vla", "dri")
    for b in ("n", "s", "l", "r", "")
    for c in ("ov", "ek", "ia", "um", "ar", "in", "et")
]


def make_articles(folder: Path, n: int, seed: int = 3) -> Path:
    """``n`` distinct multi-sentence articles (random words, so no two are near-duplicates)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        sentences = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize() + "."
            for _ in range(rng.randint(3, 9))
        ]
        (folder / f"a{k:04d}.txt").write_text(" ".join(sentences) + "\n", encoding="utf-8")
    return folder


def sentence_rows(db: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute('SELECT doc_id, idx, start, "end", text FROM sentences ORDER BY ALL').fetchall()
    finally:
        con.close()


def assert_consistent(con: duckdb.DuckDBPyConnection) -> None:
    """Every document has its sentences numbered 0..n-1 without gaps; no sentence without its document."""
    assert con.execute("""SELECT count(*) FROM documents d
                          WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id)""").fetchone() == (0,)
    assert con.execute("""SELECT count(*) FROM sentences s
                          WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.doc_id)""").fetchone() == (0,)
    assert con.execute("""SELECT count(*) FROM (SELECT doc_id FROM sentences GROUP BY doc_id
                          HAVING min(idx) <> 0 OR max(idx) <> count(*) - 1)""").fetchone() == (0,)


def _wait_for(proc: subprocess.Popen[str], ready: callable, timeout: float = 60) -> None:  # type: ignore[valid-type]
    deadline = time.monotonic() + timeout
    while not ready():
        if proc.poll() is not None:
            pytest.fail(f"the process ended (rc {proc.returncode}) before the moment to kill it")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("timed out waiting for the moment to kill")
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


INGEST_SCRIPT = """
import sys
from detente.api import ingest
ingest([sys.argv[1]], db=sys.argv[2], progress=lambda n, total: print(n, flush=True), on_problem=print)
"""


def test_kill_9_during_ingest_then_rerun_is_consistent_complete_and_without_duplicates(
    tmp_path: Path,
) -> None:
    articles = make_articles(tmp_path / "articles", 300)
    reference = tmp_path / "reference.duckdb"
    ingest([articles], db=reference, on_problem=lambda _line: None)
    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-c", INGEST_SCRIPT, str(articles), str(db)], stdout=subprocess.PIPE, text=True
    )
    seen = [0]

    def stored_some() -> bool:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        if line.strip().isdigit():
            seen[0] = int(line)
        return seen[0] >= 60

    _wait_for(proc, stored_some)
    con = connect(db)
    try:
        partial = con.execute("SELECT count(*) FROM documents").fetchone()[0]  # type: ignore[index]
        assert 60 <= partial < 300, partial  # everything reported stored survived the kill
        assert_consistent(con)
        report = ingest([articles], db=con, on_problem=lambda _line: None)
        assert len(report.new) == 300 - partial and len(report.unchanged) == partial and not report.updated
        assert not report.duplicates
        assert_consistent(con)
    finally:
        con.close()
    assert sentence_rows(db) == sentence_rows(reference)


def test_kill_9_during_gdelt_import_leaves_nothing_half_done(tmp_path: Path) -> None:
    events = write_gdelt_tsv(tmp_path / "events.tsv", 200_000)
    db = tmp_path / "import.duckdb"
    connect(db).close()
    empty_size = db.stat().st_size
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "detente.cli.main",
            "import",
            "gdelt",
            str(events),
            "--db",
            str(db),
            "-f",
            "json",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _wait_for(proc, lambda: db.stat().st_size > empty_size + 4_000_000)  # rows are being written
    con = connect(db)
    try:
        n_events, n_imports = con.execute(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM imports)"
        ).fetchone()  # type: ignore[misc]
        assert (n_events, n_imports) in ((0, 0), (200_000, 1))  # all or nothing
        report = import_gdelt(con, [events])
        assert not report.errors
        assert con.execute("SELECT count(*), count(DISTINCT origin_id) FROM events").fetchone() == (
            200_000,
            200_000,
        )
        assert con.execute("SELECT count(*) FROM imports").fetchone() == (1,)
    finally:
        con.close()


# ------------------------------------------------------------------------------------------ unusable stores


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.duckdb"
    bad.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.duckdb: cannot open database"):
        connect(bad)
    assert bad.read_text(encoding="utf-8").startswith("these are my notes")  # and it is left untouched


def test_a_folder_given_as_database_and_a_missing_parent(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        connect(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        connect(tmp_path / "no" / "such" / "x.duckdb")


def test_a_database_locked_by_another_process(tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    connect(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys, time\nc = duckdb.connect({str(db)!r}); print('open', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"  # type: ignore[union-attr]
        with pytest.raises(StoreError, match=r"locked\.duckdb: cannot open database.*[Ll]ock"):
            connect(db)
    finally:
        holder.kill()
        holder.wait()


def test_a_read_only_database_refuses_writes_and_keeps_what_it_holds(tmp_path: Path) -> None:
    db = tmp_path / "ro.duckdb"
    articles = make_articles(tmp_path / "articles", 3)
    ingest([articles], db=db, on_problem=lambda _line: None)
    more = make_articles(tmp_path / "more", 2, seed=9)
    os.chmod(db, 0o444)
    try:
        try:
            con = duckdb.connect(str(db))
            con.close()
            writable = True
        except duckdb.Error:
            writable = False
        if not writable:  # an ordinary user: the OS refuses, and the error says so
            with pytest.raises(StoreError, match=r"ro\.duckdb: cannot open database"):
                connect(db)
        # as root chmod does not stop writes; a read-only connection is what a reader gets either way
        ro = connect(db, read_only=True)
        try:
            lines: list[str] = []
            report = ingest([more], db=ro, on_problem=lines.append)
            assert not report.new and len(report.problems) == 2
            assert all("not stored" in ln and "read-only" in ln for ln in lines), lines
            assert ro.execute("SELECT count(*) FROM documents").fetchone() == (3,)
        finally:
            ro.close()
    finally:
        os.chmod(db, 0o644)


@pytest.fixture()
def small_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 3 MB tmpfs: a real full disk. Needs root and mount rights; skipped where they are missing."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("a full disk needs a small tmpfs mount: not root here")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode(errors='replace').strip()})")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_full_disk_gives_an_error_and_loses_nothing_committed(tmp_path: Path, small_disk: Path) -> None:
    db = small_disk / "full.duckdb"
    first = make_articles(tmp_path / "first", 5)
    ingest([first], db=db, on_problem=lambda _line: None)
    ballast = small_disk / "ballast"
    with ballast.open("wb") as f:  # fill what is left of the disk
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    big = make_articles(tmp_path / "big", 200, seed=11)
    lines: list[str] = []
    try:
        con = connect(db)
    except StoreError as exc:  # refusing to open on a full disk is a clear error too
        assert "full.duckdb" in str(exc)
        con = None
    if con is not None:
        try:
            try:
                report = ingest([big], db=con, on_problem=lines.append)
                failed = report.problems
            except duckdb.Error as exc:
                failed = [str(exc)]
            assert failed, "a full disk must not pass silently"
        finally:
            try:
                con.close()
            except duckdb.Error:
                pass
    ballast.unlink()
    con = connect(db)
    try:
        assert_consistent(con)
        ids = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
        assert {f"a{k:04d}.txt" for k in range(5)} <= ids  # what was committed before is still there
    finally:
        con.close()


# ------------------------------------------------------------------------------------------ readers + writer


def test_readers_never_see_a_document_without_its_sentences_while_a_writer_ingests(tmp_path: Path) -> None:
    articles = make_articles(tmp_path / "articles", 150)
    con = connect(tmp_path / "busy.duckdb")
    stop = threading.Event()
    bad: list[str] = []
    reads = [0]

    def reader() -> None:
        cur = con.cursor()
        try:
            while not stop.is_set():
                row = cur.execute("""SELECT count(*) FILTER (WHERE n IS NULL), count(*) FILTER (WHERE n <> s)
                                     FROM (SELECT d.id, c.n, c.s FROM documents d LEFT JOIN
                                           (SELECT doc_id, count(*) AS n, max(idx) + 1 AS s FROM sentences
                                            GROUP BY doc_id) c ON c.doc_id = d.id)""").fetchone()
                if row != (0, 0):
                    bad.append(repr(row))
                reads[0] += 1
        finally:
            cur.close()

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        report = ingest([articles], db=con, on_problem=lambda _line: None)
    finally:
        stop.set()
        for t in threads:
            t.join()
    try:
        assert len(report.new) == 150
        assert not bad, bad[:5]
        assert reads[0] > 10
        assert_consistent(con)
    finally:
        con.close()


def test_the_analysis_worker_exits_when_its_server_is_killed() -> None:
    """A server analyzes uploads in a child process; killed (kill -9, or a stop that does not wait), it must
    not leave that child running as an orphan with the model in memory."""
    code = (
        "from detente import api\nw = api.AnalysisWorker()\nw.pipeline_id()\nimport os, time\n"
        "print(os.getpid(), flush=True)\ntime.sleep(600)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        parent = int(proc.stdout.readline())  # type: ignore[union-attr]
        children = subprocess.run(["pgrep", "-P", str(parent)], capture_output=True, text=True).stdout.split()
        assert children
    finally:
        proc.kill()
        proc.wait()
    for _ in range(60):  # the worker looks for its parent every second
        alive = [c for c in children if _running(int(c))]
        if not alive:
            break
        time.sleep(0.5)
    assert not alive, f"orphaned worker processes: {alive}"


def _running(pid: int) -> bool:
    try:
        return b"zombie" not in Path(f"/proc/{pid}/status").read_bytes().lower()
    except OSError:
        return False
