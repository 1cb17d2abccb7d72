"""The claim ledger: checkable statements clustered across documents, each marked corroborated, single-source
or contested.

Why: a reader comparing coverage needs to know which statements several independent outlets make, which
rest on one outlet, and where outlets contradict each other. Claims come from three places:

* stored events (who did what to whom) and causal claims;
* checkable statements: sentences with amounts, percentages, dates/years or a verb of record
  ("expires in 2026", "summit postponed", "over $118 billion in aid");
* relation-change statements: a sentence that says a bilateral relationship is warming or cooling
  ("began to align more closely with Russia" vs "that relationship has unraveled"). These cluster by dyad,
  and a dyad described as warming by one document and cooling by another is contested.

Clustering is lexical (content-word stems, Jaccard/overlap) with agreement checks on numbers, years and
actors; two documents are independent unless one is a near-duplicate of the other
(``documents.duplicate_of``). Every member keeps its document, sentence and raw offsets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import yaml

from detente.analysis.stance import country, load_lexicon

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "framing"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
_AMOUNT = re.compile(
    r"(?:[$€£]\s?\d[\d,.]*(?:\s?(?:billion|million|trillion|bn))?)|(?:\b\d[\d,.]*\s?(?:%|per ?cent\b))"
    r"|(?:\b\d[\d,.]*\s+(?:billion|million|trillion|thousand)\b)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> dict[str, Any]:
    """Claim cues (``claims.yml``) with the regexes compiled."""
    with open(Path(path) if path else DATA_DIR / "claims.yml", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    flags = re.IGNORECASE
    return {
        "relationship": re.compile(raw["relationship_words"], flags),
        "warming": [re.compile(p, flags) for p in raw["warming"]],
        "cooling": [re.compile(p, flags) for p in raw["cooling"]],
        "blockers": re.compile(raw["blockers"], flags),
        "checkable": re.compile(raw["checkable_verbs"], flags),
        "months": re.compile(raw["months"]),
        "stopwords": set(raw["stopwords"]),
        "notes": {"+": raw.get("warming_note", ""), "-": raw.get("cooling_note", "")},
        "near_words": int(raw.get("near_words", 8)),
    }


def _stem(word: str) -> str:
    """A crude stem, enough to match "postponed"/"postponement" or "expires"/"expiry"."""
    w = word.lower().strip(".'’-")
    for suffix in ("ations", "ation", "ments", "ment", "ing", "ies", "ied", "ed", "es", "s", "y"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_stems(text: str, stopwords: set[str]) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in stopwords and len(w) > 1}


def _amounts(text: str) -> set[str]:
    return {re.sub(r"[\s,]", "", m.group(0).lower()) for m in _AMOUNT.finditer(text)}


def _relation_cues(text: str, cues: dict[str, Any]) -> list[tuple[int, str, int]]:
    """(+1 warming | -1 cooling, cue, char offset) for each unblocked change cue in a sentence."""
    found: list[tuple[int, str, int]] = []
    for sign, key in ((1, "warming"), (-1, "cooling")):
        for regex in cues[key]:
            for m in regex.finditer(text):
                before = " ".join(text[: m.start()].split()[-4:])
                if cues["blockers"].search(before):
                    continue
                found.append((sign, m.group(0), m.start()))
    return found


def _near_relationship(text: str, offset: int, cues: dict[str, Any]) -> bool:
    """A relationship word within ``near_words`` words of the cue at ``offset``."""
    words_before = len(text[:offset].split())
    for m in cues["relationship"].finditer(text):
        if abs(len(text[: m.start()].split()) - words_before) <= cues["near_words"]:
            return True
    return False


def _independent(docs: Iterable[str], roots: dict[str, str]) -> set[str]:
    """The documents' independent roots: a near-duplicate counts as its original."""
    return {roots.get(d, d) for d in docs}


