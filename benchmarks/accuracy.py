"""Accuracy against the gold we have, and against simple peers, re-runnable by one command.

    .venv/bin/python benchmarks/accuracy.py            # print the tables
    .venv/bin/python benchmarks/accuracy.py --write    # and replace the accuracy section of BENCHMARKS.md

Every number comes from ../shared/eval/score.py (the scorer that measures the project) on predictions
written in its format. Two peers run on the same texts in the same run:
- events: the co-occurrence floor the field uses as a baseline: every sentence with two actors of
  different countries and an event keyword yields one event from the first actor to the second, coded by
  the keyword (our actor resolver finds the actors, so the comparison isolates event coding);
- causal: a causal-marker keyword list ("because", "led to", ...): a sentence with a marker is causal,
  the text before the marker is the cause and the text after it the effect.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import SEEDS, SHARED, write_section  # noqa: E402

SCORER = SHARED / "eval" / "score.py"
KEYWORDS = {  # lemma -> CAMEO root: the floor's whole lexicon
    "meet": "04",
    "talk": "04",
    "visit": "04",
    "discuss": "04",
    "call": "04",
    "agree": "03",
    "deal": "05",
    "praise": "05",
    "cooperate": "05",
    "aid": "07",
    "help": "07",
    "support": "05",
    "criticize": "11",
    "condemn": "11",
    "accuse": "11",
    "reject": "12",
    "refuse": "12",
    "threaten": "13",
    "warn": "13",
    "sanction": "16",
    "expel": "16",
    "attack": "19",
    "invade": "19",
    "invasion": "19",
    "strike": "19",
    "kill": "18",
    "urge": "02",
    "ask": "02",
    "demand": "10",
}
MARKERS = (
    "because",
    "due to",
    "as a result",
    "led to",
    "lead to",
    "leading to",
    "caused",
    "causing",
    "resulted in",
    "result in",
    "therefore",
    "so that",
    "in response to",
    "thanks to",
    "drove",
    "prompted",
    "triggered",
    "since",
)
PLOVER_OF_ROOT = {
    "01": "CONSULT",
    "02": "DEMAND",
    "03": "AGREE",
    "04": "CONSULT",
    "05": "COOPERATE",
    "06": "COOPERATE",
    "07": "AID",
    "10": "DEMAND",
    "11": "DISAPPROVE",
    "12": "REJECT",
    "13": "THREATEN",
    "16": "SANCTION",
    "18": "ASSAULT",
    "19": "FIGHT",
}


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def seed_docs() -> list[dict[str, Any]]:
    return [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.iterdir())]


def score(kind: str, gold: Path, docs: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        d, p = Path(tmp) / "docs.jsonl", Path(tmp) / "pred.jsonl"
        write_jsonl(d, docs)
        write_jsonl(p, preds)
        out = subprocess.run(
            [sys.executable, str(SCORER), kind, str(gold), str(d), str(p), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(out.stdout)


def detente(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from detente.api import code_documents

    return code_documents(docs)


def cooccurrence_floor(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The peer: actors (our resolver) co-occurring with an event keyword."""
    from detente.nlp.pipeline import build_pipeline

    nlp = build_pipeline(stages=("actor_resolver",))
    out = []
    for d, doc in zip(docs, nlp.pipe([d["text"] for d in docs]), strict=True):
        events = []
        actors = list(doc.spans.get("actors", []))
        for sent in doc.sents:
            here = [a for a in actors if sent.start <= a.start < sent.end]
            pair = next(
                ((a, b) for i, a in enumerate(here) for b in here[i + 1 :] if a.label_[:3] != b.label_[:3]), None
            )
            root = next((KEYWORDS[t.lemma_.lower()] for t in sent if t.lemma_.lower() in KEYWORDS), None)
            if pair and root:
                events.append(
                    {
                        "source": pair[0].label_,
                        "target": pair[1].label_,
                        "cameo": root,
                        "plover": PLOVER_OF_ROOT.get(root, ""),
                        "negated": False,
                        "hypothetical": False,
                        "start": sent.start_char,
                        "end": sent.end_char,
                    }
                )
        out.append({"id": d["id"], "events": events, "causal": []})
    return out


