"""Conservative anaphora for states and organisations (issue 14): "it", "its", "they", "their", "them" and bare
role nouns ("the ministry", "the government", "police") that name a country or an organisation only by
reference. Called by ``ActorResolver`` after the he/she anaphora; see docs/actors.md, "Pronouns and bare
roles for states and organisations".

Within a sentence, from the parse only: the pronoun's own clause is left out for "it"/"they"/"them" (binding:
"Russia sanctioned it" is never Russia), and the search goes up through the governing clauses ("Syria says it
will not accept": the subject of the reporting verb; "Blinken reminded Iraq that it must cooperate": the one
actor of the governing clause that can be "it"). At the first clause with an argument, the pronoun is
resolved only when exactly one compatible actor is there and nothing competes: no other noun of the same
number in a subject/object slot, no other actor in an earlier prepositional phrase, no place. "it" is
singular (a country, an organisation, a singular role: "the Russian government"); "they/their/them" take
a plural role or group ("Russian forces", "rebels") or coordinated actors ("Russia and China said they ...",
one span per actor on the pronoun). A pleonastic "it" ("it is likely that", "it rained", "it remains to be
seen") is never resolved, nor an object "it" (as often an act as an actor); a possessive only in the
subject of its clause ("Russia said its forces ..."; "withdrew its troops" is the event coder's, rule 10).

Across sentences (``across``): a pronoun subject of a sentence's main clause ("It also said ...", "They
rejected ...", "Its forces ...") or a bare role at the start of a sentence ("The ministry said ...") takes the
actor of the previous sentence when exactly one country or organisation is in reach (the previous
``reach`` sentences of the same paragraph) and it was a subject there. A bare title after a fronted adverbial
("After meeting Y, the chancellor ...") takes only the titled person of the previous sentence (docs/events.md
rule 118b).

Resolved mentions keep the pronoun's (or the role noun's) own tokens; ``how`` is ``anaphora`` (same
sentence) or ``anaphora_prev`` (previous sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from spacy.tokens import Doc, Token

from detente.nlp.extensions import doc_text
from detente.nlp.token_scan import SentenceStarts, lower_hits
from detente.reference.actors import country_part, primary_code, role_part

SINGULAR = frozenset({"it", "its"})
PLURAL = frozenset({"they", "their", "them"})
POSSESSIVE = frozenset({"its", "their"})
PRONOUNS = SINGULAR | PLURAL
# quantity words a partitive "of" phrase hangs on: "several of its soldiers", "dozens of their nationals"
PARTITIVE_WORDS = frozenset(
    "some several many most all both few none dozens hundreds thousands scores one two three four five".split()
)
_SUBJ = ("nsubj", "nsubjpass")
# acts done to another, never to the doer's own ("Ukraine attacked its energy sites" said by Russia: Russia's
# sites): a singular "its" on their object refers above as one in the subject would (docs/events.md rule 234c)
OTHER_DIRECTED_VERBS = frozenset(
    "attack strike hit shell bomb bombard target raid ram seize invade violate sabotage shoot".split()
)
# the prepositions of a phrase that names whom an act is aimed at ("fired on its positions", "shot at its
# patrols"): a singular "its" in their object refers above as one in a direct object does (docs/events.md rule 419b)
AIMED_PREPS = frozenset({"on", "at", "against", "upon"})
# adverbials fronted before a main clause (rule 118b): "By hosting Y, ...", "After meeting Y, ...", "On Monday, ..."
_FRONTED = ("advcl", "prep", "npadvmod", "advmod")
_OBJ = ("dobj", "obj", "dative")
# the dependencies a time phrase reaches its verb by: "last year", "two years ago", "in 2023", "for years"
_TIME_PATH = frozenset({"npadvmod", "advmod", "pobj", "prep", "amod", "nummod", "quantmod", "compound", "det"})
_UP = ("ccomp", "conj", "xcomp", "advcl", "pcomp", "prep", "pobj", "acomp", "parataxis", "acl")
# relative words that a preposition of a relative clause takes: "a statement in which it urged ..."
_RELATIVE_OBJECTS = frozenset({"which", "whom"})
# Predicates of an extraposed or impersonal "it": "it is likely that", "it is time to", "it is said that"
_EXTRAPOSED = frozenset(
    "likely unlikely clear unclear possible impossible important necessary true false obvious evident "
    "probable certain uncertain difficult hard easy unknown time expected believed reported said thought "
    "understood feared hoped known estimated alleged claimed rumoured rumored worth essential vital crucial "
    "imperative urgent enough sufficient unacceptable acceptable good bad better best wrong right fair "
    "unfair surprising strange odd ironic interesting tragic sad regrettable".split()
)
# Verbs whose "it" subject is never an actor: weather, raising and impersonal verbs
_IMPERSONAL_VERBS = frozenset(
    "rain snow pour drizzle hail seem appear happen remain take matter follow turn transpire emerge cost "
    "look sound mean".split()
)


class Mention(Protocol):
    """What the resolver's ``Unit`` offers (duck-typed to keep this module free of the resolver)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def code(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def how(self) -> str: ...
    @property
    def is_person(self) -> bool: ...


