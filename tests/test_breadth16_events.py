"""Breadth of CAMEO roots 16 "reduce relations" and 17 "coerce" in 2025 wire style (issue 14, session 36, branch
breadth16; docs/events.md rule 368).

Each sentence is our own construction, none copied from an evaluation set, the seeds or the news excerpts; the
expected codes were written from the code list (/work/shared/data/cameo-eventcodes.tsv, with the PLOVER modes of
``cameo-to-plover.txt``) before the coder ran. Two or three short sentences for each sub-code of 16 (160-166,
1621-1623, 1661-1663) and 17 (170-175, 1711-1712, 1721-1724; this codebook has no 176), one actor pair and a clear
verb, as a peer coder's per-code validation sentences are. Conventions kept: an envoy or diplomats expelled are 161
(rule 133d, the CAMEO manual's note), a charge of spying 1125 (rule 165b), a ship seized 171 and a confiscation 1711,
a border closed 172 (rule 346, security3x); a state's act on its own people, parties, press or cities (a curfew, a
party banned, protesters beaten) is coded with the state as both source and target, as yield1z's 081x rows are. Rule
368 fixes the one clean group: a state's own newspaper or broadcaster shut down, closed or suspended, or its internet
cut, with no party named is 1721 toward its own press (XXXMED) or people (XXXCVL; before: no event). The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Controls: a
reduction, sanction, curfew or expulsion only described, ended or past (no act), a foreign newspaper closed, a power
station shut, internet cut by a storm, and the yield that undoes a 17 act. ``XFAIL`` keeps the rows the change does
not fix, each with why. A second round of variants (``BREADTH16_MORE``) was written after rule 368a, before the coder
ran on it; it found the internet rows rule 368b fixes.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


BREADTH16_SENTENCES: list[tuple[str, Events]] = [
    # 160 reduce relations, not specified
    ("Algeria froze its relations with Spain.", {("DZA", "ESP", "160")}),
    ("Colombia suspended its cooperation with the United States.", {("COL", "USA", "160")}),
    ("Sweden cancelled a planned visit by the Turkish president.", {("SWE", "TUR", "160")}),
    # 161 diplomatic relations reduced or broken
    ("Argentina broke off diplomatic relations with Nicaragua.", {("ARG", "NIC", "161")}),
    ("Ecuador recalled its ambassador from Mexico.", {("ECU", "MEX", "161")}),
    ("Peru closed its embassy in Venezuela.", {("PER", "VEN", "161")}),
    # 162 aid reduced or stopped
    ("Sweden suspended aid to Somalia.", {("SWE", "SOM", "162")}),
    ("Denmark cut its aid to Tanzania.", {("DNK", "TZA", "162")}),
    # 1621 economic assistance
    ("Japan suspended economic assistance to Myanmar.", {("JPN", "MMR", "1621")}),
    ("Germany froze development loans to Niger.", {("DEU", "NER", "1621")}),
    ("The Netherlands cut financial aid to Burundi.", {("NLD", "BDI", "1621")}),
    # 1622 military assistance
    ("The United States suspended military aid to Ukraine.", {("USA", "UKR", "1622")}),
    ("Germany halted arms deliveries to Israel.", {("DEU", "ISR", "1622")}),
    # 1623 humanitarian assistance
    ("Britain cut humanitarian aid to Afghanistan.", {("GBR", "AFG", "1623")}),
    ("The United States halted food aid to Yemen.", {("USA", "YEM", "1623")}),
    # 163 embargo, boycott, sanctions
    ("Australia imposed sanctions on Iran.", {("AUS", "IRN", "163")}),
    ("Canada banned imports of Chinese electric vehicles.", {("CAN", "CHN", "163")}),
    ("Turkey imposed an arms embargo on Israel.", {("TUR", "ISR", "163")}),
    # 164 negotiations halted
    ("Kosovo broke off talks with Serbia.", {("XKX", "SRB", "164")}),
    ("Ethiopia suspended negotiations with Egypt over the dam.", {("ETH", "EGY", "164")}),
    ("Venezuela walked out of talks with Guyana.", {("VEN", "GUY", "164")}),
    # 165 mediation halted
    ("Qatar suspended its mediation between Israel and Hamas.", {("QAT", "ISR", "165"), ("QAT", "PSE", "165")}),
    ("Turkey halted its mediation between Russia and Ukraine.", {("TUR", "RUS", "165"), ("TUR", "UKR", "165")}),
    # 166 expel or withdraw, not specified; diplomats or an envoy expelled are 161 (rule 133d, the CAMEO manual's
    # note "When diplomats are withdrawn or expelled, use 161"; written 166 before the first run)
    ("Poland expelled three Russian diplomats.", {("POL", "RUS", "161")}),
    ("Mali expelled the French ambassador.", {("MLI", "FRA", "161")}),
    ("Niger expelled French troops.", {("NER", "FRA", "166")}),
    # 1661 peacekeepers
    ("Mali expelled the UN peacekeepers.", {("MLI", "IGO", "1661")}),
    ("Congo ordered the withdrawal of UN peacekeepers.", {("COD", "IGO", "1661")}),
    # 1662 inspectors, observers
    ("Iran expelled IAEA inspectors.", {("IRN", "IGO", "1662")}),
    ("Belarus expelled OSCE election observers.", {("BLR", "IGO", "1662")}),
    ("North Korea expelled UN inspectors from its nuclear site.", {("PRK", "IGO", "1662")}),
    # 1663 aid agencies
    ("Sudan expelled UN aid agencies.", {("SDN", "IGO", "1663")}),
    ("Ethiopia expelled Doctors Without Borders.", {("ETH", "NGO", "1663")}),
    # 170 coerce, not specified
    ("China used economic coercion against Lithuania.", {("CHN", "LTU", "170")}),
    ("Russia coerced Moldova.", {("RUS", "MDA", "170")}),
    # 171 seize or damage property (a ship seized: rule 346)
    ("Venezuela seized a Colombian cargo plane.", {("VEN", "COL", "171")}),
    ("Israeli settlers vandalized Palestinian cars.", {("ISR", "PSE", "171")}),
    # 1711 confiscate property
    ("Ukraine confiscated Russian-owned property in Kyiv.", {("UKR", "RUS", "1711")}),
    ("Canada confiscated a Russian cargo plane.", {("CAN", "RUS", "1711")}),
    # 1712 destroy property
    ("Israel demolished Palestinian homes in the West Bank.", {("ISR", "PSE", "1712")}),
    ("Russian forces blew up a Ukrainian bridge.", {("RUS", "UKR", "1712")}),
    ("Azerbaijan bulldozed Armenian churches in Karabakh.", {("AZE", "ARM", "1712")}),
    # 172 administrative sanctions
    ("Kazakhstan closed its border with Kyrgyzstan.", {("KAZ", "KGZ", "172")}),
    ("China barred a Japanese lawmaker from entering the country.", {("CHN", "JPN", "172")}),
    ("Russia banned entry to 500 Americans.", {("RUS", "USA", "172")}),
    # 1721 political freedoms restricted
    ("Georgia banned opposition rallies.", {("GEO", "GEO", "1721")}),
    ("Turkey banned protests in Istanbul.", {("TUR", "TUR", "1721")}),
    ("Iran shut down a reformist newspaper.", {("IRN", "IRN", "1721")}),
    ("Belarus closed an independent newspaper.", {("BLR", "BLR", "1721")}),
    ("Algeria suspended a private television channel.", {("DZA", "DZA", "1721")}),
    # 1722 parties or politicians banned
    ("Turkey banned the pro-Kurdish party.", {("TUR", "TUR", "1722")}),
    ("Georgia banned three opposition parties.", {("GEO", "GEO", "1722")}),
    # 1723 curfew
    ("Kenya imposed a curfew in Nairobi.", {("KEN", "KEN", "1723")}),
    ("Bangladesh declared a nationwide curfew.", {("BGD", "BGD", "1723")}),
    ("Israel imposed a curfew on Palestinians in Hebron.", {("ISR", "PSE", "1723")}),
    # 1724 state of emergency, martial law
    ("Peru declared a state of emergency in Lima.", {("PER", "PER", "1724")}),
    ("South Korea's president declared martial law.", {("KOR", "KOR", "1724")}),
    ("Ecuador imposed a state of emergency in three provinces.", {("ECU", "ECU", "1724")}),
    # 173 arrest, detain, charge
    ("Russia detained a French researcher.", {("RUS", "FRA", "173")}),
    ("China arrested two Canadian citizens.", {("CHN", "CAN", "173")}),
    # a charge of espionage is the codebook's own 1125 "accuse of espionage, treason" (rule 165b; written 173 before
    # the first run)
    ("The United States charged a Chinese national with spying.", {("USA", "CHN", "1125")}),
    # 174 individuals expelled or deported
    ("Germany deported 28 Afghan nationals.", {("DEU", "AFG", "174")}),
    ("The United States deported hundreds of Venezuelan migrants.", {("USA", "VEN", "174")}),
    ("Algeria expelled Malian migrants.", {("DZA", "MLI", "174")}),
    # 175 violent repression
    ("Kenyan police fired tear gas at protesters.", {("KEN", "KEN", "175")}),
    ("Iranian security forces cracked down on protesters.", {("IRN", "IRN", "175")}),
    ("Serbian police beat student protesters in Belgrade.", {("SRB", "SRB", "175")}),
]

# a second round of variants, written (codes too) after rule 368 and before the coder ran on them
BREADTH16_MORE: list[tuple[str, Events]] = [
    ("Nigeria severed ties with Niger.", {("NGA", "NER", "161")}),
    ("Niger ordered the French ambassador to leave.", {("NER", "FRA", "161")}),
    ("Israel halted aid deliveries to Gaza.", {("ISR", "PSE", "162")}),
    ("The European Union froze budget support to Tunisia.", {("IGO", "TUN", "1621")}),
    ("Japan suspended yen loans to Cambodia.", {("JPN", "KHM", "1621")}),
    ("Germany stopped weapons exports to Saudi Arabia.", {("DEU", "SAU", "1622")}),
    ("China halted imports of Japanese seafood.", {("CHN", "JPN", "163")}),
    ("The United Nations withdrew its peacekeepers from Mali.", {("IGO", "MLI", "1661")}),
    ("Mali ordered UN peacekeepers to leave.", {("MLI", "IGO", "1661")}),
    ("Britain withdrew its election observers from Georgia.", {("GBR", "GEO", "1662")}),
    ("Belarus seized the property of Polish citizens.", {("BLR", "POL", "1711")}),
    ("Thailand dissolved the main opposition party.", {("THA", "THA", "1722")}),
    ("Iran shut down the internet.", {("IRN", "IRN", "1721")}),
    ("India imposed a curfew in Manipur.", {("IND", "IND", "1723")}),
    ("Sri Lanka declared a state of emergency.", {("LKA", "LKA", "1724")}),
    ("Turkey detained a Swedish journalist.", {("TUR", "SWE", "173")}),
    ("Burundi expelled Rwandan nationals.", {("BDI", "RWA", "174")}),
    ("Serbian police used water cannon against protesters.", {("SRB", "SRB", "175")}),
    ("Georgian police dispersed opposition protesters.", {("GEO", "GEO", "175")}),
]

BREADTH16_CONTROLS: list[tuple[str, Events]] = [
    ("Relations between Poland and Russia are at a low point.", set()),
    ("The sanctions on Iran remain in force.", set()),
    ("The curfew in Dhaka lasted three days.", set()),
    ("Analysts said the aid cuts to Somalia had hurt farmers.", set()),
    ("The police station in Nairobi was damaged in the storm.", set()),
    ("Kenya's tea exports to Pakistan fell by ten percent.", set()),
    ("The state of emergency in Peru ended on Sunday.", set()),
    ("The diplomats left Warsaw on Friday.", set()),
    ("Kenya lifted the curfew in Nairobi.", {("KEN", "KEN", "0813")}),
    ("Russia closed a foreign newspaper.", set()),
    ("Kenya shut down the power station.", set()),
    ("The storm cut internet access in Florida.", set()),
]

# rule 387a (session 37, xfails37): "budget support" is economic aid (071; frozen 1621): the former strict xfail passes
XFAIL: dict[str, str] = {
    "Venezuela walked out of talks with Guyana.": "rule 86b's standing choice: a walkout from talks is the boycott "
    "143 (ten tables pin it); the codebook's 164 is as defensible, a convention change left to the lead",
    "Sudan expelled UN aid agencies.": "'UN' and 'aid agencies' are two mentions and the target is the NGO noun, "
    "not the UN's IGO: the actor resolver's compound, not the code (1663 is right)",
    "Ethiopia expelled Doctors Without Borders.": "an NGO's code (NGO) does not tell an aid agency from a rights "
    "group, so an expelled named NGO keeps 166; only the noun 'aid agencies' gives 1663",
    "Israeli settlers vandalized Palestinian cars.": "the CAMEO verb dictionary codes vandalise 1712 (destroy); "
    "damage short of destruction (171) is not told apart",
    "Germany stopped weapons exports to Saudi Arabia.": "exports halted read as the embargo (163); for arms the "
    "codebook's 163 (an arms embargo) is as defensible as 1622",
    "Belarus seized the property of Polish citizens.": "the codebook's own 171 is 'Seize or damage property', so "
    "the seizure reads 171; 1711 stays for 'confiscate' and assets seized (rule 346)",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH16_SENTENCES, XFAIL))
def test_breadth16_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH16_MORE, XFAIL))
def test_breadth16_variant_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH16_CONTROLS, XFAIL))
def test_breadth16_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
