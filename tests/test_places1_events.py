"""Issue 14 (session 29, places1): places of 2025 news as targets and locations (docs/actors.md: a place alone is
the country that holds it; contested territory is coded to the internationally recognised state; a sea, a strait
or a region no single state holds is no actor, the Taiwan Strait kept as Taiwan's),
with disputed and occupied regions and landmarks: Donbas, Donetsk, Luhansk, Crimea and the Kerch bridge,
Zaporizhzhia and its nuclear plant, Kherson, the Kursk region, Belgorod, Transnistria, Abkhazia, South Ossetia,
Nagorno-Karabakh, the Golan Heights, the Gaza Strip, the West Bank, Kashmir, the Taiwan Strait, the South China
Sea, the Red Sea, the Black Sea, the Baltic, Greenland, the Panama Canal and Kaliningrad (docs/events.md rule 220).

Each sentence is our own, in the style of 2025 wire copy, none copied from ConfliBERT, PLOVER or any evaluation set.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``), on a
text published on 15 June 2025. Actor rows compare the code as the resolver writes it (None: no mention overlaps
the words); event rows compare primary codes and CAMEO roots. The table was written, codes included, before the
coder was run; rows that failed then and still fail are strict xfails with their reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import actor_code_at, coded, table_cases

DATE = "2025-06-15"

Events = set[tuple[str, str, str]]

# (sentence, a mention's text in it, the code the resolver must give the first mention overlapping it; None: none).
ACTOR_ROWS: list[tuple[str, str, str | None]] = [
    # -- occupied or annexed regions: the internationally recognised state
    ("Kyiv vowed to take back Crimea.", "Crimea", "UKR"),
    ("Ukrainian drones damaged the Kerch bridge.", "Kerch", "UKR"),
    ("Fighting intensified in the Donbas.", "Donbas", "UKR"),
    ("Russian troops advanced in the Donetsk region.", "Donetsk", "UKR"),
    ("Moscow claims the Luhansk region as its own.", "Luhansk", "UKR"),
    ("The IAEA said the Zaporizhzhia nuclear plant lost power again.", "Zaporizhzhia", "UKR"),
    # (written first as UKR; the first mention overlapping "Kherson" is "two civilians in Kherson", a group whose
    # place lends its country, docs/actors.md "A place inside the group's mention": corrected to UKRCVL)
    ("Russian shelling killed two civilians in Kherson.", "Kherson", "UKRCVL"),
    ("Ukrainian troops withdrew from the Kursk region.", "Kursk", "RUS"),
    ("Explosions were heard in Belgorod overnight.", "Belgorod", "RUS"),
    ("Russia moved new missiles to Kaliningrad.", "Kaliningrad", "RUS"),
    ("Russian troops remain in Transnistria.", "Transnistria", "MDA"),
    ("Moscow recognised Abkhazia and South Ossetia in 2008.", "Abkhazia", "GEO"),
    ("Moscow recognised Abkhazia and South Ossetia in 2008.", "South Ossetia", "GEO"),
    ("Armenians fled Nagorno-Karabakh in 2023.", "Nagorno-Karabakh", "AZE"),
    ("Israel has held the Golan Heights since 1967.", "Golan", "SYR"),
    ("Aid trucks entered the Gaza Strip on Sunday.", "Gaza Strip", "PSE"),
    ("Israel approved new settlements in the West Bank.", "West Bank", "PSE"),
    ("Denmark said Greenland is not for sale.", "Greenland", "GRL"),
    ("Ships lined up to cross the Panama Canal.", "Panama Canal", "PAN"),
    # -- seas, straits and regions no single state holds: no actor
    ("A US destroyer sailed through the Taiwan Strait.", "Taiwan Strait", None),
    ("Chinese vessels patrolled the South China Sea.", "South China Sea", None),
    ("Houthi rebels attacked a cargo ship in the Red Sea.", "Red Sea", None),
    ("Russian warships left ports on the Black Sea.", "Black Sea", None),
    ("NATO stepped up patrols in the Baltic after the cable was cut.", "Baltic", None),
    ("Curfews were imposed across Kashmir.", "Kashmir", None),
    # (added with the fix: its controls) a strait named after a city is no actor; the state named alone still is
    ("Russian ships crossed the Kerch Strait.", "Kerch Strait", None),
    ("Taiwan condemned Chinese drills near the Taiwan Strait.", "Taiwan", "TWN"),
    ("China ordered warships to the Taiwan Strait.", "Taiwan Strait", "TWN"),
]

# (sentence, its asserted events as (source, target, CAMEO root) on primary codes; exact: the set must be equal,
# otherwise it must be included)
EVENT_ROWS: list[tuple[str, Events, bool]] = [
    # -- a place as the target of force: its country
    ("Russian forces shelled Kherson overnight.", {("RUS", "UKR", "19")}, False),
    ("Russian missiles hit Zaporizhzhia on Tuesday.", {("RUS", "UKR", "19")}, False),
    ("Russian forces captured two villages in the Donetsk region.", {("RUS", "UKR", "19")}, False),
    ("Ukrainian drones struck an oil refinery in Belgorod.", {("UKR", "RUS", "19")}, False),
    ("Israeli jets struck the Gaza Strip overnight.", {("ISR", "PSE", "19")}, False),
    ("Egypt sent aid trucks into the Gaza Strip.", {("EGY", "PSE", "07")}, False),
    # -- a place beside the named parties: they keep the event
    ("Russia accused Ukraine of attacking the Zaporizhzhia nuclear plant.", {("RUS", "UKR", "11")}, True),
    ("Putin demanded that Ukraine withdraw from the Donbas.", {("RUS", "UKR", "10")}, False),
    ("Moldova demanded the withdrawal of Russian troops from Transnistria.", {("MDA", "RUS", "10")}, False),
    ("Syria demanded that Israel withdraw from the Golan Heights.", {("SYR", "ISR", "10")}, False),
    ("Lithuania accused Russia of jamming GPS signals from Kaliningrad.", {("LTU", "RUS", "11")}, True),
    ("Trump threatened to take back the Panama Canal.", {("USA", "PAN", "13")}, False),
    ("Denmark rejected Trump's bid to buy Greenland.", {("DNK", "USA", "12")}, False),
    # -- a sea or a region no single state holds is no party
    ("China accused the Philippines of provocations in the South China Sea.", {("CHN", "PHL", "11")}, True),
    ("Pakistan accused India of shelling villages in Kashmir.", {("PAK", "IND", "11")}, True),
    ("China condemned a US warship's passage through the Taiwan Strait.", {("CHN", "USA", "11")}, True),
    # (added with the fix: its controls) the occupied Golan is Syria's; the surname Golan names no place (the entry
    # was taken out after the ConfliBERT train guard: see GOLAN)
    ("Taiwan condemned Chinese drills near the Taiwan Strait.", {("TWN", "CHN", "11")}, True),
    ("The Israeli army shelled positions near the Golan Heights.", {("ISR", "SYR", "19")}, False),
    ("Israeli opposition leader Yair Golan criticised Netanyahu.", {("ISR", "ISR", "11")}, True),
]

GOLAN = (
    "the Golan Heights (SYR) as a place lost two ConfliBERT train events: the longer place mention took "
    "'Israeli-occupied Golan Heights' from its occupier (SYR -> ISR 190 became SYR -> SYR, dropped) and 'people who "
    "had fled to the Golan Heights area' from Israel (ISR -> ISR 070 lost), so the entry was taken out; retried by "
    "occupier1 after rule 223 (the occupier before an occupied place) fixed the first: the second still lost"
)
ACTOR_XFAIL: dict[str, str] = {
    "Israel has held the Golan Heights since 1967.": GOLAN,
    "A US destroyer sailed through the Taiwan Strait.": "the strait takes Taiwan's code from its 'Taiwan' form; a stop "
    "phrase fixed this row but broke test_newsevents7's 'China ordered the deployment of warships to the Taiwan "
    "Strait' (CHN -> TWN 150: a show of force at the strait is one against Taiwan), so the strait keeps TWN",
}
EVENT_XFAIL: dict[str, str] = {"The Israeli army shelled positions near the Golan Heights.": GOLAN}


@pytest.mark.parametrize(("sentence", "mention", "code"), table_cases(ACTOR_ROWS, ACTOR_XFAIL))
def test_places_of_2025_news(rules_nlp: Language, sentence: str, mention: str, code: str | None) -> None:
    assert actor_code_at(rules_nlp, sentence, mention, DATE) == code


@pytest.mark.parametrize(("sentence", "expected", "exact"), table_cases(EVENT_ROWS, EVENT_XFAIL))
def test_events_on_places_of_2025_news(rules_nlp: Language, sentence: str, expected: Events, exact: bool) -> None:
    _, found = coded(rules_nlp, sentence, published=DATE)
    assert found == expected if exact else expected <= found


def test_xfail_names_only_table_sentences() -> None:
    assert set(ACTOR_XFAIL) <= {row[0] for row in ACTOR_ROWS}
    assert set(EVENT_XFAIL) <= {row[0] for row in EVENT_ROWS}
