"""Speed40 (issue 14 item 5): the same tokens from fewer steps, the same output.

- ``token_scan.sorted_hits``: the tokens whose string id is one of a sorted id array, by a binary search per token
  (``numpy.searchsorted``) instead of ``numpy.isin``, which sorts the column and the ids together on every call (the
  ids are 64-bit string hashes, so it has no lookup table to use); the same indices, in order;
- ``token_scan.ColumnMemo``: a memo of the per-string scans (``text_hits``, ``lower_where``, ``lemma_hits`` with a
  memo) that keeps its answers as two sorted id arrays too, so a document's tokens are looked up by binary search and
  the test runs only on the strings no earlier document held; its dictionary holds the same answers as before;
- the actor resolver's surname scan (rule 405a) finds the words spelt as a named surname by string id; it is tested
  through its own table (``test_roots2_events``), not here.

Each scan is checked against the plain loop it replaces, written out here, on our own sentences.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
import pytest
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp import token_scan
from detente.nlp.token_scan import ColumnMemo, lemma_hits, lower_where, sorted_hits, text_hits, text_memo

TEXTS = (
    "Peru's interior minister said on Monday that police had detained 14 people after clashes in Cusco.",
    "Ghana and Togo agreed to reopen their border crossings, the two governments said in a joint statement.",
    "Protesters were marching toward parliament in Tbilisi as riot police were blocking the bridges.",
    "Peru's interior minister said the detained people would appear before a judge in Cusco on Friday.",
)

_READ: dict[int, Callable[..., str]] = {ORTH: lambda t: t.text, LOWER: lambda t: t.lower_, LEMMA: lambda t: t.lemma_}


@pytest.fixture(scope="module")
def docs(base: Language) -> list[Doc]:
    return [base(text) for text in TEXTS]


def _loop(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    """The plain token loop the scans replace."""
    return [t.i for t in doc if keep(_READ[attr](t))]


def test_sorted_hits_is_isin() -> None:
    rng = numpy.random.default_rng(40)
    pool = numpy.unique(rng.integers(1, 2**64 - 1, 400, dtype="uint64"))
    column = rng.choice(pool[:200], 300)
    for ids in (
        pool[::7],
        pool[:1],
        pool[-1:],  # every column entry below the only id: the search runs off the end
        numpy.unique(column)[-3:],  # the largest of the column among them
        pool[200:],  # none of the column's
        numpy.unique(column),
        numpy.empty(0, dtype="uint64"),
    ):
        want = numpy.flatnonzero(numpy.isin(column, ids)).tolist()
        assert sorted_hits(column, ids) == want
    assert sorted_hits(numpy.empty(0, dtype="uint64"), pool) == []


def test_sorted_hits_on_a_document_column(docs: list[Doc]) -> None:
    doc = docs[0]
    lowers = doc.to_array(LOWER)
    words = frozenset({"said", "police", "cusco", "no-such-word"})
    assert sorted_hits(lowers, token_scan._hashes(words)) == _loop(doc, LOWER, words.__contains__) != []


def test_column_memo_gives_the_loop_s_tokens_and_tests_each_string_once(docs: list[Doc]) -> None:
    calls: list[str] = []

    def counted(s: str) -> bool:
        calls.append(s)
        return s.endswith("ed") or s in ("Cusco", "Tbilisi")

    memo = ColumnMemo()
    for _ in range(2):  # the second round wholly from the memo
        for doc in docs:
            assert text_hits(doc, counted, memo) == _loop(doc, ORTH, counted)
    distinct = {t.text for doc in docs for t in doc}
    # ``_loop`` calls ``counted`` once per token; the memo's own calls are one per distinct text of all documents
    assert len(calls) == 2 * sum(len(doc) for doc in docs) + len(distinct)
    strings = docs[0].vocab.strings
    assert {strings[h] for h in memo} == distinct  # the dictionary holds every answer
    assert all(memo[h] == counted(strings[h]) for h in memo)
    assert memo.seen.tolist() == sorted(memo)
    assert memo.passed.tolist() == sorted(h for h, passed in memo.items() if passed)
    assert any(memo.values()) and not all(memo.values())


def test_a_full_memo_still_answers(docs: list[Doc], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(token_scan, "MEMO_MAX", len({t.text for t in docs[0]}))
    memo = ColumnMemo()
    keep = "said".__ne__  # not a plain word set: the per-string path
    for doc in docs:
        assert text_hits(doc, keep, memo) == _loop(doc, ORTH, keep)
    assert len(memo) == len({t.text for t in docs[0]})  # the first document filled it; no later one was kept
    assert text_hits(docs[2], keep, memo) == _loop(docs[2], ORTH, keep)


def test_named_memo_scans(docs: list[Doc]) -> None:
    """The scans that pass the shared memos: rule 111c's -ing forms, a lemma set's memo, each twice."""

    def ing(lower: str) -> bool:
        return lower.endswith("ing")

    assert isinstance(text_memo(ing), ColumnMemo)
    verbs = frozenset({"say", "detain", "agree", "march"})
    for _ in range(2):
        for doc in docs:
            assert lower_where(doc, ing, text_memo(ing)) == _loop(doc, LOWER, ing)
            assert lemma_hits(doc, verbs) == _loop(doc, LEMMA, lambda s: s.lower() in verbs)
    assert [t.lower_ for t in docs[2] if t.i in lower_where(docs[2], ing, text_memo(ing))] == ["marching", "blocking"]
    assert isinstance(token_scan._lemma_memo(verbs), ColumnMemo) and token_scan._lemma_memo(verbs)
