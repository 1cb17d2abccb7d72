"""Weakly labelled recall proxies for the event rules: NGEC synthetic ledes and CASE 2021 task 2 snippets.

Usage:
    .venv/bin/python benchmarks/eval_weak_events.py [--sets ngec,case] [--half tune|heldout] [--rules-only]
        [--show-misses N] [--per-label] [--by-type]

Both sets are the leak-checked files ``benchmarks/build_event_data.py`` wrote under build/events/data:
``ngec_synthetic.clean.jsonl`` (one story lede with the PLOVER event and mode the story was prompted with, and
the CAMEO root that label maps to; no actor labels) and ``case2021_task2.clean.jsonl`` (real news snippets with
an ACLED sub-event type). The labels are weak: they name the event a text was written or tagged for, not every
event in it, and say nothing about who did it to whom. So the figures are recall proxies, per set and half:

- ``event_rate``: the share of sentences where the coder asserts any event (not negated, not hypothetical);
- ``plover_share``: the share whose asserted events include the labelled PLOVER type (an event's code counts
  under its PLOVER category and its draft category, since NGEC's labels use the draft names: ASSAULT, not
  FIGHT);
- ``root_share`` / ``quad_share``: the same for the labelled CAMEO root and its quad class;
- per label: sentences, coded, PLOVER right, root right, quad right, and the roots coded where the labelled
  root was not (``wrong_roots``: each asserted root of a sentence without the labelled one, counted once per
  sentence; ``--by-type`` prints them as a table, the most frequent three per label).

Each set is split once into a tuning half and a held-out half by :func:`text_half`, a hash of the sentence
text (never of its label or of any output), fixed before any sentence's output was read (issue 14, session 10,
docs/events.md rule 39). Misses (``--show-misses``) are printed for the tuning half only; the held-out half
is scored, never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detente.reference.cameo import CAMEO_FILE, lookup, quad_of  # noqa: E402
from eval_events import CONFLIBERT, HALVES, event_pipeline, load_jsonl  # noqa: E402

# ACLED sub-event type (the CASE 2021 task 2 label) -> the CAMEO code that describes the same action (CAMEO
# manual 1.1b3, ACLED codebook 2019). Its root is the ``ACLED_ROOT`` the build wrote into the set; its PLOVER
# type is the codebook's (data/cameo/cameo.jsonl) for that code: clashes, shelling and air strikes are FIGHT
# (draft PLOVER: ASSAULT), attacks on civilians, bombings, abductions and sexual violence ASSAULT, arrests and
# a government's seizure of territory COERCE, protests and riots PROTEST, a signed agreement SUPPORT (PLOVER
# files a signed agreement under SUPPORT; its AGREE is stated intent), a territory handed over RETREAT.
ACLED_CAMEO: dict[str, str] = {
    "ARMED_CLASH": "190",  # use conventional military force
    "GOV_REGAINS_TERIT": "192",  # occupy territory
    "NON_STATE_ACTOR_OVERTAKES_TER": "192",  # occupy territory
    "AIR_STRIKE": "195",  # employ aerial weapons
    "ART_MISS_ATTACK": "194",  # fight with artillery and tanks
    "ATTACK": "180",  # use unconventional violence (attack on civilians)
    "ABDUCT_DISSAP": "181",  # abduct, hijack, or take hostage
    "SEX_VIOL": "1821",  # sexually assault
    "SUIC_BOMB": "1831",  # carry out suicide bombing
    "REM_EXPLOS": "1833",  # carry out roadside bombing (remote explosive, landmine, IED)
    "GRENADE": "183",  # conduct non-military bombing
    "CHEM_WEAP": "2041",  # use chemical, biological, or radiological weapons
    "ARREST": "173",  # arrest, detain, or charge with legal action
    "FORCE_AGAINST_PROTEST": "175",  # use tactics of violent repression
    "PROPERTY_DISTRUCT": "1712",  # destroy property
    "PEACE_PROTEST": "141",  # demonstrate or rally
    "PROTEST_WITH_INTER": "141",  # demonstrate (met by intervention)
    "VIOL_DEMONSTR": "145",  # protest violently, riot
    "MOB_VIOL": "145",  # protest violently, riot
    "AGREEMENT": "057",  # sign formal agreement
    "NON_VIOL_TERRIT_TRANSFER": "0874",  # retreat or surrender militarily
}

SETS = {"ngec": "ngec_synthetic", "case": "case2021_task2"}


def text_half(text: str) -> str:
    """The half a sentence falls in: the first byte of the SHA-1 of its UTF-8 text, even = ``tune`` (misses
    may be read), odd = ``heldout`` (scored only). It looks at the text alone, never at a label or an output."""
    return HALVES[hashlib.sha1(text.encode("utf-8")).digest()[0] % 2]


def plover_names(code: str) -> set[str]:
    """The PLOVER categories an event code counts under: the codebook's and its draft name (NGEC's labels)."""
    try:
        entry = lookup(code)
    except KeyError:
        return set()
    return {name for name in (entry.plover, _draft_plover().get(entry.code)) if name}


def _draft_plover() -> dict[str, str]:
    """Code -> the draft PLOVER name the codebook file keeps beside the current one (``plover_draft``)."""
    if not _DRAFT:
        with CAMEO_FILE.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line) if line.strip() else {}
                if row.get("plover_draft"):
                    _DRAFT[row["code"]] = row["plover_draft"]
    return _DRAFT


_DRAFT: dict[str, str] = {}


def labelled(set_name: str) -> list[dict[str, Any]]:
    """The rows of one weak set with ``label`` (NGEC: the PLOVER event; CASE: the ACLED type), ``plover``,
    ``root`` and ``half`` filled in."""
    rows = load_jsonl(CONFLIBERT / f"{SETS[set_name]}.clean.jsonl")
    for row in rows:
        if set_name == "case":
            code = ACLED_CAMEO[row["acled"]]
            assert code[:2] == row["root"], (row["acled"], code, row["root"])
            row["label"] = row["acled"]
            row["plover"] = sorted(plover_names(code))
        else:
            row["label"] = row["plover"]
            row["plover"] = [row["plover"]]
        row["half"] = text_half(row["text"])
    return rows


def weak_scores(
    rows: Sequence[Mapping[str, Any]], coded: Sequence[Mapping[str, Any]], show_misses: int = 0
) -> dict[str, Any]:
    """Event rate and PLOVER / root / quad shares of ``coded`` against the weak labels of ``rows``."""
    totals = {"with_event": 0, "plover_right": 0, "root_right": 0, "quad_right": 0}
    per_label: dict[str, dict[str, int]] = {}
    shown = 0
    for row, result in zip(rows, coded, strict=True):
        events = [e for e in result["events"] if not e["negated"] and not e["hypothetical"]]
        codes = [str(e["cameo"]) for e in events if e.get("cameo")]
        plovers = set().union(*(plover_names(c) for c in codes)) if codes else set()
        hits = {
            "with_event": bool(events),
            "plover_right": bool(plovers & set(row["plover"])),
            "root_right": row["root"] in {c[:2] for c in codes},
            "quad_right": quad_of(row["root"]) in {quad_of(c) for c in codes},
        }
        tally = per_label.setdefault(
            row["label"], {"n": 0, "coded": 0, "plover_right": 0, "root_right": 0, "quad_right": 0, "wrong_roots": {}}
        )
        tally["n"] += 1
        for key in ("plover_right", "root_right", "quad_right"):
            tally[key] += hits[key]
        tally["coded"] += hits["with_event"]
        if not hits["root_right"]:
            for root in sorted({c[:2] for c in codes}):
                tally["wrong_roots"][root] = tally["wrong_roots"].get(root, 0) + 1
        for key, hit in hits.items():
            totals[key] += hit
        if show_misses and shown < show_misses and not hits["plover_right"] and row["half"] == "tune":
            shown += 1
            got = [(e["source"], e["target"], e["cameo"], e.get("trigger")) for e in result["events"]]
            print(f"- [{row['label']} {row.get('mode', '')}] {row['text'][:220]}\n    got {got}")
    n = max(len(rows), 1)
    return {
        "sentences": len(rows),
        **totals,
        "event_rate": round(totals["with_event"] / n, 4),
        "plover_share": round(totals["plover_right"] / n, 4),
        "root_share": round(totals["root_right"] / n, 4),
        "quad_share": round(totals["quad_right"] / n, 4),
        "per_label": dict(sorted(per_label.items())),
    }


def by_type_table(name: str, half: str, per_label: Mapping[str, Mapping[str, Any]], root_of: Mapping[str, str]) -> str:
    """A markdown table of one set and half per label: sentences, coded rate, labelled-root accuracy (share of
    sentences whose asserted roots include the labelled root) and the three roots most often coded instead."""
    lines = [
        f"\n{name} {half}, by type:",
        "| type | root | n | coded | root right | wrong roots (sentences) |",
        "|---|---|---|---|---|---|",
    ]
    totals = [0, 0, 0]
    for label, t in sorted(per_label.items(), key=lambda kv: (-kv[1]["n"], kv[0])):
        wrong = sorted(t["wrong_roots"].items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        lines.append(
            f"| {label} | {root_of.get(label, '')} | {t['n']} | {t['coded'] / t['n']:.2f} "
            f"| {t['root_right'] / t['n']:.2f} | {', '.join(f'{r} ({k})' for r, k in wrong)} |"
        )
        totals = [totals[0] + t["n"], totals[1] + t["coded"], totals[2] + t["root_right"]]
    n = max(totals[0], 1)
    lines.append(f"| all | | {totals[0]} | {totals[1] / n:.2f} | {totals[2] / n:.2f} | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="ngec,case")
    parser.add_argument("--half", choices=HALVES, default=None, help="score one half only (default: both)")
    parser.add_argument("--rules-only", action="store_true", help="without the learned layer")
    parser.add_argument(
        "--show-misses", type=int, default=0, help="print up to N tuning-half sentences without the labelled type"
    )
    parser.add_argument("--per-label", action="store_true", help="print the per-label counts too")
    parser.add_argument(
        "--by-type", action="store_true", help="print a per-label table: coded rate, root accuracy, wrong roots"
    )
    args = parser.parse_args(argv)
    if not (CONFLIBERT / "leak_counts.json").exists():
        print(f"{CONFLIBERT} has no leak-checked files: run benchmarks/build_event_data.py", file=sys.stderr)
        return 2
    from detente.api import code_documents

    nlp = event_pipeline(args.rules_only)
    print("| set | half | sentences | event rate | PLOVER share | root share | quad share |")
    print("|---|---|---|---|---|---|---|")
    details = []
    for name in args.sets.split(","):
        rows = labelled(name)
        for half in [args.half] if args.half else list(HALVES):
            part = [r for r in rows if r["half"] == half]
            docs = [{"id": str(i), "text": r["text"]} for i, r in enumerate(part)]
            coded = code_documents(docs, nlp=nlp)
            s = weak_scores(part, coded, args.show_misses if half == "tune" else 0)
            print(
                f"| {name} | {half} | {s['sentences']} | {s['event_rate']:.3f} | {s['plover_share']:.3f} "
                f"| {s['root_share']:.3f} | {s['quad_share']:.3f} |",
                flush=True,
            )
            details.append((name, half, s["per_label"], {r["label"]: r["root"] for r in part}))
    for name, half, per_label, root_of in details:
        if args.per_label:
            print(f"\n{name} {half}: " + json.dumps(per_label))
        if args.by_type:
            print(by_type_table(name, half, per_label, root_of))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
