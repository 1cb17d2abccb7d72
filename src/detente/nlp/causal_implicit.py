"""Implicit causation: the clause split for a sentence the scorer calls causal but no marker rule covers.

The Causal News Corpus annotates causation without a marker by clause structure (a temporal/conditional
clause causes the main clause, a trailing participle is its effect, a purpose clause motivates it, a
prepositional event causes the verb it hangs from); these rules read the same structure from the parse.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from detente.nlp.causal_parse import (
    before_nested_clause,
    is_negated,
    nearest_subject_clause,
    noun_phrase,
    object_participle_clause,
    since_counts,
    span_tokens,
    subject_of,
    subtree_range,
)

if TYPE_CHECKING:
    from detente.nlp.causal_rules import Extractor


def implicit_claims(
    ex: Extractor,
    sent: Span,
    subject_split: bool = True,
    allow_actor: bool = False,
    every: bool = False,
    root: Token | None = None,
) -> list[dict[str, Any]]:
    """A pair for a sentence the classifier finds causal but no marker rule covers: split it at
    its clause structure, the way the Causal News Corpus annotates implicit causation
    (a temporal/conditional clause causes the main clause; a trailing participle clause is the
    main clause's effect; a purpose "to ..." clause motivates the main clause). ``every``: the splits of
    every clause (each subordinate clause, participle, purpose clause and prepositional cause of the main
    clause) instead of the first that holds; coordinated clauses and the subject split stay out. ``root``: the verb
    whose clause is read, when ``sent`` is a wider unit than its subtree (``inner_clause_splits``)."""
    doc = sent.doc
    # a sentence joined from a fragment and its sentence (causal_extractor) is rooted in the last one
    # (a line cut from its sentence, causal_extractor._line_pieces, is rooted in itself when the root is elsewhere)
    if root is None:
        root = sent[-1].sent.root if sent.start <= sent[-1].sent.root.i < sent.end else sent.root
    found: list[dict[str, Any]] = []
    if root.lemma_ in ex.lex.reporting_verbs:
        # "experts believe X", "officials said X": the claim, if any, is the reported clause
        inner = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if not inner:
            return found
        root = inner[0]
    r0, r1 = subtree_range(root)
    inference = False  # the clause carries a participle of inference ("..., signaling X"; round 55)
    for child in root.children:
        if child.dep_ != "advcl":
            continue
        a0, a1 = subtree_range(child)
        # a subordinator, or a wh-adverb that works as one ("when X, Y"); not a sentence adverb ("Initially
        # planned as X, the talks ...": no marker, a participle clause before the main clause)
        marks = [
            c
            for c in child.children
            if c.i < child.i
            and (c.dep_ == "mark" or (c.dep_ == "advmod" and (c.tag_ == "WRB" or c.lower_ in ex.lex.subordinators)))
        ]
        rest = span_tokens(doc, r0, r1, set(range(a0, a1))) if a0 > r0 else span_tokens(doc, a1, r1)
        if marks and marks[0].lower_ in ex.lex.non_causal_marks:
            continue  # "while X, Y" contrasts, "when/after X, Y" only orders in time
        if marks and ex.settings.implicit_as_comments and marks[0].lower_ == "as" and comment_clause(ex, child):
            continue  # "As I mentioned recently, X": a comment on the speech, not a reason (round 43)
        if marks and since_counts(marks[0], ex.lex.since_count_words):
            continue  # "the second meeting since X returned": a count up to now, not a reason (round 38)
        if marks:
            ex.claim(
                found,
                sent,
                span_tokens(doc, marks[0].i + 1, before_nested_clause(child, a1)),
                rest,
                [marks[0]],
                "+",
                root,
            )
        elif child.tag_ == "VBG" and child.i > root.i:
            if ex.settings.evidential_participles and evidential_participle(ex, child):
                inference = True
                continue  # "X was postponed, signaling Y": what the writer reads into X, not what X brought about
            if child.lemma_ in ex.lex.reporting_verbs:
                continue  # "..., citing Reuters" / "..., saying that X" attributes, it does not follow
            cause = rest
            if ex.settings.participle_nearest_clause and tells_result(ex, child):
                # "X filed for a permit in the town where men beat traders | , leaving 20 hurt": the nearest
                # clause with its own subject before the comma did it (round 61)
                nearest = nearest_subject_clause(child, r0, ex.lex.non_causal_marks)
                cause = span_tokens(doc, *nearest) if nearest is not None else rest
            ex.claim(found, sent, cause, span_tokens(doc, a0, a1), [child], "+", root)
        elif child.tag_ == "VB" and child.i > root.i:
            to = [c for c in child.children if c.dep_ == "aux" and c.lower_ == "to"]
            if to:
                ex.claim(found, sent, span_tokens(doc, to[0].i + 1, a1), rest, to, "+", root)
        if found and not every:
            return found
    if ex.settings.object_result_participles and not every:
        result = object_result(ex, root)
        if result is not None:
            # "Police fired on protesters | leaving three dead": a result participle the parse hangs on the act's
            # object, no comma before it; the act's clause up to it -> the participle clause (round 58)
            p0, p1 = subtree_range(result)
            ex.claim(found, sent, span_tokens(doc, r0, p0), span_tokens(doc, p0, p1), [result], "+", root)
            if found:
                return found
    deferred: Token | None = None  # a conjunct sharing the main verb's subject, split last (round 57)
    for child in root.children:  # "X happened and Y followed": first clause, then the second
        if every:
            break  # beside another claim, two coordinated clauses mostly just follow in time (CNC: 5 of 25 right)
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and subject_of(child) is not None:
            if child.lemma_.lower() in ex.lex.reporting_verbs:
                return found  # "X said A and stressed that B": two statements of one speaker, a report (round 38)
            result = conjunct_result(ex, child) if ex.settings.conjunct_result_participles else None
            if result is not None:
                # "X stormed the village and set fire to houses | , killing four": the coordinated acts together
                # brought about the participle's result; CNC marks the coordination whole as the cause (round 57)
                p0, p1 = subtree_range(result)
                ex.claim(found, sent, span_tokens(doc, r0, p0), span_tokens(doc, p0, p1), [result], "+", root, False)
                if found:
                    return found
            if ex.settings.shared_subject_conjuncts_last and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children
            ):
                # "X landed and | waded in [to visit Y]": one doer's coordinated acts; the phrase splits of the
                # main clause go first, the conjunct split only in place of the subject split (round 57)
                deferred = deferred or child
                continue
            c0, _ = subtree_range(child)
            first = span_tokens(doc, r0, c0)
            ex.claim(found, sent, first, span_tokens(doc, c0, r1), [child], "+", root)
            if found and not every:
                return found
    if prep_cause(ex, sent, root, found, every) and not every:
        return found
    if any(c.dep_ == "auxpass" for c in root.children):  # "the march was conducted to send a message"
        for child in root.children:
            to = [c for c in child.children if c.dep_ == "aux" and c.lower_ == "to"]
            if child.dep_ == "xcomp" and to and child.i > root.i:
                a0, a1 = subtree_range(child)
                ex.claim(
                    found,
                    sent,
                    span_tokens(doc, to[0].i + 1, a1),
                    span_tokens(doc, r0, r1, set(range(a0, a1))),
                    to,
                    "+",
                    root,
                )
                if found and not every:
                    return found
    if every:
        return found
    if ex.settings.object_purpose_splits and subject_split:
        purpose = object_purpose(root, ex.lex.complement_nouns)
        if purpose is not None:
            # "launched a campaign | to discredit X": the act with its object, for the infinitive's aim (round 47)
            mark, verb = purpose
            a0, a1 = subtree_range(verb)
            ex.claim(
                found,
                sent,
                span_tokens(doc, mark.i, a1),
                span_tokens(doc, r0, r1, set(range(a0, a1))),
                [mark],
                "+",
                root,
            )
            if found:
                return found
    if deferred is not None and ex.settings.shared_subject_conjunct_purposes:
        # "X signed a petition and held a press conference | to protest Y": the later act's purpose is the purpose of
        # the coordination, one act of one doer, as CNC marks it (round 57)
        for child in deferred.children:
            to = [c for c in child.children if c.dep_ == "aux" and c.lower_ == "to"]
            if child.dep_ == "advcl" and child.tag_ == "VB" and child.i > deferred.i and to:
                a0, a1 = subtree_range(child)
                rest = span_tokens(doc, r0, r1, set(range(a0, a1)))
                ex.claim(found, sent, span_tokens(doc, to[0].i, a1), rest, to, "+", root)
                if found:
                    return found
    if deferred is not None:
        # CNC train: first conjunct -> the rest holds 4 of 24 shared-subject splits, a phrase split inside the
        # coordination ("... and held a press conference | to protest X") is the pair more often
        c0, _ = subtree_range(deferred)
        ex.claim(found, sent, span_tokens(doc, r0, c0), span_tokens(doc, c0, r1), [deferred], "+", root)
        if found:
            return found
    if inference:
        # the clause is told as evidence for the participle's inference: its subject is no cause of its predicate
        return found
    subj = subject_of(root) if root.pos_ in ("VERB", "AUX") and subject_split and not ex.plans(root) else None
    # last resort: a non-actor subject acts, the predicate is the outcome
    if subj is not None and subj.i < root.i and (allow_actor or not (ex.actor_split_filter and ex.is_actor(subj))):
        s0, s1 = subtree_range(subj)
        ex.claim(found, sent, span_tokens(doc, s0, s1), span_tokens(doc, s1, r1), [root], "+", root)
    if not found and subject_split:
        # a headline run into its story ("Three held 23rd May NEW DELHI : Clashes broke out...") parses
        # with a junk root: split at the first other verb that has its own subject
        for verb in sent:
            if verb.i == root.i or verb.pos_ != "VERB" or verb.dep_ not in ("ccomp", "conj", "parataxis", "dep"):
                continue
            if ex.plans(verb):
                continue  # "The government said it plans to raise X": a plan reported, no split (round 80)
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
            if subj is None or (not allow_actor and ex.actor_split_filter and ex.is_actor(subj)):
                continue
            s0, s1 = subtree_range(subj)
            v0, v1 = subtree_range(verb)
            ex.claim(found, sent, span_tokens(doc, s0, s1), span_tokens(doc, s1, v1), [verb], "+", verb)
            if found:
                break
    return found


def tells_result(ex: Extractor, participle: Token) -> bool:
    """Whether a trailing participle tells what its main clause brought about: a causal verb ("..., forcing X"), a
    verb of harm ("..., killing five") or one of markers.yml's `result_participles` ("..., offering a reprieve").
    CNC marks such a clause as the effect; a demand's or protest's ("..., demanding X") is the cause (round 53)."""
    lemma = participle.lemma_.lower()
    lex = ex.lex
    return lemma in lex.verbs or lemma in lex.event_relative_verbs or lemma in lex.result_participles


def conjunct_result(ex: Extractor, verb: Token) -> Token | None:
    """The trailing result participle (``tells_result``) that hangs on the later of two coordinated verbs, set off by
    a comma: "X stormed the village and set fire to houses | , killing four" (round 57). The parse hangs it on the
    last conjunct, so the main clause's own participle check does not see it."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i <= verb.i:
            continue
        if any(c.dep_ in ("mark", "nsubj", "nsubjpass") and c.i < child.i for c in child.children):
            continue  # "... when X", "..., their leader saying": a clause of its own, not the act's result
        if child.i == 0 or child.doc[child.i - 1].text != ",":
            continue
        if ex.settings.evidential_participles and evidential_participle(ex, child):
            continue
        if tells_result(ex, child):
            return child
    return None


def object_result(ex: Extractor, root: Token) -> Token | None:
    """A result participle (``tells_result``) with no comma that the parse hangs on an object of ``root`` ("fired on
    protesters | leaving three dead", ``object_participle_clause``), or None (round 58)."""
    for tok in root.subtree:
        if (
            tok.dep_ == "acl"
            and object_participle_clause(tok, ex.lex.relation_participles) == root
            and tells_result(ex, tok)
        ):
            if not (ex.settings.evidential_participles and tok.lemma_.lower() in ex.lex.evidential_participles):
                return tok
    return None


def evidential_participle(ex: Extractor, verb: Token) -> bool:
    """Whether ``verb`` is a participle of inference trailing its main clause (markers.yml
    `evidential_participles`: "The talks were cancelled | , suggesting a deeper rift"): the writer's reading of the
    main clause, told as evidence, not its effect nor its cause (round 55)."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > verb.head.i
        and verb.lemma_.lower() in ex.lex.evidential_participles
    )


def object_purpose(root: Token, complement_nouns: Collection[str]) -> tuple[Token, Token] | None:
    """The "to" and the verb of an infinitive on the main verb's direct object that tells what the act is for
    ("launched a campaign | to discredit X", "constituted teams | to carry out checks", "are doing everything | to
    prolong X"; the parse hangs it on the object as ``acl`` or ``relcl``), or None. An object in ``complement_nouns``
    ("expressed his willingness to return", "rejected a request to hold a rally") says with its infinitive what it is,
    no aim of the act; a main verb that is no verb (a heading) or a copula ("it is time to act") has none (round 47)."""
    if root.pos_ != "VERB" or root.lemma_ == "be":
        return None
    for obj in root.children:
        if obj.dep_ != "dobj" or obj.i < root.i or obj.pos_ not in ("NOUN", "PRON"):
            continue
        if obj.lemma_.lower() in complement_nouns or obj.lower_ in complement_nouns:
            return None
        for verb in obj.children:
            if verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VB":
                continue
            to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
            if to is not None:
                return to, verb
    return None


# what a comment clause's verb may carry: "as [I] [had] [recently] mentioned"
_COMMENT_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "advmod", "neg", "mark", "punct"}


def comment_clause(ex: Extractor, verb: Token) -> bool:
    """Whether an "as" clause only comments on the speech ("as I mentioned recently", "as officials said", "as
    expected"): its verb is a reporting verb (markers.yml ``reporting_verbs``) with nothing of its own but a subject,
    auxiliaries and adverbs ("as the party insisted on X" states something). The marker rule
    (``Extractor._subordinate``) skips such clauses; the implicit split does so with ``implicit_as_comments``."""
    return verb.lemma_.lower() in ex.lex.reporting_verbs and all(c.dep_ in _COMMENT_DEPS for c in verb.children)


def prep_cause(ex: Extractor, sent: Span, root: Token, found: list[dict[str, Any]], every: bool = False) -> bool:
    """ "Six people were killed in a bomb blast", "17 were arrested for damaging vehicles", "CPI protests
    against price rise": the prepositional object of the main verb is the cause, the clause without it
    the effect. Only gerunds and event nouns count (``prep_causes`` in markers.yml), so "killed in
    Kohima" and "met in Geneva" are not causes; verbs of protest/arrest take any object. An "amid" object counts
    only when it is a worry ("closed amid fears that X"; ``worry_preps``, ``worry_nouns``: round 41)."""
    if root.pos_ in ("NOUN", "PROPN"):  # a headline: "95 Youth Arrested for Attack on cops"
        verbs = [c for c in root.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        if not verbs:
            return False
        root = verbs[0]
    if root.pos_ not in ("VERB", "AUX"):
        return False
    doc = sent.doc
    r0, r1 = subtree_range(root)
    lex = ex.lex
    # any verb of the main clause, not only the root: "were killed and 69 others injured in the
    # explosion" hangs the phrase on the conjoined participle; clauses inside the cause are skipped
    heads = {root}
    for c in root.children:
        if c.dep_ == "conj":
            heads |= {c} | {g for g in c.children if g.dep_ == "acl" and g.pos_ == "VERB"}
        elif c.dep_ == "xcomp" and c.pos_ == "VERB":  # "were left stranded by the strike"
            heads.add(c)
    preps = [
        t
        for t in doc[r0:r1]
        if t.dep_ in ("prep", "agent")
        and t.lower_ in lex.cause_preps
        and not (every and t.lower_ in lex.main_only_preps)
        and t.head in heads
        and t.head.pos_ in ("VERB", "AUX")
    ]
    for prep in preps:
        objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objs:
            continue
        obj = objs[0]
        word = prep.lower_
        worry = obj.lower_ in lex.worry_nouns or obj.lemma_.lower() in lex.worry_nouns
        # "talks resumed amid rising tensions / amid protests": a scene, not a reason (round 41)
        if word in lex.worry_preps and not worry:
            continue
        if ex.settings.purpose_against_no_cause and _guarded_purpose(ex, prep):
            continue  # "to pressure Russia | against further escalation": what the purpose guards against (r. 44)
        noun_event = obj.lower_ in lex.event_nouns or obj.lemma_.lower() in lex.event_nouns
        event = worry or prep_names_event(ex, prep, obj)
        if not event or (prep.i < root.i and not noun_event):
            continue
        p0, p1 = subtree_range(prep)
        effect = span_tokens(doc, r0, r1, set(range(p0, p1)))
        ex.claim(found, sent, before_comma_aside(span_tokens(doc, prep.i + 1, p1)), effect, [prep], "+", root)
        if found:
            return True
    return False


def prep_names_event(ex: Extractor, prep: Token, obj: Token) -> bool:
    """Whether a preposition's object can be a cause (``prep_cause``): a gerund, an event noun (``prep_causes``), the
    object of a preposition that takes any object, of one that does so on its verb, or a named agent."""
    lex = ex.lex
    word = prep.lower_
    return (
        obj.tag_ == "VBG"
        or obj.lower_ in lex.event_nouns
        or obj.lemma_.lower() in lex.event_nouns
        or word in lex.any_object_preps
        or (word in lex.verb_object_preps and prep.head.lemma_.lower() in lex.any_object_verbs)
        or (prep.dep_ == "agent" and obj.ent_type_ not in ("", "DATE", "TIME"))
    )


def bare_prep_reason(ex: Extractor, sent: Span, claim: dict[str, Any]) -> bool:
    """Whether a claim's cause is only a prepositional phrase on a verb of its effect whose preposition is no causal
    one (markers.yml ``cause_preps``) and whose object names no event (``prep_names_event``): "the ball moving | on
    negotiations" says where the act goes, not why (round 88)."""
    doc = sent.doc
    cause = doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
    effect = doc.char_span(claim["effect_start"], claim["effect_end"], alignment_mode="expand")
    if cause is None or effect is None:
        return False
    prep = cause[0]
    if prep.dep_ != "prep" or prep.right_edge.i + 1 != cause.end or not effect.start <= prep.head.i < effect.end:
        return False
    objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if prep.head.pos_ not in ("VERB", "AUX") or not objs or prep.lower_ in ex.lex.cause_preps:
        return False
    return not prep_names_event(ex, prep, objs[0])


def bare_prep_phrase(ex: Extractor, sent: Span, claim: dict[str, Any]) -> bool:
    """Whether a claim's cause is only a prepositional phrase, wherever it hangs (the preposition's phrase, or its
    object's phrase right after the preposition), whose preposition gives no cause (markers.yml ``cause_preps``) and
    whose object names no event (``prep_names_event``), hung on a word of the effect or on a verb: "threatened tariffs
    | on countries buying Russian oil", "keep the war against Ukraine as | its top priority" say whom an act aims at or
    what a thing is taken for, not why (round 100; round 88's ``bare_prep_reason`` for a phrase on a verb of the
    effect). A phrase on a noun outside the effect is the tagger's cut of a cause ("Landslides on | the highway")."""
    doc = sent.doc
    cause = doc.char_span(claim["cause_start"], claim["cause_end"], alignment_mode="expand")
    if cause is None or not len(cause):
        return False
    first = cause[0]
    if first.dep_ == "prep":
        prep, objs = first, [c for c in first.children if c.dep_ in ("pobj", "pcomp")]
        if first.right_edge.i + 1 != cause.end:
            return False
    else:
        root = cause.root
        prep, objs = root.head, [root]
        if (
            root.dep_ not in ("pobj", "pcomp")
            or prep.dep_ != "prep"
            or prep.i != cause.start - 1
            or root.left_edge.i != cause.start
            or root.right_edge.i + 1 != cause.end
        ):
            return False
    lex = ex.lex
    if not objs or prep.lower_ in lex.cause_preps or prep.lower_ in lex.absolute_preps:
        return False  # "with shops being forced to close": an absolute clause (``absolute_preps``), a state at work
    if _ends_marker(lex, prep):
        return False  # "despite | X", "due to | X": a marker of the lexicon, no phrase of place
    verbs = [t for t in cause if t.pos_ in ("VERB", "AUX") and t.dep_ != "relcl" and t.head.dep_ != "relcl"]
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verbs) or (prep.lower_ in lex.subordinators and verbs):
        # "as | a snowstorm swept across X": a clause the parse read as a phrase ("an act | that challenges X", a
        # relative clause, only describes the object)
        return False
    obj = objs[0]
    if obj.lemma_.lower() in lex.contention_words or obj.lower_ in lex.contention_words:
        return False  # "no consensus | on demands raised by the doctors": an act of contention
    for t in obj.subtree:
        if t.lemma_.lower() in lex.verbs or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return False  # "the farm sector | resulting in damage", "a spot | to discuss X": an act told or meant
    effect = doc.char_span(claim["effect_start"], claim["effect_end"], alignment_mode="expand")
    on_effect = effect is not None and effect.start <= prep.head.i < effect.end
    if not on_effect and prep.head.pos_ not in ("VERB", "AUX"):
        return False  # "Landslides on | the coastal highway": the tagger cut a noun's own phrase off the noun
    return not prep_names_event(ex, prep, obj)


def _ends_marker(lex: Any, prep: Token) -> bool:
    """Whether ``prep`` ends a connective or concessive marker phrase of the lexicon as the text writes it ("despite",
    "due to", "in spite of"; round 100)."""
    doc = prep.doc
    for index in (lex.connectives, lex.concessive):
        for phrases in index.values():
            for phrase in phrases:
                words = list(phrase)
                start = prep.i - len(words) + 1
                if words[-1] == prep.lower_ and start >= 0 and [t.lower_ for t in doc[start : prep.i + 1]] == words:
                    return True
    return False


def _guarded_purpose(ex: Extractor, prep: Token) -> bool:
    """A ``purpose_guard_preps`` phrase on a purpose infinitive that is no contention word ("imposed sanctions | to
    pressure Russia against further escalation"): the phrase names what the purpose guards against, not its cause
    (round 44). "gathered to protest against the decision" keeps its grievance (a contention word)."""
    verb = prep.head
    if prep.lower_ not in ex.lex.purpose_guard_preps or verb.pos_ != "VERB" or _to_mark(verb) is None:
        return False
    return verb.dep_ in ("advcl", "xcomp", "acl", "relcl") and verb.lemma_.lower() not in ex.lex.contention_words


_ASIDE_WORDS = {"which", "who", "whom", "whose", "including", "where"}


def before_comma_aside(tokens: list[Token]) -> list[Token]:
    """A prepositional cause without a comma aside on it ("in the agitation[, which also saw damage to
    property]", "following the clashes[, including two who ...]"): the aside tells more about the event, CNC's
    cause is the event."""
    for k, t in enumerate(tokens):
        if k > 0 and t.text == "," and k + 1 < len(tokens) and tokens[k + 1].lower_ in _ASIDE_WORDS:
            return tokens[:k]
    return tokens


# ``contention_targets``: the start of a contention word's phrase not looked up yet (a token index is >= 0)
_UNSET = -1


def contention_targets(
    ex: Extractor,
    sent: Span,
    needs_subject: bool = False,
    act_targets: bool = False,
    act_clause: bool = False,
    noun_participles: bool = False,
) -> list[dict[str, Any]]:
    """What a protest is against or demands, as its cause (round 15): "residents protested | against the
    decision", "the agitation | against the plan", "staged a dharna | demanding X". A contention word
    (``contention_words``, by lemma) with a ``contention_target_preps`` preposition or a
    ``contention_target_participles`` participle as its dependent gives the pair: the preposition's or
    participle's phrase -> the contention word's own phrase (``_contention_phrase``). Such a participle makes any
    act a protest ("the public gathered at the gate | demanding the arrest of X"): on every verb it counts. The
    Causal News Corpus marks this pair also where the protest sits inside another claim's cause or effect, so
    these are offered as further pairs of a sentence that has one. ``needs_subject`` (round 16): no pair for a
    protest verb (or the verb whose object a protest noun is) without a subject of its own ("..., protesting |
    against the cuts", "shouted slogans and raised banners | against X"): CNC marks such a participle or conjunct
    whole, as a cause or part of the clause it hangs on. ``act_targets`` (round 37): no pair for a preposition
    whose object is a pronoun, a person, a group of people or an actor ("protested | against the government",
    "slogans | against them", "violence | against women"): that names whom the protest addresses or the act hits,
    where CNC's cause is the grievance, an act or a decision ("against the government's decision to X").
    ``noun_participles`` (round 63): a demand participle the parse hangs on a noun of a phrase of the act ("staged a
    dharna in front of the police station | seeking X", "the strike called by trade unions | demanding X") is the
    act's (``_participle_host``)."""
    lex = ex.lex
    doc = sent.doc
    found: list[dict[str, Any]] = []
    hosted: dict[int, list[Token]] = {}
    tokens = list(sent)  # one Token object per token, read in both loops
    if noun_participles:
        for part in tokens:
            host = _participle_host(ex, part)
            if host is not None:
                hosted.setdefault(host.i, []).append(part)
    for head in tokens:
        pos = head.pos_
        if pos not in ("NOUN", "VERB"):
            continue
        # a verb that is no contention word counts only with a demanding participle
        demand_only = head.lemma_.lower() not in lex.contention_words
        if demand_only and pos != "VERB":
            continue
        # where the phrase starts is looked up at the first dependent that gives a pair (most verbs have none)
        start: int | None = _UNSET
        for dep in [*head.children, *hosted.get(head.i, ())]:
            if dep.i < head.i:
                continue
            if dep.dep_ == "prep" and dep.lower_ in lex.target_preps and not demand_only:
                objs = [c for c in dep.children if c.dep_ in ("pobj", "pcomp")]
                # "arrested over the last two months": a time is no grievance
                if not objs or objs[0].ent_type_ in ("DATE", "TIME"):
                    continue
                if act_targets and _whom_not_what(ex, objs[0]):
                    continue
            elif not (
                dep.dep_ in ("acl", "advcl", "xcomp")
                and dep.tag_ == "VBG"
                and dep.lemma_.lower() in lex.target_participles
            ):
                continue
            if start == _UNSET:
                start = _contention_phrase(head, lex.contention_act_preps if act_clause else None)
                verb = head.head if pos == "NOUN" and head.dep_ == "dobj" and head.head.pos_ == "VERB" else head
                if act_clause:
                    verb = _act_verb(head, lex.contention_act_preps)
                if needs_subject and start is not None and verb.pos_ == "VERB" and start == verb.i:
                    start = None
            if start is None:
                break
            p0, p1 = subtree_range(dep)
            cause = before_comma_aside(span_tokens(doc, p0, p1))
            effect = span_tokens(doc, start, dep.i)
            ex.claim(found, sent, cause, effect, [dep], "+", head, split=False)
    for claim in found:
        claim["implicit"] = True
    return found


def _participle_host(ex: Extractor, part: Token) -> Token | None:
    """The act a demand participle (``contention_target_participles``, "-ing", no subject) belongs to where the parse
    hangs it on a noun that is no contention word (round 63): climbing from that noun through the prepositional
    phrases it sits in ("in front of the police station", "by trade unions") to the first verb or contention noun,
    or from a verb's object to the verb ("signed a petition | demanding X"). None for a participle on a contention
    word (``contention_targets`` reads it there), a noun that is no verb's object or phrase, or a party
    (``_whom_not_what``: "a team seeking X", "protesters demanding X": the people's own demand, read with them)."""
    lex = ex.lex
    if part.tag_ != "VBG" or part.dep_ != "acl" or part.lemma_.lower() not in lex.target_participles:
        return None
    noun = part.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in lex.contention_words or _whom_not_what(ex, noun):
        return None
    while noun.dep_ in ("pobj", "dobj"):
        up = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ == "pobj" and noun.head.dep_ not in ("prep", "agent"):
            return None
        if up.pos_ == "VERB" or (up.pos_ == "NOUN" and up.lemma_.lower() in lex.contention_words):
            return up
        if up.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = up
    return None


def _whom_not_what(ex: Extractor, obj: Token) -> bool:
    """A contention target that is a party, not a grievance: a pronoun ("against them"), a named person, a
    ``doer_nouns`` group ("against the police", "against women") or an actor ("against the government",
    "against Beijing")."""
    return obj.pos_ == "PRON" or ex._person(obj) or ex.is_doer(obj) or ex.is_actor(obj)


def _act_verb(head: Token, act_preps: Collection[str]) -> Token:
    """The verb whose clause is a contention word's act (round 41): a noun that is a verb's object or the object of
    an ``act_preps`` preposition on a verb stands for that verb ("held a protest", "resorted to a strike", "are on a
    strike"; "during a march" names the march's own demand); a verb
    that completes or is coordinated with an earlier verb, for the first ("started gathering", "protested and tried
    to block the road"), as a purpose's act is read (``purpose_clauses``)."""
    verb = head
    if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
    elif head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in act_preps:
        if head.head.head.pos_ in ("VERB", "AUX"):
            verb = head.head.head
    while verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        verb = verb.head
    return verb


def _contention_phrase(head: Token, act_preps: Collection[str] | None = None) -> int | None:
    """Where a contention word's own phrase (the effect of what it is against) begins, or None where CNC reads
    the relation otherwise. A verb: at its subject. A noun that is a verb's object ("held a protest against X")
    stands for that clause: at the verb's subject. Other nouns: at their left edge. None for the purpose
    ("to protest against X": the whole purpose clause is the cause of the act), the manner ("in protest against
    X": a cause of the main clause), a possessed act ("register their protest against X") and a relative
    clause ("who protested over X": the clause describes a noun outside it)."""
    if head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in head.children):
        return None
    if head.dep_ == "pobj" and head.head.lower_ == "in":
        return None
    verb = head.head if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.pos_ == "VERB" else head
    if act_preps is not None:
        # round 41: the act is the clause of the verb the noun or verb stands for (``_act_verb``)
        verb = _act_verb(head, act_preps)
    if verb.pos_ != "VERB":
        return head.left_edge.i
    if verb.dep_ == "relcl" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return _clause_start(verb)


def purpose_clauses(
    ex: Extractor, sent: Span, parse_checks: bool = False, instrument_verbs: bool = False
) -> list[dict[str, Any]]:
    """A purpose infinitive as the cause of the act it is the purpose of (round 15): "the workers launched an
    agitation | to draw attention to their plight", "police fired in the air | to disperse the mob". Only
    adverbial infinitives (``advcl`` with "to"): a verb's or noun's complement ("plan to", "refused to", "a
    willingness to") is no purpose. The effect is the act's clause from the subject of its first verb to the
    infinitive. Offered as further pairs of a sentence that has one (flag ``extra_purpose_clauses``);
    ``parse_checks`` (round 16) drops the parse shapes of ``purpose_misparsed``; ``instrument_verbs`` (round 22)
    also reads the complement of a verb of ``instrument_verbs`` as a purpose (``instrument_purpose``)."""
    doc = sent.doc
    found: list[dict[str, Any]] = []
    for inf in sent:
        if inf.pos_ != "VERB" or inf.i < inf.head.i:
            continue
        if inf.dep_ != "advcl" and not (instrument_verbs and instrument_purpose(ex, inf)):
            continue
        marks = [c for c in inf.children if c.dep_ == "aux" and c.lower_ == "to"]
        act = inf.head
        if not marks or act.pos_ not in ("VERB", "AUX"):
            continue
        # "shouted slogans and showed black flags | to protest X", "decided to set up a panel | to probe X": the
        # act is the whole clause, from the subject of its first verb
        top = act
        while top.dep_ in ("conj", "xcomp") and top.head.pos_ in ("VERB", "AUX") and top.head.i < top.i:
            top = top.head
        # an act that only describes a noun ("an ultimatum issued last week | to end the war") is no clause a
        # purpose explains
        start = _clause_start(top)
        if start is None and ex.settings.purpose_own_clauses:
            start = _verb_group_start(top)  # "which X suggested | should be leaked to the press" (round 88)
        if start is None or top.dep_ == "acl":
            continue
        p0, p1 = subtree_range(inf)
        if parse_checks and purpose_misparsed(ex, inf, marks[0], act, top, p0):
            continue
        cause = before_comma_aside(span_tokens(doc, p0, p1))
        effect = span_tokens(doc, start, p0)
        ex.claim(found, sent, cause, effect, marks, "+", act, split=False)
    for claim in found:
        claim["implicit"] = True
    return found


def noun_purposes(ex: Extractor, sent: Span, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A purpose infinitive hung on an event noun inside a side of one of ``claims``, as a pair of its own (round 107,
    flag ``noun_purpose_pairs``): "the workers launched an agitation | to draw attention to their plight", "A march in
    Yuen Long | to condemn the attack". The infinitive (``acl`` of a noun, opened by its "to", no word of its own before
    it) is the cause, up to the side's end; the side's words before the "to" are the effect. A noun whose infinitive
    is what is planned, tried, asked, able or allowed (markers.yml ``complement_nouns``, ``goal_nouns``,
    ``stated_plan_nouns``, ``attempt_heads``, ``no_purpose_nouns``) gives none; nor does an infinitive that a claim
    already reads as the cause of that noun. One pair per side."""
    # only a side holding an infinitive's "to" can hold such a pair: the sentence's tokens are walked per side only then
    marks = [t for t in sent if t.lower_ == "to" and t.dep_ == "aux"]
    if not marks:
        return []
    doc = sent.doc
    lex = ex.lex
    not_heads = lex.complement_nouns | lex.goal_nouns | lex.stated_plan_nouns | lex.attempt_heads | lex.no_purpose_nouns
    found: list[dict[str, Any]] = []
    for claim in claims:
        for side in ("cause", "effect"):
            a, b = claim[f"{side}_start"], claim[f"{side}_end"]
            if not any(a <= t.idx and t.idx + len(t.text) <= b for t in marks):
                continue
            inside = [t for t in sent if a <= t.idx and t.idx + len(t.text) <= b]
            if not inside:
                continue
            s0, s1 = inside[0].i, inside[-1].i + 1
            for mark in inside:
                verb, noun = mark.head, mark.head.head
                if mark.lower_ != "to" or mark.dep_ != "aux" or mark.i <= s0 + 1:
                    continue
                if verb.pos_ != "VERB" or verb.dep_ != "acl" or verb.i < mark.i or verb.left_edge.i < mark.i:
                    continue
                if not s0 <= noun.i < mark.i or noun.lemma_.lower() in not_heads or noun.lower_ in not_heads:
                    continue
                if any(_reads(c, "cause", verb) and _reads(c, "effect", noun) for c in claims):
                    break  # the sentence already reads this purpose
                effect = span_tokens(doc, s0, mark.i)
                while effect and (effect[-1].is_punct or effect[-1].pos_ == "CCONJ"):
                    effect = effect[:-1]
                cause = span_tokens(doc, mark.i, min(verb.right_edge.i + 1, s1))
                if effect and len(cause) > 1:
                    ex.claim(found, sent, cause, effect, [mark], "+", verb, split=False)
                break
    for claim in found:
        claim["implicit"] = True
    return found


def _reads(claim: dict[str, Any], side: str, tok: Token) -> bool:
    """Whether ``claim``'s ``side`` span holds the token ``tok``."""
    return bool(claim[f"{side}_start"] <= tok.idx < claim[f"{side}_end"])


def fronted_participles(ex: Extractor, sent: Span, stance: bool = False) -> list[dict[str, Any]]:
    """A participle clause fronted before its main clause as the cause of that clause (round 27): "Defying the
    curfew, hundreds gathered in the square", "Angered by the verdict, farmers blocked the highway", "Seeking
    their jobs back, nurses marched on the ministry". CNC marks such a clause as a cause of the rest, often beside
    another pair of the sentence, and the clause splits leave it inside the main clause's side. Only an adverbial
    -ing or -ed clause (``advcl``, VBG / VBN) of the sentence's root that opens the sentence and ends at a comma;
    a reporting verb's clause ("Stating that X, he said ...") tells what was said and an ``occasion_verbs`` one
    ("Speaking to reporters, ...") where, not why. The effect is the rest of the sentence up to a subordinate
    clause of the root (``_main_clause_end``). Offered as further pairs of a sentence that has one (flag
    ``extra_fronted_participles``). ``stance``: only a participle of demand or grievance (markers.yml
    ``fronted_stance_verbs``, ``_is_stance``) or of a feeling (``emotion_words``), the sentence's claim where it has
    no other (round 103, flag ``fronted_stance_claims``)."""
    doc = sent.doc
    root = sent.root
    found: list[dict[str, Any]] = []
    for verb in root.children:
        if verb.dep_ != "advcl" or verb.tag_ not in ("VBG", "VBN") or verb.i > root.i:
            continue
        if verb.lemma_.lower() in ex.lex.reporting_verbs or verb.lemma_.lower() in ex.lex.occasion_verbs:
            continue
        if stance and not (_is_stance(verb, ex.lex.fronted_stance_verbs) or verb.lower_ in ex.lex.emotion_words):
            continue
        start, end = subtree_range(verb)
        if end >= sent.end or doc[end].text != "," or not _opens_sentence(sent, start):
            continue
        # "When asked about X", "Once finished": a clause with its own subordinator tells when (the clause split
        # reads it); only a manner adverb may stand before the participle ("Squarely blaming X"). "A small group
        # was causing trouble": a clause with its own subject is no participle
        if any(t.pos_ != "ADV" or not t.lower_.endswith("ly") for t in doc[start : verb.i]):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
            continue
        cause = span_tokens(doc, start, end)
        effect = span_tokens(doc, end + 1, _main_clause_end(root, sent.end))
        ex.claim(found, sent, cause, effect, [verb], "+", root, split=False)
    for claim in found:
        claim["implicit"] = True
    return found


def trailing_reasons(ex: Extractor, sent: Span) -> list[dict[str, Any]]:
    """A trailing phrase of reason whose object is an act (round 106): "leaders were arrested by the police | for
    staging protests on the highway", "the youth died on Thursday | after being beaten up at a market", "attackers
    were gunned down by police | after they killed five civilians". A preposition of markers.yml
    ``reason_phrase_preps`` ("for", "after") on a verb before it, whose object is a gerund or participle (``pcomp``,
    VBG / VBN), or an "after" that opens a clause with a subject of its own (``mark`` of a finite ``advcl``): the act
    is the cause (a manner adverb before it left out: "allegedly participating"), the clause up to the preposition the
    effect, from its subject on. An "after" with an active gerund is one actor's next act, time order unless a side
    names contention (markers.yml ``contention_words``, as ``sequence_needs_contention`` reads a sequence). A fronted
    phrase ("After reading the note, ...") sets the scene (round 97) and a
    phrase on a noun ("permission for staging") is no reason: both stay out. The sentence's claim where it has no
    other (flag ``trailing_reason_claims``)."""
    doc = sent.doc
    preps = ex.lex.reason_phrase_preps
    found: list[dict[str, Any]] = []
    for tok in sent:
        if tok.lower_ not in preps:
            continue
        if tok.dep_ in ("prep", "conj"):
            act = next((c for c in tok.children if c.dep_ == "pcomp" and c.tag_ in ("VBG", "VBN")), None)
            head = tok.head.head if tok.dep_ == "conj" else tok.head
            start = act.left_edge.i if act is not None else -1
            end = act.right_edge.i + 1 if act is not None else -1
        elif tok.dep_ == "mark" and tok.head.dep_ == "advcl" and _finite_clause(tok.head):
            act = tok.head
            head = act.head
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
                continue
            start, end = tok.i + 1, act.right_edge.i + 1
        else:
            continue
        if act is None or head.pos_ not in ("VERB", "AUX") or head.i > tok.i or is_negated(head):
            continue
        if head.lemma_.lower() in ex.lex.reporting_verbs or head.lemma_.lower() in ex.lex.occasion_verbs:
            # "..., the minister said | after meeting X", "spoke to reporters | after laying a wreath": when it was
            # said, no reason (as round 27 leaves such participles out)
            continue
        while start < act.i and doc[start].pos_ == "ADV":
            start += 1  # "after allegedly participating": the act, not the hedge
        clause = _subject_clause(head)
        e0 = min(clause.left_edge.i, head.left_edge.i)
        if e0 < sent.start or _opens_sentence(sent, tok.i):
            continue
        e1 = tok.i
        while e1 > e0 and (doc[e1 - 1].is_punct or doc[e1 - 1].pos_ in ("ADV", "CCONJ")):
            e1 -= 1  # "died on Thursday allegedly | after ...": the hedge belongs to neither side
        cause = span_tokens(doc, start, min(end, sent.end))
        effect = span_tokens(doc, e0, e1)
        if tok.dep_ != "mark" and tok.lower_ in ex.lex.sequence_markers and act.tag_ == "VBG":
            # "travelled to Hanoi | after spending two days in Jakarta": one actor's next act is time order, kept only
            # where a side names contention ("were sacked after taking part in the strike"), as round 24 reads a
            # sequence; a passive ("after being beaten up") tells what was done to the subject and stays
            words = {w for t in cause + effect for w in (t.lower_, t.lemma_.lower())}
            if not words & ex.lex.contention_words:
                continue
        ex.claim(found, sent, cause, effect, [tok], "+", head, split=False)
    for claim in found:
        claim["implicit"] = True
    return found


def _subject_clause(verb: Token) -> Token:
    """The nearest verb from ``verb`` up that has a subject of its own (or the root): where a trailing reason's effect
    begins ("leaders [were] among dozens arrested | for staging ...": the whole clause of "were")."""
    tok = verb
    while tok.dep_ != "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        tok = tok.head
    return tok


def _is_stance(verb: Token, stances: set[tuple[str, str | None]]) -> bool:
    """A participle of demand or grievance (round 103): its lemma is a ``fronted_stance_verbs`` entry's, and for a
    two-word entry the second word hangs on it ("Calling | for", "Holding the mayor | responsible"), or on its
    object ("holding [the mayor responsible]", as the parser may read it)."""
    lemma = verb.lemma_.lower()
    near = [c for c in verb.children] + [g for c in verb.children if c.dep_ in ("dobj", "ccomp") for g in c.children]
    return any(w == lemma and (word is None or any(t.lower_ == word for t in near)) for w, word in stances)


def fronted_feelings(ex: Extractor, sent: Span) -> list[dict[str, Any]]:
    """The cause of a feeling that opens the sentence, as a pair of its own (round 40): "Anguished by the murder of
    their leader, hundreds staged a protest" gives "the murder of their leader -> Anguished", "Angry over the
    rise in fuel prices, truckers blocked the highway" gives "the rise in fuel prices -> Angry". CNC marks the
    feeling's cause beside the feeling -> the act (which round 27's fronted participle, or the sentence's own pair,
    reads). Only a feeling word (markers.yml ``emotion_words``) in an adverbial clause of the sentence's root that
    opens the sentence and ends at a comma, with its cause in an ``emotion_preps`` phrase or, for a participle or
    adjective, a ``feeling_agent_preps`` one ("by", "with"); a bare person, actor or pronoun is whom the feeling is
    aimed at ("Angry at the police, ..."), not its cause. Offered as further pairs of a sentence that has one
    (flag ``extra_fronted_feelings``)."""
    doc = sent.doc
    root = sent.root
    lex = ex.lex
    found: list[dict[str, Any]] = []
    for word in root.children:
        if word.dep_ != "advcl" or word.i > root.i or word.lower_ not in lex.emotion_words:
            continue
        start, end = subtree_range(word)
        if end >= sent.end or doc[end].text != "," or not _opens_sentence(sent, start):
            continue
        if is_negated(word) or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in word.children):
            continue
        preps = set(lex.emotion_preps) | (set(lex.feeling_agent_preps) if word.tag_ in ("JJ", "VBN") else set())
        prep = next((c for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ in preps), None)
        if prep is None:
            continue
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            continue
        bare = obj.n_lefts + obj.n_rights == 0 or all(c.dep_ == "det" for c in obj.children)
        if bare and (obj.pos_ in ("PRON", "PROPN") or ex.is_actor(obj) or ex.is_doer(obj)):
            continue  # "Angry at them, ...": whom the feeling is aimed at
        cause = before_comma_aside(span_tokens(doc, prep.i + 1, prep.right_edge.i + 1))
        effect = span_tokens(doc, start, word.i + 1)  # the feeling and the adverbs before it ("Deeply upset")
        ex.claim(found, sent, cause, effect, [prep], "+", root, split=False)
    for claim in found:
        claim["implicit"] = True
    return found


