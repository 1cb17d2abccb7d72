"""Ingest and analyze: the functions behind ``detente ingest``, ``detente analyze`` and ``detente code``."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, cast

import duckdb
from spacy.language import Language
from spacy.tokens import Doc

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
# Documents per spaCy batch while coding. Small enough that a corpus spans several batches, so the causal
# stage's encoder pass over one batch runs in its worker thread while spaCy parses the next
# (nlp/causal_extractor.py, ``encode_ahead``); spaCy itself was no slower at 8 than at 32 (BENCHMARKS.md).
PIPE_BATCH = 8


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
        return {
            "new": len(self.new),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "duplicates": [{"id": i, "duplicate_of": o, "similarity": round(s, 3)} for i, o, s in self.duplicates],
            "analyzed": len(self.analyzed),
            "problems": self.problems,
        }


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
    stages = ",".join(
        n
        for n in nlp.pipe_names
        if n not in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")
    )
    return f"detente {__version__}; {meta.get('lang')}_{meta.get('name')} {meta.get('version')}; {stages}"


def get_pipeline() -> Language:
    """The full pipeline, loaded once per process (held by :data:`detente.api.runtime.RUNTIME`)."""
    return RUNTIME.pipeline()


# spaCy refuses a Doc longer than nlp.max_length (1,000,000 characters: error E088), and its parser's
# memory grows with a Doc's length; a longer document is analyzed in sections of whole sentences, each
# keeping its offsets into the document, so no document is too long to analyze.
SECTION_CHARS = 100_000
Section = tuple[int, int, int, int]  # clean start, clean end, first sentence, sentence after the last


def sections(text: str, spans: Sequence[tuple[int, int]], limit: int = SECTION_CHARS) -> list[Section]:
    """Cut ``text`` (its sentences' clean ``spans``) into runs of whole sentences of at most ``limit``
    characters; a single sentence longer than that is cut at white space. A text within the limit is one
    section, the whole of it."""
    if len(text) <= limit or not spans:  # (no sentences: white space only, nothing to analyze)
        return [(0, min(len(text), limit) if not spans else len(text), 0, len(spans))]
    out: list[Section] = []
    start: int | None = None
    first = 0
    for i, (s, e) in enumerate(spans):
        if start is not None and e - start > limit:
            out.append((start, spans[i - 1][1], first, i))
            start = None
        if e - s > limit:  # one sentence longer than a section: pieces of it, each a section
            pos = s
            while pos < e:
                cut = e if e - pos <= limit else max(text.rfind(" ", pos + 1, pos + limit), pos + limit // 2)
                out.append((pos, cut, i, i + 1))
                pos = cut
        elif start is None:
            start, first = s, i
    if start is not None:
        out.append((start, spans[-1][1], first, len(spans)))
    return out


def run_sections(
    nlp: Language, items: Iterable[tuple[str, str | None, Sequence[tuple[int, int]]]], batch_size: int = PIPE_BATCH
) -> Iterator[list[tuple[Section, Doc]]]:
    """Run the pipeline over ``(clean text, published, sentence clean spans)`` documents, in order, one
    list of ``(section, Doc)`` per document (one section unless the text is longer than SECTION_CHARS)."""
    ahead: deque[tuple[Section, bool]] = deque()

    def texts() -> Iterator[tuple[str, str | None, list[int]]]:
        for text, published, spans in items:
            parts = sections(text, spans)
            for k, (a, b, f, last) in enumerate(parts):
                ahead.append(((a, b, f, last), k == len(parts) - 1))
                yield text[a:b], published, [max(s - a, 0) for s, _ in spans[f:last]]

    done: list[tuple[Section, Doc]] = []
    for doc in run(nlp, texts(), batch_size=batch_size):
        section, final = ahead.popleft()
        done.append((section, doc))
        if final:
            yield done
            done = []


def section_rows(
    parts: list[tuple[Section, Doc]],
    doc_id: str,
    mapped: MappedText,
    clean_spans: Sequence[tuple[int, int]],
    raw_spans: Sequence[tuple[int, int]],
    raw_text: str | None = None,
) -> AnalysisRows:
    """``doc_rows`` of a document analyzed in sections, merged: offsets into the whole document."""
    rows: dict[str, list[Any]] = {}  # the tables of AnalysisRows, each list extended section by section
    numbered = 0
    for (a, b, first, last), doc in parts:
        whole = a == 0 and b == len(mapped.text)
        m = mapped if whole else MappedText(mapped.text[a:b], mapped.to_raw[a : b + 1])
        index = SentenceIndex(
            [(max(s - a, 0), min(e, b) - a) for s, e in clean_spans[first:last]], raw_spans[first:last], first=first
        )
        part = doc_rows(doc, doc_id, m, index, raw_text if not rows else None, first_item=numbered)
        numbered += max(len(part["events"]), len(part["causal_claims"]))
        for table, found in part.items():
            rows.setdefault(table, []).extend(cast(list[Any], found))
    return cast(AnalysisRows, rows)


def analysis_rows(nlp: Language, chunk: list[dict[str, Any]]) -> Iterator[tuple[str, AnalysisRows]]:
    """``(doc id, rows per table)`` for stored documents (``store.load_for_analysis`` dicts), in order:
    the one NLP loop behind the in-process and the Dask paths."""
    maps = [MappedText.loads(d["clean_text"], d["offset_map"]) for d in chunk]
    clean_spans = [[(cs, ce) for _, _, _, cs, ce in d["sentences"]] for d in chunk]
    items = [(m.text, d["published"], spans) for m, d, spans in zip(maps, chunk, clean_spans, strict=True)]
    for d, m, spans, parts in zip(chunk, maps, clean_spans, run_sections(nlp, items), strict=True):
        raw_spans = [(s, e) for _, s, e, _, _ in d["sentences"]]
        yield d["id"], section_rows(parts, d["id"], m, spans, raw_spans, d["raw_text"])


def _exit_with_parent(parent: int) -> None:
    """In the worker process: exit as soon as the process that started it is gone (killed, or stopped
    without closing the pool), instead of living on as an orphan holding the model in memory."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _worker_pipeline_id() -> str:
    return pipeline_id(get_pipeline())


def _worker_rows(chunk: list[dict[str, Any]]) -> list[tuple[str, AnalysisRows]]:
    return list(analysis_rows(get_pipeline(), chunk))


class AnalysisWorker:
    """The NLP pipeline in a child process (started on first use, the model loaded once there). A server
    analyzes uploads through it, so the pipeline's Python never holds the interpreter lock that the
    server's own threads (reads, ``/health``) need."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._pipeline_id = ""
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_exit_with_parent,
                    initargs=(os.getpid(),),
                )
                self._pipeline_id = self._pool.submit(_worker_pipeline_id).result()
            return self._pool

    def pipeline_id(self) -> str:
        self._executor()
        return self._pipeline_id

    def rows(self, chunk: list[dict[str, Any]]) -> list[tuple[str, AnalysisRows]]:
        try:
            return self._executor().submit(_worker_rows, chunk).result()
        except BrokenProcessPool:  # the child died (out of memory?): a new one next time
            with self._lock:
                self._pool = None
            raise

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None


def analyze_stored(
    db: Store = None,
    nlp: Language | None = None,
    ids: Iterable[str] | None = None,
    progress: Progress | None = None,
    batch_size: int = 32,
    on_problem: Callable[[str], None] | None = None,
    worker: AnalysisWorker | None = None,
) -> list[str]:
    """Run the NLP pipeline (in this process, or in ``worker``'s) over stored documents that lack results
    from this pipeline version.

    A document whose analysis fails is reported (one line through ``on_problem``, default stderr) and
    left pending; the others are analyzed all the same."""
    produce: Callable[[list[dict[str, Any]]], Iterable[tuple[str, AnalysisRows]]]
    if worker is not None:
        pid, produce = worker.pipeline_id(), worker.rows
    else:
        model = nlp or get_pipeline()
        pid = pipeline_id(model)
        produce = partial(analysis_rows, model)
    say = on_problem or (lambda line: print(line, file=sys.stderr))
    done: list[str] = []
    with opened(db) as con:
        pending = store.pending_analysis(con, pid, ids)

        def analyze_chunk(chunk: list[dict[str, Any]]) -> None:
            finished = len(done)
            try:
                for doc_id, rows in produce(chunk):
                    store.save_analysis(con, doc_id, rows, pid)
                    done.append(doc_id)
                    if progress:
                        progress(len(done), len(pending))
            except Exception as exc:  # noqa: BLE001 -- one bad document must not stop the batch
                if len(chunk) == 1:
                    say(f"error: {chunk[0]['id']}: not analyzed: {type(exc).__name__}: {exc}".splitlines()[0])
                    return
                for d in chunk[len(done) - finished :]:  # the rest again, one at a time, to find the bad one
                    analyze_chunk([d])

        for k in range(0, len(pending), batch_size):
            analyze_chunk([store.load_for_analysis(con, i) for i in pending[k : k + batch_size]])
    return done


def analyze(
    paths: Iterable[str | Path],
    db: Store = None,
    progress: Progress | None = None,
    analyze_progress: Progress | None = None,
    on_problem: Callable[[str], None] | None = None,
    id_prefix: str = "",
    worker: AnalysisWorker | None = None,
) -> IngestReport:
    """Ingest ``paths`` and run every analysis stage on what is new or not yet analyzed. ``db`` is a path
    or an open connection (a server's: this call then writes through a cursor of it); ``worker`` runs the
    NLP in a child process."""
    with opened(db) as con:
        report = ingest(paths, con, progress=progress, on_problem=on_problem, id_prefix=id_prefix)
        say = on_problem or (lambda line: print(line, file=sys.stderr))

        def problem(line: str) -> None:
            report.problems.append(line.removeprefix("error: "))
            say(line)

        report.analyzed = analyze_stored(con, progress=analyze_progress, on_problem=problem, worker=worker)
    return report


@dataclass
class RemoveReport:
    removed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    promoted: list[str] = field(default_factory=list)  # duplicates that became originals (analyzed next run)

    def as_dict(self) -> dict[str, Any]:
        return {"removed": self.removed, "missing": self.missing, "promoted": self.promoted}


def remove(ids: Iterable[str], db: Store = None) -> RemoveReport:
    """``detente remove``: delete documents and everything derived from them (sentences, mentions, events,
    claims, framing, quality signals), each in one transaction. A duplicate of a removed document is kept
    and becomes the original in its place; ids that name no document are listed as ``missing``."""
    report = RemoveReport()
    with opened(db) as con:
        for doc_id in dict.fromkeys(ids):
            copies = store.remove_document(con, doc_id)
            if copies is None:
                report.missing.append(doc_id)
                continue
            report.removed.append(doc_id)
            report.promoted += copies[:1]
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
    worker: AnalysisWorker | None = None,
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
        say = on_problem or (lambda line: print(line, file=sys.stderr))

        def public(line: str) -> str:  # upload:KEY/NAME, as the document id: the temporary path is ours
            return line.replace(f"{root}{os.sep}", UPLOAD_PREFIX)

        report = analyze(
            [root], db=db, on_problem=lambda line: say(public(line)), id_prefix=UPLOAD_PREFIX, worker=worker
        )
        report.problems = [public(line) for line in report.problems]
        return report


def coded_event(row: Event) -> CodedEvent:
    """A stored event row as ``detente code`` reports it: the date label at the text's granularity, not the
    first day of its period."""
    out = {k: row.get(k) for k in columns(CodedEvent)}
    out["date"] = row.get("date_label")
    return cast(CodedEvent, out)


def coded_causal(row: CausalClaim) -> CodedCausal:
    return cast(CodedCausal, {k: row.get(k) for k in columns(CodedCausal)})


def run_documents(
    docs: Iterable[dict[str, Any]], nlp: Language, batch_size: int = PIPE_BATCH
) -> Iterator[tuple[Document, list[tuple[Section, Doc]]]]:
    """``{"id", "text", "date"?}`` documents cleaned, split and run through ``nlp``, in input order: each
    prepared document with its sections' parsed Docs. A document is prepared just before the pipeline needs
    it and dropped once yielded, so memory is bounded by the batch size whatever the input size."""
    in_flight: deque[Document] = deque()

    def items() -> Iterator[tuple[str, str | None, list[tuple[int, int]]]]:
        for n, d in enumerate(docs):
            article = RawArticle(
                id=str(d.get("id", n)), path="", format="jsonl", raw_text=str(d.get("text") or ""), date=d.get("date")
            )
            p = prepare(article)
            in_flight.append(p)
            yield (
                p.clean.text,
                p.published.isoformat() if p.published else None,
                [(s.clean_start, s.clean_end) for s in p.sentences],
            )

    for parts in run_sections(nlp, items(), batch_size=batch_size):
        yield in_flight.popleft(), parts


def document_rows(p: Document, parts: list[tuple[Section, Doc]]) -> AnalysisRows:
    """The stored rows of one document :func:`run_documents` yielded, offsets mapped to its cleaned text and
    back to its input (the rows ``code_stream`` reads events and claims from)."""
    return section_rows(
        parts,
        p.id,
        p.clean,
        [(s.clean_start, s.clean_end) for s in p.sentences],
        [(s.start, s.end) for s in p.sentences],
    )


def code_stream(
    docs: Iterable[dict[str, Any]], nlp: Language | None = None, batch_size: int = PIPE_BATCH
) -> Iterator[CodedDocument]:
    """The evaluation interface, lazily: ``{"id", "text", "date"?}`` -> ``{"id", "events", "causal"}`` in input
    order, with offsets into the given ``text`` (cleaning runs, and every offset is mapped back); lazy, as
    :func:`run_documents` is."""
    for p, parts in run_documents(docs, nlp or get_pipeline(), batch_size):
        rows = document_rows(p, parts)
        yield CodedDocument(
            id=p.id,
            events=[coded_event(e) for e in rows["events"]],
            causal=[coded_causal(c) for c in rows["causal_claims"]],
        )


def code_documents(
    docs: Iterable[dict[str, Any]],
    nlp: Language | None = None,
    batch_size: int = PIPE_BATCH,
    progress: Progress | None = None,
) -> list[CodedDocument]:
    """:func:`code_stream` collected into a list (``progress`` gets ``(done, total)`` when ``docs`` is sized)."""
    docs = list(docs)
    out = []
    for result in code_stream(docs, nlp=nlp, batch_size=batch_size):
        out.append(result)
        if progress:
            progress(len(out), len(docs))
    return out
