"""ConfliBERT train error classes, round 10 (issue 14, session 20; docs/events.md rule 89).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``; events on primary
codes). Before rule 89 armed force that "left" or "began leaving" a country was no event (only "withdrew from" /
"pulled out of" were a retreat), a blockade or a siege "around" a place had no target (no event), and
"secessionists" or "households" named no role; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted


def mentions(nlp: Language, text: str) -> set[tuple[str, str]]:
    """(text, code) of the resolver's coded actor mentions of ``text``."""
    doc = nlp(text)
    return {(m.text, m.label_) for m in doc.spans.get("actors", []) if m.label_}


# -- 89a: armed force leaving a place retreats from it (fixed) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canadian troops began leaving Mali on Monday .", ("CAN", "MLI", "0874")),
        ("French soldiers have started to leave Niger .", ("FRA", "NER", "0874")),
        ("Hundreds of Russian soldiers left Syria last week .", ("RUS", "SYR", "0874")),
        ("Ethiopian soldiers quit Somalia in January .", ("ETH", "SOM", "0874")),
    ],
)
def test_forces_leaving_a_place_retreat(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)  # before: no event


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian ambassador left Mali on Monday .",  # an envoy leaving is no military act
        "Canadian tourists began leaving Mali .",  # nor are tourists
        "Government troops left five Kenyan villagers dead .",  # a result, not a departure
    ],
)
def test_no_retreat_without_forces_leaving_a_place(rules_nlp: Language, text: str) -> None:
    assert not any(code.startswith("087") for _, _, code in asserted(rules_nlp, text))


def test_withdrawal_unchanged(rules_nlp: Language) -> None:
    assert ("RUS", "SYR", "0874") in asserted(rules_nlp, "Russian troops withdrew from Syria .")


# -- 89b: a blockade or siege acts on what it is drawn around (fixed) -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli forces imposed a blockade around Gaza .", ("ISR", "PSE", "191")),
        ("Saudi warships set up blockades around Yemeni ports .", ("SAU", "YEM", "191")),
        ("The Turkish army laid siege around the Syrian town .", ("TUR", "SYR", "191")),
    ],
)
def test_containment_around_a_place(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)  # before: no event (no target)


def test_around_is_no_target_elsewhere(rules_nlp: Language) -> None:
    # "around" names a target only for a containment noun: talks around a date or troops around a town do not
    events = asserted(rules_nlp, "Kenya and Uganda held talks around the Somali elections .")
    assert not any("SOM" in (s, t) for s, t, _ in events)


def test_blockade_on_unchanged(rules_nlp: Language) -> None:
    assert ("ISR", "PSE", "191") in asserted(rules_nlp, "Israeli forces imposed a blockade on Gaza .")


def test_drills_around_unchanged(rules_nlp: Language) -> None:
    assert ("CHN", "TWN", "150") in asserted(rules_nlp, "Chinese warships held drills around Taiwan .")


# -- 89c: role nouns added as data (fixed) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Somali secessionists attacked Kenyan troops .", "Somali secessionists", "SOMREB"),
        ("The Ethiopian government and the secessionists signed a truce .", "secessionists", "ETHREB"),
        ("Kenyan households received food aid from Japan .", "Kenyan households", "KENCVL"),
    ],
)
def test_added_role_nouns(rules_nlp: Language, text: str, phrase: str, code: str) -> None:
    assert (phrase, code) in mentions(rules_nlp, text)  # before: no mention


def test_country_aid_workers_keep_their_country(rules_nlp: Language) -> None:
    # the role composition stays: "American aid workers" is USANGO, not USA + NGO
    assert ("American aid workers", "USANGO") in mentions(rules_nlp, "Kenya expelled American aid workers .")
