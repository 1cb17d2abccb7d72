"""Round 14 of issue 13 (docs/causal.md): publication stamps without a colon cut from the front of a span.

A news page's headline and stamp ("... rally May 22 , 2012 00:00 IST Tourist cab drivers took out a rally") are
glued to the first sentence of its story; the stamp ends the heading the way a colon does (``after_heading``),
so a cause or effect that runs through one keeps what follows it. A date inside the clause ("On August 16 ,
2012 , ...") is no stamp and stays.

Each sentence is made up for the test.
"""

from __future__ import annotations

import math

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Extractor, load_lexicon
from detente.nlp.causal_parse import after_dateline, after_reporting
from detente.nlp.pipeline import build_pipeline

from .causal_sentences import claims_at, extractor_with, pairs, sentence, settings_set, tagger_reading


def _words(nlp: Language, text: str) -> str:
    return " ".join(t.text for t in after_dateline(list(nlp(text))))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Bus owners stage walkout March 03 , 2014 00:00 IST Bus owners in the district stopped services",
            "Bus owners in the district stopped services",
        ),
        (
            "Sunday, 4 May 2025, 09:40 The ministry closed the border crossing",
            "The ministry closed the border crossing",
        ),
        ("Jan. 3, 2020 9:30 a.m. EST Shares of the carrier fell sharply", "Shares of the carrier fell sharply"),
        ("LISBON – June 2, 2024 – A long strike by dock workers ended", "A long strike by dock workers ended"),
        ("date 2024-06-02 118 The council postponed the vote", "The council postponed the vote"),
        (
            "Port strike ends Staff Reporter LAGOS , March 4 ( Reuters ) - Dock workers went back",
            "Dock workers went back",
        ),
    ],
)
def test_a_span_through_a_publication_stamp_keeps_what_follows(parse: Language, text: str, kept: str) -> None:
    assert _words(parse, text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "On March 3 , 2014 , bus owners in the district stopped services",  # a date in the clause
        "the walkout on June 2, 2024 at 10:00 hurt the port",  # a date and time inside the phrase
        "Shares fell sharply May 03 , 2014 00:00 IST",  # nothing after the stamp: kept whole
        "US President Joe Biden met the Mexican delegation",  # capitals that are not a time zone
    ],
)
def test_a_date_inside_the_clause_is_no_stamp(parse: Language, text: str) -> None:
    tokens = " ".join(t.text for t in parse(text))
    assert _words(parse, text) == tokens


@pytest.fixture(scope="module")
def dateline_extractor() -> Extractor:
    return extractor_with(trim_headings=True, trim_datelines=True)


def test_a_rule_claim_drops_the_headline_and_stamp(parse: Language, dateline_extractor: Extractor) -> None:
    text = (
        "Traders shut shops April 11 , 2015 00:00 IST Traders in the old market shut their shops "
        "because of the new levy on goods."
    )
    found = pairs(parse, dateline_extractor, text)
    assert ("the new levy on goods", "Traders in the old market shut their shops", "because of") in found
    # without the switch the headline and the stamp stay in the effect
    plain = pairs(parse, extractor_with(), text)
    assert all("IST" in effect for _, effect, _ in plain)


# --- an effect that is a report keeps the reported clause


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("A spokesman said two guards were hurt after the crowd stormed the depot.", "two guards were hurt"),
        (
            "The mayor said the talks had failed and added that the market stayed shut after the curfew began.",
            "the market stayed shut",
        ),
    ],
)
@pytest.mark.parametrize("trim", [True, False])
def test_an_effect_that_is_a_report_keeps_what_was_reported(
    parse: Language, text: str, effect: str, trim: bool
) -> None:
    # the spans as a tagger or a clause split gives them: the whole clause before "after" as the effect
    ex = extractor_with(trim_reports=trim)
    sent = sentence(parse, text)
    cut = next(t.i for t in sent if t.lower_ == "after")
    found: list[dict] = []
    ex.claim(found, sent, list(sent[cut + 1 : -1]), list(sent[:cut]), [sent[cut]], "+", split=False)
    assert [c["effect"] for c in found] == [effect if trim else sent[:cut].text]


@pytest.mark.parametrize(
    "text",
    [
        "the fuel prices that officials said would rise",  # headed by a noun: no report
        "Officials said so",  # nothing of two words reported
    ],
)
def test_a_span_that_is_no_report_stays_whole(parse: Language, text: str) -> None:
    tokens = list(parse(text))
    assert after_reporting(tokens, load_lexicon().reporting_verbs) == tokens


# --- the tagger's pair goes before the last-resort subject -> predicate split


SUBJECT_ONLY = "The long drought emptied the village wells in the hills."


@pytest.fixture(scope="module")
def component() -> Language:
    return build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})


def _claims(component: Language, text: str, reading: dict, min_score: float) -> list[dict]:
    with settings_set(component, tag_over_subject_split_min_score=min_score, tag_over_implicit_min_score=10.0):
        return claims_at(component, text, reading)


@pytest.mark.parametrize(
    ("min_score", "score", "tagger_wins"),
    [
        (math.inf, 5.0, False),  # off: under tag_over_implicit_min_score (10) the subject split stands
        (3.0, 5.0, True),  # the split is the last resort: a pair scoring 3 or more goes first
        (6.0, 5.0, False),  # the pair is not sure enough
    ],
)
def test_a_tagger_pair_goes_before_the_subject_split(
    component: Language, min_score: float, score: float, tagger_wins: bool
) -> None:
    reading = tagger_reading(SUBJECT_ONLY, "The long drought", "the village wells", score)
    claims = _claims(component, SUBJECT_ONLY, reading, min_score)
    assert bool(claims[0].get("tagged")) is tagger_wins
    if not tagger_wins:
        assert (claims[0]["cause"], claims[0]["effect"]) == (
            "The long drought",
            "emptied the village wells in the hills",
        )


def test_a_clause_split_keeps_its_place_before_a_less_sure_pair(component: Language) -> None:
    # a participle clause is a clause split, not the last resort: the switch leaves it before a pair under 10
    text = "Farmers blocked the highway near the town on Monday, demanding higher prices for their milk."
    reading = tagger_reading(text, "higher prices", "Farmers blocked the highway", 5.0)
    claims = _claims(component, text, reading, 3.0)
    assert claims[0]["signal"] == "demanding"
