"""ConfliBERT train error classes, round 11 (issue 14, session 21; docs/events.md rule 96).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``; events on primary
codes). Before rule 96a a passive expulsion of a diplomat "from" a country was no event: the phrase "expel
ambassador" (166, a root of reduced relations) made rule 55 read the expelled envoy as a reduced cooperative act
whose owner (his own country) was the source, with no target left; rule 31's own example ("the Saudi ambassador
was expelled from Canada") had stopped coding. The neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 96a: a party expelled "from" a country is the target of that country (fixed) -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Saudi ambassador was expelled from Canada .", ("CAN", "SAU", "166")),
        ("The Chilean ambassador was expelled from Peru on Friday .", ("PER", "CHL", "166")),
        ("Two Dutch diplomats have been expelled from Turkey .", ("TUR", "NLD", "166")),
    ],
)
def test_envoy_expelled_from_a_country(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)  # before: no event


def test_expelled_envoy_is_no_source(rules_nlp: Language) -> None:
    # before the fix the envoy's own country was the source of the reduced "act"
    events = asserted(rules_nlp, "The Chilean ambassador was expelled from Peru on Friday .")
    assert not any(source == "CHL" for source, _, _ in events)


def test_inspectors_expelled_keep_their_organisation(rules_nlp: Language) -> None:
    # the removed party named in the subject's own phrase stays the target (as before the change)
    events = asserted(rules_nlp, "Two inspectors for the UN agency have been expelled from Iran .")
    assert ("IRN", "IGO", "1662") in {(s, "IGO" if t in {"UN", "IGO"} else t, c) for s, t, c in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three Egyptian journalists were deported from Qatar .", ("QAT", "EGY", "174")),  # deportation unchanged
        ("US aid to Egypt was suspended .", ("USA", "EGY", "162")),  # rule 55's reduced act unchanged
    ],
)
def test_neighbours_unchanged(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)


def test_expelled_with_no_place_is_no_event(rules_nlp: Language) -> None:
    # no "from" phrase, no agent: nobody is named as the remover
    assert not asserted(rules_nlp, "American diplomats were expelled .")