def event_relatives(ex: Extractor, sent: Span) -> list[dict[str, Any]]:
    """What an event did, told about its noun, as a pair of its own (round 43): "the blast that injured 15 people"
    gives "the blast -> that injured 15 people", "a strike by doctors , which has crippled health services" gives
    "a strike by doctors -> which has crippled health services", "an explosion killing five" gives "an explosion ->
    killing five". CNC marks the event (the noun's own phrase) as the cause and the relative clause or participle
    as the effect, pronoun and verb kept. Only a relative clause whose subject is the relative pronoun, or a
    participle after the noun, on an event noun (markers.yml ``prep_causes.event_nouns``), whose verb is one of
    harm or upheaval (markers.yml ``event_relative_verbs``: kill, injure, leave, disrupt ...); a doer's act told
    about a noun ("protesters who blocked the road") is round 42's, a causal verb's own claim ("the protests that
    caused unrest") the verb rule's. Offered as further pairs of a sentence that has one (flag
    ``extra_event_relatives``)."""
    doc = sent.doc
    lex = ex.lex
    found: list[dict[str, Any]] = []
    for verb in sent:
        if verb.lemma_.lower() not in lex.event_relative_verbs or is_negated(verb):
            continue
        noun = verb.head
        if noun.i >= verb.i or noun.pos_ != "NOUN":
            continue
        if noun.lower_ not in lex.event_nouns and noun.lemma_.lower() not in lex.event_nouns:
            continue
        if verb.dep_ == "relcl":
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ not in ("that", "which"):
                continue  # "the attack [police] blamed on X": the noun is the verb's object, not what acted
        elif not (verb.dep_ == "acl" and verb.tag_ == "VBG"):
            continue
        n0, n1 = noun_phrase(noun)
        cause = span_tokens(doc, n0, n1)
        effect = before_comma_aside(span_tokens(doc, *subtree_range(verb)))
        ex.claim(found, sent, cause, effect, [verb], "+", verb, split=False)
    for claim in found:
        claim["implicit"] = True
    return found


