"""Finding the few tokens a rule looks at without a Python ``Token`` object per token (issue 14 item 5).

``for tok in doc: if tok.lower_ in WORDS`` creates a ``Token`` for every token of the document; on the benchmark
corpus such whole-document loops were most of the actor resolver's time. These helpers read one attribute
column (``Doc.to_array``) and return the indices of the tokens that pass, in document order, so a rule builds
``doc[i]`` only for them. Each gives exactly the tokens the plain loop would (the hash filter is checked back
against the strings).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, TAG
from spacy.strings import StringStore, get_string_id
from spacy.symbols import IDS as SYMBOL_IDS
from spacy.tokens import Doc, Token


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> numpy.ndarray:
    return numpy.array(sorted(get_string_id(w) for w in words), dtype="uint64")


def sorted_hits(column: numpy.ndarray, ids: numpy.ndarray) -> list[int]:
    """Indices of the entries of ``column`` that are in ``ids`` (sorted, unique, the column's dtype), in order:
    ``numpy.flatnonzero(numpy.isin(column, ids))`` by a binary search per entry. ``isin`` sorts the two arrays
    together on every call (string hashes span all 64 bits, so it has no table to use): 28-790 us against 8-40 us
    here for a 900-token column and 1-2,000 ids (speed40, load ~7)."""
    if not len(ids) or not len(column):
        return []
    at = numpy.searchsorted(ids, column)
    at[at == len(ids)] = 0
    return numpy.flatnonzero(ids[at] == column).tolist()


class ColumnMemo(dict[int, bool]):
    """A memo of :func:`_column_hits` (string hash -> passed) that also keeps its answers as two sorted id arrays,
    every hash answered and those that passed, so a document's tokens are looked up by binary search and ``keep``
    runs only on the strings no earlier document held: no dictionary look-up per distinct string of each document
    (speed40). The dictionary holds the same answers."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = numpy.empty(0, dtype="uint64")
        self.passed = numpy.empty(0, dtype="uint64")


def lower_hits(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-case form (``Token.lower_``) is one of ``words``, in order."""
    if not len(doc) or not words:
        return []
    lowers = doc.to_array(LOWER)
    found = sorted_hits(lowers, _hashes(words))
    strings = doc.vocab.strings
    return [i for i in found if strings[int(lowers[i])] in words]


# most a memo of ``_column_hits`` keeps (string hashes -> passed or not); a full memo stops growing
MEMO_MAX = 200_000


def _column_hits(doc: Doc, attr: int, keep: Callable[[str], bool], memo: dict[int, bool] | None = None) -> list[int]:
    """Indices of the tokens whose ``attr`` string passes ``keep``; ``keep`` runs once per distinct string (once
    per string hash across documents with a ``memo``, which is only valid for the same ``keep``)."""
    if not len(doc):
        return []
    column = doc.to_array(attr)
    strings = doc.vocab.strings
    words = _plain_words(keep) if memo is None else None
    if words is not None:
        # ``keep`` is a word set's membership test or a word's equality: the tokens whose stored id is one of the
        # words' ids, checked back against the strings (a stored id is ``get_string_id`` of its string), with no
        # decoding and no call of ``keep`` per distinct string (issue 14 item 5)
        found = sorted_hits(column, _hashes(words)) if words else []
        return [i for i in found if strings[int(column[i])] in words]
    if isinstance(memo, ColumnMemo):
        return _memo_hits(column, strings, keep, memo)
    kept = []
    for h in numpy.unique(column).tolist():
        passed = memo.get(h) if memo is not None else None
        if passed is None:
            passed = keep(strings[h])
            if memo is not None and len(memo) < MEMO_MAX:
                memo[h] = passed
        if passed:
            kept.append(h)
    if not kept:
        return []
    return sorted_hits(column, numpy.array(kept, dtype="uint64"))


def _memo_hits(column: numpy.ndarray, strings: StringStore, keep: Callable[[str], bool], memo: ColumnMemo) -> list[int]:
    """``_column_hits`` with a :class:`ColumnMemo`: ``keep`` runs once on each distinct string the memo has not
    answered (on all of them while it is full, as with a plain memo), the hits found among the ids that passed."""
    seen, passed = memo.seen, memo.passed
    if len(seen):
        at = numpy.searchsorted(seen, column)
        at[at == len(seen)] = 0
        unseen = numpy.unique(column[seen[at] != column])
    else:
        unseen = numpy.unique(column)
    if len(unseen):
        fresh = [h for h in unseen.tolist() if keep(strings[h])]
        fresh_ids = numpy.array(fresh, dtype="uint64")
        passed = numpy.union1d(passed, fresh_ids)
        if len(memo) + len(unseen) <= MEMO_MAX:
            chosen = set(fresh)
            memo.update((h, h in chosen) for h in unseen.tolist())
            memo.seen = numpy.union1d(seen, unseen)
            memo.passed = passed
    return sorted_hits(column, passed)


def _plain_words(keep: Callable[[str], bool]) -> frozenset[str] | None:
    """The words ``keep`` tests for, where it is a set's ``__contains__`` (``frozenset`` or ``set``) or a string's
    ``__eq__`` bound method; ``None`` for any other test."""
    owner = getattr(keep, "__self__", None)
    name = getattr(keep, "__name__", "")
    if type(owner) is frozenset and name == "__contains__":
        return owner
    if type(owner) is set and name == "__contains__":
        return frozenset(owner)
    if type(owner) is str and name == "__eq__":
        return frozenset((owner,))
    return None


def lemma_hits(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-cased lemma (``Token.lemma_.lower()``) is one of ``words``, in order."""
    return _column_hits(doc, LEMMA, lambda s: s.lower() in words, _lemma_memo(words))


@lru_cache(maxsize=64)
def _lemma_memo(words: frozenset[str]) -> ColumnMemo:
    return ColumnMemo()


def tag_hits(doc: Doc, tags: frozenset[str]) -> list[int]:
    """Indices of the tokens whose fine-grained tag (``Token.tag_``) is one of ``tags``, in order."""
    return _column_hits(doc, TAG, tags.__contains__)


def dep_hits(doc: Doc, deps: frozenset[str]) -> list[int]:
    """Indices of the tokens whose dependency label (``Token.dep_``) is one of ``deps``, in order."""
    return _column_hits(doc, DEP, deps.__contains__)


def pos_hits(doc: Doc, kinds: frozenset[str]) -> list[int]:
    """Indices of the tokens whose coarse part of speech (``Token.pos_``) is one of ``kinds``, in order."""
    return _column_hits(doc, POS, kinds.__contains__)


@lru_cache(maxsize=64)
def text_memo(keep: Callable[[str], bool]) -> ColumnMemo:
    """The memo :func:`text_hits` shares across documents for ``keep``, a module-level function of the text alone:
    without it each document decodes and tests each of its distinct texts again, which costs more than the plain
    token loop it replaces (speed36, timed outside the profiler)."""
    return ColumnMemo()


def lower_where(doc: Doc, keep: Callable[[str], bool], memo: dict[int, bool] | None = None) -> list[int]:
    """Indices of the tokens whose lower-case form (``Token.lower_``) passes ``keep``, in order (``keep`` runs once
    per distinct form of the document, or once per form hash across the documents given the same ``memo``, which
    is only valid for the same ``keep``, a test of the form alone)."""
    return _column_hits(doc, LOWER, keep, memo)


def lemma_where(doc: Doc, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose lemma as stored (``Token.lemma_``, not lower-cased) passes ``keep``, in order."""
    return _column_hits(doc, LEMMA, keep)


def text_hits(doc: Doc, keep: Callable[[str], bool], memo: dict[int, bool] | None = None) -> list[int]:
    """Indices of the tokens whose text (``Token.text``) passes ``keep``, in order; ``keep`` must depend on the
    text alone (it runs once per distinct text, or once per text hash across the documents given the same
    ``memo``)."""
    return _column_hits(doc, ORTH, keep, memo)


class SentenceStarts:
    """Which sentence a token lies in, by bisection over the sentence starts: ``doc[i].sent`` builds a Span and
    scans the document for its bounds on every call."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [s.start for s in doc.sents]

    def number(self, i: int) -> int:
        """The index of token ``i``'s sentence among ``doc.sents``."""
        return bisect.bisect_right(self.starts, i) - 1

    def start(self, i: int) -> int:
        """The first token of token ``i``'s sentence (``doc[i].sent.start``)."""
        return self.starts[self.number(i)]


class PosTokens:
    """The tokens of a span whose part of speech (``Token.pos_``) is one of ``kinds``, in order, from one POS
    column of the document: ``[t for t in span if t.pos_ in kinds]`` without a ``Token`` object for the tokens
    left out (determiners, punctuation, prepositions: about half of news text). Several sentence loops that
    read only some parts of speech can share one such list per sentence (the event coder's three)."""

    def __init__(self, doc: Doc, kinds: Iterable[str]) -> None:
        self.doc = doc
        self.kinds = frozenset(SYMBOL_IDS[k] for k in kinds)
        self.column: list[int] = doc.to_array(POS).tolist() if len(doc) else []

    def tokens(self, start: int, end: int) -> list[Token]:
        """The kept tokens of ``doc[start:end]``."""
        doc, column, kinds = self.doc, self.column, self.kinds
        return [doc[i] for i in range(start, end) if column[i] in kinds]
