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

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import duckdb
import yaml

from detente.paths import data_file
from detente.reference.actors import country_of
from detente.reference.records import CLAIM_STATUSES

CLAIMS_FILE = data_file("framing", "claims.yml")
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
    with open(Path(path) if path else CLAIMS_FILE, encoding="utf-8") as fh:
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
        "synonyms": [
            (name, re.compile(r"(?<![A-Za-z])(?:" + "|".join(alts) + r")(?![A-Za-z])", flags))
            for name, alts in (raw.get("synonyms") or {}).items()
        ],
        "same_similarity": float(raw.get("same_claim_similarity", 0.3)),
        "conflict_similarity": float(raw.get("conflict_similarity", 0.5)),
        "max_days_apart": int(raw.get("max_days_apart", 30)),
        "restated_share": float(raw.get("restated_share", 0.8)),
        "restated_min_words": int(raw.get("restated_min_words", 3)),
    }


def _stem(word: str) -> str:
    """A crude stem, enough to match "postponed"/"postponement" or "expires"/"expiry"."""
    w = word.lower().strip(".'’-")
    for suffix in ("ations", "ation", "ments", "ment", "ing", "ies", "ied", "ed", "es", "s", "y"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_stems(
    text: str, stopwords: set[str], synonyms: list[tuple[str, re.Pattern[str]]] | None = None
) -> set[str]:
    """Content-word stems of a text; paraphrase groups (``claims.yml`` synonyms) become one word first."""
    for name, regex in synonyms or []:
        text = regex.sub(f" {name} ", text)
    return {_stem(w.replace(".", "")) for w in _WORD.findall(text) if w.lower() not in stopwords and len(w) > 1}


_SCALE = {"thousand": 1e3, "million": 1e6, "bn": 1e9, "billion": 1e9, "trillion": 1e12}
_QUANTITY = re.compile(
    r"(?P<cur>[$€£])\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<scale>billion|million|trillion|thousand|bn)\b)?"
    r"|(?P<num2>\d[\d,]*(?:\.\d+)?)\s?(?P<pct>%|per ?cent\b)"
    r"|(?P<num3>\d[\d,]*(?:\.\d+)?)\s+(?P<scale3>billion|million|trillion|thousand)\s+(?P<unit3>[a-z]+)",
    re.IGNORECASE,
)


def quantities(text: str) -> dict[str, set[float]]:
    """Amounts by unit: ``{"$": {118e9}, "%": {72.0}, "troops": {1e5}}``. Exact values, as stated."""
    out: dict[str, set[float]] = defaultdict(set)
    for m in _QUANTITY.finditer(text):
        try:
            if m.group("cur"):
                value = float(m.group("num").replace(",", "")) * _SCALE.get((m.group("scale") or "").lower(), 1)
                out[m.group("cur")].add(value)
            elif m.group("pct"):
                out["%"].add(float(m.group("num2").replace(",", "")))
            else:
                value = float(m.group("num3").replace(",", "")) * _SCALE[m.group("scale3").lower()]
                out[_stem(m.group("unit3"))].add(value)
        except ValueError:
            continue
    return dict(out)


def _quantity_conflict(a: dict[str, set[float]], b: dict[str, set[float]]) -> str | None:
    """The first unit both give with no value in common (2 % tolerance), as "unit: a vs b"."""
    for unit in sorted(set(a) & set(b)):
        if not any(abs(x - y) <= 0.02 * max(abs(x), abs(y), 1e-9) for x in a[unit] for y in b[unit]):
            return f"{unit}: {sorted(a[unit])} vs {sorted(b[unit])}"
    return None


# --- one statement per statement and document (docs/sources.md) ---------------------------------------------
# A document often says one thing twice: the headline and the lead ("US imposes sanctions on Russia" / "The
# United States imposed sanctions on Russia on Monday, the Treasury said"), or a summary restated further down.
# The store keeps every sentence; where statements are weighed (the claim ledger's members and a relation's
# polarity per document, the stance's lexicon and framing evidence) a restatement counts once, its sentences
# kept as provenance. Events have their own, stricter key (``relations_index.counted_event_of``, dedup1).


class Statement(NamedTuple):
    """What two sentences of one document are compared on: content stems (paraphrase groups merged) and
    amounts by unit."""

    stems: frozenset[str]
    quantities: dict[str, set[float]]


def statement(text: str, cues: dict[str, Any] | None = None) -> Statement:
    """The :class:`Statement` of a text (``claims.yml`` stopwords and synonyms)."""
    cues = cues or load_cues()
    return Statement(frozenset(content_stems(text, cues["stopwords"], cues["synonyms"])), quantities(text))


def restates(a: Statement, b: Statement, cues: dict[str, Any] | None = None) -> bool:
    """Whether one statement restates the other (both from ONE document: the caller groups by document):
    at least ``restated_share`` (``claims.yml``, 0.8) of the shorter one's content words, and at least
    ``restated_min_words`` (3) of them, reappear in the longer, and no amount of one unit differs ("sanctions
    on 20 banks" does not restate "sanctions on 30 banks"). Containment, not similarity: a headline is a
    shortened lead, and the lead's extra words (the date, "the Treasury said") make it no other statement."""
    cues = cues or load_cues()
    small, large = (a, b) if len(a.stems) <= len(b.stems) else (b, a)
    if len(small.stems) < cues["restated_min_words"]:
        return False
    if len(small.stems & large.stems) < cues["restated_share"] * len(small.stems):
        return False
    return _quantity_conflict(a.quantities, b.quantities) is None


def restatement_groups(
    statements: Sequence[Statement], cues: dict[str, Any] | None = None, sentences: Sequence[Any] | None = None
) -> list[int]:
    """For statements of ONE document in text order: each one's representative, the index of the statement it
    is counted with (its own index when it restates none). The longest statements are representatives first;
    a shorter one joins the first representative it :func:`restates`, so a group is one statement and its
    restatements, never a chain of statements each like the next. ``sentences`` (the sentence of each
    statement) keeps two statements of one sentence apart: a restatement is said again in another sentence,
    and two causal claims read from one sentence ("could shatter US credibility and embolden Russia") share
    its words but are two claims."""
    cues = cues or load_cues()
    rep = list(range(len(statements)))
    kept: list[int] = []
    for i in sorted(range(len(statements)), key=lambda k: (-len(statements[k].stems), k)):
        for k in kept:
            if sentences is not None and sentences[i] == sentences[k]:
                continue
            if restates(statements[i], statements[k], cues):
                rep[i] = k
                break
        else:
            kept.append(i)
    return rep


def _mention(member: dict[str, Any]) -> dict[str, Any]:
    return {k: member.get(k) for k in ("sentence_idx", "start", "end", "text")}


def fold_restatements(
    items: list[dict[str, Any]], family: Any, cues: dict[str, Any], statement_of: Any = None
) -> list[dict[str, Any]]:
    """The claim items with each document's restatements folded into one item (:func:`restatement_groups`
    over the items of one document and one ``family(item)``): the representative keeps its features, gains
    the others' events, and its member lists every sentence as ``mentions`` (text order). Every member gets
    ``mentions``, one entry when nothing restates it."""
    groups: dict[Any, list[int]] = defaultdict(list)
    for n, it in enumerate(items):
        groups[(it["doc"], family(it))].append(n)
    folded_into: dict[int, int] = {}
    for ns in groups.values():
        ns.sort(key=lambda n: (items[n]["idx"] if items[n]["idx"] is not None else -1, n))
        stmts = [
            statement_of(items[n]) if statement_of else Statement(frozenset(items[n]["stems"]), items[n]["quantities"])
            for n in ns
        ]
        for pos, r in enumerate(restatement_groups(stmts, cues, [items[n]["idx"] for n in ns])):
            if r != pos:
                folded_into[ns[pos]] = ns[r]
    out: list[dict[str, Any]] = []
    mentions: dict[int, list[dict[str, Any]]] = {n: [_mention(it["member"])] for n, it in enumerate(items)}
    for n, r in sorted(folded_into.items()):
        mentions[r].append(_mention(items[n]["member"]))
        items[r]["events"] = items[r].get("events", []) + items[n].get("events", [])
    for n, it in enumerate(items):
        if n in folded_into:
            continue
        it["member"]["mentions"] = sorted(
            mentions[n], key=lambda m: (m["sentence_idx"] if m["sentence_idx"] is not None else -1, m["start"] or 0)
        )
        out.append(it)
    return out


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
    """The documents' independent roots: a near-duplicate, or another document of the same source or URL
    host, counts as the same root."""
    return {roots.get(d, d) for d in docs}


def host(url: str | None) -> str | None:
    """The site of a URL without ``www.``: ``https://www.example.com/a`` -> ``example.com``."""
    if not url:
        return None
    netloc = urlsplit(url if "//" in url else f"//{url}").netloc.lower().split("@")[-1].split(":")[0]
    return netloc.removeprefix("www.") or None


def independence_roots(docs: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Document -> the representative of its group of non-independent documents.

    Why: corroboration means several outlets say it, not one outlet (or one syndicated text) saying it
    several times. Documents are joined when one is a near-duplicate of the other
    (``documents.duplicate_of``), or when they share a source name or a URL host."""
    parent = {d: d for d in docs}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first: dict[tuple[str, str], str] = {}
    for d, v in sorted(docs.items()):
        if v.get("duplicate_of") in parent:
            union(d, v["duplicate_of"])
        for key in (("source", (v.get("source") or "").strip().lower()), ("host", v.get("host") or "")):
            if key[1]:
                if key in first:
                    union(d, first[key])
                else:
                    first[key] = d
    return {d: find(d) for d in docs}


def _load(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    docs = {
        i: {"source": s, "duplicate_of": dup, "published": p, "url": u, "host": host(u)}
        for i, s, dup, p, u in con.execute("SELECT id, source, duplicate_of, published, url FROM documents").fetchall()
    }
    event_years: dict[tuple[str, int], set[int]] = defaultdict(set)
    for d, i, date in con.execute(
        "SELECT doc_id, sentence_idx, date FROM events WHERE doc_id IS NOT NULL AND date IS NOT NULL "
        "AND coalesce(date_how, 'text') = 'text'"
    ).fetchall():
        event_years[(d, i)].add(date.year)
    sentences = {
        (d, i): {"start": s, "end": e, "text": t}
        for d, i, s, e, t in con.execute('SELECT doc_id, idx, start, "end", text FROM sentences').fetchall()
    }
    actors: dict[tuple[str, int], list[str]] = defaultdict(list)
    positions: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    doc_actors: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for d, i, code, start in con.execute(
        "SELECT doc_id, sentence_idx, actor_code, start FROM mentions WHERE sentence_idx IS NOT NULL ORDER BY start"
    ).fetchall():
        c = country_of(code)
        if not c:
            continue
        if c not in actors[(d, i)]:
            actors[(d, i)].append(c)
        positions[(d, i)].append((c, start))
        doc_actors[d][c] += 1
    return {
        "docs": docs,
        "sentences": sentences,
        "actors": actors,
        "positions": positions,
        "doc_actors": doc_actors,
        "event_years": event_years,
    }


def _member(data: dict[str, Any], doc: str, idx: int | None, kind: str, **extra: Any) -> dict[str, Any]:
    sent = data["sentences"].get((doc, idx), {})
    return {
        "doc_id": doc,
        "source": data["docs"].get(doc, {}).get("source"),
        "sentence_idx": idx,
        "start": sent.get("start"),
        "end": sent.get("end"),
        "text": sent.get("text"),
        "kind": kind,
        "host": data["docs"].get(doc, {}).get("host"),
        **extra,
    }


def _period(data: dict[str, Any], doc: str, idx: int, text: str) -> tuple[set[int], str]:
    """The years a statement is about: explicit years in the sentence, else the dates of its events,
    else the document's publication year; (set(), "unknown") when none is known."""
    years = {int(y) for y in _YEAR.findall(text)}
    if years:
        return years, "sentence"
    if data["event_years"].get((doc, idx)):
        return set(data["event_years"][(doc, idx)]), "event date"
    published = data["docs"].get(doc, {}).get("published")
    if published is not None and hasattr(published, "year"):
        return {published.year}, "publication date"
    return set(), "unknown"


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
        years, when = _period(data, doc, idx, text)
        out.append(
            {
                "dyad": dyad,
                "doc": doc,
                "idx": idx,
                "polarity": sign,
                "years": years,
                "member": _member(
                    data,
                    doc,
                    idx,
                    "relation",
                    polarity="+" if sign > 0 else "-",
                    cues=[w for _, w, _ in found],
                    dyad_from=how,
                    note=note,
                    period=sorted(years),
                    period_from=when,
                ),
            }
        )
    return out


def _statement_items(
    con: duckdb.DuckDBPyConnection, data: dict[str, Any], cues: dict[str, Any]
) -> list[dict[str, Any]]:
    """One item per checkable sentence (its events attached) and one per causal claim, with the features
    used for clustering: content stems (paraphrase groups merged), quantities, years, actors, event keys."""
    items: list[dict[str, Any]] = []
    stop, syn = cues["stopwords"], cues["synonyms"]
    events: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for eid, doc, idx, src, tgt, cameo, gold, neg, hyp, date, trig in con.execute(
        "SELECT event_id, doc_id, sentence_idx, source, target, cameo, goldstein, negated, hypothetical, "
        "coalesce(date_label, strftime(date, '%Y-%m-%d')), trigger FROM events WHERE doc_id IS NOT NULL "
        "ORDER BY doc_id, start, event_id"
    ).fetchall():
        dyad = (country_of(src), country_of(tgt))
        events[(doc, idx)].append(
            {
                "key": (frozenset(dyad) - {""}, (cameo or "")[:2]),
                "goldstein": gold,
                "negated": bool(neg),
                "actors": set(dyad) - {""},
                "member": {
                    "event_id": eid,
                    "source_actor": src,
                    "target_actor": tgt,
                    "cameo": cameo,
                    "goldstein": gold,
                    "negated": bool(neg),
                    "hypothetical": bool(hyp),
                    "date": str(date) if date else None,
                    "trigger": trig,
                },
            }
        )
    for cid, doc, idx, cause, effect, pol, hedged in con.execute(
        "SELECT claim_id, doc_id, sentence_idx, cause, effect, polarity, hedged FROM causal_claims ORDER BY doc_id"
    ).fetchall():
        text = f"{cause or ''} {effect or ''}"
        items.append(
            {
                "kind": "causal",
                "doc": doc,
                "idx": idx,
                "stems": content_stems(text, stop, syn),
                "quantities": quantities(text),
                "years": set(_YEAR.findall(text)),
                "actors": set(data["actors"].get((doc, idx), [])),
                "events": [],
                "record": False,
                "published": _published(data, doc),
                "when": _when(text, cues),
                "member": _member(
                    data,
                    doc,
                    idx,
                    "causal",
                    claim_id=cid,
                    cause=cause,
                    effect=effect,
                    polarity=pol,
                    hedged=bool(hedged),
                ),
            }
        )
    for (doc, idx), sent in sorted(data["sentences"].items()):
        text = sent["text"]
        evs = events.get((doc, idx), [])
        if len(text.split()) < 6:  # headings and bylines are not statements
            continue
        amounts, years = _amounts(text), set(_YEAR.findall(text))
        record = bool(cues["checkable"].search(text))
        dated = bool(cues["months"].search(text)) or bool(years)
        if not (evs or amounts or dated or record):
            continue
        actors = set(data["actors"].get((doc, idx), [])) | {a for e in evs for a in e["actors"]}
        extra: dict[str, Any] = {"amounts": sorted(amounts), "years": sorted(years)}
        if evs:
            extra.update(evs[0]["member"])
            extra["events"] = [e["member"] for e in evs]
        items.append(
            {
                "kind": "event" if evs else "statement",
                "doc": doc,
                "idx": idx,
                "stems": content_stems(text, stop, syn),
                "quantities": quantities(text),
                "years": years,
                "actors": actors,
                "events": evs,
                "record": record,
                "published": _published(data, doc),
                "when": _when(text, cues),
                "member": _member(data, doc, idx, "event" if evs else "statement", **extra),
            }
        )
    return items


def _published(data: dict[str, Any], doc: str) -> Any:
    value = data["docs"].get(doc, {}).get("published")
    return value if hasattr(value, "year") else None


def _when(text: str, cues: dict[str, Any]) -> set[str]:
    """Explicit years and month names in a text: what ties a later report to an earlier occasion."""
    return set(_YEAR.findall(text)) | {m.group(0).lower() for m in cues["months"].finditer(text)}


def _weights(items: list[dict[str, Any]]) -> dict[str, float]:
    """Inverse document frequency of each stem over the items: names every article repeats ("Trump",
    "president") weigh little, the words that make a claim specific weigh much."""
    df: dict[str, int] = defaultdict(int)
    for it in items:
        for st in it["stems"]:
            df[st] += 1
    n = max(len(items), 1)
    return {st: math.log((n + 1) / (c + 0.5)) for st, c in df.items()}


def _similarity(a: dict[str, Any], b: dict[str, Any], idf: dict[str, float]) -> tuple[float, float, int]:
    """(weighted Jaccard, weighted overlap, shared count) of two items' stems, numbers left out."""
    sa = {x for x in a["stems"] if not x[:1].isdigit()}
    sb = {x for x in b["stems"] if not x[:1].isdigit()}
    shared = sa & sb
    if not shared:
        return 0.0, 0.0, 0
    w_shared = sum(idf.get(x, 1.0) for x in shared)
    w_union = sum(idf.get(x, 1.0) for x in sa | sb)
    w_min = min(sum(idf.get(x, 1.0) for x in sa), sum(idf.get(x, 1.0) for x in sb))
    return w_shared / w_union, w_shared / w_min if w_min else 0.0, len(shared)


def _compare_items(
    a: dict[str, Any], b: dict[str, Any], idf: dict[str, float], cues: dict[str, Any]
) -> tuple[bool, str | None, float]:
    """Are two items the same claim? Returns (same, conflict, similarity): ``conflict`` says why they are
    the same claim stated incompatibly (different amounts of one unit, different years of record)."""
    if a["actors"] and b["actors"] and not a["actors"] & b["actors"]:
        return False, None, 0.0
    pa, pb = a.get("published"), b.get("published")
    if pa and pb and abs((pa - pb).days) > cues["max_days_apart"] and not (a["when"] & b["when"]):
        return False, None, 0.0  # reports weeks apart are about different occasions unless a date is shared
    jac, overlap, shared = _similarity(a, b, idf)
    if not shared:
        return False, None, 0.0
    strong = jac >= cues["conflict_similarity"] or (overlap >= cues["conflict_similarity"] and shared >= 4)
    conflict = _quantity_conflict(a["quantities"], b["quantities"])
    if conflict is None and a["years"] and b["years"] and not a["years"] & b["years"]:
        conflict = f"years: {sorted(a['years'])} vs {sorted(b['years'])}" if a["record"] and b["record"] else ""
    if conflict is not None:  # incompatible numbers: the same claim only when otherwise nearly identical
        return (True, conflict, jac) if strong and conflict else (False, None, 0.0)
    keys_a, keys_b = {e["key"] for e in a["events"]}, {e["key"] for e in b["events"]}
    if keys_a and keys_b:
        if keys_a & keys_b:
            return jac >= 0.12 or overlap >= 0.4, None, jac
        return strong, None, jac
    same = jac >= cues["same_similarity"] or (overlap >= 0.6 and shared >= 4)
    return same, None, jac


class NumberConflict(NamedTuple):
    """Two documents stating the same claim with incompatible numbers, and why (kept as data: document ids
    may contain any character, so they are never parsed back out of the message)."""

    doc_a: str
    doc_b: str
    reason: str

    def __str__(self) -> str:
        return f"{self.doc_a} vs {self.doc_b}: {self.reason}"


def _cluster(
    items: list[dict[str, Any]], cues: dict[str, Any]
) -> tuple[list[list[int]], dict[int, list[NumberConflict]]]:
    """Average-free agglomeration that does not chain: candidate pairs (sharing a stem, from different
    documents) are merged best first, and two clusters merge only if no pair across them is incompatible
    (different actors, or numbers that differ while the sentences are not near-identical). Returns the
    clusters and, per cluster root, the number conflicts found inside it."""
    idf = _weights(items)
    index: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        for st in it["stems"]:
            index[st].append(i)
    verdicts: dict[tuple[int, int], tuple[bool, str | None]] = {}
    candidates: list[tuple[float, int, int]] = []
    for i, it in enumerate(items):
        for st in it["stems"]:
            postings = index[st]
            if len(postings) > 300:  # too common to be evidence
                continue
            for j in postings:
                if j <= i or items[j]["doc"] == it["doc"] or (i, j) in verdicts:
                    continue
                same, conflict, sim = _compare_items(it, items[j], idf, cues)
                verdicts[(i, j)] = (same, conflict)
                if same:
                    candidates.append((sim, i, j))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    owner = list(range(len(items)))
    conflicts: dict[int, list[NumberConflict]] = defaultdict(list)

    def compatible(x: int, y: int) -> bool:
        a_act = {a for i in members[x] for a in items[i]["actors"]}
        for i in members[x]:
            for j in members[y]:
                if items[i]["doc"] == items[j]["doc"]:
                    continue
                pair = (min(i, j), max(i, j))
                if pair not in verdicts:
                    verdicts[pair] = _compare_items(items[pair[0]], items[pair[1]], idf, cues)[:2]
                if (
                    verdicts[pair][1] is None
                    and items[i]["actors"]
                    and items[j]["actors"]
                    and not (items[i]["actors"] & items[j]["actors"])
                ):
                    return False
                if verdicts[pair][1] == "":
                    return False
        b_act = {a for j in members[y] for a in items[j]["actors"]}
        return not (a_act and b_act and not a_act & b_act)

    for _sim, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        x, y = owner[i], owner[j]
        if x == y or not compatible(x, y):
            continue
        x, y = min(x, y), max(x, y)
        for k in members[y]:
            owner[k] = x
        members[x].extend(members.pop(y))
        conflicts[x].extend(conflicts.pop(y, []))
        reason = verdicts[(i, j)][1]
        if reason:
            conflicts[x].append(NumberConflict(items[i]["doc"], items[j]["doc"], reason))
    return [sorted(m) for m in members.values()], {x: conflicts[x] for x in members if conflicts.get(x)}


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
    if status is not None and status not in CLAIM_STATUSES:
        raise ValueError(f"status must be corroborated, single or contested, not {status!r}")
    cues = load_cues()
    data = _load(con)
    roots = independence_roots(data["docs"])
    out: list[dict[str, Any]] = []

    # relation-change claims, one per dyad; warming and cooling contest each other only when they come from
    # independent documents and are about the same period (overlapping years, or a period not known)
    by_dyad: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    # a document's restated relation statement (headline and lead) is one statement: one member, one vote
    relation_items = fold_restatements(
        _relation_items(data, cues),
        lambda it: (it["dyad"], it["polarity"]),
        cues,
        lambda it: statement(it["member"].get("text") or "", cues),
    )
    for it in relation_items:
        by_dyad[it["dyad"]].append(it)
    for dyad, its in sorted(by_dyad.items()):
        per_doc: dict[str, int] = defaultdict(int)
        for it in its:
            per_doc[it["doc"]] += it["polarity"]
        warm = [it for it in its if per_doc[it["doc"]] > 0 and it["polarity"] > 0]
        cool = [it for it in its if per_doc[it["doc"]] < 0 and it["polarity"] < 0]
        pairs = [
            (w, c)
            for w in warm
            for c in cool
            if roots.get(w["doc"], w["doc"]) != roots.get(c["doc"], c["doc"])
            and (not w["years"] or not c["years"] or w["years"] & c["years"])
        ]
        contested = bool(pairs)
        warm_docs = sorted({it["doc"] for it in warm})
        cool_docs = sorted({it["doc"] for it in cool})
        direction = (
            "warming vs cooling"
            if contested
            else "warming"
            if warm_docs and not cool_docs
            else (
                "cooling"
                if cool_docs and not warm_docs
                else "changing over time"
                if warm_docs and cool_docs
                else "mixed"
            )
        )
        members = [it["member"] for it in its]
        if contested:
            w, c = pairs[0]
            span = sorted(w["years"] & c["years"]) if w["years"] and c["years"] else "period unknown"
            why = f"warming in {warm_docs}, cooling in {cool_docs} (same period: {span})"
        elif direction == "changing over time":

            def years_of(group: list[dict[str, Any]]) -> list[int]:
                return sorted({y for it in group for y in it["years"]})

            why = (
                f"warming in {warm_docs} ({years_of(warm)}), cooling in {cool_docs} ({years_of(cool)}): "
                "different periods, not a contradiction"
            )
        else:
            why = f"{direction} according to {sorted(per_doc)}"
        out.append(
            _claim(
                "relation",
                f"{'-'.join(dyad)} relations: {direction}",
                members,
                roots,
                contested,
                why,
                sorted(dyad),
                data,
            )
        )

    # events, causal claims and checkable statements
    # a document's restatements (a headline restated in the lead) are one item: one member with both sentences
    items = fold_restatements(_statement_items(con, data, cues), lambda it: it["kind"] == "causal", cues)
    groups, conflicts = _cluster(items, cues)
    for group in groups:
        its = [items[i] for i in group]
        members = [it["member"] for it in its]
        contested, why = False, ""
        number_conflicts = [c for c in conflicts.get(group[0], []) if len(_independent((c.doc_a, c.doc_b), roots)) == 2]
        if number_conflicts:
            contested, why = (
                True,
                ("incompatible numbers for the same claim (" + "; ".join(map(str, number_conflicts)) + ")"),
            )
        by_key: dict[Any, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for it in its:
            for e in it["events"]:
                by_key[e["key"]].append((it["doc"], e))
        for evs in by_key.values():
            if contested or len(_independent((d for d, _ in evs), roots)) < 2:
                continue
            signs = {(e["goldstein"] or 0) > 0 for _, e in evs if e["goldstein"]}
            negs = {e["negated"] for _, e in evs}
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

    out.sort(
        key=lambda c: ({"contested": 0, "corroborated": 1, "single": 2}[c["status"]], -len(c["documents"]), c["label"])
    )
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


def _claim(
    kind: str,
    label: str,
    members: list[dict[str, Any]],
    roots: dict[str, str],
    contested: bool,
    why: str,
    actors: list[str],
    data: dict[str, Any],
) -> dict[str, Any]:
    docs = sorted({m["doc_id"] for m in members})
    return {
        "claim_id": "",
        "kind": kind,
        "label": label,
        "status": _status(members, roots, contested),
        "documents": docs,
        "sources": sorted({data["docs"].get(d, {}).get("source") or d for d in docs}),
        "independent_documents": len(_independent(docs, roots)),
        "actors": actors,
        "why": why,
        "members": sorted(members, key=lambda m: (m["doc_id"], m["sentence_idx"] or 0)),
    }
