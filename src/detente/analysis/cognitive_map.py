"""Cognitive maps: concepts and signed, weighted causal edges built from causal claims, per source and merged.

Input is a list of causal-claim dicts as stored in the ``causal_claims`` table (claim_id, doc_id,
sentence_idx, start, end, cause, effect, cause_start/end, effect_start/end, polarity "+"/"-", hedged, signal)
and a ``doc_id → source`` mapping (outlet). Cause and effect spans become concepts
(:mod:`detente.analysis.concepts`); every edge keeps the claims that support it, with their document,
sentence and offsets, so every number on a map can be traced back to the sentences that produced it.

Weights (documented in ``docs/scenarios.md``):

- a claim's value is ``sign × strength``: ``sign`` = polarity (+1/−1) × the direction of the cause span ×
  the direction of the effect span (−1 for "reduced tensions", "the lifting of sanctions"); ``strength`` =
  1.0 asserted, 0.5 hedged;
- a source's weight on A→B is the mean value of its claims on A→B (in [−1, 1]; a source contradicting itself
  cancels out);
- ``aggregate="evidence"`` (the default): an edge weighs what its claims say, not how many outlets stayed
  silent. A source's weight is ``SOURCE_STRENGTH`` (0.6) × its mean claim value (one clear, unhedged claim:
  0.6; hedged: 0.3), and sources combine like independent evidence (noisy-OR per sign): the support for +
  is 1 − Π(1 − w_s⁺), for − likewise, and the weight is their difference; two clear sources give 0.84,
  three 0.94, a source for and one against cancel out;
- ``aggregate="mean-all"``: Kosko's combination of equally credible maps, the sum of the source weights
  (mean claim values) divided by the number of sources in the merged map (an edge only one source of
  twenty asserts gets a twentieth of the weight, which makes every what-if on a many-outlet corpus inert),
  or by the number of sources asserting the edge (``aggregate="mean-asserting"``). All stay in [−1, 1].

Exports: JSON, GraphML (written with ``xml.etree``), and the Mental Modeler CSV adjacency matrix, which
:func:`read_csv_map` reads back. :meth:`CognitiveMap.to_matrix` gives the weight matrix scenario analysis
(``detente.scenario``, a layer below this one) runs on; this module knows nothing of it.
"""

from __future__ import annotations

import csv
import io
import json
import math
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, get_args

import numpy as np
from spacy.language import Language

from detente.analysis.concepts import (
    Concept,
    ConceptIndex,
    ConceptLexicon,
    build_concepts,
    effect_cores,
    encoder_similarity,
    load_lexicon,
)
from detente.reference.records import CausalClaim, columns

ASSERTED, HEDGED = 1.0, 0.5
Aggregate = Literal["evidence", "mean-all", "mean-asserting"]
AGGREGATES: tuple[str, ...] = get_args(Aggregate)
DEFAULT_AGGREGATE: Final = "evidence"
# The weight one source's clear, unhedged claim gives an edge under "evidence": substantial on its own
# (an FCM step through 0.6 moves its target), short of certainty, which corroboration adds.
SOURCE_STRENGTH = 0.6
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
# a claim's stored columns, and the supporting sentence text when the caller has it
_CLAIM_KEYS = (*columns(CausalClaim), "sentence")


@dataclass
class Edge:
    """A causal link between two concepts (ids), with every claim that supports it."""

    source: str
    target: str
    weight: float
    claims: list[dict[str, Any]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @property
    def sign(self) -> int:
        return int(np.sign(self.weight))

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.source,
            "to": self.target,
            "weight": self.weight,
            "sign": self.sign,
            "sources": self.sources,
            "claims": self.claims,
        }


