"""The records that travel between the stages, typed once: every column list derives from these.

A row of a store table is a ``TypedDict`` whose required keys are the table's columns in table order, so
the store's inserts, the rows :func:`detente.nlp.results.doc_rows` builds, the ``detente code`` output, the
CLI's columns and the REST responses name the same fields, and mypy checks every place that builds one.
``tests/test_records.py`` checks the tables of a fresh store against them and greps for the old copies.

``detente code``'s output (:class:`CodedEvent`, :class:`CodedCausal`) is read by the shared scorer: its
keys and their order are part of the format and must not change.
"""

# no ``from __future__ import annotations``: TypedDict needs real annotations to tell NotRequired keys apart
import datetime as dt
from typing import Any, Literal, NotRequired, TypedDict, get_args

# closed vocabularies: the CLI's choices, the REST enums and the checks in analysis use these
Origin = Literal["text", "gdelt", "icews"]  # where an event comes from
ORIGINS: tuple[str, ...] = get_args(Origin)
IMPORT_ORIGINS: tuple[str, ...] = ("gdelt", "icews")  # what ``detente import`` reads
ClaimStatus = Literal["corroborated", "single", "contested"]
CLAIM_STATUSES: tuple[str, ...] = get_args(ClaimStatus)


class DocumentRow(TypedDict):
    """A row of ``documents`` as ingest writes it (``ingested_at`` is the store's default)."""

    id: str
    source: str | None
    url: str | None
    title: str | None
    published: dt.date | None
    published_how: str | None
    path: str
    format: str
    raw_text: str
    clean_text: str
    offset_map: str
    content_hash: str
    duplicate_of: str | None
    similarity: float | None
    minhash: bytes
    words: int
    encoding: str


class SentenceRow(TypedDict):
    """A row of ``sentences``: raw offsets, offsets into the clean text, the clean text."""

    doc_id: str
    idx: int
    start: int
    end: int
    clean_start: int
    clean_end: int
    text: str


class Mention(TypedDict):
    """A row of ``mentions``: an actor named in the text (``how``: name, alias, demonym, pronoun...)."""

    doc_id: str
    sentence_idx: int | None
    start: int
    end: int
    text: str
    actor_code: str
    how: str | None


class Event(TypedDict):
    """A row of ``events``: coded from text (``origin`` text) or imported (gdelt, icews)."""

    event_id: str
    doc_id: str | None
    sentence_idx: int | None
    start: int | None
    end: int | None
    source: str | None
    target: str | None
    source_name: str | None
    target_name: str | None
    cameo: str | None
    plover: str | None
    goldstein: float | None
    quad: int | None
    negated: bool
    hypothetical: bool
    date: str | None
    date_precision: str | None
    date_how: str | None
    trigger: str | None
    origin: str
    origin_id: str | None
    num_sources: int | None
    num_articles: int | None
    url: str | None
    origin_fields: str | None
    # the date at the text's granularity (docs/dates.md): ``date``..``date_end`` is its period, ``date_label``
    # its ISO-style name ("2025", "2025-Q2", "2025-W43", "2025-10-27"); ``background``: the sentence recalls
    # earlier history (undated unless the text says when, and then never given the publication date)
    date_end: str | None
    date_label: str | None
    background: bool


class CausalClaim(TypedDict):
    """A row of ``causal_claims``: cause -> effect with raw offsets of both spans."""

    claim_id: str
    doc_id: str
    sentence_idx: int | None
    start: int | None
    end: int | None
    cause: str | None
    effect: str | None
    cause_start: NotRequired[int | None]
    cause_end: NotRequired[int | None]
    effect_start: NotRequired[int | None]
    effect_end: NotRequired[int | None]
    polarity: str | None
    hedged: bool
    signal: str | None


class FramingHit(TypedDict):
    """A row of ``framing_hits``: a narrative marker or persuasion technique in a sentence."""

    doc_id: str
    sentence_idx: int | None
    start: int
    end: int
    phrase: str | None
    narrative: str | None
    technique: str | None
    note: str | None


class QualitySignal(TypedDict):
    """A row of ``quality_signals``: debris, broken spacing, unsourced statistics..."""

    doc_id: str
    start: int | None
    end: int | None
    signal: str
    evidence: str | None
    note: str | None


