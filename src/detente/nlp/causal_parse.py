"""Token-level helpers the causal parse rules share: clean spans, clause verbs, subjects, phrases, coordination."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from typing import Any

from spacy.tokens import Doc, Span, Token

CLAUSE_DEPS = {"dobj", "xcomp", "ccomp", "attr", "oprd", "dative", "obj"}
SUBJ_DEPS = {"nsubj", "csubj", "expl"}
REL_PRONOUNS = {"that", "which", "who", "whom", "whose"}


_LEAD_DROP = {
    "and",
    "but",
    "which",
    "that",
    "then",
    "so",
    "or",
    "while",
    "whereas",
    "yet",
    "also",
    "however",
    "moreover",
    "furthermore",
    "meanwhile",
    "instead",
    "thus",
    "hence",
    "therefore",
}
_TAIL_DROP = {"and", "but", "or", "while", "as", "which", "that"}


def claim_sides(doc: Doc, claim: Mapping[str, Any]) -> tuple[Span, Span] | None:
    """A claim's cause and effect as spans of ``doc``, each widened to whole tokens; None when either offset pair
    falls on no token or gives an empty span."""
    cause = doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
    effect = doc.char_span(claim["effect_start"], claim["effect_end"], alignment_mode="expand")
    if cause is None or effect is None or not len(cause) or not len(effect):
        return None
    return cause, effect


def trim_span(tokens: list[Token]) -> list[Token]:
    """Drop punctuation, whitespace and dangling conjunctions/markers/sentence adverbs at both ends of a
    span, so a map concept is the phrase itself, not "and the sanctions," or "However, talks stalled"."""
    while tokens and (
        tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ in ("cc", "mark") or tokens[0].lower_ in _LEAD_DROP
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ in ("cc",) or tokens[-1].lower_ in _TAIL_DROP
    ):
        tokens = tokens[:-1]
    return tokens


def span_tokens(doc: Doc, start: int, end: int, exclude: set[int] | None = None) -> list[Token]:
    """Tokens start..end-1, stopping at the first excluded one after some content (spans stay contiguous)."""
    out: list[Token] = []
    for i in range(start, end):
        if exclude and i in exclude:
            if out and any(not t.is_punct for t in out):
                break
            out = []
            continue
        out.append(doc[i])
    return trim_span(out)


def subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def clause_verb(tok: Token, sent: Span) -> Token:
    """The verb of the clause a token sits in (itself if a verb)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT" or cur.head == cur:
            return cur
        cur = cur.head
    return sent.root


# verbs whose infinitive complement did not happen: "failed to yield a breakthrough" denies the yield
NEGATING_HEADS = {"fail", "refuse", "decline", "cease"}


def is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction ("X met and agreed")."""
    cur = verb
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in SUBJ_DEPS and c.dep_ != "expl":
                return c
        if cur.dep_ in ("conj", "xcomp") and cur.head != cur:
            cur = cur.head
            continue
        return None
    return None


def noun_phrase(tok: Token) -> tuple[int, int]:
    """A noun's own phrase without its relative clause ("a distrust [that threatens ...]")."""
    start, end = subtree_range(tok)
    for c in tok.children:
        if c.dep_ in ("relcl", "acl") and c.i > tok.i:
            end = min(end, c.left_edge.i)
    return start, end


CONTENT_POS = {"NOUN", "PROPN", "VERB", "PRON", "NUM", "ADJ"}
PERSONAL_PRONOUNS = {"it", "they", "them", "he", "she", "its", "their"}
_JOINERS = {"along", "together", "coupled", "combined"}


def one_line(tokens: list[Token], before: bool) -> list[Token]:
    """A span never crosses a line break (a heading glued to the next sentence): keep the line next to
    the signal - the last line of a span before it, the first line of a span after it."""
    if not any("\n" in t.text_with_ws for t in tokens):
        return tokens  # no break in any token or after it: one line (most spans; speed2, session 21)
    lines: list[list[Token]] = [[]]
    for t in tokens:
        if "\n" in t.text:
            lines.append([])
            continue
        lines[-1].append(t)
        if "\n" in t.whitespace_:
            lines.append([])
    lines = [ln for ln in lines if ln]
    if len(lines) <= 1:
        return tokens
    return trim_span(lines[-1] if before else lines[0])


def after_heading(tokens: list[Token]) -> list[Token]:
    """A span that runs through a colon keeps what follows the last one: the part before is a dateline or a
    heading glued to the sentence ("KOCHI : Private buses kept off the road", "MUMBAI ( Reuters ): banks
    remained shut", "Harried lot : IT employees arguing"), or a label ("Result: ..."), not part of the
    cause or effect. Kept whole when fewer than two words would remain."""
    cut = max((k for k, t in enumerate(tokens) if t.text.endswith(":") and not t.is_alpha), default=-1)
    if cut < 0:
        return tokens
    rest = trim_span(tokens[cut + 1 :])
    return rest if sum(t.is_alpha or t.like_num for t in rest) >= 2 else tokens


_ZONE = r"(?:IST|GMT|UTC|[ECMP][SD]?T|CES?T|BST|MSK|JST|HKT|SGT|SAST|[EW]AT|AES?T)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a publication stamp glued to the story without a colon: a date with a clock time ("August 07 , 2012 00:00 IST",
# "2 August 2025, 11:55"), a date set off by dashes ("WASHINGTON - October 22, 2025 - A summit ..."), a "date
# 2025-10-22" line head, a wire dateline ("DURBAN , June 3 ( ANA ) - Trucking companies ..."), or a span opening
# with a stamp's time ("12:30 hrs Locals took to the streets"); a date in a clause ("On August 16 , 2012 , police
# ...") is none of these
_DATELINE = re.compile(
    r"(?:" + _MONTH + r" \d{1,2} ?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? " + _MONTH + r" ?,? \d{4})"
    r"(?: ?, ?| )(?:\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: (?:" + _ZONE + r"|hrs)\b)?)"
    r"|[\u2013\u2014-] (?:" + _MONTH + r" \d{1,2} ?, ?\d{4}|\d{1,2} " + _MONTH + r" \d{4}) [\u2013\u2014-]"
    r"|\bdate \d{4}-\d{2}-\d{2}(?: \d+\b)?"
    r"|" + _MONTH + r" \d{1,2}(?: ?, ?\d{4})? \( ?[A-Z][A-Za-z]* ?\) [\u2013\u2014-]"  # a wire dateline "(Reuters) -"
    r"|^(?:\d{1,2}:\d{2} )?(?:" + _ZONE + r"|hrs)\b"  # the stamp's tail, where a colon cut its date off
)


