"""Partitive quantity objects in 2025 wire style (issue 14, session 29, branch leftovers7; docs/events.md rule 225).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A verb whose
object is a partitive quantity word ("most of", "some of", "all of", "many of", "half of") acts on the thing its
"of" phrase names, as the plain object would: "dropped most of its tariffs on US goods" is "dropped its tariffs on
US goods" (CAMEO 085, ease economic sanctions), with the target in that noun's phrases and the possessive "its" the
subject's own. Rule 225b: a sum in euros, which the tagger leaves untagged, is an amount whose "in" contents name
the aid's class, as "$50 million in humanitarian aid" (0333 when pledged). Expected codes are from the CAMEO
codebook. Controls: a partitive subject, a figure, a non-measure object code nothing. ``XFAIL`` keeps the rows the
change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

LEFTOVERS7_SENTENCES: list[tuple[str, Events]] = [
    # a measure eased through a partitive object: 085
    ("Canada dropped most of its retaliatory tariffs on US goods.", {("CAN", "USA", "085")}),
    ("Mexico lifted some of its sanctions on Venezuela.", {("MEX", "VEN", "085")}),
    ("The EU lifted all of its sanctions on Syria.", {("IGO", "SYR", "085")}),
    ("Japan scrapped many of its tariffs on Australian beef.", {("JPN", "AUS", "085")}),
    ("Seoul removed most of the export curbs on Japanese chemicals.", {("KOR", "JPN", "085")}),
    ("Australia removed most of its tariffs on Chinese wine.", {("AUS", "CHN", "085")}),
    ("Washington lifted several of its sanctions on Belarus.", {("USA", "BLR", "085")}),
    ("The EU dropped half of its tariffs on US lobster.", {("IGO", "USA", "085")}),
    ("The US lifted part of its embargo on Venezuela.", {("USA", "VEN", "085")}),
    # the plain object, for comparison
    ("Canada dropped its retaliatory tariffs on US goods.", {("CAN", "USA", "085")}),
    # a measure imposed or kept through a partitive object: 163
    ("The US imposed all of the new tariffs on Brazilian coffee.", {("USA", "BRA", "163")}),
    ("The EU extended all of its sanctions on Russia for six months.", {("IGO", "RUS", "163")}),
    # aid cut, forces withdrawn, people released through a partitive object
    ("The US suspended all of its aid to Niger.", {("USA", "NER", "162")}),
    ("Washington cut most of its military aid to Egypt.", {("USA", "EGY", "1622")}),
    ("Russia withdrew most of its troops from the Syrian coast.", {("RUS", "SYR", "0874")}),
    ("France pulled half of its soldiers out of Chad.", {("FRA", "TCD", "0874")}),
    ("Hamas released most of the Israeli hostages.", {("PSE", "ISR", "0841")}),
    ("Qatar released some of the detained Indian sailors.", {("QAT", "IND", "0841")}),
    # rule 225b: a sum in euros (untagged by the tagger) is an amount whose "in" contents name the aid's class
    ("France pledged 50 million euros in humanitarian aid to Gaza.", {("FRA", "PSE", "0333")}),
    ("Germany pledged 20 million euros in military aid to Ukraine.", {("DEU", "UKR", "0332")}),
    ("The EU pledged 100 million euros in humanitarian assistance to Syria.", {("IGO", "SYR", "0333")}),
    ("Italy promised 30 million euros in food aid to Sudan.", {("ITA", "SDN", "0333")}),
    ("Norway gave 40 million euros in humanitarian aid to Gaza.", {("NOR", "PSE", "073")}),
    ("The EU pledged 500 million euros to Ukraine.", {("IGO", "UKR", "0331")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS7_SENTENCES, XFAIL))
def test_leftovers7_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= set(row[0] for row in LEFTOVERS7_SENTENCES)


# -- controls: a partitive subject, a figure, an object that is no measure code nothing ---------------------------

LEFTOVERS7_CONTROLS: list[str] = [
    "Most of the tariffs took effect on Monday.",
    "Some of the sanctions on Iran expire next year.",
    "Exports fell by half after the tariffs.",
    "The agency dropped most of its staff.",
    "Canada dropped most of its objections to the deal.",
    "Most of the Russian diplomats left Britain on Friday.",
    "All of the hostages were released on Monday.",
    "The fund lost 50 million euros in value.",
]


@pytest.mark.parametrize("text", LEFTOVERS7_CONTROLS)
def test_leftovers7_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()
