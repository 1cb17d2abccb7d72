"""Opening the DuckDB store and keeping its schema current."""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

import duckdb

from detente.reference.errors import DetenteError
from detente.store.schema import LATEST, MIGRATIONS

DEFAULT_DB = "detente.duckdb"
P = ParamSpec("P")
R = TypeVar("R")


class StoreError(DetenteError, RuntimeError):
    """The database cannot be opened or written; the message names the file and the reason.

    Over HTTP it is 503 with a generic detail: the message names the file, its folder and another process's
    PID, which are for the server log, not for clients."""

    http_status = 503
    exit_code = 1
    public_detail = "the store is unavailable (busy or locked by another process); try again"


class MissingStoreError(StoreError):
    """A reader was given a database file that does not exist (a typo'd ``--db``): nothing is created. For
    the CLI a usage error (exit 2); for a running server the store it serves has gone (503)."""

    exit_code = 2


def db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """``--db`` wins, then ``DETENTE_DB``, then ``./detente.duckdb``."""
    return Path(db or os.environ.get("DETENTE_DB") or DEFAULT_DB)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The applied schema version (0 for a database detente never wrote); reads only, so it works on a
    read-only connection."""
    return _stored_version(con)


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the migrations not yet applied; each in its own transaction. Returns the version."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP)")
    current = schema_version(con)
    for version, sql in MIGRATIONS:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [version])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return LATEST


def connect(db: str | os.PathLike[str] | None = None, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store and bring its schema up to date.

    Read-write (the default) creates the file when it is missing. ``read_only`` never creates anything: a
    missing file raises :class:`MissingStoreError` naming it, so a mistyped ``--db`` of a read command is an
    error instead of a new empty database.
    """
    path = db_path(db)
    if read_only:
        return _connect_read_only(path)
    try:
        if path.parent and not path.parent.exists():
            raise StoreError(f"{path}: folder {path.parent} does not exist")
        con = duckdb.connect(str(path))
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open database: {exc}") from exc
    con.execute("SET enable_progress_bar = false")  # our own progress bars go to stderr; DuckDB's would garble them
    try:
        migrate(con)
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"{path}: cannot write schema: {exc}") from exc
    return con


def _stored_version(con: duckdb.DuckDBPyConnection) -> int:
    """The applied schema version, read without writing anything (0 for a database detente never wrote)."""
    found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'").fetchone()
    if not found or not found[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _connect_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    if not path.exists():
        raise MissingStoreError(f"{path}: no such database (nothing created; detente ingest or analyze makes one)")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open database: {exc}") from exc
    try:
        outdated = _stored_version(con) < LATEST
        if outdated:  # a store written by an older detente: upgrade its schema once, then read
            con.close()
            connect(path).close()
            con = duckdb.connect(str(path), read_only=True)
        con.execute("SET enable_progress_bar = false")
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"{path}: cannot open database: {exc}") from exc
    return con


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> Any:
    """The one value a query returns (None when it returns no row)."""
    row = con.execute(sql, list(params)).fetchone()
    return row[0] if row else None


def table_counts(con: duckdb.DuckDBPyConnection, tables: Iterable[str]) -> dict[str, int]:
    """Rows per table (trusted table names)."""
    return {t: int(scalar(con, f"SELECT count(*) FROM {t}")) for t in tables}


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All or nothing: an interrupted write leaves the store as it was before."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    else:
        con.execute("COMMIT")


Store = str | os.PathLike[str] | duckdb.DuckDBPyConnection | None


def store_file(db: Store = None) -> Path:
    """The file behind ``db``: the path given (see :func:`db_path`), or the file an open connection reads
    (``:memory:`` for an in-memory database)."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        row = db.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
        return Path(row[0]) if row and row[0] else Path(":memory:")
    return db_path(db)


@contextmanager
def opened(db: Store = None, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection for one API call. Given a path (or None), open the file and close it afterwards
    (``read_only``: without creating it, see :func:`connect`); given a connection (a long-running server
    holds one), use a cursor of it, so concurrent requests each see a consistent snapshot and never a
    half-written document."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        cur = db.cursor()
        try:
            yield cur
        finally:
            cur.close()
        return
    con = connect(db, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def reads_store(
    fn: Callable[Concatenate[duckdb.DuckDBPyConnection, P], R],
) -> Callable[Concatenate[Store, P], R]:
    """Make a function written over a connection take ``db`` like every API function: a path (opened
    read-only for the call) or an open connection (a cursor of it), through :func:`opened`."""

    @functools.wraps(fn)
    def call(db: Store = None, *args: P.args, **kwargs: P.kwargs) -> R:
        with opened(db, read_only=True) as con:
            return fn(con, *args, **kwargs)

    sig = inspect.signature(fn)
    first, *rest = sig.parameters.values()
    required = any(p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD for p in rest)
    db_param = first.replace(name="db", annotation="Store", default=first.empty if required else None)
    call.__signature__ = sig.replace(parameters=[db_param, *rest])  # type: ignore[attr-defined]
    return call
