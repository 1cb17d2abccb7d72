"""Humanitarian and prisoner events of 2025 news, second table (issue 14, session 31, branch humanitarian2;
docs/events.md rule 259).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts, and none repeating a row of ``tests/test_humanitarian1_events.py`` (rule 216). The expected codes were
written from the CAMEO codebook before the coder ran: people released, returned or swapped 0841 (a swap both ways),
the bodies of the dead 084 (rule 213f); aid let through 0863 ("allow delivery of humanitarian aid"), aid held back
191 ("impose blockade, restrict movement"); patients evacuated and UN agencies' relief 073; refugees hosted, taken in
or given protection 075 ("grant asylum"); appeals for a release 0253, for peacekeepers 0234, to let aid workers in
0255, to stop attacks 0256. Controls: evacuations of one's own citizens, flows of refugees, a swap postponed, figures
and a negated return code nothing.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


HUMANITARIAN2_SENTENCES: list[tuple[str, Events]] = [
    # a swap named by a noun under a light verb, or by the release each side made
    ("Russia and Ukraine carried out a prisoner exchange on Saturday.", both("RUS", "UKR", "0841")),
    ("Ukraine and Russia conducted the largest prisoner swap of the war.", both("UKR", "RUS", "0841")),
    ("Russia and Ukraine each freed 84 prisoners in the latest swap.", both("RUS", "UKR", "0841")),
    # people released to a party
    ("Russia freed an American teacher in a prisoner swap with the United States.", {("RUS", "USA", "0841")}),
    ("Venezuela released ten American detainees in a swap with the United States.", {("VEN", "USA", "0841")}),
    ("Israel freed nearly 2,000 Palestinian prisoners and detainees on Monday.", {("ISR", "PSE", "0841")}),
    ("Hamas released all 20 living Israeli hostages.", {("PSE", "ISR", "0841")}),
    ("Belarus released three Lithuanian citizens.", {("BLR", "LTU", "0841")}),
    ("Moscow handed six Ukrainian children back to their families, Kyiv said.", {("RUS", "UKR", "0841")}),
    # the bodies of the dead
    ("Ukraine received the bodies of 1,000 soldiers from Russia.", {("RUS", "UKR", "084")}),
    ("Russia transferred 6,060 bodies of Ukrainian soldiers to Ukraine.", {("RUS", "UKR", "084")}),
    # aid let through or held back
    ("Israel allowed a UN aid convoy to enter northern Gaza.", {("ISR", "PSE", "0863")}),
    ("Israel permitted humanitarian aid to enter Gaza.", {("ISR", "PSE", "0863")}),
    ("Israel lifted restrictions on aid deliveries to Gaza.", {("ISR", "PSE", "0863")}),
    ("Israel halted the entry of aid into Gaza.", {("ISR", "PSE", "191")}),
    # medical evacuations
    ("Jordan evacuated 30 wounded Palestinians from Gaza.", {("JOR", "PSE", "073")}),
    ("The WHO evacuated 50 patients from Gaza to Jordan.", {("IGO", "PSE", "073")}),
    ("Britain airlifted sick children from Gaza for treatment.", {("GBR", "PSE", "073")}),
    # refugees hosted, taken in, protected
    ("Poland hosts nearly one million Ukrainian refugees.", {("POL", "UKR", "075")}),
    ("Chad has taken in 700,000 Sudanese refugees.", {("TCD", "SDN", "075")}),
    ("Germany granted protection to 100,000 Ukrainian refugees.", {("DEU", "UKR", "075")}),
    ("Uganda welcomed thousands of Congolese refugees.", {("UGA", "COD", "075")}),
    # UN agencies' relief
    ("The World Food Programme delivered food to two million people in Sudan.", {("IGO", "SDN", "073")}),
    ("UNICEF sent vaccines to Gaza.", {("IGO", "PSE", "073")}),
    ("The UNHCR provided shelter to displaced families in Lebanon.", {("IGO", "LBN", "073")}),
    # appeals with an addressee
    ("The United Nations called on Hamas to release all hostages.", {("IGO", "PSE", "0253")}),
    ("Sudan asked the United Nations to deploy peacekeepers to Darfur.", {("SDN", "IGO", "0234")}),
    ("UNICEF urged Israel to allow aid workers into Gaza.", {("IGO", "ISR", "0255")}),
    (
        "The European Union urged Russia and Ukraine to stop attacks on civilians.",
        {("IGO", "RUS", "0256"), ("IGO", "UKR", "0256")},
    ),
]

# leftovers26 (session 32, rule 276) fixed the last four rows: "each freed" released to each other (276d), bodies
# received from Russia its return (276a), patients evacuated "from Gaza to Jordan" aid to Gaza (276b), aid workers
# let in 086 and the appeal for it 0255 (276c)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(HUMANITARIAN2_SENTENCES, XFAIL))
def test_humanitarian2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: one's own citizens evacuated, flows, a swap postponed, figures and a negated return --------------

HUMANITARIAN2_CONTROLS: list[object] = [
    "Poland evacuated its citizens from Israel.",
    "More than four million Sudanese refugees have fled to neighbouring countries.",
    "The prisoner exchange was postponed.",
    "The UN said aid deliveries to Gaza remained far below needs.",
    "Thousands of Ukrainian children remain in Russia, officials said.",
    "The bodies were identified by forensic experts in Kyiv.",
    "Ukraine said Russia had not returned any children.",
]


@pytest.mark.parametrize("text", HUMANITARIAN2_CONTROLS)
def test_humanitarian2_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()
