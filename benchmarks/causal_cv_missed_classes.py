"""The CNC train 5-fold CV's missed sentences, each read for why no claim came (issue 13, round 103).

    .venv/bin/python benchmarks/causal_cv_missed_classes.py [--off NAME ...] [--dump FILE]

Runs the component over every CNC train sentence with out-of-fold probabilities and tagger readings at
classifier.json's settings (``causal_convention_filters.cnc_setup`` / ``oof_claims``) and reads each false-negative
sentence (CNC marks it causal, the stage makes no claim) again: with each switch of classifier.json off in turn (a
claim that comes back was dropped by that switch); for a fronted participle clause of demand, grievance or feeling
(round 27's reader, ``fronted_participles(stance=True)``, which offers it only beside another claim); and at
probability 0.999 (a claim that comes then was held back by the probability: the band it stands in, and the kind of
claim that needs more). A sentence with no claim even at 0.999 is split by the words it holds: a word of a marker list
the parse rules did not read, a cue word of cause that no list of markers.yml holds, or none. Each sentence goes to the
first class that holds it, in the order printed. Counts only (``--dump`` writes the per-sentence reading for a hand
check); CNC dev is never read. ``--off NAME`` reads with a switch of classifier.json off (round 103's, for its
before).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))


import causal_convention_filters as F  # noqa: E402
from detente.nlp.causal_implicit import fronted_participles  # noqa: E402

# cue words of cause looked for in a sentence with no pair (each counted as held by a marker list or not)
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


def band(p: float) -> str:
    for lo in (0.6, 0.4, 0.35, 0.3, 0.2, 0.1):
        if p >= lo:
            return f"from {lo:.2f}"
    return "under 0.10"


def main() -> int:
    run = F.missed_sentences(__doc__.split("\n")[0])
    classes: Counter[str] = Counter()
    rows = []
    for m in run.sentences:
        cues = [c for c in CUES if re.search(rf"\b{re.escape(c)}\b", m.text, re.I)]
        stance = [c for s in m.doc.sents for c in fronted_participles(run.comp.extractor, s, stance=True)]
        if m.dropped:
            cls = "a claim dropped by a switch: " + ", ".join(m.dropped)
        elif stance:
            cls = "a fronted participle clause of demand, grievance or feeling, read only beside another claim"
        elif m.sure:
            tagger = any(str(c.get("signal")) == "tagger" for c in m.sure)
            kind = "marker" if m.markers else ("tagger" if tagger else "split")
            cls = f"probability under what the claim needs ({band(m.prob)}; the claim at 0.999: {kind})"
        elif m.markers:
            cls = "a marker pair found, dropped at every probability (blocked or not prose)"
        elif cues:
            held = [c for c in cues if re.search(rf"\b{re.escape(c)}\b", run.listed)]
            cls = (
                "no pair at any probability; a marker-list word the rules did not read: " + held[0]
                if held
                else "no pair at any probability; a cue word no list holds: " + cues[0]
            )
        else:
            cls = "no pair at any probability, no cue word"
        classes[cls] += 1
        rows.append(
            {
                "id": m.sid,
                "p": round(m.prob, 3),
                "class": cls,
                "markers": len(m.markers),
                "cues": cues,
                "tagged": bool(run.spans.get(m.sid)),
                "sure": [(c["cause"], str(c.get("signal")), c["effect"]) for c in m.sure],
                "text": m.text,
                "gold": m.gold["pairs"],
            }
        )
    print(f"missed sentences: {sum(classes.values())}")
    for label, n in classes.most_common():
        print(f"  {n:4}  {label}")
    F.write_dump(run.args.dump, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
