"""Claims whose cause and effect lie in two conjuncts of one coordination, on CNC train (round 102).

    .venv/bin/python benchmarks/causal_cv_conjunct_pairs.py [--off NAME ...]

Reads every claim of the CNC train 5-fold CV's output (out-of-fold probabilities and tagger readings at
classifier.json's settings, as ``causal_cv_split_shapes.py``) whose cause lies inside one conjunct of a coordination
(a word with a ``conj`` child: verbs, clauses or nouns joined by "and", "but", "or", a comma) and whose effect lies
inside another conjunct of it, or whose two sides lie in a clause and its "while" / "whereas" clause. Counts them by
the claim's source (the span tagger or a parse rule), the kind of conjuncts, the word that joins them, and whether
the later conjunct holds a causal word of its own (a connective adverb, "so", "thus", "therefore", "as a result",
or a causal verb of markers.yml heading the conjunct), against CNC's reading: a pair it draws (right), a causal
sentence whose pairs differ, a non-causal sentence. Also counts, for the claims that would go, whether the sentence
keeps another claim. Counts only; CNC dev is never read. ``--off NAME`` reads with a switch of classifier.json off.
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
from causal_cv_split_shapes import jaccard  # noqa: E402
from detente.nlp.causal_extractor import conjunct_sides  # noqa: E402


def source(claim: dict, lex) -> str:
    """The span tagger, a causal verb of markers.yml, or another parse rule (a marker, an implicit split)."""
    signal = str(claim.get("signal", ""))
    if signal.startswith("tagger"):
        return "tagger"
    causal = set(lex.verbs) | set(lex.extra_verbs)
    return "causal verb" if signal.split(" ")[0].lower() in causal else "other rule"


def verdict(claim: dict, gold: dict) -> str:
    pairs = gold.get("pairs", [])
    if any(min(jaccard(claim["cause"], g["cause"]), jaccard(claim["effect"], g["effect"])) >= 0.5 for g in pairs):
        return "right"
    return "wrong, causal sentence" if gold["causal"] else "wrong, non-causal sentence"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--off", nargs="*", default=[], help="switches of classifier.json read off")
    ap.add_argument("--show", action="store_true", help="print each claim's shape keys (no text)")
    args = ap.parse_args()
    docs, gold, comp, parsed, probs, spans, ids, roles, pieces = F.cnc_setup()
    for name in args.off:
        setattr(comp.classifier.settings, name, False)
    lex = comp.lexicon
    table: Counter[tuple[str, str]] = Counter()
    alone: Counter[tuple[str, str]] = Counter()
    total = 0
    for i, doc in enumerate(parsed):
        claims = F.oof_claims(comp, doc, probs[i], spans, roles, pieces, ids[i])
        total += len(claims)
        for c in claims:
            shape = conjunct_sides(doc, c, lex)
            if shape is None:
                continue
            src = source(c, lex)
            what = verdict(c, gold[i])
            keys = [
                f"all | {src}",
                f"kind {shape['kind']} | {src}",
                f"joined by {shape['joiner']} | {src}",
                f"later conjunct's causal word: {shape['cue'] or 'none'} | {src}",
                f"cause {shape['order']} | {src}",
            ]
            for k in keys:
                table[(k, what)] += 1
            others = [d for d in claims if d is not c and conjunct_sides(doc, d, lex) is None]
            alone[(f"{src}, the sentence keeps another claim: {bool(others)}", what)] += 1
            if args.show:
                print(ids[i], src, shape, what)
    kinds = ("right", "wrong, causal sentence", "wrong, non-causal sentence")
    print(f"claims of the CV: {total}; those across two conjuncts, by shape (right / wrong causal / wrong non-causal):")
    for key in sorted({k for k, _ in table}):
        row = [table[(key, w)] for w in kinds]
        print(f"  {sum(row):4}  ({row[0]:3} / {row[1]:3} / {row[2]:3})  {key}")
    print("whether the sentence keeps another claim:")
    for key in sorted({k for k, _ in alone}):
        row = [alone[(key, w)] for w in kinds]
        print(f"  {sum(row):4}  ({row[0]:3} / {row[1]:3} / {row[2]:3})  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
