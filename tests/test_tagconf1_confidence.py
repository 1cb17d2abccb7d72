"""Round 52 (issue 13, session 22, tagconf1): the tagger's confidence in its own pair. A pair no rule backs makes no
claim when the lower over its spans of the mean per-piece log-odds (``tag_min_confidence``, ``tag_confidence_of``) is
under the threshold, while the sentence's probability is under ``tag_unsure_below_prob``; with
``tag_unsure_blocks_split`` the last-resort clause split does not stand in for it. These tests pin what the switches
do; docs/causal.md round 52 says what they measured and how classifier.json sets them."""

from __future__ import annotations

import math
from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import _tag_confidence
from detente.nlp.pipeline import build_pipeline

_KEYS = (
    "tag_min_confidence",
    "tag_confidence_of",
    "tag_unsure_below_prob",
    "tag_unsure_blocks_split",
    "subject_cut_tag_pairs",
)


@pytest.fixture(scope="module")
def component() -> Language:
    return build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})


def _reading(text: str, cause: str, effect: str, sure: float, unsure_piece: float | None = None) -> dict[str, Any]:
    """A tagger reading of ``text``: ``cause`` and ``effect`` with every word a piece scoring ``sure`` for its span's
    label (the last word of the cause ``unsure_piece`` instead, when given) and -5 elsewhere."""
    c0, e0 = text.index(cause), text.index(effect)
    pieces = []
    at = 0
    for word in text.split():
        a = text.index(word, at)
        b = at = a + len(word)
        in_cause, in_effect = c0 <= a and b <= c0 + len(cause), e0 <= a and b <= e0 + len(effect)
        score = sure if unsure_piece is None or b != c0 + len(cause) else unsure_piece
        pieces.append((a, b, score if in_cause else -5.0, score if in_effect else -5.0))
    return {
        "cause": (c0, c0 + len(cause)),
        "effect": (e0, e0 + len(effect)),
        "cause_score": 40.0,
        "effect_score": 40.0,
        "pieces": pieces,
    }


def _claims(component: Language, text: str, reading: dict[str, Any], p: float, **settings: Any) -> list[dict[str, Any]]:
    """The claims of the first sentence of ``text`` at ``p`` with the tagger's ``reading``, under ``settings``. The
    test pair cuts its clause at the subject, which round 98 (``subject_cut_tag_pairs``) reads as no pair: it is off
    here, so these tests pin round 52's gate alone."""
    settings = {"subject_cut_tag_pairs": False, **settings}
    comp: Any = component.get_pipe("causal_extractor")
    saved = {k: getattr(comp.extractor.settings, k) for k in _KEYS}
    try:
        for k, v in settings.items():
            setattr(comp.extractor.settings, k, v)
        doc = component(text)
        sent = next(iter(doc.sents))
        return comp._claims_at(sent, p, comp.extractor.extract(sent), reading)
    finally:
        for k, v in saved.items():
            setattr(comp.extractor.settings, k, v)


# no marker: the tagger's pair is the sentence's only claim unless the clause split stands in
_TEXT = "The long dry season emptied the wells of the hill villages."
_CAUSE, _EFFECT = "The long dry season", "emptied the wells of the hill villages"


def test_confidence_is_the_lower_spans_mean_or_least_piece() -> None:
    reading = _reading(_TEXT, _CAUSE, _EFFECT, 3.0, unsure_piece=-1.0)
    # the cause's four words: 3, 3, 3, -1 -> mean 2.0, least -1.0; the effect's all 3.0
    assert _tag_confidence(reading) == pytest.approx(2.0)
    assert _tag_confidence(reading, "min") == pytest.approx(-1.0)
    assert _tag_confidence({"pieces": reading["pieces"]}) == math.inf  # no pair: nothing to gate
    assert _tag_confidence({k: v for k, v in reading.items() if k != "pieces"}) == math.inf


def test_a_sure_pair_stands(component: Language) -> None:
    reading = _reading(_TEXT, _CAUSE, _EFFECT, 4.0)
    claims = _claims(component, _TEXT, reading, 0.9, tag_min_confidence=2.0)
    assert any(c.get("tagged") for c in claims)


def test_an_unsure_pair_gives_way_to_the_split_or_to_nothing(component: Language) -> None:
    reading = _reading(_TEXT, _CAUSE, _EFFECT, 1.0)
    assert any(c.get("tagged") for c in _claims(component, _TEXT, reading, 0.9))  # off: the tagger's pair
    gated = _claims(component, _TEXT, reading, 0.9, tag_min_confidence=2.0)
    assert not any(c.get("tagged") for c in gated)
    assert gated and all(c.get("implicit") for c in gated)  # the clause split in its place
    assert _claims(component, _TEXT, reading, 0.9, tag_min_confidence=2.0, tag_unsure_blocks_split=True) == []


def test_the_least_piece_gates_where_the_mean_does_not(component: Language) -> None:
    reading = _reading(_TEXT, _CAUSE, _EFFECT, 4.0, unsure_piece=-2.0)  # cause mean 2.5, least -2
    assert any(c.get("tagged") for c in _claims(component, _TEXT, reading, 0.9, tag_min_confidence=2.0))
    by_min = _claims(component, _TEXT, reading, 0.9, tag_min_confidence=0.0, tag_confidence_of="min")
    assert not any(c.get("tagged") for c in by_min)


def test_a_sure_sentence_keeps_an_unsure_pair(component: Language) -> None:
    reading = _reading(_TEXT, _CAUSE, _EFFECT, 1.0)
    claims = _claims(component, _TEXT, reading, 0.9, tag_min_confidence=2.0, tag_unsure_below_prob=0.8)
    assert any(c.get("tagged") for c in claims)


def test_a_marker_pair_is_not_gated(component: Language) -> None:
    text = "The wells ran dry because of the long drought."
    reading = _reading(text, "the long drought", "The wells ran dry", 0.5)
    claims = _claims(component, text, reading, 0.9, tag_min_confidence=2.0, tag_unsure_blocks_split=True)
    assert any("drought" in c["cause"] and "wells" in c["effect"] for c in claims)


def test_off_as_shipped() -> None:
    from detente.nlp.causal_extractor import Classifier

    settings = Classifier.load().settings
    assert settings.tag_min_confidence == -math.inf
    assert not settings.tag_unsure_blocks_split
