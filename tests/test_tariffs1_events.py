"""2025 trade-war wire copy: tariffs and trade deals (issue 14, session 29, branch tariffs1; docs/events.md rule 215).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Codes were written from the CAMEO codebook before the coder ran, consistently with how the
project already codes tariffs: a tariff imposed, raised or retaliated with is an economic sanction (163, as "impose
tariff" is in the lexicon), a tariff threatened is 1312, a tariff paused, delayed, exempted from, cut or lifted is
eased (085), a stated intent to cut one 0354, a trade deal struck or signed 057 (one event per direction), trade
talks 046, talks broken off 164, an export ban or a port fee imposed 163, a deadline for a deal an ultimatum (139).
Controls: tariff rates as figures, forecasts, markets reacting code nothing. ``XFAIL`` keeps the rows still failing,
each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


TARIFFS1_SENTENCES: list[tuple[str, Events]] = [
    # tariffs imposed, raised, retaliatory
    ("The United States imposed tariffs of 25 percent on steel imports from Canada.", {("USA", "CAN", "163")}),
    ("Washington raised tariffs on Chinese goods to 145 percent on Wednesday.", {("USA", "CHN", "163")}),
    ("China imposed retaliatory tariffs on American soybeans.", {("CHN", "USA", "163")}),
    ("Canada slapped retaliatory tariffs on US cars.", {("CAN", "USA", "163")}),
    ("The European Union imposed counter-tariffs on American whiskey.", {("IGO", "USA", "163")}),
    ("Mexico raised tariffs on Chinese cars to 50 percent.", {("MEX", "CHN", "163")}),
    ("Trump doubled tariffs on Brazilian goods to 50 percent.", {("USA", "BRA", "163")}),
    # secondary tariffs on buyers of Russian oil
    (
        "Trump imposed an additional 25 percent tariff on India over its purchases of Russian oil.",
        {("USA", "IND", "163")},
    ),
    ("The United States imposed a secondary tariff on India for buying Russian oil.", {("USA", "IND", "163")}),
    ("Trump threatened China with secondary tariffs over its purchases of Iranian oil.", {("USA", "CHN", "1312")}),
    # "Liberation Day" tariffs
    ("Trump announced sweeping 'Liberation Day' tariffs on imports from Vietnam.", {("USA", "VNM", "163")}),
    ("The United States announced new tariffs on Japanese cars on Liberation Day.", {("USA", "JPN", "163")}),
    # tariffs threatened
    ("Trump threatened to impose 100 percent tariffs on Canada.", {("USA", "CAN", "1312")}),
    ("The European Union threatened retaliatory tariffs on American goods.", {("IGO", "USA", "1312")}),
    ("Trump warned the European Union that he would raise tariffs to 50 percent.", {("USA", "IGO", "1312")}),
    ("Trump threatened new tariffs on Spain over its defence spending.", {("USA", "ESP", "1312")}),
    # tariffs paused, delayed, exempted
    ("The United States paused tariffs on Mexican goods for 30 days.", {("USA", "MEX", "085")}),
    ("Washington suspended the additional tariffs on Chinese imports for 90 days.", {("USA", "CHN", "085")}),
    ("The White House delayed tariffs on the European Union until July.", {("USA", "IGO", "085")}),
    ("Trump postponed the tariffs on Canada by a month.", {("USA", "CAN", "085")}),
    ("The United States exempted Canadian energy from the new tariffs.", {("USA", "CAN", "085")}),
    ("Washington granted Britain an exemption from the steel tariffs.", {("USA", "GBR", "085")}),
    ("The EU suspended its countermeasures against US tariffs for six months.", {("IGO", "USA", "085")}),
    ("The EU delayed new sanctions on Russia.", {("IGO", "RUS", "085")}),
    ("The European Union exempted Norway from the steel tariffs.", {("IGO", "NOR", "085")}),
    # tariffs cut, lowered, lifted
    ("China cut tariffs on American goods to 10 percent.", {("CHN", "USA", "085")}),
    ("Beijing lifted its tariffs on Australian wine.", {("CHN", "AUS", "085")}),
    ("India lowered tariffs on American motorcycles.", {("IND", "USA", "085")}),
    ("The United States reduced tariffs on Japanese cars to 15 percent.", {("USA", "JPN", "085")}),
    ("Vietnam removed tariffs on US ethanol.", {("VNM", "USA", "085")}),
    ("Canada dropped most of its retaliatory tariffs on US goods.", {("CAN", "USA", "085")}),
    # intent to cut
    ("India offered to cut tariffs on American goods to zero.", {("IND", "USA", "0354")}),
    ("Japan agreed to lower tariffs on US rice.", {("JPN", "USA", "0354")}),
    # trade deals struck, framework agreed
    ("The United States and Japan struck a trade deal on Tuesday.", both("USA", "JPN", "057")),
    ("Britain signed a trade agreement with India.", both("GBR", "IND", "057")),
    ("Washington and Hanoi reached a trade deal.", both("USA", "VNM", "057")),
    ("Indonesia and the European Union signed a free trade agreement.", both("IDN", "IGO", "057")),
    ("The US and China agreed on a framework for a trade deal.", both("USA", "CHN", "057")),
    # negotiations on trade
    # talks in a third country: the codebook's 044 "meet at a third location" (written 046 before the first run)
    ("US and Chinese officials held trade talks in Geneva.", both("USA", "CHN", "044")),
    ("India and the United States resumed negotiations on a trade deal.", both("IND", "USA", "046")),
    ("Canada broke off trade talks with the United States.", {("CAN", "USA", "164")}),
    ("Trump ended trade negotiations with Canada over a television advert.", {("USA", "CAN", "164")}),
    # export bans, port fees
    ("China banned exports of gallium to the United States.", {("CHN", "USA", "163")}),
    ("India banned rice exports to Bangladesh.", {("IND", "BGD", "163")}),
    ("The United States imposed port fees on Chinese ships.", {("USA", "CHN", "163")}),
    ("China imposed special port fees on American vessels.", {("CHN", "USA", "163")}),
    # tariff letters, deadlines
    ("Trump sent a letter to Japan's prime minister announcing a 25 percent tariff.", {("USA", "JPN", "1312")}),
    ("Trump gave the European Union until August 1 to reach a trade deal.", {("USA", "IGO", "139")}),
    ("Washington gave Switzerland a deadline to strike a trade deal.", {("USA", "CHE", "139")}),
    ("Washington gave Ottawa until Friday to drop its dairy tariffs.", {("USA", "CAN", "139")}),
    ("Israel gave Hamas until Saturday to release the hostages.", {("ISR", "PSE", "139")}),
    # reactions
    ("Canada's prime minister criticised the US tariffs.", {("CAN", "USA", "111")}),
    ("Brazil vowed to retaliate against the new US tariffs.", {("BRA", "USA", "130")}),
]

XFAIL: dict[str, str] = {
    "The United States imposed tariffs of 25 percent on steel imports from Canada.": (
        "parse: 'on steel imports' hangs on the rate's 'percent', so the tariff finds no target and the imports noun"
        " codes trade (061)"
    ),
    "The US and China agreed on a framework for a trade deal.": (
        "'agreed on' a framework reads as intent to cooperate (030, the project's 'agree on'), not the agreement (057)"
    ),
    "Trump ended trade negotiations with Canada over a television advert.": (
        "'end' + talks is left uncoded (talks ended may have concluded); the codebook's 164 needs a halt verb"
    ),
    "Trump sent a letter to Japan's prime minister announcing a 25 percent tariff.": (
        "a letter announcing a tariff: the participle's act is not read as the sender's threat (1312)"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TARIFFS1_SENTENCES, XFAIL))
def test_tariffs1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: rates, forecasts and markets code nothing ----------------------------------------------------------

TARIFFS1_CONTROLS: list[str] = [
    "The average US tariff rate rose to 18 percent, the highest since 1934.",
    "Analysts expect the tariffs to cut China's growth by one percentage point.",
    "Stocks fell sharply in Tokyo after the tariff announcement.",
    "Economists at Goldman Sachs forecast that US tariffs will push inflation higher.",
    "The tariff on Swiss goods stands at 39 percent.",
    "The yen weakened against the dollar on tariff worries.",
    "Tariffs collected by US customs reached $30 billion in August.",
    "Shares of Japanese carmakers rallied after the trade deal.",
    "The tariffs could cost German exporters billions of euros, an industry group said.",
    "Canada's exports to the United States fell 10 percent in April.",
    "Markets in Europe rose on hopes of a trade deal between Washington and Brussels.",
    "Trump said tariffs are the most beautiful word in the dictionary.",
    "The government exempted students from military service.",
    "The court gave the defendant until Monday to respond.",
]


@pytest.mark.parametrize("text", TARIFFS1_CONTROLS)
def test_tariffs1_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()
