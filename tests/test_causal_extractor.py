"""The causal_extractor stage: explicit markers, polarity, hedging, non-causal look-alikes, offsets."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import DATA_DIR, Classifier, load_lexicon
from detente.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def causal_nlp() -> Language:
    """The model with only our causal stage: faster than the full pipeline, same component."""
    return build_pipeline(stages=("causal_extractor",))


def claims(nlp: Language, text: str) -> list[dict]:
    return nlp(text)._.causal


def test_classifier_data_file_loads() -> None:
    clf = Classifier.load(DATA_DIR)
    assert len(clf.weights) > 1000
    assert 0.0 < clf.marker_threshold <= clf.threshold < 1.0
    assert "bias" in clf.weights
    lex = load_lexicon()
    assert "because of" in {" ".join(p) for ps in lex.connectives.values() for p in ps}
    assert lex.verbs["undermine"]["polarity"] == "-"


def test_explicit_connective(causal_nlp: Language) -> None:
    out = claims(causal_nlp, "Prices rose sharply because of the drought.")
    assert out, "because of is an explicit causal marker"
    c = out[0]
    assert c["cause"] == "the drought"
    assert "Prices rose" in c["effect"]
    assert c["signal"] == "because of"
    assert c["polarity"] == "+"


def test_causal_verb_with_preposition(causal_nlp: Language) -> None:
    out = claims(causal_nlp, "The war has resulted in the emergence of a new alliance.")
    pair = [(c["cause"], c["effect"]) for c in out]
    assert ("The war", "the emergence of a new alliance") in pair


def test_participle_adjunct(causal_nlp: Language) -> None:
    text = ("Russia's 2014 annexation of Crimea and interventions in Syria reignited tensions, "
            "sending relations into a deep freeze.")
    out = claims(causal_nlp, text)
    effects = [c["effect"] for c in out]
    assert "tensions" in effects
    assert any("deep freeze" in e for e in effects)


def test_negative_polarity(causal_nlp: Language) -> None:
    out = claims(causal_nlp, "Western sanctions limited the impact of the Russian offensive.")
    assert out
    assert out[0]["polarity"] == "-"
    assert "impact" in out[0]["effect"]


def test_hedged(causal_nlp: Language) -> None:
    out = claims(causal_nlp, "The new tariffs could undermine trade between the two countries.")
    assert out and out[0]["hedged"] is True and out[0]["polarity"] == "-"
    plain = claims(causal_nlp, "The new tariffs undermined trade between the two countries.")
    assert plain and plain[0]["hedged"] is False


@pytest.mark.parametrize("text", [
    "Despite the sanctions, trade between the two countries grew.",
    "The talks did not break down due to the sanctions.",
])
def test_non_causal_look_alikes(causal_nlp: Language, text: str) -> None:
    assert claims(causal_nlp, text) == []


def test_offsets_slice_the_text(causal_nlp: Language) -> None:
    text = ("Officials met in Geneva on Monday. Trade collapsed because of the new sanctions. "
            "The ministers then flew home.")
    doc = causal_nlp(text)
    assert doc._.causal
    for c in doc._.causal:
        assert text[c["cause_start"]:c["cause_end"]] == c["cause"]
        assert text[c["effect_start"]:c["effect_end"]] == c["effect"]
        assert text[c["start"]:c["end"]].strip() == "Trade collapsed because of the new sanctions."
        assert c["start"] <= min(c["cause_start"], c["effect_start"])
        assert max(c["cause_end"], c["effect_end"]) <= c["end"]
