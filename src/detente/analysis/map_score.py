"""Score a cognitive map against a hand-drawn one: edge precision, recall and F1 after canonicalization.

A hand-drawn (gold) map is a list of edges ``{"cause", "effect", "sign" (+1/-1), "evidence": [{"cause",
"effect"}, ...]}``: the concepts a careful reader names and the text spans the edge rests on
(``tests/fixtures/seeds_map_gold.json`` is the seeds' map). A predicted edge A -> B of sign s matches a
gold edge of the same sign when

- its concepts are the gold's after canonicalization: the gold's concept names, resolved against the
  map's concepts by the same normalisation (``concepts.match_term``), are A and B; or
- one of its claims says what the gold's evidence says: the cause and effect spans each share at least
  half their words (token Jaccard >= 0.5, the rule of ``../shared/eval/score.py`` for pairs).

Each gold edge and each predicted edge is matched at most once. When the gold covers only some sentences
(``covered``: which claims come from them), a predicted edge is scored on its claims from covered sentences
and left out when it has none, as ``score.py`` leaves predictions outside gold sentences out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from spacy.language import Language

from detente.analysis.cognitive_map import CognitiveMap
from detente.analysis.concepts import match_term

_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text.lower()))


def jaccard(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / len(ta | tb) if ta | tb else 0.0


def score_map(
    cmap: CognitiveMap,
    gold: Sequence[Mapping[str, Any]],
    nlp: Language | None = None,
    covered: Callable[[Mapping[str, Any]], bool] | None = None,
) -> dict[str, Any]:
    """Edge P/R/F1 of ``cmap`` against the gold edges, with the matched and missed edges listed."""
    label = {c.id: c.label for c in cmap.concepts}
    resolved: dict[str, str | None] = {}

    def concept_id(name: str) -> str | None:
        if name not in resolved:
            hit = match_term(name, cmap.concepts, nlp=nlp)
            resolved[name] = hit.id if hit is not None else None
        return resolved[name]

    def matches(edge: Any, g: Mapping[str, Any]) -> bool:
        if (1 if edge.weight > 0 else -1) != int(g["sign"]):
            return False
        if concept_id(g["cause"]) == edge.source and concept_id(g["effect"]) == edge.target:
            return True
        return any(
            jaccard(c.get("cause", ""), ev["cause"]) >= 0.5 and jaccard(c.get("effect", ""), ev["effect"]) >= 0.5
            for c in edge.claims
            for ev in g.get("evidence", [])
        )

    edges = [e for e in cmap.edges if e.weight != 0 and (covered is None or any(covered(c) for c in e.claims))]
    used: set[int] = set()
    matched: list[dict[str, Any]] = []
    missed: list[dict[str, Any]] = []
    for g in gold:
        hit = next((i for i, e in enumerate(edges) if i not in used and matches(e, g)), None)
        if hit is None:
            missed.append({"cause": g["cause"], "effect": g["effect"], "sign": g["sign"]})
            continue
        used.add(hit)
        e = edges[hit]
        matched.append(
            {
                "gold": f"{g['cause']} -> {g['effect']}",
                "map": f"{label[e.source]} -> {label[e.target]}",
                "weight": e.weight,
            }
        )
    tp = len(matched)
    p = tp / len(edges) if edges else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    extra = [f"{label[e.source]} -> {label[e.target]}" for i, e in enumerate(edges) if i not in used]
    return {
        "edges": len(edges),
        "gold_edges": len(gold),
        "matched": tp,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "matches": matched,
        "missed": missed,
        "unmatched": extra,
    }
