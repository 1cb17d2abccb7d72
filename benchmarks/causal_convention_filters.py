"""Convention filters on causal claims, chosen leave-one-article-out on the seeds and costed on CNC (issue 13).

    .venv/bin/python benchmarks/causal_convention_filters.py [--news]

A filter drops claims of one class: purpose clauses taken as the cause ("to end the war", "in an effort to
..."), the span tagger's marker-less pairs on sentences under a probability floor, or a class read as wrong
under both conventions on the news (a reporting frame, a copula split, a time or place phrase as a side). The
seeds causal gold chooses among the candidates by leave-one-article-out (fit on four articles by the sum of
sentence and pair F1, score the fifth; "none" wins ties); every candidate is also scored on the CNC train
out-of-fold claims with the shipped settings (out-of-fold probabilities and tagger spans, as
``eval_causal.py cnc`` runs them, without the per-fold tuning), the cost a filter would pay there. ``--news``
lists the news excerpts' claims each filter would remove (no labels there).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_causal as E  # noqa: E402
from detente.api.ingest import document_rows, run_documents  # noqa: E402
from detente.nlp.pipeline import build_pipeline  # noqa: E402
from detente.paths import data_file  # noqa: E402

NEWS = ROOT.parent / "shared" / "corpus" / "news" / "news.jsonl"
PURPOSE = re.compile(
    r"^(in order (to|for|that)|so as to|so that|to |for |aim(ing|ed|s)? (to|at) |seek(ing|s)? to |"
    r"in an effort to |an effort to |in a bid to )",
    re.I,
)
COPULA = re.compile(r"^(is|are|was|were|has been|have been|had been|will be|would be)\b", re.I)
TIME_PLACE = re.compile(r"^(during|effective|amid|within|across|at|over|until|before)\b", re.I)

Claim = dict
Keep = Callable[[Claim, float], bool]


def is_tagger(c: Claim) -> bool:
    return str(c.get("signal") or "").startswith("tagger")


def reporting(words: set[str]) -> Callable[[Claim], bool]:
    """A side that opens on a reporting verb ("Posting late on ...", "In announcing the sanctions, ...")."""

    def said(word: str) -> bool:
        w = word.lower()
        return w in words or any(
            w.endswith(end) and (w[: -len(end)] in words or w[: -len(end)] + "e" in words)
            for end in ("ing", "ed", "es", "s", "d")
        )

    def test(c: Claim) -> bool:
        for side in (c.get("cause") or "", c.get("effect") or ""):
            ws = re.findall(r"[A-Za-z]+", side)[:2]
            if ws and (said(ws[0]) or (ws[0].lower() == "in" and len(ws) > 1 and said(ws[1]))):
                return True
        return False

    return test


def candidates(report: Callable[[Claim], bool]) -> dict[str, Keep]:
    out: dict[str, Keep] = {
        "none": lambda c, p: True,
        "purpose": lambda c, p: not PURPOSE.match(c.get("cause") or ""),
    }
    for t in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
        out[f"tagger floor {t}"] = lambda c, p, t=t: not (is_tagger(c) and p < t)
    out["report frame"] = lambda c, p: not report(c)
    out["copula split (tagger)"] = lambda c, p: (
        not (is_tagger(c) and any(COPULA.match(c.get(k) or "") for k in ("cause", "effect")))
    )
    out["time/place side (tagger)"] = lambda c, p: (
        not (is_tagger(c) and any(TIME_PLACE.match(c.get(k) or "") for k in ("cause", "effect")))
    )
    return out


def claims_with_probs(docs: list[dict]) -> list[tuple[Claim, float]]:
    """Each claim as ``detente code`` stores it (offsets into the input) with its sentence's probability."""
    nlp = build_pipeline()
    comp = nlp.get_pipe("causal_extractor")
    texts = {d["id"]: d["text"] for d in docs}
    out = []
    for p, parts in run_documents(docs, nlp):
        probs: dict[str, float] = {}
        for _, doc in parts:
            sents, _ = comp._scored_sentences(doc)
            probs.update(
                {" ".join(s.text.split()): float(x) for s, x in zip(sents, comp.sentence_probs(sents), strict=True)}
            )
        for c in document_rows(p, parts)["causal_claims"]:
            words = set(texts[p.id][c["start"] : c["end"]].split())
            # the stored sentence and the scored unit may differ at their edges: the unit sharing most words
            best = max(probs, key=lambda k: len(words & set(k.split())) / (len(words | set(k.split())) or 1))
            out.append(({**c, "id": p.id}, probs[best]))
    return out


