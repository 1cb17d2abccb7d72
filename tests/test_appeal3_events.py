"""An appeal for a thing on a dividing place names no addressee there (issue 14, session 28, branch appeal3;
docs/events.md rule 203).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
An appeal "for" a thing with no one asked (no "on Y", no "Y to") is coded toward no one when the only party in
reach is the pair of a place or structure the thing lies on ("a wall between X and Y", "fencing on its border with
Y"): the pair says where, not whom the appeal is made to. Controls keep their events: an act between the parties
asked for ("talks between Y and Z" 026, "a ceasefire between Y and Z" / "on the border between Y and Z" 0256), an
addressee named ("called on Y to ..."), rule 51b's own-pair reading outside a place ("harm relations between X and
Y", "closer ties between X and Y").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


def both(a: str, b: str, source: str, code: str) -> Events:
    """One act of ``source`` toward each of two parties."""
    return {(source, a, code), (source, b, code)}


APPEAL3_SENTENCES: list[tuple[str, Events]] = [
    # the pair of a border wall, fence or barrier an appeal asks for: no addressee, no event
    ("Trump called for a wall between the United States and Mexico.", set()),
    ("Trump called for construction to begin on the wall between the United States and Mexico.", set()),
    ("Trump signed an order calling for work to begin on the border wall between the United States and Mexico.", set()),
    (
        "Mexico and the United States share a long frontier. Trump called for work to begin on the wall between the "
        "two countries.",
        set(),
    ),
    ("India called for a fence along the border between India and Bangladesh.", set()),
    ("Poland called for more barriers on the frontier between Poland and Belarus.", set()),
    ("Greece called for funding for the fence on the border between Greece and Turkey.", set()),
    ("Lithuania called for more guards at the border between Lithuania and Belarus.", set()),
    ("Hungary called for a higher fence on the boundary between Hungary and Serbia.", set()),
    ("Latvia urged faster construction of the fence between Latvia and Russia.", set()),
    # "on the border with Y" inside the thing asked for
    ("Finland called for new fencing on its border with Russia.", set()),
    ("Norway called for stronger barriers on the border with Russia.", set()),
    ("Estonia appealed for money to build barriers on its frontier with Russia.", set()),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(APPEAL3_SENTENCES, XFAIL))
def test_appeal3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: an act between the parties asked for, an addressee, rule 51b outside a place ---------------------

APPEAL3_CONTROLS: list[tuple[str, Events]] = [
    ("Germany called for talks between Russia and Ukraine.", both("RUS", "UKR", "DEU", "026")),
    ("The EU called for a ceasefire between Israel and Iran.", both("ISR", "IRN", "IGO", "0256")),
    ("Kenya called for a ceasefire on the border between Sudan and South Sudan.", both("SDN", "SSD", "KEN", "0256")),
    ("India called for a ceasefire along the border with Pakistan.", {("IND", "PAK", "0256")}),
    ("India called for talks between India and Pakistan.", {("IND", "PAK", "026")}),
    ("Pakistan called for talks with India on the border dispute.", {("PAK", "IND", "026")}),
    ("Trump called on Mexico to pay for the wall on the border between the two countries.", {("USA", "MEX", "020")}),
    ("India called for aid to flood victims in Bangladesh.", {("IND", "BGD", "023")}),
    ("Japan warned that the tests would harm relations between Tokyo and Pyongyang.", {("JPN", "PRK", "130")}),
    ("Spain called for closer ties between Spain and Morocco.", {("ESP", "MAR", "020")}),
]


@pytest.mark.parametrize(("text", "expected"), APPEAL3_CONTROLS)
def test_appeal3_control_keeps_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
