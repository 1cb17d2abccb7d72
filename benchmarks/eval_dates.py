"""Score detente's event dates against the dated seeds gold (tests/fixtures/seeds_event_dates.json).

Usage:
    .venv/bin/python benchmarks/eval_dates.py [--pred PRED.jsonl] [--json] [--show]

Without ``--pred`` the five seed articles (../shared/corpus/seeds) are coded as ``detente code`` codes them
(``detente.api.code_documents``: cleaning, the publication date the text states, offsets into the text
given); with it, a ``detente code`` output file is scored as it is (an older version's too: its ``date``
field is read as a label). Each predicted event is placed in the gold sentence it overlaps most (as
``../shared/eval/score.py`` does) and compared with the gold event of the same (source, target, CAMEO
root), actors on their primary code; a prediction that matches no gold event is held to the sentence's
date where the fixture gives one, else not judged.

Figures (docs/dates.md):

- ``exact``: the same label, or no date on both sides (gold "background" or "undated");
- ``same month``: the same month (a day or a week inside one month counts as that month; a date coarser
  than a month is its own label: "2025" is right only as "2025");
- ``unsupported``: a date the text does not support: a date for an event the text leaves undated, or a
  period that does not cover the text's (a wrong period, or a day or month where the text gives a year);
- ``background``: of the gold background events, how many detente leaves undated;
- ``dated_gold_same_month``: the right month among the matched events whose gold has a date (four of the
  five seed articles state no publication date, so many current events are rightly undated on both sides).

Target (issue 14): >= 90% of matched events in the right month, 0 unsupported.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from detente.nlp.dates import bounds

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURE = ROOT / "tests" / "fixtures" / "seeds_event_dates.json"
NO_DATE = ("background", "undated")


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def seed_docs(shared: Path = SHARED) -> list[dict[str, Any]]:
    """The five seed articles: id = file name, text = file content (as the shared scorer reads them)."""
    return [
        {"id": p.name, "text": p.read_text(encoding="utf-8")}
        for p in sorted((shared / "corpus" / "seeds").glob("*.txt"))
    ]


def _scorer(shared: Path) -> Any:
    sys.path.insert(0, str(shared / "eval"))
    import score  # type: ignore[import-not-found]

    return score


def _span(label: str | None) -> tuple[date, date] | None:
    """The period of a label or of an interval ``A/B`` of two labels."""
    if not label or label in NO_DATE:
        return None
    if "/" in label:
        first, last = (bounds(part) for part in label.split("/", 1))
        return (first[0], last[1]) if first and last else None
    return bounds(label)


def month_of(label: str | None) -> str:
    """The month a date names ("none" for no date; a date coarser than a month is its own label)."""
    span = _span(label)
    if span is None:
        return "none"
    start, end = span
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.year}-{start.month:02d}"
    return str(label)


def supported(pred: str | None, gold: str | None) -> bool:
    """A predicted date is supported when the gold dates the event and the predicted period covers the
    gold one (a coarser true date is fine; a narrower, shifted or invented one is not)."""
    if not pred:
        return True
    want, got = _span(gold), _span(pred)
    if want is None or got is None:
        return False
    return got[0] <= want[0] and got[1] >= want[1]


def score_dates(
    fixture: dict[str, Any], gold_events: list[dict[str, Any]], docs: list[dict[str, Any]], preds: list[dict[str, Any]],
    shared: Path = SHARED,
) -> dict[str, Any]:  # fmt: skip
    """The figures of the module docstring, and the judged events one by one (``rows``)."""
    scorer = _scorer(shared)
    texts = {d["id"]: d["text"] for d in docs}
    spans, missing = scorer.gold_spans(gold_events, texts)
    dated = {row["id"]: row for row in fixture["sentences"]}
    used: set[tuple[str, int]] = set()
    rows: list[dict[str, Any]] = []
    for p in preds:
        for ev in p.get("events", []):
            sentence = scorer.assign(spans, p["id"], ev["start"], ev["end"])
            if sentence is None or sentence["id"] not in dated:
                continue
            entry = dated[sentence["id"]]
            key = (scorer.primary(ev["source"]), scorer.primary(ev["target"]), scorer.root(ev["cameo"]))
            gold, matched = entry["date"], False
            for n, g in enumerate(entry["events"]):
                if (entry["id"], n) in used:
                    continue
                if (scorer.primary(g["source"]), scorer.primary(g["target"]), scorer.root(g["cameo"])) == key:
                    used.add((entry["id"], n))
                    gold, matched = g["date"], True
                    break
            if gold is None:
                continue  # a sentence whose events differ in date, and no gold event to match
            pred = ev.get("date")
            rows.append(
                {
                    "sentence": entry["id"],
                    "event": "-".join(key),
                    "trigger": ev.get("trigger"),
                    "matched": matched,
                    "gold": gold,
                    "pred": pred,
                    "background": bool(ev.get("background")),
                    "exact": (pred or "none") == gold or (not pred and gold in NO_DATE),
                    "same_month": month_of(pred) == month_of(gold),
                    "supported": supported(pred, gold),
                }
            )
    matched = [r for r in rows if r["matched"]]
    background = [r for r in matched if r["gold"] == "background"]
    dated_gold = [r for r in matched if r["gold"] not in NO_DATE]

    def share(part: list[dict[str, Any]], field: str) -> float:
        return round(sum(r[field] for r in part) / len(part), 4) if part else 0.0

    return {
        "gold_events": sum(len(s["events"]) for s in fixture["sentences"]),
        "gold_sentences_not_found": missing,
        "matched": len(matched),
        "exact": share(matched, "exact"),
        "same_month": share(matched, "same_month"),
        "dated_gold": len(dated_gold),
        "dated_gold_same_month": share(dated_gold, "same_month"),
        "judged": len(rows),
        "judged_same_month": share(rows, "same_month"),
        "unsupported": sum(not r["supported"] for r in rows),
        "background_gold": len(background),
        "background_left_undated": sum(not r["pred"] for r in background),
        "background_flagged": sum(r["background"] for r in background),
        "rows": rows,
    }


def code_seeds(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from detente.api import code_documents

    return list(code_documents(docs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pred", type=Path, help="a detente code output to score instead of coding the seeds")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", action="store_true", help="list every judged event that is not exact")
    args = parser.parse_args(argv)
    if not (SHARED / "corpus" / "seeds").is_dir():
        print(f"{SHARED}: ../shared not found; nothing to score", file=sys.stderr)
        return 1
    docs = seed_docs()
    preds = load_jsonl(args.pred) if args.pred else code_seeds(docs)
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    result = score_dates(fixture, load_jsonl(SHARED / "gold" / "events.jsonl"), docs, preds)
    if args.show:
        for r in result["rows"]:
            if not r["exact"] or not r["supported"]:
                flag = "" if r["supported"] else "  UNSUPPORTED"
                print(f"{r['sentence']} {r['event']} {r['trigger']!r}: gold {r['gold']} pred {r['pred']}{flag}")
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "rows"}, indent=1))
        return 0
    print("| figure | value |\n|---|---|")
    print(f"| gold events (dated by hand) | {result['gold_events']} |")
    print(f"| detente events matching a gold event | {result['matched']} |")
    print(f"| exact date (same label, or undated on both sides) | {result['exact']:.1%} |")
    print(f"| right month | {result['same_month']:.1%} |")
    print(
        f"| right month, matched events the text dates ({result['dated_gold']}) | "
        f"{result['dated_gold_same_month']:.1%} |"
    )
    print(f"| judged events (matched + held to their sentence's date) | {result['judged']} |")
    print(f"| right month, judged events | {result['judged_same_month']:.1%} |")
    print(f"| dates the text does not support | {result['unsupported']} |")
    print(
        f"| gold background events left undated / flagged background | {result['background_left_undated']} / "
        f"{result['background_flagged']} of {result['background_gold']} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
