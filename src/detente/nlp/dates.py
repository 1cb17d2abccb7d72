"""Event dates: the date a sentence states, at the granularity it states it, never invented.

A date is written as a **label**, an ISO-style prefix at the text's own granularity (its *precision*):

| precision | label | period | example text |
|---|---|---|---|
| day | ``2025-10-27`` | that day | "on October 27", "yesterday", "on Tuesday" |
| week | ``2025-W43`` | that ISO week, Monday to Sunday | "last week", "the previous week", "two weeks ago" |
| month | ``2025-10`` | the month | "in October 2025", "in March", "late December 2024", "last month" |
| season | ``2025-spring`` | Mar-May, Jun-Aug, Sep-Nov; ``-winter``: Dec to Feb of the next year | "last spring" |
| quarter | ``2025-Q2`` | the quarter | "in the second quarter of 2025", "Q2 2025" |
| third | ``2025-early`` / ``-mid`` / ``-late`` | Jan-Apr, May-Aug, Sep-Dec | "through early 2025", "by mid-2025" |
| half | ``2025-H1`` | Jan-Jun, Jul-Dec | "in the first half of 2025" |
| year | ``2025`` | the year | "in 2024", "last year", "as of 2025" |

:func:`bounds` gives a label's first and last day: the store keeps both (``date``, ``date_end``) beside
the label, so events sort by (start, end) and a coarse date is never turned into a first-of-January or
first-of-month day. Relative expressions resolve against the publication date as *now*; without one
they are unreadable (None).

Which date an event gets (:func:`event_date`), in order:

1. a date the text states for the event's clause (or a clause above it): ``how`` ``"text"``, or
   ``"history"`` when the sentence recalls earlier history (below);
2. no stated date, and the sentence recalls earlier history: no date, ``how`` ``"background"``;
3. no stated date, an event the text presents as current: the publication date, ``how`` ``"document"``;
4. otherwise no date (``how`` None).

**Background** (recalled history) is read from general cues of tense, aspect and adverbials, never from
particular sentences: the past perfect outside reported speech ("had established"); a present perfect
that spans time: with a continuative or degree adverb ("has significantly expanded", "has actively
sought", "has long opposed"), a duration ("for years", "over the past decade"), "since" ("has since
refused", "since 2022", "since then"), a perfect progressive ("has been supplying"), or a verb of state
or gradual change ("has demonstrated", "has pursued"); history adverbs in any tense ("previously",
"formerly", "historically", "in the past", "back in"); an era ("the 1990s", "the early 1800s", "during
the Cold War"); "former"/"previous"/"prior" on the trigger or its subject ("the former
administration imposed..."); and an act tied by "during"/"at"/"after" to an occasion marked past ("during
Zelensky's last visit", "at last month's summit": :func:`past_occasion`, docs/events.md rule 356).
"since X", "until X", "before X", "after X" and "from X" name the edge of
a span, not the time of the event, and date nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from detente.nlp.extensions import sentence_ents
from detente.nlp.syntax import is_root, time_frame_object

PRECISIONS: tuple[str, ...] = ("day", "week", "month", "season", "quarter", "third", "half", "year")
MONTHS = "january february march april may june july august september october november december".split()
_MONTH_ALT = "|".join(MONTHS + [m[:3] for m in MONTHS] + ["sept"])
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month of each
THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None,
}  # fmt: skip
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

# labels -> precision
_LABELS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^\d{4}-W\d{2}$"), "week"),
    (re.compile(r"^\d{4}-\d{2}$"), "month"),
    (re.compile(r"^\d{4}-(spring|summer|autumn|winter)$"), "season"),
    (re.compile(r"^\d{4}-Q[1-4]$"), "quarter"),
    (re.compile(r"^\d{4}-(early|mid|late)$"), "third"),
    (re.compile(r"^\d{4}-H[12]$"), "half"),
    (re.compile(r"^\d{4}$"), "year"),
]

YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
# an era, a decade or a century: background, never a point in time
ERA = re.compile(
    r"\b(1[0-9]\d0s|20\d0s|\d0s|centur(y|ies)|decades?|millenni(um|a)|era|cold war|world war|soviet times)\b", re.I
)
# durations and vague spans: "within four months", "for two weeks", "in recent years", "the coming days"
DURATION = re.compile(
    r"^(within|for|over|throughout|in the (next|coming|past|last)|the (next|coming|past|last) \S+ (days|weeks|"
    r"months|years)|recent|the coming)\b",
    re.I,
)
VAGUE = re.compile(r"\b(years|months|weeks|days|times?|long|recent(ly)?|current|future|past|ages|lately)\b", re.I)
LEADING = re.compile(
    r"^(in|on|at|by|during|as of|of|through|throughout|around|about|circa|sometime in|some time in|the)\s+", re.I
)
SPAN_EDGE = {"since", "until", "till", "before", "after", "from", "prior"}  # "since 2022": an edge, not the date


def _base(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(str(published)[:19].replace("Z", "")).date()
    except ValueError:
        return None


def _month(name: str) -> int:
    key = name.lower()[:3]
    return [m[:3] for m in MONTHS].index(key) + 1


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_label(year: int, month: int, shift: int = 0) -> str:
    total = year * 12 + month - 1 + shift
    return f"{total // 12}-{total % 12 + 1:02d}"


def _not_after(base: date | None, month: int, day: int = 1) -> int | None:
    """The year that puts ``month`` (and ``day``) on or before the publication date: news reports what
    has happened ("in November" in an October text is last November)."""
    if base is None:
        return None
    return base.year if (month, day) <= (base.month, base.day) or (month == base.month) else base.year - 1


def precision(label: str | None) -> str | None:
    """The granularity of a date label (day, week, month, season, quarter, third, half, year) or None."""
    if not label:
        return None
    for pattern, name in _LABELS:
        if pattern.match(label):
            return name
    return None


def bounds(label: str | None) -> tuple[date, date] | None:
    """The first and last day of the period a label names, or None for no (or an unknown) label."""
    kind = precision(label)
    if kind is None or label is None:
        return None
    year = int(label[:4])
    if kind == "day":
        day = date.fromisoformat(label)
        return day, day
    if kind == "week":
        monday = date.fromisocalendar(year, int(label[6:]), 1)
        return monday, monday + timedelta(days=6)
    if kind == "month":
        return _month_span(year, int(label[5:7]), 1)
    if kind == "season":
        return _month_span(year, SEASONS[label[5:]], 3)
    if kind == "quarter":
        return _month_span(year, 3 * int(label[6]) - 2, 3)
    if kind == "third":
        first, _ = THIRDS[label[5:]]
        return _month_span(year, first, 4)
    if kind == "half":
        return _month_span(year, 1 if label.endswith("1") else 7, 6)
    return date(year, 1, 1), date(year, 12, 31)


def _month_span(year: int, month: int, months: int) -> tuple[date, date]:
    start = date(year, month, 1)
    end_label = _month_label(year, month, months)  # the month after the span
    after = date(int(end_label[:4]), int(end_label[5:7]), 1)
    return start, after - timedelta(days=1)


def _normalise(text: str) -> str:
    t = text.strip().lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    t = re.sub(r"'s\b|\u2019s\b", "", t).replace(",", " ")  # "Friday's", "November 2,2025"
    t = re.sub(r"[.;:'\u2019]+(?=\s|$)", "", t)  # "Oct.", trailing punctuation
    t = re.sub(r"\bmid-?\s*", "mid ", t)
    t = re.sub(r"\s+", " ", t).strip()
    for _ in range(4):
        t = LEADING.sub("", t)
    return t


_RELATIVE_UNIT = re.compile(r"^(last|previous|past|this|current|next|coming|earlier this|later this|so far this)\s+"
                            r"(week|month|year|quarter)$")  # fmt: skip
_EARLIER_IN = re.compile(r"^(?:earlier|later) in the (day|week|month|year)$")
_AGO = re.compile(r"^(\d+|" + "|".join(NUMBER_WORDS) + r")\s+(day|week|month|year)s?\s+ago$")
_WEEKDAY = re.compile(r"^(?:(last|this|past|previous)\s+)?(" + "|".join(WEEKDAYS) + r")(?:\s+(morning|afternoon|"
                      r"evening|night))?$")  # fmt: skip
_SEASON = re.compile(r"^(?:(last|this|past|previous|next)\s+)?(spring|summer|autumn|fall|winter)(?:\s+of)?"
                     r"(?:\s+(\d{4}))?$")  # fmt: skip
_QUARTER = re.compile(r"^(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?(?:\s+(\d{4}))?$|"
                      r"^q([1-4])\s*(\d{4})?$")  # fmt: skip
_HALF = re.compile(r"^(?:the\s+)?(first|second)\s+half(?:\s+of)?(?:\s+(\d{4}))?$|^h([12])\s*(\d{4})$")
_THIRD = re.compile(r"^(early|mid|late|the start of|start of|the beginning of|beginning of|the middle of|middle of|"
                    r"the end of|end of)\s+(?:the\s+year\s+)?(\d{4})$")  # fmt: skip
_MONTH = re.compile(r"^(?:(early|mid|late|the end of|end of|the start of|start of|the beginning of|beginning of|"
                    r"the middle of|middle of)\s+)?(" + _MONTH_ALT + r")(?:\s+of)?(?:\s+(\d{4}))?$")  # fmt: skip
_DAY_MD = re.compile(r"^(" + _MONTH_ALT + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+(\d{4}))?$")
_DAY_DM = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_ALT + r")(?:\s+(\d{4}))?$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_YEAR_ONLY = re.compile(r"^(?:the\s+year\s+|year\s+)?(\d{4})$")
_THIRD_WORD = {"start of": "early", "beginning of": "early", "middle of": "mid", "end of": "late"}


@lru_cache(maxsize=8192)
def resolve(text: str, published: str | None = None) -> str | None:
    """The label of the date ``text`` names (see the module docstring), as precise as the text and no
    more, or None when it names no point in time we can place ("decades", "the 1990s", "for two weeks",
    "2024 and early 2025", a relative date without a publication date)."""
    head, comma, rest = text.partition(",")
    if comma and rest.strip() and not rest.strip()[0].isdigit():
        # a date run on across a comma: "Tuesday, Nov. 4" names the day after the comma; "in June, months after
        # ..." ran on into the next clause, and the part before the comma is the date ("November 2, 2025": one)
        whole = resolve(text.replace(",", " "), published)
        if whole is not None:
            return whole
        if _normalise(head) in WEEKDAYS:
            return resolve(rest, published) or resolve(head, published)
        return resolve(head, published)
    t = _normalise(text)
    if not t or ERA.search(t):
        return None
    years = set(YEAR.findall(t))
    if len(years) > 1:
        return None  # "2024 and early 2025", "from 2022 to 2024": a span, not a point
    if DURATION.match(t) and not years:
        return None
    base = _base(published)
    value = _relative(t, base)
    if value is not None or (not years and VAGUE.search(t)):
        return value
    return _absolute(t, base)


def _relative(t: str, base: date | None) -> str | None:
    """ "yesterday", "last week", "two months ago", "on Tuesday", "last spring", against ``base``."""
    if base is None:
        return None
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return base.isoformat()
    if t in ("yesterday", "last night", "yesterday morning", "yesterday evening"):
        return (base - timedelta(days=1)).isoformat()
    if t == "tomorrow":
        return (base + timedelta(days=1)).isoformat()
    if t in ("week before", "a week earlier"):  # "the week before" ("the" is stripped by _normalise)
        return _week(base - timedelta(days=7))
    m = _EARLIER_IN.match(t)
    if m:  # "earlier in the year": news counts it in the current one, as "earlier this year"
        t = f"this {m.group(1)}" if m.group(1) != "day" else "today"
        return base.isoformat() if t == "today" else _relative(t, base)
    m = _RELATIVE_UNIT.match(t)
    if m:
        which, unit = m.groups()
        shift = -1 if which in ("last", "previous", "past") else 1 if which in ("next", "coming") else 0
        if unit == "week":
            return _week(base + timedelta(days=7 * shift))
        if unit == "month":
            return _month_label(base.year, base.month, shift)
        if unit == "quarter":
            q = (base.year * 4 + (base.month - 1) // 3) + shift
            return f"{q // 4}-Q{q % 4 + 1}"
        return str(base.year + shift)
    m = _AGO.match(t)
    if m:
        count = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
        if count is None:
            return None
        unit = m.group(2)
        if unit == "day":
            return (base - timedelta(days=count)).isoformat()
        if unit == "week":
            return _week(base - timedelta(days=7 * count))
        if unit == "month":
            return _month_label(base.year, base.month, -count)
        return str(base.year - count)
    m = _WEEKDAY.match(t)
    if m:
        # "on Monday" in a text published on a Monday is that day; "last Monday" the one before
        back = (base.weekday() - WEEKDAYS.index(m.group(2))) % 7
        if back == 0 and m.group(1) in ("last", "previous", "past"):
            back = 7
        return (base - timedelta(days=back)).isoformat()
    m = _SEASON.match(t)
    if m and not m.group(3):
        which, name = m.group(1), "autumn" if m.group(2) == "fall" else m.group(2)
        # the latest such season that has begun by the publication date; "last" wants one that has ended
        year = base.year if (SEASONS[name], 1) <= (base.month, base.day) else base.year - 1
        span = bounds(f"{year}-{name}")
        if which in ("last", "previous", "past") and span is not None and span[1] >= base:
            year -= 1
        elif which == "next":
            year += 1
        return f"{year}-{name}"
    return None


def _absolute(t: str, base: date | None) -> str | None:
    """Dates that name their year, or a month / day whose year the publication date gives."""
    m = _ISO_DAY.match(t)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    m = _YEAR_ONLY.match(t)
    if m:
        return m.group(1)
    m = _THIRD.match(t)
    if m:
        part = m.group(1).removeprefix("the ")
        return f"{m.group(2)}-{_THIRD_WORD.get(part, part)}"
    m = _QUARTER.match(t)
    if m:
        quarter = ORDINALS[m.group(1)] if m.group(1) else int(m.group(3))
        year = m.group(2) or m.group(4) or (str(base.year) if base else None)
        return f"{year}-Q{quarter}" if year else None
    m = _HALF.match(t)
    if m:
        half = (1 if m.group(1) == "first" else 2) if m.group(1) else int(m.group(3))
        year = m.group(2) or m.group(4)
        if not year:
            return f"{base.year}-H{half}" if base else None
        return f"{year}-H{half}"
    m = _SEASON.match(t)
    if m and m.group(3):
        name = "autumn" if m.group(2) == "fall" else m.group(2)
        return f"{m.group(3)}-{name}"
    m = _MONTH.match(t)
    if m:
        month = _month(m.group(2))
        year = int(m.group(3)) if m.group(3) else _not_after(base, month)
        return None if year is None else f"{year}-{month:02d}"  # early/mid/late within a month: the month
    m = _DAY_MD.match(t) or _DAY_DM.match(t)
    if m:
        if m.re is _DAY_MD:
            month, day, year_text = _month(m.group(1)), int(m.group(2)), m.group(3)
        else:
            day, month, year_text = int(m.group(1)), _month(m.group(2)), m.group(3)
        year = int(year_text) if year_text else _not_after(base, month, day)
        if year is None:
            return None
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    return None


def after_publication(label: str | None, published: str | None) -> bool:
    """Whether the period ``label`` names begins after the publication date: such an event cannot have
    happened yet when the text was written ("New START expires in February 2026" in a 2025 text)."""
    span, base = bounds(label), _base(published)
    if span is None or base is None:
        return False
    return span[0] > base


# -- which date an event gets --------------------------------------------------------------------------

# clause-level dependency labels: a date belongs to the clause whose verb carries one of these
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "xcomp"}
REPORTING = {
    "say", "tell", "report", "announce", "confirm", "claim", "state", "note", "add", "write", "insist",
    "warn", "allege", "explain", "reveal", "accuse", "argue", "suggest", "indicate", "acknowledge",
}  # fmt: skip
# adverbs that make a present perfect span time ("has long opposed", "has significantly expanded")
CONTINUATIVE = {
    "long", "always", "ever", "since", "previously", "repeatedly", "consistently", "steadily", "increasingly",
    "actively", "continuously", "continually", "gradually", "traditionally", "historically", "significantly",
    "substantially", "considerably", "dramatically", "progressively", "persistently", "constantly", "generally",
}  # fmt: skip
# verbs of state or gradual change: their perfect sums up a span ("has demonstrated resilience")
GRADUAL = {"demonstrate", "show", "prove", "remain", "grow", "evolve", "deteriorate", "deepen", "seek", "pursue",
           "maintain", "sustain", "continue", "keep", "become", "exist", "endure", "persist"}  # fmt: skip
HISTORY_ADVERBS = {"previously", "formerly", "historically", "traditionally", "originally", "once"}
DURATION_NOUNS = {"year", "years", "decade", "decades", "century", "centuries", "month", "months", "period",
                  "generation", "generations", "era"}  # fmt: skip
LONG_SPANS = {"years", "decades", "century", "centuries", "generations", "era"}
# unit nouns of a count measured back from a time the text gave ("years earlier", "two days before"), not from now
COUNTED_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"}
# historical names of states that no longer exist (the actor lexicon maps them to their heirs: "the Soviet Union"
# -> RUS): an act such a state does or suffers is history, whatever its tense
DEFUNCT_STATES = re.compile(
    r"(?<!former )\b(soviet union|soviets|ussr|u\.s\.s\.r\.?|yugoslavia|czechoslovakia|east germany|west germany|"
    r"russian empire|ottoman empire)\b",
    re.I,
)
EARLIER_ADJ = {"former", "previous", "prior", "past", "earlier", "then", "erstwhile", "late"}


def _absolute_clause(verb: Token) -> bool:
    """A verb under a preposition with a subject of its own ("..., with the EU planning a ban by 2027"): an
    absolute clause, whose dates are its own (docs/events.md rule 58a)."""
    return verb.dep_ == "pcomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause ``tok`` sits in (the root for a main clause)."""
    cur = tok
    for _ in range(12):
        if is_root(cur) or (cur.pos_ in ("VERB", "AUX") and (cur.dep_ in CLAUSE_DEPS or _absolute_clause(cur))):
            return cur
        cur = cur.head
    return cur


