"""Can the span tagger propose the second cause/effect pair of a sentence? Counted on CNC train, out of fold (round 30).

    .venv/bin/python benchmarks/causal_second_pairs.py                 # the tagger's free runs, ~2 min
    .venv/bin/python benchmarks/causal_second_pairs.py --conditioned   # and a tagger told the first claim, 2-12 min
    .venv/bin/python benchmarks/causal_second_pairs.py --reuse         # the claims of the last dump, no new dump

Needs the CV caches of ``eval_causal.py cnc`` (build/cnc_parsed.spacy, cnc_span_oof*.json/npz, cnc_span_states.npz).
The claims are those of ``causal_span_errors.py dump`` (classifier.json's settings, each CNC *train* sentence with its
out-of-fold probability and tagger reading, written to build/cnc_claims_oof.jsonl). Two ways of proposing further
pairs from the tagger are measured beside them:

- ``runs``: the tagger's out-of-fold per-piece probabilities (``train_causal_spans.py cv``) read as several runs: every
  maximal run of pieces whose cause (effect) score is above zero, runs that only a gap of at most ``GAP`` pieces
  separates joined, widened to whole words; each cause run paired with the nearest effect run. A candidate's score is
  the lower of its two runs' score sums (``causal_spans.piece_scores``).
- ``conditioned`` (with ``--conditioned``): a second tagger whose input is the piece features and two columns
  marking the pieces of a given pair's cause and effect, trained per fold on the training folds only: told the first
  claim, it labels the gold pairs no claim of the sentence matches; told one gold pair, the sentence's other gold
  pairs (so it learns that most sentences have no other pair). On a held-out sentence it is told the sentence's first
  claim and its pair decoded as ``causal_spans.decode`` does (free runs) and among the parse's units
  (``causal_tagging.parse_decoded``, bias ``UNIT_BIAS``); the score is the lower of the free runs' sums.

A candidate counts only where the sentence already has a claim and it states another relation than every claim
(``causal_extractor._new_relation``, the component's own check for further pairs), so sentence F1 cannot move. With
``score.py``'s rule (token Jaccard >= 0.5 on both sides) it is *right* when it matches a gold pair no claim matches
(a *second* pair when another gold pair of the sentence is matched), else *wrong*. Adding pairs raises pair F1 only
where more than F1 / 2 of them are right (about 0.23 here). The CV figure tunes the floor on the candidate's score per
fold on the other four folds (pair F1 there, "off" among the choices) and scores the held-out fold with it. CNC dev is
never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import causal_span_errors as S  # noqa: E402
import eval_causal as E  # noqa: E402
from detente.nlp.causal_extractor import _new_relation  # noqa: E402
from detente.nlp.causal_spans import SpanTagger, decode, piece_features, piece_scores  # noqa: E402

OUT = ROOT / "benchmarks" / "results" / "cnc_second_pairs_round30.json"
GAP = 2  # pieces under zero a run may hold and stay one run
FLOORS = (0.0, 5.0, 10.0, 20.0, 40.0, 80.0)  # the candidate score floors counted and tuned over
CONTEXT = "near"  # the conditioned tagger's piece features (the "wide" ones cost 4 min a fold on 2 busy cores)
HIDDEN = 64
UNIT_BIAS = 2.0  # classifier.json's parse_span_bias

Pieces = list[tuple[int, int, float, float]]
Candidate = dict[str, Any]  # cause_start/_end, effect_start/_end (offsets into the sentence's text), score


def positive_runs(pieces: Pieces, role: int, text: str, gap: int = GAP) -> list[tuple[int, int, float]]:
    """(start, end, score sum) of every run of pieces whose ``role`` score (0 cause, 1 effect) is above zero, runs
    separated by at most ``gap`` other pieces joined (their scores not summed), widened to whole words."""
    runs: list[list[float]] = []  # [start, end, score sum]
    below = 0  # pieces at or under zero since the last one above it
    for a, b, *scores in pieces:
        if scores[role] <= 0:
            below += 1
        elif runs and below <= gap:
            runs[-1][1:] = [b, runs[-1][2] + scores[role]]
            below = 0
        else:
            runs.append([a, b, scores[role]])
            below = 0
    out = []
    for run_start, run_end, score in runs:
        start, end = int(run_start), int(run_end)
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        out.append((start, end, float(score)))
    return out


def run_candidates(pieces: Pieces, text: str) -> list[Candidate]:
    """Each cause run with the effect run nearest to it (characters between them), both runs disjoint."""
    causes, effects = positive_runs(pieces, 0, text), positive_runs(pieces, 1, text)
    out = []
    for c0, c1, cs in causes:
        apart = [e for e in effects if e[1] <= c0 or c1 <= e[0]]
        if not apart:
            continue
        e0, e1, es = min(apart, key=lambda e: max(e[0] - c1, c0 - e[1]))
        out.append(_candidate((c0, c1), (e0, e1), min(cs, es)))
    return out


def _candidate(cause: tuple[int, int], effect: tuple[int, int], score: float) -> Candidate:
    return {
        "cause_start": cause[0],
        "cause_end": cause[1],
        "effect_start": effect[0],
        "effect_end": effect[1],
        "score": score,
    }


def _take(claim: dict[str, Any], unmatched: list[dict[str, Any]]) -> bool:
    """``score.py``'s matching of one predicted pair: the unmatched gold pair it fits best, taken (removed from
    ``unmatched``) when both sides reach token Jaccard 0.5."""

    def fit(g: dict[str, Any]) -> float:
        return min(S.jac(claim["cause"], g["cause"]), S.jac(claim["effect"], g["effect"]))

    best = max(unmatched, key=fit, default=None)
    if best is None or fit(best) < 0.5:
        return False
    unmatched.remove(best)
    return True


def _unmatched(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold pairs the sentence's claims leave unmatched, matched in order as ``score.py`` does."""
    unmatched = list(row["pairs"])
    for claim in row["claims"]:
        _take(claim, unmatched)
    return unmatched


