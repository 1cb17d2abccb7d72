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

import yaml  # noqa: E402

import causal_convention_filters as F  # noqa: E402
from detente.nlp.causal_implicit import fronted_participles  # noqa: E402
from detente.paths import data_file  # noqa: E402

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


# a sure sentence, short of ``actor_split_threshold`` (1.0: the actor split, off at every real probability)
SURE = 0.999


def _strings(node) -> list[str]:
    """Every string in a loaded YAML tree (the words and phrases of markers.yml's lists), lowercased."""
    if isinstance(node, str):
        return [node.lower()]
    if isinstance(node, dict):
        return [w for k, v in node.items() for w in [str(k).lower(), *_strings(v)]]
    if isinstance(node, list):
        return [w for v in node for w in _strings(v)]
    return []


def band(p: float) -> str:
    for lo in (0.6, 0.4, 0.35, 0.3, 0.2, 0.1):
        if p >= lo:
            return f"from {lo:.2f}"
    return "under 0.10"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dump", help="write each missed sentence's reading as JSON lines here")
    ap.add_argument("--off", nargs="*", default=[], help="switches of classifier.json read off")
    args = ap.parse_args()
    docs, gold, comp, parsed, probs, spans, ids, roles, pieces = F.cnc_setup()
    settings = comp.classifier.settings
    for name in args.off:
        setattr(settings, name, False)
    listed = " ".join(_strings(yaml.safe_load(data_file("causal", "markers.yml").read_text(encoding="utf-8"))))
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
        stance = [c for s in doc.sents for c in fronted_participles(comp.extractor, s, stance=True)]
        if dropped:
            cls = "a claim dropped by a switch: " + ", ".join(dropped)
        elif stance:
            cls = "a fronted participle clause of demand, grievance or feeling, read only beside another claim"
        elif sure:
            tagger = any(str(c.get("signal")) == "tagger" for c in sure)
            kind = "marker" if markers else ("tagger" if tagger else "split")
            cls = f"probability under what the claim needs ({band(p)}; the claim at 0.999: {kind})"
        elif markers:
            cls = "a marker pair found, dropped at every probability (blocked or not prose)"
        elif cues:
            held = [c for c in cues if re.search(rf"\b{re.escape(c)}\b", listed)]
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