def _since_start(verb: Token) -> bool:
    """ "(has collapsed) since Russia invaded Ukraine": a past-tense clause under "since" on a present
    perfect names the start of a span that reaches now, an earlier time; a present tense ("since Russia
    refuses to negotiate") or a clause on a plain past is the causal "since"."""
    if verb.tag_ != "VBD" or not any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return False
    return verb.dep_ == "advcl" and _perfect(verb.head)[0]


def _since_clause(head: Token) -> bool:
    """ "Moscow has since refused", "since then ... have been", "has sent ... since Russia invaded": an
    adverbial "since" dates the clause after an earlier one."""
    if any(c.dep_ == "advcl" and _since_start(c) for c in head.children):
        return True
    for c in head.children:
        if c.lower_ == "since" and c.dep_ in ("advmod", "prep"):
            return True
        if c.lower_ == "since" and c.dep_ == "mark" and any(g.lower_ == "then" for g in c.children):
            return True
    return False


def _tense_chain(head: Token) -> list[Token]:
    """The clause head and the verbs whose tense it shares: an infinitive or participle hangs on a verb
    that carries the tense ("has sought to strengthen", "has demonstrated ..., diversifying ...") and a
    conjoined verb shares its first conjunct's auxiliary ("has expanded ... and imposed ...")."""
    chain = [head]
    cur = head
    for _ in range(6):
        own_tense = any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in cur.children)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
        if own_tense or is_root(cur):
            break
        if cur.dep_ == "xcomp" or (cur.dep_ == "conj" and not own_subject):
            cur = cur.head
        elif cur.dep_ in ("advcl", "acl") and cur.tag_ in ("VBG", "VBN") and not own_subject:
            if any(c.dep_ == "mark" for c in cur.children):
                break
            cur = cur.head
        else:
            break
        chain.append(cur)
    return chain


