"""Humanitarian wire copy of 2025 (issue 14, session 29, branch humanitarian1; docs/events.md rule 216).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts. The expected codes were written from the CAMEO codebook before the coder ran: aid given 073 (humanitarian)
or 070, pledged 0333; aid let through 0863 ("allow delivery of humanitarian aid"), aid held at a border or crossing
191 ("impose blockade, restrict movement"); aid cut 162 / 1621 / 1623 by its kind; prisoners, hostages, detainees,
children returned or released 0841, swapped 0841 both ways (soldiers' bodies 084, rule 213f, merged from
leftovers5); people deported 174; refugees admitted 075; an appeal for aid 0233, for a release 0253, to let aid in
0255. Medical evacuations a foreign state flies out are the aid it gives (073). Controls: figures, reports and
appeals with no addressee code nothing.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


HUMANITARIAN1_SENTENCES: list[tuple[str, Events]] = [
    # aid let through or held back
    ("Israel allowed 120 aid trucks into Gaza on Sunday.", {("ISR", "PSE", "0863")}),
    ("Israel let 50 trucks of food into Gaza.", {("ISR", "PSE", "0863")}),
    ("Egypt opened the Rafah crossing to allow aid into Gaza.", {("EGY", "PSE", "0863")}),
    ("Israel opened a humanitarian corridor into northern Gaza.", {("ISR", "PSE", "0863")}),
    ("Israel blocked aid convoys from entering Gaza.", {("ISR", "PSE", "191")}),
    ("Israel closed the Kerem Shalom crossing to aid trucks.", {("ISR", "PSE", "172")}),
    # aid given
    ("Egypt sent aid convoys to Gaza.", {("EGY", "PSE", "073")}),
    ("Egypt sent 50 trucks of food to Gaza.", {("EGY", "PSE", "073")}),
    ("Japan provided $10 million in humanitarian aid to Myanmar.", {("JPN", "MMR", "073")}),
    ("Saudi Arabia sent relief supplies to Sudan.", {("SAU", "SDN", "073")}),
    ("The United Nations delivered food aid to Gaza.", {("IGO", "PSE", "073")}),
    ("Ukraine shipped 20,000 tonnes of grain to Sudan as humanitarian aid.", {("UKR", "SDN", "073")}),
    ("Russia sent 50,000 tonnes of free wheat to Somalia.", {("RUS", "SOM", "073")}),
    ("The United States resumed humanitarian aid to Syria.", {("USA", "SYR", "073")}),
    ("France pledged 50 million euros in humanitarian aid to Gaza.", {("FRA", "PSE", "0333")}),
    # medical evacuations
    ("The UAE evacuated 100 sick children from Gaza for treatment.", {("ARE", "PSE", "073")}),
    ("Jordan airlifted wounded children from Gaza to Amman for medical treatment.", {("JOR", "PSE", "073")}),
    ("Italy evacuated 40 patients from Gaza.", {("ITA", "PSE", "073")}),
    # aid cut or suspended
    ("The United States suspended humanitarian aid to Afghanistan.", {("USA", "AFG", "1623")}),
    ("Britain cut its development aid to Ethiopia.", {("GBR", "ETH", "1621")}),
    ("Germany halted food aid to Sudan.", {("DEU", "SDN", "1623")}),
    ("Washington froze foreign aid to South Africa.", {("USA", "ZAF", "162")}),
    # prisoners of war, soldiers' bodies
    ("Russia and Ukraine exchanged 390 prisoners of war on Friday.", both("RUS", "UKR", "0841")),
    ("Ukraine and Russia swapped 150 prisoners each.", both("UKR", "RUS", "0841")),
    ("Russia and Ukraine exchanged prisoners on the border with Belarus.", both("RUS", "UKR", "0841")),
    ("Russia released 84 Ukrainian prisoners of war.", {("RUS", "UKR", "0841")}),
    ("Ukraine handed over 200 Russian soldiers in a prisoner exchange.", {("UKR", "RUS", "0841")}),
    ("Azerbaijan returned four Armenian prisoners to Armenia.", {("AZE", "ARM", "0841")}),
    ("Russia repatriated the bodies of 909 Ukrainian soldiers.", {("RUS", "UKR", "084")}),
    ("Russia handed over 1,000 bodies of fallen Ukrainian soldiers to Ukraine.", {("RUS", "UKR", "084")}),
    ("Ukraine and Russia exchanged the bodies of fallen soldiers.", both("UKR", "RUS", "084")),
    # hostages, detainees
    ("Hamas freed three Israeli hostages on Saturday.", {("PSE", "ISR", "0841")}),
    ("Israel released 90 Palestinian prisoners in exchange for the hostages.", {("ISR", "PSE", "0841")}),
    ("Hamas returned the bodies of four Israeli hostages to Israel.", {("PSE", "ISR", "084")}),
    ("The United States and Russia swapped detainees in Abu Dhabi.", both("USA", "RUS", "0841")),
    ("Iran freed a French citizen held for three years.", {("IRN", "FRA", "0841")}),
    # children deported or returned, civilians deported
    ("Russia returned 22 Ukrainian children to their families.", {("RUS", "UKR", "0841")}),
    ("Russia deported thousands of Ukrainian children.", {("RUS", "UKR", "174")}),
    ("Turkey deported hundreds of Syrian refugees.", {("TUR", "SYR", "174")}),
    ("Pakistan expelled thousands of Afghan refugees.", {("PAK", "AFG", "174")}),
    # refugees admitted
    ("Germany admitted 200 Afghan refugees.", {("DEU", "AFG", "075")}),
    ("Canada granted asylum to 50 Sudanese refugees.", {("CAN", "SDN", "075")}),
    ("The United States admitted 59 white South Africans as refugees.", {("USA", "ZAF", "075")}),
    # appeals with an addressee
    ("Ukraine appealed to the United Nations for humanitarian aid.", {("UKR", "IGO", "0233")}),
    ("Sudan asked Egypt for food aid.", {("SDN", "EGY", "0233")}),
    ("Zelensky urged Russia to return the deported children.", {("UKR", "RUS", "0253")}),
    ("Egypt called on Israel to allow aid into Gaza.", {("EGY", "ISR", "0255")}),
]

XFAIL: dict[str, str] = {
    "Egypt opened the Rafah crossing to allow aid into Gaza.": "the named crossing (Rafah, PSE) gives 'open crossing'"
    " 086 toward PSE first; the purpose clause's 0863 on the same pair and root is dropped as a repeat (one event per"
    " pair and root, the first trigger's); 'opened the crossing to allow aid into Gaza' is 0863",
    "Israel closed the Kerem Shalom crossing to aid trucks.": "the sentence names no Gaza and the resolver no Kerem"
    " Shalom: no target (the expected code is 172 since rule 346, a crossing closed, not 191)",
}
# "Ukraine shipped 20,000 tonnes of grain to Sudan as humanitarian aid." passes since rule 351 (session 35, confli29x:
# an amount carried is read by its goods, grain carried being aid as in "shipped grain to Y", rule 324a)
# "Jordan airlifted wounded children from Gaza to Amman for medical treatment." passes since rule 276b (session 32,
# leftovers26: a medical evacuation's "from" origin is its target)


@pytest.mark.parametrize(("text", "expected"), table_cases(HUMANITARIAN1_SENTENCES, XFAIL))
def test_humanitarian1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: figures, reports and appeals with no addressee code nothing ---------------------------------------

HUMANITARIAN1_CONTROLS: list[object] = [
    "The UN said 2.1 million people in Gaza face famine.",
    pytest.param(
        "Aid groups appealed for $4 billion to help Sudan.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the beneficiary of aid named in a purpose clause is its target (`purpose_verbs`, roots 07 and"
            " 15), also under an appeal for it: NGO -> SDN 023, though the appeal names no addressee",
        ),
    ),
    "More than 600 aid trucks entered Gaza on Sunday, the UN said.",
    "Some 1.5 million refugees have returned to Syria since December, the UNHCR said.",
    "Humanitarian aid to Yemen fell by 40 percent in 2025.",
    "Grain exports from Ukraine rose to 40 million tonnes.",
    "The International Rescue Committee appealed for urgent funding.",
    "Food prices in Gaza soared after the crossings closed.",
    "A report found that 19,000 Ukrainian children have been taken to Russia.",
]


@pytest.mark.parametrize("text", HUMANITARIAN1_CONTROLS)
def test_humanitarian1_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()
