"""Train the cause/effect span tagger (``src/detente/data/causal/span_tagger.npz``) on CNC train spans.

    .venv/bin/python benchmarks/train_causal_spans.py features   # encode CNC train once -> build/ (~2 min)
    .venv/bin/python benchmarks/train_causal_spans.py cv         # 5-fold out-of-fold spans -> build/
    .venv/bin/python benchmarks/train_causal_spans.py train      # all clean train sentences -> span_tagger_wide.npz
    .venv/bin/python benchmarks/train_causal_spans.py cv --name s1000 --seed-offset 1000   # a variant (round 66)
    .venv/bin/python benchmarks/train_causal_spans.py average --name m3 - s1000 s2000      # mean of cv runs
    .venv/bin/python benchmarks/train_causal_spans.py inner --name w15 --weights 1 1.5 1.5  # chosen per fold (round 67)

Token states come from the same adapted MiniLM encoder the causal scorer runs (``nlp/minilm.py``), so at
run time one pass serves both. Training data: the CNC train sentences that ``../shared/eval/leakcheck.py``
keeps (36 of 3,075 share an 8-word window with evaluation texts and are dropped) and that have spans.
Folds are ``eval_causal.folds(3075)`` (``RandomState(0)``), the folds of the LoRA tier's out-of-fold
probabilities, so a CV sentence is never scored by a tagger or a scorer that saw it. Pure numpy: Adam on a
one-hidden-layer MLP, fixed epochs (no early stopping on test folds).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BUILD = ROOT / "build"
STATES = BUILD / "cnc_span_states.npz"
OOF = BUILD / "cnc_span_oof.json"
OOF_PROBS = BUILD / "cnc_span_oof_probs.npz"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from detente.nlp.causal_extractor import CAUSAL_DIR, MINILM_FILE  # noqa: E402
from detente.nlp.causal_spans import (  # noqa: E402
    TAGGER_FILE,
    WIDE_TAGGER_FILE,
    SpanTagger,
    decode,
    piece_features,
)

# piece_features' context (round 19; "near" before: first pairs matched 0.374 -> 0.434 out of fold); ``train``
# writes span_tagger.npz for "near", span_tagger_wide.npz for "wide" (classifier.json's ``span_tagger`` picks one)
CONTEXT = "wide"
HIDDEN = 128
EPOCHS = 8
LR = 1e-3
BATCH = 256
L2 = 1e-4
MEMBERS = 1  # MLPs of different seeds whose probabilities the shipped tagger averages (round 66)


def load() -> tuple[list[dict], list[dict], set[str]]:
    """CNC train docs and gold rows in order, and the ids leakcheck keeps."""
    from train_causal import load_cnc

    docs, gold = load_cnc()
    clean_file = BUILD / "cnc_train_gold_clean.jsonl"
    if not clean_file.exists():
        BUILD.mkdir(exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "eval" / "leakcheck.py"),
                str(SHARED / "eval" / "cnc" / "train.gold.jsonl"),
                "--drop",
                str(clean_file),
            ],
            check=False,  # exits 1 when it dropped lines; the clean file is what counts
        )
        if not clean_file.exists():
            raise SystemExit(f"leakcheck wrote no {clean_file}")
    clean = {json.loads(line)["id"] for line in clean_file.read_text(encoding="utf-8").splitlines() if line}
    return docs, gold, clean


def labels_for(text: str, pairs: list[dict], offsets: list[tuple[int, int]]) -> np.ndarray:
    """0/1/2 (O/C/E) per word piece: a piece inside a gold cause (effect) span of any pair is C (E)."""
    y = np.zeros(len(offsets), dtype=np.int64)
    for pair in pairs:
        for k, role in ((1, "cause"), (2, "effect")):
            at = text.find(pair[role])
            if at < 0:
                continue
            lo, hi = at, at + len(pair[role])
            for i, (a, b) in enumerate(offsets):
                if b > a and a >= lo and b <= hi and y[i] == 0:
                    y[i] = k
    return y


def features() -> None:
    from detente.nlp.minilm import MiniLM, encode_texts

    docs, gold, _ = load()
    model = MiniLM.load(CAUSAL_DIR / MINILM_FILE)
    t0 = time.perf_counter()
    enc = encode_texts(model, [d["text"] for d in docs])
    print(f"encoded {len(docs)} sentences in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    BUILD.mkdir(exist_ok=True)
    save_states(STATES, docs, gold, enc)


def save_states(path: Path, docs: list[dict], gold: list[dict], enc: list) -> None:
    """The CNC train sentences' word-piece states (float16), their lengths, O/C/E labels, offsets and ids, as the
    taggers' training reads them (``read_states``); the int8 and fewer-layer measurements write theirs the same way."""
    labels = np.concatenate(
        [labels_for(d["text"], g["pairs"], e.offsets) for d, g, e in zip(docs, gold, enc, strict=True)]
    )
    np.savez(
        path,
        states=np.concatenate([e.states for e in enc]).astype(np.float16),
        lengths=np.array([len(e.offsets) for e in enc]),
        labels=labels,
        offsets=np.array([o for e in enc for o in e.offsets]),
        ids=np.array([d["id"] for d in docs]),
    )


