"""The event coder's fallback verb dictionary (issue 14): ``data/events/cameo_verbs.tsv``, derived from
PETRARCH2's CAMEO verb dictionary, types the verbs our own lexicon does not know (docs/events.md, "Fallback
verb dictionary").

The sentences are our own constructions about Chile and Peru, none taken from an evaluation set. The real
spaCy model, ``actor_resolver`` and ``event_coder`` run, learned layer off; the fallback is switched on by
the component config (it is off by default).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.event_coder import VERB_DICTIONARY_DEFAULT
from detente.nlp.events.lexicon import DEFAULT_PATTERNS, TriggerLexicon
from detente.nlp.events.verb_dictionary import COLUMNS, DEFAULT_VERBS, VerbDictionary
from detente.nlp.lexicons import LexiconError
from detente.nlp.pipeline import make_doc
from detente.reference.cameo import load_codes

from .event_sentences import rules_pipeline

HEADER = "\t".join(COLUMNS)


@pytest.fixture(scope="module")
def on() -> Language:
    return rules_pipeline(verb_dictionary=True)


@pytest.fixture(scope="module")
def off() -> Language:
    return rules_pipeline(verb_dictionary=False)


def events(nlp: Language, text: str) -> list[dict[str, Any]]:
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    return list(doc._.events or [])


def pairs(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of the asserted events, actors on their primary code."""
    return {
        (e["source"][:3], e["target"][:3], e["cameo"])
        for e in events(nlp, text)
        if not e["negated"] and not e["hypothetical"]
    }


# -- the data file --------------------------------------------------------------------------------------------


def test_the_packaged_file_loads_and_every_code_is_a_cameo_code() -> None:
    table = VerbDictionary.from_tsv(DEFAULT_VERBS)
    codes = load_codes()
    assert len(table.rows) > 5000
    assert all(code is None or code in codes for code in table.rows.values())
    # a verb alone, a verb + particle, a verb + object, a verb + preposition + object, and a null row
    assert table.rows[("punish", "", "", "")] == "170"
    assert table.rows[("kick", "out", "", "")] == "174"
    assert table.rows[("impose", "", "", "fine")] == "172"
    assert table.rows[("impose", "", "", "taxis")] is None  # "impose taxes": no event ("taxes" -> "taxis")
    header = DEFAULT_VERBS.read_text(encoding="utf-8")[:2000]
    assert "MIT License" in header and "Copyright (c) 2015 Open Event Data Alliance" in header


def test_auxiliaries_and_light_verbs_alone_are_not_in_the_file() -> None:
    table = VerbDictionary.from_tsv(DEFAULT_VERBS)
    assert not any(verb in table.verbs for verb in ("be", "have", "do", "will", "would", "get"))
    for light in ("make", "take", "give", "say", "hold", "deal", "issue"):
        assert (light, "", "", "") not in table.rows


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("punish\t-\t-\t-\n", "expected the header"),
        (f"{HEADER}\npunish\t-\t-\t170\n", "expected 5 tab-separated columns"),
        (f"{HEADER}\npunish\t-\t-\t-\t999\n", "'999' is not a CAMEO code"),
        (f"{HEADER}\nPunish\t-\t-\t-\t170\n", "is not a lower-case word"),
        (f"{HEADER}\npunish\t-\t-\t-\t170\npunish\t-\t-\t-\t172\n", "given twice"),
        (f"{HEADER}\ncall\toff\tfor\t-\t160\n", "not both"),
        ("# only a comment\n", "no header line"),
    ],
)
def test_a_malformed_file_is_an_error_naming_the_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "cameo_verbs.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as err:
        VerbDictionary.from_tsv(path)
    assert "cameo_verbs.tsv" in str(err.value)


def test_a_malformed_file_beside_the_patterns_stops_the_component(tmp_path: Path) -> None:
    (tmp_path / DEFAULT_PATTERNS.name).write_text(DEFAULT_PATTERNS.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / DEFAULT_VERBS.name).write_text(f"{HEADER}\npunish\t-\t-\t-\t17x\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="line 2"):
        rules_pipeline(verb_dictionary=True, patterns_path=str(tmp_path / DEFAULT_PATTERNS.name))


def test_the_fallback_is_off_by_default_and_its_file_is_saved_with_the_pipeline(on: Language, tmp_path: Path) -> None:
    assert VERB_DICTIONARY_DEFAULT is False  # measured: docs/events.md, "Fallback verb dictionary"
    on.get_pipe("event_coder").to_disk(tmp_path / "coder")
    assert (tmp_path / "coder" / DEFAULT_VERBS.name).read_bytes() == DEFAULT_VERBS.read_bytes()


# -- coding -----------------------------------------------------------------------------------------------


def test_a_verb_our_lexicon_lacks_is_coded_by_the_dictionary(on: Language, off: Language) -> None:
    text = "Chile punished Peru for the border raid."
    assert "punish" not in TriggerLexicon.from_yaml(DEFAULT_PATTERNS).verb_words()
    assert pairs(off, text) == set()
    assert pairs(on, text) == {("CHL", "PER", "170")}


def test_the_most_specific_row_wins(on: Language) -> None:
    # "kicked out" is expelling (174), not the verb alone's physical assault (180)
    assert pairs(on, "Chile kicked out three Peruvian diplomats on Monday.") == {("CHL", "PER", "174")}
    # "impose" + a fine is a 172 row; + taxes a null row: no event
    assert pairs(on, "Chile imposed a heavy fine on Peru.") == {("CHL", "PER", "172")}
    assert pairs(on, "Chile imposed new taxes on Peru.") == set()


def test_our_lexicon_wins_where_both_know_the_verb(on: Language, off: Language) -> None:
    # "assail" is 111 (criticize) in our lexicon and 190 in the dictionary
    text = "Chile assailed Peru over the fishing dispute."
    assert pairs(on, text) == pairs(off, text) == {("CHL", "PER", "111")}


def test_no_second_event_on_a_pair_the_lexicon_coded(on: Language, off: Language) -> None:
    text = "Chile condemned Peru and punished Peru for the border raid."
    assert pairs(on, text) == pairs(off, text)
    assert {code[:2] for _, _, code in pairs(on, text)} == {"11"}


def test_negated_and_hypothetical_fallback_events_are_flagged(on: Language) -> None:
    (negated,) = events(on, "Chile did not punish Peru for the border raid.")
    assert (negated["cameo"], negated["negated"], negated["hypothetical"]) == ("170", True, False)
    (maybe,) = events(on, "Chile might punish Peru for the border raid.")
    assert (maybe["cameo"], maybe["negated"], maybe["hypothetical"]) == ("170", False, True)


def test_a_fallback_event_keeps_its_trigger_and_offsets(on: Language) -> None:
    text = "Chile kicked out three Peruvian diplomats on Monday."
    (event,) = events(on, text)
    assert event["trigger"] == "kicked out"
    assert text[event["trigger_start"] : event["trigger_end"]] == "kicked out"
    assert (event["start"], event["end"]) == (0, len(text))
