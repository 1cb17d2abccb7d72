"""Round 15 of issue 13 (docs/causal.md): what a protest is against or demands, and a purpose, as further pairs.

The Causal News Corpus reads "residents protested against the decision" as "against the decision" -> "residents
protested" and "staged a dharna demanding X" as "demanding X" -> "staged a dharna", also where the protest sits
inside another claim's cause or effect ("the march against the dam turned violent" after ...). A contention word
with such a preposition or participle gives that pair (``causal_implicit.contention_targets``), offered beside a
sentence's first pair when ``extra_contention_targets`` is on in classifier.json. Likewise a purpose infinitive
is the cause of the act it is the purpose of ("police fired in the air | to disperse the crowd":
``causal_implicit.purpose_clauses``, flag ``extra_purpose_clauses``).

Each sentence is made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Extractor
from detente.nlp.causal_implicit import contention_targets, purpose_clauses
from detente.nlp.pipeline import build_pipeline

from .causal_sentences import sentence


def _targets(nlp: Language, ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in contention_targets(ex, sentence(nlp, text))]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a verb of protest: its subject and the verb
        ("Farmers protested against the new tax on diesel .", ("against the new tax on diesel", "Farmers protested")),
        # a protest noun as subject: the noun phrase alone
        (
            "The ongoing strike against the pension cuts entered its third day .",
            ("against the pension cuts", "The ongoing strike"),
        ),
        # a protest noun as the object of a light verb: the clause
        (
            "Dock workers staged a protest demanding higher wages .",
            ("demanding higher wages", "Dock workers staged a protest"),
        ),
        (
            "Nurses held a demonstration against the closure of the clinic on Monday .",
            ("against the closure of the clinic", "Nurses held a demonstration"),
        ),
        # what an arrest or a march is for
        ("Three men were arrested for damaging buses .", ("for damaging buses", "Three men were arrested")),
        ("Students marched for cheaper fees .", ("for cheaper fees", "Students marched")),
        # a demand makes any act a protest
        (
            "Lawyers gathered outside the court demanding the transfer of the judge .",
            ("demanding the transfer of the judge", "Lawyers gathered outside the court"),
        ),
        # inside another clause: the pair CNC adds beside the sentence's first
        (
            "Police fired tear gas after the march against the dam turned violent .",
            ("against the dam", "the march"),
        ),
    ],
)
def test_what_a_protest_is_against_is_its_cause(
    parse: Language, extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert _targets(parse, extractor, text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds marched to the office to protest against the eviction .",  # a purpose: the clause is the cause
        "Traders shut their shops in protest against the new levy .",  # a manner: cause of the main clause
        "The union registered its protest against the transfer .",  # a possessed act
        "Six men who rioted over the verdict were arrested .",  # a relative clause describes its noun
        "Twelve students were arrested over the weekend .",  # a time is no grievance
        "Bank staff stayed on strike for three days .",
        "The minister spoke against the new tax on diesel .",  # no contention word
    ],
)
def test_no_pair_where_cnc_reads_the_relation_otherwise(parse: Language, extractor: Extractor, text: str) -> None:
    assert _targets(parse, extractor, text) == []


def _purposes(nlp: Language, ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in purpose_clauses(ex, sentence(nlp, text))]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Police fired in the air to disperse the crowd .", ("to disperse the crowd", "Police fired in the air")),
        (
            "Farmers came to the capital to demand higher prices .",
            ("to demand higher prices", "Farmers came to the capital"),
        ),
        # the act is the whole clause, from the subject of the verb that governs it
        (
            "The council decided to set up a panel to examine the complaints .",
            ("to examine the complaints", "The council decided to set up a panel"),
        ),
    ],
)
def test_a_purpose_is_the_cause_of_its_act(
    parse: Language, extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert _purposes(parse, extractor, text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "The minister plans to visit the region next week .",  # a verb's complement
        "The union refused to call off the strike .",
        "Both sides showed a willingness to resume the talks .",  # a noun's complement
        "The union rejected the offer made by the company to end the strike .",  # an act that describes a noun
    ],
)
def test_a_complement_is_no_purpose(parse: Language, extractor: Extractor, text: str) -> None:
    assert _purposes(parse, extractor, text) == []


@pytest.fixture(scope="module")
def component() -> Language:
    return build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})


def _claims(component: Language, text: str, on: bool, p: float = 0.9) -> list[tuple[str, str]]:
    comp = component.get_pipe("causal_extractor")
    was = comp.classifier.settings.extra_contention_targets, comp.classifier.settings.extra_purpose_clauses
    comp.classifier.settings.extra_contention_targets = comp.classifier.settings.extra_purpose_clauses = on
    try:
        doc = component.make_doc(text)
        for name, proc in component.pipeline:
            if name != "causal_extractor":
                doc = proc(doc)
        sent = next(iter(doc.sents))
        found = comp._claims_at(sent, p, comp.extractor.extract(sent))
    finally:
        comp.classifier.settings.extra_contention_targets, comp.classifier.settings.extra_purpose_clauses = was
    return [(c["cause"], c["effect"]) for c in found]


def test_the_shipped_classifier_offers_both() -> None:
    from detente.nlp.causal_extractor import Classifier

    shipped = Classifier.load()
    assert (
        shipped.settings.extra_contention_targets and shipped.settings.extra_purpose_clauses and shipped.settings.extras
    )


def test_the_flag_adds_the_protest_pair_beside_the_first(component: Language) -> None:
    text = "Police fired tear gas because the march against the dam turned violent ."
    off = _claims(component, text, False)
    on = _claims(component, text, True)
    assert off and ("against the dam", "the march") not in off
    assert on[: len(off)] == off
    assert ("against the dam", "the march") in on


def test_the_flag_adds_the_purpose_pair_beside_the_first(component: Language) -> None:
    text = "Police fired in the air to disperse the crowd because stones were thrown at them ."
    off = _claims(component, text, False)
    on = _claims(component, text, True)
    assert off and ("to disperse the crowd", "Police fired in the air") not in off
    assert ("to disperse the crowd", "Police fired in the air") in on


def test_the_flag_adds_nothing_to_a_sentence_without_a_pair(component: Language) -> None:
    # the scorer calls the sentence not causal: no first pair, so no further one (sentence F1 is untouched)
    text = "The march against the dam was peaceful ."
    assert _claims(component, text, True, p=0.2) == _claims(component, text, False, p=0.2) == []
