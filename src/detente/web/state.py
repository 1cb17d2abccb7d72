"""What the routers share: the app's store access, token, analysis worker and result cache (one
:class:`WebState` per app, on ``app.state``), the dependencies that hand them to an endpoint, and the query
parameters several endpoints take."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
from fastapi import Depends, Query, Request

from detente import api
from detente.web.store_access import StoreAccess

MAX_LIMIT = 500
DYAD_PATTERN = r"^[A-Za-z0-9]{2,12}[-_][A-Za-z0-9]{2,12}$"


@dataclass
class WebState:
    """One app's store and caches. ``token`` guards the writes; ``worker`` runs an ingest's NLP in a child
    process, so the server's threads keep the interpreter lock and reads answer while an upload is analyzed."""

    path: Path
    token: str | None
    worker: api.AnalysisWorker | None
    store: StoreAccess = field(init=False)
    _generation: int = 0
    _cache: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    _cache_lock: threading.Lock = field(default_factory=threading.Lock)
    _computing: dict[tuple[Any, ...], threading.Lock] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.store = StoreAccess(self.path)

    def cached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """Slow, model-backed results (maps, stance) kept until the store changes."""
        stamp = (self._generation, self.path.stat().st_mtime_ns if self.path.exists() else 0)
        full = (stamp, *key)
        with self._cache_lock:
            if len(self._computing) > 256:  # dyads are user input: keep the table bounded
                self._computing.clear()
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:  # parallel requests for one key compute it once, the others wait for it
            if full not in self._cache:
                if len(self._cache) > 64:
                    self._cache.clear()
                self._cache[full] = compute()
            return self._cache[full]

    def changed(self) -> None:
        """A write ran (even one that failed half way): cached results are stale."""
        self._generation += 1


def web_state(request: Request) -> WebState:
    state: WebState = request.app.state.detente
    return state


def reader(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    with web_state(request).store.read() as con:
        yield con


State = Depends(web_state)
Con = Depends(reader)
Limit = Query(50, ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")
Offset = Query(0, ge=0, le=10_000_000)
Dyad = Query("USA-RUS", pattern=DYAD_PATTERN, description="two actor-code prefixes, e.g. USA-RUS")
OptDyad = Query(None, pattern=DYAD_PATTERN)
Code = Query(None, max_length=40, pattern=r"^[A-Za-z0-9_-]+$")
Actor = Query(None, max_length=40, pattern=r"^[A-Za-z0-9]+$")
Freq = Query("month", pattern="^(day|week|month|year)$")


def dyad_name(dyad: str) -> str:
    """``usa-rus`` and ``USA_RUS`` are the dyad ``USA-RUS``."""
    return dyad.upper().replace("_", "-")