def _load(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    docs = {
        i: {"source": s, "duplicate_of": dup, "published": str(p) if p else None}
        for i, s, dup, p in con.execute(
            "SELECT id, source, duplicate_of, published FROM documents"
        ).fetchall()
    }
    sentences = {
        (d, i): {"start": s, "end": e, "text": t}
        for d, i, s, e, t in con.execute('SELECT doc_id, idx, start, "end", text FROM sentences').fetchall()
    }
    lex = load_lexicon()
    actors: dict[tuple[str, int], list[str]] = defaultdict(list)
    positions: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    doc_actors: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for d, i, code, start in con.execute(
        "SELECT doc_id, sentence_idx, actor_code, start FROM mentions "
        "WHERE sentence_idx IS NOT NULL ORDER BY start"
    ).fetchall():
        c = country(code, lex)
        if not c:
            continue
        if c not in actors[(d, i)]:
            actors[(d, i)].append(c)
        positions[(d, i)].append((c, start))
        doc_actors[d][c] += 1
    return {"docs": docs, "sentences": sentences, "actors": actors, "positions": positions,
            "doc_actors": doc_actors}


def _member(data: dict[str, Any], doc: str, idx: int | None, kind: str, **extra: Any) -> dict[str, Any]:
    sent = data["sentences"].get((doc, idx), {})
    return {"doc_id": doc, "source": data["docs"].get(doc, {}).get("source"), "sentence_idx": idx,
            "start": sent.get("start"), "end": sent.get("end"), "text": sent.get("text"), "kind": kind,
            **extra}


def _dyad_near(data: dict[str, Any], doc: str, idx: int, raw_offset: int) -> tuple[list[str], str]:
    """The two distinct actors nearest the cue; then the previous two sentences; then the document's two
    most mentioned actors. Returns (actors, where they came from)."""
    here = sorted(data["positions"].get((doc, idx), []), key=lambda cp: abs(cp[1] - raw_offset))
    chosen: list[str] = []
    for c, _ in here:
        if c not in chosen:
            chosen.append(c)
    how = "sentence"
    for back in (1, 2):
        if len(chosen) >= 2:
            break
        how = "previous sentences"
        for c in data["actors"].get((doc, idx - back), []):
            if c not in chosen:
                chosen.append(c)
    if len(chosen) < 2:
        how = "document's main actors"
        for c, _ in sorted(data["doc_actors"].get(doc, {}).items(), key=lambda kv: -kv[1]):
            if c not in chosen:
                chosen.append(c)
    return chosen[:2], how


def _relation_items(data: dict[str, Any], cues: dict[str, Any]) -> list[dict[str, Any]]:
    """Sentences that say a bilateral relationship warms or cools, with their dyad."""
    out = []
    for (doc, idx), sent in sorted(data["sentences"].items()):
        text = sent["text"]
        if len(text.split()) < 6:  # headings are not statements
            continue
        found = _relation_cues(text, cues)
        total = sum(sign for sign, _, _ in found)
        if not found or total == 0:
            continue
        sign = 1 if total > 0 else -1
        offset = sum(pos for sg, _, pos in found if sg == sign) // sum(1 for sg, _, _ in found if sg == sign)
        two_named = len(data["actors"].get((doc, idx), [])) >= 2
        if not two_named and not _near_relationship(text, offset, cues):
            continue
        dyad_actors, how = _dyad_near(data, doc, idx, (sent["start"] or 0) + offset)
        if len(dyad_actors) < 2:
            continue
        dyad = tuple(sorted(dyad_actors))
        note = cues["notes"]["+" if sign > 0 else "-"]
        out.append({
            "dyad": dyad, "doc": doc, "idx": idx, "polarity": sign,
            "member": _member(data, doc, idx, "relation", polarity="+" if sign > 0 else "-",
                              cues=[w for _, w, _ in found], dyad_from=how, note=note),
        })
    return out


def _statement_items(
    con: duckdb.DuckDBPyConnection, data: dict[str, Any], cues: dict[str, Any]
) -> list[dict[str, Any]]:
    """Events, causal claims and checkable sentences, each with the features used for clustering."""
    items: list[dict[str, Any]] = []
    stop = cues["stopwords"]
    lex = load_lexicon()
    in_events: set[tuple[str, int]] = set()
    for eid, doc, idx, src, tgt, cameo, gold, neg, hyp, date, trig in con.execute(
        "SELECT event_id, doc_id, sentence_idx, source, target, cameo, goldstein, negated, hypothetical, "
        "date, trigger FROM events WHERE doc_id IS NOT NULL ORDER BY doc_id, start"
    ).fetchall():
        text = data["sentences"].get((doc, idx), {}).get("text") or ""
        in_events.add((doc, idx))
        dyad = (country(src or "", lex), country(tgt or "", lex))
        items.append({
            "kind": "event", "doc": doc, "idx": idx, "stems": content_stems(text, stop),
            "amounts": _amounts(text),
            "years": set(_YEAR.findall(text)), "actors": set(dyad) - {""}, "dyad": dyad,
            "cameo": (cameo or "")[:2], "goldstein": gold, "negated": bool(neg),
            "member": _member(data, doc, idx, "event", event_id=eid, source_actor=src, target_actor=tgt,
                              cameo=cameo, goldstein=gold, negated=bool(neg), hypothetical=bool(hyp),
                              date=str(date) if date else None, trigger=trig),
        })
    for cid, doc, idx, cause, effect, pol, hedged in con.execute(
        "SELECT claim_id, doc_id, sentence_idx, cause, effect, polarity, hedged FROM causal_claims "
        "ORDER BY doc_id"
    ).fetchall():
        text = f"{cause or ''} {effect or ''}"
        items.append({
            "kind": "causal", "doc": doc, "idx": idx, "stems": content_stems(text, stop),
            "amounts": _amounts(text),
            "years": set(_YEAR.findall(text)), "actors": set(data["actors"].get((doc, idx), [])),
            "member": _member(data, doc, idx, "causal", claim_id=cid, cause=cause, effect=effect,
                              polarity=pol, hedged=bool(hedged)),
        })
    for (doc, idx), sent in sorted(data["sentences"].items()):
        text = sent["text"]
        if (doc, idx) in in_events or len(text.split()) < 6:
            continue
        amounts, years = _amounts(text), set(_YEAR.findall(text))
        dated = bool(cues["months"].search(text)) or bool(years)
        if not (amounts or dated or cues["checkable"].search(text)):
            continue
        items.append({
            "kind": "statement", "doc": doc, "idx": idx, "stems": content_stems(text, stop),
            "amounts": amounts,
            "years": years, "actors": set(data["actors"].get((doc, idx), [])),
            "member": _member(data, doc, idx, "statement", amounts=sorted(amounts), years=sorted(years)),
        })
    return items


def _same_claim(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two statements are the same claim: enough shared content words, and no conflicting numbers,
    years or actors."""
    if a["amounts"] and b["amounts"] and not a["amounts"] & b["amounts"]:
        return False
    if a["years"] and b["years"] and not a["years"] & b["years"]:
        return False
    if a["actors"] and b["actors"] and not a["actors"] & b["actors"]:
        return False
    if a["kind"] == "event" and b["kind"] == "event":
        if set(a["dyad"]) != set(b["dyad"]) or a["cameo"] != b["cameo"]:
            return False
    shared = a["stems"] & b["stems"]
    if not shared:
        return False
    jaccard = len(shared) / len(a["stems"] | b["stems"])
    overlap = len(shared) / min(len(a["stems"]), len(b["stems"]))
    anchored = bool(a["amounts"] & b["amounts"] or a["years"] & b["years"])
    if a["kind"] == "event" and b["kind"] == "event":
        return jaccard >= 0.15 or overlap >= 0.4
    return jaccard >= 0.35 or (overlap >= 0.5 and len(shared) >= 5) or (anchored and overlap >= 0.35 and
                                                                         len(shared) >= 3)


def _cluster(items: list[dict[str, Any]]) -> list[list[int]]:
    """Union-find over candidate pairs that share a content stem (inverted index, not all pairs)."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        for s in it["stems"]:
            index[s].append(i)
    checked: set[tuple[int, int]] = set()
    for i, it in enumerate(items):
        for s in it["stems"]:
            postings = index[s]
            if len(postings) > 200:  # too common to be evidence
                continue
            for j in postings:
                if j <= i or items[j]["doc"] == it["doc"] or (i, j) in checked:
                    continue
                checked.add((i, j))
                if find(i) != find(j) and _same_claim(it, items[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    return list(groups.values())


def _status(members: list[dict[str, Any]], roots: dict[str, str], contested: bool) -> str:
    if contested:
        return "contested"
    return "corroborated" if len(_independent((m["doc_id"] for m in members), roots)) >= 2 else "single"


def claims(
    con: duckdb.DuckDBPyConnection, status: str | None = None, doc_id: str | None = None
) -> list[dict[str, Any]]:
    """The claim ledger. ``status`` filters to corroborated | single | contested; ``doc_id`` to claims
    with a member in that document.

    Each claim: ``{claim_id, kind, label, status, documents, sources, independent_documents, actors,
    members: [{doc_id, source, sentence_idx, start, end, text, kind, ...}], why}``.
    """
    if status is not None and status not in ("corroborated", "single", "contested"):
        raise ValueError(f"status must be corroborated, single or contested, not {status!r}")
    cues = load_cues()
    data = _load(con)
    roots = {d: (v["duplicate_of"] or d) for d, v in data["docs"].items()}
    out: list[dict[str, Any]] = []

    # relation-change claims, one per dyad
    by_dyad: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for it in _relation_items(data, cues):
        by_dyad[it["dyad"]].append(it)
    for dyad, its in sorted(by_dyad.items()):
        per_doc: dict[str, int] = defaultdict(int)
        for it in its:
            per_doc[it["doc"]] += it["polarity"]
        warm = {d for d, v in per_doc.items() if v > 0}
        cool = {d for d, v in per_doc.items() if v < 0}
        contested = bool(warm and cool) and _independent(warm, roots) != _independent(cool, roots)
        direction = "warming vs cooling" if contested else "warming" if warm and not cool else (
            "cooling" if cool and not warm else "mixed")
        members = [it["member"] for it in its]
        why = (f"warming in {sorted(warm)}, cooling in {sorted(cool)}" if contested else
               f"{direction} according to {sorted(per_doc)}")
        out.append(_claim("relation", f"{'-'.join(dyad)} relations: {direction}", members, roots, contested,
                          why, sorted(dyad), data))

    # events, causal claims and checkable statements
    items = _statement_items(con, data, cues)
    for group in _cluster(items):
        its = [items[i] for i in group]
        members = [it["member"] for it in its]
        events = [it for it in its if it["kind"] == "event"]
        contested, why = False, ""
        if len(_independent((e["doc"] for e in events), roots)) >= 2:
            signs = {(e["goldstein"] or 0) > 0 for e in events if e["goldstein"]}
            negs = {e["negated"] for e in events}
            if len(signs) == 2:
                contested, why = True, "opposite Goldstein direction for the same dyad"
            elif len(negs) == 2:
                contested, why = True, "asserted by one document, negated by another"
        kinds = sorted({it["kind"] for it in its})
        label = _label(its)
        actors = sorted({a for it in its for a in it["actors"] if a})
        if not why:
            why = f"{len(_independent((m['doc_id'] for m in members), roots))} independent document(s)"
        out.append(_claim("+".join(kinds), label, members, roots, contested, why, actors, data))

    out.sort(key=lambda c: ({"contested": 0, "corroborated": 1, "single": 2}[c["status"]],
                            -len(c["documents"]), c["label"]))
    for n, c in enumerate(out):
        c["claim_id"] = f"C{n + 1:04d}"
    if doc_id is not None:
        out = [c for c in out if doc_id in c["documents"]]
    if status is not None:
        out = [c for c in out if c["status"] == status]
    return out


def _label(its: list[dict[str, Any]]) -> str:
    """A short label: the shortest member sentence (or cause -> effect)."""
    best = min(its, key=lambda it: len(it["member"].get("text") or "~" * 999))
    m = best["member"]
    if m["kind"] == "causal" and m.get("cause"):
        return f"{m['cause']} -> {m['effect']}"
    text = " ".join((m.get("text") or "").split())
    return text if len(text) <= 160 else text[:157] + "..."


def _claim(kind: str, label: str, members: list[dict[str, Any]], roots: dict[str, str], contested: bool,
           why: str, actors: list[str], data: dict[str, Any]) -> dict[str, Any]:
    docs = sorted({m["doc_id"] for m in members})
    return {
        "claim_id": "", "kind": kind, "label": label, "status": _status(members, roots, contested),
        "documents": docs,
        "sources": sorted({data["docs"].get(d, {}).get("source") or d for d in docs}),
        "independent_documents": len(_independent(docs, roots)), "actors": actors, "why": why,
        "members": sorted(members, key=lambda m: (m["doc_id"], m["sentence_idx"] or 0)),
    }
