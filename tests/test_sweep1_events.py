"""Invented sentences for docs/events.md rule 188 (issue 14, session 27, branch sweep1): a sweep of every sub-code of
CAMEO roots 12 (reject), 13 (threaten) and 14 (protest).

For each sub-code of those roots in ``cameo-eventcodes.tsv`` (its name only), three sentences of our own: two
short constructed ones and one in wire style, other countries and tenses. The expected event is that sub-code
between the named pair; a row passes when an asserted event of the pair has the sub-code's root (what the scorer
compares); the sub-code itself is not tested: BENCHMARKS.md records how many rows also carry it, per root.
Controls: sentences that must not code the named pair with the named root (or nothing at all). Actors are
compared on their primary codes. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, control_passes, root_row_passes, table_cases

# (sentence, source, target, expected CAMEO sub-code)
Row = tuple[str, str, str, str]

ROWS: list[Row] = [
    # 120 reject
    ("Serbia rejected Kosovo's offer.", "SRB", "XKX", "120"),
    ("Peru has rebuffed Bolivia's overture.", "PER", "BOL", "120"),
    (
        "Egypt on Monday turned down a Sudanese offer, the foreign ministry in Cairo said in a statement.",
        "EGY",
        "SDN",
        "120",
    ),
    # 121 reject material cooperation
    ("Algeria rejected Morocco's offer of cooperation on the gas pipeline.", "DZA", "MAR", "121"),
    ("Vietnam declined joint projects with Cambodia.", "VNM", "KHM", "121"),
    ("Ghana will reject cooperation with Nigeria on the new railway, officials said on Tuesday.", "GHA", "NGA", "121"),
    # 1211 reject economic cooperation
    ("Poland rejected an economic partnership with Belarus.", "POL", "BLR", "1211"),
    ("Argentina refused a trade deal with Brazil.", "ARG", "BRA", "1211"),
    (
        "Indonesia has rejected Australia's proposal for a free trade agreement, the trade minister told reporters"
        " in Jakarta on Thursday.",
        "IDN",
        "AUS",
        "1211",
    ),
    # 1212 reject military cooperation
    ("Turkey rejected military cooperation with Greece.", "TUR", "GRC", "1212"),
    ("Pakistan refused joint military exercises with India.", "PAK", "IND", "1212"),
    (
        "The Philippines on Wednesday turned down China's offer of defence cooperation, a spokesman for the"
        " Philippine defence ministry said.",
        "PHL",
        "CHN",
        "1212",
    ),
    # 122 reject request for material aid
    ("Germany rejected Greece's request for aid.", "DEU", "GRC", "122"),
    ("Norway refused Iceland's appeal for assistance.", "NOR", "ISL", "122"),
    (
        "Japan has turned down a request from Mongolia for aid, the Japanese foreign ministry said on Friday.",
        "JPN",
        "MNG",
        "122",
    ),
    # 1221 economic aid
    ("France rejected Mali's request for economic aid.", "FRA", "MLI", "1221"),
    ("China refused Sri Lanka's request for a loan.", "CHN", "LKA", "1221"),
    (
        "Saudi Arabia on Sunday rejected a Lebanese appeal for financial assistance, officials in Riyadh said.",
        "SAU",
        "LBN",
        "1221",
    ),
    # 1222 military aid
    ("The United States rejected Taiwan's request for more weapons.", "USA", "TWN", "1222"),
    ("Russia refused Armenia's request for military aid.", "RUS", "ARM", "1222"),
    (
        "Britain has declined a Ukrainian request for fighter jets, the British defence secretary said in London on"
        " Monday.",
        "GBR",
        "UKR",
        "1222",
    ),
    # 1223 humanitarian aid
    ("Myanmar rejected Thailand's offer of humanitarian aid.", "MMR", "THA", "1223"),
    ("Eritrea refused Ethiopia's request for food aid.", "ERI", "ETH", "1223"),
    (
        "North Korea has turned down South Korea's offer of flood relief, the South Korean unification ministry said"
        " on Tuesday.",
        "PRK",
        "KOR",
        "1223",
    ),
    # 1224 military protection or peacekeeping
    ("The United Nations rejected Haiti's request for peacekeepers.", "IGO", "HTI", "1224"),
    ("Kenya refused Somalia's request for more troops.", "KEN", "SOM", "1224"),
    (
        "The African Union on Wednesday rejected a request from Sudan for a peacekeeping force, diplomats in Addis"
        " Ababa said.",
        "IGO",
        "SDN",
        "1224",
    ),
    # 123 reject request for political reform
    ("Hungary rejected the European Union's demand for reforms.", "HUN", "IGO", "123"),
    ("Venezuela rejected Colombia's calls for political reform.", "VEN", "COL", "123"),
    (
        "Belarus on Monday dismissed demands from Lithuania for democratic reforms, the Belarusian foreign ministry"
        " said.",
        "BLR",
        "LTU",
        "123",
    ),
    # 1231 change in leadership
    ("Syria rejected Turkey's demand that Assad step down.", "SYR", "TUR", "1231"),
    ("Nicaragua rejected calls from Costa Rica for the president's resignation.", "NIC", "CRI", "1231"),
    (
        "Zimbabwe's government has rejected South Africa's demand for the resignation of its president, a spokesman"
        " said in Harare on Friday.",
        "ZWE",
        "ZAF",
        "1231",
    ),
    # 1232 policy change
    ("Israel rejected Jordan's demand to change its policy.", "ISR", "JOR", "1232"),
    ("Australia rejected China's demands to change its trade policy.", "AUS", "CHN", "1232"),
    (
        "Iran on Sunday rejected a French demand that it change its nuclear policy, the Iranian foreign ministry said.",
        "IRN",
        "FRA",
        "1232",
    ),
    # 1233 rights
    ("China rejected Canada's demand for human rights.", "CHN", "CAN", "1233"),
    ("Egypt rejected Germany's calls to respect press freedom.", "EGY", "DEU", "1233"),
    (
        "Russia has rejected a British demand for the rights of opposition politicians, the Russian embassy in"
        " London said on Thursday.",
        "RUS",
        "GBR",
        "1233",
    ),
    # 1234 change in institutions, regime
    ("Cuba rejected the United States' demand for free elections.", "CUB", "USA", "1234"),
    ("Myanmar's junta rejected Indonesia's call for a return to civilian rule.", "MMR", "IDN", "1234"),
    (
        "Tunisia on Tuesday rejected Italy's demand that it restore the dissolved parliament, officials in Tunis said.",
        "TUN",
        "ITA",
        "1234",
    ),
    # 124 refuse to yield
    ("Azerbaijan refused to yield to Armenia.", "AZE", "ARM", "124"),
    ("Ethiopia refused to back down in its dispute with Egypt.", "ETH", "EGY", "124"),
    (
        "Colombia will not give in to Venezuela's pressure, the Colombian president said on Saturday in Bogota.",
        "COL",
        "VEN",
        "124",
    ),
    # 1241 ease administrative sanctions
    ("Israel refused to lift the curfew on Palestinians.", "ISR", "PSE", "1241"),
    ("China refused to ease restrictions on Hong Kong journalists.", "CHN", "HKG", "1241"),
    (
        "India on Friday refused to lift the ban on Pakistani artists, the Indian information ministry said.",
        "IND",
        "PAK",
        "1241",
    ),
    # 1242 ease popular dissent
    ("Iranian protesters refused to end their demonstrations against the government of Iran.", "IRN", "IRN", "1242"),
    (
        "Opposition supporters in Caracas refused to call off their protest against Venezuela's government.",
        "VEN",
        "VEN",
        "1242",
    ),
    (
        "Striking Kenyan doctors have refused to end their strike against the Kenyan government, their union said in"
        " Nairobi on Monday.",
        "KEN",
        "KEN",
        "1242",
    ),
    # 1243 release persons or property
    ("Iran refused to release the British hostages.", "IRN", "GBR", "1243"),
    ("Russia refused to free the American journalist.", "RUS", "USA", "1243"),
    (
        "Venezuela has refused to return the seized Colombian aircraft, the Colombian foreign ministry said on"
        " Wednesday.",
        "VEN",
        "COL",
        "1243",
    ),
    # 1244 ease economic sanctions
    ("The United States refused to lift sanctions on Cuba.", "USA", "CUB", "1244"),
    ("The European Union refused to ease its embargo on Syria.", "IGO", "SYR", "1244"),
    (
        "Japan on Thursday refused to end its trade restrictions on South Korea, the trade ministry in Tokyo said.",
        "JPN",
        "KOR",
        "1244",
    ),
    # 1245 refuse to allow international involvement
    ("Myanmar refused to allow United Nations investigators into the country.", "MMR", "IGO", "1245"),
    ("Syria refused to let international inspectors visit the site.", "SYR", "IGO", "1245"),
    (
        "Ethiopia has barred African Union monitors from entering Tigray, officials in Addis Ababa said on Monday.",
        "ETH",
        "IGO",
        "1245",
    ),
    # 1246 refuse to de-escalate military engagement
    ("Russia refused to withdraw its troops from Georgia.", "RUS", "GEO", "1246"),
    ("Israel refused to pull its forces back from Lebanon.", "ISR", "LBN", "1246"),
    (
        "Azerbaijan on Sunday refused to halt its offensive against Armenian forces, the Armenian defence ministry"
        " said.",
        "AZE",
        "ARM",
        "1246",
    ),
    # 125 reject proposal to meet
    ("Serbia rejected Kosovo's request for talks.", "SRB", "XKX", "125"),
    ("North Korea refused to meet South Korean officials.", "PRK", "KOR", "125"),
    (
        "Iran has rejected an American offer of direct negotiations, a spokesman for the foreign ministry in Tehran"
        " said on Tuesday.",
        "IRN",
        "USA",
        "125",
    ),
    # 126 reject mediation
    ("India rejected Turkey's offer to mediate.", "IND", "TUR", "126"),
    ("Israel refused Qatari mediation.", "ISR", "QAT", "126"),
    (
        "Ethiopia on Friday turned down Kenya's offer to mediate in the dispute, the Ethiopian foreign ministry said.",
        "ETH",
        "KEN",
        "126",
    ),
    # 127 reject plan, agreement to settle dispute
    ("Armenia rejected Azerbaijan's peace plan.", "ARM", "AZE", "127"),
    ("Ukraine rejected Russia's proposed ceasefire agreement.", "UKR", "RUS", "127"),
    (
        "Cyprus has rejected Turkey's settlement proposal for the island, the Cypriot government spokesman said in"
        " Nicosia on Wednesday.",
        "CYP",
        "TUR",
        "127",
    ),
    # 128 defy norms, law
    ("North Korea defied Japan by launching another missile.", "PRK", "JPN", "128"),
    ("Iran defied the United Nations over its nuclear programme.", "IRN", "IGO", "128"),
    (
        "Venezuela has defied a ruling by Guyana's courts, officials in Georgetown said on Thursday.",
        "VEN",
        "GUY",
        "128",
    ),
    # 129 veto
    ("Russia vetoed the American resolution on Syria.", "RUS", "USA", "129"),
    ("China vetoed Britain's draft resolution.", "CHN", "GBR", "129"),
    (
        "The United States on Tuesday vetoed a Security Council resolution drafted by Algeria, diplomats at the"
        " United Nations said.",
        "USA",
        "DZA",
        "129",
    ),
    # 130 threaten
    ("Iran threatened Israel.", "IRN", "ISR", "130"),
    ("Turkey warned Greece of consequences.", "TUR", "GRC", "130"),
    (
        "China on Monday threatened the Philippines with unspecified countermeasures, the Chinese foreign ministry"
        " said in Beijing.",
        "CHN",
        "PHL",
        "130",
    ),
    # 131 threaten non-force
    ("Poland threatened to take Germany to court.", "POL", "DEU", "131"),
    ("Hungary threatened to block Ukraine's membership bid.", "HUN", "UKR", "131"),
    (
        "Spain has threatened to expel Moroccan diplomats, the Spanish foreign minister said in Madrid on Friday.",
        "ESP",
        "MAR",
        "131",
    ),
    # 1311 reduce or stop aid
    ("The United States threatened to cut aid to Egypt.", "USA", "EGY", "1311"),
    ("Germany threatened to stop its aid to Niger.", "DEU", "NER", "1311"),
    (
        "The European Union on Wednesday threatened to suspend development aid to Uganda, officials in Brussels said.",
        "IGO",
        "UGA",
        "1311",
    ),
    # 1312 boycott, embargo, sanction
    ("Britain threatened Russia with sanctions.", "GBR", "RUS", "1312"),
    ("The United States threatened to impose tariffs on Mexico.", "USA", "MEX", "1312"),
    (
        "China has threatened to boycott Lithuanian goods, a Chinese trade official said on Sunday.",
        "CHN",
        "LTU",
        "1312",
    ),
    # 1313 reduce or break relations
    ("Morocco threatened to cut ties with Spain.", "MAR", "ESP", "1313"),
    ("Colombia threatened to break off relations with Israel.", "COL", "ISR", "1313"),
    (
        "Algeria on Saturday threatened to recall its ambassador from France, the Algerian presidency said.",
        "DZA",
        "FRA",
        "1313",
    ),
    # 132 threaten administrative sanctions
    ("Egypt threatened to deport Sudanese refugees.", "EGY", "SDN", "132"),
    ("Thailand threatened to close its border with Cambodia.", "THA", "KHM", "132"),
    (
        "Russia has threatened to ban Estonian citizens from entering the country, the Russian foreign ministry said"
        " on Thursday.",
        "RUS",
        "EST",
        "132",
    ),
    # 1321 restrictions on political freedoms
    ("The government of Turkey threatened to restrict the freedom of Turkish journalists.", "TUR", "TUR", "1321"),
    ("Uganda's president threatened to shut down opposition newspapers in Uganda.", "UGA", "UGA", "1321"),
    (
        "Zimbabwe's government on Tuesday threatened to impose restrictions on political rallies by the Zimbabwean"
        " opposition, state media said.",
        "ZWE",
        "ZWE",
        "1321",
    ),
    # 1322 ban political parties or politicians
    ("The Cambodian government threatened to ban the Cambodian opposition party.", "KHM", "KHM", "1322"),
    ("Thailand's military threatened to ban Thai opposition politicians.", "THA", "THA", "1322"),
    (
        "The Turkish government has threatened to outlaw the main pro-Kurdish party of Turkey, officials in Ankara"
        " said on Monday.",
        "TUR",
        "TUR",
        "1322",
    ),
    # 1323 curfew
    ("The Kenyan government threatened to impose a curfew on Nairobi's protesters.", "KEN", "KEN", "1323"),
    ("Sri Lanka's police threatened Sri Lankan demonstrators with a curfew.", "LKA", "LKA", "1323"),
    (
        "The Nigerian army on Friday threatened to impose a curfew on Nigerian youths in Lagos, a military spokesman"
        " said.",
        "NGA",
        "NGA",
        "1323",
    ),
    # 1324 state of emergency or martial law
    (
        "The Peruvian government threatened to declare a state of emergency against Peruvian protesters.",
        "PER",
        "PER",
        "1324",
    ),
    ("Pakistan's army threatened Pakistani opposition leaders with martial law.", "PAK", "PAK", "1324"),
    (
        "The government of Ecuador has threatened to impose a state of emergency on striking Ecuadorian workers,"
        " officials said in Quito on Wednesday.",
        "ECU",
        "ECU",
        "1324",
    ),
    # 133 threaten political dissent, protest
    ("Greek unions threatened to protest against the Greek government.", "GRC", "GRC", "133"),
    ("Farmers in France threatened to stage demonstrations against the French government.", "FRA", "FRA", "133"),
    (
        "South Korean doctors have threatened to strike against the South Korean government, their association said"
        " in Seoul on Sunday.",
        "KOR",
        "KOR",
        "133",
    ),
    # 134 threaten to halt negotiations
    ("Iran threatened to walk out of the talks with France.", "IRN", "FRA", "134"),
    ("Ukraine threatened to halt negotiations with Russia.", "UKR", "RUS", "134"),
    (
        "The Palestinians on Tuesday threatened to suspend peace talks with Israel, a Palestinian negotiator said in"
        " Ramallah.",
        "PSE",
        "ISR",
        "134",
    ),
    # 135 threaten to halt mediation
    ("Qatar threatened to end its mediation between Israel and Hamas.", "QAT", "ISR", "135"),
    ("Norway threatened to withdraw as mediator in Colombia.", "NOR", "COL", "135"),
    (
        "Egypt has threatened to stop mediating between Ethiopia and Sudan, Egyptian officials said on Thursday.",
        "EGY",
        "ETH",
        "135",
    ),
    # 136 threaten to halt international involvement
    ("France threatened to withdraw its troops from Mali.", "FRA", "MLI", "136"),
    ("The United Nations threatened to pull its peacekeepers out of Lebanon.", "IGO", "LBN", "136"),
    (
        "Britain on Monday threatened to end its naval mission off Somalia, the defence ministry in London said.",
        "GBR",
        "SOM",
        "136",
    ),
    # 137 threaten with violent repression
    ("Iran's government threatened to crush Iranian protesters.", "IRN", "IRN", "137"),
    ("The Belarusian police threatened to arrest Belarusian demonstrators.", "BLR", "BLR", "137"),
    (
        "Sudan's army has threatened to use force against Sudanese protesters in Khartoum, a military statement said"
        " on Saturday.",
        "SDN",
        "SDN",
        "137",
    ),
    # 138 threaten military force
    ("China threatened Taiwan with military force.", "CHN", "TWN", "138"),
    ("Russia threatened military action against Moldova.", "RUS", "MDA", "138"),
    (
        "North Korea on Friday threatened to use force against South Korea, state media in Pyongyang said.",
        "PRK",
        "KOR",
        "138",
    ),
    # 1381 blockade
    ("China threatened to blockade Taiwan.", "CHN", "TWN", "1381"),
    ("Iran threatened to close the Strait of Hormuz to American ships.", "IRN", "USA", "1381"),
    (
        "Turkey has threatened to impose a naval blockade on Cyprus, Turkish officials said on Tuesday.",
        "TUR",
        "CYP",
        "1381",
    ),
    # 1382 occupation
    ("Russia threatened to occupy Georgia.", "RUS", "GEO", "1382"),
    ("Israel threatened to seize Lebanese territory.", "ISR", "LBN", "1382"),
    (
        "Venezuela on Wednesday threatened to annex part of Guyana, the Guyanese government said in Georgetown.",
        "VEN",
        "GUY",
        "1382",
    ),
    # 1383 unconventional violence
    ("Al-Shabaab threatened to bomb Kenyan cities.", "SOM", "KEN", "1383"),
    ("Hamas threatened to kill Israeli hostages.", "PSE", "ISR", "1383"),
    (
        "Boko Haram militants have threatened to kidnap more Nigerian schoolgirls, a video released on Monday said.",
        "NGA",
        "NGA",
        "1383",
    ),
    # 1384 conventional attack
    ("Israel threatened to attack Iran.", "ISR", "IRN", "1384"),
    ("India threatened to strike Pakistan.", "IND", "PAK", "1384"),
    (
        "Azerbaijan has threatened to launch an offensive against Armenia, the Armenian foreign ministry said on"
        " Sunday.",
        "AZE",
        "ARM",
        "1384",
    ),
    # 1385 WMD
    ("North Korea threatened to use nuclear weapons against the United States.", "PRK", "USA", "1385"),
    ("Russia threatened Ukraine with a nuclear strike.", "RUS", "UKR", "1385"),
    (
        "Pakistan on Thursday threatened India with nuclear retaliation, a Pakistani minister said in Islamabad.",
        "PAK",
        "IND",
        "1385",
    ),
    # 139 ultimatum
    ("Russia gave Ukraine an ultimatum.", "RUS", "UKR", "139"),
    ("Serbia issued an ultimatum to Kosovo.", "SRB", "XKX", "139"),
    (
        "The United States has given Iran a two-week deadline to accept the deal or face strikes, American officials"
        " said on Friday.",
        "USA",
        "IRN",
        "139",
    ),
    # 140 political dissent
    ("Russian dissidents staged a sit-in outside the Russian government's offices.", "RUS", "RUS", "140"),
    ("Hong Kong activists staged a sit-in against China.", "HKG", "CHN", "140"),
    (
        "Thousands of Georgians have taken to the streets against the Georgian government, witnesses in Tbilisi said"
        " on Sunday.",
        "GEO",
        "GEO",
        "140",
    ),
    # 141 demonstrate
    ("Protesters in Lima demonstrated against the Chilean ambassador.", "PER", "CHL", "141"),
    ("Thousands rallied in Seoul against Japan.", "KOR", "JPN", "141"),
    (
        "Hundreds of Pakistanis on Friday protested outside the French embassy in Islamabad, witnesses said.",
        "PAK",
        "FRA",
        "141",
    ),
    # 1411 for leadership change
    (
        "Serbian protesters demonstrated in Belgrade to demand the resignation of Serbia's president.",
        "SRB",
        "SRB",
        "1411",
    ),
    ("Thousands of Armenians rallied for the resignation of the Armenian prime minister.", "ARM", "ARM", "1411"),
    (
        "Tens of thousands of Israelis have marched in Tel Aviv calling for Israel's prime minister to step down,"
        " police said on Saturday.",
        "ISR",
        "ISR",
        "1411",
    ),
    # 1412 for policy change
    ("French workers demonstrated against the French government's pension reform.", "FRA", "FRA", "1412"),
    ("Kenyan protesters rallied against Kenya's new tax law.", "KEN", "KEN", "1412"),
    (
        "Thousands of Argentines on Wednesday marched against the Argentine government's spending cuts, local media"
        " said.",
        "ARG",
        "ARG",
        "1412",
    ),
    # 1413 for rights
    ("Iranian women demonstrated for their rights against the government of Iran.", "IRN", "IRN", "1413"),
    ("Students in Bangkok rallied for freedom of speech against the Thai government.", "THA", "THA", "1413"),
    (
        "Thousands of Polish women have protested against Poland's government to demand abortion rights, organisers"
        " said on Sunday.",
        "POL",
        "POL",
        "1413",
    ),
    # 1414 for change in institutions, regime
    ("Protesters in Khartoum demonstrated against Sudan's military to demand civilian rule.", "SDN", "SDN", "1414"),
    ("Algerian protesters rallied against Algeria's regime.", "DZA", "DZA", "1414"),
    (
        "Thousands of Hong Kong residents on Sunday marched for democracy against the Chinese government, organisers"
        " said.",
        "HKG",
        "CHN",
        "1414",
    ),
    # 142 hunger strike
    ("Palestinian prisoners went on hunger strike against Israel.", "PSE", "ISR", "142"),
    ("A Russian activist began a hunger strike against the Russian government.", "RUS", "RUS", "142"),
    (
        "Dozens of Bahraini detainees have been on hunger strike against Bahrain's government for two weeks, their"
        " lawyers said on Monday.",
        "BHR",
        "BHR",
        "142",
    ),
    # 1421 for leadership change
    ("Students in Nairobi went on hunger strike to demand the resignation of Kenya's president.", "KEN", "KEN", "1421"),
    (
        "A Togolese opposition leader began a hunger strike to demand the resignation of Togo's president.",
        "TGO",
        "TGO",
        "1421",
    ),
    (
        "An opposition politician in Cameroon has been on hunger strike for ten days demanding that Cameroon's"
        " president step down, his party said.",
        "CMR",
        "CMR",
        "1421",
    ),
    # 1422 for policy change
    ("Indian farmers went on hunger strike against the Indian government's farm laws.", "IND", "IND", "1422"),
    ("Greek teachers began a hunger strike against Greece's education reform.", "GRC", "GRC", "1422"),
    (
        "Dozens of Tunisian migrants on Tuesday began a hunger strike against Italy's deportation policy, activists"
        " said.",
        "TUN",
        "ITA",
        "1422",
    ),
    # 1423 for rights
    (
        "Egyptian activists went on hunger strike against the Egyptian government for the right to a fair trial.",
        "EGY",
        "EGY",
        "1423",
    ),
    ("Uighur detainees began a hunger strike against China for religious freedom.", "CHN", "CHN", "1423"),
    (
        "Jailed Cuban dissidents have gone on hunger strike against the Cuban government demanding freedom of"
        " expression, their families said.",
        "CUB",
        "CUB",
        "1423",
    ),
    # 1424 for change in institutions, regime
    ("Burmese monks went on hunger strike against Myanmar's military to demand democracy.", "MMR", "MMR", "1424"),
    (
        "Opposition activists in Belarus began a hunger strike against the Belarusian government to demand free"
        " elections.",
        "BLR",
        "BLR",
        "1424",
    ),
    (
        "Several Venezuelan opposition lawmakers have begun a hunger strike against the Venezuelan government"
        " demanding a return to democracy, they said on Friday.",
        "VEN",
        "VEN",
        "1424",
    ),
    # 143 strike or boycott
    ("British rail workers went on strike against the British government.", "GBR", "GBR", "143"),
    ("South African miners launched a strike against South Africa's government.", "ZAF", "ZAF", "143"),
    (
        "Hundreds of thousands of Nigerian workers on Monday began a general strike against the Nigerian government,"
        " their union said in Abuja.",
        "NGA",
        "NGA",
        "143",
    ),
    # 1431 for leadership change
    ("Bolivian unions went on strike to demand the resignation of Bolivia's president.", "BOL", "BOL", "1431"),
    ("Haitian workers staged a general strike demanding that Haiti's prime minister resign.", "HTI", "HTI", "1431"),
    (
        "The Sri Lankan opposition has called a nationwide strike to force Sri Lanka's president to step down,"
        " organisers said on Wednesday.",
        "LKA",
        "LKA",
        "1431",
    ),
    # 1432 for policy change
    ("French unions went on strike against the French government's pension reform.", "FRA", "FRA", "1432"),
    ("Italian consumers boycotted American goods to protest against the United States' tariffs.", "ITA", "USA", "1432"),
    (
        "Spanish truck drivers have gone on strike against the Spanish government's fuel policy, the transport union"
        " said in Madrid on Tuesday.",
        "ESP",
        "ESP",
        "1432",
    ),
    # 1433 for rights
    ("Chilean workers went on strike against the Chilean government for union rights.", "CHL", "CHL", "1433"),
    (
        "Indian nurses went on strike against India's health ministry to demand the right to organise.",
        "IND",
        "IND",
        "1433",
    ),
    (
        "Bangladeshi garment workers on Sunday went on strike against the Bangladeshi government for the right to a"
        " minimum wage, union leaders said.",
        "BGD",
        "BGD",
        "1433",
    ),
    # 1434 for change in institutions, regime
    (
        "Opposition parties in Bangladesh called a general strike against the Bangladeshi government to demand a"
        " caretaker government.",
        "BGD",
        "BGD",
        "1434",
    ),
    ("Sudanese professionals went on strike against Sudan's military to demand civilian rule.", "SDN", "SDN", "1434"),
    (
        "Iranian oil workers have gone on strike against the Iranian regime to demand an end to clerical rule,"
        " activists said on Thursday.",
        "IRN",
        "IRN",
        "1434",
    ),
    # 144 obstruct passage, block
    ("Polish farmers blocked the border with Ukraine.", "POL", "UKR", "144"),
    ("Protesters in Armenia blocked roads against the Armenian government.", "ARM", "ARM", "144"),
    (
        "Kenyan truck drivers on Tuesday blockaded the border crossing with Uganda, police in Busia said.",
        "KEN",
        "UGA",
        "144",
    ),
    # 1441 to demand leadership change
    (
        "Protesters blocked roads in Dhaka to demand the resignation of Bangladesh's prime minister.",
        "BGD",
        "BGD",
        "1441",
    ),
    (
        "Lebanese demonstrators blockaded highways demanding that Lebanon's prime minister step down.",
        "LBN",
        "LBN",
        "1441",
    ),
    (
        "Opposition supporters in Peru have blocked major highways to demand the resignation of Peru's president,"
        " police said on Monday.",
        "PER",
        "PER",
        "1441",
    ),
    # 1442 to demand policy change
    ("Farmers blocked roads in Paris to protest against the French government's fuel tax.", "FRA", "FRA", "1442"),
    ("Dutch farmers blockaded highways against the Dutch government's nitrogen rules.", "NLD", "NLD", "1442"),
    (
        "Canadian truckers have blocked a bridge to the United States to protest against Canada's vaccine rules,"
        " police said on Wednesday.",
        "CAN",
        "CAN",
        "1442",
    ),
    # 1443 to demand rights
    (
        "Indigenous protesters in Ecuador blocked roads against the Ecuadorian government to demand land rights.",
        "ECU",
        "ECU",
        "1443",
    ),
    ("Bolivian miners blockaded highways against Bolivia's government for the right to work.", "BOL", "BOL", "1443"),
    (
        "Hundreds of Indian farmers on Friday blocked a highway against the Indian government to demand water"
        " rights, police said.",
        "IND",
        "IND",
        "1443",
    ),
    # 1444 to demand change in institutions, regime
    ("Protesters in Khartoum blocked roads against Sudan's military to demand civilian rule.", "SDN", "SDN", "1444"),
    (
        "Thai protesters blockaded parliament against the Thai government to demand a new constitution.",
        "THA",
        "THA",
        "1444",
    ),
    (
        "Serbian students have blocked bridges in Novi Sad against Serbia's government demanding early elections,"
        " witnesses said on Saturday.",
        "SRB",
        "SRB",
        "1444",
    ),
    # 145 protest violently, riot
    ("Rioters in Athens clashed with Greek police.", "GRC", "GRC", "145"),
    ("Protesters stormed the American embassy in Baghdad.", "IRQ", "USA", "145"),
    (
        "Hundreds of Senegalese youths on Thursday rioted against the Senegalese government in Dakar, witnesses said.",
        "SEN",
        "SEN",
        "145",
    ),
    # 1451 violent protest for leadership change
    (
        "Rioters in Colombo stormed the residence of Sri Lanka's president to demand his resignation.",
        "LKA",
        "LKA",
        "1451",
    ),
    ("Malian protesters rioted in Bamako demanding the resignation of Mali's president.", "MLI", "MLI", "1451"),
    (
        "Protesters in Dhaka have torched government buildings demanding that Bangladesh's prime minister step down,"
        " police said on Monday.",
        "BGD",
        "BGD",
        "1451",
    ),
    # 1452 violent protest for policy change
    ("Rioters in Nairobi torched shops against the Kenyan government's finance bill.", "KEN", "KEN", "1452"),
    ("French protesters rioted against the French government's pension reform.", "FRA", "FRA", "1452"),
    (
        "Thousands of Chileans on Friday rioted in Santiago against the Chilean government's fare increase, police"
        " said.",
        "CHL",
        "CHL",
        "1452",
    ),
    # 1453 violent protest for rights
    ("Rioters in Tehran clashed with Iranian police to demand women's rights.", "IRN", "IRN", "1453"),
    ("Kurdish protesters rioted against the Turkish government for minority rights.", "KUR", "TUR", "1453"),
    (
        "Hundreds of Indian protesters have rioted against the Indian government over the citizenship law, police in"
        " New Delhi said on Tuesday.",
        "IND",
        "IND",
        "1453",
    ),
    # 1454 violent protest for change in institutions, regime
    ("Rioters in Khartoum attacked Sudanese soldiers to demand civilian rule.", "SDN", "SDN", "1454"),
    (
        "Protesters in Kathmandu rioted against Nepal's government demanding the return of the monarchy.",
        "NPL",
        "NPL",
        "1454",
    ),
    (
        "Demonstrators in Tbilisi have rioted against Georgia's government to demand new elections, police said on"
        " Sunday.",
        "GEO",
        "GEO",
        "1454",
    ),
]

# (sentence, source, target, CAMEO root the pair must not have; no source: no event at all)
CONTROLS: list[Row] = [
    ("Kenyan teachers went on strike over pay.", "", "", ""),
    ("Israel carried out an air strike on Gaza to punish Hamas.", "ISR", "PSE", "14"),
    ("The minister resigned after weeks of protests.", "", "", ""),
    (
        "Greek police blocked the road to the airport to demand identity papers from Turkish drivers.",
        "GRC",
        "TUR",
        "14",
    ),
    ("Egypt threatened to boycott the summit, Egyptian officials said.", "", "", ""),
]

_ACTOR = "actor: the protesting person or group is no actor mention (a singular noun, a profession, a name)"
_SHAPE = "object shape: the party is named only inside a place phrase or as a participle's agent"
_VERB = "verb: the act is not read as this root's (a word sense, or a verb coded under another root)"
_AIM = (
    "purpose clause: the protest's aim is not read (a strike noun is force until its doers are known; a"
    " participle on the object)"
)
_CLASH = "codebook: a crowd's clash with police stays a fight of two sides, 190 (rules 173, 182 tables), not 145"

XFAIL: dict[str, str] = {
    "Syria refused to let international inspectors visit the site.": _VERB,
    "Ethiopia has barred African Union monitors from entering Tigray, officials in Addis Ababa said on Monday.": _VERB,
    "The United States on Tuesday vetoed a Security Council resolution drafted by Algeria, diplomats at the United"
    " Nations said.": _SHAPE,
    "Russian dissidents staged a sit-in outside the Russian government's offices.": _SHAPE,
    "The Sri Lankan opposition has called a nationwide strike to force Sri Lanka's president to step down,"
    " organisers said on Wednesday.": _AIM,
    "Italian consumers boycotted American goods to protest against the United States' tariffs.": _VERB,
    "Sudanese professionals went on strike against Sudan's military to demand civilian rule.": _ACTOR,
    "Rioters in Athens clashed with Greek police.": _CLASH,
    "Rioters in Tehran clashed with Iranian police to demand women's rights.": _CLASH,
}


@pytest.mark.parametrize(("text", "source", "target", "code"), table_cases(ROWS, XFAIL))
def test_sweep_roots_12_13_14(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    found = asserted(rules_nlp, text)
    assert root_row_passes(found, source, target, code), sorted(found)


@pytest.mark.parametrize(("text", "source", "target", "root"), table_cases(CONTROLS, XFAIL))
def test_sweep_controls(rules_nlp: Language, text: str, source: str, target: str, root: str) -> None:
    found = asserted(rules_nlp, text)
    assert control_passes(found, source, target, root), sorted(found)


def test_sweep_covers_every_subcode() -> None:
    subcodes = {code for _, _, _, code in ROWS}
    assert len(subcodes) == 74
    assert all(sum(row[3] == code for row in ROWS) == 3 for code in subcodes)
    assert set(XFAIL) <= {row[0] for row in ROWS + CONTROLS}
    assert len({row[0] for row in ROWS + CONTROLS}) == len(ROWS + CONTROLS)
