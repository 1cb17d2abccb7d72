"""First-person pronouns inside a quotation take its speaker (issue 14, session 22, docs/events.md rule 112).

'"I will raise the tariffs India pays," Trump said', 'Lavrov said: "We will respond to new sanctions."': the
"I"/"my"/"me" of the quotation is the speaker, "we"/"us"/"our" the speaker's side. By the CAMEO convention a state
official's "we" is the state he speaks for, which the speaker's own code already names (a spokesman of the Russian
government is ``RUSGOV``, the government his "we" means), so both take the speaker's code; "I" only a person's.

A quotation is a span of the text between an opening and a closing quotation mark of one paragraph (curly marks
open and close, straight ones alternate; a mark left open at the paragraph's end opens nothing). Its speaker is the
subject of a speech verb (the event lexicon's ``speakers.verbs``: one definition) attached to it in one of two
ways: the verb is the first word outside the quotation that the pronoun's clause hangs on in the parse ('"I ...,"
Trump said'; 'Lavrov said that "we ..."'), or it stands right beside the quotation: after its closing mark
('," Trump said', '," said Trump', '," Trump wrote on Monday') or before its opening mark, a colon or comma between
('Lavrov said: "..."', 'He added:\\n"..."'). The speaker must be one actor mention (a named person, a country, a
resolved "he"); a quotation with no such speaker, or with two different ones, or a speaker who is not an actor
(a reporter, "I" of the narrator), leaves its pronouns unresolved: no guessing. A quotation continued in the next
sentence keeps its speaker only inside the same quotation marks ('"We agree. We will sign," Lavrov said');
new marks ('"...," Trump said. "I ..."') are a new quotation, whose speaker must be attributed again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from spacy.tokens import Doc, Token

from detente.nlp.token_scan import lower_hits

M = TypeVar("M")

OPENING = frozenset({"“", "``", "„"})
CLOSING = frozenset({"”", "''"})
STRAIGHT = frozenset({'"'})
MARKS = OPENING | CLOSING | STRAIGHT
_SUBJ = ("nsubj", "nsubjpass")
# how a reported clause hangs on its speech verb (rule 151a): "said (that) his country would ...", '"...," X said'
_REPORTED = ("ccomp", "parataxis")
# how many words a speech verb may stand from the quotation's mark ('," Trump, the US president, said')
_NEAR = 6


@cache
def speech_verbs(patterns: Path | None) -> frozenset[str]:
    """The speech verbs of the event coder's patterns file (``speakers.verbs``; None = the packaged file), from the
    read the actor resolver's event words share (``patterns_lexicon``)."""
    from detente.nlp.events.lexicon import patterns_lexicon

    return frozenset(patterns_lexicon(patterns).speaker_verbs)


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """(opening mark, closing mark) token indices of the closed quotations of ``doc``, none across a line break."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for i in lower_hits(doc, MARKS):
        text = doc[i].text
        if start is not None and "\n" in doc[start:i].text:
            start = None  # a mark left open at a paragraph's end opens nothing
        if text in OPENING or (text in STRAIGHT and start is None):
            start = i
        elif start is not None:
            out.append((start, i))
            start = None
    return out


def _is_speech(tok: Token, verbs: frozenset[str]) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs


def _near_verbs(doc: Doc, open_: int, close: int, verbs: frozenset[str]) -> list[Token]:
    """Speech verbs right beside the quotation: after its closing mark (a comma may stand first) up to the next
    mark or the sentence's end, or before its opening mark when a colon or comma stands between."""
    found: list[Token] = []
    k = close + 1
    while k < len(doc) and k <= close + _NEAR and doc[k].text not in MARKS:
        if doc[k].is_sent_start and k > close + 1:
            break
        if _is_speech(doc[k], verbs):
            found.append(doc[k])
            break
        if doc[k].text in (".", "!", "?", ";"):
            break
        k += 1
    k = open_ - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and doc[k].text in (":", ","):
        lo = max(0, k - _NEAR)
        for j in range(k - 1, lo - 1, -1):
            if doc[j].text in MARKS or doc[j].text in (".", "!", "?", ";"):
                break
            if _is_speech(doc[j], verbs):
                found.append(doc[j])
                break
    return found


def _attached_verb(tok: Token, open_: int, close: int, verbs: frozenset[str]) -> Token | None:
    """The first word outside the quotation up the pronoun's heads, when it is a speech verb."""
    cur = tok
    while cur.head.i != cur.i:
        cur = cur.head
        if not open_ < cur.i < close:
            return cur if _is_speech(cur, verbs) else None
    return None


