"""The server's connections to its store: concurrent reads, one write at a time, reads never waiting for it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from detente.api import connect


class StoreAccess:
    """Connections for the server's requests: read-only ones per request while no write runs; during a
    write, cursors of the writer's read-write connection, so reads go on while an ingest analyzes.

    DuckDB refuses read-only and read-write handles to one file in one process, so a write first waits for
    the read-only connections in flight to close, and writers take turns."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._cond = threading.Condition()
        self._writers = threading.Lock()  # two writers on one store would conflict: they take turns
        self._read_only = 0  # read-only connections open
        self._cursors = 0  # cursors of the writer's connection open
        self._switching = False  # a writer is opening or closing its connection: new reads wait
        self._writer: duckdb.DuckDBPyConnection | None = None

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._cond:
            while self._switching:
                self._cond.wait()
            writer = self._writer
            cursor = writer is not None
            if writer is not None:
                con, self._cursors = writer.cursor(), self._cursors + 1
            else:
                con, self._read_only = None, self._read_only + 1
        try:
            if con is None:
                con = connect(self.path, read_only=True)
            yield con
        finally:
            if con is not None:
                con.close()
            with self._cond:
                if cursor:
                    self._cursors -= 1
                else:
                    self._read_only -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._writers:
            with self._cond:
                self._switching = True
                try:
                    while self._read_only:
                        self._cond.wait()
                    self._writer = connect(self.path)
                finally:
                    self._switching = False
                    self._cond.notify_all()
            try:
                yield self._writer
            finally:
                with self._cond:
                    self._switching = True
                    while self._cursors:
                        self._cond.wait()
                    self._writer.close()
                    self._writer, self._switching = None, False
                    self._cond.notify_all()
