"""Coding one constructed sentence with its actors given: the helper the event-rule tests share when they check
the coder's rules apart from actor resolution.

Actors are marked explicitly, as the spans ``actor_resolver`` would write; the real spaCy model parses and the
real ``event_coder`` runs.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.event_coder import EventCoder


def code(base: Language, coder: EventCoder, text: str, actors: dict[str, str]) -> list[dict[str, Any]]:
    """Parse ``text``, mark every occurrence of each form in ``actors`` with its code (a form not in the text
    marks nothing), run the coder and return its events."""
    doc: Doc = base(text)
    doc._.published = "2025-06-01"
    spans = []
    for form, label in actors.items():
        start = text.find(form)
        while start >= 0:
            span = doc.char_span(start, start + len(form), label=label, alignment_mode="expand")
            assert span is not None, form
            spans.append(span)
            start = text.find(form, start + len(form))
    doc.spans["actors"] = spans
    return coder(doc)._.events


def asserted(events: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of the events that are neither negated nor hypothetical."""
    return {
        (e["source"][:3], e["target"][:3], e["cameo"][:2]) for e in events if not e["negated"] and not e["hypothetical"]
    }
