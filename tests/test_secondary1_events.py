"""Secondary sanctions and tariffs in 2025 wire style (issue 14, session 35, secondary1; docs/events.md rule 354).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A sanction, a
tariff or a penalty (CAMEO 163; threatened 1312) laid on the buyers, customers, importers or trading partners of a
party's goods is aimed at those buyers, the act's direct target: named ("on India for buying Russian oil", "on
Chinese refiners that buy Iranian oil") they are the target; unnamed ("countries buying Russian oil", "buyers of
Iranian oil", "any nation that trades with Iran") the act names no target, and the seller, whom the pressure is
meant for, is not coded as one (rule 202: "threatened secondary tariffs on countries that buy Russian oil" codes
nothing). Controls: sanctions and tariffs on the seller itself stay aimed at it. ``XFAIL`` keeps the rows the
change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]
NONE: Events = set()


SECONDARY1_SENTENCES: list[tuple[str, Events]] = [
    # unnamed buyers: no target
    ("Trump threatened secondary tariffs on countries buying Russian oil.", NONE),
    ("The White House threatened a 25 percent tariff on nations buying Venezuelan oil.", NONE),
    ("The United States imposed secondary sanctions on buyers of Iranian oil.", NONE),
    ("Trump threatened secondary tariffs on buyers of Venezuelan crude.", NONE),
    ("Washington threatened sanctions on any country that trades with Iran.", NONE),
    ("The Senate bill would impose 500 percent tariffs on countries that buy Russian energy.", NONE),
    ("Trump threatened penalties on importers of Iranian oil.", NONE),
    ("Trump threatened countries that buy Russian oil with secondary tariffs.", NONE),
    # named buyers: they are the target
    ("Washington imposed sanctions on Indian refiners for buying Iranian oil.", {("USA", "IND", "163")}),
    (
        "The United States slapped a 25 percent tariff on India over its purchases of Russian oil.",
        {("USA", "IND", "163")},
    ),
    ("Trump threatened China with tariffs for buying Russian oil.", {("USA", "CHN", "1312")}),
    ("The Treasury sanctioned Chinese teapot refineries that buy Iranian crude.", {("USA", "CHN", "163")}),
    ("Britain sanctioned Chinese firms that supply components to Russia's military.", {("GBR", "CHN", "163")}),
    ("The EU imposed sanctions on Chinese companies supplying Russia with drone parts.", {("IGO", "CHN", "163")}),
    ("The United States threatened Turkey with sanctions over its purchases of Russian gas.", {("USA", "TUR", "1312")}),
    (
        "Trump imposed tariffs on Brazil and India, two major buyers of Russian diesel.",
        {("USA", "BRA", "163"), ("USA", "IND", "163")},
    ),
]

XFAIL: dict[str, str] = {
    "Trump threatened countries that buy Russian oil with secondary tariffs.": (
        "the parser reads 'Trump threatened' as modifiers of 'countries' (the root), so no threat is read and the "
        "relative clause's buying is coded as the root's own 061"
    ),
    "The EU imposed sanctions on Chinese companies supplying Russia with drone parts.": (
        "the participle's supply is coded as its own event (CHN -> RUS 072) beside the sanction; whether a "
        "sanctioned party's alleged act is an event is rule 279b's grievance question, not this rule's"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(SECONDARY1_SENTENCES, XFAIL))
def test_secondary1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a sanction or tariff on the seller itself stays aimed at it ---------------------------------------

SECONDARY1_CONTROLS: list[tuple[str, Events]] = [
    ("The United States imposed new sanctions on Russia's oil exports.", {("USA", "RUS", "163")}),
    ("The EU adopted sanctions on Russian oil companies.", {("IGO", "RUS", "163")}),
    ("Trump threatened Russia with secondary tariffs.", {("USA", "RUS", "1312")}),
    ("The United States threatened to impose sanctions on Moscow.", {("USA", "RUS", "1312")}),
    ("Washington imposed tariffs on imports from Venezuela.", {("USA", "VEN", "163")}),
    ("Japan imposed sanctions on Iranian oil exporters.", {("JPN", "IRN", "163")}),
]


@pytest.mark.parametrize(("text", "expected"), SECONDARY1_CONTROLS)
def test_secondary1_control_keeps_the_seller(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
