"""Every asserted event, with its sentence, for reading (issue 14: event precision on real news).

Usage:
    .venv/bin/python benchmarks/news_event_review.py [FILE.jsonl ...] [--seeds] [--all] [--rules-only] [--out FILE]

Runs the whole pipeline (the same path as ``detente code``, ``detente.api.ingest.run_documents``) over
``{"id", "text", "date"?}`` documents (default: the 20 news excerpts in ``../shared``; ``--seeds`` adds the
seed articles; only texts are read, never labels) and prints, sentence by sentence, every asserted event
(neither negated nor hypothetical; ``--all`` adds the flagged ones, marked NEG/HYP) as

    SOURCE -> TARGET  CAMEO  'trigger'  (source text -> target text)

under the sentence it comes from, numbered so that a reader can tally a judgement per event. A summary of
the counts per file ends the listing. The listing is a reading aid for counting error classes, not a score.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.news_event_misses import SHARED, read_docs, write_listing  # noqa: E402

from detente.api.ingest import run_documents  # noqa: E402
from detente.nlp.pipeline import build_pipeline  # noqa: E402

NEWS = SHARED / "corpus" / "news" / "news.jsonl"


def seed_docs() -> list[dict[str, Any]]:
    return [
        {"id": p.name, "text": p.read_text(encoding="utf-8"), "date": None}
        for p in sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    ]


def event_line(e: dict[str, Any]) -> str:
    flags = (" NEG" if e["negated"] else "") + (" HYP" if e["hypothetical"] else "")
    return (
        f"{e['source']} -> {e['target']}  {e['cameo']}  '{e['trigger']}'"
        f"  ({e['source_text']} -> {e['target_text']}){flags}"
    )


def review(nlp: Any, docs: list[dict[str, Any]], show_all: bool) -> Iterator[tuple[str, str, list[str]]]:
    """(document label, sentence text, event lines) for every sentence with an event to show."""
    for k, (_, parts) in enumerate(run_documents(docs, nlp)):
        label = f"line {k + 1}"
        for _section, doc in parts:
            by_sentence: dict[int, list[dict[str, Any]]] = {}
            for e in doc._.events:
                if show_all or not (e["negated"] or e["hypothetical"]):
                    by_sentence.setdefault(e["start"], []).append(e)
            for start, events in sorted(by_sentence.items()):
                text = " ".join(doc.text[start : events[0]["end"]].split())
                yield label, text, [event_line(e) for e in events]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--seeds", action="store_true", help="also the seed articles")
    parser.add_argument("--all", action="store_true", help="also negated and hypothetical events")
    parser.add_argument("--rules-only", action="store_true", help="learned event layer off")
    parser.add_argument("--out", type=Path, help="write the listing here instead of stdout")
    args = parser.parse_args()
    nlp = build_pipeline()
    if args.rules_only and "event_coder" in nlp.pipe_names:
        nlp.get_pipe("event_coder").learned = None
    sets: list[tuple[str, list[dict[str, Any]]]] = []
    for path in args.files or ([] if args.seeds else [NEWS]):
        if not path.exists():
            print(f"{path}: no such file, skipped", file=sys.stderr)
            continue
        sets.append((path.name, list(read_docs(path))))
    if args.seeds:
        sets.append(("seeds", seed_docs()))
    lines: list[str] = []
    summary: list[str] = []
    n = 0
    for name, docs in sets:
        count = 0
        for label, text, events in review(nlp, docs, args.all):
            lines.append(f"== {name} {label} | {text}")
            for ev in events:
                n += 1
                count += 1
                lines.append(f"  [{n}] {ev}")
        summary.append(f"{name}: {count} events shown")
    write_listing(lines, summary, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