def quoted_speakers(
    doc: Doc,
    mentions: Sequence[M],
    pronouns: dict[str, str],
    verbs: frozenset[str],
    make: Callable[[M, int, str], M | None],
) -> list[M]:
    """New mentions on the first-person pronouns (``pronouns``: word -> ``speaker`` or ``side``) of the
    quotations of ``doc`` whose speaker is one mention of ``mentions``; ``make(speaker, token, sort)`` builds one
    (or None when the speaker cannot be that pronoun: "I" of a country)."""
    hits = lower_hits(doc, frozenset(pronouns))
    if not hits:
        return []
    quotes = quotations(doc)
    if not quotes:
        return []
    spans: list[Any] = sorted(mentions, key=lambda m: (m.start, m.end))
    covered = {i for m in spans for i in range(m.start, m.end)}

    def mention_on(tok: Token) -> Any:
        on = [m for m in spans if m.start <= tok.i < m.end]
        return on[0] if len(on) == 1 else None

    def speaker_of(verb: Token) -> Any:
        subj = [c for c in verb.children if c.dep_ in _SUBJ]
        if not subj and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
            # a participle with no subject of its own speaks for its clause's subject: "Trump voiced concern,
            # stating: "I'd rather not ...""
            subj = [c for c in verb.head.children if c.dep_ in _SUBJ]
        if len(subj) != 1 or subj[0].conjuncts:
            return None  # no subject, or two speakers ("Putin and Xi said")
        return mention_on(subj[0])

    out: list[M] = []
    for i in hits:
        tok = doc[i]
        if i in covered or tok.pos_ not in ("PRON", "DET") or tok.text == "US":
            continue
        quote = next(((o, c) for o, c in quotes if o < i < c), None)
        if quote is None:
            continue  # the narrator's own "I" / "we"
        open_, close = quote
        candidates = _near_verbs(doc, open_, close, verbs)
        attached = _attached_verb(tok, open_, close, verbs)
        if attached is not None:
            candidates.append(attached)
        if not candidates:
            # 'According to X, "we will ..."': no speech verb, the quotation's clause names its source (rule 218c)
            found = _quoted_according_to(tok, open_, close, mention_on)
            if found is not None:
                made = make(found, i, pronouns[tok.lower_])
                if made is not None:
                    out.append(made)
                continue
        speakers = {id(s): s for s in (speaker_of(v) for v in candidates) if s is not None}
        if len(speakers) != 1 or any(speaker_of(v) is None for v in candidates):
            continue  # no speaker, two speakers, or a verb whose subject is no actor (a reporter)
        made = make(next(iter(speakers.values())), i, pronouns[tok.lower_])
        if made is not None:
            out.append(made)
    return out


