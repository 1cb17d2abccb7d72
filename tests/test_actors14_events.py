"""Issue 14 (session 29, actors14): actors of 2025 news that name a body rather than a state or a person: state
companies, state media, think tanks and NGOs, multilateral groupings, unnamed officials, a backer or an attitude before
the actor ("Moscow-backed separatists", "pro-Kremlin bloggers"), a capital's possessive ("Kyiv's forces",
"Washington's allies") and "the Russian side", with controls (docs/actors.md, "State companies, state media,
groupings and unnamed officials of 2025 news", session 29).

Each sentence is our own, in the style of 2025 wire copy, none copied from ConfliBERT, PLOVER or any evaluation set.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``), on a
text published on 15 June 2025. Actor rows compare the code as the resolver writes it (country + role, ``EU`` /
``NATO`` / ``UN`` / ``IGOxxx``; None: no mention overlaps the words); event rows compare primary codes (the scorer's:
``RUSBUS`` is ``RUS``, every IGO is ``IGO``) and CAMEO roots. The table was written, codes included, before the coder
was run; rows that failed then and still fail are strict xfails with their reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import actor_code_at, both, coded, table_cases

DATE = "2025-06-15"

Events = set[tuple[str, str, str]]


# (sentence, a mention's text in it, the code the resolver must give the first mention overlapping it; None: none).
ACTOR_ROWS: list[tuple[str, str, str | None]] = [
    # -- state companies: country + BUS
    ("Rosneft signed a new supply deal with an Indian refiner.", "Rosneft", "RUSBUS"),
    ("Lukoil halted crude exports after the new sanctions.", "Lukoil", "RUSBUS"),
    ("Gazprom cut gas supplies to Moldova.", "Gazprom", "RUSBUS"),
    ("Naftogaz accused Gazprom of breaking the transit contract.", "Naftogaz", "UKRBUS"),
    ("Ukraine's Naftogaz signed a gas deal with Poland.", "Naftogaz", "UKRBUS"),
    ("Russian oil giant Rosneft rejected the price cap.", "Rosneft", "RUSBUS"),
    ("Energoatom said the Zaporizhzhia plant lost external power.", "Energoatom", "UKRBUS"),
    ("Ukrenergo announced emergency blackouts in Kyiv.", "Ukrenergo", "UKRBUS"),
    ("Gazprom executives met Chinese officials in Beijing.", "Gazprom executives", "RUSBUS"),
    # -- state media: country + MED
    ("TASS quoted Lavrov as saying the talks had stalled.", "TASS", "RUSMED"),
    ("RIA Novosti accused Kyiv of shelling the plant.", "RIA Novosti", "RUSMED"),
    ("RT accused the BBC of spreading lies.", "RT", "RUSMED"),
    ("Xinhua criticised the new US tariffs.", "Xinhua", "CHNMED"),
    ("Russian state media accused Britain of sabotage.", "Russian state media", "RUSMED"),
    ("Chinese state broadcaster CCTV criticised Japan.", "CCTV", "CHNMED"),
    ("IRNA said Iran would not suspend enrichment.", "IRNA", "IRNMED"),
    ("KCNA accused Seoul of provocations.", "KCNA", "PRKMED"),
    # -- think tanks and NGOs
    (
        "The Institute for the Study of War said Russian forces advanced near Pokrovsk.",
        "Institute for the Study of War",
        "NGO",
    ),
    ("The Atlantic Council criticised the peace plan.", "Atlantic Council", "NGO"),
    ("Chatham House warned of a wider war.", "Chatham House", "NGO"),
    ("Amnesty International accused Israel of genocide.", "Amnesty International", "NGO"),
    ("Human Rights Watch criticised Rwanda.", "Human Rights Watch", "NGO"),
    ("Reporters Without Borders condemned the arrest of the journalist.", "Reporters Without Borders", "NGO"),
    ("A Russian think tank criticised the Kremlin's budget.", "Russian think tank", "RUSNGO"),
    # -- multilateral groupings
    ("The G7 imposed a price cap on Russian oil.", "G7", "IGOG7"),
    ("BRICS leaders condemned the strikes on Iran.", "BRICS", "IGOBRC"),
    ("The E3 triggered the snapback of UN sanctions on Iran.", "E3", "FRA"),
    ("The Quad criticised China's drills.", "Quad", "IGOQUD"),
    ("The SCO condemned the Israeli strikes.", "SCO", "IGOSCO"),
    ("The OSCE criticised Azerbaijan.", "OSCE", "IGOOSC"),
    ("The IAEA criticised Iran.", "IAEA", "IGOIAE"),
    ("The coalition of the willing met in Paris.", "coalition of the willing", None),
    # -- unnamed officials
    ("A Kremlin source said Putin would not attend.", "Kremlin source", "RUSGOV"),
    ("Ukrainian officials accused Russia of stalling the talks.", "Ukrainian officials", "UKRGOV"),
    ("A senior Ukrainian official said Kyiv would not cede territory.", "senior Ukrainian official", "UKRGOV"),
    ("A senior administration official accused Russia of stalling.", "senior administration official", None),
    ("Western officials said Russia was preparing a new offensive.", "Western officials", None),
    # -- backers, attitudes, possessives and sides
    ("Moscow-backed separatists shelled the town.", "separatists", None),
    # (actors15, docs/events.md rule 217b: a "pro-" voice of the sentence's one state is that state's; was None)
    ("Pro-Kremlin bloggers criticised the Russian defence ministry.", "bloggers", "RUSMED"),
    ("Kyiv's forces struck a Russian airbase.", "Kyiv's forces", "UKRMIL"),
    ("Moscow's forces shelled Kharkiv.", "Moscow's forces", "RUSMIL"),
    ("The Russian side rejected the proposal.", "Russian side", "RUS"),
    ("Washington's allies criticised the tariffs.", "allies", None),
    # -- controls
    ("Farmers rode quad bikes to the protest.", "quad", None),
    ("The G7 summit opened in Canada.", "G7", "IGOG7"),
    # (added after the seeds guard: the members of a grouping named as a set of countries are unnamed states)
    ("Moscow is expanding trade with BRICS countries.", "BRICS countries", None),
]

# (sentence, its asserted events as (source, target, CAMEO root) on primary codes; exact: the set must be equal,
# otherwise it must be included)
EVENT_ROWS: list[tuple[str, Events, bool]] = [
    # -- state companies
    ("Gazprom cut gas supplies to Moldova.", {("RUS", "MDA", "16")}, False),
    ("Naftogaz accused Gazprom of breaking the transit contract.", {("UKR", "RUS", "11")}, True),
    ("Rosneft signed an oil deal with India.", {("RUS", "IND", "05")}, False),
    ("Ukraine sanctioned Lukoil.", {("UKR", "RUS", "16")}, False),
    ("Energoatom accused Russia of endangering the plant.", {("UKR", "RUS", "11")}, True),
    # -- state media
    ("TASS accused Kyiv of shelling Donetsk.", {("RUS", "UKR", "11")}, True),
    ("Xinhua criticised Washington's tariffs.", {("CHN", "USA", "11")}, True),
    ("RT accused the BBC of spreading lies.", {("RUS", "GBR", "11")}, True),
    ("Lithuania banned RT.", {("LTU", "RUS", "17")}, False),
    ("KCNA accused Seoul of provocations.", {("PRK", "KOR", "11")}, True),
    # -- think tanks and NGOs
    ("Amnesty International accused Israel of war crimes.", {("NGO", "ISR", "11")}, True),
    ("Russia banned the Atlantic Council.", {("RUS", "NGO", "17")}, False),
    ("Human Rights Watch criticised Rwanda.", {("NGO", "RWA", "11")}, True),
    # -- multilateral groupings
    ("G7 foreign ministers condemned Russia.", {("IGO", "RUS", "11")}, True),
    ("The G7 imposed a price cap on Russian oil.", {("IGO", "RUS", "16")}, False),
    ("BRICS leaders condemned the strikes on Iran.", set(), True),
    ("China praised BRICS.", {("CHN", "IGO", "05")}, True),
    (
        "The E3 triggered the snapback of UN sanctions on Iran.",
        {("FRA", "IRN", "16"), ("DEU", "IRN", "16"), ("GBR", "IRN", "16")},
        False,
    ),
    ("Iran accused the E3 of bad faith.", {("IRN", "FRA", "11"), ("IRN", "DEU", "11"), ("IRN", "GBR", "11")}, True),
    ("China criticised the Quad.", {("CHN", "IGO", "11")}, True),
    ("The SCO condemned the Israeli strikes on Iran.", {("IGO", "ISR", "11")}, False),
    ("The OSCE criticised Azerbaijan.", {("IGO", "AZE", "11")}, True),
    # (written first as 17; CAMEO files expelling observers under 1662, a 16 root: corrected to the codebook)
    ("Russia expelled OSCE monitors.", {("RUS", "IGO", "16")}, False),
    ("The IAEA criticised Iran.", {("IGO", "IRN", "11")}, True),
    ("Russia warned the coalition of the willing against sending troops.", set(), True),
    # -- unnamed officials
    ("A Kremlin source criticised Kyiv.", {("RUS", "UKR", "11")}, True),
    ("Ukrainian officials accused Russia of stalling the talks.", {("UKR", "RUS", "11")}, True),
    ("A senior administration official accused Russia of stalling.", set(), True),
    ("Western officials accused Russia of stalling.", set(), True),
    # -- backers, attitudes, possessives and sides
    ("Moscow-backed separatists shelled the town.", set(), True),
    # (actors15, rule 217b: the bloggers are Russia's now, a domestic criticism; was no event)
    ("Pro-Kremlin bloggers criticised the Russian defence ministry.", {("RUS", "RUS", "11")}, True),
    ("Kyiv's forces struck a Russian airbase.", {("UKR", "RUS", "19")}, False),
    ("The Russian side rejected the Ukrainian proposal.", {("RUS", "UKR", "12")}, True),
    ("The Russian side met the American delegation in Riyadh.", both("RUS", "USA", "04"), False),
    ("Russia warned Washington's allies against sending troops.", set(), True),
    ("Washington's allies criticised the tariffs.", set(), True),
    # -- controls
    ("Farmers rode quad bikes to the protest.", set(), True),
    # (added after the rule: its controls) a possessor of a noun that is no relation still names the party, and an
    # apposition after the relation noun names it
    ("Moscow is expanding trade with BRICS countries.", set(), True),
    ("Russia rejected Ukraine's proposal.", {("RUS", "UKR", "12")}, True),
    ("Russia warned its ally Belarus.", {("RUS", "BLR", "13")}, True),
    ("Russia criticised Kyiv's Western allies.", set(), True),
    (
        "Britain, France and Germany accused Iran of violating the deal.",
        {("GBR", "IRN", "11"), ("FRA", "IRN", "11"), ("DEU", "IRN", "11")},
        True,
    ),
]

ACTOR_XFAIL: dict[str, str] = {}
# the E3's snapback of UN sanctions passes since rule 277c (session 32, leftovers27)
EVENT_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("sentence", "mention", "code"), table_cases(ACTOR_ROWS, ACTOR_XFAIL))
def test_actors_of_2025_bodies(rules_nlp: Language, sentence: str, mention: str, code: str | None) -> None:
    assert actor_code_at(rules_nlp, sentence, mention, DATE) == code


@pytest.mark.parametrize(("sentence", "expected", "exact"), table_cases(EVENT_ROWS, EVENT_XFAIL))
def test_events_of_2025_bodies(rules_nlp: Language, sentence: str, expected: Events, exact: bool) -> None:
    _, found = coded(rules_nlp, sentence, published=DATE)
    assert found == expected if exact else expected <= found


def test_xfail_names_only_table_sentences() -> None:
    assert set(ACTOR_XFAIL) <= {row[0] for row in ACTOR_ROWS}
    assert set(EVENT_XFAIL) <= {row[0] for row in EVENT_ROWS}
