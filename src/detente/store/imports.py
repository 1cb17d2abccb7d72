"""Import GDELT (1.0, 2.0) and ICEWS event files into the ``events`` table.

Why DuckDB's own CSV reader: GDELT daily files hold ~200,000 rows and users import years of them; a Python
row loop would take minutes where ``read_csv`` takes seconds. Every row the reader cannot parse (wrong number
of columns, a value of the wrong type) lands in a rejects table (``store_rejects``) and is counted with its
reason instead of stopping the import; rows whose date is not a real date are counted the same way.

Re-importing is safe: a file whose content hash is already in ``imports`` is skipped, and an event whose
natural key (origin + origin_id, i.e. GLOBALEVENTID / Event ID) is already stored is never inserted twice.

The origin's own columns are kept, under the origin's names, as JSON in ``events.origin_fields``.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import itertools
import os
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import duckdb

from detente.paths import data_file
from detente.reference.cameo import load_codes, quad_sql
from detente.reference.countries import country_names
from detente.store.db import transaction

IMPORT_COLUMNS_FILE = data_file("imports", "columns.tsv")

GDELT_FORMATS = ("gdelt1", "gdelt2")
# Column count -> format: GDELT 1.0 back files lack SOURCEURL (57), 1.0 daily files have it (58), 2.0 has 61.
_GDELT_BY_WIDTH = {57: "gdelt1", 58: "gdelt1", 61: "gdelt2"}
_SNIFF_LINES = 20


@dataclass
class FileReport:
    """What happened to one input file; ``error`` is set when the file could not be read at all."""

    file: str
    format: str | None = None
    rows_read: int = 0
    rows_imported: int = 0
    rows_duplicate: int = 0
    rows_rejected: int = 0
    rejected: dict[str, int] = field(default_factory=dict)  # reason -> rows
    skipped: bool = False  # same content already imported
    error: str | None = None


@dataclass
class ImportReport:
    """Per-file outcome of one import call, plus totals for the CLI."""

    files: list[FileReport] = field(default_factory=list)

    @property
    def rows_imported(self) -> int:
        return sum(f.rows_imported for f in self.files)

    @property
    def rows_rejected(self) -> int:
        return sum(f.rows_rejected for f in self.files)

    @property
    def rows_duplicate(self) -> int:
        return sum(f.rows_duplicate for f in self.files)

    @property
    def errors(self) -> list[str]:
        return [f"{f.file}: {f.error}" for f in self.files if f.error]

    def to_dict(self) -> dict[str, object]:
        return {
            "rows_imported": self.rows_imported,
            "rows_rejected": self.rows_rejected,
            "rows_duplicate": self.rows_duplicate,
            "files": [f.__dict__.copy() for f in self.files],
            "errors": self.errors,
        }


# ---------------------------------------------------------------------------------------------------- data


@cache
def columns(fmt: str) -> list[tuple[str, str]]:
    """(name, DuckDB type) of a format's columns, in file order, from ``data/imports/columns.tsv``."""
    text = IMPORT_COLUMNS_FILE.read_text(encoding="utf-8")
    rows = csv.DictReader((ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t")
    cols = [(r["name"], r["type"]) for r in rows if r["format"] == fmt]
    if not cols:
        raise ValueError(f"unknown import format {fmt!r}")
    return cols


def cameo_table() -> list[tuple[str, int | None, str | None]]:
    """(CAMEO code, quad, PLOVER) for every code in the project's CAMEO codebook (``detente.reference.cameo``).

    ICEWS gives no quad class and neither origin gives PLOVER: both come from the one codebook the text
    coder uses, so imported and text-coded events are classed alike. Empty if the codebook is unavailable
    (then ICEWS quad falls back to the CAMEO root and PLOVER stays NULL rather than guessed).
    """
    try:
        codes = load_codes()
    except (OSError, ValueError, KeyError):  # pragma: no cover - a broken data file must not stop imports
        return []
    return [(c.code, c.quad, c.plover) for c in codes.values()]


# ---------------------------------------------------------------------------------------------------- files


def file_hash(path: Path) -> str:
    """sha256 of the bytes: the identity of an imported file (renaming or moving it changes nothing)."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _head(path: Path, n: int = _SNIFF_LINES) -> list[str]:
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rt", encoding="utf-8", errors="replace", newline="") as f:
        return [ln.rstrip("\r\n") for ln in itertools.islice(f, n)]


def _problem(path: Path) -> str | None:
    """Why a file cannot be imported at all (missing, empty, binary), or None."""
    if not path.exists():
        return "no such file"
    if not path.is_file():
        return "not a regular file"
    if path.stat().st_size == 0:
        return "empty file"
    try:
        opener = gzip.open if path.suffix.lower() == ".gz" else open
        with opener(path, "rb") as f:
            head = f.read(8192)
    except (OSError, EOFError) as exc:
        return f"cannot read: {exc}"
    if not head.strip():
        return "empty file"
    if b"\x00" in head:
        return "binary file (NUL bytes), not a text event file"
    return None


@dataclass
class _Layout:
    """How to hand one file to ``read_csv``."""

    fmt: str
    delim: str
    header: bool
    cols: list[tuple[str, str]]
    nullstr: list[str]
    quote: str


def detect_gdelt(path: Path, version: int | None = None) -> _Layout:
    """GDELT 1.0 (57/58 columns, tab), GDELT 2.0 (61, tab) or the R export (comma, quoted header, NA).

    The delimiter and header come from the first lines; the format from the column count, or ``version``.
    """
    lines = [ln for ln in _head(path) if ln.strip()]
    if not lines:
        raise ValueError("empty file")
    first = lines[0]
    header = "GLOBALEVENTID" in first
    delim = "\t" if "\t" in first else ","
    quote = '"' if delim == "," else ""
    if header:
        names = next(csv.reader([first], delimiter=delim))
        width = len(names)
    else:
        widths = [len(ln.split(delim)) if delim == "\t" else len(next(csv.reader([ln]))) for ln in lines]
        width = max(set(widths), key=widths.count)  # the common width: one broken line must not decide
    if version is not None:
        fmt = {1: "gdelt1", 2: "gdelt2"}.get(int(version))
        if fmt is None:
            raise ValueError(f"unknown GDELT version {version!r} (1 or 2)")
    else:
        fmt = _GDELT_BY_WIDTH.get(width)
        if fmt is None:
            raise ValueError(f"cannot tell the GDELT format: {width} columns (expected 57, 58 or 61)")
    cols = columns(fmt)
    if fmt == "gdelt1" and width == 57:
        cols = cols[:57]  # back files (before April 2013) have no SOURCEURL
    if len(cols) != width:
        raise ValueError(f"{width} columns do not fit GDELT {fmt[-1]}.0 ({len(cols)} columns)")
    if header and [c for c, _ in cols] != names:
        raise ValueError("header does not match the GDELT column list")
    nullstr = ["", "NA"] if delim == "," else [""]
    return _Layout(fmt, delim, header, cols, nullstr, quote)


def _read_csv_sql(layout: _Layout, rejects: str) -> str:
    """The ``read_csv`` call; the file path is the only parameter (``?``)."""
    cols = ", ".join(f"'{name}': '{typ}'" for name, typ in layout.cols)
    nulls = ", ".join(f"'{s}'" for s in layout.nullstr)
    delim = "\\t" if layout.delim == "\t" else layout.delim
    quote = layout.quote.replace("'", "''")
    return (
        f"read_csv(?, columns={{{cols}}}, delim=E'{delim}', header={str(layout.header).lower()}, "
        f"quote='{quote}', escape='{quote}', nullstr=[{nulls}], auto_detect=false, strict_mode=true, "
        f"null_padding=false, store_rejects=true, rejects_table='{rejects}_err', "
        f"rejects_scan='{rejects}_scan', max_line_size=10000000)"
    )


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# ---------------------------------------------------------------------------------------------------- SQL


def _actor_sql(code: str, country: str) -> str:
    """Actor code with the right country in its first three letters.

    GDELT puts the country after an NGO/MNC prefix (``MNCUSA``, ``NGOUSAHLH``) or omits the code; the store
    keeps CAMEO-style codes whose first three letters are the country, so the country code is moved to the
    front (``USAMNC``, ``USANGOHLH``) and an empty code falls back to the country code. IGO codes stay as
    they are (``IGOWSTNAT``): their "country" is a region and the project counts any IGO as ``IGO``.
    """
    c = f"upper(trim({_q(code)}))"
    cc = f"nullif(upper(trim({_q(country)})), '')"
    return (
        f"CASE WHEN nullif({c}, '') IS NULL THEN {cc} "
        f"WHEN {cc} IS NULL OR starts_with({c}, {cc}) OR starts_with({c}, 'IGO') THEN {c} "
        f"WHEN strpos({c}, {cc}) > 0 THEN {cc} || left({c}, strpos({c}, {cc}) - 1) "
        f"|| substr({c}, strpos({c}, {cc}) + length({cc})) "
        f"ELSE {cc} || {c} END"
    )


def _gdelt_select(layout: _Layout) -> str:
    names = {n for n, _ in layout.cols}
    url = "nullif(trim(\"SOURCEURL\"), '')" if "SOURCEURL" in names else "NULL"
    return f"""
        SELECT 'gdelt:' || "GLOBALEVENTID" AS event_id,
               {_actor_sql("Actor1Code", "Actor1CountryCode")} AS source,
               {_actor_sql("Actor2Code", "Actor2CountryCode")} AS target,
               nullif(trim("Actor1Name"), '') AS source_name,
               nullif(trim("Actor2Name"), '') AS target_name,
               nullif(trim("EventCode"), '') AS cameo,
               "GoldsteinScale" AS goldstein,
               "QuadClass"::INTEGER AS quad,
               try_strptime("SQLDATE"::VARCHAR, '%Y%m%d')::DATE AS date,
               "GLOBALEVENTID"::VARCHAR AS origin_id,
               "NumSources"::INTEGER AS num_sources,
               "NumArticles"::INTEGER AS num_articles,
               {url} AS url,
               to_json(raw)::VARCHAR AS origin_fields
        FROM staged AS raw
    """


_ICEWS_DATE = (
    "coalesce(try_strptime(trim(\"Event Date\"), '%Y-%m-%d'), try_strptime(trim(\"Event Date\"), '%Y%m%d'), "
    "try_strptime(trim(\"Event Date\"), '%m/%d/%Y'))::DATE"
)


def _icews_select() -> str:
    cameo = (
        'CASE WHEN length(trim("CAMEO Code")) < 3 THEN lpad(trim("CAMEO Code"), 3, \'0\') ELSE trim("CAMEO Code") END'
    )
    root = f"try_cast(left({cameo}, 2) AS INTEGER)"
    return f"""
        SELECT 'icews:' || "Event ID" AS event_id,
               sc.iso3 AS source,
               tc.iso3 AS target,
               nullif(trim("Source Name"), '') AS source_name,
               nullif(trim("Target Name"), '') AS target_name,
               nullif({cameo}, '') AS cameo,
               "Intensity" AS goldstein,
               {quad_sql(root)} AS quad,
               {_ICEWS_DATE} AS date,
               "Event ID"::VARCHAR AS origin_id,
               NULL::INTEGER AS num_sources,
               NULL::INTEGER AS num_articles,
               NULL::VARCHAR AS url,
               to_json(raw)::VARCHAR AS origin_fields
        FROM staged AS raw
        LEFT JOIN _country_names sc ON sc.name = lower(trim(raw."Source Country"))
        LEFT JOIN _country_names tc ON tc.name = lower(trim(raw."Target Country"))
    """


def _load_lookups(con: duckdb.DuckDBPyConnection, origin: str) -> None:
    """Small lookup tables (country names, CAMEO quad/PLOVER) as temp tables, joined in SQL."""
    con.execute("CREATE OR REPLACE TEMP TABLE _cameo (code VARCHAR, quad INTEGER, plover VARCHAR)")
    table = cameo_table()
    if table:
        con.executemany("INSERT INTO _cameo VALUES (?, ?, ?)", table)
    if origin == "icews":
        con.execute("CREATE OR REPLACE TEMP TABLE _country_names (name VARCHAR, iso3 VARCHAR)")
        con.executemany("INSERT INTO _country_names VALUES (?, ?)", list(country_names().items()))


_ID_DATE = {
    "gdelt": ('"GLOBALEVENTID"::VARCHAR', "try_strptime(\"SQLDATE\"::VARCHAR, '%Y%m%d')::DATE"),
    "icews": ('"Event ID"::VARCHAR', _ICEWS_DATE),
}


def _import_one(
    con: duckdb.DuckDBPyConnection, path: Path, origin: str, layout: _Layout, digest: str, rep: FileReport
) -> None:
    """Stage the file with ``read_csv``, count the rejects, insert the new events, record the import.

    Deduplication works on a narrow (rowid, id, date) table, so that the wide rows and their JSON are built
    once, only for the events actually inserted.
    """
    select = _gdelt_select(layout) if origin == "gdelt" else _icews_select()
    id_sql, date_sql = _ID_DATE[origin]
    rejects = "_rej"
    rejected: dict[str, int] = {}
    with transaction(con):
        for t in (f"{rejects}_err", f"{rejects}_scan"):
            con.execute(f"DROP TABLE IF EXISTS {t}")
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE staged AS SELECT * FROM {_read_csv_sql(layout, rejects)}", [str(path)]
        )
        # a line with several errors has several rejects rows: count it once, under a wrong column count
        # if it has one, else its first bad value
        for reason, n in con.execute(
            "SELECT reason, count(*) FROM (SELECT line, arg_min(error_type, CASE WHEN error_type LIKE "
            f"'%COLUMNS' THEN -1 ELSE column_idx END) AS reason FROM {rejects}_err GROUP BY line) "
            "GROUP BY ALL ORDER BY ALL"
        ).fetchall():
            rejected[f"{reason.lower()}"] = int(n)
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE keys AS SELECT rowid AS rid, {id_sql} AS origin_id, {date_sql} AS date "
            "FROM staged"
        )
        read, no_id, no_date = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE origin_id IS NULL), "
            "count(*) FILTER (WHERE origin_id IS NOT NULL AND date IS NULL) FROM keys"
        ).fetchone()  # type: ignore[misc]
        if no_id:
            rejected["missing id"] = int(no_id)
        if no_date:
            rejected["bad date"] = int(no_date)
        # the first row of each event id in the file, unless that event is already stored
        con.execute(
            """
            CREATE OR REPLACE TEMP TABLE keep AS
            SELECT min(k.rid) AS rid FROM keys k
            WHERE k.origin_id IS NOT NULL AND k.date IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM events e WHERE e.origin = ? AND e.origin_id = k.origin_id)
            GROUP BY k.origin_id
            """,
            [origin],
        )
        names = ", ".join(f'"{c}"' for c in IMPORTED_COLUMNS)
        values = ", ".join(IMPORTED_COLUMNS.values()).format(origin=origin)
        inserted = con.execute(
            f"""
            INSERT INTO events ({names})
            SELECT {values}
            FROM ({select} WHERE raw.rowid IN (SELECT rid FROM keep)) m
            LEFT JOIN _cameo c4 ON c4.code = m.cameo
            LEFT JOIN _cameo c3 ON c3.code = left(m.cameo, 3)
            LEFT JOIN _cameo c2 ON c2.code = left(m.cameo, 2)
            """
        ).fetchone()
        imported = int(inserted[0]) if inserted else 0  # what the INSERT itself reports, once it succeeded
        con.execute(
            "INSERT INTO imports (file, kind, content_hash, rows_imported, rows_rejected) VALUES (?, ?, ?, ?, ?)",
            [str(path), layout.fmt, digest, imported, sum(rejected.values())],
        )
        for t in ("staged", "keys", "keep", f"{rejects}_err", f"{rejects}_scan"):
            con.execute(f"DROP TABLE IF EXISTS {t}")
    # only now, with the transaction committed, does the report count anything: a failed insert rolls back
    # every row, and the file's report then says 0 imported (and its error), never rows that are not stored
    rep.rejected = rejected
    rep.rows_read = int(read)
    rep.rows_imported = imported
    rep.rows_rejected = sum(rejected.values())
    rep.rows_duplicate = int(read - no_id - no_date - imported)


# events columns an import fills -> the SQL that fills them from the staged rows ``m`` and the CAMEO table
IMPORTED_COLUMNS: dict[str, str] = {
    "event_id": "m.event_id",
    "source": "m.source",
    "target": "m.target",
    "source_name": "m.source_name",
    "target_name": "m.target_name",
    "cameo": "m.cameo",
    "plover": "CASE WHEN c4.code IS NOT NULL THEN c4.plover WHEN c3.code IS NOT NULL THEN c3.plover ELSE c2.plover END",
    "goldstein": "m.goldstein",
    "quad": "coalesce(m.quad, c4.quad, c3.quad, c2.quad)",
    "date": "m.date",
    "date_precision": "'day'",  # GDELT and ICEWS date every event to a day
    "date_how": "'origin'",
    "origin": "'{origin}'",
    "origin_id": "m.origin_id",
    "num_sources": "m.num_sources",
    "num_articles": "m.num_articles",
    "url": "m.url",
    "origin_fields": "m.origin_fields",
    "date_end": "m.date",
    "date_label": "strftime(m.date, '%Y-%m-%d')",
}


def _unzipped(path: Path, tmp: Path) -> Path:
    """GDELT ships ``*.CSV.zip``: DuckDB cannot read zip, so the single member is extracted to ``tmp``."""
    with zipfile.ZipFile(path) as z:
        members = [m for m in z.namelist() if not m.endswith("/")]
        if len(members) != 1:
            raise ValueError(f"zip holds {len(members)} files, expected one")
        target = tmp / Path(members[0]).name
        with z.open(members[0]) as src, target.open("wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
    return target


def _import_files(
    con: duckdb.DuckDBPyConnection,
    paths: Iterable[str | os.PathLike[str]],
    origin: str,
    version: int | None = None,
) -> ImportReport:
    report = ImportReport()
    _load_lookups(con, origin)
    with tempfile.TemporaryDirectory(prefix="detente-import-") as tmpdir:
        for p in paths:
            path = Path(p)
            rep = FileReport(file=str(path))
            report.files.append(rep)
            problem = _problem(path)
            if problem:
                rep.error = problem
                continue
            digest = file_hash(path)
            done = con.execute(
                "SELECT kind FROM imports WHERE content_hash = ? AND kind LIKE ? LIMIT 1",
                [digest, origin + "%"],
            ).fetchone()
            if done:
                rep.skipped, rep.format = True, done[0]
                continue
            try:
                readable = _unzipped(path, Path(tmpdir)) if path.suffix.lower() == ".zip" else path
                if readable is not path and (problem := _problem(readable)):
                    rep.error = problem
                    continue
                if origin == "gdelt":
                    layout = detect_gdelt(readable, version)
                else:
                    layout = detect_icews(readable)
                rep.format = layout.fmt
                _import_one(con, readable, origin, layout, digest, rep)
            except (ValueError, zipfile.BadZipFile, OSError, duckdb.Error) as exc:
                rep.error = f"{type(exc).__name__}: {exc}".strip()
    return report


def detect_icews(path: Path) -> _Layout:
    """ICEWS: 20 tab-separated columns with a header naming them (``Event ID``, ``Event Date``, ...)."""
    lines = _head(path, 1)
    first = lines[0] if lines else ""
    cols = columns("icews")
    names = first.split("\t")
    if [n.strip() for n in names] != [c for c, _ in cols]:
        raise ValueError(f"not an ICEWS event file: header has {len(names)} columns, expected the 20 ICEWS names")
    return _Layout("icews", "\t", True, cols, [""], "")


# ---------------------------------------------------------------------------------------------------- API


def import_gdelt(
    con: duckdb.DuckDBPyConnection, paths: Iterable[str | os.PathLike[str]], version: int | None = None
) -> ImportReport:
    """Import GDELT event files (1.0 tab 57/58 columns, 2.0 tab 61 columns, the comma R export; .gz/.zip too).

    ``version`` (1 or 2) forces the format when the column count alone cannot tell it.
    """
    return _import_files(con, paths, "gdelt", version)


def import_icews(con: duckdb.DuckDBPyConnection, paths: Iterable[str | os.PathLike[str]]) -> ImportReport:
    """Import ICEWS coded event files (tab-separated, 20 named columns); countries coded to ISO3."""
    return _import_files(con, paths, "icews")