def _reported(head: Token) -> bool:
    """A clause under a reporting verb ("officials said Russia had fired ..."): its past perfect is the
    reporter's backshift, not a recalled earlier time."""
    cur = head
    for _ in range(6):
        if is_root(cur):
            return False
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in REPORTING:
            return True
        cur = cur.head
    return False


def _perfect(verb: Token) -> tuple[bool, bool, bool]:
    """(present perfect, past perfect, perfect progressive) of a verb, from its auxiliaries."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    participle = verb.tag_ in ("VBN", "VBG")
    present = participle and any(a in ("has", "have", "'ve") for a in auxes)  # "have been successful" too
    past = participle and any(a in ("had", "'d") for a in auxes)
    progressive = verb.tag_ == "VBG" and "been" in auxes
    return present, past, progressive


def _duration_phrase(tok: Token, nouns: set[str]) -> bool:
    """ "for years", "over the past decade", "in recent years", "in the past", "back in ..." on ``tok``."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "over", "throughout", "in", "during"):
            for o in (o for o in c.children if o.dep_ == "pobj"):
                mods = {m.lower_ for m in o.children}
                if o.lower_ in nouns and (c.lower_ != "in" or mods & {"recent", "past", "previous"}):
                    return True
                if o.lower_ == "past" and c.lower_ == "in":
                    return True
        if c.lower_ == "back" and c.dep_ == "advmod":
            return True
    return False


