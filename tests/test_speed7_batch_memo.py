"""Issue 14, session 14, speed7 (docs/scaling.md): the causal stage's per-batch memo cannot leak.

speed6's memo of block reasons and clause splits lived in ``doc.user_data`` from ``_start`` to ``_finish``: a
failure in between left it on the documents (and a later batch of the same documents read stale splits), and
callers got shallow copies of memoised claims. It is now the batch's own dict (``_Batch.memo``), active only while
that batch's ``_start`` or ``_finish`` runs in this thread (``_ACTIVE_MEMO``) and emptied however the batch ends.
These tests make a batch fail at each step, abandon one half way, and change returned claims, then check that
nothing stays behind and no call sees another's changes. The last test covers the framing tagger's shortcut
(a sentence's words and entities read only when it holds a statistic).

Sentences are made up for the test; the component needs the MiniLM package (its tagger runs on it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator
from typing import Any, cast

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.causal_extractor import _ACTIVE_MEMO, CausalExtractor, _memo_active, fresh_claims
from detente.nlp.causal_rules import Extractor
from detente.nlp.framing_tagger import FramingTagger

TEXTS = [
    "Because the harvest failed, bread prices rose across the region.",
    "The drivers went on strike, demanding higher pay and shorter shifts.",
    "Heavy rain flooded the valley roads, forcing dozens of families to leave.",
    "Fuel prices rose sharply after the refinery closed, and the truckers blocked the highway.",
    "The teachers are protesting the cuts to school budgets.",
]


PLAIN_FALLBACK = Extractor.fallback  # before any test patches it


class Boom(RuntimeError):
    """The failure the tests inject."""


@pytest.fixture(scope="module")
def causal(parse: Language) -> CausalExtractor:
    return CausalExtractor(parse, "causal_extractor")


def docs(parse: Language) -> list[Doc]:
    return [parse(t) for t in TEXTS]


def only_extension_values(doc: Doc) -> bool:
    """Nothing but spaCy's extension values (``doc._.x``) in the document's user data: no memo of ours."""
    return all(isinstance(key, tuple) and key[0] == "._." for key in doc.user_data)


def claims(causal: CausalExtractor, batch: list[Doc], batch_size: int = 2) -> list[list[dict[str, Any]]]:
    return [list(doc._.causal) for doc in causal.pipe(batch, batch_size=batch_size)]


def counting_fallback(monkeypatch: pytest.MonkeyPatch, fail_on: int | None = None) -> Counter[tuple[Any, ...]]:
    """``Extractor.fallback`` counted per (document, sentence, arguments), raising ``Boom`` on call ``fail_on``."""
    calls: Counter[tuple[Any, ...]] = Counter()

    def counted(ex: Extractor, sent: Any, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        if fail_on is not None and sum(calls.values()) + 1 == fail_on:
            raise Boom("injected")
        calls[(id(sent.doc), sent.start, args, tuple(sorted(kwargs.items())))] += 1
        return PLAIN_FALLBACK(ex, sent, *args, **kwargs)

    monkeypatch.setattr(Extractor, "fallback", counted)
    return calls


def test_a_failure_in_finish_leaves_no_memo(
    parse: Language, causal: CausalExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = claims(causal, docs(parse))
    batch = docs(parse)
    plain_claims_at = CausalExtractor._claims_at
    seen: list[int] = []

    def failing(self: CausalExtractor, sent: Any, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        # fail in ``_finish`` on the third document, after two were given back
        if _ACTIVE_MEMO.get() is not None and sent.doc is batch[2] and len(seen) >= 2:
            raise Boom("injected")
        return plain_claims_at(self, sent, *args, **kwargs)

    monkeypatch.setattr(CausalExtractor, "_claims_at", failing)
    with pytest.raises(Boom):
        for doc in causal.pipe(batch, batch_size=5):
            seen.append(id(doc))
    assert len(seen) == 2
    assert _ACTIVE_MEMO.get() is None  # no memo left active in this thread
    assert all(only_extension_values(doc) for doc in batch)
    monkeypatch.setattr(CausalExtractor, "_claims_at", plain_claims_at)
    # the same documents coded again read nothing of the failed batch: the claims are those of fresh documents
    assert claims(causal, batch) == expected


def test_a_failure_in_start_leaves_no_memo(
    parse: Language, causal: CausalExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = docs(parse)
    plain_extract = Extractor.extract
    extracted: list[int] = []

    def failing(ex: Extractor, sent: Any) -> list[dict[str, Any]]:
        extracted.append(1)
        if len(extracted) == 3:
            raise Boom("injected")
        return plain_extract(ex, sent)

    monkeypatch.setattr(Extractor, "extract", failing)
    with pytest.raises(Boom):
        list(causal.pipe(batch, batch_size=5))
    assert _ACTIVE_MEMO.get() is None
    assert all(only_extension_values(doc) for doc in batch)


def test_a_failing_clause_split_is_not_memoised(
    parse: Language, causal: CausalExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting_fallback(monkeypatch, fail_on=1)
    batch = docs(parse)
    with pytest.raises(Boom):
        list(causal.pipe(batch, batch_size=5))
    assert _ACTIVE_MEMO.get() is None
    calls = counting_fallback(monkeypatch)
    assert any(claims(causal, batch, batch_size=5))
    assert calls and max(calls.values()) == 1  # the next batch computes each split once, itself


def test_an_abandoned_batch_leaves_no_memo(parse: Language, causal: CausalExtractor) -> None:
    batch = docs(parse)
    stream = cast(Generator[Doc, None, None], causal.pipe(batch, batch_size=5))  # a generator: it can be closed
    first = next(stream)
    assert _ACTIVE_MEMO.get() is None  # not active while a document is out with the caller
    stream.close()  # the caller stops half way: the batch's memo is emptied by ``_finish``'s finally
    assert _ACTIVE_MEMO.get() is None
    assert first is batch[0] and all(only_extension_values(doc) for doc in batch)


def test_each_batch_computes_its_own_splits(
    parse: Language, causal: CausalExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = counting_fallback(monkeypatch)
    batch = docs(parse)
    first = claims(causal, batch, batch_size=5)
    once = sum(calls.values())
    assert once and max(calls.values()) == 1  # within a batch: once per sentence and arguments
    assert claims(causal, batch, batch_size=5) == first
    assert sum(calls.values()) == 2 * once  # the second batch does not read the first one's memo


def test_returned_claims_are_the_callers_own(
    parse: Language, causal: CausalExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = next(iter(parse("The drivers went on strike, demanding higher pay and shorter shifts.").sents))
    with _memo_active({}):
        first = causal._fallback(sent, every=True)
        assert first
        pristine = [dict(c) for c in first]
        for claim in first:
            claim["implicit"] = True
            claim["cause"] = "changed"
        again = causal._fallback(sent, every=True)
        assert again == pristine and all(a is not b for a, b in zip(again, first, strict=True))

    # a nested value (none today; a later claim field might be one) is not shared either
    def with_roles(ex: Extractor, s: Any, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        found = PLAIN_FALLBACK(ex, s, *args, **kwargs)
        return [{**c, "roles": [["cause", 0.9]], "notes": {"kind": {"clause"}}} for c in found]

    monkeypatch.setattr(Extractor, "fallback", with_roles)
    with _memo_active({}):
        one = causal._fallback(sent, every=True)
        one[0]["roles"][0][1] = 0.1
        one[0]["roles"].append(["effect", 0.5])
        one[0]["notes"]["kind"].add("subject")
        two = causal._fallback(sent, every=True)
    assert two[0]["roles"] == [["cause", 0.9]] and two[0]["notes"] == {"kind": {"clause"}}


def test_fresh_claims_copies_every_container() -> None:
    claim: dict[str, Any] = {
        "cause": "a",
        "span": (1, 2),
        "roles": [["cause", 0.5]],
        "tags": {"x"},
        "nested": {"k": [1]},
    }
    copy = fresh_claims([claim])[0]
    assert copy == claim
    assert copy["roles"] is not claim["roles"] and copy["roles"][0] is not claim["roles"][0]
    assert copy["tags"] is not claim["tags"] and copy["nested"]["k"] is not claim["nested"]["k"]


def test_the_memo_is_only_active_inside_its_scope() -> None:
    memo: dict[tuple[Any, ...], Any] = {}
    with pytest.raises(Boom), _memo_active(memo):
        assert _ACTIVE_MEMO.get() is memo
        raise Boom("injected")
    assert _ACTIVE_MEMO.get() is None


def test_unsourced_statistics_read_words_and_entities_only_where_needed(nlp: Language) -> None:
    """The framing tagger now returns before reading a sentence's words and entities when it holds no statistic;
    a statistic is still left unflagged by a named organisation or person, or a source cue, as before."""
    framing = nlp.get_pipe("framing_tagger")
    assert isinstance(framing, FramingTagger) and "poll" in framing.source_cues
    texts = {
        "Unemployment in the province rose to 14 percent last year.": True,
        "Unemployment in the province rose to 14 percent last year, a poll showed.": False,
        "Unemployment in the province rose to 14 percent last year, Maria Lopez told reporters.": False,
        "Unemployment in the province rose sharply last year.": False,
    }
    for text, flagged in texts.items():
        doc = nlp(text)
        found = [q for q in doc._.quality if q["signal"] == "unsourced_statistic"]
        assert bool(found) is flagged, (text, found)
