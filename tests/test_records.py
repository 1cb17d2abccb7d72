"""The typed records and the reference package are the one place their facts are written: the tables of a
real store match the records, and the copies that used to live elsewhere are gone (greps over src/)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from detente.reference import actors, cameo
from detente.reference.records import (
    TABLES,
    CodedCausal,
    CodedEvent,
    EventListing,
    IndexPoint,
    columns,
    table_columns,
)
from detente.store.db import connect
from detente.store.imports import IMPORTED_COLUMNS

SRC = Path(__file__).resolve().parent.parent / "src" / "detente"


@pytest.mark.parametrize("table", sorted(TABLES))
def test_each_table_has_the_columns_of_its_record(tmp_path: Path, table: str) -> None:
    con = connect(tmp_path / "s.duckdb")
    try:
        stored = [r[1] for r in con.execute(f"PRAGMA table_info('{table}')").fetchall()]
    finally:
        con.close()
    defaults = {"ingested_at"}  # filled by the store, never by a writer
    assert [c for c in stored if c not in defaults] == list(table_columns(table))


def test_imports_fill_only_event_columns() -> None:
    assert set(IMPORTED_COLUMNS) <= set(table_columns("events"))


def test_code_output_keys_keep_the_scorers_format() -> None:
    # the shared scorer reads these keys; their order is the byte format of `detente code`
    assert columns(CodedEvent) == (
        "source",
        "target",
        "cameo",
        "plover",
        "goldstein",
        "quad",
        "negated",
        "hypothetical",
        "start",
        "end",
        "trigger",
        "date",
        # added after the scorer's fields (docs/dates.md): the date's granularity, its origin, the flag
        "date_precision",
        "date_how",
        "background",
    )
    assert columns(CodedCausal) == ("cause", "effect", "polarity", "hedged", "start", "end")


def test_listing_and_index_records_come_from_the_store() -> None:
    event_cols = set(table_columns("events"))
    assert set(columns(EventListing)) - event_cols == {"sentence", "doc_source", "title"}
    assert columns(IndexPoint)[:2] == ("period", "events")


def test_actor_code_rules() -> None:
    assert [actors.primary_code(c) for c in ("RUSGOV", "NATO", "EU", "UN", "IGOOSC", "usa", "", None)] == [
        "RUS",
        "IGO",
        "IGO",
        "IGO",
        "IGO",
        "USA",
        "",
        "",
    ]
    assert [actors.country_of(c) for c in ("USAGOV", "NATO", "EU", "IGOWTO", "BRICSX", "WTO")] == [
        "USA",
        "NATO",
        "EU",
        "IGO",
        "BRICS",
        "WTO",
    ]
    assert actors.is_igo("IGOWHO") and not actors.is_igo("UKR")


def test_quad_rule_in_python_and_sql_agree(tmp_path: Path) -> None:
    con = connect(tmp_path / "q.duckdb")
    try:
        for root in range(1, 21):
            got = con.execute(f"SELECT {cameo.quad_sql('?::INTEGER')}", [root] * 4).fetchone()[0]
            assert got == cameo.quad_of(f"{root:02d}"), root
        assert con.execute(f"SELECT {cameo.quad_sql('?::INTEGER')}", [21] * 4).fetchone()[0] is None
    finally:
        con.close()


# patterns of the copies issue 11 removed; each must not come back anywhere in src/
OLD_COPIES = {
    "a hand-written event column list": r'"negated",\s*"hypothetical",\s*"(start|date)"',
    "EVENT_KEYS/CAUSAL_KEYS": r"\b(EVENT_KEYS|CAUSAL_KEYS)\s*=",
    "a per-table column dict": r"_COLUMNS:\s*dict\[str,\s*Sequence\[str\]\]",
    "the country part as a literal slice": r"\bcode\[:3\]|\.label_\[:3\]",
    "the country part in SQL": r"left\((source|target|\{col\}),\s*3\)",
    "an IGO list": r"\bIGOS\s*=|IGO_CODES\s*=\s*\(|igo_codes",
    "a module's own data folder": r"DATA_DIR\s*=\s*Path\(__file__\)",
    "a Lexicon class": r"^class Lexicon\b",
    "the quad rule in SQL": r"BETWEEN 1 AND 5 THEN 1",
    "the quad names": r'"verbal cooperation",\s*"material cooperation"',
    "the origins": r'\(\s*"text",\s*"gdelt",\s*"icews"\s*\)',
    "the claim statuses": r'\(\s*"corroborated",\s*"single",\s*"contested"\s*\)',
}


@pytest.mark.parametrize("what", sorted(OLD_COPIES))
def test_no_old_copy_remains(what: str) -> None:
    pattern = re.compile(OLD_COPIES[what], re.MULTILINE)
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path.parent.name == "reference" or path.name == "paths.py":
            continue  # the one place these facts are written
        text = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(SRC)}:{text[: m.start()].count(chr(10)) + 1}" for m in pattern.finditer(text)]
    assert not found, f"{what}: {found}"


ROOT = SRC.parent.parent
# repeats the duplicates report found (issue 11), each with the one file allowed to hold it: the pattern
# must not match anywhere else in src/, tests/ or benchmarks/
OLD_REPEATS: dict[str, tuple[str, str | None]] = {
    "a lexicon model with a line per word list": (r"(?:^ +\w+: Words = Field\(default_factory=list\)\n){3,}", None),
    "an api function re-declaring an analysis function around `opened`": (
        r"with opened\(db, read_only=True\) as con:\n\s+return (ri|events_query)\.",
        None,
    ),
    "a load generator of its own": (r"async def hammer\(", "benchmarks/common.py"),
    "the load test's endpoints": (r'"/api/index\?dyad=USA-CHN&freq=year"', "benchmarks/common.py"),
    "a CLI command's own JSON branch": (r"if fmt == Format\.json:\n\s+sys\.stdout\.write", None),
    "a CLI command's own usage-error mapping": (r"raise _usage\(|def _usage\(", None),
    "a route declared in create_app": (r"@app\.(get|post|delete|put)\(", None),
    "the REST events endpoint re-listing api.events' filters": (r"api\.events\(\s*con,\s*dyad=dyad", None),
    "an article's fields declared again (ingest.readers.ArticleFields holds them)": (
        r"^ +id: str\n +path: str\n +format: str\n +raw_text: str$",
        "src/detente/ingest/readers.py",
    ),
    "a quality-signal row built twice in one file": (
        r"QualitySignal\(\s*doc_id=(?s:.)*QualitySignal\(\s*doc_id=",
        None,
    ),
    "the coder's one-event-per-pair check written out again (event_coder.unseen_pairs)": (
        r"key = \(primary\(src\.label_\), primary\(tgt\.label_\), code\[:2\]\)\n\s+if key in seen:",
        None,
    ),
    "a causal claim dict written out by a rule (nlp.causal_hits.causal_hit writes it)": (
        r'"cause_start": \w+,\s*"cause_end": \w+,',
        "src/detente/nlp/causal_hits.py",
    ),
    "the evidence place keys written out (records.EVIDENCE_PLACE)": (
        r'"doc_id",\s*"sentence_idx",\s*"start",\s*"end",\s*"(sentence|text)"',
        None,
    ),
    # the choices a REST model offers, declared once where they are checked (web/ takes them via api/)
    "the map aggregates as a Literal": (r'Literal\["evidence", "mean-all"', "src/detente/analysis/cognitive_map.py"),
    "the FCM rules or transfers as a Literal": (r'Literal\["(kosko|sigmoid)"', "src/detente/scenario/fcm.py"),
    "the index weights as a Literal": (r'Literal\["sources", "articles"\]', "src/detente/analysis/relations_index.py"),
    "the claim statuses or origins as a Literal": (
        r'Literal\["(corroborated|text)"',
        "src/detente/reference/records.py",
    ),
    "a second claim entry point beside Extractor.claim (split=False records the spans as given)": (
        r"def claim_one\(|\.claim_one\(",
        None,
    ),
    "a causal claim's column list written out (records.columns(CausalClaim) gives it)": (
        r'"cause_start",\s*"cause_end",\s*"effect_start",\s*"effect_end",',
        None,
    ),
}


@pytest.mark.parametrize("what", sorted(OLD_REPEATS))
def test_no_old_repeat_remains(what: str) -> None:
    pattern, allowed = OLD_REPEATS[what]
    regex = re.compile(pattern, re.MULTILINE)
    found = []
    for folder in ("src", "tests", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            where = path.relative_to(ROOT).as_posix()
            if where == allowed or where == "tests/test_records.py":
                continue
            text = path.read_text(encoding="utf-8")
            found += [f"{where}:{text[: m.start()].count(chr(10)) + 1}" for m in regex.finditer(text)]
    assert not found, f"{what}: {found}"
