"""Domestic events (issue 14): two different actors of one country ("Kenyan lawmakers called on the
government to resign": KENLEG -> KENGOV), the bare role nouns they need ("police", "the opposition"), and
what the analysis does with them.

The sentences are our own constructions, about countries far from the evaluation sets, none taken from one.
The real spaCy model, the real ``actor_resolver`` and the real ``event_coder`` run (learned layer off, so that
the rules are what is checked); the store tests analyze documents into a real DuckDB file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language

from detente.analysis.events_query import list_events
from detente.analysis.relations_index import dyads, relations_index
from detente.analysis.stance import stance
from detente.nlp.pipeline import build_pipeline
from detente.reference.actors import distinct_actors, domestic_pair, is_domestic
from detente.store.db import connect

from .event_sentences import coded, rules_pipeline


def run(rules_nlp: Language, text: str) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    """The actor mentions and the asserted events of ``text``, actors on their full codes."""
    return coded(rules_nlp, text, full_codes=True)


def test_the_pair_rule() -> None:
    """Different actors of one country pair unless both are the state itself; countries always pair."""
    assert domestic_pair("KENLEG", "KENGOV")
    assert domestic_pair("RUS", "RUSREB")
    assert domestic_pair("UGACOP", "UGAOPP")
    assert not domestic_pair("USA", "USAGOV")
    assert not domestic_pair("USAGOV", "USAMIL")
    assert not domestic_pair("KENGOV", "KENGOV")
    assert not domestic_pair("KENOPP", "UGAGOV")  # two countries: an international pair, not a domestic one
    assert not domestic_pair("NATO", "IGOUNO")
    assert distinct_actors("KENOPP", "UGAGOV") and distinct_actors("KENLEG", "KENGOV")
    assert not distinct_actors("KENLEG", "KENGOV", domestic=False)
    assert is_domestic("KENLEG", "KENGOV") and is_domestic("USA", "USAGOV") and not is_domestic("KEN", "UGA")


def test_a_domestic_event_gets_both_codes(rules_nlp: Language) -> None:
    mentions, found = run(rules_nlp, "Zambian lawmakers called on the Zambian government to resign.")
    assert mentions.get("Zambian lawmakers") == "ZMBLEG", mentions
    assert ("ZMBLEG", "ZMBGOV", "02") in found, found
    _, found = run(rules_nlp, "The Peruvian army attacked rebels in Peru.")
    assert ("PERMIL", "PERREB", "19") in found, found


def test_the_state_never_acts_on_itself(rules_nlp: Language) -> None:
    """ "the US government" and "the United States" are one party: no event between them."""
    mentions, found = run(rules_nlp, "The Chilean government criticized Chile over the budget.")
    assert set(mentions.values()) == {"CHLGOV", "CHL"}, mentions
    assert found == set(), found


def test_domestic_events_can_be_switched_off() -> None:
    off = rules_pipeline(domestic=False)
    _, found = run(off, "Zambian lawmakers called on the Zambian government to resign.")
    assert found == set(), found


def test_a_bare_role_takes_the_one_country_of_its_sentence(rules_nlp: Language) -> None:
    mentions, found = run(rules_nlp, "Bolivian rebels said they would release Prime Minister Ana Quispe.")
    assert mentions.get("Bolivian rebels") == "BOLREB", mentions
    assert mentions.get("Prime Minister Ana Quispe") == "BOLGOV", mentions
    assert ("BOLREB", "BOLGOV", "03") in found, found
    mentions, found = run(rules_nlp, "Police arrested opposition leaders in Malawi.")
    assert mentions.get("Police") == "MWICOP", mentions
    assert ("MWICOP", "MWIOPP", "17") in found, found


def test_a_bare_role_stays_unresolved_beside_two_countries(rules_nlp: Language) -> None:
    mentions, found = run(rules_nlp, "Police said Zambia had accused Malawi of smuggling.")
    assert "Police" not in mentions, mentions
    assert all(src[:3] != tgt[:3] for src, tgt, _ in found), found
    mentions, _ = run(rules_nlp, "Foreign journalists criticized the Zambian government.")
    assert "Foreign journalists" not in mentions and "journalists" not in mentions, mentions


def test_a_bare_state_role_needs_a_non_state_actor_beside_it(rules_nlp: Language) -> None:
    """ "Officials" beside a country adjective only may be anyone's; beside that country's students they are
    the government the students act on."""
    mentions, _ = run(rules_nlp, "Officials said Zambian sanctions will stay.")
    assert "Officials" not in mentions, mentions
    mentions, found = run(rules_nlp, "Zambian students protested against the government.")
    assert mentions.get("government") == "ZMBGOV", mentions
    assert any(src == "ZMBEDU" and tgt == "ZMBGOV" for src, tgt, _ in found), found


def test_the_learned_layer_keeps_domestic_rule_events() -> None:
    learned = build_pipeline(stages=("actor_resolver", "event_coder"))
    assert learned.get_pipe("event_coder").learned is not None
    _, found = run(learned, "Zambian lawmakers called on the Zambian government to resign.")
    assert ("ZMBLEG", "ZMBGOV", "02") in found, found


def _ingest(tmp: Path, name: str, docs: list[dict[str, str]]) -> Path:
    from detente.api import analyze

    data = tmp / f"{name}.jsonl"
    data.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    db = tmp / f"{name}.duckdb"
    report = analyze([data], db=db)
    assert len(report.analyzed) == len(docs)
    return db


INTERNATIONAL = {
    "id": "intl",
    "date": "2024-05-01",
    "text": "Zambia accused Malawi of smuggling maize. Malawi rejected the accusation from Zambia.",
}
DOMESTIC = {
    "id": "home",
    "date": "2024-05-02",
    "text": "Zambian lawmakers called on the Zambian government to resign. "
    "Zambian police arrested opposition leaders in Lusaka. Malawian police arrested Malawian students.",
}


def test_domestic_events_leave_the_country_pair_index_alone(tmp_path: Path) -> None:
    """The index, listings and dyads of Zambia-Malawi are the same with and without a document of domestic
    events; the domestic events are stored, and shown when their country is asked for as both sides."""
    only = _ingest(tmp_path, "only", [INTERNATIONAL])
    both = _ingest(tmp_path, "both", [INTERNATIONAL, DOMESTIC])
    views: list[tuple[Any, ...]] = []
    for db in (only, both):
        con = connect(db)
        try:
            index = relations_index(con, dyad="ZMB-MWI", freq="month")
            listed = [(e["source"], e["target"], e["cameo"]) for e in list_events(con, dyad="ZMB-MWI")]
            pairs = dyads(con)
            domestic = list_events(con, dyad="ZMB-ZMB")
        finally:
            con.close()
        views.append((index, sorted(listed), pairs, domestic))
    (index_a, listed_a, pairs_a, domestic_a), (index_b, listed_b, pairs_b, domestic_b) = views
    assert listed_a, "the international document must give Zambia-Malawi events"
    assert index_a == index_b
    assert listed_a == listed_b
    assert pairs_a == pairs_b
    assert all(p["dyad"] not in ("ZMB-ZMB", "MWI-MWI") for p in pairs_b), pairs_b
    assert domestic_a == []
    assert {(e["source"], e["target"]) for e in domestic_b} >= {("ZMBLEG", "ZMBGOV")}, domestic_b


def test_stance_leaves_domestic_events_out(tmp_path: Path) -> None:
    """A country's stance takes no evidence from events between two of its own actors; its international
    events still count."""
    db = _ingest(tmp_path, "stance", [INTERNATIONAL, DOMESTIC])
    con = connect(db)
    try:
        coded = con.execute("SELECT source, target FROM events").fetchall()
        reasons = [r for row in stance(con, actors=["ZMB", "MWI"]) for top in row["top"] for r in top["reasons"]]
    finally:
        con.close()
    assert any(s[:3] == t[:3] for s, t in coded), coded  # the store holds domestic events
    events = [r for r in reasons if r.startswith("event ")]
    assert events, reasons
    assert all(r.split()[1].split("->")[0][:3] != r.split()[1].split("->")[1][:3] for r in events), events
