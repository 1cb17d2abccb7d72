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
from detente.nlp.dates import bounds, document_dates, precision
from detente.nlp.framing_tagger import raw_text_signals
from detente.reference.records import AnalysisRows, CausalClaim, Event, FramingHit, Mention, QualitySignal


def event_period(label: str | None) -> tuple[str | None, str | None, str | None]:
    """A date label ("2025", "2025-Q2", "2025-10-02") -> (first day, last day, precision), ISO strings; an
    unknown label is no date (never a guessed day)."""
    span = bounds(label)
    if span is None:
        return None, None, None
    return span[0].isoformat(), span[1].isoformat(), precision(label)


# the coder's ``date_how`` -> (stored ``date_how``, background): "history" is a stated date of a recalled
# event, "background" a recalled event the text does not date (docs/dates.md)
DATE_HOW: dict[str | None, tuple[str | None, bool]] = {
    "text": ("text", False),
    "history": ("text", True),
    "background": (None, True),
    "document": ("document", False),
    None: (None, False),
}


class SentenceIndex:
    """Which of our sentences a cleaned offset falls in, and that sentence's raw span. ``first`` is the
    document-wide number of the first sentence given (a section of a long document holds a slice of them)."""

    def __init__(
        self, clean_spans: Sequence[tuple[int, int]], raw_spans: Sequence[tuple[int, int]], first: int = 0
    ) -> None:
        self.clean_starts = [s for s, _ in clean_spans]
        self.clean_spans = list(clean_spans)
        self.raw_spans = list(raw_spans)
        self.first = first

    def find(self, clean_offset: int) -> int | None:
        i = bisect_right(self.clean_starts, clean_offset) - 1
        return i + self.first if 0 <= i < len(self.clean_starts) else None

    def raw_span(self, idx: int) -> tuple[int, int]:
        return self.raw_spans[idx - self.first]


def doc_rows(
    doc: Doc,
    doc_id: str,
    mapped: MappedText,
    sentences: SentenceIndex,
    raw_text: str | None = None,
    first_item: int = 0,
) -> AnalysisRows:
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

    s: int | None
    e: int | None
    mentions: list[Mention] = []
    for span in doc.spans.get("actors", []):
        s, e = raw(span.start_char, span.end_char)
        mentions.append(
            Mention(
                doc_id=doc_id,
                sentence_idx=sentences.find(span.start_char),
                start=s,
                end=e,
                text=span.text,
                actor_code=span.label_,
                how=span._.actor_how,
            )
        )
    events: list[Event] = []
    coded = doc._.events or []
    for n, (ev, (label, how)) in enumerate(zip(coded, document_dates(doc, coded), strict=True), start=first_item):
        idx, s, e = locate(ev["start"])
        date, date_end, date_precision = event_period(label)
        date_how, background = DATE_HOW.get(how, (how, False))
        events.append(
            Event(
                event_id=f"{doc_id}#{idx}#{n}",
                doc_id=doc_id,
                sentence_idx=idx,
                start=s,
                end=e,
                source=ev.get("source"),
                target=ev.get("target"),
                source_name=ev.get("source_name") or ev.get("source_text"),
                target_name=ev.get("target_name") or ev.get("target_text"),
                cameo=ev.get("cameo"),
                plover=ev.get("plover"),
                goldstein=ev.get("goldstein"),
                quad=ev.get("quad"),
                negated=bool(ev.get("negated")),
                hypothetical=bool(ev.get("hypothetical")),
                date=date,
                date_precision=date_precision,
                date_how=date_how if date is not None else None,
                trigger=ev.get("trigger"),
                origin="text",
                origin_id=None,
                num_sources=None,
                num_articles=None,
                url=None,
                origin_fields=None,
                date_end=date_end,
                date_label=label if date is not None else None,
                background=background,
            )
        )
    causal: list[CausalClaim] = []
    for n, c in enumerate(doc._.causal or [], start=first_item):
        idx, s, e = locate(c["start"])
        row = CausalClaim(
            claim_id=f"{doc_id}#{idx}#c{n}",
            doc_id=doc_id,
            sentence_idx=idx,
            start=s,
            end=e,
            cause=c.get("cause"),
            effect=c.get("effect"),
            polarity=c.get("polarity"),
            hedged=bool(c.get("hedged")),
            signal=c.get("signal"),
        )
        if c.get("cause_start") is not None and c.get("cause_end") is not None:
            row["cause_start"], row["cause_end"] = raw(c["cause_start"], c["cause_end"])
        if c.get("effect_start") is not None and c.get("effect_end") is not None:
            row["effect_start"], row["effect_end"] = raw(c["effect_start"], c["effect_end"])
        causal.append(row)
    framing: list[FramingHit] = []
    for hit in doc._.framing or []:
        s, e = raw(hit["start"], hit["end"])
        framing.append(
            FramingHit(
                doc_id=doc_id,
                sentence_idx=sentences.find(hit["start"]),
                start=s,
                end=e,
                phrase=hit.get("phrase"),
                narrative=hit.get("narrative"),
                technique=hit.get("technique"),
                note=hit.get("note"),
            )
        )

    def signal_row(sig: dict[str, Any], start: int | None, end: int | None) -> QualitySignal:
        return QualitySignal(
            doc_id=doc_id,
            start=start,
            end=end,
            signal=sig["signal"],
            evidence=sig.get("evidence"),
            note=sig.get("note"),
        )

    quality: list[QualitySignal] = [
        signal_row(sig, *(raw(sig["start"], sig["end"]) if sig.get("start") is not None else (None, None)))
        for sig in doc._.quality or []
    ]
    if raw_text is not None:  # raw_text_signals gives raw offsets already
        quality += [signal_row(sig, sig["start"], sig["end"]) for sig in raw_text_signals(raw_text)]
    return {
        "mentions": mentions,
        "events": events,
        "causal_claims": causal,
        "framing_hits": framing,
        "quality_signals": quality,
    }
