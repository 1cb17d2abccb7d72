"""A sanction agreed as a noun is the sanction adopted (issue 14, session 33, branch leftovers32; docs/events.md rule
294, amending rule 177b).

The lead's convention: a sanction noun that is what "agree" takes (its direct object, its passive subject, or the
object of its "to" / "on" phrase: "agreed the 19th package of sanctions against Y", "agreed a price cap on Y's oil",
"agreed on new sanctions") names the measure adopted, CAMEO 163 "impose embargo, boycott, or sanctions", as
"approved / adopted new sanctions" already code; "agreed to impose sanctions" (a to-infinitive) stays the stated
intent it was (1312, rule 157d), and so does a plan agreed with a to-infinitive (rule 178b). Each sentence is our own
construction in 2025 wire style, none copied from an evaluation set; the codes were written from
``../shared/data/cameo-eventcodes.tsv`` before the coder changed. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off (``rules_pipeline``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

LEFTOVERS32_SENTENCES: list[tuple[str, Events]] = [
    # the sanction noun is the direct object of "agree": adopted, 163
    ("EU ambassadors agreed a 20th package of sanctions against Russia on Wednesday.", {("IGO", "RUS", "163")}),
    ("G7 finance ministers agreed a price cap on Russian oil.", {("IGO", "RUS", "163")}),
    ("Britain and Canada agreed new sanctions on Iranian officials.", {("GBR", "IRN", "163"), ("CAN", "IRN", "163")}),
    ("The European Union agreed an embargo on Russian oil imports.", {("IGO", "RUS", "163")}),
    ("EU member states agreed tariffs on Russian fertiliser.", {("IGO", "RUS", "163")}),
    ("Australia agreed fresh sanctions against Russian oligarchs.", {("AUS", "RUS", "163")}),
    # ... the object of its "on" / "to" phrase, or its passive subject
    ("EU leaders agreed on a new sanctions package against Belarus.", {("IGO", "BLR", "163")}),
    ("Japan agreed to new sanctions on North Korea on Friday.", {("JPN", "PRK", "163")}),
    ("A new package of sanctions against Russia was agreed by EU ambassadors.", {("IGO", "RUS", "163")}),
]

LEFTOVERS32_CONTROLS: list[tuple[str, Events]] = [
    # a to-infinitive stays the stated intent (rule 157d), a plan with one too (rule 178b)
    ("Britain agreed to impose new sanctions on Belarus.", {("GBR", "BLR", "1312")}),
    ("G7 leaders agreed to introduce a price cap on Russian gas.", {("IGO", "RUS", "1312")}),
    ("EU ministers agreed a plan to impose sanctions on Georgia.", {("IGO", "GEO", "1312")}),
    # sanctions eased by the agreed act: the intent to ease (035x), as before
    ("The United States agreed to ease sanctions on Syria.", {("USA", "SYR", "0354")}),
    # no agreement reached: no sanction adopted
    ("EU foreign ministers failed to agree new sanctions on Iran.", set()),
    # adopted and approved were the measure already
    ("The Council of the EU adopted a new package of sanctions against Iran.", {("IGO", "IRN", "163")}),
]

# rows the coder still misses, each with why it is left (docs/events.md rule 211)
XFAIL: dict[str, str] = {
    "EU ministers agreed a plan to impose sanctions on Georgia.": "coded 030: the plan's to-infinitive is not read "
    "through to the planned sanction here (rule 178b reads 'agreed a plan to hold talks' so); no sanction noun is "
    "agreed, so rule 294 does not touch it, and the miss was there before",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS32_SENTENCES, XFAIL))
def test_leftovers32_agreed_sanction_is_adopted(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS32_CONTROLS, XFAIL))
def test_leftovers32_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_leftovers32_table_is_well_formed() -> None:
    texts = [row[0] for row in LEFTOVERS32_SENTENCES + LEFTOVERS32_CONTROLS]
    assert len(set(texts)) == len(texts)
    assert set(XFAIL) <= set(texts)
