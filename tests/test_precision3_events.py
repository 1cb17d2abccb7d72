"""Long news sentences whose main clause reports one event while background pieces name others (issue 14, session
27, branch precision3; docs/events.md rule 185).

Wire copy packs an actor's history into the sentence that reports today's act: a relative or appositive clause on an
actor ("Azerbaijan, which retook Karabakh in 2023, ..."), a phrase of time naming a past act ("amid", "after",
"since", "following", "in the wake of"), a noun phrase of a past act inside the reported one ("apologised for the
2024 raid on the embassy"), the name of a body or title ("the Israel-Lebanon ceasefire monitoring committee", "the
US-China trade commission"), reported history ("X recalled that Y had ..."), anniversaries, a document's title and
lists of past events. The seeds gold (ours) codes the one event the main clause reports and drops such background
acts when a main event stands beside them (rule 53c, 181b); a sentence whose only event is background keeps it (the
gold codes "sanctions imposed after Russia's 2022 invasion of Ukraine" RUS -> UKR 19). This table holds our own
invented wire-style sentences (none copied from ConfliBERT, PLOVER, CAMEO, the news excerpts or any evaluation set);
each row's codes were written before the coder ran on it (three rows were revised on that first run to the
coder's documented readings: an agreement signed with Y and talks hosted with Y are both ways (rule 3), "blamed Y" is
111). Every row must code its expected events and no other
asserted event (hypothetical or negated ones are not counted); ``CONTROL`` rows keep a lone background event or a
real second event. An expected code matches a coded one as a prefix, actors on their primary codes. ``XFAIL`` keeps
the rows left, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Expected = set[tuple[str, str, str]]

RELATIVE, TIME, NOUN, TITLE, HISTORY, ANNIVERSARY, DOCUMENT, LIST, CONTROL = (
    "relative",
    "time",
    "noun",
    "title",
    "history",
    "anniversary",
    "document",
    "list",
    "control",
)
NONE: Expected = set()

# (sentence, kind, {(source, target, CAMEO code or its prefix)} chosen beforehand)
PRECISION3_SENTENCES: list[tuple[str, str, Expected]] = [
    # relative and appositive clauses about an actor's past
    (
        "France condemned Azerbaijan, which seized Nagorno-Karabakh in a lightning offensive in 2023, over the "
        "detention of a French citizen in Baku.",
        RELATIVE,
        {("FRA", "AZE", "11")},
    ),
    (
        "Egypt condemned Israel, which launched a ground offensive into Rafah in May 2024, on Sunday.",
        RELATIVE,
        {("EGY", "ISR", "11")},
    ),
    (
        "The United Kingdom imposed new sanctions on Iran, whose drones Russia has used against Ukrainian cities since "
        "2022.",
        RELATIVE,
        {("GBR", "IRN", "16")},
    ),
    (
        "Germany praised Moldova, which has taken in tens of thousands of Ukrainian refugees since the start of the "
        "war.",
        RELATIVE,
        {("DEU", "MDA", "051")},
    ),
    (
        "Turkey criticised Sweden, which joined NATO last year after a long dispute with Ankara, over a Koran burning "
        "in Stockholm.",
        RELATIVE,
        {("TUR", "SWE", "11")},
    ),
    (
        "Canada sent humanitarian aid to Haiti, whose president was assassinated by Colombian mercenaries in 2021.",
        RELATIVE,
        {("CAN", "HTI", "07")},
    ),
    (
        "Armenia recalled its ambassador from Belarus, whose president had hosted the Azerbaijani leader in Minsk a "
        "week earlier.",
        RELATIVE,
        {("ARM", "BLR", "16")},
    ),
    (
        "Vietnam praised Japan for the coast guard vessels that Tokyo donated to Hanoi in 2023.",
        RELATIVE,
        {("VNM", "JPN", "051")},
    ),
    (
        "Brazil criticised the sanctions that the United States has imposed on Venezuela since 2019.",
        RELATIVE,
        {("BRA", "USA", "11")},
    ),
    (
        "Kenya's president, who sent police officers to Haiti last year, met his Ethiopian counterpart in Addis Ababa "
        "on Monday.",
        RELATIVE,
        {("KEN", "ETH", "04"), ("ETH", "KEN", "04")},
    ),
    (
        "Sudan's army, which has fought the Rapid Support Forces since April 2023, accused the United Arab Emirates of "
        "arming the paramilitary group.",
        RELATIVE,
        {("SDN", "ARE", "112")},
    ),
    (
        "India, the largest buyer of Russian crude since 2022, criticised the United States over the new tariffs.",
        RELATIVE,
        {("IND", "USA", "11")},
    ),
    (
        "Poland, which bought hundreds of South Korean tanks in 2022, imposed sanctions on Belarus on Friday.",
        RELATIVE,
        {("POL", "BLR", "16")},
    ),
    (
        "Lithuania expelled a Russian diplomat whose embassy had funded pro-Kremlin groups in Vilnius.",
        RELATIVE,
        {("LTU", "RUS", "16")},
    ),
    (
        "Mexico criticised Ecuador, whose police stormed the Mexican embassy in Quito last year, at the "
        "Organization of American States.",
        RELATIVE,
        {("MEX", "ECU", "11")},
    ),
    (
        "Nigeria praised Ghana, which mediated between Niger and Benin after their border dispute, for its diplomacy.",
        RELATIVE,
        {("NGA", "GHA", "051")},
    ),
    # phrases of time naming a past act
    (
        "Amid the fighting that followed Hamas's attack on Israel in October 2023, Jordan recalled its ambassador from "
        "Israel.",
        TIME,
        {("JOR", "ISR", "16")},
    ),
    (
        "Following last year's border clashes with Tajikistan, Kyrgyzstan expelled a Tajik diplomat on Friday.",
        TIME,
        {("KGZ", "TJK", "16")},
    ),
    (
        "Since Azerbaijan retook Karabakh in 2023, Armenia has repeatedly accused Russia of abandoning its ally.",
        TIME,
        {("ARM", "RUS", "112")},
    ),
    (
        "Following Israel's strike on Hamas negotiators in Doha in September, Qatar condemned Israel at the United "
        "Nations.",
        TIME,
        {("QAT", "ISR", "11")},
    ),
    (
        "In the wake of the 2023 coup in Niger, France withdrew its ambassador from Niamey.",
        TIME,
        {("FRA", "NER", "16")},
    ),
    (
        "Amid North Korea's repeated missile launches over Japan, Tokyo lodged a formal protest with Pyongyang.",
        TIME,
        {("JPN", "PRK", "11")},
    ),
    (
        "A week after Ethiopia signed a port deal with Somaliland, Somalia recalled its ambassador from Addis Ababa.",
        TIME,
        {("SOM", "ETH", "16")},
    ),
    (
        "Following a wave of cyberattacks blamed on Russian military hackers, Germany imposed sanctions on three "
        "Russian officers.",
        TIME,
        {("DEU", "RUS", "16")},
    ),
    (
        "Amid Israel's blockade of Gaza, Egypt sent 40 trucks of humanitarian aid to the Palestinians on Tuesday.",
        TIME,
        {("EGY", "PSE", "07")},
    ),
    (
        "Beijing has stepped up military drills around Taiwan since Lai Ching-te took office in May 2024.",
        TIME,
        {("CHN", "TWN", "15")},
    ),
    (
        "Since Russia's full-scale invasion of Ukraine, Finland has accused Moscow of pushing migrants across the "
        "border.",
        TIME,
        {("FIN", "RUS", "112")},
    ),
    (
        "After a decade of sanctions imposed over its nuclear programme, Iran signed a trade agreement with "
        "Venezuela on Wednesday.",
        TIME,
        {("IRN", "VEN", "057"), ("VEN", "IRN", "057")},
    ),
    (
        "Amid the dispute over the Grand Ethiopian Renaissance Dam, Egypt accused Ethiopia of violating "
        "international law.",
        TIME,
        {("EGY", "ETH", "112")},
    ),
    (
        "Two years after Russian forces shelled the Zaporizhzhia plant, the IAEA chief criticised Moscow over the "
        "plant's safety.",
        TIME,
        {("IGO", "RUS", "11")},
    ),
    (
        "Following the collapse of the Black Sea grain deal, Turkey urged Russia to resume talks on Ukrainian grain "
        "exports.",
        TIME,
        {("TUR", "RUS", "02")},
    ),
    (
        "Months after Chinese ships rammed a Philippine supply boat, Manila accused Beijing of harassment near Second "
        "Thomas Shoal.",
        TIME,
        {("PHL", "CHN", "112")},
    ),
    # noun phrases of past acts inside the reported act
    (
        "Ecuador apologised to Mexico over the 2024 police raid on the Mexican embassy in Quito.",
        NOUN,
        {("ECU", "MEX", "055")},
    ),
    (
        "Ukraine urged Germany to help rebuild the power plants destroyed in Russia's 2022 invasion.",
        NOUN,
        {("UKR", "DEU", "02")},
    ),
    (
        "Iran's foreign minister blamed Washington for the failed talks with Tehran in Oman.",
        NOUN,
        {("IRN", "USA", "11")},
    ),
    (
        "Russia rejected a British request to reopen the inquiry into the 2018 poisoning of a former spy in Salisbury.",
        NOUN,
        {("RUS", "GBR", "12")},
    ),
    (
        "The United States lifted sanctions on Syria imposed during the Assad era.",
        NOUN,
        {("USA", "SYR", "08")},
    ),
    (
        "Japan criticised China over the detention of a Japanese businessman arrested in Beijing in 2023.",
        NOUN,
        {("JPN", "CHN", "11")},
    ),
    (
        "Poland demanded reparations from Germany for the destruction of Warsaw during the Second World War.",
        NOUN,
        {("POL", "DEU", "10")},
    ),
    (
        "Azerbaijan accused France of hypocrisy, citing the French crackdown on protesters in New Caledonia.",
        NOUN,
        {("AZE", "FRA", "112")},
    ),
    (
        "Serbia protested to Croatia over a monument to the 1995 military operation that expelled Serbs from Krajina.",
        NOUN,
        {("SRB", "HRV", "11")},
    ),
    (
        "Armenia asked the European Union for more monitors after the 2020 war with Azerbaijan and the 2023 exodus "
        "from Karabakh.",
        NOUN,
        {("ARM", "IGO", "02")},
    ),
    (
        "Cuba thanked Mexico for the oil shipments sent to Havana since the US embargo was tightened.",
        NOUN,
        {("CUB", "MEX", "051")},
    ),
    (
        "South Korea protested to Japan over a textbook that plays down wartime forced labour of Koreans.",
        NOUN,
        {("KOR", "JPN", "11")},
    ),
    # names of bodies and titles
    (
        "The American co-chair of the US-China trade commission urged Beijing to buy more American soybeans.",
        TITLE,
        {("USA", "CHN", "02")},
    ),
    (
        "The Israel-Lebanon ceasefire monitoring committee said Israeli drones struck a car in southern Lebanon on "
        "Monday.",
        TITLE,
        {("ISR", "LBN", "19")},
    ),
    (
        "Serbia's delegation to the Belgrade-Pristina dialogue accused Kosovo of harassing Serb police officers.",
        TITLE,
        {("SRB", "XKX", "112")},
    ),
    (
        "France appointed a new envoy to the Israel-Lebanon ceasefire monitoring committee on Wednesday.",
        TITLE,
        NONE,
    ),
    (
        "Seoul's envoy to the Korea-US nuclear consultative group criticised North Korea's latest missile test.",
        TITLE,
        {("KOR", "PRK", "11")},
    ),
    (
        "Japan named a former ambassador to Beijing as its envoy to the China-Japan-South Korea trilateral summit.",
        TITLE,
        NONE,
    ),
    (
        "The Russia-Ukraine contact group on prisoner exchanges will be chaired by a Turkish diplomat, Ankara said.",
        TITLE,
        NONE,
    ),
    (
        "A spokesman for the EU-Turkey migration deal monitoring office criticised Greece over pushbacks at sea.",
        TITLE,
        {("IGO", "GRC", "11")},
    ),
    (
        "Veterans of the Iran-Iraq war gathered in Tehran to mark the anniversary of the ceasefire.",
        TITLE,
        NONE,
    ),
    (
        "The head of the India-Pakistan Indus Waters Commission resigned on Friday, officials in Islamabad said.",
        TITLE,
        NONE,
    ),
    # reported history
    (
        "Putin recalled that NATO had promised not to expand eastward as he criticised the alliance on Thursday.",
        HISTORY,
        {("RUS", "IGO", "11")},
    ),
    (
        "Erdogan recalled that Greece had occupied Izmir a century ago as he accused Athens of arming its islands.",
        HISTORY,
        {("TUR", "GRC", "112")},
    ),
    (
        "Lula reminded reporters that the United States had backed the 1964 coup in Brazil, then criticised "
        "Washington's new tariffs.",
        HISTORY,
        {("BRA", "USA", "11")},
    ),
    (
        "The Chinese foreign ministry, noting that Japan had invaded China in 1937, condemned a Japanese minister's "
        "visit to the Yasukuni shrine.",
        HISTORY,
        {("CHN", "JPN", "11")},
    ),
    (
        "Zelensky, who recalled that Russia had attacked Ukraine in 2014, thanked Denmark for new F-16 jets.",
        HISTORY,
        {("UKR", "DNK", "051")},
    ),
    (
        "Vucic criticised NATO on Monday, recalling that the alliance had bombed Belgrade in 1999.",
        HISTORY,
        {("SRB", "IGO", "11")},
    ),
    # anniversaries
    (
        "On the anniversary of Russia's annexation of Crimea, Ukraine's foreign minister urged Europe to keep "
        "sanctions on Moscow.",
        ANNIVERSARY,
        {("UKR", "IGO", "02")},
    ),
    (
        "Marking ten years since Saudi Arabia intervened in Yemen, the Houthis fired a missile at a Saudi oil "
        "facility.",
        ANNIVERSARY,
        {("YEM", "SAU", "19")},
    ),
    (
        "On the 80th anniversary of the US atomic bombing of Hiroshima, Japan urged nuclear states to disarm.",
        ANNIVERSARY,
        NONE,
    ),
    (
        "As Israel marked one year since Hamas took hostages, Qatar hosted a new round of talks with Egypt.",
        ANNIVERSARY,
        {("QAT", "EGY", "04"), ("EGY", "QAT", "04")},
    ),
    (
        "Poland marked the anniversary of the 1939 Soviet invasion with a ceremony in Warsaw on Tuesday.",
        ANNIVERSARY,
        NONE,
    ),
    # a document's title
    (
        "The report, titled 'How Russia Attacked Ukraine's Energy Grid', was presented to the Japanese parliament on "
        "Monday.",
        DOCUMENT,
        NONE,
    ),
    (
        "Norway published a white paper called 'China Threatens the Arctic' and urged allies to invest in the north.",
        DOCUMENT,
        NONE,
    ),
    (
        "A documentary titled 'When Iraq Invaded Kuwait' premiered in Riyadh on Saturday.",
        DOCUMENT,
        NONE,
    ),
    (
        "Australia's defence review, 'Why China Builds Bases in the Pacific', urged closer ties with Fiji.",
        DOCUMENT,
        NONE,
    ),
    # lists of past events in one sentence
    (
        "After the 2008 war with Georgia, the annexation of Crimea and the 2022 invasion, Finland and Sweden joined "
        "NATO.",
        LIST,
        {("FIN", "IGO", "0"), ("SWE", "IGO", "0")},
    ),
    (
        "Greece, which fought Turkey in 1897, 1912 and 1919, signed a defence pact with France on Thursday.",
        LIST,
        {("GRC", "FRA", "057"), ("FRA", "GRC", "057")},
    ),
    (
        "Despite coups in Mali, Burkina Faso and Niger and the expulsion of French troops, Paris sent an envoy to "
        "Senegal this week.",
        LIST,
        {("FRA", "SEN", "0")},
    ),
    (
        "Having fought India in 1947, 1965, 1971 and 1999, Pakistan on Tuesday accused New Delhi of stoking unrest "
        "in Balochistan.",
        LIST,
        {("PAK", "IND", "112")},
    ),
    # controls: the main event, a real second event, or a lone background event
    (
        "Economic sanctions imposed after Russia's 2022 invasion of Ukraine have reshaped trade across Central Asia.",
        CONTROL,
        {("RUS", "UKR", "19")},
    ),
    (
        "Since Israel struck Iran's air defences in October, Tehran has accused Washington of backing the attack.",
        CONTROL,
        {("IRN", "USA", "11")},
    ),
    (
        "Russian troops shelled Kharkiv on Monday, a week after Ukraine struck an oil refinery in Ryazan.",
        CONTROL,
        {("RUS", "UKR", "19")},
    ),
    (
        "Hungary vetoed new EU aid to Ukraine and criticised Brussels over its migration policy.",
        CONTROL,
        {("HUN", "IGO", "11")},
    ),
    (
        "China, which claims Taiwan as its own, sent 30 warplanes toward the island on Wednesday.",
        CONTROL,
        {("CHN", "TWN", "1")},
    ),
    (
        "Lithuania accused Belarus of sending balloons across the border and closed two crossings.",
        CONTROL,
        {("LTU", "BLR", "112")},
    ),
    (
        "The talks in Geneva between Armenia and Azerbaijan followed a border clash that killed four soldiers.",
        CONTROL,
        {("ARM", "AZE", "04"), ("AZE", "ARM", "04")},
    ),
    (
        "Israel killed a Hezbollah commander in Beirut, days after the group fired rockets at Haifa.",
        CONTROL,
        {("ISR", "LBN", "1")},
    ),
    (
        "The Saudi-led coalition, which intervened in Yemen in 2015, struck Houthi positions near Hodeidah.",
        CONTROL,
        {("SAU", "YEM", "19")},
    ),
    (
        "India expelled a Canadian diplomat after Canada accused New Delhi of a role in the killing of a Sikh "
        "activist.",
        CONTROL,
        {("IND", "CAN", "16")},
    ),
]

XFAIL: dict[str, str] = {
    "Brazil criticised the sanctions that the United States has imposed on Venezuela since 2019.": (
        "missed BRA -> USA 11: the criticised thing is a measure, not a party; its owner in the relative clause is no "
        "target (before and after)"
    ),
    "Japan criticised China over the detention of a Japanese businessman arrested in Beijing in 2023.": (
        "CHN -> JPN 173: a participle on a person in the topic phrase of a criticism, its place standing as the "
        "doer; the grievance is no separate event but a comment's over-phrase is not read as its topic (left)"
    ),
    "Poland demanded reparations from Germany for the destruction of Warsaw during the Second World War.": (
        "POL -> DEU 190: a nominal act with no named doer in a demand's for-phrase takes the demand's parties"
    ),
    "A spokesman for the EU-Turkey migration deal monitoring office criticised Greece over pushbacks at sea.": (
        "TUR -> GRC 111: the body's name resolves a Turkish source beside the EU (actor resolution, not an event)"
    ),
    "Veterans of the Iran-Iraq war gathered in Tehran to mark the anniversary of the ceasefire.": (
        "IRN <-> IRQ 057: the ceasefire under 'anniversary' is background, but it is the sentence's only event and "
        "the lone-event convention (rule 53c, the seeds gold) keeps it"
    ),
    "On the anniversary of Russia's annexation of Crimea, Ukraine's foreign minister urged Europe to keep "
    "sanctions on Moscow.": (
        "missed UKR -> IGO 02: 'Europe' is a region's name, no actor (data/actors/groups.jsonl); the UKR -> RUS 020 "
        "the appeal took from the anniversary phrase is gone (rule 296)"
    ),
    "Australia's defence review, 'Why China Builds Bases in the Pacific', urged closer ties with Fiji.": (
        "AUS -> FJI 020 (defensible: the government's review urges ties) and CHN -> FJI 020: the quoted title's "
        "country taken as a source"
    ),
    "After the 2008 war with Georgia, the annexation of Crimea and the 2022 invasion, Finland and Sweden joined "
    "NATO.": ("UKR -> IGO 057: a parse error (the list read as the subject of 'joined')"),
    "China, which claims Taiwan as its own, sent 30 warplanes toward the island on Wednesday.": (
        "missed CHN -> TWN: 'sent warplanes toward the island' (the island refers back to Taiwan) is outside the "
        "lexicon's reach (before and after)"
    ),
}


def _matched(found: set[tuple[str, str, str]], expected: Expected) -> bool:
    return all(any((s, t) == (a, b) and c.startswith(k) for s, t, c in found) for a, b, k in expected)


def false_positives(found: set[tuple[str, str, str]], expected: Expected) -> set[tuple[str, str, str]]:
    """The coded events that no expected event names (a control's extra events are not counted)."""
    return {(s, t, c) for s, t, c in found if not any((s, t) == (a, b) and c.startswith(k) for a, b, k in expected)}


@pytest.mark.parametrize(("text", "kind", "expected"), table_cases(PRECISION3_SENTENCES, XFAIL))
def test_precision3_codes_only_the_main_event(rules_nlp: Language, text: str, kind: str, expected: Expected) -> None:
    found = asserted(rules_nlp, text)
    assert _matched(found, expected)
    if kind != CONTROL:
        assert not false_positives(found, expected)
