"""Compare two sources or two documents: what they both claim, what only one claims, where they contradict
each other, and how their stance and framing differ, always with quotes (document, offsets, text).

Why a single function: "how does outlet A cover this differently from outlet B" is the question a reader
asks; answering it needs the claim ledger, stance and framing profile side by side.
"""

from __future__ import annotations

from typing import Any

import duckdb
from spacy.language import Language

from detente.analysis.claims import claims as claim_ledger
from detente.analysis.claims import host
from detente.analysis.framing_profile import profile_from_hits
from detente.analysis.stance import stance
from detente.reference.records import EVIDENCE_PLACE


class UnknownSide(KeyError, ValueError):
    """A compare side that names no document, source or site (a ValueError too, so callers that report bad
    arguments as usage errors catch it)."""


def resolve_side(con: duckdb.DuckDBPyConnection, name: str) -> dict[str, Any]:
    """A document id, else a source name, else a site (URL host, ``www.`` ignored: many stores have no
    source names, only URLs): ``{name, by, documents}``. Unknown names raise ``UnknownSide``."""
    if con.execute("SELECT 1 FROM documents WHERE id = ?", [name]).fetchone():
        return {"name": name, "by": "document", "documents": [name]}
    rows = con.execute("SELECT id FROM documents WHERE source = ? ORDER BY id", [name]).fetchall()
    ids = [r[0] for r in rows]
    if ids:
        return {"name": name, "by": "source", "documents": ids}
    wanted = host(name) or name.lower()
    ids = [i for i, u in con.execute("SELECT id, url FROM documents ORDER BY id").fetchall() if host(u) == wanted]
    if ids:
        return {"name": name, "by": "site", "documents": ids}
    raise UnknownSide(f"{name!r} is neither a document id, a source nor a site in the store")


def _quotes(claim: dict[str, Any], docs: set[str], limit: int = 2) -> list[dict[str, Any]]:
    return [
        {k: m.get(k) for k in (*EVIDENCE_PLACE, "text", "polarity")} for m in claim["members"] if m["doc_id"] in docs
    ][:limit]


def _side_stance(rows: list[dict[str, Any]], docs: set[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for actor in sorted({r["actor"] for r in rows if r["doc_id"] in docs}):
        mine = [r for r in rows if r["doc_id"] in docs and r["actor"] == actor]
        weight = sum(r["sentences"] for r in mine)
        score = sum(r["score"] * r["sentences"] for r in mine) / weight if weight else 0.0
        top = sorted(
            ({**t, "doc_id": r["doc_id"]} for r in mine for t in r["top"]), key=lambda t: -abs(t["contribution"])
        )[:2]
        out[actor] = {"score": round(score, 3), "sentences": weight, "quotes": top}
    return out


def _side_framing(con: duckdb.DuckDBPyConnection, docs: list[str]) -> dict[str, Any]:
    marks = ", ".join("?" for _ in docs)
    rows = con.execute(
        f"SELECT phrase, narrative, technique FROM framing_hits WHERE doc_id IN ({marks})", docs
    ).fetchall()
    words = con.execute(
        f"SELECT sum(coalesce(words, len(string_split(trim(clean_text), ' ')))) FROM documents WHERE id IN ({marks})",
        docs,
    ).fetchone()
    hits = [{"phrase": p, "narrative": n, "technique": t} for p, n, t in rows]
    return profile_from_hits(hits, int(words[0] or 0) if words else 0)


def compare(
    con: duckdb.DuckDBPyConnection, a: str, b: str, nlp: Language | None = None, limit: int = 20
) -> dict[str, Any]:
    """Compare ``a`` and ``b`` (each a document id or a source name).

    Returns ``{a, b, shared_claims, contested_claims, only_a, only_b, stance, framing}``; claim lists hold
    at most ``limit`` claims, each with up to two quotes per side.
    """
    side_a, side_b = resolve_side(con, a), resolve_side(con, b)
    docs_a, docs_b = set(side_a["documents"]), set(side_b["documents"])
    shared: list[dict[str, Any]] = []
    contested: list[dict[str, Any]] = []
    only_a: list[dict[str, Any]] = []
    only_b: list[dict[str, Any]] = []
    for c in claim_ledger(con):
        in_a, in_b = bool(docs_a & set(c["documents"])), bool(docs_b & set(c["documents"]))
        if not (in_a or in_b):
            continue
        entry = {
            "claim_id": c["claim_id"],
            "label": c["label"],
            "kind": c["kind"],
            "status": c["status"],
            "why": c["why"],
            "a_quotes": _quotes(c, docs_a),
            "b_quotes": _quotes(c, docs_b),
        }
        if in_a and in_b:
            a_pol = {m.get("polarity") for m in c["members"] if m["doc_id"] in docs_a} - {None}
            b_pol = {m.get("polarity") for m in c["members"] if m["doc_id"] in docs_b} - {None}
            opposed = c["status"] == "contested" and (not a_pol or not b_pol or a_pol != b_pol)
            (contested if opposed else shared).append(entry)
        elif in_a:
            only_a.append(entry)
        else:
            only_b.append(entry)

    rows = stance(con, nlp=nlp)
    st_a, st_b = _side_stance(rows, docs_a), _side_stance(rows, docs_b)
    stance_diff: list[dict[str, Any]] = []
    for actor in sorted(set(st_a) | set(st_b)):
        sa, sb = st_a.get(actor), st_b.get(actor)
        diff = round((sa["score"] if sa else 0.0) - (sb["score"] if sb else 0.0), 3)
        stance_diff.append({"actor": actor, "a": sa, "b": sb, "difference": diff})
    stance_diff.sort(key=lambda d: -abs(d["difference"]))

    fr_a = _side_framing(con, side_a["documents"])
    fr_b = _side_framing(con, side_b["documents"])
    framing_diff = []
    for narrative in sorted(set(fr_a["narratives"]) | set(fr_b["narratives"])):
        na, nb = fr_a["narratives"].get(narrative), fr_b["narratives"].get(narrative)
        framing_diff.append(
            {
                "narrative": narrative,
                "a_per_1000": na["per_1000"] if na else 0.0,
                "b_per_1000": nb["per_1000"] if nb else 0.0,
                "a_phrases": [p["phrase"] for p in na["phrases"]] if na else [],
                "b_phrases": [p["phrase"] for p in nb["phrases"]] if nb else [],
            }
        )
    framing_diff.sort(key=lambda d: -abs((d["a_per_1000"] or 0) - (d["b_per_1000"] or 0)))
    return {
        "a": side_a,
        "b": side_b,
        "shared_claims": shared[:limit],
        "contested_claims": contested[:limit],
        "only_a": only_a[:limit],
        "only_b": only_b[:limit],
        "counts": {"shared": len(shared), "contested": len(contested), "only_a": len(only_a), "only_b": len(only_b)},
        "stance": stance_diff,
        "framing": {"narratives": framing_diff, "a": fr_a, "b": fr_b},
    }