def _anaphoric_earlier(verb: Token) -> bool:
    """ "Years earlier, Iraq invaded Kuwait", "Two days before, ...", "At the time, Egypt condemned Israel",
    "Back then, ...": a time counted back from, or pointing at, a time the story gave (not now), on the clause's
    verb. The act lies before the story's time: recalled, never the publication date (docs/dates.md)."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in ("earlier", "before"):
            if any(g.dep_ == "npadvmod" and g.lower_ in COUNTED_UNITS for g in c.children):
                return True
        if c.dep_ == "advmod" and c.lower_ == "then" and any(g.lower_ == "back" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "at":
            for o in (o for o in c.children if o.dep_ == "pobj" and o.lower_ == "time"):
                dets = {d.lower_ for d in o.children if d.dep_ == "det"}
                if dets & {"the", "that"} and not any(d.dep_ == "prep" for d in o.children):
                    return True  # "at the time of writing" is now
    return False


def recalls_history(trigger: Token, sent: Span) -> bool:
    """Whether the sentence presents the event of ``trigger`` as earlier history (see the module
    docstring for the cues; each is a rule of tense, aspect or adverbials)."""
    head = _clause_head(trigger)
    chain = _tense_chain(head)
    reported = _reported(chain[-1])
    for verb in chain:
        present, past, progressive = _perfect(verb)
        advs = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "npadvmod", "prep")}
        if past and not reported:
            return True
        if present or progressive:
            gradual = verb.lemma_.lower() in GRADUAL
            if progressive or advs & CONTINUATIVE or gradual or _duration_phrase(verb, DURATION_NOUNS):
                return True
            if any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in ("continue",) for c in verb.children):
                return True
            if any(c.lower_ in ("continuing", "continued") for c in verb.subtree if c.i < verb.i):
                return True  # "X, and continuing under Y, has expanded ..."
        if advs & HISTORY_ADVERBS and not any(c.dep_ == "mark" and c.lower_ == "once" for c in verb.children):
            return True
        if _duration_phrase(verb, LONG_SPANS):
            return True  # any tense: "for decades, the two ...", "in the past", "back in 1991"
        if _since_clause(verb) or _anaphoric_earlier(verb):
            return True
    # the trigger itself or the actor doing it marked as earlier: "the former administration", "prior talks"
    marked = [trigger] + [c for c in chain[-1].children if c.dep_ in ("nsubj", "nsubjpass")]
    for tok in marked:
        if any(c.dep_ == "amod" and c.lower_ in EARLIER_ADJ for c in tok.children):
            return True
    # a state that no longer exists as the doer or the object: "The Soviet Union invaded Afghanistan"
    for arg in (c for c in chain[-1].children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        if DEFUNCT_STATES.search(sent.doc[arg.left_edge.i : arg.right_edge.i + 1].text):
            return True
    # an era the clause happens in: "in the early 1800s", "during the Cold War", "for decades"
    for ent in sentence_ents(sent):
        if ent.label_ in ("DATE", "EVENT") and ERA.search(ent.text) and _time_of(ent.root, chain):
            return True
    return False


# time-order words whose object happened before the clause it hangs on: "after its invasion of Ukraine",
# "following talks with ...", "since the annexation"; "before" / "ahead of" are left out: what a clause
# comes before may still lie ahead ("officials met ahead of the summit")
EARLIER_MARKERS = {"after", "following", "since"}
# "in response to X", "in the wake of X", "in the aftermath of X", "in retaliation for X": X came first
EARLIER_NOUNS = {"response", "wake", "aftermath", "retaliation"}
# an auxiliary that puts the clause ahead or in the hypothetical: what it comes after may not have happened
NOT_YET_AUX = {"will", "shall", "'ll", "wo", "would", "could", "might", "may", "should", "must", "can", "to"}


def _earlier_object(noun: Token) -> Token | None:
    """The clause verb a nominal event is told as coming before, or None: the object of a time-order word
    ("gas sales shrink after its invasion of Ukraine", "Following a recent phone conversation with X,
    Y wrote", "The decision follows talks between ...", "in response to X's strikes")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in EARLIER_MARKERS:
        return head.head
    if noun.dep_ in ("dobj", "pobj") and head.lower_ == "following":
        return head.head
    if noun.dep_ == "dobj" and head.lemma_ == "follow" and head.tag_ in ("VBZ", "VBP", "VBD"):
        return head  # "the decision follows talks ..."; a passive "was followed by" puts its agent after
    if noun.dep_ == "pobj" and head.lower_ in ("to", "of", "for") and head.head.lower_ in EARLIER_NOUNS:
        outer = head.head
        if outer.dep_ == "pobj" and outer.head.lower_ == "in":
            return outer.head.head
    return None


def prior_phrase(trigger: Token) -> Token | None:
    """The noun phrase head of an event the sentence tells as having come before its clause, or None:
    the trigger itself, or the noun whose relative clause holds it ("after Trump's meeting with X, during
    which he rejected ..."), when that noun is the object of a time-order word and the clause it precedes
    is told as having happened or happening (not a plan: "will respond after the vote")."""
    noun = trigger
    if trigger.pos_ not in ("NOUN", "PROPN"):
        if trigger.dep_ not in ("relcl", "acl") or trigger.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = trigger.head
    verb = _earlier_object(noun)
    if verb is None:
        return None
    clause = _clause_head(verb)
    for v in _tense_chain(clause):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in NOT_YET_AUX for c in v.children):
            return None
    return noun


