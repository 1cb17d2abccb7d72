"""Coding one constructed sentence with the rules alone: the helper the event-construction tests share.

The real spaCy model, the real ``actor_resolver`` and the real ``event_coder`` run; the learned layer is off,
so that the tests check the codebook and the trigger lexicon, not weights that a retraining may move.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.pipeline import build_pipeline, make_doc
from detente.reference.actors import primary_code


def before_stage(nlp: Language, text: str, stage: str) -> Doc:
    """``text`` run through the stages of ``nlp`` that come before ``stage`` (the stage itself not run)."""
    doc = make_doc(nlp, text, published="2024-05-01")
    for name, proc in nlp.pipeline:
        if name == stage:
            break
        doc = proc(doc)
    return doc


def rules_pipeline(**coder: Any) -> Language:
    """The resolver and the event coder, learned layer off; ``coder`` adds event_coder settings."""
    return build_pipeline(stages=("actor_resolver", "event_coder"), config={"event_coder": {"learned": False, **coder}})


def coded(
    nlp: Language, text: str, *, full_codes: bool = False, root: bool = True, published: str = "2024-05-01"
) -> tuple[dict[str, str], set[tuple[str, str, str]]]:
    """The actor mentions of ``text`` (text -> code) and its asserted events as (source, target, code):
    actors on their primary code as the scorer compares them (``full_codes``: as coded), the CAMEO code cut
    to its root (``root``) or whole; the text published on ``published``."""
    doc = nlp(make_doc(nlp, text, published=published))
    mentions = {m.text: m.label_ for m in doc.spans["actors"]}
    events: list[dict[str, Any]] = doc._.events or []
    actor = str if full_codes else primary_code
    return mentions, {
        (actor(e["source"]), actor(e["target"]), str(e["cameo"])[:2] if root else str(e["cameo"]))
        for e in events
        if not e["negated"] and not e["hypothetical"]
    }


def assert_mediated(nlp: Language, text: str, mediator: str, sides: tuple[str, str]) -> None:
    """The asserted events of ``text`` hold a third party's mediation of two sides' talks (docs/events.md rules 93,
    94, 100): the mediator 045 toward each side, the sides' own 04x talks both ways, and the mediator never a party
    of the talks."""
    events = asserted(nlp, text)
    a, b = sides
    assert {(mediator, a, "045"), (mediator, b, "045")} <= events
    assert {(s, t) for s, t, c in events if c.startswith("04") and mediator not in (s, t)} == {(a, b), (b, a)}
    assert not any(c.startswith("04") and c != "045" and mediator in (s, t) for s, t, c in events)


def asserted(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of the asserted events of ``text``, actors on their primary code."""
    return coded(nlp, text, root=False)[1]


def unnegated_events(nlp: Language, text: str) -> set[tuple[str, str, str, bool]]:
    """(source, target, CAMEO code, hypothetical) of every non-negated event of ``text``, hypothetical ones too,
    actors on their primary code."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    events: list[dict[str, Any]] = doc._.events or []
    return {
        (primary_code(e["source"]), primary_code(e["target"]), str(e["cameo"]), bool(e["hypothetical"]))
        for e in events
        if not e["negated"]
    }


def flagged_events(nlp: Language, text: str) -> set[tuple[str, str, str, bool, bool]]:
    """(source, target, CAMEO code, negated, hypothetical) of every event the coder outputs for ``text``, asserted
    and flagged alike, actors on their primary code."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    events: list[dict[str, Any]] = doc._.events or []
    return {
        (
            primary_code(e["source"]),
            primary_code(e["target"]),
            str(e["cameo"]),
            bool(e["negated"]),
            bool(e["hypothetical"]),
        )
        for e in events
    }


def unnegated_roots(nlp: Language, text: str) -> set[tuple[str, str, str, bool]]:
    """``unnegated_events`` with the CAMEO codes cut to the root."""
    return {(s, t, c[:2], hypothetical) for s, t, c, hypothetical in unnegated_events(nlp, text)}


