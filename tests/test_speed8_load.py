"""The pipeline benchmark's repeatable load (issue 14 item 5, speed8): ``benchmarks.common.busy_load`` spins the
asked number of CPU-bound processes for exactly the timed block, and ``bench_pipeline.ratio_only`` runs its timed
runs inside it and reports the two CPU ratios besides the wall ratio. No timing is asserted: the stand-ins for
spaCy and the coder below record what ran when, not how long it took."""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks import bench_pipeline
from benchmarks.common import busy_load

CHILDREN = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")


def child_pids() -> set[int]:
    """This process's live children (Linux /proc)."""
    return {int(pid) for pid in CHILDREN.read_text().split()}


def proc_state(pid: int) -> str:
    """The scheduler's one-letter state of ``pid`` (R running, S sleeping, Z zombie...)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


def reaches_running(pid: int, within_s: float = 120.0) -> bool:
    """Whether ``pid`` is seen in the running state (R) before ``within_s`` seconds pass."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if proc_state(pid) == "R":
            return True
        time.sleep(0.02)
    return False


needs_proc = pytest.mark.skipif(not CHILDREN.exists(), reason="needs Linux /proc task children")


@needs_proc
def test_busy_load_spins_the_asked_processes_only_inside_the_block() -> None:
    before = child_pids()
    with busy_load(2) as procs:
        assert len(procs) == 2
        assert {p.pid for p in procs} <= child_pids() - before
        # a busy loop never sleeps once Python has started: it reaches the running state (running or waiting for
        # a core) and stays alive; while the interpreter starts up it may still be reading files (S or D), so the
        # state is polled, with a deadline far above any start-up on a loaded 2-core machine
        assert all(reaches_running(p.pid) for p in procs)
        assert all(p.poll() is None for p in procs)
    assert all(p.returncode is not None for p in procs)  # killed and reaped, no zombie left
    assert child_pids() <= before


def test_busy_load_is_stopped_when_the_block_fails() -> None:
    with pytest.raises(RuntimeError), busy_load(1) as procs:
        raise RuntimeError("a failed benchmark run")
    assert procs[0].returncode is not None


def test_no_load_starts_nothing() -> None:
    with busy_load(0) as procs:
        assert procs == []


def test_interleaved_best_alternates_runs_and_keeps_each_minimum() -> None:
    calls: list[str] = []
    best = bench_pipeline.interleaved_best({"a": lambda: calls.append("a"), "b": lambda: calls.append("b")}, 3)
    assert calls == ["a", "b"] * 3
    assert set(best) == {"a", "b"}
    assert all(len(v) == 3 and all(x >= 0 for x in v) for v in best.values())


class FakeBare:
    """bare spaCy's ``pipe``: records that it ran and how many busy processes were spinning meanwhile."""

    def __init__(self, seen: list[tuple[str, int]], before: set[int]) -> None:
        self.seen, self.before = seen, before

    def pipe(self, texts: Iterator[str] | list[str], batch_size: int = 32) -> Iterator[Any]:
        self.seen.append((f"bare{batch_size}", len(child_pids() - self.before)))
        yield from texts


@needs_proc
def test_ratio_only_times_every_run_under_the_load_and_gives_the_cpu_ratios(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ingest = importlib.import_module("detente.api.ingest")  # the package exports a function of that name

    before = child_pids()
    seen: list[tuple[str, int]] = []

    def fake_code_documents(docs: list[dict[str, Any]], nlp: Any = None) -> list[Any]:
        seen.append(("full", len(child_pids() - before)))
        return []

    monkeypatch.setattr(ingest, "code_documents", fake_code_documents)
    docs = [{"id": "a", "text": "Two words."}, {"id": "b", "text": "Three more words."}]
    out = bench_pipeline.ratio_only(FakeBare(seen, before), object(), docs, repeats=2, load=2)  # type: ignore[arg-type]
    # warm-up (one bare, one full) without the load, then two interleaved rounds with both processes spinning
    assert seen == [("bare32", 0), ("full", 0)] + [("bare32", 2), ("bare8", 2), ("full", 2)] * 2
    assert child_pids() <= before
    assert set(out) == {"ratio", "thread_cpu_ratio", "cpu_ratio", "words_per_s"}
    assert "2 busy process(es)" in capsys.readouterr().out
