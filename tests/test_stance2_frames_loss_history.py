"""Stance, session 20 (stance2): negotiating frames named by a place, qualities taken away, recalled events.

(a) "the Normandy format", "the Minsk process", "the Istanbul format" name a negotiating frame after the place where it
    began; like stance1's deals and meetings, the place is no party (``stance.yml`` ``frame_nouns``).
(b) An evaluative word that a verb of ``loss_verbs`` takes away ("could shatter US credibility", "Ukraine's
    sovereignty was undermined", "Russia lost its credibility") is harmed, not ascribed: no stance toward its holder.
(c) An event the coder flags ``background`` (recalled history) counts ``weights.event_background`` (0.5) of a current
    one. Invented sentences only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from spacy.language import Language

from detente.analysis.stance import _thing_nouns, lexicon_thing_nouns, load_lexicon, names_a_thing, stance
from detente.nlp.model import cached_model
from detente.store.db import connect
from tests.stance_store import add_doc


@pytest.fixture(scope="module")
def parser() -> Language:
    return cached_model()


def _span(parser: Language, text: str, name: str) -> Any:
    doc = parser(text)
    i = next(t.i for t in doc if t.text == name)
    return doc[i : i + 1]


# --- (a) negotiating frames -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Diplomats revived the Normandy format last spring.", "Normandy"),
        ("The Minsk process stalled for years.", "Minsk"),
        ("Negotiators returned to the Istanbul format.", "Istanbul"),
        ("The Astana peace process produced little.", "Astana"),  # beside another compound
    ],
)
def test_a_place_naming_a_negotiating_frame_names_a_thing(parser: Language, text: str, place: str) -> None:
    span = _span(parser, text, place)
    lex = load_lexicon()
    assert names_a_thing(span, (), lexicon_thing_nouns(lex))
    # the frame nouns are what does it: the lists of stance1 alone keep the place
    assert not names_a_thing(span, (), _thing_nouns(frozenset(lex["party_nouns"])))


def test_a_frame_noun_without_a_place_modifier_leaves_its_actor(parser: Language) -> None:
    assert not names_a_thing(
        _span(parser, "Kyiv rejected the process.", "Kyiv"), (), lexicon_thing_nouns(load_lexicon())
    )


# --- over a hand-built store -----------------------------------------------------------------------------------

_NAMES = {
    "Normandy": ("FRA", "name"),
    "Minsk": ("BLR", "capital"),
    "US": ("USA", "name"),
    "Ukraine": ("UKR", "name"),
    "Russia": ("RUS", "name"),
    "Poland": ("POL", "name"),
}


def _add_event(con: duckdb.DuckDBPyConnection, doc_id: str, idx: int, goldstein: float, background: bool) -> None:
    con.execute(
        'INSERT INTO events (event_id, doc_id, sentence_idx, start, "end", source, target, cameo, goldstein, '
        "origin, trigger, background) VALUES (?, ?, ?, 0, 1, 'POL', 'UKR', '057', ?, 'text', 'signed', ?)",
        [f"{doc_id}#{idx}", doc_id, idx, goldstein, background],
    )


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = connect(tmp_path / "stance2.duckdb")
    add_doc(
        con,
        "frames",
        ["The successful Normandy format was praised.", "The Minsk process brought remarkable progress."],
        _NAMES,
    )
    add_doc(
        con,
        "loss",
        [
            "The deal could shatter US credibility with its allies.",
            "Ukraine's sovereignty was undermined by the pact.",
            "Russia lost its credibility.",
        ],
        _NAMES,
    )
    add_doc(con, "kept", ["US credibility rose after the vote."], _NAMES)
    # the same cooperative act by Poland, told once as news and once as recalled history
    add_doc(con, "now", ["Poland and Ukraine signed a pact."], _NAMES)
    add_doc(con, "then", ["Poland and Ukraine had signed a pact decades earlier."], _NAMES)
    _add_event(con, "now", 0, 8.0, background=False)
    _add_event(con, "then", 0, 8.0, background=True)
    yield con
    con.close()


def _rows(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], dict[str, Any]]:
    return {(r["doc_id"], r["actor"]): r for r in stance(con)}


def test_a_place_naming_a_frame_gets_no_stance(store: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(store)
    assert ("frames", "FRA") not in rows  # before: +0.318, "successful"
    assert ("frames", "BLR") not in rows  # before: +0.375, "remarkable progress"


def test_a_quality_taken_away_judges_its_holder_neither_way(store: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(store)
    assert ("loss", "USA") not in rows  # before: +0.211, "credibility" (0.4 in its sentence)
    assert ("loss", "UKR") not in rows  # before: +0.167, "sovereignty"
    assert ("loss", "RUS") not in rows  # before: +0.211, "lost its credibility"
    assert rows[("kept", "USA")]["score"] > 0  # a quality ascribed, not taken away, still counts


def test_a_recalled_event_counts_half_a_current_one(store: duckdb.DuckDBPyConnection) -> None:
    rows = _rows(store)
    now, then = rows[("now", "POL")], rows[("then", "POL")]
    assert now["top"][0]["contribution"] == pytest.approx(0.2)  # 8.0 / 10 x 0.25 (cooperation, source)
    assert then["top"][0]["contribution"] == pytest.approx(0.1)  # the same act, recalled: x 0.5
    assert 0 < then["score"] < now["score"]
