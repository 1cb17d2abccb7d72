"""Issue 14 item 5, session 36, speed37 (docs/scaling.md): the causal stage reads a sentence's clauses once per batch.

``CausalExtractor._claims_at`` runs up to four times per sentence (the encoder gate's low and high ends, the tagger
check, the claims), and each run read the sentence's open and indirect questions, time clauses, descriptive
modifiers and plan statements, and made its further-pair candidates (event relatives, protest targets, purposes,
fronted participles and feelings, purpose chains) again. These depend on the parse and the settings alone, so they
are now kept in the batch's memo (``_memoized``), the candidates handed out as fresh copies (``fresh_claims``).
``_indirect_question_clauses`` returns at once for a sentence without a question word, and
``_descriptive_modifiers`` for one with fewer than two commas: nothing else can hold a clause they find.

Sentences are made up for the test; the component needs the MiniLM package (its tagger runs on it).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Span

import detente.nlp.causal_extractor as causal_module
from detente.nlp.causal_extractor import (
    CausalExtractor,
    _descriptive_modifiers,
    _indirect_question_clauses,
    _memo_active,
)

TEXTS = [
    "Officials in Lima did not say when the border crossing would reopen.",
    "The new frigate, capable of carrying forty missiles, will join the Greek fleet next year.",
    "The Kenyan ministry raised fuel taxes to fund the rebuilding of rural schools.",
    "Farmers in Chile protested against the new water rules, which they say favour mining firms.",
    "Because the harvest failed, bread prices rose across the region.",
]


@pytest.fixture(scope="module")
def causal(parse: Language) -> CausalExtractor:
    return CausalExtractor(parse, "causal_extractor")


def sentence(parse: Language, text: str) -> Span:
    return next(iter(parse(text).sents))


def test_an_indirect_question_is_found_and_a_sentence_without_a_question_word_has_none(parse: Language) -> None:
    sent = sentence(parse, TEXTS[0])
    found = _indirect_question_clauses(sent)
    text = sent.doc.text
    assert [text[a:b] for a, b in found] == ["when the border crossing would reopen"]
    # no question word: nothing, read from the text alone; a "when" that opens no question: nothing either
    assert _indirect_question_clauses(sentence(parse, "The port of Durban reopened on Monday after repairs.")) == []
    assert _indirect_question_clauses(sentence(parse, "The talks resumed when the envoys arrived in Doha.")) == []


def test_a_descriptive_modifier_needs_its_two_commas(parse: Language, causal: CausalExtractor) -> None:
    lexicon = causal.lexicon
    sent = sentence(parse, TEXTS[1])
    text = sent.doc.text
    assert [text[a:b] for a, b in _descriptive_modifiers(sent, lexicon)] == ["capable of carrying forty missiles"]
    bare = sentence(parse, "The new frigate capable of carrying forty missiles will join the Greek fleet next year.")
    assert _descriptive_modifiers(bare, lexicon) == []


def test_the_sentence_readers_run_once_per_sentence_in_a_batch(
    parse: Language, causal: CausalExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = [list(doc._.causal) for doc in causal.pipe([parse(t) for t in TEXTS], batch_size=5)]
    calls: Counter[tuple[str, int, int]] = Counter()

    def counted(name: str) -> None:
        plain = getattr(causal_module, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            sent = next(a for a in args if isinstance(a, Span))
            calls[(name, id(sent.doc), sent.start)] += 1
            return plain(*args, **kwargs)

        monkeypatch.setattr(causal_module, name, wrapper)

    for name in ("_indirect_question_clauses", "_time_only_clauses", "purpose_clauses", "contention_targets"):
        counted(name)
    got = [list(doc._.causal) for doc in causal.pipe([parse(t) for t in TEXTS], batch_size=5)]
    assert got == expected  # the same claims as without the counting
    assert calls and max(calls.values()) == 1
    assert {name for name, _, _ in calls} >= {"purpose_clauses", "contention_targets"}


def test_further_pair_candidates_are_the_callers_own(parse: Language, causal: CausalExtractor) -> None:
    sent = sentence(parse, TEXTS[3])  # what the farmers protest against: a further pair
    with _memo_active({}):
        first = causal._extra_claims(sent, None, [])
        assert first
        pristine = [dict(c) for c in first]
        for claim in first:
            claim["cause"] = "changed"
            claim["cause_start"] = -1
        again = causal._extra_claims(sent, None, [])
    assert again == pristine and all(a is not b for a, b in zip(again, first, strict=True))