# rule 356: an occasion an act is told as happening at, during or after ("during last month's G20 summit", "at
# the previous summit", "after Zelensky's last visit to Washington"): when the sentence marks the occasion as
# past, by one of PAST_OCCASION_ADJ or by a date before the reporting period, the act is recalled history
OCCASION_NOUNS = {"meeting", "visit", "summit", "talks", "trip", "conference", "round", "session", "tour",
                  "negotiations", "forum", "dialogue", "gathering", "encounter"}  # fmt: skip
OCCASION_PREPS = {"during", "at", "after", "following", "amid"}
PAST_OCCASION_ADJ = {"last", "previous", "prior", "earlier"}
# how many days before publication a dated occasion still counts as the reporting period ("Monday's summit")
CURRENT_PERIOD_DAYS = 7


# rule 365: an occasion that only places another act in time ("ahead of next week's summit", "since April's talks",
# "in the run-up to next month's summit"): the date in its phrase is the occasion's, not the act's; the time frames'
# words are the event lexicon's (`constructions.time_frame_preps` / `time_frame_heads`), passed in by the coder
TimeFrames = tuple[Collection[str], Collection[str]]


def _time_frame_occasion(tok: Token, frames: TimeFrames) -> Token | None:
    """The `OCCASION_NOUNS` noun that only places another act in time (the object of one of ``frames``, the time
    prepositions and the heads of "ahead of", "prior to"...: "ahead of next week's summit") and whose phrase holds
    ``tok``, or None; the search stops at the first verb above ``tok``."""
    for anc in [tok, *tok.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return None
        occasion = anc.lemma_.lower() in OCCASION_NOUNS or anc.lower_ in OCCASION_NOUNS
        if occasion and time_frame_object(anc, *frames):
            return anc
    return None


def _before_period(value: str, published: str | None) -> bool:
    """Whether the date label ``value`` ends before the reporting period (the week up to publication): "last
    month's", "February's", "the 2024"; "this week's", "Monday's" and "November's" (in a November paper) do not."""
    span, base = bounds(value), _base(published)
    return span is not None and base is not None and span[1] < base - timedelta(days=CURRENT_PERIOD_DAYS)


def past_occasion(trigger: Token, sent: Span, published: str | None) -> Token | None:
    """The head noun of a past occasion the act of ``trigger`` is tied to, or None (docs/events.md rule 356): an
    `OCCASION_NOUNS` noun that is the object of an `OCCASION_PREPS` preposition on the trigger noun, on a relative
    clause of it ("the agreement that A and B signed during their last meeting"), or on the trigger's own relative
    clause, and that the sentence marks as past: a `PAST_OCCASION_ADJ` modifier ("Zelensky's last visit", "the
    previous summit", "the earlier round of talks") or a date before the reporting period in its own phrase
    ("last month's G20 summit", "February's talks", "the 2024 NATO summit"). The trigger itself as such an
    occasion noun, with a possessor or a "the" ("Trump's last meeting with Putin"), is one too. A main clause's
    verb is never read: "Russia struck Kyiv during Zelensky's last visit" reports its act."""
    holders: list[Token] = []
    if trigger.pos_ in ("NOUN", "PROPN"):
        holders = [trigger] + [c for c in trigger.children if c.dep_ in ("relcl", "acl")]
    elif trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ in ("NOUN", "PROPN"):
        holders = [trigger]
    occasions = [
        obj
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in OCCASION_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj" and (obj.lemma_.lower() in OCCASION_NOUNS or obj.lower_ in OCCASION_NOUNS)
    ]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.lemma_.lower() in OCCASION_NOUNS and not is_root(trigger):
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in trigger.children):
            occasions.append(trigger)
    for noun in occasions:
        if any(c.dep_ == "amod" and c.lower_ in PAST_OCCASION_ADJ for c in noun.children):
            return noun
        for ent in sentence_ents(sent):
            if ent.label_ != "DATE" or ent.root.i >= noun.i or ent.root not in noun.subtree:
                continue
            value = resolve(ent.text, published)
            if value and _before_period(value, published):
                return noun
    return None


