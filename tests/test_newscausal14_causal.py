"""Issue 13, session 23, newscausal14 (docs/causal.md round 55): a trailing participle of inference ("The summit was
postponed | , signaling a strained period"; markers.yml `evidential_participles`) tells what the writer reads into its
main clause, not what the clause brought about: with ``evidential_participles`` the clause split skips it and makes no
last-resort subject split of that clause, and a tagger pair of the participle and its main clause is dropped. A result
participle ("..., leaving thousands without heat", round 53) still gives main clause -> participle. And an effect that
opens at the second of two coordinated verbs sharing one subject ("The police fired into the air and | lobbed tear gas
[in response to X]") is taken from the shared subject (``conjunct_effect_subjects``,
``causal_rules._shared_subject_start``). Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_implicit import evidential_participle
from detente.nlp.causal_markers import load_lexicon
from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_tagging import _inference_drops

from .causal_sentences import assert_shipped_on_default_off, claim_over, extractor_with
from .conftest import only_sentence, words_of

INFERENCES = [
    (
        "The planned summit of the two leaders was postponed indefinitely, signaling a long period of strained talks.",
        "The planned summit of the two leaders was postponed indefinitely",
        "signaling a long period of strained talks",
    ),
    (
        "The ministry cancelled the trade talks, suggesting a deeper rift between the two capitals.",
        "The ministry cancelled the trade talks",
        "suggesting a deeper rift between the two capitals",
    ),
    (
        "The rebels withdrew two brigades from the border, indicating that a truce may be near.",
        "The rebels withdrew two brigades from the border",
        "indicating that a truce may be near",
    ),
]


def _extractor(on: bool) -> Extractor:
    return extractor_with(evidential_participles=on)


def test_shipped_on() -> None:
    assert_shipped_on_default_off("evidential_participles")


def test_lexicon_lists_inference_participles() -> None:
    lex = load_lexicon()
    assert {"signal", "suggest", "indicate", "underscore", "highlight"} <= lex.evidential_participles
    # a result ("offering"), a demand ("demanding") and a reason ("reflecting") are no inference
    assert not {"offer", "leave", "demand", "reflect"} & lex.evidential_participles
    assert not lex.evidential_participles & lex.result_participles


@pytest.mark.parametrize(("text", "main", "participle"), INFERENCES)
def test_inference_participle_is_recognised(parse: Language, text: str, main: str, participle: str) -> None:
    sent = only_sentence(parse, text)
    verb = words_of(sent, participle)[0]
    assert evidential_participle(_extractor(True), verb)
    assert not evidential_participle(_extractor(True), words_of(sent, main)[0])


@pytest.mark.parametrize(("text", "main", "participle"), INFERENCES)
def test_no_clause_split_of_an_inference(parse: Language, text: str, main: str, participle: str) -> None:
    sent = only_sentence(parse, text)
    assert _extractor(True).fallback(sent) == []
    before = _extractor(False).fallback(sent)  # before the round: a split (participle split or subject split)
    assert before


def test_postponed_summit_was_a_participle_split_before(parse: Language) -> None:
    text, main, participle = INFERENCES[0]
    sent = only_sentence(parse, text)
    (claim,) = _extractor(False).fallback(sent)
    assert (claim["cause"], claim["effect"]) == (main, participle)


def test_result_participle_still_splits(parse: Language) -> None:
    text = "The storm cut power to the northern districts, leaving thousands of homes without heat."
    sent = only_sentence(parse, text)
    (claim,) = _extractor(True).fallback(sent)
    assert (claim["cause"], claim["effect"]) == (
        "The storm cut power to the northern districts",
        "leaving thousands of homes without heat",
    )


def test_other_splits_of_the_clause_stand(parse: Language) -> None:
    """Only the participle and the subject split go: a "because" clause of the same sentence is still read."""
    text = "Because the envoys left early, the talks collapsed, signaling a hard winter for the region."
    sent = only_sentence(parse, text)
    claims = _extractor(True).fallback(sent)
    assert [c["cause"] for c in claims] == ["the envoys left early"]
    assert claims[0]["effect"].startswith("the talks collapsed")


def _pair(text: str, cause: str, effect: str) -> dict[str, Any]:
    return claim_over(text, cause, effect, tagged=True)


@pytest.mark.parametrize(("text", "main", "participle"), INFERENCES)
def test_tagger_pair_of_an_inference_dropped(parse: Language, text: str, main: str, participle: str) -> None:
    sent = only_sentence(parse, text)
    for cause, effect in ((participle, main), (main, participle)):
        pair = _pair(text, cause, effect)
        assert _inference_drops(_extractor(True), sent, [pair]) == []
        assert _inference_drops(_extractor(False), sent, [pair]) == [pair]


def test_tagger_pair_of_a_result_kept(parse: Language) -> None:
    text = "The storm cut power to the northern districts, leaving thousands of homes without heat."
    sent = only_sentence(parse, text)
    pair = _pair(text, "The storm cut power to the northern districts", "leaving thousands of homes without heat")
    assert _inference_drops(_extractor(True), sent, [pair]) == [pair]


def test_tagger_pair_inside_the_inference_kept(parse: Language) -> None:
    """A pair inside the participle's clause ("a truce" -> ...) is not the participle against its main clause."""
    text = "The rebels withdrew two brigades from the border, indicating that the new sanctions forced a truce."
    sent = only_sentence(parse, text)
    pair = _pair(text, "the new sanctions", "a truce")
    assert _inference_drops(_extractor(True), sent, [pair]) == [pair]


def test_conjunct_effect_subjects_shipped_on() -> None:
    assert_shipped_on_default_off("conjunct_effect_subjects")


def _rules(on: bool) -> Extractor:
    return extractor_with(conjunct_effect_subjects=on)


@pytest.mark.parametrize(
    ("text", "cause", "whole", "later"),
    [
        (
            "The riot police fired shots into the air and lobbed tear gas shells in response to the stone pelting.",
            "the stone pelting",
            "The riot police fired shots into the air and lobbed tear gas shells",
            "lobbed tear gas shells",
        ),
        (
            "The farmers blocked the highway and burned tyres in protest against the new water tax.",
            "the new water tax",
            "The farmers blocked the highway and burned tyres",
            "burned tyres",
        ),
    ],
)
def test_coordinated_verbs_effect_from_shared_subject(
    parse: Language, text: str, cause: str, whole: str, later: str
) -> None:
    sent = only_sentence(parse, text)
    assert [(c["cause"], c["effect"]) for c in _rules(True).extract(sent)] == [(cause, whole)]
    assert [(c["cause"], c["effect"]) for c in _rules(False).extract(sent)] == [(cause, later)]  # before the round


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        # a contrast ("but") joins two states of a thing, not one act
        (
            "The new bridge was planned for the river bank but was dropped following protests from the fishermen.",
            "was dropped",
        ),
        # the later verb has a subject of its own: a clause of its own
        ("The police fired shots and the crowd fled in panic because of the tear gas.", "the crowd fled in panic"),
    ],
)
def test_coordinated_verbs_effect_kept(parse: Language, text: str, effect: str) -> None:
    sent = only_sentence(parse, text)
    assert [c["effect"] for c in _rules(True).extract(sent)] == [effect]
