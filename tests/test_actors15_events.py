"""Issue 14 (session 29, actors15): the actors the actors14 round left unresolved and more of their kind in 2025 news:
armed groups named by their backer or their attitude ("Moscow-backed separatists", "pro-Russian rebels"), whom CAMEO
codes by the place they fight in; "pro-Kremlin bloggers"; "the coalition of the willing"; "a senior administration
official"; "Western officials"; seats and nicknames of governments and parliaments (Downing Street, the Elysee, Bankova,
the Pentagon, Foggy Bottom, the Bundestag, the Rada, the Duma, Capitol Hill, Zhongnanhai, Number 10); titles without
names ("the Russian foreign minister", "Ukraine's top general", "the US envoy"); and controls (docs/actors.md,
"Backed and pro- armed groups, seats and titles of 2025 news", session 29; docs/events.md rule 217).

Each sentence is our own, in the style of 2025 wire copy, none copied from ConfliBERT, PLOVER or any evaluation set.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``), on a
text published on 2 November 2025. Actor rows compare the code as the resolver writes it (None: no mention overlaps
the words); event rows compare primary codes and CAMEO roots. The table was written, codes included, before the coder
was run; rows that failed then and still fail are strict xfails with their reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import actor_code_at, both, coded, table_cases

DATE = "2025-11-02"

Events = set[tuple[str, str, str]]


# (sentence, a mention's text in it, the code the resolver must give the first mention overlapping it; None: none).
ACTOR_ROWS: list[tuple[str, str, str | None]] = [
    # -- armed groups named by a backer or an attitude: CAMEO codes rebels by the place they fight in
    ("Moscow-backed separatists shelled Ukrainian positions near Donetsk.", "separatists", "UKRREB"),
    ("Kremlin-backed separatists attacked Ukrainian troops.", "separatists", "UKRREB"),
    ("Pro-Russian separatists attacked Ukrainian troops.", "separatists", "UKRREB"),
    ("Russian-backed separatists in eastern Ukraine shelled the town.", "separatists", "UKRREB"),
    ("Russian-backed rebels seized a Georgian village.", "rebels", "GEOREB"),
    ("Iran-backed militants attacked a military base in Iraq.", "militants", "IRQINS"),
    ("Rwanda-backed rebels captured Goma in Congo.", "rebels", "CODREB"),
    # controls: no place, or two places
    ("Moscow-backed separatists shelled the town.", "separatists", None),
    ("Iran-backed militias attacked US troops in Syria.", "militias", "SYRREB"),
    ("Iran-backed militias attacked US troops.", "militias", None),
    ("Pro-Russian hackers attacked Lithuanian websites.", "hackers", None),
    # -- attitudes before non-armed roles
    ("Pro-Kremlin bloggers criticised the Russian defence ministry.", "bloggers", "RUSMED"),
    ("Pro-Kremlin bloggers accused Kyiv of staging the attack.", "bloggers", None),
    ("Russian military bloggers criticised the defence ministry.", "bloggers", "RUSMIL"),
    # -- groupings and unnamed officials of no named state
    ("The coalition of the willing met in Paris.", "coalition of the willing", None),
    ("A senior administration official accused Russia of stalling.", "senior administration official", None),
    ("Western officials said Russia was preparing a new offensive.", "Western officials", None),
    ("A senior Trump administration official accused Russia of stalling.", "Trump", "USAGOV"),
    ("The Kremlin and the West traded accusations.", "West", "WST"),
    # -- seats, buildings and nicknames
    ("Downing Street criticised the Russian strikes.", "Downing Street", "GBRGOV"),
    ("Number 10 welcomed the ceasefire.", "Number 10", "GBRGOV"),
    ("The Elysee condemned the attack on Kyiv.", "Elysee", "FRAGOV"),
    ("Bankova rejected the Russian demands.", "Bankova", "UKRGOV"),
    ("The Pentagon approved the sale of Tomahawks to Ukraine.", "Pentagon", "USAMIL"),
    ("Foggy Bottom criticised China.", "Foggy Bottom", "USAGOV"),
    ("The Bundestag approved more aid to Ukraine.", "Bundestag", "DEULEG"),
    ("The Rada ratified the minerals deal with the United States.", "Rada", "UKRLEG"),
    ("The Duma ratified the treaty with North Korea.", "Duma", "RUSLEG"),
    ("Capitol Hill criticised the tariffs on India.", "Capitol Hill", "USALEG"),
    ("Zhongnanhai criticised Japan.", "Zhongnanhai", "CHNGOV"),
    ("The White House praised Qatar.", "White House", "USAGOV"),
    ("The Kremlin rejected the European proposal.", "Kremlin", "RUSGOV"),
    # -- titles without names
    ("The Russian foreign minister criticised the EU.", "Russian foreign minister", "RUSGOV"),
    ("Ukraine's top general said Russian forces were advancing.", "Ukraine's top general", "UKRMIL"),
    ("Russia's top general visited the front.", "Russia's top general", "RUSMIL"),
    ("The US envoy praised Ukraine.", "US envoy", "USAGOV"),
    ("America's top diplomat met Lavrov.", "America's top diplomat", "USAGOV"),
    ("The Chinese defence minister criticised Washington.", "Chinese defence minister", "CHNGOV"),
    ("The British defence secretary visited Kyiv.", "British defence secretary", "GBRGOV"),
    # -- controls
    ("Farmers protested outside Downing Street.", "Farmers", "GBRAGR"),
    ("The administration building was damaged.", "administration", None),
]

# (sentence, its asserted events as (source, target, CAMEO root) on primary codes; exact: the set must be equal,
# otherwise it must be included)
EVENT_ROWS: list[tuple[str, Events, bool]] = [
    # -- armed groups by the place they fight in (a domestic pair: rebels of a state against its forces)
    ("Moscow-backed separatists attacked Ukrainian troops.", {("UKR", "UKR", "19")}, True),
    ("Moscow-backed separatists shelled the town.", set(), True),
    ("Russia armed separatists in eastern Ukraine.", {("RUS", "UKR", "07")}, False),
    ("Pro-Kremlin bloggers criticised Kyiv.", set(), True),
    # -- groupings and unnamed officials
    ("Russia warned the coalition of the willing against sending troops.", set(), True),
    ("A senior administration official accused Russia of stalling.", set(), True),
    ("Western officials accused Russia of stalling.", set(), True),
    # -- seats, buildings and nicknames
    ("Downing Street criticised the Russian strikes.", {("GBR", "RUS", "11")}, True),
    ("Number 10 condemned Russia's attack on Kyiv.", {("GBR", "RUS", "11")}, False),
    ("The Elysee condemned Russia.", {("FRA", "RUS", "11")}, True),
    ("Bankova rejected the Russian demands.", {("UKR", "RUS", "12")}, True),
    ("Foggy Bottom criticised China.", {("USA", "CHN", "11")}, True),
    ("The Bundestag approved more aid to Ukraine.", {("DEU", "UKR", "07")}, True),
    ("The Duma ratified the treaty with North Korea.", {("RUS", "PRK", "05")}, True),
    ("Zhongnanhai criticised Japan.", {("CHN", "JPN", "11")}, True),
    ("Capitol Hill criticised India.", {("USA", "IND", "11")}, True),
    ("The Pentagon sent Patriot missiles to Ukraine.", {("USA", "UKR", "07")}, False),
    # -- titles without names
    ("The Russian foreign minister met his Indian counterpart.", both("RUS", "IND", "04"), True),
    ("The US envoy met Putin in Moscow.", both("USA", "RUS", "04"), True),
    ("Ukraine's top general accused Russia of war crimes.", {("UKR", "RUS", "11")}, True),
    ("The Chinese defence minister criticised Washington.", {("CHN", "USA", "11")}, True),
    # -- controls
    ("The Rada building was damaged in the strike.", set(), True),
    ("Tourists walked up Capitol Hill.", set(), True),
]

_TROOPS = (
    "rule 217 takes a backed group's country only from a place the sentence names; a state's forces may fight "
    "abroad ('Iran-backed militias attacked US troops' is no US group), so 'Ukrainian troops' alone does not say it"
)
ACTOR_XFAIL: dict[str, str] = {
    "Kremlin-backed separatists attacked Ukrainian troops.": _TROOPS,
    "Pro-Russian separatists attacked Ukrainian troops.": _TROOPS,
}
EVENT_XFAIL: dict[str, str] = {"Moscow-backed separatists attacked Ukrainian troops.": _TROOPS}


@pytest.mark.parametrize(("sentence", "mention", "code"), table_cases(ACTOR_ROWS, ACTOR_XFAIL))
def test_actors_of_2025_backers_seats_titles(
    rules_nlp: Language, sentence: str, mention: str, code: str | None
) -> None:
    assert actor_code_at(rules_nlp, sentence, mention, DATE) == code


@pytest.mark.parametrize(("sentence", "expected", "exact"), table_cases(EVENT_ROWS, EVENT_XFAIL))
def test_events_of_2025_backers_seats_titles(rules_nlp: Language, sentence: str, expected: Events, exact: bool) -> None:
    _, found = coded(rules_nlp, sentence, published=DATE)
    assert found == expected if exact else expected <= found


def test_xfail_names_only_table_sentences() -> None:
    assert set(ACTOR_XFAIL) <= {row[0] for row in ACTOR_ROWS}
    assert set(EVENT_XFAIL) <= {row[0] for row in EVENT_ROWS}
