"""Round 54 of issue 13 (docs/causal.md): a place dateline at a sentence's start is cut from a cause or effect.

A news story's first sentence opens with where it was filed ("Lisbon \u2014 The council ...", "OSLO, Norway \u2014",
"GENEVA (Reuters) \u2014"); the dateline is no part of the cause or effect that starts there. A name set off by a
dash inside a sentence, or an aside on a person, stays.

Each sentence is made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_parse import after_place_dateline

from .causal_sentences import extractor_with, pairs


def _words(nlp: Language, text: str) -> str:
    return " ".join(t.text for t in after_place_dateline(list(nlp(text))))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Lisbon \u2014 The port authority raised harbour fees for cargo ships", "The port authority raised"),
        ("OSLO, Norway \u2014 The fishing union called a strike over quotas", "The fishing union called"),
        ("GENEVA (Reuters) \u2013 Aid groups suspended deliveries to the camps", "Aid groups suspended"),
        ("NAIROBI - Farmers blocked the highway into the capital", "Farmers blocked the highway"),
        ("LIMA/QUITO \u2013 March 3, 2024 \u2013 Both governments recalled their envoys", "Both governments recalled"),
    ],
)
def test_a_span_opening_with_a_place_dateline_keeps_what_follows(parse: Language, text: str, kept: str) -> None:
    assert _words(parse, text).startswith(kept)


@pytest.mark.parametrize(
    "text",
    [
        "Ex - Navy chief Carl Brandt was among those questioned",  # a hyphen in title case is a word's piece
        "Marta \u2013 who has led the union for years \u2013 resigned",  # an aside on a name
        "Lisbon \u2014 quiet again",  # fewer than three words would remain
        "The port authority raised fees",  # no dash at all
        "Fees rose in Lisbon \u2014 the port's busiest month",  # the dash is not after the span's opening words
    ],
)
def test_a_span_with_no_place_dateline_stays_whole(parse: Language, text: str) -> None:
    assert _words(parse, text) == " ".join(t.text for t in parse(text))


def test_a_dash_inside_a_sentence_is_no_dateline(parse: Language) -> None:
    # the span "Lisbon — the city council ..." does not start its sentence: a dash after a clause is an aside
    doc = parse("The strike spread to Lisbon \u2014 the city council closed schools because of it.")
    tokens = [t for t in doc if t.i >= next(t.i for t in doc if t.text == "Lisbon")]
    assert after_place_dateline(tokens) == tokens


def test_a_rule_claim_drops_the_place_dateline(parse: Language) -> None:
    text = "Lisbon \u2014 The port authority raised harbour fees, forcing shipping lines to reroute cargo."
    ex = extractor_with(trim_place_datelines=True)
    found = pairs(parse, ex, text)
    assert found, "the participle clause gives a claim"
    assert all("Lisbon" not in cause and "Lisbon" not in effect for cause, effect, _ in found)
    assert any(cause.startswith("The port authority raised") for cause, _, _ in found)
    plain = extractor_with(trim_place_datelines=False)
    assert any("Lisbon" in cause + effect for cause, effect, _ in pairs(parse, plain, text))


def test_the_shipped_classifier_turns_the_trim_on() -> None:
    import json
    from importlib import resources

    shipped = json.loads((resources.files("detente") / "data" / "causal" / "classifier.json").read_text())
    assert shipped["trim_place_datelines"] is True
