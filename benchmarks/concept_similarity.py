"""Measure the encoder-similarity threshold for merging concepts, on the seeds (never on news labels).

    .venv/bin/python benchmarks/concept_similarity.py [--db SEEDS.duckdb]

The seeds are analyzed (or an analyzed store is read), their claims' spans become concepts without encoder
merging, and every concept on the seeds map gold (``tests/fixtures/seeds_map_gold.json``) is found among
them: a concept belongs to the gold concept whose evidence span one of its raw phrases matches (token
Jaccard >= 0.5, cause or effect side alike). Every pair of such concepts is a "should merge" pair when both
belong to the same gold concept and a "keep apart" pair otherwise. The base MiniLM (no adapters) embeds
each concept label; for each threshold the pairs at or above it are the merges, scored by precision,
recall and F1. The threshold written to ``concepts.yml`` is the lowest one whose merges are all right
(precision 1.0) on these pairs; with no pair above any threshold, merging stays off (1.01).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "src"))

from detente import api  # noqa: E402
from detente.analysis.concepts import build_concepts  # noqa: E402
from detente.analysis.map_score import jaccard  # noqa: E402
from detente.nlp.minilm import MiniLM  # noqa: E402
from detente.nlp.model import cached_model  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "seeds_map_gold.json"


def measure(db: Path) -> dict:
    claims, _ = api.maps.load_claims(db)
    spans = [c[k] for c in claims for k in ("cause", "effect") if c.get(k)]
    index = build_concepts(spans, nlp=cached_model())
    gold = json.loads(GOLD.read_text())["edges"]
    evidence: list[tuple[str, str]] = []  # (gold concept, evidence span)
    for g in gold:
        for ev in g["evidence"]:
            evidence += [(g["cause"], ev["cause"]), (g["effect"], ev["effect"])]
    owner: dict[str, str] = {}
    for c in index.concepts:
        if c.rejected:
            continue
        hits = {name for name, span in evidence for m in c.members if jaccard(m, span) >= 0.5}
        if len(hits) == 1:
            owner[c.label] = hits.pop()
    labels = sorted(owner)
    vectors = MiniLM.load().embed(labels)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    pairs = [
        (float(vectors[i] @ vectors[j]), owner[labels[i]] == owner[labels[j]], labels[i], labels[j])
        for i, j in combinations(range(len(labels)), 2)
    ]
    positives = sum(same for _, same, _, _ in pairs)
    sweep = {}
    for t in np.arange(0.5, 1.0001, 0.025):
        tp = sum(1 for s, same, _, _ in pairs if s >= t and same)
        fp = sum(1 for s, same, _, _ in pairs if s >= t and not same)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / positives if positives else 0.0
        sweep[round(float(t), 3)] = {
            "merges": tp + fp,
            "right": tp,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r and tp else 0.0,
        }
    clean = [t for t, v in sweep.items() if v["precision"] == 1.0 and v["right"] > 0]
    threshold = min(clean) if clean else 1.01
    top = sorted(pairs, reverse=True)[:12]
    return {
        "concepts_on_gold": len(labels),
        "pairs": len(pairs),
        "should_merge": positives,
        "threshold": threshold,
        "sweep": sweep,
        "closest_pairs": [{"cosine": round(s, 3), "same": same, "a": a, "b": b} for s, same, a, b in top],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    if args.db is None:
        args.db = Path(tempfile.mkdtemp()) / "seeds.duckdb"
        api.analyze([SHARED / "corpus" / "seeds"], db=args.db)
    print(json.dumps(measure(args.db), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
