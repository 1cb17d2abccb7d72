"""Event dates: the date a sentence states, resolved against the document date, never invented.

An event is dated by the first DATE entity in its sentence that we can read (``"in October 2025"``,
``"last week"``, ``"in 2022"``), resolved with ``dateparser`` relative to the document's publication date.
The result keeps the precision the text gives: ``"2022"``, ``"2025-10"`` or ``"2025-10-27"``. Without a
readable date the document date is used (``date_how="document"``); without that, ``None``.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from spacy.tokens import Span

YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})s?\b")
MONTHS = "january february march april may june july august september october november december".split()
MONTH_YEAR = re.compile(
    r"\b(" + "|".join(MONTHS) + r"|" + "|".join(m[:3] for m in MONTHS) + r")\.?,?\s+(\d{4})\b", re.I
)
DAY_WORDS = re.compile(
    r"\b(\d{1,2}(st|nd|rd|th)?\b|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|week|month|ago)",
    re.I,
)
# DATE entities that describe a duration or an era rather than a point in time
VAGUE = re.compile(r"\b(years?|decades?|centur(y|ies)|era|times?|long|recent|current|future)\b", re.I)


def _base(published: str | None) -> datetime | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(str(published)[:19].replace("Z", ""))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def resolve(text: str, published: str | None = None) -> str | None:
    """An ISO date (year, year-month or full date, as precise as ``text``) or None when unreadable."""
    text = text.strip()
    if not text or (VAGUE.search(text) and not YEAR.search(text)):
        return None
    month_year = MONTH_YEAR.search(text)
    if month_year and not re.search(
        r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", text.replace(month_year.group(2), "")
    ):
        return f"{month_year.group(2)}-{_month(month_year.group(1)):02d}"
    year = YEAR.search(text)
    if year and year.group(0).endswith("s"):
        return None  # "the 1990s": an era, not a date
    if year and not DAY_WORDS.search(text.replace(year.group(1), "")) and not month_year:
        return year.group(1)
    import dateparser  # imported lazily: loading its language data costs ~0.5 s

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    base = _base(published)
    if base is not None:
        settings["RELATIVE_BASE"] = base
    elif not YEAR.search(text):
        return None  # a relative date with nothing to resolve it against
    cleaned = re.sub(r"^(in|on|at|by|during|since|from|until|early|late|mid-?)\s+", "", text, flags=re.I)
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        return year.group(1) if year else None
    return parsed.date().isoformat()


def _month(name: str) -> int:
    key = name.lower()[:3]
    return [m[:3] for m in MONTHS].index(key) + 1


def sentence_date(sent: Span, published: str | None) -> tuple[str | None, str | None]:
    """``(date, how)`` for an event in ``sent``: how is "text", "document" or None."""
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        value = resolve(ent.text, published)
        if value:
            return value, "text"
    if published:
        return str(published)[:10], "document"
    return None, None
