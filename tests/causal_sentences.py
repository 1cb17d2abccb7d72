"""Running the causal rules on one constructed sentence: the helpers the causal-rule tests share (the ``parse``
and ``extractor`` fixtures they take are in conftest.py)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Span

from detente.nlp.causal_extractor import Extractor, load_lexicon
from detente.nlp.causal_scorer import Classifier
from detente.nlp.causal_settings import CausalSettings


def sentence(nlp: Language, text: str) -> Span:
    """The first sentence of ``text`` as the parser splits it."""
    return next(iter(nlp(text).sents))


def extractor_with(*, shipped: bool = False, **switches: Any) -> Extractor:
    """A fresh parse-rule extractor with the packaged lexicon and the causal ``switches`` set over the defaults
    (``CausalSettings()``: every rule as before its round), or over the shipped classifier.json's settings when
    ``shipped``: what a round's on/off rows compare (a switch that is no setting raises ``TypeError``)."""
    base = Classifier.load().settings if shipped else CausalSettings()
    return Extractor(load_lexicon(), settings=dataclasses.replace(base, **switches))


def pairs(nlp: Language, ex: Extractor, text: str) -> list[tuple[str, str, str]]:
    """(cause, effect, signal) of each claim the parse rules extract from the first sentence of ``text``."""
    return [(c["cause"], c["effect"], c["signal"]) for c in ex.extract(sentence(nlp, text))]


@contextmanager
def settings_set(component: Language, **values: Any) -> Iterator[None]:
    """The causal extractor's settings of ``component`` set to ``values`` inside the block, restored after it."""
    comp: Any = component.get_pipe("causal_extractor")
    settings = comp.extractor.settings
    saved = {name: getattr(settings, name) for name in values}
    try:
        for name, value in values.items():
            setattr(settings, name, value)
        yield
    finally:
        for name, value in saved.items():
            setattr(settings, name, value)


def tagger_reading(text: str, cause: str, effect: str, score: float = 15.0) -> dict[str, Any]:
    """A span tagger's reading of ``text`` that marks ``cause`` and ``effect`` (their first occurrences)."""
    c0, e0 = text.index(cause), text.index(effect)
    return {
        "cause": (c0, c0 + len(cause)),
        "effect": (e0, e0 + len(effect)),
        "cause_score": score,
        "effect_score": score,
    }


def claims_at(component: Language, text: str, reading: dict[str, Any], prob: float = 0.9) -> list[dict[str, Any]]:
    """The claims the causal extractor of ``component`` makes of the first sentence of ``text`` at sentence
    probability ``prob`` with the tagger's ``reading``, after the pipeline's other stages."""
    comp: Any = component.get_pipe("causal_extractor")
    doc = component.make_doc(text)
    for name, pipe in component.pipeline:
        if name != "causal_extractor":
            doc = pipe(doc)
    sent = next(iter(doc.sents))
    return list(comp._claims_at(sent, prob, comp.extractor.extract(sent), reading))


def claim_over(text: str, cause: str, effect: str, **extra: Any) -> dict[str, Any]:
    """A claim over ``text`` whose cause and effect are the given phrases (their first occurrences), with their
    offsets, and ``extra`` fields."""
    c0, e0 = text.index(cause), text.index(effect)
    return {
        "cause": cause,
        "cause_start": c0,
        "cause_end": c0 + len(cause),
        "effect": effect,
        "effect_start": e0,
        "effect_end": e0 + len(effect),
        **extra,
    }


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _jaccard(a: str, b: str) -> float:
    x, y = _tokens(a), _tokens(b)
    return len(x & y) / len(x | y) if x | y else 0.0


def pair_match(got: tuple[str, str], want: tuple[str, str]) -> float:
    """How well a (cause, effect) claim matches an expected pair: the lower of the two sides' token Jaccard (the
    scorer's match, ``../shared/eval/score.py``, at >= 0.5)."""
    return min(_jaccard(got[0], want[0]), _jaccard(got[1], want[1]))


