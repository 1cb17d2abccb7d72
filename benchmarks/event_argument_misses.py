"""Why events are missed on CAMEO-style text: argument finding, classified (issue 14, docs/events.md rule 27).

Usage:
    .venv/bin/python benchmarks/event_argument_misses.py [--sets cameo,cb_train] [--list] [--out FILE]

Runs the rules (actor_resolver + event_coder, learned layer off, the same as ``eval_events.py --rules-only``)
over training material only: the leak-checked CAMEO-manual examples and ConfliBERT ``cameo_ner`` TRAIN
(``build/events/data/*.clean.jsonl``; never ConfliBERT test, the held-out check). It lists every sentence where

- ``cameo``: the example has no asserted event although a lexicon trigger fires or two actors could pair;
- ``cb_train``: a gold (Source, Target) pair of distinct primary actors (ConfliBERT's S/T/R spans, read as
  ``eval_events.py`` reads them) is not among the asserted events,

and says why, in this order:

- ``no trigger``: no lexicon trigger fires in the sentence (a vocabulary miss, not argument finding);
- ``actor unresolved``: the gold Source or Target span (cb_train), or a second pairable actor (cameo), has no
  actor code: the resolver's part;
- ``args found, suppressed``: a trigger has both a source and a target, but modality or a non-event test
  dropped the event (or it is coded within one country);
- otherwise an argument class, from the dependency path between the closest trigger and the actor the rules
  did not reach: passive agent, prepositional object (``prep:WORD``), nominal possessor / "by" / "of" /
  "between", apposition, relative clause, participial modifier, "X-led" compound, compound / adjective
  ("Israeli troops"), coordination, subject of a governing verb, or ``outside the clause``.

``--list`` prints each sentence with the parse around trigger and actors (for reading); the tally of classes
is printed at the end (counts only go into BENCHMARKS.md, never sentences).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from detente.reference.actors import distinct_actors
from detente.reference.actors import primary_code as primary

DATA = Path(__file__).resolve().parents[1] / "build" / "events" / "data"
SETS = {"cameo": "cameo_examples.clean.jsonl", "cb_train": "conflibert_ner_train.clean.jsonl"}


def load(name: str) -> list[dict[str, Any]]:
    with (DATA / SETS[name]).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ancestors(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 100:
        out.append(out[-1].head)
    return out


def path(trigger: Token, actor: Token) -> tuple[list[Token], list[Token]]:
    """(trigger -> LCA, actor -> LCA) token chains, each starting at its own end and ending below the LCA."""
    up_t, up_a = ancestors(trigger), ancestors(actor)
    a_ids = {t.i for t in up_a}
    lca = next((t for t in up_t if t.i in a_ids), None)
    if lca is None:  # another sentence
        return up_t, up_a
    return up_t[: [t.i for t in up_t].index(lca.i)], up_a[: [t.i for t in up_a].index(lca.i)]


def classify(trigger: Token, actor: Span) -> str:
    """The construction that links ``actor`` to ``trigger`` in the parse (a coarse class name)."""
    doc = actor.doc
    after = doc[actor.end : actor.end + 2]
    if len(after) == 2 and after[0].text in ("-", "–") and after[1].tag_ in ("VBN", "VBD"):
        return "participial compound (X-led)"
    up_t, up_a = path(trigger, actor.root)
    a_deps = [t.dep_ for t in up_a]
    t_deps = [t.dep_ for t in up_t]
    nominal = trigger.pos_ in ("NOUN", "PROPN")
    if not up_t:  # actor inside the trigger's subtree
        if "agent" in a_deps:
            return "passive agent (by)"
        if "appos" in a_deps:
            return "apposition"
        if "conj" in a_deps:
            return "coordination"
        top = up_a[-1]
        if top.dep_ == "prep":
            word = top.lower_
            if nominal and word in ("by", "of", "between", "among", "from"):
                return f"nominal + {word}"
            return f"prep:{word}"
        if top.dep_ in ("poss", "compound", "amod", "nmod"):
            return "nominal possessor/compound" if nominal else f"modifier ({top.dep_})"
        if top.dep_ in ("acl", "relcl", "advcl", "xcomp", "ccomp", "pcomp"):
            return f"inside a clause under the trigger ({top.dep_})"
        if top.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr", "npadvmod"):
            return f"own slot, deeper ({top.dep_} > {'/'.join(a_deps[:-1][-2:]) or '-'})"
        return f"under trigger ({top.dep_})"
    if not up_a:  # trigger inside the actor's subtree
        top = up_t[-1]
        if top.dep_ == "relcl":
            return "relative clause on the actor"
        if top.dep_ == "acl":
            return "participial modifier on the actor"
        if top.dep_ in ("compound", "amod"):
            return "compound / adjective (trigger modifies actor)"
        if top.dep_ == "appos":
            return "apposition"
        return f"trigger under actor ({top.dep_})"
    top_a = up_a[-1]
    if "conj" in a_deps[-1:]:
        return "coordination"
    if top_a.dep_ in ("nsubj", "nsubjpass") and "appos" in a_deps:
        return "apposition"
    if top_a.dep_ in ("nsubj", "nsubjpass"):
        links = [t.dep_ for t in up_t]
        if nominal and links[0] in ("dobj", "pobj", "attr", "nsubjpass", "conj", "compound"):
            return f"subject of governing verb (nominal, {links[0]})"
        if links[-1] in ("xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "pcomp", "prep"):
            return f"subject of governing verb ({links[-1]})"
        return f"subject of governing verb ({'/'.join(links[-2:])})"
    if top_a.dep_ == "agent" or "agent" in a_deps:
        return "passive agent (by), other clause"
    if "appos" in a_deps:
        return "apposition"
    if top_a.dep_ == "prep":
        return f"prep:{top_a.lower_} of the governing word"
    if top_a.dep_ in ("dobj", "dative"):
        return "object of governing verb"
    return f"outside the clause ({'/'.join(t_deps[-1:])} vs {'/'.join(a_deps[-1:])})"


def context(sent: Span, toks: list[Token]) -> str:
    """The parse of the tokens of interest: word/dep<-head."""
    return "  ".join(f"{t.text}/{t.dep_}<-{t.head.text}" for t in sorted(set(toks), key=lambda t: t.i))


def sentence_misses(coder: Any, doc: Doc, gold: set[tuple[str, str]] | None) -> Iterator[tuple[str, str]]:
    """(class, detail) for each miss in ``doc`` (one sentence's text): ``gold`` pairs for cb_train, None for
    the CAMEO examples (a miss = no asserted event)."""
    mentions = [m for m in doc.spans["actors"] if m.label_] if "actors" in doc.spans else []
    asserted = [e for e in doc._.events or [] if not e["negated"] and not e["hypothetical"]]
    pred = {(primary(e["source"]), primary(e["target"])) for e in asserted}
    if gold is None:
        if asserted:
            return
        wanted: list[tuple[Span | None, Span | None]] = []
        pairable = [
            (a, b) for a in mentions for b in mentions if a.start < b.start and distinct_actors(a.label_, b.label_)
        ]
        if not pairable:
            yield "actor unresolved (fewer than two pairable actors)", ""
            return
        wanted = [(a, b) for a, b in pairable]
    else:
        wanted = []
        for s, t in sorted(gold - pred):
            src = [m for m in mentions if m.label_ and primary(m.label_) == s]
            tgt = [m for m in mentions if m.label_ and primary(m.label_) == t]
            wanted.append((src[0] if src else None, tgt[0] if tgt else None))
    tok_actor: dict[int, Span] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            tok_actor.setdefault(i, m)
    for sent in doc.sents:
        triggers = [t for t in (coder.triggers.trigger(tok) for tok in sent) if t is not None]
        trig_at = {t.token.i: t for t in triggers}
        top = [t for t in triggers if coder.triggers.wrapped_by(t, trig_at) is None]
        for a, b in wanted:
            if a is None or b is None:
                yield "actor unresolved (gold span has no code)", ""
                continue
            if a[0].sent.start != sent.start:
                continue
            if b[0].sent.start != sent.start:
                yield "actors in different sentences", ""
                continue
            if not top:
                yield "no trigger", ""
                continue
            # the trigger closest to the two actors in the tree, with the arguments the rules give it
            best: tuple[int, Any, list[Span], list[Span]] | None = None
            for trig in top:
                inner = coder.triggers.wrapped(trig, trig_at)
                sources, targets, _ = coder.arguments.arguments(trig, inner, tok_actor)
                dist = sum(len(p) for m in (a, b) for p in path(trig.token, m.root))
                if best is None or dist < best[0]:
                    best = (dist, trig, sources, targets)
            assert best is not None
            _, trig, sources, targets = best
            reached = {s.start for s in sources + targets}
            if a.start in reached and b.start in reached:
                yield "args found, suppressed", f"{trig.token.text} {trig.code}"
                continue
            missing = [m for m in (a, b) if m.start not in reached]
            slot = (
                "neither reached"
                if len(missing) == 2
                else ("source not reached" if missing[0] is a else "target not reached")
            )
            # with gold (cb_train) the roles are known; for the CAMEO examples the pair is unordered
            for m in missing:
                cls = classify(trig.token, m)
                toks = [trig.token, trig.token.head, m.root, m.root.head]
                yield (
                    cls,
                    f"[{slot}] trigger {trig.token.text} ({trig.code}) actor {m.label_}:{m.text} | "
                    + context(sent, toks),
                )
            if gold is None:
                break  # one pair per CAMEO example is enough to say why it has no event


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="cameo,cb_train")
    parser.add_argument("--list", action="store_true", help="print each miss with its parse")
    parser.add_argument("--out", type=Path, help="write the listing here instead of stdout")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from detente.nlp.pipeline import make_doc
    from eval_events import event_pipeline, unmangle

    nlp = event_pipeline(rules_only=True)
    coder = nlp.get_pipe("event_coder")
    lines: list[str] = []
    for name in args.sets.split(","):
        rows = load(name)
        tally: Counter[str] = Counter()
        sentences = 0
        texts = [unmangle(r["text"]) for r in rows]
        for row, doc in zip(rows, nlp.pipe(make_doc(nlp, t) for t in texts), strict=True):
            gold: set[tuple[str, str]] | None = None
            if name == "cb_train":
                mentions = [m for m in doc.spans["actors"] if m.label_] if "actors" in doc.spans else []

                def role(kind: str, mentions: list[Any] = mentions, spans: list[Any] = row["spans"]) -> set[str]:
                    return {
                        m.label_
                        for m in mentions
                        for k, lo, hi in spans
                        if k == kind and lo < m.end_char and m.start_char < hi
                    }

                recip = role("R")
                full = {(x, y) for x in role("S") for y in role("T")} | {(x, y) for x in recip for y in recip}
                gold = {(primary(x), primary(y)) for x, y in full if distinct_actors(x, y)}
                gold = {(x, y) for x, y in gold if x != y}
                spans_kinds = {k for k, _, _ in row["spans"]}
                has_pair = {"S", "T"} <= spans_kinds or "R" in spans_kinds
                coded = (role("S") and role("T")) or len(recip) >= 2
                if not gold and has_pair and not coded:
                    gold = {("?", "?")}  # a gold pair whose spans the resolver left uncoded
                if not gold:
                    continue
            misses = list(sentence_misses(coder, doc, gold))
            if not misses:
                continue
            sentences += 1
            for cls, detail in misses:
                tally[cls] += 1
                if args.list:
                    lines.append(f"{name}\t{cls}\t{detail}\t{' '.join(doc.text.split())}")
        lines.append(f"\n== {name}: {len(rows)} rows, {sentences} with a miss; classes (count per missed actor):")
        for cls, n in tally.most_common():
            lines.append(f"  {n:4d}  {cls}")
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