class CodedEvent(TypedDict):
    """One event of ``detente code`` (offsets into the text given)."""

    source: str | None
    target: str | None
    cameo: str | None
    plover: str | None
    goldstein: float | None
    quad: int | None
    negated: bool
    hypothetical: bool
    start: int | None
    end: int | None
    trigger: str | None
    date: str | None  # the date label, at the text's granularity (docs/dates.md)
    # added after the scorer's fields: the label's granularity, where the date comes from (text | document |
    # None) and whether the sentence recalls earlier history
    date_precision: str | None
    date_how: str | None
    background: bool


class CodedCausal(TypedDict):
    """One causal claim of ``detente code`` (offsets into the text given)."""

    cause: str | None
    effect: str | None
    polarity: str | None
    hedged: bool
    start: int | None
    end: int | None


class CodedDocument(TypedDict):
    """One line of ``detente code``'s output."""

    id: str
    events: list[CodedEvent]
    causal: list[CodedCausal]


class EventListing(TypedDict):
    """An event as ``detente events`` and ``GET /api/events`` list it: the stored event with its sentence
    and its document's source, url and title (the evidence a reader checks)."""

    event_id: str
    date: str | None  # the date label ("2025", "2025-Q2", "2025-10-27"), not the first day of its period
    date_precision: str | None
    date_how: str | None
    background: bool
    source: str | None
    target: str | None
    source_name: str | None
    target_name: str | None
    cameo: str | None
    plover: str | None
    goldstein: float | None
    quad: int | None
    negated: bool
    hypothetical: bool
    trigger: str | None
    origin: str
    origin_id: str | None
    num_sources: int | None
    num_articles: int | None
    doc_id: str | None
    sentence_idx: int | None
    start: int | None
    end: int | None
    sentence: str | None
    doc_source: str | None
    url: str | None
    title: str | None


class IndexPoint(TypedDict):
    """One period of the relations index."""

    period: str
    events: int
    quad1: int
    quad2: int
    quad3: int
    quad4: int
    goldstein_mean: float | None
    goldstein_total: float
    net_cooperation: float | None


class IndexCoverage(TypedDict):
    """What a relations index of one frequency places and what it leaves out (asserted events only)."""

    placed: int
    coarser_than_period: int  # dated, but the date spans more than one period ("2025" in a monthly index)
    background_undated: int  # recalled history the text does not date
    undated: int  # no date known


class Claim(TypedDict):
    """One entry of the claim ledger; ``members`` are the sentences (doc_id, sentence_idx, start, end, text...)."""

    claim_id: str
    kind: str
    label: str
    status: str
    documents: list[str]
    sources: list[str]
    independent_documents: int
    actors: list[str]
    why: str
    members: list[dict[str, Any]]


class AnalysisRows(TypedDict):
    """One document's NLP results, table -> rows (the tables of :data:`ANALYSIS_TABLES`)."""

    mentions: list[Mention]
    events: list[Event]
    causal_claims: list[CausalClaim]
    framing_hits: list[FramingHit]
    quality_signals: list[QualitySignal]


def columns(record: type) -> tuple[str, ...]:
    """The fields of a record in order; for a table row, its columns (keys marked NotRequired included
    when the table has them, see :data:`TABLES`)."""
    return tuple(record.__annotations__)


# table -> its row record and the columns an insert writes (in table order)
TABLES: dict[str, type] = {
    "documents": DocumentRow,
    "sentences": SentenceRow,
    "mentions": Mention,
    "events": Event,
    "causal_claims": CausalClaim,
    "framing_hits": FramingHit,
    "quality_signals": QualitySignal,
}
NOT_STORED: frozenset[str] = frozenset()  # record fields that are not table columns

# where a piece of evidence stands (provenance): its document, sentence and raw character offsets
EVIDENCE_PLACE: tuple[str, ...] = ("doc_id", "sentence_idx", "start", "end")

# the tables the NLP stage fills per document, in the order doc_rows returns them
ANALYSIS_TABLES: tuple[str, ...] = ("mentions", "events", "causal_claims", "framing_hits", "quality_signals")

# what ``detente events`` shows as a table (JSON gives every EventListing field)
EVENT_TABLE_COLUMNS: tuple[str, ...] = (
    "date",
    "source",
    "target",
    "cameo",
    "plover",
    "goldstein",
    "quad",
    "negated",
    "hypothetical",
    "trigger",
    "doc_id",
    "start",
    "end",
    "sentence",
)


def table_columns(table: str) -> tuple[str, ...]:
    """The stored columns of ``table`` in table order (``ingested_at``-style defaults left out)."""
    return tuple(c for c in columns(TABLES[table]) if c not in NOT_STORED)