# the relations of an infinitive to the word it hangs on that make it a purpose inside a purpose phrase ("to
# join the agitation | to oppose the move": ``acl`` or ``relcl`` on the object, ``advcl`` on the verb); an ``xcomp``
# completes its verb ("to force them | to resign") and is no purpose of it
_CHAIN_DEPS = ("advcl", "acl", "relcl")


def purpose_chains(ex: Extractor, sent: Span) -> list[dict[str, Any]]:
    """A purpose infinitive inside another infinitive's phrase as the cause of that phrase (round 39): "traders
    downed shutters to join the agitation | to oppose the new law", "workers queued up to collect forms | to
    waive the fees". CNC train marks each link of such a chain as a pair of its own (the outer infinitive the
    cause of the act, the inner one the cause of the outer one's phrase), where the clause splits give only the
    outer infinitive, its cause running on over the inner one. The inner infinitive (a base form with its own
    "to", ``_CHAIN_DEPS`` on the outer verb or on its direct object) is the cause; the outer one's phrase from its
    "to" up to the inner one is the effect. No pair when the outer verb is a contention word ("to protest the move
    | to freeze wages": the complement tells what the grievance is). Offered as further pairs of a sentence that
    has one (flag ``extra_purpose_chains``)."""
    doc = sent.doc
    found: list[dict[str, Any]] = []
    for inner in sent:
        if inner.tag_ != "VB" or inner.dep_ not in _CHAIN_DEPS or inner.head.i >= inner.i:
            continue
        to = _to_mark(inner)
        if to is None or to.i != inner.left_edge.i:
            continue
        # the nearest infinitive above it with its own "to", the inner one inside its phrase
        outer = inner.head
        while outer.head.i != outer.i and _to_mark(outer) is None:
            if ex.settings.purpose_own_clauses and _finite_clause(outer):
                break  # the purpose is of that clause's own act, not of an infinitive above it (round 88)
            outer = outer.head
        outer_to = _to_mark(outer)
        if outer_to is None or outer.i >= inner.i or outer.tag_ != "VB":
            continue
        # on a noun, only on the outer verb's object ("to collect forms | to waive the fees"): an infinitive on a
        # noun further in ("to listen to the address during a meeting | to discuss X", "in a bid | to save") says
        # what that noun is for, not why the outer act is done
        if inner.dep_ != "advcl" and not (inner.head.dep_ == "dobj" and inner.head.head.i == outer.i):
            continue
        # "to protest the move | to freeze wages": the object of a protest with its complement is the grievance
        # CNC marks whole, not a purpose of the protest
        if outer.lemma_.lower() in ex.lex.contention_words:
            continue
        p0, p1 = subtree_range(inner)
        cause = before_comma_aside(span_tokens(doc, p0, p1))
        effect = span_tokens(doc, outer_to.i, p0)
        ex.claim(found, sent, cause, effect, [to], "+", outer, split=False)
    for claim in found:
        claim["implicit"] = True
    return found


