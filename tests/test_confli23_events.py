"""Word senses that are no interstate act, and a hoped-for act (issue 14, session 22; docs/events.md rule 114).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed
sentences were coded before rule 114 (043 toward the show's topic, 020 toward the party met, the hoped-for act
asserted); the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, roots

# -- 114a: a host of a show presents it; no visitor is received (fixed) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Obama hosted a television program about Russia .",
        "Trump hosted a radio show about Iran .",
        "Putin hosted a television series about Germany .",
    ],
)
def test_host_of_a_show_is_no_visit(rules_nlp: Language, text: str) -> None:
    assert not {e for e in roots(asserted(rules_nlp, text)) if e[2] == "04"}  # before: X -> the topic 043


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macron hosted the German chancellor in Paris .", ("FRA", "DEU", "04")),
        ("Japan hosted a delegation from South Korea on Monday .", ("JPN", "KOR", "04")),
    ],
)
def test_host_of_a_guest_is_still_a_visit(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(asserted(rules_nlp, text))


# -- 114b: "asked about" with no addressee is a question, not an appeal (fixed) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The French minister met the German envoy and asked about her health .",
        "Biden asked about his health during the call with Macron .",
        "Merkel phoned the Polish president and asked about the border .",
    ],
)
def test_asking_about_is_no_appeal(rules_nlp: Language, text: str) -> None:
    assert not {e for e in roots(asserted(rules_nlp, text)) if e[2] == "02"}  # before: an 020 appeal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya asked Ethiopia for help .", ("KEN", "ETH", "02")),
        ("Kenya asked for help from Ethiopia .", ("KEN", "ETH", "02")),
        ("Turkey asked Russia about the missile deal .", ("TUR", "RUS", "02")),
        ("Poland asked Germany to send more tanks .", ("POL", "DEU", "02")),
    ],
)
def test_asking_a_party_is_still_an_appeal(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(asserted(rules_nlp, text))


# -- 114c: the that-clause of a verb of hoping states a wish, not an act (fixed) -------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya hopes Uganda will send troops to Somalia .", ("UGA", "SOM")),
        ("Kenya hoped that Uganda would sign the deal with Somalia .", ("UGA", "SOM")),
        (
            "Germany's chancellor has said he hopes Poland and Spain will persuade Russian President Putin to lift"
            " the ban .",
            ("POL", "RUS"),
        ),
    ],
)
def test_hoped_for_act_is_not_asserted(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert pair not in {(s, t) for s, t, _ in asserted(rules_nlp, text)}  # before: asserted


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya said Uganda will send troops to Somalia .", ("UGA", "SOM")),
        ("Kenya announced that Uganda sent troops to Somalia .", ("UGA", "SOM")),
    ],
)
def test_said_act_is_still_coded(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert pair in {(s, t) for s, t, _ in asserted(rules_nlp, text)}


# -- 114d: "X hopes Y will do Z" is X's appeal to Y, as "X wants Y to do Z" is (fixed) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya hopes Uganda will send troops to Somalia .", ("KEN", "UGA", "02")),
        ("Kenya hoped that Uganda would sign the deal with Somalia .", ("KEN", "UGA", "02")),
        (
            "Germany's chancellor has said he hopes Poland and Spain will persuade Russian President Putin to lift"
            " the ban .",
            ("DEU", "POL", "02"),
        ),
    ],
)
def test_hope_that_a_party_will_act_is_an_appeal_to_it(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in roots(asserted(rules_nlp, text))  # before: no appeal, the hoped-for act asserted


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hopes Uganda won the match .",  # no modal: a past event hoped true, no appeal
        "Kenya hopes Uganda will not attack Somalia .",  # a hope for restraint: left to the main rules
    ],
)
def test_hope_without_a_future_act_is_no_appeal(rules_nlp: Language, text: str) -> None:
    assert ("KEN", "UGA", "02") not in roots(asserted(rules_nlp, text))
