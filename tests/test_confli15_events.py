"""A discussion's topic, a comment's topic, a mission gone to, a possessive split by pre-tokenised text (issue 14,
session 17; docs/events.md rule 56).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Each fixed class
was coded otherwise before rule 56 (said per case); the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.ingest.segment import spaced_possessives
from detente.nlp.pipeline import make_doc

from .event_sentences import asserted

# -- 56a: a discussion verb's object is its topic, not a party (fixed) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: RUS <-> IRN and ISR <-> IRN, the topic's owner read as the partner
        ("Russia and Israel discussed Iran's presence in Syria .", {("RUS", "ISR", "040"), ("ISR", "RUS", "040")}),
        # before: also RUS <-> IRN from the purpose clause
        (
            "Lavrov held talks with Netanyahu to discuss Iran's role in Syria .",
            {("RUS", "ISR", "040"), ("ISR", "RUS", "040")},
        ),
        # before: also RUS <-> SYR
        ("Lavrov discussed Syria with Netanyahu .", {("RUS", "ISR", "040"), ("ISR", "RUS", "040")}),
        # before: FRA <-> IRN, DEU <-> IRN (the passive subject is the topic too)
        (
            "Iran's nuclear program was discussed by France and Germany .",
            {("FRA", "DEU", "040"), ("DEU", "FRA", "040")},
        ),
        # a wrapped discussion (before: FRA <-> IRN, DEU <-> IRN)
        (
            "France and Germany agreed to discuss Iran's nuclear program .",
            {("FRA", "DEU", "036"), ("DEU", "FRA", "036")},
        ),
        # a partner the parser hung on the object (before: RUS -> UKR)
        ("Russia wants to discuss Ukraine's neutrality with the United States .", {("RUS", "USA", "036")}),
    ],
)
def test_discussion_partners_not_topic(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["The French president discussed Iran's nuclear program .", "Russia plans to discuss Ukraine's neutrality ."],
)
def test_discussion_with_no_partner_gives_no_event(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()  # before: FRA <-> IRN 040, RUS -> UKR 036


# -- 56b: another party's act below the object of a comment gives way to the comment (fixed) ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: also USA -> ISR 054 (the decided move)
        (
            "Israel praised the American president's decision to move the embassy to Jerusalem .",
            {("ISR", "USA", "051")},
        ),
        # before: also USA -> SYR 0874
        ("Russia welcomed the US decision to withdraw troops from Syria .", {("RUS", "USA", "051")}),
        # before: also TUR -> LBY 150
        ("Egypt condemned Turkey's decision to send troops to Libya .", {("EGY", "TUR", "111")}),
    ],
)
def test_commented_act_gives_way_to_the_comment(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 56c: a peacekeeping mission an act goes to is no act of its own (fixed) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: GBR -> MLI 150 and UN -> MLI 074 (the mission)
        ("Britain is deploying 300 troops to the UN peacekeeping mission in Mali .", {("GBR", "MLI", "074")}),
        # before: also UN -> SSD 074
        (
            "Japan is sending engineers to the United Nations peacekeeping force in South Sudan .",
            {("JPN", "SSD", "070")},
        ),
        # before: also UN -> COD 074 ("operation", refined by its modifier)
        ("Kenya sent aid to the UN peacekeeping operation in Congo .", {("KEN", "COD", "070")}),
    ],
)
def test_mission_gone_to_is_no_act(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 56d: a possessive "’ s" split off its word by pre-tokenised text (fixed) -------------------------------------


def test_spaced_possessives_found() -> None:
    text = "Japan ’ s government and Israel ’ s army , ’ s , Japan’s , Japan 's"
    assert [text[s:e] for s, e in spaced_possessives(text)] == ["’ s", "’ s"]
    assert spaced_possessives("Don ’ t go , it ’ s late") == [(16, 19)]  # the clitic "s" only, not "’ t"


def test_spaced_possessive_is_one_token(rules_nlp: Language) -> None:
    doc = make_doc(rules_nlp, "Japan ’ s government resigned .")
    assert [t.text for t in doc] == ["Japan", "’ s", "government", "resigned", "."]
    assert doc[1].norm_ == "'s"
    assert doc.text == "Japan ’ s government resigned ."  # the text and its offsets are kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: no event (the subject lost: "s" parsed as a noun of its own)
        ("The EU ’ s foreign policy chief rejected Iran ’ s proposal .", {("IGO", "IRN", "120")}),
        (
            "The EU ’ s top diplomat on Monday rejected Israeli Prime Minister Benjamin Netanyahu ’ s suggestion .",
            {("IGO", "ISR", "120")},
        ),
        (
            "Vietnam ’ s Prime Minister Nguyen Xuan Phuc expressed condolences"
            " to the families of the Chinese victims .",
            {("VNM", "CHN", "018")},
        ),
        # before: CAN -> UKR 111 besides, and no annexation
        (
            "Canada ’ s foreign minister condemned Russia ’ s annexation of Crimea .",
            {("CAN", "RUS", "111"), ("RUS", "UKR", "192")},
        ),
    ],
)
def test_spaced_possessive_reads_as_a_possessive(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected
    assert asserted(rules_nlp, text.replace(" ’ s", " 's")) == expected  # as the straight apostrophe reads


# -- neighbours that must not change --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macron met Putin to discuss the war in Ukraine .", {("FRA", "RUS", "040"), ("RUS", "FRA", "040")}),
        # the object noun itself is what is condemned: both acts stay
        ("Egypt condemned Turkey's invasion of Syria .", {("EGY", "TUR", "111"), ("TUR", "SYR", "190")}),
        ("Turkey decided to send troops to Libya .", {("TUR", "LBY", "150")}),
        # rule 52b and a deployment with no mission
        ("Britain deployed 300 troops to Mali on a peacekeeping mission .", {("GBR", "MLI", "074")}),
        ("Britain deployed 300 troops to Mali .", {("GBR", "MLI", "150")}),
        ("Egypt 's army attacked rebel positions in Libya 's east .", {("EGY", "LBY", "190")}),
    ],
)
def test_neighbours_keep_their_reading(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
