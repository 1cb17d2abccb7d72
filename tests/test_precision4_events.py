"""Op-ed, think-tank and explanatory prose on international relations that names acts without reporting them (issue
14, session 28, branch precision4; docs/events.md rule 196).

Analysis of 2025 (US-Russia, Ukraine, China, the Middle East) names acts that nobody reports as done: attributed
forecasts ("analysts expect Moscow to retaliate"), options and scenarios ("one option would be sanctions on
Rosneft"), recommendations ("Washington should press Beijing"), generic lists of grievances, definitions
("deterrence means threatening ..."), comparisons with history ("as Kennedy did with Khrushchev"), reported
intentions denied ("denied plans to attack"), headlines that end in a question mark and quoted slogans. The scorer
counts any asserted event of a sentence without a gold event as a false positive. Each sentence is our own
construction, none copied from an evaluation set or the news excerpts, and each row's codes were written before the
coder ran on it. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Every row must code its expected events and no other asserted event (hypothetical or negated
ones are not counted); a ``DENIED`` row may keep the denial itself (016, rule 38) but not the act it denies.
``CONTROL`` rows report a real event (a conditional threat in reported speech is one: "Russia threatened to cut gas
if ..." is 13x) and must keep it, their other events not counted. An expected code matches a coded one as a prefix,
actors on their primary codes. ``XFAIL`` keeps the rows left, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Expected = set[tuple[str, str, str]]

FORECAST, OPTION, ADVICE, GRIEVANCE, DEFINITION, HISTORY, DENIED, HEADLINE, SLOGAN, COUNTERFACTUAL, CONTROL = (
    "forecast",
    "option",
    "advice",
    "grievance",
    "definition",
    "history",
    "denied",
    "headline",
    "slogan",
    "counterfactual",
    "control",
)
NONE: Expected = set()


# (sentence, kind, {(source, target, CAMEO code or its prefix)} chosen beforehand)
PRECISION4_SENTENCES: list[tuple[str, str, Expected]] = [
    # attributed forecasts
    ("Analysts expect Moscow to retaliate against Lithuania over the transit ban.", FORECAST, NONE),
    ("Western officials expect Russia to launch a new offensive on Zaporizhzhia in the spring.", FORECAST, NONE),
    ("Most economists predict that China will retaliate with tariffs on American soybeans.", FORECAST, NONE),
    ("Diplomats anticipate that Iran will reject the European proposal.", FORECAST, NONE),
    (
        "Russia is likely to step up its drone attacks on Ukrainian power plants this winter, the Institute for the "
        "Study of War said.",
        FORECAST,
        NONE,
    ),
    (
        "Israel could strike Iranian nuclear sites again within months, according to a think-tank report.",
        FORECAST,
        NONE,
    ),
    ("Beijing may retaliate against Manila by restricting banana imports, analysts say.", FORECAST, NONE),
    ("The consensus among Kremlin watchers is that Putin will not meet Zelensky this year.", FORECAST, NONE),
    ("Expect Turkey to keep buying Russian gas whatever Brussels says.", FORECAST, NONE),
    ("Intelligence assessments suggest North Korea could send more troops to Russia next year.", FORECAST, NONE),
    ("Few in Seoul believe Pyongyang will return to talks with Washington soon.", FORECAST, NONE),
    ("Analysts warn that China is preparing to blockade Taiwan within the decade.", FORECAST, NONE),
    ("Many in Kyiv suspect that Washington will eventually cut military aid to Ukraine.", FORECAST, NONE),
    # options and scenarios
    ("One option would be sanctions on Rosneft and Lukoil.", OPTION, NONE),
    ("One option for Washington would be to impose sanctions on Russian oil companies.", OPTION, NONE),
    ("Another scenario is a Chinese blockade of Taiwan's outlying islands.", OPTION, NONE),
    ("In the worst case, Russia attacks a Baltic state to test NATO's resolve.", OPTION, NONE),
    ("The options on the table include a naval blockade of Venezuela and strikes on drug cartels.", OPTION, NONE),
    ("A second scenario sees Israel and Saudi Arabia sign a normalisation deal by 2027.", OPTION, NONE),
    ("Among the choices facing Brussels is whether to seize frozen Russian assets.", OPTION, NONE),
    ("The most dangerous scenario would involve Iran closing the Strait of Hormuz to American tankers.", OPTION, NONE),
    ("Imagine that Russia cuts off gas to Moldova in January.", OPTION, NONE),
    ("A third possibility is that Turkey mediates between Russia and Ukraine once more.", OPTION, NONE),
    ("Possible responses range from expelling Russian diplomats to sanctioning Chinese banks.", OPTION, NONE),
    ("The plan envisages a withdrawal of Russian troops from the Zaporizhzhia nuclear plant.", OPTION, NONE),
    # recommendations
    ("Washington should press Beijing to rein in North Korea.", ADVICE, NONE),
    ("Europe must send more air defence systems to Ukraine.", ADVICE, NONE),
    ("The United States ought to lift its sanctions on Syria.", ADVICE, NONE),
    ("Berlin needs to stop buying Chinese solar panels.", ADVICE, NONE),
    ("NATO would do well to invite Ukraine to its next summit.", ADVICE, NONE),
    ("The best course for Tokyo is to open talks with Pyongyang.", ADVICE, NONE),
    ("It is time for the European Union to recognise Palestine.", ADVICE, NONE),
    ("Rather than sanction India, Washington should court New Delhi.", ADVICE, NONE),
    ("The lesson for Kyiv is never to trust Moscow's ceasefire promises.", ADVICE, NONE),
    (
        "Instead of threatening Denmark, the White House should negotiate with Copenhagen over Greenland.",
        ADVICE,
        NONE,
    ),
    ("Japan has every reason to deepen its defence ties with the Philippines.", ADVICE, NONE),
    ("The smart move for Riyadh would be to invest in Syria's reconstruction.", ADVICE, NONE),
    # generic grievances
    (
        "Invasions, annexations, poisoned dissidents: the list of Moscow's offences against its neighbours is long.",
        GRIEVANCE,
        NONE,
    ),
    ("Every time Russia bombs a hospital, Europe issues a statement and moves on.", GRIEVANCE, NONE),
    ("Whenever China harasses Philippine vessels, Manila files a protest that Beijing ignores.", GRIEVANCE, NONE),
    ("Beijing bullies its neighbours, steals technology and threatens Taiwan, critics say.", GRIEVANCE, NONE),
    ("Iran arms the Houthis, funds Hezbollah and threatens shipping, in the view of Gulf officials.", GRIEVANCE, NONE),
    (
        "Each new round of Western sanctions on Russia is followed by another Russian offensive in Ukraine.",
        GRIEVANCE,
        NONE,
    ),
    ("Moscow cuts off gas whenever a neighbour such as Moldova drifts toward the West.", GRIEVANCE, NONE),
    ("Whoever governs in Washington, Israel can count on American weapons.", GRIEVANCE, NONE),
    # definitions
    ("Deterrence means threatening Russia with costs it cannot bear.", DEFINITION, NONE),
    ("Containment meant encircling the Soviet Union with alliances.", DEFINITION, NONE),
    ("Strategic ambiguity means that Washington never says whether it would defend Taiwan.", DEFINITION, NONE),
    (
        "Compellence, in the jargon, is forcing an adversary such as Iran to stop what it is already doing.",
        DEFINITION,
        NONE,
    ),
    ("Friend-shoring means moving supply chains from China to allies such as Mexico and India.", DEFINITION, NONE),
    ("Maximum pressure, as Trump understands it, means sanctioning every buyer of Iranian oil.", DEFINITION, NONE),
    ("Grey-zone coercion is what China does when it sends coast guard ships into Japanese waters.", DEFINITION, NONE),
    (
        "Hybrid warfare covers everything from cutting undersea cables to funding pro-Russian parties in Moldova.",
        DEFINITION,
        NONE,
    ),
    # comparisons with history
    ("Trump could confront Putin over Ukraine as Kennedy did with Khrushchev over Cuba.", HISTORY, NONE),
    ("As Nixon went to China, Trump may yet go to North Korea.", HISTORY, NONE),
    ("The situation recalls 1956, when Moscow crushed the Hungarian uprising.", HISTORY, NONE),
    ("Some compare Trump's courting of Putin to Chamberlain's appeasement of Hitler.", HISTORY, NONE),
    ("Much as Britain guaranteed Poland in 1939, Europe should guarantee Ukraine's security.", HISTORY, NONE),
    ("A repeat of the 1973 Arab oil embargo against the United States looks unlikely.", HISTORY, NONE),
    ("Historians liken the deal to the 1939 pact between Germany and the Soviet Union.", HISTORY, NONE),
    ("Like Brezhnev invading Afghanistan, Putin misjudged how long his war in Ukraine would last.", HISTORY, NONE),
    # reported intentions denied (the denial itself may stay, not the act it denies)
    ("Iran denied plans to attack Israel.", DENIED, NONE),
    ("The Kremlin denied that it intends to invade Moldova.", DENIED, NONE),
    ("Beijing denied any plan to blockade Taiwan.", DENIED, NONE),
    ("Turkey denied it was planning a ground operation against Syria.", DENIED, NONE),
    ("Washington denied reports that it was preparing strikes on Venezuela.", DENIED, NONE),
    ("Minsk dismissed claims that Belarusian troops would join an attack on Ukraine.", DENIED, NONE),
    ("Israel rejected reports that it plans to annex the West Bank.", DENIED, NONE),
    ("Pyongyang denied that it would send more soldiers to Russia.", DENIED, NONE),
    ("Moscow has repeatedly denied any intention of attacking a NATO member.", DENIED, NONE),
    # headlines that end in a question mark
    ("Will Trump abandon Ukraine?", HEADLINE, NONE),
    ("Is China about to invade Taiwan?", HEADLINE, NONE),
    ("Could Europe really seize Russia's frozen billions?", HEADLINE, NONE),
    ("Why would Putin attack NATO?", HEADLINE, NONE),
    ("Trump to meet Xi in Seoul?", HEADLINE, NONE),
    ("Israeli strike on Iran imminent?", HEADLINE, NONE),
    ("Sanctions on India next?", HEADLINE, NONE),
    ("What if Russia cuts off Europe's last gas pipeline?", HEADLINE, NONE),
    ("A Saudi-Israeli deal by Christmas?", HEADLINE, NONE),
    ("Can Erdogan broker peace between Moscow and Kyiv?", HEADLINE, NONE),
    # quoted slogans
    ("'Bomb Iran' was once a campaign slogan in Washington.", SLOGAN, NONE),
    ("'Sanction Russia, not Russians' has become the motto of a Lithuanian campaign.", SLOGAN, NONE),
    ("The poster read 'Hands off Venezuela'.", SLOGAN, NONE),
    ("His campaign slogan, 'Kick China out of our ports', resonated in Panama.", SLOGAN, NONE),
    ("'Stop arming Israel' is now a common slogan on American campuses.", SLOGAN, NONE),
    ("The phrase 'Ukraine will win' has faded from speeches in Washington.", SLOGAN, NONE),
    # counterfactuals, conditions and requirements in analysis
    ("A deal would require Russia to withdraw from occupied territory.", COUNTERFACTUAL, NONE),
    ("The real question is whether Washington will defend Taiwan if China attacks.", COUNTERFACTUAL, NONE),
    ("Should Beijing invade, Japan would almost certainly come to Taiwan's aid.", COUNTERFACTUAL, NONE),
    ("Kyiv's allies fear that a ceasefire would give Russia time to rearm.", COUNTERFACTUAL, NONE),
    ("It would be a mistake for Europe to lift sanctions on Russia before a peace deal.", COUNTERFACTUAL, NONE),
    ("There is no guarantee that Hamas will release the remaining Israeli hostages.", COUNTERFACTUAL, NONE),
    (
        "Any Israeli annexation of the West Bank would end hopes of normalisation with Saudi Arabia.",
        COUNTERFACTUAL,
        NONE,
    ),
    ("Cutting aid to Ukraine would be a gift to Putin.", COUNTERFACTUAL, NONE),
    ("A Russian attack on a NATO member would trigger Article 5.", COUNTERFACTUAL, NONE),
    # controls: a real event is reported
    (
        "Russia threatened to cut gas supplies to Moldova if Chisinau did not pay its debts.",
        CONTROL,
        {("RUS", "MDA", "13")},
    ),
    ("Iran threatened to strike American bases if Washington joined the war.", CONTROL, {("IRN", "USA", "13")}),
    (
        "China warned that it would impose sanctions on Lithuania if Vilnius let Taiwan open another office.",
        CONTROL,
        {("CHN", "LTU", "13")},
    ),
    (
        "Trump threatened to impose 100 percent tariffs on India unless New Delhi stopped buying Russian oil.",
        CONTROL,
        {("USA", "IND", "13")},
    ),
    (
        "Medvedev warned Finland that Russia would respond militarily if Helsinki hosted NATO troops.",
        CONTROL,
        {("RUS", "FIN", "13")},
    ),
    (
        "Russia launched a massive drone attack on Kyiv overnight, Ukrainian officials said.",
        CONTROL,
        {("RUS", "UKR", "19")},
    ),
    (
        "China announced sanctions on American defence firms on Friday, a move analysts said would deepen tensions.",
        CONTROL,
        {("CHN", "USA", "16")},
    ),
    (
        "Israel struck Iranian air defences on Saturday, and analysts expect Tehran to retaliate.",
        CONTROL,
        {("ISR", "IRN", "19")},
    ),
    ("Putin met Xi in Beijing on Tuesday, as analysts had predicted.", CONTROL, both("RUS", "CHN", "04")),
    ("The White House urged Beijing to rein in North Korea.", CONTROL, {("USA", "CHN", "02")}),
    ("Zelensky urged Germany to send Taurus missiles to Ukraine.", CONTROL, {("UKR", "DEU", "02")}),
    (
        "Iran denied that its drones had attacked the tanker and accused Israel of staging the incident.",
        CONTROL,
        {("IRN", "ISR", "112")},
    ),
    ("Turkey shot down a Russian drone over its territory on Thursday.", CONTROL, {("TUR", "RUS", "19")}),
    ("Russia expelled two Estonian diplomats on Friday.", CONTROL, {("RUS", "EST", "16")}),
    ("Egypt's foreign minister visited Ankara on Sunday.", CONTROL, {("EGY", "TUR", "042")}),
    ("Ukraine's army struck a Russian oil refinery in Saratov overnight.", CONTROL, {("UKR", "RUS", "19")}),
    ("The United States and Ukraine signed a minerals deal in Washington.", CONTROL, both("USA", "UKR", "057")),
    ("India criticised Pakistan on Tuesday for harbouring militants.", CONTROL, {("IND", "PAK", "11")}),
    ("Trump's envoy Witkoff met Putin in Moscow on Thursday.", CONTROL, both("USA", "RUS", "04")),
    (
        "As analysts had expected, Israel retaliated against Hezbollah with strikes in southern Lebanon.",
        CONTROL,
        {("ISR", "LBN", "19")},
    ),
    ("Hamas released four Israeli hostages on Saturday.", CONTROL, {("PSE", "ISR", "08")}),
    (
        "Washington imposed sanctions on Rosneft and Lukoil on Wednesday, a step analysts had long urged.",
        CONTROL,
        {("USA", "RUS", "16")},
    ),
    (
        "Beijing threatened Manila with 'consequences' if it let American missiles stay.",
        CONTROL,
        {("CHN", "PHL", "13")},
    ),
    (
        "Japan protested to China after a Chinese coast guard ship entered waters near the Senkakus.",
        CONTROL,
        {("JPN", "CHN", "1")},
    ),
    (
        "Putin said Russia would strike Ukraine's decision-making centres if Kyiv attacked Moscow.",
        CONTROL,
        {("RUS", "UKR", "13")},
    ),
    ("Pyongyang denied sending troops to Russia.", CONTROL, {("PRK", "RUS", "016")}),
    # a second batch, written after the change and before the coder ran on them: the new gates on new wording, and
    # controls at their edges ("in this case", a finite clause on "time", a wh-question with no modal, a past denial)
    ("Many analysts expect Beijing to retaliate against Canberra with new tariffs.", FORECAST, NONE),
    ("Few expect Iran to resume talks with the IAEA soon.", FORECAST, NONE),
    ("In one scenario, China seizes Kinmen without firing a shot.", OPTION, NONE),
    ("The main risk is that Russia will test NATO with a drone incursion into Poland.", OPTION, NONE),
    ("There is a real chance that Trump will lift sanctions on Belarus.", FORECAST, NONE),
    ("Whenever Israel strikes Syria, the price of oil barely moves.", GRIEVANCE, NONE),
    ("When will Putin meet Trump again?", HEADLINE, NONE),
    ("China to halt rare earth exports to Japan?", HEADLINE, NONE),
    ("It is time for Washington to talk to Tehran.", ADVICE, NONE),
    ("Germany ought to send Taurus missiles to Kyiv.", ADVICE, NONE),
    ("Moscow denied any plans to deploy nuclear weapons in Belarus.", DENIED, NONE),
    ("Hungary denied it was preparing to veto the new sanctions on Russia.", DENIED, NONE),
    ("It was the first time since 2019 that India had expelled a Pakistani diplomat.", CONTROL, {("IND", "PAK", "16")}),
    ("In this case, Russia shelled the city of Sumy for six hours.", CONTROL, {("RUS", "UKR", "19")}),
    ("How did Israel strike Iran's air defences so easily?", CONTROL, {("ISR", "IRN", "19")}),
    ("Turkey denied that it had sent troops into Iraq.", CONTROL, {("TUR", "IRQ", "016")}),
    (
        "Analysts expected the talks to fail, but Armenia and Azerbaijan signed a peace deal in Washington.",
        CONTROL,
        both("ARM", "AZE", "057"),
    ),
    ("Iran warned it would strike Israel if it attacked its nuclear sites again.", CONTROL, {("IRN", "ISR", "13")}),
    (
        "Ukraine said it had struck a Russian airbase in Crimea, a claim Moscow did not deny.",
        CONTROL,
        {("UKR", "RUS", "19")},
    ),
]

XFAIL: dict[str, str] = {
    "NATO would do well to invite Ukraine to its next summit.": (
        "IGO -> UKR 026: 'would do well to' is an idiom of advice; rule 180c leaves a root 'would' with no condition "
        "to the speaker's stated intent"
    ),
    "Each new round of Western sanctions on Russia is followed by another Russian offensive in Ukraine.": (
        "RUS -> UKR 190: a singular act noun under a generic 'each' (rule 180d reads bare plurals only)"
    ),
    "The situation recalls 1956, when Moscow crushed the Hungarian uprising.": (
        "RUS -> HUN 175: a historical 'when' clause on a year is the sentence's only event, kept by the lone "
        "background convention (rule 185)"
    ),
    "Some compare Trump's courting of Putin to Chamberlain's appeasement of Hitler.": (
        "USA -> RUS 050: the compared act is one that takes place; 'compare X to Y' is not read as a topic (defensible)"
    ),
    "Pyongyang denied that it would send more soldiers to Russia.": (
        "PRK -> RUS 120: rule 38 reads 'denied that it would send troops' as a refusal (12x), a documented reading "
        "left as it is"
    ),
    "Washington imposed sanctions on Rosneft and Lukoil on Wednesday, a step analysts had long urged.": (
        "missed USA -> RUS 163: a parse error (the appositive 'a step analysts had long urged' made 'urged' the root "
        "and the report its complement), before and after"
    ),
}


def _matched(found: set[tuple[str, str, str]], expected: Expected) -> bool:
    return all(any((s, t) == (a, b) and c.startswith(k) for s, t, c in found) for a, b, k in expected)


def false_positives(found: set[tuple[str, str, str]], expected: Expected, kind: str) -> set[tuple[str, str, str]]:
    """The coded events that no expected event names; a ``DENIED`` row's denial (016) is not counted."""
    return {
        (s, t, c)
        for s, t, c in found
        if not any((s, t) == (a, b) and c.startswith(k) for a, b, k in expected) and not (kind == DENIED and c == "016")
    }


@pytest.mark.parametrize(("text", "kind", "expected"), table_cases(PRECISION4_SENTENCES, XFAIL))
def test_precision4_codes_only_reported_events(rules_nlp: Language, text: str, kind: str, expected: Expected) -> None:
    found = asserted(rules_nlp, text)
    assert _matched(found, expected)
    if kind != CONTROL:
        assert not false_positives(found, expected, kind)
