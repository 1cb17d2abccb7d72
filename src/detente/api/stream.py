"""Streaming coding: ``code_stream(docs, nlp)`` yields one result per document as it is done.

Why: ``detente.api.ingest.code_documents`` prepares every document first and returns one list, so its memory
grows with the input (100 MB of text would need several GB). Here documents are read from an iterator,
prepared just before the pipeline needs them, and forgotten once their result is yielded: memory is bounded
by the batch size, whatever the input size. The results are exactly those of ``code_documents``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from detente.api.ingest import get_pipeline
from detente.ingest.document import Document, prepare
from detente.ingest.readers import RawArticle
from detente.nlp.pipeline import run
from detente.nlp.results import SentenceIndex, doc_rows

EVENT_KEYS = ("source", "target", "cameo", "plover", "goldstein", "quad", "negated", "hypothetical", "start",
              "end", "trigger")
CAUSAL_KEYS = ("cause", "effect", "polarity", "hedged", "start", "end")


def code_stream(docs: Iterable[dict[str, Any]], nlp: Language | None = None,
                batch_size: int = 32) -> Iterator[dict[str, Any]]:
    """``{"id", "text", "date"?}`` -> ``{"id", "events", "causal"}``, lazily, in input order."""
    nlp = nlp or get_pipeline()
    in_flight: deque[Document] = deque()

    def items() -> Iterator[tuple[str, str | None, list[int]]]:
        for n, d in enumerate(docs):
            article = RawArticle(id=str(d.get("id", n)), path="", format="jsonl",
                                 raw_text=str(d.get("text") or ""), date=d.get("date"))
            p = prepare(article)
            in_flight.append(p)
            yield (p.clean.text, p.published.isoformat() if p.published else None,
                   [s.clean_start for s in p.sentences])

    for doc in run(nlp, items(), batch_size=batch_size):
        p = in_flight.popleft()
        sentences = SentenceIndex([(s.clean_start, s.clean_end) for s in p.sentences],
                                  [(s.start, s.end) for s in p.sentences])
        rows = doc_rows(doc, p.id, p.clean, sentences)
        events = [{**{k: e[k] for k in EVENT_KEYS}, "date": e["date_text"]} for e in rows["events"]]
        causal = [{k: c.get(k) for k in CAUSAL_KEYS} for c in rows["causal_claims"]]
        yield {"id": p.id, "events": events, "causal": causal}
