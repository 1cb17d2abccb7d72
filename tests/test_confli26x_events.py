"""ConfliBERT train false pairs by cause, round confli26x (issue 14, session 34; docs/events.md rule 326).

Each sentence is our own invention in the style of 2025 news, none copied from ConfliBERT, PLOVER or any evaluation
set; the expected codes were written from the CAMEO codebook (1723 impose curfew, 1724 impose a state of emergency or
martial law, 0813 ease curfew) before the coder ran. The real spaCy model, ``actor_resolver`` and ``event_coder`` run
with the learned layer off (``rules_nlp``). Rule 326: a curfew or a state of emergency declared "after / following /
amid / since" an earlier act is toward the state's own people (rule 289), not toward the parties of that occasion
phrase, which say why the measure was taken. The controls pin a party the measure is put on ("on Hebron", "on
Algerian traders"), a bare measure and a place of the state's own.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from .event_sentences import asserted, table_test

Row = tuple[str, set[tuple[str, str, str]]]

ROWS: list[Row] = [
    # -- the occasion phrase's parties are no target (fixed) --
    (
        "Kenyan police imposed a curfew in Mandera on Sunday after clashes between Somali and Ethiopian herders .",
        {("KEN", "KEN", "1723")},
    ),
    ("Peru declared a state of emergency in Puno after clashes with Bolivian smugglers .", {("PER", "PER", "1724")}),
    ("Ecuador imposed a nightly curfew in Guayaquil following attacks by Colombian gangs .", {("ECU", "ECU", "1723")}),
    (
        "Thailand imposed martial law in two border provinces following clashes with Cambodian troops .",
        {("THA", "THA", "1724")},
    ),
    (
        "Georgia declared a state of emergency in Tbilisi amid protests by Russian-backed groups .",
        {("GEO", "GEO", "1724")},
    ),
    (
        "Indian authorities imposed a curfew in Imphal after deadly clashes between Hindu and Muslim mobs in 2025 .",
        {("IND", "IND", "1723")},
    ),
    (
        "Chad extended the state of emergency in the Lake region since attacks by Nigerian jihadists in March .",
        {("TCD", "TCD", "1724")},
    ),
    (
        "The Nigerien junta imposed a curfew in Tillaberi after an ambush by Malian fighters killed 12 soldiers .",
        {("NER", "NER", "1723")},
    ),
    (
        "Bangladeshi police imposed a curfew in Cox 's Bazar following a clash between Rohingya refugees and "
        "Myanmar militias .",
        {("BGD", "BGD", "1723")},
    ),
    (
        "Sri Lanka declared a state of emergency in Colombo after a protest outside the Indian embassy turned "
        "violent .",
        {("LKA", "LKA", "1724")},
    ),
    # -- controls: a party the measure is put on, a bare measure, a place of one's own (kept) --
    ("Israel imposed a curfew on Hebron after an attack by Palestinian gunmen .", {("ISR", "PSE", "1723")}),
    ("Mali imposed a curfew on Algerian traders after clashes in Gao .", {("MLI", "DZA", "1723")}),
    ("Kenya declared a state of emergency in Mombasa .", {("KEN", "KEN", "1724")}),
    ("Nepal lifted the curfew in Kathmandu on Tuesday .", {("NPL", "NPL", "0813")}),
    ("Pakistan imposed a curfew in Kabul after Afghan forces shelled border posts .", {("PAK", "AFG", "1723")}),
]

XFAIL: dict[str, str] = {
    "Indian authorities imposed a curfew in Imphal after deadly clashes between Hindu and Muslim mobs in 2025 .": (
        "no event at all: the table's publication date (2024-05-01) puts 'in 2025' after it, so the curfew is read as"
        " not yet done (without the year: IND -> IND 1723); not the occasion phrase"
    ),
}


def check(nlp: Language, text: str, expected: Any) -> None:
    assert asserted(nlp, text) == expected


test_occasion_parties_of_a_curfew = table_test(ROWS, check, XFAIL)
