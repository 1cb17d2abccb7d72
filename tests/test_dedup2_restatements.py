"""One statement per statement and document in the stance and the claim ledger (docs/sources.md).

A headline restated in the lead is parsed, coded and stored twice, once per sentence; the stance and the claim
ledger weigh it once and keep both sentences as provenance (``also_in`` on a stance sentence, ``mentions`` on a
claim member). Corroboration needs two documents of distinct outlets. The first tests run the whole pipeline on
small invented articles (the model decides what is coded); the others write rows by hand to pin the rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from detente.analysis.claims import claims, load_cues, restatement_groups, restates, statement
from detente.analysis.relations_index import counted_event_of
from detente.analysis.stance import stance, stance_by_source
from detente.api import analyze
from detente.store.db import connect
from tests.stance_store import add_doc
from tests.test_cli import detente

HEADLINE = "United States imposes sanctions on Russia"
# the dateline (4 March) dates the headline; "on Monday" dates the lead to 3 March: one event (dedup1)
LEAD = "WASHINGTON, March 4, 2025 - The United States imposed sanctions on Russia on Monday, the Treasury said."
AFTER = "Officials in Moscow condemned the move."
OTHER = "MOSCOW, March 5, 2025 - Russia protested after the United States imposed sanctions on Russia on Monday."


def _store(tmp: Path, name: str, articles: list[dict[str, str]]) -> Path:
    folder = tmp / name
    folder.mkdir()
    (folder / "news.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = tmp / f"{name}.duckdb"
    analyze([folder], db=db)
    return db


def _article(doc: str, text: str, source: str, url: str) -> dict[str, str]:
    return {"id": doc, "text": text, "source": source, "url": url}


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("dedup2")
    restated = _article("a", f"{HEADLINE}\n\n{LEAD} {AFTER}", "Alpha News", "https://alpha.example/1")
    return {
        "headline": _store(tmp, "headline", [restated]),
        "plain": _store(tmp, "plain", [_article("a", f"{LEAD} {AFTER}", "Alpha News", "https://alpha.example/1")]),
        "same_outlet": _store(
            tmp, "same", [restated, _article("b", OTHER, "Alpha News", "https://www.alpha.example/2")]
        ),
        "two_outlets": _store(tmp, "two", [restated, _article("c", OTHER, "Beta Post", "https://beta.example/9")]),
    }


@pytest.fixture()
def stores(paths: dict[str, Path]) -> Iterator[dict[str, duckdb.DuckDBPyConnection]]:
    """The stores opened for one test and closed after it (the REST test opens them itself)."""
    cons = {name: connect(db) for name, db in paths.items()}
    yield cons
    for con in cons.values():
        con.close()


def _sanction_claim(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    (claim,) = [c for c in claims(con) if any("sanctions" in (m["text"] or "") for m in c["members"])]
    return claim


def test_both_sentences_are_coded_and_one_event_counted(stores: dict[str, duckdb.DuckDBPyConnection]) -> None:
    con = stores["headline"]
    rows = con.execute("SELECT event_id, sentence_idx FROM events WHERE cameo = '163' ORDER BY sentence_idx").fetchall()
    assert [r[1] for r in rows] == [0, 1]  # the store keeps both
    counted = counted_event_of(con)
    assert counted[rows[0][0]] == counted[rows[1][0]] == rows[0][0]


def test_stance_weighs_the_restated_headline_once(stores: dict[str, duckdb.DuckDBPyConnection]) -> None:
    def usa(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
        (row,) = [r for r in stance(con, actors=["USA"])]
        return row

    with_headline, plain = usa(stores["headline"]), usa(stores["plain"])
    for key in ("score", "label", "sentences", "evidence"):
        assert with_headline[key] == plain[key], key
    assert with_headline["sentences"] == 1
    # counted twice, the sanctions gave (-0.16 - 0.16) / (0.32 + 1.5) = -0.176, "negative" on one act
    assert (with_headline["score"], with_headline["label"]) == (-0.096, "neutral")
    (top,) = with_headline["top"]
    assert top["sentence_idx"] == 0  # counted at its first mention, the headline
    assert [m["sentence_idx"] for m in top["also_in"]] == [1]  # the lead kept as provenance
    raw = stores["headline"].execute("SELECT raw_text FROM documents").fetchone()[0]
    assert raw[top["also_in"][0]["start"] : top["also_in"][0]["end"]].startswith("WASHINGTON, March 4")
    by_source = {(r["source"], r["actor"]): r for r in stance_by_source(stores["headline"], actors=["USA"])}
    assert by_source[("Alpha News", "USA")]["sentences"] == 1


def test_the_claim_ledger_lists_a_restatement_as_one_member(stores: dict[str, duckdb.DuckDBPyConnection]) -> None:
    claim = _sanction_claim(stores["headline"])
    (member,) = claim["members"]
    assert member["sentence_idx"] == 1  # the lead, which holds the headline's words and more
    assert [m["sentence_idx"] for m in member["mentions"]] == [0, 1]
    assert member["mentions"][0]["text"] == HEADLINE
    assert claim["status"] == "single"
    assert len(claims(stores["headline"])) == len(claims(stores["plain"]))


def test_one_outlet_twice_is_no_corroboration(stores: dict[str, duckdb.DuckDBPyConnection]) -> None:
    claim = _sanction_claim(stores["same_outlet"])
    assert claim["documents"] == ["a", "b"]
    assert (claim["status"], claim["independent_documents"]) == ("single", 1)


def test_two_outlets_corroborate(stores: dict[str, duckdb.DuckDBPyConnection]) -> None:
    claim = _sanction_claim(stores["two_outlets"])
    assert (claim["status"], claim["independent_documents"], claim["sources"]) == (
        "corroborated",
        2,
        ["Alpha News", "Beta Post"],
    )
    # the restated document is one member (its two sentences its mentions); the other outlet's sentence is also
    # read as a causal claim ("protested after..."), a member of its own kind
    assert [len(m["mentions"]) for m in claim["members"] if m["doc_id"] == "a"] == [2]


# --- the definition, on statements ---------------------------------------------------------------------


def test_restates_is_containment_with_agreeing_numbers() -> None:
    cues = load_cues()
    head = statement("EU extends sanctions on Russian banks", cues)
    lead = statement("The EU on Friday extended sanctions on Russian banks for six months, diplomats said.", cues)
    assert restates(head, lead, cues) and restates(lead, head, cues)
    other = statement("Diplomats said the EU may add Belarusian banks to the list next month.", cues)
    assert not restates(head, other, cues)
    assert not restates(
        statement("Sanctions hit $20 billion of Russian assets", cues),
        statement("Sanctions hit $30 billion of Russian assets, officials said", cues),
        cues,
    )  # different amounts of one unit: two statements
    assert not restates(statement("Russia denied it", cues), statement("Russia denied it again on Friday", cues), cues)


def test_groups_do_not_chain() -> None:
    cues = load_cues()
    texts = [
        "Ukraine and Russia agree prisoner swap",
        "Ukraine and Russia agreed a prisoner swap in Istanbul on Friday, mediators said.",
        "Mediators said Istanbul talks on Friday also covered grain exports and shipping.",
    ]
    assert restatement_groups([statement(t, cues) for t in texts], cues) == [1, 1, 2]


# --- hand-written rows ------------------------------------------------------------------------------------

_NAMES = {"Russia": ("RUS", "name"), "Ukraine": ("UKR", "name"), "Washington": ("USAGOV", "name")}


@pytest.fixture()
def rows(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(tmp_path / "rows.duckdb")
    yield con
    con.close()


def test_restated_words_count_once_repeated_words_twice(rows: duckdb.DuckDBPyConnection) -> None:
    restated = [
        "Russia's brutal aggression against Ukraine continues",
        "Russia's brutal aggression against Ukraine continued on Monday, officials said.",
    ]
    add_doc(rows, "r", restated, _NAMES, source="R")
    add_doc(rows, "s", restated[1:], _NAMES, source="S")
    add_doc(
        rows,
        "t",
        [
            "Russia's aggression against Ukraine continues",
            "Analysts warned that Russia's aggression could spread to Moldova next year.",
        ],
        _NAMES,
        source="T",
    )
    got = {r["doc_id"]: r for r in stance(rows, actors=["RUS"])}
    assert (got["r"]["score"], got["r"]["sentences"]) == (got["s"]["score"], 1)
    assert [m["sentence_idx"] for m in got["r"]["top"][0]["also_in"]] == [1]
    assert got["t"]["sentences"] == 2  # the same word in two different statements is emphasis, not a restatement
    assert got["t"]["score"] < got["s"]["score"] < 0


def test_a_restated_relation_statement_votes_once(rows: duckdb.DuckDBPyConnection) -> None:
    warm = "Washington and Russia began a thaw in relations after years of tension"
    add_doc(
        rows,
        "w",
        [
            warm,
            f"{warm}, diplomats in Washington said on Friday.",
            "But relations between Washington and Russia remain strained, analysts note.",
        ],
        _NAMES,
        source="W",
    )
    (claim,) = [c for c in claims(rows) if c["kind"] == "relation"]
    # one warming statement (said twice) and one cooling one: no direction wins, neither is counted double
    assert claim["label"].endswith("mixed")
    assert sorted(len(m["mentions"]) for m in claim["members"]) == [1, 2]


def test_cli_api_rest_and_report_serve_the_same_ledger_and_stance(paths: dict[str, Path]) -> None:
    from fastapi.testclient import TestClient

    from detente import api
    from detente.api.report import report_data
    from detente.web import app as web

    db = paths["headline"]
    ledger, by_source = api.claims(db), api.sources(db)
    assert [len(m["mentions"]) for c in ledger for m in c["members"] if "sanctions" in (m["text"] or "")] == [2]
    (usa,) = [s for src in by_source for s in src["stance"] if s["actor"] == "USA"]
    assert (usa["score"], usa["sentences"]) == (-0.096, 1)
    data = report_data(db)
    assert data["claims"] == ledger
    cli = detente("claims", "--db", str(db), "--format", "json")
    assert cli.returncode == 0 and json.loads(cli.stdout) == json.loads(json.dumps(ledger, default=str))
    client = TestClient(web.create_app(db=db))
    assert client.get("/api/claims", params={"limit": 500}).json()["items"] == ledger
    rest = client.get("/api/sources").json()["items"]
    assert [s for src in rest for s in src["stance"] if s["actor"] == "USA"] == [usa]


def test_the_report_shows_the_restatement(paths: dict[str, Path]) -> None:
    from detente.api.report import build_report

    html = build_report(paths["two_outlets"], scenario=False)
    assert f"also stated at sentence 0, 0–{len(HEADLINE)}" in html  # the headline opens document a


@pytest.mark.slow
def test_the_dashboard_shows_the_restatement(paths: dict[str, Path], page: Any) -> None:
    from tests.browser import running_server

    with running_server(paths["two_outlets"]) as base:
        page.goto(base + "/")
        page.wait_for_selector("body[data-ready='1']", timeout=30000)
        page.click("#tabs button[data-view='claims']")
        page.wait_for_selector("#claims-list li")
        text = page.locator("#claims-list").inner_text()
    assert f"also stated in: sentence 0 · [0–{len(HEADLINE)}]" in text
    assert not page.errors
