"""A measure eased in a passive with no agent, and the source's own measure in the active (issue 14, session 16;
docs/events.md rule 54).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed
classes gave a wrong event (the measure coded as imposed, 163) or none before rule 54; the neighbours pin readings
that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc

from .event_sentences import asserted, coded

# -- 54a: a measure eased in a passive with no agent reads as its active (fixed) ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EU sanctions on Russia were eased .", {("IGO", "RUS", "085")}),
        ("US sanctions against Iran were lifted .", {("USA", "IRN", "085")}),
        ("American sanctions on Venezuela were eased last week .", {("USA", "VEN", "085")}),
        ("Britain's sanctions on Russia were lifted .", {("GBR", "RUS", "085")}),
        ("Japan's embargo on North Korea was lifted on Monday .", {("JPN", "PRK", "085")}),
        ("The US embargo against Cuba was eased .", {("USA", "CUB", "085")}),
        ("US restrictions on Cuba have been relaxed .", {("USA", "CUB", "081")}),
        ("Chinese restrictions on Japanese seafood were lifted .", {("CHN", "JPN", "081")}),
        # the `reduce` wrapper on a sanction eases it (16 -> 085), as "suspended sanctions on Y" does
        ("EU sanctions on Russia were suspended .", {("IGO", "RUS", "085")}),
    ],
)
def test_eased_measure_in_an_agentless_passive_is_eased(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: the owner -> the party 163, the measure coded as imposed


@pytest.mark.parametrize(
    "text",
    [
        "The embargo against Iran was lifted .",
        "The sanctions on Iran were lifted .",
        "Restrictions on Cuba have been relaxed .",
        "Russia-related sanctions were lifted .",
    ],
)
def test_no_owner_named_gives_no_invented_source(rules_nlp: Language, text: str) -> None:
    assert coded(rules_nlp, text)[1] == set()  # an agentless passive names no source: no event, as before


def test_a_negated_easing_is_a_negated_easing(rules_nlp: Language) -> None:
    doc = rules_nlp(make_doc(rules_nlp, "US sanctions on Iran were not lifted .", published="2024-05-01"))
    events = {(e["cameo"], e["negated"]) for e in doc._.events or []}
    assert events == {("085", True)}  # before: a negated 163, the sanctions read as imposed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive with a by-agent (rule 48a) and the active read as before
        ("Sanctions against Iran were lifted by the United States .", {("USA", "IRN", "085")}),
        ("Restrictions on Cuba were relaxed by the United States .", {("USA", "CUB", "081")}),
        ("The EU lifted sanctions on Russia .", {("IGO", "RUS", "085")}),
        ("Washington eased its sanctions on Cuba .", {("USA", "CUB", "085")}),
        # imposing, tightening or keeping a measure stays 163
        ("US sanctions on Iran were imposed .", {("USA", "IRN", "163")}),
        ("EU sanctions on Russia were tightened .", {("IGO", "RUS", "163")}),
        ("US sanctions on Iran remain in place .", {("USA", "IRN", "163")}),
    ],
)
def test_neighbours_keep_their_reading(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 54b: the source's own measure named by its owner in the active (fixed) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union eased EU sanctions on Belarus .", {("IGO", "BLR", "085")}),
        ("The United States lifted American sanctions on Cuba .", {("USA", "CUB", "085")}),
        # restrictions on imports eased are economic (085, rule 317; before 081)
        ("Britain relaxed British restrictions on Chinese imports .", {("GBR", "CHN", "085")}),
        ("The United States imposed US sanctions on Iran .", {("USA", "IRN", "163")}),
    ],
)
def test_own_measure_owner_is_no_target(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event (the owner read as the target, the source itself)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington lifted US sanctions on Iran .", {("USA", "IRN", "085")}),
        ("The EU lifted EU sanctions .", set()),  # no other party named: no event
    ],
)
def test_own_measure_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