TEMPORAL_PREPS = {"in", "during", "throughout", "since", "after", "before", "until", "by", "from", "for", "over",
                  "through", "back", "at"}  # fmt: skip


def _time_of(tok: Token, chain: list[Token]) -> bool:
    """Whether ``tok`` (an era's head word) says when one of the clause's verbs happens: the object of a
    temporal preposition on the verb ("began ... in the early 1800s") or a bare time adverbial ("two
    decades ago"); "warned of World War III" names a topic, not a time."""
    if tok.dep_ in ("npadvmod", "advmod") and tok.head in chain:
        return True
    prep = tok.head
    verb = prep.head.head if prep.head.lower_ == "back" else prep.head  # "back in the 1990s"
    return tok.dep_ == "pobj" and prep.lower_ in TEMPORAL_PREPS and verb in chain


def _edge(ent: Span) -> bool:
    """A date that bounds a span ("since 2022", "until March", "before the war", "prior to 2014"), not
    the time of the event; "did not take place until 2025" is the exception: it took place in 2025."""
    if {t.lower_ for t in ent} & SPAN_EDGE:
        return True
    prep = ent.root.head
    if ent.root.dep_ != "pobj":
        return False
    if prep.lower_ == "to" and prep.head.lower_ == "prior":
        return True
    if prep.lower_ in ("until", "till"):
        return not any(c.dep_ == "neg" for c in prep.head.children)
    return prep.lower_ in SPAN_EDGE


def _attendant_of_dated_noun(trigger: Token, date_root: Token) -> bool:
    """Whether the date whose head word is ``date_root`` hangs on a noun other than ``trigger`` ("the invasion
    of Ukraine in 2022") and ``trigger`` lies in an absolute "with" clause on that noun's phrase ("..., with
    sanctions leveled at Moscow", docs/events.md rule 67b's shape): the date is that noun's event's, and the
    attendant acts of the "with" clause are told without a date of their own (docs/dates.md)."""
    if date_root.dep_ != "pobj" or date_root.head.dep_ != "prep":
        return False
    holder = date_root.head.head
    if holder.i == trigger.i or holder.pos_ not in ("NOUN", "PROPN"):
        return False
    tok = trigger
    while tok.head.i != tok.i and tok.i != holder.i:  # Token objects are made afresh: compare indices
        if tok.dep_ == "prep" and tok.lower_ == "with" and tok.head.i == holder.i:
            return True
        tok = tok.head
    return False