def _to_mark(verb: Token) -> Token | None:
    """A verb's infinitive "to" (its ``aux`` child), or None."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def _main_clause_end(root: Token, end: int) -> int:
    """Where the main clause ends for a fronted clause's effect: before a clause of the root that follows it with a
    subordinator ("hundreds gathered in the square [because the army had shot a boy]"): that clause is a pair of its
    own, and an effect holding it would read as that pair turned round (``_new_relation``). A purpose infinitive
    stays: CNC's effect keeps it ("supporters came out on the road to enforce a blockade")."""
    for clause in root.children:
        if clause.i > root.i and clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children):
            return min(end, clause.left_edge.i)
    return end


def _opens_sentence(sent: Span, start: int) -> bool:
    """Whether only punctuation and a conjunction ("But", a quote mark) stand before token ``start``."""
    return all(t.is_punct or t.dep_ == "cc" or t.pos_ == "CCONJ" for t in sent.doc[sent.start : start])


def instrument_purpose(ex: Extractor, inf: Token) -> bool:
    """An infinitive complement (``xcomp``) that is the purpose of a verb putting a means to work (round 22):
    "police used rubber bullets | to disperse the crowd", "vehicles have been used | to carry out attacks". The
    parser attaches such an infinitive to the verb as a complement, but the verb (``instrument_verbs``) takes a
    means, not an act, as its object; the means must stand before the infinitive, as its direct object or its
    passive subject, which leaves out the habitual "they used to protest" (no object)."""
    verb = inf.head
    if inf.dep_ != "xcomp" or verb.lemma_.lower() not in ex.lex.instrument_verbs:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.i < inf.i for c in verb.children)


