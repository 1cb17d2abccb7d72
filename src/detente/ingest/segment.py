"""Rule-based sentence segmentation over the cleaned text.

Boundaries are fixed here, once, at ingest, and handed to the spaCy pipeline (which respects preset
sentence starts), so a sentence index means the same thing in every table. Rules:
- a line break always ends a sentence (headings, list items and table rows stand alone);
- within a line, ``.``/``!``/``?`` (plus closing quotes/brackets) followed by a space and an upper-case
  letter, digit or opening quote ends a sentence, unless the word is a known abbreviation ("U.S.",
  "Dec.") or a single initial ("J.");
- footnote marks right after such an end and before a capitalised word ("failed.[1] The", "failed. [2][3] The",
  "failed.[a] The", "failed.[citation needed] The") stay with the sentence they follow;
- numbers with commas or points ("2,025", "3.5") never split because no space follows the mark, nor does a
  decimal point in pre-tokenised text, spaced on both sides between two bare numbers ("1 . 5 million",
  :func:`spaced_decimal_points`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from detente.paths import data_file

_BOUNDARY = re.compile(r"[.!?…]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")
# a footnote mark right after a sentence end, before a capitalised word ("failed.[1] The", "failed. [12][13] The"):
# the mark ends the sentence it follows, so the next sentence starts at the capital (tried before _BOUNDARY, which
# would otherwise cut before the mark, "[1] The ...", or, with no space after the point, not at all)
# (docs/events.md rule 108c:) a lettered note ("failed.[a] The") and an editor's "[citation needed]" (any
# "[... needed]") end a sentence the same way: before, "left.[citation needed] The ..." stayed one with the next
_MARK = r"\[(?:\d{1,3}|[a-z]|[a-z]+ needed)\]"
_FOOTNOTE_BOUNDARY = re.compile(rf"[.!?…]+[\"')\]]*(?:\s?{_MARK})+(?=\s+[\"'(]?[A-Z])")
_FOOTNOTES = re.compile(rf"(?:\s?{_MARK})+$")
_WORD_BEFORE = re.compile(r"(\S+)$")
# a point between two bare numbers, spaced on both sides: pre-tokenised text writes 1.5 as "1 . 5"; a sentence
# ending in a number has a longer one before it only as a year ("in 2010 . 5 people"), so 1-3 digits before
_SPACED_DECIMAL = re.compile(r"(?<!\S)\d{1,3} (\.) \d+(?!\S)")
# a whole number written the same way: "1 , 044", "88 , 550 , 000", "2 , 374 . 5" (thousands groups of exactly three
# digits, 1-3 digits before the first); running text writes "1,044" and never matches
_SPACED_NUMBER = re.compile(r"(?<!\S)\d{1,3}(?:(?: , \d{3})+(?: \. \d+)?| \. \d+)(?!\S)")
# a possessive "'s" written with a typographic apostrophe and split off by pre-tokenised text ("Israel ’ s air
# force"): the tokenizer reads "’" and "s" as two words, where "Israel 's" (a straight apostrophe) is one clitic
_SPACED_POSSESSIVE = re.compile(r"(?<=\w) (’ s)(?!\S)")
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    lines = data_file("ingest", "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def _is_abbreviation(text: str, dot_end: int) -> bool:
    # only the last few characters: searching from 0 made splitting one long line quadratic in its length
    m = _WORD_BEFORE.search(text, max(0, dot_end - 64), dot_end)
    if not m:
        return False
    word = m.group(1).lstrip("\"'([")
    if word in abbreviations():
        return True
    return bool(re.fullmatch(r"[A-Z]\.", word))  # an initial: "George W. Bush"


def spaced_decimal_points(text: str) -> list[int]:
    """Offsets of the decimal points written with a space on each side ("22 . 5 million"): no sentence ends there."""
    return [m.start(1) for m in _SPACED_DECIMAL.finditer(text)]


def spaced_numbers(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each number written with spaced decimal points or thousands commas in pre-tokenised
    text ("1 , 044", "22 . 5"). A day of the month before a comma is a date, not a number: "May 5 , 200 people"."""
    spans: list[tuple[int, int]] = []
    for m in _SPACED_NUMBER.finditer(text):
        before = _WORD_BEFORE.search(text[: m.start()].rstrip())
        if " , " in m.group(0) and before is not None and before.group(1).lower().rstrip(".") in _MONTHS:
            continue
        spans.append((m.start(), m.end()))
    return spans


def spaced_possessives(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each possessive "’ s" that pre-tokenised text split off its word ("Japan ’ s
    government"): the apostrophe and the "s", one clitic as "Japan's" and "Japan 's" are (docs/events.md rule 56d)."""
    return [(m.start(1), m.end(1)) for m in _SPACED_POSSESSIVE.finditer(text)]


def _boundaries(line: str) -> list[re.Match[str]]:
    """Sentence ends in one line, in order: one with footnote marks replaces the plain one at the same point."""
    found = {m.start(): m for m in _BOUNDARY.finditer(line)}
    found.update((m.start(), m) for m in _FOOTNOTE_BOUNDARY.finditer(line))
    return [found[k] for k in sorted(found)]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text``, whitespace trimmed, empty ones skipped."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        cut = 0
        decimal_points = set(spaced_decimal_points(line))
        for m in _boundaries(line):
            if m.start() in decimal_points or m.start() < cut:
                continue
            mark = _FOOTNOTES.sub("", m.group(0))  # the punctuation without its footnote marks
            if mark.startswith(".") and len(mark.rstrip("\"')]")) == 1 and _is_abbreviation(line, m.start() + 1):
                continue
            spans.append((line_start + cut, line_start + m.end()))
            cut = m.end()
        spans.append((line_start + cut, line_start + len(line)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail > lead:
            out.append((s + lead, s + trail))
    return out
