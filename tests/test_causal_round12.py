"""Round 12 of issue 13 (docs/causal.md): which clause a trailing subordinate clause explains, and when a clause
split goes before the span tagger's own pair.

A trailing "as/because/when ..." clause that the parser hangs from a part of the main clause (the last of
conjoined clauses, a gerund after a preposition, a noun) explains the whole main clause, as the Causal News
Corpus pairs it; conjoined main clauses it explains stay one effect. The arbitration between a clause split and
a tagger pair is checked on the component's own combination step with a constructed tagger reading (spans,
scores and per-word role log-odds), so no trained model decides the outcome.

Each sentence is made up for the test.
"""

from __future__ import annotations

import math

import pytest
from spacy.language import Language
from spacy.tokens import Span

from detente.nlp.causal_extractor import Extractor
from detente.nlp.pipeline import build_pipeline

from .causal_sentences import extractor_with, pairs, sentence

# --- a trailing subordinate clause explains its whole main clause


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        (
            "Two guards were killed and five others were hurt as the crowd stormed the depot.",
            "the crowd stormed the depot",
            "Two guards were killed and five others were hurt",
        ),
        (
            "Police had a hard time in stopping them as they sat on the road.",
            "they sat on the road",
            "Police had a hard time in stopping them",
        ),
        (
            "He said there is no hope of ending the dispute as the company refused to meet them.",
            "the company refused to meet them",
            "there is no hope of ending the dispute",
        ),
    ],
)
def test_a_trailing_subordinate_clause_explains_the_whole_main_clause(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    assert (cause, effect, "as") in pairs(parse, extractor, text)
    # no claim on a piece of the main clause alone
    assert not [p for p in pairs(parse, extractor, text) if p[2] == "as" and p[1] != effect]


def test_conjoined_main_clauses_split_when_the_rule_is_off(parse: Language) -> None:
    ex = extractor_with(whole_clause=False)
    text = "Two guards were killed and five others were hurt as the crowd stormed the depot."
    assert [p[1] for p in pairs(parse, ex, text)] == ["five others were hurt"]


def test_conjoined_main_clauses_stay_one_effect(parse: Language, extractor: Extractor) -> None:
    got = pairs(parse, extractor, "Shops closed early and buses stopped running as the union called a strike.")
    assert [p for p in got if p[2] == "as"] == [
        ("the union called a strike", "Shops closed early and buses stopped running", "as")
    ]


def test_a_fronted_subordinate_clause_keeps_its_main_clause(parse: Language, extractor: Extractor) -> None:
    got = pairs(parse, extractor, "As the drivers went on strike, buses stopped running across the city.")
    assert ("the drivers went on strike", "buses stopped running across the city", "As") in got


def test_a_reason_on_an_earlier_clause_stays_there(parse: Language, extractor: Extractor) -> None:
    # the subordinate clause hangs from the first conjunct: nothing to climb
    got = pairs(parse, extractor, "The talks collapsed because the envoy left early, and the strike went on.")
    assert [p[:2] for p in got if p[2] == "because"] == [("the envoy left early", "The talks collapsed")]


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("The coast road remains closed due to the landslide.", "the landslide", "The coast road remains closed"),
        ("All the mills stayed shut because of the power cuts.", "the power cuts", "All the mills stayed shut"),
    ],
)
def test_a_connective_on_a_predicate_adjective_explains_its_clause(
    parse: Language, extractor: Extractor, text: str, cause: str, effect: str
) -> None:
    # the parser hangs "due to" on "closed" (a complement of "remains"): the effect is the clause of "remains"
    assert (cause, effect) in [p[:2] for p in pairs(parse, extractor, text)]


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Six shops were damaged in the riot, which broke out after the match.", "the riot"),
        ("Two men were arrested following the clashes, including a student from the college.", "the clashes"),
        ("Three people were injured in the blast near the market.", "the blast near the market"),
    ],
)
def test_a_prepositional_cause_drops_a_comma_aside(
    parse: Language, extractor: Extractor, text: str, cause: str
) -> None:
    # the implicit split's prepositional cause is the event, without ", which ..." / ", including ..." about it
    assert [c["cause"] for c in extractor.fallback(sentence(parse, text))][:1] == [cause]


# --- a clause split the tagger's role vote backs goes before its own less sure pair

SPLIT = "Farmers blocked the highway near the town on Monday, demanding higher prices for their milk."


