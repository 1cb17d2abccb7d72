"""2025 wire-copy sentences on international relations: plain declaratives with a clear verb and two country
actors (issue 14, session 27, newsrecall6; docs/events.md rule 186).

Each sentence is our own construction in the style of 2025 wire copy (datelines, attributions at the end, long
actor phrases), covering the event kinds of that year's news: tariffs, trade deals, phone calls, visits and summits,
prisoner swaps, drone and missile strikes, air defences, sanctions, aid, arms deliveries and refusals, envoys,
ambassadors summoned, diplomats expelled, ceasefires, peace plans, accusations, warnings, talks and mediation. None
is copied from the news excerpts, PLOVER, ConfliBERT or any evaluation set. Codes are compared on their prefix (the
root, or the full code where a row names it), actors on their primary code; the first 120 rows' codes were written
before the coder ran, the 13 rows added with the fixes (rule 186) while probing them. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

# (kind, sentence, events that must be asserted as (source, target, code prefix), dyads with no asserted event)
ROWS: list[tuple[str, str, list[tuple[str, str, str]], list[tuple[str, str]]]] = [
    (
        "tariff",
        (
            "WASHINGTON (Reuters) - President Donald Trump imposed a 25 percent tariff on steel imports "
            "from Canada on Tuesday, the White House said."
        ),
        [("USA", "CAN", "16")],
        [],
    ),
    (
        "tariff",
        (
            "The United States raised tariffs on Chinese goods to 145 percent, the Commerce Department said "
            "on Wednesday."
        ),
        [("USA", "CHN", "16")],
        [],
    ),
    (
        "tariff",
        ("China imposed retaliatory tariffs on American farm products on Friday, the Chinese Commerce Ministry said."),
        [("CHN", "USA", "16")],
        [],
    ),
    (
        "tariff",
        (
            "Trump paused the tariffs on Mexican imports for 30 days after a phone call with Mexican "
            "President Claudia Sheinbaum."
        ),
        [("USA", "MEX", "08")],
        [],
    ),
    (
        "tariff",
        (
            "India slapped tariffs of up to 30 percent on Chinese solar panels, the Indian trade ministry "
            "said on Monday."
        ),
        [("IND", "CHN", "16")],
        [],
    ),
    (
        "tariff",
        (
            "Canada will impose counter-tariffs on US steel and aluminium from Thursday, Finance Minister "
            "Francois-Philippe Champagne said."
        ),
        [("CAN", "USA", "13")],
        [],
    ),
    (
        "tariff",
        (
            "The European Union threatened to impose tariffs on American whiskey and motorcycles, EU trade "
            "chief Maros Sefcovic said on Sunday."
        ),
        [("IGO", "USA", "13")],
        [],
    ),
    (
        "deal",
        (
            "LONDON (AP) - Britain and India signed a free trade agreement on Thursday after three years of "
            "negotiations."
        ),
        [("GBR", "IND", "05"), ("IND", "GBR", "05")],
        [],
    ),
    (
        "deal",
        ("Japan reached a trade deal with the United States on Tuesday, Japanese Prime Minister Shigeru Ishiba said."),
        [("JPN", "USA", "05")],
        [],
    ),
    (
        "deal",
        (
            "Indonesia and the European Union concluded talks on a comprehensive economic partnership "
            "agreement in Jakarta on Sunday."
        ),
        [("IDN", "IGO", "05")],
        [],
    ),
    (
        "deal",
        (
            "Vietnam agreed to buy more American aircraft and farm goods under a trade framework with "
            "Washington, the Vietnamese government said."
        ),
        [("VNM", "USA", "03")],
        [],
    ),
    (
        "deal",
        "Brazil and Argentina signed an agreement on energy cooperation in Brasilia on Monday.",
        [("BRA", "ARG", "05"), ("ARG", "BRA", "05")],
        [],
    ),
    (
        "call",
        (
            "Russian President Vladimir Putin spoke by phone with U.S. President Donald Trump on Tuesday, "
            "the Kremlin said."
        ),
        [("RUS", "USA", "04")],
        [],
    ),
    (
        "call",
        (
            "French President Emmanuel Macron held a phone call with Iranian President Masoud Pezeshkian on "
            "Saturday, the Elysee said."
        ),
        [("FRA", "IRN", "04")],
        [],
    ),
    (
        "call",
        (
            "Chinese President Xi Jinping and U.S. President Donald Trump held a 90-minute phone call on "
            "Thursday, Chinese state media reported."
        ),
        [("CHN", "USA", "04"), ("USA", "CHN", "04")],
        [],
    ),
    (
        "call",
        (
            "Turkish President Tayyip Erdogan told Ukrainian President Volodymyr Zelenskiy in a phone call "
            "that Turkey was ready to host peace talks, his office said."
        ),
        [("TUR", "UKR", "04")],
        [],
    ),
    (
        "call",
        (
            "Indian Prime Minister Narendra Modi called Saudi Crown Prince Mohammed bin Salman on Wednesday "
            "to discuss regional security."
        ),
        [("IND", "SAU", "04")],
        [],
    ),
    (
        "call",
        (
            "German Chancellor Friedrich Merz spoke with Israeli Prime Minister Benjamin Netanyahu by "
            "telephone on Monday, a government spokesman said."
        ),
        [("DEU", "ISR", "04")],
        [],
    ),
    (
        "visit",
        (
            "BEIJING (Reuters) - Russian Foreign Minister Sergei Lavrov arrived in Beijing on Monday for "
            "talks with his Chinese counterpart Wang Yi."
        ),
        [("RUS", "CHN", "04")],
        [],
    ),
    (
        "visit",
        ("Indian Prime Minister Narendra Modi will visit Japan next week, the Indian foreign ministry said on Friday."),
        [("IND", "JPN", "03")],
        [],
    ),
    (
        "visit",
        (
            "Ukrainian President Volodymyr Zelenskiy visited Berlin on Wednesday and met German Chancellor "
            "Friedrich Merz."
        ),
        [("UKR", "DEU", "04")],
        [],
    ),
    (
        "visit",
        (
            "The summit between the leaders of Armenia and Azerbaijan in Abu Dhabi was postponed, the "
            "Armenian foreign ministry said."
        ),
        [],
        [("ARM", "AZE"), ("AZE", "ARM")],
    ),
    (
        "visit",
        (
            "South Korea cancelled a planned visit by its defence minister to Tokyo after a dispute over a "
            "textbook, officials said."
        ),
        [("KOR", "JPN", "16")],
        [],
    ),
    (
        "visit",
        ("Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva in Beijing on Tuesday."),
        [("CHN", "BRA", "04")],
        [],
    ),
    (
        "visit",
        (
            "U.S. Secretary of State Marco Rubio met Saudi Foreign Minister Prince Faisal bin Farhan in "
            "Riyadh on Tuesday."
        ),
        [("USA", "SAU", "04")],
        [],
    ),
    (
        "visit",
        (
            "Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah in Cairo on Sunday, "
            "the presidency said."
        ),
        [("EGY", "JOR", "04")],
        [],
    ),
    (
        "swap",
        ("Russia and Ukraine exchanged 390 prisoners each on Friday in the largest swap of the war, officials said."),
        [("RUS", "UKR", "0"), ("UKR", "RUS", "0")],
        [],
    ),
    (
        "swap",
        (
            "Russia released an American schoolteacher in a prisoner exchange with the United States, the "
            "White House said on Tuesday."
        ),
        [("RUS", "USA", "0")],
        [],
    ),
    (
        "swap",
        (
            "Belarus freed 14 political prisoners after a visit by the U.S. envoy Keith Kellogg to Minsk, "
            "the Belarusian opposition said."
        ),
        [("USA", "BLR", "04")],
        [],
    ),
    (
        "swap",
        (
            "Iran released two French citizens held in Tehran for three years, French President Emmanuel "
            "Macron said on Thursday."
        ),
        [("IRN", "FRA", "0")],
        [],
    ),
    (
        "swap",
        (
            "The United Arab Emirates mediated a prisoner exchange between Russia and Ukraine, the UAE "
            "foreign ministry said on Saturday."
        ),
        [("ARE", "RUS", "04"), ("ARE", "UKR", "04")],
        [],
    ),
    (
        "strike",
        ("KYIV (Reuters) - Russia launched 273 drones at Ukraine overnight, the Ukrainian air force said on Sunday."),
        [("RUS", "UKR", "19")],
        [],
    ),
    (
        "strike",
        (
            "Russia fired ballistic missiles at the Ukrainian city of Kharkiv overnight, killing four "
            "people, regional governor Oleh Syniehubov said."
        ),
        [("RUS", "UKR", "19")],
        [],
    ),
    (
        "strike",
        (
            "Ukraine attacked a Russian oil refinery in the Ryazan region with drones on Saturday, the "
            "Russian Defence Ministry said."
        ),
        [("UKR", "RUS", "19")],
        [],
    ),
    (
        "strike",
        "Israel struck targets in Yemen's Hodeidah port on Monday, the Israeli military said.",
        [("ISR", "YEM", "19")],
        [],
    ),
    (
        "strike",
        ("Pakistan carried out air strikes on Afghan territory overnight, the Taliban government said on Tuesday."),
        [("PAK", "AFG", "19")],
        [],
    ),
    (
        "strike",
        "India launched missile strikes on nine sites in Pakistan early on Wednesday, the Indian army said.",
        [("IND", "PAK", "19")],
        [],
    ),
    (
        "strike",
        "Iran fired dozens of ballistic missiles at Israel on Friday night, Israeli officials said.",
        [("IRN", "ISR", "19")],
        [],
    ),
    (
        "strike",
        (
            "A Ukrainian drone struck a Russian military airfield in Crimea on Thursday, Ukraine's military "
            "intelligence said."
        ),
        [("UKR", "RUS", "19")],
        [],
    ),
    (
        "intercept",
        (
            "Russian air defences shot down 112 Ukrainian drones over several regions overnight, the "
            "Russian Defence Ministry said."
        ),
        [("RUS", "UKR", "19")],
        [],
    ),
    (
        "intercept",
        "Israel's air defences intercepted a missile fired from Yemen on Sunday, the Israeli military said.",
        [],
        [("ISR", "YEM"), ("YEM", "ISR")],
    ),
    ("intercept", "Ukraine's air force said it had shot down 56 Russian drones overnight.", [("UKR", "RUS", "19")], []),
    (
        "sanctions",
        ("BRUSSELS (Reuters) - The European Union adopted its 17th package of sanctions against Russia on Tuesday."),
        [("IGO", "RUS", "16")],
        [],
    ),
    (
        "sanctions",
        (
            "Britain imposed sanctions on four Israeli settlers and two settler groups, the Foreign Office "
            "said on Thursday."
        ),
        [("GBR", "ISR", "16")],
        [],
    ),
    (
        "sanctions",
        (
            "The U.S. Treasury Department sanctioned six Chinese companies for supplying drone parts to "
            "Iran on Wednesday."
        ),
        [("USA", "CHN", "16")],
        [],
    ),
    (
        "sanctions",
        (
            "Japan announced new sanctions on North Korea over its missile launches, Chief Cabinet "
            "Secretary Yoshimasa Hayashi said."
        ),
        [("JPN", "PRK", "16")],
        [],
    ),
    (
        "sanctions",
        "The United States lifted sanctions on Syria on Monday, the State Department said.",
        [("USA", "SYR", "08")],
        [],
    ),
    (
        "sanctions",
        (
            "Canada slapped sanctions on Russian oil tankers of the so-called shadow fleet, the Canadian "
            "foreign ministry said."
        ),
        [("CAN", "RUS", "16")],
        [],
    ),
    (
        "aid",
        (
            "Germany pledged 1.9 billion euros in military aid to Ukraine on Wednesday, Defence Minister "
            "Boris Pistorius said."
        ),
        [("DEU", "UKR", "03")],
        [],
    ),
    (
        "aid",
        (
            "Japan will provide $500 million in humanitarian aid to the Palestinians in Gaza, the Japanese "
            "foreign ministry said."
        ),
        [("JPN", "PSE", "03")],
        [],
    ),
    (
        "aid",
        "Saudi Arabia sent 20 trucks of food aid to Sudan on Sunday, the Saudi Press Agency reported.",
        [("SAU", "SDN", "07")],
        [],
    ),
    (
        "aid",
        (
            "The United States approved a new $350 million arms package for Ukraine, Secretary of State "
            "Marco Rubio said."
        ),
        [("USA", "UKR", "07")],
        [],
    ),
    (
        "aid",
        "Qatar gave Syria $29 million a month to pay public sector salaries, a Syrian official said.",
        [("QAT", "SYR", "07")],
        [],
    ),
    (
        "arms",
        "Washington has refused to supply Tomahawk missiles to Kyiv, Ukrainian officials said on Friday.",
        [("USA", "UKR", "12")],
        [],
    ),
    (
        "arms",
        "Germany declined to send Taurus cruise missiles to Ukraine, Chancellor Olaf Scholz said on Monday.",
        [("DEU", "UKR", "12")],
        [],
    ),
    (
        "arms",
        (
            "France delivered Mirage fighter jets to Ukraine on Thursday, French Defence Minister Sebastien "
            "Lecornu said."
        ),
        [("FRA", "UKR", "07")],
        [],
    ),
    (
        "arms",
        ("North Korea supplied artillery shells and missiles to Russia, South Korean intelligence said on Tuesday."),
        [("PRK", "RUS", "07")],
        [],
    ),
    (
        "arms",
        "Turkey will sell drones to Indonesia under a deal signed on Wednesday, Turkish officials said.",
        [("TUR", "IDN", "03")],
        [],
    ),
    (
        "envoy",
        ("Trump sent special envoy Steve Witkoff to Moscow on Thursday for talks with Putin, the White House said."),
        [("USA", "RUS", "04")],
        [],
    ),
    (
        "envoy",
        (
            "China dispatched its special envoy for Eurasian affairs Li Hui to Kyiv and Moscow, the Chinese "
            "foreign ministry said."
        ),
        [("CHN", "UKR", "04")],
        [],
    ),
    (
        "summon",
        (
            "MOSCOW (Reuters) - The Russian foreign ministry summoned the British ambassador on Monday over "
            "what it called hostile acts."
        ),
        [("RUS", "GBR", "11")],
        [],
    ),
    (
        "summon",
        (
            "Poland summoned Russia's ambassador after a Russian drone entered Polish airspace, the Polish "
            "foreign ministry said."
        ),
        [("POL", "RUS", "11")],
        [],
    ),
    (
        "summon",
        (
            "China summoned the Japanese ambassador to protest remarks by Japanese Prime Minister Sanae "
            "Takaichi on Taiwan."
        ),
        [("CHN", "JPN", "11")],
        [],
    ),
    (
        "summon",
        "Algeria summoned the French charge d'affaires on Sunday, the Algerian foreign ministry said.",
        [("DZA", "FRA", "11")],
        [],
    ),
    (
        "expel",
        (
            "Moldova expelled three Russian diplomats on Wednesday, accusing them of interference, the "
            "foreign ministry in Chisinau said."
        ),
        [("MDA", "RUS", "16")],
        [],
    ),
    (
        "expel",
        ("Algeria expelled 12 French embassy officials, French Foreign Minister Jean-Noel Barrot said on Monday."),
        [("DZA", "FRA", "16")],
        [],
    ),
    (
        "expel",
        (
            "Russia expelled two Swedish diplomats in retaliation for a similar move by Stockholm, the "
            "Russian foreign ministry said."
        ),
        [("RUS", "SWE", "16")],
        [],
    ),
    (
        "ceasefire",
        ("Ukraine accepted a U.S. proposal for a 30-day ceasefire with Russia after talks in Jeddah on Tuesday."),
        [("UKR", "USA", "03")],
        [],
    ),
    (
        "ceasefire",
        (
            "Russia rejected a European proposal for an unconditional ceasefire, Kremlin spokesman Dmitry "
            "Peskov said on Monday."
        ),
        [("RUS", "IGO", "12")],
        [],
    ),
    (
        "ceasefire",
        "Thailand and Cambodia agreed to an immediate ceasefire on Monday after talks in Malaysia.",
        [("THA", "KHM", "03")],
        [],
    ),
    (
        "ceasefire",
        "Israel and Hamas agreed on a ceasefire in Gaza, mediators Qatar and Egypt said on Wednesday.",
        # conjoined parties agree to a truce (0356 both ways, rules 187 and 230a; before: 0871 toward Gaza)
        [("ISR", "PSE", "0356"), ("PSE", "ISR", "0356")],
        [],
    ),
    (
        "plan",
        "The United States presented a 28-point peace plan to Ukraine, a U.S. official said on Thursday.",
        [("USA", "UKR", "03")],
        [],
    ),
    (
        "plan",
        ("Ukraine rejected the Russian peace proposal as an ultimatum, Ukraine's foreign minister Andrii Sybiha said."),
        [("UKR", "RUS", "12")],
        [],
    ),
    (
        "plan",
        "China and Brazil put forward a six-point peace plan for Ukraine in May.",
        [],
        [("CHN", "UKR"), ("BRA", "UKR")],
    ),
    (
        "accuse",
        ("Ukraine's foreign minister Andrii Sybiha accused Russia of deliberately targeting civilians on Sunday."),
        [("UKR", "RUS", "11")],
        [],
    ),
    (
        "accuse",
        (
            "China accused the United States of undermining the trade truce, the Chinese Commerce Ministry "
            "said in a statement."
        ),
        [("CHN", "USA", "11")],
        [],
    ),
    (
        "accuse",
        "Venezuela accused Guyana of provocation after a naval incident off the disputed Essequibo region.",
        [("VEN", "GUY", "11")],
        [],
    ),
    (
        "accuse",
        "Rwanda denied accusations by Congo that it was backing M23 rebels in eastern Congo.",
        [("RWA", "COD", "01")],
        [],
    ),
    (
        "accuse",
        ("Afghanistan's Taliban government blamed Pakistan for the air strikes in Paktika province, a spokesman said."),
        [("AFG", "PAK", "11")],
        [],
    ),
    (
        "warn",
        (
            "Chinese President Xi Jinping warned the United States against interfering in Taiwan, Chinese "
            "state media said."
        ),
        [("CHN", "USA", "13")],
        [],
    ),
    (
        "warn",
        "Iran threatened to close the Strait of Hormuz if the United States attacked its nuclear sites.",
        [("IRN", "USA", "13")],
        [],
    ),
    (
        "warn",
        ("North Korea warned South Korea of a strong response to the military drills, state news agency KCNA said."),
        [("PRK", "KOR", "13")],
        [],
    ),
    (
        "warn",
        ("Trump threatened Russia with secondary sanctions if Moscow did not agree to a ceasefire within 50 days."),
        [("USA", "RUS", "13")],
        [],
    ),
    (
        "warn",
        "The Kremlin warned Germany against supplying Taurus missiles to Ukraine on Tuesday.",
        [("RUS", "DEU", "13")],
        [],
    ),
    (
        "talks",
        (
            "ISTANBUL (AP) - Russian and Ukrainian delegations held direct peace talks in Istanbul on "
            "Friday for the first time since 2022."
        ),
        [("RUS", "UKR", "04"), ("UKR", "RUS", "04")],
        [],
    ),
    (
        "talks",
        (
            "U.S. and Iranian negotiators held a fourth round of nuclear talks in Oman on Sunday, Omani "
            "Foreign Minister Badr Albusaidi said."
        ),
        [("USA", "IRN", "04"), ("IRN", "USA", "04")],
        [],
    ),
    (
        "talks",
        ("Qatar mediated talks between Congo and Rwanda in Doha, the Qatari foreign ministry said on Saturday."),
        [("QAT", "COD", "04"), ("QAT", "RWA", "04")],
        [],
    ),
    (
        "talks",
        "American and Russian officials met in Riyadh on Tuesday to discuss ending the war in Ukraine.",
        [("USA", "RUS", "04")],
        [],
    ),
    (
        "talks",
        "Egypt hosted talks between Hamas and Israeli negotiators in Cairo on Monday.",
        [("EGY", "PSE", "04")],
        [],
    ),
    (
        "control",
        "Oil prices rose on Tuesday after Trump said he would announce tariffs, traders said.",
        [],
        [("USA", "USA")],
    ),
    (
        "control",
        "The Russian Defence Ministry said on Sunday that the weather in Moscow was cold.",
        [],
        [("RUS", "RUS")],
    ),
    (
        "control",
        "Analysts said a trade war between the United States and China could slow growth in Asia.",
        [],
        [("USA", "CHN"), ("CHN", "USA")],
    ),
    (
        "plan",
        ("Britain presented evidence against Russia at the United Nations on Wednesday, the Foreign Office said."),
        [("GBR", "RUS", "11")],
        [],
    ),
    (
        "warn",
        "The Australian government advised against all travel to Venezuela on Monday, citing security risks.",
        [("AUS", "VEN", "1")],
        [],
    ),
    (
        "strike",
        "Hezbollah fired rockets at northern Israel on Sunday, the Israeli military said.",
        [("LBN", "ISR", "19")],
        [],
    ),
    (
        "strike",
        "North Korea fired a ballistic missile into the sea off its east coast, South Korea's military said.",
        [],
        [("PRK", "KOR"), ("KOR", "PRK")],
    ),
    (
        "envoy",
        (
            "Ukraine sent a delegation to Washington on Tuesday for talks on a minerals deal, Ukrainian "
            "Prime Minister Yulia Svyrydenko said."
        ),
        [("UKR", "USA", "04")],
        [],
    ),
    (
        "envoy",
        "India dispatched its foreign secretary to Dhaka on Sunday to ease tensions with Bangladesh.",
        [("IND", "BGD", "04")],
        [],
    ),
    (
        "plan",
        "Egypt unveiled a reconstruction plan for Gaza at an Arab League summit in Cairo on Tuesday.",
        [],
        [("EGY", "PSE")],
    ),
    (
        "plan",
        "France proposed a truce in the skies and at sea to Russia, President Emmanuel Macron said.",
        [("FRA", "RUS", "0")],
        [],
    ),
    (
        "plan",
        (
            "Israel rejected the French plan to recognise a Palestinian state, Israeli Foreign Minister "
            "Gideon Saar said."
        ),
        [("ISR", "FRA", "12")],
        [],
    ),
    (
        "call",
        (
            "Japanese Prime Minister Shigeru Ishiba held talks by phone with South Korean President Lee "
            "Jae-myung on Friday."
        ),
        [("JPN", "KOR", "04")],
        [],
    ),
    (
        "visit",
        "Saudi Arabia will host a summit between Trump and Putin, the Kremlin said on Friday.",
        [("SAU", "USA", "03")],
        [],
    ),
    (
        "visit",
        ("The planned summit between Trump and Putin in Budapest was called off, the White House said on Tuesday."),
        [],
        [("USA", "RUS"), ("RUS", "USA")],
    ),
    (
        "summon",
        (
            "Lithuania's foreign ministry handed a protest note to the Belarusian charge d'affaires over "
            "balloons crossing the border."
        ),
        [("LTU", "BLR", "11")],
        [],
    ),
    (
        "expel",
        (
            "Estonia ordered a Russian diplomat to leave the country within a week, the Estonian foreign "
            "ministry said on Friday."
        ),
        [("EST", "RUS", "16")],
        [],
    ),
    (
        "aid",
        (
            "South Korea will send 1,000 tonnes of rice to the Philippines after the typhoon, the "
            "agriculture ministry said."
        ),
        [("KOR", "PHL", "03")],
        [],
    ),
    (
        "aid",
        "Norway gave $100 million to Ukraine for energy repairs, the Norwegian government said on Monday.",
        [("NOR", "UKR", "07")],
        [],
    ),
    (
        "arms",
        (
            "Israel delivered Patriot air defence systems to Ukraine through the United States, the Axios "
            "news site reported."
        ),
        [("ISR", "UKR", "07")],
        [],
    ),
    (
        "talks",
        "Pakistan and Afghanistan held peace talks in Istanbul on Saturday, Turkish officials said.",
        [("PAK", "AFG", "04"), ("AFG", "PAK", "04")],
        [],
    ),
    (
        "talks",
        "Armenian and Azerbaijani foreign ministers met in Washington on Friday to initial a peace deal.",
        [("ARM", "AZE", "04")],
        [],
    ),
    (
        "accuse",
        (
            "Moscow accused Kyiv of attacking the Zaporizhzhia nuclear plant, the Russian Defence Ministry "
            "said on Thursday."
        ),
        [("RUS", "UKR", "11")],
        [],
    ),
    (
        "accuse",
        ("The Philippines accused China of firing water cannon at its coast guard vessel near Scarborough Shoal."),
        [("PHL", "CHN", "11")],
        [],
    ),
    (
        "warn",
        "Russia's foreign ministry warned Finland that its NATO membership would have consequences.",
        [("RUS", "FIN", "13")],
        [],
    ),
    (
        "sanctions",
        (
            "The European Union's 18th sanctions package targets Chinese refineries that buy Russian oil, "
            "EU foreign policy chief Kaja Kallas said."
        ),
        [("IGO", "CHN", "16")],
        [],
    ),
    (
        "tariff",
        ("Mexico raised tariffs on Chinese cars to 50 percent, the Mexican Economy Ministry said on Wednesday."),
        [("MEX", "CHN", "16")],
        [],
    ),
    (
        "tariff",
        ("TOKYO (Reuters) - Japan lowered tariffs on American rice under the trade deal, Japanese officials said."),
        [("JPN", "USA", "0")],
        [],
    ),
    (
        "swap",
        ("Venezuela freed 10 Americans in exchange for Venezuelan migrants held in El Salvador, U.S. officials said."),
        [("VEN", "USA", "0")],
        [],
    ),
    (
        "strike",
        ("The Sudanese army shelled positions of the Rapid Support Forces in El Fasher, a military source said."),
        [("SDN", "SDN", "19")],
        [],
    ),
    (
        "strike",
        ("Azerbaijan shot down a Russian drone over its territory, the Azerbaijani defence ministry said on Monday."),
        [("AZE", "RUS", "19")],
        [],
    ),
    # added with rule 186: offices named by another country's codebook title, envoys sent and dispatched
    (
        "title",
        "Indian Foreign Secretary Vikram Misri held talks with Bangladeshi officials in Dhaka on Monday, the foreign "
        "ministry said.",
        [("IND", "BGD", "04"), ("BGD", "IND", "04")],
        [("GBR", "BGD")],
    ),
    (
        "title",
        "Pakistan's foreign secretary met the Afghan ambassador in Islamabad on Tuesday.",
        [("PAK", "AFG", "04")],
        [("GBR", "AFG")],
    ),
    (
        "title",
        "Sri Lankan Defence Secretary Sampath Thuyacontha visited New Delhi on Wednesday for talks on maritime "
        "security.",
        [("LKA", "IND", "04")],
        [("GBR", "IND")],
    ),
    (
        "title",
        "Nepal said its foreign secretary would travel to Beijing next week, the Kathmandu Post reported.",
        [],
        [("GBR", "CHN")],
    ),
    ("title", "British Foreign Secretary David Lammy visited Kyiv on Friday.", [("GBR", "UKR", "04")], []),
    (
        "envoy",
        "Washington dispatched envoy Tom Barrack to Beirut on Monday, the U.S. embassy said.",
        [("USA", "LBN", "04")],
        [],
    ),
    (
        "envoy",
        "Kenyan President William Ruto sent his foreign minister to Kinshasa on Sunday to mediate in the crisis.",
        [("KEN", "COD", "04")],
        [],
    ),
    (
        "envoy",
        "The Kremlin sent Kirill Dmitriev, its special envoy, to Washington for talks, Russian news agencies said.",
        [("RUS", "USA", "04")],
        [],
    ),
    ("envoy", "Japan dispatched two destroyers to the Middle East on Friday.", [], [("JPN", "JPN")]),
    (
        "envoy",
        "South Korea dispatched a rescue team to Turkey after the earthquake, the foreign ministry said.",
        [("KOR", "TUR", "07")],
        [],
    ),
    # added with rule 186: weapons a participle of force describes, written protests
    (
        "intercept",
        "Ukraine's air force said it shot down 40 drones launched by Russia overnight.",
        [("UKR", "RUS", "19")],
        [("RUS", "UKR")],
    ),
    (
        "arms",
        "Norway delivered missiles made in the United States to Ukraine, the Norwegian defence ministry said.",
        [("NOR", "UKR", "07")],
        [],
    ),
    (
        "summon",
        "Russia sent a protest note to Finland over the seizure of a tanker, the Russian foreign ministry said.",
        [("RUS", "FIN", "114")],
        [],
    ),
]

# "The United States presented a 28-point peace plan to Ukraine" passes since rule 263b (session 31, usrussia2)
XFAIL_BY_START: dict[str, str] = {
    "South Korea dispatched a rescue team": "verb missing: 'dispatch' is no aid verb; measured reason: as one, PLOVER "
    "dev's 'dispatched inspectors to Y' went from 090 to 070, as 'sent inspectors' already codes",
    "Russia rejected a European proposal": "actor phrase not resolved: 'European'",
}
XFAIL: dict[str, str] = {
    text: reason for _, text, _, _ in ROWS for start, reason in XFAIL_BY_START.items() if text.startswith(start)
}


def _cases() -> list[object]:
    # table_cases keys the xfails on the first field: put the sentence first
    return table_cases([(text, kind, present, absent) for kind, text, present, absent in ROWS], XFAIL)


@pytest.mark.parametrize(("text", "kind", "present", "absent"), _cases())
def test_news_2025_sentence(
    rules_nlp: Language, text: str, kind: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str]]
) -> None:
    events = asserted(rules_nlp, text)
    for source, target, code in present:
        assert any((s, t) == (source, target) and c.startswith(code) for s, t, c in events), (kind, sorted(events))
    for dyad in absent:
        assert not any((s, t) == dyad for s, t, _ in events), (kind, sorted(events))