def further(row: dict[str, Any], cands: list[Candidate], floor: float) -> list[dict[str, Any]]:
    """The candidates scoring at least ``floor`` that state a new relation beside the sentence's claims (and beside
    each other), as claims in ``score.py``'s format; none for a sentence without a claim."""
    if not row["claims"]:
        return []
    text, sent = row["text"], row["claims"][0]
    out: list[dict[str, Any]] = []
    for cand in cands:
        if cand["score"] >= floor and _new_relation(cand, row["claims"] + out):
            cause = text[cand["cause_start"] : cand["cause_end"]]
            effect = text[cand["effect_start"] : cand["effect_end"]]
            out.append(cand | {"cause": cause, "effect": effect, "start": sent["start"], "end": sent["end"]})
    return out


def counts(rows: list[dict[str, Any]], cands: list[list[Candidate]], floor: float) -> dict[str, int]:
    """Further pairs offered at ``floor``: right (a gold pair no claim matches; ``second`` where another gold pair of
    the sentence is matched), wrong (on causal and on non-causal sentences)."""
    out: Counter[str] = Counter()
    for row, mine in zip(rows, cands, strict=True):
        missed = _unmatched(row)
        second = len(missed) < len(row["pairs"])
        for claim in further(row, mine, floor):
            out["offered"] += 1
            if _take(claim, missed):
                out["right"] += 1
                out["right second pairs" if second else "right where no pair matched"] += 1
            else:
                out["wrong on causal sentences" if row["causal"] else "wrong on non-causal sentences"] += 1
    return dict(out)


def missed_second(rows: list[dict[str, Any]]) -> int:
    """Gold pairs no claim matches in sentences where another gold pair is matched (round 27: 305)."""
    total = 0
    for row in rows:
        missed = _unmatched(row)
        total += len(missed) if len(missed) < len(row["pairs"]) else 0
    return total


def nested_cv(rows: list[dict[str, Any]], cands: list[list[Candidate]], sc: Any) -> dict[str, Any]:
    """Pair and sentence F1 with the further pairs at a floor chosen per fold on the other four folds (``inf``: none
    added), against the claims alone."""
    docs, gold = E.T.load_cnc()
    ids, texts = [d["id"] for d in docs], {d["id"]: d["text"] for d in docs}
    if ids != [r["id"] for r in rows]:
        raise SystemExit(f"{S.DUMP} is not of the CNC train sentences in order: rerun without --reuse")
    floors = (float("inf"), *FLOORS)  # "off" first: a floor that adds nothing ties with it and is not chosen
    preds = {
        f: [
            {"id": i, "causal": r["claims"] + (further(r, c, f) if f < float("inf") else [])}
            for i, r, c in zip(ids, rows, cands, strict=True)
        ]
        for f in floors
    }
    chosen: list[float] = []
    final: list[tuple[int, dict[str, Any]]] = []
    for test in E.folds(len(rows)):
        train = np.setdiff1d(np.arange(len(rows)), test)

        def quality(f: float, train: np.ndarray = train) -> float:
            return sc.score_causal([gold[i] for i in train], texts, [preds[f][i] for i in train])["pair"]["f1"]

        best = max(floors, key=quality)
        chosen.append(best)
        final.extend((i, preds[best][i]) for i in test)
    final.sort(key=lambda x: x[0])
    after = sc.score_causal(gold, texts, [p for _, p in final])
    before = sc.score_causal(gold, texts, preds[float("inf")])
    return {
        "floor_by_fold": [str(f) for f in chosen],
        "before": {k: before[k] for k in ("sentence", "pair")},
        "after": {k: after[k] for k in ("sentence", "pair")},
    }