_DIGIT = re.compile(r"\d")
# what every alternative of ``_DATELINE`` but the stamp's tail holds: a ``_MONTH`` word's first three letters (in
# its case) or "date "
_STAMP_WORDS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "date ")


def _dateline_stamps(text: str) -> list[re.Match[str]]:
    """``list(_DATELINE.finditer(text))``, without the scan where it cannot match: every alternative of
    ``_DATELINE`` but the stamp's tail needs a digit and a month or "date " (``_STAMP_WORDS``), and that tail is
    anchored at the text's start."""
    if _DIGIT.search(text) is None or not any(word in text for word in _STAMP_WORDS):
        first = _DATELINE.match(text)
        return [] if first is None else [first]
    return list(_DATELINE.finditer(text))


def after_dateline(tokens: list[Token]) -> list[Token]:
    """A span that runs through a publication stamp keeps what follows the last one: the headline and stamp
    before it ("Cab drivers take out rally May 22 , 2012 00:00 IST Tourist cab drivers took out a rally") are
    not part of the cause or effect (``after_heading`` does this where a colon marks the cut). Kept whole when
    fewer than two words would remain."""
    if len(tokens) < 3:
        return tokens
    base = tokens[0].idx
    text = "".join(t.text_with_ws for t in tokens)  # not doc.text: rebuilt from every token on each access
    stamps = _dateline_stamps(text)
    if not stamps:
        return tokens
    cut = base + stamps[-1].end()
    rest = trim_span([t for t in tokens if t.idx >= cut])
    return rest if sum(t.is_alpha or t.like_num for t in rest) >= 2 else tokens


def dateline_bounds(text: str) -> list[tuple[int, int]]:
    """Where the publication stamps of ``text`` lie (character offsets, start and end), those ``after_dateline`` and
    ``before_end_dateline`` cut: "Streaker surrenders | 02nd January 2013 10:25 AM | The police on Tuesday arrested",
    a headline glued to its story's first sentence (round 101 reads a claim across one)."""
    return [(m.start(), m.end()) for m in _dateline_stamps(text)]


def before_end_dateline(text: str) -> int | None:
    """The length a side's ``text`` keeps when it ends in a publication stamp ("rally seeking fee dues | October 22 ,
    2016 00:00 IST", a headline glued to the story's first sentence): a stamp is no part of a cause or effect (none of
    CNC train's gold sides holds one), and ``after_dateline`` keeps what follows a stamp, which here is nothing (round
    60). None when the text does not end in a stamp (nothing but punctuation after it) or fewer than two words would
    remain."""
    stamps = _dateline_stamps(text)
    if not stamps or any(c.isalnum() for c in text[stamps[-1].end() :]):
        return None
    kept = text[: stamps[-1].start()].rstrip(" ,;:-\u2013\u2014")
    return len(kept) if len(re.findall(r"\w+", kept)) >= 2 else None


# a place dateline's dash: an em or en dash, or a spaced hyphen / double hyphen standing for one
_DATELINE_DASHES = {"\u2014", "\u2013", "-", "--"}
_PLACE_GLUE = {"/", "-", "."}  # "WASHINGTON/MOSCOW", "Port-au-Prince", "St. Petersburg" (inside a place name)


def _place_words(tokens: list[Token], k: int, most: int = 4) -> int:
    """The index after a run of one to ``most`` capitalised words from ``k`` (glued by "/", "-" or "."), else ``k``."""
    n, j = 0, k
    while j < len(tokens) and n < most:
        t = tokens[j]
        if t.is_alpha and t.text[0].isupper():
            n, j = n + 1, j + 1
        elif n and t.text in _PLACE_GLUE and not t.whitespace_ and j + 1 < len(tokens):
            j += 1  # glue between two words of one name: "WASHINGTON/MOSCOW"
        else:
            break
    return j if n and tokens[j - 1].text not in _PLACE_GLUE else k


def after_place_dateline(tokens: list[Token]) -> list[Token]:
    """A span that opens a sentence (or a line) with a place dateline keeps what follows its dash: "Moscow \u2014",
    "KYIV, Ukraine \u2014", "GENEVA (Reuters) \u2014", "WASHINGTON/MOSCOW \u2013 October 22, 2025 \u2013" name where
    the story was filed, not part of the cause or effect (round 54; ``after_dateline`` cuts stamps with a date,
    ``after_heading`` ones with a colon). The dateline is capitalised place words, then optionally a comma and more
    such words, an agency in brackets, then a dash, and optionally a date closed by a second dash. Kept whole when
    fewer than three words would remain, or when the span does not start its sentence or line (a dash inside a
    sentence sets off an aside: "Russia \u2014 which ... \u2014")."""
    if len(tokens) < 4:
        return tokens
    first = tokens[0]
    doc = first.doc
    prev = doc[first.i - 1] if first.i > 0 else None
    if not (first.is_sent_start or prev is None or prev.is_space or "\n" in prev.whitespace_):
        return tokens
    k = _place_words(tokens, 0)
    if k == 0 or any(t.ent_type_ == "PERSON" for t in tokens[:k]):
        return tokens  # "Putin \u2014 ...": a person set off by a dash is an aside, no dateline
    if k + 1 < len(tokens) and tokens[k].text == ",":
        more = _place_words(tokens, k + 1)
        k = more if more > k + 1 else k  # "KYIV, Ukraine"
    if k < len(tokens) and tokens[k].text == "(":
        close = next((j for j in range(k + 1, min(k + 5, len(tokens))) if tokens[j].text == ")"), -1)
        if close < 0 or not all(t.text[0].isupper() for t in tokens[k + 1 : close]):
            return tokens
        k = close + 1  # an agency: "(Reuters)", "(AP)"
    if k >= len(tokens) or tokens[k].text not in _DATELINE_DASHES:
        return tokens
    if tokens[k].text in {"-", "--"} and not (
        tokens[k - 1].text == ")" or all(t.is_upper for t in tokens[:k] if t.is_alpha)
    ):
        return tokens  # a plain hyphen marks a wire dateline only in capitals ("KOCHI -"); "Ex - Congress MP" is a word
    if k + 1 < len(tokens) and (tokens[k + 1].lower_ in REL_PRONOUNS or tokens[k + 1].tag_ in {"WP", "WDT"}):
        return tokens  # "Lam \u2013 who has kept out of ...": an aside on a name, no dateline
    k += 1
    # a date after the first dash, closed by a second: "WASHINGTON \u2013 October 22, 2025 \u2013"
    end = next((j for j in range(k, min(k + 7, len(tokens))) if tokens[j].text in _DATELINE_DASHES), -1)
    if end > k and all(t.like_num or t.text == "," or re.fullmatch(_MONTH, t.text) for t in tokens[k:end]):
        k = end + 1
    rest = trim_span(tokens[k:])
    return rest if sum(t.is_alpha or t.like_num for t in rest) >= 3 else tokens