def cnc_setup():
    """CNC train with the shipped settings, read out of fold: documents, gold, the extractor, the parsed sentences,
    the two-tier probabilities, and the tagger's spans, roles and pieces by sentence id (the caches of
    ``eval_causal.py cnc``; a clear stop when they are missing)."""
    from detente.nlp.causal_spans import piece_scores

    docs, gold = E.T.load_cnc()
    nlp = build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})
    comp = nlp.get_pipe("causal_extractor")
    shipped = E.Classifier.load()
    parsed = E.parse_cached(nlp, [d["text"] for d in docs])
    y = np.array([int(g["causal"]) for g in gold])
    linear = E.linear_oof(E.T.featurize(parsed), y, 5)
    deep = E.lora_oof(len(y))
    if deep is None or not E.SPAN_OOF.exists():
        raise SystemExit("needs results/cnc_lora_oof.json and build/cnc_span_oof.json (eval_causal.py cnc)")
    probs = E.two_tier(linear, deep, shipped.settings.ensemble)
    comp.classifier = shipped
    spans = json.loads(E.SPAN_OOF.read_text())
    ids = [d["id"] for d in docs]
    roles, pieces = E.oof_roles(ids), E.oof_roles(ids, piece_scores)
    return docs, gold, comp, parsed, probs, spans, ids, roles, pieces


def oof_claims(comp, doc, prob, spans, roles, pieces, sid) -> list[Claim]:
    """One CNC sentence's claims at its out-of-fold probability and tagger reading."""
    sents, claims = comp._scored_sentences(doc)
    tagged = E._tagged_for(doc, sents, spans.get(sid), roles.get(sid), pieces.get(sid))
    comp._annotate(doc, sents, [float(prob)] * len(sents), claims, tagged)
    return [dict(c) for c in doc._.causal]


# a sure sentence, short of ``actor_split_threshold`` (1.0: the actor split, off at every real probability)
SURE = 0.999


def marker_strings(node) -> list[str]:
    """Every string in a loaded YAML tree (the words and phrases of markers.yml's lists), lowercased."""
    if isinstance(node, str):
        return [node.lower()]
    if isinstance(node, dict):
        return [w for k, v in node.items() for w in [str(k).lower(), *marker_strings(v)]]
    if isinstance(node, list):
        return [w for v in node for w in marker_strings(v)]
    return []


@dataclasses.dataclass
class Missed:
    """One CNC train sentence CNC marks causal and the stage gives no claim for, read out of fold."""

    index: int
    sid: str
    doc: object
    prob: float
    text: str
    gold: dict
    markers: list  # the explicit marker pairs the cue reader finds, before any gate
    dropped: list[str]  # the shipped switches whose turning off brings a claim back
    sure: list[Claim]  # the claims at ``SURE``


@dataclasses.dataclass
class MissedRun:
    """What the false-negative readers share: the parsed options, the component and its settings, every marker-list
    string joined (to ask whether a cue word is held by a list), and the missed sentences one by one."""

    args: argparse.Namespace
    comp: object
    settings: object
    spans: dict
    listed: str
    sentences: Iterator[Missed]


