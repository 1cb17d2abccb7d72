"""Aid whose recipient is named only past the goods, in a "to help" / "to support" purpose clause (issue 14, session 36,
branch aidreach1; docs/events.md rule 381).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A state that sends,
provides, gives or pledges goods, money or loans "to help Y" / "to support Y" (or "for victims in Y") aids Y: CAMEO
07 (provide aid) or 033 (intent to provide aid), of the goods' class (money and loans 071 / 0331, medical supplies
and food 073 / 0333), from the giver to the party the purpose clause or "for" phrase names, as "sent food to Y" does.
Rule 381: the purpose clause's own verb ("support" 050, "help" 070) codes no second event for a pair the aid already
codes, and an aid noun that is a verb's object takes its beneficiary from that verb's purpose clause ("approved a
loan to support Y's economy"). Controls: aid to one's own people stays a domestic pair (no foreign target), a pledge
of aid for a purpose that names no party codes nothing, and the plain "to Y" forms keep their codes. ``XFAIL`` keeps
the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


AIDREACH1_SENTENCES: list[tuple[str, Events]] = [
    # goods sent or provided "to help Y" / "to help Y's ..."
    ("Turkey sent medical supplies to help Syria's hospitals.", {("TUR", "SYR", "073")}),
    ("Egypt sent tonnes of food to help Sudan cope with the famine.", {("EGY", "SDN", "073")}),
    ("Jordan has delivered medicine to help Lebanon's clinics.", {("JOR", "LBN", "073")}),
    ("India shipped food and medicine to help Sri Lanka.", {("IND", "LKA", "073")}),
    ("Qatar donated $20 million to help Afghanistan's health system.", {("QAT", "AFG", "071")}),
    ("Norway gave $15 million to help Somalia fight the drought.", {("NOR", "SOM", "071")}),
    # loans, grants provided "to support Y" / "to support Y's budget"
    ("Japan provided loans to support Kenya's budget.", {("JPN", "KEN", "071")}),
    ("The World Bank approved a $300 million loan to support Ghana's economy.", {("IGO", "GHA", "071")}),
    ("Germany provided grants to support Moldova's energy sector.", {("DEU", "MDA", "071")}),
    ("Saudi Arabia deposited $2 billion to support Pakistan's reserves.", {("SAU", "PAK", "071")}),
    ("China extended a credit line to support Sri Lanka's imports.", {("CHN", "LKA", "071")}),
    # pledges with the recipient in the purpose clause: intent (033x)
    ("Britain pledged 30 million pounds to help Sudan's refugees.", {("GBR", "SDN", "0331")}),
    ("Canada promised $40 million to help Haiti rebuild.", {("CAN", "HTI", "0331")}),
    ("The EU pledged 100 million euros in aid to support Syria's recovery.", {("IGO", "SYR", "0331")}),
    ("Kuwait pledged medical supplies to help Yemen's hospitals.", {("KWT", "YEM", "0333")}),
    # "for victims in Y" / "for Y's people" after the goods
    ("Japan pledged $50 million in aid for flood victims in Pakistan.", {("JPN", "PAK", "0331")}),
    ("Australia sent food aid for earthquake survivors in Myanmar.", {("AUS", "MMR", "073")}),
    ("The UAE sent medical supplies for hospitals in Gaza.", {("ARE", "PSE", "073")}),
    ("Italy provided $5 million in aid for displaced families in Libya.", {("ITA", "LBY", "071")}),
]

XFAIL: dict[str, str] = {
    "Saudi Arabia deposited $2 billion to support Pakistan's reserves.": "'deposited' codes no aid, so only the "
    "purpose clause's own 050 is left",
    "Canada promised $40 million to help Haiti rebuild.": "the promise wraps the purpose clause's 'help' (070) as "
    "its act, not the money, so no 0331 is coded",
    "The EU pledged 100 million euros in aid to support Syria's recovery.": "the pledge with 'in aid' and a purpose "
    "clause codes no event (the wrapper reads neither)",
    "Kuwait pledged medical supplies to help Yemen's hospitals.": "the pledge of goods with a purpose clause codes "
    "no event (the wrapper reads neither)",
    "Italy provided $5 million in aid for displaced families in Libya.": "'in aid' makes the money the noun 'aid' "
    "(070), not 071 (recipient reached before and after)",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(AIDREACH1_SENTENCES, XFAIL))
def test_aidreach1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


AIDREACH1_CONTROLS: list[tuple[str, Events]] = [
    # the plain "to Y" forms keep their codes
    ("Turkey sent medical supplies to Syria.", {("TUR", "SYR", "073")}),
    ("Japan pledged $3 billion in aid to Ukraine.", {("JPN", "UKR", "0331")}),
    ("The World Bank approved a $500 million loan to Kenya.", {("IGO", "KEN", "071")}),
    # a pledge of aid for a purpose with no party named: no target
    ("Japan pledged $50 million in aid to help flood victims.", set()),
    ("Canada promised $10 million to support reconstruction.", set()),
    # aid to one's own people: a domestic pair (the actors' primary codes), no foreign recipient, no 050 beside it
    ("Kenya sent food to help its drought-hit farmers.", {("KEN", "KEN", "073")}),
    ("India provided loans to support its own farmers.", {("IND", "IND", "071")}),
    # "to help" a party with no goods: not aid from a purpose clause of goods
    ("France sent troops to help Chad fight the rebels.", {("FRA", "TCD", "070")}),
]


@pytest.mark.parametrize(("text", "expected"), AIDREACH1_CONTROLS)
def test_aidreach1_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
