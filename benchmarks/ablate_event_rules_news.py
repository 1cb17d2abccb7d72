"""Before/after figures of the event rules read on real news (docs/events.md rule 22), one rule at a time
(cumulative), for BENCHMARKS.md section "events-news-15".

Usage:
    .venv/bin/python benchmarks/ablate_event_rules_news.py [--out DIR]

Each rule is switched by its word list in the ``constructions`` section of
``data/events/event_patterns.yml``: the script writes a copy of the YAML without them (``postponed_deps``
back to the three dependencies it had before), then adds the rules back one by one. Each step is measured
as in ``ablate_event_rules.py`` (seeds and PLOVER dev event/dyad F1 through ``../shared/eval/score.py``,
ConfliBERT ``cameo_ner`` dyad F1 and ``cameo_class`` quad agreement on the leak-checked files, asserted
events on the news excerpts and the PLOVER test texts). With ``--out`` the asserted events of the news
and PLOVER test texts are written per step (``STEP.news.jsonl``) for reading; their labels are not ours.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ablate_event_rules as ab  # noqa: E402
import eval_events as ev  # noqa: E402
from detente.nlp.event_coder import DEFAULT_PATTERNS  # noqa: E402

NEW_KEYS = (
    "from_source_roots",
    "entity_heads",
    "nominal_place_preps",
    "unnamed_agent_labels",
    "arrival_verbs",
    "threat_marks",
    "order_wrappers",
    "provenance_words",
    "plural_pronouns",
    "co_agent_preps",
)
OLD_POSTPONED = ["nsubjpass", "dobj", "obj"]


def steps(full: dict[str, Any]) -> list[tuple[str, Callable[[dict[str, Any]], None]]]:
    cons = full["constructions"]

    def keys(*names: str) -> Callable[[dict[str, Any]], None]:
        return lambda y: y["constructions"].update({k: cons[k] for k in names})

    return [
        ("N1 'threats from X': X is the source", keys("from_source_roots")),
        ("N2 classifier nouns ('war crimes', 'pressure groups')", keys("entity_heads")),
        ("N3 'at X' is a place, not a target", keys("nominal_place_preps")),
        ("N4 uncoded agent modifier ('Western support')", keys("unnamed_agent_labels")),
        ("N5 headline passive 'Summit Delayed'", keys("postponed_deps")),
        ("N6 'traveled to X for talks with Y'", keys("arrival_verbs")),
        ("N7 'will ... unless' is a threat", keys("threat_marks")),
        ("N8 orders to one's own agents", keys("order_wrappers")),
        ("N9 'U.S.-made' is provenance", keys("provenance_words")),
        ("N10 'A and B ... as they V'", keys("plural_pronouns")),
        ("N11 'with X's help': a helper", keys("co_agent_preps")),
    ]


def without_rules(full: dict[str, Any]) -> dict[str, Any]:
    y = copy.deepcopy(full)
    for key in NEW_KEYS:
        y["constructions"].pop(key, None)
    y["constructions"]["postponed_deps"] = list(OLD_POSTPONED)
    return y


def asserted_events(patterns: Path, out: Path, label: str) -> None:
    """Write the asserted events of the news excerpts and PLOVER test texts (for reading the outputs)."""
    from detente.api import code_documents
    from detente.nlp.pipeline import build_pipeline

    nlp = build_pipeline(config={"event_coder": {"patterns_path": str(patterns)}})
    for name, path in (
        ("news", ev.SHARED / "corpus" / "news" / "news.jsonl"),
        ("plover_test", ev.SHARED / "eval" / "plover" / "test.docs.jsonl"),
    ):
        docs = ev.load_jsonl(path)
        text = {d["id"]: d["text"] for d in docs}
        rows = [
            {
                "doc": d["id"],
                "source": e["source"],
                "target": e["target"],
                "cameo": e["cameo"],
                "trigger": e["trigger"],
                "sentence": " ".join(text[d["id"]][e["start"] : e["end"]].split()),
            }
            for d in code_documents(docs, nlp=nlp)
            for e in d["events"]
            if not e["negated"] and not e["hypothetical"]
        ]
        ev.write_jsonl(out / f"{label}.{name}.jsonl", rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="write asserted news/PLOVER test events per step")
    parser.add_argument("--start", type=int, default=0, help="measure from this step on (earlier ones applied)")
    args = parser.parse_args()
    if not ev.SCORER.exists() or not (ev.CONFLIBERT / "leak_counts.json").exists():
        print("needs ../shared and build/events/data (benchmarks/build_event_data.py)", file=sys.stderr)
        return 2
    full = yaml.safe_load(DEFAULT_PATTERNS.read_text(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="ablate_events_news_"))
    current = without_rules(full)
    rows = []
    for i, (label, add) in enumerate([("before (rule 22 off)", None), *steps(full)]):
        if add is not None:
            add(current)
        if i < args.start:
            continue
        path, row = ab.measured_step(current, label if add is None else "+ " + label, work)
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
            asserted_events(path, args.out, f"step{i}")
        rows.append(row)
    ab.print_rows(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