# entity labels of a when, a where or a count: a side made only of these names no cause or effect (round 17).
# Not GPE: a country or city is also an actor ("would embolden Russia", "exacerbated by Russia itself")
_TIME_PLACE_ENTS = {"DATE", "TIME", "LOC", "FAC", "CARDINAL", "ORDINAL"}
_FRAME_POS = {"DET", "ADP", "PUNCT", "CCONJ", "PART", "SPACE"}


def only_time_or_place(tokens: list[Token]) -> bool:
    """Whether a span names only a time, a place or a number ("on Tuesday", "14 December 2004", "over the past
    three weeks", "near the Vaal River"): every word beside determiners, prepositions and punctuation lies in a
    date, time, place (not a country or city: ``_TIME_PLACE_ENTS``) or number entity, or is a number. Such a
    span is where or when something happened, not what caused it or what it caused (round 17)."""
    words = [t for t in tokens if t.pos_ not in _FRAME_POS]
    return bool(words) and all(t.ent_type_ in _TIME_PLACE_ENTS or t.like_num for t in words)


def later_event(tokens: list[Token], marks: set[tuple[str, ...]]) -> bool:
    """Whether a span opens on, or directly follows, a mark of a later event (markers.yml ``later_event_marks``:
    "before", "prior to"): "wants to know X before | approving the delivery". What such a clause or phrase tells
    happens after the event it hangs from, so it cannot be that event's cause (round 28)."""
    if not tokens:
        return False
    doc, start = tokens[0].doc, tokens[0].i
    for mark in marks:
        n = len(mark)
        opening = tuple(t.lower_ for t in doc[start : start + n])
        leading = tuple(t.lower_ for t in doc[max(start - n, 0) : start]) if start >= n else ()
        if mark in (opening, leading):
            return True
    return False


def since_counts(mark: Token, count_words: set[str]) -> bool:
    """Whether a "since" clause marks a starting point in time rather than a reason: the verb it hangs on has, among
    its own phrases, one that counts or ranks ("which was to be the second [meeting] | since Trump returned", "the
    largest protest | since the strike began"): a superlative or a word of ``count_words`` (markers.yml
    ``since_count_words``) on the verb's subject, object or complement, or on the word itself. A count since a
    point in time says how often or how much up to now, not why (round 38)."""
    if mark.lower_ != "since" or mark.head.dep_ != "advcl":
        return False
    head = mark.head.head
    phrases = [head] + [
        c for c in head.children if c.dep_ in ("attr", "dobj", "nsubj", "nsubjpass", "acomp", "npadvmod")
    ]
    for word in phrases:
        for tok in [word, *word.children]:
            if tok.tag_ in ("JJS", "RBS") or tok.lower_ in count_words:
                return True
    return False


def indirect_question(tokens: list[Token]) -> bool:
    """Whether a span is an indirect yes/no question: a clause that "whether" or "if" opens as the complement of a
    verb or preposition ("asked | if he had made a decision", "concerns about | whether the U.S. could control X").
    It asks whether something happens, so it is neither a cause nor an effect (round 28); an adverbial "if"
    clause is a condition, read by the conditional rule, and not touched."""
    for head in _span_heads(tokens):
        if head.dep_ in ("ccomp", "pcomp", "csubj") and any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in head.children
        ):
            return True
    return False


def _span_heads(tokens: list[Token]) -> list[Token]:
    """The words of a span that hang from outside it (or are the root), punctuation left out."""
    ids = {t.i for t in tokens}
    return [t for t in tokens if (t.head.i not in ids or t.head == t) and not t.is_punct]


def modifier_side(cause: list[Token], effect: list[Token]) -> bool:
    """Whether a pair's side is only a modifier of the other side's clause, not a thing that happened (round 21):
    a side with no verb made only of adverbs and time, place or number words ("hit car makers" <- "hard this
    year"), or an effect that is one bare prepositional phrase hanging from a word of the cause ("gathered" -> "at
    the harbour"). Not a cause that is the object of the effect's verb: CNC reads the object of a protest as its
    reason ("the new pension rules -> The teachers are protesting"). Out of fold on CNC train the claims these
    rules drop were 1 right of 5 (docs/causal.md, round 21)."""

    def verbless(tokens: list[Token]) -> bool:
        return not any(t.pos_ in ("VERB", "AUX") for t in tokens)

    def adverbial(tokens: list[Token]) -> bool:
        # adverbs, and words of a time, place or number (``only_time_or_place``), at least one adverb
        words = [t for t in tokens if t.pos_ not in _FRAME_POS]
        timed = [t.pos_ == "ADV" or t.ent_type_ in _TIME_PLACE_ENTS or t.like_num for t in words]
        return verbless(tokens) and all(timed) and any(t.pos_ == "ADV" for t in words)

    effect_heads = _span_heads(effect)
    cause_ids = {t.i for t in cause}
    bare_prep = (
        verbless(effect)
        and len(effect_heads) == 1
        and effect_heads[0].dep_ == "prep"
        and effect_heads[0].head.i in cause_ids  # the phrase hangs from the cause's own clause
    )
    return adverbial(cause) or adverbial(effect) or bare_prep


