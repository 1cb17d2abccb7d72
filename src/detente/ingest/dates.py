"""Publication dates: from metadata when given, else from the top of the text, else unknown.

Only a full calendar date (day, month and year) near the top of the article is taken from the text:
a bare year or a date deep in the body is about something else, and a wrong date is worse than none.
"""

from __future__ import annotations

import re
from datetime import date

import dateparser

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_PATTERNS = [
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}\b", re.I),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b", re.I),
]
TOP_CHARS = 600


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


def date_from_text(text: str) -> date | None:
    """The first full date in the first ``TOP_CHARS`` characters of the (cleaned) text."""
    top = text[:TOP_CHARS]
    found = [(m.start(), m.group(0)) for p in _PATTERNS for m in p.finditer(top)]
    for _, value in sorted(found):
        parsed = parse_date(value)
        if parsed and 1900 < parsed.year < 2100:
            return parsed
    return None