_NOMINAL_POS = ("NOUN", "PROPN", "PRON", "NUM")


def purpose_misparsed(ex: Extractor, inf: Token, to: Token, act: Token, top: Token, p0: int) -> bool:
    """Parse shapes under which an ``advcl`` infinitive is no purpose of its head (round 16):

    - the "to" is a preposition read as an infinitive mark: the "verb" is no base form ("extend support to
      sacked workers");
    - the infinitive has a noun of its own before its "to" ("waited for him to arrive", "their demand to
      withdraw the order"): it completes that noun or a preposition, it explains no act;
    - a causal verb's object right before it ("prompting police to divert traffic", "allowing both sides time
      to talk"): the infinitive is what the verb brings about or the object's own complement;
    - the act is a base form with a subject and no auxiliary ("allowing both sides time to talk" with "time" read
      as a verb, "let them go to see"): a bare small clause or a noun taken for a verb, no act of its own;
    - the act is a gerund under a preposition on a noun ("their seriousness about repairing ties and working
      to end the war"): it describes that noun, like an act that describes a noun (``acl``)."""
    if inf.tag_ != "VB":
        return True
    if any(t.pos_ in _NOMINAL_POS and t.lower_ != "order" for t in inf.doc[p0 : to.i]):  # "in order to" is one
        return True
    objects = [c for c in act.children if c.dep_ in ("dobj", "dative") and c.i < inf.i]
    if act.lemma_.lower() in ex.lex.verbs and any(c.right_edge.i == p0 - 1 for c in objects):
        return True
    if (
        act.tag_ == "VB"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in act.children)
    ):
        return True
    return top.dep_ == "pcomp" and top.head.head.pos_ in ("NOUN", "PROPN")


