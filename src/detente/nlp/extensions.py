"""The custom attributes our spaCy components read and write.

Every offset a component writes is a character offset into ``doc.text`` (the cleaned text the pipeline
saw); the caller maps them back to the raw input with the document's offset map.
"""

from spacy.tokens import Doc, Span


def register_extensions() -> None:
    """Register once; safe to call repeatedly."""
    doc_defaults = {
        "published": None,  # ISO date string of the document, set by the caller before nlp.pipe
        "events": None,  # list[dict]: see detente.nlp.event_coder
        "causal": None,  # list[dict]: see detente.nlp.causal_extractor
        "framing": None,  # list[dict]: see detente.nlp.framing_tagger
        "quality": None,  # list[dict]: text-quality signals
    }
    for name, default in doc_defaults.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("actor_how"):
        Span.set_extension("actor_how", default=None)


register_extensions()
