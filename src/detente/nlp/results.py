"""Turn what our components wrote on a Doc into plain rows with RAW offsets and sentence numbers.

Components write offsets into ``doc.text`` (the cleaned text); every row leaving here carries offsets
into the raw input instead, via the document's offset map, plus the index of its sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from detente.ingest.offsets import MappedText
from detente.nlp.framing_tagger import raw_text_signals


def period_start(value: str | None) -> tuple[str | None, str | None]:
    """An event date as the text gives it ("2025", "2025-10", "2025-10-02") -> (first day, precision)."""
    if not value:
        return None, None
    value = str(value)[:10]
    if len(value) == 4:
        return f"{value}-01-01", "year"
    if len(value) == 7:
        return f"{value}-01", "month"
    return value, "day"


class SentenceIndex:
    """Which of our sentences a cleaned offset falls in, and that sentence's raw span. ``first`` is the
    document-wide number of the first sentence given (a section of a long document holds a slice of them)."""

    def __init__(self, clean_spans: Sequence[tuple[int, int]], raw_spans: Sequence[tuple[int, int]],
                 first: int = 0) -> None:
        self.clean_starts = [s for s, _ in clean_spans]
        self.clean_spans = list(clean_spans)
        self.raw_spans = list(raw_spans)
        self.first = first

    def find(self, clean_offset: int) -> int | None:
        i = bisect_right(self.clean_starts, clean_offset) - 1
        return i + self.first if 0 <= i < len(self.clean_starts) else None

    def raw_span(self, idx: int) -> tuple[int, int]:
        return self.raw_spans[idx - self.first]


def doc_rows(doc: Doc, doc_id: str, mapped: MappedText, sentences: SentenceIndex,
             raw_text: str | None = None, first_item: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Rows for the mentions, events, causal_claims, framing_hits and quality_signals tables.

    With ``raw_text``, the signals that cleaning erases (broken spacing, debris) are judged on the raw
    input too and added to quality_signals. ``first_item`` numbers the first event and claim (a section
    of a long document continues the numbering of the sections before it, so ids stay unique)."""

    def raw(start: int, end: int) -> tuple[int, int]:
        return mapped.raw_span(start, end)

    def locate(start: int) -> tuple[int | None, int | None, int | None]:
        idx = sentences.find(start)
        if idx is None:
            return None, None, None
        rs, re_ = sentences.raw_span(idx)
        return idx, rs, re_

    mentions = []
    for span in doc.spans.get("actors", []):
        s, e = raw(span.start_char, span.end_char)
        mentions.append({"doc_id": doc_id, "sentence_idx": sentences.find(span.start_char), "start": s, "end": e,
                         "text": span.text, "actor_code": span.label_, "how": span._.actor_how})
    events = []
    for n, ev in enumerate(doc._.events or [], start=first_item):
        idx, s, e = locate(ev["start"])
        events.append({**{k: ev.get(k) for k in ("source", "target", "source_name", "target_name", "cameo",
                                                  "plover", "goldstein", "quad", "date", "date_how", "trigger")},
                       "source_name": ev.get("source_name") or ev.get("source_text"),
                       "target_name": ev.get("target_name") or ev.get("target_text"),
                       "negated": bool(ev.get("negated")), "hypothetical": bool(ev.get("hypothetical")),
                       "date_text": ev.get("date"),
                       "event_id": f"{doc_id}#{idx}#{n}", "doc_id": doc_id, "sentence_idx": idx,
                       "start": s, "end": e, "origin": "text"})
        events[-1]["date"], events[-1]["date_precision"] = period_start(ev.get("date"))
    causal = []
    for n, c in enumerate(doc._.causal or [], start=first_item):
        idx, s, e = locate(c["start"])
        row = {"claim_id": f"{doc_id}#{idx}#c{n}", "doc_id": doc_id, "sentence_idx": idx, "start": s, "end": e,
               "cause": c.get("cause"), "effect": c.get("effect"), "polarity": c.get("polarity"),
               "hedged": bool(c.get("hedged")), "signal": c.get("signal")}
        for part in ("cause", "effect"):
            if c.get(f"{part}_start") is not None and c.get(f"{part}_end") is not None:
                row[f"{part}_start"], row[f"{part}_end"] = raw(c[f"{part}_start"], c[f"{part}_end"])
        causal.append(row)
    framing = []
    for hit in doc._.framing or []:
        s, e = raw(hit["start"], hit["end"])
        framing.append({"doc_id": doc_id, "sentence_idx": sentences.find(hit["start"]), "start": s, "end": e,
                        **{k: hit.get(k) for k in ("phrase", "narrative", "technique", "note")}})
    quality = []
    for sig in doc._.quality or []:
        s, e = raw(sig["start"], sig["end"]) if sig.get("start") is not None else (None, None)
        quality.append({"doc_id": doc_id, "start": s, "end": e,
                        **{k: sig.get(k) for k in ("signal", "evidence", "note")}})
    if raw_text is not None:
        quality += [{**sig, "doc_id": doc_id} for sig in raw_text_signals(raw_text)]
    return {"mentions": mentions, "events": events, "causal_claims": causal, "framing_hits": framing,
            "quality_signals": quality}
