"""Sentences where an event may have been missed, for reading (issue 14, docs/events.md rule 24).

Usage:
    .venv/bin/python benchmarks/news_event_misses.py [FILE.jsonl ...] [--out FILE]

Runs the whole pipeline (the same path as ``detente code``) over ``{"id", "text", "date"?}`` documents
(default: the 20 news excerpts in ``../shared``, texts only; the PLOVER test half is scored on held-out text,
so it is no longer a default: reading its texts to find rules would tune on it)
and lists every sentence in which

- ``miss``: the actor resolver found two or more actors of different primary codes
  (``detente.reference.actors.primary_code``) but the coder asserted no event, or
- ``modal``: the coder's only events there are negated or hypothetical.

Each line gives the kind, the file and line number (not the id: the PLOVER test ids name their gold
category, which we must not read), the actors (code: text) and the sentence; ``modal`` lines also
give the events' trigger, code and flags. A summary of counts per file ends the listing. The listing is a
reading aid for counting error classes, not a score.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from detente.api.ingest import run_documents
from detente.nlp.pipeline import build_pipeline
from detente.reference.actors import primary_code

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DEFAULT_FILES = (SHARED / "corpus" / "news" / "news.jsonl",)


def read_docs(path: Path) -> Iterator[dict[str, Any]]:
    """Only ``id``, ``text`` and ``date`` of each line are kept (a labels field, if any, is never read)."""
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if line.strip():
                d = json.loads(line)
                yield {"id": str(d.get("id", n)), "text": str(d.get("text") or ""), "date": d.get("date")}


def candidate_sentences(nlp: Any, docs: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Sentences with actors of two or more primary codes and no asserted event."""
    for k, (_, parts) in enumerate(run_documents(docs, nlp)):
        doc_id = f"line {k + 1}"
        for _section, doc in parts:
            for sent in doc.sents:
                actors = [a for a in doc.spans["actors"] if sent.start <= a.start < sent.end]
                primaries = {primary_code(a.label_) for a in actors}
                if len(primaries) < 2:
                    continue
                events = [e for e in doc._.events if e["start"] <= sent.start_char < e["end"]]
                if any(not e["negated"] and not e["hypothetical"] for e in events):
                    continue
                yield {
                    "kind": "modal" if events else "miss",
                    "id": doc_id,
                    "actors": [f"{a.label_}:{a.text}" for a in actors],
                    "events": [
                        f"{e['source']}->{e['target']} {e['cameo']} '{e['trigger']}'"
                        + (" NEG" if e["negated"] else "")
                        + (" HYP" if e["hypothetical"] else "")
                        for e in events
                    ],
                    "text": " ".join(sent.text.split()),
                }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(DEFAULT_FILES))
    parser.add_argument("--out", type=Path, help="write the listing here instead of stdout")
    args = parser.parse_args()
    nlp = build_pipeline()
    lines: list[str] = []
    summary: list[str] = []
    for path in args.files:
        if not path.exists():
            print(f"{path}: no such file, skipped", file=sys.stderr)
            continue
        counts = {"miss": 0, "modal": 0}
        for row in candidate_sentences(nlp, list(read_docs(path))):
            counts[row["kind"]] += 1
            lines.append(f"[{row['kind']}] {path.name} {row['id']} | {'; '.join(row['actors'])}")
            if row["events"]:
                lines.append("    events: " + "; ".join(row["events"]))
            lines.append("    " + row["text"])
        summary.append(f"{path.name}: {counts['miss']} sentences without an event, {counts['modal']} modal only")
    write_listing(lines, summary, args.out)
    return 0


def write_listing(lines: list[str], summary: list[str], out: Path | None) -> None:
    """The listing and its summary to ``out`` (then the summary alone to stdout), or all of it to stdout."""
    text = "\n".join(lines + [""] + summary) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
        print("\n".join(summary))
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    raise SystemExit(main())
