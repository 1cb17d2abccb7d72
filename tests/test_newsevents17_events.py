"""Recall and precision on 2025 wire copy about the Russia-Ukraine peace process and US-Russia relations (issue 14,
session 29, branch newsevents17; docs/events.md rule 208).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts; the expected codes were written from the CAMEO codebook before the coder ran. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``), the text published
on 2025-11-02 so that the envoys of 2025 (Witkoff, Kushner, Dmitriev, Umerov) resolve. Controls are background,
opinion and hypothetical sentences that assert no event. ``XFAIL`` keeps the rows the change does not fix, each
with why. The change (rule 208): a rejected invitation is CAMEO 125 "reject proposal to meet", a rejected peace plan,
proposal or offer 127 "reject plan, agreement to settle dispute", where both were the bare rejection, 120.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import both, coded, table_cases

Events = set[tuple[str, str, str]]

PUBLISHED = "2025-11-02"


def found(nlp: Language, text: str) -> Events:
    """(source, target, CAMEO code) of the asserted events of ``text``, published on ``PUBLISHED``."""
    return coded(nlp, text, root=False, published=PUBLISHED)[1]


NEWSEVENTS17_SENTENCES: list[tuple[str, Events]] = [
    # envoys meeting
    ("Witkoff and Dmitriev met in Miami on Saturday to discuss the peace plan.", both("USA", "RUS", "040")),
    ("Rubio held talks with Lavrov in Riyadh.", both("USA", "RUS", "044")),  # revised: 040 first
    ("Umerov met Witkoff and Kushner in Florida.", both("UKR", "USA", "040")),
    ("Putin received Witkoff at the Kremlin on Tuesday.", {("RUS", "USA", "043")}),
    ("Dmitriev visited Washington for talks with Witkoff.", {("RUS", "USA", "042")}),
    ("Kushner and Witkoff travelled to Moscow on Tuesday.", {("USA", "RUS", "042")}),
    ("Yermak met Rubio in Geneva on Sunday.", both("UKR", "USA", "044")),  # revised: 040 first
    ("Lavrov and Rubio agreed to prepare a summit between their leaders.", both("RUS", "USA", "036")),
    # summits planned, held, cancelled
    ("Trump said he would meet Putin in Budapest within two weeks.", {("USA", "RUS", "036")}),
    ("Trump cancelled his summit with Putin in Budapest.", {("USA", "RUS", "164")}),
    ("Trump and Putin met in Alaska on Friday.", both("USA", "RUS", "040")),
    ("Putin flew to Alaska for a summit with Trump.", {("RUS", "USA", "042")}),
    ("Trump hosted Putin at a military base in Anchorage.", {("USA", "RUS", "043")}),
    ("Zelensky rejected Putin's invitation to Moscow.", {("UKR", "RUS", "125")}),
    # peace plans, points accepted or rejected
    ("The United States proposed a 28-point peace plan to Ukraine.", {("USA", "UKR", "037")}),
    ("Moscow rejected Ukraine's peace proposal.", {("RUS", "UKR", "127")}),
    ("Zelensky rejected the Russian demand to withdraw from the Donbas.", {("UKR", "RUS", "1246")}),  # revised: 124
    ("Ukraine and the United States signed a minerals deal.", both("UKR", "USA", "057")),
    # prisoner and body exchanges
    ("Russia and Ukraine exchanged 84 prisoners of war on Thursday.", both("RUS", "UKR", "0841")),
    ("Russia released 146 Ukrainian soldiers.", {("RUS", "UKR", "0841")}),
    ("Russia handed over the bodies of 1,000 Ukrainian soldiers to Ukraine.", {("RUS", "UKR", "084")}),
    # Tomahawk missiles
    ("Zelensky asked Trump for Tomahawk missiles.", {("UKR", "USA", "0232")}),
    ("Trump refused to give Ukraine Tomahawk missiles.", {("USA", "UKR", "1222")}),
    # tariffs on India for Russian oil
    ("Trump imposed an additional 25 percent tariff on India for buying Russian oil.", {("USA", "IND", "163")}),
    ("Washington doubled tariffs on Indian goods over New Delhi's purchases of Russian oil.", {("USA", "IND", "163")}),
    ("India criticised the US tariffs as unjustified.", {("IND", "USA", "111")}),
    # sanctions on Rosneft and Lukoil
    ("The US Treasury imposed sanctions on Rosneft and Lukoil.", {("USA", "RUS", "163")}),
    ("The European Union adopted its 19th sanctions package against Russia.", {("IGO", "RUS", "163")}),
    ("Britain sanctioned Rosneft and Lukoil last week.", {("GBR", "RUS", "163")}),
    ("The Kremlin condemned the new US sanctions.", {("RUS", "USA", "111")}),
    (
        "Trump threatened to impose sanctions on Russia if Putin did not agree to a ceasefire.",
        {("USA", "RUS", "1312")},
    ),
    # drone and missile strikes on refineries and grids
    ("Ukrainian drones struck a Russian oil refinery in Saratov overnight.", {("UKR", "RUS", "195")}),
    ("Russia launched hundreds of drones and missiles at Ukraine's energy grid.", {("RUS", "UKR", "195")}),
    ("Ukraine attacked the Novorossiysk oil terminal with sea drones.", {("UKR", "RUS", "190")}),
    # ceasefire calls and truces
    ("Macron urged Russia to accept an unconditional 30-day ceasefire.", {("FRA", "RUS", "0256")}),
    ("Trump demanded that Putin agree to a ceasefire.", {("USA", "RUS", "107")}),  # revised: 1056 first
    ("Russia declared a three-day Easter truce in Ukraine.", {("RUS", "UKR", "0871")}),
    # European leaders
    ("Merz praised Zelensky's courage.", {("DEU", "UKR", "051")}),
    ("Macron accused Russia of stalling the peace talks.", {("FRA", "RUS", "112")}),
    (
        "Starmer, Macron and Merz met Zelensky in London on Monday.",
        both("GBR", "UKR", "040") | both("FRA", "UKR", "040") | both("DEU", "UKR", "040"),
    ),
    ("Orban criticised the EU's plan to seize Russian assets.", {("HUN", "IGO", "111")}),
    ("Zelensky thanked Trump for his efforts to end the war.", {("UKR", "USA", "051")}),
    ("Putin praised Trump's peace efforts.", {("RUS", "USA", "051")}),
    # security guarantees
    (
        "France and Britain offered security guarantees to Ukraine.",
        {("FRA", "UKR", "0334"), ("GBR", "UKR", "0334")},
    ),
    ("Washington agreed to provide security guarantees for Ukraine.", {("USA", "UKR", "0334")}),
    # frozen assets
    ("The EU froze Russian central bank assets indefinitely.", {("IGO", "RUS", "163")}),
    ("The European Commission proposed a reparations loan to Ukraine.", {("IGO", "UKR", "0331")}),
    # NATO air policing
    ("Germany sent Eurofighters to Poland to help police its airspace.", {("DEU", "POL", "074")}),
    ("Polish and NATO jets shot down Russian drones over Poland.", {("POL", "RUS", "190"), ("IGO", "RUS", "190")}),
]

# Four expectations were revised after the first run, each to the codebook's own finer code that the first writing
# missed: a meeting in a third country (Riyadh, Geneva) is CAMEO 044 "meet at a third location" (written 040); a
# withdrawal refused is 1246 "refuse to de-escalate military engagement" (written 124); a ceasefire demanded is 107
# "demand ceasefire" (written 1056).
XFAIL: dict[str, str] = {
    "Putin flew to Alaska for a summit with Trump.": "the trip (042) read as the summit's meeting, 040 both ways",
    "The United States proposed a 28-point peace plan to Ukraine.": "a plan proposed is no trigger (no 037)",
    # "Russia launched hundreds of drones and missiles at Ukraine's energy grid" passes since rule 230c (session 30)
    "Orban criticised the EU's plan to seize Russian assets.": "the plan to seize is read as a threat by the EU "
    "toward Russia (131) beside the criticism",
    "Germany sent Eurofighters to Poland to help police its airspace.": "jets sent read as aid given (070); the "
    "air policing purpose does not pick 074",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(NEWSEVENTS17_SENTENCES, XFAIL))
def test_newsevents17_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert found(rules_nlp, text) == expected


# -- controls: background, opinion and hypotheticals assert no event ------------------------------------------------

NEWSEVENTS17_CONTROLS: list[str] = [
    "If Russia refuses to negotiate, Washington could impose new sanctions.",
    "Trump might send Tomahawks to Ukraine, officials said.",
    "Analysts say a summit in Budapest is unlikely before the spring.",
    "Russia's full-scale invasion of Ukraine is now in its fourth year.",
    "Critics argue that the peace plan rewards Russian aggression.",
    "A ceasefire would allow both sides to exchange all prisoners.",
    "Some European diplomats fear that Washington will cut aid to Kyiv.",
    "The Budapest summit, had it happened, would have been the second meeting between Trump and Putin this year.",
    "Talks on the peace plan are expected to resume next week.",
    "Oil prices rose after the sanctions on Rosneft and Lukoil.",
    "Whether Russia will accept the plan remains unclear.",
    "Trump did not impose new sanctions on Russia.",
]

CONTROL_XFAIL: dict[str, str] = {
    "Russia's full-scale invasion of Ukraine is now in its fourth year.": "a background act noun with its possessor "
    "is kept as a lone background act by the seeds' convention (rule 214 flags it background, undated)",
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, marks=pytest.mark.xfail(reason=CONTROL_XFAIL[t], strict=True)) if t in CONTROL_XFAIL else t
        for t in NEWSEVENTS17_CONTROLS
    ],
)
def test_newsevents17_control_asserts_no_event(rules_nlp: Language, text: str) -> None:
    assert found(rules_nlp, text) == set()


# -- rule 208: a rejected invitation or peace plan (neighbours added with the change) -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelensky rejected an invitation from Putin.", {("UKR", "RUS", "125")}),
        ("Kyiv rejected the Russian proposal for peace.", {("UKR", "RUS", "127")}),
        ("Russia rejected the European peace plan for Ukraine.", {("RUS", "UKR", "127")}),
        ("The Ukrainian peace plan was rejected by Russia.", {("RUS", "UKR", "127")}),
        ("Russia's rejection of the Ukrainian peace plan angered Kyiv.", {("RUS", "UKR", "127")}),
        ("Hamas rejected Israel's peace offer.", {("PSE", "ISR", "127")}),
        # what the proposal names keeps its own code; a proposal of unsaid content stays the bare rejection
        ("Kyiv rejected Moscow's offer of talks.", {("UKR", "RUS", "125")}),
        ("Russia rejected the US proposal for a ceasefire.", {("RUS", "USA", "1246")}),
        ("Russia rejected Ukraine's proposal.", {("RUS", "UKR", "120")}),
        ("Ukraine rejected Russia's ultimatum.", {("UKR", "RUS", "120")}),
        ("Russia rejected the proposal to impose sanctions on Iran.", set()),
    ],
)
def test_rejected_invitation_or_peace_plan(rules_nlp: Language, text: str, expected: Events) -> None:
    assert found(rules_nlp, text) == expected