def after_reporting(tokens: list[Token], reporting: set[str]) -> list[Token]:
    """A span that is a report ("police said he was shot", "Sagar denied X and added that the patients assaulted
    him") keeps what was reported: the clause of its last reporting verb, from that clause to the span's end.
    The teller and the telling are attribution, not what caused or was caused (CNC marks "he was shot"). Only
    where the report heads the span and its clause runs to the span's end; kept whole when fewer than two words
    would remain."""
    if len(tokens) < 4:
        return tokens
    ids = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in ids or t.head == t), None)
    if root is None or root.lemma_ not in reporting:
        return tokens
    # the last telling of the span ("said X and added that Y": Y), wherever the parser hangs its conjunct
    verbs = [t for t in tokens if t.lemma_ in reporting and t.pos_ in ("VERB", "AUX")]
    clauses = [c for v in verbs for c in v.children if c.dep_ == "ccomp" and c.i > v.i and c.i in ids]
    if not clauses:
        return tokens
    clause = max(clauses, key=lambda c: c.i)
    if clause.right_edge.i < tokens[-1].i and any(t.is_alpha for t in tokens if t.i > clause.right_edge.i):
        return tokens  # the span goes on past the reported clause: more than a report
    rest = trim_span([t for t in tokens if t.i >= clause.left_edge.i])
    return rest if sum(t.is_alpha or t.like_num for t in rest) >= 2 else tokens


# words that open a fronted adverbial ("In 2009 , riots broke out", "As the city enters its ninth week ,
# the movement shows few signs of abating"): subordinators and the prepositions / adverbs of time and place
_FRONTED_OPENERS = {
    "as", "after", "before", "when", "while", "since", "following", "amid", "despite", "although", "though",
    "if", "once", "in", "on", "at", "during", "over", "last", "earlier", "later", "nearly", "meanwhile",
}  # fmt: skip


def after_fronted(tokens: list[Token]) -> list[Token]:
    """An effect that opens with a fronted adverbial set off by a comma keeps the clause after the comma: the
    time, place or circumstance is not what was caused. Kept whole when fewer than three words would remain."""
    if not tokens or tokens[0].lower_ not in _FRONTED_OPENERS:
        return tokens
    # a comma before digits sits inside a date ("on October 22, 2025,"), not after the adverbial
    comma = next(
        (k for k, t in enumerate(tokens[:-1]) if t.text == "," and not tokens[k + 1].is_digit),
        None,
    )
    if comma is None:
        return tokens
    rest = trim_span(tokens[comma + 1 :])
    if sum(t.is_alpha or t.like_num for t in rest) < 3:
        return tokens
    # fronted: the opener modifies what follows it ("In 2009 , riots broke out"), not a word before the span
    # ("a strategic defeat [on Russia, not in terms of ...]")
    return rest if tokens[0].head.i >= tokens[0].i else tokens


# the relations by which a phrase before a comma modifies the clause after it: a subordinate clause, a bare noun of
# time ("The last time X happened ,"), a prepositional phrase, an adverb
_FRONTED_DEPS = {"advcl", "npadvmod", "prep", "advmod"}


def after_fronted_parse(tokens: list[Token]) -> list[Token]:
    """An effect that opens with a phrase the parse hangs on the clause after its first comma keeps that clause
    (round 43): "The last time the power failed , residents went on the rampage" -> "residents went on the
    rampage", whatever word the phrase opens with (``after_fronted`` reads a list of openers). The phrase must be
    whole before the comma (every word of it hangs inside it or, by ``_FRONTED_DEPS``, on a word after the comma)
    and at least three words must remain."""
    comma = next(
        (k for k, t in enumerate(tokens[:-1]) if t.text == "," and k > 0 and not tokens[k + 1].is_digit),
        None,
    )
    if comma is None:
        return tokens
    head, rest = tokens[:comma], trim_span(tokens[comma + 1 :])
    if sum(t.is_alpha or t.like_num for t in rest) < 3:
        return tokens
    inside = {t.i for t in head}
    after = {t.i for t in rest}
    tops = [t for t in head if t.head.i not in inside or t.head.i == t.i]
    if not tops or any(t.head.i not in after or t.dep_ not in _FRONTED_DEPS for t in tops):
        return tokens
    return rest


# what a cut cause keeps at least: a bare noun or two ("slogans | demanding X", "the Maoists | who had ...") is
# the head CNC's cause keeps its clause on (round 35)
CAUSE_END_MIN_WORDS = 3


def cause_end_cut(tokens: list[Token], classes: dict[str, set[str]]) -> list[Token]:
    """A cause cut before a trailing clause or phrase that tells something else about it (round 35): a relative
    clause on its last noun ("the arrest of a jawan | , who allegedly ..."), a time-order phrase or clause ("to
    educate monks | after unrest rocked ..."), a participle clause ("a strike by employees | demanding higher
    wages"). ``classes`` maps a class name of markers.yml ``cause_end_stops`` to its words; only the classes given
    are cut. The opener must hang on a word before it inside the cause (it modifies the cause, it does not head
    it), and what is kept must hold ``CAUSE_END_MIN_WORDS`` words and a content word; a comma before the opener goes
    with the cut."""
    if len(tokens) < 2:
        return tokens
    first = tokens[0].i
    for k in range(1, len(tokens)):
        if _trailing_opener(tokens[k], classes, first) is None:
            continue
        kept = trim_span(tokens[:k])
        if sum(t.is_alpha for t in kept) >= CAUSE_END_MIN_WORDS and any(t.pos_ in CONTENT_POS for t in kept):
            return kept
    return tokens


def before_comma_relative(tokens: list[Token], relatives: set[str]) -> list[Token]:
    """A span cut before a relative clause set off by a comma on a word inside it ("the advocates targeted
    journalists | , who had gathered to cover X"): a non-restrictive relative tells more about a thing the span
    names, and CNC's cause of a subordinate clause ends before it, while a restrictive one ("protests by groups who
    demand X", no comma) says which thing is meant and stays (round 46). ``relatives``: markers.yml
    ``cause_end_stops.relative``; what is kept must hold ``CAUSE_END_MIN_WORDS`` words."""
    first = tokens[0].i if tokens else 0
    for k in range(2, len(tokens)):
        if tokens[k - 1].text == "," and _trailing_opener(tokens[k], {"relative": relatives}, first) == "relative":
            kept = trim_span(tokens[: k - 1])
            if sum(t.is_alpha for t in kept) >= CAUSE_END_MIN_WORDS:
                return kept
    return tokens


