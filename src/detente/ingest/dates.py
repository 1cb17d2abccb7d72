"""Publication dates: from metadata when given, else the URL, else the top of the text, else unknown.

Only a full calendar date (day, month and year) near the top of the article, standing where datelines
stand, is taken from the text: on a short line of its own ("Anchorage, Alaska, August 16, 2025"), at
the start of a line ("October 22, 2025 – A summit..."), or right after a dateline cue ("As of",
"Published", "date"). "On February 24, 2022, Russia launched a full-scale invasion" is about an event,
not the article: a wrong date is worse than none.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import dateparser

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_PATTERNS = [
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*\d{{4}}\b", re.I),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b", re.I),
]
TOP_CHARS = 600
SHORT_LINE_WORDS = 12
_CUE = re.compile(r"(?i)(?:^|\b)(as of|published( on)?|updated( on)?|posted( on)?|dated?|last modified)\W{0,3}$")
_LINE_START = re.compile(r"^[\W\d]*$|^[A-Z][A-Za-z .'/]{0,40}(,\s*[A-Z][A-Za-z .']{0,30})?\s*[-\u2013\u2014,]\s*$")
_URL_DATE = [re.compile(r"/(20\d{2}|19\d{2})/(\d{2})/(\d{2})(?:/|$)"), re.compile(r"/(20\d{2})(\d{2})(\d{2})(?:/|$)")]


def parse_date(value: str | None) -> date | None:
    """A metadata date string in any common format -> date, or None."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def _dateline(top: str, start: int, end: int) -> bool:
    """Does the date at ``top[start:end]`` stand where a publication date stands?"""
    line_start = top.rfind("\n", 0, start) + 1
    line_end = top.find("\n", end)
    line = top[line_start : line_end if line_end >= 0 else len(top)]
    before = top[line_start:start]
    return (
        len(line.split()) <= SHORT_LINE_WORDS
        or bool(_LINE_START.match(before))
        or bool(_CUE.search(top[max(line_start, start - 20) : start]))
    )


@lru_cache(maxsize=4096)
def _full_date(value: str) -> date | None:
    """``parse_date`` of a full date a ``_PATTERNS`` pattern matched (day, month and year written out, so the
    same string is always the same date), memoised: ``dateparser`` takes milliseconds a call, and the articles
    of one feed share their datelines' dates."""
    return parse_date(value)


def date_from_text(text: str) -> date | None:
    """The first full date standing as a dateline in the first ``TOP_CHARS`` characters of the text."""
    top = text[:TOP_CHARS]
    found = [(m.start(), m.end(), m.group(0)) for p in _PATTERNS for m in p.finditer(top)]
    for start, end, value in sorted(found):
        if not _dateline(top, start, end):
            continue
        parsed = _full_date(value)
        if parsed and 1900 < parsed.year < 2100:
            return parsed
    return None


def date_from_url(url: str | None) -> date | None:
    """A full date in a URL path (``/2025/08/18/`` or ``/20251030/``), as news sites write them."""
    if not url:
        return None
    for pattern in _URL_DATE:
        m = pattern.search(url)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None
