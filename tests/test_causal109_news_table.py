"""Issue 13, session 41, causal109 (docs/causal.md round 109): a table of made-up sentences in the style of 2025 news,
on a causal verb's pair told inside a noun's relative or participle clause ("a land law | that forces smallholders to
sell their plots", "a decree that cut pensions") where the sentence has no other marker pair. START's CNC train CV
reads the nested verb's pair as the sentence's pair, though CNC marks the clause the noun sits in ("demanding the repeal
of a land law that forces ..." -> "farmers marched on the assembly"): 10 of 39 such lone first pairs right. With the
switch on, such a pair gives way to the clause split and the span tagger, and stands only where neither reads a claim;
a pair whose cause names an event or an act (an event noun, a gerund, a noun made from a verb: "the blast that destroyed
the market", "the devaluation that wiped out savings"), a causal verb of the main clause, and a nested pair beside
another marker pair stay as they were.

``CAUSAL`` ``(text, nested, outer)``: the nested pair is not among the claims, the sentence keeps a claim, and the pair
CNC marks over the clause (``outer``) is among them (``OUTER_XFAIL`` lists the rows whose outer pair the clause split
and the tagger do not find). ``CONTROLS`` ``(text, pair)``: the pair stays among the claims. Each row's pairs were
written before the stage was run on it; none is copied from an evaluation set or a news excerpt. Rows the shipped
stage does not get are strict xfails with the reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    assert_shipped_on_default_off,
    claim_pairs,
    numbered_cases,
    pair_match,
    settings_set,
)

# (text, the nested pair that gives way, the pair over the clause the noun sits in)
CAUSAL: list[tuple[str, tuple[str, str], tuple[str, str]]] = [
    (
        "Hundreds of farmers marched on the state assembly in Chandigarh on Monday demanding the repeal of a land law"
        " that forces smallholders to sell their plots to developers.",
        ("a land law", "smallholders to sell their plots to developers"),
        (
            "demanding the repeal of a land law that forces smallholders to sell their plots to developers",
            "Hundreds of farmers marched on the state assembly in Chandigarh on Monday",
        ),
    ),
    (
        "Opposition deputies in Lima walked out of Congress on Thursday, denouncing a decree that cut pensions for"
        " retired teachers by a fifth.",
        ("a decree", "pensions for retired teachers by a fifth"),
        (
            "denouncing a decree that cut pensions for retired teachers by a fifth",
            "Opposition deputies in Lima walked out of Congress on Thursday",
        ),
    ),
    (
        "Dock workers in Antwerp began a 48-hour strike on Monday against new rules that would allow shipping lines to"
        " hire non-union crews, their union said.",
        ("new rules", "shipping lines to hire non-union crews"),
        (
            "new rules that would allow shipping lines to hire non-union crews",
            "Dock workers in Antwerp began a 48-hour strike on Monday",
        ),
    ),
    (
        "Taxi drivers in Bucharest blocked the main boulevard for three hours on Wednesday to protest against an app"
        " that has forced fares down by a third.",
        ("an app", "fares down by a third"),
        (
            "to protest against an app that has forced fares down by a third",
            "Taxi drivers in Bucharest blocked the main boulevard for three hours on Wednesday",
        ),
    ),
    (
        "Students at Makerere University boycotted lectures on Tuesday, angered by a fee policy that has forced"
        " hundreds of them to drop out.",
        ("a fee policy", "hundreds of them to drop out"),
        (
            "a fee policy that has forced hundreds of them to drop out",
            "Students at Makerere University boycotted lectures on Tuesday",
        ),
    ),
    (
        "Villagers in Kalimantan set up roadblocks on Friday against trucks of a palm oil company whose plantation has"
        " polluted their river, local media reported.",
        ("a palm oil company whose plantation", "their river"),
        (
            "trucks of a palm oil company whose plantation has polluted their river",
            "Villagers in Kalimantan set up roadblocks on Friday",
        ),
    ),
    (
        "Thousands of nurses in Santiago rallied outside the health ministry on Thursday, rejecting a budget that"
        " reduced hospital staffing across the country.",
        ("a budget", "hospital staffing across the country"),
        (
            "rejecting a budget that reduced hospital staffing across the country",
            "Thousands of nurses in Santiago rallied outside the health ministry on Thursday",
        ),
    ),
    (
        "Shopkeepers in Peshawar pulled down their shutters on Saturday over a sales tax that raised the price of"
        " cooking oil by 15 percent.",
        ("a sales tax", "the price of cooking oil by 15 percent"),
        (
            "a sales tax that raised the price of cooking oil by 15 percent",
            "Shopkeepers in Peshawar pulled down their shutters on Saturday",
        ),
    ),
    (
        "The European Commission on Monday opened an inquiry into a state subsidy that allowed the Hungarian carrier to"
        " undercut its rivals on regional routes.",
        ("a state subsidy", "the Hungarian carrier to undercut its rivals on regional routes"),
        (
            "a state subsidy that allowed the Hungarian carrier to undercut its rivals on regional routes",
            "The European Commission on Monday opened an inquiry",
        ),
    ),
    (
        "Environmental groups in Nairobi went to court on Wednesday to block a coal plant that would damage the"
        " mangroves of Lamu, their lawyers said.",
        ("a coal plant", "the mangroves of Lamu"),
        (
            "to block a coal plant that would damage the mangroves of Lamu",
            "Environmental groups in Nairobi went to court on Wednesday",
        ),
    ),
    (
        "Fishermen in Senegal burned nets outside the port of Joal on Sunday, angry at foreign trawlers that have"
        " depleted the stocks of sardinella off the coast.",
        ("foreign trawlers", "the stocks of sardinella off the coast"),
        (
            "foreign trawlers that have depleted the stocks of sardinella off the coast",
            "Fishermen in Senegal burned nets outside the port of Joal on Sunday",
        ),
    ),
    (
        "Rights groups in Manila on Friday condemned a curfew that kept children off the streets of the capital after"
        " dark, calling it arbitrary.",
        ("a curfew", "children off the streets of the capital after dark"),
        (
            "a curfew that kept children off the streets of the capital after dark",
            "Rights groups in Manila on Friday condemned",
        ),
    ),
    (
        "Bus drivers in Lisbon walked off the job on Tuesday over a shift system that made them work 12-hour days, the"
        " union said.",
        ("a shift system", "them work 12-hour days"),
        (
            "a shift system that made them work 12-hour days",
            "Bus drivers in Lisbon walked off the job on Tuesday",
        ),
    ),
    (
        "The mayor of Medellin on Friday ordered an inquiry into a contractor whose faulty scaffolding caused the"
        " collapse of a school roof last month.",
        ("faulty scaffolding", "the collapse of a school roof last month"),
        (
            "a contractor whose faulty scaffolding caused the collapse of a school roof last month",
            "The mayor of Medellin on Friday ordered an inquiry",
        ),
    ),
    (
        "Miners in Rustenburg staged a sit-in underground on Monday in a dispute over a bonus scheme that cut their"
        " take-home pay.",
        ("a bonus scheme", "their take-home pay"),
        (
            "a dispute over a bonus scheme that cut their take-home pay",
            "Miners in Rustenburg staged a sit-in underground on Monday",
        ),
    ),
    (
        "Parents in Karachi kept their children at home on Wednesday, rejecting a transfer order that left dozens of"
        " schools without teachers.",
        ("a transfer order", "dozens of schools without teachers"),
        (
            "rejecting a transfer order that left dozens of schools without teachers",
            "Parents in Karachi kept their children at home on Wednesday",
        ),
    ),
    (
        "Lawmakers in Accra summoned the energy minister on Tuesday over a tariff formula that doubled electricity"
        " bills for small businesses.",
        ("a tariff formula", "electricity bills for small businesses"),
        (
            "a tariff formula that doubled electricity bills for small businesses",
            "Lawmakers in Accra summoned the energy minister on Tuesday",
        ),
    ),
    (
        "Protesters in Tbilisi gathered outside parliament for a fifth night against a bill that would force media"
        " outlets to register as foreign agents.",
        ("a bill", "media outlets to register as foreign agents"),
        (
            "a bill that would force media outlets to register as foreign agents",
            "Protesters in Tbilisi gathered outside parliament for a fifth night",
        ),
    ),
    (
        "Truckers in Alberta parked their rigs on the highway shoulder on Thursday, objecting to a carbon levy that"
        " raised diesel costs across the province.",
        ("a carbon levy", "diesel costs across the province"),
        (
            "objecting to a carbon levy that raised diesel costs across the province",
            "Truckers in Alberta parked their rigs on the highway shoulder on Thursday",
        ),
    ),
    (
        "Health workers in Harare downed tools on Monday, citing a currency rule that has wiped out the value of their"
        " salaries.",
        ("a currency rule", "the value of their salaries"),
        (
            "citing a currency rule that has wiped out the value of their salaries",
            "Health workers in Harare downed tools on Monday",
        ),
    ),
    (
        "Residents on the outskirts of Jakarta blocked the gates of a landfill whose fumes have sickened dozens of"
        " children, police said on Sunday.",
        ("a landfill whose fumes", "dozens of children"),
        (
            "a landfill whose fumes have sickened dozens of children",
            "Residents on the outskirts of Jakarta blocked the gates",
        ),
    ),
    (
        "Cocoa farmers in Abidjan marched on the agriculture ministry on Wednesday, denouncing a pricing board that has"
        " kept farm-gate prices below the cost of production.",
        ("a pricing board", "farm-gate prices below the cost of production"),
        (
            "denouncing a pricing board that has kept farm-gate prices below the cost of production",
            "Cocoa farmers in Abidjan marched on the agriculture ministry on Wednesday",
        ),
    ),
    (
        "Pharmacists across Greece shut their stores on Thursday, opposing an online sales law that would push small"
        " chemists out of business.",
        ("an online sales law", "small chemists out of business"),
        (
            "opposing an online sales law that would push small chemists out of business",
            "Pharmacists across Greece shut their stores on Thursday",
        ),
    ),
    (
        "Activists in Warsaw rallied outside the constitutional court on Saturday against a law that restricted access"
        " to abortion across Poland.",
        ("a law", "access to abortion across Poland"),
        (
            "a law that restricted access to abortion across Poland",
            "Activists in Warsaw rallied outside the constitutional court on Saturday",
        ),
    ),
    (
        "Ride-hailing drivers in Johannesburg switched off their apps on Friday, protesting a commission rate that has"
        " slashed their earnings since January.",
        ("a commission rate", "their earnings since January"),
        (
            "protesting a commission rate that has slashed their earnings since January",
            "Ride-hailing drivers in Johannesburg switched off their apps on Friday",
        ),
    ),
    (
        "Garment workers in Phnom Penh walked out of three factories on Monday, rejecting a wage board that froze the"
        " minimum wage for a second year.",
        ("a wage board", "the minimum wage for a second year"),
        (
            "rejecting a wage board that froze the minimum wage for a second year",
            "Garment workers in Phnom Penh walked out of three factories on Monday",
        ),
    ),
]

# (text, a pair that stays): the nearest shapes the round leaves alone: a nested pair whose cause names an event or an
# act (an event noun, a noun made from a verb, a gerund), a causal verb of the main clause, a nested pair beside another
# marker pair of its sentence
CONTROLS: list[tuple[str, tuple[str, str]]] = [
    (
        "Residents of Aleppo are still clearing rubble from the blast that destroyed the old covered market last week.",
        ("the blast", "the old covered market"),
    ),
    (
        "Traders in Mombasa are still counting the cost of the riots that damaged more than 200 businesses last week.",
        ("the riots", "more than 200 businesses"),
    ),
    (
        "Investigators in Lyon are examining the fire that destroyed a warehouse of medical supplies on Sunday.",
        ("the fire", "a warehouse of medical supplies"),
    ),
    (
        "A parliamentary committee in Cairo will look into the devaluation that wiped out the savings of millions of"
        " Egyptians.",
        ("the devaluation", "the savings of millions of Egyptians"),
    ),
    (
        "Rights groups in Lagos on Monday condemned the demolition that left 300 families homeless in the Otodo-Gbame"
        " waterfront settlement.",
        ("the demolition", "300 families homeless"),
    ),
    (
        "Ukrainian officials on Tuesday blamed Russia for the shelling that cut power to the Zaporizhzhia nuclear plant"
        " for six hours.",
        ("the shelling", "power to the Zaporizhzhia nuclear plant"),
    ),
    (
        "A new levy on fuel has pushed the price of bread in Kano up by a third, traders said on Thursday.",
        ("A new levy on fuel", "the price of bread in Kano"),
    ),
    (
        "The decree cut pensions for retired teachers in Peru by a fifth, the finance ministry said.",
        ("The decree", "pensions for retired teachers in Peru by a fifth"),
    ),
    (
        "Protests spread to five cities after the government approved a law that forces farmers to sell their crops to"
        " state buyers.",
        ("a law", "farmers to sell their crops to state buyers"),
    ),
    (
        "Shops in Beirut closed early on Friday because of a power cut that left the city's main market in darkness.",
        ("a power cut", "the city's main market in darkness"),
    ),
    (
        "The explosion, which damaged two apartment blocks in Kharkiv, was caused by a gas leak, officials said.",
        ("The explosion", "two apartment blocks in Kharkiv"),
    ),
    (
        "Villagers in Assam are rebuilding homes after floods that washed away hundreds of houses in the Barpeta"
        " district.",
        ("floods", "hundreds of houses in the Barpeta district"),
    ),
    (
        "Heavy rain caused the collapse of a bridge on the highway between Quito and Guayaquil on Sunday.",
        ("Heavy rain", "the collapse of a bridge on the highway between Quito and Guayaquil"),
    ),
    (
        "The strike by port workers has forced shipping lines to divert cargo to Walvis Bay, officials said.",
        ("The strike by port workers", "shipping lines to divert cargo to Walvis Bay"),
    ),
    (
        "Exports of wheat fell by a third because of a drought that has ruined harvests across Morocco.",
        ("a drought", "harvests across Morocco"),
    ),
    (
        "Prices of fuel rose in Lagos due to a tax that raised import costs by 20 percent.",
        ("a tax", "import costs by 20 percent"),
    ),
    (
        "The flooding that hit Valencia in October destroyed thousands of cars, insurers said.",
        ("The flooding that hit Valencia in October", "thousands of cars"),
    ),
    (
        "Sanctions imposed by Washington have cut Iran's oil exports by half, analysts said.",
        ("Sanctions imposed by Washington", "Iran's oil exports by half"),
    ),
    (
        "The closure of the border has pushed up food prices in northern Ghana, traders said.",
        ("The closure of the border", "food prices in northern Ghana"),
    ),
    (
        "The new tariffs have driven up the cost of steel for carmakers in Mexico, the industry group said.",
        ("The new tariffs", "the cost of steel for carmakers in Mexico"),
    ),
    (
        "Flights were cancelled at Lisbon airport because of a strike that left the terminals without ground staff.",
        ("a strike", "the terminals without ground staff"),
    ),
    (
        "Investors sold the rand on Tuesday because of a budget that widened the deficit to 7 percent of output.",
        ("a budget", "the deficit to 7 percent of output"),
    ),
]

_ALONE = "neither the further-pair readers nor the clause split nor the tagger read a claim: the nested pair stands"
_TURNED = "the reading without the nested pair is the clause split, turned: the main clause as the participle's cause"
_MISSED = "no claim at all, on START as with the switch"
XFAIL_CAUSAL: dict[int, str] = {4: _ALONE}
OUTER_XFAIL: dict[int, str] = {
    4: _ALONE,
    8: "the reading without the nested pair splits the verb's complement ('the Hungarian carrier | to undercut')",
    10: "the tagger cuts the main clause at its verb ('Fishermen in Senegal burned | nets'), as on START",
    11: "the tagger reads only the trailing participle ('calling it arbitrary'), on START as with the switch",
    13: "the reading without the nested pair is the last-resort subject split ('The mayor of Medellin on Friday |')",
    15: _TURNED,
    18: _TURNED,
}
XFAIL_CONTROLS: dict[int, str] = {
    0: _MISSED,
    2: _MISSED,
    3: _MISSED,
    4: "the effect is read from 'left' and runs on to the place, under the bar, on START as with the switch",
    5: "the shelling's clause is read as the cause of the blaming, on START as with the switch",
    8: (
        "'after' is read by the clause split, not by a marker, so the nested pair is the sentence's only marker reading"
        " and gives way: the claim is the 'after' pair over the clause ('the government approved a law ... -> Protests"
        " spread to five cities'), the pair CNC marks"
    ),
    11: "the tagger's pair takes the whole clause of the floods as the cause of the rebuilding, as on START",
    14: "the 'because of' pair holds the nested clause in its cause, no pair of its own is read, as on START",
    15: "the marker reader's effect ends before 'by 20 percent', under the bar, on START as with the switch",
    16: _MISSED,
    17: _MISSED,
}
# the rows that only the switch gets (with it off the nested pair is a claim)
ROUND_ROWS: tuple[int, ...] = (0, 2, 7, 9, 12, 17, 22, 23)


def _has_pair(nlp: Language, text: str, want: tuple[str, str]) -> bool:
    return any(pair_match(got, want) >= 0.5 for got in claim_pairs(nlp, text))


@pytest.mark.parametrize(("text", "nested", "outer"), numbered_cases(CAUSAL, XFAIL_CAUSAL, "causal"))
def test_the_nested_pair_gives_way(
    causal_nlp: Language, text: str, nested: tuple[str, str], outer: tuple[str, str]
) -> None:
    got = claim_pairs(causal_nlp, text)
    assert got, text
    assert not _has_pair(causal_nlp, text, nested), got


@pytest.mark.parametrize(("text", "nested", "outer"), numbered_cases(CAUSAL, OUTER_XFAIL, "outer"))
def test_the_clause_pair_is_read(
    causal_nlp: Language, text: str, nested: tuple[str, str], outer: tuple[str, str]
) -> None:
    assert _has_pair(causal_nlp, text, outer), claim_pairs(causal_nlp, text)


@pytest.mark.parametrize(("text", "pair"), numbered_cases(CONTROLS, XFAIL_CONTROLS, "control"))
def test_the_nearest_shapes_keep_their_pair(causal_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert _has_pair(causal_nlp, text, pair), claim_pairs(causal_nlp, text)


def test_the_round_moves_the_pair_only_when_on(causal_nlp: Language) -> None:
    assert ROUND_ROWS
    for row in ROUND_ROWS:
        text, nested, _ = CAUSAL[row]
        with settings_set(causal_nlp, modifier_cue_pairs_give_way=False):
            assert _has_pair(causal_nlp, text, nested), text
        with settings_set(causal_nlp, modifier_cue_pairs_give_way=True):
            assert not _has_pair(causal_nlp, text, nested), text
            assert claim_pairs(causal_nlp, text), text


def test_the_table_has_its_shape() -> None:
    assert len(CAUSAL) >= 25 and len(CONTROLS) >= 10
    assert set(XFAIL_CAUSAL) <= set(range(len(CAUSAL)))
    assert set(OUTER_XFAIL) <= set(range(len(CAUSAL)))
    assert set(XFAIL_CONTROLS) <= set(range(len(CONTROLS)))


def test_the_switch_is_shipped_on_and_off_by_default() -> None:
    assert_shipped_on_default_off("modifier_cue_pairs_give_way")
