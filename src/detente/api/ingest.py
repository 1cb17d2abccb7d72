"""Ingest and analyze: the functions behind ``detente ingest``, ``detente analyze`` and ``detente code``."""

from __future__ import annotations

import hashlib
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import duckdb
from spacy.language import Language

from detente import __version__
from detente.api.runtime import RUNTIME
from detente.ingest.dedupe import DuplicateIndex, from_bytes
from detente.ingest.document import Document, prepare
from detente.ingest.offsets import MappedText
from detente.ingest.readers import InputProblem, RawArticle, read_paths
from detente.nlp.pipeline import run
from detente.nlp.results import SentenceIndex, doc_rows
from detente.reference.records import AnalysisRows, CausalClaim, CodedCausal, CodedDocument, CodedEvent, Event, columns
from detente.store import documents as store
from detente.store.db import Store, opened

Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str, float]] = field(default_factory=list)  # (id, original, similarity)
    problems: list[str] = field(default_factory=list)
    analyzed: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return len(self.new) + len(self.updated)

    def as_dict(self) -> dict[str, Any]:
        return {"new": len(self.new), "updated": len(self.updated), "unchanged": len(self.unchanged),
                "duplicates": [{"id": i, "duplicate_of": o, "similarity": round(s, 3)} for i, o, s in self.duplicates],
                "analyzed": len(self.analyzed), "problems": self.problems}


def _store_one(con: duckdb.DuckDBPyConnection, doc: Document, index: DuplicateIndex, report: IngestReport) -> None:
    before = store.existing(con, doc.id)
    if before is not None and before[0] == doc.content_hash:
        report.unchanged.append(doc.id)  # the same content again: a no-op
        return
    twin = store.by_hash(con, doc.content_hash)
    if twin is not None and twin != doc.id:
        doc.duplicate_of, doc.similarity = twin, 1.0
    else:
        near = index.find(from_bytes(doc.minhash))
        if near is not None and near[0] != doc.id:
            doc.duplicate_of, doc.similarity = near
    store.save_document(con, doc, replace=before is not None)
    (report.updated if before is not None else report.new).append(doc.id)
    if doc.duplicate_of:
        report.duplicates.append((doc.id, doc.duplicate_of, doc.similarity or 0.0))
    else:
        index.add(doc.id, from_bytes(doc.minhash))


def ingest(
    paths: Iterable[str | Path],
    db: Store = None,
    progress: Progress | None = None,
    on_problem: Callable[[str], None] | None = None,
    id_prefix: str = "",
) -> IngestReport:
    """Read, clean, segment and store articles; exact re-ingest is a no-op, near-duplicates are linked.

    Problems (missing files, bad encodings, broken JSONL lines...) are reported one line each through
    ``on_problem`` (default: stderr) and in the report; the rest of the batch is stored. ``id_prefix`` goes
    before every id made from a file path (uploads use it so that they never replace an ingested file)."""
    report = IngestReport()
    say = on_problem or (lambda line: print(line, file=sys.stderr))
    with opened(db) as con:
        index = DuplicateIndex()
        for doc_id, mh in store.originals(con):
            if mh is not None:
                index.add(doc_id, from_bytes(mh))
        items = list(read_paths(list(paths), id_prefix=id_prefix))
        for n, item in enumerate(items, start=1):
            if isinstance(item, InputProblem):
                report.problems.append(str(item))
                say(f"error: {item}")
            else:
                try:
                    _store_one(con, prepare(item), index, report)
                except duckdb.Error as exc:
                    report.problems.append(f"{item.path}: not stored: {exc}")
                    say(f"error: {item.path}: not stored: {exc}")
            if progress:
                progress(n, len(items))
    return report


def pipeline_id(nlp: Language) -> str:
    meta = nlp.meta
    stages = ",".join(n for n in nlp.pipe_names if n not in ("tok2vec", "tagger", "parser", "attribute_ruler",
                                                               "lemmatizer", "ner", "senter"))
    return f"detente {__version__}; {meta.get('lang')}_{meta.get('name')} {meta.get('version')}; {stages}"


def get_pipeline() -> Language:
    """The full pipeline, loaded once per process (held by :data:`detente.api.runtime.RUNTIME`)."""
    return RUNTIME.pipeline()


def analysis_rows(nlp: Language, chunk: list[dict[str, Any]]) -> Iterator[tuple[str, AnalysisRows]]:
    """``(doc id, rows per table)`` for stored documents (``store.load_for_analysis`` dicts), in order:
    the one NLP loop behind the in-process and the Dask paths."""
    maps = [MappedText.loads(d["clean_text"], d["offset_map"]) for d in chunk]
    clean_spans = [[(cs, ce) for _, _, _, cs, ce in d["sentences"]] for d in chunk]
    items = [(m.text, d["published"], [s for s, _ in spans]) for m, d, spans in zip(maps, chunk, clean_spans,
                                                                                     strict=True)]
    for d, m, spans, doc in zip(chunk, maps, clean_spans, run(nlp, items), strict=True):
        sentences = SentenceIndex(spans, [(s, e) for _, s, e, _, _ in d["sentences"]])
        yield d["id"], doc_rows(doc, d["id"], m, sentences, d["raw_text"])


