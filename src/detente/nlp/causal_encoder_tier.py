"""The causal stage's second tier: the adapted MiniLM encoder (``nlp/minilm.py``), averaged with the linear
scorer inside a gate band, whose token states also feed the span tagger (one pass serves both)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import numpy as np

from detente.nlp.causal_scorer import Classifier
from detente.nlp.causal_spans import SpanTagger
from detente.nlp.minilm import Encoded, EncoderPass, encode_texts, head_probs

if TYPE_CHECKING:
    from detente.nlp.minilm import MiniLM


@functools.lru_cache(maxsize=2)
def load_encoder(adapters: str) -> MiniLM:
    """One encoder per adapters file and process: every pipeline built in a process (the API, the tests,
    the benchmarks build several) shares it instead of re-reading 90 MB of weights. Read-only after load."""
    from detente.nlp.minilm import MiniLM

    return MiniLM.load(adapters)


def ensemble_settings(classifier: Classifier) -> tuple[float, float, float]:
    """The gate band and the encoder's weight, from classifier.json's ``ensemble`` entry."""
    ensemble = classifier.settings.ensemble
    lo, hi = ensemble.get("gate", (0.0, 1.0))
    return float(lo), float(hi), float(ensemble.get("minilm_weight", 1.0))


def probability_bounds(classifier: Classifier, encoder: MiniLM | None, p: float) -> tuple[float, float]:
    """Where a linear probability can end up once the encoder has been averaged in."""
    lo, hi, w = ensemble_settings(classifier)
    if encoder is None or not lo <= p < hi:
        return p, p
    return (1.0 - w) * p, (1.0 - w) * p + w


def gated(classifier: Classifier, probs: list[float], todo: list[int]) -> list[int]:
    """The texts of ``todo`` whose linear probability lies in the gate band: those the encoder refines."""
    lo, hi, _ = ensemble_settings(classifier)
    return [i for i in todo if lo <= probs[i] < hi]


def encode(encoder: MiniLM, texts: list[str]) -> tuple[list[Encoded], np.ndarray]:
    """One encoder pass over ``texts``: each text's Encoded and its P(causal) by the adapted head. Pure
    (the model is read-only), so it may run in a worker thread while the caller goes on."""
    return EncodeJob(encoder, texts).result()


class EncodeJob:
    """``encode`` as a job a worker thread starts (``run``) and the caller collects (``result``), helping to
    finish it rather than waiting (``minilm.EncoderPass``): the same batches, so the same result."""

    def __init__(self, encoder: MiniLM, texts: list[str]) -> None:
        self.encoder = encoder
        self.texts = texts
        self.encoder_pass = EncoderPass(encoder, texts)

    def run(self) -> None:
        self.encoder_pass.work()

    def result(self) -> tuple[list[Encoded], np.ndarray]:
        if not self.texts:
            return [], np.zeros(0)
        encoded = self.encoder_pass.states()
        return encoded, head_probs(self.encoder, np.stack([e.pooled for e in encoded]))


def averaged(
    classifier: Classifier,
    probs: list[float],
    todo: list[int],
    result: tuple[list[Encoded], np.ndarray],
    states: dict[int, Encoded] | None = None,
) -> list[float]:
    """``probs`` with the encoder's probabilities (``result`` of ``encode`` over the texts ``todo``)
    averaged in; the token states go into ``states`` (text index -> Encoded) for the span tagger."""
    _, _, weight = ensemble_settings(classifier)
    encoded, deep = result
    probs = list(probs)
    for i, q, e in zip(todo, deep, encoded, strict=True):
        probs[i] = weight * float(q) + (1.0 - weight) * probs[i]
        if states is not None:
            states[i] = e
    return probs


def refine(
    encoder: MiniLM | None,
    classifier: Classifier,
    texts: list[str],
    probs: list[float],
    todo: list[int],
    states: dict[int, Encoded] | None = None,
) -> list[float]:
    """Average the encoder's probability into ``probs`` for the texts ``todo`` in the gate band;
    the pass's token states go into ``states`` (text index -> Encoded) for the span tagger."""
    todo = gated(classifier, probs, todo)
    if not todo or encoder is None:
        return probs
    return averaged(classifier, probs, todo, encode(encoder, [texts[i] for i in todo]), states)


def tag(
    encoder: MiniLM | None,
    tagger: SpanTagger | None,
    texts: list[str],
    which: list[int],
    states: dict[int, Encoded],
    role_tagger: SpanTagger | None = None,
) -> dict[int, dict[str, Any] | None]:
    """What the tagger reads in the texts ``which`` (``SpanTagger.read``: its cause/effect when one decodes,
    and every piece's role log-odds), encoding those not in ``states`` yet. With ``role_tagger`` the role
    log-odds, by which directions are checked and splits voted, are that tagger's (round 20)."""
    if tagger is None or encoder is None:
        return {}
    missing = [i for i in which if i not in states]
    for i, e in zip(missing, encode_texts(encoder, [texts[i] for i in missing]), strict=True):
        states[i] = e
    encoded = [(states[i].states, states[i].offsets) for i in which]
    # both heads on one feature matrix per chunk (``causal_spans.probs_many_heads``)
    return dict(zip(which, tagger.read_many(encoded, role_tagger), strict=True))