def _trailing_opener(tok: Token, classes: dict[str, set[str]], first: int) -> str | None:
    """The class of trailing clause ``tok`` opens inside a cause starting at token ``first``, or None."""
    word = tok.lower_
    if word in classes.get("relative", ()):
        # "which / who / whose / where / when" of a relative clause on a noun before it
        rel = tok.head if tok.dep_ != "relcl" else tok
        if rel.dep_ == "relcl" and first <= rel.head.i < tok.i:
            return "relative"
    if word in classes.get("time", ()) and tok.dep_ in ("prep", "mark", "advmod"):
        # "after / following / before ...": a phrase (its head before it) or a clause (its verb's head before it)
        # Not on an adverb ("broke out immediately | after X"), nor on a participle or relative clause's verb that
        # says which thing the cause is ("the sanctions imposed after the war", "the plan, which was drafted after
        # the talks"): the time belongs to the noun's description there
        anchor = tok.head.head if tok.dep_ == "mark" else tok.head
        if (
            first <= anchor.i < tok.i
            and anchor.pos_ != "ADV"
            and not (anchor.dep_ == "acl" and anchor.tag_ == "VBN")
            and anchor.dep_ != "relcl"
        ):
            return "time"
    if word in classes.get("participle", ()) and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp"):
        # "demanding / alleging / seeking ...": a participle clause on a word before it
        if first <= tok.head.i < tok.i:
            return "participle"
    return None


_REPEAT_GLUE = {"and", "also", "even", "then", ","}


def repeated_marker_end(marker: list[Token], end: int) -> tuple[int, int] | None:
    """Where a marker phrase's cause ending at token ``end`` goes on through the same marker repeated after "and"
    ("in protest against X [and also against Y]", "due to X [and due to Y]", "caused by X [and by Y]"): the
    repeat's first token and the end of its object; None when no repeat follows. CNC annotates such a
    coordination as one cause that covers both conjuncts (2 of 2 CNC train sentences, round 32)."""
    doc = marker[0].doc
    sent_end = marker[0].sent.end
    k = end
    while k < sent_end and doc[k].lower_ in _REPEAT_GLUE:
        k += 1
    if k == end or "and" not in {doc[j].lower_ for j in range(end, k)}:
        return None
    words = [t.lower_ for t in marker]
    for skip in range(len(words)):  # the whole phrase or its tail ("in protest against X and against Y")
        tail = words[skip:]
        if k + len(tail) > sent_end or [doc[k + j].lower_ for j in range(len(tail))] != tail:
            continue
        after = k + len(tail)  # the object hangs on either word of a two-word marker ("due [to] X", "[due] to X")
        objs = [c for j in range(k, after) for c in doc[j].children if c.dep_ in ("pobj", "pcomp") and c.i >= after]
        if objs:
            return k, max(subtree_range(o)[1] for o in objs)
    return None


# the dependents of a causal verb that may carry its effect on past the object: place, time, recipient (not a
# particle or an adverb: "drove prices | up", "reduce tensions | gradually" say how the verb acts, not what it causes)
_TRAILING_DEPS = {"prep", "npadvmod", "dative"}


def verb_phrase_end(verb: Token, end: int, opens: Callable[[Token], bool]) -> int:
    """Where a causal verb's effect ends when it runs on over the verb's own modifiers that follow it without a
    break ("causing inconvenience | to the public", "created panic | among villagers | on Friday"): CNC marks the
    effect as the whole verb phrase after the verb (round 33). ``end`` is the object's end (exclusive). The run
    takes whole modifiers only, and stops before a clause, before a comma or any other break, and before a modifier
    that opens another relation (``opens``: a reason, a time order, a means), also where the break or such a word
    sits inside the modifier ("across defense, trade and X" is a list the parse may hang anywhere; "out of the
    country | following X" a time order the parse hangs on "out"), and where the object itself ends on a break."""
    doc = verb.doc
    if end > 0 and _is_break(doc[end - 1]):
        return end  # "forced the agency, UNHCR, | out of ...": the object's apposition closes with a comma
    for child in verb.rights:
        if child.right_edge.i < end:
            continue  # the object itself, or what lies inside it
        if child.left_edge.i != end or child.dep_ not in _TRAILING_DEPS or opens(child.left_edge):
            break
        if any(
            _is_break(tok) or (tok.dep_ in ("prep", "mark") and tok.head.pos_ not in _NOMINAL and opens(tok))
            for tok in doc[end : child.right_edge.i + 1]
        ):
            break  # a modifier is taken whole or not at all
        end = child.right_edge.i + 1
    return end


_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
_BREAKS = {",", ";", ":", "(", ")", "[", "]", "—", "–", "--"}


def _is_break(tok: Token) -> bool:
    """A token a phrase does not run over: a comma, colon, bracket or dash, whitespace, a control character."""
    return tok.text in _BREAKS or tok.is_space or all(unicodedata.category(ch)[0] in "CZ" for ch in tok.text)


def is_heavy(part: list[Token]) -> bool:
    return sum(t.is_alpha for t in part) >= 2


