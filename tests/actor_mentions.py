"""The actor mentions ``actor_resolver`` writes for one constructed sentence: the helper the actor-resolution
tests share."""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.pipeline import make_doc


def found(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(text, code) of each mention, in order, for ``text`` published on 2025-11-02."""
    doc = nlp(make_doc(nlp, text, "2025-11-02"))
    return [(s.text, s.label_) for s in doc.spans["actors"]]