def _finite_clause(verb: Token) -> bool:
    """Whether a verb heads a clause of its own a purpose chain does not climb out of (round 88): one with its own
    subject or a relative or object clause ("the plan which X suggested | should be leaked")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.dep_ in ("relcl", "ccomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _verb_group_start(verb: Token) -> int | None:
    """Where a verb's clause begins without its relative pronoun subject: at its first auxiliary or the verb
    ("which | should be leaked to the press"); None for a verb with no such subject or with words between the
    pronoun and the verb group that are not auxiliaries (round 88)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects or subjects[0].tag_ not in ("WP", "WDT"):
        return None
    auxes = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    return min(auxes, default=verb.i)


def _clause_start(verb: Token) -> int | None:
    """Where a verb's clause begins for an effect: at its subject (None for a relative clause's pronoun)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if subjects and subjects[0].tag_ in ("WP", "WDT"):
        return None
    return subjects[0].left_edge.i if subjects else verb.i


# clauses whose splits are no further pair: one that describes a noun ("the strike called by the unions", "a team
# to probe X") or is a preposition's object ("after | throwing stones at police"): CNC train, out of fold, 4 right
# of 94 such splits with the tagger's vote (round 18)
_NOT_INNER = ("acl", "pcomp")
# a side of fewer words is mostly a bare verb cut from its clause ("Protesting", "began", "to protest")
_INNER_MIN_WORDS = 3


def _conjunct_causes(ex: Extractor, sent: Span, verb: Token, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The clause splits of a later conjunct (``verb``) with a cause that its own clause cut short: "where men had
    chased and | beaten X , leaving 45 hurt" is read again in the unit of the coordination, and a claim whose cause
    only runs further left there, same effect and same cause end (the participle's nearest clause with a subject,
    ``participle_nearest_clause``), takes that cause; the other splits stay the later verb's own
    (``inner_conjunct_clauses``, round 62)."""
    first = verb
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first is verb or first.pos_ not in ("VERB", "AUX") or not claims:
        return claims
    f0, _ = subtree_range(first)
    _, v1 = subtree_range(verb)
    if f0 < sent.start:
        return claims
    wide = implicit_claims(ex, sent.doc[f0:v1], subject_split=False, every=True, root=verb)
    for claim in claims:
        for other in wide:
            if (
                other["effect_start"] == claim["effect_start"]
                and other["effect_end"] == claim["effect_end"]
                and other["cause_end"] == claim["cause_end"]
                and other["cause_start"] < claim["cause_start"]
            ):
                claim["cause"], claim["cause_start"] = other["cause"], other["cause_start"]
                break
    return claims


