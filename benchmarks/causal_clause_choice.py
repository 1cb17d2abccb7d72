"""Which source's pair is right where they disagree, and how many missed pairs any source offers (round 27).

    .venv/bin/python benchmarks/causal_clause_choice.py [FILE]    # build/cnc_candidates_oof.jsonl, ~25 s

Needs the CV caches of ``eval_causal.py cnc`` (as ``causal_span_errors.py dump``). For every CNC *train* sentence,
with its out-of-fold probability and tagger reading and classifier.json's settings, it writes the claims and what
each source would give on its own: the marker rules (at that probability), the tagger's pair, the clause split
and the splits of every clause. It then counts, with ``score.py``'s rule (token Jaccard >= 0.5 on both sides):

- ``disagree``: where the first claim's source and another source give different pairs, which is right (chosen
  only / the other only / both / neither), by source pair and, for marker claims against the tagger, by marker;
- ``first_wrong``: sentences whose first claim matches no gold pair, and how many of them any source could have
  answered (a candidate matching a gold pair);
- ``second``: gold pairs missed in a sentence where another gold pair is matched, how they relate to it (chained,
  same cause, same effect, other) and how many any source offers.

CNC dev is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from causal_span_errors import jac
from detente.reference.records import CausalClaim, columns

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
OUT = ROOT / "build" / "cnc_candidates_oof.jsonl"
SOURCES = ("markers", "tagger", "splits", "every")
# a claim's spans, their offsets and its marker: the record's own columns, never a list written out again
_KEYS = tuple(k for k in columns(CausalClaim) if k.startswith(("cause", "effect")) or k == "signal")


def _slim(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {k: c[k] for k in _KEYS if k in c} | {k: True for k in ("tagged", "implicit", "extra") if c.get(k)}
        for c in claims
    ]


def dump(path: Path) -> None:
    import causal_convention_filters as F
    import eval_causal as E
    from detente.nlp.causal_extractor import _has_pair, _role_checked

    docs, gold, comp, parsed, probs, spans, ids, roles, pieces = F.cnc_setup()
    clf = comp.classifier  # its settings are the extractor's too
    with path.open("w", encoding="utf-8") as f:
        for i, doc in enumerate(parsed):
            sents, claims = comp._scored_sentences(doc)
            tagged = E._tagged_for(doc, sents, spans.get(ids[i]), roles.get(ids[i]), pieces.get(ids[i]))
            p = float(probs[i])
            cands = []
            for k, sent in enumerate(sents):
                read = _role_checked(tagged[k], clf.settings.tag_pair_min_role_vote)
                cands.append(
                    {
                        "markers": _slim(comp._marker_claims(p, comp.extractor.extract(sent))),
                        "tagger": _slim(comp.extractor.tagged(sent, read or {}) if _has_pair(read) else []),
                        "splits": _slim(
                            comp._fallback(
                                sent, p >= clf.settings.subject_split_threshold, p >= clf.settings.actor_split_threshold
                            )
                        ),
                        "every": _slim(comp._fallback(sent, every=True)),
                    }
                )
            comp._annotate(doc, sents, [p] * len(sents), claims, tagged)
            row = {"id": ids[i], "causal": int(gold[i]["causal"]), "pairs": gold[i].get("pairs", [])}
            f.write(json.dumps(row | {"claims": _slim(doc._.causal), "cands": cands}, ensure_ascii=False) + "\n")


def _fit(c: dict[str, Any], g: dict[str, Any]) -> float:
    return min(jac(c["cause"], g["cause"]), jac(c["effect"], g["effect"]))


def _right(c: dict[str, Any], pairs: list[dict[str, Any]]) -> bool:
    return any(_fit(c, g) >= 0.5 for g in pairs)


def _source(c: dict[str, Any]) -> str:
    return "tagger" if c.get("tagged") else "splits" if c.get("implicit") else "markers"


def _offsets(c: dict[str, Any]) -> tuple[int, ...]:
    return (c["cause_start"], c["cause_end"], c["effect_start"], c["effect_end"])


def classify(path: Path) -> dict[str, Any]:
    disagree: dict[str, Counter] = defaultdict(Counter)
    first: Counter = Counter()
    second: Counter = Counter()
    names = {(True, True): "both", (True, False): "chosen only", (False, True): "other only"}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        pairs = row["pairs"] if row["causal"] else []
        cands = [c for x in row["cands"] for s in SOURCES for c in x[s]]
        firsts = [c for c in row["claims"] if not c.get("extra")]
        if firsts and len(row["cands"]) == 1:
            chosen, kind = firsts[0], _source(firsts[0])
            for other in ("markers", "tagger", "splits"):
                alt = row["cands"][0][other][:1]
                if other == kind or not alt or _offsets(alt[0]) == _offsets(chosen):
                    continue
                label = names.get((_right(chosen, pairs), _right(alt[0], pairs)), "neither")
                disagree[f"{kind} vs {other}"][label] += 1
                if kind == "markers" and other == "tagger":
                    disagree[f"marker '{str(chosen.get('signal', '')).lower()}' vs tagger"][label] += 1
        if row["causal"] and pairs and firsts and not _right(firsts[0], pairs):
            first["first claim wrong"] += 1
            first["  any source offers a right pair"] += any(_right(c, pairs) for c in cands)
            first["  another claim of the sentence is right"] += any(_right(c, pairs) for c in row["claims"])
            for s in SOURCES:
                first[f"  {s} offers a right pair"] += any(_right(c, pairs) for x in row["cands"] for c in x[s])
        if not row["causal"] or len(pairs) < 2:
            continue
        pool, matched = list(pairs), []
        for c in row["claims"]:
            best = max(pool, default=None, key=lambda g, c=c: _fit(c, g))
            if best and _fit(c, best) >= 0.5:
                pool.remove(best)
                matched.append(best)
        if not matched:
            continue
        for g in pool:
            second["missed beside a matched pair"] += 1
            m = matched[0]
            chained = jac(g["cause"], m["effect"]) >= 0.5 or jac(g["effect"], m["cause"]) >= 0.5
            same = "same cause" if jac(g["cause"], m["cause"]) >= 0.5 else "same effect"
            same = same if same == "same cause" or jac(g["effect"], m["effect"]) >= 0.5 else "other"
            second[f"  {'chained' if chained else same}"] += 1
            offered = [s for s in SOURCES if any(_fit(c, g) >= 0.5 for x in row["cands"] for c in x[s])]
            second["  offered by some source"] += bool(offered)
            for s in offered:
                second[f"    by {s}"] += 1
    return {
        "disagree": {
            k: dict(v) for k, v in sorted(disagree.items(), key=lambda kv: -sum(kv[1].values())) if sum(v.values()) >= 8
        },
        "first_wrong": dict(first),
        "second": dict(second),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", type=Path, nargs="?", default=OUT)
    ap.add_argument("--reuse", action="store_true", help="classify a saved file, no new dump")
    args = ap.parse_args()
    if not args.reuse:
        dump(args.file)
    print(json.dumps(classify(args.file), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
