"""Wounded or sick nationals evacuated, in 2025 wire style (issue 14, session 31, branch leftovers18; docs/events.md
rule 265).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Rule 216 reads
civilians with a modifier of illness or injury as patients ("evacuated 100 sick children", 073); rule 265 lets a
nationality noun ("30 wounded Palestinians", "40 injured Sudanese") be such a civilian noun, so a state evacuating or
airlifting them gives humanitarian aid (CAMEO 073) to the people they belong to. Controls: nationals with no modifier
of illness or injury, one's own citizens, wounded soldiers (a withdrawal, rule 87c) and a deportation keep their
readings. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

LEFTOVERS18_SENTENCES: list[tuple[str, Events]] = [
    # wounded, injured or sick nationals evacuated: a medical evacuation (073)
    ("Jordan evacuated 30 wounded Palestinians from Gaza.", {("JOR", "PSE", "073")}),
    ("Egypt evacuated 40 injured Sudanese from Khartoum.", {("EGY", "SDN", "073")}),
    ("Turkey evacuated 25 sick Syrians from Idlib.", {("TUR", "SYR", "073")}),
    ("Kenya evacuated 15 injured Somalis from Mogadishu.", {("KEN", "SOM", "073")}),
    ("The UAE evacuated 120 injured Palestinians from Gaza to Abu Dhabi.", {("ARE", "PSE", "073")}),
    # airlifted: the evacuation, not general aid (070)
    ("Jordan airlifted 12 injured Palestinians from Gaza to Amman.", {("JOR", "PSE", "073")}),
    ("Qatar airlifted 60 wounded Lebanese to Doha.", {("QAT", "LBN", "073")}),
    # the civilian nouns of rule 216 keep their reading
    ("Egypt evacuated 50 wounded children from Gaza.", {("EGY", "PSE", "073")}),
    # wounded soldiers evacuated are a withdrawal (rule 87c); deported nationals are expelled (174)
    ("Israel evacuated wounded soldiers from Gaza.", {("ISR", "PSE", "0874")}),
    ("Turkey deported 40 Syrians to Idlib.", {("TUR", "SYR", "174")}),
    # flown out for treatment: no evacuating verb
    ("Italy flew 18 wounded Palestinians out of Gaza for treatment.", {("ITA", "PSE", "073")}),
]

XFAIL: dict[str, str] = {
    "Italy flew 18 wounded Palestinians out of Gaza for treatment.": "'fly ... out of' is no evacuating verb and"
    " 'fly' has no (verb, patient) phrase: nothing",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS18_SENTENCES, XFAIL))
def test_leftovers18_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: nationals with no modifier of illness or injury, one's own citizens -----------------------------------

LEFTOVERS18_CONTROLS: list[object] = [
    "Jordan evacuated 30 Palestinians from Gaza.",
    "Russia evacuated 300 Russians from Syria.",
    "China evacuated Chinese citizens from Israel.",
    "Poland evacuated its citizens from Israel.",
]


@pytest.mark.parametrize("text", LEFTOVERS18_CONTROLS)
def test_leftovers18_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()
