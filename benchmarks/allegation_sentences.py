"""Sentences of the labelled sets that hold an accusation or allegation word, with their gold and our events (issue
14, session 20, branch allege1; docs/events.md rule 83).

Usage:
    .venv/bin/python benchmarks/allegation_sentences.py [--out FILE]

Reads only the sets whose labels we may read: the seeds gold, PLOVER dev, ConfliBERT *train* (``cameo_ner`` spans,
``cameo_class`` five-way classes; build/events/data) and the CAMEO-manual examples' *tune* half. Never the PLOVER
test half, the CNC dev set or UniversalPetrarch's GSR. A sentence is listed when a word starting accus- / alleg-,
"charged" or claim / claims / claimed occurs in it; each line (JSON) holds the set, the sentence, its gold (events,
spans with their texts, or the class / CAMEO code) and the events the pipeline codes (source, target, code, H for
hypothetical, N for negated), for reading and tabulating by hand (BENCHMARKS.md "Issue 14, session 20, allege1").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import eval_events as ev

SHARED = Path("/work/shared")
WORDS = re.compile(r"\b(accus\w*|alleg\w*|charged|claim(s|ed|ing)?)\b", re.I)


def labelled_rows() -> list[tuple[str, str, dict[str, Any]]]:
    """(set, text, gold) of every sentence of the readable labelled sets."""
    rows: list[tuple[str, str, dict[str, Any]]] = []
    for r in ev.load_jsonl(SHARED / "gold" / "events.jsonl"):
        rows.append(("seeds", r["text"], {"events": r["events"]}))
    for r in ev.load_jsonl(SHARED / "eval" / "plover" / "dev.gold.jsonl"):
        rows.append(("plover_dev", r["text"], {"events": r["events"]}))
    classes = {
        ev._words(r["text"]): r["quad5"] for r in ev.load_jsonl(ev.CONFLIBERT / "conflibert_class_train.clean.jsonl")
    }
    ner = ev.load_jsonl(ev.CONFLIBERT / "conflibert_ner_train.clean.jsonl")
    for r in ner:
        spans = [(kind, r["text"][lo:hi]) for kind, lo, hi in r["spans"]]
        rows.append(("confli_train", r["text"], {"spans": spans, "quad5": classes.get(ev._words(r["text"]))}))
    in_ner = {ev._words(r["text"]) for r in ner}
    for r in ev.load_jsonl(ev.CONFLIBERT / "conflibert_class_train.clean.jsonl"):
        if ev._words(r["text"]) not in in_ner:
            rows.append(("confli_train_class", r["text"], {"quad5": r["quad5"]}))
    for r in ev.load_jsonl(ev.CONFLIBERT / "cameo_examples.clean.jsonl"):
        if ev.example_half(r["cameo"]) == "tune":
            rows.append(("cameo_tune", ev.unmangle(r["text"]), {"cameo": r["cameo"]}))
    return rows


def main(argv: list[str] | None = None) -> int:
    from detente.nlp.pipeline import make_doc

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the lines here (default: stdout)")
    args = parser.parse_args(argv)
    rows = [r for r in labelled_rows() if WORDS.search(r[1])]
    nlp = ev.event_pipeline()
    out = args.out.open("w") if args.out else sys.stdout
    for (name, text, gold), doc in zip(rows, nlp.pipe(make_doc(nlp, r[1]) for r in rows), strict=True):
        pred = [
            (e["source"], e["target"], e["cameo"], "H" if e["hypothetical"] else "", "N" if e["negated"] else "")
            for e in doc._.events or []
        ]
        out.write(json.dumps({"set": name, "text": text, "gold": gold, "pred": pred}) + "\n")
    if args.out:
        out.close()
    print(f"{len(rows)} sentences", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
