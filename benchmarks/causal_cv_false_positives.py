"""The CNC train 5-fold CV's claimed sentences, false and true, with their readers (issue 13, round 111).

    .venv/bin/python benchmarks/causal_cv_false_positives.py --dump /tmp/claimed.jsonl

Runs the component over every CNC train sentence with out-of-fold probabilities and tagger readings at
classifier.json's settings (``causal_convention_filters.cnc_setup`` / ``oof_claims``; ``--set`` reads a setting
otherwise) and writes, for each sentence with a claim, its out-of-fold probability, whether CNC marks it causal, and
its claims (signal, sides, offsets), so that the false positives can be described by the reader that made them and the
same description counted on the true ones. Prints the counts only; CNC dev is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import causal_convention_filters as F  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dump", help="write each claimed sentence as a JSON line here")
    ap.add_argument("--set", nargs="*", default=[], help="settings NAME=VALUE (JSON) read instead of classifier.json's")
    args = ap.parse_args()
    docs, gold, comp, parsed, probs, spans, ids, roles, pieces = F.cnc_setup()
    for item in args.set:
        name, value = item.split("=", 1)
        setattr(comp.classifier.settings, name, json.loads(value))
    texts = {d["id"]: d["text"] for d in docs}
    rows = [
        (ids[i], float(probs[i]), F.oof_claims(comp, doc, probs[i], spans, roles, pieces, ids[i]))
        for i, doc in enumerate(parsed)
    ]
    out = []
    tp = fp = 0
    for (sid, prob, claims), g in zip(rows, gold, strict=True):
        if not claims:
            continue
        tp += bool(g["causal"])
        fp += not g["causal"]
        out.append({"id": sid, "prob": prob, "causal": bool(g["causal"]), "text": texts[sid], "claims": claims})
    print(f"claimed sentences: {len(out)} (CNC causal {tp}, not causal {fp})")
    F.write_dump(args.dump, [json.loads(json.dumps(r, default=str)) for r in out])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
