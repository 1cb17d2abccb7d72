"""Issue 14 item 5, session 21 (branch speed2): the shortcuts taken for speed give what the plain computation
gives, on invented sentences. Each test writes the plain computation out (the code before the change) and
compares: the learned layer's pair features (one matrix filled in place, column dicts, a bisection for "a
trigger between"), ``trigger_roots`` (the lemma read only for the four parts of speech that carry a code),
``causal_parse.one_line`` (a no-break fast path) and the framing tagger's token tests (``str.lower`` for
``lower_``, the cheap test first, the text window cut only where a line may start)."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp.causal_parse import one_line, trim_span
from detente.nlp.event_model import (
    PAIR_NAMES,
    PREPS,
    ROLES,
    ROOTS,
    _pair_row,
    _Side,
    _side,
    sentence_pairs,
    trigger_roots,
)
from detente.nlp.events.triggers import SCAN_POS
from detente.nlp.pipeline import build_pipeline

# invented sentences: several actors, trigger words between some mentions and not others, a lone actor
PAIR_TEXTS = [
    "Russia said that France and Germany had warned the Kenyan government about talks with China.",
    "Japan and India signed a trade deal, while Brazil criticized Argentina over its debts.",
    "Egypt hosted delegations from Sudan and Ethiopia, and Turkey later condemned Israel.",
    "Canada praised Mexico.",
    "Norway held elections on Sunday.",
]


@pytest.fixture(scope="module")
def events_nlp() -> Language:
    """The resolver and the coder with its learned layer (the pair features are the layer's input)."""
    return build_pipeline(stages=("actor_resolver", "event_coder"))


def _plain_row(
    s: _Side, t: _Side, n_actors: int, rule_pairs: set[tuple[str, str]], trigger_tokens: set[int]
) -> np.ndarray:
    """The row as ``_pair_row`` wrote it before session 21: tuple ``index`` lookups and a scan of the trigger
    positions."""
    x = np.zeros(len(PAIR_NAMES), dtype=np.float32)
    x[ROLES.index(s.role)] = 1
    x[len(ROLES) + ROLES.index(t.role)] = 1
    base = 2 * len(ROLES)
    if s.prep in PREPS:
        x[base + PREPS.index(s.prep)] = 1
    if t.prep in PREPS:
        x[base + len(PREPS) + PREPS.index(t.prep)] = 1
    k = base + 2 * len(PREPS)
    lo, hi = sorted((s.start, t.start))
    sp, tp = s.primary, t.primary
    x[k] = float(s.start < t.start)
    x[k + 1] = min(abs(s.start - t.start), 40) / 40.0
    x[k + 2] = min(n_actors, 6) / 6.0
    x[k + 3] = float(s.verb == t.verb)
    x[k + 4] = float(s.speech and s.role == "subj")
    x[k + 5] = float((sp, tp) in rule_pairs)
    x[k + 6] = float((tp, sp) in rule_pairs)
    x[k + 7] = float(bool(rule_pairs))
    x[k + 8] = float(any(lo < i < hi for i in trigger_tokens))
    x[k + 9] = float(s.role == "subj" and s.root)
    x[k + 10] = float(t.start > s.verb)
    x[k + 11] = 1.0
    return x


def _plain_trigger_roots(sent: Span, lex: object, tokens: list[Token] | None = None) -> tuple[np.ndarray, set[int]]:
    """``trigger_roots`` as written before session 21: every token's lemma read, its part of speech twice."""
    bag = np.zeros(len(ROOTS), dtype=np.float32)
    where: set[int] = set()
    for tok in sent if tokens is None else tokens:
        lemma = tok.lemma_.lower()
        code = None
        if tok.pos_ in ("VERB", "AUX"):
            code = lex.verbs.get(lemma)  # type: ignore[attr-defined]
            wrapper = lex.wrap_verbs.get(lemma)  # type: ignore[attr-defined]
            code = code or (wrapper.code if wrapper else None)
        elif tok.pos_ in ("NOUN", "PROPN"):
            code = lex.nouns.get(lemma)  # type: ignore[attr-defined]
            wrapper = lex.wrap_nouns.get(lemma)  # type: ignore[attr-defined]
            code = code or (wrapper.code if wrapper else None)
        if code and code[:2] in ROOTS:
            bag[ROOTS.index(code[:2])] += 1
            where.add(tok.i)
    return np.minimum(bag, 2.0) / 2.0, where


@pytest.mark.parametrize("text", PAIR_TEXTS)
def test_sentence_pairs_equal_the_plain_rows(events_nlp: Language, text: str) -> None:
    """The matrix ``sentence_pairs`` fills in place is, byte for byte, the stack of the plain rows, the pairs
    in the same order; a sentence with fewer than two parties gives an empty (0, n) matrix as before."""
    from detente.nlp.event_coder import primary

    coder = events_nlp.get_pipe("event_coder")
    doc = events_nlp(text)
    sent = doc[:]
    mentions = [m for m in doc.spans["actors"] if m.label_]
    feats, pairs = sentence_pairs(sent, mentions, doc._.events, coder)
    prims = {primary(m.label_) for m in mentions}
    rule_pairs = {(primary(e["source"]), primary(e["target"])) for e in doc._.events}
    _, trig = _plain_trigger_roots(sent, coder.lex)
    sides = [_side(m, coder.lex.speech_verbs) for m in mentions]
    rows, want_pairs = [], []
    for a, sa in zip(mentions, sides, strict=True):
        for b, sb in zip(mentions, sides, strict=True):
            if a is b or sa.primary == sb.primary:
                continue
            rows.append(_plain_row(sa, sb, len(prims), rule_pairs, trig))
            want_pairs.append((a, b))
    want = np.stack(rows) if rows else np.zeros((0, len(PAIR_NAMES)), dtype=np.float32)
    assert pairs == want_pairs
    assert feats.dtype == want.dtype and feats.shape == want.shape
    assert feats.tobytes() == want.tobytes()
    # ``_pair_row`` (one pair, as ``pair_features`` and training use it) gives the same row
    for row, (a, b) in zip(feats, pairs, strict=True):
        one = _pair_row(sides[mentions.index(a)], sides[mentions.index(b)], len(prims), rule_pairs, trig)
        assert one.tobytes() == row.tobytes()


def test_sentence_pairs_trigger_between_both_ways(events_nlp: Language) -> None:
    """The bisection's "a trigger word between the two mentions" is set for a pair with one between them and
    unset for a pair with none, whichever comes first (the case the rewrite could get wrong)."""
    coder = events_nlp.get_pipe("event_coder")
    doc = events_nlp(PAIR_TEXTS[1])  # "Japan and India signed ... while Brazil criticized Argentina ..."
    mentions = [m for m in doc.spans["actors"] if m.label_]
    feats, pairs = sentence_pairs(doc[:], mentions, doc._.events, coder)
    col = PAIR_NAMES.index("trigger_between")
    by_words = {(a.text, b.text): float(row[col]) for row, (a, b) in zip(feats, pairs, strict=True)}
    assert by_words[("Japan", "India")] == by_words[("India", "Japan")] == 0.0  # nothing between them
    assert by_words[("Japan", "Argentina")] == by_words[("Argentina", "Japan")] == 1.0  # "signed", "criticized"


@pytest.mark.parametrize("text", PAIR_TEXTS)
def test_trigger_roots_equal_the_plain_loop(events_nlp: Language, text: str) -> None:
    """Over the whole sentence and over its ``SCAN_POS`` tokens (what the coder hands it) alike."""
    coder = events_nlp.get_pipe("event_coder")
    sent = events_nlp(text)[:]
    scan = [t for t in sent if t.pos_ in SCAN_POS]
    for tokens in (None, scan):
        bag, where = trigger_roots(sent, coder, tokens)
        want_bag, want_where = _plain_trigger_roots(sent, coder.lex, tokens)
        assert bag.tobytes() == want_bag.tobytes()
        assert where == want_where
    assert trigger_roots(sent, coder)[1] or text == PAIR_TEXTS[-1]  # a trigger word in all but the last


def _plain_one_line(tokens: list[Token], before: bool) -> list[Token]:
    """``one_line`` before session 21 (no fast path)."""
    lines: list[list[Token]] = [[]]
    for t in tokens:
        if "\n" in t.text or (t.is_space and "\n" in t.text):
            lines.append([])
            continue
        lines[-1].append(t)
        if "\n" in t.whitespace_:
            lines.append([])
    lines = [ln for ln in lines if ln]
    if len(lines) <= 1:
        return tokens
    return trim_span(lines[-1] if before else lines[0])


@pytest.mark.parametrize(
    "text",
    [
        "Troops withdrew after the talks failed.",
        "PROTESTS SPREAD\nWorkers struck because wages fell.",
        "Headline here\n\nPrices rose as the drought deepened.",
        "Prices rose as the drought deepened.\n",
        "",
    ],
)
def test_one_line_equals_the_plain_split(parse: Language, text: str) -> None:
    """Every slice of the document, read as a span before and after the signal, keeps the same tokens (the
    very list when it has no break, as before)."""
    doc: Doc = parse(text)
    tokens = list(doc)
    for start in range(len(tokens) + 1):
        for end in range(start, len(tokens) + 1):
            part = tokens[start:end]
            for before in (True, False):
                got = one_line(part, before)
                assert got == _plain_one_line(part, before)
                if not any("\n" in t.text_with_ws for t in part):
                    assert got is part


SIGNAL_TEXTS = [
    "The ministry said its a matter for the courts. the talks resumed on Monday.\n- the army withdrew.\n"
    "officials said its been a long week, and Its clear the envoy left.",
    "Title line\nthe protesters gathered at dawn.\n\n* ministers met; they said its been agreed.\n"
    "État officials spoke.",
]


def _plain_line_starts(tagger: object, doc: Doc) -> set[tuple[int, int]]:
    """The token tests of ``quality_signals`` before session 21 for the two signals they give: "its" before
    one of ``its_followers``, and a lower-case word opening a line (the sentence starts excluded)."""
    from detente.nlp.framing_tagger import _before

    text = doc.text
    tokens = list(doc)
    out: set[tuple[int, int]] = set()
    for i, tok in enumerate(tokens):
        if tok.lower_ == "its" and i + 1 < len(tokens) and tokens[i + 1].lower_ in tagger.its_followers:  # type: ignore[attr-defined]
            out.add((tok.idx, tokens[i + 1].idx + len(tokens[i + 1].text)))
    for i, tok in enumerate(tokens):
        if not tok.is_alpha or not tok.text[0].islower() or tok.lower_ in tagger.lowercase_ok:  # type: ignore[attr-defined]
            continue
        before = _before(text, tok.idx)
        if before and before[-1] == "\n" and (i == 0 or not tokens[i - 1].is_alpha):
            out.add((tok.idx, tok.idx + len(tok.text)))
    return out


@pytest.mark.parametrize("text", SIGNAL_TEXTS)
def test_quality_signals_token_tests_equal_the_plain_ones(text: str) -> None:
    """The "its" and line-start signals found are the plain tests' (a line start that is also a sentence start
    is the sentence's signal, so it is compared by position only); and on these texts every token's ``lower_``
    is its text's ``str.lower()``, the reading the shortcut relies on."""
    nlp = build_pipeline(stages=("framing_tagger",))
    tagger = nlp.get_pipe("framing_tagger")
    doc = nlp(text)
    assert all(t.lower_ == t.text.lower() for t in doc)
    got = {(s["start"], s["end"]) for s in doc._.quality if s["signal"] in ("its_for_its", "lowercase_start")}
    want = _plain_line_starts(tagger, doc)
    sentence_starts = {
        (s["start"], s["end"])
        for s in tagger.quality_signals(doc)
        if s["signal"] == "lowercase_start" and "sentence" in s["note"]
    }
    assert want - sentence_starts <= got
    assert got - sentence_starts <= want
    assert any(s["signal"] == "its_for_its" for s in doc._.quality)
    assert any(s["signal"] == "lowercase_start" and "line" in s["note"] for s in doc._.quality)


@pytest.mark.parametrize(
    "code", ["RUSGOV", "rusgov", "USA", "NATO", "nato", "NATOMIL", "EU", "EUN", "UN", "IGOWTO", "igo", "", None, "KE"]
)
def test_primary_code_kept_per_code_equals_the_plain_rule(code: str | None) -> None:
    """``primary_code`` is memoised per code: each call, first or repeated, gives the plain rule's answer (``IGO``
    for an international organisation, else the upper-cased country part)."""
    from detente.reference.actors import country_part, is_igo, primary_code

    want = "IGO" if is_igo(code) else country_part(code)
    assert primary_code(code) == want
    assert primary_code(code) == want  # again, from the memo
