"""Before/after figures of the issue-14 event rules, one rule at a time (cumulative), for BENCHMARKS.md.

Usage:
    .venv/bin/python benchmarks/ablate_event_rules.py

Each rule is switched by its word lists in ``data/events/event_patterns.yml`` (``constructions``,
``demands.want_verbs``, the fire/launch phrases, the fight nouns): the script writes a copy of the YAML
with every such list removed, then adds the rules back one by one, and for each step prints seeds and
PLOVER dev event/dyad F1 (``../shared/eval/score.py`` on ``code_documents`` output), ConfliBERT
``cameo_ner`` dyad F1 and ``cameo_class`` quad agreement on the leak-checked test and train files
(``eval_events.py --conflibert``), and the number of asserted events on the news excerpts and the PLOVER
test texts (outputs only: their labels are not ours). The "of"-phrase conjunct rule is code, not a list,
so it is on in every step.
"""

from __future__ import annotations

import copy
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_events as ev  # noqa: E402
from detente.nlp.event_coder import DEFAULT_PATTERNS  # noqa: E402

FIGHT_NOUNS = ["firefight", "gunfight", "gunbattle", "skirmish", "shootout"]
OLD_PHRASES = {"launch attack", "launch offensive", "launch investigation", "shoot down", "open border", "open bridge"}


def steps(full: dict[str, Any]) -> list[tuple[str, Callable[[dict[str, Any]], None]]]:
    cons = full["constructions"]
    fire = {k: v for k, v in full["phrases"].items() if k.split()[0] in ("fire", "launch", "shoot", "open")}
    fire = {k: v for k, v in fire.items() if k not in OLD_PHRASES}

    def keys(*names: str) -> Callable[[dict[str, Any]], None]:
        return lambda y: y.setdefault("constructions", {}).update({k: cons[k] for k in names})

    def fights(y: dict[str, Any]) -> None:
        keys("light_verbs")(y)
        y["codes"]["190"]["nouns"].extend(FIGHT_NOUNS)
        y["reciprocal"]["nouns"].extend(FIGHT_NOUNS)

    def aimed(y: dict[str, Any]) -> None:
        keys("aimed_verbs", "aimed_preps", "aimed_code")(y)
        y["phrases"].update(fire)

    return [
        ("R1b joint meetings (met with A and B)", keys("joint_meeting_roots")),
        ("R2 engage in + fight nouns", fights),
        ("R3 casualties", keys("casualty_verbs")),
        ("R4 one-sided agreements", keys("one_sided_verbs")),
        ("R5 fire/launch at", aimed),
        (
            "R6 evidence / advice against",
            keys("evidence_nouns", "evidence_code", "advisory_verbs", "travel_words", "advisory_code"),
        ),
        ("R7 allegations by documents", keys("document_nouns", "allegation_verbs")),
        ("R8 X wants Y to", lambda y: y["demands"].update(want_verbs=full["demands"]["want_verbs"])),
    ]


def without_rules(full: dict[str, Any]) -> dict[str, Any]:
    y = copy.deepcopy(full)
    y.pop("constructions", None)
    y["demands"].pop("want_verbs", None)
    for k in [k for k in y["phrases"] if k.split()[0] in ("fire", "launch", "shoot", "open") and k not in OLD_PHRASES]:
        y["phrases"].pop(k)
    y["codes"]["190"]["nouns"] = [n for n in y["codes"]["190"]["nouns"] if n not in FIGHT_NOUNS]
    y["reciprocal"]["nouns"] = [n for n in y["reciprocal"]["nouns"] if n not in FIGHT_NOUNS]
    return y


def measure(patterns: Path, work: Path) -> dict[str, Any]:
    from detente.api import code_documents
    from detente.nlp.pipeline import build_pipeline

    config = {"event_coder": {"patterns_path": str(patterns)}}
    out: dict[str, Any] = {}
    nlp = build_pipeline(config=config)
    for name, (make_docs, gold) in ev.SETS.items():
        docs = make_docs()
        ev.write_jsonl(work / f"{name}.docs.jsonl", docs)
        ev.write_jsonl(work / f"{name}.pred.jsonl", code_documents(docs, nlp=nlp))
        r = ev.score(gold, work / f"{name}.docs.jsonl", work / f"{name}.pred.jsonl")
        out[name] = f"{r['event']['f1']:.4f} / {r['dyad']['f1']:.4f}"
    for name, path in (
        ("news", ev.SHARED / "corpus" / "news" / "news.jsonl"),
        ("plover_test", ev.SHARED / "eval" / "plover" / "test.docs.jsonl"),
    ):
        preds = code_documents(ev.load_jsonl(path), nlp=nlp)
        out[name] = sum(1 for d in preds for e in d["events"] if not e["negated"] and not e["hypothetical"])
    small = build_pipeline(stages=("actor_resolver", "event_coder"), config=config)
    for part in ("test", "train"):
        for name, r in ev.conflibert_scores(part, nlp=small):
            out[name] = (
                f"{r['f1']:.4f} ({r['tp']}/{r['fp']}/{r['fn']})"
                if "f1" in r
                else (f"{r['agreement']:.4f} ({r['agree']}/{r['coded']})")
            )
    return out


def main() -> int:
    if not ev.SCORER.exists() or not (ev.CONFLIBERT / "leak_counts.json").exists():
        print("needs ../shared and build/events/data (benchmarks/build_event_data.py)", file=sys.stderr)
        return 2
    full = yaml.safe_load(DEFAULT_PATTERNS.read_text(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="ablate_events_"))
    current = without_rules(full)
    rows = []
    for label, add in [("none of the rules (R1a only)", None), *steps(full)]:
        if add is not None:
            add(current)
        rows.append(measured_step(current, label if add is None else "+ " + label, work)[1])
    print_rows(rows)
    return 0


def measured_step(patterns: dict[str, Any], step: str, work: Path) -> tuple[Path, dict[str, Any]]:
    """Write ``patterns`` as the step's event_patterns.yml under ``work`` and measure it (``measure``); the
    row also goes to stderr at once, so a long ablation shows its progress."""
    path = work / "event_patterns.yml"
    path.write_text(yaml.safe_dump(patterns, sort_keys=False, allow_unicode=True), encoding="utf-8")
    row = {"step": step, **measure(path, work)}
    print(json.dumps(row), file=sys.stderr, flush=True)
    return path, row


def print_rows(rows: list[dict[str, Any]]) -> None:
    """The ablation rows as a Markdown table on stdout (the progress lines went to stderr)."""
    cols = list(rows[0])
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for row in rows:
        print("| " + " | ".join(str(row[c]) for c in cols) + " |")


if __name__ == "__main__":
    raise SystemExit(main())
