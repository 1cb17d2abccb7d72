"""Analysis prose that reports no event (issue 14, session 27, branch precision2; docs/events.md rule 180).

News analysis articles are full of sentences that name countries and event words without reporting that anything
was done: speculation, questions, conditionals, goals, generic claims, descriptions of documents, background
history, nouns of events, comparisons, titles that name a country, slogans, lists of topics, polls and market moves.
This table holds our own invented sentences in the style of 2025 analysis and news articles (none copied from
ConfliBERT, PLOVER, CAMEO, the news excerpts or any evaluation set). Each row's expected asserted events were written
before the coder changed: most rows must code no asserted event, a few exactly one named event; a hypothetical or
negated event is fine where the text is hypothetical (``asserted`` leaves them out). ``CONTROL`` rows are the same
long style with a plain event: their events must be among the coded ones (others may be coded beside them).

The first 89 rows were committed before the coder changed; the boundary controls, a second batch of 20 and a third of
12 were written later, each before the coder ran on them (their comments say when). An expected code matches a coded
one as a prefix, actors on their primary codes. ``XFAIL`` keeps the rows left, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Expected = set[tuple[str, str, str]]

SPECULATION, QUESTION, CONDITIONAL, GOAL, GENERIC, DOCUMENT = (
    "speculation",
    "question",
    "conditional",
    "goal",
    "generic",
    "document",
)
HISTORY, NOUN, COMPARISON, TITLE, SLOGAN, TOPICS, POLL, MARKET, CONTROL = (
    "history",
    "noun",
    "comparison",
    "title",
    "slogan",
    "topics",
    "poll",
    "market",
    "control",
)
NONE: Expected = set()

# (sentence, kind, {(source, target, CAMEO code or its prefix)} chosen beforehand)
PRECISION2_SENTENCES: list[tuple[str, str, Expected]] = [
    # analysts' speculation: what someone believes a party could or may do
    (
        "Some analysts believe Moscow could use the winter months to intensify its strikes on Ukrainian power plants, "
        "though Western officials have played down the risk.",
        SPECULATION,
        NONE,
    ),
    (
        "Several diplomats in Brussels suspect that Beijing may eventually supply Russia with lethal drones if the war "
        "drags on.",
        SPECULATION,
        NONE,
    ),
    (
        "It is widely thought in Ankara that Greece might seek to extend its territorial waters in the Aegean next "
        "year.",
        SPECULATION,
        NONE,
    ),
    (
        "Observers say it is possible that Pyongyang will test another long-range missile over Japan before the "
        "South Korean election.",
        SPECULATION,
        NONE,
    ),
    (
        "Many in Tehran fear that Israel is preparing to strike Iranian nuclear facilities again, according to "
        "regional experts.",
        SPECULATION,
        NONE,
    ),
    (
        "Analysts at the Carnegie Endowment argue that Turkey is likely to keep buying Russian oil regardless of "
        "Western pressure.",
        SPECULATION,
        NONE,
    ),
    (
        "Analysts believe the visit could pave the way for a trade deal, after Vietnam's president hosted his "
        "Indonesian counterpart in Hanoi on Monday.",
        SPECULATION,
        {("VNM", "IDN", "04")},
    ),
    # questions and headlines with a question mark
    ("Will Japan finally rearm to deter China?", QUESTION, NONE),
    ("Can Brazil broker peace between Russia and Ukraine?", QUESTION, NONE),
    ("Is India about to abandon its neutrality on the war in Ukraine?", QUESTION, NONE),
    ("Could Egypt mediate a new ceasefire between Israel and Hamas?", QUESTION, NONE),
    ("Does the United States still want to defend Taiwan against a Chinese invasion?", QUESTION, NONE),
    ("Is Germany ready to send Taurus missiles to Kyiv at last?", QUESTION, NONE),
    # conditionals and modal futures
    (
        "If Serbia recognises Kosovo, the European Union would open accession talks with Belgrade within months, "
        "officials in Brussels say.",
        CONDITIONAL,
        NONE,
    ),
    (
        "Should Venezuela move troops toward the Essequibo region, Guyana would ask the United States for military "
        "help.",
        CONDITIONAL,
        NONE,
    ),
    (
        "Unless Hanoi and Manila settle their dispute, tensions with China in the South China Sea are expected to "
        "rise further.",
        CONDITIONAL,
        NONE,
    ),
    (
        "A ceasefire between Armenia and Azerbaijan could collapse within weeks without international monitors, "
        "diplomats warn.",
        CONDITIONAL,
        NONE,
    ),
    (
        "Kenya may eventually withdraw its police officers from Haiti if funding from Washington runs out.",
        CONDITIONAL,
        NONE,
    ),
    (
        "A Chinese blockade of Taiwan would force Japan to decide quickly whether to help the United States.",
        CONDITIONAL,
        NONE,
    ),
    # goals and desires
    (
        "Washington wants a deal with Tehran before the end of the year, but the two sides remain far apart on "
        "enrichment.",
        GOAL,
        NONE,
    ),
    ("Beijing's long-term aim is to bring Taiwan under its control, by force if necessary.", GOAL, NONE),
    ("Ankara hopes to become a bridge between Europe and the Gulf states.", GOAL, NONE),
    (
        "Riyadh's priority remains a normalisation deal with Israel that includes a path to Palestinian statehood.",
        GOAL,
        NONE,
    ),
    ("Seoul would like closer ties with Tokyo, but historical grievances keep getting in the way.", GOAL, NONE),
    ("Morocco's ambition is to sell more fertiliser to Brazil and India.", GOAL, NONE),
    # generic statements
    ("Sanctions rarely change the behaviour of authoritarian governments such as Russia or Iran.", GENERIC, NONE),
    ("Small states like Lithuania often pay a high price for standing up to China.", GENERIC, NONE),
    ("Military aid to Ukraine has become a polarising issue in American politics.", GENERIC, NONE),
    ("Border clashes between India and China tend to flare up in the summer months.", GENERIC, NONE),
    ("Arms sales have long been a pillar of relations between France and the Gulf monarchies.", GENERIC, NONE),
    ("Trade wars between large economies such as the United States and China usually hurt both sides.", GENERIC, NONE),
    # descriptions of documents
    (
        "The report examines the sanctions regime imposed on North Korea and its effect on the country's missile "
        "programme.",
        DOCUMENT,
        NONE,
    ),
    ("A new study by the RAND Corporation assesses how Taiwan might resist a Chinese blockade.", DOCUMENT, NONE),
    (
        "The 40-page document outlines Ukraine's proposals for security guarantees from Western countries.",
        DOCUMENT,
        NONE,
    ),
    ("Her book traces the history of the rivalry between Egypt and Ethiopia over the Nile.", DOCUMENT, NONE),
    (
        "The briefing paper analyses Chinese lending to Zambia and the risk of a debt crisis in southern Africa.",
        DOCUMENT,
        NONE,
    ),
    # history framed as background
    (
        "Since the 2014 annexation of Crimea, relations between Russia and Ukraine have steadily deteriorated.",
        HISTORY,
        NONE,
    ),
    (
        "Ever since the 1979 revolution, Iran and the United States have had no formal diplomatic relations.",
        HISTORY,
        NONE,
    ),
    (
        "Relations between Ethiopia and Eritrea have swung between war and peace since the border conflict of 1998.",
        HISTORY,
        NONE,
    ),
    (
        "Decades after the 1971 war, the memory of the conflict still shapes how Bangladesh views Pakistan.",
        HISTORY,
        NONE,
    ),
    (
        "In the years after the Kargil conflict, India and Pakistan kept their armies on high alert along the line of "
        "control.",
        HISTORY,
        NONE,
    ),
    # nouns of events with no act reported
    (
        "The summit between Kazakhstan and Uzbekistan in Astana is expected to focus on energy and transport.",
        NOUN,
        NONE,
    ),
    (
        "The talks' agenda, drafted by Qatari mediators, includes prisoner exchanges between Israel and Hamas.",
        NOUN,
        NONE,
    ),
    ("The question of Ukraine's NATO membership hangs over the alliance's meeting in The Hague.", NOUN, NONE),
    ("Negotiations between Serbia and Kosovo remain a central item on the EU's agenda.", NOUN, NONE),
    (
        "The border crossing between Pakistan and Afghanistan at Torkham is a lifeline for traders on both sides.",
        NOUN,
        NONE,
    ),
    ("The prospect of a Russian offensive in the spring worries military planners in Kyiv.", NOUN, NONE),
    # comparisons
    ("Unlike Hungary, Poland has been one of Ukraine's staunchest supporters since the invasion.", COMPARISON, NONE),
    ("India buys more Russian oil than any other country except China.", COMPARISON, NONE),
    (
        "Compared with its neighbours, Vietnam has taken a softer line toward Beijing on the maritime dispute.",
        COMPARISON,
        NONE,
    ),
    ("Egypt's army is bigger than those of Libya and Sudan combined.", COMPARISON, NONE),
    ("Like France before it, Germany is now rethinking its dependence on Chinese supply chains.", COMPARISON, NONE),
    # a person's title that names a country: only the person's own act
    (
        "Russia's envoy to the United Nations, Vasily Nebenzia, accused Ukraine of shelling the Zaporizhzhia nuclear "
        "plant.",
        TITLE,
        {("RUS", "UKR", "112")},
    ),
    (
        "Iran's ambassador to Iraq, Mohammad Kazem Al-e Sadegh, criticised the United States over its troop presence "
        "in the region.",
        TITLE,
        {("IRN", "USA", "111")},
    ),
    (
        "Turkey's envoy to NATO, speaking to reporters in Brussels, praised Sweden for its new counter-terrorism law.",
        TITLE,
        {("TUR", "SWE", "051")},
    ),
    (
        "The US special envoy to Sudan met Egyptian officials in Cairo on Monday.",
        TITLE,
        # revised when first run (written USA -> EGY alone): a meeting codes both directions (rule 3)
        {("USA", "EGY", "04"), ("EGY", "USA", "04")},
    ),
    (
        "Germany's ambassador to Israel, Steffen Seibert, said on Sunday that Berlin stands by the two-state solution.",
        TITLE,
        NONE,
    ),
    # slogans quoted
    ("Banners reading 'Russia is our enemy' hung from balconies across Vilnius.", SLOGAN, NONE),
    ("Posters with the words 'Death to America' still line the streets of Tehran.", SLOGAN, NONE),
    ("The campaign's motto, 'Taiwan Can Help', has been used by Taipei since the pandemic.", SLOGAN, NONE),
    ("The phrase 'Ukraine will win' has become a fixture of speeches by European leaders.", SLOGAN, NONE),
    ("T-shirts printed with 'Crimea is Ukraine' sold out in Kyiv within days.", SLOGAN, NONE),
    # lists of topics
    (
        "Topics on the table include Russian gas transit, Chinese investment in Serbia and migration from North "
        "Africa.",
        TOPICS,
        NONE,
    ),
    (
        "The agenda covers trade, security cooperation between Japan and the Philippines, and fishing rights.",
        TOPICS,
        NONE,
    ),
    ("Key issues: Israeli strikes on Lebanon, aid to Gaza, and Houthi attacks on shipping.", TOPICS, NONE),
    (
        "The panel will discuss arms exports to Saudi Arabia, Turkish operations in Syria and Greek claims in the "
        "Aegean.",
        TOPICS,
        NONE,
    ),
    (
        "Energy, migration and Chinese trade practices dominate the agenda of France and Germany this autumn.",
        TOPICS,
        NONE,
    ),
    # polls
    (
        "A poll by the Pew Research Center found that 60 percent of Germans view China unfavourably.",
        POLL,
        NONE,
    ),
    (
        "According to a recent survey, most South Koreans support developing nuclear weapons to deter North Korea.",
        POLL,
        NONE,
    ),
    (
        "Nearly half of Poles believe Russia will attack a NATO country within five years, a survey showed.",
        POLL,
        NONE,
    ),
    (
        "Support in Finland for sending more weapons to Ukraine has fallen slightly, according to a poll by Yle.",
        POLL,
        NONE,
    ),
    (
        "A majority of Americans oppose sending US troops to defend Taiwan, the Chicago Council survey found.",
        POLL,
        NONE,
    ),
    # market moves
    ("The Russian rouble fell 3 percent against the dollar on Tuesday.", MARKET, NONE),
    (
        "Turkish bonds rallied as investors bet that Ankara's central bank will keep rates high.",
        MARKET,
        NONE,
    ),
    ("Oil prices rose after reports that Iran had seized a tanker in the Strait of Hormuz.", MARKET, NONE),
    ("The Chinese yuan weakened against the dollar amid fears of new tariffs from Washington.", MARKET, NONE),
    (
        "Brent crude climbed above 80 dollars a barrel as traders weighed the risk of an Israeli strike on Iran.",
        MARKET,
        NONE,
    ),
    # controls: a plain event in the same long style must keep its code
    (
        "Russia launched a wave of missiles and drones at Ukrainian cities overnight, killing at least 12 people, "
        "Ukrainian officials said on Sunday, in one of the largest attacks since the summer.",
        CONTROL,
        {("RUS", "UKR", "19")},
    ),
    (
        "Israel struck targets in southern Lebanon on Tuesday, the Israeli military said, in what analysts described "
        "as the heaviest bombardment since the ceasefire took effect.",
        CONTROL,
        {("ISR", "LBN", "19")},
    ),
    (
        "The United States imposed sanctions on two Chinese refineries on Thursday for buying Iranian oil, in a move "
        "that analysts say could further strain ties with Beijing.",
        CONTROL,
        {("USA", "CHN", "163")},
    ),
    (
        "Germany expelled two Russian diplomats on Wednesday over an alleged sabotage plot, the foreign ministry in "
        "Berlin said.",
        CONTROL,
        {("DEU", "RUS", "16")},
    ),
    (
        "Turkish President Recep Tayyip Erdogan criticised Israel on Saturday over its military operations in Gaza, "
        "in a speech that analysts say was aimed at a domestic audience.",
        CONTROL,
        {("TUR", "ISR", "111")},
    ),
    (
        "India's foreign minister urged Pakistan on Monday to act against militant groups operating from its "
        "territory, amid speculation that New Delhi could respond militarily.",
        CONTROL,
        {("IND", "PAK", "02")},
    ),
    (
        "Some analysts believe Moscow is bluffing, but Russia deployed additional troops to its border with Finland "
        "last week, according to satellite images.",
        CONTROL,
        {("RUS", "FIN", "15")},
    ),
    (
        "Iran seized a Greek-flagged oil tanker in the Gulf of Oman on Thursday, state media reported, raising fears "
        "of further disruption to shipping.",
        CONTROL,
        {("IRN", "GRC", "17")},
    ),
    (
        "Brazil's president visited Beijing on Tuesday for talks with Xi Jinping, who has courted Latin American "
        "governments with loans and investment.",
        CONTROL,
        {("BRA", "CHN", "04")},
    ),
    (
        "Japan's prime minister met his South Korean counterpart in Seoul on Friday, the first such visit in more "
        "than a decade, as the two governments try to mend ties strained by history.",
        CONTROL,
        {("JPN", "KOR", "04")},
    ),
    (
        "Ethiopia and Kenya signed an agreement on Monday to build a new power line, officials in Addis Ababa said, "
        "in a deal analysts see as a sign of warming ties.",
        CONTROL,
        {("ETH", "KEN", "057")},
    ),
    (
        "Poland closed two more crossings on its border with Belarus on Friday, citing a surge in attempts by "
        "migrants to enter the European Union, which many in Warsaw see as a hybrid attack.",
        CONTROL,
        {("POL", "BLR", "1")},
    ),
    # boundary controls added after the change (rule 180's gates): a reported conditional threat (180c leaves a
    # "would" under a speech verb), a noun subject with no habitual word (180d), a report's "says" (no mention verb,
    # 180f), a topic noun beside a reported act (180f), a goal noun beside a reported act (180e), a past question
    (
        "Russia said it would cut gas supplies to Moldova if Chisinau did not pay its debts.",
        CONTROL,
        {("RUS", "MDA", "13")},
    ),
    (
        "Clashes between Armenian and Azerbaijani troops killed four soldiers on Tuesday.",
        CONTROL,
        {("ARM", "AZE", "19"), ("AZE", "ARM", "19")},
    ),
    (
        "The report says Russian forces shelled Kharkiv on Monday, killing three civilians.",
        CONTROL,
        {("RUS", "UKR", "19")},
    ),
    (
        "The agenda of the meeting was approved after Japan criticised China over its coast guard patrols.",
        CONTROL,
        {("JPN", "CHN", "111")},
    ),
    (
        "Israel's goal is clear, the minister said, after Israeli jets struck Hezbollah positions in Lebanon.",
        CONTROL,
        {("ISR", "LBN", "19")},
    ),
    ("Did Hungary veto the EU's new sanctions on Russia?", QUESTION, NONE),
    # a second batch, written after the change and before it was run on them, as a check of the rule's reach
    (
        "Western intelligence officials think North Korea could send more troops to Russia this winter.",
        SPECULATION,
        NONE,
    ),
    (
        "Diplomats expect that Beijing will host another round of talks between Afghanistan and Pakistan.",
        SPECULATION,
        NONE,
    ),
    (
        "Some fear that Azerbaijan will attack Armenia again once Russian peacekeepers have left.",
        SPECULATION,
        NONE,
    ),
    ("Will Turkey block Sweden's bid once more?", QUESTION, NONE),
    ("Are China and India finally ready to settle their border dispute?", QUESTION, NONE),
    (
        "Were Iran to close the Strait of Hormuz, the United States would strike its naval bases, analysts say.",
        CONDITIONAL,
        NONE,
    ),
    ("If talks fail, Ethiopia could seek access to the sea by force.", CONDITIONAL, NONE),
    ("Without a deal, Britain would impose tariffs on Chinese steel next year.", CONDITIONAL, NONE),
    ("Egypt's main objective is to secure more financing from the Gulf states.", GOAL, NONE),
    ("Tokyo's aim remains a summit with Pyongyang on the abductions issue.", GOAL, NONE),
    ("Ceasefires between Israel and Hamas typically collapse within weeks.", GENERIC, NONE),
    ("Arms deliveries to Ukraine often arrive months late.", GENERIC, NONE),
    ("The report examines Russian attacks on Ukraine's energy grid since 2022.", DOCUMENT, NONE),
    ("The agenda includes talks between Japan and South Korea on fisheries.", TOPICS, NONE),
    (
        "Issues on the table: Chinese fishing off Argentina and British claims to the Falklands.",
        TOPICS,
        NONE,
    ),
    ("A poll by Gallup found most Canadians oppose closer ties with the United States.", POLL, NONE),
    (
        "According to a new survey, three in four Taiwanese reject unification with China.",
        POLL,
        NONE,
    ),
    (
        "If anything, the talks showed how far apart the sides are: Russia rejected Ukraine's proposal for a "
        "ceasefire on Thursday.",
        CONTROL,
        {("RUS", "UKR", "12")},
    ),
    (
        "Turkey, which many analysts describe as a swing state, condemned Israel's strike on Qatar on Tuesday.",
        CONTROL,
        {("TUR", "ISR", "111")},
    ),
    ("The survey was published a day after Russia expelled two Estonian diplomats.", CONTROL, {("RUS", "EST", "16")}),
    # a third batch, written after the second batch's fix, before the coder ran on them (hedged nouns, whether-clauses,
    # forecasts, a counterfactual under "argue")
    ("There is growing speculation that Moscow will recognise the Taliban government within weeks.", SPECULATION, NONE),
    ("It remains to be seen whether Turkey will approve Sweden's membership.", SPECULATION, NONE),
    ("The big unknown is whether China will blockade Taiwan before 2027.", SPECULATION, NONE),
    ("Rumours that Qatar will expel Hamas leaders have circulated for months.", SPECULATION, NONE),
    ("Much depends on whether Saudi Arabia agrees to normalise relations with Israel.", CONDITIONAL, NONE),
    ("Russia is widely expected to veto the resolution on Sudan.", SPECULATION, NONE),
    ("Expectations that India and Pakistan would resume talks have faded.", SPECULATION, NONE),
    ("Nobody in Brussels expects Hungary to lift its veto on aid to Ukraine.", SPECULATION, NONE),
    ("The reason Beijing courts Brazil is simple: it needs soybeans.", GENERIC, NONE),
    (
        "A Russian victory in Ukraine would embolden China to attack Taiwan, many in Washington argue.",
        CONDITIONAL,
        NONE,
    ),
    ("Japan and Australia are natural partners, and their defence ties have deepened steadily.", GENERIC, NONE),
    (
        "Critics say the agreement between Rwanda and the United Kingdom to deport asylum seekers was unworkable.",
        DOCUMENT,
        NONE,
    ),
]

XFAIL: dict[str, str] = {
    "If Serbia recognises Kosovo, the European Union would open accession talks with Belgrade within months, "
    "officials in Brussels say.": "IGO -> SRB 036: officials' reported conditional offer reads as a stated intent "
    "(rule 180c leaves a 'would' that a speech verb reports); defensible, left",
    "Washington wants a deal with Tehran before the end of the year, but the two sides remain far apart on "
    "enrichment.": "USA -> IRN 032: rule 28 reads a wish for cooperation as 03x; telling the author's analysis from "
    "the party's stated wish needs an attribution the sentence lacks",
    "India buys more Russian oil than any other country except China.": "IND -> RUS 061: trade is coded as economic "
    "cooperation; a comparative of a habitual purchase is not told from a purchase",
    # "Without a deal, Britain would impose tariffs on Chinese steel next year." passes since rule 285 (session 32,
    # newsprec8: a "without" phrase conditions a "would" as an "if" clause does)
}


def _matched(found: set[tuple[str, str, str]], expected: Expected) -> bool:
    return all(any((s, t) == (a, b) and c.startswith(k) for s, t, c in found) for a, b, k in expected)


def false_positives(found: set[tuple[str, str, str]], expected: Expected) -> set[tuple[str, str, str]]:
    """The coded events that no expected event names (a control's extra events are not counted)."""
    return {(s, t, c) for s, t, c in found if not any((s, t) == (a, b) and c.startswith(k) for a, b, k in expected)}


@pytest.mark.parametrize(("text", "kind", "expected"), table_cases(PRECISION2_SENTENCES, XFAIL))
def test_precision2_codes_only_its_events(rules_nlp: Language, text: str, kind: str, expected: Expected) -> None:
    found = asserted(rules_nlp, text)
    assert _matched(found, expected)
    if kind != CONTROL:
        assert not false_positives(found, expected)
