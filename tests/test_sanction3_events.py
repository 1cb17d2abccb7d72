"""The life cycle of sanctions and export controls in 2025 wire style (issue 14, session 28, branch sanction3;
docs/events.md rule 202).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The codes are the
CAMEO codebook's: sanctions, embargoes, export controls, a price cap and asset freezes imposed, adopted, extended or
tightened are 163 ("impose embargo, boycott, or sanctions"); a company sanctioned stands for its country ("sanctions
on Rosneft and Lukoil" target Russia); secondary sanctions or tariffs target the buyer they are laid on; sanctions
eased, lifted, suspended or assets unfrozen are 085 ("ease economic sanctions, boycott, embargo"); sanctions
threatened are 1312 ("threaten to boycott, embargo, or sanction"). Evasion of sanctions is no event (the codebook's
128 "defy norms, law" needs a party defied, and the evasion is a charge, not a reported act; the charge itself is
112). Controls: commentary on what sanctions did, counts and history in background clauses, and measures weighed are
no asserted event. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

SANCTION3_SENTENCES: list[tuple[str, Events]] = [
    # imposed, adopted
    (
        "The United States imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil.",
        {("USA", "RUS", "163")},
    ),
    ("The U.S. Treasury imposed sanctions on Rosneft and Lukoil on Wednesday.", {("USA", "RUS", "163")}),
    ("Britain sanctioned Rosneft and Lukoil last week.", {("GBR", "RUS", "163")}),
    ("Sanctions on Rosneft and Lukoil were announced by the U.S. Treasury on Wednesday.", {("USA", "RUS", "163")}),
    ("The European Union adopted its 19th package of sanctions against Russia on Thursday.", {("IGO", "RUS", "163")}),
    ("A new package of sanctions against Russia was adopted by the European Union.", {("IGO", "RUS", "163")}),
    ("EU foreign ministers approved a fresh package of sanctions on Russia.", {("IGO", "RUS", "163")}),
    ("Washington slapped sanctions on Iranian oil exporters.", {("USA", "IRN", "163")}),
    ("Japan imposed new sanctions on North Korea over its missile launches.", {("JPN", "PRK", "163")}),
    ("Canada announced sanctions against Russian officials.", {("CAN", "RUS", "163")}),
    ("Australia imposed sanctions on Iran's Revolutionary Guards.", {("AUS", "IRN", "163")}),
    # secondary sanctions and tariffs on buyers of Russian or Iranian oil
    ("Trump imposed an additional 25 percent tariff on India for buying Russian oil.", {("USA", "IND", "163")}),
    (
        "The United States imposed secondary sanctions on Chinese refiners that buy Iranian oil.",
        {("USA", "CHN", "163")},
    ),
    ("Washington slapped secondary tariffs on India over its purchases of Russian oil.", {("USA", "IND", "163")}),
    ("U.S. sanctions Chinese refinery for buying Iranian oil", {("USA", "CHN", "163")}),
    (
        "Trump doubled tariffs on India to 50 percent as a penalty for its Russian oil purchases.",
        {("USA", "IND", "163")},
    ),
    (
        "Trump threatened to impose secondary sanctions on India over its purchases of Russian oil.",
        {("USA", "IND", "1312")},
    ),
    ("Trump threatened secondary tariffs on countries that buy Russian oil.", set()),
    # extended, renewed, tightened
    ("The European Union extended its sanctions against Russia for another six months.", {("IGO", "RUS", "163")}),
    ("EU leaders agreed to extend economic sanctions on Russia until July.", {("IGO", "RUS", "163")}),
    ("The United States renewed sanctions on Venezuela's state oil company.", {("USA", "VEN", "163")}),
    ("Britain tightened sanctions on Russia's shadow fleet.", {("GBR", "RUS", "163")}),
    ("The United States expanded its sanctions on Iran's oil sector.", {("USA", "IRN", "163")}),
    # eased, lifted, suspended, unfrozen
    ("The United States lifted sanctions on Syria on Monday.", {("USA", "SYR", "085")}),
    ("The European Union eased sanctions on Syria's banking sector.", {("IGO", "SYR", "085")}),
    ("Trump signed an order lifting most sanctions on Syria.", {("USA", "SYR", "085")}),
    ("Washington relaxed sanctions on Belarus's state airline.", {("USA", "BLR", "085")}),
    ("The U.S. Treasury removed sanctions on the Belarusian potash producer Belaruskali.", {("USA", "BLR", "085")}),
    ("The United States suspended sanctions on Syria for 180 days.", {("USA", "SYR", "085")}),
    ("The European Union unfroze the assets of the Syrian central bank.", {("IGO", "SYR", "085")}),
    ("The United States eased export controls on chips to China.", {("USA", "CHN", "085")}),
    # threatened
    ("Trump threatened to impose sanctions on Russia if it does not agree to a ceasefire.", {("USA", "RUS", "1312")}),
    ("The European Union warned it would impose new sanctions on Russia.", {("IGO", "RUS", "1312")}),
    ("Washington threatened sanctions against Colombia.", {("USA", "COL", "1312")}),
    ("Trump threatened China with export controls on critical software.", {("USA", "CHN", "1312")}),
    # price cap
    ("The European Union imposed a price cap on Russian oil.", {("IGO", "RUS", "163")}),
    (
        "The European Union and Britain lowered the price cap on Russian crude.",
        {("IGO", "RUS", "163"), ("GBR", "RUS", "163")},
    ),
    # asset freezes
    ("Canada froze the assets of Russian oligarchs.", {("CAN", "RUS", "163")}),
    ("The European Union froze the assets of Russia's central bank.", {("IGO", "RUS", "163")}),
    ("Britain imposed an asset freeze on Iranian officials.", {("GBR", "IRN", "163")}),
    # export controls, embargoes
    ("The United States imposed export controls on advanced chips to China.", {("USA", "CHN", "163")}),
    ("Washington tightened export controls on Nvidia chips bound for China.", {("USA", "CHN", "163")}),
    ("China restricted exports of rare earths to the United States.", {("CHN", "USA", "163")}),
    ("Beijing banned exports of gallium to the United States.", {("CHN", "USA", "163")}),
    ("Turkey imposed a trade embargo on Israel.", {("TUR", "ISR", "163")}),
    ("Spain imposed an arms embargo on Israel.", {("ESP", "ISR", "163")}),
    # evasion: no event; the charge of it is an accusation
    ("Russia has evaded sanctions by shipping oil through a shadow fleet.", set()),
    ("Washington accused Iran of evading U.S. sanctions.", {("USA", "IRN", "112")}),
    # reactions
    ("Russia condemned the new U.S. sanctions.", {("RUS", "USA", "111")}),
    # history in a relative clause is an asserted act of the same kind
    ("The EU, which has imposed sanctions on Russia since 2014, extended them on Friday.", {("IGO", "RUS", "163")}),
]

XFAIL: dict[str, str] = {
    "Washington tightened export controls on Nvidia chips bound for China.": "the maker of the goods (Nvidia, a U.S. "
    "company) is read as the target; the destination in 'bound for China' is no target phrase",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(SANCTION3_SENTENCES, XFAIL))
def test_sanction3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: commentary, counts and background history, measures weighed: no asserted event ------------------

SANCTION3_CONTROLS: list[tuple[str, Events]] = [
    ("Sanctions have failed to change Moscow's behaviour.", set()),
    ("Western sanctions have pushed Russia's economy toward stagnation.", set()),
    ("Analysts say the sanctions have done little to dent Russia's oil revenue.", set()),
    ("The measures add to 18 earlier packages of sanctions against Russia.", set()),
    ("The sanctions, first imposed in 2014 after the annexation of Crimea, were extended on Friday.", set()),
    ("Russia's economy has stagnated under the weight of sanctions.", set()),
    ("The sanctions regime against Russia is the most extensive ever imposed.", set()),
    ("Trade that once flowed to Europe has been diverted to China and India.", set()),
    ("Critics argue that sanctions rarely change a government's behaviour.", set()),
    ("Lawmakers debated whether to lift sanctions on Syria.", set()),
    ("The European Union is considering new sanctions against Russia.", set()),
    ("The Kremlin said the sanctions would have no effect.", set()),
    ("Oil exports from Russia to India rose despite the sanctions.", set()),
]

CONTROL_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(SANCTION3_CONTROLS, CONTROL_XFAIL))
def test_sanction3_control_codes_no_event(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
