"""Round 16 of issue 13 (docs/causal.md): fewer wrong protest and purpose pairs.

- ``contention_targets(..., needs_subject=True)``: a protest verb without a subject of its own ("...,
  protesting against the cuts", "... and raised slogans against X") gives no "against X" pair; the Causal News
  Corpus marks such a participle or conjunct whole, as a cause or a part of the clause it hangs on.
- ``purpose_clauses(..., parse_checks=True)``: no purpose pair under the parse shapes of ``purpose_misparsed``
  (a "to" before a word that is no base form, a noun of the infinitive's own before its "to", a causal verb's
  object right before it, a base form with a subject and no auxiliary, a gerund under a preposition on a noun).

Each sentence is made up for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import Classifier, Extractor
from detente.nlp.causal_implicit import contention_targets, purpose_clauses, purpose_misparsed

from .causal_sentences import sentence


def _targets(nlp: Language, ex: Extractor, text: str, needs_subject: bool) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in contention_targets(ex, sentence(nlp, text), needs_subject)]


def _purposes(nlp: Language, ex: Extractor, text: str, checks: bool) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in purpose_clauses(ex, sentence(nlp, text), checks)]


@pytest.mark.parametrize(
    "text",
    [
        # conjunct verbs: the subject is the first conjunct's
        "The traders closed their shops and raised slogans against the new market fee .",
        "Students boycotted classes and protested against the fee hike .",
    ],
)
def test_a_protest_verb_without_its_own_subject_gives_no_pair(parse: Language, extractor: Extractor, text: str) -> None:
    assert _targets(parse, extractor, text, needs_subject=False), "round 15 gives the pair"
    assert _targets(parse, extractor, text, needs_subject=True) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Farmers protested against the new tax on diesel .", ("against the new tax on diesel", "Farmers protested")),
        (
            "Nurses held a demonstration against the closure of the clinic on Monday .",
            ("against the closure of the clinic", "Nurses held a demonstration"),
        ),
        # a protest noun is its own phrase: no verb, no subject needed
        (
            "The ongoing strike against the pension cuts entered its third day .",
            ("against the pension cuts", "The ongoing strike"),
        ),
    ],
)
def test_a_protest_with_its_subject_keeps_its_pair(
    parse: Language, extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert _targets(parse, extractor, text, needs_subject=True) == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Police fired in the air to disperse the crowd .", ("to disperse the crowd", "Police fired in the air")),
        (
            "The council decided to set up a panel to examine the complaints .",
            ("to examine the complaints", "The council decided to set up a panel"),
        ),
    ],
)
def test_a_well_parsed_purpose_keeps_its_pair(
    parse: Language, extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert _purposes(parse, extractor, text, checks=True) == [pair]


def _misparsed(parse: Language, extractor: Extractor, text: str) -> None:
    off = _purposes(parse, extractor, text, checks=False)
    if not off:
        pytest.skip("this parser does not give the misparse the check is for")
    assert _purposes(parse, extractor, text, checks=True) == []


@pytest.mark.parametrize(
    "text",
    [
        # a gerund under a preposition on a noun describes that noun
        "The visit was a test of their commitment to rebuilding trust and working to end the dispute .",
        # a noun or pronoun of the infinitive's own before its "to": a complement, no purpose
        "Officials waited for the minister to arrive .",
    ],
)
def test_no_purpose_pair_under_a_misparse(parse: Language, extractor: Extractor, text: str) -> None:
    _misparsed(parse, extractor, text)


def test_the_parse_checks_read_the_tree(parse: Language, extractor: Extractor) -> None:
    """The shapes themselves, on a parse whatever the model makes of the sentence: each check is a statement
    about the tree, so a hand-built tree shows it without depending on the parser's mistakes."""
    doc = sentence(parse, "The ministers met to discuss the budget .").doc
    inf = next(t for t in doc if t.lower_ == "discuss")
    to = next(t for t in doc if t.lower_ == "to")
    act = inf.head
    # the real parse: a purpose of "met", no misparse
    assert inf.dep_ == "advcl" and act.lower_ == "met"
    assert not purpose_misparsed(extractor, inf, to, act, act, to.i)
    # the same tree with the infinitive's tag changed: "to" before a word that is no base form is a preposition
    inf.tag_ = "VBD"
    assert purpose_misparsed(extractor, inf, to, act, act, to.i)
    inf.tag_ = "VB"
    # a noun of its own between the act and the "to"
    noun = next(t for t in doc if t.lower_ == "ministers")
    assert purpose_misparsed(extractor, inf, to, act, act, noun.i)
    # the act read as a base form with its subject and no auxiliary ("both sides time" with "time" a verb)
    act.tag_ = "VB"
    assert purpose_misparsed(extractor, inf, to, act, act, to.i)
    act.tag_ = "VBD"


@pytest.mark.parametrize(("verb", "misparsed"), [("forced", True), ("asked", False)])
def test_a_causal_verbs_object_before_the_infinitive(
    parse: Language, extractor: Extractor, verb: str, misparsed: bool
) -> None:
    """A causal verb's object right before the infinitive ("forced the company to close"): what the verb
    brings about, no purpose; a verb that is no causal marker ("asked") is left to the other checks."""
    doc = sentence(parse, f"The strike {verb} the company to close its plant .").doc
    act = next(t for t in doc if t.lower_ == verb)
    inf = next(t for t in doc if t.lower_ == "close")
    to = next(t for t in doc if t.lower_ == "to")
    assert purpose_misparsed(extractor, inf, to, act, act, to.i) is misparsed


def test_the_shipped_classifier_has_both_checks_on() -> None:
    shipped = Classifier.load()
    assert shipped.settings.contention_needs_subject and shipped.settings.purpose_parse_checks
    assert shipped.settings.extra_contention_targets and shipped.settings.extra_purpose_clauses