def roots(events: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """The events with their CAMEO codes cut to the root."""
    return {(s, t, c[:2]) for s, t, c in events}


def both(a: str, b: str, code: str) -> set[tuple[str, str, str]]:
    """A mutual act (a meeting, talks, an agreement) between ``a`` and ``b``: one event per direction."""
    return {(a, b, code), (b, a, code)}


def table_cases(rows: list[Any], xfail: dict[str, str]) -> list[Any]:
    """The rows of an invented-sentence table as parametrized cases: a row whose sentence (its first field)
    ``xfail`` lists is a strict expected failure with that reason."""
    return [
        pytest.param(*row, marks=pytest.mark.xfail(reason=xfail[row[0]], strict=True)) if row[0] in xfail else row
        for row in rows
    ]


def actor_code_at(
    nlp: Language, sentence: str, mention: str, published: str | None = "2025-11-02", last: bool = False
) -> str | None:
    """The code of the first actor mention that overlaps the first occurrence of ``mention`` in ``sentence`` (``last``:
    its last occurrence, as a surname after a first mention), the text published on ``published`` (None: undated)."""
    doc = nlp(make_doc(nlp, sentence, published))
    start = sentence.rindex(mention) if last else sentence.index(mention)
    end = start + len(mention)
    for span in doc.spans["actors"]:
        if span.start_char < end and span.end_char > start:
            return str(span.label_)
    return None


def root_row_passes(found: set[tuple[str, str, str]], source: str, target: str, code: str) -> bool:
    """Whether the asserted events ``found`` meet a codebook-sweep row: an event of the pair with the expected code's
    root (the sweeps count whole sub-codes beside it)."""
    return any((s, t) == (source, target) and c[:2] == code[:2] for s, t, c in found)


def control_passes(found: set[tuple[str, str, str]], source: str, target: str, root: str) -> bool:
    """Whether a control row holds: no event of the pair whose code starts with ``root`` (no source: no event at
    all)."""
    if not source:
        return not found
    return not any((s, t) == (source, target) and c.startswith(root) for s, t, c in found)


def prefix_hit(found: set[tuple[str, str, str]], want: tuple[str, str, str]) -> bool:
    """Whether an event of ``found`` (source, target, code) begins with each part of ``want``: "IGO" matches
    "IGOBRC", "04" any meeting code."""
    return any(s.startswith(want[0]) and t.startswith(want[1]) and c.startswith(want[2]) for s, t, c in found)


def check_prefix_hits(nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    """A table row: ``text`` codes no asserted event when ``expected`` is empty, else an event with each expected
    (source, target, code) as prefixes (``prefix_hit``)."""
    found = asserted(nlp, text)
    if not expected:
        assert not found
        return
    assert all(prefix_hit(found, want) for want in expected), found


def event_set(rows: tuple[str, ...]) -> set[tuple[str, ...]]:
    """A table's events written as "SRC TGT CODE" strings, as (source, target, code) tuples."""
    return {tuple(e.split()) for e in rows}


def assert_codes_only(nlp: Language, text: str, allowed: tuple[str, ...]) -> None:
    """``text`` codes no asserted event (CAMEO root, ``coded``) but those ``allowed`` ("SRC TGT CODE")."""
    assert coded(nlp, text)[1] <= event_set(allowed)


def assert_codes_none_of(nlp: Language, text: str, forbidden: tuple[str, ...]) -> None:
    """``text`` codes none of the ``forbidden`` asserted events (CAMEO root, ``coded``; "SRC TGT CODE")."""
    assert not event_set(forbidden) & coded(nlp, text)[1]


def table_test(rows: list[Any], check: Callable[..., None], xfail: dict[str, str] | None = None) -> Callable[..., None]:
    """A test over an invented-sentence table, for the table's module to bind to a ``test_`` name (pytest collects
    it there, with the module's ``rules_nlp``): one case a row, its id the row's sentence (its first field), each
    running ``check(rules_nlp, *row)``; a sentence ``xfail`` lists is a strict expected failure with that reason."""
    xfail = xfail or {}
    cases = [
        pytest.param(
            row,
            id=row[0],
            marks=[pytest.mark.xfail(reason=xfail[row[0]], strict=True)] if row[0] in xfail else [],
        )
        for row in rows
    ]

    @pytest.mark.parametrize("row", cases)
    def test(rules_nlp: Language, row: tuple[Any, ...]) -> None:
        check(rules_nlp, *row)

    return test
