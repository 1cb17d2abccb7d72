"""Breadth of CAMEO root 08 "yield" in 2025 wire style (issue 14, session 35, branch yield1z; docs/events.md rule 357).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts; the expected codes
were written from the code list (/work/shared/data/cameo-eventcodes.tsv) before the coder ran. Two short sentences
for most sub-codes of 08 (081-087), a state or leader as the actor. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off (``rules_pipeline``). Rule 357 fixes the largest clean group: a ship,
tanker, vessel or boat released or freed is property returned (0842), not persons released (0841); and a favour or
compliment returned is no property returned. Controls: "released a statement", "returned home", "allowed that ...",
"withdrew its ambassador" (161, no yield), "returned the favour". ``XFAIL`` keeps the rows the change does not fix,
each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


YIELD1Z_SENTENCES: list[tuple[str, Events]] = [
    # 081, 0811 restrictions eased
    ("Iran eased restrictions on freedom of assembly.", {("IRN", "IRN", "0811")}),
    ("China relaxed restrictions on Hong Kong protesters.", {("CHN", "HKG", "081")}),
    ("India lifted visa restrictions for Chinese nationals.", {("IND", "CHN", "081")}),
    # 0812 ban on parties or politicians eased
    ("Myanmar lifted the ban on the opposition party.", {("MMR", "MMR", "0812")}),
    ("Thailand lifted a ban on the former prime minister.", {("THA", "THA", "0812")}),
    # 0813 curfew, 0814 state of emergency or martial law eased
    ("Israel lifted the curfew on Hebron residents.", {("ISR", "PSE", "0813")}),
    ("Pakistan eased the curfew in Kashmir.", {("PAK", "PAK", "0813")}),
    ("Ecuador lifted the state of emergency.", {("ECU", "ECU", "0814")}),
    ("Thailand ended martial law in the south.", {("THA", "THA", "0814")}),
    # 083x accede to demands
    ("Egypt bowed to demands for the president's resignation.", {("EGY", "EGY", "0831")}),
    ("Sri Lanka's president stepped down after mass protests.", {("LKA", "LKA", "0831")}),
    ("Serbia gave in to protesters' demands and scrapped the lithium mine plan.", {("SRB", "SRB", "0832")}),
    ("Hungary yielded to EU demands and changed its policy on migrants.", {("HUN", "IGO", "0832")}),
    ("Saudi Arabia granted women the right to drive.", {("SAU", "SAU", "0833")}),
    ("Tunisia agreed to opposition demands to dissolve parliament.", {("TUN", "TUN", "0834")}),
    # 0841 persons released or returned
    ("Venezuela released opposition leaders.", {("VEN", "VEN", "0841")}),
    ("Russia released two American citizens.", {("RUS", "USA", "0841")}),
    ("Venezuela freed six detained Americans.", {("VEN", "USA", "0841")}),
    ("Russia returned the Ukrainian children.", {("RUS", "UKR", "0841")}),
    ("Iran released the detained French nationals.", {("IRN", "FRA", "0841")}),
    # 0842 property returned or released (rule 357: a ship released is property)
    ("Iran released the British tanker.", {("IRN", "GBR", "0842")}),
    ("Russia freed the seized Ukrainian ships.", {("RUS", "UKR", "0842")}),
    ("China released the Philippine fishing boat.", {("CHN", "PHL", "0842")}),
    ("China returned the seized vessel to the Philippines.", {("CHN", "PHL", "0842")}),
    ("Russia returned three seized Ukrainian navy ships.", {("RUS", "UKR", "0842")}),
    # 085 economic sanctions, embargo eased
    ("The United States lifted sanctions on Syria.", {("USA", "SYR", "085")}),
    ("The European Union eased sanctions on Belarus.", {("IGO", "BLR", "085")}),
    ("Japan lifted its embargo on Russian oil.", {("JPN", "RUS", "085")}),
    ("China lifted its ban on Japanese seafood.", {("CHN", "JPN", "085")}),
    # 0861 peacekeepers received
    ("Mali allowed UN peacekeepers to deploy in the north.", {("MLI", "IGO", "0861")}),
    ("Lebanon accepted the deployment of UN peacekeepers.", {("LBN", "IGO", "0861")}),
    ("Haiti welcomed the deployment of Kenyan police.", {("HTI", "KEN", "0861")}),
    # 0862 inspectors received
    ("Iran allowed IAEA inspectors into the Fordow site.", {("IRN", "IGO", "0862")}),
    ("North Korea allowed IAEA inspectors in.", {("PRK", "IGO", "0862")}),
    ("Venezuela allowed UN human rights monitors into the country.", {("VEN", "IGO", "0862")}),
    # 0863 humanitarian aid allowed
    ("Israel allowed aid trucks into Gaza.", {("ISR", "PSE", "0863")}),
    ("Israel allowed the delivery of humanitarian aid to Gaza.", {("ISR", "PSE", "0863")}),
    ("Sudan allowed the delivery of humanitarian aid to Darfur.", {("SDN", "SDN", "0863")}),
    # 0871 truce, 0872 blockade eased
    ("Israel declared a ceasefire with Hamas.", {("ISR", "PSE", "0871")}),
    ("Russia declared a truce with Ukraine for Easter.", {("RUS", "UKR", "0871")}),
    ("India eased the blockade of Nepal.", {("IND", "NPL", "0872")}),
    ("Israel lifted the naval blockade of Gaza.", {("ISR", "PSE", "0872")}),
    # 0873 demobilize
    ("Colombia demobilized the rebel fighters.", {("COL", "COL", "0873")}),
    ("Ethiopia demobilized its troops in Tigray.", {("ETH", "ETH", "0873")}),
    ("Armenia demobilized its reservists.", {("ARM", "ARM", "0873")}),
    # 0874 retreat or surrender
    ("Russia withdrew its troops from Kherson.", {("RUS", "UKR", "0874")}),
    ("Israel pulled back its forces from Lebanon.", {("ISR", "LBN", "0874")}),
    ("The rebels surrendered to the Congolese army.", {("COD", "COD", "0874")}),
    ("Azerbaijan pulled back artillery from the border with Armenia.", {("AZE", "ARM", "0874")}),
    # controls: no yield
    ("Russia released a statement on Ukraine.", set()),
    ("The Iranian foreign minister returned home from China.", set()),
    ("Germany allowed that talks with Russia might resume.", set()),
    ("Serbia withdrew its ambassador from Kosovo.", {("SRB", "XKX", "161")}),
    ("Japan returned the favour to Korea.", set()),
]

_ONE_PARTY = "one party only: a state's act on its own people, forces or office names no target (convention, rule 189)"
XFAIL: dict[str, str] = {
    "Thailand lifted a ban on the former prime minister.": "a politician named by office ('prime minister') is "
    "no `party_ban_nouns` word: no event",
    "Egypt bowed to demands for the president's resignation.": "'bow to demands' has no phrase; what the demand "
    "asks (a resignation, 0831) is not read: no event",
    "Sri Lanka's president stepped down after mass protests.": _ONE_PARTY,
    "Serbia gave in to protesters' demands and scrapped the lithium mine plan.": "what the demand asks is not "
    "read: the root's 080",
    "Hungary yielded to EU demands and changed its policy on migrants.": "what the demand asks is not read: the "
    "root's 080",
    "Tunisia agreed to opposition demands to dissolve parliament.": "'agree to demands' has no phrase: no event",
    "China lifted its ban on Japanese seafood.": "rule 121c reads a ban eased as the administrative 081 whatever "
    "it bans; goods banned are not told from people",
    "Haiti welcomed the deployment of Kenyan police.": "welcome's praise (051); the deployment received is not read",
    "North Korea allowed IAEA inspectors in.": "the bare adverb 'in' after the object loses the permission: no "
    "event ('into the country' is 0862)",
    "Sudan allowed the delivery of humanitarian aid to Darfur.": _ONE_PARTY,
    "Ethiopia demobilized its troops in Tigray.": _ONE_PARTY,
    "Armenia demobilized its reservists.": _ONE_PARTY,
}


@pytest.mark.parametrize(("text", "expected"), table_cases(YIELD1Z_SENTENCES, XFAIL))
def test_yield1z_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
