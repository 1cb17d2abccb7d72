"""Which gate or filter of the extractor drops the span tagger's pair on CNC train (issue 13, round 96).

    .venv/bin/python benchmarks/causal_cv_dropped_pairs.py [--full NAME ...]

Round 94 counted, among the CNC train 5-fold CV's false-negative sentences (out-of-fold probabilities and tagger
readings at classifier.json's settings, ``causal_convention_filters.cnc_claims``), those whose scorer is over the
threshold and whose tagger pair (both scores >= 3) made no claim. For each of them this script turns each gate or
filter of ``CausalExtractor._claims_at`` off in turn and prints which one, alone, brings a claim back (counts only).
``--full`` reruns every CNC train sentence with the named gates off, one at a time, and prints what each one costs and
gains there: sentences and pairs right and wrong (the score of ``score.py``), and the sentences it changes. CNC dev
is never read.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import causal_convention_filters as F  # noqa: E402
import eval_causal as E  # noqa: E402

# each gate or filter of ``_claims_at``, and the value that turns it off
GATES: dict[str, object] = {
    "tag_pair_no_subject_effect": False,
    "tag_pair_no_report_effect": False,
    "plan_tag_pairs": False,
    "cut_object_tag_pairs": False,
    "tag_pair_no_doer_cause": False,
    "tag_min_confidence": -math.inf,
    "tag_pair_min_role_vote": -math.inf,
    "linking_tag_min_prob": 0.0,
    "split_over_tag_min_vote": math.inf,
    "complement_infinitive_splits": False,
    "intent_complement_splits": False,
    "open_question_claims": False,
    "time_clause_causes": False,
    "indirect_question_causes": False,
    "question_effects": False,
    "descriptive_modifier_causes": False,
    "watch_comparison_causes": False,
    "request_complement_claims": False,
    "stamp_crossing_claims": False,
    "plan_statement_claims": False,
    "sequence_needs_contention": False,
    "no_time_place_sides": False,
    "no_modifier_sides": False,
    "relative_side_ends": False,
    "noun_conjunct_sides": False,
    "lenient_prose": False,
    "tag_units_min_prob": 0.0,
    "sure_unblock_min_prob": 0.0,
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--full", nargs="*", default=[], help="gates to cost over every CNC train sentence")
    args = ap.parse_args()
    sc = E.scorer()
    docs, gold, comp, parsed, probs, spans, ids, roles, pieces = F.cnc_setup()
    texts = {d["id"]: d["text"] for d in docs}
    settings = comp.classifier.settings
    base = [F.oof_claims(comp, doc, probs[i], spans, roles, pieces, ids[i]) for i, doc in enumerate(parsed)]
    dropped = [
        i
        for i, g in enumerate(gold)
        if g["causal"]
        and not base[i]
        and probs[i] >= 0.4
        and spans.get(ids[i])
        and spans[ids[i]]["cause_score"] >= 3
        and spans[ids[i]]["effect_score"] >= 3
    ]
    print(f"false negatives over the threshold with a tagger pair (both scores >= 3): {len(dropped)}")

    def score(i: int, claims: list[dict]) -> dict:
        return sc.score_causal([gold[i]], {ids[i]: texts[ids[i]]}, [{"id": ids[i], "events": [], "causal": claims}])

    freed: Counter[str] = Counter()
    right: Counter[str] = Counter()
    none = 0
    why: Counter[str] = Counter()
    for i in dropped:
        names = []
        for name, off in GATES.items():
            keep = getattr(settings, name)
            setattr(settings, name, off)
            try:
                got = F.oof_claims(comp, parsed[i], probs[i], spans, roles, pieces, ids[i])
            finally:
                setattr(settings, name, keep)
            if got:
                names.append(name)
                freed[name] += 1
                right[name] += score(i, got)["pair"]["tp"] > 0
        none += not names
        if not names:
            why[why_dropped(comp, parsed[i], spans, roles, pieces, ids[i])] += 1
    print("gate or filter turned off alone -> sentences given a claim back (of them with a pair CNC draws)")
    for name, n in freed.most_common():
        print(f"  {n:4} ({right[name]:3})  {name}")
    print(f"  {none:4}        no single gate; where the pair is lost:")
    for label, n in why.most_common():
        print(f"      {n:4}  {label}")

    all_preds = [{"id": ids[i], "events": [], "causal": c} for i, c in enumerate(base)]
    r0 = sc.score_causal(gold, texts, all_preds)
    print(f"\nbase: sentence {r0['sentence']}  pair {r0['pair']}")
    for name in args.full:
        keep = getattr(settings, name)
        setattr(settings, name, GATES.get(name, True))  # a gate off, or a switch of its own on
        try:
            out = [F.oof_claims(comp, doc, probs[i], spans, roles, pieces, ids[i]) for i, doc in enumerate(parsed)]
        finally:
            setattr(settings, name, keep)
        r = sc.score_causal(gold, texts, [{"id": ids[i], "events": [], "causal": c} for i, c in enumerate(out)])
        changed = [i for i in range(len(out)) if E_keys(out[i]) != E_keys(base[i])]
        gain = Counter()
        for i in changed:
            a, b = score(i, base[i]), score(i, out[i])
            gain["sentences"] += 1
            gain["right pairs gained"] += max(0, b["pair"]["tp"] - a["pair"]["tp"])
            gain["right pairs lost"] += max(0, a["pair"]["tp"] - b["pair"]["tp"])
            gain["wrong pairs added"] += max(0, b["pair"]["fp"] - a["pair"]["fp"])
            gain["wrong pairs removed"] += max(0, a["pair"]["fp"] - b["pair"]["fp"])
            gain["causal sentences found"] += b["sentence"]["tp"] > a["sentence"]["tp"]
            gain["non-causal sentences claimed"] += b["sentence"]["fp"] > a["sentence"]["fp"]
        print(f"{name} {'off' if name in GATES else 'on'}: sentence {r['sentence']}  pair {r['pair']}")
        print("   " + ", ".join(f"{k} {v}" for k, v in gain.items()))
    return 0


def why_dropped(comp, doc, spans, roles, pieces, sid) -> str:
    """Where a pair no single gate frees is lost: the first of these that holds."""
    sents, _ = comp._scored_sentences(doc)
    tagged = E._tagged_for(doc, sents, spans.get(sid), roles.get(sid), pieces.get(sid))
    held = [(s, t) for s, t in zip(sents, tagged, strict=True) if t and "cause" in t]
    if not held:
        return "the pair spans two of the stage's sentences (or a skipped line)"
    sent, t = held[0]
    if not comp._prose(sent):
        return "its sentence is no prose (no closing punctuation: a heading)"
    reasons = comp.extractor.block_reasons(sent)
    if reasons:
        return "blocked: " + ", ".join(sorted(reasons))
    if not comp._tag_claims(sent, t) and not comp._tag_claims(sent, t, units=True):
        return "the pair makes no claim (Extractor.tagged and tagged_units both empty)"
    return "other"


def E_keys(claims: list[dict]) -> set:
    return {(c["cause_start"], c["cause_end"], c["effect_start"], c["effect_end"]) for c in claims}


if __name__ == "__main__":
    raise SystemExit(main())
