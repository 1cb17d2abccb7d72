"""Invented sentences for docs/events.md rule 171 (issue 14, session 26, branch sense1): trigger verbs in both
their senses on unseen news text.

A verb such as capture, seize, hit, strike, fire, launch, attack, invade, win, defend, engage, draw, beat or shoot
down names force or coercion with one kind of object (a town, a tanker, a target, missiles, troops) and something
else with another (a market share, the initiative, an economy, a deal, a minister, a satellite, a plan, an
election, a proposal). ``WRONG_SENSE`` rows must give no event of the roots the other sense would code;
``RIGHT_SENSE`` rows (controls) must keep the events listed (code compared on its written length: a root or a
whole sub-code).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The expected
readings were written before the coder changed; ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

FORCE = ("17", "18", "19", "20")

# (sentence, roots no event may have): the non-force (or non-diplomatic) sense
WRONG_SENSE: list[tuple[str, tuple[str, ...]]] = [
    # capture / seize / take: a market, a share, the initiative, attention, an opportunity
    ("China captured a larger share of the Russian market.", FORCE),
    ("Japanese carmakers have seized a bigger slice of the Indian market.", FORCE),
    ("Brazil's proposal captured the attention of Argentina.", FORCE),
    ("The United States seized the initiative in its talks with North Korea.", FORCE),
    ("China seized the opportunity to expand its ties with Brazil.", FORCE),
    ("Turkish exporters took a bigger share of the Iraqi market last year.", FORCE),
    # hit / strike: an economy, exporters, a nerve, a blow
    ("Western sanctions hit the Russian economy hard in 2023.", FORCE),
    ("The new American tariffs hit Chinese exporters.", FORCE),
    ("The minister's remarks struck a nerve in Beijing.", FORCE),
    ("Falling oil prices dealt a heavy blow to Nigeria's budget.", FORCE),
    # fire: a minister, a commander, voters fired up
    ("Zelensky fired the commander of Ukraine's armed forces.", FORCE),
    ("The Russian president fired his ambassador to Israel.", FORCE),
    ("The speech fired up Hungarian voters against Brussels.", FORCE),
    # launch: a satellite, a product
    ("India launched a weather satellite for Sri Lanka.", ("04", *FORCE)),
    ("Samsung launched a new phone in China on Monday.", ("04", *FORCE)),
    # attack / slam / blast: words against a plan, a report, a policy
    ("Hungary attacked the European Union's migration plan.", FORCE),
    ("The Chinese foreign ministry attacked the US report on Xinjiang.", FORCE),
    ("Iran's parliament attacked the president's budget.", FORCE),
    # invade: a market
    ("Chinese solar firms invaded the European market.", FORCE),
    # win: an election, a contract, a seat
    ("Erdogan won the presidential election in Turkey.", FORCE),
    ("A Chinese firm won a contract to build a port in Kenya.", FORCE),
    ("Kenya won a seat on the UN Security Council.", FORCE),
    # defend: a decision, a position in words
    ("Germany defended its decision to export tanks to Ukraine.", FORCE),
    # push back: against claims
    ("India pushed back against Chinese claims on the border.", FORCE),
    # shoot down: a proposal
    ("Germany shot down France's proposal for joint debt.", FORCE),
    ("Washington shot down Beijing's call for a ceasefire.", FORCE),
    # beat: a team
    ("Argentina beat Brazil 1-0 in the Copa America final.", FORCE),
    # draw: criticism
    ("Israel's plan drew sharp criticism from France.", FORCE),
]
WRONG_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "roots"), table_cases(WRONG_SENSE, WRONG_XFAIL))  # type: ignore[misc]
def test_the_other_sense_codes_no_event(rules_nlp: Language, text: str, roots: tuple[str, ...]) -> None:
    assert not {e for e in asserted(rules_nlp, text) if e[2][:2] in roots}


# (sentence, events that must be coded: (source, target, code cut to the length written))
RIGHT_SENSE: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Russian troops captured the town of Avdiivka in eastern Ukraine.", {("RUS", "UKR", "19")}),
    ("Russia took control of the village of Krynky.", {("RUS", "UKR", "19")}),
    ("Iran seized a British oil tanker in the Gulf.", {("IRN", "GBR", "171")}),
    ("Israel launched airstrikes on Yemen.", {("ISR", "YEM", "195")}),
    ("The US and China launched trade talks.", {("USA", "CHN", "04"), ("CHN", "USA", "04")}),
    ("Ukraine struck a deal with the United States on minerals.", {("UKR", "USA", "057")}),
    ("The Houthis fired missiles at Israel.", {("YEM", "ISR", "19")}),
    ("Turkey blasted Sweden over the Koran burning.", {("TUR", "SWE", "111")}),
    ("Poland's president slammed Germany's energy policy.", {("POL", "DEU", "111")}),
    ("Ukrainian troops pushed back Russian forces near Kharkiv.", {("UKR", "RUS", "19")}),
    ("Russia invaded Ukraine in February 2022.", {("RUS", "UKR", "19")}),
    ("Poland shot down a Russian drone over its territory.", {("POL", "RUS", "19")}),
    ("Thailand engaged Cambodian troops in a firefight near the border.", {("THA", "KHM", "19")}),
    ("Hezbollah and Israel engaged in a firefight across the border.", {("LBN", "ISR", "19"), ("ISR", "LBN", "19")}),
    ("The European Union engaged with Iran on its nuclear programme.", {("IGO", "IRN", "04")}),
    ("Iran and the United States held talks in Oman.", {("IRN", "USA", "04"), ("USA", "IRN", "04")}),
    # police beating protesters is violent repression, 175 (rule 195i, session 28; before: 18)
    ("Iranian police beat protesters in Tehran.", {("IRN", "IRN", "17")}),
    ("Protesters stormed the French embassy in Niamey.", {("NER", "FRA", "145")}),
    ("Israeli jets struck Hezbollah targets in southern Lebanon.", {("ISR", "LBN", "19")}),
    # criticism drawn or faced from Y is Y's (added with the fix; before: the drawer's own 111 toward Y)
    ("Israel's plan drew sharp criticism from France.", {("FRA", "ISR", "111")}),
    ("Hungary faced fresh criticism from the European Commission over its asylum law.", {("IGO", "HUN", "111")}),
    ("Russia faced a new round of sanctions from the European Union.", {("IGO", "RUS", "163")}),
    ("Iran faced fresh sanctions from Britain over its drone sales.", {("GBR", "IRN", "163")}),
    # a plan or proposal backed is endorsed, 051 (added with the fix; before: 050)
    ("Trump backed Israel's plan.", {("USA", "ISR", "051")}),
    ("Germany supported France's proposal for a new border force.", {("DEU", "FRA", "051")}),
    ("Russia backed the Syrian government in the war.", {("RUS", "SYR", "050")}),
    ("Hungary attacked the EU's plan, and the EU slammed Hungary.", {("HUN", "IGO", "111"), ("IGO", "HUN", "111")}),
]
RIGHT_XFAIL: dict[str, str] = {
    # "Ukrainian troops pushed back Russian forces near Kharkiv." passes since rule 177f ("push back" read by its
    # object as the defeat verbs; "pushed back against Chinese claims" has none and stays no force)
    "Russia faced a new round of sanctions from the European Union.": (
        "the object is 'round', no trigger and no container of goods: the sanctions in its 'of' phrase are not read"
    ),
    "The European Union engaged with Iran on its nuclear programme.": (
        "coded 050 (diplomatic cooperation), a defensible reading of 'engaged with'; the table wrote 04"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(RIGHT_SENSE, RIGHT_XFAIL))  # type: ignore[misc]
def test_the_right_sense_keeps_its_event(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    events = asserted(rules_nlp, text)
    missing = {(s, t, c) for s, t, c in expected if not any(e[:2] == (s, t) and e[2].startswith(c) for e in events)}
    assert not missing, events