def read_states() -> tuple[list[np.ndarray], list[np.ndarray], list[list[tuple[int, int]]], list[str]]:
    z = np.load(STATES)
    cuts = np.cumsum(z["lengths"])[:-1]
    states = np.split(z["states"].astype(np.float32), cuts)
    labels = np.split(z["labels"], cuts)
    offsets = [[tuple(map(int, o)) for o in part] for part in np.split(z["offsets"], cuts)]
    return states, labels, offsets, [str(i) for i in z["ids"]]


def fit(
    feats: list[np.ndarray],
    labels: list[np.ndarray],
    seed: int = 0,
    hyper: dict | None = None,
    members: int = 1,
) -> dict[str, np.ndarray]:
    """Adam on softmax cross-entropy over the pieces of the given sentences ([CLS]/[SEP] left out). ``hyper``
    overrides ``HIDDEN`` / ``EPOCHS`` / ``LR`` / ``L2`` (keys "hidden", "epochs", "lr", "l2") and may give
    "weights", a loss weight per label O/C/E. ``members`` > 1 (round 66): that many MLPs, seeds ``seed``,
    ``seed + 1000``, ..., on the same normalised features, their weights stacked on a first axis (the file
    format ``SpanTagger`` averages the probabilities of); member 0 is the one-MLP fit of ``seed``."""
    x = np.concatenate([f[1:-1] for f in feats])
    y = np.concatenate([lab[1:-1] for lab in labels])
    mu, sd = x.mean(0), x.std(0) + 1e-4
    x = (x - mu) / sd
    fits = [_fit_one(x, y, seed + 1000 * m, dict(hyper or {})) for m in range(members)]
    if members == 1:
        params = fits[0]
    else:
        params = {k: np.stack([f[k] for f in fits]) for k in fits[0]}
    params.update({"mu": mu.astype(np.float32), "sd": sd.astype(np.float32)})
    return params


