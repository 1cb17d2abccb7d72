"""A party funded, financed or subsidised is given economic aid, 071 (issue 14, session 34, branch headline5x;
docs/events.md rule 322).

The headline "Qatar funds Hamas" (``tests/test_headline4_events.py``) was parsed right since rule 159 but coded
070 (provide aid, unspecified): "fund", "finance" and "subsidise" stood among 070's verbs, while money given by its
noun ("provided funding to Y", "gave $50 million to Y": `money_goods`) and "bankroll" were already the codebook's
071 "provide economic aid". Rule 322 moves the three verbs to 071. Every sentence is our own invention in the style
of 2025 wire headlines, none copied from an evaluation set; the expected events were written from the CAMEO code
descriptions before the coder changed. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the
learned layer off (``rules_nlp``). Before rule 322: 0 of the 10 rows (each coded 070, the announced one 033),
6 of 6 controls; after: 10 of 10, 6 of 6.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

# (headline, its asserted events, exactly) chosen from the codebook beforehand
HEADLINE5X_SENTENCES: list[tuple[str, Events]] = [
    ("Saudi Arabia funds Syrian reconstruction", {("SAU", "SYR", "071")}),
    ("Germany funds Moldova's energy grid", {("DEU", "MDA", "071")}),
    ("Kuwait finances Egyptian power plant", {("KWT", "EGY", "071")}),
    ("China finances Serbian rail link", {("CHN", "SRB", "071")}),
    ("Norway funds Palestinian Authority salaries", {("NOR", "PSE", "071")}),
    ("India funds Afghan dam project", {("IND", "AFG", "071")}),
    ("Qatar subsidises Lebanese army salaries", {("QAT", "LBN", "071")}),
    ("Britain funded Ukrainian drone makers last year.", {("GBR", "UKR", "071")}),
    ("The UAE financed Ethiopia's new airport in 2024.", {("ARE", "ETH", "071")}),
    # a funding announced: the intent to give economic aid (0331)
    ("Japan will fund Ukraine's reconstruction", {("JPN", "UKR", "0331")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(HEADLINE5X_SENTENCES, XFAIL))
def test_funding_headline_codes_economic_aid(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# controls: money or goods by other words keep their codes; a noun phrase of funds codes nothing
CONTROLS: list[tuple[str, Events]] = [
    # the purchase funded names the goods (rule 244c): arms promised, 0332
    ("Germany will fund the purchase of US air defence systems for Ukraine.", {("DEU", "UKR", "0332")}),
    ("Washington cuts funding to UNRWA", {("USA", "IGO", "1621")}),
    ("Norway gave $50 million to Lebanon.", {("NOR", "LBN", "071")}),
    ("Turkey sends aid to Syria", {("TUR", "SYR", "070")}),
    ("Qatari funds for Gaza reconstruction", set()),
    ("The funds went to Hamas.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_funding_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in HEADLINE5X_SENTENCES}
