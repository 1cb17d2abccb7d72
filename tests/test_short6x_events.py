"""Two parties agreeing to pull back their forces, in 2025 wire style (issue 14, session 33, branch short6x;
docs/events.md rule 302).

Each sentence is our own invention, none copied from an evaluation set or the news excerpts; like short6's body
sentences they carry a trailing attribution ("..., the ministry said") or an "as" clause. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Expected codes were
chosen from the CAMEO codebook (/work/shared/data) before the coder ran: two rivals that agree, pledge or promise to
withdraw, pull back or disengage their forces, naming no other party, express an intent to de-escalate toward each
other, CAMEO 0356 "express intent to de-escalate military engagement", one event per direction (rule 45). Controls:
one party alone, a withdrawal from a named country, other yields (a release of prisoners), and a done (not agreed)
pull-back keep their readings. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


SHORT6X_SENTENCES: list[tuple[str, Events]] = [
    (
        "Armenia and Azerbaijan agreed to withdraw their forces from the line of contact, the Armenian foreign "
        "ministry said in a statement on Tuesday.",
        both("ARM", "AZE", "0356"),
    ),
    (
        "Kyrgyzstan and Tajikistan agreed to withdraw troops from the disputed section of their border, the Kyrgyz "
        "security service said.",
        both("KGZ", "TJK", "0356"),
    ),
    (
        "India and China agreed to pull back troops from several friction points along their frontier, officials "
        "in New Delhi said on Monday.",
        both("IND", "CHN", "0356"),
    ),
    (
        "Ethiopia and Eritrea pledged to pull back their troops from the disputed border town, according to a "
        "joint statement read on state television.",
        both("ETH", "ERI", "0356"),
    ),
    (
        "Israel and Hezbollah agreed to pull back their fighters from the frontier, US officials said, as a "
        "fragile truce took hold.",
        both("ISR", "LBN", "0356"),
    ),
    (
        "Pakistan and Afghanistan agreed to withdraw forces from the main border crossing after a week of clashes,"
        " the Pakistani foreign office said.",
        both("PAK", "AFG", "0356"),
    ),
    (
        "Rwanda and the Democratic Republic of Congo agreed to disengage their forces in the east, a Qatari "
        "mediator said, as fighting eased.",
        both("RWA", "COD", "0356"),
    ),
    (
        "Thailand and Cambodia promised to withdraw heavy weapons from the frontier, the Malaysian foreign "
        "minister said after talks in Kuala Lumpur.",
        both("THA", "KHM", "0356"),
    ),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(SHORT6X_SENTENCES, XFAIL))
def test_short6x_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: the readings rule 302 must keep ----------------------------------------------------------------------

SHORT6X_CONTROLS: list[tuple[str, Events]] = [
    # one party alone names no partner: no event
    ("Thailand agreed to withdraw troops from the disputed temple area, the foreign ministry said.", set()),
    # a withdrawal from a named country is toward that country, one way, not between the allies
    (
        "France and Britain agreed to withdraw their troops from Mali, officials in Paris said.",
        {("FRA", "MLI", "0356"), ("GBR", "MLI", "0356")},
    ),
    # other yields (a release, aid) name no partner in the subject (rule 134b): no event
    ("Egypt and Jordan agreed to release prisoners, officials said on Sunday.", set()),
    # a pull-back done, not agreed, is outside the rule: no event
    ("India and China pulled back troops from the disputed area, officials said.", set()),
    # rule 134b's cooperation stays mutual
    ("Japan and India agreed to expand trade, the Japanese foreign ministry said.", both("JPN", "IND", "0311")),
]


@pytest.mark.parametrize(("text", "expected"), SHORT6X_CONTROLS)
def test_short6x_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