# verbs whose present tense, with an act noun for subject, tells the act as a standing condition, not a new act:
# "Israel's occupation of the West Bank continues", "the war grinds on", "the blockade remains in place", "the
# invasion enters its fourth year" (docs/events.md rule 214)
STANDING_VERBS = {"continue", "drag", "grind", "rage", "persist", "last", "enter", "remain", "wear", "go", "stretch"}
# particles the motion verbs of STANDING_VERBS need ("drags on", "goes on"); "goes to" is no standing condition
STANDING_PARTICLE_VERBS = {"drag", "grind", "wear", "go", "stretch"}
# the complement of a present "be" that tells an act's age or rank in history: "is now in its fourth year", "is
# the longest war in Europe since 1945"; a week or a day ("in its second week") is a recent act, news
STANDING_SPANS = {"year", "years", "decade", "decades", "century", "centuries"}


def standing_condition(trigger: Token) -> bool:
    """An act noun that is the subject of a present-tense clause telling it as a standing condition (docs/events.md
    rule 214): a `STANDING_VERBS` verb ("the occupation of X continues", "as the conflict drags on") or "be" with
    an age or rank in history ("is now in its fourth year", "is the longest war in Europe since 1945"). A past
    tense ("attacks continued on Tuesday") is a report of the day's acts and keeps its reading."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = trigger.head
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in STANDING_VERBS:
        if lemma in STANDING_PARTICLE_VERBS:
            return any(c.dep_ == "prt" and c.lower_ in ("on", "out") for c in verb.children)
        if lemma == "enter":
            return any(c.dep_ == "dobj" and c.lower_ in STANDING_SPANS for c in verb.children)
        return True
    if lemma != "be":
        return False
    for c in verb.children:
        if c.dep_ not in ("attr", "prep", "acomp"):
            continue
        words = list(c.subtree)
        if any(w.lower_ in STANDING_SPANS for w in words) or any(w.tag_ == "JJS" for w in words):
            return True
        if any(w.lower_ == "since" and w.dep_ == "prep" for w in words):
            return True
    return False


def _span_since(verb: Token) -> bool:
    """ "(Monday marks) three years since Russia invaded Ukraine", "Three years after Russia invaded Ukraine, ...":
    a past-tense clause under "since" / "after" that a span of years measures from is recalled history, and takes
    no date of the clause it hangs on (Monday is the anniversary's, docs/events.md rule 214)."""
    if verb.tag_ != "VBD" or not any(c.dep_ == "mark" and c.lower_ in ("since", "after") for c in verb.children):
        return False
    if any(c.dep_ == "npadvmod" and c.lower_ in DURATION_NOUNS for c in verb.children):
        return True  # "Three years after Russia invaded Ukraine"
    return verb.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lower_ in DURATION_NOUNS for c in verb.head.children)


def _earlier_year(value: str, published: str | None) -> bool:
    """Whether the date label ``value`` lies in a year before the publication's: a year (or a half or third of one)
    before it, or a finer date more than a year before it; "on Wednesday" in a paper of January 1 is last week."""
    base = _base(published)
    span = bounds(value)
    if base is None or span is None or span[1].year >= base.year:
        return False
    return precision(value) in ("year", "half", "third") or (base - span[1]).days > 365


def _past_aside(head: Token) -> bool:
    """ "Russia, which annexed Crimea, expelled two diplomats on Tuesday": a non-restrictive relative clause (set
    off by a comma, "which" / "who") in the simple past on a name describes the actor by an earlier act; the date of
    the clause around it is that clause's news, not the described act's."""
    if head.dep_ != "relcl" or head.tag_ != "VBD" or head.head.pos_ != "PROPN" or head.left_edge.i == 0:
        return False
    pronoun = head.left_edge
    return pronoun.lower_ in ("which", "who") and head.doc[pronoun.i - 1].text == ","


