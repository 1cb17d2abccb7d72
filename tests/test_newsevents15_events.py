"""Generic news constructions left by rules 82 and 83 (issue 14, session 20; docs/events.md rule 86): a body's
description with a word the list leaves out, a walkout from talks, "alleged" qualifying a coordination, and a
boycott or protests called for by a state.

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Neighbours pin
the readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import coded


def mentions(nlp: Language, text: str) -> dict[str, str]:
    """The actor mentions of ``text``, text -> code."""
    return coded(nlp, text)[0]


def full(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """The asserted events of ``text`` with the actors' full codes and whole CAMEO codes."""
    return coded(nlp, text, full_codes=True, root=False)[1]


# -- 86a: a listed description with an adjective or a possessive between its words ------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an adjective inside "Europe's security forum" (before: no mention, no event)
        (
            "Russia criticised Europe's leading security forum over its report.",
            "Europe's leading security forum",
            "IGOOSC",
        ),
        # a possessive after a name inside "U.N. nuclear agency" / "UN atomic watchdog" (before: UN, or UN + IAEA)
        ("Iran rejected a resolution of the U.N.'s nuclear agency.", "U.N.'s nuclear agency", "IGOIAE"),
        ("Iran refused to cooperate with the UN's atomic watchdog.", "UN's atomic watchdog", "IGOIAE"),
    ],
)
def test_description_with_an_extra_word(rules_nlp: Language, text: str, mention: str, code: str) -> None:
    assert mentions(rules_nlp, text).get(mention) == code


def test_description_with_an_extra_word_codes_the_event(rules_nlp: Language) -> None:
    assert full(rules_nlp, "Russia criticised Europe's leading security forum over its report.") == {
        ("RUS", "IGOOSC", "111")
    }


@pytest.mark.parametrize(
    "text",
    [
        # a possessive after a word that names no actor by itself: "world body" is not let in
        "FIFA, the world's governing body of football, fined Russia.",
        # a noun between the words, not an adjective
        "The European football body banned Russian clubs.",
        # a conjunction between the words
        "The Western military and economic alliance warned Russia.",
    ],
)
def test_description_neighbours(rules_nlp: Language, text: str) -> None:
    assert not {code for code in mentions(rules_nlp, text).values() if code in ("UN", "IGOOSC", "NATO", "EU")}


# -- 86b: walking out of talks is a boycott toward the party they are with -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Palestinian delegation walked out of the talks with Israel.", {("PSEGOV", "ISR", "143")}),
        ("Armenia's delegation walked out of the negotiations with Azerbaijan on Tuesday.", {("ARMGOV", "AZE", "143")}),
        ("North Korea stormed out of the negotiations with South Korea.", {("PRK", "KOR", "143")}),
        ("Syrian rebels walked out of the peace conference with the government.", {("SYRREB", "SYRGOV", "143")}),
    ],
)
def test_walkout_from_talks(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full(rules_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner walked out of the prison in Kabul.",  # no meeting left
        "Serbian negotiators walked out of the talks.",  # no other party named
    ],
)
def test_walkout_neighbours(rules_nlp: Language, text: str) -> None:
    assert full(rules_nlp, text) == set()


# -- 86c: "alleged" before the first of coordinated acts qualifies them all ----------------------------------------


def test_alleged_reaches_the_conjunct(rules_nlp: Language) -> None:
    # before: NGO -> CHNCVL 170 asserted (the harassment), though alleged as the assault is
    events = full(rules_nlp, "Amnesty condemned the alleged assault and harassment of Uyghur women by Chinese police.")
    assert not any(code.startswith("17") or code.startswith("18") for _, _, code in events)


def test_unqualified_coordination_stays_asserted(rules_nlp: Language) -> None:
    # the doers named by a coded "by" agent: since rule 92a an uncoded one ("by government forces") leaves the act
    # with no source rather than the reporting NGO
    events = full(
        rules_nlp, "Human Rights Watch documented the torture and killing of Syrian detainees by Syrian troops."
    )
    assert any(code.startswith("18") for _, _, code in events)


# -- 86d: a boycott or protests called for by a state rallies opposition against the target ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: 020 toward the party to be boycotted, which nobody asked anything of
        ("Iran called for a boycott of American products.", {("IRN", "USA", "113")}),
        ("Turkey called for demonstrations against France.", {("TUR", "FRA", "113")}),
        ("Egypt called for a boycott of the summit with Israel.", {("EGY", "ISR", "113")}),
        # non-state callers: their own dissent (rule 82a), unchanged
        ("Kenyan opposition called for a boycott of the government's referendum.", {("KENOPP", "KENGOV", "143")}),
    ],
)
def test_called_boycott_by_a_state(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full(rules_nlp, text) == expected
