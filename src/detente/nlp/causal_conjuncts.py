"""Two conjuncts of one coordination are no cause and effect of each other (issue 13, round 105).

"Trump rejected the request | and now says he has made a decision", "the foreign minister noted the progress | and
urged both sides to return", "the talks marked a shift in policy | and a departure from past efforts": a coordination
lists acts of one subject, or things of one verb, side by side. The span tagger, which reads no word of cause, may
take one conjunct as the cause of the other; ``conjunct_pair`` says when a claim's two sides are such conjuncts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Span, Token

from detente.nlp.causal_parse import claim_sides

# the complements a side's head may hang by under its conjunct ("and now says | he has made a decision", "and now
# says it is ready | to resume talks")
_COMPLEMENTS = ("ccomp", "xcomp", "acomp")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def _first_conjunct(tok: Token) -> Token:
    """The first conjunct of the coordination ``tok`` is a conjunct of (``tok`` itself when it is none)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _anchors(side: Span) -> Iterator[Token]:
    """The side's head, then the words it hangs on as a complement, outside the side ("made" of "he has made a
    decision", then "says" that takes it)."""
    tok = side.root
    yield tok
    while tok.dep_ in _COMPLEMENTS and tok.head.i != tok.i and not side.start <= tok.head.i < side.end:
        tok = tok.head
        yield tok


def _shares_subject(tok: Token) -> bool:
    """Whether a conjunct is no clause of its own: a noun, or a verb with no subject of its own ("and | urged X")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return True
    return not any(c.dep_ in _SUBJECTS for c in tok.children)


def _listed_with(a: Token, b: Token) -> bool:
    """Whether ``a`` and ``b`` are two members of one list: conjuncts of one coordination, or ``a`` a noun conjunct the
    parse hung on a noun of ``b``'s own phrase ("a shift in policy under Trump | and a departure": "departure" hung
    on "Trump"), where it is ``b``'s fellow all the same."""
    first = _first_conjunct(a)
    if first.i == _first_conjunct(b).i:
        return True
    if a.dep_ != "conj" or a.pos_ not in ("NOUN", "PROPN") or b.pos_ not in ("NOUN", "PROPN"):
        return False
    tok = first
    while tok.i != b.i and tok.dep_ in ("pobj", "prep") and tok.head.i != tok.i:
        tok = tok.head
    return tok.i == b.i


def conjunct_pair(sent: Span, claim: dict[str, Any]) -> bool:
    """Whether a claim's cause and effect are two conjuncts of one coordination (their heads, or the words they hang
    on as complements, are two members of one "and" / "or" list), neither side holding the other's conjunct, and the
    later conjunct no clause with a subject of its own: verbs sharing one subject ("rejected X | and now says Y") or
    nouns of one verb ("marked a shift | and a departure"). A conjunct clause with its own subject (", and prices
    rose") may be the first one's result, and is not one (round 105)."""
    doc = sent.doc
    sides = claim_sides(doc, claim)
    if sides is None:
        return False
    cause, effect = sides
    if cause.start < effect.end and effect.start < cause.end:
        return False  # overlapping sides: no list of two
    for a in _anchors(cause):
        for b in _anchors(effect):
            if a.i == b.i or effect.start <= a.i < effect.end or cause.start <= b.i < cause.end:
                continue  # a side that holds the other's conjunct is the coordination, not one conjunct of it
            later = a if a.i > b.i else b
            if not (_listed_with(a, b) or _listed_with(b, a)):
                continue
            if later.dep_ == "conj" and _shares_subject(later):
                return True
    return False
