"""Event dates: the date a sentence states, resolved against the document date, never invented.

An event is dated by the first DATE entity in its sentence that we can read (``"in October 2025"``,
``"last week"``, ``"in 2022"``), resolved with ``dateparser`` relative to the document's publication date.
The result keeps the precision the text gives: ``"2022"``, ``"2025-10"`` or ``"2025-10-27"``. Without a
readable date the document date is used (``date_how="document"``); without that, ``None``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from detente.nlp.extensions import sentence_ents

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
MONTH_ONLY = re.compile(
    r"^(?:(?:in|on|by|during|since|until|from|early|late|mid-?|last|this|of)\s+)*("
    + "|".join(MONTHS)
    + r"|"
    + "|".join(m[:3] for m in MONTHS)
    + r")\.?$",
    re.I,
)
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
WEEKDAY = re.compile(r"^(?:(?:on|this|by|until)\s+)?(" + "|".join(WEEKDAYS) + r")$", re.I)
# clause-level dependency labels: a date belongs to the clause whose verb carries one of these
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "xcomp"}
DURATION = re.compile(r"^(within|for|over the (past|last|next)|in the (next|coming)|the (next|coming))\b", re.I)
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
    if DURATION.match(text) and not YEAR.search(text):
        return None  # "within four months", "for two weeks": a span, not a point in time
    month_only = MONTH_ONLY.match(text)
    if month_only:
        # "in August": the month at month precision (never a day dateparser would invent), in the year
        # that makes it not later than the document date (news reports what has happened)
        base = _base(published)
        if base is None:
            return None
        month = _month(month_only.group(1))
        in_year = base.year if month <= base.month else base.year - 1
        return f"{in_year}-{month:02d}"
    weekday = WEEKDAY.match(text)
    if weekday:
        # "on Monday" in a text published on a Monday is that day; dateparser's "past" gives the week before
        base = _base(published)
        if base is None:
            return None
        back = (base.weekday() - WEEKDAYS.index(weekday.group(1).lower())) % 7
        return (base - timedelta(days=back)).date().isoformat()
    month_year = MONTH_YEAR.search(text)
    if month_year and not re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", text.replace(month_year.group(2), "")):
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


def after_publication(date: str | None, published: str | None) -> bool:
    """Whether ``date`` (at its own precision) lies after the publication date: such an event cannot
    have happened yet when the text was written ("New START expires in February 2026" in a 2025 text)."""
    if not date or not published:
        return False
    return date > str(published)[: len(date)]


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause ``tok`` sits in (the root for a main clause)."""
    cur = tok
    for _ in range(12):
        if cur.head is cur or (cur.pos_ in ("VERB", "AUX") and cur.dep_ in CLAUSE_DEPS):
            return cur
        cur = cur.head
    return cur


def _since_clause(head: Token) -> bool:
    """ "Moscow has since refused": an adverbial "since" dates the clause after an earlier one."""
    return any(c.dep_ == "advmod" and c.lower_ == "since" for c in head.children)


def event_date(trigger: Token, sent: Span, published: str | None) -> tuple[str | None, str | None]:
    """``(date, how)`` for the event whose trigger is ``trigger``: a date of the trigger's own clause
    first, then one of a clause above it ("On October 16, Trump announced that he would ..."), then any
    other readable date in the sentence. A "has since" clause takes no date of another clause
    ("suspended in 2023, and Moscow has since refused": the refusal is not dated 2023)."""
    head = _clause_head(trigger)
    since = _since_clause(head) or any(c.dep_ == "advmod" and c.lower_ == "since" for c in trigger.children)
    ranked: list[tuple[int, int, str]] = []
    for ent in sentence_ents(sent):
        if ent.label_ != "DATE":
            continue
        value = resolve(ent.text, published)
        if not value:
            continue
        ent_head = _clause_head(ent.root)
        if ent.root == trigger or trigger in ent.root.ancestors:
            rank = -1  # the trigger's own phrase: "Friday's summit", "talks on Feb. 12"
        elif ent_head == head:
            rank = 0
        elif since:
            continue
        elif ent_head in head.ancestors:
            rank = 1
        else:
            rank = 2
        ranked.append((rank, ent.start, value))
    if ranked:
        return min(ranked)[2], "text"
    if published:
        return str(published)[:10], "document"
    return None, None


def sentence_date(sent: Span, published: str | None) -> tuple[str | None, str | None]:
    """``(date, how)`` for an event in ``sent``: how is "text", "document" or None."""
    for ent in sentence_ents(sent):
        if ent.label_ != "DATE":
            continue
        value = resolve(ent.text, published)
        if value:
            return value, "text"
    if published:
        return str(published)[:10], "document"
    return None, None