def split_coordination(tokens: list[Token]) -> list[list[Token]]:
    """Split a span at coordination of heavy phrases: noun conjuncts ("the annexation of Crimea and
    interventions in Syria"), clauses with their own subjects ("NATO expanded and Russia battled
    separatists") and "X, along with / combined with Y". Light lists ("nuclear weapons, espionage, and
    ideology", "the US and EU") stay one span: the parts would not be concepts of their own."""
    for k in range(1, len(tokens) - 1):  # "X rather than Y", "X instead of Y": Y is denied, not a cause
        if (tokens[k].lower_, tokens[k + 1].lower_) in (("rather", "than"), ("instead", "of")):
            tokens = trim_span(tokens[:k])
            break
    if len(tokens) < 4:
        return [tokens]
    for k in range(1, len(tokens) - 2):  # "X, along with Y" / "X, combined with Y"
        if tokens[k].lower_ in _JOINERS and tokens[k + 1].lower_ == "with" and tokens[k - 1].text == ",":
            rest = tokens[k + 2 :]
            end = next((j for j, t in enumerate(rest) if t.text == ","), len(rest))
            first, second = trim_span(tokens[: k - 1]), trim_span(rest[:end] if end else rest)
            tail = trim_span(rest[end:]) if end < len(rest) else []
            if is_heavy(first) and is_heavy(second):
                return [first + tail, second] if not tail else [first, second]
    ids = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in ids or t.head == t), tokens[0])
    conj = [c for c in head.conjuncts if c.i in ids and c.i > head.i]
    if not conj:
        return [tokens]
    if head.pos_ in ("VERB", "AUX"):
        if any(not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) for c in conj):
            return [tokens]
    elif head.pos_ not in ("NOUN", "PROPN"):
        return [tokens]
    starts = [tokens[0].i] + [c.left_edge.i for c in conj]
    ends = [c.left_edge.i for c in conj] + [tokens[-1].i + 1]
    doc = tokens[0].doc
    parts = [trim_span([doc[i] for i in range(a, b)]) for a, b in zip(starts, ends, strict=True)]
    if len(parts) < 2 or not all(is_heavy(p) for p in parts):
        return [tokens]
    if head.pos_ in ("NOUN", "PROPN"):  # each noun conjunct must carry its own modifier phrase
        for h in [head, *conj]:
            if not any(c.dep_ in ("prep", "poss", "relcl", "acl") and c.i in ids for c in h.children):
                return [tokens]
    return parts


def _noun_above(tok: Token) -> Token | None:
    """The noun a conjunct or a preposition's object hangs from inside a noun phrase: the first conjunct, the noun
    of "the hearings [on X]", or the noun of a participle modifying it ("a protest staged by them [in January]");
    None where the preposition belongs to a verb's clause."""
    if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    up = tok.head.head
    if tok.head.i not in [c.i for c in up.children if c.dep_ == "prep" and c.i > up.i][:2]:
        # a noun's third preposition far down the sentence ("Probe by X ... With Y in Z ... on May 16") is the
        # parser's attachment slip, not a modifier of that noun; one or two are ("the firing on X on May 16")
        return None
    if up.pos_ in ("NOUN", "PROPN"):
        return up
    if up.dep_ == "acl" and up.head.pos_ in ("NOUN", "PROPN") and up.head.i < up.i:
        return up.head
    return None


_PLURAL_AUX = {"were", "are", "have"}
_SINGULAR_AUX = {"was", "is", "has"}


def _first_aux(verb: Token) -> str:
    return next((c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), "")


def _plural_verb(verb: Token) -> bool:
    return _first_aux(verb) in _PLURAL_AUX


def _agrees(noun: Token, verb: Token) -> bool:
    """Whether a noun can be the subject of a relative's verb by number ("the hearings on a wage for the sector,
    which [were] prompted by X": "were" skips "sector" and "wage"); true where the auxiliary shows no number."""
    aux = _first_aux(verb)
    plural = noun.tag_ in ("NNS", "NNPS") or (noun.dep_ == "conj" and aux in _PLURAL_AUX)
    return not ((aux in _PLURAL_AUX and not plural) or (aux in _SINGULAR_AUX and plural))


def relative_phrase(rel: Token) -> tuple[int, int] | None:
    """What a relative pronoun stands for when it cannot be the clause before it (round 29): the subject of a
    passive with a by-agent ("the pipeline, which was damaged by the storm": a clause is not damaged by anything,
    a noun is; the first noun up the phrase whose number the verb agrees with: "the hearings on a wage for the
    sector, which were prompted by X"), or of a relative whose nearest noun phrase names only a time or place
    ("a protest staged by them in January, which caused Y": a date causes nothing, the noun it dates does). The
    noun phrase from that noun up to the relative pronoun (``_noun_above``), comma left out; None for other
    relatives and where no noun up the phrase fits (a date in a verb's clause, a verb's number no noun shows: the
    sentential reading below decides, as before)."""
    verb = rel.head
    passive_by = rel.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in verb.children)
    host: Token | None = verb.head
    if passive_by:
        while host is not None and not _agrees(host, verb):
            host = _noun_above(host)
        if host is None:
            return None  # no noun up the phrase agrees ("the rally in bonds, which was ...", "in" on the verb)
        while host.dep_ == "conj" and host.head.pos_ in ("NOUN", "PROPN") and _plural_verb(verb):
            host = host.head  # "the floods and the landslides, which were caused by X": the coordination
    elif only_time_or_place(span_tokens(rel.doc, *noun_phrase(verb.head))):
        host = _noun_above(verb.head)
        while host is not None and only_time_or_place([host]):
            host = _noun_above(host)
        if host is None:
            return None
    else:
        return None
    start, end = host.left_edge.i, rel.i
    while end > start and rel.doc[end - 1].is_punct:
        end -= 1
    return (start, end) if end > start else None


