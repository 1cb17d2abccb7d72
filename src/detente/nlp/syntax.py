"""Small dependency-tree tests shared by every rule module (issue 14, guards1).

spaCy builds a new Python ``Token`` object each time a token is read (``doc[i]``, ``tok.head``, ``tok.children``),
so an identity test between tokens (``tok.head is tok``) is false even when both name the same token: a root
guard written that way never fires, and a loop that walks ``.head`` upward and counts on it to stop only stops by
its step limit, re-reading the root. Tokens are compared by their index in the document instead; the source scan
in ``tests/test_guards1_root_guards.py`` keeps identity tests on ``.head`` out of ``src``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Token


def is_root(tok: Token) -> bool:
    """Whether ``tok`` is the root of its sentence (its own head; also every token of an unparsed document)."""
    return tok.head.i == tok.i


def prep_objects(tok: Token, word: str | None = None) -> list[Token]:
    """The objects of ``tok``'s prepositional phrases ("on a convoy", "of villages"), only those of ``word``'s
    phrases when given."""
    return [
        p
        for c in tok.children
        if c.dep_ == "prep" and (word is None or c.lower_ == word)
        for p in c.children
        if p.dep_ == "pobj"
    ]


def prep_objects_in(tok: Token, preps: Collection[str]) -> list[Token]:
    """The objects of ``tok``'s prepositional phrases whose preposition is one of ``preps`` ("from Germany", "in
    Ukraine"), in word order."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]


def that_marked(clause: Token) -> bool:
    """Whether ``clause`` (a clause's verb) is opened by the marker "that" ("said that Y had ...", "reports that it
    sent troops ...")."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def condition_clauses(heads: Iterable[Token], marks: Collection[str]) -> list[Token]:
    """The verbs of the adverbial clauses on ``heads`` that a word of ``marks`` opens ("will boycott the talks unless
    Y lifts sanctions" -> [lifts]), head by head: the condition clauses of rules 28, 82b and 84c. The opener is the
    clause's subordinating mark, or a wh-adverb the parser hangs on the clause's verb ("scrambled jets when Y's
    bombers approached": "when" an advmod, rule 308)."""
    return [
        c
        for head in heads
        for c in head.children
        if c.dep_ == "advcl"
        and any(
            (m.dep_ == "mark" or (m.dep_ == "advmod" and m.tag_ == "WRB")) and m.lower_ in marks and m.i < c.i
            for m in c.children
        )
    ]


def controlled_parties(clause: Token, verbs: Collection[str]) -> list[Token]:
    """The noun that does the act of ``clause`` when it is a to-infinitive with no subject of its own under one of
    ``verbs`` (object control: "X pushed Y to stop ...", "X called on Y to ...", "Y was urged to ..."): the verb's
    direct object, its "on" / "upon" object or its passive subject, before the infinitive (docs/events.md rules
    117b, 152a, 175). None for any other clause."""
    if clause.dep_ not in ("xcomp", "advcl", "ccomp") or is_root(clause):
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return []
    if any(c.dep_ in ("nsubj", "csubj") for c in clause.children):
        return []
    head = clause.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in verbs:
        return []
    parties = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < clause.i]
    parties += [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < clause.i
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return parties


def verb_lemmas(tok: Token) -> set[str]:
    """The lemmas a verb may have: spaCy's own and those its inflected form gives by the regular endings ("hopes" ->
    hope, hop; "hoped" -> hope, hop; "hoping" -> hop, hope), for a lemmatizer that reads "hopes" as "hop"."""
    out = {tok.lemma_.lower()}
    word = tok.lower_
    if tok.tag_ == "VBZ" and word.endswith("s"):
        out |= {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    elif tok.tag_ in ("VBD", "VBN") and word.endswith("ed"):
        out |= {word[:-1], word[:-2]}
    elif tok.tag_ == "VBG" and word.endswith("ing"):
        out |= {word[:-3], word[:-3] + "e"}
    return out


def time_frame_object(noun: Token, preps: Collection[str], heads: Collection[str]) -> bool:
    """Whether ``noun`` is the object of a phrase that places another act in time (docs/events.md rule 365): of one
    of ``preps`` ("after the summit", "since the talks"), or of "of" / "to" on one of ``heads`` ("ahead of the
    summit", "prior to the talks", "on the eve of the meeting", "in the run-up to the summit", the hyphenated head
    read whole when the tokenizer split it)."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    prep = noun.head
    if prep.lower_ in preps:
        return True
    if prep.lower_ not in ("of", "to"):
        return False
    head = prep.head
    word = head.lower_
    doc = head.doc
    if word == "up" and head.i >= 2 and doc[head.i - 1].text == "-":
        word = f"{doc[head.i - 2].lower_}-up"  # "run-up" split as "run", "-", "up"
    return word in heads
