"""The November 2025 US peace plan for Ukraine in wire style (issue 14, session 30, branch peace2; rule 248).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts; the codes were written
from the CAMEO codebook before the coder ran. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with
the learned layer off (``rules_pipeline``). A deadline set for a party to act ("Trump set a deadline for Kyiv to
accept the plan") is CAMEO 139 "give ultimatum" toward that party, as a span of time given is (rule 148); a plan
endorsed is 051, a peace plan rejected 127 (what it is rejected "as" is no act: rule 248b), talks in Geneva 044 (a
third location), a visit 042. Controls: a deadline for no party, a deadline met, a plan not received, a choice faced.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


PEACE2_SENTENCES: list[tuple[str, Events]] = [
    # a deadline set for a party to act: an ultimatum (rule 248a)
    ("Trump set a deadline for Ukraine to accept the plan.", {("USA", "UKR", "139")}),
    ("The White House set a deadline for Hamas to release the hostages.", {("USA", "PSE", "139")}),
    ("Trump set a Thursday deadline for Ukraine to accept the plan.", {("USA", "UKR", "139")}),
    ("Trump set a deadline of November 27 for Kyiv to accept the plan.", {("USA", "UKR", "139")}),
    ("Washington imposed a deadline for Kyiv to sign the agreement.", {("USA", "UKR", "139")}),
    ("Trump set a Thursday deadline for Ukraine to respond.", {("USA", "UKR", "139")}),
    # a span of time or a date given (rules 148c, 215d), as before
    ("Trump gave Zelensky a week to accept the peace deal.", {("USA", "UKR", "139")}),
    ("Trump gave Ukraine until Thanksgiving to accept the plan.", {("USA", "UKR", "139")}),
    # the plan endorsed, rejected, considered
    ("Kyiv endorsed the US peace plan.", {("UKR", "USA", "051")}),
    ("Kyiv rejected the US peace plan.", {("UKR", "USA", "127")}),
    # what a rejected object is taken for ("as capitulation") is no act of its own (rule 248b)
    ("Kyiv rejected the US peace plan as capitulation.", {("UKR", "USA", "127")}),
    ("Kyiv dismissed the US peace plan as a surrender.", {("UKR", "USA", "127")}),
    ("Ukraine rejected the US plan as capitulation.", {("UKR", "USA", "127")}),
    ("Russia rejected Turkey as a mediator.", {("RUS", "TUR", "126")}),
    ("Hamas rejected the Israeli ceasefire proposal as a trap.", {("PSE", "ISR", "1246")}),
    ("Zelensky refused to accept the US 28-point plan.", {("UKR", "USA", "127")}),
    ("Moscow said it would consider the US proposal.", {("RUS", "USA", "014")}),
    # talks in Geneva, a visit, amendments agreed
    ("US and Ukrainian delegations held talks in Geneva on Sunday.", both("USA", "UKR", "044")),
    ("Rubio met Yermak in Geneva on Sunday.", both("USA", "UKR", "044")),
    ("Driscoll visited Kyiv on Thursday.", {("USA", "UKR", "042")}),
    ("Ukraine and the United States agreed on amendments to the plan.", both("USA", "UKR", "030")),
]

# "Trump set a Thursday deadline for Ukraine to respond." (rule 253e), "Ukraine rejected the US plan as capitulation."
# and "Zelensky refused to accept the US 28-point plan." (rule 253b) pass since session 31 (talks3)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(PEACE2_SENTENCES, XFAIL))
def test_peace2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a deadline that names no party, negated or hypothetical, and statements that are no act -----------

PEACE2_CONTROLS: list[tuple[str, Events]] = [
    ("Trump set a deadline for the talks.", set()),
    ("Europe set a deadline for completing the review.", set()),
    ("Ukraine met the deadline.", set()),
    ("Trump did not set a deadline for Ukraine to accept the plan.", set()),
    ("Trump may set a deadline for Kyiv to accept the plan.", set()),
    ("The Kremlin said it had not received the US plan.", set()),
    ("Zelensky said Ukraine faces a difficult choice.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PEACE2_CONTROLS)
def test_peace2_control_codes_no_ultimatum(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
