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


TEXT_KEY = "text"  # doc.user_data key: the text the Doc was made from (pipeline.make_doc sets it)


def doc_text(doc: Doc) -> str:
    """``doc.text``, read from ``doc.user_data`` when ``make_doc`` left it there: spaCy rebuilds ``Doc.text``
    from every token on each access (~20 ms for an 850-word article, read by several stages). Retokenizing
    never changes a Doc's text, and the length check guards against a text that is not this Doc's."""
    cached = _kept_text(doc)
    return doc.text if cached is None else cached


def _kept_text(doc: Doc) -> str | None:
    """The text ``make_doc`` kept for ``doc``, when it is there and fits the Doc; else None."""
    cached = doc.user_data.get(TEXT_KEY)
    if not isinstance(cached, str) or not len(doc):
        return None
    last = doc[-1]  # one Token object, read twice
    return cached if len(cached) == last.idx + len(last.text_with_ws) else None


def span_text(span: Span) -> str:
    """``span.text``, sliced from :func:`doc_text` by the span's character offsets instead of joined from a
    Token object per token (a sentence's text was rebuilt several times per sentence by the causal stage).
    The same string: a Doc's text is its tokens' ``text_with_ws`` joined, and a span's text runs from its
    first token's ``idx`` to its last token's end. A Doc without the kept text (not made by ``make_doc``)
    gets ``span.text``: rebuilding the whole ``doc.text`` per span would cost far more."""
    cached = _kept_text(span.doc) if len(span) else None
    return span.text if cached is None else cached[span.start_char : span.end_char]


def sentence_ents(sent: Span) -> list[Span]:
    """``sent.ents`` read from the sentence's own tokens: spaCy's ``Span.ents`` walks every entity of the
    whole Doc on each call, which made a long document's analysis quadratic in its length."""
    doc, out = sent.doc, []
    start, label = None, ""
    for t in sent:
        iob = t.ent_iob_
        if start is not None and iob != "I":
            out.append(Span(doc, start, t.i, label=label))
            start = None
        if iob == "B":
            start, label = t.i, t.ent_type_
    if start is not None and not (sent.end < len(doc) and doc[sent.end].ent_iob_ == "I"):
        out.append(Span(doc, start, sent.end, label=label))  # (one running past the sentence is not its own)
    return out


register_extensions()