def conditioned_candidates(rows: list[dict[str, Any]]) -> tuple[list[list[Candidate]], list[list[Candidate]]]:
    """Per sentence, the pair of a tagger told the sentence's first claim (trained per fold on the training folds):
    decoded as free runs, and among the parse's units."""
    import train_causal_spans as TS
    from detente.nlp.causal_tagging import parse_decoded
    from detente.nlp.pipeline import build_pipeline

    states, _, offsets, ids = TS.read_states()
    if ids != [r["id"] for r in rows]:
        raise SystemExit("build/cnc_span_states.npz is not of these sentences: train_causal_spans.py features")
    _, _, clean = TS.load()
    nlp = build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})
    parsed = E.parse_cached(nlp, [r["text"] for r in rows])
    feats: dict[int, np.ndarray] = {}

    def told(i: int, cause: tuple[int, int], effect: tuple[int, int]) -> np.ndarray:
        if i not in feats:
            feats[i] = piece_features(states[i], CONTEXT)
        marks = np.zeros((len(offsets[i]), 2), np.float32)
        for k, (a, b) in enumerate(offsets[i]):
            marks[k] = [b > a and cause[0] <= a and b <= cause[1], b > a and effect[0] <= a and b <= effect[1]]
        return np.hstack([feats[i], marks])

    def first(i: int) -> tuple[tuple[int, int], tuple[int, int]]:
        c = rows[i]["claims"][0]
        return (c["cause_start"], c["cause_end"]), (c["effect_start"], c["effect_end"])

    def examples(i: int) -> list[tuple[np.ndarray, np.ndarray]]:
        row, out = rows[i], []
        if row["claims"]:
            out.append((told(i, *first(i)), TS.labels_for(row["text"], _unmatched(row), offsets[i])))
        for k, pair in enumerate(row["pairs"]):
            cause, effect = (_found(row["text"], pair[role]) for role in ("cause", "effect"))
            others = row["pairs"][:k] + row["pairs"][k + 1 :]
            out.append((told(i, cause, effect), TS.labels_for(row["text"], others, offsets[i])))
        return out

    TS.HIDDEN = HIDDEN
    free: list[list[Candidate]] = [[] for _ in rows]
    unit: list[list[Candidate]] = [[] for _ in rows]
    for f, test in enumerate(E.folds(len(rows))):
        held = set(test.tolist())
        data = [ex for i in range(len(rows)) if i not in held and ids[i] in clean for ex in examples(i)]
        t0 = time.perf_counter()
        tagger = SpanTagger(TS.fit([x for x, _ in data], [y for _, y in data], seed=f), CONTEXT)
        print(f"fold {f}: {len(data)} examples, {time.perf_counter() - t0:.0f}s", file=sys.stderr)
        for i in test:
            if not rows[i]["claims"]:
                continue
            probs = tagger._mlp(tagger._normalised(told(i, *first(i))))
            pair = decode(probs, offsets[i])
            if not pair:
                continue
            score = min(pair["cause_score"], pair["effect_score"])
            free[i] = [_candidate(pair["cause"], pair["effect"], score)]
            chosen = parse_decoded(parsed[i][:], piece_scores(probs, offsets[i]), UNIT_BIAS)
            if chosen:
                unit[i] = [_candidate(chosen["cause"], chosen["effect"], score)]
    return free, unit


def _found(text: str, span: str) -> tuple[int, int]:
    """Where a gold span's text sits in the sentence ((-1, -1): nowhere, so no piece is marked)."""
    at = text.find(span)
    return (at, at + len(span)) if at >= 0 else (-1, -1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conditioned", action="store_true", help="also train and read the first-claim-told tagger")
    ap.add_argument("--reuse", action="store_true", help="the claims of the last causal_span_errors.py dump")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if not args.reuse:
        S.dump(S.DUMP)
    rows = [json.loads(line) for line in S.DUMP.read_text(encoding="utf-8").splitlines() if line]
    pieces = E.oof_roles([r["id"] for r in rows], piece_scores)
    sources: dict[str, list[list[Candidate]]] = {
        "runs": [run_candidates(pieces.get(r["id"]) or [], r["text"]) for r in rows]
    }
    if args.conditioned:
        sources["conditioned, free runs"], sources["conditioned, parse units"] = conditioned_candidates(rows)
    sc = E.scorer()
    result: dict[str, Any] = {
        "sentences": len(rows),
        "gold_pairs": sum(len(r["pairs"]) for r in rows),
        "second_pairs_missed": missed_second(rows),
        "sources": {},
    }
    for name, cands in sources.items():
        result["sources"][name] = {
            "by_floor": {str(f): counts(rows, cands, f) for f in FLOORS},
            "cv": nested_cv(rows, cands, sc),
        }
        print(name, json.dumps(result["sources"][name]["cv"]), file=sys.stderr)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