@dataclass
class CognitiveMap:
    """Concepts plus signed weighted edges; ``name`` is the source (outlet) or "merged"."""

    name: str
    concepts: list[Concept]
    edges: list[Edge]

    def names(self) -> list[str]:
        """Concept display names in matrix order: the label, or the id where two labels collide."""
        counts: dict[str, int] = {}
        for c in self.concepts:
            counts[c.label] = counts.get(c.label, 0) + 1
        return [c.label if counts[c.label] == 1 else c.id for c in self.concepts]

    def concept(self, name_or_id: str) -> Concept | None:
        for c, name in zip(self.concepts, self.names(), strict=True):
            if name_or_id in (c.id, name):
                return c
        return None

    def edge(self, a: str, b: str) -> Edge | None:
        """The edge between two concepts given by id or display name."""
        ca, cb = self.concept(a), self.concept(b)
        if ca is None or cb is None:
            return None
        return next((e for e in self.edges if e.source == ca.id and e.target == cb.id), None)

    def paths(self, a: str, b: str, max_len: int = 4, top: int = 3) -> list[list[Edge]]:
        """The ``top`` simple directed paths from concept ``a`` to ``b`` (ids), of at most ``max_len`` edges,
        strongest first (largest |product of weights|, then shortest): how a what-if reaches ``b``."""
        out_edges: dict[str, list[Edge]] = {}
        for e in self.edges:
            if e.weight != 0:
                out_edges.setdefault(e.source, []).append(e)
        found: list[list[Edge]] = []

        def walk(node: str, trail: list[Edge], seen: set[str]) -> None:
            for e in out_edges.get(node, ()):
                if e.target in seen:
                    continue
                if e.target == b:
                    found.append([*trail, e])
                elif len(trail) + 1 < max_len:
                    walk(e.target, [*trail, e], seen | {e.target})

        walk(a, [], {a})
        found.sort(key=lambda p: (-abs(float(np.prod([e.weight for e in p]))), len(p)))
        return found[:top]

    def to_matrix(self) -> tuple[np.ndarray, list[str]]:
        """``(W, names)`` with ``W[i, j]`` the weight of concept i on concept j, for ``fcm.simulate``."""
        index = {c.id: i for i, c in enumerate(self.concepts)}
        w = np.zeros((len(self.concepts), len(self.concepts)))
        for e in self.edges:
            w[index[e.source], index[e.target]] = e.weight
        return w, self.names()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "concepts": [c.to_dict() for c in self.concepts],
            "edges": [e.to_dict() for e in self.edges],
        }

    def write_json(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
        return path

    def to_graphml(self) -> str:
        """GraphML (directed): nodes carry label, members and count; edges weight, sign, claims, sources."""
        ET.register_namespace("", GRAPHML_NS)
        root = ET.Element(f"{{{GRAPHML_NS}}}graphml")
        keys = [
            ("label", "node", "string"),
            ("members", "node", "string"),
            ("count", "node", "int"),
            ("weight", "edge", "double"),
            ("sign", "edge", "int"),
            ("claims", "edge", "int"),
            ("sources", "edge", "string"),
        ]
        for name, domain, kind in keys:
            ET.SubElement(
                root,
                f"{{{GRAPHML_NS}}}key",
                {"id": name, "for": domain, "attr.name": name, "attr.type": kind},
            )
        graph = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph", {"id": self.name, "edgedefault": "directed"})
        for c in self.concepts:
            node = ET.SubElement(graph, f"{{{GRAPHML_NS}}}node", {"id": c.id})
            for key, value in (("label", c.label), ("members", " | ".join(c.members)), ("count", c.count)):
                ET.SubElement(node, f"{{{GRAPHML_NS}}}data", {"key": key}).text = str(value)
        for n, e in enumerate(self.edges):
            el = ET.SubElement(graph, f"{{{GRAPHML_NS}}}edge", {"id": f"e{n}", "source": e.source, "target": e.target})
            values = (
                ("weight", repr(float(e.weight))),
                ("sign", str(e.sign)),
                ("claims", str(len(e.claims))),
                ("sources", " | ".join(e.sources)),
            )
            for key, value in values:
                ET.SubElement(el, f"{{{GRAPHML_NS}}}data", {"key": key}).text = value
        ET.indent(root)
        return ET.tostring(root, encoding="unicode", xml_declaration=True)

    def write_graphml(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.to_graphml(), encoding="utf-8")
        return path

    def to_csv(self) -> str:
        """The Mental Modeler adjacency matrix: empty corner, concept names across and down, cell (A, B) is
        the weight of A → B."""
        w, names = self.to_matrix()
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["", *names])
        for name, row in zip(names, w, strict=True):
            writer.writerow([name, *(_fmt(v) for v in row)])
        return buf.getvalue()

    def write_csv(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.to_csv(), encoding="utf-8")
        return path