def marker_floor(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The peer: a causal-marker keyword list, split at the marker."""
    out = []
    pattern = re.compile(r"\b(" + "|".join(re.escape(m) for m in MARKERS) + r")\b", re.I)
    for d in docs:
        causal = []
        for m in re.finditer(r"[^.!?\n]+[.!?]?", d["text"]):
            hit = pattern.search(m.group(0))
            if hit:
                causal.append(
                    {
                        "cause": m.group(0)[: hit.start()],
                        "effect": m.group(0)[hit.end() :],
                        "polarity": "+",
                        "start": m.start(),
                        "end": m.end(),
                    }
                )
        out.append({"id": d["id"], "events": [], "causal": causal})
    return out


def run() -> tuple[list[dict[str, Any]], list[str]]:
    rows: list[dict[str, Any]] = []
    seeds = seed_docs()
    plover = load_jsonl(SHARED / "eval" / "plover" / "dev.docs.jsonl")
    cnc = load_jsonl(SHARED / "eval" / "cnc" / "train.docs.jsonl")
    for name, coder in (("detente", detente), ("co-occurrence + keywords (floor)", cooccurrence_floor)):
        s = score("events", SHARED / "gold" / "events.jsonl", seeds, coder(seeds))
        p = score("events", SHARED / "eval" / "plover" / "dev.gold.jsonl", plover, coder(plover))
        rows.append(
            {
                "task": "events",
                "system": name,
                "seeds event F1": s["event"]["f1"],
                "seeds dyad F1": s["dyad"]["f1"],
                "PLOVER dev event F1": p["event"]["f1"],
                "PLOVER dev dyad F1": p["dyad"]["f1"],
            }
        )
    for name, coder in (("detente", detente), ("causal-marker keywords (floor)", marker_floor)):
        s = score("causal", SHARED / "gold" / "causal.jsonl", seeds, coder(seeds))
        c = score("causal", SHARED / "eval" / "cnc" / "train.gold.jsonl", cnc, coder(cnc))
        rows.append(
            {
                "task": "causal",
                "system": name,
                "seeds sentence F1": s["sentence"]["f1"],
                "seeds pair F1": s["pair"]["f1"],
                "CNC train sentence F1 (in-sample for detente)": c["sentence"]["f1"],
                "CNC train pair F1": c["pair"]["f1"],
            }
        )
    from benchmarks.eval_causal import eval_cnc

    cv = eval_cnc(5)
    for name, r in cv["scorers"].items():
        rows.append(
            {
                "task": "causal, Causal News Corpus train, 5-fold cross-validation",
                "system": f"detente, {name}",
                "classifier sentence F1": r["classifier_f1_at_shipped_threshold"],
                "component sentence F1": r["component"]["sentence"]["f1"],
                "component pair F1": r["component"]["pair"]["f1"],
                "target": "0.80 (best published 0.86, fine-tuned BERT)",
            }
        )
    from benchmarks.eval_stance import evaluate

    from detente.analysis.stance import load_lexicon

    with tempfile.TemporaryDirectory() as tmp:
        st = evaluate(Path(tmp) / "seeds.duckdb", float(load_lexicon().get("neutral_band", 0.15)))
    for actor in ("RUS", "USA"):
        rows.append(
            {
                "task": "stance (seeds docs.jsonl, -2..+2)",
                "system": f"detente, toward {actor}",
                "Spearman": st[actor]["spearman"],
                "sign accuracy": st[actor]["sign_accuracy"],
                "gold": st[actor]["gold"],
                "predicted": st[actor]["predicted"],
            }
        )
    notes = [
        "CNC train is what detente's causal classifier learned from, so its CNC figure here is in-sample; "
        "the honest CNC figure is the 5-fold cross-validation of `benchmarks/eval_causal.py cnc` "
        "(the cross-validation table here)."
    ]
    return rows, notes


def markdown(rows: list[dict[str, Any]], notes: list[str]) -> str:
    lines = []
    for task in dict.fromkeys(r["task"] for r in rows):
        part = [r for r in rows if r["task"] == task]
        cols = [k for k in part[0] if k != "task"]
        lines += [f"### {task}", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(str(r[c]) for c in cols) + " |" for r in part]
        lines.append("")
    return "\n".join(lines + [f"_{n}_" for n in notes])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="replace the accuracy section of BENCHMARKS.md")
    args = ap.parse_args(argv)
    if not SCORER.exists():
        print(f"error: {SCORER} not found: the gold lives in ../shared", file=sys.stderr)
        return 1
    rows, notes = run()
    body = markdown(rows, notes)
    print(body)
    if args.write:
        write_section("accuracy", "Accuracy against the gold, and against simple peers", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
