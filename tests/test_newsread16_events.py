"""A country word before a plural noun for companies of a trade names that country's businesses, BUS (issue 14,
session 39, branch newsread16; docs/events.md rule 413).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``); the actors are
compared on their FULL codes, since the change is a role suffix (the scorer's primary codes do not move).

Wire copy names the firms of a trade by their country and a plural agent noun: "Iranian oil producers", "Chinese
refiners", "German carmakers", "Belarusian lenders". The CAMEO actor codebook's business role (BUS: companies,
corporations, banks; ``roles.yml`` already lists "companies", "firms", "exporters", "manufacturers") fits them;
before, the noun was unknown and the mention fell back to the bare country ("the two largest Russian oil producers"
-> RUS), as if the state itself were the party. The singular ("Saudi Arabia, the world's largest oil producer") is
left alone: it is as often a state's description as a firm's. Controls: states described as producers keep their
state code, a refinery struck stays the country's, listed company nouns keep BUS. ``XFAIL`` keeps the rows the
change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import both, coded, table_cases

Events = set[tuple[str, str, str]]


def full_events(nlp: Language, text: str) -> Events:
    """(source, target, CAMEO code) of the asserted events of ``text``, actors on their full codes."""
    return coded(nlp, text, full_codes=True, root=False)[1]


NEWSREAD16_SENTENCES: list[tuple[str, Events]] = [
    # producers of a good, the target of a measure
    ("Washington imposed sanctions on two Iranian oil producers on Tuesday.", {("USA", "IRNBUS", "163")}),
    ("Britain sanctioned three Venezuelan gold producers.", {("GBR", "VENBUS", "163")}),
    ("The United States imposed tariffs on Vietnamese shrimp producers.", {("USA", "VNMBUS", "163")}),
    ("Canada blacklisted two Russian fertiliser producers.", {("CAN", "RUSBUS", "163")}),
    ("Australia imposed sanctions on the two largest Iranian steel producers.", {("AUS", "IRNBUS", "163")}),
    ("India fined two Chinese solar panel producers.", {("IND", "CHNBUS", "172")}),
    ("Japan accused South Korean steel producers of dumping.", {("JPN", "KORBUS", "112")}),
    ("Mexico sued two American steel producers in a Texas court.", {("MEX", "USABUS", "115")}),
    ("Germany thanked Norwegian gas producers for raising supplies.", {("DEU", "NORBUS", "051")}),
    # producers as the doer
    ("Chilean copper producers criticised Beijing's new export rules.", {("CHLBUS", "CHN", "111")}),
    ("Indonesian nickel producers accused Australia of unfair trade practices.", {("IDNBUS", "AUS", "112")}),
    ("Kazakh uranium producers signed a supply deal with France on Monday.", both("KAZBUS", "FRA", "057")),
    # other plural nouns for firms of a trade
    ("Washington sanctioned three Chinese refiners on Friday.", {("USA", "CHNBUS", "163")}),
    ("Indian refiners halted purchases of Russian crude.", {("INDBUS", "RUS", "163")}),
    ("France fined two German carmakers for colluding on emissions.", {("FRA", "DEUBUS", "172")}),
    ("The United States sanctioned four Chinese automakers.", {("USA", "CHNBUS", "163")}),
    ("South Korea praised two Japanese chipmakers.", {("KOR", "JPNBUS", "051")}),
    ("Turkey accused Greek shipbuilders of breaking the embargo.", {("TUR", "GRCBUS", "112")}),
    ("Italy imposed sanctions on two Belarusian lenders.", {("ITA", "BLRBUS", "163")}),
    ("Swiss insurers accused Moscow of seizing their assets.", {("CHEBUS", "RUS", "112")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(NEWSREAD16_SENTENCES, XFAIL))
def test_newsread16_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert full_events(rules_nlp, text) == expected


NEWSREAD16_CONTROLS: list[tuple[str, Events]] = [
    # a state described as a producer (singular) stays the state
    ("Saudi Arabia, the world's largest oil producer, criticised Iran on Monday.", {("SAU", "IRN", "111")}),
    ("Norway, Europe's largest gas producer, signed a deal with Germany.", both("NOR", "DEU", "057")),
    # nouns already listed keep BUS; exports and a refinery are no party of their own
    ("Washington blacklisted two Chinese steel companies.", {("USA", "CHNBUS", "163")}),
    ("Washington imposed sanctions on Iranian oil exports.", {("USA", "IRN", "163")}),
    ("Ukraine hit a Russian oil refinery.", {("UKR", "RUS", "190")}),
    # producers of no country: no party
    ("OPEC producers agreed to cut output.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NEWSREAD16_CONTROLS)
def test_newsread16_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert full_events(rules_nlp, text) == expected