def cause_of_subject(subj: Token) -> tuple[int, int]:
    """The subject's phrase; a relative pronoun stands for its noun; a modifier set off by a comma or
    dash ("The embargo, effectively mitigating X, drove Y"; "initiatives - such as A and B - could")
    is an aside, not part of the cause."""
    if subj.lower_ in REL_PRONOUNS and subj.head.dep_ == "relcl":
        antecedent = subj.head.head
        doc = subj.doc
        phrase = relative_phrase(subj)
        if phrase is not None:
            return phrase
        if (
            subj.lower_ == "which"
            and subj.i > 0
            and doc[subj.i - 1].text == ","
            and antecedent.dep_ in ("pobj", "conj", "dobj")
        ):
            # a sentential relative (", which limited X" after "Russia redirected exports to China"): the
            # nearest noun is rarely what "which" stands for; the clause before the comma is
            clause = next((a for a in antecedent.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
            start = subject.left_edge.i if subject is not None else clause.left_edge.i if clause else subj.i
            if clause is not None and start < subj.i - 1:
                return start, subj.i - 1
        return noun_phrase(antecedent)
    doc = subj.doc
    if subj.lower_ == "which" and subj.head.dep_ == "advcl" and subj.i > 0 and doc[subj.i - 1].text == ",":
        # ", which led to X" parsed as an adverbial clause of the clause before it: "which" is that clause
        clause = subj.head.head
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        start = subject.left_edge.i if subject is not None else clause.left_edge.i
        if start < subj.i - 1:
            return start, subj.i - 1
    start, end = subtree_range(subj)
    doc = subj.doc
    for c in subj.children:
        if c.i > subj.i and c.dep_ in ("acl", "appos", "prep", "amod", "relcl") and c.left_edge.i > start:
            if doc[c.left_edge.i].lower_ in _JOINERS:
                continue  # "X, along with Y, caused Z" names a second cause (split_coordination), not an aside
            before = doc[c.left_edge.i - 1]
            if before.text in (",", "—", "–", "(", "--") and c.left_edge.i - 1 > subj.i - 1:
                end = min(end, c.left_edge.i - 1)
    # deeper too: a participle aside on a noun inside the subject ("The version of the plan, named after
    # its authors A and B, caused X") ends the cause at its comma
    for t in doc[subj.i + 1 : end]:
        participle = t.dep_ == "acl" and t.tag_ in ("VBN", "VBG") and t.lower_ not in _JOINERS
        if participle and t.left_edge.i == t.i and t.i - 1 > start and doc[t.i - 1].text in (",", "—", "–", "--"):
            end = min(end, t.i - 1)
    return start, end


def before_nested_clause(advcl: Token, end: int) -> int:
    """Where a subordinate clause's cause ends: before a clause of its own that follows its verb with its own
    subordinator ("Y was hit as X remained closed [as Z went on strike]"): that clause is the cause of X, the
    next link of a chain, and its own marker gives that claim."""
    for tok in advcl.subtree:  # also below a complement: "X stayed shut [as Y went on strike]"
        if tok.i > advcl.i and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.i < tok.i for c in tok.children):
            return min(end, tok.left_edge.i)
    return end


def object_participle_clause(verb: Token, relation_words: Collection[str] = ()) -> Token | None:
    """The verb of the clause whose object carries ``verb``, a subjectless "-ing" participle with no comma before it
    that the parse hangs on that object as a noun's modifier ("attacked the camp | forcing residents to flee", "fired
    on protesters | leaving three dead"): the participle tells what the act brought about, as it does set off by a
    comma (round 58). The object is the verb's direct object or the object of a preposition on it, after the verb;
    None for any other participle (a subject's: "tariffs affecting steel raised prices") and for one of
    ``relation_words`` (markers.yml `relation_participles`: "pressures | affecting X" tells what the noun bears on)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return None
    if verb.lemma_.lower() in relation_words:
        return None
    if any(c.dep_ in SUBJ_DEPS or c.dep_ in ("nsubjpass", "mark") for c in verb.children):
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if noun.dep_ in ("dobj", "dative"):
        clause = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        clause = noun.head.head
    else:
        return None
    if clause.pos_ not in ("VERB", "AUX") or clause.i > noun.i:
        return None
    objs = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    objs += [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.ent_type_ in _PLACE_ENTS for o in objs):
        return None  # "roads | leading to Sekhukhune": where the noun runs, a place, no result
    for _ in range(4):
        # "joined forces and pelted stones at X | forcing them", "was found murdered with injuries | sparking X": the
        # coordination or the finite clause whole is the act
        head = clause.head
        if clause.dep_ not in ("conj", "xcomp", "oprd") or head.i >= clause.i or head.pos_ not in ("VERB", "AUX"):
            break
        clause = head
    return clause


_PLACE_ENTS = {"GPE", "LOC", "FAC"}


# a possessive "s" written apart from its noun with a spaced apostrophe ("China ’ s intervention")
_SPACED_APOSTROPHES = ("’", "'", "‘", "`")
# the words a possessed noun phrase runs over: modifiers and nouns ("the region ’ s | predominantly Muslim ethnic
# Uighur population", "last month ’ s | assault")
_POSSESSED_TAGS = ("JJ", "JJR", "JJS", "RB", "NN", "NNS", "NNP", "NNPS", "VBG", "VBN", "CD", "HYPH", "DT", "PRP$")
_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS", "VBG")


def possessed_end(doc: Doc, last: int, limit: int) -> int | None:
    """The index of the last token of the noun phrase a span ending at token ``last`` possesses when the span stops
    at a possessor written with a spaced apostrophe ("protested against China | ’ s intervention in the courts"):
    the parse often breaks the phrase there ("s" read as a verb's auxiliary or a plural noun), so a side cut at the
    possessor names the possessor alone, where CNC marks what it possesses (106 of its train spans hold such a
    possessive). The phrase runs over its modifiers to its head noun and on over the head's own dependents after
    it ("the Centre ’ s decision | to set up an IIT"), but not past a comma, a semicolon or a dash, nor to ``limit``
    (the first token it may not take: the other side, the sentence's end). None when the span does not stop so."""
    k = last + 1
    if not (
        k + 2 < limit
        and doc[k].text in _SPACED_APOSTROPHES
        and doc[k + 1].lower_ == "s"
        and doc[k].whitespace_
        and doc[last].pos_ in ("PROPN", "NOUN", "NUM")
    ):
        return None
    j = k + 2
    head: int | None = None
    while j < limit and doc[j].tag_ in _POSSESSED_TAGS:
        if head is not None and doc[j].tag_ in ("DT", "PRP$"):
            break  # "... ’ s decision | the next day": a determiner after the head opens another phrase
        if doc[j].tag_ in _NOUN_TAGS:
            head = j  # the last noun of the run ("the region ’ s predominantly Muslim ethnic Uighur population")
        j += 1
    if head is None:
        return None
    end = head
    right = doc[head].right_edge.i
    stop = next((t.i for t in doc[head + 1 : min(right + 1, limit)] if t.text in (",", ";", ":", "—", "–", "--")), None)
    if right > end:
        end = min(right, limit - 1, stop - 1 if stop is not None else right)
    while end > head and doc[end].is_punct:
        end -= 1
    return end


# the words a possessor's noun phrase may open with, read leftwards from the possessor ("last week ’ s", "the
# Seemandhra region ’ s", "Hong Kong ’ s"; round 62)
_POSSESSOR_TAGS = ("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "HYPH", "PRP$")


def possessor_start(doc: Doc, first: int, floor: int) -> int | None:
    """The index of the first token of the possessor's noun phrase when a span starting at token ``first`` starts
    right after a possessor written with a spaced apostrophe ("Anger over last week ’ s | Yuen Long attack"): the
    parse breaks the phrase there as at its end (``possessed_end``), and CNC marks the possessed phrase with its
    possessor. The phrase runs left over the possessor's own modifiers inside its subtree, never below ``floor`` (the
    first token it may take: the sentence's start, the end of the other side). None when the span does not start so."""
    k = first - 1
    if not (
        k - 2 >= floor
        and doc[k].lower_ == "s"
        and doc[k - 1].text in _SPACED_APOSTROPHES
        and doc[k - 1].whitespace_
        and doc[k - 2].pos_ in ("PROPN", "NOUN", "NUM")
    ):
        return None
    owner = doc[k - 2]
    j = owner.i
    low = max(floor, owner.left_edge.i)
    while j - 1 >= low and doc[j - 1].tag_ in _POSSESSOR_TAGS:
        j -= 1
    return j


def noun_conjunct_end(doc: Doc, first: int, last: int, limit: int) -> int | None:
    """The index of the last token of a noun conjunct that a span ending on a noun stops before ("protesting against a
    proposed increase in tuition fees | and the merger of higher education institutions", "to probe into the violence
    | and the deaths of 44 people"): "and" follows the span at once, then a noun phrase with no subject or auxiliary of
    its own that the parse hangs as a conjunct on a noun of the span, or, wrongly, on a verb (a noun coordinates with
    the noun before "and", not with a clause). CNC marks the side over both nouns (round 65). The span is tokens
    ``first`` to ``last``; not past ``limit`` (the first token it may not take). None when the span does not end so."""
    if last + 2 >= limit or doc[last + 1].lower_ != "and" or doc[last + 1].dep_ != "cc":
        return None
    if doc[last].pos_ not in ("NOUN", "PROPN"):
        return None
    conj = next((t for t in doc[last + 2 : limit] if t.dep_ == "conj" and t.left_edge.i == last + 2), None)
    if conj is None or conj.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop") for c in conj.children):
        return None
    head = conj.head
    if not ((first <= head.i <= last and head.pos_ in ("NOUN", "PROPN")) or head.pos_ in ("VERB", "AUX")):
        return None
    end = conj.right_edge.i
    while end > conj.i and doc[end].is_punct:
        end -= 1
    return end if end < limit else None


def participle_conjunct_end(doc: Doc, first: int, last: int, limit: int) -> int | None:
    """The index of the last token of a verb's clause coordinated with a subjectless "-ing" participle clause that a
    span ends with ("held a road roko , seeking an apology | and sought X ’ s transfer"): the parse hangs the later
    verb, with no subject of its own, on the main verb, where it goes on the participle's demand; CNC marks the
    participle's cause over both (round 62). The span, tokens ``first`` to ``last``, lies in the participle's clause,
    an adverbial clause that ends at ``last``; "and" and a conjunct of the participle's head, with no subject, follow
    it. Not past ``limit`` (the first token it may not take). None when the span does not end so."""
    if last + 2 >= limit or doc[last + 1].lower_ != "and" or doc[last + 1].dep_ != "cc":
        return None
    part = doc[last]
    while part.head != part and not (part.tag_ == "VBG" and part.dep_ == "advcl"):
        part = part.head
    if not (part.tag_ == "VBG" and part.dep_ == "advcl" and part.right_edge.i == last and first >= part.left_edge.i):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children):
        return None
    after = (last + 1, last + 2)  # the conjunct's clause opens at "and" or right after it
    conj = next((c for c in part.head.children if c.dep_ == "conj" and c.i > last + 1 and c.left_edge.i in after), None)
    if conj is None or conj.pos_ not in ("VERB", "AUX") or doc[last + 1].head not in (part.head, conj):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
        return None  # "X held a rally, demanding Y, and police arrested Z": a clause of its own
    end = min(conj.right_edge.i, limit - 1)
    while end > conj.i and doc[end].is_punct:
        end -= 1
    return end


def nearest_subject_clause(verb: Token, start: int, skip_marks: Collection[str] = ()) -> tuple[int, int] | None:
    """The clause a comma participle's cause is, when the comma closes a subordinate or relative clause with its
    own subject inside the clause the participle hangs from ("X filed for a permit in the district where masked men
    beat commuters | , leaving 45 in hospital"; "had gone to free the land when a mob pounced on them | , forcing
    them to flee"): a result told after such a clause is what that clause's act brought about, and CNC marks that
    clause, without its subordinator, up to the comma (round 61). The verb is found climbing from the word before the
    comma to the participle's head, each verb read through its coordination (its first conjunct: "men chased and |
    beat X"); it needs a relative or adverbial clause's dependency and a subject of its own before it that is not a
    relative pronoun ("who": the noun it stands for is outside the clause). A clausal complement ("complain [that] X
    eroded", CNC's cause the whole report) is no such clause, nor one opened by a mark of ``skip_marks`` (markers.yml
    `non_causal_marks`: "took place Sunday before X addressed the rally | , leaving six dead" is the blasts' result).
    ``start``: where the participle's cause begins now. None when there is none, or no comma."""
    doc = verb.doc
    comma = verb.left_edge.i if doc[verb.left_edge.i].text == "," else verb.left_edge.i - 1
    if comma <= start or doc[comma].text != ",":
        return None
    cur = doc[comma - 1]
    for _ in range(12):
        first = cur
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        later = first.i < start  # the participle's head a later conjunct: its clause starts at the first's subject
        if first.pos_ in ("VERB", "AUX") and first.dep_ in ("relcl", "advcl") and (first.i >= start or later):
            subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            opener = [c for c in first.children if c.i < first.i and (c.dep_ == "mark" or c.tag_ == "WRB")]
            if (
                subj is not None
                and subj.i < first.i
                and (subj.left_edge.i > start or later)
                and subj.tag_ not in ("WDT", "WP")
                and subj.lower_ not in ("who", "whom", "that", "which")
                and not any(c.lower_ in skip_marks for c in opener)
            ):
                c0 = first.left_edge.i
                while c0 < subj.i and (doc[c0] in opener or doc[c0].is_punct or doc[c0].tag_ == "WRB"):
                    c0 += 1  # "where | men beat X", "when | a mob pounced": the clause without its subordinator
                return c0, comma
        if cur == verb.head or cur.head == cur or cur.i < start:
            return None
        cur = cur.head
    return None
