"""The causal claim as the parse rules and the table reader write it on ``doc._.causal``: one place for its keys.

Offsets are into ``doc.text`` (the cleaned text); ``nlp/results.py`` maps them to raw offsets."""

from __future__ import annotations

from typing import Any


def causal_hit(
    cause: str,
    effect: str,
    polarity: str,
    hedged: bool,
    signal: str,
    sentence: tuple[int, int],
    cause_span: tuple[int, int],
    effect_span: tuple[int, int],
    resolved: bool,
) -> dict[str, Any]:
    """A claim: its cause and effect text and spans, the span of the sentence (or table row) stating it, and
    ``resolved`` false where a pronoun was left standing for the cause or effect."""
    return {
        "cause": cause,
        "effect": effect,
        "polarity": polarity,
        "hedged": hedged,
        "signal": signal,
        "start": sentence[0],
        "end": sentence[1],
        "cause_start": cause_span[0],
        "cause_end": cause_span[1],
        "effect_start": effect_span[0],
        "effect_end": effect_span[1],
        "resolved": resolved,
    }
