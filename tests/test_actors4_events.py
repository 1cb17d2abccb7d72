"""Issue 14 (session 40, actors4): resolver gaps that session 39's actors1-3 left, in 2025 wire and informal style
(docs/events.md rule 425; docs/actors.md "An unnamed opposition, party names, misspelt demonyms and leaders").

(a) An unnamed "opposition" acting on a FOREIGN state ("the opposition condemned Israel") is no opposition of that
state: CAMEO codes a domestic group by its own country, which the text gives by a demonym or possessive ("the Georgian
opposition"), a place of its own ("in Caracas"), or an earlier sentence of the story; with none, we do not know whose
opposition it is, and no event is coded. The target's own opposition acted on by its state, or acting on a
government of a country ("the government of Zimbabwe"), stays domestic. (b) A capitalised party, front or movement
name the codebook does not hold ("the Workers Party", "the Freedom Front", "the People's Movement") is a party of the
country its words give ("Brazil's Workers Party", "the People's Movement of Tanzania", "the Workers Party in
Brazil"); with no country, no event. (c) A demonym with one typing slip ("Rusian", "Ukranian", "Isreali",
"Phillipine") is that country's demonym, and a country's name in lower case in informal text ("china", "iran") is the
country where it stands as a party; the words that are also common nouns ("fine china", a turkey farm) are not. (d) A
leader's surname with one typing slip ("Trumpp", "Erdogn", "Starmr") is that leader when the slip makes one surname
only and the word is no English word.

Each sentence is our own, none copied from ConfliBERT, PLOVER, CAMEO, the seeds or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Event rows compare
primary codes (as the scorer does) and CAMEO roots, the asserted set exactly; actor rows compare the code of the first
mention over the words (None: no mention). The table, codes included, was written before the coder was run on it;
rows that still fail are strict xfails with their reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import actor_code_at, both, coded, table_cases

DATE = "2025-11-20"

Events = set[tuple[str, str, str]]

# (a) an unnamed opposition acting on a foreign state
OPPOSITION: list[tuple[str, Events]] = [
    ("The opposition condemned Israel on Tuesday over the overnight strikes in Gaza.", set()),
    ("Opposition leaders criticised China on Friday over its loans to the port authority.", set()),
    ("The opposition praised Qatar for its mediation between the two sides.", set()),
    (
        "Venezuela's electoral council confirmed the result on Sunday. Hours later, the opposition accused Cuba of "
        "running the security services.",
        {("VEN", "CUB", "11")},
    ),
    (
        "Speaking to reporters in Caracas on Monday, the opposition accused Colombia of ignoring the refugees.",
        {("VEN", "COL", "11")},
    ),
    ("The Georgian opposition, which has boycotted parliament since May, condemned Russia.", {("GEO", "RUS", "11")}),
    ("Belarus's exiled opposition thanked Lithuania for sheltering its leaders.", {("BLR", "LTU", "05")}),
    (
        "Kenyan lawmakers debated the finance bill late into the night. The opposition later accused Uganda of "
        "arming the police.",
        {("KEN", "UGA", "11")},
    ),
]

# (b) capitalised party, front and movement names the codebook does not hold
PARTY_NAMES: list[tuple[str, Events]] = [
    ("Brazil's Workers Party criticised Argentina over its new tariffs on Tuesday.", {("BRA", "ARG", "11")}),
    ("The Workers Party in Brazil accused Paraguay of smuggling cattle.", {("BRA", "PRY", "11")}),
    ("The People's Movement of Tanzania condemned Rwanda over the border closure.", {("TZA", "RWA", "11")}),
    (
        "Kenya's Freedom Front, a small opposition party, accused Somalia of sheltering militants.",
        {("KEN", "SOM", "11")},
    ),
    ("The Freedom Front accused Israel of war crimes on Tuesday.", set()),
    ("The People's Movement praised Cuba for its doctors.", set()),
    ("The Zambian Workers Party praised Malawi for reopening the border.", {("ZMB", "MWI", "05")}),
]

# (c) a demonym with one slip; a country's name in lower case
DEMONYMS: list[tuple[str, Events]] = [
    ("Rusian forces shelled the outskirts of Kharkiv overnight, the regional governor said.", {("RUS", "UKR", "19")}),
    ("Ukranian drones struck an oil refinery in Russia's Samara region on Saturday.", {("UKR", "RUS", "19")}),
    (
        "Isreali warplanes struck targets near Damascus on Thursday, Syrian state media reported.",
        {("ISR", "SYR", "19")},
    ),
    ("The Phillipine coast guard accused China of ramming one of its vessels.", {("PHL", "CHN", "11")}),
    ("Venezeulan troops detained two Colombian soldiers near the border.", {("VEN", "COL", "17")}),
    ("china criticised japan on friday over its new defence budget.", {("CHN", "JPN", "11")}),
    ("honestly iran attacked israel again last night and nobody seems to care", {("IRN", "ISR", "19")}),
    ("the philippines accused china of ramming its boats.", {("PHL", "CHN", "11")}),
    ("russia condemned the sanctions imposed by japan.", {("RUS", "JPN", "11"), ("JPN", "RUS", "16")}),
]

# (d) a leader's surname with one slip
LEADERS: list[tuple[str, Events]] = [
    ("President Trumpp threatened Mexico with new tariffs on Friday.", {("USA", "MEX", "13")}),
    ("Zelensky met Trumpp at the White House on Friday.", both("UKR", "USA", "04")),
    ("Erdogn accused Israel of genocide in a speech on Wednesday.", {("TUR", "ISR", "11")}),
    ("Netanyhu rejected Egypt's ceasefire proposal, his office said.", {("ISR", "EGY", "12")}),
    ("Starmr criticised Russia over the drone incursions.", {("GBR", "RUS", "11")}),
    ("Zelenksy thanked Germany for the air defence systems.", {("UKR", "DEU", "05")}),
]

EVENT_ROWS = OPPOSITION + PARTY_NAMES + DEMONYMS + LEADERS
SHAPES = {"opposition": OPPOSITION, "party names": PARTY_NAMES, "demonyms": DEMONYMS, "leaders": LEADERS}

CONTROLS: list[tuple[str, Events]] = [
    # the target's own opposition stays domestic
    ("The opposition condemned the government of Zimbabwe over the arrests.", {("ZWE", "ZWE", "11")}),
    ("Zimbabwean police arrested the opposition leader on Monday.", {("ZWE", "ZWE", "17")}),
    ("The Turkish opposition criticised Ankara over the arrests.", {("TUR", "TUR", "11")}),
    # the names written right keep their codes
    ("Russian forces shelled the outskirts of Kharkiv overnight.", {("RUS", "UKR", "19")}),
    ("Turkey condemned Israel over the strikes.", {("TUR", "ISR", "11")}),
    # words that are also common nouns, no party
    ("She collected fine china and silver, and her husband criticised Japan.", set()),
    ("A Turkish turkey farm sold 4,000 birds to buyers in Iraq.", set()),
]

ACTOR_CONTROLS: list[tuple[str, str, str | None]] = [
    ("She collected fine china and antique silver.", "china", None),
    ("A Turkish turkey farm near Bursa sold 4,000 birds.", "turkey", None),
    ("Finish the report by Friday, the editor said.", "Finish", None),
    ("Mohamed Hasan, a shopkeeper in Cairo, criticised the price rises.", "Hasan", None),
    ("Macaron sales rose sharply in Paris.", "Macaron", None),
    ("The opposition condemned Israel on Tuesday over the overnight strikes in Gaza.", "opposition", None),
    # the two rows below were written "ISR" / "PHL" (the demonym alone) before the first run; the mention over the
    # words is the composed force, as for the demonym written right ("Israeli warplanes" ISRMIL)
    ("Isreali warplanes struck targets near Damascus.", "Isreali", "ISRMIL"),
    ("The Phillipine coast guard accused China.", "Phillipine", "PHLMIL"),
    ("Brazil's Workers Party criticised Argentina.", "Workers Party", "BRAPTY"),
]

XFAIL: dict[str, str] = {
    "Speaking to reporters in Caracas on Monday, the opposition accused Colombia of ignoring the refugees.": (
        "the place of a fronted participle ('Speaking ... in Caracas') is not read as the opposition's country; the "
        "sentence names two countries, so none is lent (rule 425a reads the sentence before only)"
    ),
    "russia condemned the sanctions imposed by japan.": (
        "a participle's sanctions 'imposed by japan' with no target named are not coded as an act on the condemner"
    ),
    "A Turkish turkey farm sold 4,000 birds to buyers in Iraq.": (
        "'turkey' is no mention (the actor control holds), but the farm's sale is read as the state's (the adjective "
        "'Turkish') 061 toward Iraq's buyers: a firm's trade, not this rule's"
    ),
}
ACTOR_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("sentence", "expected"), table_cases(EVENT_ROWS, XFAIL))
def test_actors4_rows(rules_nlp: Language, sentence: str, expected: Events) -> None:
    _, found = coded(rules_nlp, sentence, published=DATE)
    assert found == expected


@pytest.mark.parametrize(("sentence", "expected"), table_cases(CONTROLS, XFAIL))
def test_actors4_controls_keep_their_events(rules_nlp: Language, sentence: str, expected: Events) -> None:
    _, found = coded(rules_nlp, sentence, published=DATE)
    assert found == expected


@pytest.mark.parametrize(("sentence", "mention", "code"), table_cases(ACTOR_CONTROLS, ACTOR_XFAIL))
def test_actors4_mentions(rules_nlp: Language, sentence: str, mention: str, code: str | None) -> None:
    assert actor_code_at(rules_nlp, sentence, mention, DATE) == code


def test_actors4_table_shape() -> None:
    assert set(XFAIL) <= {row[0] for row in EVENT_ROWS + CONTROLS}
    assert set(ACTOR_XFAIL) <= {row[0] for row in ACTOR_CONTROLS}
    assert 25 <= len(EVENT_ROWS) <= 35
    assert all(len(rows) >= 5 for rows in SHAPES.values())
