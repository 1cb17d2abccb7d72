"""Cognitive maps and scenarios: the functions behind ``detente map`` and ``detente simulate``, and the map
and scenario panel of the dashboard (which calls these same functions, with the same defaults)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from detente.analysis.cognitive_map import (
    DEFAULT_AGGREGATE,
    CognitiveMap,
    Edge,
    MapSet,
    build_maps,
    read_csv_map,
)
from detente.analysis.cognitive_map import Aggregate as Aggregate  # re-exported: the REST models' choices
from detente.analysis.concepts import match_term
from detente.api.runtime import RUNTIME
from detente.reference.records import EVIDENCE_PLACE, table_columns
from detente.scenario.fcm import Rule as Rule
from detente.scenario.fcm import Transfer as Transfer
from detente.scenario.fcm import run_scenario, total_effect
from detente.scenario.strategies import strategy_scenario
from detente.store.db import Store, opened

CLAIM_COLUMNS = table_columns("causal_claims")

# the defaults of a what-if run, shared by ``simulate`` below, ``detente simulate`` and ``POST /api/simulate``
# tanh from all zeros: the baseline stays at 0, so a value reads directly as a push up (+) or down (-) and
# only concepts a clamp reaches move (under sigmoid every concept drifts to 0.5 and the clamp's effect is a
# quarter as large)
DEFAULT_RULE: Final = "kosko"
DEFAULT_TRANSFER: Final = "tanh"
DEFAULT_LAMBDA = 1.0
DEFAULT_THRESHOLD = 0.001
DEFAULT_STEPS = 50
DEFAULT_TOP = 10
DEFAULT_PATH_LEN = 4  # edges on a path shown for a moved concept
PATHS_SHOWN = 3  # paths per moved concept, and claims per edge on them


def load_claims(db: Store = None) -> tuple[list[dict[str, Any]], dict[str, str | None]]:
    """Causal claims of original (non-duplicate) documents, and each document's source."""
    with opened(db, read_only=True) as con:
        cols = ", ".join(f'c."{c}"' for c in CLAIM_COLUMNS)
        rows = con.execute(
            f"""SELECT {cols}, s.text FROM causal_claims c JOIN documents d ON d.id = c.doc_id
                LEFT JOIN sentences s ON s.doc_id = c.doc_id AND s.idx = c.sentence_idx
                WHERE d.duplicate_of IS NULL ORDER BY c.doc_id, c.sentence_idx, c.claim_id"""
        ).fetchall()
        sources = dict(con.execute("SELECT id, coalesce(source, id) FROM documents").fetchall())
    claims = [dict(zip((*CLAIM_COLUMNS, "sentence"), r, strict=True)) for r in rows]
    return claims, sources


def cognitive_maps(db: Store = None, aggregate: str = DEFAULT_AGGREGATE) -> MapSet:
    """One map per source and the merged map, from the stored causal claims (``aggregate``: how source
    weights combine, see ``analysis.cognitive_map``; "evidence" by default, "mean-all" is Kosko's mean)."""
    claims, sources = load_claims(db)
    return build_maps(claims, sources, nlp=RUNTIME.parser(), aggregate=aggregate)


def concept_merges(db: Store = None, aggregate: str = DEFAULT_AGGREGATE) -> list[dict[str, Any]]:
    """What the map's concepts were made of: one row per merge (the concept, the label merged into it, how:
    vocabulary | overlap | similarity, and the raw phrases), then one row per concept left off the map
    (how: "off the map: person | actor | clause | stop", with its phrases)."""
    index = cognitive_maps(db, aggregate=aggregate).concepts
    rows: list[dict[str, Any]] = []
    for c in index.concepts:
        if c.rejected:
            continue
        for m in c.merged:
            rows.append({"concept": c.label, "merged": m["label"], "how": m["how"], "members": m["members"]})
    for c in index.concepts:
        if c.rejected:
            rows.append({"concept": c.label, "merged": "", "how": f"off the map: {c.rejected}", "members": c.members})
    return rows


