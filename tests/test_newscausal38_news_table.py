"""Issue 13, session 32, newscausal38 (docs/causal.md round 80): an eleventh table of made-up sentences in the style of
2025 news, this one on false positives and on where a cause or an effect ends: causal rows whose sides a careless cut
would run into a reporting clause ("..., officials said", "According to the health ministry, ..."), a dateline
("KYIV, March 3 (Reuters) - ...") or a second clause ("..., and rescuers were still searching ..."), and controls that
must stay non-causal: plans and promises ("The government said it plans to raise fuel subsidies"), announcements,
schedules, an "after" of pure time, a list, a quoted goal. Each row has the cause -> effect pairs a careful reader would
mark, written before the stage was run; none is copied from an evaluation set. A row passes when every expected pair
is matched by one claim and no claim is left over, a match being the scorer's (``../shared/eval/score.py``: token
Jaccard >= 0.5 on both the cause and the effect). Rows the shipped stage does not get are strict xfails with the
general reason. Round 80's rule (``planned_acts``: a causal verb that is the to-infinitive of a verb of intent,
markers.yml ``intent_verbs``, gives no claim whoever its subject is) takes the four plan controls. The before
and after counts are in docs/causal.md round 80 and BENCHMARKS.md.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    claim_pairs,
    news_table_tests,
    settings_set,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Officials said the explosion at the refinery was caused by a gas leak.",
        [("a gas leak", "the explosion at the refinery")],
    ),
    (
        "KYIV, March 3 (Reuters) - Russian drone attacks knocked out power to 200,000 homes, the energy ministry said.",
        [("Russian drone attacks", "power to 200,000 homes")],
    ),
    (
        "The flooding, which was caused by days of torrential rain, forced thousands to leave their homes, officials"
        " said.",
        [("days of torrential rain", "The flooding"), ("The flooding", "thousands to leave their homes")],
    ),
    (
        "Prices rose sharply because of the drought, the central bank said on Tuesday.",
        [("the drought", "Prices rose sharply")],
    ),
    (
        "The strike by rail workers caused severe delays across the country, according to the transport ministry.",
        [("The strike by rail workers", "severe delays across the country")],
    ),
    (
        "The factory closed due to a shortage of parts, the company said in a statement.",
        [("a shortage of parts", "The factory closed")],
    ),
    (
        "Heavy rains triggered landslides in the north, killing at least 12 people, local officials said.",
        [("Heavy rains", "landslides in the north"), ("landslides in the north", "at least 12 people")],
    ),
    (
        "Police said the crash was caused by a driver who fell asleep at the wheel.",
        [("a driver who fell asleep at the wheel", "the crash")],
    ),
    (
        "The blackout was the result of a cyberattack on the grid operator, the minister told reporters.",
        [("a cyberattack on the grid operator", "The blackout")],
    ),
    (
        "Exports fell by 8 percent in May as a result of the new tariffs, data showed on Friday.",
        [("the new tariffs", "Exports fell by 8 percent in May")],
    ),
    (
        "The protests erupted after the government raised fuel prices, and they spread to five cities.",
        [("the government raised fuel prices", "The protests erupted")],
    ),
    (
        "The earthquake destroyed hundreds of buildings, and rescuers were still searching for survivors on Monday.",
        [("The earthquake", "hundreds of buildings")],
    ),
    (
        "The company said the recall was prompted by reports of faulty brakes.",
        [("reports of faulty brakes", "the recall")],
    ),
    (
        "Thousands fled their homes as fighting intensified near the border, the United Nations said.",
        [("fighting intensified near the border", "Thousands fled their homes")],
    ),
    (
        "The shortage of medicines has led to dozens of deaths, health workers said.",
        [("The shortage of medicines", "dozens of deaths")],
    ),
    (
        "The floods, officials said, were caused by a burst dam.",
        [("a burst dam", "The floods")],
    ),
    (
        "According to the health ministry, the outbreak was caused by contaminated water.",
        [("contaminated water", "the outbreak")],
    ),
    (
        "LAGOS, June 2 (AP) \u2014 Fuel shortages have caused long queues at petrol stations across Nigeria.",
        [("Fuel shortages", "long queues at petrol stations across Nigeria")],
    ),
    (
        "Rising food prices have fuelled anger, analysts say, and protests are expected this weekend.",
        [("Rising food prices", "anger")],
    ),
]

CONTROLS: list[str] = [
    "The government said it plans to raise fuel subsidies next year.",
    "The bank said it plans to lower its lending rate.",
    "The airline said it has decided to raise fares on domestic routes.",
    "The union said it wants to increase pay for nurses.",
    "The ministry announced that it will open three new border crossings in April.",
    "The election will be held on November 12, the electoral commission said.",
    "After the vote, the lawmakers left the chamber.",
    "The minister met farmers after visiting the flooded areas.",
    "The agenda includes trade, energy, climate and migration.",
    '"Our goal is to cut emissions by half by 2030," the prime minister said.',
    "The central bank intends to lower interest rates later this year, officials said.",
    "The company announced plans to build a new factory in Texas.",
    "The talks are scheduled to resume in Geneva next week.",
    "The president will travel to Tokyo after attending the summit in Seoul.",
    "The union said its aim is to win higher wages for nurses.",
]
XFAIL_CAUSAL: dict[int, str] = {
    1: "a phrasal verb of damage ('knocked out power') is no causal verb of the lexicon, and the sentence detector"
    " draws no claim for the dateline sentence (with or without round 80)",
    11: "a verb of destruction ('destroyed hundreds of buildings') is no causal verb of the lexicon (CNC marks such an"
    " act rarely), and no claim is drawn (with or without round 80)",
}
# control 14 ("its aim is to win higher wages") passes since round 84 (``plan_statement_claims``): the implicit pair
# of a goal noun and its copula's to-infinitive gives way
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=34, switches=("planned_acts",))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The government said it plans to raise fuel subsidies next year.",
            ("The government", "fuel subsidies next year"),
        ),
        ("The bank said it plans to lower its lending rate.", ("The bank", "its lending rate")),
        (
            "The airline said it has decided to raise fares on domestic routes.",
            ("The airline", "fares on domestic routes"),
        ),
        ("The union said it wants to increase pay for nurses.", ("The union", "pay for nurses")),
    ],
)
def test_a_planned_act_gives_no_claim_only_when_on(causal_nlp: Language, text: str, want: tuple[str, str]) -> None:
    with settings_set(causal_nlp, planned_acts=False):
        assert claim_pairs(causal_nlp, text) == [want]
    with settings_set(causal_nlp, planned_acts=True):
        assert claim_pairs(causal_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "tried to" is no verb of intent, "helped to" passes its claim on to the verb it helps
        "The drought tried to push prices up.",
        "The sanctions have helped to raise prices.",
        # a causal verb that is no infinitive of a plan head is read as before
        "The new tariffs raised prices for consumers.",
        "Rising costs forced the company to raise prices.",
    ],
)
def test_other_causal_verbs_stay(causal_nlp: Language, text: str) -> None:
    with settings_set(causal_nlp, planned_acts=False):
        off = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, planned_acts=True):
        assert claim_pairs(causal_nlp, text) == off
