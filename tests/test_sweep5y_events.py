# ruff: noqa: E501
"""Invented sentences for docs/events.md rule 329 (issue 14, session 34, branch sweep5y): a crowd's damage to
property is a violent protest, CAMEO 145 "protest violently, riot".

Each sentence is our own, in 2025 international news style, none copied from an evaluation set. The real spaCy
model runs with the learned layer off (``rules_pipeline``). An act coded as damaging or destroying property (171
"seize or damage property", 1712 "destroy property": torched, set fire to, burned, looted, ransacked, vandalised)
whose every doer is a crowd of protesters, rioters, students, workers or the opposition (the `dissent_roles` of rule
68) is a riot, as a crowd's storming of an embassy already is (rule 121g). The expected (source, target, 145) was
written from the code's name before the coder ran; a row passes when an event of the pair with 145 or one of its
sub-codes (1451-1454, the aim of rule 188a) is asserted. Controls: troops,
militants or soldiers destroying property keep 1712; a burned flag stays 141; a denied or condemned torching is no
riot of the speaker. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, control_passes, prefix_hit, table_cases

# (sentence, source, target, expected CAMEO code)
Row = tuple[str, str, str, str]

ROWS: list[Row] = [
    ("Angry protesters set fire to the French embassy in Ouagadougou.", "BFA", "FRA", "145"),
    ("Serbian protesters torched the US embassy in Belgrade.", "SRB", "USA", "145"),
    ("Indonesian students vandalised the Malaysian embassy in Jakarta.", "IDN", "MYS", "145"),
    (
        "Hundreds of Pakistani protesters ransacked the Swedish consulate in Karachi on Friday, police said.",
        "PAK",
        "SWE",
        "145",
    ),
    ("Turkish protesters vandalised the Israeli consulate in Istanbul.", "TUR", "ISR", "145"),
    (
        "Kenyan protesters looted Chinese shops in Nairobi on Tuesday, witnesses said.",
        "KEN",
        "CHN",
        "145",
    ),
    (
        "Rioters in Lima looted shops to protest against the Peruvian government's fuel price rise.",
        "PER",
        "PER",
        "145",
    ),
    (
        "Mozambican opposition supporters burned police stations to protest against Mozambique's election results.",
        "MOZ",
        "MOZ",
        "145",
    ),
    (
        "Bolivian farmers set fire to government offices in La Paz to demand that Bolivia's president resign.",
        "BOL",
        "BOL",
        "145",
    ),
    (
        "Georgian protesters set fire to the parliament building in Tbilisi on Saturday, the interior ministry said.",
        "GEO",
        "GEO",
        "145",
    ),
]

CONTROLS: list[Row] = [
    # (sentence, source, target, root that must not be coded for the pair): the doers decide
    ("Russian troops torched Ukrainian villages.", "RUS", "UKR", "14"),
    ("Israeli soldiers demolished Palestinian homes in the West Bank.", "ISR", "PSE", "14"),
    ("Palestinian protesters burned the Israeli flag.", "PSE", "ISR", "145"),
    ("Serbian protesters did not torch the US embassy in Belgrade.", "SRB", "USA", "14"),
    ("Kenyan students condemned the looting of Chinese shops in Nairobi.", "KEN", "CHN", "145"),
]

# rule 337 (riot2x) fixed "Angry protesters set fire to the French embassy in Ouagadougou."
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "source", "target", "code"), table_cases(ROWS, XFAIL))
def test_sweep5y_crowd_damage_is_a_riot(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    found = asserted(rules_nlp, text)
    assert prefix_hit(found, (source, target, code)), sorted(found)


@pytest.mark.parametrize(("text", "source", "target", "root"), table_cases(CONTROLS, XFAIL))
def test_sweep5y_controls(rules_nlp: Language, text: str, source: str, target: str, root: str) -> None:
    found = asserted(rules_nlp, text)
    assert control_passes(found, source, target, root), sorted(found)


def test_sweep5y_table_shape() -> None:
    assert set(XFAIL) <= {row[0] for row in ROWS + CONTROLS}
    assert len({row[0] for row in ROWS + CONTROLS}) == len(ROWS + CONTROLS)