def analyze_stored(
    db: Store = None,
    nlp: Language | None = None,
    ids: Iterable[str] | None = None,
    progress: Progress | None = None,
    batch_size: int = 32,
) -> list[str]:
    """Run the NLP pipeline over stored documents that lack results from this pipeline version."""
    nlp = nlp or get_pipeline()
    pid = pipeline_id(nlp)
    done: list[str] = []
    with opened(db) as con:
        pending = store.pending_analysis(con, pid, ids)
        for k in range(0, len(pending), batch_size):
            chunk = [store.load_for_analysis(con, i) for i in pending[k : k + batch_size]]
            for doc_id, rows in analysis_rows(nlp, chunk):
                store.save_analysis(con, doc_id, rows, pid)
                done.append(doc_id)
                if progress:
                    progress(len(done), len(pending))
    return done


def analyze(
    paths: Iterable[str | Path],
    db: Store = None,
    progress: Progress | None = None,
    analyze_progress: Progress | None = None,
    on_problem: Callable[[str], None] | None = None,
    id_prefix: str = "",
) -> IngestReport:
    """Ingest ``paths`` and run every analysis stage on what is new or not yet analyzed."""
    with opened(db) as con:
        report = ingest(paths, con, progress=progress, on_problem=on_problem, id_prefix=id_prefix)
        report.analyzed = analyze_stored(con, progress=analyze_progress)
    return report


UPLOAD_PREFIX = "upload:"


def upload_id(name: str, content: bytes) -> str:
    """The document id of an uploaded file: ``upload:`` + 12 hex digits of its SHA-256 + ``/`` + its name.

    Ingested files get their path as id and never start with ``upload:``, so an upload named like a stored
    document is stored next to it instead of replacing it; the same bytes uploaded again get the same id (a
    no-op), and different bytes under one name get different ids."""
    return f"{UPLOAD_PREFIX}{_content_key(content)}/{name}"


def _content_key(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()[:12]


def analyze_uploads(
    files: Iterable[tuple[str, bytes]],
    db: Store = None,
    on_problem: Callable[[str], None] | None = None,
) -> IngestReport:
    """Store and analyze uploaded files (``(file name, content)``; the name must be a plain file name with a
    supported suffix) under the ids of :func:`upload_id`. A JSONL line's own ``id`` is kept as it is."""
    with tempfile.TemporaryDirectory(prefix="detente-upload-") as tmp:
        root = Path(tmp)
        for name, content in files:
            if Path(name).name != name or name in ("", ".", ".."):
                raise ValueError(f"upload name {name!r} must be a plain file name")
            folder = root / _content_key(content)  # read back as id UPLOAD_PREFIX + "KEY/name" = upload_id
            folder.mkdir(exist_ok=True)
            (folder / name).write_bytes(content)
        return analyze([root], db=db, on_problem=on_problem, id_prefix=UPLOAD_PREFIX)


def coded_event(row: Event) -> CodedEvent:
    """A stored event row as ``detente code`` reports it: the text's own date, not the period start."""
    out = {k: row.get(k) for k in columns(CodedEvent)}
    out["date"] = row.get("date_text")
    return cast(CodedEvent, out)


def coded_causal(row: CausalClaim) -> CodedCausal:
    return cast(CodedCausal, {k: row.get(k) for k in columns(CodedCausal)})


def code_stream(docs: Iterable[dict[str, Any]], nlp: Language | None = None,
                batch_size: int = 32) -> Iterator[CodedDocument]:
    """The evaluation interface, lazily: ``{"id", "text", "date"?}`` -> ``{"id", "events", "causal"}`` in input
    order, with offsets into the given ``text`` (cleaning runs, and every offset is mapped back).

    Documents are prepared just before the pipeline needs them and forgotten once their result is yielded,
    so memory is bounded by the batch size whatever the input size."""
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
        yield CodedDocument(id=p.id, events=[coded_event(e) for e in rows["events"]],
                            causal=[coded_causal(c) for c in rows["causal_claims"]])


def code_documents(docs: Iterable[dict[str, Any]], nlp: Language | None = None,
                   batch_size: int = 32, progress: Progress | None = None) -> list[CodedDocument]:
    """:func:`code_stream` collected into a list (``progress`` gets ``(done, total)`` when ``docs`` is sized)."""
    docs = list(docs)
    out = []
    for result in code_stream(docs, nlp=nlp, batch_size=batch_size):
        out.append(result)
        if progress:
            progress(len(out), len(docs))
    return out
