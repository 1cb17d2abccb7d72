"""The CNC train 5-fold CV's false-negative sentences grouped by why no claim came: margin, cue, reader (round 106).

    .venv/bin/python benchmarks/causal_cv_recall_classes.py [--off NAME ...] [--dump FILE]

Runs the component over every CNC train sentence with out-of-fold probabilities and tagger readings at
classifier.json's settings (``causal_convention_filters.cnc_setup`` / ``oof_claims``; CNC dev is never read) and reads
each false-negative sentence (CNC marks it causal, the stage makes no claim) three ways:

* the probability: the claim the stage makes at 0.999 (``causal_convention_filters.SURE``), the reader it comes from
  (an explicit marker, the span tagger, the clause split) and how far the sentence's probability sits under that
  reader's gate (``marker_threshold``, ``tag_threshold``, ``implicit_threshold``); "none" where no claim comes at any
  probability;
* the cue: the first connective or cue word of ``CUES`` in the sentence (an explicit cue), or none (an implicit
  cause);
* why the cue reader made no claim: a marker pair found and dropped (under ``marker_threshold``, a time-or-reason
  marker under ``time_marker_min_prob``, blocked), a claim dropped by a switch of classifier.json (the switch named),
  the cue held by a list of markers.yml that no rule read in this sentence's parse, or a cue no list holds.

Counts only (``--dump`` writes the per-sentence reading for a hand check). ``--off NAME`` reads with a switch off.
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

# cue words of cause, the explicit connectives first, then the causal verbs, then the weak prepositions; a sentence
# is counted under the first it holds
CUES = (
    "because",
    "due to",
    "owing to",
    "as a result",
    "thanks to",
    "in the wake of",
    "in response to",
    "in protest",
    "in retaliation",
    "led to",
    "leading to",
    "resulted in",
    "caused",
    "sparked",
    "triggered",
    "prompted",
    "prompting",
    "forced",
    "forcing",
    "so",
    "thus",
    "hence",
    "therefore",
    "amid",
    "following",
    "after",
    "since",
    "as",
    "when",
    "if",
    "demanding",
    "seeking",
    "to protest",
    "over",
    "against",
    "for",
    "by",
    "to",
)


def gate_band(margin: float) -> str:
    for hi in (0.05, 0.1, 0.2, 0.3):
        if margin <= hi:
            return f"under by <= {hi:.2f}"
    return "under by > 0.30"


def main() -> int:
    run = F.missed_sentences(__doc__.split("\n")[0])
    settings = run.settings
    gates = {
        "marker": settings.marker_threshold,
        "tagger": settings.tag_threshold,
        "split": max(settings.threshold, settings.implicit_threshold),
    }
    by_gate: Counter[tuple[str, str]] = Counter()
    by_cue: Counter[tuple[str, str, str]] = Counter()
    why: Counter[str] = Counter()
    rows = []
    for m in run.sentences:
        if m.sure:
            tagger = any(str(c.get("signal")) == "tagger" for c in m.sure)
            reader = "marker" if m.markers else ("tagger" if tagger else "split")
            band = gate_band(gates[reader] - m.prob)
        else:
            reader, band = "none", "no claim at any probability"
        by_gate[(reader, band)] += 1
        cues = [c for c in CUES if re.search(rf"\b{re.escape(c)}\b", m.text, re.I)]
        cue = cues[0] if cues else "(no cue: implicit)"
        if m.markers:
            signals = {str(x.get("signal", "")).lower() for x in m.markers}
            if m.prob < settings.marker_threshold:
                reason = "a marker pair, under marker_threshold"
            elif m.prob < settings.time_marker_min_prob and signals <= run.comp.extractor.lex.time_or_reason_markers:
                reason = "a time-or-reason marker pair, under time_marker_min_prob"
            else:
                reason = "a marker pair, blocked or filtered"
        elif m.dropped:
            reason = "a claim dropped by a switch: " + ", ".join(m.dropped)
        elif not cues:
            reason = "no cue (implicit)"
        elif re.search(rf"\b{re.escape(cues[0])}\b", run.listed):
            reason = "the cue held by a markers.yml list, no marker rule read it in this parse"
        else:
            reason = "the cue's written form held by no markers.yml list"
        by_cue[(cue, reason, "no claim at any probability" if reader == "none" else f"under the {reader} gate")] += 1
        why[reason] += 1
        rows.append(
            {
                "id": m.sid,
                "p": round(m.prob, 3),
                "reader": reader,
                "band": band,
                "cue": cue,
                "reason": reason,
                "sure": [(c["cause"], str(c.get("signal")), c["effect"]) for c in m.sure],
                "text": m.text,
                "gold": m.gold["pairs"],
            }
        )
    print(f"missed sentences: {len(rows)}; gates {gates}")
    print("by the reader of the claim at 0.999 and the margin under its gate:")
    for (reader, band), n in sorted(by_gate.items()):
        print(f"  {n:4}  {reader:7} {band}")
    print("by why the cue reader made no claim:")
    for reason, n in why.most_common():
        print(f"  {n:4}  {reason}")
    print("by cue, why, and whether a claim comes at 0.999:")
    for (cue, reason, gate), n in sorted(by_cue.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {n:4}  {cue:20} {reason}; {gate}")
    F.write_dump(run.args.dump, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