def _fmt(value: float) -> str:
    return "0" if value == 0 else f"{value:.6g}"


@dataclass
class MapSet:
    """The maps built from one set of claims: one per source, the merged one, and the shared concepts."""

    per_source: dict[str, CognitiveMap]
    merged: CognitiveMap
    concepts: ConceptIndex

    def to_json(self) -> dict[str, Any]:
        return {
            "merged": self.merged.to_json(),
            "per_source": {name: m.to_json() for name, m in self.per_source.items()},
        }


def claim_value(claim: Mapping[str, Any], cause_direction: int = 1, effect_direction: int = 1) -> float:
    """``sign × strength`` of one claim: polarity × span directions, halved when hedged."""
    polarity = claim.get("polarity") or "+"
    if polarity not in ("+", "-"):
        raise ValueError(f"claim {claim.get('claim_id')!r}: polarity must be '+' or '-', got {polarity!r}")
    sign = (1 if polarity == "+" else -1) * cause_direction * effect_direction
    return sign * (HEDGED if claim.get("hedged") else ASSERTED)


_PRONOUNS = frozenset(
    {
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "they",
        "them",
        "their",
        "he",
        "him",
        "his",
        "she",
        "her",
        "which",
        "who",
        "whom",
        "what",
        "we",
        "us",
        "i",
        "you",
        "one",
        "such",
    }
)


def _bare_pronoun(span: str) -> bool:
    """A cause/effect that is only pronouns/determiners ("it", "this", "they") names no concept: the
    extractor could not resolve it, so the claim stays in the document but not on the map."""
    words = [w for w in "".join(ch.lower() if ch.isalnum() else " " for ch in span).split()]
    return not words or all(w in _PRONOUNS for w in words)


def _content_words(label: str) -> int:
    return sum(1 for w in label.split() if w.lower() not in _LABEL_GLUE)


_LABEL_GLUE = frozenset({"of", "the", "a", "an", "and", "or", "to", "in", "on", "for", "with", "by"})


