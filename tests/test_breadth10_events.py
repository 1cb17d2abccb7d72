"""Breadth of CAMEO roots 10 "demand" and 11 "disapprove" in 2025 wire style (issue 14, session 36, branch
breadth10; docs/events.md rule 366).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts; the expected codes
were written from the code list (/work/shared/data/cameo-eventcodes.tsv) before the coder ran. Two short sentences
for most sub-codes of 10 (100-108, 1011-1014, 1031-1034, 1041-1044, 1051-1056) and 11 (110-116, 1121-1125): one
actor pair, a clear verb ("demanded that Y ...", "demanded X from Y", "accused Y of ..."), a state, court or leader as
the actor. The codebook tells a demand's sub-code by what is demanded (the content act: a release 1053, a withdrawal
106, talks 108) and an accusation's by what is alleged (a crime 1121, abuses 1122, aggression 1123, war crimes 1124,
spying 1125). The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Controls from the neighbouring roots keep their codes: an appeal (02), praise (05), a threat
(13), a rejection (12), and the noun "demand" in its market sense. ``XFAIL`` keeps the rows that rule 366 does not
fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


BREADTH10_SENTENCES: list[tuple[str, Events]] = [
    # 101 demand information, investigation
    ("Poland demanded that Belarus investigate the border shooting.", {("POL", "BLR", "101")}),
    ("Japan demanded information from China about the detained businessman.", {("JPN", "CHN", "101")}),
    # 1011 economic, 1012 military, 1013 judicial, 1014 intelligence cooperation
    ("Argentina demanded economic cooperation from Brazil.", {("ARG", "BRA", "1011")}),
    ("Mexico demanded that the United States honour the trade agreement.", {("MEX", "USA", "1011")}),
    ("Lithuania demanded closer military cooperation with Poland.", {("LTU", "POL", "1012")}),
    ("Turkey demanded that Sweden extradite the Kurdish activists.", {("TUR", "SWE", "1013")}),
    ("Russia demanded that Britain extradite the fugitive banker.", {("RUS", "GBR", "1013")}),
    ("Pakistan demanded that India share intelligence on the bombing.", {("PAK", "IND", "1014")}),
    ("France demanded that Belgium share intelligence about the suspects.", {("FRA", "BEL", "1014")}),
    # 102 policy support
    ("Ukraine demanded that Hungary support its EU membership bid.", {("UKR", "HUN", "102")}),
    ("Israel demanded that Germany back its position on Iran.", {("ISR", "DEU", "102")}),
    # 1031-1034 aid and protection
    ("Pakistan demanded financial aid from Saudi Arabia.", {("PAK", "SAU", "1031")}),
    ("Greece demanded economic aid from the European Union.", {("GRC", "IGO", "1031")}),
    ("Ukraine demanded more weapons from Germany.", {("UKR", "DEU", "1032")}),
    ("Taiwan demanded military aid from the United States.", {("TWN", "USA", "1032")}),
    ("Sudan demanded humanitarian aid from the United Nations.", {("SDN", "IGO", "1033")}),
    ("Haiti demanded food aid from the United States.", {("HTI", "USA", "1033")}),
    ("Somalia demanded that the African Union send peacekeepers.", {("SOM", "IGO", "1034")}),
    ("Mali demanded military protection from France.", {("MLI", "FRA", "1034")}),
    # 1041-1044 political reform
    ("Ukraine demanded the resignation of Georgia's prime minister.", {("UKR", "GEO", "1041")}),
    ("The United States demanded that Maduro step down.", {("USA", "VEN", "1041")}),
    ("Germany demanded that Hungary change its migration policy.", {("DEU", "HUN", "1042")}),
    ("China demanded that the Philippines abandon its policy on the South China Sea.", {("CHN", "PHL", "1042")}),
    ("Sweden demanded that Iran respect the rights of women.", {("SWE", "IRN", "1043")}),
    ("Canada demanded that China respect the rights of Uyghurs.", {("CAN", "CHN", "1043")}),
    ("Poland demanded that Belarus hold free elections.", {("POL", "BLR", "1044")}),
    ("The European Union demanded that Georgia reform its judiciary.", {("IGO", "GEO", "1044")}),
    # 105 mediation
    ("Armenia demanded that Russia mediate the dispute with Azerbaijan.", {("ARM", "RUS", "105")}),
    ("Ethiopia demanded mediation by the African Union.", {("ETH", "IGO", "105")}),
    # 1051-1056 demands to yield
    ("China demanded that the United States lift visa restrictions on Chinese students.", {("CHN", "USA", "1051")}),
    ("Russia demanded that Lithuania lift transit restrictions.", {("RUS", "LTU", "1051")}),
    ("Iran demanded that Britain stop the protests outside its embassy.", {("IRN", "GBR", "1052")}),
    ("Japan demanded that North Korea release the abducted citizens.", {("JPN", "PRK", "1053")}),
    ("Britain demanded that Iran free the seized tanker.", {("GBR", "IRN", "1053")}),
    ("Ukraine demanded the release of its sailors from Russia.", {("UKR", "RUS", "1053")}),
    ("Russia demanded that the European Union lift its sanctions.", {("RUS", "IGO", "1054")}),
    ("Cuba demanded an end to the US embargo.", {("CUB", "USA", "1054")}),
    ("Britain demanded that Iran allow UN inspectors into its nuclear sites.", {("GBR", "IRN", "1055")}),
    ("Turkey demanded that Israel halt its strikes on Lebanon.", {("TUR", "ISR", "1056")}),
    ("The United States demanded that Russia stop its attacks on Ukrainian cities.", {("USA", "RUS", "1056")}),
    # 106 withdrawal, 107 ceasefire, 108 meeting or negotiation
    ("Armenia demanded that Azerbaijan withdraw its troops from Armenian territory.", {("ARM", "AZE", "106")}),
    ("Mali demanded the withdrawal of French troops.", {("MLI", "FRA", "106")}),
    ("Qatar demanded that Israel agree to a ceasefire.", {("QAT", "ISR", "107")}),
    ("Pakistan demanded a ceasefire from India.", {("PAK", "IND", "107")}),
    ("Ukraine demanded direct talks with Russia.", {("UKR", "RUS", "108")}),
    ("Kosovo demanded negotiations with Serbia.", {("XKX", "SRB", "108")}),
    # 110 disapprove, 111 criticize or denounce
    ("France disapproved of Italy's migration deal.", {("FRA", "ITA", "110")}),
    # the criticised act named by its doer's possessive is coded too, as docs/events.md codes "condemned Russia's
    # annexation of Crimea" (RUS -> UKR 192 beside the 111): these two rows' second events were added after the first
    # run (the 111 was written before it; the project's convention, not a change of the coder)
    ("Germany criticized Hungary's veto of Ukraine aid.", {("DEU", "HUN", "111"), ("HUN", "UKR", "129")}),
    ("Brazil condemned Israel's strikes on Gaza.", {("BRA", "ISR", "111"), ("ISR", "PSE", "190")}),
    ("Mexico denounced the US tariffs.", {("MEX", "USA", "111")}),
    # 112 accuse, 1121-1125 by what is alleged
    ("Serbia accused Kosovo of provocations.", {("SRB", "XKX", "112")}),
    ("Peru accused Bolivia of drug trafficking.", {("PER", "BOL", "1121")}),
    ("Moldova accused Russia of vote buying.", {("MDA", "RUS", "1121")}),
    ("Canada accused China of human rights abuses against the Uyghurs.", {("CAN", "CHN", "1122")}),
    ("Sweden accused Iran of torturing political prisoners.", {("SWE", "IRN", "1122")}),
    ("Cambodia accused Thailand of aggression.", {("KHM", "THA", "1123")}),
    ("Venezuela accused the United States of military aggression.", {("VEN", "USA", "1123")}),
    ("Ukraine accused Russia of war crimes.", {("UKR", "RUS", "1124")}),
    ("South Africa accused Israel of genocide.", {("ZAF", "ISR", "1124")}),
    ("China accused the Philippines of espionage.", {("CHN", "PHL", "1125")}),
    ("Russia accused Estonia of spying.", {("RUS", "EST", "1125")}),
    # 113 rally opposition, 114 complain officially, 115 sue, 116 find guilty
    ("Iran rallied Arab states against Israel.", {("IRN", "ISR", "113")}),
    ("France mobilized European opposition against the US tariffs.", {("FRA", "USA", "113")}),
    ("Japan lodged a formal protest with China.", {("JPN", "CHN", "114")}),
    ("India filed an official complaint with Pakistan.", {("IND", "PAK", "114")}),
    ("Ukraine sued Russia at the International Court of Justice.", {("UKR", "RUS", "115")}),
    ("Gambia filed a lawsuit against Myanmar.", {("GMB", "MMR", "115")}),
    ("A Russian court convicted an American journalist of espionage.", {("RUS", "USA", "116")}),
    ("An Iranian court sentenced a French citizen to prison.", {("IRN", "FRA", "116")}),
    ("A Chinese court found a Canadian businessman guilty of spying.", {("CHN", "CAN", "116")}),
    # second round (written before running, as the first): other verbs and nouns of the same sub-codes
    ("Kenya demanded the extradition of the suspects from Uganda.", {("KEN", "UGA", "1013")}),
    ("Greece demanded the return of the Parthenon sculptures from Britain.", {("GRC", "GBR", "1053")}),
    ("South Korea demanded that North Korea return the abducted fishermen.", {("KOR", "PRK", "1053")}),
    ("Azerbaijan insisted that Armenia withdraw its troops from the border.", {("AZE", "ARM", "106")}),
    ("Lebanon demanded that Israel pull its troops out of the south.", {("LBN", "ISR", "106")}),
    ("The Philippines demanded that China leave the disputed shoal.", {("PHL", "CHN", "106")}),
    ("India demanded a meeting with Bangladesh on water sharing.", {("IND", "BGD", "108")}),
    ("Yemen demanded that Saudi Arabia end the blockade.", {("YEM", "SAU", "1056")}),
    ("Hungary demanded that Ukraine restore the rights of ethnic Hungarians.", {("HUN", "UKR", "1043")}),
    ("Azerbaijan blamed Armenia for the shelling.", {("AZE", "ARM", "1123")}),
    ("Niger accused France of interfering in its affairs.", {("NER", "FRA", "112")}),
    ("Beijing accused Washington of cyber espionage.", {("CHN", "USA", "1125")}),
    ("Chile accused Venezuela of crimes against humanity.", {("CHL", "VEN", "1124")}),
    ("Ecuador accused Colombian officials of corruption.", {("ECU", "COL", "1121")}),
    ("Turkey accused Greece of mistreating migrants.", {("TUR", "GRC", "1122")}),
    ("Spain slammed Argentina's president.", {("ESP", "ARG", "111")}),
    ("Australia rebuked China over the naval drills.", {("AUS", "CHN", "111")}),
    ("Denmark decried the US plan for Greenland.", {("DNK", "USA", "111")}),
    ("Kenya deplored Tanzania's treatment of opposition activists.", {("KEN", "TZA", "111")}),
    ("Japan voiced disapproval of Russia's military drills.", {("JPN", "RUS", "110")}),
    ("Seoul protested to Tokyo over the textbooks.", {("KOR", "JPN", "114")}),
    ("Vietnam summoned the Chinese ambassador over the collision.", {("VNM", "CHN", "114")}),
    ("Greece filed a formal complaint against Turkey.", {("GRC", "TUR", "114")}),
    ("Ukraine filed a case against Russia at the International Court of Justice.", {("UKR", "RUS", "115")}),
    ("Nicaragua brought a case against Germany before the World Court.", {("NIC", "DEU", "115")}),
    ("Venezuela rallied Latin American countries against the United States.", {("VEN", "USA", "113")}),
    ("A Belarusian court convicted a Polish journalist of espionage.", {("BLR", "POL", "116")}),
    ("A Turkish court found a German national guilty of terrorism.", {("TUR", "DEU", "116")}),
    ("A Vietnamese court sentenced an Australian citizen to seven years in prison.", {("VNM", "AUS", "116")}),
]

BREADTH10_CONTROLS: list[tuple[str, Events]] = [
    ("Japan urged China to release the detained businessman.", {("JPN", "CHN", "0253")}),
    ("Germany called on Russia to stop its attacks on Ukraine.", {("DEU", "RUS", "0256")}),
    ("Ukraine praised Germany for its support.", {("UKR", "DEU", "051")}),
    ("Kenya thanked Uganda for its help.", {("KEN", "UGA", "051")}),
    ("Poland threatened Belarus with sanctions.", {("POL", "BLR", "1312")}),
    ("Iran refused to release the British tanker.", {("IRN", "GBR", "1243")}),
    ("China denied the accusation of espionage.", set()),
    ("Demand for Russian gas fell in Europe.", set()),
    ("Greece complained about the weather.", set()),
    ("Germany praised Turkey's human rights reforms.", {("DEU", "TUR", "051")}),
    # rule 366's neighbours: a mobilization of troops, a complaint to the press, a policy reversed or a law reformed
    # by the state itself, a protest of an act with no "to" phrase
    ("Russia mobilized troops against Ukraine.", {("RUS", "UKR", "154")}),
    ("Iran complained to reporters about the sanctions.", set()),
    ("Hungary reformed its tax law.", set()),
    ("Britain reversed its decision on arms sales.", set()),
    ("Japan protested China's naval drills.", {("JPN", "CHN", "110")}),
]

# rule 387c (session 37, xfails37): any party that leaves a held or claimed place withdraws (0874, demanded 106); the
# former strict xfail "demanded that China leave the disputed shoal" passes
XFAIL: dict[str, str] = {
    "Mexico demanded that the United States honour the trade agreement.": "an agreement honoured is read as policy "
    "support (102) whatever its kind; a trade agreement is not told from others here",
    "France demanded that Belgium share intelligence about the suspects.": "the parser reads 'Belgium share "
    "intelligence' as one noun phrase (the subjunctive verb tagged a noun): the bare 100 ('on the bombing' parses)",
    "Kenya deplored Tanzania's treatment of opposition activists.": "with two countries named the bare role "
    "'opposition activists' is unresolved, and its modifier 'opposition' triggers a spurious 120",
    "A Turkish court found a German national guilty of terrorism.": "the parser tags 'national' an adjective and "
    "'guilty' the object; the finding is lost and the noun 'terrorism' codes 180",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH10_SENTENCES, XFAIL))
def test_breadth10_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), BREADTH10_CONTROLS)
def test_breadth10_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
