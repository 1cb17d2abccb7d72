"""Round 35 of issue 13 (docs/causal.md): a cause ends before a trailing time-order or participle clause.

- With ``cause_end_trim`` (classifier.json: ``["time", "participle"]``) a cause is cut before a trailing clause or
  phrase that hangs on a word inside it and tells something else about it, as CNC marks causes: a time order opened
  by a word of markers.yml ``cause_end_stops.time`` ("a march by farmers | following the arrest of ..."), a
  participle clause opened by a word of ``cause_end_stops.participle`` ("a strike by dock workers | demanding ...").
- What is kept holds three words at least ("slogans demanding justice" stays whole), a time phrase on a participle
  that names its noun ("the sanctions imposed after the border war") stays, and the ``relative`` class is measured
  and not shipped; a time order inside a relative clause ("the tariff that the government announced after the
  summit") stays too.

Sentences are made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_markers import load_lexicon
from detente.nlp.causal_parse import cause_end_cut
from detente.nlp.causal_rules import Extractor
from tests.causal_sentences import extractor_with
from tests.conftest import only_sentence, words_of


def _extractor(classes: tuple[str, ...]) -> Extractor:
    return extractor_with(cause_end_trim=classes)


@pytest.fixture(scope="module")
def trimmed() -> Extractor:
    return _extractor(("time", "participle"))


@pytest.fixture(scope="module")
def untrimmed() -> Extractor:
    return _extractor(())


def pairs(parse: Language, extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in extractor.extract(only_sentence(parse, text))]


@pytest.mark.parametrize(
    ("text", "before", "after", "effect"),
    [
        # a participle clause of demand or protest on the cause's noun
        (
            "The port was closed because of a strike by dock workers demanding higher wages.",
            "a strike by dock workers demanding higher wages",
            "a strike by dock workers",
            "The port was closed",
        ),
        (
            "The factory closed because of a strike by workers protesting against the new shift rules.",
            "a strike by workers protesting against the new shift rules",
            "a strike by workers",
            "The factory closed",
        ),
        # a time order: what the cause followed is another event, not part of it
        (
            "Traffic was disrupted because of a march by farmers following the arrest of their leader.",
            "a march by farmers following the arrest of their leader",
            "a march by farmers",
            "Traffic was disrupted",
        ),
    ],
)
def test_a_cause_ends_before_a_trailing_clause(
    parse: Language, trimmed: Extractor, untrimmed: Extractor, text: str, before: str, after: str, effect: str
) -> None:
    assert pairs(parse, untrimmed, text) == [(before, effect)]
    assert pairs(parse, trimmed, text) == [(after, effect)]


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        # fewer than three words would be left: the bare noun is the head CNC keeps its clause on
        ("The road was blocked due to slogans demanding justice.", "slogans demanding justice"),
        # a time phrase on a participle that names which sanctions
        (
            "Exports fell because of the sanctions imposed after the border war.",
            "the sanctions imposed after the border war",
        ),
        # a time clause inside a relative clause that says which tariff
        (
            "Exports fell because of the tariff that the government announced after the summit.",
            "the tariff that the government announced after the summit",
        ),
        # nothing trails
        ("Shops were closed because of protests.", "protests"),
    ],
)
def test_a_cause_is_kept_whole(parse: Language, trimmed: Extractor, text: str, cause: str) -> None:
    assert [c for c, _ in pairs(parse, trimmed, text)] == [cause]


def test_only_the_classes_given_are_cut(parse: Language) -> None:
    text = "The port was closed because of a strike by dock workers demanding higher wages."
    lex = load_lexicon()
    cause = words_of(only_sentence(parse, text), "a strike by dock workers demanding higher wages")
    assert cause_end_cut(cause, {}) == cause
    assert cause_end_cut(cause, {"time": lex.cause_end_stops["time"]}) == cause
    cut = cause_end_cut(cause, {"participle": lex.cause_end_stops["participle"]})
    assert " ".join(t.text for t in cut) == "a strike by dock workers"


def test_the_component_ships_time_and_participle_cuts(linear_causal: Language) -> None:
    comp = linear_causal.get_pipe("causal_extractor")
    assert comp.classifier.settings.cause_end_trim == ("time", "participle")
    assert comp.extractor.settings.cause_end_trim == ("time", "participle")
    assert set(comp.extractor.lex.cause_end_stops) == {"relative", "time", "participle"}
    doc = linear_causal("Traffic was disrupted because of a march by farmers following the arrest of their leader.")
    assert "a march by farmers" in {c["cause"] for c in doc._.causal}