def _according_to(verb: Token, mention_on: Callable[[Token], Any]) -> Any:
    """The one actor mention of an "according to X" phrase on ``verb`` ("According to X, his country ...")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            found = {id(m): m for t in prep.subtree if t.dep_ == "pobj" for m in [mention_on(t)] if m is not None}
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _quoted_according_to(tok: Token, open_: int, close: int, mention_on: Callable[[Token], Any]) -> Any:
    """The source of a quotation that no speech verb reports, named by an "according to" phrase on the quoted
    clause's verb (its head outside the quotation, or its root when the whole sentence is the quotation): 'According
    to X, "we will never ..."' or 'According to a spokesman for X, "..."' (the spokesman's "for" / "of" owner)."""
    cur = tok
    while cur.head.i != cur.i and open_ < cur.head.i < close:
        cur = cur.head
    if cur.head.i != cur.i and cur.head.pos_ in ("VERB", "AUX"):
        cur = cur.head  # the quotation hung on a verb outside it
    for prep in cur.children:
        if prep.dep_ != "prep" or prep.lower_ != "according" or open_ < prep.i < close:
            continue
        objects = [t for t in prep.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"]
        if len(objects) != 1:
            return None
        return _named_or_owner(objects[0], mention_on)
    return None


def _verb_speaker(verb: Token, mention_on: Callable[[Token], Any]) -> Any:
    """The one actor mention that is the subject of speech verb ``verb``, or that a subject naming no actor speaks
    for ("a spokesman for X said": its "for" / "of" phrase); None for no subject or two ("Putin and Xi said")."""
    subj = [c for c in verb.children if c.dep_ in _SUBJ]
    if len(subj) != 1 or subj[0].conjuncts:
        return None
    return _named_or_owner(subj[0], mention_on)


def _named_or_owner(token: Token, mention_on: Callable[[Token], Any]) -> Any:
    """The actor mention on ``token``, else the one mention its "for" / "of" phrase names ("a spokesman for X",
    "the press office of X"); None for none or two."""
    found = mention_on(token)
    if found is not None:
        return found
    owners = [
        m
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in ("for", "of")
        for g in p.children
        if g.dep_ == "pobj"
        for m in [mention_on(g)]
        if m is not None
    ]
    return owners[0] if len(owners) == 1 else None


def _may_own(m: Any, head: Token, sort: str) -> bool:
    """Whether mention ``m`` (None: no actor), a subject with head ``head``, can own a possessive of ``sort``
    (docs/events.md rules 151, 311): a person's "his" / "her" never names a bare state or a plural ("X's president
    said Peru had threatened his country", "... Peruvian troops had attacked his country": not theirs), so only a
    singular person, title or role subject between makes such a possessive ambiguous."""
    if m is None:
        return False
    if sort != "person":
        return True
    if head.tag_ in ("NNS", "NNPS"):
        return False
    bare_state = not getattr(m, "is_person", False) and not getattr(m, "role", None)
    return not (bare_state and getattr(m, "kind", "") != "title" and len(getattr(m, "code", "")) == 3)


def speaker_states(
    doc: Doc,
    mentions: Sequence[M],
    nouns: dict[str, str],
    possessives: dict[str, str],
    verbs: frozenset[str],
    make: Callable[[M, int, int, str], M | None],
    objects: frozenset[str] = frozenset(),
) -> tuple[list[M], list[M]]:
    """The speaker's own state named by a possessive (docs/events.md rule 151): a noun of ``nouns`` (country,
    government: the role suffix its mention takes) whose possessor is one of ``possessives`` and whose clause is
    reported by a speech verb with one actor speaker ("X said his country would ...", "a spokesman for X said its
    government ...", "according to X, his country ..."), or that is the "of" phrase of the speech verb's object, a
    noun of ``objects`` ("X announced the decision of its government to ...": docs/events.md rule 182), or a
    first-person possessive inside a quotation that the
    quotation step already gave the speaker's code ('"Our country will ...," X said'). ``make(speaker, start, end,
    suffix)`` builds the mention (None when the speaker has no country). Returns (new mentions, mentions they
    replace: the quotation step's bare "our"). No guessing: a "his" / "its" inside a quotation (a third party), a
    clause between with an actor subject of its own that could own the possessive ("X said Y had betrayed his
    country": whose? but not a bare state for "his": rule 311), or no single
    actor speaker leave the noun uncoded."""
    hits = lower_hits(doc, frozenset(nouns))
    if not hits:
        return [], []
    spans: list[Any] = sorted(mentions, key=lambda m: (m.start, m.end))
    covered = {i for m in spans for i in range(m.start, m.end)}
    quotes = quotations(doc)

    def mention_on(tok: Token) -> Any:
        on = [m for m in spans if m.start <= tok.i < m.end]
        return on[0] if len(on) == 1 else None

    out: list[M] = []
    replaced: list[M] = []
    for i in hits:
        noun = doc[i]
        if i in covered or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if len(poss) != 1 or poss[0].lower_ not in possessives or poss[0].i != i - 1:
            continue  # "his country", "our government"; not "his own country's", "his Chinese counterpart"
        sort = possessives[poss[0].lower_]
        inside = any(o < i < c for o, c in quotes)
        if sort == "side":
            own = mention_on(poss[0])
            if inside and own is not None and getattr(own, "how", "") == "quote":
                made = make(own, poss[0].i, i + 1, nouns[noun.lower_])
                if made is not None:
                    out.append(made)
                    replaced.append(own)
            continue
        if inside:
            continue  # "his country" inside a quotation is a third party's
        resolved = mention_on(poss[0]) if poss[0].i in covered else None
        if poss[0].i in covered and (resolved is None or resolved.end - resolved.start != 1):
            continue
        speaker: Any = None
        cur = noun
        while cur.head.i != cur.i:
            child, cur = cur, cur.head
            if cur.pos_ in ("VERB", "AUX") and not _is_speech(cur, verbs):
                subj = [
                    c for c in cur.children if c.dep_ in _SUBJ and c.i != child.i and c.i not in range(i - 1, i + 1)
                ]
                if any(_may_own(mention_on(s), s, sort) for s in subj):
                    break  # a clause with an actor subject of its own between: whose country is ambiguous
            if _is_speech(cur, verbs):
                # only a clause the verb reports: "pledged his country's support" is the speaker's own act
                owned = (
                    child.dep_ in ("dobj", "obj")
                    and child.lemma_.lower() in objects
                    and noun.head.lower_ == "of"
                    and noun.head.head.i == child.i
                )  # "announced the decision of its government": the decision, and its government, are the speaker's
                if child.dep_ in _REPORTED or owned:
                    speaker = _verb_speaker(cur, mention_on)
                break
            speaker = _according_to(cur, mention_on) if cur.pos_ in ("VERB", "AUX") else None
            if speaker is not None:
                break
        if speaker is None:
            continue
        person = getattr(speaker, "is_person", False) or bool(getattr(speaker, "role", None))
        if sort == "body" and getattr(speaker, "kind", "") == "person":
            continue  # a person has no "its country"
        if sort == "person" and not person and len(getattr(speaker, "code", "")) == 3:
            continue  # "Russia said his country": the "his" is someone else's
        if resolved is not None:
            # the pronoun step already read "its" as someone's: only the speaker's own reading is widened
            if getattr(resolved, "code", "")[:3] != getattr(speaker, "code", "")[:3]:
                continue
            replaced.append(resolved)
        made = make(speaker, poss[0].i, i + 1, nouns[noun.lower_])
        if made is not None:
            out.append(made)
        elif resolved is not None:
            replaced.pop()
    return out, replaced