def select_map(maps: MapSet, source: str | None = None) -> CognitiveMap:
    """The merged map (``source`` None) or one source's map of ``maps``; ValueError naming the known sources."""
    if source is None:
        return maps.merged
    if source not in maps.per_source:
        known = ", ".join(sorted(maps.per_source)) or "none"
        raise ValueError(f"no causal claims from source {source!r}; sources with claims: {known}")
    return maps.per_source[source]


def cognitive_map(
    db: Store = None, source: str | None = None, csv_path: str | Path | None = None, aggregate: str = DEFAULT_AGGREGATE
) -> CognitiveMap:
    """The merged map, one source's map, or a map read from a Mental Modeler-style CSV."""
    if csv_path is not None:
        return read_csv_map(csv_path)
    return select_map(cognitive_maps(db, aggregate=aggregate), source)


def _resolve(cmap: CognitiveMap, values: Mapping[str, float], names: list[str]) -> dict[str, float]:
    """Concept names as the user wrote them ("economic sanctions") -> the map's own labels."""
    out: dict[str, float] = {}
    label_of = dict(zip((c.id for c in cmap.concepts), names, strict=True))
    for term, value in values.items():
        if term in names:
            out[term] = value
            continue
        concept = match_term(term, cmap.concepts, nlp=RUNTIME.parser())
        if concept is None:
            raise ValueError(
                f"no concept {term!r} in the map; concepts: {', '.join(names[:30])}"
                + (" ..." if len(names) > 30 else "")
            )
        out[label_of[concept.id]] = value
    return out


def simulate(
    db: Store = None,
    csv_path: str | Path | None = None,
    source: str | None = None,
    init: Mapping[str, float] | None = None,
    clamp: Mapping[str, float] | None = None,
    rule: str = DEFAULT_RULE,
    transfer: str = DEFAULT_TRANSFER,
    lam: float = DEFAULT_LAMBDA,
    threshold: float = DEFAULT_THRESHOLD,
    steps: int = DEFAULT_STEPS,
    top: int = DEFAULT_TOP,
    cmap: CognitiveMap | None = None,
    aggregate: str = DEFAULT_AGGREGATE,
) -> dict[str, Any]:
    """Run a what-if scenario on a map and compare it with the baseline (same init, no clamp).

    The map is ``cmap`` when given, else :func:`cognitive_map` of ``db``/``source``/``csv_path``/``aggregate``.
    Concepts in ``init`` and ``clamp`` may be written freely ("economic sanctions"): each is resolved to the
    map's own concept (``sanctions``) or raises ValueError.

    JSON keys: ``steps``, ``outcome`` (fixed-point | limit-cycle | none), ``period``, ``final``, ``trace``,
    ``baseline`` (the same for the unclamped run), ``moved`` (the ``top`` concepts ranked by change; each
    with ``paths``: how the clamp reaches it, every edge with its weight, sources and claims - document,
    sentence index, offsets, sentence), ``unmoved`` (how many concepts did not move), ``unreached`` (one
    line per clamped concept from which no edge leads anywhere), ``map``, ``init``, ``clamp`` (as resolved).
    """
    check_scenario(init or {}, clamp or {}, lam=lam, threshold=threshold, steps=steps)
    cmap = cmap if cmap is not None else cognitive_map(db, source=source, csv_path=csv_path, aggregate=aggregate)
    weights, names = cmap.to_matrix()
    if not names:
        raise ValueError("the map is empty: no causal claims stored (run detente analyze first)")
    init_r = _resolve(cmap, init or {}, names)
    clamp_r = _resolve(cmap, clamp or {}, names)
    base, scen, ranked = run_scenario(
        weights,
        names,
        clamp=clamp_r,
        init=init_r,
        rule=rule,
        transfer=transfer,
        lam=lam,
        threshold=threshold,
        steps=steps,
    )
    moved = [r for r in ranked if abs(r["difference"]) > 1e-9]
    id_of = dict(zip(names, (c.id for c in cmap.concepts), strict=True))
    name_of = dict(zip((c.id for c in cmap.concepts), names, strict=True))
    for row in moved[:top]:
        row["paths"] = (
            []
            if row["concept"] in clamp_r
            else [
                _path_dict(p, name_of)
                for a in clamp_r
                for p in cmap.paths(id_of[a], id_of[row["concept"]], DEFAULT_PATH_LEN, PATHS_SHOWN)
            ]
        )
    unreached = []
    for a in clamp_r:
        if not any(e.source == id_of[a] and e.weight != 0 for e in cmap.edges):
            unreached.append(f"clamping {a!r} reaches nothing: no edge of the map leads out of it")
    result = scen.to_dict()
    result.update(
        {
            "map": cmap.name,
            "init": init_r,
            "clamp": clamp_r,
            "baseline": base.to_dict(),
            "moved": moved[:top],
            "unmoved": len(ranked) - len(moved),
            "unreached": unreached,
        }
    )
    return result


