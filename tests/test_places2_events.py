"""Issue 14 (session 37, places2): towns, regions, bases and nuclear sites that 2024-2025 news names as the target of
an act ("drones struck X", "troops entered X"), resolved to the country that holds them (docs/actors.md: a place alone
is the country that holds it; contested territory goes to the internationally recognised state; both sides of the
Kashmir line of control as administered, as Srinagar and Gilgit-Baltistan were before; docs/events.md rule 397).

CAMEO convention: an attack on a place is an attack on the state that holds it (codebook 19x "Fight": the target is
the country whose territory is struck), so "Israeli jets bombed Beit Lahia" is ISR -> PSE 19 and "Ukrainian drones hit
Tuapse" UKR -> RUS 19; without the place entry the act has no target and no event. A place beside two named parties
leaves the event to them (the controls).

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
PLACES2_ACTOR_ROWS: list[tuple[str, str, str | None]] = [
    ("RSF fighters shelled the city of El Obeid on Friday.", "El Obeid", "SDN"),
    ("M23 rebels captured Uvira after a two-day battle.", "Uvira", "COD"),
    ("Jihadists killed dozens of soldiers near Djibo.", "Djibo", "BFA"),
    ("Gunmen attacked a convoy in Tillaberi on Sunday.", "Tillaberi", "NER"),
    ("Al-Shabaab fighters stormed an army base in Middle Shabelle.", "Middle Shabelle", "SOM"),
    ("The junta's aircraft bombed a market in Lashio.", "Lashio", "MMR"),
    ("North Korea blew up the roads near Kaesong.", "Kaesong", "PRK"),
    ("Gangs overran the town of Mirebalais in March.", "Mirebalais", "HTI"),
    ("Islamist insurgents raided Mocimboa da Praia again.", "Mocimboa da Praia", "MOZ"),
    ("A car bomb exploded in Tal Afar on Thursday.", "Tal Afar", "IRQ"),
    ("Al-Shabaab fighters attacked a police post in Lower Juba.", "Lower Juba", "SOM"),
    ("Israeli raids on Tubas killed three people.", "Tubas", "PSE"),
    ("Satellite images showed new tunnels at Arak.", "Arak", "IRN"),
    # (written first as IND; the first mention overlapping "Pahalgam" is "tourists in Pahalgam", a group whose place
    # lends its country, docs/actors.md "A place inside the group's mention", as places1's Kherson row: corrected)
    ("Gunmen opened fire on tourists in Pahalgam.", "Pahalgam", "INDCVL"),
    ("Indian shells landed in Muzaffarabad overnight.", "Muzaffarabad", "PAK"),
    ("Chinese coast guard ships circled Kinmen.", "Kinmen", "TWN"),
    # -- controls: a common word or a name left out stays no actor
    ("The school band bought four new tubas.", "tubas", None),
    ("He ordered a glass of arak at the bar.", "arak", None),
    ("Senator Lyman opposed the bill.", "Lyman", None),
]

# (sentence, its asserted events as (source, target, CAMEO root) on primary codes; exact: the set must be equal,
# otherwise it must be included)
PLACES2_SENTENCES: list[tuple[str, Events, bool]] = [
    # -- Ukraine's front line and Russia's border regions
    ("Russian forces shelled Nikopol overnight, killing two people.", {("RUS", "UKR", "19")}, False),
    ("Russian troops captured Kurakhove after months of fighting.", {("RUS", "UKR", "19")}, False),
    ("Russian missiles struck Kremenchuk on Wednesday.", {("RUS", "UKR", "19")}, False),
    ("Russia struck the port of Izmail with drones.", {("RUS", "UKR", "19")}, False),
    ("Ukrainian drones hit an oil depot in Tuapse.", {("UKR", "RUS", "19")}, False),
    ("Ukrainian forces seized Sudzha in August 2024.", {("UKR", "RUS", "19")}, False),
    ("Ukrainian drones struck the Olenya air base.", {("UKR", "RUS", "19")}, False),
    ("Ukrainian drones attacked the refinery in Kstovo.", {("UKR", "RUS", "19")}, False),
    # -- Gaza, Israel, Lebanon, Yemen, Iran, Syria
    ("Israeli jets bombed Beit Lahia on Tuesday.", {("ISR", "PSE", "19")}, False),
    ("Israeli forces shelled Nuseirat overnight.", {("ISR", "PSE", "19")}, False),
    ("Hezbollah fired rockets at Kiryat Shmona.", {("LBN", "ISR", "19")}, False),
    ("Israeli warplanes struck Baalbek overnight.", {("ISR", "LBN", "19")}, False),
    ("Israeli tanks shelled Khiam on Monday.", {("ISR", "LBN", "19")}, False),
    ("Israeli jets struck the port of Ras Isa.", {("ISR", "YEM", "19")}, False),
    ("Houthi rebels fired a missile at Ben Gurion Airport.", {("YEM", "ISR", "19")}, False),
    ("Israel struck the Parchin military complex.", {("ISR", "IRN", "19")}, False),
    ("The United States bombed Fordo in June.", {("USA", "IRN", "19")}, False),
    ("Iran fired missiles at Beersheba.", {("IRN", "ISR", "19")}, False),
    ("Iranian missiles hit the Nevatim air base.", {("IRN", "ISR", "19")}, False),
    ("Turkish drones struck Qamishli.", {("TUR", "SYR", "19")}, False),
    # -- South Asia, Myanmar, Taiwan, the Caucasus
    ("Indian missiles struck Bahawalpur and Muridke.", {("IND", "PAK", "19")}, False),
    ("Pakistani troops shelled Rajouri.", {("PAK", "IND", "19")}, False),
    ("Pakistani drones attacked Amritsar.", {("PAK", "IND", "19")}, False),
    ("China threatened to seize Kinmen.", {("CHN", "TWN", "13")}, False),
    ("Thai artillery shelled Myawaddy.", {("THA", "MMR", "19")}, False),
    ("Azerbaijan shelled villages in Syunik.", {("AZE", "ARM", "19")}, False),
    ("Rwandan troops entered Bukavu and Uvira.", {("RWA", "COD", "19")}, False),
    # (added with the fix: left3's "retook the village of Robotyne from Russian forces" lost its event when Robotyne
    # became a place; the "from" phrase hangs on the object "village", so rule 103 now reads it there too)
    ("Ukrainian troops retook the village of Siversk from Russian forces.", {("UKR", "RUS", "19")}, True),
]

# -- controls: a place beside two named parties leaves the event to them
PLACES2_CONTROLS: list[tuple[str, Events, bool]] = [
    ("Mali accused Algeria of downing a drone near Tinzaouaten.", {("MLI", "DZA", "11")}, False),
    ("India accused Pakistan of sheltering the gunmen behind the Pahalgam attack.", {("IND", "PAK", "11")}, False),
    ("Israel accused Hezbollah of firing rockets from Nabatieh.", {("ISR", "LBN", "11")}, False),
    ("Qatar condemned the Iranian missile strike on Al Udeid.", {("QAT", "IRN", "11")}, False),
    ("Russia accused Ukraine of shelling Nova Kakhovka.", {("RUS", "UKR", "11")}, False),
    ("Egypt criticised Israel over the seizure of the Philadelphi Corridor.", {("EGY", "ISR", "11")}, False),
    # (written exact; "weeks of fighting" also codes the fight both ways, UKR -> RUS 190, a reading the text bears:
    # corrected to "included")
    ("Russian forces took the village of Toretsk after weeks of fighting.", {("RUS", "UKR", "19")}, False),
]

PLACES2_ACTOR_XFAIL: dict[str, str] = {}
PLACES2_XFAIL: dict[str, str] = {
    "Rwandan troops entered Bukavu and Uvira.": "both places resolve to COD, but 'troops entered' codes no event at "
    "all (the verb, not the place: a bare incursion verb is outside this data change)",
}


@pytest.mark.parametrize(("sentence", "mention", "code"), table_cases(PLACES2_ACTOR_ROWS, PLACES2_ACTOR_XFAIL))
def test_places2_resolve(rules_nlp: Language, sentence: str, mention: str, code: str | None) -> None:
    assert actor_code_at(rules_nlp, sentence, mention, DATE) == code


@pytest.mark.parametrize(("sentence", "expected", "exact"), table_cases(PLACES2_SENTENCES, PLACES2_XFAIL))
def test_places2_events(rules_nlp: Language, sentence: str, expected: Events, exact: bool) -> None:
    _, found = coded(rules_nlp, sentence, published=DATE)
    assert found == expected if exact else expected <= found


@pytest.mark.parametrize(("sentence", "expected", "exact"), PLACES2_CONTROLS)
def test_places2_controls(rules_nlp: Language, sentence: str, expected: Events, exact: bool) -> None:
    _, found = coded(rules_nlp, sentence, published=DATE)
    assert found == expected if exact else expected <= found


def test_xfail_names_only_table_sentences() -> None:
    assert set(PLACES2_ACTOR_XFAIL) <= {row[0] for row in PLACES2_ACTOR_ROWS}
    assert set(PLACES2_XFAIL) <= {row[0] for row in PLACES2_SENTENCES}
