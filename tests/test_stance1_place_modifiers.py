"""A place that only names a document or a meeting is no actor of the sentence (session 19, stance1).

Since the stance walk lends a noun's compounds (guards1), "the successful Jeddah peace deal" gave Saudi Arabia the
deal's "successful" and "peace"; "the failed Minsk agreements" gave Belarus the failure. ``names_a_thing`` finds a place
(a capital, a city: the mention's ``how`` or its codebook kind) that is a compound or adjectival modifier of one of
the existing document / agreement / occasion nouns, and ``stance`` skips it: for the lexicon, and as a name that
lets framing narratives reach the actor. A country or a people named as a modifier keeps its stance ("Russian
aggression"), and so do places standing for parties ("the Moscow-Beijing partnership"). Invented sentences only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from spacy.language import Language

from detente.analysis.stance import _is_place, names_a_thing, stance
from detente.nlp.model import cached_model
from detente.store.db import connect
from tests.stance_store import add_doc


@pytest.fixture(scope="module")
def parser() -> Language:
    return cached_model()


def _span(parser: Language, text: str, name: str) -> tuple[Any, set[int]]:
    """The one-token mention ``name`` in ``text`` and the token indices of the other capitalised names."""
    doc = parser(text)
    i = next(t.i for t in doc if t.text == name)
    others = {t.i for t in doc if t.i != i and t.text in ("Moscow", "Beijing", "Kyiv", "Russia")}
    return doc[i : i + 1], others


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Diplomats praised the successful Geneva talks.", "Geneva"),  # occasion noun
        ("The Minsk agreements collapsed within a year.", "Minsk"),  # standing (agreement) noun
        ("Kyiv signed the Jeddah peace deal.", "Jeddah"),  # beside another compound
        ("Observers recalled the Budapest Memorandum of 1994.", "Budapest"),  # document noun
        ("The Minsk and Sochi agreements failed.", "Sochi"),  # a conjunct of such a place
        ("Analysts reviewed the Helsinki Summit Cancellation.", "Helsinki"),  # compounds of a third noun
    ],
)
def test_a_place_naming_a_document_or_meeting_names_a_thing(parser: Language, text: str, place: str) -> None:
    span, others = _span(parser, text, place)
    assert _is_place(place, "name")
    assert names_a_thing(span, others)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The dangerous Moscow-Beijing partnership worried Europe.", "Moscow"),  # the capitals are the parties
        ("Talks resumed in Geneva on Monday.", "Geneva"),  # where, not a modifier: left to the walk as before
        ("Moscow's proposal was rejected.", "Moscow"),  # a possessor is the proposal's author
        ("The Kyiv regime was condemned.", "Kyiv"),  # no document or meeting noun
        ("The talks and Kyiv were praised.", "Kyiv"),  # a conjunct of the noun itself, not of its modifier
        ("Analysts doubted the Moscow partnership.", "Moscow"),  # a relation (stance.yml party_nouns): a party
    ],
)
def test_a_place_standing_for_a_party_or_beside_another_noun_stays(parser: Language, text: str, place: str) -> None:
    span, others = _span(parser, text, place)
    assert not names_a_thing(span, others)


def test_a_country_or_a_people_is_never_a_place() -> None:
    assert not _is_place("Russia", "name") and not _is_place("Ukrainian", "demonym")
    assert not _is_place("Kremlin", "metonym")  # the government, not the city
    assert _is_place("Kyiv", "capital") and _is_place("Antalya", "name")


# --- over a hand-built store -----------------------------------------------------------------------------------


_NAMES = {
    "Jeddah": ("SAU", "name"),
    "Minsk": ("BLR", "capital"),
    "Kyiv": ("UKR", "capital"),
    "Moscow": ("RUS", "capital"),
    "Beijing": ("CHN", "capital"),
    "Russian": ("RUS", "demonym"),
    "Ukrainian": ("UKR", "demonym"),
}


@pytest.fixture()
def store(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = connect(tmp_path / "stance1.duckdb")
    add_doc(
        con,
        "d1",
        [
            "The successful Jeddah peace deal was welcomed.",
            "The failed Minsk agreements were forgotten.",
            "Russian aggression continued unabated.",
            "Ukrainian resilience impressed observers.",
            "The dangerous Moscow-Beijing partnership alarmed analysts.",
        ],
        _NAMES,
    )
    # a document naming Ukraine only as the place of talks, with a Kremlin narrative marker (anti-UKR)
    add_doc(con, "d2", ["The Kyiv talks ended.", "Commentators spoke of vassals."], _NAMES)
    con.execute("INSERT INTO framing_hits VALUES ('d2', 1, 0, 7, 'vassals', 'kremlin', 'name_calling', 'n')")
    yield con
    con.close()


def _scores(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], float]:
    return {(r["doc_id"], r["actor"]): r["score"] for r in stance(con)}


def test_a_place_naming_a_deal_gets_no_stance_and_real_stance_stays(store: duckdb.DuckDBPyConnection) -> None:
    scores = _scores(store)
    assert ("d1", "SAU") not in scores  # before: +0.3 from "successful" and "peace"
    assert ("d1", "BLR") not in scores  # before: negative from "failed"
    assert scores[("d1", "RUS")] < 0  # "Russian aggression" (the partnership's "dangerous" too)
    assert scores[("d1", "UKR")] > 0  # "Ukrainian resilience"
    assert scores[("d1", "CHN")] < 0  # "the dangerous Moscow-Beijing partnership": both capitals are parties


def test_a_place_naming_a_meeting_does_not_let_framing_reach_its_country(store: duckdb.DuckDBPyConnection) -> None:
    scores = _scores(store)
    assert ("d2", "UKR") not in scores  # before: the Kremlin marker's -0.5, as if the text named Ukraine