@pytest.fixture(scope="module")
def component() -> object:
    nlp = build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})
    return nlp


def _reading(sent: Span, score: float) -> dict:
    """A tagger reading: its pair (higher prices -> Farmers blocked the highway), both spans at ``score``, and
    role log-odds that read the participle clause as cause (+3) and the main clause as effect (-3)."""
    text = sent.text
    cut = text.index("demanding")
    roles = [
        (
            t.idx - sent.start_char,
            t.idx - sent.start_char + len(t.text),
            3.0 if t.idx - sent.start_char >= cut else -3.0,
        )
        for t in sent
        if not t.is_punct
    ]
    c0 = text.index("higher prices")
    return {
        "cause": (c0, c0 + len("higher prices")),
        "effect": (0, text.index(" near")),
        "cause_score": score,
        "effect_score": score,
        "roles": roles,
    }


@pytest.mark.parametrize(
    ("min_vote", "below", "score", "split_wins"),
    [
        (math.inf, math.inf, 12.0, False),  # off: the sure tagger pair goes first (rounds 8-11)
        (4.0, 20.0, 12.0, True),  # the vote (6) backs the split and the pair is under 20
        (4.0, 20.0, 25.0, False),  # a surer pair keeps its place
        (7.0, 20.0, 12.0, False),  # the vote does not reach 7
    ],
)
def test_a_split_the_tagger_backs_goes_before_its_less_sure_pair(
    component: Language, min_vote: float, below: float, score: float, split_wins: bool
) -> None:
    comp = component.get_pipe("causal_extractor")
    clf = comp.classifier
    saved = (
        clf.settings.split_over_tag_min_vote,
        clf.settings.split_over_tag_below_score,
        clf.settings.tag_over_implicit_min_score,
    )
    try:
        clf.settings.split_over_tag_min_vote, clf.settings.split_over_tag_below_score = min_vote, below
        clf.settings.tag_over_implicit_min_score = 10.0
        doc = component.make_doc(SPLIT)
        for name, pipe in component.pipeline:
            if name != "causal_extractor":
                doc = pipe(doc)
        sent = next(iter(doc.sents))
        claims = comp._claims_at(sent, 0.9, comp.extractor.extract(sent), _reading(sent, score))
    finally:
        (
            clf.settings.split_over_tag_min_vote,
            clf.settings.split_over_tag_below_score,
            clf.settings.tag_over_implicit_min_score,
        ) = saved
    first = (claims[0]["cause"], claims[0]["effect"])
    if split_wins:
        assert first == (
            "demanding higher prices for their milk",
            "Farmers blocked the highway near the town on Monday",
        )
    else:
        assert first == ("higher prices for their milk", "Farmers blocked the highway")


def test_the_subject_split_stays_behind_the_tagger_pair(component: Language) -> None:
    # "The long drought emptied the wells": only the last-resort subject -> predicate split is there; a tagger
    # reading that backs it does not displace the tagger's own pair (it is the weakest split)
    comp = component.get_pipe("causal_extractor")
    clf = comp.classifier
    text = "The long drought emptied the village wells in the hills."
    doc = component.make_doc(text)
    for name, pipe in component.pipeline:
        if name != "causal_extractor":
            doc = pipe(doc)
    sent = next(iter(doc.sents))
    assert [c["signal"] for c in comp.extractor.fallback(sent, True)] == ["emptied"]
    cut = text.index("emptied")
    reading = {
        "cause": (0, cut - 1),
        "effect": (text.index("the village"), text.index(" in the")),
        "cause_score": 12.0,
        "effect_score": 12.0,
        "roles": [(t.idx, t.idx + len(t.text), 3.0 if t.idx < cut else -3.0) for t in sent if not t.is_punct],
    }
    saved = (
        clf.settings.split_over_tag_min_vote,
        clf.settings.split_over_tag_below_score,
        clf.settings.tag_over_implicit_min_score,
    )
    try:
        (
            clf.settings.split_over_tag_min_vote,
            clf.settings.split_over_tag_below_score,
            clf.settings.tag_over_implicit_min_score,
        ) = 4.0, 20.0, 10.0
        claims = comp._claims_at(sent, 0.9, comp.extractor.extract(sent), reading)
    finally:
        (
            clf.settings.split_over_tag_min_vote,
            clf.settings.split_over_tag_below_score,
            clf.settings.tag_over_implicit_min_score,
        ) = saved
    assert claims and claims[0]["signal"].startswith("tagger")
