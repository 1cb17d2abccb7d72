"""The event coder's errors on ConfliBERT TRAIN, listed and counted by class (issue 14, docs/events.md rule 33).

Usage:
    .venv/bin/python benchmarks/confli_errors.py [--part train] [--rules-only] [--list] [--out FILE]

Runs actor_resolver + event_coder over the leak-checked ``conflibert_ner_{part}`` and ``conflibert_class_{part}``
files (build/events/data; default ``train``: ConfliBERT test is the held-out report and is never listed) and
compares, per sentence, the gold pairs with the asserted events the way ``eval_events.py --conflibert`` does
(:func:`eval_events.span_pairs`, domestic pairs included). Every difference gets one class:

- ``direction``: the pair is predicted the other way round only (a missed and a spurious pair at once);
- ``suppressed``: the gold pair is coded, but negated or hypothetical;
- ``missed, reciprocal``: a missed pair whose gold is two Reciprocal spans;
- ``missed, no event``: a missed pair and the sentence has no asserted event at all;
- ``missed, other pair``: a missed pair where the sentence has asserted events for other pairs;
- ``spurious, off gold``: a predicted pair with an actor outside every gold span;
- ``spurious, gold actors``: a predicted pair of two gold-span actors that is not a gold pair;

and, per sentence, ``unresolved span``: a gold Source/Target/Reciprocal span without a coded actor mention
(its pairs are invisible to the scorer; ``benchmarks/actor_misses.py`` classifies those). On ``cameo_class``
a sentence whose asserted events do not include the gold five-way class is a ``quad`` disagreement, counted by
(gold class, predicted classes). ``--list`` prints each sentence with its mentions, gold and events, for reading
on train only; counts go to BENCHMARKS.md, never sentences.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_events as ev  # noqa: E402

QUAD_NAMES = ("statement/appeal", "verbal coop", "material coop", "verbal conflict", "material conflict")


def events_text(doc: Any) -> str:
    return "; ".join(
        f"{e['source']}->{e['target']} {e['cameo']} '{e['trigger']}'"
        + (" NEG" if e["negated"] else "")
        + (" HYP" if e["hypothetical"] else "")
        for e in doc._.events or []
    )


def mentions_text(doc: Any) -> str:
    spans = doc.spans["actors"] if "actors" in doc.spans else []
    return ", ".join(f"{m.text}={m.label_}" for m in spans if m.label_)


def pair_classes(row: dict[str, Any], doc: Any) -> list[tuple[str, tuple[str, str]]]:
    """(class, pair) for each gold pair missed and each predicted pair not in the gold of one ``cameo_ner`` row."""
    from detente.reference.actors import primary_code as primary

    gold, pred = ev.span_pairs(doc, row["spans"])
    coded = {(primary(e["source"]), primary(e["target"])) for e in doc._.events or []}
    mentions = [m for m in doc.spans["actors"] if m.label_] if "actors" in doc.spans else []

    def in_spans(code: str, kinds: str = "STR") -> bool:
        return any(
            primary(m.label_) == code and k in kinds and lo < m.end_char and m.start_char < hi
            for m in mentions
            for k, lo, hi in row["spans"]
        )

    out: list[tuple[str, tuple[str, str]]] = []
    for a, b in sorted(gold - pred):
        if (b, a) in pred and (b, a) not in gold:
            out.append(("direction", (a, b)))
        elif (a, b) in coded:
            out.append(("suppressed", (a, b)))
        elif in_spans(a, "R") and in_spans(b, "R") and not (in_spans(a, "S") and in_spans(b, "T")):
            out.append(("missed, reciprocal", (a, b)))
        elif not pred:
            out.append(("missed, no event", (a, b)))
        else:
            out.append(("missed, other pair", (a, b)))
    for a, b in sorted(pred - gold):
        if (b, a) in gold and (a, b) not in gold:
            continue  # counted once, as direction
        kind = "spurious, gold actors" if in_spans(a) and in_spans(b) else "spurious, off gold"
        out.append((kind, (a, b)))
    return out


def unresolved_spans(row: dict[str, Any], doc: Any) -> list[str]:
    spans = doc.spans["actors"] if "actors" in doc.spans else []
    return [
        f"{k}:{row['text'][lo:hi]}"
        for k, lo, hi in row["spans"]
        if not any(m.label_ and lo < m.end_char and m.start_char < hi for m in spans)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", default="train")
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.part != "train":
        print("only train is listed: ConfliBERT test is the held-out report", file=sys.stderr)
        return 2
    from detente.nlp.pipeline import make_doc

    nlp = ev.event_pipeline(args.rules_only)
    lines: list[str] = []
    tally: Counter[str] = Counter()
    rows = ev.load_jsonl(ev.CONFLIBERT / f"conflibert_ner_{args.part}.clean.jsonl")
    for row, doc in zip(rows, nlp.pipe(make_doc(nlp, r["text"]) for r in rows), strict=True):
        classes = pair_classes(row, doc)
        missing = unresolved_spans(row, doc)
        tally.update(kind for kind, _ in classes)
        tally.update(["unresolved span"] * len(missing))
        if classes or missing:
            spans = " | ".join(f"{k}:{row['text'][lo:hi]}" for k, lo, hi in row["spans"])
            lines += [
                f"- {row['text']}",
                f"    gold  {spans}",
                f"    ments {mentions_text(doc)}",
                f"    events {events_text(doc)}",
                f"    errors {classes} unresolved {missing}",
            ]
    quads: Counter[str] = Counter()
    by_root: dict[str, Counter[int]] = {}  # predicted root (sentences with one) -> gold classes
    rows = ev.load_jsonl(ev.CONFLIBERT / f"conflibert_class_{args.part}.clean.jsonl")
    for row, doc in zip(rows, nlp.pipe(make_doc(nlp, r["text"]) for r in rows), strict=True):
        asserted = [e for e in doc._.events or [] if not e["negated"] and not e["hypothetical"]]
        got = sorted({ev.quad5(e["cameo"]) for e in asserted})
        roots = {e["cameo"][:2] for e in asserted}
        if len(roots) == 1:
            by_root.setdefault(roots.pop(), Counter())[row["quad5"]] += 1
        if got and row["quad5"] not in got:
            key = f"gold {QUAD_NAMES[row['quad5']]} <- {'+'.join(QUAD_NAMES[q] for q in got)}"
            quads[key] += 1
            lines += [f"- [quad] {row['text']}", f"    {key}", f"    events {events_text(doc)}"]
    report = [f"{n:5d}  {k}" for k, n in tally.most_common()] + ["", "quad disagreements:"]
    report += [f"{n:5d}  {k}" for k, n in quads.most_common()]
    report += ["", "predicted root (one per sentence) -> gold classes " + " / ".join(QUAD_NAMES) + ":"]
    report += [f"  {root}: {[by_root[root][q] for q in range(5)]}" for root in sorted(by_root)]
    text = "\n".join(([*lines, ""] if args.list else []) + report) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
