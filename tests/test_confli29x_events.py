"""Relief goods carried by the ton or the truckload in 2025 wire style (issue 14, session 35, branch confli29x;
docs/events.md rule 351).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A verb of
carrying goods (rule 135b: "flew", "shipped", "trucked", "rushed", "airdropped", "ferried") whose object is an
amount or a container of relief goods ("50 tons of food", "100 trucks of flour", "thousands of tonnes of wheat")
provides aid as it does with the goods themselves ("flew food to Sudan"): CAMEO 073 for relief goods, 072 for arms,
070 for other goods rule 324b codes as aid. Before, the amount's head ("tons", "trucks") was read as the goods: no
event, or a visit (042) for "flew 50 tons of food to Sudan". Controls: a journey, goods of no aid class, arms
and a giving verb keep their readings. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

CONFLI29X_SENTENCES: list[tuple[str, Events]] = [
    # flown
    ("The UAE flew 50 tons of food to Sudan on Tuesday.", {("ARE", "SDN", "073")}),
    ("Turkey flew 40 tonnes of medical supplies into Gaza.", {("TUR", "PSE", "073")}),
    ("Saudi Arabia flew more than 90 tonnes of medicine to Sudan.", {("SAU", "SDN", "073")}),
    ("Russia flew 30 tons of blankets and tents to Syria.", {("RUS", "SYR", "073")}),
    # shipped, ferried
    ("India shipped 10,000 tonnes of wheat to Afghanistan.", {("IND", "AFG", "073")}),
    ("China shipped over 200 tons of rice to Cuba in March.", {("CHN", "CUB", "073")}),
    ("Germany shipped 2,000 tonnes of drinking water to Libya.", {("DEU", "LBY", "073")}),
    ("Kenya ferried 12 tonnes of vaccines to South Sudan.", {("KEN", "SSD", "073")}),
    # trucked, rushed, dispatched, airdropped
    ("Qatar trucked thousands of tonnes of flour into Gaza.", {("QAT", "PSE", "073")}),
    ("Egypt dispatched 100 trucks of food to Gaza.", {("EGY", "PSE", "073")}),
    ("Japan rushed 20 tonnes of tents to Myanmar after the earthquake.", {("JPN", "MMR", "073")}),
    ("Jordan airdropped 30 tons of food to Gaza.", {("JOR", "PSE", "073")}),
    # goods rule 324b codes as plain aid (070)
    ("Algeria trucked 500 tonnes of fuel to Niger.", {("DZA", "NER", "070")}),
    # the amount as the passive subject
    ("Some 60 tonnes of food were flown to Sudan by the UAE.", {("ARE", "SDN", "073")}),
]

XFAIL: dict[str, str] = {
    "India shipped 10,000 tonnes of wheat to Afghanistan.": "wheat is no `conveyed_aid_nouns` good (rule 135b): "
    "'shipped wheat to Y' is as often trade as aid, so the bare good is not read as aid either (as 'shipped oil')",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(CONFLI29X_SENTENCES, XFAIL))
def test_confli29x_carried_amount_of_relief_is_aid(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a journey, goods of no aid class, arms carried and a giving verb keep their readings ------------------

CONFLI29X_CONTROLS: list[tuple[str, Events]] = [
    ("The Emirati president flew to Sudan on Tuesday.", {("ARE", "SDN", "042")}),
    # revised by rule 364 (session 36, trade1; written no event): energy carried is trade (061), as energy supplied
    # or delivered is (rules 163e, 209b)
    ("China shipped 2 million tonnes of oil to India.", {("CHN", "IND", "061")}),
    ("Turkey shipped 300 tons of steel to Israel.", set()),
    ("The United States shipped 5,000 tons of artillery shells to Ukraine.", {("USA", "UKR", "072")}),
    ("Japan donated 13 tons of medicine to Afghanistan.", {("JPN", "AFG", "073")}),
]

CONTROL_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(CONFLI29X_CONTROLS, CONTROL_XFAIL))
def test_confli29x_controls_keep_their_readings(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
