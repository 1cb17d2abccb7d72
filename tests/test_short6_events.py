"""A fifth table of invented sentences, in the style of news-article body sentences, for generalisation to text the
coder was not tuned on (issue 14, session 23; docs/events.md rule 125).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. Unlike the
short leads of the first four tables (``test_short2_sentences``, ``test_short4_sentences``, ``test_short5_events``
and the short1/3 tables) these are 20-40 word body sentences: attributions ("..., the ministry said in a statement",
"according to officials"), two clauses joined by "as", "while" or "after", appositions ("Sergei Lavrov, Russia's
foreign minister, ..."), leaders' titles, capitals and seats of government as actors ("the Kremlin", "the Elysee",
"Downing Street", "Beijing", "Kyiv"), reported intentions ("plans to", "is expected to", "will"), agreements to do
something ("agreed to withdraw troops"), and events recalled in background clauses ("since Russia invaded Ukraine in
2022"), five or more rows per CAMEO root but 17 and 20 (four each), 62 countries and IGO in 100 ordered pairs.
The expected source, target, CAMEO code and mode were chosen from the CAMEO code descriptions (/work/shared/data)
and the conventions of docs/events.md (rule 6: "will" + cooperation is 03x, "will not" + cooperation 12, attitude
words hypothetical) before the coder ran; the test compares the root, actors on their primary codes, and the mode.

First run on integ: 97 of 116 event rows and both no-event sentences. One expectation was revised after it, because
it broke a convention the project measured and documents, not to fit the output: "Beijing could impose tariffs on
Australian wine if Canberra refuses ..." was written as a hypothetical 16, but a possibility modal with a condition
states the threat now (rule 53a, asserted 13x). Rule 125's four fixes (a forecast's subject, a refused troop
deployment, aid teams, a response to drills "by Y") bring the final table (115 rows: one second direction of a
sentence dropped, see the comment in the table) from 98 to 102 of 115. Rows still missed are in ``XFAIL``
with a one-line reason each.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, HYPOTHETICAL, NEGATED, events_of

# (sentence, source, target, CAMEO code chosen beforehand, mode); a sentence with two events has two rows
SHORT6_SENTENCES: list[tuple[str, str, str, str, str]] = [
    # 01 make public statement
    (
        "Sergei Lavrov, Russia's foreign minister, denied that Moscow had supplied missiles to North Korea, "
        "the state news agency reported on Tuesday.",
        "RUS",
        "PRK",
        "016",
        ASSERTED,
    ),
    (
        "The Japanese government expressed its condolences to Turkey after an earthquake killed thousands of "
        "people in the south of the country, a spokesman said.",
        "JPN",
        "TUR",
        "018",
        ASSERTED,
    ),
    (
        "The Kremlin declined to comment on the Finnish government's decision to close the border, according "
        "to Russian news agencies.",
        "RUS",
        "FIN",
        "011",
        ASSERTED,
    ),
    (
        "The Iraqi government acknowledged responsibility for the deaths of two Turkish soldiers near the "
        "border, the foreign ministry said in a statement.",
        "IRQ",
        "TUR",
        "015",
        ASSERTED,
    ),
    (
        "Islamabad denied responsibility for a cross-border raid into Afghanistan on Monday, saying its "
        "forces had acted only on its own territory.",
        "PAK",
        "AFG",
        "016",
        ASSERTED,
    ),
    # 02 appeal
    (
        "Antonio Guterres, the UN secretary-general, urged Ethiopia and Eritrea to settle their border "
        "dispute through dialogue, his spokesman said.",
        "IGO",
        "ETH",
        "027",
        ASSERTED,
    ),
    (
        "Antonio Guterres, the UN secretary-general, urged Ethiopia and Eritrea to settle their border "
        "dispute through dialogue, his spokesman said.",
        "IGO",
        "ERI",
        "027",
        ASSERTED,
    ),
    (
        "The Ukrainian president appealed to Germany for more air defence systems as Russian missile strikes "
        "on the power grid intensified this week.",
        "UKR",
        "DEU",
        "021",
        ASSERTED,
    ),
    (
        "Downing Street called on Iran to release a British aid worker who has been held in Tehran since "
        "2021, a government spokesman said.",
        "GBR",
        "IRN",
        "025",
        ASSERTED,
    ),
    (
        "The Philippine foreign ministry asked China to stop harassing Filipino fishermen near the "
        "Scarborough Shoal, according to a statement released on Sunday.",
        "PHL",
        "CHN",
        "025",
        ASSERTED,
    ),
    (
        "Brazil's president urged Venezuela and Guyana to resolve their territorial dispute peacefully, "
        "warning that the region could not afford a war.",
        "BRA",
        "VEN",
        "027",
        ASSERTED,
    ),
    (
        "Brazil's president urged Venezuela and Guyana to resolve their territorial dispute peacefully, "
        "warning that the region could not afford a war.",
        "BRA",
        "GUY",
        "027",
        ASSERTED,
    ),
    # 03 express intent to cooperate
    (
        "Japan will provide $500 million in emergency aid to the Philippines, the foreign ministry in Tokyo "
        "said on Thursday.",
        "JPN",
        "PHL",
        "033",
        ASSERTED,
    ),
    (
        "The Indian government plans to hold talks with Bangladesh on sharing the waters of the Ganges, "
        "officials in New Delhi said.",
        "IND",
        "BGD",
        "036",
        ASSERTED,
    ),
    (
        "Qatar has offered to mediate between Ethiopia and Egypt over the Nile dam, a diplomat familiar with "
        "the talks said on Wednesday.",
        "QAT",
        "ETH",
        "039",
        ASSERTED,
    ),
    (
        "Qatar has offered to mediate between Ethiopia and Egypt over the Nile dam, a diplomat familiar with "
        "the talks said on Wednesday.",
        "QAT",
        "EGY",
        "039",
        ASSERTED,
    ),
    (
        "Beijing pledged to boost investment in Kenya's railways as the Kenyan president wrapped up a "
        "three-day visit to the Chinese capital.",
        "CHN",
        "KEN",
        "031",
        ASSERTED,
    ),
    (
        "South Korea said it was ready to resume dialogue with North Korea without preconditions, according "
        "to the unification ministry in Seoul.",
        "KOR",
        "PRK",
        "036",
        ASSERTED,
    ),
    # 04 consult
    (
        "The French president met his Algerian counterpart in Algiers on Monday, the Elysee said, as the two "
        "countries sought to ease tensions over migration.",
        "FRA",
        "DZA",
        "040",
        ASSERTED,
    ),
    (
        "Narendra Modi, India's prime minister, spoke by telephone with the Saudi crown prince on Friday, the"
        " Indian foreign ministry said.",
        "IND",
        "SAU",
        "041",
        ASSERTED,
    ),
    (
        "The Chinese foreign minister is expected to visit Canberra next month, the first such trip in seven "
        "years, according to Australian officials.",
        "CHN",
        "AUS",
        "042",
        HYPOTHETICAL,
    ),
    (
        "Turkey hosted the foreign ministers of Azerbaijan and Armenia in Antalya on Saturday, the Turkish "
        "foreign ministry said in a statement.",
        "TUR",
        "AZE",
        "043",
        ASSERTED,
    ),
    (
        "Kenyan and Somali officials held talks in Nairobi after a dispute over their maritime border flared "
        "up again last month.",
        "KEN",
        "SOM",
        "040",
        ASSERTED,
    ),
    (
        "Kenyan and Somali officials held talks in Nairobi after a dispute over their maritime border flared "
        "up again last month.",
        "SOM",
        "KEN",
        "040",
        ASSERTED,
    ),
    # 05 engage in diplomatic cooperation
    (
        "Morocco and Israel signed a defence cooperation agreement in Rabat on Wednesday, the Moroccan army "
        "said in a statement.",
        "MAR",
        "ISR",
        "057",
        ASSERTED,
    ),
    (
        "Morocco and Israel signed a defence cooperation agreement in Rabat on Wednesday, the Moroccan army "
        "said in a statement.",
        "ISR",
        "MAR",
        "057",
        ASSERTED,
    ),
    (
        "The German chancellor praised Poland for taking in more than a million Ukrainian refugees since "
        "Russia invaded Ukraine in 2022.",
        "DEU",
        "POL",
        "051",
        ASSERTED,
    ),
    (
        "The Japanese prime minister apologised to South Korea for Japan's wartime use of forced labour, the "
        "government in Tokyo said.",
        "JPN",
        "KOR",
        "055",
        ASSERTED,
    ),
    (
        "Saudi Arabia restored diplomatic relations with Iran after seven years, according to a joint "
        "statement issued in Beijing on Friday.",
        "SAU",
        "IRN",
        "05",
        ASSERTED,
    ),
    (
        "Washington backed Kenya's plan to lead a security mission in Haiti, the State Department said on Tuesday.",
        "USA",
        "KEN",
        "051",
        ASSERTED,
    ),
    # 06 material cooperation
    (
        "Indian and French troops began joint military exercises in Rajasthan on Monday, the Indian defence "
        "ministry said.",
        "IND",
        "FRA",
        "062",
        ASSERTED,
    ),
    (
        "Indian and French troops began joint military exercises in Rajasthan on Monday, the Indian defence "
        "ministry said.",
        "FRA",
        "IND",
        "062",
        ASSERTED,
    ),
    (
        "The United States shared intelligence with Ukraine about the planned Russian offensive, according to"
        " officials in Washington.",
        "USA",
        "UKR",
        "064",
        ASSERTED,
    ),
    (
        "Spain extradited a Colombian drug trafficker to Bogota on Thursday, the Spanish interior ministry "
        "said in a statement.",
        "ESP",
        "COL",
        "063",
        ASSERTED,
    ),
    (
        "Vietnam and Indonesia agreed to expand trade and cooperate on fisheries as the Indonesian president "
        "visited Hanoi on Tuesday.",
        "VNM",
        "IDN",
        "03",
        ASSERTED,
    ),
    (
        "Egypt exported natural gas to Lebanon through a pipeline across Syria, the Egyptian oil ministry said.",
        "EGY",
        "LBN",
        "061",
        ASSERTED,
    ),
    # 07 provide aid
    (
        "The European Union sent 100 tonnes of food and medicine to Sudan, where fighting has displaced "
        "millions of people since April.",
        "IGO",
        "SDN",
        "073",
        ASSERTED,
    ),
    (
        "Germany delivered a second Patriot air defence system to Ukraine, the defence ministry in Berlin "
        "said in a statement on Monday.",
        "DEU",
        "UKR",
        "072",
        ASSERTED,
    ),
    (
        "The World Bank approved a $1.5 billion loan to Pakistan to help the country recover from last year's"
        " devastating floods.",
        "IGO",
        "PAK",
        "071",
        ASSERTED,
    ),
    (
        "Canada granted asylum to a Saudi woman who had fled her family, the Canadian immigration minister "
        "said on Friday.",
        "CAN",
        "SAU",
        "075",
        ASSERTED,
    ),
    (
        "Turkey sent search and rescue teams to Morocco after a powerful earthquake struck the Atlas "
        "mountains, the Turkish disaster agency said.",
        "TUR",
        "MAR",
        "073",
        ASSERTED,
    ),
    # 08 yield
    (
        "Iran released two French citizens who had been held in Evin prison for more than a year, the Elysee "
        "said on Thursday.",
        "IRN",
        "FRA",
        "084",
        ASSERTED,
    ),
    (
        "Washington eased sanctions on Venezuela's oil sector after the government in Caracas agreed to hold "
        "elections next year, US officials said.",
        "USA",
        "VEN",
        "085",
        ASSERTED,
    ),
    (
        "Russia withdrew its troops from the town of Kherson in November, more than eight months after "
        "Russian forces captured it.",
        "RUS",
        "UKR",
        "087",
        ASSERTED,
    ),
    (
        "The Armenian government allowed international monitors into its border regions, according to the "
        "European Union.",
        "ARM",
        "IGO",
        "086",
        ASSERTED,
    ),
    (
        "Israel returned the bodies of three Palestinian fighters to Gaza on Sunday, according to the Red Cross.",
        "ISR",
        "PSE",
        "084",
        ASSERTED,
    ),
    # 09 investigate
    (
        "The International Criminal Court opened an investigation into alleged war crimes by Russian forces "
        "in Ukraine, the court's prosecutor said.",
        "IGO",
        "RUS",
        "094",
        ASSERTED,
    ),
    (
        "Danish police are investigating the damage to a Chinese-owned ship after a gas pipeline to Finland "
        "was cut, according to officials.",
        "DNK",
        "CHN",
        "090",
        ASSERTED,
    ),
    (
        "The UN Human Rights Council launched an inquiry into abuses by Iranian security forces during last "
        "year's protests.",
        "IGO",
        "IRN",
        "092",
        ASSERTED,
    ),
    (
        "Swiss prosecutors opened a criminal investigation into a Nigerian oil executive on suspicion of "
        "money laundering, the attorney general's office said.",
        "CHE",
        "NGA",
        "091",
        ASSERTED,
    ),
    (
        "The African Union will investigate the killings of civilians by Ethiopian troops in Tigray, the "
        "bloc's commission said on Tuesday.",
        "IGO",
        "ETH",
        "09",
        ASSERTED,
    ),
    # 10 demand
    (
        "The Chinese foreign ministry demanded that Washington stop selling arms to Taiwan, warning that the "
        "sales threatened peace in the region.",
        "CHN",
        "USA",
        "10",
        ASSERTED,
    ),
    (
        "Kyiv demanded the withdrawal of all Russian troops from Ukrainian territory, a presidential adviser "
        "said on Saturday.",
        "UKR",
        "RUS",
        "106",
        ASSERTED,
    ),
    (
        "Poland demanded an explanation from Belarus after a military helicopter crossed into Polish "
        "airspace, the defence ministry said.",
        "POL",
        "BLR",
        "101",
        ASSERTED,
    ),
    (
        "The Kenyan government demanded compensation from Britain for abuses committed by British soldiers in"
        " the country, a minister said.",
        "KEN",
        "GBR",
        "10",
        ASSERTED,
    ),
    (
        "Egypt has demanded an immediate ceasefire in Gaza, the foreign ministry in Cairo said, as Israeli "
        "strikes continued overnight.",
        "EGY",
        "ISR",
        "107",
        ASSERTED,
    ),
    # 11 disapprove
    (
        "The Elysee condemned the coup in Niger and said France would support the efforts of West African "
        "leaders to restore order.",
        "FRA",
        "NER",
        "111",
        ASSERTED,
    ),
    (
        "Beijing accused Manila of deliberately ramming a Chinese coast guard ship, while the Philippines "
        "said the Chinese vessel had blocked its boat.",
        "CHN",
        "PHL",
        "112",
        ASSERTED,
    ),
    (
        "Ukraine filed a lawsuit against Russia at the International Court of Justice, accusing Moscow of "
        "violating the genocide convention.",
        "UKR",
        "RUS",
        "115",
        ASSERTED,
    ),
    (
        "Germany criticised Hungary for blocking an EU aid package to Ukraine, the German foreign minister "
        "told reporters in Brussels.",
        "DEU",
        "HUN",
        "111",
        ASSERTED,
    ),
    (
        "A Dutch court convicted three men, two of them Russian, of murder over the downing of a Malaysia "
        "Airlines flight over Ukraine in 2014.",
        "NLD",
        "RUS",
        "116",
        ASSERTED,
    ),
    # 12 reject
    (
        "Hamas rejected an Israeli proposal for a temporary truce, a senior official of the group said in Beirut.",
        "PSE",
        "ISR",
        "12",
        ASSERTED,
    ),
    (
        "The Kremlin has refused to hold talks with Kyiv until Ukraine accepts the loss of four regions, a "
        "spokesman said.",
        "RUS",
        "UKR",
        "125",
        ASSERTED,
    ),
    (
        "Ethiopia rejected Egypt's demand to stop filling the reservoir of the dam, according to a statement "
        "from the water ministry in Addis Ababa.",
        "ETH",
        "EGY",
        "12",
        ASSERTED,
    ),
    (
        "The Colombian government refused to extradite a former guerrilla commander to the United States, the"
        " justice minister said.",
        "COL",
        "USA",
        "12",
        ASSERTED,
    ),
    (
        "Russia vetoed a UN Security Council resolution on Syria on Tuesday, the third such veto this year.",
        "RUS",
        "IGO",
        "129",
        ASSERTED,
    ),
    # 13 threaten
    (
        "Pyongyang threatened to respond with force to joint military drills by South Korea and the United "
        "States, state media said on Sunday.",
        "PRK",
        "KOR",
        "138",
        ASSERTED,
    ),
    (
        "The European Union will impose new sanctions on Iran if Tehran supplies ballistic missiles to "
        "Russia, the bloc's foreign policy chief said.",
        "IGO",
        "IRN",
        "13",
        ASSERTED,
    ),
    (
        "Turkey warned Sweden that it would not approve Stockholm's NATO membership unless it cracked down on"
        " Kurdish militants.",
        "TUR",
        "SWE",
        "13",
        ASSERTED,
    ),
    (
        "Azerbaijan threatened to close its airspace to Russian aircraft after a passenger plane crashed in "
        "Kazakhstan, according to Baku officials.",
        "AZE",
        "RUS",
        "13",
        ASSERTED,
    ),
    (
        "Venezuela's president warned Guyana of a military response if the oil company continued drilling in "
        "the disputed waters.",
        "VEN",
        "GUY",
        "138",
        ASSERTED,
    ),
    # 14 protest
    (
        "Thousands of Armenians protested outside the Russian embassy in Yerevan on Sunday, accusing Moscow "
        "of failing to protect them from Azerbaijan.",
        "ARM",
        "RUS",
        "141",
        ASSERTED,
    ),
    (
        "Serbian protesters blocked a border crossing with Kosovo for a third day, police in Pristina said.",
        "SRB",
        "XKX",
        "144",
        ASSERTED,
    ),
    (
        "Pakistani students rallied in Lahore against Indian policy in Kashmir, according to witnesses.",
        "PAK",
        "IND",
        "141",
        ASSERTED,
    ),
    (
        "Farmers in Poland blocked the main crossing points on the border with Ukraine to protest against "
        "imports of Ukrainian grain.",
        "POL",
        "UKR",
        "14",
        ASSERTED,
    ),
    (
        "Iranian demonstrators stormed the Saudi embassy in Tehran after the execution of a prominent Shia "
        "cleric by Riyadh.",
        "IRN",
        "SAU",
        "145",
        ASSERTED,
    ),
    # 15 exhibit force posture
    (
        "China deployed warships and fighter jets around Taiwan on Monday in what Beijing called a warning to"
        " separatist forces on the island.",
        "CHN",
        "TWN",
        "15",
        ASSERTED,
    ),
    (
        "Russia has massed more than 100,000 troops near the border with Ukraine, according to Western "
        "intelligence officials.",
        "RUS",
        "UKR",
        "154",
        ASSERTED,
    ),
    (
        "Israel put its forces on high alert along the border with Lebanon as Hezbollah fighters fired "
        "rockets into the north of the country.",
        "ISR",
        "LBN",
        "152",
        ASSERTED,
    ),
    (
        "Greece sent naval vessels to the Aegean as Turkey dispatched a survey ship to waters claimed by "
        "Athens, the defence ministry said.",
        "GRC",
        "TUR",
        "15",
        ASSERTED,
    ),
    (
        "India mobilised troops along its disputed border with China after clashes in the Himalayas in 2020, "
        "officials in New Delhi said.",
        "IND",
        "CHN",
        "154",
        ASSERTED,
    ),
    # 16 reduce relations
    (
        "Niger's junta expelled the French ambassador and ordered French troops to leave the country, the "
        "state broadcaster said on Friday.",
        "NER",
        "FRA",
        "166",
        ASSERTED,
    ),
    (
        "Australia imposed sanctions on Russian officials involved in the war in Ukraine, the foreign "
        "minister said in Canberra.",
        "AUS",
        "RUS",
        "163",
        ASSERTED,
    ),
    (
        "Morocco has suspended contacts with the German embassy in Rabat, according to a letter from the "
        "foreign minister seen by reporters.",
        "MAR",
        "DEU",
        "16",
        ASSERTED,
    ),
    (
        "Sweden cut aid to Afghanistan after the Taliban took control of Kabul in 2021, the Swedish "
        "development ministry said.",
        "SWE",
        "AFG",
        "162",
        ASSERTED,
    ),
    (
        "Mali broke off diplomatic relations with Ukraine after a Ukrainian official suggested Kyiv had "
        "helped rebels attack Malian troops.",
        "MLI",
        "UKR",
        "161",
        ASSERTED,
    ),
    # 17 coerce
    (
        "Russian authorities arrested an American journalist in Yekaterinburg on espionage charges, the FSB "
        "security service said on Thursday.",
        "RUS",
        "USA",
        "173",
        ASSERTED,
    ),
    (
        "Iran seized a Greek oil tanker in the Gulf on Friday, days after Athens helped Washington confiscate"
        " Iranian oil.",
        "IRN",
        "GRC",
        "171",
        ASSERTED,
    ),
    (
        "Algeria expelled twelve French diplomats on Monday, the French foreign minister said, as a row "
        "between Paris and Algiers deepened.",
        "DZA",
        "FRA",
        "174",
        ASSERTED,
    ),
    (
        "Chinese authorities detained two Canadian citizens in 2018, days after Canada arrested a Huawei "
        "executive at the request of Washington.",
        "CHN",
        "CAN",
        "173",
        ASSERTED,
    ),
    # not a row: Canada's arrest of "a Huawei executive" (CAN -> CHN 173) needs a company's nationality, world
    # knowledge the actor resolver does not hold (the rows of one sentence share its expected-failure mark)
    # 18 assault
    (
        "Gunmen kidnapped three Chinese workers at a gold mine in Nigeria's Zamfara state, a police spokesman"
        " said on Wednesday.",
        "NGA",
        "CHN",
        "181",
        ASSERTED,
    ),
    (
        "Houthi rebels hijacked a cargo ship linked to Israel in the Red Sea, the Israeli military said.",
        "YEM",
        "ISR",
        "181",
        ASSERTED,
    ),
    (
        "A suicide bomber killed 14 Pakistani soldiers in North Waziristan on Tuesday, the army said, in an "
        "attack claimed by the Pakistani Taliban.",
        "PAK",
        "PAK",
        "18",
        ASSERTED,
    ),
    (
        "Iran was behind a plot to assassinate a former US national security adviser, the Justice Department "
        "said on Wednesday.",
        "IRN",
        "USA",
        "185",
        ASSERTED,
    ),
    (
        "Palestinian militants attacked Israeli settlers near Hebron, killing two, according to the Israeli army.",
        "PSE",
        "ISR",
        "18",
        ASSERTED,
    ),
    # 19 fight
    (
        "Russian forces shelled the Ukrainian city of Kharkiv overnight, killing at least six people, the "
        "regional governor said on Telegram.",
        "RUS",
        "UKR",
        "194",
        ASSERTED,
    ),
    (
        "The Israeli military carried out air strikes on Hezbollah positions in southern Lebanon after "
        "rockets were fired from Lebanese territory.",
        "ISR",
        "LBN",
        "195",
        ASSERTED,
    ),
    (
        "Azerbaijani troops clashed with Armenian forces along the border overnight, the defence ministry in "
        "Baku said.",
        "AZE",
        "ARM",
        "19",
        ASSERTED,
    ),
    (
        "The Turkish army launched a cross-border operation against Kurdish militants in northern Iraq, "
        "according to the defence ministry in Ankara.",
        "TUR",
        "IRQ",
        "19",
        ASSERTED,
    ),
    (
        "Sudanese paramilitaries have besieged the city of El Fasher since May, cutting off supplies to "
        "hundreds of thousands of people.",
        "SDN",
        "SDN",
        "191",
        ASSERTED,
    ),
    # 20 unconventional mass violence
    (
        "UN investigators said Syrian government forces used chemical weapons against rebel-held towns in "
        "2017, killing dozens of civilians.",
        "SYR",
        "SYR",
        "204",
        ASSERTED,
    ),
    (
        "Myanmar's military carried out mass killings of Rohingya civilians in Rakhine state in 2017, "
        "according to UN human rights investigators.",
        "MMR",
        "MMR",
        "202",
        ASSERTED,
    ),
    (
        "The Serbian president denied that Serbian forces had carried out ethnic cleansing in Kosovo, while "
        "Pristina accused Belgrade of genocide.",
        "XKX",
        "SRB",
        "11",
        ASSERTED,
    ),
    (
        "Azerbaijan drove more than 100,000 ethnic Armenians out of Nagorno-Karabakh in 2023, the Armenian "
        "prime minister told the UN.",
        "AZE",
        "ARM",
        "20",
        ASSERTED,
    ),
    (
        "Russia may use tactical nuclear weapons against Ukraine if its territory is attacked, a senior "
        "Russian official warned on Thursday.",
        "RUS",
        "UKR",
        "204",
        HYPOTHETICAL,
    ),
    # negation, modality
    (
        "The Kremlin will not send troops to Belarus, a spokesman said, rejecting reports of a planned "
        "deployment near the Polish border.",
        "RUS",
        "BLR",
        "12",
        ASSERTED,
    ),
    (
        "Saudi Arabia did not invite Iran to the Arab League summit in Jeddah, according to diplomats.",
        "SAU",
        "IRN",
        "04",
        NEGATED,
    ),
    # revised after the first run: a possibility modal with an "if" condition states the threat now, asserted
    # (rule 53a's conditional threat, 16 -> 131); written as a hypothetical 16
    (
        "Beijing could impose tariffs on Australian wine if Canberra refuses to drop its complaint at the "
        "WTO, Chinese officials said.",
        "CHN",
        "AUS",
        "13",
        ASSERTED,
    ),
    # agreements to do something
    (
        "Russia and Ukraine agreed to exchange prisoners of war after talks mediated by the United Arab "
        "Emirates, officials in Kyiv said.",
        "RUS",
        "UKR",
        "03",
        ASSERTED,
    ),
    (
        "Israel agreed to allow fuel deliveries into Gaza, the prime minister's office said, following "
        "pressure from Washington.",
        "ISR",
        "PSE",
        "03",
        ASSERTED,
    ),
    (
        "Thailand and Cambodia agreed to withdraw troops from the disputed temple area, the Thai foreign "
        "ministry said on Tuesday.",
        "THA",
        "KHM",
        "03",
        ASSERTED,
    ),
    (
        "Thailand and Cambodia agreed to withdraw troops from the disputed temple area, the Thai foreign "
        "ministry said on Tuesday.",
        "KHM",
        "THA",
        "03",
        ASSERTED,
    ),
    # background clauses
    (
        "More than six million Ukrainians have fled abroad since Russia invaded Ukraine in February 2022, "
        "according to the UN refugee agency.",
        "RUS",
        "UKR",
        "19",
        ASSERTED,
    ),
    (
        "Relations between Ankara and Moscow have warmed since Turkey shot down a Russian warplane near the "
        "Syrian border in 2015.",
        "TUR",
        "RUS",
        "19",
        ASSERTED,
    ),
    (
        "Tensions have risen since Ethiopia signed a port deal with Somaliland in January, a move Somalia "
        "called an attack on its sovereignty.",
        "SOM",
        "ETH",
        "11",
        ASSERTED,
    ),
]

# sentences with no event between two parties (a statement about no other party)
SHORT6_NO_EVENT: list[str] = [
    "The Brazilian economy grew by 2.9 percent last year, the national statistics agency said in a report published "
    "on Thursday.",
    "The Indonesian president said the new capital would be ready by 2045, according to a statement from the "
    "presidential palace.",
]

# rows the coder still misses, each with why it is left (docs/events.md rule 125)
# (the Thailand and Cambodia withdrawal passes since rule 302, session 33, short6x: a joint agreed pull-back)
XFAIL: dict[str, str] = {
    "Egypt has demanded an immediate ceasefire in Gaza, the foreign ministry in Cairo said, as Israeli strikes "
    "continued overnight.": "the demand names no addressee; 'in Gaza' gives PSE, and Israel is only inferable from "
    "the 'as' clause",
    # "Greece sent naval vessels to the Aegean as Turkey dispatched a survey ship to waters claimed by Athens, the
    # defence ministry said." passes since rule 327 (session 34, security2x: naval vessels sent are warships sent, 150,
    # toward the doer of the "as" clause by rule 308)
    "Algeria expelled twelve French diplomats on Monday, the French foreign minister said, as a row between Paris "
    "and Algiers deepened.": "'expel' is 166 in the verb table whatever is expelled; expelled individuals as 174 "
    "would need the object's class, and other tables code an expelled ambassador 166",
    "Gunmen kidnapped three Chinese workers at a gold mine in Nigeria's Zamfara state, a police spokesman said on "
    "Wednesday.": "unnamed gunmen are no actor; the project does not take a source from where an act happened",
    "Palestinian militants attacked Israeli settlers near Hebron, killing two, according to the Israeli "
    "army.": "'attack' is force (190) in the verb table; an assault on civilians as 18 would need the target's role",
    "UN investigators said Syrian government forces used chemical weapons against rebel-held towns in 2017, killing "
    "dozens of civilians.": "'rebel-held towns' is no actor for the resolver, so the act has no target",
    # "Azerbaijan drove more than 100,000 ethnic Armenians out of Nagorno-Karabakh in 2023, the Armenian prime
    # minister told the UN." passes since rule 307 (session 33, short11x: "drive out" a people is an expulsion, an
    # armed force driven out is fighting, 190; thousands expelled are a mass expulsion, 201)
    "Saudi Arabia did not invite Iran to the Arab League summit in Jeddah, according to diplomats.": "the lexicon "
    "reads an invitation as an appeal to meet (026); the expected negated consultation (04) is a different "
    "convention",
    "Tensions have risen since Ethiopia signed a port deal with Somaliland in January, a move Somalia called an "
    "attack on its sovereignty.": "the resolver codes Somaliland as Somalia, so the deal reads ETH <-> SOM 057, and "
    "a move 'called an attack' is a judgement, no event (rule 16's judgement verbs)",
}


@pytest.mark.parametrize(("text", "source", "target", "code", "mode"), table_cases(SHORT6_SENTENCES, XFAIL))
def test_short6_sentence_codes_its_event(
    rules_nlp: Language, text: str, source: str, target: str, code: str, mode: str
) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (source, target, code[:2], mode) in found


@pytest.mark.parametrize("text", SHORT6_NO_EVENT)
def test_short6_sentence_without_event(rules_nlp: Language, text: str) -> None:
    assert events_of(rules_nlp, text) == set()


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT6_SENTENCES}


def test_table_covers_every_root_and_every_mode() -> None:
    per_root: dict[str, int] = {}
    for *_, code, _ in SHORT6_SENTENCES:
        per_root[code[:2]] = per_root.get(code[:2], 0) + 1
    assert set(per_root) == {f"{n:02d}" for n in range(1, 21)}
    assert min(per_root.values()) >= 4
    assert {mode for *_, mode in SHORT6_SENTENCES} == {ASSERTED, NEGATED, HYPOTHETICAL}


# -- rule 125's fixes, one class each, with the readings they must keep ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 125a: a forecast's passive subject and a likelihood adjective's subject act, hypothetically
        ("The Kenyan president is expected to visit Kampala next week.", ("KEN", "UGA", "04", HYPOTHETICAL)),
        ("Egypt is likely to host the Sudanese army chief.", ("EGY", "SDN", "04", HYPOTHETICAL)),
        ("Ghana is expected to sign a trade deal with Togo.", ("GHA", "TGO", "05", HYPOTHETICAL)),
        # 125b: a stated refusal to send forces is a refusal (12), a stated sending stays 0312
        ("The Kremlin will not send troops to Belarus.", ("RUS", "BLR", "12", ASSERTED)),
        ("Russia will send troops to Belarus.", ("RUS", "BLR", "03", ASSERTED)),
        # 125c: a sent aid team is aid, envoys stay a visit
        ("Japan sent search and rescue teams to Turkey.", ("JPN", "TUR", "07", ASSERTED)),
        ("Spain sent a medical team to Morocco.", ("ESP", "MAR", "07", ASSERTED)),
        ("Spain sent a team of negotiators to Morocco.", ("ESP", "MAR", "04", ASSERTED)),
        # 125d: the "by" phrase the parser hangs on a response verb names who held the answered drills
        ("North Korea threatened to respond with force to drills by South Korea.", ("PRK", "KOR", "13", ASSERTED)),
    ],
)
def test_rule125_fix(rules_nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "North Korea threatened to respond to drills.",  # 125d: a response to drills of no one is no threat
        "Spain sent a team of negotiators to Morocco.",  # 125c: envoys are no aid
    ],
)
def test_rule125_no_aid_or_threat(rules_nlp: Language, text: str) -> None:
    assert not any(c[:2] in ("07", "13") for _, _, c, _ in events_of(rules_nlp, text))
