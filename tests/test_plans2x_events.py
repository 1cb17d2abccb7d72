"""A planned journey's purpose is part of the plan (issue 14, session 35, branch plans2x; docs/events.md rule 359).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). "X will
fly to Beijing to meet Xi" states one plan: the journey (036, CAMEO "express intent to meet or negotiate", rules 14,
67a, 352) and the meeting, talks, negotiation or signing it is for, which has not happened: no 040 / 043 / 046 / 057
as done beside the 036. A journey hedged as a forecast ("is due / expected / set to fly to Y to meet Z", rule 166)
hedges its purpose too. Controls: a past journey keeps its meeting or visit, a plain "will meet" / "will sign" keeps
its intent codes, and the progressive plan of rule 352 stays 036. ``XFAIL`` keeps the rows the change does not fix.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


PLANS2X_SENTENCES: list[tuple[str, Events]] = [
    # a "will" journey with a to-infinitive purpose: one plan, 036 toward the host
    ("Macron will fly to Beijing to meet Xi.", {("FRA", "CHN", "036")}),
    ("Erdogan will send his envoy to Moscow to meet Putin.", {("TUR", "RUS", "036")}),
    ("The Indian foreign minister will travel to Moscow to hold talks with Lavrov.", {("IND", "RUS", "036")}),
    ("Rubio will travel to Doha to negotiate a ceasefire with Qatar.", {("USA", "QAT", "036")}),
    ("Starmer will fly to Washington to discuss tariffs with Trump.", {("GBR", "USA", "036")}),
    ("Japan will send its trade minister to Seoul to sign a trade agreement.", {("JPN", "KOR", "036")}),
    # the progressive plan of rule 352 with a signing or discussing purpose
    ("Lula is flying to Beijing to sign a trade deal with Xi.", {("BRA", "CHN", "036")}),
    ("Macron is travelling to Moscow to discuss the ceasefire with Putin.", {("FRA", "RUS", "036")}),
    # a journey hedged as a forecast: its purpose hedged with it (rule 166)
    ("Macron is due to travel to Beijing to meet Xi.", set()),
    ("The Saudi foreign minister is expected to fly to Tehran to meet Araghchi.", set()),
    ("Lula is set to fly to Beijing to meet Xi.", set()),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(PLANS2X_SENTENCES, XFAIL))
def test_plans2x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a journey made, a plain stated intent and rule 352's plan keep their readings ------------------------

PLANS2X_CONTROLS: list[tuple[str, Events]] = [
    ("Macron flew to Beijing for talks with Xi.", both("FRA", "CHN", "040")),
    ("Erdogan sent his special envoy to Moscow for a meeting.", {("TUR", "RUS", "042")}),
    ("Macron will meet Xi in Beijing.", both("FRA", "CHN", "036")),
    ("Macron will fly to Beijing for talks with Xi.", {("FRA", "CHN", "036")}),
    ("Witkoff is travelling to Moscow to meet Putin.", {("USA", "RUS", "036")}),
    ("Macron plans to fly to Beijing to meet Xi.", {("FRA", "CHN", "036")}),
]


@pytest.mark.parametrize(("text", "expected"), PLANS2X_CONTROLS)
def test_plans2x_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
