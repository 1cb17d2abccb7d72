"""Outputs unchanged by an optimisation: ``detente code`` output (what ``code_stream`` gives, the pipeline's
defaults) for the seeds, the news excerpts and the PLOVER dev and test texts (texts only: no labels are read),
with the rows ``detente analyze`` stores beside it that ``detente code`` leaves out (actor mentions, framing
hits, quality signals), written as JSONL and, with ``--against``, compared line by line with an earlier run's
file.

Usage:
    .venv/bin/python benchmarks/check_same_output.py --write /tmp/before.jsonl            # on the old tree
    .venv/bin/python benchmarks/check_same_output.py --write /tmp/after.jsonl --against /tmp/before.jsonl

Exit code 0 when the outputs are identical (or nothing to compare), 1 when any document differs. Without
../shared it codes ``examples/articles`` (``benchmarks.common.seed_texts``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import SHARED, seed_texts  # noqa: E402

SETS = {
    "news": SHARED / "corpus" / "news" / "news.jsonl",
    "plover-dev": SHARED / "eval" / "plover" / "dev.docs.jsonl",
    "plover-test": SHARED / "eval" / "plover" / "test.docs.jsonl",
}


def documents() -> list[dict[str, Any]]:
    """``{"id", "text", "date"?}`` of every text compared: the seeds first, then each set that exists. Only the
    id, text and date fields are kept, so nothing else of a row reaches the coder."""
    docs: list[dict[str, Any]] = [{"id": f"seeds:{name}", "text": text} for name, text in seed_texts()]
    for name, path in SETS.items():
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                doc = {"id": f"{name}:{row['id']}", "text": row["text"]}
                if row.get("date"):
                    doc["date"] = row["date"]
                docs.append(doc)
    return docs


def differences(before: list[str], after: list[str]) -> list[str]:
    """Ids (or line numbers) of the documents whose output lines differ, and a line count mismatch."""
    out = []
    if len(before) != len(after):
        out.append(f"line count {len(before)} -> {len(after)}")
    for n, (a, b) in enumerate(zip(before, after, strict=False)):
        if a != b:
            out.append(str(json.loads(b).get("id", n)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", type=Path, required=True, help="where to write this tree's output (JSONL)")
    ap.add_argument("--against", type=Path, help="an earlier run's output to compare with")
    args = ap.parse_args(argv)

    from detente.api.ingest import coded_causal, coded_event, document_rows, get_pipeline, run_documents

    docs = documents()
    with args.write.open("w", encoding="utf-8") as f:
        # code_stream's loop, keeping the other tables of the same rows
        for p, parts in run_documents(docs, get_pipeline()):
            rows = document_rows(p, parts)
            result = {
                "id": p.id,
                "events": [coded_event(e) for e in rows["events"]],
                "causal": [coded_causal(c) for c in rows["causal_claims"]],
                **{table: rows[table] for table in ("mentions", "framing_hits", "quality_signals")},  # type: ignore[literal-required]
            }
            f.write(json.dumps(result, ensure_ascii=False, sort_keys=True, default=str) + "\n")
    lines = args.write.read_text(encoding="utf-8").splitlines()
    events = sum(len(json.loads(ln)["events"]) for ln in lines)
    claims = sum(len(json.loads(ln)["causal"]) for ln in lines)
    print(f"{len(lines)} documents, {events} events, {claims} causal claims -> {args.write}")
    if args.against is None:
        return 0
    diff = differences(args.against.read_text(encoding="utf-8").splitlines(), lines)
    if diff:
        print(f"DIFFERENT on {len(diff)}: {', '.join(diff[:20])}")
        return 1
    print(f"identical to {args.against}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
