"""Headline-class errors of the CNC train 5-fold CV, counted by shape (issue 13, round 101).

    .venv/bin/python benchmarks/causal_headline_shapes.py [--on SETTING ...] [--off SETTING ...] [--list]

Reads CNC train's out-of-fold claims at classifier.json's settings (``causal_convention_filters.cnc_claims``:
out-of-fold probabilities and tagger readings, without the per-fold tuning; ``--on`` / ``--off`` turn named boolean
settings on / off first) and counts the errors that come from what a feed glues before a story's first sentence: a
headline, a publication stamp, an agency tag or byline, a photo caption. An error is a false-positive sentence (a claim
in a sentence CNC marks non-causal), a wrong pair in a causal sentence (a claim no gold pair matches, the scorer's
Jaccard >= 0.5 on both sides), or a missed sentence; it is headline-class when a claim of it has a side in the glued
part (before the story's first sentence starts) or when the sentence is a headline alone. Each is put in one shape, the
first that fits:

- a claim across a publication stamp: one side before the stamp, the other after it (no trim cuts it);
- a side cut inside a stamp: it starts on the stamp's clock time ("07:49 AM Members ...") or ends on its date
  ("against X 01st", "... 07th July 2012"), which ``after_dateline`` and ``end_datelines`` read only whole;
- an agency tag or byline ("- Indian Express Agencies , Agencies :", "ANA Reporter", "Press Trust Of India");
- a photo caption or its credit ("Photo :", a label with a colon before a caption);
- a headline that ends in a colon or a dash, no stamp after it ("X attacked : Y to lead a march");
- a title-case run before the first verb (a headline in title case, no stamp);
- a headline with no full stop (a sentence that is a headline alone);
- a claim inside the headline (both sides before the stamp) or another glued part.

Counts only (no sentence printed unless ``--list``, for reading on the train folds); CNC dev is never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import causal_convention_filters as F  # noqa: E402
import eval_causal as E  # noqa: E402
from detente.nlp.causal_parse import dateline_bounds  # noqa: E402

AGENCY = re.compile(
    r"Indian Express|Press Trust Of India|Express News Service|\bAgencies\b|\bANA Reporter\b|\( ANA \)|\bIANS\b|"
    r"Staff Reporter|Staff Correspondent|Special Correspondent|\bPTI\b"
)
CAPTION = re.compile(r"\bPhoto\b|\bPHOTO\b|Photo Credit|\bFile photo\b")
PLACE = re.compile(r"(?:^|\s)[A-Z][A-Z.]{2,}(?: ?/ ?[A-Z][A-Z.]+| [A-Z][A-Z.]+)* :")
CLOCK = re.compile(r"^(?:[A-Z][a-z]+ \d{4} )?(?:\d{1,2}:\d{2} ?)?(?:[AaPp]\.?[Mm]\b|\d{1,2}:\d{2})")
DATE_END = re.compile(r"\d{1,2}(?:st|nd|rd|th)(?: [A-Z][a-z]+(?: \d{4})?)?$")
PUBLISHED = re.compile(r"PUBLISHED : \w+ , \d{1,2} \w+ , \d{4} , \d{1,2}:\d{2}\s?[ap]m")
VERB_TAGS = ("VB", "VBD", "VBZ", "VBP")
GOLD_JACCARD = 0.5


def tokens(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.lower()))


def jaccard(a: str, b: str) -> float:
    x, y = tokens(a), tokens(b)
    return len(x & y) / len(x | y) if x | y else 0.0


def wrong_claims(claims: list[dict], pairs: list[dict]) -> list[dict]:
    """The claims no gold pair matches (the scorer's greedy match)."""
    left, wrong = list(pairs), []
    for c in claims:
        best = max(
            left, default=None, key=lambda g: min(jaccard(c["cause"], g["cause"]), jaccard(c["effect"], g["effect"]))
        )
        if best and min(jaccard(c["cause"], best["cause"]), jaccard(c["effect"], best["effect"])) >= GOLD_JACCARD:
            left.remove(best)
        else:
            wrong.append(c)
    return wrong


def story_start(text: str) -> int:
    """Where the story's first sentence starts: after the last publication stamp, "PUBLISHED : ..." stamp, place
    dateline with a colon or agency tag in the text's first part (0 when the text has none of them)."""
    ends = [b for _, b in dateline_bounds(text) if b < len(text) - 20]
    ends += [m.end() for m in PUBLISHED.finditer(text)]
    head = max(ends, default=0)
    window = text[: head + 80] if head else text[:120]
    ends += [m.end() for m in PLACE.finditer(window) if m.end() < len(text) - 20]
    ends += [m.end() for m in AGENCY.finditer(window) if m.end() < len(text) - 20]
    return max(ends, default=0)


def title_run(doc) -> bool:
    """Four or more title-case words in a row from the sentence's start, before its first finite verb."""
    n = 0
    for t in doc:
        if t.tag_ in VERB_TAGS and t.is_lower:
            break
        if t.is_alpha and t.text[0].isupper():
            n += 1
            if n >= 4:
                return True
        elif t.is_alpha and t.text not in ("of", "to", "in", "for", "on", "at", "and", "the", "a", "over", "as"):
            n = 0
    return False


def shape(text: str, claim: dict | None, start: int, stamps: list[tuple[int, int]], doc) -> str | None:
    """The shape of one headline-class error (a claim, or None for a missed or headline-only sentence)."""
    headline_only = not text.rstrip().endswith((".", "!", "?", "\u201d", '"', "'"))
    if claim is not None:
        sides = sorted((claim[f"{s}_start"], claim[f"{s}_end"], claim[s]) for s in ("cause", "effect"))
        if any(sides[0][0] < a and sides[1][1] > b for a, b in stamps):
            return "a claim across a publication stamp"
        if any(CLOCK.match(s[2]) or DATE_END.search(s[2]) for s in sides) and (stamps or PUBLISHED.search(text)):
            return "a side cut inside a stamp"
        touches = sides[0][0] < start
        if not touches and not headline_only:
            return None
    elif not start and not headline_only:
        return None
    head = text[: start or len(text)]
    if AGENCY.search(head):
        return "an agency tag or byline"
    if CAPTION.search(head):
        return "a photo caption or its credit"
    if not stamps and re.search(r"\w (?::|-|\u2013|\u2014) ", head[:80]) and headline_only:
        return "a headline ending in a colon or a dash"
    if not stamps and title_run(doc):
        return "a title-case run before the first verb"
    if headline_only:
        return "a headline with no full stop"
    return "a claim inside the headline or another glued part"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--on", nargs="*", default=[], help="boolean settings turned on before reading")
    ap.add_argument("--off", nargs="*", default=[], help="boolean settings turned off before reading")
    ap.add_argument("--list", action="store_true", help="print each error's id and shape (train folds only)")
    args = ap.parse_args()
    if args.on or args.off:
        load = E.Classifier.load

        def load_on(*a, **k):
            c = load(*a, **k)
            for name in args.on:
                setattr(c.settings, name, True)
            for name in args.off:
                setattr(c.settings, name, False)
            return c

        E.Classifier.load = staticmethod(load_on)  # type: ignore[method-assign]
    docs, gold, comp, parsed, probs, spans, ids, roles, pieces = F.cnc_setup()
    counts: dict[str, Counter] = {"false-positive sentences": Counter(), "wrong pairs": Counter(), "missed": Counter()}
    for i, doc in enumerate(parsed):
        claims = F.oof_claims(comp, doc, probs[i], spans, roles, pieces, ids[i])
        g, text = gold[i], docs[i]["text"]
        start, stamps = story_start(text), dateline_bounds(text)
        if g["causal"] and not claims:
            s = shape(text, None, start, stamps, doc)
            kind = "missed"
            found = [s] if s else []
        elif claims and not g["causal"]:
            kind = "false-positive sentences"
            found = sorted({s for c in claims if (s := shape(text, c, start, stamps, doc))})[:1]
        elif claims:
            kind = "wrong pairs"
            found = [s for c in wrong_claims(claims, g.get("pairs", [])) if (s := shape(text, c, start, stamps, doc))]
        else:
            continue
        for s in found:
            counts[kind][s] += 1
            if args.list:
                print(f"{ids[i]}\t{kind}\t{s}")
    names = sorted({s for c in counts.values() for s in c}, key=lambda s: -sum(c[s] for c in counts.values()))
    print("| shape | false-positive sentences | wrong pairs in causal sentences | missed sentences |")
    print("|---|---|---|---|")
    for s in names:
        print(f"| {s} | " + " | ".join(str(counts[k][s]) for k in counts) + " |")
    print("| all | " + " | ".join(str(sum(counts[k].values())) for k in counts) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
