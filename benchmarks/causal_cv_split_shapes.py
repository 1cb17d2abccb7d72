"""Where the span tagger cuts one clause with no word between its cause and its effect, on CNC train (round 98).

    .venv/bin/python benchmarks/causal_cv_split_shapes.py [--off subject_cut_tag_pairs]

Round 94 (``causal_cv_error_classes.py``) counted the CNC train 5-fold CV's false-positive sentences whose claims are
the tagger's split of one clause with no marker between the sides. This script reads every tagger claim of the CV's
output (out-of-fold probabilities and tagger readings at classifier.json's settings, as ``causal_cv_dropped_pairs``)
whose two sides touch (nothing but punctuation between them) and counts them by where the cut falls in the parse
(a subject and its predicate, a verb and its object, a noun and its modifier, a verb and its adjunct) and by what CNC
does with the sentence: a pair it draws (right), a causal sentence whose pairs differ (and whether one of CNC's
effects holds both sides: the clause kept whole), or a sentence CNC calls non-causal. It also counts those claims
whose sentence holds a marker pair of the parse rules (``Extractor.extract``) that the stage did not keep. Counts
only; CNC dev is never read. ``--off NAME`` reads with a switch of classifier.json off (round 98's, for its before).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import causal_convention_filters as F  # noqa: E402
from detente.nlp.causal_extractor import _subject_cut, touching_sides  # noqa: E402

ADJUNCTS = ("advcl", "prep", "xcomp", "npadvmod", "advmod", "agent", "dative")
MODIFIERS = ("prep", "acl", "relcl", "amod", "compound", "pobj", "appos", "nummod", "poss")


def words(text: str) -> set[str]:
    return set(text.lower().split())


def jaccard(a: str, b: str) -> float:
    x, y = words(a), words(b)
    return len(x & y) / len(x | y) if x | y else 0.0


def shape(doc, claim: dict) -> str | None:
    """Where a claim whose sides touch cuts its clause; None where a word stands between the sides."""
    sides = touching_sides(doc, claim)
    if sides is None:
        return None
    first, second = sides
    sent = doc[first.sent.start : first.sent.end]
    opens = second[0]
    lead = (
        "; the second side opens with a preposition, subordinator, 'to' or -ing word"
        if opens.pos_ in ("ADP", "SCONJ", "PART") or opens.tag_ == "VBG"
        else ""
    )
    head = second.root
    if _subject_cut(sent, claim):
        return "a subject | its predicate" + lead
    if first.root.dep_ in ("nsubj", "nsubjpass") or head.dep_ in ("nsubj", "nsubjpass"):
        return "part of a subject | the rest" + lead
    if head.dep_ in ("dobj", "ccomp", "attr", "oprd") and first.start <= head.head.i < first.end:
        return "a verb | its object" + lead
    if head.dep_ in MODIFIERS and first.start <= head.head.i < first.end and head.head.pos_ in ("NOUN", "PROPN"):
        return "a noun | its modifier" + lead
    if head.dep_ in ADJUNCTS and first.start <= head.head.i < first.end:
        return "a verb | its adjunct" + lead
    return "other (the sides in two clauses, or across a conjunction)" + lead


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--off", nargs="*", default=[], help="switches of classifier.json read off")
    args = ap.parse_args()
    docs, gold, comp, parsed, probs, spans, ids, roles, pieces = F.cnc_setup()
    for name in args.off:
        setattr(comp.classifier.settings, name, False)
    table: Counter[tuple[str, str]] = Counter()
    marked: Counter[str] = Counter()
    for i, doc in enumerate(parsed):
        claims = F.oof_claims(comp, doc, probs[i], spans, roles, pieces, ids[i])
        rules = None
        for c in claims:
            if not str(c.get("signal", "")).startswith("tagger"):
                continue
            where = shape(doc, c)
            if where is None:
                continue
            pairs = gold[i].get("pairs", [])
            if any(min(jaccard(c["cause"], g["cause"]), jaccard(c["effect"], g["effect"])) >= 0.5 for g in pairs):
                what = "right"
            elif gold[i]["causal"]:
                both = c["cause"] + " " + c["effect"]
                whole = any(jaccard(both, g["effect"]) >= 0.5 for g in pairs)
                what = "wrong, causal sentence" + (" (CNC's effect holds both sides)" if whole else "")
            else:
                what = "wrong, non-causal sentence"
            table[(where, what)] += 1
            if rules is None:
                rules = any(comp.extractor.extract(s) for s in doc.sents)
            marked[what if rules else "no marker pair in the sentence"] += 1
    kinds = sorted({w for _, w in table})
    print("tagger claims whose sides touch, by where the cut falls and by CNC's reading:")
    for where in sorted({s for s, _ in table}, key=lambda s: -sum(v for (a, _), v in table.items() if a == s)):
        row = {w: table[(where, w)] for w in kinds}
        print(f"  {sum(row.values()):4}  {where}")
        for w, n in row.items():
            if n:
                print(f"          {n:4}  {w}")
    print("of them, in a sentence where the parse rules find a marker pair the stage did not keep:")
    for what, n in marked.most_common():
        print(f"  {n:4}  {what}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