def build_maps(
    claims: Iterable[Mapping[str, Any]],
    sources: Mapping[str, str | None] | None = None,
    nlp: Language | None = None,
    lexicon: ConceptLexicon | None = None,
    user_path: str | Path | None = None,
    aggregate: str = DEFAULT_AGGREGATE,
    self_loops: bool = False,
    concepts: ConceptIndex | None = None,
) -> MapSet:
    """Per-source and merged cognitive maps over one shared set of concepts.

    A claim's source is ``sources[doc_id]``; a document without a known source counts as a source of its
    own (its doc_id), so unattributed articles are neither pooled nor dropped. Claims whose cause and
    effect fall in the same concept are left out unless ``self_loops`` (text rarely means a feedback loop
    by "sanctions lead to more sanctions"; it is usually a span boundary problem).
    """
    if aggregate not in AGGREGATES:
        raise ValueError(f"unknown aggregate {aggregate!r}; choose one of {', '.join(AGGREGATES)}")
    sources = sources or {}
    rows = [
        dict(c)
        for c in claims
        if c.get("cause")
        and c.get("effect")
        and c.get("resolved") is not False
        and not _bare_pronoun(c["cause"])
        and not _bare_pronoun(c["effect"])
    ]
    lexicon = lexicon or load_lexicon(user_path)
    # an effect that opens with a causal verb's participle ("sparking | protests") names what follows it (round 95)
    cores = effect_cores([r["effect"] for r in rows], nlp=nlp, lexicon=lexicon)
    for r in rows:
        r["effect_core"] = cores.get(r["effect"], r["effect"])
    if concepts is None:
        spans = [r["cause"] for r in rows] + [r["effect_core"] for r in rows]
        # each span's claim partners: a span that needs an owner ("an unexpected pivot") may take theirs
        partners: dict[str, set[str]] = {}
        for r in rows:
            partners.setdefault(r["cause"], set()).add(r["effect_core"])
            partners.setdefault(r["effect_core"], set()).add(r["cause"])
        # encoder merging only where concepts.yml sets a threshold that can be reached (measured: off)
        similarity = encoder_similarity() if lexicon.similarity_threshold <= 1.0 else None
        concepts = build_concepts(
            spans,
            nlp=nlp,
            lexicon=lexicon,
            similarity=similarity,
            similarity_threshold=lexicon.similarity_threshold,
            partners=partners,
        )
    by_id = concepts.by_id

    # (source, cause id, effect id) -> claim records with their values
    supports: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    touched: dict[str, set[str]] = {}
    for n, row in enumerate(rows):
        cause, effect = concepts.concept_of(row["cause"]), concepts.concept_of(row["effect_core"])
        if cause is None or effect is None:
            continue
        (cc, cdir), (ec, edir) = cause, effect
        if max(_content_words(cc.label), _content_words(ec.label)) > lexicon.max_concept_words:
            continue  # a clause-length span: the claim is kept, but it names no concept to draw
        if cc.rejected or ec.rejected:
            continue  # a person, an actor, a clause or a bare abstract noun: no variable to draw
        src = sources.get(row.get("doc_id", "")) or str(row.get("doc_id") or "unknown")
        touched.setdefault(src, set()).update({cc.id, ec.id})
        if cc.id == ec.id and not self_loops:
            continue
        value = claim_value(row, cdir, edir)
        record = {k: row[k] for k in _CLAIM_KEYS if k in row}
        record.setdefault("claim_id", f"{row.get('doc_id')}#{row.get('sentence_idx')}#{n}")
        record.update({"source": src, "value": value, "cause_concept": cc.id, "effect_concept": ec.id})
        supports.setdefault((src, cc.id, ec.id), []).append(record)

    order = {c.id: i for i, c in enumerate(concepts.concepts)}

    def concept_list(ids: Iterable[str]) -> list[Concept]:
        return sorted((by_id[i] for i in set(ids)), key=lambda c: order[c.id])

    per_source: dict[str, CognitiveMap] = {}
    source_weights: dict[tuple[str, str], dict[str, float]] = {}
    for src in sorted(touched):
        edges = []
        for (s, a, b), recs in sorted(supports.items()):
            if s != src:
                continue
            weight = _clip(sum(r["value"] for r in recs) / len(recs))
            if aggregate == "evidence":
                weight *= SOURCE_STRENGTH
            edges.append(Edge(a, b, weight, recs, [src]))
            source_weights.setdefault((a, b), {})[src] = weight
        per_source[src] = CognitiveMap(src, concept_list(touched[src]), edges)

    n_sources = len(per_source)
    merged_edges = []
    for (a, b), weights in source_weights.items():
        recs = [r for src in sorted(weights) for r in supports[(src, a, b)]]
        if aggregate == "evidence":
            weight = _noisy_or(weights.values())
        else:
            denominator = n_sources if aggregate == "mean-all" else len(weights)
            weight = _clip(sum(weights.values()) / denominator)
        merged_edges.append(Edge(a, b, weight, recs, sorted(weights)))
    merged_edges.sort(key=lambda e: (order[e.source], order[e.target]))
    all_ids = [i for ids in touched.values() for i in ids]
    merged = CognitiveMap("merged", concept_list(all_ids), merged_edges)
    return MapSet(per_source, merged, concepts)


