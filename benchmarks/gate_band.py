"""The causal encoder's gate band: accuracy against the share of sentences encoded (issue 14 item 5).

    .venv/bin/python benchmarks/gate_band.py cnc     # CNC train 5-fold CV per band, band chosen on training folds
    .venv/bin/python benchmarks/gate_band.py share   # share of sentences encoded per band: bench corpus and seeds

``cnc`` runs the component (``eval_causal.py cnc``'s last row: its tuned values chosen per fold as there) on the
CNC train sentences with out-of-fold probabilities, once with every sentence at its linear probability and once
at the two-tier average; a band picks, per sentence, one of the two (the component reads each CNC sentence with
one probability), so every band is scored without running the component again. Per fold the band (and the row's
tuned values) with the best mean of sentence and pair F1 on the other four folds is chosen and the held-out fold
scored with it, as ``eval_causal.py`` chooses its thresholds. ``encoded`` is the share of CNC sentences the
runtime would encode: those in the band whose claims the encoder could change, and those the span tagger reads.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_causal as E  # noqa: E402

LOWS = (0.1, 0.15, 0.2, 0.25, 0.3)
HIGHS = (0.8, 0.85, 0.9, 0.95)


def encoded_share(comp, sents_by_doc: list[list], linear: np.ndarray, final: np.ndarray, band: tuple) -> float:
    """The runtime's encoded sentences (``CausalExtractor._started`` / ``_finish``) with out-of-fold probabilities:
    in the band and able to change a claim, or read by the tagger at the final probability."""
    lo, hi = band
    tag_at = comp._tag_threshold()
    n = enc = 0
    for sents, p_lin, p_fin in zip(sents_by_doc, linear, final, strict=True):
        for s in sents:
            n += 1
            markers = comp.extractor.extract(s)
            todo = False
            if lo <= p_lin < hi:
                w = float(comp.classifier.settings.ensemble.get("minilm_weight", 1.0))
                low, high = (1 - w) * p_lin, (1 - w) * p_lin + w
                todo = (low < tag_at <= high and comp._tagger_applies(s, tag_at, markers)) or _keys_of(
                    comp._claims_at(s, low, markers)
                ) != _keys_of(comp._claims_at(s, high, markers))
            tagged = p_fin >= tag_at and comp._tagger_applies(s, p_fin, markers)
            enc += bool(todo or tagged)
    return enc / n if n else 0.0


def _keys_of(claims: list) -> object:
    from detente.nlp.causal_extractor import _keys

    return _keys(claims)


def cnc(out: Path | None, lows: tuple = LOWS, highs: tuple = HIGHS) -> dict:
    from detente.nlp.causal_extractor import Classifier
    from detente.nlp.causal_settings import CausalSettings
    from detente.nlp.pipeline import build_pipeline

    docs, gold = E.T.load_cnc()
    nlp = build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})
    comp = nlp.get_pipe("causal_extractor")
    shipped = Classifier.load()
    comp.classifier = shipped
    parsed = E.parse_cached(nlp, [d["text"] for d in docs])
    feats = E.T.featurize(parsed)
    y = np.array([int(g["causal"]) for g in gold])
    linear = E.linear_oof(feats, y, 5)
    deep = E.lora_oof(len(y))
    assert deep is not None, "no results/cnc_lora_oof.json"
    w = float(shipped.settings.ensemble["minilm_weight"])
    avg = w * deep + (1 - w) * linear
    sc = E.scorer()
    ids = [d["id"] for d in docs]
    texts = {d["id"]: d["text"] for d in docs}
    from detente.nlp.causal_spans import piece_scores

    wide = (json.loads(E.SPAN_OOF.read_text()), E.oof_roles(ids), E.oof_roles(ids, piece_scores))
    near_roles = E.oof_roles(ids, probs_file=E.SPAN_OOF_PROBS_NEAR)
    spans, roles, pieces = wide[0], near_roles, wide[2]
    label, narrowed, fixed = E.STAGES[-1]
    fixed = dict(fixed)
    assert fixed.pop("tagger") == "wide+near roles"
    tuned_names = tuple(E.TUNED)
    grid = {name: narrowed.get(name, E.TUNED[name]) for name in tuned_names}
    settings = [dict(zip(tuned_names, c, strict=True)) for c in itertools.product(*grid.values())]
    flags = ("join_fragments", "lenient_prose", "complete_tagged", "no_modifier_sides")
    base = {f: False for f in flags} | fixed
    sents_by_doc: list[list] = []
    # rows[setting index][tier][doc] ; tier 0 linear, 1 averaged
    rows: list[tuple[list, list]] = []
    for st in settings:
        comp.settings = CausalSettings.from_mapping(base | st, "gate_band.py", base=comp.settings)
        per_tier = ([], [])
        for i, doc in enumerate(parsed):
            sents, _ = comp._scored_sentences(doc)
            if len(sents_by_doc) < len(parsed):
                sents_by_doc.append(sents)
            tagged = E._tagged_for(doc, sents, spans.get(ids[i]), roles.get(ids[i]), pieces.get(ids[i]))
            for t, p in enumerate((linear[i], avg[i])):
                s2, claims = comp._scored_sentences(doc)
                comp._annotate(doc, s2, [float(p)] * len(s2), claims, tagged)
                per_tier[t].append({"id": ids[i], "events": [], "causal": [dict(c) for c in doc._.causal]})
        rows.append(per_tier)
    bands = [(lo, hi) for lo in lows for hi in highs] + [(0.0, 1.0)]
    fold_list = E.folds(len(docs), 5)

    def preds(si: int, band: tuple) -> list:
        lo, hi = band
        return [rows[si][1 if lo <= linear[i] < hi else 0][i] for i in range(len(docs))]

    cache = {(si, b): preds(si, b) for si in range(len(settings)) for b in bands}

    def score(idx, key) -> dict:
        p = cache[key]
        return sc.score_causal([gold[i] for i in idx], texts, [p[i] for i in idx])

    allidx = np.arange(len(docs))
    result: dict = {"row": label, "settings": settings, "bands": {}, "cv": {}}
    for b in bands:
        per = {}
        for si in range(len(settings)):
            r = score(allidx, (si, b))
            per[si] = (r["sentence"]["f1"], r["pair"]["f1"])
        band_in = (linear >= b[0]) & (linear < b[1])
        # the band alone: the row's tuned values chosen per fold, the band fixed
        final = []
        for test in fold_list:
            train = np.setdiff1d(allidx, test)
            best = max(range(len(settings)), key=lambda si: sum(_f(score(train, (si, b)))))
            final.extend((i, cache[(best, b)][i]) for i in test)
        final.sort(key=lambda x: x[0])
        cvr = sc.score_causal(gold, texts, [p for _, p in final])
        result["bands"][f"{b[0]}-{b[1]}"] = {
            "in_band": round(float(band_in.mean()), 4),
            "encoded": round(encoded_share(comp, sents_by_doc, linear, np.where(band_in, avg, linear), b), 4),
            "cv_fixed_band": (cvr["sentence"]["f1"], cvr["pair"]["f1"]),
            "all_folds_by_setting": per,
        }
        print(b, result["bands"][f"{b[0]}-{b[1]}"], file=sys.stderr, flush=True)
    # the band chosen on the training folds (with the row's tuned values)
    for name, cands in (("every band", bands), ("shipped band", [(0.1, 0.9)])):
        final, chosen = [], []
        for test in fold_list:
            train = np.setdiff1d(allidx, test)
            keys = [(si, b) for si in range(len(settings)) for b in cands]
            best = max(keys, key=lambda k: sum(_f(score(train, k))))
            chosen.append(best)
            final.extend((i, cache[best][i]) for i in test)
        final.sort(key=lambda x: x[0])
        cvr = sc.score_causal(gold, texts, [p for _, p in final])
        result["cv"][name] = {"chosen_by_fold": chosen, "sentence": cvr["sentence"], "pair": cvr["pair"]}
    if out:
        out.write_text(json.dumps(result, indent=1, default=str))
    return result


def _f(r: dict) -> tuple[float, float]:
    return r["sentence"]["f1"], r["pair"]["f1"]


def share(bands: list[tuple[float, float]]) -> dict:
    """Per band, the share of sentences encoded and of documents whose claims change, on the bench corpus
    (bench_pipeline's default 20,000 words) and on the seeds."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.common import corpus

    from detente.nlp.pipeline import build_pipeline

    nlp = build_pipeline()
    comp = nlp.get_pipe("causal_extractor")
    out = {}
    for name, docs in (("bench", corpus(20000)), ("seeds", E.seed_docs())):
        texts = [d["text"] for d in docs]
        with nlp.select_pipes(disable=["causal_extractor"]):
            parsed = list(nlp.pipe(texts))
        ens = comp.classifier.settings.ensemble
        old = list(ens["gate"])
        base_claims = None
        res = {}
        for b in [tuple(old), *bands]:
            ens["gate"] = list(b)
            comp.encoded = comp.scored = 0
            claims = [json.dumps(d._.causal, sort_keys=True, default=str) for d in comp.pipe(x.copy() for x in parsed)]
            if base_claims is None:
                base_claims = claims
            changed = sum(a != c for a, c in zip(base_claims, claims, strict=True))
            res[f"{b[0]}-{b[1]}"] = {
                "encoded": comp.encoded,
                "scored": comp.scored,
                "share": round(comp.encoded / max(comp.scored, 1), 4),
                "docs_changed": changed,
            }
            print(name, b, res[f"{b[0]}-{b[1]}"], file=sys.stderr, flush=True)
        ens["gate"] = old
        out[name] = res
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["cnc", "share"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--lows", default=",".join(map(str, LOWS)), help="cnc: the bands' lower bounds")
    ap.add_argument("--highs", default=",".join(map(str, HIGHS)), help="cnc: the bands' upper bounds")
    ap.add_argument("--bands", default="0.15-0.9,0.2-0.9,0.25-0.9,0.3-0.9,0.1-0.85,0.1-0.8,0.2-0.85")
    args = ap.parse_args()
    if args.what == "cnc":
        r = cnc(args.out, tuple(map(float, args.lows.split(","))), tuple(map(float, args.highs.split(","))))
        print(json.dumps(r["cv"], indent=1, default=str))
    else:
        bands = [tuple(float(x) for x in b.split("-")) for b in args.bands.split(",")]
        r = share(bands)
        if args.out:
            args.out.write_text(json.dumps(r, indent=1))
        print(json.dumps(r, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