def left_over_pairs(got: list[tuple[str, str]], want: list[tuple[str, str]]) -> tuple[list, list]:
    """The claims no expected pair matches and the expected pairs no claim matches (the scorer's greedy match)."""
    unmatched, extra = list(want), []
    for pair in got:
        best = max(unmatched, default=None, key=lambda w: pair_match(pair, w))
        if best is not None and pair_match(pair, best) >= 0.5:
            unmatched.remove(best)
        else:
            extra.append(pair)
    return extra, unmatched


def claim_pairs(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(cause, effect) of each claim the full causal stage of ``nlp`` makes of ``text``."""
    return [(c["cause"], c["effect"]) for c in nlp(text)._.causal]


def assert_claims(nlp: Language, text: str, want: list[tuple[str, str]]) -> None:
    """The claims the causal stage of ``nlp`` makes of ``text`` match the expected (cause, effect) pairs one to one
    (``left_over_pairs``: no claim without a pair, no pair without a claim)."""
    assert left_over_pairs(claim_pairs(nlp, text), want) == ([], [])


def assert_table_shape(
    causal: list[Any], controls: list[Any], xfail_causal: dict[int, str], xfail_controls: dict[int, str], size: int
) -> None:
    """A news causal table has the number of rows its docs and BENCHMARKS section state, and each xfail names a row."""
    assert len(causal) + len(controls) == size
    assert set(xfail_causal) <= set(range(len(causal)))
    assert set(xfail_controls) <= set(range(len(controls)))


def assert_shipped_on_default_off(*names: str) -> None:
    """Each causal switch ``names`` is on in the shipped classifier.json and off in ``CausalSettings()`` (the
    default a round's A/B rows compare against)."""
    shipped, defaults = Classifier.load().settings, CausalSettings()
    for name in names:
        assert getattr(shipped, name), name
        assert not getattr(defaults, name), name


def numbered_cases(rows: list[Any], xfail: dict[int, str], prefix: str) -> list[Any]:
    """The rows of a causal table as parametrized cases with ids ``<prefix>NN``: a row (a tuple of arguments, or one
    text) whose index ``xfail`` lists is a strict expected failure with that reason."""
    return [
        pytest.param(
            *(row if isinstance(row, tuple) else (row,)),
            id=f"{prefix}{i:02d}",
            marks=[pytest.mark.xfail(strict=True, reason=xfail[i])] if i in xfail else [],
        )
        for i, row in enumerate(rows)
    ]


def news_table_tests(
    causal: list[tuple[str, list[tuple[str, str]]]],
    controls: list[str],
    xfail_causal: dict[int, str],
    xfail_controls: dict[int, str],
    *,
    size: int,
    switches: tuple[str, ...],
) -> type:
    """The four tests every news causal table runs, as a class for the table's module to bind to a ``Test`` name
    (pytest collects it there, with the module's ``causal_nlp``): each causal row's claims match its pairs one to one
    (``assert_claims``; ids ``causalNN``), each control gives no claim (ids ``controlNN``), the table has its stated
    ``size`` (``assert_table_shape``), and its round's ``switches`` are shipped on and off by default
    (``assert_shipped_on_default_off``). Rows ``xfail_causal`` / ``xfail_controls`` list are strict xfails."""

    class NewsTable:
        @pytest.mark.parametrize(("text", "want"), numbered_cases(causal, xfail_causal, "causal"))
        def test_causal_row(self, causal_nlp: Language, text: str, want: list[tuple[str, str]]) -> None:
            assert_claims(causal_nlp, text, want)

        @pytest.mark.parametrize("text", numbered_cases(controls, xfail_controls, "control"))
        def test_control_gives_no_claim(self, causal_nlp: Language, text: str) -> None:
            assert claim_pairs(causal_nlp, text) == []

        def test_the_table_has_its_shape(self) -> None:
            assert_table_shape(causal, controls, xfail_causal, xfail_controls, size)

        def test_the_switches_are_shipped_on_and_off_by_default(self) -> None:
            assert_shipped_on_default_off(*switches)

    return NewsTable
