"""Pipeline throughput: the full detente coder (``code_documents``) against a bare ``nlp.pipe`` of the same
spaCy model over the same texts, in one run, so the ratio holds across machines (target: >= 0.6). A fourth
run times the same coder with the MiniLM encoder on its numpy fallback (before onnxruntime).

Usage:
    .venv/bin/python benchmarks/bench_pipeline.py [--words 200000]

The corpus is the five seeds (../shared) replicated to ``--words``; ``examples/articles`` without ../shared.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import corpus, table, timer, write_section  # noqa: E402

from detente.nlp.event_model import ADAPTERS  # noqa: E402

if TYPE_CHECKING:
    from spacy.language import Language

# Published speeds of the classic coders, for scale only (they run on parsed input, the parse not counted):
# PETRARCH2 ~150 sentences/s, TABARI 1,000-2,000 sentences/s.
PETRARCH2_SENTS = 150.0
TABARI_SENTS = (1000.0, 2000.0)


def with_numpy_encoder(nlp: Language) -> Language:
    """``nlp`` with its stages' shared MiniLM swapped for one on the numpy backend (the same weights), so the
    fallback path is timed in the same run as the default one."""
    from detente.nlp.minilm import MiniLM

    causal = nlp.get_pipe("causal_extractor")
    numpy_model = MiniLM.load(ADAPTERS, backend="numpy")
    causal.encoder = numpy_model
    learned = getattr(nlp.get_pipe("event_coder"), "learned", None)
    if learned is not None:
        learned.encoder = numpy_model
    return nlp


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--no-write", action="store_true", help="print only, do not update BENCHMARKS.md")
    ap.add_argument("--repeats", type=int, default=1, help="interleaved runs of every configuration; best kept")
    args = ap.parse_args(argv)

    from detente.api.ingest import code_documents
    from detente.ingest.document import prepare
    from detente.ingest.readers import RawArticle
    from detente.nlp.model import load_model
    from detente.nlp.pipeline import build_pipeline

    load_at_start = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    docs = corpus(args.words)
    words = sum(len(d["text"].split()) for d in docs)
    sentences = sum(
        len(prepare(RawArticle(id=d["id"], path="", format="jsonl", raw_text=d["text"])).sentences) for d in docs
    )
    bare = load_model()
    full = build_pipeline()
    linear = build_pipeline(config={"causal_extractor": {"scorer": "linear"}})
    numpy_encoder = with_numpy_encoder(build_pipeline())
    # warm all four (first batch allocations), then measure
    list(bare.pipe([d["text"] for d in docs[:2]]))
    code_documents(docs[:2], nlp=full)
    code_documents(docs[:2], nlp=linear)
    code_documents(docs[:2], nlp=numpy_encoder)
    causal = full.get_pipe("causal_extractor")
    causal.scored = causal.encoded = 0

    def run_bare() -> None:
        for _ in bare.pipe((d["text"] for d in docs), batch_size=32):
            pass

    results: dict[str, list[dict[str, Any]]] = {}
    runs: dict[str, Callable[[], Any]] = {
        "bare": run_bare,
        "full": lambda: results.__setitem__("full", code_documents(docs, nlp=full)),
        "linear": lambda: code_documents(docs, nlp=linear),
        "numpy": lambda: results.__setitem__("numpy", code_documents(docs, nlp=numpy_encoder)),
    }
    best: dict[str, float] = {}
    # interleaved, best of n: on a shared machine the load changes within a run and hits every configuration
    for _ in range(args.repeats):
        for name, fn in runs.items():
            with timer() as t:
                fn()
            best[name] = min(best.get(name, float("inf")), t())

    def t_bare() -> float:
        return best["bare"]

    def t_full() -> float:
        return best["full"]

    def t_linear() -> float:
        return best["linear"]

    def t_numpy() -> float:
        return best["numpy"]

    out, numpy_out = results["full"], results["numpy"]
    same = numpy_out == out
    encoded = causal.encoded / max(causal.scored, 1)  # the same share in every repeat
    events = sum(len(r["events"]) for r in out)
    rows = [
        {
            "run": "bare spaCy nlp.pipe (baseline)",
            "seconds": t_bare(),
            "words/s": words / t_bare(),
            "sentences/s": sentences / t_bare(),
            "ratio": 1.0,
        },
        {
            "run": "detente code_documents (clean+segment+parse+actors+events+causal+framing)",
            "seconds": t_full(),
            "words/s": words / t_full(),
            "sentences/s": sentences / t_full(),
            "ratio": t_bare() / t_full(),
        },
        {
            "run": "the same with the causal stage's linear tier only (scorer=linear)",
            "seconds": t_linear(),
            "words/s": words / t_linear(),
            "sentences/s": sentences / t_linear(),
            "ratio": t_bare() / t_linear(),
        },
        {
            "run": "the full coder with the MiniLM encoder on numpy (the fallback without onnxruntime)",
            "seconds": t_numpy(),
            "words/s": words / t_numpy(),
            "sentences/s": sentences / t_numpy(),
            "ratio": t_bare() / t_numpy(),
        },
    ]
    words_per_sentence = words / sentences
    body = (
        f"Corpus: {len(docs)} documents, {words:,} words, {sentences:,} sentences "
        f"({words_per_sentence:.1f} words/sentence); {events:,} events coded. One process, batch 32; best of "
        f"{args.repeats} interleaved run(s) per row. "
        f"The causal stage's MiniLM tier encoded {encoded:.0%} of the sentences it scored (the rest were "
        "settled by the linear tier: docs/causal.md). The encoder runs on onnxruntime (one thread) unless the "
        f"row says numpy; both give {'the same' if same else 'DIFFERENT'} output on this corpus. Load average at "
        f"start: {load_at_start}.\n\n"
        + table(rows)
        + f"\nTarget ratio >= 0.6: **{'met' if rows[1]['ratio'] >= 0.6 else 'NOT met'}** "
        f"({rows[1]['ratio']:.2f}).\n\n"
        "For scale (published figures, parse excluded, other hardware): PETRARCH2 ~150 sentences/s = "
        f"~{PETRARCH2_SENTS * words_per_sentence:,.0f} words/s at this corpus's sentence length; TABARI "
        f"1,000-2,000 sentences/s = ~{TABARI_SENTS[0] * words_per_sentence:,.0f}-"
        f"{TABARI_SENTS[1] * words_per_sentence:,.0f} words/s. detente's figure includes the parse.\n"
    )
    if not args.no_write:
        write_section("pipeline", "Pipeline throughput", body)
    else:
        print(body)
    return {"ratio": rows[1]["ratio"], "words_per_s": rows[1]["words/s"]}


if __name__ == "__main__":
    main()