def _fit_one(x: np.ndarray, y: np.ndarray, seed: int, hyper: dict) -> dict[str, np.ndarray]:
    """One MLP on normalised features ``x`` and labels ``y`` (``fit``)."""
    hidden, epochs = int(hyper.get("hidden", HIDDEN)), int(hyper.get("epochs", EPOCHS))
    lr, l2 = float(hyper.get("lr", LR)), float(hyper.get("l2", L2))
    weights = np.asarray(hyper.get("weights", (1.0, 1.0, 1.0)), np.float32)
    weighted = bool((weights != 1.0).any())
    rng = np.random.RandomState(seed)
    d = x.shape[1]
    params = {
        "w1": rng.normal(0, np.sqrt(2.0 / d), (d, hidden)).astype(np.float32),
        "b1": np.zeros(hidden, np.float32),
        "w2": rng.normal(0, np.sqrt(1.0 / hidden), (hidden, 3)).astype(np.float32),
        "b2": np.zeros(3, np.float32),
    }
    m = {k: np.zeros_like(v) for k, v in params.items()}
    v2 = {k: np.zeros_like(v) for k, v in params.items()}
    step = 0
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for s in range(0, len(order), BATCH):
            idx = order[s : s + BATCH]
            xb, yb = x[idx], y[idx]
            h_pre = xb @ params["w1"] + params["b1"]
            h = np.maximum(h_pre, 0)
            z = h @ params["w2"] + params["b2"]
            z -= z.max(1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(1, keepdims=True)
            g = p.copy()
            g[np.arange(len(yb)), yb] -= 1
            g /= len(yb)
            if weighted:
                g *= weights[yb][:, None]
            grads = {"w2": h.T @ g + l2 * params["w2"], "b2": g.sum(0)}
            gh = (g @ params["w2"].T) * (h_pre > 0)
            grads["w1"] = xb.T @ gh + l2 * params["w1"]
            grads["b1"] = gh.sum(0)
            step += 1
            for k in params:
                m[k] = 0.9 * m[k] + 0.1 * grads[k]
                v2[k] = 0.999 * v2[k] + 0.001 * grads[k] ** 2
                mh = m[k] / (1 - 0.9**step)
                vh = v2[k] / (1 - 0.999**step)
                params[k] -= (lr * mh / (np.sqrt(vh) + 1e-8)).astype(np.float32)
    return params


def split_members(params: dict[str, np.ndarray]) -> list[dict[str, np.ndarray]]:
    """The one-MLP parameters of each member of a stacked ``fit`` (shared ``mu`` / ``sd``)."""
    shared = {k: params[k] for k in ("mu", "sd")}
    return [{k: params[k][m] for k in ("w1", "b1", "w2", "b2")} | shared for m in range(len(params["w1"]))]


def trainable(gold_pairs: list[int], ids: list[str], clean: set[str]) -> np.ndarray:
    return np.array([i for i, sid in enumerate(ids) if sid in clean and gold_pairs[i] > 0])


def cv(name: str = "", members: int = 1, hyper: dict | None = None, seed_offset: int = 0) -> None:
    """Out-of-fold spans and piece probabilities of each CNC train sentence: build/cnc_span_oof.json and
    cnc_span_oof_probs.npz, or with ``name`` cnc_span_oof_<name>.json / cnc_span_oof_probs_<name>.npz (a variant
    beside the shipped reading: ``eval_causal.py``'s ``SPAN_VARIANTS``). ``members``/``hyper``: as ``fit``; with
    several members their own probabilities go to cnc_span_oof_members_<name>.npz too (averages of fewer).
    Fold f's seed is f + ``seed_offset`` (``--seed-offset 1000``: member 1 of an ensemble alone)."""
    from eval_causal import folds

    docs, gold, clean = load()
    states, labels, offsets, ids = read_states()
    feats = [piece_features(s, CONTEXT) for s in states]
    n_pairs = [len(g["pairs"]) for g in gold]
    ok = set(trainable(n_pairs, ids, clean).tolist())
    out: dict[str, dict] = {}
    piece_probs: list[np.ndarray] = [np.zeros((0, 3))] * len(docs)
    member_probs: list[np.ndarray] = [np.zeros((members, 0, 3))] * len(docs)
    for f, test in enumerate(folds(len(docs))):
        train = [i for i in range(len(docs)) if i in ok and i not in set(test.tolist())]
        t0 = time.perf_counter()
        params = fit(
            [feats[i] for i in train], [labels[i] for i in train], seed=f + seed_offset, hyper=hyper, members=members
        )
        tagger = SpanTagger(params, CONTEXT)
        singles = [SpanTagger(p, CONTEXT) for p in split_members(params)] if members > 1 else [tagger]
        for i in test:
            piece_probs[i] = tagger.probs(states[i])
            member_probs[i] = np.stack([t.probs(states[i]) for t in singles])
            spans = decode(piece_probs[i], offsets[i])
            out[ids[i]] = spans or {}
        print(f"fold {f}: {len(train)} train sentences, {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    tail = f"_{name}" if name else ""
    (BUILD / f"cnc_span_oof{tail}.json").write_text(json.dumps(out))
    # the per-piece probabilities too, so decoders can be compared without refitting
    np.savez_compressed(
        BUILD / f"cnc_span_oof_probs{tail}.npz",
        probs=np.concatenate(piece_probs).astype(np.float32),
        lengths=[len(p) for p in piece_probs],
    )
    if members > 1:
        np.savez_compressed(
            BUILD / f"cnc_span_oof_members{tail}.npz",
            probs=np.concatenate(member_probs, axis=1).astype(np.float32),
            lengths=[len(p) for p in piece_probs],
        )
    # span quality on the gold pairs alone (the component's pair F1 is in eval_causal.py cnc)
    hit, tot = first_pairs(docs, gold, out, list(range(len(docs))))
    print(json.dumps({"causal_sentences": tot, "first_pair_matched": hit, "rate": round(hit / tot, 4)}))


def first_pairs(docs: list[dict], gold: list[dict], spans: dict[str, dict], rows: list[int]) -> tuple[int, int]:
    """``cv``'s measure over ``rows``: causal sentences whose decoded pair matches a gold pair (token Jaccard >= 0.5
    on both sides), and how many causal sentences there are."""
    from eval_causal import scorer

    jac = scorer().jaccard
    hit = tot = 0
    for i in rows:
        d, g = docs[i], gold[i]
        if not g["pairs"]:
            continue
        tot += 1
        s = spans.get(d["id"]) or {}
        if s:
            cause, effect = d["text"][slice(*s["cause"])], d["text"][slice(*s["effect"])]
            hit += any(min(jac(cause, p["cause"]), jac(effect, p["effect"])) >= 0.5 for p in g["pairs"])
    return hit, tot


def pick(scores: dict[str, int]) -> str:
    """The grid entry with the highest inner score; on a tie the earliest (the shipped choice comes first)."""
    names = list(scores)
    return max(names, key=lambda k: (scores[k], -names.index(k)))


def inner(name: str, grid: dict[str, dict], only: list[int] | None = None) -> None:
    """Round 67: a training choice of the wide tagger picked per outer fold by an inner hold-out on that fold's
    training folds only. For outer fold f, the next fold ((f + 1) mod 5) is held out of its training part, each
    ``grid`` entry (a ``fit`` ``hyper``) is fitted on the other three with seed f and scored by ``cv``'s measure
    (first gold pair matched) on the held-out fold, and the best entry (the first, the shipped one, on a tie) is
    fitted on all four training folds and read on fold f. Folds that keep the first entry reuse the shipped
    reading (build/cnc_span_oof_probs.npz: the same fit). Writes build/cnc_span_inner_<name>_f<f>.json per fold
    (scores, choice) and, once every fold has one, cnc_span_oof_<name>.json / cnc_span_oof_probs_<name>.npz."""
    from eval_causal import folds

    docs, gold, clean = load()
    states, labels, offsets, ids = read_states()
    feats = [piece_features(s, CONTEXT) for s in states]
    ok = set(trainable([len(g["pairs"]) for g in gold], ids, clean).tolist())
    parts = folds(len(docs))
    names = list(grid)
    for f in only if only is not None else range(len(parts)):
        record = BUILD / f"cnc_span_inner_{name}_f{f}.json"
        if record.exists():
            continue
        held = set(parts[(f + 1) % len(parts)].tolist())
        outer = set(parts[f].tolist())
        fit_rows = [i for i in range(len(docs)) if i in ok and i not in outer and i not in held]
        scores = {}
        for key in names:
            t0 = time.perf_counter()
            # one inner score per fold and training choice, kept for the next grid (the shipped entry is in each)
            digest = hashlib.sha1(json.dumps(grid[key], sort_keys=True).encode()).hexdigest()[:12]
            cache = BUILD / f"cnc_span_inner_score_f{f}_{digest}.json"
            if cache.exists():
                scores[key] = json.loads(cache.read_text())["score"]
                continue
            tagger = SpanTagger(fit([feats[i] for i in fit_rows], [labels[i] for i in fit_rows], f, grid[key]), CONTEXT)
            spans = {ids[i]: decode(tagger.probs(states[i]), offsets[i]) or {} for i in sorted(held)}
            scores[key] = first_pairs(docs, gold, spans, sorted(held))[0]
            cache.write_text(json.dumps({"fold": f, "hyper": grid[key], "score": scores[key]}))
            print(f"fold {f} inner {key}: {scores[key]} ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
        chosen = pick(scores)
        out: dict = {"fold": f, "held_out_fold": (f + 1) % len(parts), "scores": scores, "chosen": chosen}
        if chosen != names[0]:
            train_rows = [i for i in range(len(docs)) if i in ok and i not in outer]
            params = fit([feats[i] for i in train_rows], [labels[i] for i in train_rows], f, grid[chosen])
            tagger = SpanTagger(params, CONTEXT)
            probs = {ids[i]: tagger.probs(states[i]) for i in parts[f]}
            np.savez_compressed(BUILD / f"cnc_span_inner_{name}_f{f}.npz", **probs)
        record.write_text(json.dumps(out))
        print(json.dumps(out))
    records = [BUILD / f"cnc_span_inner_{name}_f{f}.json" for f in range(len(parts))]
    if not all(r.exists() for r in records):
        return
    z = np.load(OOF_PROBS)
    base = np.split(z["probs"], np.cumsum(z["lengths"])[:-1])
    piece_probs = dict(zip(ids, base, strict=True))
    for f, r in enumerate(records):
        if json.loads(r.read_text())["chosen"] != names[0]:
            piece_probs.update(dict(np.load(BUILD / f"cnc_span_inner_{name}_f{f}.npz")))
    out_spans = {
        sid: (decode(piece_probs[sid], off) or {}) if len(piece_probs[sid]) else {}
        for sid, off in zip(ids, offsets, strict=True)
    }
    (BUILD / f"cnc_span_oof_{name}.json").write_text(json.dumps(out_spans))
    probs = [piece_probs[sid] for sid in ids]
    np.savez_compressed(
        BUILD / f"cnc_span_oof_probs_{name}.npz",
        probs=np.concatenate(probs).astype(np.float32),
        lengths=[len(p) for p in probs],
    )
    hit, tot = first_pairs(docs, gold, out_spans, list(range(len(docs))))
    print(json.dumps({"causal_sentences": tot, "first_pair_matched": hit, "rate": round(hit / tot, 4)}))


def average(name: str, sources: list[str]) -> None:
    """The mean of the out-of-fold piece probabilities of several ``cv`` runs (``sources``: their ``--name``s,
    "-" for the unnamed, shipped reading), decoded as ``cv`` decodes, written as ``cv --name name`` would:
    ``cv --members 3`` is the mean of the runs of ``--seed-offset`` 0, 1000 and 2000, without refitting them."""
    _, _, offsets, ids = read_states()
    runs = []
    for src in sources:
        z = np.load(BUILD / ("cnc_span_oof_probs.npz" if src == "-" else f"cnc_span_oof_probs_{src}.npz"))
        runs.append((z["probs"], z["lengths"]))
    if any(not np.array_equal(lengths, runs[0][1]) for _, lengths in runs):
        raise SystemExit("the runs' piece counts differ")
    probs = np.mean([p for p, _ in runs], axis=0).astype(np.float32)
    parts = np.split(probs, np.cumsum(runs[0][1])[:-1])
    out = {sid: (decode(p, off) or {}) if len(p) else {} for sid, p, off in zip(ids, parts, offsets, strict=True)}
    (BUILD / f"cnc_span_oof_{name}.json").write_text(json.dumps(out))
    np.savez_compressed(BUILD / f"cnc_span_oof_probs_{name}.npz", probs=probs, lengths=runs[0][1])


def train(members: int = MEMBERS) -> None:
    docs, gold, clean = load()
    states, labels, _, ids = read_states()
    rows = trainable([len(g["pairs"]) for g in gold], ids, clean)
    params = fit([piece_features(states[i], CONTEXT) for i in rows], [labels[i] for i in rows], members=members)
    meta = {
        "sentences": len(rows),
        "context": CONTEXT,
        "members": members,
        "seeds": [1000 * m for m in range(members)],
        "hidden": HIDDEN,
        "epochs": EPOCHS,
        "lr": LR,
        "l2": L2,
        "dropped_by_leakcheck": len(docs) - len(clean),
    }
    np.savez_compressed(
        CAUSAL_DIR / (TAGGER_FILE if CONTEXT == "near" else WIDE_TAGGER_FILE),
        **{k: v.astype(np.float16) for k, v in params.items()},
        meta=np.array(json.dumps(meta)),
    )
    print(json.dumps(meta))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["features", "cv", "train", "average", "inner"])
    ap.add_argument("sources", nargs="*", help="average: the cv runs' --name ('-': the unnamed one)")
    ap.add_argument("--name", default="", help="cv: write build/cnc_span_oof_<name>.json etc. (a variant)")
    ap.add_argument("--members", type=int, default=None, help=f"MLPs averaged (default {MEMBERS})")
    ap.add_argument("--seed-offset", type=int, default=0, help="cv: fold f's seed is f + this")
    ap.add_argument("--hidden", type=int, default=HIDDEN)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--lr", type=float, default=LR)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--weights", type=float, nargs=3, default=None, metavar=("O", "C", "E"), help="loss weights")
    ap.add_argument("--folds", type=int, nargs="*", default=None, help="inner: these outer folds only (resumable)")
    args = ap.parse_intermixed_args()
    hyper = {"hidden": args.hidden, "epochs": args.epochs, "lr": args.lr, "l2": args.l2}
    if args.weights:
        hyper["weights"] = args.weights
    if args.what == "cv":
        cv(args.name, args.members or 1, hyper, args.seed_offset)
    elif args.what == "inner":
        shipped = {"hidden": HIDDEN, "epochs": EPOCHS, "lr": LR, "l2": L2}
        inner(args.name or "inner", {"shipped": shipped, "variant": hyper}, args.folds)
    elif args.what == "average":
        average(args.name, args.sources)
    elif args.what == "train":
        train(args.members or MEMBERS)
    else:
        features()
    return 0


if __name__ == "__main__":
    sys.exit(main())
