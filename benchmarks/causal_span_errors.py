"""Why predicted cause/effect pairs miss on CNC train (out of fold), by class.

    .venv/bin/python benchmarks/causal_span_errors.py dump [FILE]     # build/cnc_claims_oof.jsonl (~5 s)
    .venv/bin/python benchmarks/causal_span_errors.py dump F --trims off  # the round-9 spans (trims off)
    .venv/bin/python benchmarks/causal_span_errors.py dump F --spans runs  # the tagger's free runs (round 12)
    .venv/bin/python benchmarks/causal_span_errors.py dump F --set trim_datelines=true  # another setting
    .venv/bin/python benchmarks/causal_span_errors.py classify [FILE] # class counts from a saved file

``dump`` needs the CV caches of ``eval_causal.py cnc`` (build/cnc_parsed.spacy, cnc_span_oof.json, ...).

``dump`` runs the component once with the shipped settings of ``classifier.json`` on every CNC train
sentence, with its out-of-fold probability (two tiers) and out-of-fold tagger spans (the same inputs as
``eval_causal.py cnc``), and writes one line per sentence: id, text, gold pairs and predicted claims (their
texts, offsets and sources). It reads
CNC *train* gold only. ``classify`` takes such a file and, for every predicted pair on a sentence that is causal
in the gold and that matches no gold pair (token Jaccard >= 0.5 on both sides, ``score.py``'s rule), names the
nearest gold pair's failure: direction swapped, wrong clause, or which side is too long / too short, and which
words the extra or missing part is made of (the first and last extra/missing token classes).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
DUMP = ROOT / "build" / "cnc_claims_oof.jsonl"

FUNCTION = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "and", "or", "that", "which", "as"}
REPORTING = {"said", "says", "say", "told", "tells", "reported", "according", "claimed", "added", "stated", "alleged"}
TIME_PLACE = {
    "on",
    "in",
    "at",
    "since",
    "during",
    "after",
    "before",
    "last",
    "yesterday",
    "today",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
}


def toks(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def jac(a: str, b: str) -> float:
    x, y = set(toks(a)), set(toks(b))
    return len(x & y) / len(x | y) if x | y else 0.0


def word_class(word: str) -> str:
    if word in REPORTING:
        return "reporting"
    if word in TIME_PLACE or word.isdigit():
        return "time/place"
    if word in FUNCTION:
        return "function"
    return "content"


def side(pred: str, gold: str) -> tuple[str, str]:
    """How a predicted span differs from the gold one: ok / long / short / both / disjoint, and the class of
    the first extra (long) or missing (short) words, looked at from the span edge they sit on."""
    if jac(pred, gold) >= 0.5:
        return "ok", ""
    p, g = toks(pred), toks(gold)
    ps, gs = set(p), set(g)
    if not ps & gs:
        return "disjoint", ""
    extra, missing = [w for w in p if w not in gs], [w for w in g if w not in ps]
    if extra and not missing:
        where = "lead" if p and p[0] not in gs else "trail" if p and p[-1] not in gs else "inner"
        first = extra[0] if where != "trail" else extra[-1]
        return "long", f"{where}:{word_class(first)}"
    if missing and not extra:
        where = "lead" if g and g[0] not in ps else "trail" if g and g[-1] not in ps else "inner"
        first = missing[0] if where != "trail" else missing[-1]
        return "short", f"{where}:{word_class(first)}"
    return "both", ""


def classify(path: Path) -> dict:
    counts: Counter = Counter()
    detail: Counter = Counter()
    extra_words: Counter = Counter()
    ratio: Counter = Counter()
    matched = unmatched = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not row["causal"] or not row["claims"]:
            continue
        pool = list(row["pairs"])
        for c in row["claims"]:
            best = max(
                pool, default=None, key=lambda g, c=c: min(jac(c["cause"], g["cause"]), jac(c["effect"], g["effect"]))
            )
            if best and min(jac(c["cause"], best["cause"]), jac(c["effect"], best["effect"])) >= 0.5:
                matched += 1
                pool.remove(best)
                continue
            unmatched += 1
            if not row["pairs"]:
                counts["gold has no spans"] += 1
                continue

            # nearest gold pair by the sum of both sides, either direction
            def fit(g: dict, c: dict = c) -> float:
                return max(
                    jac(c["cause"], g["cause"]) + jac(c["effect"], g["effect"]),
                    jac(c["cause"], g["effect"]) + jac(c["effect"], g["cause"]),
                )

            g = max(row["pairs"], key=fit)
            straight = jac(c["cause"], g["cause"]) + jac(c["effect"], g["effect"])
            swapped = jac(c["cause"], g["effect"]) + jac(c["effect"], g["cause"])
            if swapped > straight and min(jac(c["cause"], g["effect"]), jac(c["effect"], g["cause"])) >= 0.5:
                counts["direction swapped"] += 1
                continue
            if swapped > straight:
                counts["direction swapped and spans off"] += 1
                continue
            (cs, cd), (es, ed) = side(c["cause"], g["cause"]), side(c["effect"], g["effect"])
            if "disjoint" in (cs, es):
                counts["wrong clause (a side shares no word)"] += 1
                continue
            for name, s, d, pred, gold in (
                ("cause", cs, cd, c["cause"], g["cause"]),
                ("effect", es, ed, c["effect"], g["effect"]),
            ):
                if s == "ok":
                    continue
                counts[f"{name} {s}"] += 1
                if d:
                    detail[f"{name} {s} {d}"] += 1
                lp, lg = len(toks(pred)), len(toks(gold))
                ratio[f"{name} {s} tokens pred-gold {min(max(lp - lg, -9), 9):+d}"] += 1
                if s == "long":
                    gs = set(toks(gold))
                    p = toks(pred)
                    lead = []
                    for w in p:
                        if w in gs:
                            break
                        lead.append(w)
                    if lead:
                        extra_words[f"{name} lead: {' '.join(lead[:3])}"] += 1
    return {
        "predicted_pairs_on_gold_causal_sentences": matched + unmatched,
        "matched": matched,
        "unmatched": unmatched,
        "classes": dict(counts.most_common()),
        "detail": dict(detail.most_common(30)),
        "length_difference": dict(sorted(ratio.items())),
        "leading_extra_words": dict(extra_words.most_common(25)),
    }


def dump(path: Path, trim: bool | None = None, parse_units: bool = True, overrides: dict | None = None) -> None:
    import numpy as np

    import eval_causal as E
    from detente.nlp.causal_extractor import Classifier
    from detente.nlp.causal_settings import CausalSettings
    from detente.nlp.causal_spans import piece_scores
    from detente.nlp.pipeline import build_pipeline

    docs, gold = E.T.load_cnc()
    nlp = build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})
    comp = nlp.get_pipe("causal_extractor")
    shipped = Classifier.load()
    settings = shipped.settings  # one object: the classifier's and the extractor's
    if trim is not None:
        settings.trim_headings = settings.trim_fronted = settings.trim_datelines = settings.trim_reports = trim
    if not parse_units:
        settings.parse_span_bias = None
    # --set: classifier.json values, checked as the file's are
    shipped.settings = CausalSettings.from_mapping(overrides or {}, "--set", base=settings)
    comp.classifier = shipped
    parsed = E.parse_cached(nlp, [d["text"] for d in docs])
    feats = E.T.featurize(parsed)
    y = np.array([int(g["causal"]) for g in gold])
    probs = E.two_tier(E.linear_oof(feats, y, 5), E.lora_oof(len(y)), shipped.settings.ensemble)
    spans = json.loads(E.SPAN_OOF.read_text())
    roles = E.oof_roles([d["id"] for d in docs])
    pieces = E.oof_roles([d["id"] for d in docs], piece_scores)
    path.parent.mkdir(exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for i, doc in enumerate(parsed):
            sents, claims = comp._scored_sentences(doc)
            tagged = E._tagged_for(
                doc, sents, spans.get(docs[i]["id"]), roles.get(docs[i]["id"]), pieces.get(docs[i]["id"])
            )
            comp._annotate(doc, sents, [float(probs[i])] * len(sents), claims, tagged)
            row = {
                "id": docs[i]["id"],
                "text": docs[i]["text"],
                "causal": int(gold[i]["causal"]),
                "pairs": gold[i].get("pairs", []),
                "claims": [
                    {"cause": c["cause"], "effect": c["effect"], "start": c["start"], "end": c["end"]}
                    | {k: c[k] for k in ("cause_start", "cause_end", "effect_start", "effect_end")}
                    | {k: c[k] for k in ("signal", "implicit", "tagged", "extra") if k in c}
                    for c in doc._.causal
                ],
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["dump", "classify"])
    ap.add_argument("file", type=Path, nargs="?", default=DUMP)
    ap.add_argument("--trims", choices=["shipped", "on", "off"], default="shipped", help="round-10 span trims")
    ap.add_argument("--spans", choices=["shipped", "runs"], default="shipped", help="runs: no round-13 parse units")
    ap.add_argument(
        "--set", action="append", default=[], metavar="KEY=JSON", help="dump: a setting other than classifier.json's"
    )
    args = ap.parse_args()
    if args.what == "dump":
        overrides = {k: json.loads(v) for k, v in (item.split("=", 1) for item in args.set)}
        dump(args.file, None if args.trims == "shipped" else args.trims == "on", args.spans == "shipped", overrides)
    print(json.dumps(classify(args.file), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
