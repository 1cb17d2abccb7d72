"""Speed39 (issue 14 item 5): the same tokens from fewer Python steps, the same output.

- ``token_scan``'s column scans whose test is a word set's membership (``frozenset`` / ``set`` ``__contains__``) or a
  word's equality (``str.__eq__``) find their tokens by the words' string ids (``numpy.isin``), each hit checked
  back against its string, instead of decoding and testing each distinct string of the document: the same indices
  as the plain token loop, for every attribute the scans read (text, lower case, lemma, tag, dependency, part of
  speech); any other test keeps the per-string loop;
- the parse repairs that asked for a lower-cased lemma in a word set by a closure ask ``lemma_hits`` (the same test,
  with its memo across documents);
- the actor resolver's bare roles read each sentence's mentions once (``_bare_roles``; tested through the resolver's
  own tables, not here).

Each scan is checked against the plain loop it replaces, written out here, on our own sentences.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp import token_scan
from detente.nlp.events.parse_repair import _headline_form_memo, _headline_lemma, _ing_form
from detente.nlp.token_scan import (
    _column_hits,
    _plain_words,
    dep_hits,
    lemma_hits,
    lemma_where,
    lower_where,
    pos_hits,
    tag_hits,
    text_hits,
    text_memo,
)

TEXT = (
    "Chile's foreign minister said on Tuesday that the talks would be held in Lima. "
    "The Kenyan police fired tear gas at protesters who were marching, officials said. "
    "Vietnam and Laos signed a border treaty, and the two sides agreed that it would be ratified soon. "
    "BE that as it may, the rebels were said to be regrouping near Goma."
)

_READ: dict[int, Callable[..., str]] = {
    ORTH: lambda t: t.text,
    LOWER: lambda t: t.lower_,
    LEMMA: lambda t: t.lemma_,
    TAG: lambda t: t.tag_,
    DEP: lambda t: t.dep_,
    POS: lambda t: t.pos_,
}


@pytest.fixture(scope="module")
def doc(base: Language) -> Doc:
    return base(TEXT)


def _loop(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    """The plain token loop the scans replace."""
    return [t.i for t in doc if keep(_READ[attr](t))]


def test_plain_words_only_for_membership_and_equality() -> None:
    words = frozenset({"said", "be"})
    assert _plain_words(words.__contains__) is words
    assert _plain_words({"said"}.__contains__) == frozenset({"said"})
    assert _plain_words(",".__eq__) == frozenset({","})
    assert _plain_words(lambda s: s in words) is None  # any other test keeps the per-string loop
    assert _plain_words(str.isupper) is None
    assert _plain_words(",".__ne__) is None
    assert _plain_words({"said": 1}.__contains__) is None  # a dict's keys: not taken as a word set


@pytest.mark.parametrize("attr", [ORTH, LOWER, LEMMA, TAG, DEP, POS])
def test_id_scan_gives_the_loop_s_tokens(doc: Doc, attr: int) -> None:
    strings = sorted({_READ[attr](t) for t in doc})
    sets = [
        frozenset(strings[::3]),
        frozenset(strings[1::4]) | {"no-such-word", ""},
        frozenset(),
        frozenset({"no-such-word"}),
    ]
    for words in sets:
        assert _column_hits(doc, attr, words.__contains__) == _loop(doc, attr, words.__contains__)
        assert _column_hits(doc, attr, set(words).__contains__) == _loop(doc, attr, words.__contains__)
    for word in [*strings, "be", "Be", "no-such-word"]:
        assert _column_hits(doc, attr, word.__eq__) == _loop(doc, attr, word.__eq__)


def test_named_scans_give_the_loop_s_tokens(doc: Doc) -> None:
    assert text_hits(doc, ",".__eq__) == _loop(doc, ORTH, ",".__eq__) != []
    assert lower_where(doc, "that".__eq__) == _loop(doc, LOWER, "that".__eq__) != []
    assert lemma_where(doc, "be".__eq__) == _loop(doc, LEMMA, "be".__eq__) != []
    tags = frozenset({"VBD", "MD"})
    assert tag_hits(doc, tags) == _loop(doc, TAG, tags.__contains__) != []
    deps = frozenset({"nsubj", "ccomp", "ROOT"})
    assert dep_hits(doc, deps) == _loop(doc, DEP, deps.__contains__) != []
    kinds = frozenset({"VERB", "PROPN"})
    assert pos_hits(doc, kinds) == _loop(doc, POS, kinds.__contains__) != []


def test_other_tests_keep_the_per_string_loop(doc: Doc) -> None:
    calls: list[str] = []

    def counted(s: str) -> bool:
        calls.append(s)
        return s == "said"

    assert _column_hits(doc, LOWER, counted) == _loop(doc, LOWER, "said".__eq__) != []
    assert sorted(calls) == sorted({t.lower_ for t in doc})  # one call per distinct string


@pytest.mark.parametrize(
    "verbs", [frozenset({"say", "be", "sign"}), frozenset({"agree", "ratify", "regroup"}), frozenset()]
)
def test_lemma_hits_is_the_closure_s_reading(doc: Doc, verbs: frozenset[str]) -> None:
    """The parse repairs' ``lemma_where(doc, lambda lemma: lemma.lower() in verbs)`` is ``lemma_hits(doc, verbs)``."""
    closure = lemma_where(doc, lambda lemma: lemma.lower() in verbs)
    assert lemma_hits(doc, verbs) == closure == _loop(doc, LEMMA, lambda s: s.lower() in verbs)
    assert lemma_hits(doc, verbs) == closure  # again, from the memo
    if verbs:
        assert closure != []
        assert token_scan._lemma_memo(verbs)  # the memo kept the strings' answers


def test_parse_repair_form_scans_with_their_memos(doc: Doc, base: Language) -> None:
    """Rule 164's third-person forms and rule 111c's -ing forms: the same tokens with the memo kept across documents
    as with a fresh test per document."""
    verbs = frozenset({"sign", "fire", "agree", "march"})
    other = base("Kenya signs a deal as protesters keep marching; Laos agrees, Chile fires back, talks resuming.")
    for _ in range(2):  # the second round from the memos
        for d in (doc, other):
            headline = lower_where(d, lambda lower: _headline_lemma(lower, verbs) is not None)
            assert lower_where(
                d, lambda lower: _headline_lemma(lower, verbs) is not None, _headline_form_memo(verbs)
            ) == (headline)
            assert lower_where(d, _ing_form, text_memo(_ing_form)) == _loop(d, LOWER, lambda s: s.endswith("ing"))
    assert [other[i].lower_ for i in lower_where(other, _ing_form, text_memo(_ing_form))] == ["marching", "resuming"]
    assert [other[i].lower_ for i in lower_where(other, lambda s: _headline_lemma(s, verbs) is not None)] == [
        "signs",
        "agrees",
        "fires",
    ]
