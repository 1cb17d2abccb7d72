"""What the sentences with several gold cause/effect pairs look like: CNC train only (issue 13, round 9).

    .venv/bin/python benchmarks/causal_pair_shapes.py

Pairs of one sentence whose causes and effects both share half their word tokens (score.py's Jaccard >= 0.5)
are one relation annotated at other bounds (CNC has several annotators); the rest are distinct relations.
Each sentence with two or more distinct relations gets the first shape in this order that two of them
form: a chain (the effect of one is the cause of the other), one cause with two effects, two causes of one
effect, relations that overlap on both sides (one nested in the other), relations that share words on one
side only, or two separate relations.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "cnc" / "train.gold.jsonl"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_causal import scorer  # noqa: E402

ORDER = ("chain", "shared cause", "shared effect", "nested", "one side shares words", "separate")


def relation(p: dict, q: dict, jaccard, tokens) -> str:
    """How two distinct relations of one sentence stand to each other."""

    def same(a: str, b: str) -> bool:
        return jaccard(a, b) >= 0.5

    def share(a: str, b: str) -> bool:
        return bool(tokens(a) & tokens(b))

    if same(p["effect"], q["cause"]) or same(q["effect"], p["cause"]):
        return "chain"
    if same(p["cause"], q["cause"]):
        return "shared cause"
    if same(p["effect"], q["effect"]):
        return "shared effect"
    if share(p["cause"], q["cause"]) and share(p["effect"], q["effect"]):
        return "nested"
    if share(p["effect"], q["cause"]) or share(q["effect"], p["cause"]):
        return "chain"
    if share(p["cause"], q["cause"]) or share(p["effect"], q["effect"]):
        return "one side shares words"
    return "separate"


def main() -> int:
    sc = scorer()
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    causal = [r for r in rows if r["causal"]]
    multi = [r for r in causal if len(r["pairs"]) > 1]
    shapes: Counter[str] = Counter()
    distinct: Counter[int] = Counter()
    first_words: Counter[str] = Counter()
    for r in multi:
        groups: list[list[dict]] = []
        for p in r["pairs"]:
            for g in groups:
                if any(
                    sc.jaccard(p["cause"], q["cause"]) >= 0.5 and sc.jaccard(p["effect"], q["effect"]) >= 0.5 for q in g
                ):
                    g.append(p)
                    break
            else:
                groups.append([p])
        distinct[len(groups)] += 1
        reps = [g[0] for g in groups]
        kinds = {relation(p, q, sc.jaccard, sc.tokens) for p, q in itertools.combinations(reps, 2)}
        shapes[next((k for k in ORDER if k in kinds), "one relation, several annotations")] += 1
        for p in r["pairs"]:
            first_words[p["cause"].split()[0].lower()] += 1
    out = {
        "causal_sentences": len(causal),
        "with_several_pairs": len(multi),
        "pairs_per_causal_sentence": dict(sorted(Counter(len(r["pairs"]) for r in causal).items())),
        "distinct_relations_in_those": dict(sorted(distinct.items())),
        "shape": dict(shapes.most_common()),
        "first_word_of_the_causes_in_those": dict(first_words.most_common(12)),
    }
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