# Concept values live in [-1, 1] (tanh; sigmoid's (0, 1) inside it); NaN or infinity would make every value
# NaN and the JSON invalid. The REST model (web.maps.SimulateBody) states the same bounds.
VALUE_RANGE = (-1.0, 1.0)
MAX_LAMBDA = 100.0
MAX_STEPS = 1000


def check_scenario(
    init: Mapping[str, float],
    clamp: Mapping[str, float],
    lam: float = DEFAULT_LAMBDA,
    threshold: float = DEFAULT_THRESHOLD,
    steps: int = DEFAULT_STEPS,
) -> None:
    """ValueError naming the first value out of range: init/clamp values in [-1, 1], 0 < lambda <= 100,
    threshold in [0, 1], 0 <= steps <= 1000; NaN and infinity are refused everywhere."""
    lo, hi = VALUE_RANGE
    for what, values in (("init", init), ("clamp", clamp)):
        for name, value in values.items():
            if not math.isfinite(value) or not lo <= value <= hi:
                raise ValueError(f"{what} {name}={value}: a concept value must be a number in [{lo:g}, {hi:g}]")
    if not math.isfinite(lam) or not 0 < lam <= MAX_LAMBDA:
        raise ValueError(f"lambda {lam}: must be a number > 0 and <= {MAX_LAMBDA:g}")
    if not math.isfinite(threshold) or not 0 <= threshold <= 1:
        raise ValueError(f"threshold {threshold}: must be a number in [0, 1]")
    if not 0 <= steps <= MAX_STEPS:
        raise ValueError(f"steps {steps}: must be in [0, {MAX_STEPS}]")


def _path_dict(path: list[Edge], name_of: Mapping[str, str]) -> dict[str, Any]:
    """One path of a what-if: its concepts, the product of its weights, and each edge with its evidence."""
    effect = 1.0
    for e in path:
        effect *= e.weight
    return {
        "concepts": [name_of[path[0].source], *(name_of[e.target] for e in path)],
        "effect": round(effect, 6),
        "edges": [
            {
                "from": name_of[e.source],
                "to": name_of[e.target],
                "weight": round(e.weight, 6),
                "sources": e.sources,
                "claims": [
                    {
                        k: c.get(k)
                        for k in (
                            *EVIDENCE_PLACE,
                            "sentence",
                            "cause",
                            "effect",
                            "polarity",
                            "hedged",
                            "source",
                        )
                    }
                    for c in e.claims[:PATHS_SHOWN]
                ],
            }
            for e in path
        ],
    }


def strategies(db: Store = None) -> list[dict[str, Any]]:
    """The built-in scenario: clamp each strategy the texts name (sanctions, isolation, military aid)."""
    return strategy_scenario(cognitive_map(db), nlp=RUNTIME.parser())


def effect(db: Store, cause: str, effect_: str, max_len: int = 4) -> dict[str, Any]:
    """Axelrod-style total effect of one concept on another along signed paths of the merged map."""
    cmap = cognitive_map(db)
    weights, names = cmap.to_matrix()
    a = _resolve(cmap, {cause: 1.0}, names)
    b = _resolve(cmap, {effect_: 1.0}, names)
    return total_effect(weights, names, next(iter(a)), next(iter(b)), max_len=max_len).to_dict()
