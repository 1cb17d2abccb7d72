"""A visit still to come, told in the present (issue 14, session 35, branch plans1x; docs/events.md rule 352).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). "X is
sending his envoy to Moscow for a meeting", "X is travelling to Beijing next week", "X heads to Riyadh on Tuesday for
talks" announce a journey not yet made: the present (progressive or simple) of a movement verb with a time ahead, or
the progressive of one with a purpose (a meeting, talks, "to meet Y"), is a plan, coded as "X will travel to Y" is
(036 toward the host, one way: CAMEO 036 "express intent to meet or negotiate"), not the visit made (042) nor the talks
held (040). Controls: an act under way ("is shelling", "is holding talks", "is visiting Washington"), a past journey
and a progressive sending of forces keep their codes. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


PLANS1X_SENTENCES: list[tuple[str, Events]] = [
    # the progressive of a movement verb with a purpose: the journey is on its way, the visit still to come
    ("Erdogan is sending his special envoy to Moscow for a meeting.", {("TUR", "RUS", "036")}),
    ("Qatar is sending a delegation to Cairo for talks on the hostages.", {("QAT", "EGY", "036")}),
    ("Macron is travelling to Beijing for talks with Xi.", {("FRA", "CHN", "036")}),
    ("Blinken is heading to Riyadh for talks with the Saudi crown prince.", {("USA", "SAU", "036")}),
    ("Witkoff is travelling to Moscow to meet Putin.", {("USA", "RUS", "036")}),
    # ... with a time ahead
    ("Macron is travelling to Beijing next week.", {("FRA", "CHN", "036")}),
    ("Macron is flying to Beijing next week for talks with Xi.", {("FRA", "CHN", "036")}),
    ("The Indian prime minister is travelling to Moscow on Tuesday for a meeting with Putin.", {("IND", "RUS", "036")}),
    ("Modi is visiting Washington next week.", {("IND", "USA", "036")}),
    ("Japan is sending its foreign minister to Seoul next week for talks.", {("JPN", "KOR", "036")}),
    ("Lula is flying to Beijing on Friday to meet Xi.", {("BRA", "CHN", "036")}),
    ("The Turkish foreign minister is going to Kyiv on Thursday for talks with Zelensky.", {("TUR", "UKR", "036")}),
    ("Starmer is travelling to Washington later this month for a meeting with Trump.", {("GBR", "USA", "036")}),
    ("Pakistan is sending a delegation to Kabul next week for talks.", {("PAK", "AFG", "036")}),
    ("The Chinese foreign minister is flying to Berlin tomorrow for talks.", {("CHN", "DEU", "036")}),
    # the simple present of a movement verb with a time ahead: a schedule
    ("Rubio heads to Riyadh on Tuesday for talks.", {("USA", "SAU", "036")}),
    ("The Saudi foreign minister travels to Tehran next week.", {("SAU", "IRN", "036")}),
    ("Macron visits Beijing next week.", {("FRA", "CHN", "036")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(PLANS1X_SENTENCES, XFAIL))
def test_plans1x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: an act under way, a journey made and a stated "will" keep their readings ---------------------------

PLANS1X_CONTROLS: list[tuple[str, Events]] = [
    ("Russia is shelling Kharkiv.", {("RUS", "UKR", "194")}),
    ("Iran is holding talks with the United States.", both("IRN", "USA", "040")),
    ("Modi is visiting Washington.", {("IND", "USA", "042")}),
    ("Erdogan sent his special envoy to Moscow for a meeting.", {("TUR", "RUS", "042")}),
    ("Macron flew to Beijing for talks with Xi.", both("FRA", "CHN", "040")),
    ("Macron will visit Beijing next week.", {("FRA", "CHN", "036")}),
    ("Macron will fly to Beijing for talks with Xi.", {("FRA", "CHN", "036")}),
    ("Erdogan is sending troops to Syria.", {("TUR", "SYR", "150")}),
]


@pytest.mark.parametrize(("text", "expected"), PLANS1X_CONTROLS)
def test_plans1x_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
