"""Round 44 of issue 13 (docs/causal.md): two switches measured on the CNC train CV and left off.

1. What a purpose infinitive guards against is no cause of it.

``purpose_against_no_cause`` (a ``CausalSettings`` switch; markers.yml ``prep_causes.purpose_guard_preps``;
``causal_implicit.prep_cause``): "imposed sanctions | to pressure Russia | against further escalation" names what the
purpose guards against; the prepositional split read "further escalation -> to pressure Russia" as a further pair.
With the switch on, a ``purpose_guard_preps`` phrase on a purpose infinitive (a verb with its own "to" hanging on
another word) gives no prepositional pair, unless the infinitive is a contention word ("to protest against the
decision": round 15's grievance). A main verb's "against" phrase is untouched. No fold chose it (CNC marks more of
these than it loses).

2. ``tag_pair_no_report_effect`` (``CausalExtractor._effect_reports_cause``): no tagger's pair whose effect is a
report's frame ("The ministry announced on Monday") and whose cause lies in what it reports. No fold chose it.

Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_implicit import prep_cause
from detente.nlp.causal_markers import load_lexicon
from tests.causal_sentences import extractor_with
from tests.conftest import only_sentence, parsed_sentence, words_of

GUARDED = [
    "The EU imposed sanctions to pressure Russia against further escalation in Ukraine.",
    "NATO deployed troops to deter Russia against an attack on the Baltic states.",
]


def _prep_pairs(parse: Language, text: str, verb: str, on: bool) -> list[tuple[str, str]]:
    """The prepositional pairs ``prep_cause`` reads on the clause of ``verb`` (an inner clause: a further pair)."""
    sent = only_sentence(parse, text)
    (root,) = words_of(sent, verb)
    found: list[dict[str, Any]] = []
    prep_cause(extractor_with(purpose_against_no_cause=on), sent, root, found, every=True)
    return [(c["cause"], c["effect"]) for c in found]


def test_the_list_is_data() -> None:
    assert load_lexicon().purpose_guard_preps == {"against"}


@pytest.mark.parametrize(("text", "verb"), [(GUARDED[0], "pressure"), (GUARDED[1], "deter")])
def test_a_purpose_guard_gives_no_cause(parse: Language, text: str, verb: str) -> None:
    off = _prep_pairs(parse, text, verb, on=False)
    assert off and off[0][1] == f"to {verb} Russia"  # the pair the switch removes
    assert _prep_pairs(parse, text, verb, on=True) == []


def test_a_protest_purpose_keeps_its_grievance(parse: Language) -> None:
    text = "Hundreds gathered outside the assembly to protest against the new land law."
    assert _prep_pairs(parse, text, "protest", on=True) == _prep_pairs(parse, text, "protest", on=False)


def test_a_main_verbs_against_phrase_stays(parse: Language) -> None:
    text = "Farmers protested against the new water tariff."
    assert _prep_pairs(parse, text, "protested", on=True) == [("the new water tariff", "Farmers protested")]


def test_shipped_setting_is_off() -> None:
    # measured on the CNC train CV (round 44): no fold chose it, all folds 0.4870 -> 0.4867 pair F1
    from detente.nlp.causal_scorer import Classifier

    assert Classifier.load().settings.purpose_against_no_cause is False


REPORT = "The ministry announced on Monday it would halt all fuel exports to the region."


def _reading(text: str, cause: str, effect: str) -> dict[str, Any]:
    """A made-up tagger reading: the character offsets of ``cause`` and ``effect`` in ``text``, sure scores."""
    c, e = text.index(cause), text.index(effect)
    return {
        "cause": (c, c + len(cause)),
        "effect": (e, e + len(effect)),
        "cause_score": 50.0,
        "effect_score": 50.0,
    }


def test_a_report_frame_as_effect_is_flagged(linear_causal: Language) -> None:
    # ``tag_pair_no_report_effect`` (round 44, measured and left off): the tagger's pair "what was said -> the report"
    comp: Any = linear_causal.get_pipe("causal_extractor")
    sent = parsed_sentence(linear_causal, REPORT)
    turned = _reading(REPORT, "it would halt all fuel exports to the region", "The ministry announced on Monday")
    assert comp._effect_reports_cause(sent, turned) is True
    # the report as the cause of what it says is another question (round 42: those are wrong clauses, left)
    other = _reading(REPORT, "The ministry announced on Monday", "it would halt all fuel exports to the region")
    assert comp._effect_reports_cause(sent, other) is False
    assert comp.settings.tag_pair_no_report_effect is False  # shipped off: CNC CV pair F1 0.4870 -> 0.4861