def event_date(
    trigger: Token, sent: Span, published: str | None, frames: TimeFrames = ((), ())
) -> tuple[str | None, str | None]:
    """``(label, how)`` for the event whose trigger is ``trigger``; ``how`` is "text", "history",
    "background", "document" or None (see the module docstring).

    A stated date is searched in the trigger's own phrase first, then its clause, then a clause above it
    ("On October 16, Trump announced that he would ..."), then any other clause of the sentence. A "has
    since" clause takes no date of another clause ("suspended in 2023, and Moscow has since refused": the
    refusal is not dated 2023). A date of another clause, neither the trigger's nor one above it, that
    begins after publication is not taken (rule 58a): it would make a done act read as not yet happened. A date in
    the phrase of an occasion that only places the act in time, by one of ``frames`` (the coder's lexicon words:
    "ahead of next week's summit"), is the occasion's, not the act's (rule 365)."""
    head = _clause_head(trigger)
    standing = standing_condition(trigger)
    span_since = _span_since(head)
    since = _since_clause(head) or _since_clause(trigger) or span_since
    prior = prior_phrase(trigger)
    occasion = past_occasion(trigger, sent, published)
    current = False  # a date outside the past occasion's phrase in the reporting period (rule 356)
    ranked: list[tuple[int, int, str]] = []
    attendant_of_past = False
    aside = _past_aside(head)
    aside_of_dated = False
    for ent in sentence_ents(sent):
        if ent.label_ != "DATE" or _edge(ent):
            continue
        value = resolve(ent.text, published)
        if not value:
            continue
        frame = _time_frame_occasion(ent.root, frames)
        if frame is not None and trigger not in frame.subtree:
            if occasion is None or ent.root not in occasion.subtree:
                # "Ahead of next week's summit, Russian forces shelled Y": next week is the summit's, not the
                # shelling's (rule 365); a past occasion of the act noun's own phrase keeps its date (rule 356)
                continue
        if _attendant_of_dated_noun(trigger, ent.root):
            # "The invasion of Ukraine in 2022 hardened US policy, with sanctions leveled at Moscow": the year
            # dates the invasion; the sanctions of the "with" clause came with what followed it, undated
            attendant_of_past = attendant_of_past or not after_publication(value, published)
            continue
        if prior is not None and ent.root not in prior.subtree and precision(value) == "day":
            # "On Tuesday, Y wrote following talks with X": the day is the writing's, not the talks'; a
            # coarser span of that clause holds both ("began last week following a phone call")
            continue
        ent_head = _clause_head(ent.root)
        if ent.root == trigger or (trigger in ent.root.ancestors and ent_head == head):
            # the trigger's own phrase: "Friday's summit", "talks on Feb. 12"; a verb trigger's phrase ends at
            # the clauses below it ("signed a deal, with the EU planning a ban by 2027": rule 58a)
            rank = -1
        elif standing:
            continue  # "the invasion enters its fourth year on Monday": the day is the anniversary's, not the act's
        elif aside and ent_head != head:
            aside_of_dated = True  # "Russia, which annexed Crimea, expelled ... on Tuesday": Tuesday is the expulsion's
            continue
        elif ent_head == head:
            rank = 0
        elif since:
            continue
        elif ent_head in head.ancestors:
            rank = 1
        elif after_publication(value, published):
            # a later date of an unrelated clause ("..., with the EU planning a ban by 2027") dates that
            # clause's plan, not an act the sentence tells as done (docs/events.md rule 58a)
            continue
        else:
            rank = 2
        ranked.append((rank, ent.start, value))
        if occasion is not None and ent.root not in occasion.subtree and not _before_period(value, published):
            current = True
    # an event told as coming before its clause ("after its invasion of Ukraine") is recalled, not news of
    # the day: the date its own phrase states ("since the 2014 annexation"), else none (docs/dates.md)
    history = prior is not None or attendant_of_past or _since_start(head) or recalls_history(trigger, sent)
    history = history or standing or span_since or (aside_of_dated and not ranked)
    history = history or (occasion is not None and not current)
    if ranked:
        label = min(ranked)[2]
        # an act recalled with a date years before publication in a relative clause or in a noun's own phrase
        # ("Russia, which invaded Ukraine in 2022, holds ...", "Russia's invasion of Ukraine in 2022 upended ..."):
        # history, as rule 185d reads such a clause (docs/events.md rule 214); a main verb's own date stays "text"
        # ("In 2022 the United States hardened its policy")
        if not history and _earlier_year(label, published):
            rank = min(ranked)[0]
            noun = trigger.pos_ in ("NOUN", "PROPN") and not is_root(trigger)
            history = (rank <= 0 and head.dep_ == "relcl") or (rank < 0 and noun)
        return label, "history" if history else "text"
    if history:
        return None, "background"
    if published:
        return str(published)[:10], "document"
    return None, None


def sentence_date(sent: Span, published: str | None) -> tuple[str | None, str | None]:
    """``(label, how)`` for an event in ``sent`` without a trigger: its first readable stated date
    ("text"), else the publication date ("document"), else None."""
    for ent in sentence_ents(sent):
        if ent.label_ != "DATE" or _edge(ent):
            continue
        value = resolve(ent.text, published)
        if value:
            return value, "text"
    if published:
        return str(published)[:10], "document"
    return None, None


# -- a document-level pass: an event named again takes the date it was given ---------------------------

REFERRING_DETS = {"the", "this", "that", "these", "those"}


def _referring(doc: Doc, event: dict[str, Any]) -> bool:
    """A definite event noun ("the Lavrov-Rubio phone conversation", "the talks"): it names an event the
    reader already knows of."""
    start, end = event.get("trigger_start"), event.get("trigger_end")
    if start is None or end is None:
        return False
    span = doc.char_span(int(start), int(end), alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in REFERRING_DETS for c in tok.children)


def document_dates(doc: Doc, events: list[dict[str, Any]]) -> list[tuple[str | None, str | None]]:
    """``(date, how)`` for each of ``events`` (a document's, in text order): the event's own, except that a
    definite event noun with no stated date ("the phone conversation ...") that names an event told
    earlier in the document (the same pair of countries, the same CAMEO root; the latest such telling of
    an event that took place, not a planned or denied one) takes that event's stated date rather than the
    publication date."""
    out: list[tuple[str | None, str | None]] = []
    told: dict[tuple[frozenset[str], str], tuple[str, str]] = {}
    for ev in events:
        own = (ev.get("date"), ev.get("date_how"))
        src, tgt, code = ev.get("source") or "", ev.get("target") or "", ev.get("cameo") or ""
        key = (frozenset((src[:3], tgt[:3])), code[:2])
        if own[1] == "document" and key in told and _referring(doc, ev):
            own = told[key]
        elif own[1] in ("text", "history") and own[0] and not ev.get("hypothetical") and not ev.get("negated"):
            told[key] = (own[0], own[1])  # the latest telling of an event that took place
        out.append(own)
    return out