M = TypeVar("M", bound=Mention)


def pleonastic(tok: Token) -> bool:
    """An "it" that names nothing: expletive, weather and raising verbs, extraposition ("it is likely that",
    "it is important to"), a cleft ("it was Russia that ..."), an impersonal passive ("it was reported
    that"), and "it" as the subject of a copula with a noun ("it was a mistake": an event, not an actor)."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    head = tok.head
    if tok.dep_ not in _SUBJ:
        return False
    lemma = head.lemma_.lower()
    if lemma in _IMPERSONAL_VERBS:
        return True
    kids = list(head.children)
    if tok.dep_ == "nsubjpass" and any(c.dep_ in ("ccomp", "csubj") for c in kids):
        return True  # "it was reported that", "it is believed that"
    if lemma in ("be", "become"):
        if any(c.dep_ in ("ccomp", "csubj", "xcomp") for c in kids):
            return True
        preds = [c for c in kids if c.dep_ in ("acomp", "attr")]
        if not preds:
            return True  # "as it is", "it was over"
        for p in preds:
            if p.dep_ == "attr" or p.lower_ in _EXTRAPOSED:
                return True  # "it was a mistake", "it is time", "it is clear"
            if not any(c.dep_ in ("xcomp", "prep") for c in p.children):
                return True  # "it was unacceptable": a judgement of something said before
    return False


def _partitive_head(tok: Token) -> bool:
    """A count or quantity word that an "of" phrase of people hangs on ("five of its soldiers", "dozens of
    their citizens", "some of its diplomats")."""
    return tok.pos_ == "NUM" or tok.lower_ in PARTITIVE_WORDS


def _foreign_object_possessive(p: Token, obj: Token, own: Token) -> bool:
    """Whether a possessive in the object ``obj`` of clause ``own`` cannot be the clause subject's own, so that it
    refers above as one in the subject would (docs/events.md rule 49b): a singular "its" whose clause has only
    plural noun subjects ("Turkey said Syrian forces killed two of its soldiers": the forces' own would be
    "their"), or whose clause verb is an act done to another (``OTHER_DIRECTED_VERBS``: "Russia says Ukraine
    attacked its energy sites", rule 234c) with no "own". A subject that agrees ("Russia withdrew its troops")
    keeps rule 10's reading."""
    subjects = [c for c in own.children if c.dep_ in _SUBJ]
    aimed = obj.dep_ == "prep" and obj.lower_ in AIMED_PREPS  # rule 419b: "opened fire on its positions"
    if p.lower_ != "its" or (obj.dep_ not in _OBJ and not aimed) or not subjects:
        return False
    owned = [g for c in obj.children for g in c.children] if aimed else list(obj.children)
    if own.lemma_.lower() in OTHER_DIRECTED_VERBS and not any(c.lower_ == "own" for c in owned):
        # rule 234c: an attack's object is another's ("its own sites" keeps the doer's)
        return True
    return all(s.tag_ in ("NNS", "NNPS") for s in subjects)


def _aimed_phrase(tok: Token, own: Token) -> bool:
    """Rule 419b: whether ``tok`` is the object of an `AIMED_PREPS` phrase that hangs on clause verb ``own`` or on
    its direct object ("Armenia said Azerbaijani troops had opened fire on its positions")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in AIMED_PREPS:
        return False
    return prep.head.i == own.i or (prep.head.dep_ in _OBJ and prep.head.head.i == own.i)


def _clause(tok: Token) -> Token | None:
    """The nearest verb (or auxiliary) at or above ``tok``."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i:
            return cur
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
    return None


def _prepositional_relative(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause whose relative word is the object of one of its prepositions, on
    the object of another clause: "X issued a statement in which it urged Y", "X signed a deal under which they
    will ...". The noun it hangs on is not its subject (that is the pronoun), so the pronoun refers as it would
    in the clause of that noun: its subject, the statement's issuer (docs/actors.md)."""
    return (
        clause.dep_ == "relcl"
        and clause.head.dep_ in _OBJ
        and any(
            c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in _RELATIVE_OBJECTS for g in c.children)
            for c in clause.children
        )
    )


def _in_relative(tok: Token, top: Token) -> bool:
    """Whether ``tok`` sits in a relative clause or an apposition below ``top``."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "appos"):
            return True
        cur = cur.head
    return False


def _trailing_speakers(reported: Token, verb: Token) -> set[int]:
    """The subjects of a reporting ``verb`` that follow the clause ``reported`` it governs ("Syrian forces killed
    two of its soldiers, Turkey said"; "..., said Turkey"): the speaker of a report that comes first."""
    if reported.head.i != verb.i or reported.dep_ not in ("ccomp", "parataxis") or reported.i > verb.i:
        return set()
    end = max(t.i for t in reported.subtree)
    return {c.i for c in verb.children if c.dep_ in _SUBJ and c.i > end}


def _first_char(sent: Any) -> int:
    """Offset of a sentence's first token that is not whitespace (spaCy may start it with a "\n\n" token)."""
    return next((t.idx for t in sent if not t.is_space), sent.start_char)


def _last_char(sent: Any) -> int:
    """End offset of a sentence's last token that is not whitespace."""
    return max((t.idx + len(t.text) for t in sent if not t.is_space), default=sent.start_char)


def _after_fronted_phrase(sent: Any, start: int) -> bool:
    """Whether token ``start`` of ``sent`` opens its main clause after a fronted adverbial set off by a comma: every
    token before it belongs to a phrase or clause the sentence's root governs as an adverbial (``_FRONTED``), and a
    comma comes right before it: "By hosting Y on U.S. soil, the president ...", "After meeting Y, the chancellor
    ...", "On Monday, the ministry ..." (docs/events.md rule 118b). The main clause then starts there as a
    sentence-initial one does."""
    doc = sent.doc
    if start <= sent.start + 1 or doc[start - 1].text != ",":
        return False
    fronted = {t.i for c in sent.root.children if c.dep_ in _FRONTED and c.i < start for t in c.subtree}
    return all(i in fronted or doc[i].dep_ == "punct" for i in range(sent.start, start))


def cataphora(p: Token) -> tuple[Token, set[int]] | None:
    """A pronoun that refers forward to the subject of the clause governing its own (issue 14, session 24,
    docs/events.md rule 143): ``p`` is the subject of, or possesses the subject of, an adverbial or reported clause
    that opens its sentence before its governing verb's one subject ("After he met the Egyptian president, the
    Ethiopian prime minister said ...", "Before it imposed tariffs on Japan, South Korea warned ...", "His
    country will never accept this, the Serbian president said"). Returns that subject's head and the tokens of
    the sentence where a competing antecedent would sit: all but the subject's phrase and, for a subject pronoun,
    its own clause (it c-commands that clause, whose names it cannot be: "he met the Egyptian president"); a
    possessive does not, so its clause's other actors compete. None when the shape does not hold."""
    subj = p.head if p.dep_ == "poss" else p
    if subj.dep_ not in _SUBJ or subj.i == subj.head.i:
        return None
    clause = subj.head
    if clause.dep_ not in ("advcl", "ccomp"):
        return None
    verb = clause.head
    sent = p.sent
    # the clause opens the sentence (an opening quotation mark aside), so nothing named before it is in reach
    if any(not (t.is_punct or t.is_space) for t in sent.doc[sent.start : clause.left_edge.i]):
        return None
    mains = [c for c in verb.children if c.dep_ in _SUBJ]
    if len(mains) != 1 or mains[0].left_edge.i <= clause.right_edge.i or mains[0].conjuncts:
        return None
    main = mains[0]
    skip = {t.i for t in main.subtree}
    if p.dep_ != "poss":
        skip |= {t.i for t in clause.subtree}
    return main, {t.i for t in sent if t.i not in skip and t.i != p.i}


def _present_perfect(verb: Token) -> bool:
    """A past participle with a present "has" / "have": "Denmark has criticised Russia"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _narrative_tenses(previous: Token, verb: Token) -> bool:
    """Whether the main verbs of two sentences in a row narrate one actor's acts (docs/events.md rules 408a, 417a):
    both in the simple past; or the first in the present perfect, the lead of a wire story ("Denmark has criticised
    Russia"), and the next in the present perfect or the simple past ("It has also expelled ...", "It also summoned
    ... on Friday"). A present perfect after a simple past ("It has supplied drones to Russia") describes, more often
    the object; the simple present ("It calls on Israel to ...") as often a plan or a text as a party."""
    if verb.tag_ == "VBD":
        return previous.tag_ == "VBD" or _present_perfect(previous)
    return _present_perfect(verb) and _present_perfect(previous)


def _ancestors(tok: Token) -> set[int]:
    return {tok.i} | {a.i for a in tok.ancestors}


def _plural_head(doc: Doc, m: Mention) -> bool:
    last = doc[m.end - 1]
    return last.tag_ in ("NNS", "NNPS") or m.kind == "group"


def compatible(doc: Doc, m: Mention, plural: bool) -> bool:
    """Whether ``m`` can be the antecedent of a singular ("it") or plural ("they") pronoun: never a person
    or a place; "it" a country, an organisation or a singular role ("the Russian government"), "they" a
    plural role or a group ("Russian forces", "rebels", "the Taliban")."""
    if m.is_person or m.kind in ("place", "person", "pair", "title"):
        return False
    if m.how.startswith("anaphora") or m.kind == "group":
        return True  # "Hamas said it", "the Taliban said they"
    plural_role = bool(role_part(m.code)) and _plural_head(doc, m)
    return plural_role if plural else not plural_role


class StateAnaphora:
    """Resolves it/its/they/their/them and sentence-initial bare roles; see the module docstring."""

    def __init__(
        self,
        *,
        across: bool = True,
        reach: int = 1,
        joint_markers: frozenset[tuple[str, ...]] = frozenset(),
        offices: frozenset[str] = frozenset(),
        replies: frozenset[str] = frozenset(),
        subject_first: bool = True,
        history: frozenset[str] = frozenset(),
    ) -> None:
        self.across = across
        self.reach = reach
        self.joint_markers = joint_markers
        # rule 408: lemmas of a reply to the previous sentence's act ("It denied the charge"), whose pronoun subject
        # is not given that sentence's subject (``reply_verbs`` of anaphora.yml)
        self.replies = replies
        # rule 417b: words of a date in history (``history_time_words`` of anaphora.yml) that make the pronoun's
        # sentence background ("It supplied drones to Russia last year")
        self.history = history
        self.subject_first = subject_first
        # head nouns of one person's office (``title_heads`` of anaphora.yml): "the Israeli prime minister" is a
        # he/she, no "it" that a pronoun refers forward to (rule 143)
        self.offices = offices

    # ---- within a sentence ----------------------------------------------------------------------
    def _slot(self, doc: Doc, head: Token, at: dict[int, list[Any]]) -> list[list[Any]]:
        """Actors of an argument slot: one list per conjunct ("Russia and China": two)."""
        out = []
        for tok in [head, *head.conjuncts]:
            found = at.get(tok.i, [])
            if found:
                out.append(found)
        return out

    def _resolve_in_sentence(self, doc: Doc, p: Token, at: dict[int, list[Any]]) -> list[Any] | None:
        """The antecedent mentions of pronoun ``p`` inside its sentence, or None."""
        plural = p.lower_ in PLURAL
        possessive = p.lower_ in POSSESSIVE and p.dep_ == "poss"
        anchor = p.head if possessive else p
        own = _clause(anchor) if anchor.pos_ not in ("VERB", "AUX") else anchor
        if own is None:
            return None
        if p.lower_ == "it" and p.dep_ not in _SUBJ:
            # an object "it" is as often an act or a thing as an actor ("ICE detained the men, and the
            # department defended it"): only a subject "it" is resolved
            return None
        exempt: set[int] = set()
        if possessive:
            # only a possessive in the subject of its clause ("Russia said its forces had ..."): one in an
            # object or a phrase of its clause ("sought to strengthen its alliances with NATO") is the clause
            # subject's own, which the event coder reads already (docs/events.md rule 10)
            cur = anchor
            while cur.head.i != own.i and cur.head.i != cur.i:
                if cur.dep_ in ("conj", "compound", "appos"):
                    cur = cur.head
                elif cur.dep_ == "pobj" and cur.head.lower_ == "of" and _partitive_head(cur.head.head):
                    # "Ukraine said five of its soldiers were killed": a count of the subject's own people is
                    # the subject too (docs/events.md rule 47e)
                    cur = cur.head.head
                elif _aimed_phrase(cur, own):
                    # rule 419b: the object of an aimed "on" / "at" / "against" phrase of the clause verb or of its
                    # direct object ("had opened fire on its positions") is read as a direct object is (rule 49b)
                    cur = cur.head if cur.head.head.i == own.i else cur.head.head
                else:
                    break
            if cur.head.i != own.i or (cur.dep_ not in _SUBJ and not _foreign_object_possessive(p, cur, own)):
                return None
            if cur.dep_ not in _SUBJ:
                # the clause's own subject is what the pronoun cannot be, so it does not compete below
                exempt = {t.i for c in own.children if c.dep_ in _SUBJ for t in c.subtree}
        above = _ancestors(p)
        level = below = own
        first = True
        cands: list[list[Any]] = []
        blocked = False
        # an object pronoun of a clause without a subject of its own ("eager to push it forward", "sanctioned
        # Russia and accused it"): the subject it inherits is its co-argument, so that subject is left out
        controlled = not possessive and p.dep_ not in _SUBJ and not any(c.dep_ in _SUBJ for c in own.children)
        for _ in range(6):
            kids = list(level.children)
            subj = [c for c in kids if c.dep_ in _SUBJ]
            objs = [c for c in kids if c.dep_ in _OBJ]
            agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            # rule 405b: the subject pronoun of a clause coordinated with this one ("Canada condemned India, and it
            # expelled six Indian diplomats") is this clause's subject: its objects and phrases do not compete
            parallel = (
                not first
                and not possessive
                and p.dep_ in _SUBJ
                and p.head.i == below.i
                and below.dep_ == "conj"
                and below.head.i == level.i
                and bool(subj)
            )
            if parallel:
                slots = subj
            elif not first:
                slots = objs if controlled and (subj or agents) else subj + agents + objs
            if not first:
                # the pronoun's own clause is left out: its co-arguments cannot bind "it"/"them", and a possessive
                # of the clause's own subject ("Russia withdrew its troops") adds no actor to the clause
                # a speaker after the reported clause binds an object's "its" that the clause's plural subject
                # cannot own ("Syrian forces killed two of its soldiers, Turkey said"), as one before it does
                # (docs/events.md rule 50a); a subject's "its" before any actor ("Its forces attacked Y, Britain
                # said") more often names an actor of an earlier sentence, so is not bound forward
                after = _trailing_speakers(below, level) if exempt else set()
                for a in (a for a in slots if a.i not in above and (a.i < p.i or a.i in after)):
                    slot = self._slot(doc, a, at)
                    if not slot:
                        # a noun that is no actor: the subject of the clause, or a noun of the same number
                        if a.dep_ in _SUBJ or a.dep_ == "pobj":
                            blocked = True
                        elif a.pos_ in ("NOUN", "PROPN") and (a.tag_ in ("NNS", "NNPS")) == plural:
                            blocked = True
                        continue
                    if plural and len(slot) >= 2:
                        group = [m for ms in slot for m in ms]
                        if all(not m.is_person and m.kind not in ("place", "pair") for m in group):
                            cands.append(group)
                            continue
                    for ms in slot:
                        good = [m for m in ms if compatible(doc, m, plural)]
                        if good:
                            cands.append(good)
                        elif any(m.kind == "place" for m in ms):
                            blocked = True
                        elif a.dep_ in _SUBJ and not any(m.is_person for m in ms):
                            blocked = True  # "Russian officials said it": the subject is no "it"
            if blocked:
                return None
            if not first and (subj or agents):
                # the first clause with a subject decides (a subjectless infinitive or participle inherits
                # the subject above it: "the administration used sanctions to pressure Russia as it ...")
                if not cands:
                    return None  # a subject that names no "it" is the topic: leave the pronoun alone
                keys = {frozenset(primary_code(m.code) for m in c) for c in cands}
                if len(keys) != 1:
                    return None
                codes = set(next(iter(keys)))
                if parallel:
                    return cands[-1]
                # any other earlier actor of this clause competes ("sanctions on Russia over its invasion"),
                # except inside a relative clause or an apposition ("Russia, which fights Ukraine, said it")
                for tok in level.subtree:
                    if tok.i >= p.i:
                        break
                    if tok.i in exempt:
                        continue
                    ms = [m for m in at.get(tok.i, []) if not m.is_person]
                    if ms and all(primary_code(m.code) not in codes for m in ms) and not _in_relative(tok, level):
                        return None
                return cands[-1]
            if level.head.i == level.i or (level.dep_ not in _UP and not _prepositional_relative(level)):
                return None  # a relative clause ends the search, but for one that opens with "in which"
            nxt = _clause(level)
            if nxt is None:
                return None
            below, level = level, nxt
            first = False
        return None

    def _forward(self, doc: Doc, p: Token, at: dict[int, list[Any]], previous: list[Any]) -> list[Any] | None:
        """The subject of the main clause that a pronoun of an opening adverbial or reported clause refers forward
        to (``cataphora``; docs/events.md rule 143), when it is the one compatible actor: the subject is a single
        phrase of one code, and no other compatible actor of another code sits in the sentence outside the
        pronoun's own clause or in the previous sentence ("Before it imposed tariffs on Japan, South Korea warned
        ..." -> KOR; "Its forces attacked Ukraine, Britain said" stays unresolved: Ukraine competes)."""
        shape = cataphora(p)
        if shape is None:
            return None
        main, elsewhere = shape
        plural = p.lower_ in PLURAL
        good = [
            m for m in at.get(main.i, []) if compatible(doc, m, plural) and doc[m.end - 1].lower_ not in self.offices
        ]
        codes = {primary_code(m.code) for m in good}
        if len(codes) != 1:
            return None
        rivals = [m for i in sorted(elsewhere) for m in at.get(i, [])] + list(previous)
        if any(compatible(doc, m, plural) and primary_code(m.code) not in codes for m in rivals):
            return None
        return good[:1]

    # ---- across sentences -----------------------------------------------------------------------
    @staticmethod
    def _main_subject(p: Token, sent_root: Token) -> bool:
        """Whether ``p`` (a pronoun or a role noun) is, or possesses, the subject of its sentence's main clause."""
        tok = p.head if p.dep_ == "poss" else p
        return tok.dep_ in _SUBJ and tok.head == sent_root

    def _previous(
        self, doc: Doc, text: str, sents: Sequence[Any], n: int, mentions_of: Callable[[int], list[Any]], plural: bool
    ) -> Any | None:
        """The one actor of the previous ``reach`` sentences (same paragraph) that can be the antecedent: all
        actors named there (people by their country) must be one country or organisation, and it must have been
        a subject there."""
        pool: list[Any] = []
        for k in range(n - 1, max(-1, n - 1 - self.reach), -1):
            if "\n" in text[_last_char(sents[k]) : _first_char(sents[k + 1])]:
                break  # a line break ends the reach
            pool.extend(mentions_of(k))
            if "\n" in sents[k].text:
                break
        if not pool or any(m.kind == "place" for m in pool):
            return None
        if len({primary_code(m.code) for m in pool}) != 1:
            return None
        subj = [
            m
            for m in pool
            if not m.is_person
            and any(doc[i].dep_ in _SUBJ for i in range(m.start, m.end))
            and compatible(doc, m, plural)
        ]
        return subj[-1] if subj else None

    def _previous_subject(
        self, doc: Doc, text: str, sents: Sequence[Any], n: int, p: Token, at: dict[int, list[Any]]
    ) -> Any | None:
        """The subject of the previous sentence's main clause for a pronoun that opens the main clause of the next one,
        when that sentence names other parties too (docs/events.md rule 408): "Canada condemned India on Monday. It
        also expelled two Indian diplomats." -> CAN. Narrative only and no reply: ``p`` is "it" or "they", the subject
        of its sentence's root; the two roots in narrative tenses (``_narrative_tenses``: both in the simple past, or
        a present-perfect lead followed by the present perfect or the simple past, rule 417a: "Denmark has criticised
        Russia. It has also expelled ..."; a present perfect after a simple past, "It has supplied ...", or the
        simple present describes, and more often the object); no date in history on the pronoun's root that the
        previous root lacks (rule 417b: "It supplied drones to Russia last year" is background); no ``replies``
        lemma or "back" particle on the root or a verb coordinated with it ("It denied the charge": the accused). The
        previous sentence is in the same paragraph, its root with one active subject (no conjuncts) that names one
        compatible country or organisation (no person: "it" is no leader), and no place is a subject or object there
        ("Russia shelled Kharkiv. It ...": the city)."""
        if n == 0 or p.lower_ not in ("it", "they") or p.dep_ != "nsubj":
            return None
        root = sents[n].root
        prev = sents[n - 1]
        if p.head.i != root.i or not _narrative_tenses(prev.root, root):
            return None
        if self._dated_in_history(root) and not self._dated_in_history(prev.root):
            return None  # rule 417b: "It supplied drones to Russia last year": background, not the next act
        if "\n" in text[_last_char(prev) : _first_char(sents[n])] or "\n" in prev.text.strip():
            return None  # a line break ends a pronoun's reach
        for verb in (root, *root.conjuncts):
            if verb.lemma_.lower() in self.replies or any(
                c.dep_ == "prt" and c.lower_ == "back" for c in verb.children
            ):
                return None
        ms = [m for i in range(prev.start, prev.end) for m in at.get(i, [])]
        if any(m.kind == "place" and doc[m.end - 1].dep_ in (*_SUBJ, *_OBJ) for m in ms):
            return None
        subj = [c for c in prev.root.children if c.dep_ in _SUBJ]
        if len(subj) != 1 or subj[0].dep_ != "nsubj" or subj[0].conjuncts:
            return None
        found = at.get(subj[0].i, [])
        plural = p.lower_ in PLURAL
        if not found or len({primary_code(m.code) for m in found}) != 1:
            return None
        if not all(not m.is_person and compatible(doc, m, plural) for m in found):
            return None
        return found[-1]

    def _dated_in_history(self, verb: Token) -> bool:
        """Whether a time phrase of ``verb`` (a date entity reached from it through adverbial modifiers and phrases
        only, not through its subject or objects) is a four-digit year or holds a ``history`` word: "last year", "in
        2023", "two years ago", "for years" (docs/events.md rule 417b)."""
        for tok in verb.subtree:
            if tok.ent_type_ != "DATE" or not ((tok.is_digit and len(tok.text) == 4) or tok.lower_ in self.history):
                continue
            cur = tok
            while cur.i != verb.i and cur.dep_ in _TIME_PATH and cur.head.i != cur.i:
                cur = cur.head
            if cur.i == verb.i:
                return True
        return False

    @staticmethod
    def _nationals(doc: Doc, clause: Token, at: dict[int, list[Any]]) -> tuple[str, list[Any]] | None:
        """The code of the subject of ``clause`` and the mentions of its one direct object when that object is a
        plural noun naming people of one state (one compatible plural code, no person, no place), else None."""
        subj = [c for c in clause.children if c.dep_ in _SUBJ]
        objs = [c for c in clause.children if c.dep_ in _OBJ]
        if len(subj) != 1 or len(objs) != 1 or objs[0].tag_ != "NNS" or objs[0].conjuncts:
            return None
        subj_codes = {primary_code(m.code) for m in at.get(subj[0].i, [])}
        obj = [m for m in at.get(objs[0].i, []) if compatible(doc, m, True)]
        obj_codes = {primary_code(m.code) for m in obj}
        if len(subj_codes) != 1 or len(obj_codes) != 1 or subj_codes == obj_codes:
            return None
        if any(m.is_person or m.kind == "place" for m in at.get(objs[0].i, [])):
            return None
        return next(iter(subj_codes)), obj

    def _object_nationals(
        self, doc: Doc, text: str, sents: Sequence[Any], n: int, p: Token, at: dict[int, list[Any]]
    ) -> list[Any] | None:
        """The people of a state that an object "them" names again (docs/events.md rule 408b): ``p`` is the direct
        object of a clause whose subject is one party (named, or a pronoun resolved already), and the clause before
        it, the one its verb is coordinated with or the main clause of the previous sentence of the paragraph, has
        the same subject and, as its one direct object, a plural noun naming people of another state: "Iran detained
        two French nationals last year. It released them on Friday." -> FRA, "Venezuela arrested three Colombian
        soldiers, and it later freed them". The same actor acting twice on the same people; no other plural noun in
        a subject or object slot before the pronoun in its own sentence."""
        verb = p.head
        if p.lower_ != "them" or p.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            before = verb.head
        elif verb.i == sents[n].root.i and n > 0:
            before = sents[n - 1].root
            if "\n" in text[_last_char(sents[n - 1]) : _first_char(sents[n])]:
                return None
        else:
            return None
        if self._people_nouns(sents[n], at, p.i):
            return None
        mine = self._nationals(doc, before, at)
        subj = [c for c in verb.children if c.dep_ in _SUBJ] or (
            [c for c in before.children if c.dep_ in _SUBJ] if verb.dep_ == "conj" else []
        )
        if mine is None or len(subj) != 1:
            return None
        codes = {primary_code(m.code) for m in at.get(subj[0].i, [])}
        return mine[1][-1:] if codes == {mine[0]} else None

    @staticmethod
    def _titled_person(
        doc: Doc, text: str, sents: Sequence[Any], n: int, mentions_of: Callable[[int], list[Any]], head: Token
    ) -> Any | None:
        """The one person of the previous sentence (same paragraph) whose mention holds the bare role's own noun as
        the title and is that sentence's subject: "French President X arrived in Algiers. The president met ..." ->
        X's code, though the city names a second country (docs/events.md rule 106f). A definite "the president"
        repeats the title of the person just named; two such persons, none, or another person named beside it
        ("Foreign Minister X met Y": Y may be a minister too) give nothing, and no country is taken from a place or
        a city alone."""
        if n == 0 or "\n" in text[_last_char(sents[n - 1]) : _first_char(sents[n])]:
            return None
        people = [m for m in mentions_of(n - 1) if m.is_person]
        titled = [
            m
            for m in people
            if len(country_part(m.code)) == 3 and any(doc[i].lower_ == head.lower_ for i in range(m.start, m.end))
        ]
        if len({m.code for m in titled}) != 1 or len({m.code for m in people}) != 1:
            return None  # none or two titled, or another person named beside (who may hold the office too)
        subject = [m for m in titled if any(doc[i].dep_ in _SUBJ for i in range(m.start, m.end))]
        return subject[-1] if subject else None

    # ---- a pair of parties across sentences (docs/events.md rule 74) ------------------------------------------
    def _joint(self, p: Token) -> bool:
        """Whether plural pronoun ``p`` acts jointly or on its own members: a ``joint_markers`` word on the pronoun
        or its verb, or the object of a preposition of that verb ("they both", "brought them together", "they
        met each other", "talks with one another")."""
        verb = p.head
        near = [*p.children, *verb.children]
        # "with each other": the object of a preposition; not an object's own words ("condemned both A and B")
        near += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for t in near:
            one = (t.lower_,)
            two = (t.doc[t.i - 1].lower_, t.lower_) if t.i > 0 else one
            if one in self.joint_markers or two in self.joint_markers:
                return True
        return False

    @staticmethod
    def _people_nouns(sent: Any, at: dict[int, list[Any]], upto: int) -> bool:
        """Whether ``sent`` has, before token ``upto``, a plural common noun that names no actor in a subject or
        object slot ("Officials said they", "Police arrested protesters. They ..."): a nearer plural candidate."""
        return any(
            t.i < upto and t.tag_ == "NNS" and t.dep_ in (*_SUBJ, *_OBJ) and t.i not in at and t.lower_ not in PRONOUNS
            for t in sent
        )

    def _previous_pair(
        self, doc: Doc, text: str, sents: Sequence[Any], n: int, p: Token, at: dict[int, list[Any]]
    ) -> list[Any] | None:
        """The two parties of the previous sentence (same paragraph) that plural pronoun ``p`` names, or None:
        (a) ``p`` is "they", its sentence's main subject, and the previous sentence's main subject is a
        coordinated pair of parties or a resolved pair phrase ("Trump and Putin met in Alaska. They agreed to
        ..."); (b) ``p`` acts jointly (``_joint``) and the previous sentence names exactly two parties, one of
        them its subject ("X kept Y at arm's length. The war brought them together"), and no plural common noun
        in a subject or object slot there. Neither when a plural common noun in a subject or object slot comes
        before the pronoun in its own sentence (a nearer candidate), or a place is a party of the previous one."""
        if n == 0 or p.lower_ not in PLURAL:
            return None
        prev = sents[n - 1]
        if "\n" in text[_last_char(prev) : _first_char(sents[n])]:
            return None  # a line break ends a pronoun's reach (rule 66c keeps that for pronouns)
        if self._people_nouns(sents[n], at, p.i):
            return None
        ms = [m for i in range(prev.start, prev.end) for m in at.get(i, [])]
        if any(m.kind == "place" and doc[m.end - 1].dep_ in (*_SUBJ, *_OBJ) for m in ms):
            return None  # a place as a party ("Russia shelled Kharkiv"): "they" may be its people
        ms = [m for m in ms if m.kind != "place"]  # "met in Alaska": where, not who
        # a "their" is left out: "Their arms control agreements are ..." after "X and Y hold ..." names a standing
        # relation, which the event coder would read as a new agreement (a seed document: judged wrong)
        main = p.lower_ == "they" and self._main_subject(p, sents[n].root)
        if main:
            root = prev.root
            subj = [c for c in root.children if c.dep_ in _SUBJ]
            if len(subj) == 1:
                heads = [subj[0], *subj[0].conjuncts]
                slot = [at.get(h.i, []) for h in heads]
                pair_phrase = len(heads) == 1 and len(slot[0]) == 2 and all(m.kind == "pair" for m in slot[0])
                if (len(heads) == 2 and all(len(s) == 1 for s in slot)) or pair_phrase:
                    group = [m for s in slot for m in s]
                    if len({primary_code(m.code) for m in group}) == 2:
                        return group
        if p.lower_ == "their" or not self._joint(p) or self._people_nouns(prev, at, prev.end):
            return None  # a joint "them" may be any plural of the previous sentence: only parties, nothing else
        distinct: dict[str, Any] = {}
        for m in ms:
            if m.how.startswith("anaphora") and m.start < p.i:
                continue  # a pronoun restates a party named already
            distinct.setdefault(primary_code(m.code), m)
        parties = list(distinct.values())
        if len(parties) != 2:
            return None
        if not any(doc[i].dep_ in _SUBJ for m in parties for i in range(m.start, m.end)):
            return None
        return parties

    # ---- entry point ------------------------------------------------------------------------------
    def __call__(
        self, doc: Doc, mentions: Sequence[M], bare: Sequence[M], make: Callable[[M, int, int, str, str], M]
    ) -> list[M]:
        """New mentions: one per resolved pronoun or bare role (two or more on a "they" for coordinated
        actors). ``make(antecedent, start, end, how, code)`` builds the new mention on the pronoun's tokens."""
        text = doc_text(doc)
        sents = list(doc.sents)
        if not sents:
            return []
        sent_no = SentenceStarts(doc).number

        covered = {i for m in mentions for i in range(m.start, m.end)}
        at: dict[int, list[Any]] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                at.setdefault(i, []).append(m)
        by_sent: dict[int, list[Any]] = {}
        for m in mentions:
            by_sent.setdefault(sent_no(m.start), []).append(m)
        out: list[M] = []

        def mentions_of(k: int) -> list[Any]:
            return by_sent.get(k, [])

        # bare roles at the start of a sentence, from the previous sentence's one country
        if self.across:
            for b in bare:
                if any(i in covered for i in range(b.start, b.end)) or b.kind != "country":
                    continue
                n = sent_no(b.start)
                s = sents[n]
                head = doc[b.end - 1]
                first = doc[s.start]
                start = b.start - 1 if b.start > s.start and doc[b.start - 1].lower_ == "the" else b.start
                fronted = not (b.start == s.start or (b.start == s.start + 1 and first.lower_ == "the"))
                if fronted:
                    if not _after_fronted_phrase(s, start):
                        continue
                    if any(
                        m.is_person
                        and m.start < start
                        and any(doc[i].lower_ == head.lower_ for i in range(m.start, m.end))
                        for m in mentions_of(n)
                    ):
                        continue  # "After meeting President X, the president ...": two holders of the title in reach
                if not self._main_subject(head, s.root):
                    continue
                # after a fronted phrase, which may name a party of its own ("After talks with Y, the ministry ..."),
                # only a repeated title reaches back (rule 118b)
                ante = None if fronted else self._previous(doc, text, sents, n, mentions_of, plural=False)
                if ante is None:
                    ante = self._titled_person(doc, text, sents, n, mentions_of, head)
                if ante is None:
                    continue
                country = country_part(ante.code)
                if len(country) != 3 or not country.isalpha() or primary_code(country) in ("IGO", "NGO"):
                    continue
                made = make(ante, b.start, b.end, "anaphora_prev", country + (getattr(b, "role", "") or ""))
                out.append(made)
                by_sent.setdefault(n, []).append(made)
                for i in range(b.start, b.end):
                    covered.add(i)
                    at.setdefault(i, []).append(made)
        for i in lower_hits(doc, PRONOUNS):
            p = doc[i]
            form = p.lower_
            if p.i in covered or p.tag_ not in ("PRP", "PRP$") or pleonastic(p):
                continue
            found = self._resolve_in_sentence(doc, p, at)
            how = "anaphora"
            if found is None:
                n = sent_no(p.i)
                found = self._forward(doc, p, at, mentions_of(n - 1) if n > 0 else [])
                how = "cataphora"
            if found is None and self.across:
                n = sent_no(p.i)
                s = sents[n]
                before = [m for m in mentions_of(n) if m.start < p.i]
                if not before and self._main_subject(p, s.root):
                    ante = self._previous(doc, text, sents, n, mentions_of, plural=form in PLURAL)
                    if ante is None and self.subject_first:
                        ante = self._previous_subject(doc, text, sents, n, p, at)
                    found = [ante] if ante is not None else None
                    how = "anaphora_prev"
                if not before and found is None and self.joint_markers:
                    found = self._previous_pair(doc, text, sents, n, p, at)
                    how = "anaphora_pair"
            if found is None and self.subject_first and form == "them":
                found = self._object_nationals(doc, text, sents, sent_no(p.i), p, at)
                how = "anaphora" if found and found[0].start >= sents[sent_no(p.i)].start else "anaphora_prev"
            if not found:
                continue
            made_here = [make(m, p.i, p.i + 1, how, m.code) for m in found]
            out.extend(made_here)
            at[p.i] = list(made_here)
            covered.add(p.i)
            by_sent.setdefault(sent_no(p.i), []).extend(made_here)
        return out
