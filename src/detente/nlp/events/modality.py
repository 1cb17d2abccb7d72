"""Modality: whether a trigger is negated ("did not", "refrained from"), hypothetical (modals, conditionals,
attitude verbs, prospective nouns) or a stated intent (will/would), and the topics of talks or rejected
proposals that did not take place."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events.lexicon import TriggerLexicon, inflections
from detente.nlp.events.triggers import (
    Trigger,
    arrival_verb,
    charged_party,
    dated_ahead,
    denied_part_of,
    finite_conjunct_head,
    headline_present,
    headline_purpose_holder,
    held_meeting_participle,
    named_doer,
    no_comment_object,
    own_agent,
    permission_idiom,
)
from detente.nlp.syntax import condition_clauses, controlled_parties, is_root, that_marked
from detente.reference.actors import primary_code


def shared_modifier_nouns(tok: Token) -> list[Token]:
    """``tok`` and the nouns it is a conjunct of, when it has no determiner of its own: a modifier before the
    first conjunct qualifies the coordination ("the alleged assault and harassment of X": both alleged,
    docs/events.md rule 86c); "the alleged assault and the arrest of X" gives the arrest its own phrase."""
    out = [tok]
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "det" for c in tok.children):
        tok = tok.head
        out.append(tok)
    return out


# the subjects a headline's bare to-infinitive has ("Germany to send tanks", "Two envoys to be expelled")
HEADLINE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


PRESENT_TAGS = frozenset({"VBZ", "VBP"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def shared_modal_conjunct(verb: Token) -> bool:
    """Rule 385a: whether ``verb`` is a base-form conjunct with no subject, auxiliary or mark of its own of a verb with
    a modal auxiliary ("Egypt may open the crossing and deliver fuel to Y", "will double its budget and send aid to
    Y"): the modal is shared, so the conjunct's modality is its first verb's. A conjunct with its own auxiliary
    ("expelled two diplomats and may recall its envoy") or a past one keeps its own."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and head.i != verb.i
        and head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    )


def present_list(verb: Token) -> bool:
    """Rule 303: ``verb`` is one of a list of three or more acts told by coordinated verbs in the simple present (VBZ /
    VBP, no auxiliary or negation) that share the first one's subject, with no date or time in the list ("Beijing
    bullies its neighbours, steals technology and threatens Taiwan, critics say"): what a party does, told to
    characterize it, no one act that took place. A present headline names one or two acts, and a dated list ("Trump
    meets Xi in Busan on Thursday, agrees a truce and hails the talks") is a report, as is a headline line with no
    closing stop (rule 149c's ``headline_present``: "Israel pounds Gaza, kills 30 and orders evacuations"). Where
    the parser read a middle item as a noun ("Israel bombs Gaza, blocks(NNS) aid convoys and expands settlements"),
    two such verbs count as a list of three when a comma of the list (on a verb or its object, not right before the
    "and") stands between them and an "and" / "or" joins them."""
    first = verb
    for _ in range(8):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    items = [first]
    for item in items:
        items.extend(c for c in item.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        if len(items) > 12:
            break
    if len(items) < 2 or not any(c.dep_ == "nsubj" for c in first.children) or headline_present(first):
        return False
    for item in items:
        if item.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass", "neg") for c in item.children):
            return False
        if item.i != first.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in item.children):
            return False
    if len(items) < 3:
        last = max(item.i for item in items)
        holders = {item.i for item in items} | {c.i for item in items for c in item.children if c.dep_ == "dobj"}
        doc = first.doc
        commas = [
            t
            for t in doc[first.i : last]
            if t.text == "," and t.head.i in holders and t.i + 1 < len(doc) and doc[t.i + 1].dep_ != "cc"
        ]
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "or") for item in items for c in item.children)
        if not (commas and joined):
            return False
    own = [t for item in items for c in item.children if c.dep_ != "conj" for t in c.subtree]
    return not any(t.ent_type_ in TIME_ENTITIES for t in own)


def headline_future(verb: Token) -> bool:
    """Whether ``verb`` is a headline's future stated as a bare to-infinitive with its own subject: "Germany to send
    tanks to Ukraine", "Erdogan to meet Putin in Sochi" (docs/events.md rule 101c). Headlines drop "will" / "is"
    before the infinitive, so the model parses the infinitive as the root of the line with the subject on it and
    "to" its auxiliary; outside a headline a root infinitive with a subject does not occur (a to-infinitive hangs
    on a verb, noun or adjective). Such a root is what "X will send Y" states, a stated intent, as a modal
    auxiliary of intent makes it; one with a modal of its own is left to the modal."""
    if not is_root(verb) or verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(verb.children)
    return (
        any(c.dep_ in ("aux", "auxpass") and c.tag_ == "TO" and c.i < verb.i for c in kids)
        and any(c.dep_ in HEADLINE_SUBJECT_DEPS and c.i < verb.i for c in kids)
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids)
    )


