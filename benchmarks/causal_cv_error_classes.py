"""The CNC train 5-fold CV's wrong sentences, counted by class (issue 13, round 94).

    .venv/bin/python benchmarks/causal_cv_error_classes.py

Runs the component over every CNC train sentence with out-of-fold probabilities and tagger readings at
classifier.json's settings (``causal_convention_filters.cnc_claims``: no per-fold tuning, which changes no sentence
here), and counts the false-positive sentences (claims where CNC marks none) by the markers their claims hang on, and
the false-negative ones (no claim where CNC marks a pair) by where they are lost. Each sentence goes to the first class
that holds it, in the order printed. Only counts are printed; CNC dev is never read.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import causal_convention_filters as F  # noqa: E402

TIME = {"as", "after", "when", "following", "while", "since", "before", "during"}
PURPOSE = {"to", "for", "in order to", "so that", "seeking", "demanding", "seek", "so as to"}
TARGET = {"against", "over", "in", "in support of", "in protest against", "on", "in protest", "protesting"}
CONDITIONAL = {"if", "unless"}
CASUALTY = re.compile(r"\b(killed|injured|died|dead|wounded|hurt)\b.{0,40}\b(in|during)\b", re.I)
STAMP = re.compile(r"(\d\d:\d\d ?(AM|PM|hrs|IST)|00:00 IST|PUBLISHED|Posted :|Indian Express|Press Trust)", re.I)
PURPOSE_START = ("to ", "for ", "seeking", "demanding", "in order")
PLACE_START = ("in ", "at ", "on ", "near ", "outside ", "the ", "a ", "an ")


def false_positive_class(claims: list[dict], text: str) -> str:
    signals = {str(c["signal"]).lower() for c in claims}
    if signals <= TIME:
        return "a marker word of time or sequence (as, after, when, following, while, during) read as a reason"
    if signals <= PURPOSE or all(str(c["cause"]).lower().startswith(PURPOSE_START) for c in claims):
        return "a purpose or demand (to, for, seeking, demanding) read as a cause"
    if signals <= TARGET | {"tagger"} and signals & TARGET:
        return "what a protest is against or over, or an event 'in' which people were hurt"
    if signals <= CONDITIONAL:
        return "a conditional (if, unless)"
    if "tagger" not in signals:
        return "a causal verb or another marker (a long tail of single words)"
    if CASUALTY.search(text):
        return "tagger, no marker: people killed or hurt 'in' or 'during' an event"
    if STAMP.search(text):
        return "tagger, no marker: a headline or dateline glued to the story"
    first = claims[0]
    if first["cause_start"] > first["effect_end"] and str(first["cause"]).lower().startswith(PLACE_START):
        return "tagger, no marker: a trailing noun or place phrase as the cause"
    return "tagger, no marker: other splits of one clause"


def false_negative_class(prob: float, tagged: dict | None, text: str) -> str:
    if prob < 0.4:
        if CASUALTY.search(text):
            return "scorer under the threshold: people killed or hurt 'in' or 'during' an event"
        if re.search(r"\b(as|after|when|following|because|due to|since)\b", text, re.I):
            return "scorer under the threshold: a marker word present"
        if re.search(r"\b(to|for|seeking|demanding|against|over|protest\w*)\b", text, re.I):
            return "scorer under the threshold: a purpose, demand or protest word"
        return "scorer under the threshold: other"
    if tagged and tagged["cause_score"] >= 3 and tagged["effect_score"] >= 3:
        return "scorer over the threshold, the tagger's pair (both scores >= 3) dropped by a gate or filter"
    if tagged:
        return "scorer over the threshold, the tagger's pair too weak"
    return "scorer over the threshold, no tagger pair and no rule pair"


def main() -> int:
    rows, gold, texts = F.cnc_claims()
    spans = json.loads(F.E.SPAN_OOF.read_text())
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for (sid, prob, claims), g in zip(rows, gold, strict=True):
        if claims and not g["causal"]:
            fp[false_positive_class(claims, texts[sid])] += 1
        elif g["causal"] and not claims:
            fn[false_negative_class(prob, spans.get(sid), texts[sid])] += 1
    for name, counts in (("false positives", fp), ("false negatives", fn)):
        print(f"{name}: {sum(counts.values())} sentences")
        for label, n in counts.most_common():
            print(f"  {n:4}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
