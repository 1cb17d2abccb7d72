"""The span tagger's marker-less claims on CNC train, counted by the shape of their sentence (issue 13, round 31).

    .venv/bin/python benchmarks/causal_markerless_classes.py [--out FILE]

Runs the component over every CNC train sentence with out-of-fold probabilities and tagger readings at
classifier.json's settings as they were before round 31 (no linking gate, the sequence gate at 0.7: what the classes
were read on), as ``eval_causal.py cnc`` does, keeps the claims whose ``signal`` is the bare
"tagger", and counts, per class of sentence or side, how many such claims there are, how many sit on a sentence CNC
calls causal and how many match a gold pair (``score.py``'s Jaccard >= 0.5 on both sides). For each class it also
scores the out-of-fold output with the class's claims dropped under a probability chosen per fold on the other four
folds (0: no cut), as a first look at a gate before it is built into the component. CNC dev is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Span

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_causal as E  # noqa: E402
import train_causal as T  # noqa: E402
from detente.nlp.causal_markers import MarkerLexicon  # noqa: E402
from detente.nlp.causal_scorer import Classifier  # noqa: E402
from detente.nlp.causal_spans import piece_scores  # noqa: E402
from detente.nlp.pipeline import build_pipeline  # noqa: E402

CUTS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
_ARGUMENTS = {"dobj", "attr", "oprd", "dative"}


def _under(span: Span, deps: set[str], heads: set[int]) -> bool:
    return span.root.dep_ in deps and span.root.head.i in heads


def _reported(span: Span, lex: MarkerLexicon) -> bool:
    return any(a.dep_ == "ccomp" and a.head.lemma_ in lex.reporting_verbs for a in [span.root, *span.root.ancestors])


def classes(lex: MarkerLexicon) -> dict[str, Callable[[Span, Span, float], bool]]:
    """Each class as a test on (cause, effect, probability)."""
    words = {" ".join(p) for index in (lex.connectives, lex.purpose, lex.forward) for ps in index.values() for p in ps}
    words |= set(lex.subordinators) | set(lex.conditionals) | {"after", "following"}

    def no_marker(c: Span, e: Span, p: float) -> bool:
        text = f" {c.sent.text.lower()} "
        verbs = {t.lemma_ for t in c.sent if t.pos_ == "VERB"}
        return not any(f" {w} " in text for w in words) and not verbs & set(lex.verbs)

    def links(c: Span, e: Span, p: float) -> bool:
        return c.sent.root.lemma_.lower() in lex.linking_verbs

    return {
        "sentence holds no word of the marker lexicon": no_marker,
        "main verb is a reporting verb": lambda c, e, p: c.sent.root.lemma_ in lex.reporting_verbs,
        "both sides in a reported clause": lambda c, e, p: _reported(c, lex) and _reported(e, lex),
        "cause is the object of the effect's verb": lambda c, e, p: _under(c, _ARGUMENTS, {t.i for t in e}),
        "effect is the object of the cause's verb": lambda c, e, p: _under(e, _ARGUMENTS, {t.i for t in c}),
        "effect holds no verb": lambda c, e, p: not any(t.pos_ in ("VERB", "AUX") for t in e),
        "main verb only links": links,
        "main verb only links, probability under 0.6": lambda c, e, p: links(c, e, p) and p < 0.6,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    docs, gold = T.load_cnc()
    nlp = build_pipeline(stages=("causal_extractor",), config={"causal_extractor": {"scorer": "linear"}})
    comp = nlp.get_pipe("causal_extractor")
    comp.classifier = shipped = Classifier.load()
    shipped.settings.linking_tag_min_prob, shipped.settings.sequence_sure_min_prob = 0.0, 0.7  # round 27's settings
    parsed = E.parse_cached(nlp, [d["text"] for d in docs])
    y = np.array([int(g["causal"]) for g in gold])
    deep = E.lora_oof(len(y))
    if deep is None or not E.SPAN_OOF.exists():
        raise SystemExit("needs the out-of-fold caches of eval_causal.py cnc (benchmarks/results, build/)")
    probs = E.two_tier(E.linear_oof(T.featurize(parsed), y, 5), deep, shipped.settings.ensemble)
    ids = [d["id"] for d in docs]
    spans = json.loads(E.SPAN_OOF.read_text())
    roles = E.oof_roles(ids, probs_file=E.SPAN_OOF_PROBS_NEAR)  # classifier.json's role tagger: the near one
    pieces = E.oof_roles(ids, piece_scores)
    sc = E.scorer()
    texts = {d["id"]: d["text"] for d in docs}
    tests = classes(comp.lexicon)
    rows: list[dict[str, Any]] = []
    flagged: dict[str, list[set[int]]] = {name: [] for name in tests}
    counts = {name: [0, 0, 0] for name in ["(all)", *tests]}
    for i, doc in enumerate(parsed):
        sents, claims = comp._scored_sentences(doc)
        tagged = E._tagged_for(doc, sents, spans.get(ids[i]), roles.get(ids[i]), pieces.get(ids[i]))
        comp._annotate(doc, sents, [float(probs[i])] * len(sents), claims, tagged)
        found = [dict(c) for c in doc._.causal]
        rows.append({"id": ids[i], "events": [], "causal": found})
        marks = {name: set() for name in tests}
        for k, claim in enumerate(found):
            cause = doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
            effect = doc.char_span(claim["effect_start"], claim["effect_end"], alignment_mode="expand")
            if claim.get("signal") != "tagger" or cause is None or effect is None:
                continue
            matched = any(
                min(sc.jaccard(claim["cause"], g["cause"]), sc.jaccard(claim["effect"], g["effect"])) >= 0.5
                for g in gold[i]["pairs"]
            )
            for name in ["(all)", *(n for n, test in tests.items() if test(cause, effect, float(probs[i])))]:
                counts[name][0] += 1
                counts[name][1] += int(y[i])
                counts[name][2] += int(matched)
                if name in marks:
                    marks[name].add(k)
        for name in tests:
            flagged[name].append(marks[name])

    def cut(name: str, below: float) -> list[dict[str, Any]]:
        return [
            {**row, "causal": [c for k, c in enumerate(row["causal"]) if not (k in marks and probs[i] < below)]}
            for i, (row, marks) in enumerate(zip(rows, flagged[name], strict=True))
        ]

    result: dict[str, Any] = {}
    for name, (n, causal, matched) in counts.items():
        entry: dict[str, Any] = {"claims": n, "on_causal": round(causal / n, 2), "matched": round(matched / n, 2)}
        if name in tests:
            outputs = {below: cut(name, below) for below in CUTS}
            chosen, final = [], []
            for test in E.folds(len(docs)):
                train = np.setdiff1d(np.arange(len(docs)), test)

                def quality(below: float, train: np.ndarray = train, outputs: dict = outputs) -> float:
                    r = sc.score_causal([gold[j] for j in train], texts, [outputs[below][j] for j in train])
                    return (r["sentence"]["f1"] + r["pair"]["f1"]) / 2

                best = max(CUTS, key=quality)
                chosen.append(best)
                final.extend(outputs[best][j] for j in test)
            order = np.concatenate(E.folds(len(docs)))
            scored = sc.score_causal([gold[j] for j in order], texts, final)
            entry |= {"cut_chosen_by_fold": chosen, "cv": [scored["sentence"]["f1"], scored["pair"]["f1"]]}
        result[name] = entry
    base = sc.score_causal(gold, texts, rows)
    result["no cut, all folds"] = [base["sentence"]["f1"], base["pair"]["f1"]]
    out = json.dumps(result, indent=1)
    if args.out:
        args.out.write_text(out + "\n")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
