"""Invented sentences for docs/events.md rule 163 (issue 14, session 26, branch econ1): economic interaction between
states, coded to the codebook's whole sub-codes.

Trade and purchases are economic cooperation (061: "increased its purchases of Russian crude", "resumed gas
deliveries to Y"), loans, credits, grants and debt relief economic aid (071), price caps, asset freezes, export
controls and supplies or trade cut off the embargo family (163), a state's seizure of assets confiscation (1711),
sanctions and tariffs lifted or lowered eased (085), aid cut refined by its kind (1621 / 1622 / 1623); threats,
demands and pledges take their economic sub-codes (1311 / 1312 / 1011 / 0311). Price movements, an economy's growth
and imports falling for want of demand are no event.

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The expected
{(source, target, code)} of each row were written before the coder changed (codes from
/work/shared/data/cameo-eventcodes.tsv); ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, events_of

Expected = set[tuple[str, str, str]]

# (sentence, {(source, target, CAMEO code)} chosen beforehand, mode)
ECON1_SENTENCES: list[tuple[str, Expected, str]] = [
    # trade and purchases: economic cooperation with the seller or buyer (061)
    ("India increased its purchases of Russian crude.", {("IND", "RUS", "061")}, ASSERTED),
    ("Hungary boosted purchases of Russian gas.", {("HUN", "RUS", "061")}, ASSERTED),
    ("Japan stepped up its imports of Australian coal.", {("JPN", "AUS", "061")}, ASSERTED),
    ("Qatar resumed gas deliveries to Pakistan.", {("QAT", "PAK", "061")}, ASSERTED),
    ("China bought more Brazilian soybeans last year.", {("CHN", "BRA", "061")}, ASSERTED),
    ("Turkey imported record volumes of gas from Azerbaijan in March.", {("TUR", "AZE", "061")}, ASSERTED),
    ("Kazakhstan exported more wheat to Afghanistan.", {("KAZ", "AFG", "061")}, ASSERTED),
    ("Saudi Arabia invested $5 billion in Egypt.", {("SAU", "EGY", "061")}, ASSERTED),
    # loans, credits, grants and debt relief: economic aid (071)
    ("Japan extended a $2 billion loan to Ukraine.", {("JPN", "UKR", "071")}, ASSERTED),
    ("Kuwait lent Jordan $300 million.", {("KWT", "JOR", "071")}, ASSERTED),
    ("The IMF disbursed $1 billion to Egypt.", {("IGO", "EGY", "071")}, ASSERTED),
    ("China wrote off part of Zambia's debt.", {("CHN", "ZMB", "071")}, ASSERTED),
    ("France cancelled Senegal's debt.", {("FRA", "SEN", "071")}, ASSERTED),
    ("Britain provided debt relief to Somalia.", {("GBR", "SOM", "071")}, ASSERTED),
    ("The World Bank approved a $500 million credit for Kenya.", {("IGO", "KEN", "071")}, ASSERTED),
    ("Germany gave Moldova a grant of 50 million euros.", {("DEU", "MDA", "071")}, ASSERTED),
    # price caps, asset freezes, export controls, supplies and trade cut off: the embargo family (163)
    ("The EU agreed to a price cap on Russian oil.", {("IGO", "RUS", "163")}, ASSERTED),
    ("Canada imposed a price cap on Russian oil.", {("CAN", "RUS", "163")}, ASSERTED),
    ("Russia halted gas deliveries to Poland.", {("RUS", "POL", "163")}, ASSERTED),
    ("Russia cut oil exports to Lithuania.", {("RUS", "LTU", "163")}, ASSERTED),
    ("Algeria suspended trade with Spain.", {("DZA", "ESP", "163")}, ASSERTED),
    ("Germany froze Russian central bank assets.", {("DEU", "RUS", "163")}, ASSERTED),
    ("The US imposed export controls on advanced chips to China.", {("USA", "CHN", "163")}, ASSERTED),
    (
        "Washington slapped secondary sanctions on Chinese refiners that buy Iranian oil.",
        {("USA", "CHN", "163")},
        ASSERTED,
    ),
    ("Britain banned imports of Russian steel.", {("GBR", "RUS", "163")}, ASSERTED),
    ("The US raised tariffs on Canadian lumber.", {("USA", "CAN", "163")}, ASSERTED),
    ("The United States imposed sanctions on Rosneft and Lukoil.", {("USA", "RUS", "163")}, ASSERTED),
    (
        "The US raised tariffs on Indian goods to 50 percent over its purchases of Russian oil.",
        {("USA", "IND", "163")},
        ASSERTED,
    ),
    ("Russia banned exports of gasoline to Kazakhstan.", {("RUS", "KAZ", "163")}, ASSERTED),
    # a state's taking of assets by a legal act: confiscation (1711)
    ("Belgium seized Russian state assets.", {("BEL", "RUS", "1711")}, ASSERTED),
    # sanctions and tariffs lifted, lowered or suspended, assets unfrozen: sanctions eased (085)
    ("The United States lowered tariffs on Japanese cars.", {("USA", "JPN", "085")}, ASSERTED),
    ("The EU lifted sanctions on Syria.", {("IGO", "SYR", "085")}, ASSERTED),
    ("Washington eased sanctions on Venezuela's oil sector.", {("USA", "VEN", "085")}, ASSERTED),
    ("The US suspended some sanctions on Belarus.", {("USA", "BLR", "085")}, ASSERTED),
    ("Britain unfroze Libyan assets.", {("GBR", "LBY", "085")}, ASSERTED),
    # aid cut back, by its kind (1621 economic, 1622 military, 1623 humanitarian)
    ("The Netherlands cut its development aid to Rwanda.", {("NLD", "RWA", "1621")}, ASSERTED),
    ("Washington suspended military aid to Egypt.", {("USA", "EGY", "1622")}, ASSERTED),
    ("Britain halted humanitarian aid to Yemen.", {("GBR", "YEM", "1623")}, ASSERTED),
    # threats, demands and pledges of economic acts
    ("Russia would cut gas supplies to Moldova, the minister said.", {("RUS", "MDA", "1312")}, ASSERTED),
    ("Washington plans to impose new tariffs on Chinese steel.", {("USA", "CHN", "1312")}, ASSERTED),
    ("Trump threatened to impose tariffs on Mexico.", {("USA", "MEX", "1312")}, ASSERTED),
    ("Germany threatened to cut aid to Niger.", {("DEU", "NER", "1311")}, ASSERTED),
    ("The EU demanded that China open its markets to European firms.", {("IGO", "CHN", "1011")}, ASSERTED),
    ("Indonesia pledged to boost trade with Australia.", {("IDN", "AUS", "0311")}, ASSERTED),
    ("Japan said it would invest $10 billion in India.", {("JPN", "IND", "0311")}, ASSERTED),
    ("Norway agreed to supply more gas to Germany.", {("NOR", "DEU", "0311")}, ASSERTED),
    # economic talks and agreements
    (
        "China and the European Union held trade talks in Brussels.",
        {("CHN", "IGO", "040"), ("IGO", "CHN", "040")},
        ASSERTED,
    ),
    ("China signed a trade deal with Brazil.", {("CHN", "BRA", "057"), ("BRA", "CHN", "057")}, ASSERTED),
]

# sentences that must code no event at all: prices, an economy, trade moved by demand, not by a state's act
ECON1_NO_EVENT: list[str] = [
    "Oil prices rose sharply on Monday.",
    "Russia's economy grew by 3 percent last year.",
    "India's imports of Russian oil fell because of lower demand.",
    "Brazil's exports rose in April.",
    # a trade figure between two named states is no act of either (rule 209; before, 061 both ways)
    "Trade between Vietnam and South Korea grew by 12 percent.",
    "The ruble fell against the dollar.",
    "Shares of Gazprom fell after the announcement.",
]

# sentences that must code none of the listed (source, target, code) triples
ECON1_NOT: list[tuple[str, Expected]] = [
    # trade increased is no reduction; sanctions suspended are no sanctions imposed; a debt cancelled is no cut
    ("India increased its purchases of Russian crude.", {("IND", "RUS", "160"), ("IND", "RUS", "163")}),
    ("The US suspended some sanctions on Belarus.", {("USA", "BLR", "163"), ("USA", "BLR", "160")}),
    ("France cancelled Senegal's debt.", {("FRA", "SEN", "160"), ("FRA", "SEN", "162")}),
    # gas deliveries halted are no aid and no cooperation
    ("Russia halted gas deliveries to Poland.", {("RUS", "POL", "070"), ("RUS", "POL", "061"), ("RUS", "POL", "162")}),
]

# rows the change does not fix, each with why
# "The EU agreed to a price cap on Russian oil." passes since rule 294 (session 33, leftovers32: a sanction noun
# agreed to is the measure adopted, 163; rule 177b's stated intent was changed)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected", "mode"), table_cases(ECON1_SENTENCES, XFAIL))
def test_econ1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Expected, mode: str) -> None:
    found = events_of(rules_nlp, text)
    assert {(s, t, c, mode) for s, t, c in expected} <= found


@pytest.mark.parametrize("text", ECON1_NO_EVENT)
def test_econ1_sentence_codes_no_event(rules_nlp: Language, text: str) -> None:
    assert not events_of(rules_nlp, text)


@pytest.mark.parametrize(("text", "absent"), ECON1_NOT)
def test_econ1_sentence_does_not_code(rules_nlp: Language, text: str, absent: Expected) -> None:
    found = {(s, t, c) for s, t, c, _ in events_of(rules_nlp, text)}
    assert not absent & found


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in ECON1_SENTENCES}
