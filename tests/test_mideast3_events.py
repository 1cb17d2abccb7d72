"""A state's facility or ship abroad as the target of force, in 2025 Middle East wire style (issue 14, session 34,
branch mideast3; docs/events.md rule 314).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts: Iranian and militia fire at US bases in Qatar, Iraq and Syria, Israeli strikes on Iranian and Turkish
posts in Syria, the Damascus consulate, the Gaza flotilla boats struck in Tunisia. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Codes were written from
the CAMEO codebook before the run: missiles and rockets 194 (rule 273), drones, jets and air strikes 195, a
struck post with no means named 190. The construction: a state named as the possessor or nationality modifier of a
base, an embassy, a consulate or a ship ("a US air base in Qatar", "Iran's consulate in Damascus", "a
Portuguese-flagged boat in Tunisia") is the party the force is used against; the country the post stands in is
its host, not a target, unless the post is the doer's own country's. Controls: a group's positions abroad still fall
on the host's ground (rule 36), a post of the doer's own country abroad keeps its host, a base at home, a
hypothetical, a negation and a threat. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


MIDEAST3_SENTENCES: list[tuple[str, Events]] = [
    # a US base in a host country
    ("Iran launched ballistic missiles at a US military base in Iraq on Tuesday.", {("IRN", "USA", "194")}),
    ("Iran fired missiles at the American air base in Qatar.", {("IRN", "USA", "194")}),
    ("Iranian drones attacked a US base in Syria on Sunday.", {("IRN", "USA", "195")}),
    ("Iraqi militias fired rockets at a US base in Syria.", {("IRQ", "USA", "194")}),
    ("A US base in Iraq was attacked by Iranian drones.", {("IRN", "USA", "195")}),
    ("Iran targeted the US air base in Qatar with missiles.", {("IRN", "USA", "194")}),
    # other states' bases: nationality word and possessor
    ("Israeli jets struck an Iranian base in Syria.", {("ISR", "IRN", "195")}),
    ("Israeli warplanes bombed a Turkish military base in Syria.", {("ISR", "TUR", "195")}),
    ("Ukrainian drones struck a Russian air base in Syria.", {("UKR", "RUS", "195")}),
    ("Israel struck Iran's air base in Syria with missiles.", {("ISR", "IRN", "194")}),
    # embassies and consulates
    ("Israeli jets bombed Iran's consulate in Damascus.", {("ISR", "IRN", "195")}),
    ("Iraqi militias fired rockets at the US embassy in Baghdad.", {("IRQ", "USA", "194")}),
    ("Israel struck the Iranian embassy in Beirut with drones.", {("ISR", "IRN", "195")}),
    # ships of a flag
    ("Israeli drones attacked a Portuguese-flagged boat in Tunisia.", {("ISR", "PRT", "195")}),
    ("Israel struck an Iranian tanker in Yemen with missiles.", {("ISR", "IRN", "194")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(MIDEAST3_SENTENCES, XFAIL))
def test_mideast3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a group's positions abroad, a base at home, hypotheticals, negations, a threat ---------------------

MIDEAST3_CONTROLS: list[tuple[str, Events]] = [
    ("Turkish drones struck PKK camps in northern Iraq.", {("TUR", "IRQ", "195")}),
    # added after the first run as a check that rule 36 is kept where its phrase is the target's own; the
    # expectation is the coder's output before and after (the PKK is TURREB: the domestic pair TUR -> TUR stands)
    ("Turkish jets struck PKK targets stationed in northern Iraq.", {("TUR", "IRQ", "195"), ("TUR", "TUR", "195")}),
    ("Israeli jets struck Houthi positions in Yemen.", {("ISR", "YEM", "195")}),
    ("Iran fired missiles at Israel's Nevatim air base.", {("IRN", "ISR", "194")}),
    # added after the first guard run (a ConfliBERT-train pair lost, see docs/events.md rule 314): a post of the
    # doer's own country abroad keeps its host, the only party of another country (rule 36), beside the domestic pair
    ("Iraqi insurgents attacked the Iraqi embassy in Amman.", {("IRQ", "IRQ", "190"), ("IRQ", "JOR", "190")}),
    ("Iran could fire missiles at US bases in Qatar.", set()),
    ("Iran did not fire missiles at the US base in Qatar.", set()),
    ("Iran threatened to strike US bases in Iraq.", {("IRN", "USA", "138")}),
]

CONTROL_XFAIL: dict[str, str] = {
    "Turkish drones struck PKK camps in northern Iraq.": "the parser hangs 'in northern Iraq' on the verb, not on "
    "'camps', so rule 36 (the target's own 'in' phrase) does not read it, and the PKK (TURREB) is a domestic "
    "TUR -> TUR pair; as first written, the host IRQ was expected",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(MIDEAST3_CONTROLS, CONTROL_XFAIL))
def test_mideast3_control_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
