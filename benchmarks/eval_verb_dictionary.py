"""What the event coder's fallback verb dictionary adds, per set and per verb (docs/events.md, "Fallback verb
dictionary").

Usage:
    .venv/bin/python benchmarks/eval_verb_dictionary.py [--sets train,test,read] [--per-verb]

Each set is coded twice in one run, the fallback off and on (``event_coder`` config ``verb_dictionary``), and
the asserted events only the second run has are the added ones (an event the first run has and the second
lacks is reported as removed: there should be none, since the lexicon's events come first).

- ``train``: the leak-checked ConfliBERT train parts and the CAMEO-manual examples (rules only, as
  ``eval_events.py --conflibert/--cameo-examples --rules-only``): an added ``cameo_ner`` event is right when
  its pair (by primary code) is a gold Source -> Target or Reciprocal pair, a ``cameo_class`` one when its
  five-way class is the sentence's, a CAMEO example's when its root is the example's; also the PLOVER
  gold-standard records the learned layer trains on (``plover_gsr``: category and pair). ``--per-verb`` prints
  the tally per verb lemma: the figures ``build_verb_dictionary.MEASURED_DROPS`` was chosen on.
- ``test``: the same for the held-out ConfliBERT test parts (read, never tuned on).
- ``read``: the 20 news excerpts and the PLOVER test texts (texts only; documents named by file and line,
  never by id, as the PLOVER test ids name their gold category), whole pipeline as ``detente code`` runs it:
  every added event with its sentence, for reading.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from detente.nlp.pipeline import build_pipeline, make_doc  # noqa: E402
from detente.reference.actors import distinct_actors  # noqa: E402
from detente.reference.actors import primary_code as primary  # noqa: E402
from eval_events import CONFLIBERT, load_jsonl, quad5, unmangle  # noqa: E402

SHARED = ROOT.parent / "shared"
READ_FILES = (SHARED / "corpus" / "news" / "news.jsonl", SHARED / "eval" / "plover" / "test.docs.jsonl")

Key = tuple[int, str, str, str]  # sentence start, source, target, code


def pipelines(rules_only: bool, stages: tuple[str, ...] | None = None) -> tuple[Language, Language]:
    """(fallback off, fallback on), otherwise alike."""
    made = []
    for on in (False, True):
        coder: dict[str, Any] = {"verb_dictionary": on}
        if rules_only:
            coder["learned"] = False
        kwargs: dict[str, Any] = {"config": {"event_coder": coder}}
        if stages:
            kwargs["stages"] = stages
        made.append(build_pipeline(**kwargs))
    return made[0], made[1]


def asserted(doc: Doc) -> dict[Key, dict[str, Any]]:
    return {
        (e["start"], e["source"], e["target"], e["cameo"]): e
        for e in doc._.events or []
        if not e["negated"] and not e["hypothetical"]
    }


def verb_of(doc: Doc, event: dict[str, Any]) -> str:
    """The lemma of the verb that triggered ``event`` (the first verb in its trigger span)."""
    span = doc.char_span(event["trigger_start"], event["trigger_end"], alignment_mode="expand")
    verbs = [t for t in span or [] if t.pos_ == "VERB"]
    return verbs[0].lemma_.lower() if verbs else (event["trigger"] or "?").lower()


def added(off: Doc, on: Doc) -> tuple[list[dict[str, Any]], int]:
    """(events only ``on`` has, number of events only ``off`` has)."""
    a, b = asserted(off), asserted(on)
    return [e for k, e in b.items() if k not in a], len(set(a) - set(b))


def tally_set(
    name: str,
    rows: list[dict[str, Any]],
    texts: list[str],
    right: Any,
    nlps: tuple[Language, Language],
    per_verb: Counter[tuple[str, bool]],
    show: bool = False,
) -> dict[str, Any]:
    n_added = n_right = n_removed = 0
    docs_off = nlps[0].pipe(make_doc(nlps[0], t) for t in texts)
    docs_on = nlps[1].pipe(make_doc(nlps[1], t) for t in texts)
    for row, off, on in zip(rows, docs_off, docs_on, strict=True):
        new, removed = added(off, on)
        n_removed += removed
        for event in new:
            ok = bool(right(row, on, event))
            n_added += 1
            n_right += ok
            per_verb[(verb_of(on, event), ok)] += 1
            if show:
                sentence = on.text[event["start"] : event["end"]]
                print(f"  {name} {'right' if ok else 'wrong'}: {event['source']} -> {event['target']} "
                      f"{event['cameo']} [{event['trigger']}] {sentence}")  # fmt: skip
    return {"set": name, "sentences": len(rows), "added": n_added, "right": n_right, "removed": n_removed}


def ner_right(row: dict[str, Any], doc: Doc, event: dict[str, Any]) -> bool:
    mentions = [m for m in doc.spans["actors"] if m.label_] if "actors" in doc.spans else []

    def role(kind: str) -> set[str]:
        return {
            m.label_
            for m in mentions
            for k, lo, hi in row["spans"]
            if k == kind and lo < m.end_char and m.start_char < hi
        }

    recip = role("R")
    full = {(a, b) for a in role("S") for b in role("T")} | {(a, b) for a in recip for b in recip}
    gold = {(primary(a), primary(b)) for a, b in full if distinct_actors(a, b)}
    return (primary(event["source"]), primary(event["target"])) in gold


def class_right(row: dict[str, Any], doc: Doc, event: dict[str, Any]) -> bool:
    return bool(quad5(event["cameo"]) == row["quad5"])


def example_right(row: dict[str, Any], doc: Doc, event: dict[str, Any]) -> bool:
    return bool(str(event["cameo"])[:2] == row["root"])


def plover_right(row: dict[str, Any], doc: Doc, event: dict[str, Any]) -> bool:
    """A PLOVER gold-standard record's event: its category, a gold source and a gold target (or, with no
    target given, two gold sources: "Jordan and Britain agreed")."""
    sources = {primary(c) for c in row["source"]}
    targets = {primary(c) for c in row["target"]} or sources
    pair_ok = primary(event["source"]) in sources and primary(event["target"]) in targets
    return bool(pair_ok and event["plover"] == row["plover"])


def labelled(parts: list[str], per_verb: Counter[tuple[str, bool]], show: bool = False) -> list[dict[str, Any]]:
    nlps = pipelines(rules_only=True, stages=("actor_resolver", "event_coder"))
    out = []
    for part in parts:
        if part == "plover_gsr":
            rows = load_jsonl(CONFLIBERT / "plover_gsr.clean.jsonl")
            out.append(tally_set(part, rows, [r["text"] for r in rows], plover_right, nlps, per_verb, show))
            continue
        if part == "examples":
            rows = load_jsonl(CONFLIBERT / "cameo_examples.clean.jsonl")
            out.append(
                tally_set(
                    "cameo_examples", rows, [unmangle(r["text"]) for r in rows], example_right, nlps, per_verb, show
                )
            )
            continue
        rows = load_jsonl(CONFLIBERT / f"conflibert_ner_{part}.clean.jsonl")
        out.append(
            tally_set(f"conflibert_ner_{part}", rows, [r["text"] for r in rows], ner_right, nlps, per_verb, show)
        )
        rows = load_jsonl(CONFLIBERT / f"conflibert_class_{part}.clean.jsonl")
        out.append(
            tally_set(f"conflibert_class_{part}", rows, [r["text"] for r in rows], class_right, nlps, per_verb, show)
        )
    return out


def read_sets() -> None:
    """Every event the fallback adds on the news excerpts and the PLOVER test texts, for reading."""
    from detente.api import code_documents

    off_nlp, on_nlp = pipelines(rules_only=False)
    for path in READ_FILES:
        docs = []
        with path.open(encoding="utf-8") as handle:
            for n, line in enumerate(handle, start=1):
                if line.strip():
                    row = json.loads(line)
                    docs.append({"id": f"{path.name}:{n}", "text": row["text"], "date": row.get("date")})
        off = code_documents(docs, nlp=off_nlp)
        on = code_documents(docs, nlp=on_nlp)
        count_off = count_on = 0
        print(f"\n## {path.name}")
        for doc, a, b in zip(docs, off, on, strict=True):
            ea = {(e["start"], e["source"], e["target"], e["cameo"]) for e in a["events"] if _asserted(e)}
            eb = [e for e in b["events"] if _asserted(e)]
            count_off += len(ea)
            count_on += len(eb)
            for e in eb:
                if (e["start"], e["source"], e["target"], e["cameo"]) not in ea:
                    sentence = doc["text"][e["start"] : e["end"]].replace("\n", " ")
                    print(
                        f"- {doc['id']}: {e['source']} -> {e['target']} {e['cameo']} [{e['trigger']}]\n    {sentence}"
                    )
        print(f"asserted events: off {count_off}, on {count_on}")


def _asserted(e: dict[str, Any]) -> bool:
    return not e["negated"] and not e["hypothetical"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="train,test,read")
    parser.add_argument("--per-verb", action="store_true", help="tally the added events per verb lemma")
    parser.add_argument("--show", action="store_true", help="list the events added on the training sets")
    args = parser.parse_args(argv)
    sets = args.sets.split(",")
    per_verb: Counter[tuple[str, bool]] = Counter()
    if "train" in sets:
        for result in labelled(["train", "examples", "plover_gsr"], per_verb, args.show):
            print(json.dumps(result))
    if "test" in sets:
        test_verbs: Counter[tuple[str, bool]] = Counter()
        for result in labelled(["test"], test_verbs):
            print(json.dumps(result))
    if args.per_verb and per_verb:
        print("\nverb: right / wrong (training sets)")
        verbs = sorted({v for v, _ in per_verb}, key=lambda v: (-per_verb[(v, False)], v))
        for verb in verbs:
            print(f"  {verb}: {per_verb[(verb, True)]} / {per_verb[(verb, False)]}")
    if "read" in sets:
        read_sets()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