def be_to_future(verb: Token) -> bool:
    """Whether ``verb`` is the to-infinitive of a "be to" future with its subject on "be": "talks are to be held in
    Oman next week" (rule 242d), what "will be held" states. The model parses the infinitive as an open complement
    of the copula; one with a modal of its own is left to the modal, "is yet to" to the negators (rule 166a)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and not any(c.lower_ == "yet" for c in head.children)
        and verb.pos_ == "VERB"
        and head.lemma_ == "be"
        and head.pos_ == "AUX"
        and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "TO" and c.i < verb.i for c in verb.children)
        and any(c.dep_ in HEADLINE_SUBJECT_DEPS and c.i < head.i for c in head.children)
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    )


def forecast(verb: Token) -> bool:
    """Whether ``verb`` is a passive participle of forecast with its "be" and a to-infinitive: "Kenya is set to deploy
    police to Haiti", "Russia is poised to invade Y", "talks are scheduled to resume" (rule 166). Not a participle
    without them ("has set up a base")."""
    kids = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in kids)
        and any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in kids)
    )


class Modality:
    """Negation, hypotheticals and stated intent above a trigger."""

    def __init__(self, lex: TriggerLexicon) -> None:
        self.lex = lex
        # inflected forms of the attitude verbs, for a lemmatizer slip ("Brazil hopes to sign": lemma "hop")
        self.hedge_forms = {form for verb in lex.hedge_verbs for form in inflections(verb)}
        self.hope_forms = {form for verb in lex.hope_clause_verbs for form in inflections(verb)}

    def talk_topic(self, trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """A nominal trigger that is the topic of talks ("negotiations on a troop pullback", "talks about a
        ceasefire") is what is being negotiated; so is one in an "of" phrase of a noun that is no trigger itself
        and stands in that place ("talks on the second phase of the truce", "on the terms of a ceasefire", rule
        271)."""
        tok = trig.token
        if trig.kind != "noun":
            return False
        while (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.pos_ == "NOUN"
            and tok.head.head.i not in trig_at
        ):
            tok = tok.head.head  # "the second phase of the truce": the topic is the phase's
        if tok.dep_ != "pobj" or tok.head.lower_ not in self.lex.talk_topic_preps:
            return False
        outer = trig_at.get(tok.head.head.i)
        if outer is not None and outer.code[:2] == "04" and outer.token.i != trig.token.i:
            return True
        if tok.head.head.pos_ == "NOUN" and self.lex.said_about(tok.head.head):
            return True  # rule 268b: "welcomed Trump's remarks on the talks": what was said about, no talks held
        # "renewed negotiations today on a troop pullback": the parser hangs the topic on the verb whose
        # object the talks are
        verb = tok.head.head
        return verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("dobj", "obj") and c.i in trig_at and trig_at[c.i].code[:2] == "04" and c.i != trig.token.i
            for c in verb.children
        )

    def rejected_proposal(self, trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """An action carried by a participle on the object of a rejection ("vetoed a resolution censuring
        X", "opposed a UN resolution condemning Russia") did not take place, nor one on the object of a verb a
        rejection wraps ("refused to sign the statement condemning Russia", rule 166)."""
        tok = trig.token
        if tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep":
            # "voted against the UN resolution calling for a ceasefire" (rule 211a): the measure voted against
            voted = trig_at.get(tok.head.head.head.i)
            return (
                voted is not None
                and voted.code == self.lex.vote_against_code
                and voted.phrase_obj is not None
                and voted.phrase_obj.i == tok.head.i
                and voted.token.lemma_.lower() in self.lex.vote_verbs
            )
        if tok.dep_ != "acl" or tok.head.dep_ not in ("dobj", "obj"):
            return False
        verb = tok.head.head
        outers = [trig_at.get(verb.i)] + ([trig_at.get(verb.head.i)] if verb.dep_ == "xcomp" else [])
        return any(o is not None and o.wrapper is not None and o.wrapper.name == "reject" for o in outers)

    def talks_round(self, tok: Token) -> Token | None:
        """The `talks_round_nouns` noun ("round", "session") whose "of" object ``tok`` is ("the next round of talks
        between A and B"): one event with the talks, so the verb it is the subject of ("is to be held", "will take
        place", "is scheduled for Saturday") carries the talks' modality as it does the talks' own (rule 253d)."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.dep_ != "prep":
            return None
        round_noun = tok.head.head
        return round_noun if round_noun.lemma_.lower() in self.lex.talks_round_nouns else None

    def clause_chain(self, tok: Token) -> list[Token]:
        """The trigger and the verbs above it within its clause chain (for modals and negation)."""
        chain = [tok]
        if own_agent(tok):
            return chain  # "wants to stop Russia's aggression": the aggression is presupposed, not hedged
        round_noun = self.talks_round(tok)
        cur = tok
        for _ in range(5):
            if finite_conjunct_head(cur) is not None:
                break  # "noted Y's willingness to ... and urged Z": urging is a done act of its own (rule 38)
            if cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.dep_ in self.lex.conj_climb_deps:
                # "aims to tighten sanctions and impose a blockade", "called on Y to unite and mobilize": a
                # conjunct of a to-infinitive shares its governor's modality (issue 14, newsprec)
                cur = cur.head
                chain.append(cur)
                continue
            if shared_modal_conjunct(cur):
                # "may open the crossing and deliver fuel to Y": under its first verb's modal (rule 385a)
                cur = cur.head
                chain.append(cur)
                continue
            if is_root(cur) or cur.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis"):
                break
            if cur.dep_ in (
                "dobj",
                "pobj",
                "prep",
                "xcomp",
                "nsubjpass",
                "attr",
                "pcomp",
                "acomp",
                "nsubj",
                "compound",
                "amod",
                "oprd",
                "dative",
                "obj",
            ):
                if self.anterior_past(cur):
                    break  # "had wanted to meet Y following a phone call with Y": the call happened
                cur = cur.head
                chain.append(cur)
                if cur.dep_ == "nsubj" and (round_noun is None or cur.i != round_noun.i):
                    break  # but "the next round of talks is to be held": the round is the talks (rule 253d)
                continue
            break
        return chain

    def scheduled(self, verb: Token, subject: Token) -> bool:
        """Whether ``verb`` is the passive participle of a `scheduling_verbs` verb ("is scheduled / slated for
        Saturday") with ``subject``, a nominal event, as its passive subject and no to-infinitive of its own (that is
        the forecast of rule 166): what is scheduled is to be held, as "is to be held" is (rule 253d)."""
        return (
            verb.tag_ == "VBN"
            and verb.lemma_.lower() in self.lex.scheduling_verbs
            and subject.dep_ == "nsubjpass"
            and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "xcomp" for c in verb.children)
            and not any(c.dep_ == "neg" for c in verb.children)
        )

    def futurate_move(self, verb: Token) -> bool:
        """Whether ``verb`` tells a journey still to come in the present (docs/events.md rule 352): a
        `futurate_move_verbs` verb in the present progressive ("is sending his envoy to Moscow for a meeting") with a
        purpose (a "for" phrase on it or its object whose noun is a meeting, or a to-infinitive clause of a meeting
        verb: "is flying to Beijing to meet Xi") or a time ahead (`futurate_time_words`: "next week", "on Tuesday",
        "later this month"), or in the simple present with a time ahead ("heads to Riyadh on Tuesday"). A progressive
        `futurate_stay_verbs` verb takes the time ahead only: "is visiting Washington" is a stay under way."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in self.lex.futurate_move_verbs:
            return False
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        progressive = verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].tag_ in ("VBZ", "VBP")
        present = verb.tag_ in ("VBZ", "VBP") and not auxes
        if not (progressive or present):
            return False
        if dated_ahead(verb, self.lex.futurate_time_words):
            return True
        if not progressive or lemma in self.lex.futurate_stay_verbs:
            return False
        holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
        purposes = (
            noun.lemma_.lower()
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for noun in prep.children
            if noun.dep_ == "pobj"
        )
        aims = (
            c.lemma_.lower()
            for c in verb.children
            if c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        )
        return any(self.lex.nouns.get(w, "")[:2] == "04" or w in self.lex.recip_nouns for w in purposes) or any(
            self.lex.verbs.get(w, "")[:2] in ("04", "05") or w in self.lex.appointment_words for w in aims
        )

    def anterior_past(self, tok: Token) -> bool:
        """Whether ``tok`` is a nominal event under an "after"/"following" phrase (`constructions.anterior_preps`) in
        a sentence told in the past: what came before a past act took place, whatever wish, plan or negation the
        phrase's own verb carries ("Norway had wanted to meet Chile following a phone call with its leader": the
        call is asserted, the meeting is not). A sentence in the present or future keeps them hedged ("will meet Y
        after talks with Z"). Only when the noun's own "with"/"between" phrase names a partner. Rule 32."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in self.lex.anterior_preps or tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
            return False  # only a contact whose own phrase names the partner ("after hours of talks" names none)
        root = tok.sent.root
        auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" for a in auxes):
            return False
        return root.tag_ == "VBD" or (root.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes))

    def failed_outcome(self, verb: Token) -> bool:
        """Whether ``verb`` is a negation verb ("fail", `negators.verbs`) whose to-infinitive is an outcome of
        contact (`constructions.outcome_verbs`: reach, strike, produce, agree, ...): "A and B failed to reach
        agreement", "the talks failed to produce a deal" report a contact that took place without its outcome
        (docs/events.md rule 36). A "not" on the failure ("did not fail to") keeps the plain reading."""
        if verb.lemma_.lower() not in self.lex.neg_verbs or any(c.dep_ == "neg" for c in verb.children):
            return False
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in self.lex.outcome_verbs for c in verb.children)

    def failed_agreement(self, trig: Trigger) -> bool:
        """An agreement that parties "failed to reach / strike / agree on" (the trigger is the outcome verb under
        the failure): no agreement, but negotiation took place (rule 36); "failed to meet" is no outcome."""
        tok = trig.token
        return (
            trig.kind == "verb"
            and tok.dep_ == "xcomp"
            and tok.lemma_.lower() in self.lex.outcome_verbs
            and self.failed_outcome(tok.head)
            and not any(c.dep_ == "neg" for c in tok.children)
        )

    def negated(self, trig: Trigger) -> bool:
        for tok in self.clause_chain(trig.token):
            if tok.i == trig.token.head.i and trig.token.dep_ == "nsubj" and self.failed_outcome(tok):
                continue  # "the summit failed to reach agreement": the summit took place (rule 36)
            for child in tok.children:
                if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                    if any(c.dep_ == "prep" and c.lower_ == "until" for c in tok.children):
                        return False  # "did not take place until 2025": it did take place
                    return True
                if child.dep_ == "advmod" and child.lower_ in self.lex.stopped_advs:
                    if any(c.dep_ == "neg" for c in child.children):
                        return True  # "no longer supplies arms to Y": the act stopped (rule 166)
            own = tok is trig.token and no_comment_object(tok, self.lex) is None  # "had no comment": the act (387g)
            if tok.pos_ in ("VERB", "AUX") and self.denied_argument(tok, own=own):
                return True  # "no Russian drones entered Y", "sent no troops to Y" (rule 257)
            if tok is not trig.token and tok.lemma_ in self.lex.neg_verbs:
                return True
            if tok is not trig.token and self.pending(tok):
                return True  # "has yet to recognise Y": not done (rule 166)
        return (
            self.denied(trig.token)
            or self.unattested(self.clause_chain(trig.token)[-1])
            or self.rejected_claim(trig.token)
            or self.blocked_act(trig.token)
            or self.allowed_act(trig.token)  # an allowed act is not the allower's own (rule 128a)
        )

    def denied_argument(self, verb: Token, own: bool) -> bool:
        """Rule 257: whether the subject of ``verb`` (a verb of a trigger's clause chain), or its direct object where
        ``verb`` is the trigger itself (``own``), names no one: a "no" determiner ("No Israeli jets struck Y", "No
        US envoy visited Y", "Russia sent no troops to Y"), a "not" before it ("Not a single missile hit Y") or a
        `negators.none_words` word ("None of the warships entered Y"). The act is stated not done, as "did not"
        states it. A "no" before a comparative counts a number ("No fewer than 40 drones struck Y") and is left."""
        deps = ("nsubj", "nsubjpass", "dobj", "obj") if own else ("nsubj", "nsubjpass")
        return any(c.dep_ in deps and self.names_no_one(c) for c in verb.children)

    def names_no_one(self, noun: Token) -> bool:
        """Whether ``noun`` is quantified to nothing (rule 257; :meth:`denied_argument`)."""
        if noun.lower_ in self.lex.none_words:
            return True
        for child in noun.children:
            if child.dep_ == "det" and child.lower_ == "no":
                after = noun.doc[child.i + 1] if child.i + 1 < len(noun.doc) else None
                return after is None or after.tag_ not in ("JJR", "RBR")
            if child.dep_ == "neg" and child.i < noun.i:
                return True
        return False

    def unattested(self, top: Token) -> bool:
        """Whether ``top`` (the head of a trigger's clause chain) is the content clause of a noun of evidence
        (`negators.unattested_nouns`: sign, evidence, indication, proof) that "no" denies: "there is no sign that
        Russia has withdrawn its troops", "there was no indication that Y had struck Z" (the clause marked "that"
        on the noun), or "no evidence suggests that X supplied Y" (the clause of a verb whose subject is the noun).
        The document states that the act is not attested, so it is not asserted (rule 246); a relative clause
        ("no evidence that Y presented") has no "that" mark and is left alone."""
        if is_root(top):
            return False
        if top.dep_ in ("acl", "ccomp") and top.head.pos_ == "NOUN":
            noun: Token | None = top.head
            if not that_marked(top):
                return False
        elif top.dep_ == "ccomp" and top.head.pos_ == "VERB":
            noun = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
        else:
            return False
        return (
            noun is not None
            and noun.lemma_.lower() in self.lex.unattested_nouns
            and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        )

    def pending(self, tok: Token) -> bool:
        """Whether ``tok`` is a have / be (`negators.pending_verbs`) with an adverb of pending ("yet") and a
        to-infinitive: "Vietnam has yet to recognise Kosovo", "India is yet to sign the deal" state the act not done
        (rule 166), as "has not yet" does."""
        return (
            tok.lemma_ in self.lex.pending_verbs
            and any(c.dep_ == "advmod" and c.lower_ in self.lex.pending_advs for c in tok.children)
            and any(c.dep_ == "xcomp" for c in tok.children)
        )

    def blocked_act(self, tok: Token) -> bool:
        """Whether ``tok`` is an act noun a blocking verb (`constructions.blocking_verbs`) blocks (rule 127a): the
        verb's object, or the "of"-object or compound of that object, a conjunct of either included ("blocked
        the delivery of aid to Gaza", "prevented grain shipments"). The act is not done by the blocker; only the
        blocking stays an event. A negated blocking ("did not block the aid") and the verb itself are left alone."""
        return self.object_act_of(tok, self.lex.blocking_verbs)

    def allowed_act(self, tok: Token) -> bool:
        """Whether ``tok`` is an act noun an allowing verb (`constructions.allowing_verbs`) allows (rule 128a), in
        the same places as a blocked act (rule 127a): "Israel allowed the delivery of aid to Gaza" is the
        allowing (0863, rule 126b), not aid Israel gave; the allowed act's doer is not the allower. An act naming
        its own doer ("allowed Egypt's delivery of aid") is left to the other rules, as rule 127a leaves it."""
        return self.object_act_of(tok, self.lex.allowing_verbs)

    def object_act_of(self, tok: Token, verbs: set[str]) -> bool:
        """Whether ``tok`` is an act noun that is the object of a non-negated verb in ``verbs``, or the "of"-object
        or compound of that object (a conjunct of either too), naming no doer of its own (rules 127a, 128a); the
        object the parser made the subject of the verb's to-infinitive clause counts as the object (rule 259b)."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        cur = tok
        while cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head  # "blocked the delivery of aid and fuel": the fuel is blocked as the aid is
        if cur.dep_ == "compound":
            cur = cur.head  # "blocked aid shipments"
        elif cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.dep_ == "prep":
            cur = cur.head.head  # "blocked the delivery of aid"
        if (
            cur.dep_ == "nsubj"
            and cur.head.dep_ == "ccomp"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in cur.head.children)
        ):
            cur = cur.head  # rule 259b: "allowed a UN aid convoy(nsubj) to enter(ccomp) Gaza", the object parsed so
        elif cur.dep_ not in ("dobj", "obj"):
            return False
        verb = cur.head
        return (
            verb.pos_ == "VERB"
            and verb.lemma_.lower() in verbs
            and not any(c.dep_ == "neg" for c in verb.children)
            and not any(self.named_doer(noun) for noun in {tok, cur})
        )

    @staticmethod
    def named_doer(noun: Token) -> bool:
        """Whether an act noun names a doer of its own (rule 127a; :func:`triggers.named_doer`)."""
        return named_doer(noun)

    def rejected_claim(self, tok: Token) -> bool:
        """Whether ``tok`` is the act a rejected claim states (rule 123a): up a clause chain (xcomp, ccomp, conj)
        to a that-clause (acl / ccomp) or an "of" gerund of a claim noun (`claims.claim_nouns`) that is the
        object of a rejection verb (`constructions.claim_rejection_verbs`): "rejected accusations that it had
        used its trucks to aid the rebels", "dismissed allegations of shelling Y"; or an act noun (or a word of
        one) in the claim's topic phrase (`content_preps`), "denied Y's allegations of a cross-border raid",
        "refuted Y's comments on farm seizures" (rule 181). The act is
        the rejecter's word against the claim, not a reported fact; "rejected Y's request to send troops" (no
        claim noun) is left to the reject wrapper."""
        cur = tok
        while cur.dep_ == "compound" and cur.head.i != cur.i:
            cur = cur.head  # "allegations of arms smuggling": the act noun the word is part of
        if cur.pos_ == "NOUN" and cur.dep_ == "pobj" and cur.head.lower_ in self.lex.content_preps:
            return self.rejected_claim_noun(cur.head.head)  # "denied Y's allegations of a raid" (rule 181)
        cur = tok
        for step in range(4):
            if is_root(cur):
                return False
            if cur.dep_ in ("acl", "ccomp") or (cur.dep_ == "pcomp" and cur.head.lower_ == "of"):
                return self.rejected_claim_noun(cur.head if cur.dep_ != "pcomp" else cur.head.head)
            # rule 196e: an act noun the claimed clause's verb takes as its object ("dismissed claims that Y's troops
            # would join an attack on Z", "denied reports that it was preparing strikes on Z")
            noun_object = step == 0 and cur.pos_ == "NOUN" and cur.dep_ in ("dobj", "obj")
            if cur.dep_ not in ("xcomp", "conj") and not noun_object:
                return False
            cur = cur.head
        return False

    def rejected_claim_noun(self, noun: Token) -> bool:
        """Whether ``noun`` is a claim noun (`claims.claim_nouns`) that is the object of a rejection verb
        (`constructions.claim_rejection_verbs`): "rejected accusations", "denied Y's reports" (rule 123a)."""
        verb = noun.head
        return (
            noun.pos_ == "NOUN"
            and noun.lemma_.lower() in self.lex.claim_nouns
            and noun.dep_ in ("dobj", "obj")
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in self.lex.claim_rejection_verbs
        )

    def denied(self, tok: Token) -> bool:
        """Whether ``tok`` heads a clause a denial verb denies (rule 38), directly or as the content of its object:
        "denied that it had sent troops", "denied reports / claims that it had sent troops". Only a clause: the
        object noun itself ("denied Y's request") is what was refused, and it took place. An act noun the denier
        says it had no part in is denied too ("denied involvement in the attack on Y", rule 105c)."""
        if tok.dep_ == "pobj" and tok.pos_ == "NOUN":
            verb = tok.head.head
            if verb.dep_ in ("dobj", "obj"):
                verb = verb.head  # "denied involvement(dobj) in(prep) the attack": the phrase on the object
            if verb.pos_ == "VERB" and verb.lemma_.lower() in self.lex.denial_verbs:
                return denied_part_of(verb, tok, self.lex.denied_part_nouns)
        if tok.dep_ not in ("ccomp", "acl", "pcomp", "xcomp"):
            return False
        cur = tok
        for _ in range(4):
            if is_root(cur):
                return False
            cur = cur.head
            if cur.pos_ == "VERB" and cur.lemma_.lower() in self.lex.denial_verbs:
                return True
            if cur.dep_ not in ("dobj", "obj", "pobj", "prep", "ccomp"):
                return False
        return False

    def hedged(self, trig: Trigger, excused: frozenset[int] = frozenset()) -> tuple[bool, bool]:
        """(hypothetical, stated intent) from modals, attitude verbs and conditionals above the trigger; a modal or
        attitude verb whose token index is in ``excused`` does not count (rules 53a, 53b ask whether anything
        else hedges the act)."""
        hypothetical = intent = False
        chain = self.clause_chain(trig.token)
        for tok in chain:
            for child in tok.children:
                low = child.lower_
                if child.dep_ == "aux" and child.tag_ == "MD" and child.i not in excused:
                    if low in self.lex.modals or child.lemma_ in self.lex.modals:
                        hypothetical = True
                    elif low in self.lex.intent_modals or child.lemma_ in self.lex.intent_modals:
                        intent = True
                if child.dep_ == "mark" and low in self.lex.hedge_marks:
                    hypothetical = True
                if child.dep_ == "advmod" and low in self.lex.hedge_advs:
                    hypothetical = True  # "Y allegedly shelled Z": the document reports an allegation (rule 83)
            if headline_future(tok):
                intent = True  # "Germany to send tanks to Ukraine": a headline's "will send" (rule 101c)
            if trig.code[:2] == "04" and self.futurate_move(tok):
                intent = True  # "is travelling to Beijing next week for talks": "will travel" (rule 352)
            event_head = self.talks_round(trig.token) or trig.token if trig.kind == "noun" else None
            if event_head is not None and event_head.head.i == tok.i and any(be_to_future(c) for c in tok.children):
                # "talks are to be held next week": "will be held" (rule 242d); only a nominal event, the subject of
                # "be": a verb's "is to send" keeps its reading (rule 101c); "the next round of talks is to be
                # held" likewise (rule 253d)
                intent = True
            if event_head is not None and event_head.head.i == tok.i and self.scheduled(tok, event_head):
                intent = True  # "a new round of talks is scheduled for Saturday": "will be held" (rule 253d)
            subject_noun = trig.kind == "noun" and trig.token.dep_ in ("nsubj", "conj")
            if tok is not trig.token and tok.lemma_.lower() in self.lex.hedge_nouns:
                hypothetical = True
            attitude = tok.lemma_ in self.lex.hedge_verbs or (tok.pos_ == "VERB" and tok.lower_ in self.hedge_forms)
            if tok is not trig.token and attitude and not subject_noun and tok.i not in excused:
                hypothetical = True  # but "sanctions aim to push back": what existing sanctions aim at
            if tok is not trig.token and tok.lemma_ in self.lex.hedge_adjs and (tok.pos_ == "ADJ" or forecast(tok)):
                hypothetical = True  # "is likely to meet Y", "is set / poised / scheduled to meet Y" (rule 166)
            if tok is not trig.token and tok.tag_ == "MD" and tok.lower_ in self.lex.modals and tok.i not in excused:
                hypothetical = True  # "Y ought to lift its sanctions on Z": the modal parsed as the head (rule 196c)
        top = chain[-1]
        tok = trig.token
        if self.unrealized_conjunct(chain, refined=trig.wrapper is None):
            hypothetical = True  # "urged Y to unite and mobilize": asked for, threatened or refused, not done
        if trig.kind == "noun" and (
            any(
                c.dep_ in ("amod", "compound") and c.lower_ in self.lex.hedge_noun_adjs
                for noun in shared_modifier_nouns(tok)
                for c in noun.children
            )
            or self.postponed(tok)
        ):
            hypothetical = True  # "the anticipated summit ... has been postponed", "a planned meeting"
        held = held_meeting_participle(tok, self.lex) if trig.kind == "noun" else None
        if held is not None and any(
            c.dep_ == "aux" and c.tag_ == "MD" and c.i not in excused and c.lower_ in self.lex.modals
            for c in held.children
        ):
            hypothetical = True  # "talks that could be held between A and B": the participle's modal (rule 402a)
        if trig.kind == "noun" and charged_party(tok, self.lex) is not None:
            # "X accused Y of atrocities", "a court convicted Y of terrorism": alleged, not asserted (rules 92a, 98b)
            hypothetical = True
        prospective = trig.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "for"
        # "envoy in Kabul for talks": a verbless headline's holder placed for the act, as "arrived" (rule 144b)
        arrived = arrival_verb(tok, self.lex) is not None or (prospective and headline_purpose_holder(tok) is not None)
        if prospective and not own_agent(tok) and not arrived and not self.claimed(tok):
            hypothetical = True  # "calls for talks", "preparations for a meeting": not yet held
        if self.infinitival_modifier(top):
            hypothetical = True  # "attempts to improve ties", "pressure to impose sanctions"
        if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.lex.hedge_marks for c in top.children):
            hypothetical = True
        if (
            trig.code[:2] in ("04", "05")
            and top.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)
            and self.futurate_move(top.head)
        ):
            intent = True  # "is flying to Beijing to meet Xi": the meeting the journey is for, still to come (rule 352)
        if (
            trig.code[:2] in ("04", "05")
            and top.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)
            and top.head.lemma_.lower() in self.lex.futurate_move_verbs
        ):
            journey = top.head
            if any(c.dep_ == "aux" and c.lower_ in self.lex.appointment_modals for c in journey.children):
                intent = True  # "will fly to Beijing to meet Xi": the journey's purpose is part of the plan (rule 359)
            elif (
                journey.dep_ == "xcomp"
                and self.lex.hedge_adjs & {journey.head.lemma_, journey.head.lower_}
                and (journey.head.pos_ == "ADJ" or forecast(journey.head))
            ):
                hypothetical = True  # "is due to fly to Beijing to meet Xi": hedged as the journey is (rules 166, 359)
        if self.concurrent_with_order(top):
            hypothetical = True  # "directed X to meet Y, while Z meets W": Z's meeting is ordered too (rule 30)
        if self.wished_for_clause(top):
            hypothetical = True  # "hopes for a deal to be struck with Y": wished, not done (rule 63b)
        if self.hoped_clause(top):
            hypothetical = True  # "says he hopes Y will persuade Z": a wish for another's act (rule 114c)
        if self.pressed_act(chain):
            hypothetical = True  # "France pushed Russia to stop its attacks": pressed for, not done (rule 175)
        if self.permitted_act(chain):
            hypothetical = True  # "the treaty allows A and B to negotiate a new framework": permitted, not done
        if self.owed_future_clause(top):
            hypothetical = True  # "Y should concede that it won't join NATO": what Y is told to accept, not said
        if self.reported_clause(top):
            hypothetical = True  # "investigated reports that Y had bombed Z": reported, not asserted (rule 134c)
        if self.analysis_mention(trig, chain):
            hypothetical = True  # "Is Y ready to send tanks to Z?", "analysts believe Y will attack Z" (rule 180)
        if self.future_condition(tok):
            hypothetical = True  # "will not lift sanctions until Y withdraws its forces": not yet done (rule 385c)
        if trig.kind == "noun" and trig.code[:2] in self.lex.concern_topic_roots and self.concern_topic(tok):
            hypothetical = True  # "voiced concern over the fighting between A and B": the concern's topic (rule 385b)
        return hypothetical, intent

    def future_condition(self, tok: Token) -> bool:
        """Rule 385c: whether ``tok`` stands in (or below) a present-tense clause opened by a `future_condition_marks`
        mark (until, before, once, after) on a verb with a modal ("The EU will not lift sanctions until Moscow
        withdraws its forces", "Kyiv will resume talks once Russia returns the children"): English puts a future
        condition in the present, so the clause's act has not happened. A past clause ("the truce held until Y
        bombed Z") is told as done; a clause on a verb without a modal ("talks go on until Y leaves") is left alone."""
        cur = tok
        for _ in range(8):
            if is_root(cur) or cur.head.i == cur.i:
                return False
            if cur.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in self.lex.future_condition_marks for c in cur.children
            ):
                present = cur.tag_ in PRESENT_TAGS or any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS for c in cur.children
                )
                return present and any(c.dep_ == "aux" and c.tag_ == "MD" for c in cur.head.children)
            cur = cur.head
        return False

    def concern_topic(self, noun: Token) -> bool:
        """Rule 385b: whether the nominal act ``noun`` (or the noun it is a conjunct of) is the object of a
        `concern_topic_preps` phrase of a `concern_topic_nouns` noun, directly or through "of" phrases of that
        phrase's noun: "voiced concern over the fighting between A and B", "there is concern in X about the
        escalation of the war in Y". What a concern is about is no fight reported; a concern with a coded holder is
        111 toward the parties (rules 31, 56b)."""
        while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        for _ in range(3):
            prep = noun.head
            if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
                return False
            holder = prep.head
            if prep.lower_ in self.lex.concern_topic_preps and holder.lemma_.lower() in self.lex.concern_topic_nouns:
                return True
            if prep.lower_ != "of" or holder.pos_ != "NOUN":
                return False
            noun = holder
        return False

    def analysis_mention(self, trig: Trigger, chain: list[Token]) -> bool:
        """Whether analysis prose names the act without reporting it (docs/events.md rule 180): a yes/no question
        (180a), a clause of belief or fear (180b), a "would" of a condition or of an event noun (180c), a generic
        statement (180d), a goal (180e), a topic (180f) or a poll's finding (180g)."""
        top = chain[-1]
        return (
            self.asked_question(top)
            or self.speculated_clause(top)
            or self.counterfactual(trig, chain)
            or (trig.kind == "noun" and (self.generic_noun(trig.token) or self.topic_noun(trig.token)))
            or any(self.goal_complement(tok) for tok in chain)
            or self.goal_attendant(top)
            or self.poll_finding(top)
            or any(self.habitual_clause(tok) or self.scenario_phrase(tok) for tok in chain)
            or self.advised_time(top)
            or any(present_list(tok) for tok in chain)
        )

    def habitual_clause(self, tok: Token) -> bool:
        """Rule 196d: ``tok`` is an adverbial clause opened by a `habitual_clause_words` word ("whenever China harasses
        Philippine vessels, Manila files a protest"): what a party does each time, no one act. The word opens the clause
        it hangs on, whatever the clause's own label (the parser may make it the root)."""
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in self.lex.habitual_clause_words for c in tok.children)

    def scenario_phrase(self, tok: Token) -> bool:
        """Rule 196a: ``tok`` has an "in" / "under" phrase of a `scenario_phrase_nouns` noun, a scenario any, a case a
        superlative one ("in one scenario, China blockades Taiwan", "in the worst case, Russia attacks a Baltic
        state"): a scenario told in the present, not a report ("in this case" is left)."""
        return any(
            prep.dep_ == "prep"
            and prep.lower_ in ("in", "under")
            and noun.dep_ == "pobj"
            and noun.lemma_.lower() in self.lex.scenario_phrase_nouns
            and (
                noun.lemma_.lower() in self.lex.scenario_nouns
                or any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children)
            )
            for prep in tok.children
            for noun in prep.children
        )

    def advised_time(self, top: Token) -> bool:
        """Rule 196f: ``top`` is a to-infinitive on an `advised_time_nouns` noun ("it is time for the European Union
        to recognise Palestine"): what the writer asks for, not done."""
        return (
            top.dep_ in ("relcl", "acl")
            and not is_root(top)
            and top.head.lemma_.lower() in self.lex.advised_time_nouns
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)
        )

    def asked_question(self, top: Token) -> bool:
        """Rule 180a: ``top`` is the root of a yes/no question, its auxiliary or "be" before its subject and a
        question mark at its end ("Is Y ready to send tanks to Z?", "Does Y still want to defend Z?"). A
        wh-question ("Why did Y invite Z?") takes the act as given and is left as it was. Rule 196g: a question with no
        finite verb (a headline: "Trump to meet Xi in Seoul?", "Israeli strike on Iran imminent?") and one whose clause
        has a modal of its own ("Why would Putin attack NATO?") ask about an act, whatever their wh-word."""
        words = [t for t in top.sent if not t.is_space]
        if not words or words[-1].text != "?":
            return False
        if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words):
            return True
        if not is_root(top):
            return False
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in top.children):
            return True
        subject = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subject is None or any(t.tag_ in ("WRB", "WP", "WDT", "WP$") for t in words if t.i < subject.i):
            return False
        return (top.lemma_ == "be" and top.i < subject.i) or any(
            c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in top.children
        )

    def speculated_clause(self, top: Token) -> bool:
        """Rule 180b: ``top`` heads the that-clause of a verb or noun of fearing (`feared_clause_words`), or one with a
        modal of its own under a verb of belief or forecast (`speculation_verbs`) or a "be possible / likely" (hedge
        adjectives): "many fear that Y is preparing to strike Z", "analysts believe Y will attack Z", "it is
        possible that Y will test ...". The believer speculates; Y stated nothing. A past act told in such a
        clause stays as coded (rules 60b, 75a read who is blamed)."""
        if top.dep_ not in ("ccomp", "acl") or is_root(top):
            return False
        holder = top.head
        lemma = holder.lemma_.lower()
        if lemma in self.lex.feared_clause_words and (
            holder.pos_ == "VERB" or (holder.pos_ == "NOUN" and any(c.lower_ == "that" for c in top.children))
        ):
            return True
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in top.children)
        if top.dep_ == "acl" and holder.pos_ == "NOUN" and lemma in self.lex.speculation_nouns | self.lex.chance_nouns:
            return modal and any(c.lower_ == "that" for c in top.children)
        if top.dep_ != "ccomp":
            return False
        # rule 196b: a verb of belief the parser tags as a noun at the root ("many in Y suspect that Z will ...")
        verb = holder.pos_ == "VERB" or (is_root(holder) and any(c.dep_ == "nsubj" for c in holder.children))
        believed = verb and lemma in self.lex.speculation_verbs
        # rule 196b: "analysts expect Moscow to retaliate": a to-infinitive with a subject of its own (not a perfect
        # "believed Y to have attacked Z") is as future as a modal
        if (
            believed
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children)
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in top.children)
        ):
            return True
        if holder.pos_ == "VERB" and self.commentator_speaker(holder):
            # '"Y will attack Z," a German analyst said': a commentator's view of what is or will be, no act reported
            # (rule 200); a past act he tells stays as coded
            perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in top.children)
            past = top.tag_ == "VBD" or perfect
            return not past
        possible = lemma in self.lex.copula_verbs and any(
            c.dep_ == "acomp" and c.lemma_.lower() in self.lex.hedge_adjs for c in holder.children
        )
        return (believed or possible) and modal

    def commentator_speaker(self, verb: Token) -> bool:
        """Whether speech verb ``verb`` has for its subject a commentator (`commentator_nouns`: an analyst,
        journalist, historian ...), who speaks for no party (rule 200)."""
        if verb.lemma_.lower() not in self.lex.speech_verbs | self.lex.report_verbs:
            return False
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.commentator_nouns for c in verb.children)

    def counterfactual(self, trig: Trigger, chain: list[Token]) -> bool:
        """Rule 180c: a `conditional_modals` modal ("would") on the chain, with an event or outcome noun
        (`outcome_nouns`) for its subject ("a blockade of Y would force Z to ...", reported or not) or, in a root
        clause no speech verb reports and for an act that a condition does not make a threat (rule 166), with a
        condition clause ("if ..." or an inverted "should Y ...": "Z would ask W for help"). Not the speaker's
        stated intent, as "Y said it would ..." is."""
        top = chain[-1]
        reported = not is_root(top) or any(
            c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in self.lex.speech_verbs | self.lex.report_verbs
            for c in top.children
        )
        threat = trig.code[:2] in self.lex.conditional_threat_roots or (
            trig.wrapper is not None and trig.wrapper.name in self.lex.conditional_threat_wrappers
        )
        for tok in chain:
            if not any(
                c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in self.lex.conditional_modals for c in tok.children
            ):
                continue
            if any(
                c.dep_ in ("nsubj", "nsubjpass")
                and c.pos_ == "NOUN"
                and (c.lemma_.lower() in self.lex.nouns or c.lemma_.lower() in self.lex.outcome_nouns)
                for c in tok.children
            ):
                return True  # an event states no intent, reported or not
            if (
                tok.dep_ == "relcl"
                and tok.head.pos_ == "NOUN"
                and (tok.head.lemma_.lower() in self.lex.nouns or tok.head.lemma_.lower() in self.lex.outcome_nouns)
            ):
                # rule 390c: nor a relative clause on an event noun ("the sanctions that the EU would impose on Y"):
                # what the act would be, a hypothetical, not a stated threat
                return True
            if (
                not threat
                and not reported
                and (condition_clauses([tok], self.lex.condition_marks) or self.inverted_condition(tok) is not None)
                and not self.conditional_offer(tok)
            ):
                return True
            if not reported and any(
                t.pos_ in ("VERB", "AUX") and self.condition_phrase(t) for t in chain[: chain.index(tok) + 1]
            ):
                # rule 285: "without the aid, Y would ...", the phrase on the verb of "would" or on the act it heads
                # ("would struggle to repel Z's attacks without air defence"): no demand put on a party, no threat
                return True
        return False

    def condition_phrase(self, verb: Token) -> bool:
        """Rule 285: ``verb`` carries a condition stated by a phrase, not a clause: a `condition_phrase_preps` phrase
        ("without the aid", "absent a deal"; parsed as a preposition or a clause) whose noun is no manner word
        (`condition_phrase_manner_nouns`: "without preconditions"), "but for X", a `condition_phrase_advs` adverb
        ("otherwise"), "in that case" (`condition_case_nouns` with a `condition_case_dets` determiner), or "with"
        a noun of an amount (`condition_amount_words`: "with more air defence")."""
        doc = verb.doc
        for child in verb.children:
            low = child.lower_
            objects = [c for c in child.children if c.dep_ in ("pobj", "dobj")]
            if child.dep_ == "advmod" and low in self.lex.condition_phrase_advs:
                return True
            if child.dep_ in ("prep", "advcl") and low in self.lex.condition_phrase_preps:
                if any(o.lemma_.lower() not in self.lex.condition_phrase_manner_nouns for o in objects):
                    return True
            if child.dep_ in ("prep", "advcl", "ccomp", "mark") and low in self.lex.condition_proviso_words:
                return True  # rule 347: "would hand over the bodies provided (that) the crossings reopen"
            # rule 347: "would disarm only after an Israeli withdrawal", "only after all hostages are freed": the
            # phrase's preposition or the clause's mark, narrowed by "only", is a condition, as "if" is
            openers = [m for m in child.children if m.dep_ == "mark"] if child.dep_ == "advcl" else [child]
            if child.dep_ in ("prep", "advcl", "mark") and any(
                m.lower_ in self.lex.condition_only_preps and m.i > 0 and doc[m.i - 1].lower_ == "only" for m in openers
            ):
                return True
            if child.dep_ != "prep":
                continue
            if low == "for" and child.i > 0 and doc[child.i - 1].lower_ == "but" and objects:
                return True  # "but for American pressure, Y would have ..."
            if low == "in" and any(
                o.lemma_.lower() in self.lex.condition_case_nouns
                and any(
                    d.dep_ in ("det", "amod", "predet") and d.lower_ in self.lex.condition_case_dets for d in o.children
                )
                for o in objects
            ):
                return True
            if low == "with" and any(
                d.dep_ in ("amod", "advmod", "nummod") and d.lower_ in self.lex.condition_amount_words
                for o in objects
                for d in o.children
            ):
                return True
        return False

    @staticmethod
    def conditional_offer(verb: Token) -> bool:
        """Rule 251a: an "if" clause whose subject names the party the act of ``verb`` is aimed at ("Iran would release
        the French citizens if Paris freed an Iranian diplomat": Paris, France, as the citizens' country) is a condition
        put on the other side, an offer, as rule 82b's condition party makes a threat: no counterfactual of rule 180c.
        Parties compare on their primary codes; the act's side is the actors of its objects and phrases outside the
        condition clause."""
        actors = list(verb.doc.spans["actors"]) if "actors" in verb.doc.spans else []
        clauses = condition_clauses([verb], ("if",))
        if not actors or not clauses:
            return False
        inside = {t.i for clause in clauses for t in clause.subtree}
        subjects = {
            t.i for clause in clauses for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree
        }
        aimed = {
            t.i for c in verb.children if c.dep_ in ("dobj", "dative", "prep") for t in c.subtree if t.i not in inside
        }
        condition_party = {primary_code(a.label_) for a in actors if any(t.i in subjects for t in a)}
        act_party = {primary_code(a.label_) for a in actors if any(t.i in aimed for t in a)}
        return bool(condition_party & act_party)

    def inverted_condition(self, verb: Token) -> Token | None:
        """The adverbial clause on ``verb`` that an inverted auxiliary opens ("Should Y move troops, ...", "Were Y
        to ..."): its `inverted_condition_auxes` auxiliary stands before its subject; else None (rule 180c)."""
        for clause in verb.children:
            if clause.dep_ != "advcl":
                continue
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in self.lex.inverted_condition_auxes and c.i < subject.i
                for c in clause.children
            ):
                return clause
        return None

    def generic_noun(self, noun: Token) -> bool:
        """Rule 180d: a bare plural event noun (no determiner, possessor or number) as the subject of a habitual
        verb or of a verb with a habitual adverb (`habitual_words`): "border clashes between Y and Z tend to flare
        up", "trade wars usually hurt both sides" state what such acts do, not one that took place."""
        nouns = shared_modifier_nouns(noun)
        head_noun = nouns[-1]
        if head_noun.dep_ != "nsubj" or noun.tag_ != "NNS":
            return False
        if any(c.dep_ in ("det", "poss", "nummod") for n in nouns for c in n.children):
            return False
        verb = head_noun.head
        return verb.lemma_.lower() in self.lex.habitual_words or any(
            c.dep_ == "advmod" and c.lower_ in self.lex.habitual_words for c in verb.children
        )

    def goal_complement(self, tok: Token) -> bool:
        """Rule 180e: ``tok`` is the complement of a copula (`copula_verbs`) whose subject is a goal
        (`goal_nouns`): "X's priority remains a deal with Y", "X's ambition is to sell arms to Y"."""
        head = tok.head
        return (
            tok.dep_ in ("attr", "xcomp", "ccomp")
            and head.i != tok.i
            and head.lemma_.lower() in self.lex.copula_verbs
            and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.goal_nouns | self.lex.scenario_nouns
                for c in head.children
            )
        )

    def goal_attendant(self, top: Token) -> bool:
        """Rule 304: ``top`` is an adverbial clause with no subject of its own ("while bombing Y", "before striking
        Z") on a goal's complement (rule 180e): "Moscow's strategy is to negotiate while bombing Ukrainian cities"
        names the bombing as part of the design, as it names the talks, not as done."""
        return (
            top.dep_ == "advcl"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in top.children)
            and any(self.goal_complement(tok) for tok in self.clause_chain(top.head))
        )

    def poll_finding(self, top: Token) -> bool:
        """Rule 180g: ``top`` or a clause above it is what an opinion poll (`poll_nouns`) found: the that-clause of a
        verb whose subject is a poll ("most Koreans support ..., a survey found") or a clause with an "according to"
        a poll phrase ("according to a poll, a majority oppose sending troops to Y"). An opinion is no act."""
        for clause in (top, *top.ancestors):
            if clause.dep_ == "ccomp" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.lex.poll_nouns
                for c in clause.head.children
            ):
                return True
            if any(
                c.dep_ == "prep"
                and c.lower_ == "according"
                and any(g.lemma_.lower() in self.lex.poll_nouns for g in c.subtree)
                for c in clause.children
            ):
                return True
        return False

    def topic_noun(self, noun: Token) -> bool:
        """Rule 180f: a nominal act (or a conjunct of one) named as a topic: the object of a `mention_verbs` verb whose
        subject is a topic or a document (`document_nouns`, `writing_nouns`): "topics include Chinese investment in
        Y", "the paper analyses Chinese lending to Y"; a topic noun's apposition ("key issues: Israeli strikes on
        Y"); or the subject of a copula with a topic noun for its complement ("talks between Y and Z remain a central
        item on the agenda")."""
        while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        head = noun.head
        topics = self.lex.topic_nouns
        if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in self.lex.mention_verbs:
            writings = topics | self.lex.document_nouns | self.lex.writing_nouns
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in writings for c in head.children)
        if noun.dep_ in ("appos", "dep", "attr") and head.lemma_.lower() in topics:
            return True
        return (
            noun.dep_ == "nsubj"
            and head.lemma_.lower() in self.lex.copula_verbs
            and any(c.dep_ == "attr" and c.lemma_.lower() in topics for c in head.children)
        )

    def reported_clause(self, top: Token) -> bool:
        """Whether ``top`` heads the that-clause of a claim noun (`constructions.reported_claim_nouns`: report, claim,
        allegation, rumour) with a subject of its own (rule 134c): "investigated reports that Y had bombed Z", "amid
        claims that Y shelled Z". The document reports what is claimed, not the act; the claim noun's own verb
        (investigating, citing, spreading it) does not make it a fact, unless it confirms it
        (`constructions.confirming_verbs`: "Egypt confirmed reports that Y had attacked Z" stays asserted, on
        Egypt's word)."""
        noun = top.head
        if not (
            top.dep_ in ("acl", "ccomp")
            and not is_root(top)
            and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in self.lex.reported_claim_nouns
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children)
        ):
            return False
        if noun.dep_ not in ("dobj", "obj"):
            return True
        verb = noun.head.lemma_.lower()
        # a denied or rejected claim's act is negated (rules 38, 123a), which says all its reading needs
        return verb not in self.lex.confirming_verbs | self.lex.denial_verbs | self.lex.claim_rejection_verbs

    def owed_future_clause(self, top: Token) -> bool:
        """Whether ``top`` (the head of a trigger's clause chain) is a "that" clause in the future or a modal
        (will, would, can ...) governed by a verb under an obligation modal (`demands.obligation_modals`: should,
        must, ought): "Ukraine should concede that it won't join NATO", "Georgia must accept that it will never join
        the EU" say what someone holds the party ought to accept, not what the party stated or did, so the
        clause's act is hypothetical (docs/events.md rule 72). A past act in such a clause stays as coded ("Russia
        must admit that it attacked Ukraine": the attack is told as having happened)."""
        if top.dep_ != "ccomp" or is_root(top):
            return False
        if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in top.children):
            return False
        governor = top.head
        if not any(
            c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in self.lex.obligation_modals for c in governor.children
        ):
            return False
        # only the party's own future ("Y should accept that it will ..."): in "Y should know that X will impose
        # sanctions" the clause is the speaker's stated intent, which this rule leaves alone
        owner = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        subject = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if owner is None or subject is None:
            return False
        return subject.pos_ == "PRON" or subject.lower_ == owner.lower_

    def pressed_act(self, chain: list[Token]) -> bool:
        """Whether the trigger's clause chain climbs through a to-infinitive that an object-control verb
        (`object_control_verbs`: push, press, pressure, persuade ...) presses another party, its object, to do: "France
        pushed Russia to stop its attacks on Ukraine", "Russia was pushed to end its attacks" state the pressure, not
        the act (docs/events.md rule 175). The compulsion verbs (`compulsion_verbs`: force, compel) entail the act
        and leave it asserted, as rule 67e reads "Russia was forced to withdraw"."""
        verbs = self.lex.object_control_verbs - self.lex.compulsion_verbs
        # a passive infinitive's object undergoes it and presses for no act of its own: in "ordered two submarines
        # to be positioned near Y in response to threats from Y" the threats were made
        return any(
            controlled_parties(tok, verbs) and not any(c.dep_ == "auxpass" for c in tok.children) for tok in chain
        )

    def permitted_act(self, chain: list[Token]) -> bool:
        """Whether the trigger's clause is the to-infinitive of a verb of permission (`permission_verbs`: allow,
        permit), as its object's complement ("allowed Y to attack Z") or as a clause with its own subject ("the
        treaty allows A and B to negotiate"), one clause deep at most ("allowing both sides time to negotiate",
        which the parser reads with "time" a verb): what is allowed is not thereby done (docs/events.md rule 66d).
        The permission itself stays rule 24's yielding (080) toward the party allowed."""
        top = chain[-1]
        if not is_root(top) and any(
            idiom is not None and idiom[1].i == top.i
            for idiom in (permission_idiom(top.head, self.lex), permission_idiom(top.head.head, self.lex))
        ):
            return True  # rule 437a: the act an idiom of permission lets ("gave Y the green light to strike")
        if top.dep_ not in ("xcomp", "ccomp", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in top.children
        ):
            return False
        clause = top
        for _ in range(2):
            if clause.dep_ not in ("xcomp", "ccomp", "advcl") or is_root(clause):
                return False
            if clause.head.lemma_.lower() in self.lex.permission_verbs:
                return True
            clause = clause.head
        return False

    def hoped_clause(self, top: Token) -> bool:
        """Whether ``top`` (the head of a trigger's clause chain) is the that-clause (``ccomp``, with or without
        "that") of a verb of hoping (`hope_clause_verbs`: hope, wish, pray): "Iran hopes Japan will persuade
        Washington to lift sanctions", "Kenya hopes Uganda will send troops" state a wish for another party's act,
        not the act (docs/events.md rule 114c); so is the ``acl`` with a subject of a noun of hoping, "expressed his
        wish that Y would help Z" (rule 421a). The clause chain ends at a ``ccomp``, so the attitude verb above it was
        not seen; a to-infinitive ("hopes to meet Y") was already hedged through the chain."""
        if is_root(top):
            return False
        holder = top.head
        if top.dep_ == "acl" and holder.pos_ == "NOUN":
            # rule 421a: the same wish told by the noun ("expressed his wish / hope that Y would help Z"): a finite
            # clause with its own subject on a noun of hoping
            return holder.lemma_.lower() in self.lex.hope_clause_verbs and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in top.children
            )
        if top.dep_ != "ccomp":
            return False
        return holder.pos_ in ("VERB", "AUX") and (
            holder.lemma_.lower() in self.lex.hope_clause_verbs or holder.lower_ in self.hope_forms
        )

    def wished_for_clause(self, top: Token) -> bool:
        """Whether ``top`` (the head of a trigger's clause chain) is a for-to infinitive that an attitude verb or
        noun (`hedges.verbs` / `hedges.nouns`: hope, want, wish ...) wishes for: "X hopes for a deal to be struck
        with Y" (the parser hangs "to be struck" on "deal" as a relative clause, which ends the chain below "hopes"),
        "X's hope for Y to withdraw". A wish states no act (docs/events.md rule 63b). Appeals ("called for talks
        to be held with Y", 026) are no hedge verbs and keep their reading; a clause with its own "for" mark
        (rule 62b's shape) counts only under such a verb too."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
            return False
        if top.dep_ in ("relcl", "acl") and top.head.dep_ == "pobj":
            holder = top.head.head.head if top.head.head.lower_ in self.lex.irrealis_marks else None
        elif top.dep_ in ("advcl", "ccomp", "xcomp", "acl") and any(
            c.dep_ == "mark" and c.lower_ in self.lex.irrealis_marks for c in top.children
        ):
            holder = top.head
        else:
            return False
        if holder is None:
            return False
        lemma = holder.lemma_.lower()  # the word form too: the lemmatizer gives "hopes" as "hop"
        return lemma in self.lex.hedge_verbs or lemma in self.lex.hedge_nouns or holder.lower_ in self.hedge_forms

    def conditional_modal(self, trig: Trigger) -> Token | None:
        """The possibility modal (`threat_modals`: may, might, could) of the verb heading the trigger's clause when
        that verb also carries a condition (a clause opened by `condition_marks`: if, unless): "Russia
        may cut gas supplies to Y if Kiev fails to pay" states a conditional threat (docs/events.md rule 53a);
        None without the condition ("Russia may cut gas supplies")."""
        verb = next((t for t in self.clause_chain(trig.token) if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        # the clause's first word, not its "mark" child: "if talks collapse" may come out as a ccomp whose "if" hangs
        # on the subject
        conditioned = any(
            c.dep_ in ("advcl", "ccomp") and c.left_edge.lower_ in self.lex.condition_marks for c in verb.children
        )
        modals = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in self.lex.threat_modals]
        return modals[0] if conditioned and modals else None

    def refusal_modal(self, trig: Trigger) -> Token | None:
        """The negated modal of refusal (`negators.refusal_modals`: "cannot", "can't") of the verb heading the
        trigger's clause: "Iran cannot accept the American proposal" states a refusal now (rule 166g), as "will not"
        does (rule 6); None for "could not" or a modal without its own negation."""
        verb = next((t for t in self.clause_chain(trig.token) if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or not any(c.dep_ == "neg" for c in verb.children):
            return None
        modals = [
            c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD" and c.lemma_ in self.lex.refusal_modals
        ]
        return modals[0] if modals else None

    def preparing_verb(self, trig: Trigger) -> Token | None:
        """The verb of preparing (`preparation_verbs`) above the trigger in its clause chain: "The army prepared to
        attack Kurdish positions in Y", "Russian forces are preparing to launch an offensive" (docs/events.md rule
        53b). The adjective ("Y is prepared to attack": willing, rule 6's stated intent) is not one."""
        for tok in self.clause_chain(trig.token)[1:]:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.lex.preparation_verbs:
                continue
            copula = any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in tok.children)
            return None if tok.tag_ == "VBN" and copula else tok
        return None

    def claimed(self, noun: Token) -> bool:
        """A nominal event whose responsibility is claimed or borne (`responsibility_words` under `claim_verbs`,
        or "is responsible for"): "X claimed responsibility for the bombing", "X is responsible for the killings"
        state that the act was done, and by X (docs/events.md rule 33). A denial or a negation ("denied
        responsibility for", "is not responsible for") leaves it unasserted."""
        owner = noun.head.head  # noun <- for <- responsibility / responsible
        if owner.lemma_.lower() not in self.lex.responsibility_words or owner.dep_ == "pobj":
            return False
        claim = owner.head if owner.pos_ != "ADJ" else owner
        if any(c.dep_ == "neg" for c in [*claim.children, *claim.head.children]):
            return False
        return owner.pos_ == "ADJ" or claim.lemma_.lower() in self.lex.claim_verbs

    def concurrent_with_order(self, top: Token) -> bool:
        """A bare-present adverbial clause marked "while" (`constructions.concurrent_marks`) under a verb that
        takes a to-infinitive (an order, plan or request: "I have directed my envoy to meet Putin, while Driscoll
        meets with the Ukrainians") tells what happens at the time of the infinitive's act, not yet done. A past
        or auxiliary-marked clause ("while Driscoll met ...") is left as it is."""
        if top.dep_ != "advcl" or top.tag_ not in ("VBZ", "VBP") or is_root(top):
            return False
        if not any(c.dep_ == "mark" and c.lower_ in self.lex.concurrent_marks for c in top.children):
            return False
        if any(c.dep_ in ("aux", "auxpass") for c in top.children):
            return False
        return any(
            c.dep_ == "xcomp" and c.i < top.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in top.head.children
        )

    def unrealized_conjunct(self, chain: list[Token], refined: bool = False) -> bool:
        """Whether the chain climbs from a conjunct to a to-infinitive that a wrapper whose act is not done
        governs (`constructions.unrealized_wrappers`: appeal, demand, threaten, reject): "called on Y to unite
        and mobilize against Z". The first infinitive is the wrapper's own (wrapped and coded by it); the conjunct
        would otherwise be asserted on its own. A wrapper that codes a plain conjunct (``refined``: the trigger is
        no wrapper word) by its own refinement (`constructions.conjunct_wrappers`, rule 134a: "threatened to cut ties
        and impose sanctions" 131) leaves it asserted: the event is the threat or the refusal, which was made."""
        governor = self.conjunct_governor(chain)
        wrapper = self.lex.wrap_verbs.get(governor.lemma_.lower()) if governor is not None else None
        if wrapper is None:
            return False
        if refined and governor is not None and governor.pos_ == "VERB" and wrapper.name in self.lex.conjunct_wrappers:
            return False  # coded by the wrapper's refinement instead (`conjunct_wrapper`)
        return wrapper.name in self.lex.unrealized_wrappers

    def conjunct_governor(self, chain: list[Token]) -> Token | None:
        """The wrapper verb whose to-infinitive the chain climbs to from a conjunct of it ("agreed" in "A and B agreed
        to expand trade and cooperate on energy", read from "cooperate"; rules 26, 134a), else None. The conjunct
        shares the infinitive's subject, and its modality is the wrapper's."""
        climbed = False
        for low, high in zip(chain, chain[1:], strict=False):
            if low.dep_ == "conj" and low.head.i == high.i:
                climbed = True
                continue
            if climbed and low.dep_ == "xcomp" and high.lemma_.lower() in self.lex.wrap_verbs:
                return high
        return None

    def conjunct_wrapper(self, trig: Trigger) -> Token | None:
        """Rule 134a: the wrapper verb (`constructions.conjunct_wrappers`: intent, threaten, reject) that codes a
        plain trigger conjoined with its to-infinitive by its own refinement, else None: "A and B agreed to expand
        trade and cooperate on energy" (the cooperation agreed to, 030), "threatened to cut ties and impose
        sanctions on Y" (131). A wrapper trigger in the conjunct keeps its own reading."""
        if trig.wrapper is not None:
            return None
        governor = self.conjunct_governor(self.clause_chain(trig.token))
        if governor is None or governor.pos_ != "VERB":
            return None
        wrapper = self.lex.wrap_verbs.get(governor.lemma_.lower())
        return governor if wrapper is not None and wrapper.name in self.lex.conjunct_wrappers else None

    def postponed(self, noun: Token) -> bool:
        """A nominal event put off by a postpone verb ("the summit has been postponed", "delayed the
        meeting", the headline passive "Summit Delayed"): it has not taken place. Rule 257: the headline passive
        also where the parser tags the bare participle a past tense with no object and no auxiliary ("Trump-Putin
        summit in Budapest postponed", "... delayed indefinitely"), and a participle on a verbless headline's noun
        ("Macron-Xi talks delayed over trade row"); a participle on a noun that has a verb of its own ("the talks,
        postponed last week, resumed on Monday") is left."""
        head = noun.head
        if (
            is_root(noun)
            and noun.pos_ in ("NOUN", "PROPN")
            and any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.lex.postpone_verbs
                for c in noun.children
            )
        ):
            return True
        if noun.dep_ not in self.lex.postponed_deps or head.lemma_.lower() not in self.lex.postpone_verbs:
            return False
        if noun.dep_ != "nsubj" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
            return noun.dep_ != "nsubj"
        # a past tense with a verb coordinated on it is a sentence's parse ("the talks, postponed last week, resumed")
        return head.tag_ == "VBN" or (
            head.tag_ == "VBD" and not any(c.dep_ in ("dobj", "obj", "conj") for c in head.children)
        )

    def conditional_threat(self, trig: Trigger) -> bool:
        """A stated intent with an "unless" clause (`threat_marks`) on the trigger's clause chain ("will withdraw its
        force unless ...") is a threat; whom the condition is put on is its target (rule 82b, `condition_party`). A
        cut (`conditional_threat_wrappers`) takes an "if" clause too (`condition_marks`): "would cut gas supplies to Y
        if Y did not pay" is threatened, not announced (rule 166); other acts keep "unless" only ("will send troops
        if asked" is no threat)."""
        marks = self.lex.threat_marks
        if trig.wrapper is not None and trig.wrapper.name in self.lex.conditional_threat_wrappers:
            marks = marks | self.lex.condition_marks
        return bool(condition_clauses(self.clause_chain(trig.token), marks))

    def infinitival_modifier(self, tok: Token) -> bool:
        """Whether ``tok`` (or the verb it is coordinated with) is a to-infinitive modifying a noun:
        "plans to sell", "attempts to improve", "pressure to impose": the action is not (yet) taken.
        Nouns of a taken decision ("the decision to impose sanctions") are exempt."""
        for _ in range(3):
            if tok.dep_ == "conj" and not is_root(tok) and finite_conjunct_head(tok) is None:
                tok = tok.head
                continue
            break
        if tok.dep_ != "acl" or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if tok.head.lemma_.lower() in self.lex.realis_nouns:
            return False
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
