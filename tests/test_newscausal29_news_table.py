"""Issue 13, session 29, newscausal29 (docs/causal.md round 70): a third table of made-up sentences in the style of 2025
news analysis, this one on US-Russia relations (sanctions -> diverted trade -> stagnation, US tariffs -> Indian and
Chinese purchases of Russian oil, arms control lapsing -> an arms race, talks -> easing; "because of", "due to", "as a
result of", "in response to", "since", "after", "following", "citing", "led to", "triggered", "forced", "fuelled",
"prompted", "allowed", purpose "to", a result participle, passives "made possible by" / "driven by", "is the result
of"), each with the cause -> effect pairs a careful reader would mark, written before the stage was run, and controls
that must give no claim (a meeting, a record, a date, a contrast "while", an open "whether" question, temporal "before"
/ "after", a report, a future act, a list, a plain outcome). None is copied from an evaluation set. A row passes when
every expected pair is matched by one claim and no claim is left over, a match being the scorer's
(``../shared/eval/score.py``: token Jaccard >= 0.5 on both the cause and the effect). Rows the shipped stage does not
get are strict xfails with the general reason. Table before round 70: 43 of 46 (31 of 34 causal rows, 12 of 12
controls). One of the three failures, "Indian refiners reduced their imports of Russian oil after Washington threatened
secondary tariffs", had a claim left over ("Indian refiners -> their imports", a market actor's own act read as a
cause). Round 70's rule (``actor_noun_subjects``: a subject whose head noun names an institution or a market actor
reports its act with a causal verb that is not ``agent``, as a named country does) takes it: 44 of 46 after.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    extractor_with,
    news_table_tests,
    pairs,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Western sanctions diverted Russian trade towards China and India.",
        [("Western sanctions", "Russian trade towards China and India")],
    ),
    (
        "The diversion of trade to Asia has left the Russian economy close to stagnation.",
        [("The diversion of trade to Asia", "the Russian economy close to stagnation")],
    ),
    (
        "Because of the sanctions, Russian exports of oil now flow mainly to China and India.",
        [("the sanctions", "Russian exports of oil now flow mainly to China and India")],
    ),
    (
        "Russia's economy stagnated in 2025 as a result of high interest rates and the loss of European markets.",
        [("high interest rates and the loss of European markets", "Russia's economy stagnated in 2025")],
    ),
    (
        "Washington imposed a 25 percent tariff on Indian goods in response to New Delhi's purchases of Russian oil.",
        [("New Delhi's purchases of Russian oil", "Washington imposed a 25 percent tariff on Indian goods")],
    ),
    (
        "The new US tariffs forced Indian refiners to cut their purchases of Russian crude.",
        [("The new US tariffs", "Indian refiners to cut their purchases of Russian crude")],
    ),
    (
        "Indian refiners reduced their imports of Russian oil after Washington threatened secondary tariffs.",
        [("Washington threatened secondary tariffs", "Indian refiners reduced their imports of Russian oil")],
    ),
    (
        "The expiry of the New START treaty in February 2026 could trigger a new arms race"
        " between Washington and Moscow.",
        [("The expiry of the New START treaty in February 2026", "a new arms race between Washington and Moscow")],
    ),
    (
        "The collapse of arms control has fuelled fears of a nuclear arms race.",
        [("The collapse of arms control", "fears of a nuclear arms race")],
    ),
    (
        "Moscow suspended its participation in New START, citing Western support for Ukraine.",
        [("Western support for Ukraine", "Moscow suspended its participation in New START")],
    ),
    (
        "The talks in Istanbul eased tensions between the two embassies.",
        [("The talks in Istanbul", "tensions between the two embassies")],
    ),
    (
        "The prisoner exchange was made possible by months of quiet talks between intelligence services.",
        [("months of quiet talks between intelligence services", "The prisoner exchange")],
    ),
    (
        "Relations between Moscow and Washington improved slightly after the Alaska summit.",
        [("the Alaska summit", "Relations between Moscow and Washington improved slightly")],
    ),
    (
        "The thaw in relations led to the return of diplomats to both capitals.",
        [("The thaw in relations", "the return of diplomats to both capitals")],
    ),
    (
        "Due to the sanctions, Russian airlines have struggled to find spare parts for their Boeing and Airbus fleets.",
        [("the sanctions", "Russian airlines have struggled to find spare parts for their Boeing and Airbus fleets")],
    ),
    (
        "The ruble fell sharply because investors feared new sanctions on Russian oil companies.",
        [("investors feared new sanctions on Russian oil companies", "The ruble fell sharply")],
    ),
    (
        "Sanctions on Rosneft and Lukoil have pushed up the discount on Russian crude.",
        [("Sanctions on Rosneft and Lukoil", "the discount on Russian crude")],
    ),
    (
        "The price cap on Russian oil has reduced the Kremlin's revenues from energy exports.",
        [("The price cap on Russian oil", "the Kremlin's revenues from energy exports")],
    ),
    (
        "Lower oil revenues have forced the Russian government to raise taxes.",
        [("Lower oil revenues", "the Russian government to raise taxes")],
    ),
    (
        "The Central Bank of Russia kept interest rates high to curb inflation.",
        [("curb inflation", "The Central Bank of Russia kept interest rates high")],
    ),
    (
        "Russia sold more oil to China, leaving it more dependent on a single buyer.",
        [("Russia sold more oil to China", "leaving it more dependent on a single buyer")],
    ),
    (
        "The war in Ukraine has damaged trust between Moscow and Washington.",
        [("The war in Ukraine", "trust between Moscow and Washington")],
    ),
    (
        "The Trump administration paused some sanctions to encourage Moscow to negotiate.",
        [("encourage Moscow to negotiate", "The Trump administration paused some sanctions")],
    ),
    (
        "The expulsion of diplomats in 2024 triggered a tit-for-tat closure of consulates.",
        [("The expulsion of diplomats in 2024", "a tit-for-tat closure of consulates")],
    ),
    (
        "Russia's economy slowed sharply in 2025 due to the sanctions and a shortage of workers.",
        [("the sanctions and a shortage of workers", "Russia's economy slowed sharply in 2025")],
    ),
    (
        "The end of the Intermediate-Range Nuclear Forces Treaty allowed both countries"
        " to deploy new missiles in Europe.",
        [
            (
                "The end of the Intermediate-Range Nuclear Forces Treaty",
                "both countries to deploy new missiles in Europe",
            )
        ],
    ),
    (
        "Fears of a new arms race have prompted calls in Congress for fresh talks with Moscow.",
        [("Fears of a new arms race", "calls in Congress for fresh talks with Moscow")],
    ),
    (
        "Since the sanctions cut Russia off from Western technology, its imports of Chinese machinery have tripled.",
        [("the sanctions cut Russia off from Western technology", "its imports of Chinese machinery have tripled")],
    ),
    (
        "Following the talks in Riyadh, both sides agreed to restore the staffing of their embassies.",
        [("the talks in Riyadh", "both sides agreed to restore the staffing of their embassies")],
    ),
    (
        "The decline in trade with Europe has hurt Russian manufacturers.",
        [("The decline in trade with Europe", "Russian manufacturers")],
    ),
    (
        "European buyers stopped importing Russian gas, causing a sharp drop in Gazprom's profits.",
        [("European buyers stopped importing Russian gas", "a sharp drop in Gazprom's profits")],
    ),
    (
        "The easing of tensions was driven by a shared interest in ending the war.",
        [("a shared interest in ending the war", "The easing of tensions")],
    ),
    (
        "The US Treasury tightened sanctions on Russian oil producers to pressure the Kremlin into a ceasefire.",
        [("pressure the Kremlin into a ceasefire", "The US Treasury tightened sanctions on Russian oil producers")],
    ),
    (
        "The stagnation of the Russian economy is the result of years of isolation from Western capital.",
        [("years of isolation from Western capital", "The stagnation of the Russian economy")],
    ),
]

CONTROLS: list[str] = [
    "The US and Russian delegations met in Istanbul on Thursday.",
    "Russia's trade with China reached a record in 2024.",
    "The New START treaty expires in February 2026.",
    "Experts disagree over whether the sanctions have weakened the Russian economy.",
    "Before the talks, the two foreign ministers spoke by phone.",
    "India kept buying Russian oil, while Turkey increased its purchases of Russian gas.",
    "The Kremlin said the talks in Riyadh had been useful.",
    "After the summit in Alaska, the president flew back to Washington.",
    "Russian officials will attend the conference in Geneva next month.",
    "The sanctions list now includes more than two hundred tankers.",
    "Trade between Russia and the United States fell to its lowest level in three decades.",
    "The American ambassador presented her credentials in Moscow on Monday.",
]

XFAIL_CAUSAL: dict[int, str] = {
    # row 0 ("Western sanctions diverted Russian trade ..."), a strict xfail until round 71 ("divert" no causal verb,
    # the scorer unsure at 0.09), passes with round 71's ``redirect_verbs`` (newscausal30)
    12: "an 'after' sequence with no contention word and an unsure scorer (0.23): no claim",
}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=46, switches=("actor_noun_subjects",)
)


@pytest.mark.parametrize(
    "text",
    [
        "Indian refiners reduced their imports of Russian oil.",
        "The central bank lowered its key rate.",
        "The authorities restricted access to the border area.",
    ],
)
def test_an_actor_nouns_act_gives_a_verb_claim_only_when_off(parse: Language, text: str) -> None:
    on = extractor_with(actor_noun_subjects=True)
    off = extractor_with()
    assert pairs(parse, on, text) == []
    assert len(pairs(parse, off, text)) == 1


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Western sanctions reduced the Kremlin's oil revenues.", "Western sanctions"),
        ("Lower oil revenues forced the government to raise taxes.", "Lower oil revenues"),
        ("Pressure from investors weakened the ruble.", "Pressure from investors"),
    ],
)
def test_a_condition_or_an_agent_verb_keeps_its_claim(parse: Language, text: str, cause: str) -> None:
    on = extractor_with(actor_noun_subjects=True)
    got = pairs(parse, on, text)
    assert len(got) == 1 and got[0][0] == cause
