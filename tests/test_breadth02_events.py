"""Breadth of CAMEO roots 02 "appeal" and 03 "express intent to cooperate" in 2025 wire style (issue 14, session 36,
branch breadth02; docs/events.md rule 370).

Each sentence is our own construction, none copied from an evaluation set, the seeds or the news excerpts; the
expected codes were written from the code list (/work/shared/data/cameo-eventcodes.tsv) before the coder ran. Two
short sentences for most sub-codes of 02 (020-028 with 0211-0256) and 03 (030-039 with 0311-0356), one actor pair and
a clear verb each (urge, call on, call for, ask, appeal; pledge, promise, offer, agree, will), a state, a leader or an
organization as the actor. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Conventions (docs/events.md): an appeal is aimed at the party asked to act and refined by the
root of the act asked for (rule 21: "urged Y to release" 0253 toward Y), "called for talks between A and B" is an
appeal to both sides; a stated intent with will / pledge / promise / offer / agree is an asserted 03x refined by the
root of the act promised (rules 14, 25), aimed at the party the act would reach; a state's act on its own people (a
curfew, protests, its leadership) has the country as its target (rule 313b). ``XFAIL`` keeps the rows rule 370 does
not fix, each with why; ``BREADTH02_CONTROLS`` are the acts themselves (06, 07, 08, a mediation accepted), a
demand (10), a criticism (11), a rejected call (12), a threatened show of force (13) and negated appeals and
promises, which keep their codes. "Asked Y for intelligence" passes since rule 371b (breadth04) made intelligence given
064, so asking for it is 0214 (left the XFAIL at the merge).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


BREADTH02_SENTENCES: list[tuple[str, Events]] = [
    # 020 appeal
    ("Ukraine appealed to Germany on Tuesday.", {("UKR", "DEU", "020")}),
    ("Finland urged Sweden to reconsider its decision.", {("FIN", "SWE", "020")}),
    # 0211-0214 appeal for material cooperation
    ("Vietnam called for closer economic cooperation with Japan.", {("VNM", "JPN", "0211")}),
    ("Argentina urged Brazil to boost bilateral trade.", {("ARG", "BRA", "0211")}),
    ("Poland called for closer military cooperation with the United States.", {("POL", "USA", "0212")}),
    ("The Philippines urged Japan to deepen defence cooperation.", {("PHL", "JPN", "0212")}),
    ("Mexico asked the United States to extradite the cartel leader.", {("MEX", "USA", "0213")}),
    ("Turkey called for judicial cooperation with Sweden.", {("TUR", "SWE", "0213")}),
    ("Kenya urged Somalia to share intelligence on al-Shabaab.", {("KEN", "SOM", "0214")}),
    ("Jordan asked the United States for intelligence on the militants.", {("JOR", "USA", "0214")}),
    # 022 appeal for diplomatic cooperation
    ("Armenia asked France for diplomatic support.", {("ARM", "FRA", "022")}),
    ("Ukraine urged India to support its peace plan.", {("UKR", "IND", "022")}),
    # 023, 0231-0234 appeal for aid
    ("Haiti appealed to Canada for aid.", {("HTI", "CAN", "023")}),
    ("Sri Lanka asked Japan for financial assistance.", {("LKA", "JPN", "0231")}),
    ("Pakistan appealed to Saudi Arabia for economic aid.", {("PAK", "SAU", "0231")}),
    ("Ukraine asked Germany for more tanks.", {("UKR", "DEU", "0232")}),
    ("Taiwan urged the United States to speed up arms deliveries.", {("TWN", "USA", "0232")}),
    ("Sudan appealed to the United Nations for humanitarian aid.", {("SDN", "IGO", "0233")}),
    ("Libya asked Egypt for food and medicine.", {("LBY", "EGY", "0233")}),
    ("Haiti asked the United Nations to send peacekeepers.", {("HTI", "IGO", "0234")}),
    ("Somalia urged the African Union to deploy more peacekeepers.", {("SOM", "IGO", "0234")}),
    # 024, 0241-0244 appeal for political reform
    ("Germany urged Georgia to carry out political reforms.", {("DEU", "GEO", "024")}),
    ("The United States called on Maduro to step down.", {("USA", "VEN", "0241")}),
    ("Colombia called for Maduro's resignation.", {("COL", "VEN", "0241")}),
    ("The European Union urged Hungary to change its migration policy.", {("IGO", "HUN", "0242")}),
    ("Canada urged China to change its trade policy.", {("CAN", "CHN", "0242")}),
    ("Sweden urged Iran to respect women's rights.", {("SWE", "IRN", "0243")}),
    ("The United Nations called on Afghanistan to restore women's rights.", {("IGO", "AFG", "0243")}),
    ("The European Union urged Serbia to reform its judiciary.", {("IGO", "SRB", "0244")}),
    ("Britain urged Tunisia to restore its parliament.", {("GBR", "TUN", "0244")}),
    # 025, 0251-0256 appeal to yield
    ("Armenia urged Azerbaijan to make concessions.", {("ARM", "AZE", "025")}),
    ("The United Nations urged Israel to lift the curfew on Hebron.", {("IGO", "ISR", "0251")}),
    ("Britain urged Pakistan to lift the state of emergency.", {("GBR", "PAK", "0251")}),
    ("The Serbian government urged students to end their protests.", {("SRB", "SRB", "0252")}),
    ("Kenya urged opposition supporters to call off the protests.", {("KEN", "KEN", "0252")}),
    ("Germany urged Iran to release the detained journalist.", {("DEU", "IRN", "0253")}),
    ("Australia called on China to free the detained writer.", {("AUS", "CHN", "0253")}),
    ("Venezuela urged the United States to lift sanctions.", {("VEN", "USA", "0254")}),
    ("Russia called on the European Union to ease sanctions.", {("RUS", "IGO", "0254")}),
    ("The United Nations urged Myanmar to allow aid workers into Rakhine.", {("IGO", "MMR", "0255")}),
    ("Britain urged Iran to let UN inspectors into its nuclear sites.", {("GBR", "IRN", "0255")}),
    ("Qatar urged Israel to halt its offensive in Gaza.", {("QAT", "ISR", "0256")}),
    ("Turkey urged Russia to withdraw its troops from Ukraine.", {("TUR", "RUS", "0256")}),
    ("China called on India and Pakistan to exercise restraint.", {("CHN", "IND", "0256"), ("CHN", "PAK", "0256")}),
    # 026 meet or negotiate, 027 settle, 028 accept mediation
    ("Japan urged North Korea to return to talks.", {("JPN", "PRK", "026")}),
    ("Egypt called on Ethiopia to resume negotiations on the dam.", {("EGY", "ETH", "026")}),
    ("The United States urged Armenia to settle its dispute with Azerbaijan.", {("USA", "ARM", "027")}),
    ("Kenya urged Somalia to resolve its dispute with Ethiopia.", {("KEN", "SOM", "027")}),
    ("The African Union urged Sudan to accept Kenyan mediation.", {("IGO", "SDN", "028")}),
    ("Egypt called on Ethiopia to accept international mediation.", {("EGY", "ETH", "028")}),
    # 030 express intent to cooperate
    ("Brazil pledged to cooperate with Argentina.", {("BRA", "ARG", "030")}),
    ("Japan offered to help the Philippines.", {("JPN", "PHL", "030")}),
    # 0311-0314 intent of material cooperation
    ("India pledged to expand trade with Brazil.", {("IND", "BRA", "0311")}),
    ("Vietnam promised closer economic cooperation with South Korea.", {("VNM", "KOR", "0311")}),
    ("Japan pledged to deepen military cooperation with the Philippines.", {("JPN", "PHL", "0312")}),
    ("France offered to train Moldovan soldiers.", {("FRA", "MDA", "0312")}),
    ("Spain agreed to extradite the suspect to Morocco.", {("ESP", "MAR", "0313")}),
    ("Sweden pledged judicial cooperation with Turkey.", {("SWE", "TUR", "0313")}),
    ("Britain pledged to share intelligence with Ukraine.", {("GBR", "UKR", "0314")}),
    ("The United States offered to share intelligence with Mexico.", {("USA", "MEX", "0314")}),
    # 032 intent of diplomatic cooperation
    ("Germany pledged diplomatic support to Ukraine.", {("DEU", "UKR", "032")}),
    ("Brazil promised to support Venezuela at the United Nations.", {("BRA", "VEN", "032")}),
    # 033, 0331-0334 intent to provide aid
    ("Canada pledged aid to Haiti.", {("CAN", "HTI", "033")}),
    ("Saudi Arabia promised assistance to Syria.", {("SAU", "SYR", "033")}),
    ("Japan pledged economic aid to Sri Lanka.", {("JPN", "LKA", "0331")}),
    ("The World Bank promised a $2 billion loan to Egypt.", {("IGO", "EGY", "0331")}),
    ("Germany pledged more tanks to Ukraine.", {("DEU", "UKR", "0332")}),
    ("The United States will send air defence systems to Taiwan.", {("USA", "TWN", "0332")}),
    ("Britain pledged humanitarian aid to Sudan.", {("GBR", "SDN", "0333")}),
    ("The United Arab Emirates offered to send food and medicine to Gaza.", {("ARE", "PSE", "0333")}),
    ("Kenya offered to send peacekeepers to Haiti.", {("KEN", "HTI", "0334")}),
    ("France pledged security guarantees to Moldova.", {("FRA", "MDA", "0334")}),
    # 034, 0341-0344 intent to institute political reform
    ("Georgia promised the European Union political reforms.", {("GEO", "IGO", "034")}),
    ("Haiti's prime minister offered to resign.", {("HTI", "HTI", "0341")}),
    ("Hungary promised the European Union to change its asylum policy.", {("HUN", "IGO", "0342")}),
    ("Iran promised the United Nations to respect women's rights.", {("IRN", "IGO", "0343")}),
    ("Serbia pledged to the European Union to reform its judiciary.", {("SRB", "IGO", "0344")}),
    # 035, 0351-0356 intent to yield
    ("Azerbaijan offered concessions to Armenia.", {("AZE", "ARM", "035")}),
    ("Israel pledged to lift the curfew on Hebron.", {("ISR", "PSE", "0351")}),
    ("Pakistan promised to lift the state of emergency.", {("PAK", "PAK", "0351")}),
    ("Serbian students pledged to end their protests against the government.", {("SRB", "SRB", "0352")}),
    ("Russia agreed to release the American journalist.", {("RUS", "USA", "0353")}),
    ("Iran promised to free the detained French citizens.", {("IRN", "FRA", "0353")}),
    ("The United States pledged to lift sanctions on Syria.", {("USA", "SYR", "0354")}),
    ("The European Union agreed to ease sanctions on Belarus.", {("IGO", "BLR", "0354")}),
    ("Iran agreed to allow UN inspectors into its nuclear sites.", {("IRN", "IGO", "0355")}),
    ("Myanmar promised to let UN investigators into Rakhine.", {("MMR", "IGO", "0355")}),
    ("Israel pledged to withdraw its troops from southern Lebanon.", {("ISR", "LBN", "0356")}),
    ("Russia offered a ceasefire to Ukraine.", {("RUS", "UKR", "0356")}),
    # 036 meet or negotiate, 037 settle, 038 accept mediation, 039 mediate
    ("Putin offered to meet Zelensky.", {("RUS", "UKR", "036")}),
    ("Iran agreed to resume talks with the United States.", {("IRN", "USA", "036")}),
    ("Armenia pledged to settle its dispute with Azerbaijan.", {("ARM", "AZE", "037")}),
    ("Ethiopia promised to resolve its border dispute with Eritrea.", {("ETH", "ERI", "037")}),
    ("Sudan agreed to accept Saudi mediation.", {("SDN", "SAU", "038")}),
    ("Ethiopia said it would accept Turkey's mediation.", {("ETH", "TUR", "038")}),
    ("Qatar offered to mediate between Russia and Ukraine.", {("QAT", "RUS", "039"), ("QAT", "UKR", "039")}),
    ("Turkey pledged to mediate between Somalia and Ethiopia.", {("TUR", "SOM", "039"), ("TUR", "ETH", "039")}),
]

XFAIL: dict[str, str] = {
    "Japan offered to help the Philippines.": "'help' reads as aid (07), so its offer is 033, not the codebook's "
    "unspecified 030",
    "Germany pledged diplomatic support to Ukraine.": "support promised stays the generic 030 (rule 155); 'diplomatic' "
    "is no domain word of root 05",
    "Brazil promised to support Venezuela at the United Nations.": "the support verb (050) promised stays the generic"
    " 030 (rule 155), not 032",
    "Haiti's prime minister offered to resign.": "a promised resignation with no party named stays no event (rule"
    " 193a); only a reform naming the own country gets the domestic target (rule 332)",
    "Myanmar promised to let UN investigators into Rakhine.": "the 'into Rakhine' phrase hung on 'let' is read as the "
    "target, the source's own ground, and dropped before the investigators are read",
    "Iran agreed to resume talks with the United States.": "'agreed to' talks with Y is coded both ways (the project's "
    "reading of an agreement to talk, rule 90e), not the one-way 036",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH02_SENTENCES, XFAIL))
def test_breadth02_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


BREADTH02_CONTROLS: list[tuple[str, Events]] = [
    ("Germany sent humanitarian aid to Sudan.", {("DEU", "SDN", "073")}),
    ("Britain provided economic aid to Kenya.", {("GBR", "KEN", "071")}),
    ("Russia released the American journalist.", {("RUS", "USA", "0841")}),
    ("The United States lifted sanctions on Syria.", {("USA", "SYR", "085")}),
    ("Japan demanded that China release the detained businessman.", {("JPN", "CHN", "1053")}),
    ("Poland rejected the EU's call to change its asylum policy.", {("POL", "IGO", "1232")}),
    ("Israel did not pledge aid to Lebanon.", set()),
    ("Jordan did not urge Israel to halt the offensive.", set()),
    ("Canada criticized China.", {("CAN", "CHN", "111")}),
    ("Britain trained Ukrainian pilots.", {("GBR", "UKR", "062")}),
    ("Ethiopia accepted Kenyan mediation.", {("ETH", "KEN", "038")}),
    ("China threatened to hold military drills near Taiwan.", {("CHN", "TWN", "138")}),
]


@pytest.mark.parametrize(("text", "expected"), BREADTH02_CONTROLS)
def test_breadth02_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
