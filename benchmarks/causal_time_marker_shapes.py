"""The CNC train 5-fold CV's wrong sentences whose only link is a time marker, counted by marker and shape (issue 13,
round 97).

    .venv/bin/python benchmarks/causal_time_marker_shapes.py [--off fronted_after_sequences]

Runs the component over every CNC train sentence with out-of-fold probabilities and tagger readings at
classifier.json's settings (``causal_convention_filters.cnc_claims``, as ``causal_cv_error_classes.py``), and counts

- the false positives (claims where CNC marks none) whose claims all hang on one of ``as``, ``after``, ``when``,
  ``since``, ``following``, ``amid`` (their signal's first word), and the false negatives (no claim where CNC marks a
  pair) whose gold cause opens right after one of them, by marker and shape: the marker's clause or phrase before its
  main clause (fronted) or after it (trailing); a clause (the marker joins a verb) or a preposition (a noun or a
  gerund); the tense of the marker's verb; whether the main clause holds a word of contention (``contention_words``);
- for every such marker in CNC train, fronted or trailing, the sentences where CNC draws a pair through it and where the
  stage's marker rule claims through it (right or wrong).

``--off NAME`` turns a shipped switch off first (the counts before its round). Only counts are printed; CNC dev is
never read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import causal_convention_filters as F  # noqa: E402
from detente.nlp.causal_markers import load_lexicon  # noqa: E402
from detente.nlp.pipeline import build_pipeline  # noqa: E402

MARKERS = ("as", "after", "when", "since", "following", "amid")


def marker_shapes(doc, contention: set[str]) -> list[dict]:
    """Each time marker of ``doc`` with its shape: (word, position, kind, tense, contention) and its phrase bounds."""
    out = []
    for m in doc:
        if m.lower_ not in MARKERS:
            continue
        if m.dep_ in ("mark", "advmod") and m.head.dep_ == "advcl":
            verb, main, last, kind = m.head, m.head.head, m.head.right_edge, "clause"
            tense = {"VBD": "past", "VBN": "passive or perfect", "VBG": "progressive"}.get(verb.tag_, "present")
        elif m.dep_ == "prep":
            main, last = m.head, m.right_edge
            while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i and main.i < m.i:
                main = main.head
            objs = [c for c in m.children if c.dep_ in ("pobj", "pcomp")]
            kind = "preposition"
            tense = "gerund" if objs and objs[0].tag_ == "VBG" else "noun phrase"
        else:
            continue
        fronted = last.i < main.i
        rest = [t for t in main.subtree if not (m.i <= t.i <= last.i)]
        cont = any(t.lemma_.lower() in contention or t.lower_ in contention for t in rest)
        out.append(
            {
                "word": m.lower_,
                "shape": (m.lower_, "fronted" if fronted else "trailing", kind, tense, "contention" if cont else "-"),
                "lo": m.idx,
                "hi": last.idx + len(last.text),
            }
        )
    return out


def gold_through(text: str, pairs: list[dict], lo: int, hi: int) -> bool:
    """Whether a CNC gold pair's cause lies in the marker's phrase."""
    for p in pairs:
        k = text.find(p["cause"])
        if k >= 0 and lo <= k and k + len(p["cause"]) <= hi + 1:
            return True
    return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--off", action="append", default=[], help="a shipped switch of CausalSettings to turn off")
    args = ap.parse_args()
    load = F.E.Classifier.load

    def load_without(*a, **k):
        clf = load(*a, **k)
        for name in args.off:
            setattr(clf.settings, name, False)
        return clf

    F.E.Classifier.load = load_without
    rows, gold, texts = F.cnc_claims()
    docs, _ = F.E.T.load_cnc()
    nlp = build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})
    parsed = F.E.parse_cached(nlp, [d["text"] for d in docs])
    contention = load_lexicon().contention_words
    errors: Counter = Counter()
    claims_by: Counter = Counter()
    for (sid, _prob, claims), g, doc in zip(rows, gold, parsed, strict=True):
        text, pairs = texts[sid], g.get("pairs", [])
        shapes = marker_shapes(doc, contention)
        first = [str(c["signal"]).lower().split()[:1] for c in claims]
        for s in shapes:
            on = any(
                w == [s["word"]] and s["lo"] <= c["cause_start"] and c["cause_end"] <= s["hi"]
                for w, c in zip(first, claims, strict=True)
            )
            through = g["causal"] and gold_through(text, pairs, s["lo"], s["hi"])
            pos = s["shape"][:2]
            claims_by[
                pos
                + (
                    "CNC pair through it" if through else "no CNC pair through it",
                    "rule claims through it" if on else "-",
                )
            ] += 1
            if claims and not g["causal"] and on and all(w and w[0] in MARKERS for w in first):
                errors[("false positive",) + s["shape"]] += 1
            elif g["causal"] and not claims and through:
                errors[("false negative",) + s["shape"]] += 1
    print("wrong sentences whose only link is a time marker, by marker and shape")
    print("  (error, marker, position, clause or preposition, tense of its verb, contention in the main clause)")
    for key, n in sorted(errors.items()):
        print(f"  {n:4}  {' / '.join(key)}")
    print("every time marker of CNC train, by position: CNC's pairs through it and the rule's claims through it")
    for key, n in sorted(claims_by.items()):
        print(f"  {n:4}  {' / '.join(key)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
