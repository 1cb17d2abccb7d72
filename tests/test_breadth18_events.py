"""Breadth of CAMEO roots 18 "assault", 19 "fight" and 20 "unconventional mass violence" in 2025 wire style (issue
14, session 36, branch breadth18; docs/events.md rule 369).

Each sentence is our own construction, none copied from an evaluation set, the seeds or the news excerpts; the
expected codes were written from the code list (/work/shared/data/cameo-eventcodes.tsv) before the coder ran. Two or
three short sentences per sub-code (180-186 with 1821-1823 and 1831-1833, 190-196, 200-204 with 2041-2042; the code
list has no 1834), one actor pair and a clear verb or act noun, the actors named by a nationality or a state so that
the project's conventions hold: casualties with no attacker named are no event, unnamed attackers ("gunmen") take no
country from their victims (rule 52a), a victim's nationality names the target. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). ``BREADTH18_CONTROLS``
hold words of these roots in other senses ("beat" a team, "fought" inflation), an accusation of torture (112), an
arrest (173) and two no-event casualty rows, each with its code. Rule 369 fixes: a physical assault's sub-code by its
manner or result ("sexually assaulted" 1821, "beat ... to death" 1823: 369a), a lynching 1823 (369b), "ethnically
cleansed" 203 (369c), "an assassination attempt" 185 (369d), a bomb planted or set off 183 (369e), a state's diplomat
abroad no host's ground (369f). ``XFAIL`` keeps the rows rule 369 does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


BREADTH18_SENTENCES: list[tuple[str, Events]] = [
    # 180 unconventional violence, not specified
    ("Somali militants carried out a terrorist attack on Kenyan police.", {("SOM", "KEN", "180")}),
    ("Malian jihadists staged a terror attack on Burkinabe soldiers.", {("MLI", "BFA", "180")}),
    # 181 abduct, hijack, take hostage
    ("Nigerian gunmen abducted two Chinese engineers.", {("NGA", "CHN", "181")}),
    ("Libyan militiamen hijacked a Maltese fishing boat.", {("LBY", "MLT", "181")}),
    ("Hamas took three Thai farm workers hostage.", {("PSE", "THA", "181")}),
    ("Colombian rebels kidnapped a Venezuelan soldier on Sunday.", {("COL", "VEN", "181")}),
    # 182 physical assault
    ("Turkish border guards assaulted Syrian refugees.", {("TUR", "SYR", "182")}),
    ("A Russian soldier stabbed a Ukrainian prisoner.", {("RUS", "UKR", "182")}),
    ("Serbian police beat Albanian protesters.", {("SRB", "ALB", "182")}),
    # 1821 sexual assault
    ("Congolese soldiers raped Rwandan refugee women.", {("COD", "RWA", "1821")}),
    ("Ethiopian soldiers sexually assaulted Eritrean refugees.", {("ETH", "ERI", "1821")}),
    # 1822 torture
    ("Iranian guards tortured a French prisoner.", {("IRN", "FRA", "1822")}),
    ("Syrian intelligence officers have tortured Lebanese detainees.", {("SYR", "LBN", "1822")}),
    # 1823 kill by physical assault
    ("Indian villagers lynched two Bangladeshi men.", {("IND", "BGD", "1823")}),
    ("Libyan guards beat a Sudanese migrant to death.", {("LBY", "SDN", "1823")}),
    ("Egyptian police strangled a Sudanese detainee.", {("EGY", "SDN", "1823")}),
    # 183 non-military bombing
    ("Pakistani militants bombed a Chinese convoy.", {("PAK", "CHN", "183")}),
    ("Afghan militants set off a bomb outside the Pakistani embassy.", {("AFG", "PAK", "183")}),
    # 1831 suicide bombing
    ("A Syrian suicide bomber attacked a Russian military convoy.", {("SYR", "RUS", "1831")}),
    ("Somali militants carried out a suicide bombing at a Ugandan army base.", {("SOM", "UGA", "1831")}),
    # 1832 car bombing
    ("Iraqi militants detonated a car bomb outside the Iranian consulate.", {("IRQ", "IRN", "1832")}),
    ("Colombian rebels carried out a car bombing against a Venezuelan army post.", {("COL", "VEN", "1832")}),
    # 1833 roadside bombing
    ("Nigerian militants carried out a roadside bombing against Chadian troops.", {("NGA", "TCD", "1833")}),
    ("Afghan insurgents planted a roadside bomb that hit a Pakistani army convoy.", {("AFG", "PAK", "1833")}),
    # 184 human shield
    ("Hamas used Israeli hostages as human shields.", {("PSE", "ISR", "184")}),
    ("Sudanese paramilitaries used Chadian refugees as human shields.", {("SDN", "TCD", "184")}),
    # 185 attempt to assassinate
    ("Iranian agents attempted to assassinate an Israeli diplomat in Cyprus.", {("IRN", "ISR", "185")}),
    ("Pakistani militants tried to assassinate the Afghan interior minister.", {("PAK", "AFG", "185")}),
    ("Russian agents made an assassination attempt on a Ukrainian general.", {("RUS", "UKR", "185")}),
    # 186 assassinate
    ("Israeli agents assassinated an Iranian nuclear scientist.", {("ISR", "IRN", "186")}),
    ("Rwandan agents assassinated a Congolese opposition leader.", {("RWA", "COD", "186")}),
    # 190 conventional military force
    ("Ethiopian troops attacked Eritrean forces near the border.", {("ETH", "ERI", "190")}),
    ("Thai soldiers attacked Cambodian positions.", {("THA", "KHM", "190")}),
    ("Sudanese forces raided a South Sudanese border village.", {("SDN", "SSD", "190")}),
    # 191 blockade, restrict movement
    ("Israel imposed a naval blockade on Lebanon.", {("ISR", "LBN", "191")}),
    ("China blockaded Taiwan's main ports.", {("CHN", "TWN", "191")}),
    # 192 occupy territory
    ("Israeli troops occupied a buffer zone in southern Syria.", {("ISR", "SYR", "192")}),
    ("Russia annexed four Ukrainian regions.", {("RUS", "UKR", "192")}),
    ("Turkish forces seized a village in northern Iraq.", {("TUR", "IRQ", "192")}),
    # 193 small arms and light weapons
    ("Indian soldiers fired rifles at Pakistani troops.", {("IND", "PAK", "193")}),
    ("Iranian border guards exchanged gunfire with Afghan soldiers.", both("IRN", "AFG", "193")),
    # 194 artillery and tanks
    ("Armenian artillery shelled Azerbaijani villages.", {("ARM", "AZE", "194")}),
    ("Israeli tanks fired on Lebanese army posts.", {("ISR", "LBN", "194")}),
    ("North Korea fired artillery shells at a South Korean island.", {("PRK", "KOR", "194")}),
    # 195 aerial weapons
    ("Saudi jets bombed Yemeni rebel positions.", {("SAU", "YEM", "195")}),
    ("Russian drones struck a Ukrainian power plant.", {("RUS", "UKR", "195")}),
    ("Israel launched air strikes on Syrian air bases.", {("ISR", "SYR", "195")}),
    # 196 violate ceasefire
    ("Armenia violated the ceasefire with Azerbaijan.", {("ARM", "AZE", "196")}),
    ("Pakistani troops breached the truce with India.", {("PAK", "IND", "196")}),
    # 200 unconventional mass violence, not specified
    ("Eritrean troops committed atrocities against Ethiopian civilians.", {("ERI", "ETH", "200")}),
    ("Sudanese militias carried out mass atrocities against Chadian refugees.", {("SDN", "TCD", "200")}),
    # 201 mass expulsion
    ("Pakistan began the mass deportation of Afghan refugees.", {("PAK", "AFG", "201")}),
    ("Algeria carried out a mass expulsion of Nigerien migrants.", {("DZA", "NER", "201")}),
    # 202 mass killings
    ("Russian forces carried out mass killings of Ukrainian civilians.", {("RUS", "UKR", "202")}),
    ("Eritrean troops massacred Ethiopian civilians in Tigray.", {("ERI", "ETH", "202")}),
    ("Myanmar soldiers slaughtered dozens of Bangladeshi fishermen.", {("MMR", "BGD", "202")}),
    # 203 ethnic cleansing
    ("Azerbaijan carried out the ethnic cleansing of Armenians in Karabakh.", {("AZE", "ARM", "203")}),
    ("Croatian forces ethnically cleansed Serbian villages.", {("HRV", "SRB", "203")}),
    # 204 weapons of mass destruction, not specified
    ("Iraq used weapons of mass destruction against Iran.", {("IRQ", "IRN", "204")}),
    ("North Korea used weapons of mass destruction against South Korea.", {("PRK", "KOR", "204")}),
    # 2041 chemical, biological, radiological weapons
    ("Iraq used chemical weapons against Iranian troops.", {("IRQ", "IRN", "2041")}),
    ("Russian troops used poison gas against Ukrainian soldiers.", {("RUS", "UKR", "2041")}),
    ("The Syrian army carried out a chemical attack on a Turkish border town.", {("SYR", "TUR", "2041")}),
    # 2042 nuclear weapons
    ("North Korea detonated a nuclear bomb over Japan.", {("PRK", "JPN", "2042")}),
    ("Russia launched a nuclear strike on Ukraine.", {("RUS", "UKR", "2042")}),
]

BREADTH18_CONTROLS: list[tuple[str, Events]] = [
    ("Morocco beat Spain in the World Cup quarter-final.", set()),
    ("Brazil fought inflation with higher interest rates.", set()),
    ("Japan's Nikkei index was hammered by fears of a US recession.", set()),
    ("The minister's resignation was a bombshell for the Kenyan government.", set()),
    # written as the root's 112 before the run; the codebook's own sub-code is 1122 "Accuse of human rights abuses"
    # (rule 165a reads torture as one), so the row was corrected to it
    ("Ukraine accused Russia of torturing prisoners of war.", {("UKR", "RUS", "1122")}),
    ("Egyptian police arrested three Sudanese smugglers.", {("EGY", "SDN", "173")}),
    ("Two Indian soldiers were killed in Kashmir.", set()),
    ("Gunmen kidnapped three Chinese miners.", set()),
]

XFAIL: dict[str, str] = {
    "Serbian police beat Albanian protesters.": "police force on protesters is violent repression, 175 (the CAMEO "
    "verb dictionary's reading, kept: 'strangle protestor' 175); the plain beating's 182 is not told from it",
    "Egyptian police strangled a Sudanese detainee.": "'strangle' is no trigger (figurative in news: 'strangled the "
    "economy'); the CAMEO verb dictionary's 180 needs an unnamed object: no event",
    "Afghan insurgents planted a roadside bomb that hit a Pakistani army convoy.": "the target sits in a relative "
    "clause on the bomb ('that hit ...'), which no argument step reads: no event ('planted a roadside bomb near a "
    "Pakistani army base' is 1833)",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH18_SENTENCES, XFAIL))
def test_breadth18_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH18_CONTROLS, XFAIL))
def test_breadth18_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
