"""Parse repairs the event rules need before they read a sentence (docs/events.md rule 46a).

The small English model sometimes leaves a preposition without its object and hangs the noun phrase that
follows it elsewhere: "called on(prep) Economy Minister X(dobj of called) to quit", "granted asylum to(prep)
two sailors(nsubj of stranded) stranded in ...". Every rule that reads "the object of the preposition"
then finds nothing (no target; "called" without "on" reads as a phone call). :func:`attach_stranded_objects`
gives such a preposition back the noun phrase that starts right after it, in the two shapes where that phrase
cannot be what the parser made of it.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

PREPOSITION_DEPS = ("prep", "dative")
# dependents inside a noun phrase, left of its head: the phrase "two Eritrean navy sailors" climbs to "sailors"
PHRASE_INNER_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "quantmod", "nmod", "punct"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a participle the tagger may call a past tense ("stranded" VBD): with no auxiliary and no subordinator it is no
# finite clause of its own
PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
CLAUSE_MARKER_DEPS = frozenset({"aux", "auxpass", "mark", "advmod"})


def _phrase_head(first: Token) -> Token:
    """The head of the noun phrase that begins at ``first`` (climbing phrase-internal dependents rightward)."""
    tok = first
    while tok.dep_ in PHRASE_INNER_DEPS and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _stranded_object(prep: Token) -> tuple[Token, Token | None] | None:
    """The noun phrase head a childless preposition on a verb lost, and the participle to re-hang on it:
    (noun, None) when the noun is the verb's own direct object ("called on X"), (noun, participle) when it is
    the subject of a bare past participle hung on the same verb ("to sailors stranded in ...": no auxiliary,
    subordinator or adverb before it); else None."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > prep.i or prep.i + 1 >= prep.sent.end:
        return None  # both shapes follow their verb ("On 17 July X rejected ...": a date, not a lost object)
    noun = _phrase_head(prep.doc[prep.i + 1])
    if noun.pos_ not in NOUN_POS or noun.left_edge.i != prep.i + 1:
        return None
    if noun.dep_ == "dobj" and noun.head.i == verb.i:
        return noun, None
    clause = noun.head
    if (
        noun.dep_ in SUBJECT_DEPS
        and clause.tag_ in PARTICIPLE_TAGS
        and clause.i != verb.i
        and clause.head.i == verb.i
        and clause.i > noun.i
        and not any(c.dep_ in CLAUSE_MARKER_DEPS and c.i < clause.i for c in clause.children)
    ):
        return noun, clause
    return None


def attach_stranded_objects(doc: Doc) -> int:
    """Give each preposition the parser left without an object the noun phrase that starts right after it, in
    the shapes of :func:`_stranded_object`; the phrase becomes its ``pobj`` and a re-hung participle an ``acl``
    of the noun ("sailors stranded in ..." is a reduced relative). Returns how many were repaired."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return 0
    deps = doc.to_array(DEP)
    wanted = numpy.array([get_string_id(d) for d in PREPOSITION_DEPS], dtype="uint64")
    repaired = 0
    for i in numpy.flatnonzero(numpy.isin(deps, wanted)).tolist():
        prep = doc[i]
        if prep.pos_ != "ADP" or prep.n_lefts or prep.n_rights:
            continue
        found = _stranded_object(prep)
        if found is None:
            continue
        noun, participle = found
        noun.head = prep
        noun.dep_ = "pobj"
        if participle is not None:
            participle.head = noun
            participle.dep_ = "acl"
        repaired += 1
    return repaired
