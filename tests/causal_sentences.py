"""Running the causal rules on one constructed sentence: the helpers the causal-rule tests share (the ``parse``
and ``extractor`` fixtures they take are in conftest.py)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from detente.nlp.causal_extractor import Extractor


def sentence(nlp: Language, text: str) -> Span:
    """The first sentence of ``text`` as the parser splits it."""
    return next(iter(nlp(text).sents))


def pairs(nlp: Language, ex: Extractor, text: str) -> list[tuple[str, str, str]]:
    """(cause, effect, signal) of each claim the parse rules extract from the first sentence of ``text``."""
    return [(c["cause"], c["effect"], c["signal"]) for c in ex.extract(sentence(nlp, text))]
