"""What the actor resolver makes of the gold Source/Target spans of ConfliBERT ``cameo_ner`` (issue 14).

Usage:
    .venv/bin/python benchmarks/actor_misses.py [--part train] [--show CLASS] [--limit N]

For every gold Source, Target and Reciprocal span of the leak-checked ``conflibert_ner_{part}.clean.jsonl``
(build/events/data, written by ``benchmarks/build_event_data.py``), the spaCy model + ``actor_resolver``
mentions that overlap the span are put in one of four outcomes:

- ``unresolved``: no mention overlaps the span;
- ``modifier``: mentions overlap, but none covers the span's head word ("a hospital in Baghdad" holds
  ``IRQ`` only in its modifier; the head is not coded);
- ``conflict``: a mention covers the head, and the mentions on the head and the words before it name two
  different primary codes ("Greek Cypriots" as ``GRC`` + ``CYP``, "Kosovo Albanians" as ``XKX`` + ``ALB``);
- ``resolved``: a mention covers the head, with one primary code.

The gold spans carry no codes, so ``resolved`` means "coded consistently", not "coded right"; ``conflict``
and ``modifier`` are where wrong primary countries show up. Spans are also put in a class by their shape
(spaCy tags and the codebook, no gold text is looked up): pronoun, vague ("a country", "the two sides"),
person (a PERSON entity, with or without a title), organisation / armed group (an ORG entity), nationality
+ group noun ("Palestinian suicide bombers"), ethnic community ("Kosovo Albanians", "Turkish Cypriots":
a plural demonym or NORP head), country (a country name, alone or with a role), city / place (a capital, a
codebook place or a GPE entity that is not a country), and other (a common noun phrase).

``--show CLASS`` prints the span texts of a class that are not ``resolved`` (for reading on train only;
never copy them into the repository). Counts go to BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "build" / "events" / "data"

CLASSES = (
    "pronoun",
    "vague",
    "person",
    "organisation",
    "nationality+group",
    "ethnic community",
    "country",
    "city/place",
    "other",
)
OUTCOMES = ("resolved", "conflict", "modifier", "unresolved")
_VAGUE_DET = {"a", "an", "some", "another", "several", "both", "two", "three", "many", "one", "other"}
_PRON_HEAD = {"PRON"}


def span_class(span: Any, book: Any) -> str:
    """The shape class of a gold span (see the module docstring)."""
    head = span.root
    if head.pos_ in _PRON_HEAD or (len(span) == 1 and span[0].tag_ in ("PRP", "PRP$")):
        return "pronoun"
    ents = {t.ent_type_ for t in span if t.ent_type_}
    head_actor = book.lookup(head.text)
    if head.ent_type_ == "PERSON" or (head_actor is not None and head_actor.kind == "person"):
        return "person"
    if head.ent_type_ == "ORG" or (head_actor is not None and head_actor.kind in ("ngo", "igo", "institution")):
        return "organisation"
    if head.ent_type_ == "GPE" or (head_actor is not None and head_actor.kind in ("country", "place")):
        if head_actor is not None and head_actor.kind == "country" and head.text.lower() not in _capitals(book):
            if head.tag_ in ("NNPS", "NNS") or head.ent_type_ == "NORP":
                return "ethnic community"
            return "country"
        return "city/place"
    if head.ent_type_ == "NORP" or (head.tag_ in ("NNPS",) and head.text[:1].isupper()):
        return "ethnic community"
    if span[0].lower_ in _VAGUE_DET and not ents:
        return "vague"
    mods = [t for t in span if t.i < head.i]
    if any(t.ent_type_ in ("NORP", "GPE") or _is_country_form(t, book) for t in mods):
        return "nationality+group"
    if "ORG" in ents:
        return "organisation"
    if "PERSON" in ents:
        return "person"
    if not ents and span[0].lower_ in ("the", "this", "that", "these", "those"):
        return "vague"
    return "other"


_CAPS: set[str] | None = None


def _capitals(book: Any) -> set[str]:
    global _CAPS
    if _CAPS is None:
        _CAPS = {a.text.lower() for forms in book.by_form.values() for a in forms if a.how == "capital"}
    return _CAPS


def _is_country_form(tok: Any, book: Any) -> bool:
    actor = book.lookup(tok.text)
    return actor is not None and actor.kind in ("country", "place")


def outcome(span: Any, mentions: list[Any]) -> str:
    """unresolved / modifier / conflict / resolved (see the module docstring)."""
    from detente.reference.actors import primary_code

    over = [m for m in mentions if m.start < span.end and span.start < m.end]
    if not over:
        return "unresolved"
    head = span.root
    on_head = [m for m in over if m.start <= head.i < m.end]
    if not on_head:
        return "modifier"
    # the head and the words before it in the span: one noun phrase, which should name one country
    # ("Greek Cypriots" as GRC + CYP is a conflict; "X and Y" or "X in Y" after the head are not looked at)
    codes = {primary_code(m.label_) for m in over if m.start < head.i + 1 and m.end > span.start}
    return "conflict" if len(codes) > 1 else "resolved"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", default="train")
    parser.add_argument("--show", default=None, help="print the unresolved spans of a class (train only)")
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from detente.nlp.pipeline import build_pipeline, make_doc

    nlp = build_pipeline(stages=("actor_resolver",))
    book = nlp.get_pipe("actor_resolver").codebook
    rows = [json.loads(line) for line in (DATA / f"conflibert_ner_{args.part}.clean.jsonl").open()]
    table: dict[str, Counter[str]] = {c: Counter() for c in CLASSES}
    shown = 0
    for row, doc in zip(rows, nlp.pipe(make_doc(nlp, r["text"]) for r in rows), strict=True):
        mentions = list(doc.spans.get("actors", []))
        for _kind, lo, hi in row["spans"]:
            span = doc.char_span(lo, hi, alignment_mode="expand")
            if span is None or not len(span):
                continue
            cls = span_class(span, book)
            out = outcome(span, mentions)
            table[cls][out] += 1
            if args.show and cls == args.show and out != "resolved" and shown < args.limit:
                shown += 1
                codes = [(m.text, m.label_) for m in mentions if m.start < span.end and span.start < m.end]
                print(f"{out:10s} {span.text!r} head={span.root.text!r} {codes}")
    if args.json:
        print(json.dumps({c: dict(t) for c, t in table.items()}))
        return 0
    print(f"conflibert_ner_{args.part}: gold Source/Target/Reciprocal spans by class and resolver outcome\n")
    print("| class | spans | " + " | ".join(OUTCOMES) + " |")
    print("|---|---:|" + "---:|" * len(OUTCOMES))
    total: Counter[str] = Counter()
    for c in CLASSES:
        t = table[c]
        total.update(t)
        print(f"| {c} | {sum(t.values())} | " + " | ".join(str(t[o]) for o in OUTCOMES) + " |")
    print(f"| all | {sum(total.values())} | " + " | ".join(str(total[o]) for o in OUTCOMES) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