def inner_clause_splits(ex: Extractor, sent: Span) -> list[dict[str, Any]]:
    """The clause splits of every clause below the main one (round 18): a chain "Protesters blocked the road,
    demanding X | after police arrested Y", "They gathered at the gate to submit a memorandum | when the minister
    refused to meet them" states one pair per clause, and ``implicit_claims`` (``every``) reads the main clause's
    only. Each verb's clause (its subtree) is read like a sentence of its own: its subordinate, participle and
    purpose clauses and its prepositional causes (no subject split, no coordinated clauses). Offered as further
    pairs of a sentence that has one, where the tagger's role vote backs them (``extra_inner_split_min_vote``)."""
    doc = sent.doc
    main = sent[-1].sent.root if sent.start <= sent[-1].sent.root.i < sent.end else sent.root
    found: list[dict[str, Any]] = []
    seen: set[tuple[int, int, int, int]] = set()  # a reported clause is read under its reporting verb and alone
    for verb in sent:
        if verb == main or verb.pos_ not in ("VERB", "AUX") or verb.dep_ in _NOT_INNER:
            continue
        v0, v1 = subtree_range(verb)
        if v0 < sent.start or v1 > sent.end or v1 - v0 < 2 * _INNER_MIN_WORDS:
            continue
        claims = implicit_claims(ex, doc[v0:v1], subject_split=False, every=True)
        if ex.settings.inner_conjunct_clauses:
            claims = _conjunct_causes(ex, sent, verb, claims)
        for claim in claims:
            words = [len(claim[side].split()) for side in ("cause", "effect")]
            key = (claim["cause_start"], claim["cause_end"], claim["effect_start"], claim["effect_end"])
            if min(words) < _INNER_MIN_WORDS or key in seen:
                continue
            seen.add(key)
            claim["start"], claim["end"] = sent.start_char, sent.end_char  # the sentence's, not the clause's
            claim["implicit"] = True
            found.append(claim)
    return found