def _noisy_or(weights: Iterable[float]) -> float:
    """Independent evidence for and against an edge: 1 − Π(1 − w) over the positive weights minus the same
    over the negative ones."""
    pos = neg = 1.0
    for w in weights:
        if w > 0:
            pos *= 1.0 - min(w, 1.0)
        elif w < 0:
            neg *= 1.0 - min(-w, 1.0)
    return _clip((1.0 - pos) - (1.0 - neg))


def _clip(value: float) -> float:
    return float(min(1.0, max(-1.0, value)))


def read_csv_map(path: str | Path, name: str | None = None) -> CognitiveMap:
    """Read a Mental Modeler-style CSV adjacency matrix (see :meth:`CognitiveMap.to_csv`).

    The matrix must be square, list the same concept names down the first column as across the header
    (in any order), and hold numbers in [−1, 1] (an empty cell is 0). Anything else raises a ``ValueError``
    that names the file and the problem.
    """
    path = Path(path)
    if not path.exists():
        raise ValueError(f"{path}: file not found")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text ({exc})") from exc
    rows = [r for r in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in r)]
    if not rows:
        raise ValueError(f"{path}: empty file, expected a header row of concept names")
    header = [c.strip() for c in rows[0][1:]]
    while header and not header[-1]:
        header.pop()  # a trailing comma
    if not header:
        raise ValueError(f"{path}: the header row names no concepts")
    if any(not h for h in header):
        raise ValueError(f"{path}: the header row has an empty concept name")
    _no_duplicates(header, path, "header row")
    body = rows[1:]
    if len(body) != len(header):
        raise ValueError(f"{path}: not square: {len(header)} concepts in the header but {len(body)} rows below it")
    row_names = [r[0].strip() for r in body]
    _no_duplicates(row_names, path, "first column")
    if set(row_names) != set(header):
        only_rows = sorted(set(row_names) - set(header))
        only_cols = sorted(set(header) - set(row_names))
        raise ValueError(
            f"{path}: row and column names differ: only in rows {only_rows}, only in the header {only_cols}"
        )
    col = {n: i for i, n in enumerate(header)}
    w = np.zeros((len(header), len(header)))
    for line, r in enumerate(body, start=2):
        cells = [c.strip() for c in r[1:]]
        while len(cells) > len(header) and not cells[-1]:
            cells.pop()
        if len(cells) != len(header):
            raise ValueError(f"{path}: line {line} ({r[0].strip()!r}) has {len(cells)} cells, expected {len(header)}")
        i = col[r[0].strip()]
        for j, cell in enumerate(cells):
            try:
                value = float(cell) if cell else 0.0
            except ValueError:
                raise ValueError(f"{path}: line {line}, column {header[j]!r}: {cell!r} is not a number") from None
            if not math.isfinite(value) or not -1.0 <= value <= 1.0:
                raise ValueError(f"{path}: line {line}, column {header[j]!r}: {value} is outside [-1, 1]")
            w[i, col[header[j]]] = value
    concepts = [Concept(_csv_id(h, k), h, [], [h], 0) for k, h in enumerate(header)]
    edges = [
        Edge(concepts[i].id, concepts[j].id, float(w[i, j]))
        for i in range(len(header))
        for j in range(len(header))
        if w[i, j] != 0
    ]
    return CognitiveMap(name or path.stem, concepts, edges)


def _csv_id(label: str, k: int) -> str:
    from detente.analysis.concepts import slug

    return f"{slug(label)}-{k}" if slug(label) == "concept" else slug(label)


def _no_duplicates(names: Sequence[str], path: Path, where: str) -> None:
    seen: set[str] = set()
    for n in names:
        if n in seen:
            raise ValueError(f"{path}: concept {n!r} appears twice in the {where}")
        seen.add(n)
