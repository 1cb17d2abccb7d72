"""The CNC train 5-fold CV's missed sentences, each read for why no claim came (issue 13, round 103).

    .venv/bin/python benchmarks/causal_cv_missed_classes.py [--dump FILE]

Runs the component over every CNC train sentence with out-of-fold probabilities and tagger readings at
classifier.json's settings (``causal_convention_filters.cnc_setup`` / ``oof_claims``) and reads each false-negative
sentence (CNC marks it causal, the stage makes no claim) again: with each switch of classifier.json off in turn (a
claim that comes back was dropped by that switch), and at probability 0.999 (a claim that comes then was held back by
the probability; how far under, by band). A sentence that gives no claim even at 0.999 is split by whether it holds a
cue word the marker lists lack, or the span tagger and the parse rules found no pair. Each sentence goes to the first
class that holds it, in the order printed. Counts only (``--dump`` writes the per-sentence reading for a hand check);
CNC dev is never read.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import causal_convention_filters as F  # noqa: E402

# cue words of cause that no marker list of markers.yml names (checked at start: the ones a list holds are dropped)
CUES = (
    "amid",
    "as a result of",
    "fuelled",
    "fueled",
    "prompted",
    "prompting",
    "thanks to",
    "in the wake of",
    "in view of",
    "in response to",
    "in retaliation",
    "in protest",
    "on account of",
    "owing to",
    "over",
    "against",
    "demanding",
    "seeking",
    "forcing",
    "forced",
    "leading to",
    "triggered",
    "sparked",
    "following",
    "after",
    "to protest",
    "for",
    "to",
)


# a sure sentence, short of ``actor_split_threshold`` (1.0: the actor split, off at every real probability)
SURE = 0.999


def band(p: float) -> str:
    for lo in (0.6, 0.4, 0.35, 0.3, 0.2, 0.1):
        if p >= lo:
            return f"from {lo:.2f}"
    return "under 0.10"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dump", help="write each missed sentence's reading as JSON lines here")
    args = ap.parse_args()
    docs, gold, comp, parsed, probs, spans, ids, roles, pieces = F.cnc_setup()
    settings = comp.classifier.settings
    switches = [
        f.name
        for f in dataclasses.fields(settings)
        if isinstance(getattr(settings, f.name), bool) and getattr(settings, f.name)
    ]
    texts = {d["id"]: d["text"] for d in docs}
    classes: Counter[str] = Counter()
    rows = []
    for i, doc in enumerate(parsed):
        if not gold[i]["causal"]:
            continue
        p = float(probs[i])
        if F.oof_claims(comp, doc, p, spans, roles, pieces, ids[i]):
            continue
        text = texts[ids[i]]
        markers = [m for s in doc.sents for m in comp.extractor.extract(s)]
        dropped = []
        for name in switches:
            setattr(settings, name, False)
            try:
                if F.oof_claims(comp, doc, p, spans, roles, pieces, ids[i]):
                    dropped.append(name)
            finally:
                setattr(settings, name, True)
        sure = F.oof_claims(comp, doc, SURE, spans, roles, pieces, ids[i])
        cues = [c for c in CUES if re.search(rf"\b{re.escape(c)}\b", text, re.I)]
        tagged = spans.get(ids[i])
        if dropped:
            cls = "a claim dropped by a switch: " + ", ".join(dropped)
        elif sure:
            kind = "marker" if markers else ("tagger" if any(str(c.get("signal")) == "tagger" for c in sure) else "split")
            cls = f"probability under what the claim needs ({band(p)}; the claim at 0.999: {kind})"
        elif markers:
            cls = "a marker pair found, dropped at every probability (blocked or not prose)"
        elif cues:
            cls = "no pair at any probability; a cue word present: " + cues[0]
        else:
            cls = "no pair at any probability, no cue word"
        classes[cls] += 1
        rows.append(
            {
                "id": ids[i],
                "p": round(p, 3),
                "class": cls,
                "markers": len(markers),
                "cues": cues,
                "tagged": bool(tagged),
                "sure": [(c["cause"], str(c.get("signal")), c["effect"]) for c in sure],
                "text": text,
                "gold": gold[i]["pairs"],
            }
        )
    print(f"missed sentences: {sum(classes.values())}")
    for label, n in classes.most_common():
        print(f"  {n:4}  {label}")
    if args.dump:
        Path(args.dump).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