def missed_sentences(description: str) -> MissedRun:
    """Parse ``--dump`` / ``--off``, set CNC train up out of fold (``cnc_setup``) with the named switches read off,
    and walk its false-negative sentences (the reading of ``causal_cv_missed_classes.py`` and
    ``causal_cv_recall_classes.py``)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--dump", help="write each missed sentence's reading as JSON lines here")
    ap.add_argument("--off", nargs="*", default=[], help="switches of classifier.json read off")
    args = ap.parse_args()
    docs, gold, comp, parsed, probs, spans, ids, roles, pieces = cnc_setup()
    settings = comp.classifier.settings
    for name in args.off:
        setattr(settings, name, False)
    listed = " ".join(marker_strings(yaml.safe_load(data_file("causal", "markers.yml").read_text(encoding="utf-8"))))
    switches = [
        f.name
        for f in dataclasses.fields(settings)
        if isinstance(getattr(settings, f.name), bool) and getattr(settings, f.name)
    ]
    texts = {d["id"]: d["text"] for d in docs}

    def walk() -> Iterator[Missed]:
        for i, doc in enumerate(parsed):
            if not gold[i]["causal"]:
                continue
            p = float(probs[i])
            if oof_claims(comp, doc, p, spans, roles, pieces, ids[i]):
                continue
            dropped = []
            for name in switches:
                setattr(settings, name, False)
                try:
                    if oof_claims(comp, doc, p, spans, roles, pieces, ids[i]):
                        dropped.append(name)
                finally:
                    setattr(settings, name, True)
            yield Missed(
                index=i,
                sid=ids[i],
                doc=doc,
                prob=p,
                text=texts[ids[i]],
                gold=gold[i],
                markers=[m for s in doc.sents for m in comp.extractor.extract(s)],
                dropped=dropped,
                sure=oof_claims(comp, doc, SURE, spans, roles, pieces, ids[i]),
            )

    return MissedRun(args=args, comp=comp, settings=settings, spans=spans, listed=listed, sentences=walk())


def write_dump(path: str | None, rows: list[dict]) -> None:
    """The per-sentence readings as JSON lines, for a hand check."""
    if path:
        Path(path).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def cnc_claims() -> tuple[list[tuple[str, float, list[Claim]]], list[dict], dict[str, str]]:
    """CNC train out-of-fold claims with the shipped settings: (id, probability, claims) per sentence."""
    docs, gold, comp, parsed, probs, spans, ids, roles, pieces = cnc_setup()
    rows = [
        (ids[i], float(probs[i]), oof_claims(comp, doc, probs[i], spans, roles, pieces, ids[i]))
        for i, doc in enumerate(parsed)
    ]
    return rows, gold, {d["id"]: d["text"] for d in docs}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news", action="store_true", help="list the news claims each filter removes")
    args = ap.parse_args()
    sc = E.scorer()
    markers = yaml.safe_load(data_file("causal", "markers.yml").read_text(encoding="utf-8"))
    report = reporting(set(markers["reporting_verbs"]))
    cands = candidates(report)

    seeds = E.seed_docs()
    texts = {d["id"]: d["text"] for d in seeds}
    gold = sc.load_jsonl(E.SHARED / "gold" / "causal.jsonl")
    claims = claims_with_probs(seeds)

    def seeds_score(name: str, ids: list[str]) -> dict:
        keep = cands[name]
        preds = [{"id": i, "causal": [c for c, p in claims if c["id"] == i and keep(c, p)]} for i in ids]
        return sc.score_causal([g for g in gold if g["doc"] in ids], {i: texts[i] for i in ids}, preds)

    articles = sorted(texts)
    counts = {"none": np.zeros(6, int), "chosen": np.zeros(6, int)}
    print("leave-one-article-out on the seeds causal gold (fit on 4 by sentence F1 + pair F1, score the 5th)")
    for held in articles:
        train = [a for a in articles if a != held]

        def fit(name: str, train: list[str] = train) -> tuple[float, bool]:
            r = seeds_score(name, train)
            return round(r["sentence"]["f1"] + r["pair"]["f1"], 6), name == "none"

        best = max(cands, key=fit)
        print(f"  held out {held}: chosen {best}")
        for key, name in (("none", "none"), ("chosen", best)):
            r = seeds_score(name, [held])
            counts[key] += [r[part][k] for part in ("sentence", "pair") for k in ("tp", "fp", "fn")]

    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    for key, v in counts.items():
        print(f"  out of fold, {key}: sentence F1 {f1(*v[:3]):.4f} {v[:3].tolist()} pair F1 {f1(*v[3:]):.4f}")

    rows, cnc_gold, cnc_texts = cnc_claims()
    print("\nevery candidate: seeds (all 5) and CNC train out-of-fold (shipped settings), sentence / pair F1")
    for name, keep in cands.items():
        s = seeds_score(name, articles)
        preds = [{"id": i, "events": [], "causal": [c for c in cs if keep(c, p)]} for i, p, cs in rows]
        r = sc.score_causal(cnc_gold, cnc_texts, preds)
        print(
            f"  {name:26} seeds {s['sentence']['f1']:.4f} / {s['pair']['f1']:.4f}"
            f"   CNC {r['sentence']['f1']:.4f} / {r['pair']['f1']:.4f}"
        )
    if args.news:
        docs = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
        news = claims_with_probs([{"id": d["id"], "text": d["text"]} for d in docs])
        print(f"\nnews excerpts: {len(news)} claims; removed by each candidate")
        for name, keep in cands.items():
            gone = [c for c, p in news if not keep(c, p)]
            print(f"  {name:26} {len(gone)}")
            for c in gone if name in ("report frame", "copula split (tagger)", "time/place side (tagger)") else []:
                print(f"      {c['id']} C: {c['cause']!r}  E: {c['effect']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
