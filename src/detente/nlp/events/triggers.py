"""Trigger matching: which words are event triggers (verbs, nouns, adjectives, verb + object phrases), what a
wrapper wraps ("refused to supply"), reported demands ("X said Y must ..."), domain refinement ("military aid")."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from detente.nlp.events.lexicon import TriggerLexicon, Wrapper, inflections
from detente.nlp.events.verb_dictionary import VerbDictionary
from detente.nlp.syntax import is_root, prep_objects, prep_objects_in, that_marked
from detente.reference.actors import STATE_ROLES, country_part, is_igo, primary_code, role_part
from detente.reference.countries import country_codes, country_names

VIOLENT_ROOTS = ("18", "19", "20")  # assault, fight, mass violence
OBJ_DEPS = {"dobj", "dative", "obj", "iobj", "attr", "oprd"}
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})  # entity types that can name a party, who acts or is acted on
# particles the parser sometimes attaches as prepositions ("forced X out of the country")
PARTICLE_PREPS = {"out", "off", "back", "down"}
# the parts of speech ``TriggerMatcher.trigger`` codes: verbs, nouns and names, adjectives
TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})
# every part of speech one of the event coder's sentence loops reads: ``TriggerMatcher.trigger`` (TRIGGER_POS),
# ``TriggerMatcher.reported_demands`` (VERB) and ``event_model.trigger_roots`` (VERB, AUX, NOUN, PROPN); the coder
# builds these tokens once per sentence (``token_scan.PosTokens``) and hands the list to all three
SCAN_POS = TRIGGER_POS | {"AUX"}
WRAPPED_DEPS = {"xcomp", "ccomp", "pcomp", "dobj", "pobj", "acomp", "advcl", "prep", "conj"}
# rule 152b: wrappers that ask another party to act (a demand, an appeal, an order): their content is the
# addressee's act, so a participle clause of the asker's own hung on them is no part of it
ASKING_WRAPPERS = frozenset({"demand", "appeal"})


# rule 135e: the tags a nominal gerund has ("Algeria's severing(NN) of ties", "the signing(NN) of a pact")
GERUND_NOUN_TAGS = frozenset({"NN", "VBG"})
GERUND_MIN_LENGTH = 6  # "ring", "king", "thing" are no gerunds; the shortest read here is "ending"
MASS_EXPULSION_SIZE = 1000  # rule 307: a numeral of people expelled from which the expulsion is a mass one


def gerund_verb(tok: Token, verbs: Collection[str]) -> str | None:
    """The verb of ``verbs`` a gerund used as a noun names (rule 135e): "severing" -> sever, "closing" -> close,
    "cutting" -> cut; None for any other word. Only the spelling rules of "-ing" (no lemmatizer: the tagger read
    the word as a noun, and the noun's lemma is the word itself)."""
    low = tok.text.lower()
    if tok.tag_ not in GERUND_NOUN_TAGS or not low.endswith("ing") or len(low) < GERUND_MIN_LENGTH:
        return None
    stem = low[: -len("ing")]
    doubled = stem[:-1] if stem[-1] == stem[-2] else ""
    return next((verb for verb in (stem, stem + "e", doubled) if verb and verb in verbs), None)


def nominal_gerund(tok: Token) -> Token | None:
    """The first "of"-object of ``tok`` when it is a gerund used as a noun phrase's head (rule 135e): a noun with a
    determiner or possessor and an "of" phrase ("the signing of a pact", "Algeria's severing of ties"); else None."""
    if tok.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") for c in tok.children):
        return None
    return next(
        (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"),
        None,
    )


def headline_present(verb: Token) -> bool:
    """Whether ``verb`` is the present-tense root of a headline (rule 149c): a line with no closing punctuation,
    whose present tells what happened ("Hungarian minister travels to Bratislava"), and no date in the verb's
    phrase, which would make it a schedule ("travels to Geneva next week")."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "ROOT":
        return False
    last = verb.sent[-1]
    if last.is_punct or last.is_quote:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


@dataclass
class Trigger:
    """A trigger word found in a sentence: its token, CAMEO code, part of speech, wrapper, and for a verb +
    object phrase ("impose sanctions") the object that made the phrase."""

    token: Token
    code: str
    kind: str  # "verb" | "noun" | "adj"
    wrapper: Wrapper | None = None
    phrase_obj: Token | None = None
    # a third party's act bringing two others together ("Qatar hosted / Egypt brokered talks between A and B"):
    # the act keeps its own code over a wrapped meeting's (rules 93, 94), whatever code the YAML gives it
    mediation: bool = False
    # a proposal taken up by an acceptance verb (rules 99a, 107b): the accepter's one-way intent toward the proposer
    accepted: bool = False


def done_response(verb: Token, lex: TriggerLexicon) -> bool:
    """Whether ``verb`` is a response or retaliation verb (`retaliation_verbs`) told as done or hedged, not stated
    (docs/events.md rule 131b): a will/would/shall modal (`intent_modals`) or a wrapper's to-infinitive ("will
    respond with sanctions", "threatened to respond with sanctions") is rule 118a's stated response, a threat coded
    on the verb, so the measure of its "with" phrase is no act of the responder's of its own."""
    if verb.lemma_.lower() not in lex.retaliation_verbs or verb.dep_ == "xcomp":
        return False
    return not any(c.dep_ == "aux" and c.lower_ in lex.intent_modals for c in verb.children)


def no_comment_object(verb: Token, lex: TriggerLexicon) -> Token | None:
    """Rule 387g: the comment a `no_comment_verbs` verb withholds ("had no comment on Y's accusations", "offered no
    comment on Y's report"): its direct object, a `no_comment_nouns` noun under the determiner "no"; else None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.no_comment_verbs:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dobj", "obj")
            and c.lemma_.lower() in lex.no_comment_nouns
            and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ),
        None,
    )


def permission_idiom(verb: Token, lex: TriggerLexicon) -> tuple[Token, Token] | None:
    """Rule 437a, an idiom of permission (`permission_idioms`: "verb [modifier ...] noun" lemmas): ``verb`` with its
    idiom noun as direct object and a to-infinitive on the verb or the noun that names the act let: (the party let
    act, that clause). The party is the clause's own subject ("cleared the way for Sweden(nsubj) to join NATO"), else
    the verb's dative ("gave Poland the green light to send tanks", "gave the green light to Kyiv to use ..."). None
    with no such clause or party ("cleared the way for elections", "gave the green light to the merger")."""
    if verb.pos_ not in ("VERB", "AUX") or not lex.permission_idioms:
        return None
    lemma = verb.lemma_.lower()
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        mods = {c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound")}
        if not any(
            words[0] == lemma and words[-1] == obj.lemma_.lower() and set(words[1:-1]) <= mods
            for words in (idiom.split() for idiom in lex.permission_idioms)
        ):
            continue
        for clause in (*verb.children, *obj.children):
            if clause.dep_ not in ("advcl", "relcl", "acl", "xcomp", "ccomp") or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in clause.children
            ):
                continue
            party = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if party is None:
                party = next(
                    (
                        g
                        for c in verb.children
                        if c.dep_ == "dative"
                        for g in ([c] if c.lower_ != "to" else [p for p in c.children if p.dep_ == "pobj"])
                    ),
                    None,
                )
            if party is not None:
                return party, clause
    return None


class TriggerMatcher:
    """Finds triggers and the triggers they wrap, by the lexicon."""

    def __init__(self, lex: TriggerLexicon) -> None:
        self.lex = lex
        # inflected forms of the wish verbs, for a lemmatizer slip ("Chile hopes to meet": lemma "hop")
        self.wish_forms = {form for verb in lex.wish_verbs for form in inflections(verb)}
        self.hope_forms = {form for verb in lex.hope_clause_verbs for form in inflections(verb)}

    def reproach(self, clause: Token) -> bool:
        """A reported clause, or a verb conjoined to it under the same subject, with an obligation modal in the
        perfect ("Y should not have expelled our envoy", "Y should have consulted its neighbours", "Y talks too much
        and should have kept quiet"): what Y did is blamed, not asked for (docs/events.md rule 32)."""
        verbs = [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        for verb in verbs:
            if verb is not clause and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue  # a conjunct with a subject of its own is another clause
            if any(c.dep_ == "auxpass" for c in verb.children):
                continue  # "Y should have been invited": Y is not the one blamed
            auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            if verb.tag_ == "VBN" and "have" in auxes and auxes & self.lex.obligation_modals:
                return True
        return False

    def stray_reproach(self, verb: Token) -> bool:
        """A subjectless verb with a perfect obligation modal that the parser conjoined to the speech verb instead
        of to its reported clause ("X remarked that Y has a \"big mouth\" and should not have made such
        statements": "made" hung on "remarked"): the reported clause's subject is blamed (rule 60b)."""
        return any(
            c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and self.reproach(c)
            for c in verb.children
        )

    def reported_demands(
        self, sent: Span, trig_at: dict[int, Trigger], tokens: list[Token] | None = None
    ) -> list[tuple[Token, Token, str]]:
        """(speech verb, clause, code) for reported obligations: "X said Y must do Z" (an obligation modal
        in the reported clause), "X demanded that Y do Z", "X reiterated its demand that Y do Z" (a demand
        word and a bare subjunctive clause). The speaker demands; what Y must do is not asserted. ``tokens``:
        the sentence's tokens or any part of them that holds its verbs (``SCAN_POS``), in order."""
        lex = self.lex
        found: list[tuple[Token, Token, str]] = []
        for verb in sent if tokens is None else tokens:
            if verb.pos_ != "VERB":
                continue  # before the lemma look-ups below: they read strings, this an int
            # "X wants Y to do Z": an appeal to Y (rule 9); Z is wanted, not done
            wishing = verb.lemma_.lower() in lex.want_verbs or (
                verb.lemma_.lower() in lex.would_want_verbs and would(verb)
            )  # "would like Y to do Z" (rule 28)
            # "issued a reminder to Y that it must ...": the message noun's that-clause is reported as a speech
            # verb's is, the issuing verb the speech (rule 87b)
            carried = [
                c
                for o in verb.children
                if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in lex.said_message_nouns
                for c in o.children
                if c.dep_ in ("acl", "ccomp") and that_marked(c)
            ]
            suggesting = verb.lemma_.lower() in lex.suggestion_verbs  # "suggested that Y should ..." (rule 110b)
            # "X hopes (that) Y will do Z": X's appeal to Y, as "X wants Y to do Z" is (rule 114d); the word form
            # too, the lemmatizer gives "hopes" as "hop"
            hoping = verb.lemma_.lower() in lex.hope_clause_verbs or verb.lower_ in self.hope_forms
            wishing = wishing or hoping
            if verb.lemma_.lower() not in lex.speech_verbs and not wishing and not carried and not suggesting:
                continue
            demandish = (
                wishing
                or verb.lemma_.lower() in lex.demand_words
                or any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.demand_words for c in verb.children)
            )
            for clause in [*verb.children, *carried]:
                # "pushing hard for the US (to) support its plan": a "for" clause of a demand word (the parser
                # makes it an adverbial clause) is what is demanded, like a that-clause
                pushed = (
                    demandish
                    and clause.dep_ == "advcl"
                    and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
                )
                if (clause.dep_ != "ccomp" and not pushed and clause not in carried) or clause.pos_ not in (
                    "VERB",
                    "AUX",
                ):
                    continue
                auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
                if hoping and not any(a.tag_ == "MD" and a.lower_ in lex.hope_clause_modals for a in auxes):
                    continue  # "hopes Y will / would / can ...": a future act hoped for; "hopes Y won" is none
                if hoping and any(c.dep_ == "neg" for c in clause.children):
                    continue  # "hopes Y will not attack": left to the main rules
                if wishing and not hoping and not any(a.lower_ == "to" for a in auxes):
                    continue
                if not wishing and (self.reproach(clause) or self.stray_reproach(verb)):
                    # "X said Y should not have expelled our envoy": a reproach for a past act (111, rule 32)
                    found.append((verb, clause, lex.reproach_code))
                    continue
                modal = any(a.lower_ in lex.obligation_modals for a in auxes)
                # "told Koizumi that Japan needs to enact reforms": the need is asked for, an appeal
                needed = (
                    clause.lemma_.lower() in lex.need_verbs
                    and not wishing
                    and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in clause.children)
                )
                if needed:
                    inner_need = next((c for c in clause.children if c.dep_ == "xcomp"), None)
                    inner = trig_at.get(inner_need.i) if inner_need is not None else None
                    if lex.appeal is not None and not any(c.dep_ == "neg" for c in clause.children):
                        code = lex.appeal.refined(inner.code) if inner else lex.appeal.code
                        found.append((verb, clause, code))
                    continue
                subjunctive = demandish and clause.tag_ in ("VB", "VBP") and not [a for a in auxes if a.lower_ != "to"]
                if not (modal or subjunctive or hoping):
                    continue
                if any(c.dep_ == "neg" for c in clause.children):
                    continue  # "Y must not ..." is a demand to refrain: left to the main rules
                inner = trig_at.get(clause.i)
                if inner is None:
                    inner = next((trig_at[c.i] for c in clause.children if c.dep_ in OBJ_DEPS and c.i in trig_at), None)
                # "requested/urged/asked that Y do Z", "renewed its call that ...": an appeal (02x), as the
                # wrapper verbs are; only demand words ("demanded", "insisted") and obligations are demands
                appealing = wishing or suggesting or self.appeal_word(verb)
                asking = lex.appeal if appealing else lex.demand
                code = "020" if appealing else "100"
                if inner is not None and inner.wrapper is not None and inner.wrapper.name == "reduce":
                    # "Y must end attacks on Z": the halt read as it codes on its own (087, rule 76d), so the demand
                    # is to de-escalate; a halt of nothing coded ("the repression must end") asks for no act of
                    # the lexicon's (rule 84a: "end" is a reduce verb)
                    inner = self.reduction_read(inner, trig_at) if self.wrapped(inner, trig_at) is not None else None
                if inner is not None and asking is not None:
                    code = asking.refined(inner.code)
                    if (
                        asking.name in lex.asked_truce_wrappers
                        and inner.code[:2] in lex.asked_truce_roots
                        and self.truce_object(clause)
                    ):
                        # "demanded that Y agree to / accept a ceasefire": the truce asked for, 107 (rule 213e)
                        code = asking.refined(lex.truce_code)
                found.append((verb, clause, code))
        return found

    def truce_object(self, verb: Token) -> bool:
        """Whether ``verb``'s direct object or the object of its "to" is a truce noun (`truce_nouns`): "accept a
        ceasefire", "agree to an immediate truce" (rule 213e)."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"
        ]
        return any(o.lemma_.lower() in self.lex.truce_nouns for o in objects)

    def ruled_out_acts(
        self, sent: Span, trig_at: dict[int, Trigger], tokens: list[Token] | None = None
    ) -> list[tuple[Token, Token, str]]:
        """(speech verb, clause, code) for an act a reported clause calls excluded (docs/events.md rule 87d): a
        copula in the `ccomp` of a speech or report verb whose phrase is a `ruled_out_predicates` predicate ("X said
        lifting the sanctions on Y is out of the question", "... talks with Y were off the table"): the speaker's
        rejection (``reject`` refined by the act its subject names, as "refused to lift the sanctions" is)."""
        lex = self.lex
        found: list[tuple[Token, Token, str]] = []
        if lex.reject is None:
            return found
        for verb in sent if tokens is None else tokens:
            if verb.pos_ != "VERB" or (
                verb.lemma_.lower() not in lex.speech_verbs and verb.lemma_.lower() not in lex.report_verbs
            ):
                continue
            for clause in verb.children:
                if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be":
                    continue
                if any(c.dep_ == "neg" for c in clause.children):
                    continue  # "is not out of the question": still possible, no rejection
                predicate = any(
                    c.dep_ == "prep" and " ".join(t.lower_ for t in c.subtree) in lex.ruled_out_predicates
                    for c in clause.children
                )
                subject = next((c for c in clause.children if c.dep_ in ("nsubj", "csubj")), None)
                if not predicate or subject is None:
                    continue
                inner = trig_at.get(subject.i)
                found.append((verb, clause, lex.reject.refined(inner.code) if inner else lex.reject.code))
        return found

    def reported_claims(
        self, sent: Span, trig_at: dict[int, Trigger], tokens: list[Token] | None = None
    ) -> list[tuple[Token, Token, str]]:
        """(speech verb, clause, code) for a reported accusation or denial (docs/events.md rule 60b/c): in a
        that-clause of a `report_verbs` verb, a copula naming its subject the culprit ("X said Y was behind the
        attack", "Y was responsible for the blast": 112), a hedged claim of a past act of conflict or a culpable
        act ("X suggested Y leaked the plan": 112), or a claim noun called false ("X said such claims were
        incorrect": 016, a denial). Whom the code is aimed at the caller finds: the clause's subject for 112, the
        claim's owner for 016."""
        lex = self.lex
        found: list[tuple[Token, Token, str]] = []
        for verb in sent if tokens is None else tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.report_verbs:
                continue
            reported = [c for c in verb.children if c.dep_ == "ccomp"]
            # "X told a news conference that Y was lying": the parser hung the that-clause on the addressee as a
            # relative clause; one with "that" as its mark and a subject of its own is the verb's complement
            # (rule 151b)
            reported += [
                r
                for o in verb.children
                if o.dep_ in ("dobj", "dative")
                for r in o.children
                if r.dep_ == "relcl" and that_marked(r) and any(g.dep_ in ("nsubj", "nsubjpass") for g in r.children)
            ]
            # "X said Y ..., but such claims are false": a clause with its own subject conjoined to the reported one
            reported += [
                c
                for r in list(reported)
                for c in r.children
                if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ]
            for clause in reported:
                if clause.pos_ not in ("VERB", "AUX"):
                    continue
                if any(c.dep_ == "neg" for c in clause.children):
                    continue  # "Y was not behind it", "the claims are not false": no accusation, no denial
                auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
                if auxes & {"will", "would", "'ll"} and self.consequence_forecast(clause):
                    # '"Y will pay a heavy price," X said': a consequence foretold for a party is a threat (rule 200)
                    found.append((verb, clause, lex.consequence_threat_code))
                    continue
                if auxes & (lex.obligation_modals | {"may", "might", "could", "would", "will", "can"}):
                    continue  # a possibility or a demand is no claim of what is
                if self.denial(clause):
                    found.append((verb, clause, lex.false_claim_code))
                elif self.culprit(clause, trig_at) or (
                    verb.lemma_.lower() in lex.hedged_claim_verbs and self.past_culpable_act(clause, trig_at)
                ):
                    found.append((verb, clause, lex.accusation_code))
        return found

    def denial(self, clause: Token) -> bool:
        """A copula whose subject is a claim noun and whose complement a word of falsity ("such claims are
        false", "the reports were a fabrication")."""
        lex = self.lex
        if clause.lemma_.lower() != "be":
            return False
        subject = any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.claim_nouns for c in clause.children)
        false = any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lex.falsity_words for c in clause.children)
        return subject and false

    def consequence_forecast(self, clause: Token) -> bool:
        """A reported clause saying that its subject, a party, will suffer an unnamed consequence ("Y will pay a
        heavy price", "Y will face consequences", "Y will bear responsibility": `consequence_predicates`, rule
        112b's list) said by a plain speech verb: the speaker's threat to the subject (rule 200)."""
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return False
        return consequence_predicate(clause, self.lex.consequence_predicates)

    def culprit(self, clause: Token, trig_at: dict[int, Trigger]) -> bool:
        """A copula naming its subject the culprit: "Y was behind the attack" (any object), "Y was responsible
        for / to blame for / guilty of the attack / the blast" (a coded act or an incident noun), or a verb of
        deceit with a subject ("Y is lying", `claims.deceit_verbs`, rule 151b)."""
        lex = self.lex
        if not any(c.dep_ == "nsubj" for c in clause.children):
            return False
        if clause.pos_ == "VERB" and clause.lemma_.lower() in lex.deceit_verbs:
            return True  # "(X said) Y is lying / lied / deceived the world": an accusation of deceit (rule 151b)
        if clause.pos_ == "VERB" and clause.lemma_.lower() in lex.pact_violation_verbs:
            # "(X said) Y violated / has violated / is violating the ceasefire": an accusation (rule 218a)
            return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.pact_nouns for c in clause.children)
        if clause.lemma_.lower() != "be":
            return False
        for child in clause.children:
            if (
                child.dep_ == "attr"
                and child.lemma_.lower() in lex.menace_nouns
                and not any(d.lower_ in ("no", "not") for d in child.children)
            ):
                return True  # "(X said) Y is a threat to the region": Y denounced as a menace (rule 200)
            if child.dep_ == "prep" and child.lower_ in lex.culprit_preps:
                if any(g.dep_ == "pobj" for g in child.children):
                    return True
            if child.dep_ in ("acomp", "xcomp", "attr") and child.lemma_.lower() in lex.culprit_words:
                objects = [g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
                if any(o.i in trig_at or o.lemma_.lower() in lex.incident_nouns for o in objects):
                    return True
        return False

    def attributes_act(self, verb: Token) -> bool:
        """Rule 232: whether a verb of attribution ("attributed / ascribed the cyberattack to Y") has for its object,
        or its passive's subject, a coded act noun or an `incident_nouns` word: what it gives Y is a deed, and the
        verb accuses Y (112); "attributed the rise in prices to the war" names no culprit."""
        lex = self.lex
        return any(
            c.dep_ in ("dobj", "obj", "nsubjpass")
            and (c.lemma_.lower() in lex.nouns or c.lemma_.lower() in lex.incident_nouns)
            for c in verb.children
        )

    def past_culpable_act(self, clause: Token, trig_at: dict[int, Trigger]) -> bool:
        """A finite past clause (no modal) of an act of conflict (a coded root 11-20) or a culpable verb:
        "(suggested that) Y leaked the plan / attacked the ship"."""
        if not any(c.dep_ == "nsubj" for c in clause.children):
            return False
        auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        past = clause.tag_ == "VBD" or (clause.tag_ == "VBN" and bool(auxes & {"had", "has", "have"}))
        if not past:
            return False
        trig = trig_at.get(clause.i)
        conflict = trig is not None and "11" <= trig.code[:2] <= "20"
        return conflict or clause.lemma_.lower() in self.lex.culpable_verbs

    def fallback(self, tok: Token, dictionary: VerbDictionary, known: set[str]) -> Trigger | None:
        """A verb our lexicon does not know (``known``: :meth:`TriggerLexicon.verb_words`) typed by the fallback
        verb dictionary; None for any other word, a verb with no matching row, or a null row ("impose taxes")."""
        if tok.pos_ != "VERB" or tok.ent_type_ in ("DATE", "TIME"):
            return None
        if tok.lemma_.lower() in known:
            return None
        code, phrase_obj = dictionary.match(tok, self.object_heads) or (None, None)
        if code is None:
            return None
        return Trigger(tok, code, "verb", phrase_obj=phrase_obj)

    def governs_trigger(self, tok: Token, trig_at: dict[int, Trigger]) -> bool:
        """Whether a trigger is what the verb ``tok`` acts on or wraps: its object or clausal complement
        ("began an invasion", "moved to sanction"), not a phrase of reason or place ("for the raid")."""
        return any(
            self.inner_at(child, trig_at, depth=0) is not None
            for child in tok.children
            if child.dep_ in OBJ_DEPS or child.dep_ in ("xcomp", "ccomp")
        )

    def appeal_word(self, verb: Token) -> bool:
        """Whether a reported demand's speech verb, or the demand noun it governs, is an appeal word (the
        `appeal` wrapper's verbs and nouns: request, urge, ask, call, appeal, ...), not a demand word."""
        lex = self.lex
        wrapper = lex.wrap_verbs.get(verb.lemma_.lower())
        if wrapper is not None and wrapper.name == "appeal":
            return True
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.demand_words]
        return any(lex.wrap_nouns.get(n.lemma_.lower()) is lex.appeal for n in nouns) and lex.appeal is not None

    def other_sense(self, tok: Token, lemma: str) -> bool:
        """Whether a trigger verb is used in a sense that is no interstate act (rule 114).

        114a: a hosting verb whose object (or passive subject) is a programme noun (`hosted_show_nouns`):
        "hosted a TV show about China" presents a show; it receives no visitor (043). Rule 205: nor does one whose
        object (through a quantity's "of") is a community, troops, a base, a tournament or a headquarters
        (`hosted_nonvisit_nouns`): "Poland hosts a large Ukrainian community", "hosted the World Cup".
        114b: a verb of asking (`question_verbs`) with a `question_preps` phrase ("asked about his health") and
        no addressee, clause, infinitive or "for" phrase of its own asks a question; it makes no appeal (020).
        "asked Y about Z", "asked for help", "asked that Y ..." are untouched.
        Rule 401: a `player_signing_verbs` verb whose object is a `player_nouns` noun ("Real Madrid signed a
        Brazilian striker") signs a player, not an agreement (057); a `tourist_receiving_verbs` verb whose object is a
        `tourist_nouns` noun ("welcomed a record number of tourists", "hosted millions of Chinese tourists") receives
        no party's visitor (043) and praises no one (051)."""
        lex = self.lex
        children = list(tok.children)
        if self.pressed_act(tok, lemma) is not None:
            return True  # rule 431d: "pressed their offensive": the fighting noun codes itself, no appeal
        if lemma in lex.seized_chance_verbs and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in children):
            if any(c.dep_ == "prep" and c.lower_ in lex.seized_chance_preps for c in children):
                return True  # rule 431d: "seized on the remarks" seizes a chance, no property (171)
        # rule 401: a player signed (a sport transfer) or tourists hosted or welcomed (no party's visitors)
        for verbs, nouns in (
            (lex.player_signing_verbs, lex.player_nouns),
            (lex.tourist_receiving_verbs, lex.tourist_nouns),
        ):
            if lemma in verbs and any(
                h.lemma_.lower() in nouns or h.lower_ in nouns
                for c in children
                if c.dep_ in ("dobj", "obj", "nsubjpass")
                for h in self.object_heads(c)
            ):
                return True
        if lemma in lex.hosting_verbs:
            if any(
                c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in lex.hosted_show_nouns for c in children
            ):
                return True
            # rule 205: a community, troops or a base, a tournament, a headquarters hosted is no visitor; peacekeeping
            # troops received keep rule 190b's 0861
            return any(
                (h.lemma_.lower() in lex.hosted_nonvisit_nouns or h.lower_ in lex.hosted_nonvisit_nouns)
                and not any(m.lower_ in lex.peacekeeping_modifiers for m in h.children)
                for c in children
                if c.dep_ in ("dobj", "obj", "nsubjpass")
                for h in self.object_heads(c)
            )
        if lemma in lex.question_verbs:
            asks_about = any(c.dep_ == "prep" and c.lower_ in lex.question_preps for c in children)
            other = any(
                c.dep_ in ("dobj", "obj", "dative", "ccomp", "xcomp", "nsubjpass", "iobj")
                or (c.dep_ == "prep" and c.lower_ not in lex.question_preps and c.lower_ in ("for", "to"))
                for c in children
            )
            return asks_about and not other
        return False

    def pressed_act(self, verb: Token, lemma: str) -> Token | None:
        """Rule 431d: the violent act noun a verb of urging (`pressed_act_verbs`) keeps going, its direct object or the
        object of a "with" phrase on the verb or on its particle / adverb ("pressed their offensive on Pokrovsk",
        "pressed on with the assault", "pushed ahead with its offensive"): a trigger noun of `pressed_act_roots`. None
        when the verb has an addressee's clause (an infinitive or a clause: "pressed Y to halt its offensive"), a
        "for" phrase, or no such noun."""
        lex = self.lex
        if lemma not in lex.pressed_act_verbs:
            return None
        kids = list(verb.children)
        if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
            return None
        holders = [verb, *(c for c in kids if c.dep_ in ("prt", "advmod"))]
        nouns = [c for c in kids if c.dep_ in ("dobj", "obj")] + [
            p
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        for noun in nouns:
            # rule 437c: or the code its modifier names ("pressed its military campaign", `noun_compounds`)
            code = lex.nouns.get(noun.lemma_.lower(), "") or self.compound_noun(noun) or ""
            if code[:2] in lex.pressed_act_roots:
                return noun
        return None

    def defeat_sense(self, verb: Token) -> tuple[str, Token] | None:
        """The sense of a verb of defeating or crushing (`defeat_verbs`) by its object (direct object, or the
        passive subject) (docs/events.md rule 156): (`defeat_force_code`, the object) for an armed force or an attack
        ("defeated Russian troops", "routed a rebel offensive"), (`defeat_dissent_code`, the object) for protesters,
        protests or dissent ("crushed the protests": repression), ("", the object) for a measure voted down or a
        rival at the polls ("defeated the resolution": a vote is no attack, so no event); None for any other object
        or none, which leaves the verb to the lexicon ("repelled" alone stays 190, "crushed the economy" nothing)."""
        lex = self.lex
        for child in verb.children:
            if child.dep_ not in ("dobj", "obj", "nsubjpass"):
                continue
            for obj in self.object_heads(child):
                head = obj.lemma_.lower()
                if head in lex.defeat_force_objects:
                    return lex.defeat_force_code, obj
                if head in lex.defeat_dissent_objects:
                    return lex.defeat_dissent_code, obj
                if head in lex.defeat_vote_objects:
                    return "", obj
        return None

    def doer_sense(self, verb: Token, lemma: str) -> Trigger | None:
        """An act of force read by its doer and its object (docs/events.md rule 195): a beating by the police or
        security forces (`repression_doers`) of protesters (`repression_objects`) is violent repression
        (`repression_code`, 175), an attack by gunmen or militants (`civilian_attack_doers`) on civilians or a
        civilian place (`civilian_attack_objects`) unconventional violence (`civilian_attack_code`, 180). The object
        is the direct object or the passive subject, the doer the subject or the passive's "by" phrase; None
        otherwise, which leaves the verb to the lexicon ("a mob beat two policemen" 182, "militants attacked an
        army base" 190). A search by the police, detectives or prosecutors (`search_doers`) of a home or an office
        (`search_objects`) is a criminal investigation (`search_code`, 091; rule 245d). A shot fired by a soldier,
        guard or rebel (`small_arms_doers`) is small-arms fighting, whatever its object (`small_arms_shot`, 330)."""
        lex = self.lex
        if lemma in lex.search_verbs:
            doers, objects, code = lex.search_doers, lex.search_objects, lex.search_code
        elif lemma in lex.repression_verbs:
            doers, objects, code = lex.repression_doers, lex.repression_objects, lex.repression_code
        elif lemma in lex.civilian_attack_verbs:
            doers, objects, code = lex.civilian_attack_doers, lex.civilian_attack_objects, lex.civilian_attack_code
        elif lemma in lex.small_arms_verbs:
            doers, objects, code = lex.small_arms_doers, set(), lex.small_arms_code
        else:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        subjects += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if not any(s.lemma_.lower() in doers for s in subjects):
            return None
        if lemma in lex.small_arms_verbs:
            return self.small_arms_shot(verb, lemma, code)
        for child in verb.children:
            if child.dep_ not in ("dobj", "obj", "nsubjpass"):
                continue
            for obj in self.object_heads(child):
                if obj.lemma_.lower() in objects:
                    return Trigger(verb, code, "verb", phrase_obj=obj)
        return None

    def small_arms_shot(self, verb: Token, lemma: str, code: str) -> Trigger | None:
        """A verb of shooting whose doer is an armed force (`small_arms_doers`, checked by `doer_sense`) as small-arms
        fighting (`small_arms_code`, 193; docs/events.md rule 330), unless a particle or an object makes a phrase of
        the verb, which keeps the phrase ("troops shot down a drone" 190, "rebels shot a missile")."""
        lex = self.lex
        if any((lemma, p) in lex.phrases for p in phrasal_particles(verb)):
            return None
        for child in verb.children:
            if child.dep_ not in ("dobj", "obj", "nsubjpass", "prt"):
                continue
            if child.dep_ == "prt" or any(
                (lemma, o) in lex.phrases for obj in self.object_heads(child) for o in self.phrase_objects(obj)
            ):
                return None
        return Trigger(verb, code, "verb")

    def trigger(self, tok: Token) -> Trigger | None:
        """The trigger ``tok`` is (:meth:`word_trigger`), a giving or carrying verb's aid read as trade when a
        commercial frame names the goods' terms (rule 364, :meth:`commercial_goods`)."""
        found = self.word_trigger(tok)
        if found is not None and found.kind == "verb" and found.token.i == tok.i and found.wrapper is None:
            return self.commercial_goods(tok, found)
        return found

    def commercial_goods(self, verb: Token, found: Trigger) -> Trigger:
        """Goods given or carried under a commercial frame are trade, not aid (rule 364): a `gift_verbs` or
        `conveyance_verbs` verb whose trigger is aid by the goods' class (`backing_code` 070, relief 073, arms 072)
        and that :meth:`commercial_frame` frames codes economic cooperation (`commercial_goods_code`, 061) or, for
        arms, a sale (`arms_sale_code`, 062): "delivered wheat to Egypt under a commercial contract" 061, "shipped
        tanks to Poland under an arms contract" 062. Anything else is ``found`` as it is."""
        lex = self.lex
        if found.code not in (lex.backing_code, lex.relief_goods_code, lex.arms_goods_code):
            return found
        lemma = lex.lemma_fixes.get(verb.lower_, verb.lemma_.lower())
        if (lemma not in lex.gift_verbs and lemma not in lex.conveyance_verbs) or not self.commercial_frame(verb):
            return found
        code = lex.arms_sale_code if found.code == lex.arms_goods_code else lex.commercial_goods_code
        return replace(found, code=code)

    def commercial_frame(self, verb: Token) -> bool:
        """Whether a `commercial_frame_preps` phrase of ``verb``, hung on the verb or on a noun below it (the parser
        hangs "under a supply deal" on the object or on the recipient too), names a commercial contract (rule 364):
        a `commercial_contract_nouns` noun ("under an export contract") or a `commercial_frame_nouns` noun with a
        `commercial_frame_modifiers` word ("under a supply deal", "on commercial terms", "at market prices")."""
        lex = self.lex
        for prep in verb.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in lex.commercial_frame_preps:
                continue
            head = prep.head
            while head.i != verb.i and head.pos_ in ("NOUN", "PROPN", "NUM", "ADP"):
                head = head.head
            if head.i != verb.i:
                continue  # the phrase of another verb or clause below this one
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                noun = obj.lemma_.lower()
                if noun in lex.commercial_contract_nouns:
                    return True
                if noun in lex.commercial_frame_nouns and any(
                    m.dep_ in ("amod", "compound", "nmod") and m.lemma_.lower() in lex.commercial_frame_modifiers
                    for m in obj.children
                ):
                    return True
        return False

    def word_trigger(self, tok: Token) -> Trigger | None:
        """The trigger ``tok`` is by its word, its phrase and its construction (before rule 364's refinement)."""
        pos = tok.pos_
        if pos not in TRIGGER_POS:
            return None  # every branch below needs one of these (this runs on every token of a sentence)
        lemma = self.lex.lemma_fixes.get(tok.lower_, tok.lemma_.lower())
        lex = self.lex
        if tok.ent_type_ in ("DATE", "TIME"):
            return None  # "in March 2025": a month, not a protest march
        if pos == "NOUN" and self.tariff_kin(tok, lemma):
            lemma = min(lex.tariff_kin_readings)  # "a levy on Spanish tomatoes" as "a tariff" (163, rule 411a)
        if tok.lower_ in lex.concern_adjs and concern_predicate(tok):
            return Trigger(tok, lex.concern_code, "adj")  # "US deeply concerned over Y's build-up" (rule 108d)
        particle = particle_read_as_quantifier(tok, lemma, lex.phrases)
        if particle is not None:
            # "hand over 30 vehicles to Y": "over" read as "more than" (rule 42)
            return Trigger(tok, lex.phrases[(lemma, particle.lower_)], "verb", phrase_obj=particle)
        if pos == "VERB" and tok.dep_ in ("dobj", "obj", "nsubjpass") and lemma in lex.exercise_nouns:
            return self.force_posture(tok, lemma)  # "conducted military drills off Japan" (drills tagged VBZ)
        if pos == "VERB" and lemma in lex.deadline_verbs and self.deadline_given(tok):
            # "gave Y 48 hours to withdraw": an ultimatum (139, rule 148), not a transfer (070); the demanded act is
            # wrapped, not asserted
            return Trigger(tok, lex.ultimatum_code, "verb", Wrapper("demand", lex.ultimatum_code, {}))
        if pos == "VERB" and lemma in lex.deadline_set_verbs and self.deadline_parties(tok):
            # "set a deadline for Kyiv to accept the plan": an ultimatum toward the party that must act (rule 248a)
            return Trigger(tok, lex.ultimatum_code, "verb", Wrapper("demand", lex.ultimatum_code, {}))
        if pos == "VERB" and lemma in lex.walkout_verbs:
            walkout = self.walkout(tok)
            if walkout is not None:
                return walkout
        if pos in ("VERB", "AUX") and pos != "AUX":
            back = self.strike_back(tok, lemma)
            if back is not None:
                # "hit back at Y with tariffs": the means names the act, none named no act (rule 124b)
                return Trigger(tok, back[1], "verb", phrase_obj=back[0]) if back[1] else None
            rally = self.opposition_rally(tok, lemma)
            if rally is not None:
                return rally  # "rallied its partners against Y's plan": opposition rallied (113, rule 149a)
            stand = self.measure_vote(tok, lemma)
            if stand is not None:
                return stand  # "voted against the UN resolution": a stand on a body's measure (rule 211a)
            pledged = self.pledged_defence(tok, lemma)
            if pledged is not None:
                return pledged  # "pledged to defend Taiwan": military protection promised (074, wrapped 0334; 275a)
            shut = self.pipeline_shut(tok, lemma)
            if shut is not None:
                return shut  # "shut the Nord Stream pipeline to Germany": the supplies cut (163, rule 275c)
            if self.other_sense(tok, lemma):
                return None  # "hosted a TV show about China", "asked about his health" (rule 114)
            if lemma in lex.defeat_verbs or any(f"{lemma} {p}" in lex.defeat_phrasals for p in phrasal_particles(tok)):
                sense = self.defeat_sense(tok)
                if sense is not None:
                    # "defeated Russian troops" 190, "crushed the protests" 175, "defeated the resolution" no event
                    return Trigger(tok, sense[0], "verb", phrase_obj=sense[1]) if sense[0] else None
            sensed = self.doer_sense(tok, lemma)
            if sensed is not None:
                return sensed  # "police beat protesters" 175, "gunmen attacked a mosque" 180 (rule 195)
            if self.measure_response(tok):
                return None  # "retaliated against Y with a ban on its imports": the ban codes the act (rule 131b)
            halted = self.admission_halted(tok, lemma)
            if halted is not None:
                # "halted the entry of aid into Gaza": passage held back, 144 / a state's blockade 191 (rule 267)
                return halted
            stopped = self.blocked_aid(tok, lemma)
            if stopped is not None:
                return stopped  # "blocked new military aid to Y": the aid stopped (1622), no blockade (rule 442b)
            ended = self.reduce_phrasal(tok, lemma)
            if ended is not None:
                return ended  # "tore up its defence agreements with Y", "called off talks with Y" (rule 161)
            # for a transfer verb whose particle names only the handing (`object_first_verbs`), the particle is
            # read after the objects (stable order otherwise): "handed over the suspect to Y" is "hand suspect"
            # (063), not "hand over" (070); "called off their strike" keeps its particle first (rule 150c)
            budgeted = self.budgeted_money(tok, lemma)
            if budgeted is not None:
                return budgeted  # "approved $60 billion for Y", "set aside 500 million pounds for Y" (rule 409b)
            if any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in lex.phrasal_gift_verbs for c in tok.children):
                handed = self.classed_gift(tok)
                if handed is not None:
                    return handed  # "handed over missiles to Y" 072, "turned over patrol boats to Y" (rule 168)
            object_first = lemma in lex.object_first_verbs
            # rule 390: the noun a relative clause or a reduced relative hangs on is the verb's object where the
            # clause has none of its own, or only a relative word ("the sanctions that the EU imposed on Iran")
            antecedent = self.antecedent_object(tok)
            for child in [*sorted(tok.children, key=lambda c: object_first and c.dep_ == "prt"), *antecedent]:
                if (
                    child.dep_ in ("dobj", "nsubjpass", "prt", "obj")
                    or passive_particle(tok, child)
                    or child in antecedent
                ):
                    for obj in self.object_heads(self.relative_antecedent(tok, child)):
                        head = obj.lemma_.lower()
                        if self.peace_deployment(tok, lemma, obj):
                            # "send troops to Y after a ceasefire": peacekeeping (074), not a show of force (rule 255c)
                            return Trigger(tok, lex.protection_code, "verb", phrase_obj=obj)
                        truce = self.truce_compound(lemma, obj)
                        if truce is not None:
                            return truce  # "renewed a ceasefire pact with Y": "renew ceasefire" 0871 (rule 187)
                        compound = self.compound_noun(obj)
                        if compound is not None and lemma in lex.discharge_verbs and (lemma, head) in lex.phrases:
                            # a verb that only fires it: the compound names the act, as the phrase would have
                            # ("fired water cannon at Y" 175, not "fire cannon" 194, rule 173)
                            return Trigger(tok, compound, "verb", phrase_obj=obj)
                        measure = self.measure_compound_phrase(lemma, head, compound or self.trade_measure(obj, head))
                        if measure is not None:
                            # "eased export controls on Y" 085 as "eased sanctions" (rule 202), "eased its ban on
                            # seafood imports" as "eased its import ban" (rule 317)
                            return Trigger(tok, measure, "verb", phrase_obj=obj)
                        if (
                            compound is not None
                            and (head in lex.nouns or (lemma, head) not in lex.phrases)
                            and not self.phrase_over_refined_head(lemma, head, compound)
                        ):
                            # "staged a hunger strike": the compound noun names the event (142), not the phrase of
                            # the head's own trigger sense ("stage strike" 143); a head that is no trigger alone keeps
                            # the phrase written for it ("lifted its export controls" 085, rule 137c)
                            continue
                        if lemma in lex.place_name_verbs and child.dep_ in ("dobj", "obj") and self.named_place(obj):
                            return Trigger(tok, lex.place_name_code, "verb", phrase_obj=obj)  # rule 238a
                        if obj.pos_ == "ADJ" and child.dep_ in ("dobj", "obj"):
                            continue  # "fishermen, held captive in Y": an object predicate read as the object (rule 38)
                        code = (
                            next(
                                (
                                    lex.phrases[(lemma, o)]
                                    for o in self.phrase_objects(obj)
                                    if (lemma, o) in lex.phrases
                                ),
                                None,
                            )
                            or self.cargo_phrase(lemma, obj)
                            or self.arms_sale(lemma, obj)
                        )
                        if code and self.force_posture(obj, obj.lemma_.lower()) is not None:
                            continue  # "held exercises near Finland": the exercise noun codes a show of force
                        if code and lemma in lex.light_verbs and any(c.lower_ == "in" for c in tok.children):
                            continue  # "engaged the rebels in talks": the "in" phrase names the act (rule 35)
                        if (
                            code
                            and lex.wrap_verbs.get(lemma) is lex.intent
                            and obj.lemma_.lower() in lex.judged_plan_nouns
                            and any(to_infinitive_modifier(c) for c in obj.children)
                        ):
                            # "agreed a plan to hold talks": an intent verb's plan with an infinitive is read through
                            # the planned act, not as a plan agreed (178b); "supports Y's plan to ..." keeps its 051
                            continue
                        if code == lex.aid_easing_code and self.aid_restricted(obj):
                            return Trigger(tok, lex.aid_allowed_code, "verb", phrase_obj=obj)  # rule 270b
                        eased = self.ban_eased_code(obj) if code == lex.freedom_easing_code else ""
                        if eased and head in lex.freedom_ban_nouns:
                            # "lifted the ban on opposition parties" 0812, "on opposition rallies" 0811 (rule 341)
                            return Trigger(tok, eased, "verb", phrase_obj=obj)
                        freedom = self.freedom_code(code or "") if head in lex.freedom_restriction_nouns else ""
                        if freedom and self.freedom_restricted(obj) is not None:
                            # "eased restrictions on the press" 0811, "imposed" 1721 (rule 336)
                            return Trigger(tok, freedom, "verb", phrase_obj=obj)
                        if code:
                            return Trigger(tok, code, "verb", phrase_obj=obj)
                if child in antecedent:
                    continue
                street = (
                    self.street_protest(tok, lemma, child)
                    or self.court_referral(tok, lemma, child)
                    or self.official_complaint(tok, lemma, child)
                )
                if street is not None:
                    return street
                role = self.role_phrase(tok, lemma, child)
                if role is not None:
                    return role
                if self.rallied_on_behalf(lemma, child):
                    # "lobbied on behalf of Zimbabwe", "campaigned for Y's bid": support rallied for Y (rule 192i)
                    return Trigger(tok, lex.behalf_code, "verb")
                defended = self.spoke_in_defence(lemma, child)
                if defended is not None:
                    # "spoke out in defence of North Korea's missile programme": a verbal defence (rule 192j)
                    return Trigger(tok, lex.defence_speech_code, "verb", phrase_obj=defended)
                if self.welcomed_to_place(tok, lemma, child):
                    # "Meloni welcomed Milei to Rome": a visitor welcomed to the host's place is hosted (rule 192h)
                    return Trigger(tok, lex.welcome_host_code, "verb")
                if child.dep_ == "prep" and child.lower_ in PARTICLE_PREPS and (lemma, child.lower_) in lex.phrases:
                    # "forced the agency out of the country": the particle of "force out" parsed as "out of"
                    return Trigger(tok, lex.phrases[(lemma, child.lower_)], "verb", phrase_obj=child)
                if (
                    child.dep_ == "xcomp"
                    and (lemma, child.lemma_.lower()) in lex.phrases
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
                ):
                    # "declined to comment on Y": a verb with a to-infinitive the phrase table names (rule 102c)
                    return Trigger(tok, lex.phrases[(lemma, child.lemma_.lower())], "verb", phrase_obj=child)
            preposed = preposed_predicate(tok)
            if preposed is not None and (lemma, preposed.lemma_.lower()) in lex.phrases:
                # "let free the activists", "set free three fishermen": the predicate before the object (rule 41)
                return Trigger(tok, lex.phrases[(lemma, preposed.lemma_.lower())], "verb", phrase_obj=preposed)
            small = small_clause_predicate(tok)
            if small is not None and (lemma, small.lemma_.lower()) in lex.phrases:
                # "found Y guilty of torture" parsed as a small clause ("Y guilty" a ccomp of "found"): the
                # clause's subject is the verb's object, its adjective the object predicate (rule 122c)
                subject = next(c for c in small.children if c.dep_ == "nsubj")
                return Trigger(tok, lex.phrases[(lemma, small.lemma_.lower())], "verb", phrase_obj=subject)
            predicates = object_predicates(tok)
            if not predicates and lemma in lex.naming_verbs:
                predicates = run_on_name(tok, lex.insult_words)  # rule 240d: "called the US embargo extortion"
            if not predicates and lemma in lex.naming_verbs:
                # rule 431e: "called the remarks by Y irresponsible", "called Y's envoy to Z a very stupid guy"
                predicates = stranded_name(tok, lex.insult_words, lex.insult_adjectives)
            if predicates:
                named = self.predicate_phrase(tok, lemma, predicates)
                if named is not None:
                    return named
                if lemma in lex.naming_verbs:
                    return None  # "called Y a partner": a judgement, not a phone call (rule 38)
            asked = self.asked_goods(tok, lex.appeal) if lex.wrap_verbs.get(lemma) is lex.appeal else None
            if asked is not None:
                return asked  # "asked Y for Tomahawks / more Patriot systems" 0232 (rule 244b)
            backing = self.material_backing(tok, lemma)
            if backing is not None:
                return backing
            construction = self.verb_construction(tok, lemma)
            if construction is not None:
                return construction
            if self.coalition_purpose(tok, lemma) is not None and lex.intent is not None:
                # "led a coalition of the willing to guarantee Ukraine's security": the members' intent (rule 274b)
                return Trigger(tok, lex.intent.code, "verb", wrapper=lex.intent)
            if lemma in lex.plan_verbs and lex.plan is not None and self.planned(tok) is not None:
                return Trigger(tok, lex.plan.code, "verb", wrapper=lex.plan)  # "plans to meet Y" (rule 25)
            if self.wish(tok) and lex.plan is not None and self.planned(tok) is not None:
                return Trigger(tok, lex.plan.code, "verb", wrapper=lex.plan)  # "wants to meet Y" (rule 28)
            pressing = self.pressing(tok, lemma)
            if pressing is not None:
                return Trigger(tok, pressing.code, "verb", wrapper=pressing)
            if lemma in lex.perpetration_verbs and self.perpetrated_act(tok) is not None:
                return None  # "committed mass killings": the object noun is the act, coded on its own (rule 121d)
            left = self.departure_order(tok, lemma)
            if left is not None:
                return left  # "ordered the Kenyan ambassador to leave the country": an expulsion (rule 157)
            if self.extension_decision(tok, lemma):
                return None  # "agreed to extend sanctions against Y": the sanctions noun codes the act (rule 157)
            if self.adopted_measure(tok, lemma):
                return None  # "agreed new sanctions on Y": the sanctions noun codes the measure adopted (rule 294)
            if any(
                c.dep_ in ("dobj", "obj", "nsubjpass") and f"{lemma} {c.lemma_.lower()}" in lex.nonevent_phrases
                for c in tok.children
            ):
                return None  # "concluding the war", "reinforced its commitment": no 057 / 154 (rule 167); before the
                # wrappers: "called a referendum on Y" is no appeal or phone call (rule 245a)
            if lemma in lex.office_removal_verbs and any(
                c.dep_ in ("dobj", "obj", "nsubjpass") and self.office_holder(c) for c in tok.children
            ):
                return None  # "parliament dismissed the justice minister": a change of office-holder (rule 245b)
            if (
                lemma in lex.wrap_verbs
                and not self.concluded_consultation(tok, lemma)
                and (lemma not in lex.seek_verbs or self.sought_goods(tok))
            ):
                wrapper = lex.wrap_verbs[lemma]
                if lemma in lex.blocking_reduce_verbs and self.blocks_another(tok):
                    return None  # "stopped the transfer of weapons to Y": a blocking (rule 127a), no cut (rule 170)
                if wrapper.name == "reduce" and self.lifts_reduction(tok):
                    return None  # "ended its freeze on funding for Y": the freeze is undone, no cut (rule 177d)
                relation = self.reduced_relation(tok) if wrapper.name == "reduce" else None
                if relation is not None:
                    # "reduced diplomatic relations with Y", "curtailed ties with Y": the relation is cut (rule 48b)
                    return Trigger(tok, lex.relation_cut_code, "verb", phrase_obj=relation)
                if wrapper.name == "reduce" and lex.reject is not None and self.shelved_proposal(tok, lemma):
                    # "shelved the Egyptian ceasefire proposal": another's proposal rejected (rule 253c)
                    return Trigger(tok, lex.reject.code, "verb", wrapper=lex.reject)
                promised = self.promised_goods(tok, wrapper) if wrapper is lex.intent else None
                if promised is not None:
                    return promised  # "pledged tanks to Y" 0332, "vowed retaliation against Y" 130 (rule 168)
                return Trigger(tok, wrapper.code, "verb", wrapper=wrapper)
            if lex.reject is not None and any(
                c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in lex.reject_phrasals for c in tok.children
            ):
                # "turned down requests to ease sanctions on Y", "brushed aside calls to ..." (rule 44)
                return Trigger(tok, lex.reject.code, "verb", wrapper=lex.reject)
            if lemma in lex.needs_object:
                for child in tok.children:
                    if (
                        child.dep_ in ("dobj", "obj")
                        and self.envoy_object(child)
                        and not any(m.lemma_.lower() in lex.aid_team_words for m in child.lefts for m in m.subtree)
                        and lex.verbs.get(lemma, "")[:2] not in lex.envoy_kept_roots
                        and lemma not in lex.training_verbs
                    ):
                        # "sending his special envoy to Moscow": a visit by the sender, not aid; a diplomat freed
                        # or returned is released (0841, rule 76e), a team trained is trained (rule 76a)
                        return Trigger(tok, "042", "verb", phrase_obj=child)
                    if (
                        child.dep_ in ("dobj", "obj")
                        and child.lemma_.lower() in lex.transfer_nonobjects
                        and not (lemma in lex.request_granting_verbs and child.lemma_.lower() in lex.granted_requests)
                    ):
                        return None  # "giving advice to Moscow": no aid; "granted Y's request for aid" is aid
            if lemma in lex.casualty_verbs and not any(
                c.dep_ in ("dobj", "obj", "nsubjpass", "dative", "ccomp", "agent") for c in tok.children
            ):
                # "Russian soldiers killed in Ukraine", "athletes killed at the games": the subject or the
                # noun is the victim, and no attacker is named
                return None
            if lemma in lex.assembly_verbs and self.assembled_to_protest(tok):
                return Trigger(tok, lex.assembly_code, "verb")  # "gathered in the square to demand ..." (rule 29)
            if lemma in lex.verbs:
                if lemma in lex.needs_object and not any(
                    c.dep_ in ("dobj", "obj", "nsubjpass", "dative") for c in tok.children
                ):
                    return None  # "negotiators return to Geneva": not "returned the weapons"
                if lemma in lex.needs_no_object and any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.children):
                    return None  # "demonstrated resolve": no protest, unlike "students demonstrated in Kirkuk"
                given = self.given_goods(tok, lemma)
                if given is not None:
                    return given  # "gave Kenya helicopters": the goods' class over the verb's 070 (rule 158a)
                if lemma in lex.receipt_verbs and self.received_nonvisit(tok):
                    return None  # "received a letter / refugees from Y": no visit hosted (rule 158b)
                if lemma in lex.attribution_verbs and not self.attributes_act(tok):
                    return None  # "attributed its growth to American investment": no culprit named (rule 232)
                # "Egypt brokered talks": a mediation verb keeps its 045 over the 040 it wraps (rule 94)
                return Trigger(tok, lex.verbs[lemma], "verb", mediation=lemma in lex.mediating_verbs)
        elif pos in ("NOUN", "PROPN"):
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
                written = lex.noun_compounds.get((lemma, tok.head.head.lemma_.lower()))
                if written == "114":
                    # "handed a note of protest to Y": the "protest note" (114), no protest held (140; rule 228)
                    return Trigger(tok, written, "noun")
            if self.jointly_drafted(tok):
                return Trigger(tok, lex.joint_drafting_code, "noun")  # "A and B drafted a peace plan" (rule 283c)
            if lex.intent is not None and self.presented_settlement_plan(tok):
                return Trigger(tok, lex.intent.code, "noun", wrapper=lex.intent)  # "presented the peace plan to Y"
            if (
                (lemma in lex.plan_nouns or lemma in lex.wish_nouns)
                and lex.plan is not None
                and self.planned(tok) is not None
            ):
                # "announced plans to send aid", "floated the idea of talks with Y" (rule 65)
                return Trigger(tok, lex.plan.code, "noun", wrapper=lex.plan)
            posture = self.force_posture(tok, lemma)
            if posture is not None:
                return posture
            if self.joint_production(tok, lemma):
                return Trigger(tok, lex.arms_sale_code, "noun")  # "agreed on joint drone production" (rule 255a)
            if (
                lemma in lex.infinitive_intent_nouns
                and lex.intent is not None
                and any(to_infinitive_modifier(c) for c in tok.children)
            ):
                return Trigger(tok, lex.intent.code, "noun", wrapper=lex.intent)  # "a letter of intent to buy" (274c)
            if lemma in lex.wrap_nouns:
                advisory = self.compound_noun(tok)
                if advisory is not None:
                    # "issued a travel warning for Y": 160, no threat; "lifted its travel warning" no event (rule 177e)
                    return None if self.reduction_lifted(tok) else Trigger(tok, advisory, "noun")
                wrapper = lex.wrap_nouns[lemma]
                if wrapper.name == "reduce" and self.reduction_lifted(tok):
                    return None  # "lifted the freeze on military aid to Y": the aid resumed codes itself (rule 170)
                promised = self.promised_goods(tok, wrapper) if wrapper is lex.intent else None
                return promised or Trigger(tok, wrapper.code, "noun", wrapper=wrapper)
            compound = self.compound_noun(tok)
            if compound is not None and lemma in lex.swap_verbs and self.framing_swap(tok):
                return None  # "freed an American teacher in a prisoner swap": the frame of the release (rule 259a)
            if compound is not None:
                return Trigger(tok, compound, "noun")  # "a hunger strike" (142), not an attack (rule 29)
            if lemma in lex.agent_nouns and casualty_victim(tok, lex.casualty_verbs):
                # "three Ethiopian peacekeepers were killed in Somalia", "two OSCE monitors died in Y": the
                # persons a casualty names are its victims, not peacekeeping or monitoring there (rule 43)
                return None
            if lemma in lex.modifier_nouns and tok.dep_ == "compound":
                return None  # "border patrol agents", "patrol boats": a kind of unit, no act (rule 88b)
            if lex.nouns.get(lemma) == lex.weapon_code and self.struck_arms_place(tok):
                return None  # "struck a weapons depot in Syria": the place struck, no arms supplied (rule 252b)
            if lex.nouns.get(lemma) == lex.weapon_code and self.warship_class(tok):
                return None  # "moved two guided-missile destroyers to Y": a class of warship, no arms (rule 342)
            if self.mass_destruction_word(tok):
                return None  # "used weapons of mass destruction": no destruction of property (1712; rule 194a)
            if lemma in lex.bomber_nouns and self.aircraft_bomber(tok):
                return None  # "Chinese and Russian bombers approached its air defence zone": aircraft (rule 213h)
            if lex.nouns.get(lemma) == lex.protection_code and self.refugees_protected(tok):
                return Trigger(tok, lex.refuge_code, "noun")  # "granted protection to refugees": asylum (rule 270)
            if lex.nouns.get(lemma, "").startswith("19") and self.figurative_fight(tok):
                return None  # "the US-China trade war", "a war of words": no force used (rule 430b)
            if (
                tok.dep_ in ("compound", "amod", "nmod")
                and lemma in lex.figurative_fight_words
                and lex.nouns.get(tok.head.lemma_.lower(), "").startswith("19")
            ):
                return None  # the "trade" of "a trade war": no trade done either (rule 430b)
            if lemma in lex.nouns and not self.weapon_used(tok, lex.nouns[lemma]):
                # a trigger noun of an `act_nominals` verb codes its "of" object as the verb's phrase would
                # ("Poland's expulsion of Russian diplomats" 161, as "expelled Russian diplomats"; rule 140a)
                return self.of_object_phrase(tok, lemma) or Trigger(
                    tok,
                    self.of_goods_class(tok, lemma) or self.carried_aid_class(tok, lemma) or lex.nouns[lemma],
                    "noun",
                )
            gerund_object = nominal_gerund(tok) if lemma not in lex.nouns else None
            verb = gerund_verb(tok, lex.verbs) if gerund_object is not None else None
            if gerund_object is not None and verb is not None and verb not in lex.casualty_verbs:
                # "Algeria's severing of diplomatic ties with Y": the gerund of a lexicon verb is that verb's act,
                # its "of"-object the verb's object for the phrase table (rule 135e); not a casualty verb's ("the
                # killing of four men"), which the lexicon reads through its victims and doers (rules 43, 70, 79)
                return Trigger(tok, lex.phrases.get((verb, gerund_object.lemma_.lower()), lex.verbs[verb]), "noun")
            nominal = self.requested_nominal(tok, lemma)
            if nominal is not None:
                return nominal
            if nominal_gerund(tok) is not None:
                # "the establishment of diplomatic relations between A and B" as "established relations" (050), "the
                # restoration of ties with Y": an `act_nominals` noun's "of" object read as its verb's object, as
                # the -ing noun of a lexicon verb is above (rule 178c); before, only under a request (rule 45)
                act = self.of_object_phrase(tok, lemma)
                if act is not None:
                    return act
            if (lemma in lex.hope_nouns or lemma in lex.doubt_nouns) and self.has_that_clause(tok):
                # "expressed hope that Y would ...", "voiced doubt that Y would ..." (rule 31): only with the
                # clause, so that "hopes of a deal" is no event
                return Trigger(tok, lex.hope_code if lemma in lex.hope_nouns else lex.doubt_code, "noun")
            if lemma in lex.hope_nouns and self.expressed_hope_for(tok):
                # "voiced hope for better ties with Y", "expressed hope about its relationship with Y": the hope an
                # expressing verb takes, with its "for" / "about" topic, is an optimistic comment (rule 380); a hope
                # no one expresses ("hopes of a deal faded") stays none
                return Trigger(tok, lex.hope_code, "noun")
            if lemma in lex.evidence_nouns and (
                any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children)
                or self.has_that_clause(tok)
                or evidence_of_party(tok)
            ):
                # "presented evidence against Russia", "built a case against Iran": an accusation; so is evidence
                # that someone did something ("presented evidence that Y had laid mines") or of a party's act
                # ("evidence of Russian involvement in the attack", rule 42)
                return Trigger(tok, lex.evidence_code, "noun")
        elif pos == "ADJ" and lemma in lex.nouns and self.noun_read_as_adj(tok):
            return Trigger(tok, lex.nouns[lemma], "noun")  # "the Ukrainian counteroffensive was ..."
        elif pos == "ADJ" and lemma in lex.wrap_adjs:
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.coalition_nouns:
                return None  # "a coalition of the willing": the members named, no willingness stated (rule 274b)
            wrapper = lex.wrap_adjs[lemma]
            return Trigger(tok, wrapper.code, "adj", wrapper=wrapper)
        elif (
            pos == "ADJ"
            and lemma in lex.to_intent_adjs
            and lex.intent is not None
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
        ):
            # "China open to talks with Y": "open to" states an intent as "willing to" does (rule 108d)
            return Trigger(tok, lex.intent.code, "adj", wrapper=lex.intent)
        elif pos == "ADJ" and lemma in lex.adjs and (tok.dep_ == "acomp" or headline_predicate(tok)):
            # an attitude predicated of its holder: "X was skeptical about Y" (012), "optimistic over" (013); also
            # in a headline that drops the copula, "X optimistic about talks with Y" (rule 108d)
            return Trigger(tok, lex.adjs[lemma], "adj")
        return None

    def requested_nominal(self, noun: Token, lemma: str) -> Trigger | None:
        """An act named by a noun that a request or refusal governs (docs/events.md rule 45): "calls for the
        lifting of sanctions on Y", "rejected demands for the removal of the embargo on Y", "pressed for the easing
        of sanctions": the noun's verb (`TriggerLexicon.nominal_verbs`) with its "of" phrase as object codes as the
        (verb, object) phrase does. Only in the "for" phrase of a wrapper word: a bare "the lifting of sanctions on
        Y angered Z" names no one who lifts."""
        lex = self.lex
        if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in lex.command_verbs:
            # "ordered the closure of Y's embassy": a command verb's act noun, the act the order is (rule 142b)
            return self.of_object_phrase(noun, lemma)
        if noun.dep_ != "pobj" or noun.head.lower_ != "for":
            # (a wrapper verb's object, "demanded the lifting of sanctions", already reaches the sanctions noun)
            return None
        governor = noun.head.head.lemma_.lower()
        if governor not in lex.wrap_verbs and governor not in lex.wrap_nouns:
            return None
        return self.of_object_phrase(noun, lemma)

    def of_object_phrase(self, noun: Token, lemma: str) -> Trigger | None:
        """The (verb, object) phrase a noun of the verb's act names with its "of" phrase as the object (rules 45,
        140a): "the expulsion of two Russian diplomats" as "expelled two Russian diplomats" (161), "the expulsion of
        Somali refugees" as "expelled Somali refugees" (174). None when no phrase matches."""
        lex = self.lex
        verbs: list[str] | None = None  # looked up at the first "of" phrase: most nouns have none
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            if verbs is None:
                verbs = lex.nominal_verbs(lemma)
            if not verbs:
                continue
            for obj in (g for p in prep.children if p.dep_ == "pobj" for g in self.object_heads(p)):
                code = next(
                    (lex.phrases[(v, obj.lemma_.lower())] for v in verbs if (v, obj.lemma_.lower()) in lex.phrases),
                    None,
                )
                if code is not None:
                    return Trigger(noun, code, "noun", phrase_obj=obj)
        return None

    def advised_travel(self, verb: Token) -> Token | None:
        """The travel an advisory verb advises against (rule 21; rule 42; rule 47a): the object of "against"
        ("advised against travel to Y"), also its conjunct ("against all but essential travel to Y", parsed with
        "all" as the object), or, when the verb's object, if any, names no party but a people ("its citizens",
        "Americans": a nationality is whom the advice is for), a negated travel clause ("advised its citizens not
        to travel to Y") or a travel word a verb of staying away takes ("urged its nationals to avoid travel to
        Y", "to reconsider travel to Y"). "urged Israel not to go to Y" stays an appeal to Israel."""
        travel_words = self.lex.travel_words
        addressed_people = not any(
            o.dep_ in ("dobj", "obj") and o.ent_type_ and o.ent_type_ != "NORP" for o in verb.children
        )
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "against":
                for obj in child.children:
                    if obj.dep_ not in ("pobj", "pcomp"):
                        continue
                    for word in (obj, *obj.conjuncts):
                        if word.lemma_.lower() in travel_words:
                            return word
            if child.dep_ != "xcomp" or not addressed_people:
                continue
            if child.lemma_.lower() in travel_words and any(c.dep_ == "neg" for c in child.children):
                return child
            avoided = self.avoided_travel(child)
            if avoided is not None:
                return avoided
        return None

    def avoided_travel(self, clause: Token) -> Token | None:
        """The travel word an affirmed verb of staying away takes (`avoidance_verbs`, rule 47a): its object
        ("avoid travel to Y", "avoid all but essential travel to Y") or what its "from" phrase names ("refrain
        from travelling to Y"). "not to avoid travel" advises nothing against."""
        if clause.lemma_.lower() not in self.lex.avoidance_verbs or any(c.dep_ == "neg" for c in clause.children):
            return None
        for child in clause.children:
            if child.dep_ in ("dobj", "obj"):
                words = [child]
            elif child.dep_ == "prep" and child.lower_ == "from":
                words = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            else:
                continue
            for word in words:
                for travel in (word, *word.conjuncts):
                    if travel.lemma_.lower() in self.lex.travel_words:
                        return travel
        return None

    def rallied_on_behalf(self, lemma: str, child: Token) -> bool:
        """Whether ``child`` is a `behalf_verbs` verb's "on behalf of" phrase, or its "for" phrase whose object is a
        `behalf_nouns` noun ("campaigned for Azerbaijan's bid"), the verb with no direct object: support rallied on
        behalf of a party (rule 192i)."""
        lex = self.lex
        if lemma not in lex.behalf_verbs or child.dep_ != "prep":
            return False
        if any(c.dep_ in ("dobj", "obj") for c in child.head.children):
            return False  # "lobbied Brussels on behalf of Y" stays the appeal to Brussels (020)
        objects = [o for o in child.children if o.dep_ == "pobj"]
        if child.lower_ == "on":
            return any(o.lower_ == "behalf" and any(c.lower_ == "of" for c in o.children) for o in objects)
        return child.lower_ == "for" and any(o.lemma_.lower() in lex.behalf_nouns for o in objects)

    def spoke_in_defence(self, lemma: str, child: Token) -> Token | None:
        """The defence noun of ``child`` when it is a `defence_speech_verbs` verb's "in defence of" phrase (rule
        192j), else None."""
        if lemma not in self.lex.defence_speech_verbs or not (child.dep_ == "prep" and child.lower_ == "in"):
            return None
        return next(
            (
                o
                for o in child.children
                if o.dep_ == "pobj"
                and o.lemma_.lower() in self.lex.defence_nouns
                and any(c.lower_ == "of" for c in o.children)
            ),
            None,
        )

    def welcomed_to_place(self, verb: Token, lemma: str, child: Token) -> bool:
        """Whether ``child`` is the "to" phrase of a `welcome_host_verbs` verb with a direct object whose object is a
        named place (rule 192h): "welcomed Milei to Rome" is a visit hosted (043), not praise (051)."""
        if lemma not in self.lex.welcome_host_verbs or not (child.dep_ == "prep" and child.lower_ == "to"):
            return False
        if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return False
        return any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC") for p in child.children)

    def role_phrase(self, verb: Token, lemma: str, child: Token) -> Trigger | None:
        """A verb + object phrase whose noun is the role its direct object is put in (rule 31): "used
        villagers as human shields", "held two engineers as hostages" are "use shield", "hold hostage"; the
        direct object is the one acted on. The role phrase may hang on the object itself ("held several hundred
        families as human shields", rule 41)."""
        lex = self.lex
        preps = lex.role_preps | lex.state_preps
        if child.dep_ in ("dobj", "obj"):
            on_obj = [c for c in child.children if c.dep_ == "prep" and c.lower_ in preps]
            return next((t for p in on_obj if (t := self.role_phrase(verb, lemma, p)) is not None), None)
        if not (child.dep_ == "prep" and child.lower_ in preps):
            return None
        passive_state = child.lower_ in lex.state_preps and self.agentless_passive(verb)
        if not any(c.dep_ in ("dobj", "obj") for c in verb.children) and not passive_state:
            return None
        for role in child.children:
            if child.lower_ not in lex.role_preps and role.lemma_.lower() not in lex.state_nouns:
                continue  # "on" names a state only ("put its forces on alert", rule 77i), not "rejected Y on a charge"
            code = lex.phrases.get((lemma, role.lemma_.lower())) if role.dep_ == "pobj" else None
            if code:
                return Trigger(verb, code, "verb", phrase_obj=role)
        return None

    @staticmethod
    def agentless_passive(verb: Token) -> bool:
        """Rule 194d: a passive verb with a subject and no "by" agent ("Indian police were put on high alert")."""
        kids = list(verb.children)
        return any(c.dep_ == "nsubjpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)

    def street_protest(self, verb: Token, lemma: str, child: Token) -> Trigger | None:
        """A crowd that took to the streets demonstrates (rule 173): a `street_verbs` verb whose `street_preps`
        phrase names a street ("took to the streets of Nairobi", "poured into the streets") is `street_code` (141),
        the street its phrase object; not when the verb's own clauses or phrases name a celebration ("took to the
        streets to celebrate the title", "in celebration")."""
        lex = self.lex
        if not (lemma in lex.street_verbs and child.dep_ == "prep" and child.lower_ in lex.street_preps):
            return None
        street = next((c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in lex.street_nouns), None)
        if street is None:
            return None
        festive = (
            t.lemma_.lower() in lex.street_festive_verbs
            for c in verb.children
            if c.dep_ in ("xcomp", "advcl", "prep", "conj")
            for t in c.subtree
        )
        return None if any(festive) else Trigger(verb, lex.street_code, "verb", phrase_obj=street)

    def official_complaint(self, verb: Token, lemma: str, child: Token) -> Trigger | None:
        """A protest or complaint made to a named party is an official complaint (rule 366): a `complaint_verbs`
        verb whose `complaint_preps` phrase object is, or has a modifier that is, a named country, body or people
        (`complaint_addressee_ents`: "protested to Tokyo", "complained to the Chinese embassy") is
        `complaint_code` (114), the addressee its phrase object."""
        lex = self.lex
        if not (lemma in lex.complaint_verbs and child.dep_ == "prep" and child.lower_ in lex.complaint_preps):
            return None
        ents = lex.complaint_addressee_ents
        addressee = next(
            (
                c
                for c in child.children
                if c.dep_ == "pobj"
                and (
                    c.ent_type_ in ents
                    or any(m.ent_type_ in ents for m in c.children if m.dep_ in ("compound", "amod", "poss"))
                )
            ),
            None,
        )
        return None if addressee is None else Trigger(verb, lex.complaint_code, "verb", phrase_obj=addressee)

    def court_referral(self, verb: Token, lemma: str, child: Token) -> Trigger | None:
        """A party taken to a court is sued (rule 231c): a `court_referral_verbs` verb with a direct object whose
        `court_referral_preps` phrase names a `court_nouns` court ("took Ecuador to the International Court of
        Justice", "hauled Y before the ICJ") is `court_referral_code` (115), the court its phrase object."""
        lex = self.lex
        if not (
            lemma in lex.court_referral_verbs and child.dep_ == "prep" and child.lower_ in lex.court_referral_preps
        ):
            return None
        if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return None
        court = next((c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in lex.court_nouns), None)
        return None if court is None else Trigger(verb, lex.court_referral_code, "verb", phrase_obj=court)

    def predicate_phrase(self, verb: Token, lemma: str, predicates: list[Token]) -> Trigger | None:
        """The event an object predicate names (rule 38): a verb + predicate phrase ("held the envoy captive",
        "took two engineers prisoner": "hold captive", "take prisoner", 181), or a verb of naming whose name is
        an insult ("called Y a liar", "branded Y a war criminal", "labelled Y reckless": `insult_code`, 111). The
        direct object is the one acted on."""
        lex = self.lex
        for pred in predicates:
            code = lex.phrases.get((lemma, pred.lemma_.lower()))
            if code:
                return Trigger(verb, code, "verb", phrase_obj=pred)
            if lemma in lex.naming_verbs and pred.lemma_.lower() in lex.insult_words:
                return Trigger(verb, lex.insult_code, "verb", phrase_obj=pred)
            if lemma in lex.naming_verbs and pred.pos_ in ("NOUN", "PROPN"):
                # rule 431e: a neutral name with an insulting adjective ("called Y a very nasty negotiator")
                adj = next(
                    (m for m in pred.children if m.dep_ == "amod" and m.lemma_.lower() in lex.insult_adjectives), None
                )
                if adj is not None:
                    # the object is the one named (the name's noun, "a nasty man", may read as a party itself)
                    named_obj = next(
                        (c for c in verb.children if c.dep_ in ("dobj", "obj") or (c.dep_ == "oprd" and c is not pred)),
                        pred,
                    )
                    return Trigger(verb, lex.insult_code, "verb", phrase_obj=named_obj)
            if lemma in lex.naming_verbs and pred.lemma_.lower() in lex.insult_kind_nouns:
                # rule 237c: "called the deployment an act of aggression": the name is the kind's "of" object
                named = [g for p in pred.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
                insult = next((g for g in named if g.dep_ == "pobj" and g.lemma_.lower() in lex.insult_words), None)
                if insult is not None:
                    return Trigger(verb, lex.insult_code, "verb", phrase_obj=insult)
        return None

    def material_backing(self, verb: Token, lemma: str) -> Trigger | None:
        """Support given "with" something material is that aid (rule 35): "supported the rebels with weapons" is
        072, "backed Y with money" 070 (`backing_nouns`), where "supported Y" alone is diplomatic (050)."""
        if lemma not in self.lex.backing_verbs:
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for means in prep.children:
                noun = means.lemma_.lower()
                code = self.lex.nouns.get(noun, "")
                if means.dep_ == "pobj" and (code[:2] == "07" or noun in self.lex.backing_nouns):
                    return Trigger(verb, code if code[:2] == "07" else self.lex.backing_code, "verb", phrase_obj=means)
        return None

    def office_holder(self, obj: Token) -> bool:
        """Whether an object is one who holds an office (rule 245b): an `office_nouns` noun ("the justice minister"),
        or a name such a noun titles as a compound or an apposition ("dismissed army chief Valery Zaluzhny")."""
        if obj.lemma_.lower() in self.lex.office_nouns:
            return True
        return obj.pos_ == "PROPN" and any(
            c.dep_ in ("compound", "appos") and c.lemma_.lower() in self.lex.office_nouns for c in obj.children
        )

    def envoy_object(self, obj: Token) -> bool:
        """Whether a sent object is an envoy (rule 19, 186a): an `envoy_nouns` noun, or a name the noun titles as a
        compound or an apposition ("sent special envoy Steve Witkoff", "sent Li Hui, its envoy,")."""
        if obj.lemma_.lower() in self.lex.envoy_nouns:
            return True
        return obj.pos_ == "PROPN" and any(
            c.dep_ in ("compound", "appos") and c.lemma_.lower() in self.lex.envoy_nouns for c in obj.children
        )

    def assembled_to_protest(self, verb: Token) -> bool:
        """Whether a verb of gathering ("rallied", "gathered", "assembled") without an object has a purpose clause
        of protest: a to-infinitive or participle without a subject of its own whose verb is an appeal, demand,
        disapproval, rejection or protest trigger ("gathered in the square to demand ...", "rallied outside the
        embassy, denouncing ..."). People gathering to protest are demonstrating (141)."""
        if any(c.dep_ in ("dobj", "obj", "nsubjpass") and not self.misparsed_place(c) for c in verb.children):
            return False  # "rallied support", "gathered evidence"
        roots = self.lex.aim_roots | self.lex.protest_roots
        for c in verb.children:
            if c.dep_ not in ("advcl", "xcomp") or c.pos_ != "VERB":
                continue
            if any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children):
                continue
            if not (any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) or c.tag_ == "VBG"):
                continue
            found = self.trigger(c)
            if found is not None and found.code[:2] in roots:
                return True
        return self.assembled_at_post(verb)

    def assembled_at_post(self, verb: Token) -> bool:
        """Rule 333, whether a verb of gathering is held outside, at, near or in front of (`assembly_post_preps`) an
        embassy or consulate (`assembly_posts`) with no purpose of its own: no purpose clause or participle ("seeking
        visas", "to await evacuation") and no "for" phrase ("for a reception"). A crowd gathered outside a state's
        post demonstrates against that state ("protesters gathered outside the Russian embassy", 141)."""
        lex = self.lex
        if any(c.dep_ in ("advcl", "xcomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
            return False
        for prep in (c for c in verb.children if c.dep_ in ("prep", "advmod")):
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            places = objects if prep.lower_ in lex.assembly_post_preps else []
            # "outside of the embassy", "in front of the embassy": the post is the object of the inner "of"
            outer = [prep] if prep.lower_ in lex.assembly_post_preps else []
            outer += [o for o in objects if o.lower_ in lex.assembly_post_preps]
            inner = [p for o in outer for p in o.children if p.dep_ == "prep" and p.lower_ == "of"]
            places += [g for p in inner for g in p.children]
            if any(o.dep_ == "pobj" and o.lemma_.lower() in lex.assembly_posts for o in places):
                return True
        # rule 438a: "rallied outside the Russian embassy" parsed with "outside" as the object's modifier
        return any(c.lemma_.lower() in lex.assembly_posts and self.misparsed_place(c) for c in verb.children)

    def misparsed_place(self, obj: Token) -> bool:
        """Rule 438a: whether a verb's object is a place the parser took for one because it read the preposition
        before it (`assembly_post_preps`: outside, near) as the object's first modifier ("rallied outside parliament",
        "outside" an adjective on "parliament"): the phrase opens with that word, so no object is acted on."""
        if obj.dep_ not in ("dobj", "obj") or obj.lemma_.lower() in self.lex.civil_objects:
            return False  # "rallied outside support": support from abroad is rallied (053)
        first = obj.left_edge
        return (
            first.i < obj.i
            and first.head.i == obj.i
            and first.dep_ in ("amod", "advmod")
            and first.lower_ in self.lex.assembly_post_preps
        )

    def perpetrated_act(self, verb: Token) -> Token | None:
        """The direct object of ``verb`` when it is an act noun of the lexicon, by its own lemma or its compound
        ("killings" in "committed mass killings", rule 121d): a perpetration verb with such an object carries the act
        out. Else None."""
        for child in verb.children:
            if child.dep_ in ("dobj", "obj") and child.pos_ == "NOUN":
                if child.lemma_.lower() in self.lex.nouns or self.compound_noun(child) is not None:
                    return child
        return None

    def cargo_phrase(self, lemma: str, obj: Token) -> str | None:
        """The phrase code of a verb and the cargo its object carries (rule 150b): an object whose head is a
        carrier noun (`cargo_nouns`: truck, convoy, shipment, ...) named by its compound modifier is read as that
        modifier, "allowed 40 aid trucks into Gaza" as "allow aid" (0863); rule 216: or by its "of" object ("let 50
        trucks of food into Gaza"), and relief goods (`relief_goods`: food, medicine, ...) as the verb's phrase with
        `relief_cargo_nouns` (aid) when they have none of their own ("let 50 trucks of food into Gaza" as "let aid",
        0863); None when no phrase names it."""
        lex = self.lex
        if obj.lemma_.lower() not in lex.cargo_nouns:
            return None
        cargo = [c for c in obj.children if c.dep_ == "compound"] + [
            o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
        ]
        for child in cargo:
            code = lex.phrases.get((lemma, child.lemma_.lower()))
            if code is None and child.lemma_.lower() in lex.relief_goods:
                code = next(
                    (lex.phrases[(lemma, n)] for n in sorted(lex.relief_cargo_nouns) if (lemma, n) in lex.phrases), None
                )
            if code is not None:
                return code
        return None

    def arms_sale(self, lemma: str, obj: Token) -> str | None:
        """Rule 157: the military cooperation code (`arms_sale_code`, 062) of arms sold, read from the class of the
        goods (`goods_code`, rule 145) and not only from the `phrases` nouns: "sold Rafale jets to India" (an
        `arms_sale_verbs` verb with arms as its object), "approved the sale of F-16 fighter jets to Y" (a
        `sale_approval_verbs` verb whose object is a `sale_nouns` noun with arms as its "of" object); else None
        ("sold wheat to Y" stays trade, 061; "condemned the sale of arms" is no sale made)."""
        lex = self.lex
        if lemma in lex.arms_sale_verbs and self.goods_code(obj) == lex.arms_goods_code:
            return lex.arms_sale_code
        if (
            lemma in lex.joint_production_verbs
            and obj.dep_ in ("dobj", "obj")
            and any(c.dep_ == "advmod" and c.lower_ in lex.production_joint_adverbs for c in obj.head.children)
            and self.goods_code(obj) == lex.arms_goods_code
        ):
            return lex.arms_sale_code  # rule 244f: "agreed to jointly produce drones" (062, wrapped 0312)
        if self.funded_purchase(lemma, obj):
            return lex.purchase_gift_code  # rule 255b: "will fund the purchase of US weapons for Ukraine" (0332)
        if lemma in lex.arms_purchase_verbs and obj.dep_ in ("dobj", "obj"):
            if self.goods_code(obj) != lex.arms_goods_code:
                return None  # "bought wheat from Russia" stays trade (061)
            beneficiaries = [
                o for o in self.purchase_beneficiaries(obj.head) if o.ent_type_ in lex.purchase_beneficiary_ents
            ]
            # rule 244c: "bought US weapons for Ukraine" is arms given to Ukraine (072); "from Iran" a purchase (062)
            return lex.purchase_gift_code if beneficiaries else lex.arms_sale_code
        if lemma not in lex.sale_approval_verbs or obj.lemma_.lower() not in lex.sale_nouns:
            return None
        goods = [
            o
            for p in obj.children
            if p.dep_ == "prep" and p.lower_ in lex.goods_content_preps
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return lex.arms_sale_code if any(self.goods_code(o) == lex.arms_goods_code for o in goods) else None

    def arrival_giver_phrases(self, verb: Token) -> tuple[list[Token], list[Token]]:
        """Rule 244e, (givers, places) of an `arrival_goods_verbs` verb whose subject is goods of a class other than
        plain goods: the "from" objects of the subject or the verb, the `arrival_place_preps` objects of the verb;
        two empty lists for any other verb or subject."""
        lex = self.lex
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.arrival_goods_verbs:
            return [], []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or self.goods_code(subjects[0]) in (None, lex.backing_code):
            return [], []
        givers = prep_objects(subjects[0], "from") + prep_objects(verb, "from")
        return givers, prep_objects_in(verb, lex.arrival_place_preps)

    def arrived_goods(self, verb: Token, lemma: str) -> Trigger | None:
        """Rule 244e: goods of a class that arrived from a giver in a place ("Patriot systems from Germany arrived
        in Ukraine") are the giver's aid of the goods' class (072 arms) toward that place; None with no giver or no
        place named, or plain goods ("oil from Russia arrived in India")."""
        if lemma not in self.lex.arrival_goods_verbs:
            return None
        givers, places = self.arrival_giver_phrases(verb)
        if not givers or not places:
            return None
        subject = next(c for c in verb.children if c.dep_ == "nsubj")
        cls = self.goods_code(subject)
        return Trigger(verb, cls, "verb") if cls is not None else None

    @staticmethod
    def purchase_beneficiaries(verb: Token) -> list[Token]:
        """Rule 244c, whom a purchase is for: the "for" objects of the buying ``verb`` or of its direct objects (the
        parser hangs "for Ukraine" on either: "bought US weapons for Ukraine"); for a funded purchase noun (rule
        255b) also of the noun's "of" objects ("fund the purchase of US air defence systems for Ukraine")."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        holders = [verb, *objects, *(o for c in objects for o in prep_objects(c, "of"))]
        return [o for h in holders for o in prep_objects(h, "for")]

    def funded_purchase(self, lemma: str, obj: Token) -> bool:
        """Rule 255b: a `purchase_funding_verbs` verb whose direct object is a `purchase_nouns` noun of arms bought for
        a named country or group (`purchase_beneficiary_ents`): "Sweden will fund the purchase of American air
        defence systems for Ukraine"; not a purchase of plain goods nor one for no named party."""
        lex = self.lex
        if lemma not in lex.purchase_funding_verbs or obj.dep_ not in ("dobj", "obj"):
            return False
        if obj.lemma_.lower() not in lex.purchase_nouns:
            return False
        if not any(self.goods_code(o) == lex.arms_goods_code for o in prep_objects(obj, "of")):
            return False
        return any(o.ent_type_ in lex.purchase_beneficiary_ents for o in self.purchase_beneficiaries(obj.head))

    def joint_production(self, noun: Token, lemma: str) -> bool:
        """Rule 255a: a `joint_production_nouns` noun with a `production_joint_adjs` modifier and arms as its
        compound or "of" object ("joint drone production", "the joint production of drones"), the noun form of rule
        244f's jointly produced arms; not a joint production of plain goods nor a production no one shares."""
        lex = self.lex
        if lemma not in lex.joint_production_nouns:
            return False
        goods = [c for c in noun.children if c.dep_ == "compound"] + prep_objects(noun, "of")
        # the parser hangs "joint" on the noun or on its compound: "joint drone production"
        if not any(
            c.dep_ == "amod" and c.lower_ in lex.production_joint_adjs for h in [noun, *goods] for c in h.children
        ):
            return False
        return any(self.goods_code(g) == lex.arms_goods_code for g in goods)

    def pledged_defence(self, verb: Token, lemma: str) -> Trigger | None:
        """Rule 275a: a `defence_pledge_verbs` verb ("defend") that is the to-infinitive of an `intent` wrapper verb
        (pledge, vow, promise) and has a state (a `defended_party_ents` entity) as its direct object is military
        protection (074; the wrapper makes it 0334), as "pledged to protect Y" is: "Washington pledged to defend
        Taiwan"; None for a verbal defence ("defended his decision" 052) or one's own ground ("its borders")."""
        lex = self.lex
        if lemma not in lex.defence_pledge_verbs or verb.dep_ != "xcomp" or lex.intent is None:
            return None
        if lex.wrap_verbs.get(verb.head.lemma_.lower()) is not lex.intent:
            return None
        if not any(c.dep_ in ("dobj", "obj") and c.ent_type_ in lex.defended_party_ents for c in verb.children):
            return None
        return Trigger(verb, lex.protection_code, "verb")

    def pipeline_shut(self, verb: Token, lemma: str) -> Trigger | None:
        """Rule 275c: a `pipeline_closing_verbs` verb (shut, close) or a `reduce` wrapper verb (halt, stop, cut) whose
        direct object is a `pipeline_nouns` noun and which names a "to" destination, on itself or on the pipeline,
        cuts the energy the pipeline carries (`supply_cut_code`, 163, as "halted gas deliveries to Y"): "Russia
        shut the Nord Stream pipeline to Germany"; None with no destination ("shut the pipeline for repairs")."""
        lex = self.lex
        wrapper = lex.wrap_verbs.get(lemma)
        if lemma not in lex.pipeline_closing_verbs and (wrapper is None or wrapper.name != "reduce"):
            return None
        for obj in verb.children:
            if obj.dep_ in ("dobj", "obj") and obj.lemma_.lower() in lex.pipeline_nouns:
                if prep_objects(verb, "to") or prep_objects(obj, "to"):
                    return Trigger(verb, lex.supply_cut_code, "verb", phrase_obj=obj)
        return None

    def peace_deployment(self, verb: Token, lemma: str, obj: Token) -> bool:
        """Rule 255c: a `troop_sending_verbs` verb with troops (`force_nouns`) as its object and an "after" phrase
        whose object is a truce (`truce_nouns`) or a peace pact (a `pact_nouns` noun modified by "peace"): "pledged
        to send troops to Ukraine after a ceasefire", "will deploy soldiers to Y after a peace deal"."""
        lex = self.lex
        if lemma not in lex.troop_sending_verbs or obj.lemma_.lower() not in lex.force_nouns:
            return False
        return any(
            o.lemma_.lower() in lex.truce_nouns
            or (o.lemma_.lower() in lex.pact_nouns and any(c.lower_ == "peace" for c in o.children))
            for o in prep_objects(verb, "after")
        )

    def departure_order(self, tok: Token, lemma: str) -> Trigger | None:
        """Rule 157: an order to leave (a `departure_order_verbs` verb with a direct object and a to-infinitive of
        `departure_verbs`: "ordered the Kenyan ambassador to leave the country", "instructed French diplomats to
        depart") is the expulsion of the object, coded as an `expulsion_verbs` verb with that object would be
        ("expel ambassador" 161, "expel journalist" 174), else `departure_order_code` (166); the object's owner is
        the target. None for any other verb or shape (the order stays a demand, 100)."""
        lex = self.lex
        if lemma not in lex.departure_order_verbs:
            return None
        leaving = any(
            c.dep_ == "xcomp"
            and c.lemma_.lower() in lex.departure_verbs
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in tok.children
        )
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        if not leaving or obj is None:
            return None
        head = obj.lemma_.lower()
        code = next(
            (lex.phrases[(verb, head)] for verb in sorted(lex.expulsion_verbs) if (verb, head) in lex.phrases),
            lex.departure_order_code,
        )
        return Trigger(tok, code, "verb", phrase_obj=obj)

    def extension_decision(self, tok: Token, lemma: str) -> bool:
        """Rule 157: whether ``tok`` is a decision (`extension_deciding_verbs`: agreed, decided, voted) to extend an
        act in force (an `extension_verbs` to-infinitive whose object is a trigger noun of `extension_kept_roots`:
        "agreed to extend sanctions against Y", "agreed to prolong its sanctions on Y"). The deciding verb is then
        no intent wrapper (which reads sanctions to come, 138): the noun codes the act kept, asserted, as under
        "decided to". Rule 297: the act kept may be the verb's -ing complement with its object ("agreed to keep Y's
        assets frozen", a kept state re-hung by ``parse_repair``: "freeze asset" 163). False otherwise ("agreed to
        impose sanctions" stays a threat, "promised to extend" intent)."""
        lex = self.lex
        if lemma not in lex.extension_deciding_verbs:
            return False
        for clause in tok.children:
            if clause.dep_ != "xcomp" or clause.lemma_.lower() not in lex.extension_verbs:
                continue
            if not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
                continue
            for obj in clause.children:
                code = lex.nouns.get(obj.lemma_.lower()) if obj.dep_ in ("dobj", "obj") else None
                if code and code[:2] in lex.extension_kept_roots:
                    return True
            for act in clause.children:
                if act.dep_ != "xcomp" or act.tag_ != "VBG":
                    continue
                word = act.lemma_.lower()
                for obj in (c for c in act.children if c.dep_ in ("dobj", "obj")):
                    code = self.object_phrase(word, obj) or lex.verbs.get(word)
                    if code and code[:2] in lex.extension_kept_roots:
                        return True
        return False

    def adopted_measure(self, tok: Token, lemma: str) -> bool:
        """Rule 294 (amends rule 177b): whether ``tok`` is a verb of `measure_adopting_verbs` ("agree") that takes a
        sanction as a noun (its direct object or passive subject, or the object of an `adopted_measure_preps`
        phrase) whose code (`measure_code`; for a `carrier_nouns` head, "package", its compound's or its "of"
        object's) is one of `adopted_measure_codes`: "agreed the 19th package of sanctions against Y", "agreed a
        price cap on Y's oil", "agreed on a new sanctions package". The verb is then no intent wrapper: the noun
        codes the measure adopted (163, asserted), as under "approved" / "adopted". False for a to-infinitive
        ("agreed to impose sanctions" stays the intent, 1312) and for an accord with a partner ("agreed with Y on
        sanctions", rule 35's 057)."""
        lex = self.lex
        if lemma.lower() not in lex.measure_adopting_verbs or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
        ):
            return False
        nouns = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        nouns += prep_objects_in(tok, lex.adopted_measure_preps)
        for noun in nouns:
            named = [noun]
            if noun.lemma_.lower() in lex.carrier_nouns:
                # "a new sanctions package", "the 19th package of sanctions": the measure the package carries
                named += [c for c in noun.children if c.dep_ == "compound"]
                named += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            if any(self.measure_code(n) in lex.adopted_measure_codes for n in named):
                return True
        return False

    def truce_compound(self, lemma: str, obj: Token) -> Trigger | None:
        """A verb phrase written for a truce noun (`phrases`: "renew ceasefire", "violate ceasefire") whose object
        names the truce by its compound ("renewed a ceasefire pact with Y", "violated the ceasefire agreement"): the
        phrase's trigger, the agreement noun its object (rule 187). None otherwise."""
        for child in obj.children:
            word = child.lemma_.lower()
            if child.dep_ == "compound" and word in self.lex.truce_nouns and (lemma, word) in self.lex.phrases:
                return Trigger(obj.head, self.lex.phrases[(lemma, word)], "verb", phrase_obj=obj)
        return None

    def object_phrase(self, lemma: str, obj: Token) -> str | None:
        """The code of the (verb, object) phrase of verb ``lemma`` and its object ``obj`` (``phrase_objects``)."""
        return next(
            (self.lex.phrases[(lemma, o)] for o in self.phrase_objects(obj) if (lemma, o) in self.lex.phrases), None
        )

    def phrase_objects(self, obj: Token) -> list[str]:
        """The nouns a verb's object stands for in a (verb, object) phrase, the reading first: a force noun with a
        peacekeeping modifier is a peacekeeper (rule 190b: "received Ugandan peacekeeping troops" as "received Ugandan
        peacekeepers", 0861; "withdrew its peacekeeping troops" 1661, not 0874); a civilian noun with a modifier of
        illness or injury is a patient (rule 216: "evacuated 100 sick children from Gaza" as "evacuated patients",
        073); a member of a criminal organisation or an outlaw of organised crime is a suspect (rule 237b: "handed
        over 26 cartel members to Y" as "handed over suspects", 063); a press outlet is a newspaper (rule 260a); a
        claim noun with a that-clause is an allegation (rule 262b: "dismissed claims that Y had ..." as "dismissed
        allegations", 016); then the object's own lemma, and after it, for a phase noun, its "of" noun (rule 236a:
        "blocked the opening of accession talks" as "blocked talks"), and for a name, its lower-case titles (rule 260c:
        "blocked opposition candidate Ekrem Imamoglu" as "blocked the candidate")."""
        lex = self.lex
        lemma = obj.lemma_.lower()
        modifiers = {c.lower_ for c in obj.children if c.dep_ in ("compound", "amod", "nmod")}
        peacekeeping = lemma in lex.peacekeeping_force_nouns and bool(modifiers & lex.peacekeeping_modifiers)
        # rule 265: a plural nationality noun ("30 wounded Palestinians", "injured Sudanese") is a civilian noun too
        nationals = obj.ent_type_ == "NORP" and obj.pos_ in ("NOUN", "PROPN")
        patient = (lemma in lex.patient_person_nouns or nationals) and bool(modifiers & lex.patient_modifiers)
        # rule 213g: "crossing points", "border checkpoints" read as crossings ("closed the crossings" 172)
        crossing = lemma in lex.crossing_heads and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.crossing_modifiers for c in obj.children
        )
        # session 31 (actors17): "a bulk carrier", "an LNG carrier" read as a ship ("boarded" 171)
        cargo_carrier = self.cargo_carrier(obj)
        # rule 327: "naval vessels", "navy ships", "military boats" read as warships ("sent" 150)
        naval_vessel = self.naval_vessel(obj)
        # rule 260a: "a newspaper", "an opposition television channel", "a news outlet" read as a newspaper ("shut
        # down" 1721)
        press = self.press_outlet(obj)
        # rule 368: "internet access", "internet services" read as the internet ("cut" 1721)
        internet = lemma in lex.internet_heads and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in lex.internet_readings for c in obj.children
        )
        # rule 313: "martial law", "emergency rule" read as a state of emergency ("declared" 1724, "lifted" 0814)
        emergency = self.emergency_power(obj)
        # rule 372a: "police officers", "police reinforcements" read as police ("sent" 153)
        police_unit = lemma in lex.police_unit_heads and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in lex.police_nouns for c in obj.children
        )
        # rule 260c: a name's lower-case title (a common-noun compound, rule 245c) stands for it after its own lemma:
        # "blocked opposition candidate Ekrem Imamoglu from running" as "blocked the candidate" (1722)
        titles = (
            [c.lemma_.lower() for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower]
            if obj.pos_ == "PROPN"
            else []
        )
        # rule 237b: "cartel members", "drug lords", "traffickers" read as suspects ("handed over" 063, not aid)
        wanted = lemma in lex.wanted_outlaw_nouns or (
            lemma in lex.wanted_person_nouns and bool(modifiers & lex.wanted_person_modifiers)
        )
        # rule 276c: "aid workers", "humanitarian workers" read as aid workers ("allowed ... into Gaza" 086)
        aid_worker = lemma in lex.aid_worker_nouns and bool(modifiers & lex.aid_worker_modifiers)
        # rule 262b: "claims that its drones had struck Y" read as allegations ("dismissed" 016)
        alleging = lemma in lex.alleging_claim_nouns and any(c.dep_ == "acl" and that_marked(c) for c in obj.children)
        # rule 411a: "a digital tax on American firms" read as a tariff ("suspended" 085, "imposed" 163)
        tariff = self.tariff_kin(obj, lemma)
        # rule 236a: "the opening of accession talks" stands for the talks, after its own lemma; rule 362: "the
        # deployment of a UN peacekeeping force" stands for the forces, read as its own object is (peacekeepers)
        phased = (
            [
                p.lemma_.lower()
                for prep in obj.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children
                if p.dep_ == "pobj"
            ]
            if lemma in lex.phase_nouns
            else [
                o
                for prep in obj.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children
                if p.dep_ == "pobj"
                for o in self.phrase_objects(p)
            ]
            if lemma in lex.deployment_of_nouns
            else []
        )
        return (
            (sorted(lex.peacekeeper_readings) if peacekeeping else [])
            + (sorted(lex.patient_readings) if patient else [])
            + (sorted(lex.wanted_person_readings) if wanted else [])
            + (sorted(lex.aid_worker_readings) if aid_worker else [])
            + (sorted(lex.crossing_readings) if crossing else [])
            + (sorted(lex.cargo_carrier_readings) if cargo_carrier else [])
            + (sorted(lex.naval_vessel_readings) if naval_vessel else [])
            + (sorted(lex.press_outlet_readings) if press else [])
            + (sorted(lex.internet_readings) if internet else [])
            + (sorted(lex.emergency_power_readings) if emergency else [])
            + (sorted(lex.police_unit_readings) if police_unit else [])
            + (sorted(lex.alleging_claim_readings) if alleging else [])
            + (sorted(lex.tariff_kin_readings) if tariff else [])
            + [lemma]
            + phased
            + titles
        )

    def tariff_kin(self, noun: Token, lemma: str) -> bool:
        """Rule 411a, whether ``noun`` is a `tariff_kin_nouns` noun (tax, levy, duty) whose `tariff_kin_preps` phrase
        names another party's goods or firms by an actor mention ("its digital services tax on American technology
        firms", "a levy on Spanish tomatoes"; the phrase on the noun or on the verb it is the object of): a tariff in
        all but name (CAMEO 163, eased 085). A tax on no named party ("a new tax on wealthy households"), "a duty to
        help" and "on duty" are none."""
        if lemma not in self.lex.tariff_kin_nouns:
            return False
        # the phrase may hang on the verb whose object the noun is ("lifted the duty | on Zambian maize"), as rule 317's
        heads = [noun, noun.head] if noun.dep_ in ("dobj", "obj") else [noun]
        objects = [o for h in heads for o in prep_objects_in(h, self.lex.tariff_kin_preps)]
        actors = noun.doc.spans["actors"] if "actors" in noun.doc.spans and objects else []
        # a party the phrase names itself: "households" coded from the sentence's context names none
        named = [a for a in actors if a.label_ and a._.actor_how != "context"]
        return any(o.left_edge.i <= a.start and a.end - 1 <= o.right_edge.i for a in named for o in objects)

    def emergency_power(self, noun: Token) -> bool:
        """Whether ``noun`` names a state's emergency powers (docs/events.md rule 313): an `emergency_power_heads` noun
        with an `emergency_power_modifiers` word as its adjective or compound ("martial law", "emergency rule"), which
        CAMEO codes as a state of emergency (1724, its ease 0814); "a new security law", "the rule of law" are none."""
        lex = self.lex
        if noun.lemma_.lower() in lex.emergency_power_duration_heads:
            # rule 341: "lifted martial law hours after declaring it", parsed as "martial law hours"
            return any(c.dep_ == "compound" and self.emergency_power(c) for c in noun.children)
        return noun.lemma_.lower() in lex.emergency_power_heads and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.emergency_power_modifiers for c in noun.children
        )

    def cargo_carrier(self, noun: Token) -> bool:
        """Whether ``noun`` is a carrier of goods, a ship (session 31, actors17; docs/actors.md): a
        `cargo_carrier_heads` noun with a `cargo_carrier_modifiers` word as its compound or adjective ("a Chinese bulk
        carrier", "an LNG carrier"); "the aircraft carrier" is none."""
        lex = self.lex
        return noun.lemma_.lower() in lex.cargo_carrier_heads and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lex.cargo_carrier_modifiers for c in noun.children
        )

    def naval_vessel(self, noun: Token) -> bool:
        """Whether ``noun`` is a warship (docs/events.md rule 327): a `naval_vessel_heads` noun with a
        `naval_vessel_modifiers` word as its compound or adjective ("naval vessels", "navy ships", "military boats")
        and no compound noun of another kind of ship beside it (`naval_vessel_kinds` are kinds of warship: "naval
        patrol boats" is one, "a naval hospital ship", "a naval supply ship" are none)."""
        lex = self.lex
        if noun.lemma_.lower() not in lex.naval_vessel_heads:
            return False
        near = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        # the parser may hang the modifier on the kind ("naval(amod -> patrol) patrol boats")
        words = {c.lemma_.lower() for c in near + [g for c in near for g in c.children if g.dep_ == "amod"]}
        kinds = {c.lemma_.lower() for c in near if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN")}
        return bool(words & lex.naval_vessel_modifiers) and kinds <= lex.naval_vessel_modifiers | lex.naval_vessel_kinds

    def press_outlet(self, noun: Token) -> bool:
        """Whether ``noun`` is a press outlet (session 31, domestic3; docs/events.md rule 260a): a
        `press_outlet_nouns` noun ("a newspaper", "the broadcaster"), or a `press_outlet_heads` noun with a
        `press_outlet_modifiers` word as its compound or adjective ("an opposition television channel", "a news
        outlet"); "the channel of communication" and "a power station" are none."""
        lex = self.lex
        lemma = noun.lemma_.lower()
        return lemma in lex.press_outlet_nouns or (
            lemma in lex.press_outlet_heads
            and any(
                c.dep_ in ("compound", "amod", "nmod") and c.lower_ in lex.press_outlet_modifiers for c in noun.children
            )
        )

    def measure_compound_phrase(self, lemma: str, head: str, compound: str | None) -> str | None:
        """The code of verb ``lemma`` on a compound noun that names a sanction by another name (rule 202:
        `measure_compound_codes`), read through the phrases written for `measure_compound_readings` when the head has
        no phrase of its own with the verb: "eased export controls" as "eased sanctions" (085), or one of
        `measure_compound_yielding_codes` (rule 317: "eased export restrictions" 085, not "ease restriction" 081);
        None otherwise."""
        lex = self.lex
        own = lex.phrases.get((lemma, head))
        if compound not in lex.measure_compound_codes or own not in (None, *lex.measure_compound_yielding_codes):
            return None
        return next(
            (lex.phrases[(lemma, r)] for r in sorted(lex.measure_compound_readings) if (lemma, r) in lex.phrases),
            None,
        )

    @staticmethod
    def framing_swap(noun: Token) -> bool:
        """Rule 259a, whether a swap noun (`swap_verbs` lemmas) is the object of an "in" phrase of a verb that acts
        on its own object or passive subject: "Russia freed an American teacher in a prisoner swap", "200 soldiers
        were handed over in a prisoner exchange" name the way the verb's release was made, no second act of the
        other side's; "engaged in a prisoner exchange" (no object) keeps it."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
            return False
        return any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in prep.head.children)

    def phrase_over_refined_head(self, lemma: str, head: str, compound: str) -> bool:
        """Rule 278a: whether the verb's phrase with a head noun (``phrases``) names another act than the head's
        compound, where the compound only refines the head's own code (the same root): "blocked Ukraine's accession
        talks" is "block talk" (125) and "suspended membership talks" "suspend talk" (164), while "held accession
        talks" is the compound's negotiation (046), as "hold talk" names the head's own act (040)."""
        phrase = self.lex.phrases.get((lemma, head))
        own = self.lex.nouns.get(head, "")
        return phrase is not None and compound[:2] == own[:2] and phrase[:2] != own[:2]

    def figurative_fight(self, tok: Token) -> bool:
        """Rule 430b, whether a fighting noun is a figure for a contest without force: a `figurative_fight_words`
        modifier or "of" object ("a trade war", "a tariff war", "a war of words")."""
        words = self.lex.figurative_fight_words
        return any(
            (c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words)
            or (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(p.dep_ == "pobj" and p.lemma_.lower() in words for p in c.children)
            )
            for c in tok.children
        )

    def compound_noun(self, tok: Token) -> str | None:
        """The code of a noun its modifier names (``noun_compounds``: "hunger strike" 142, "general strike" 143)."""
        lemma = tok.lemma_.lower()
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod"):
                code = self.lex.noun_compounds.get((child.lemma_.lower(), lemma))
                if code is not None:
                    return code
        return self.of_goods_compound(tok, lemma) or self.measure_eased_phrase(tok, lemma)

    def trade_measure(self, tok: Token, lemma: str) -> str | None:
        """Rule 317, the sanction code of a measure noun whose `trade_measure_preps` phrase names the trade it bars as
        its compound would: "a ban on seafood imports", "restrictions on exports" read as "an import ban", "export
        restrictions" (163, ``noun_compounds``), for the verb phrase read through rule 202 only (an imposed ban keeps
        its own reading). The phrase may hang on the verb whose object the noun is ("lifted its ban on grain
        exports"), as rule 261c's does. Only the measure compounds (`measure_compound_codes`)."""
        heads = [tok, tok.head] if tok.dep_ in ("dobj", "obj") else [tok]
        for obj in (o for h in heads for o in prep_objects_in(h, self.lex.trade_measure_preps)):
            code = self.lex.noun_compounds.get((obj.lemma_.lower(), lemma))
            if code in self.lex.measure_compound_codes:
                return code
        return None

    def of_goods_compound(self, tok: Token, lemma: str) -> str | None:
        """The trade code of a goods noun named by its "of" phrase as by its compound (rule 224): "deliveries of gas",
        "the transit of Russian gas", "shipments of oil" read as "gas deliveries" (061, ``noun_compounds``), so the
        reduce wrapper's cut is 163, not the arms or aid class of the head alone. Only the trade compounds (061):
        "control of exports" is no "export control"."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        code = self.lex.noun_compounds.get((obj.lemma_.lower(), lemma))
                        if code == "061":
                            return code
        return None

    def measure_eased_phrase(self, tok: Token, lemma: str) -> str | None:
        """Rule 261c, an exemption, waiver or relief noun whose "from" or "of" phrase names a measure
        (`exemption_measures`): read as the compound form is ("an exemption from US sanctions" as "a sanctions
        exemption", 085, ``noun_compounds``), so a seek verb's object is the easing asked for (rule 254c). The
        phrase may hang on the verb whose object the noun is ("sought relief from US sanctions"). Only the easing
        compounds (085)."""
        heads = [tok, tok.head] if tok.dep_ in ("dobj", "obj") else [tok]
        if any(self.eased_measure_prep(p) for h in heads for p in h.children if p.dep_ == "prep"):
            return self.lex.exemption_code
        return None

    def eased_measure_prep(self, prep: Token) -> bool:
        """Rule 261c, whether ``prep`` is the "from" / "of" phrase that names the measure an exemption, waiver or
        relief noun eases: hung on the noun or on the verb whose object the noun is, its object an
        `exemption_measures` noun, the pair an easing compound (085: "sanction relief")."""
        if prep.lower_ not in ("from", "of"):
            return False
        head = prep.head
        nouns = [head] if head.pos_ in ("NOUN", "PROPN") else [c for c in head.children if c.dep_ in ("dobj", "obj")]
        return any(
            self.lex.noun_compounds.get((m.lemma_.lower(), n.lemma_.lower())) == self.lex.exemption_code
            for n in nouns
            for m in prep.children
            if m.dep_ == "pobj" and m.lemma_.lower() in self.lex.exemption_measures
        )

    def of_goods(self, noun: Token) -> bool:
        """Rule 226, whether ``noun`` is a `goods_containers` noun whose "of" phrase names goods of a class or trade
        goods ("deliveries of oil", "shipments of weapons", "supplies of food"): the goods it carries, read as the
        compound form is ("oil deliveries"); not "the transfer of weapons" (no container) nor "a delivery of
        statements"."""
        lemma = noun.lemma_.lower()
        if lemma not in self.lex.goods_containers:
            return False
        if self.of_goods_compound(noun, lemma) is not None:
            return True
        return any(
            self.goods_code(o) is not None
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        )

    def of_goods_class(self, noun: Token, lemma: str) -> str | None:
        """Rule 226, the aid class of a generic aid container noun (`backing_code`, 070: "delivery", "supply") whose
        "of" phrase names goods of a class: "resumed deliveries of weapons to Y" 072 as "resumed weapons deliveries
        to Y" is, "deliveries of food" 073; None for plain goods or no "of" phrase (the noun's own 070 stays)."""
        lex = self.lex
        if lex.nouns.get(lemma) != lex.backing_code or not self.of_goods(noun):
            return None
        cls = self.goods_code(noun)
        return cls if cls is not None and cls != lex.backing_code else None

    def carried_aid_class(self, noun: Token, lemma: str) -> str | None:
        """Rule 234b, the aid class of an aid noun (`relief_cargo_nouns`) that modifies a road carrier
        (`relief_carriers`: "dispatched an aid convoy to Gaza"): the carrier's goods class (`goods_code`), relief
        (073) unless another modifier names a class; None for any other noun."""
        lex = self.lex
        if lemma not in lex.relief_cargo_nouns or noun.dep_ != "compound" or lex.nouns.get(lemma) != lex.backing_code:
            return None
        if noun.head.lemma_.lower() not in lex.relief_carriers:
            return None
        cls = self.goods_code(noun.head)
        return cls if cls is not None and cls != lex.backing_code else None

    def coalition_purpose(self, verb: Token, lemma: str) -> Token | None:
        """Rule 274b, the act a coalition is led, formed or joined for: a `coalition_verbs` verb whose direct object
        is a `coalition_nouns` noun, and the to-infinitive on the verb or on that noun (or on its "of" object, "a
        coalition of the willing to ..."): "Britain and France led a coalition of the willing to guarantee Ukraine's
        security" (guarantee). None where no such act is named ("joined the coalition")."""
        if lemma not in self.lex.coalition_verbs:
            return None
        nouns = [c for c in verb.children if c.dep_ in OBJ_DEPS and c.lemma_.lower() in self.lex.coalition_nouns]
        if not nouns:
            return None
        holders = [verb, *nouns, *(g for n in nouns for p in n.children if p.lower_ == "of" for g in p.children)]
        for holder in holders:
            for clause in holder.children:
                infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                if infinitive and (clause.dep_ in ("xcomp", "advcl") or to_infinitive_modifier(clause)):
                    return clause
        return None

    def verb_construction(self, tok: Token, lemma: str) -> Trigger | None:
        """A verb whose event is named by its prepositional phrase (docs/events.md, rule 21):

        - a light verb + "in" + trigger noun takes the noun's code ("engaged Russian forces in a firefight"
          is fighting, "engaged Pakistan in talks" consultation, not 050 engagement);
        - an advisory verb + "against" + travel ("advised against travel to Venezuela", "warned against
          visiting Russia") reduces relations with the destination;
        - an aimed verb with a target preposition ("fired at Lebanese soldiers", "shot at a Turkish
          patrol") is a use of force.
        The prepositional object is the phrase object: the target comes from it when the verb has none."""
        lex = self.lex
        accepted = self.accepted_proposal(tok, lemma)
        if accepted is not None:
            return accepted
        if lemma in lex.light_verbs:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for obj in prep.children:
                        code = lex.nouns.get(obj.lemma_.lower()) if obj.dep_ == "pobj" else None
                        if code:
                            return Trigger(tok, code, "verb", phrase_obj=obj)
        if lemma in lex.advisory_verbs:
            travel = self.advised_travel(tok)
            if travel is not None:
                return Trigger(tok, lex.advisory_code, "verb", phrase_obj=travel)
        response = self.stated_response(tok, lemma)
        if response is not None:
            return response
        conveyed = self.conveyed_aid(tok, lemma)
        if conveyed is not None:
            return conveyed
        received = self.received_aid(tok, lemma)
        if received is not None:
            return received  # "Ghana got two patrol boats from China": the giver's aid (rule 145)
        arrived = self.arrived_goods(tok, lemma)
        if arrived is not None:
            return arrived  # "Patriot systems from Germany arrived in Ukraine": Germany's aid (rule 244e)
        journey = self.journey(tok, lemma)
        if journey is not None:
            return journey
        if self.contact_force(tok, lemma):
            return Trigger(tok, lex.contact_force_code, "verb")
        measured = self.measure_contact(tok, lemma)
        if measured is not None:
            return measured  # "hit Russia's oil producers with sanctions" 163 (rule 431a)
        joined = self.joined_organisation(tok, lemma)
        if joined is not None:
            return Trigger(tok, lex.membership_code, "verb", phrase_obj=joined)
        exempted = self.exempted_from_measure(tok, lemma)
        if exempted is not None:
            return Trigger(tok, lex.exemption_code, "verb", phrase_obj=exempted)  # rule 215b
        delisted = self.delisted_from_blacklist(tok, lemma)
        if delisted is not None:
            return Trigger(tok, lex.delisting_code, "verb", phrase_obj=delisted)  # rule 301b
        suspended = self.suspended_member(tok, lemma)
        if suspended is not None:
            return Trigger(tok, lex.member_suspension_code, "verb")
        left = self.left_organisation(tok, lemma)
        if left is not None:
            return Trigger(tok, lex.organisation_leaving_code, "verb", phrase_obj=left)
        mission = self.left_mission(tok, lemma)
        if mission is not None:
            return Trigger(tok, lex.mission_leaving_code, "verb", phrase_obj=mission)  # rule 387f
        partner = self.joint_work_partner(tok, lemma)
        if partner is not None:
            return Trigger(tok, lex.joint_work_code, "verb", phrase_obj=partner)  # rule 387d
        withheld = no_comment_object(tok, lex)
        if withheld is not None:
            return Trigger(tok, lex.no_comment_code, "verb", phrase_obj=withheld)  # rule 387g
        applied_to = self.membership_application(tok, lemma)
        if applied_to is not None:
            return Trigger(tok, lex.membership_appeal_code, "verb", phrase_obj=applied_to)
        moved_up = self.force_move(tok, lemma) or self.scrambled_force(tok, lemma)
        if moved_up is not None:
            return moved_up
        if self.forces_leaving(tok, lemma):
            return Trigger(tok, lex.departure_code, "verb")
        if lemma in lex.shuttle_verbs and any(
            c.dep_ == "prep" and c.lower_ == "between" and any(g.dep_ == "pobj" for g in c.children)
            for c in tok.children
        ):
            # "envoys shuttled between Israel and Hamas" (rule 242e): a go-between's mediation, toward each side
            return Trigger(tok, lex.hosting_between_code, "verb", mediation=True)
        if self.hosted_meeting(tok) is not None:
            # "X hosted talks between A and B": X brings two others together, a third party's 045 (rule 93)
            return Trigger(tok, lex.hosting_between_code, "verb", mediation=True)
        objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if lemma in lex.boycott_verbs and any(o.lemma_.lower() in lex.boycotted_events for o in objects):
            # "boycotted the elections", "boycotted the opening session": a protest by staying away (143), not the
            # embargo on a party that "boycotted Y's goods" is (163; rule 48c)
            return Trigger(tok, lex.event_boycott_code, "verb")
        bid = [
            c
            for c in tok.children
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        if objects and bid and lemma in lex.bidding_verbs and lex.appeal is not None:
            # "told Paraguay to reconsider": an appeal to the object, refined by what it is told to do
            return Trigger(tok, lex.appeal.code, "verb", wrapper=lex.appeal)
        if objects and bid and lemma in lex.ordering_verbs and lex.demand is not None:
            # "directed Y to halt the operation": a demand on the object, as "ordered" is (rule 51c); an order to
            # one's own agents is read as rule 28 reads "instructed his envoy to ..."
            return Trigger(tok, lex.demand.code, "verb", wrapper=lex.demand)
        idiom = permission_idiom(tok, lex)
        if idiom is not None:
            # "cleared the way for Sweden to join NATO", "gave Poland the green light to send tanks": yielding to the
            # party let act, as "allowed Y to V" (rule 437a)
            return Trigger(tok, lex.permission_code, "verb", phrase_obj=idiom[0])
        if lemma in lex.permission_verbs:
            if objects and bid:
                # "allowed Ethiopia to use the airport": yielding to the object ("refused to allow": 124)
                return Trigger(tok, lex.permission_code, "verb")
            for clause in tok.children:
                # the same parsed as a clause with its own subject: the subject is whom it yields to
                to_aux = any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
                # "would let UN inspectors return": a bare infinitive (rule 179a), not an idiom ("let Y know")
                bare = lemma in lex.bare_permission_verbs and clause.lemma_.lower() not in lex.let_idiom_verbs
                subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if clause.dep_ == "ccomp" and (to_aux or bare) and subj is not None:
                    # "let free the activists" parsed as a clause keeps its phrase (rule 41's "let free", 0841)
                    code = lex.phrases.get((lemma, clause.lemma_.lower())) if bare else None
                    # "allowed US inspectors to visit its sites": the clause's subject is who is let in, as the object
                    # of "allowed US inspectors" is (phrases "allow inspector" 0862; rule 201a)
                    code = code or self.object_phrase(lemma, subj)
                    # rule 259b: and a carrier its load names, as the object "allowed aid trucks into Gaza" (rule
                    # 150b): "allowed a UN aid convoy to enter Gaza" as "allow aid" (0863)
                    code = code or self.cargo_phrase(lemma, subj)
                    return Trigger(tok, code or lex.permission_code, "verb", phrase_obj=subj)
                if (
                    clause.dep_ == "ccomp"
                    and clause.pos_ in ("NOUN", "PROPN")
                    and lemma in lex.bare_permission_verbs
                    and any(c.dep_ == "prep" for c in (*clause.children, *tok.children))
                ):
                    # "let UN inspectors into its sites" parsed as a verbless clause: the noun is who is let in, as
                    # the object of "let aid into Gaza" is; only a phrase of its own (rule 370g)
                    code = self.object_phrase(lemma, clause) or self.cargo_phrase(lemma, clause)
                    if code is not None:
                        return Trigger(tok, code, "verb", phrase_obj=clause)
            for obj in objects:
                if obj.lemma_.lower() not in lex.admission_nouns:
                    continue
                for admitted in (g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
                    if admitted.dep_ == "pobj":
                        # "allowed the return of UN inspectors": the "of" phrase is who is let in, as the object of
                        # "allowed UN inspectors" is (phrases "allow inspector" 0862; else yielding, 080; rule 77f)
                        code = lex.phrases.get((lemma, admitted.lemma_.lower()), lex.permission_code)
                        return Trigger(tok, code, "verb", phrase_obj=admitted)
        if lemma in lex.arrival_verbs and tok.tag_ in ("VBD", "VBN", "VBZ"):
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in lex.visit_arrival_preps:
                    for obj in prep.children:
                        if obj.dep_ == "pobj" and lex.nouns.get(obj.lemma_.lower()) == "042":
                            # "arrived in Amman on a visit": a visit to where the traveller arrives
                            return Trigger(tok, "042", "verb", phrase_obj=obj)
                        if obj.dep_ == "pobj" and self.partnerless_talks(obj):
                            # "arrived in Pyongyang for talks" (rule 242c): talks with no party named are held
                            # with the host, a visit to where the traveller arrives (042); no phrase object, which
                            # would make the visit mutual as the talks are
                            return Trigger(tok, "042", "verb")
        if lemma in lex.arrival_verbs:
            for subj in tok.children:
                if subj.dep_ != "nsubj":
                    continue
                for word in [subj] + [c for c in subj.children if c.dep_ in ("amod", "compound")]:
                    code = lex.nouns.get(word.lemma_.lower())
                    if code in lex.arrival_codes:
                        # "Chinese peacekeepers arrived in South Sudan": the sender's peacekeeping there
                        return Trigger(tok, code, "verb")
        if lemma in lex.presence_verbs and (code := self.force_presence(tok)):
            # "British troops have arrived in Mali", "Irish soldiers served in Lebanon": a deployment there
            return Trigger(tok, code, "verb")
        if lemma in lex.incursion_verbs:
            for child in tok.children:
                objs = [child] if child.dep_ in ("dobj", "obj") else []
                if child.dep_ == "prep" and child.lower_ == "into":
                    objs = [g for g in child.children if g.dep_ == "pobj"]
                for obj in objs:
                    if self.entered_domain(obj):
                        # "drones violated Polish airspace", "jets entered into Y's airspace", "vessels entered
                        # Japanese territorial waters" (rule 210): a show of force
                        return Trigger(tok, lex.incursion_code, "verb", phrase_obj=obj)
        if lemma in lex.speak_verbs or lemma in lex.greeting_verbs:
            # rule 371a: the "with" phrase the parser hung on the phone noun of a "by" phrase ("spoke by telephone
            # with Y") is the verb's own
            phones = [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in lex.phone_preps
                for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() in lex.phone_nouns
            ]
            withs = [
                c
                for h in [tok, *phones]
                for c in h.children
                if c.dep_ == "prep" and c.lower_ in lex.speak_preps and any(g.dep_ == "pobj" for g in c.children)
            ]
            if withs or self.conversation(tok, lemma):
                # "spoke with Museveni", "spoke with Y by phone" (041): a consultation with the "with" party
                phone = any(
                    g.lemma_.lower() in lex.phone_nouns
                    for c in tok.children
                    if c.dep_ in ("prep", "npadvmod", "advmod")
                    for g in [c, *c.children]
                )
                return Trigger(tok, "041" if phone else "040", "verb")
        if lemma in lex.phoned_verbs and self.told_by_phone(tok):
            return Trigger(tok, "041", "verb")  # "told his French counterpart by phone": a call with Y (rule 105d)
        if lemma in lex.aimed_verbs and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.children):
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in lex.aimed_preps:
                    return Trigger(tok, lex.aimed_code, "verb")
        return None

    def stated_response(self, verb: Token, lemma: str) -> Trigger | None:
        """Rule 118a, a stated response or retaliation (``retaliation_verbs``): "will respond to Y's sanctions",
        "vowed to retaliate against Y" states a threat of an unnamed act (``retaliation_code``, 130), of force with a
        force word on the verb ("respond militarily", "retaliate with force": ``retaliation_force_code``, whose
        stated intent is 138). Only a stated one: a will/would/shall modal on the verb (``intent_modals``), or the
        verb the to-infinitive of a threat or intent wrapper (``retaliation_wrappers``: "threatened / vowed / is
        ready to retaliate"); "retaliated against Y" (done) keeps its lexicon reading."""
        lex = self.lex
        if lemma not in lex.retaliation_verbs:
            return None
        modal = any(c.dep_ == "aux" and c.lower_ in lex.intent_modals for c in verb.children)
        wrapper = None
        if verb.dep_ == "xcomp":
            head = verb.head
            words = lex.wrap_adjs if head.pos_ == "ADJ" else lex.wrap_verbs
            wrapper = words.get(head.lemma_.lower())
        if not modal and (wrapper is None or wrapper.name not in lex.retaliation_wrappers):
            return None
        if lemma in lex.neutral_response_verbs and not any(
            self.hostile_answered(obj)
            for obj in answered_objects(verb, lex.retaliation_preps, lex.retaliation_reference_verbs)
        ):
            return None  # "will respond to the letter from Y", "would respond to questions": a reply, no threat
        force = False
        for child in verb.children:
            if child.dep_ == "advmod" and child.lemma_.lower() in lex.retaliation_force_words:
                force = True  # "respond militarily"
            if child.dep_ == "prep" and child.lower_ == "with":
                # "retaliate with force", "respond with military action", "with missiles"
                for obj in (g for g in child.children if g.dep_ == "pobj"):
                    means = [obj, *(m for m in obj.children if m.dep_ in ("amod", "compound"))]
                    force = force or any(w.lemma_.lower() in lex.retaliation_force_words for w in means)
        measure = None if force else self.response_means(verb)
        if measure is not None:
            # "threatened to respond to Y's move with sanctions": the measure the response names is the act stated
            # (163, whose threat is 1312; rule 148), not an unnamed 130 beside a 163 of its own
            return Trigger(verb, self.measure_code(measure), "verb")
        return Trigger(verb, lex.retaliation_force_code if force else lex.retaliation_code, "verb")

    def deadline_given(self, verb: Token) -> bool:
        """Rule 148, an ultimatum: a `deadline_verbs` verb ("gave", "granted") with a party it is given to (a
        dative) and a span of time (`deadline_nouns`: "48 hours", "a week") as its object or bare noun adverbial,
        and a to-infinitive saying what must be done by then, on the verb or on the time noun: "gave Y 48 hours to
        withdraw", "gave Y a week to release the prisoners"."""
        lex = self.lex
        spans = [
            c for c in verb.children if c.dep_ in ("dobj", "obj", "npadvmod") and c.lemma_.lower() in lex.deadline_nouns
        ]
        if spans:
            # rule 283b: with the span an adverbial ("gave Kyiv a week to accept"), the parser reads the party as
            # the direct object
            party_deps = (
                ("dative", "iobj", "dobj", "obj") if all(s.dep_ == "npadvmod" for s in spans) else ("dative", "iobj")
            )
            if not any(c.dep_ in party_deps and c not in spans for c in verb.children):
                return False
        else:
            # rule 215d: "gave the EU until August 1 to reach a deal", the time a `deadline_preps` phrase of a date
            # and the party the object (the parser reads it so with no second object)
            spans = [
                c
                for c in verb.children
                if c.dep_ == "prep"
                and c.lower_ in lex.deadline_preps
                and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)
            ]
            if not spans or not any(c.dep_ in ("dative", "iobj", "dobj", "obj") for c in verb.children):
                return False
        clauses = [*verb.children, *(c for span in spans for c in span.children)]
        return any(
            c.dep_ in ("xcomp", "advcl", "acl", "relcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in clauses
        )

    def deadline_parties(self, verb: Token) -> list[Token]:
        """Rule 248a, a deadline set for a party: the subjects of a for-to clause ("for Kyiv to accept the plan") on
        ``verb`` or on its direct object, a `deadline_nouns` noun ("set a deadline for Kyiv to accept the plan",
        "imposed a Thursday deadline for Hamas to respond"); none when the object is no deadline or no party must
        act ("set a deadline for completing the review")."""
        lex = self.lex
        spans = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.deadline_nouns]
        if not spans:
            return []
        return [
            s
            for holder in (verb, *spans)
            for c in holder.children
            if c.dep_ in ("advcl", "acl", "relcl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass")
        ]

    def measure_code(self, noun: Token) -> str:
        """The code of a measure noun: its compound's (``noun_compounds``: "export control" 163), else its own."""
        return self.compound_noun(noun) or self.lex.nouns.get(noun.lemma_.lower(), "")

    def response_means(self, verb: Token) -> Token | None:
        """Rule 148, the hostile measure a response verb names as its means: the object of a "with" phrase on the
        verb, or on what it answers (the parser hangs "with sanctions" on the answered noun in "respond to Y's move
        with sanctions"), that is a noun of `retaliation_object_roots` and no means of force (`force_means`);
        None when there is none."""
        lex = self.lex
        holders = [verb, *answered_objects(verb, lex.retaliation_preps)]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "with":
                    continue
                for noun in prep.children:
                    code = self.measure_code(noun)
                    if noun.dep_ == "pobj" and code[:2] in lex.retaliation_object_roots and not self.force_means(noun):
                        return noun
        return None

    def hostile_answered(self, obj: Token) -> bool:
        """Whether ``obj``, what a response answers, is a party (an entity name) or a hostile act (a noun of
        ``retaliation_object_roots`` or ``retaliation_object_nouns``): "respond to Washington", "to any US
        sanctions", "to the Japanese provocations" (rule 118a)."""
        lemma = obj.lemma_.lower()
        if obj.ent_type_ in PARTY_ENTS:
            return True
        return lemma in self.lex.retaliation_object_nouns or self.lex.nouns.get(lemma, "")[:2] in (
            self.lex.retaliation_object_roots
        )

    def accepted_proposal(self, verb: Token, lemma: str) -> Trigger | None:
        """Rule 99a, a proposal taken up that proposes nothing in its own words: an acceptance verb
        (`acceptance_verbs`) whose direct object (or passive subject) is a proposal noun (`accepted_proposal_nouns`,
        `invitation_nouns`): "Syria accepted Russia's peace plan", "accepted a proposal from Y", "Y's plan was
        accepted by X" is the accepter's intent to cooperate (`accepted_proposal_code`, 030; an invitation
        `accepted_invitation_code`, 036) toward the noun's owner, whom the object's possessor, modifier or phrase
        names as it names the owner of "accepted Y's demands". A noun that names its act ("Y's proposal to hold
        talks", "Y's offer of aid", "a ceasefire proposal", "the demand that Y ...") is left to the act's own finer
        code (rules 44, 47d): `proposes_act`."""
        lex = self.lex
        if lemma not in lex.acceptance_verbs and lemma not in lex.accepting_to_verbs:
            return None
        for noun in self.accepted_objects(verb, lemma):
            code = self.accepted_code(verb, noun, noun.dep_ == "pobj")
            if code == "":
                return None
            if code is not None:
                return Trigger(verb, code, "verb", phrase_obj=noun, accepted=True)
        return None

    def accepted_code(self, verb: Token, noun: Token, via_to: bool) -> str | None:
        """The code of one noun an acceptance verb takes up (rules 99a, 107b): a truce proposed 0356, an invitation
        036, a proposal 030; "" for a proposal that names its own act (left to that act's finer code), None for any
        other noun. ``via_to``: the noun is the "to" phrase of `accepting_to_verbs`, where only a proposed truce is
        read ("agreed to Y's proposal" keeps the intent wrapper's reading)."""
        lex = self.lex
        word = noun.lemma_.lower()
        if self.proposed_truce(noun) or (not via_to and self.accepted_truce(noun)):
            # "accepted Y's ceasefire proposal", "agreed to the ceasefire proposed by Y": the intent to de-escalate,
            # toward the proposer (rule 107b); "A and B accepted a ceasefire", "accepted the ceasefire deal": a truce
            # taken up, as "agreed to a ceasefire" is (rule 300)
            return lex.accepted_truce_code
        if via_to and word in lex.deployment_of_nouns:
            # rule 363: "agreed / consented to the deployment of UN peacekeepers" 0861, as "accepted" it (rule 362)
            return self.object_phrase(verb.lemma_.lower(), noun)
        if via_to or (word not in lex.accepted_proposal_nouns and word not in lex.invitation_nouns):
            return None
        if self.proposes_act(verb, noun):
            return ""
        return lex.accepted_invitation_code if word in lex.invitation_nouns else lex.accepted_proposal_code

    def rejected_proposal_code(self, word: Token, inner: Token | None = None) -> str | None:
        """Rule 208, the mirror of rule 99a: the code of a proposal rejected that names no act of its own, the direct
        object (or passive subject) of a rejection verb, or the "of" object of a rejection noun: an invitation
        (`invitation_nouns`) is a proposal to meet (`rejected_invitation_code`, 125: "rejected Putin's invitation to
        Moscow"); a plan-like noun (`settlement_plan_nouns`) qualified by a peace word (`settlement_plan_modifiers`:
        a compound, an adjective, a "for" / "of" object) is a plan to settle the dispute (`rejected_settlement_code`,
        127: "rejected Ukraine's peace proposal"). None for any other object, which keeps the wrapper's 120, and where
        the rejection wraps an act (``inner``) other than the proposal noun itself ("rejected Y's offer of talks": the
        talks, 125 by the wrapper's refinement)."""
        lex = self.lex
        if word.pos_ in ("NOUN", "PROPN"):
            objects = [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        else:
            objects = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
            for taken in word.children:
                # rule 253b: "refused to accept Y's peace plan" as "rejected Y's peace plan": the object of an
                # acceptance verb (`acceptance_verbs`) the refusal wraps
                if taken.dep_ == "xcomp" and taken.lemma_.lower() in lex.acceptance_verbs:
                    if inner is not None and inner.i == taken.i:
                        inner = None
                    objects += [c for c in taken.children if c.dep_ in ("dobj", "obj")]
        for noun in objects:
            lemma = noun.lemma_.lower()
            if inner is not None and inner.i != noun.i:
                continue
            if lemma in lex.invitation_nouns:
                return lex.rejected_invitation_code
            if self.settlement_plan(noun) or (lemma in lex.settlement_plan_nouns and self.rejected_as_surrender(noun)):
                return lex.rejected_settlement_code
        return None

    def offered_forces(self, noun: Token) -> bool:
        """Rule 340: whether ``noun`` is an offer or proposal (an `intent` wrapper noun) of forces (`force_nouns`):
        its "of" object ("the offer of US troops") or the object of its to-infinitive of sending
        (`troop_sending_verbs`: "the offer to send US troops")."""
        lex = self.lex
        if lex.intent is None or lex.wrap_nouns.get(noun.lemma_.lower()) is not lex.intent:
            return False
        things = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        return any(t.lemma_.lower() in lex.force_nouns for t in things) or any(
            self.sends_forces(v)
            for v in noun.children
            if v.dep_ in ("acl", "relcl", "xcomp")  # "the offer to send troops", "... to deploy forces" (rule 343)
        )

    def sends_forces(self, verb: Token) -> bool:
        """Rules 340, 343: whether ``verb`` sends, deploys or stations (`troop_sending_verbs`) forces: its object is
        one of `force_nouns` or `sent_force_nouns` ("to station troops", "to deploy forces")."""
        lex = self.lex
        if verb.lemma_.lower() not in lex.troop_sending_verbs:
            return False
        forces = lex.force_nouns | lex.sent_force_nouns
        return any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in forces for o in verb.children)

    def appealed_settlement(self, verb: Token) -> bool:
        """Rule 349: whether ``verb``, an appeal verb, asks for the dispute to be settled: its to-infinitive is a
        `settling_verbs` verb over a dispute noun with no code of its own (:meth:`unsettled_dispute`: "urged Y to
        settle their border dispute"), or an `acceptance_verbs` / `settlement_reaching_verbs` verb over a settlement:
        a `settlement_plan_modifiers` noun itself ("to accept a negotiated settlement") or a plan to settle the
        dispute (:meth:`settlement_plan`: "to accept the peace deal")."""
        lex = self.lex
        reaching = lex.acceptance_verbs | lex.settlement_reaching_verbs
        for act in verb.children:
            if act.dep_ not in ("xcomp", "ccomp") or act.pos_ != "VERB":
                continue
            lemma = act.lemma_.lower()
            objects = [o for c in act.children if c.dep_ in ("dobj", "obj") for o in self.object_heads(c)]
            if lemma in lex.settling_verbs and any(self.unsettled_dispute(o) is not None for o in objects):
                return True
            if lemma in reaching and any(
                o.lemma_.lower() in lex.settlement_plan_modifiers or self.settlement_plan(o) for o in objects
            ):
                return True
        return False

    def settlement_plan(self, noun: Token) -> bool:
        """Rules 208 and 253b: whether ``noun`` is a plan to settle the dispute: a plan-like noun
        (`settlement_plan_nouns`) qualified by a peace word (`settlement_plan_modifiers`: a compound, an adjective,
        a "for" / "of" object) or made of numbered points (`numbered_plan_heads`: "the US 28-point plan")."""
        lex = self.lex
        if noun.lemma_.lower() in lex.settlement_plan_nouns and self.settles_dispute(noun):
            return True  # rule 331: "rejected a plan for ending its dispute with Y" (127)
        return noun.lemma_.lower() in lex.settlement_plan_nouns and any(
            (c.dep_ in ("compound", "amod") and c.lemma_.lower() in lex.settlement_plan_modifiers)
            or (
                c.dep_ == "prep"
                and c.lower_ in lex.plan_preps
                and any(o.lemma_.lower() in lex.settlement_plan_modifiers for o in c.children if o.dep_ == "pobj")
            )
            # rule 253b: a plan of numbered points ("the US 28-point plan") is a settlement's terms
            or (
                c.dep_ == "compound"
                and c.lemma_.lower() in lex.numbered_plan_heads
                and any(n.dep_ == "nummod" for n in c.children)
            )
            for c in noun.children
        )

    def presented_settlement_plan(self, noun: Token) -> bool:
        """Rule 263b: a plan to settle the dispute (:meth:`settlement_plan`) that is the direct object of a verb of
        proposing (`proposing_participles`: "presented the 28-point plan to Ukraine", "proposed a peace plan to Y")
        is a proposal made, as "presented a proposal to Y" is (the `intent` wrapper's noun, 030 toward the one it
        is put to); a plan announced, drafted or rejected keeps its own reading."""
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ == "with" and verb.dep_ == "prep":
            # rule 268: "presented Zelensky with the 28-point plan": the recipient the object, the plan in "with"
            verb = verb.head
            if not any(c.dep_ in ("dobj", "obj") for c in verb.children):
                return False
        elif noun.dep_ not in ("dobj", "obj"):
            return False
        return verb.lemma_.lower() in self.lex.proposing_participles and self.settlement_plan(noun)

    def jointly_drafted(self, noun: Token) -> bool:
        """Rule 283c: a plan to settle the dispute (:meth:`settlement_plan`) that is the direct object of a
        `joint_drafting_verbs` verb with two drafters, conjoined subjects ("Witkoff and Dmitriev drafted a 28-point
        peace plan") or a "with" object that names someone (a proper noun or a named entity: "drafted the peace plan
        with Dmitriev"), is the two sides bargaining over its terms; drafted alone ("the US drafted a peace plan")
        or "with" a thing ("with care") it is not."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in self.lex.joint_drafting_verbs:
            return False
        if not self.settlement_plan(noun):
            return False
        joint_subject = any(
            c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children) for c in verb.children
        )
        party_ents = ("PERSON", "GPE", "NORP", "ORG")  # not "with 28 points" (CARDINAL)
        named_with = any(
            o.pos_ == "PROPN" or o.ent_type_ in party_ents or any(m.ent_type_ == "NORP" for m in o.children)
            for holder in (verb, noun)  # the parser hangs "with" on either
            for p in holder.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children
            if o.dep_ == "pobj"
        )
        return joint_subject or named_with

    def rejected_as_surrender(self, noun: Token) -> bool:
        """Rule 253b, whether a rejected proposal is taken for a surrender (`surrender_words`) in a
        `characterization_preps` phrase ("rejected the US plan as capitulation", "refused to accept the offer as a
        surrender"): a plan whose terms would settle the dispute, by the rejecter's own words."""
        verbs = [noun.head, noun.head.head] if noun.head.dep_ == "xcomp" else [noun.head]
        return any(
            c.dep_ == "prep"
            and c.lower_ in self.lex.characterization_preps
            and any(o.dep_ == "pobj" and o.lemma_.lower() in self.lex.surrender_words for o in c.children)
            for v in verbs
            for c in v.children
        )

    def accepted_conjuncts(self, trig: Trigger) -> list[Trigger]:
        """Rule 107a: the further proposals an acceptance takes up beside its first ("accepted Russia's plan and
        France's offer", "accepted Iraq's invitation and Turkey's offer"), one trigger each with its own code, so
        each is coded toward its own proposer: the conjuncts of the first noun, and a noun the parser hung on the
        verb itself as its `conj` (a second object with no verb of its own). Empty for other triggers."""
        first = trig.phrase_obj
        found: list[Trigger] = []
        for noun in self.further_accepted(trig):
            code = self.accepted_code(trig.token, noun, first is not None and first.dep_ == "pobj")
            if code:
                found.append(Trigger(trig.token, code, "verb", phrase_obj=noun, accepted=True))
        return found

    @staticmethod
    def later_accepted(trig: Trigger) -> bool:
        """Whether an acceptance trigger is one of `accepted_conjuncts`' (its noun a conjunct, or a second direct
        object of the verb), not the first noun taken up."""
        noun = trig.phrase_obj
        if not trig.accepted or noun is None:
            return False
        return noun.dep_ == "conj" or (
            noun.dep_ in ("dobj", "obj") and any(c.dep_ in ("dobj", "obj") and c.i < noun.i for c in noun.head.children)
        )

    @staticmethod
    def further_accepted(trig: Trigger) -> list[Token]:
        """The nouns an acceptance takes up after its first (rule 107a): the first noun's conjuncts, a noun the
        parser hung on the verb as its `conj` (with no verb of its own) or as a second direct object. Empty for a
        trigger that is no acceptance of a proposal."""
        first = trig.phrase_obj
        if first is None or TriggerMatcher.later_accepted(trig) or not trig.accepted:
            return []
        verb = trig.token
        nouns = [c for c in first.conjuncts if c.i > first.i and c.pos_ == "NOUN"]
        nouns += [
            c
            for c in verb.children
            if c.dep_ in ("conj", "dobj", "obj")
            and c.pos_ == "NOUN"
            and c.i > first.i
            and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "aux") for g in c.children)
        ]
        return nouns

    def accepted_objects(self, verb: Token, lemma: str) -> list[Token]:
        """The nouns an acceptance verb takes up (rules 99a, 107b): the direct object or passive subject of
        `acceptance_verbs` ("accepted Y's plan", "Y's plan was accepted"), the "to" phrase of `accepting_to_verbs`
        ("agreed to the ceasefire proposed by Y")."""
        found = (
            [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            if lemma in self.lex.acceptance_verbs
            else []
        )
        if lemma in self.lex.accepting_to_verbs:
            found += [
                g
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "to"
                for g in p.children
                if g.dep_ == "pobj"
            ]
        return [n for n in found if n.pos_ == "NOUN"]

    def proposed_truce(self, noun: Token) -> bool:
        """Whether an accepted noun is a truce someone proposed (rule 107b): a proposal noun naming a truce noun
        (`truce_nouns`) as its compound or its `plan_preps` phrase ("Y's ceasefire proposal", "a proposal for a
        truce"), or a truce noun with a participle of proposing (`proposing_participles`) that has its "by" agent
        ("the ceasefire proposed by Y"). A truce agreed with no proposer ("agreed to a ceasefire in Y") is not one."""
        lex = self.lex
        word = noun.lemma_.lower()
        if word in lex.accepted_proposal_nouns:
            return any(
                (c.dep_ == "compound" and c.lemma_.lower() in lex.truce_nouns)
                or (
                    c.dep_ == "prep"
                    and c.lower_ in lex.plan_preps
                    and any(g.dep_ == "pobj" and g.lemma_.lower() in lex.truce_nouns for g in c.children)
                )
                for c in noun.children
            )
        return word in lex.truce_nouns and any(
            c.dep_ == "acl"
            and c.lemma_.lower() in lex.proposing_participles
            and any(a.dep_ == "agent" for a in c.children)
            for c in noun.children
        )

    def accepted_truce(self, noun: Token) -> bool:
        """Rule 300, whether the object of an acceptance verb is a truce itself, not a proposal of one: a truce noun
        (`truce_nouns`: "accepted a ceasefire announced by Trump") or an agreement noun (`pact_nouns`) naming one by
        its compound ("accepted the ceasefire deal")."""
        lex = self.lex
        word = noun.lemma_.lower()
        return word in lex.truce_nouns or (
            word in lex.pact_nouns
            and any(c.dep_ == "compound" and c.lemma_.lower() in lex.truce_nouns for c in noun.children)
        )

    def proposes_act(self, verb: Token, noun: Token) -> bool:
        """Whether a proposal noun names what it proposes (rule 99a): a to-infinitive or that-clause of its own, a
        "for" / "of" phrase (`plan_preps`: "a plan for talks", "an offer of aid"), a compound trigger noun ("a
        ceasefire proposal"), or a to-infinitive the parser hung on the verb right after it ("accepted Y's proposal
        to hold talks")."""
        lex = self.lex
        if self.settles_dispute(noun):
            return False  # rule 331: "accepted a plan for ending its dispute with Y" proposes a settlement, no act
        for c in noun.children:
            if to_infinitive_modifier(c) or (c.dep_ == "prep" and c.lower_ in lex.plan_preps):
                return True
            if c.dep_ in ("acl", "relcl", "ccomp") and that_marked(c):
                return True
            if c.dep_ == "compound" and (c.lemma_.lower() in lex.nouns or c.lemma_.lower() in lex.wrap_nouns):
                return True
        return any(
            c.dep_ in ("xcomp", "advcl")
            and c.left_edge.i == noun.right_edge.i + 1
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        )

    def settles_dispute(self, noun: Token) -> bool:
        """Rule 331: whether a proposal noun's own act is the end of a dispute: a `plan_preps` gerund or a
        to-infinitive (its own, or one the parser hung on the verb right after it) of a `settling_verbs` verb (end,
        settle, resolve) whose object is a `dispute_nouns` noun with no code of its own ("a plan for ending its
        dispute with Y", "a proposal to settle the row"; "ending the war" keeps its de-escalation)."""
        lex = self.lex
        acts = [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in lex.plan_preps
            for g in c.children
            if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"
        ]
        acts += [c for c in noun.children if to_infinitive_modifier(c)]
        if noun.dep_ in ("dobj", "obj"):
            acts += [
                c
                for c in noun.head.children
                if c.dep_ in ("xcomp", "advcl")
                and c.left_edge.i == noun.right_edge.i + 1
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ]
        return any(
            act.lemma_.lower() in lex.settling_verbs
            and any(self.unsettled_dispute(o) is not None for o in act.children)
            for act in acts
        )

    def unsettled_dispute(self, obj: Token) -> Token | None:
        """Rule 331: the dispute with no code of its own (`dispute_nouns` less the coded "war", "conflict") that
        ``obj``, the object of a settling verb, names: "ended its dispute / row / standoff with Y"; also the
        dispute noun right after a plural object that the tagger read as a verb of its own ("ending its
        fisheries(dobj) dispute(VB) with Y"). None for any other object."""
        if obj.dep_ not in ("dobj", "obj"):
            return None
        dispute = obj
        if obj.tag_ == "NNS" and obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].pos_ == "VERB":
            dispute = obj.doc[obj.i + 1]  # "its fisheries dispute" with "dispute" tagged a verb
        word = dispute.lemma_.lower()
        return dispute if word in self.lex.dispute_nouns and word not in self.lex.nouns else None

    def denied_act(self, trig: Trigger, inner: Trigger) -> bool:
        """Whether a denial verb wraps an act already done (rule 38): a finite past or perfect clause ("denied
        that it had sent troops to Y", "denied it shelled Y") or a gerund ("denied sending troops"), not a
        to-infinitive, a future clause or a noun ("denied Y's request": a refusal)."""
        if trig.kind != "verb" or trig.token.lemma_.lower() not in self.lex.denial_verbs:
            return False
        act = inner.token
        if self.denied_part(trig.token, act) or self.denied_intention(trig.token, act):
            return True
        if act.pos_ not in ("VERB", "AUX") or any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children):
            return False
        return act.tag_ in ("VBG", "VBD", "VBN")

    def denied_intention(self, verb: Token, act: Token) -> bool:
        """Whether ``act`` is what a denial verb says its subject does not plan (rule 196e): between the act and the
        verb stands a `denied_intention_words` word ("denied plans / any intention to attack Y", "denied that it
        intends to invade Y", "denied it was planning an operation against Y"): a denial (016), not a refusal."""
        cur = act
        for _ in range(5):
            if cur.lemma_.lower() in self.lex.denied_intention_words:
                return any(a.i == verb.i for a in cur.ancestors)  # the plan itself wrapped ("denied any plan to ...")
            if is_root(cur) or cur.head.i == verb.i:
                return False
            cur = cur.head
        return False

    def denied_part_phrase(self, trig: Trigger) -> bool:
        """Rule 387e: whether a denial verb that wraps no act denies a part in something all the same: its only
        direct object a `denied_part_nouns` noun whose "in" / "for" phrase (on the noun, or on the verb after it)
        names what the part was in (rule 105c's shape, :func:`denied_part_of`): "denied any role in the killing of Y's
        officer", where "killing" is no trigger noun (the casualty verbs are read through their victims), is a denial
        (016), not a refusal (120). A dative ("denied Y a role in the talks") stays a refusal."""
        verb = trig.token
        if trig.kind != "verb" or verb.lemma_.lower() not in self.lex.denial_verbs:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if len(objects) != 1:
            return False
        named = [
            p
            for holder in (objects[0], verb)
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "for")
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        return any(denied_part_of(verb, p, self.lex.denied_part_nouns) for p in named)

    def denied_part(self, verb: Token, act: Token) -> bool:
        """Whether ``act`` is the act a denial verb's object says the denier had no part in (rule 105c; see
        :func:`denied_part_of`)."""
        return denied_part_of(verb, act, self.lex.denied_part_nouns)

    def phone_call(self, noun: Token) -> bool:
        """Whether a noun is a telephone or video call (rule 191): a `phone_nouns` noun, or a "call" that names its
        partner or says it is by phone or video and asks nothing ("a phone call", "a call with Y"; not "calls for
        talks")."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if noun.lemma_.lower() in self.lex.phone_nouns:
            return True
        called = partnered(noun) or phoned(noun) or held_jointly(noun)
        return noun.lemma_.lower() == "call" and called and plain_call(noun)

    def given_ultimatum(self, noun: Token) -> bool:
        """Whether a noun is the ultimatum noun, whose own code is the codebook's 139 "give ultimatum" (rule 386b)."""
        return noun.pos_ in ("NOUN", "PROPN") and self.lex.nouns.get(noun.lemma_.lower()) == self.lex.ultimatum_code

    def told_by_phone(self, verb: Token) -> bool:
        """Whether a verb of telling (`phoned_verbs`) has a "by phone" / "over the phone" phrase and a person told as
        its direct object or dative (rule 105d): "the Iranian president told his French counterpart by phone that
        ..." is a telephone conversation with the one told (041), as "spoke by phone with Y" is."""
        if not any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
            return False
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("by", "over")
            and g.dep_ == "pobj"
            and g.lemma_.lower() in self.lex.phone_nouns
            for c in verb.children
            for g in c.children
        )

    def conversation(self, verb: Token, lemma: str) -> bool:
        """Whether a verb of speaking or greeting names a conversation or meeting without a "with" phrase (rule
        38): a greeting of someone ("greeted the Peruvian president"), or a pair that spoke or greeted each
        other ("A and B spoke by phone", "the leaders of A and B greeted each other"); not a pair speaking to an
        audience or at a venue ("A and B spoke to reporters / at the UN"), which is two statements."""
        if reciprocal_object(verb):
            return True
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if objects:
            # "greeted Y's decision" is no meeting with Y: the one greeted is a name or a person noun
            return lemma in self.lex.greeting_verbs and any(
                o.pos_ == "PROPN" or o.lemma_.lower() in self.lex.greeted_nouns for o in objects
            )
        if any(c.dep_ == "prep" and c.lower_ in self.lex.audience_preps for c in verb.children):
            return False
        return paired_subject(verb)

    def planned(self, tok: Token) -> Token | None:
        """What a plan word plans when it is cooperation (docs/events.md rule 25): the to-infinitive of "plans
        to meet Y" / "intends to send aid" / "announced plans to open talks", or the "for" phrase of "plans
        for talks with Y", when it holds a trigger whose root the plan wrapper refines (04-08)."""
        lex = self.lex
        if lex.plan is None:
            return None
        clauses = [
            c
            for c in tok.children
            if c.dep_ in ("xcomp", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        roots = set(lex.plan.refine)
        planning = (low := tok.lemma_.lower()) in lex.plan_verbs or low in lex.plan_nouns
        if not planning and tok.pos_ == "VERB" and self.wish(tok):
            # "wants to meet Y", "hopes to sign a deal with Y", "wants talks with Y" (rule 28): cooperation only
            # "sought talks with Y" (rule 172d): a meeting only
            roots = lex.seek_roots if tok.lemma_.lower() in lex.seek_verbs else lex.wish_roots
            clauses += [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            if tok.lemma_.lower() in lex.deliberation_verbs:
                # "is considering sending aid to Y" (rule 33): the gerund is what is weighed
                # (not a wrapper weighed: "considering slashing aid to Y" is no offer of aid)
                clauses += [
                    c
                    for c in tok.children
                    if c.dep_ in ("xcomp", "dobj", "obj")
                    and c.tag_ == "VBG"
                    and ((weighed := self.trigger(c)) is None or weighed.wrapper is None)
                ]
                # "is exploring the possibility of joint patrols" (rule 95b): the option noun's "of" phrase
                clauses += [
                    g
                    for o in tok.children
                    if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in lex.deliberation_nouns
                    for c in o.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ in ("pobj", "pcomp") and ((weighed := self.trigger(g)) is None or weighed.wrapper is None)
                ]
                roots = lex.deliberation_roots  # rule 95c: shows of force weighed too
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in lex.wish_nouns and not planning:
            # "the idea of talks with Y", "the necessity of establishing a consensus with Y" (rule 65): a wish,
            # cooperation only; the "of" phrase's object or gerund is what is wished for
            roots = lex.wish_roots
            clauses += [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in lex.wish_noun_preps
                for g in c.children
                if g.dep_ in ("pobj", "pcomp")
            ]
        if tok.pos_ in ("NOUN", "PROPN"):
            # "plans for talks with Y", and a gerund: "no intention of meeting Y" (rule 66h)
            clauses += [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in lex.plan_preps
                for g in c.children
                if g.dep_ in ("pobj", "pcomp")
            ]
        for clause in clauses:
            # a wrapper verb of the clause (cut, refuse, demand ...) turns its object's sense: "plans to cut aid to Y"
            # plans no aid (033 before; docs/events.md rule 182b), it plans the cut (below)
            turned = (over := self.trigger(clause)) is not None and over.wrapper is not None
            for cand in [clause] + [c for c in clause.children if c.dep_ in ("dobj", "obj") and not turned]:
                if (low := cand.lemma_.lower()) in lex.plan_verbs or low in lex.plan_nouns:
                    continue
                found = self.trigger(cand)
                if found is not None and found.wrapper is None and found.code[:2] in roots:
                    return cand
                if found is not None and found.wrapper is not None and found.wrapper.name == "reduce" and "16" in roots:
                    # "plans to cut aid / gas supplies to Y": the cut itself is planned, coded as the reduce wrapper
                    # reads it (162 / 163, "halt its offensive" 087) and refined by the plan (1311 / 1312 / 035;
                    # docs/events.md rule 182b); not under a wish, whose roots hold no 16
                    return cand
        return None

    def wish(self, tok: Token) -> bool:
        """A verb of wishing with no object of its own besides what is wished (docs/events.md rule 28): "wants
        to meet Y", "hopes to sign", "wants talks with Y", "would like to visit Y"; like/love/prefer only with
        would. "wants Y to do Z" (an object and a to-infinitive) is an appeal to Y, not a wish of one's own.
        Deliberation ("is considering sending aid to Y", `deliberation_verbs`, rule 33) counts as a wish."""
        lex = self.lex
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or (
            lemma not in lex.wish_verbs
            and lemma not in lex.deliberation_verbs
            and lemma not in lex.seek_verbs
            and tok.lower_ not in self.wish_forms
        ):
            return False
        if (lemma in lex.would_want_verbs or tok.lower_ in lex.would_want_verbs) and not would(tok):
            return False
        objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        return not (objects and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children))

    def troops_offered(self, trig: Trigger, inner: Trigger) -> bool:
        """An offer, pledge or readiness (the `intent` and `plan` wrappers) to send forces *to* a party
        ("has offered to send troops to Jordan to help combat militants", "is ready to contribute troops to
        the NATO-led force"): military cooperation offered (03x), not a threat of force, unless the forces
        go against someone; a show of force (exercises near Y) stays a threat."""
        lex = self.lex
        if trig.wrapper is None or trig.wrapper.name not in ("intent", "plan") or inner.code[:2] != "15":
            return False
        if inner.code == lex.posture_code and inner.kind == "noun":
            return False  # "plans to hold drills near Taiwan"
        preps = [c.lower_ for c in inner.token.children if c.dep_ in ("prep", "dative")]
        # rule 343: an offer (the wrapper's own verb or the noun the act hangs on) to send, deploy or station forces
        # needs no "to" phrase: "offered to station troops in Ukraine", "accepted Germany's offer to send troops"
        offered = self.sends_forces(inner.token) and any(
            t.lemma_.lower() in lex.troop_offering_words for t in (trig.token, inner.token.head)
        )
        return (
            bool(lex.troop_offer_code)
            and "against" not in preps
            and (
                "to" in preps
                or offered
                or "help" in {c.lemma_.lower() for c in inner.token.children if c.dep_ in ("advcl", "xcomp")}
            )
        )

    def intended_mediation(self, trig: Trigger, inner: Trigger, tok_actor: dict[int, Span]) -> str | None:
        """Rule 107c: the code of a stated intent (the `intent` wrapper) around a mediation (``inner`` of
        `mediation_act_code` or a third party's mediating act): the mediation taken up (`accepted_mediation_code`,
        038) when the mediation noun names its mediator, another party than the wrapper's subject, by a possessor,
        modifier, "by" or "of" phrase ("agreed to US mediation", "agreed to Egypt's mediation", "agreed to the
        mediation of Egypt"); else the stater's own intent to mediate (`offered_mediation_code`, 039: "offered to
        mediate between A and B", "offered its mediation", "agreed to mediate"; a plan or hope too, "hopes to mediate
        between A and B", rule 166). None when it is no mediation."""
        lex = self.lex
        if trig.wrapper is None or trig.wrapper.name not in ("intent", "plan") or not lex.offered_mediation_code:
            return None
        if inner.code != lex.mediation_act_code and not inner.mediation:
            return None
        act = inner.token
        if act.pos_ not in ("NOUN", "PROPN"):
            return lex.offered_mediation_code
        # the mediator named by a possessor, modifier, "by" or "of" phrase ("the mediation of Egypt")
        holders = [act] + [
            p for p in act.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in ("by", "of"))
        ]
        holders += self.hung_by_phrases(act)  # "agreed to mediation by(on "agreed") Egypt" (rule 120b)
        owners = {
            tok_actor[g.i].label_
            for h in holders
            for g in h.children
            if g.dep_ in ("poss", "compound", "amod", "nmod", "pobj") and g.i in tok_actor
        }
        verb = trig.token
        stater = {
            tok_actor[t.i].label_
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree
            if t.i in tok_actor
        }
        if owners - stater:
            return lex.accepted_mediation_code
        return lex.offered_mediation_code

    @staticmethod
    def hung_by_phrases(act: Token) -> list[Token]:
        """Rule 120b: a "by" phrase the parser hung on the active verb that governs the act noun ``act`` (its direct
        object, or the object of a preposition on it), right after the noun's phrase: "Sudan agreed to mediation
        by(prep of "agreed") Egypt" is Egypt's mediation, as "agreed to a mediation by Egypt" (hung on the noun) is.
        A passive verb's "by" phrase is its own agent, and a "by" phrase away from the noun ("agreed by phone to
        ...") tells how, so neither is taken. [] when there is none."""
        verb = act.head
        if act.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif act.dep_ not in ("dobj", "obj"):
            return []
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return []
        return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == act.right_edge.i + 1]

    def forces_sent_to_state(self, trig: Trigger, named: set[int]) -> bool:
        """Rule 107d: forces a party states it will send *to* a country ("Russia will send troops to Syria",
        the headline "Russia to send troops to Syria"): a stated deployment in that country with no hostile
        marker is military cooperation offered (`troop_offer_code`, 0312, as rule 47d's "is willing to send troops
        to Haiti"), not the threat of force (138) a stated show of force toward a party is. Only a verb trigger of
        the show-of-force code (`posture_code`: "send / deploy / dispatch troops") whose "to" phrase is itself a
        named actor (``named``: token indices of actor mentions; "to the border", "to the Syrian border" are no
        country received), with no hostile preposition (`hostile_deployment_preps`: against, at, into, toward) and
        no purpose clause of coercion or force ("to fight Y", "to attack Y": `conditional_threat_roots`)."""
        lex = self.lex
        if trig.kind != "verb" or trig.code != lex.posture_code or not lex.troop_offer_code:
            return False
        verb = trig.token
        preps = [c for c in verb.children if c.dep_ in ("prep", "dative")]
        if any(p.lower_ in lex.hostile_deployment_preps for p in preps):
            return False
        for c in verb.children:
            if c.dep_ in ("advcl", "xcomp") and c.pos_ in ("VERB", "AUX"):
                act = self.trigger(c)
                if act is not None and act.code[:2] in lex.conditional_threat_roots:
                    return False  # "will send troops to Syria to fight the rebels": force, stays a threat
        return any(p.lower_ == "to" and any(g.dep_ == "pobj" and g.i in named for g in p.children) for p in preps)

    def force_posture(self, tok: Token, lemma: str) -> Trigger | None:
        """A show of force (docs/events.md rule 25): a military exercise, drill or war game held near, around
        or off another party ("war games around Taiwan", "drills near the Finnish border"), its phrase object
        the place named; an incursion into airspace ("an incursion into Polish airspace")."""
        lex = self.lex
        if lemma in lex.incursion_nouns:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("into", "of"):
                    for obj in prep.children:
                        if obj.dep_ == "pobj" and self.entered_domain(obj):
                            return Trigger(tok, lex.incursion_code, "noun", phrase_obj=obj)
        exercise = lemma in lex.exercise_nouns or any(
            (c.lemma_.lower(), lemma) in lex.exercise_phrases for c in tok.children if c.dep_ in ("compound", "amod")
        )
        if not exercise:
            return None
        holders = [tok]
        if tok.dep_ in ("dobj", "obj", "nsubjpass") and not is_root(tok):
            holders.append(tok.head)  # "held drills near Taiwan": the place often hangs off the verb
        if any(
            c.lower_ == "joint" or (c.dep_ == "prep" and c.lower_ == "with" and not self.boundary_with(c))
            for h in holders
            for c in h.children
        ):
            return None  # "joint drills with Belarus": military cooperation (062), not a show of force
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ not in ("prep", "advmod") or prep.lower_ not in lex.posture_preps:
                    continue
                objs = [g for g in prep.children if g.dep_ == "pobj"]
                objs += [g for p in prep.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
                if objs:
                    return Trigger(tok, lex.posture_code, "noun", phrase_obj=objs[0])
        return None

    def boundary_with(self, prep: Token) -> bool:
        """Rule 194c: whether a "with" the parser hung on the verb comes right after a shared boundary noun
        (`shared_boundary_nouns`) and so names the neighbour, no partner: "held drills near the border with Y"."""
        before = prep.doc[prep.i - 1] if prep.i > 0 else None
        return before is not None and before.dep_ == "pobj" and before.lemma_.lower() in self.lex.shared_boundary_nouns

    def entered_domain(self, obj: Token) -> bool:
        """Whether ``obj`` is a state's airspace or territorial sea, whose entry is a show of force (rules 25, 210):
        "Polish airspace", "Japanese territorial waters" (`territorial_nouns` with a `territorial_modifiers` word)."""
        lex = self.lex
        return obj.lemma_.lower() in lex.airspace_nouns or (
            obj.lemma_.lower() in lex.territorial_nouns
            and any(c.dep_ in ("amod", "compound") and c.lower_ in lex.territorial_modifiers for c in obj.children)
        )

    def scrambled_force(self, verb: Token, lemma: str) -> Trigger | None:
        """Military aircraft scrambled, or warships shadowed (docs/events.md rule 210): a `scramble_verbs` verb whose
        object is one of `scrambled_forces` is a show of force (150) toward the object of its to-purpose ("scrambled
        jets to intercept Chinese drones"), or the party of an `answered_preps` phrase ("after Y's missile test");
        with neither its target is left to the "after" / "following" clause (rule 133f's reading) and with none it
        names no party. A `shadow_verbs` verb whose object is one of `moved_forces`, `scrambled_forces` or
        `watched_vessels` is 150 toward that object ("the Royal Navy shadowed a Russian warship", "shadowed the British
        tanker", rule 235a), as is an `escort_verbs` verb whose object is one of `escorted_forces` ("escorted two
        Russian warships through the Channel": another party's warships are watched, not protected) and an
        `intercept_verbs` verb whose object is one of `intercepted_aircraft` ("intercepted a Russian reconnaissance
        plane", rule 235b; drones and missiles intercepted stay uncoded, rule 111)."""
        lex = self.lex
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        heads = [h.lemma_.lower() for o in objects for h in self.object_heads(o)]
        watched = (
            (lex.shadow_verbs, lex.moved_forces | lex.scrambled_forces | lex.watched_vessels),
            (lex.escort_verbs, lex.escorted_forces),
            (lex.intercept_verbs, lex.intercepted_aircraft),
        )
        if any(lemma in verbs and any(h in forces for h in heads) for verbs, forces in watched):
            return Trigger(verb, lex.posture_code, "verb", phrase_obj=objects[0])
        if lemma not in lex.scramble_verbs or not any(h in lex.scrambled_forces for h in heads):
            return None
        for child in verb.children:
            if child.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                met = [g for g in child.children if g.dep_ in ("dobj", "obj")]
                if met:
                    return Trigger(verb, lex.posture_code, "verb", phrase_obj=met[0])
            if child.dep_ == "prep" and child.lower_ in lex.answered_preps:
                for answered in child.children:
                    if answered.dep_ == "pobj" and answered.lemma_.lower() in lex.answered_nouns:
                        return Trigger(verb, lex.posture_code, "verb", phrase_obj=answered)
        return Trigger(verb, lex.posture_code, "verb")

    def force_move(self, verb: Token, lemma: str) -> Trigger | None:
        """Forces moved up to another party (docs/events.md rule 51a): a `move_verbs` verb whose object, passive
        subject or (with neither) subject is armed force (`moved_forces`, through a quantity word's "of" phrase)
        and that has a posture phrase ("near Y", "along Y's border"), "closer / nearer to Y", or such a phrase on
        the object of its "in" / "to" phrase ("in waters near Y"): "positioned warships near Y", "moved troops
        closer to Y", "Y's submarines moved closer to Z" (150, the place the phrase object), or with none of those a
        to-infinitive purpose clause of `coercion_verbs` ("moved destroyers into the Caribbean to intimidate Y": 150,
        its target the party pressed, rule 335). "Moved the talks to Geneva", "shifted its position toward Y" move
        no force."""
        lex = self.lex
        if lemma not in lex.move_verbs:
            return None
        kids = list(verb.children)
        moved = [c for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass")] or [c for c in kids if c.dep_ == "nsubj"]
        if not moved and verb.dep_ == "xcomp":
            # "ordered two carriers to be positioned near Y": the ordering verb's object is what is moved
            moved = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
        if not any(
            h.lemma_.lower() in lex.moved_forces or lex.force_formation(h) for m in moved for h in self.object_heads(m)
        ):
            return None
        holders = [verb, *moved] + [
            g for c in kids if c.dep_ == "prep" and c.lower_ in ("in", "to", "into") for g in c.children
        ]
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in lex.posture_preps:
                    place = [g for g in child.children if g.dep_ == "pobj"]
                elif child.dep_ in ("advmod", "advcl", "acomp", "amod") and child.lower_ in lex.approach_words:
                    place = [g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
                else:
                    continue
                if place:
                    return Trigger(verb, lex.posture_code, "verb", phrase_obj=place[0])
        for child in kids:
            # no posture phrase: forces moved "after Y's remarks" / "following Y's threats" are moved up to the
            # party they answer (`answered_preps`, `answered_nouns`; rule 91b), as a deployment verb's are
            if child.dep_ == "prep" and child.lower_ in lex.answered_preps:
                for answered in child.children:
                    if answered.dep_ == "pobj" and answered.lemma_.lower() in lex.answered_nouns:
                        return Trigger(verb, lex.posture_code, "verb", phrase_obj=answered)
        if any(
            c.dep_ in ("advcl", "xcomp")
            and c.lemma_.lower() in lex.coercion_verbs
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in kids
        ):
            # no posture phrase: forces moved "to intimidate / pressure / deter Y" are moved up to the party pressed,
            # the target rule 305's `pressed_party_targets` reads (rule 335)
            return Trigger(verb, lex.posture_code, "verb")
        return None

    def forces_leaving(self, verb: Token, lemma: str) -> bool:
        """Armed force leaving a place (docs/events.md rule 89a): a `departure_verbs` verb with a direct object whose
        subject, or that of the verb it completes ("troops began leaving Y", "soldiers started to leave Y"), is armed
        force (`moved_forces`, through a quantity word's "of" phrase) retreats from the place, as "withdrew from Y"
        does (0874). "The ambassador left Y", "tourists left Y" or "troops left on Monday" are no retreat. Any
        subject that leaves a `departure_places` noun (territory, zone, shoal, island, ...) withdraws from that ground
        too (rule 387c): "demanded that China leave the disputed shoal" 106."""
        if lemma not in self.lex.departure_verbs or not any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return False
        if any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in verb.children):
            return False  # "troops left five villagers dead", "left the town in ruins": a result, not a departure
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if any(o.lemma_.lower() in self.lex.departure_places for o in objects):
            return True
        holder = verb
        while holder.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children):
            holder = holder.head  # "began leaving Y": the subject hangs on "began"
        subjects = [c for c in holder.children if c.dep_ == "nsubj"]
        return any(h.lemma_.lower() in self.lex.moved_forces for s in subjects for h in self.object_heads(s))

    def ordered_posture(self, trig: Trigger, inner: Trigger | None) -> bool:
        """Whether ``trig`` is a verb of command (`command_verbs`, an order wrapper) whose object is a deployment
        noun (``inner``, of `posture_code`): "ordered the deployment of two carriers near Y" (docs/events.md rule
        58b), or a withdrawal or demobilization noun (`ordered_own_codes`: "ordered the withdrawal of its troops
        from Y", rule 60a; whose forces they are the caller checks), or a coercive act's noun (`ordered_act_roots`:
        "ordered the expulsion of Y's journalists", "ordered air strikes on Y", rule 142a). The order is the move
        itself, as rule 51a's ordered move is, not a demand on Y."""
        lex = self.lex
        return (
            inner is not None
            and trig.kind == "verb"
            and trig.wrapper is not None
            and trig.wrapper.name in lex.order_wrappers
            and trig.token.lemma_.lower() in lex.command_verbs
            and inner.kind == "noun"
            and (
                inner.code == lex.posture_code
                or inner.code in lex.ordered_own_codes
                or inner.code[:2] in lex.ordered_act_roots  # "ordered the arrest of two Y nationals" (rule 142a)
            )
            and inner.token.head == trig.token
            and inner.token.dep_ in ("dobj", "obj")
        )

    def moved_force(self, act: Trigger | None) -> bool:
        """Whether ``act`` is forces moved up to another party (rule 51a's `force_move`)."""
        return (
            act is not None
            and act.kind == "verb"
            and act.code == self.lex.posture_code
            and act.phrase_obj is not None
            and act.token.lemma_.lower() in self.lex.move_verbs
        )

    def relative_antecedent(self, verb: Token, child: Token) -> Token:
        """The noun a relative word stands for where it is the object (or passive subject) of a relative clause's
        verb: "the sanctions that the EU imposed", "the envoy whom Belarus expelled" (docs/events.md rule 390, as rule
        121a reads it for the target); any other child is itself."""
        if (
            verb.dep_ == "relcl"
            and child.dep_ in ("dobj", "obj", "nsubjpass")
            and child.lower_ in self.lex.relative_objects
            and verb.head.pos_ in ("NOUN", "PROPN")
        ):
            return verb.head
        return child

    def antecedent_object(self, verb: Token) -> list[Token]:
        """The noun a clause hangs on, as the object of its verb (docs/events.md rule 390), when the clause has no
        object of its own: an object relative with no relative word ("the sanctions Britain imposed on Belarus": a
        `relcl` with a subject that is no relative word), or a reduced relative, a past participle (`acl`, VBN) on a
        noun that is no trigger of its own ("Russian diplomats expelled by Estonia" as "expelled diplomats", 161;
        a trigger noun, "sanctions imposed by Y", keeps rule 3's noun reading)."""
        head = verb.head
        if self.given_to_party(verb):
            return [head]  # "the ultimatum that Belarus gave Lithuania": the party is the dative (rule 404a)
        if head.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("dobj", "obj", "nsubjpass", "ccomp", "xcomp") for c in verb.children
        ):
            return []
        if verb.dep_ == "relcl":
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            zero = bool(subjects) and not any(s.lower_ in self.lex.relative_objects for s in subjects)
            return [head] if zero and verb.pos_ == "VERB" else []
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and head.lemma_.lower() not in self.lex.nouns:
            return [head]
        return []

    def given_to_party(self, verb: Token) -> bool:
        """Whether ``verb`` is an object relative clause on a trigger noun whose one object slot the parser gave to
        the party the noun is given to (docs/events.md rule 404a): "the ultimatum that Belarus gave Lithuania", "the
        loan which Kuwait gave Jordan" (the relative word parsed as the dative), "the ultimatum China gave the
        Philippines" (no relative word): a `relcl` verb with a subject that is no relative word, whose direct objects
        all name a party (`PARTY_ENTS` or a proper noun) and with no relative word as its object, on a noun that is
        a trigger of its own (`nouns`), as in "X gave Y the ultimatum" the noun is the thing given and Y its
        receiver. "The country that Belarus gave an ultimatum" (the object no party) is no such clause."""
        lex = self.lex
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.head.pos_ != "NOUN":
            return False
        if verb.head.lemma_.lower() not in lex.nouns:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or any(s.lower_ in lex.relative_objects for s in subjects):
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "ccomp", "xcomp")]
        return bool(objects) and all(
            o.dep_ in ("dobj", "obj")
            and o.lower_ not in lex.relative_objects
            and (o.ent_type_ in PARTY_ENTS or o.pos_ == "PROPN")
            for o in objects
        )

    def object_heads(self, obj: Token) -> list[Token]:
        """The object and, for a quantity word, its "of" phrase: "sent tens of thousands of troops"."""
        heads = [obj]
        cur = obj
        for _ in range(3):
            if not (cur.lemma_.lower() in self.lex.quantity_nouns or cur.pos_ == "NUM"):
                break
            nxt = [
                g for c in cur.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
            ]
            if not nxt:
                break
            cur = nxt[0]
            heads.append(cur)
        # "ended its mediation efforts": an attempt noun's compound names the act the phrase is about (rule 35)
        heads += [
            c
            for h in list(heads)
            if h.lemma_.lower() in self.lex.effort_nouns
            for c in h.children
            if c.dep_ == "compound"
        ]
        # "declared a state of emergency": a condition noun's "of" phrase names the condition (rule 189c)
        heads += [
            g
            for c in obj.children
            if obj.lemma_.lower() in self.lex.condition_nouns and c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        # "sent a carrier strike group": a formation is named by its forces, read as "sent a carrier" (rule 342)
        if self.lex.force_formation(obj):
            heads += [c for c in obj.children if c.dep_ == "compound" and c.lemma_.lower() in self.lex.moved_forces]
        return heads

    def reduced_relation(self, verb: Token) -> Token | None:
        """The relation noun (`reciprocal.mutual_objects`: relation, tie, relationship, link) that a verb of the
        `reduce` wrapper acts on, as its object or as the subject of its passive with a by-agent (rule 48b)."""
        for child in verb.children:
            if child.dep_ in ("dobj", "obj") or agent_passive_subject(child):
                if child.lemma_.lower() in self.lex.mutual_objects:
                    return child
        return None

    def beside_cut_object(self, outer: Trigger, tok: Token) -> bool:
        """Rule 170, whether ``tok``, a child of a `reduce` wrapper verb, is a phrase beside what the verb cuts: with a
        direct object (the aid, the talks cut), a purpose clause or a prepositional phrase that is no phrasal
        particle ("suspended aid deliveries to Y to press Z into allowing convoys", "suspended humanitarian aid in
        protest at ...") is a circumstance of the cut, an act of its own, not what is cut. A condition clause
        ("will not end their strike until the government meets their demands", `condition_marks`,
        `condition_party_marks`) is no circumstance: rules 99b and 53a read it as the cut's condition."""
        verb = outer.token
        if outer.kind != "verb" or outer.wrapper is None or outer.wrapper.name != "reduce" or tok.head.i != verb.i:
            return False
        if not any(c.dep_ in ("dobj", "obj") for c in verb.children) or self.phrasal_particle(tok):
            return False
        if tok.dep_ == "advcl" and tok.left_edge.lower_ in self.lex.condition_marks | self.lex.condition_party_marks:
            return False
        if (
            tok.dep_ == "prep"
            and tok.lower_ in self.lex.goods_content_preps
            and any(c.dep_ in ("dobj", "obj") and self.goods_amount(c) for c in verb.children)
        ):
            # rule 442c: the contents of the cut amount the parser hung on the verb ("withheld $95 million in military
            # aid from Y") are what is cut, no act beside the cut (before: the aid's 072 beside the 1622)
            return False
        return tok.dep_ in ("advcl", "prep") or (
            tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        )

    def blocks_another(self, verb: Token) -> bool:
        """Rule 170, whether a `blocking_reduce_verbs` verb ("stop") stops another's act rather than cuts a flow of
        its own: its object names what is moved by an "of" phrase ("stopped the transfer of weapons to Y") or a doer
        of its own, a possessor that is no pronoun or an actor modifier ("to stop possible Russian military
        action"); "stopped its military aid to Y" and "stopped intelligence sharing with Y" are cuts (1622, 160)."""
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "obj"):
                continue
            if self.compound_noun(obj) == "061":
                continue  # rule 264a: "stopped Russian gas transit", "the transit of Russian gas": trade cut (163)
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
            # rule 226: a goods container's "of" goods are the subject's own flow ("stopped deliveries of oil to
            # Y" as "stopped oil deliveries to Y"), not another's act
            moved = any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children) and not self.of_goods(obj)
            if moved or (named_doer(obj) and not own):
                return True
        return False

    def reduction_lifted(self, noun: Token) -> bool:
        """Rule 170, a `reduce` wrapper noun ("pause", "freeze", "suspension") that a `reduction_lifting_verbs` verb
        undoes, as its object or the subject of its passive: "lifted the pause on military aid to Y", "ended the
        freeze on aid" resume what was cut, so the noun is no reduction and what it names codes itself (072)."""
        verb = noun.head
        return (
            noun.dep_ in ("dobj", "obj", "nsubjpass")
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in self.lex.reduction_lifting_verbs
        )

    def lifts_reduction(self, verb: Token) -> bool:
        """Rule 177d: a `reduce` verb that is also a `reduction_lifting_verbs` verb ("end") over a reduction noun it
        undoes ("ended its freeze on funding for Y", "ended the suspension of aid to Y") cuts nothing: the noun is
        lifted (rule 170e) and what it names codes itself."""
        nouns = self.lex.wrap_nouns
        return verb.lemma_.lower() in self.lex.reduction_lifting_verbs and any(
            c.dep_ in ("dobj", "obj")
            and (w := nouns.get(c.lemma_.lower())) is not None
            and w.name == "reduce"
            and self.reduction_lifted(c)
            for c in verb.children
        )

    def partnerless_talks(self, noun: Token) -> bool:
        """A consultation noun as the "for" purpose of an arrival verb with no party of its own (no "with" or
        "between" phrase, no actor modifier): "arrived in Beijing for talks" (rule 242c), not "for talks with Y"."""
        lemma = noun.lemma_.lower()
        if noun.head.lower_ != "for" or noun.head.head.lemma_.lower() not in self.lex.arrival_verbs:
            return False
        if self.lex.nouns.get(lemma, "")[:2] != "04" and lemma not in self.lex.recip_nouns:
            return False
        return not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children) and not any(
            c.dep_ in ("amod", "compound", "poss") and c.ent_type_ for c in noun.children
        )

    def shelved_proposal(self, verb: Token, lemma: str) -> bool:
        """Rule 253c, whether a `proposal_shelving_verbs` verb ("shelve") has as its direct object another party's
        proposal: an `accepted_proposal_nouns` noun that names its proposer (`named_doer`: a possessor that is no
        pronoun, an actor modifier, a "by" phrase): "shelved the Egyptian ceasefire proposal" is the proposal
        rejected; "shelved its plan", "shelved the summit with Y" are no proposal of another's."""
        if lemma not in self.lex.proposal_shelving_verbs:
            return False
        return any(
            c.dep_ in ("dobj", "obj")
            and c.lemma_.lower() in self.lex.accepted_proposal_nouns
            and named_doer(c)
            and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)
            for c in verb.children
        )

    def blocked_aid(self, verb: Token, lemma: str) -> Trigger | None:
        """Rule 442b, an `aid_blocking_verbs` verb ("block") over economic or military aid read as the `reduce`
        wrapper: the verb's object, or the "of" / "in" object of its object ("a tranche of military aid", "$300
        million in economic aid"), is an aid trigger of `aid_blocking_codes`, so the aid is stopped (1621 / 1622),
        not passage obstructed (144) or a blockade (191). Other objects (a road, a ship, a resolution, humanitarian
        aid held back at a crossing) keep the verb's own readings."""
        lex = self.lex
        if lemma not in lex.aid_blocking_verbs:
            return None
        wrapper = next((w for w in lex.wrap_verbs.values() if w.name == "reduce"), None)
        if wrapper is None:
            return None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        # the amount's contents, hung on the object or (the parser's other reading) on the verb
        objects += [
            g
            for o in (*objects, verb)
            for c in o.children
            if c.dep_ == "prep" and c.lower_ in ("of", "in")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for obj in objects:
            own = self.trigger(obj)
            if own is None or own.wrapper is not None or own.code[:2] != lex.backing_code[:2]:
                continue
            # the aid's class: its own code, its goods' or amount's class ("$300 million in aid" 071), its field
            # modifier ("economic aid" 071, "military aid" 072)
            kind = own.code if own.code != lex.backing_code else self.classed_aid(own, own.code)
            if kind == lex.backing_code:
                kind = self.domain(own, None, kind)
            if kind in lex.aid_blocking_codes:
                return Trigger(verb, wrapper.code, "verb", wrapper=wrapper)
        return None

    def reduce_phrasal(self, verb: Token, lemma: str) -> Trigger | None:
        """Rule 161, a phrasal verb of ending (`reduce_phrasals`: "tear up", "call off", "pull out of") read as the
        `reduce` wrapper, as the bare verbs of the wrapper are: "tore up its defence agreements with Y" 160, "called
        off talks with Y" 164, "cut off diplomatic ties with Y" 161. The particle is read from the parse
        (`phrasal_particles`); the phrase's object (the direct object, or the object of the "of" / "from" phrase)
        must be a trigger (as the noun codes in its own place) or a relation noun, so "pulled out of the town" (a
        retreat) and "cut off the road" keep their readings; a strike or protest called off keeps "call off" 082."""
        lex = self.lex
        wrapper = next((w for w in lex.wrap_verbs.values() if w.name == "reduce"), None)
        matched = [p for p in phrasal_particles(verb) | idiom_parts(verb) if f"{lemma} {p}" in lex.reduce_phrasals]
        if wrapper is None or not matched:
            return None
        preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
        if all(p in preps for p in matched) and any(c.dep_ in ("dobj", "obj") for c in verb.children):
            # a verb + preposition ("withdraw from", rule 170) ends what the preposition's object names only with
            # no direct object: "withdrew from the treaty with Y" 160, "withdrew its inspectors from Y" stays 1662
            return None
        if any(c.dep_ in ("dobj", "obj") and (lemma, c.lemma_.lower()) in lex.phrases for c in verb.children):
            return None  # "pulled its peacekeepers out of Y": "pull peacekeeper" 1661 (rule 194f)
        relation = self.reduced_relation(verb)
        if relation is not None:
            return Trigger(verb, lex.relation_cut_code, "verb", phrase_obj=relation)  # "broke off relations with Y"
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        objects += [
            g
            for c in verb.subtree
            if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.head.i in (verb.i, *(p.i for p in verb.children))
            for g in c.children
            if g.dep_ == "pobj"
        ]
        inner = [t for t in (self.trigger(o) for o in objects) if t is not None]
        if any(t.code[:2] in lex.protest_roots or t.token.lemma_.lower() in lex.labour_strike_words for t in inner):
            # "called off a four-day strike", "called off the protests": the verb's own phrase ("call off" 082, rule
            # 150c) codes the dissent eased, whoever the strike is against
            return None
        call = next((o for o in objects if self.phone_call(o)), None)
        if call is not None:
            # "cut short the call with Y": a call (041) is a trigger only as the appeal wrapper, so the consultation
            # it names is what is halted (164, rule 253a)
            return Trigger(verb, wrapper.refined(lex.phone_code), "verb", phrase_obj=call)
        if not inner and not any(self.compound_noun(o) is not None for o in objects):
            return None  # nothing the wrapper could wrap: the verb keeps its own reading
        return Trigger(verb, wrapper.code, "verb", wrapper=wrapper)

    def phrasal_particle(self, tok: Token) -> bool:
        """Whether ``tok`` is the particle of a `reduce_phrasals` verb that a preposition follows ("walked away from
        the deal", "backed out of the accord": the wrapped act hangs under the particle's preposition; rule 161)."""
        if tok.dep_ not in ("prt", "advmod", "prep"):
            return False
        lemma = tok.head.lemma_.lower()
        return any(
            f"{lemma} {p}" in self.lex.reduce_phrasals and p.startswith(f"{tok.lower_} ")
            for p in phrasal_particles(tok.head)
        )

    def noun_read_as_adj(self, tok: Token) -> bool:
        """A trigger noun the tagger made an adjective: it fills a noun slot ("the counteroffensive was
        unsuccessful") or modifies an event head ("offensive operations"), not "offensive weapons"."""
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "pobj"):
            return True
        return tok.dep_ == "amod" and tok.head.lemma_.lower() in self.lex.event_heads

    def measure_response(self, verb: Token) -> bool:
        """Rule 131b, a response or retaliation told as done (`done_response`) whose "with" phrase names a hostile
        measure that is no force (a noun of `retaliation_object_roots` that `force_means` does not call a means of
        force): "Russia retaliated against Poland with a ban on Polish imports" is the ban (163), which the noun
        codes with the responder as its source (`ArgumentFinder.governor`), not the lexicon's 190 of "retaliate";
        "retaliated with air strikes" keeps it."""
        lex = self.lex
        if not done_response(verb, lex):
            return False
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for noun in prep.children:
                code = self.compound_noun(noun) or lex.nouns.get(noun.lemma_.lower(), "")
                if noun.dep_ == "pobj" and code[:2] in lex.retaliation_object_roots and not self.force_means(noun):
                    return True
        return False

    def wrapped(self, trig: Trigger, trig_at: dict[int, Trigger]) -> Trigger | None:
        """The trigger this one governs as wrapper or light verb: xcomp, gerund, object noun."""
        if trig.phrase_obj is not None:
            return None
        if trig.wrapper is not None and trig.wrapper.name == "plan":
            planned = self.planned(trig.token)
            return trig_at.get(planned.i) if planned is not None else None
        purpose = self.coalition_purpose(trig.token, trig.token.lemma_.lower()) if trig.kind == "verb" else None
        if purpose is not None and trig.wrapper is self.lex.intent:
            return trig_at.get(purpose.i)  # "led a coalition of the willing to guarantee Y's security" (rule 274b)
        # an object that is no party ("the plan"; "rejected Turkey as a mediator" keeps the mediation, 126)
        has_object = trig.kind == "verb" and any(
            c.dep_ in ("dobj", "obj") and c.ent_type_ not in PARTY_ENTS for c in trig.token.children
        )
        for child in trig.token.children:
            if has_object and child.dep_ == "prep" and child.lower_ in self.lex.characterization_preps:
                continue  # "rejected the US plan as capitulation": what the plan is taken for (rule 248b)
            found = self.inner_at(child, trig_at, depth=0)
            if found is not None and (
                trig.wrapper is not None or child.dep_ in OBJ_DEPS or agent_passive_subject(child)
            ):
                return self.helped_act(trig.wrapper, found, trig_at) or found
        if trig.kind == "verb" and trig.wrapper is None:
            # rule 404b: the trigger noun a relative clause hangs on, as its verb's object (rule 390a), is the act
            # the verb names when it refines the verb's code, as an object noun does ("the loan that Qatar granted
            # to Pakistan" 071 as "granted a loan to Pakistan", over the bare verb's 070); a clause opened by a
            # relative adverb ("their meeting, when the two leaders spoke") has no object there
            verb = trig.token
            objects = [self.relative_antecedent(verb, c) for c in verb.children if c.dep_ in OBJ_DEPS]
            adverb = any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children)
            for obj in [] if adverb else [*(o for o in objects if o.i == verb.head.i), *self.antecedent_object(verb)]:
                noun = trig_at.get(obj.i)
                if noun is not None and noun is not trig and noun.code[:2] == trig.code[:2] and noun.code != trig.code:
                    return noun
        if trig.kind == "noun" and trig.wrapper is not None and trig.wrapper.name == "reduce":
            # rule 292b: a measure named by the cut noun's compound is what it cuts, as the "on" phrase's is ("the
            # tariff pause on Y" as "the pause on tariffs on Y": 085); the compound of a cooperation noun stays
            for child in trig.token.children:
                measure = trig_at.get(child.i) if child.dep_ == "compound" else None
                if measure is not None and measure.kind == "noun" and measure.code[:2] == "16":
                    return measure
        if trig.wrapper is not None and trig.wrapper.name == "threaten":
            # a threat's own that-clause ("warned Y that it would impose export controls": the controls, which
            # `wrapped_by` already gives the warning; rule 148); other wrappers' that-clauses state views ("agreed
            # with Y that ...", rule 35)
            for clause in (c for c in trig.token.children if c.dep_ == "ccomp"):
                for child in clause.children:
                    found = self.inner_at(child, trig_at, depth=1)
                    if found is not None:
                        return found
        if trig.wrapper is not None and trig.kind == "noun":
            for clause in trig.token.children:
                if not to_infinitive_modifier(clause):
                    continue  # "its readiness to mediate between A and B", "a refusal to meet" (rule 25)
                if clause.i in trig_at:
                    return trig_at[clause.i]
                for obj in clause.children:
                    if obj.dep_ in ("dobj", "obj") and obj.i in trig_at:
                        return trig_at[obj.i]
            asked = self.hung_infinitive(trig) or self.request_clause(trig)
            if asked is not None and asked.i in trig_at:
                # "renewed its calls to lift sanctions on Y", "its demand that Y lift sanctions" (rule 45)
                return trig_at[asked.i]
        return None

    def means_of_response(self, noun: Token, trig_at: dict[int, Trigger]) -> Trigger | None:
        """The stated response trigger whose means (:meth:`response_means`) ``noun`` is and whose code it gave, if
        any: "with sanctions" on "respond" or on the noun "respond to" answers (rule 148)."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "with":
            return None
        holder = noun.head.head
        for verb in (holder, holder.head.head if holder.dep_ == "pobj" else holder):
            trig = trig_at.get(verb.i)
            if trig is not None and verb.lemma_.lower() in self.lex.retaliation_verbs:
                means = self.response_means(verb)
                if means is not None and means.i == noun.i and trig.code == self.measure_code(noun):
                    return trig
        return None

    def act_read(self, inner: Trigger, trig_at: dict[int, Trigger]) -> str:
        """The whole code of ``inner``, an act a wrapper wraps, as it codes on its own: a `reduce` wrapper's
        refinement of what it cuts ("cut off aid" 162, "suspend the negotiations" 164), else its own code. A threat
        names the act by it (docs/events.md rule 148: 1311, 134), where the roots other wrappers read lose it."""
        if inner.wrapper is None or inner.wrapper.name != "reduce":
            # "use nuclear weapons against Y": a generic code refined by its domain modifier, on the trigger or on
            # its phrase's object (2042, whose threat is 1385)
            obj = inner.phrase_obj
            return self.domain(inner, Trigger(obj, inner.code, "noun") if obj is not None else None, inner.code)
        cut = self.wrapped(inner, trig_at)
        return inner.wrapper.refined(cut.code) if cut is not None else inner.code

    def reduction_read(self, inner: Trigger, trig_at: dict[int, Trigger]) -> Trigger:
        """``inner`` with the code it has as an event of its own when it is a `reduce` wrapper whose refinement
        of what it wraps leaves root 16 ("cut tariffs" 085, "halt its offensive" 087; docs/events.md rule 76d),
        so that a wrapper around it ("agreed to", "refused to", "urged Y to") refines by that root; else ``inner``
        unchanged (a reduction of aid or talks keeps 16x, the root the outer refinements read)."""
        if inner.wrapper is None or inner.wrapper.name != "reduce":
            return inner
        cut = self.wrapped(inner, trig_at)
        code = inner.wrapper.refine.get(cut.code[:2], "") if cut is not None else ""
        if not code or code[:2] == inner.code[:2]:
            return inner
        return Trigger(inner.token, code, inner.kind, inner.wrapper, inner.phrase_obj)

    def request_clause(self, trig: Trigger) -> Token | None:
        """A request noun's that-clause with a subject of its own (docs/events.md rule 45): "reiterated its
        demand that Y ease sanctions", "repeated its call that Y apologize", "made a demand that Y withdraw its
        troops": what is asked, and of whom (the clause's subject; `ArgumentFinder.that_clause_subjects`)."""
        if trig.kind != "noun" or trig.wrapper is None or trig.wrapper.name not in self.lex.request_wrappers:
            return None
        if phoned(trig.token):
            return None  # "told Y in a video call that Z was a red line": what was said on a call, asked of no one
        for clause in trig.token.children:
            if asked_subject_clause(clause):
                return clause
        return None

    def hung_infinitive(self, trig: Trigger) -> Token | None:
        """The to-infinitive of a request noun (`constructions.request_wrappers`: call, demand, offer, ...) that
        the parser hung on the verb whose object the noun is (docs/events.md rules 44, 45): "renewed its calls to
        lift sanctions on Y", "repeated its offer to mediate between A and B", "brushed aside calls to lift the
        embargo": the clause starts right after the noun's phrase and has no subject of its own. Not a purpose
        of the verb ("used its veto to block ...": "veto" is no request noun), nor of calls made to someone."""
        noun = trig.token
        if trig.kind != "noun" or trig.wrapper is None or trig.wrapper.name not in self.lex.request_wrappers:
            return None
        if noun.dep_ not in ("dobj", "obj") or is_root(noun):
            return None
        if any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in noun.children):
            return None  # "made calls to Y to discuss the deal": phone calls and why they were made (rule 35)
        for clause in noun.head.children:
            if (
                clause.dep_ in ("xcomp", "advcl")
                and clause.left_edge.i == noun.right_edge.i + 1
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            ):
                return clause
        return None

    def requested_act(self, trig: Trigger, inner: Trigger | None, trig_at: dict[int, Trigger]) -> Trigger | None:
        """The act a rejected request asks for (docs/events.md rule 44): the to-infinitive or "for" phrase of a
        request noun (`constructions.request_wrappers`) that a rejection wraps ("rejected calls to lift sanctions
        on Y", "turned down requests for lifting ..."), or the to-infinitive the parser hung on the rejection
        verb after that noun ("brushed aside calls to lift the embargo on Y"); None for anything else."""
        if trig.wrapper is None or trig.wrapper is not self.lex.reject or inner is None or inner.kind != "noun":
            return None
        if inner.wrapper is None or inner.wrapper.name not in self.lex.request_wrappers:
            return None
        asked = self.wrapped(inner, trig_at)  # its own to-infinitive, also one hung on the verb (rule 45)
        return asked if asked is not None and asked.wrapper is None else None

    def requested_goods(self, trig: Trigger, inner: Trigger | None) -> str | None:
        """Rule 373a: the aid code of goods of a class that a rejected request noun (`constructions.request_wrappers`,
        wrapped by the `reject` wrapper) asks for in its "for" phrase, when they are no trigger noun of their own
        ("rejected Y's request for tanks" 072, "for fresh cash" 071, "for wheat" 073, "for fuel" 070): the goods'
        class (:meth:`goods_code`), as :meth:`asked_goods` reads an appeal verb's; None for anything else (a trigger
        noun asked for is :meth:`requested_act`'s, rules 44 and 367a; an honour is no aid)."""
        if trig.wrapper is None or trig.wrapper is not self.lex.reject or inner is None or inner.kind != "noun":
            return None
        if inner.wrapper is None or inner.wrapper.name not in self.lex.request_wrappers:
            return None
        for obj in prep_objects(inner.token, "for"):
            if obj.pos_ not in ("NOUN", "PROPN", "SYM", "NUM") or self.trigger(obj) is not None:
                continue
            cls = self.goods_code(obj)
            if cls is not None and cls != self.lex.honour_goods_code:
                return cls
        return None

    def own_act_participle(self, tok: Token, trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """Rule 152b: whether the climb from ``trig`` to a wrapper stops at ``tok``, a participle clause set off by
        a comma (:func:`set_off_participle`) that tells an act of its own: the trigger lies inside it ("...,
        leading Moldova to expel two diplomats"), or it is the trigger and hangs on no trigger (inside the wrapped
        content: "ordered the ambassador to leave(xcomp) ..., accusing(advcl of leave) Paris") or on a wrapper
        that asks another party to act (`ASKING_WRAPPERS`: "ordered the ambassador to leave, accusing Paris"),
        whose content is the addressee's act, never the asker's participle. A participle trigger hung right on any
        other wrapper keeps the old reading ("refused direct talks with Y, demanding instead to negotiate with Z",
        "refuse to remove sanctions, thereby blocking the deal"): it restates the wrapper's stance, and ConfliBERT
        train's gold codes no event there."""
        if not set_off_participle(tok):
            return False
        if tok.i != trig.token.i:
            return True
        outer = trig_at.get(tok.head.i)
        return outer is None or (outer.wrapper is not None and outer.wrapper.name in ASKING_WRAPPERS)

    def concurrent_clause(self, tok: Token) -> bool:
        """A "while" clause with a subject of its own (`constructions.concurrent_marks`): "instructed his envoy
        to fly to X, while Z meets W" tells what someone else does meanwhile; no wrapper above it wraps it."""
        return (
            tok.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in self.lex.concurrent_marks for c in tok.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        )

    def stated_clause(self, tok: Token) -> bool:
        """Rule 139a: a that-clause of a demand verb that is also a verb of saying (`statement_demand_verbs`:
        insist) which states a fact rather than asks for an act: it comes before the verb ("Y did not threaten Z,
        the minister insisted") or tells a done act, with a past or perfect auxiliary (`past_auxiliaries`:
        "insisted that it had never supported Y") or a past verb ("insisted that Y lied"): a past act cannot be
        demanded. No demand wraps it; a bare subjunctive ("insisted that Y withdraw"), an obligation modal
        ("insisted that Y must withdraw") or a present or future clause is left as it was."""
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in self.lex.statement_demand_verbs:
            return False
        if tok.i < tok.head.i:
            return True
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in self.lex.obligation_modals for a in auxes):
            return False
        return any(a.lower_ in self.lex.past_auxiliaries for a in auxes) or tok.tag_ == "VBD"

    def forecast_clause(self, tok: Token) -> bool:
        """Rule 251b: the that-clause of a threat verb (the `threaten` wrapper's verbs: warn, threaten) whose act has a
        possibility modal (`threat_modals`: may, might, could) and a subject of its own that is no pronoun and has no
        pronoun possessor ("China may detain more Japanese citizens, diplomats warned", "Tokyo warned that Russia could
        attack Moldova"): a forecast of another party's act, which no threat of the warner's wraps; the act keeps its
        own hedged reading. "warned that it could strike Y" and "warned that its forces may strike Y" stay threats."""
        if tok.dep_ != "ccomp":
            return False
        wrapper = self.lex.wrap_verbs.get(tok.head.lemma_.lower())
        if wrapper is None or wrapper.name != "threaten" or tok.head.pos_ != "VERB":
            return False
        if not any(c.dep_ == "aux" and c.lower_ in self.lex.threat_modals for c in tok.children):
            return False
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (
            subject is not None
            and subject.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
        )

    def statement_not_demand(self, trig: Trigger) -> bool:
        """Rule 139a: a statement verb trigger (`statement_demand_verbs`) whose clause is a stated fact
        (:meth:`stated_clause`) and which has no object of its own ("insisted on a withdrawal" keeps its demand):
        the speaker's statement is no demand, and the clause codes as reported speech."""
        tok = trig.token
        return (
            trig.kind == "verb"
            and tok.lemma_.lower() in self.lex.statement_demand_verbs
            and not any(c.dep_ in ("dobj", "obj", "prep") for c in tok.children)
            and any(self.stated_clause(c) for c in tok.children)
        )

    def denied_clause(self, trig: Trigger) -> bool:
        """Rule 139b: a denial verb (`denial_verbs`) whose that-clause is a done act the lexicon does not code
        ("denied that its police had entered Y", "denied that its troops crossed into Y"): a finite past or
        perfect clause, as rule 38 reads a coded one, is a denial of responsibility (016), not a refusal (12x). Rule
        196e: so is a that-clause of planning in any tense ("denied it was planning an operation against Y")."""
        if trig.kind != "verb" or trig.token.lemma_.lower() not in self.lex.denial_verbs:
            return False
        return any(
            c.dep_ == "ccomp"
            and c.i > trig.token.i
            and c.pos_ in ("VERB", "AUX")
            and (
                c.lemma_.lower() in self.lex.denied_intention_words
                or (
                    c.tag_ in ("VBD", "VBN")
                    and not any(
                        a.dep_ == "aux" and a.lower_ in ("to", "will", "would", "shall", "'ll") for a in c.children
                    )
                )
            )
            for c in trig.token.children
        )

    def claim_denier(self, trig: Trigger, trig_at: dict[int, Trigger]) -> Trigger | None:
        """Rule 251c: the denial (a `false_claim_code` trigger whose phrase object is a claim noun: "denied reports",
        "rejected accusations") whose claim's that-clause (:meth:`denied_claim_clause`) holds ``trig``, the clause's
        verb or a noun in it ("denied reports that it had carried out strikes on Y"), if any: the denied act is
        coded by the denial alone, as a denied that-clause on the verb is (rule 38), with no negated record of its
        own."""
        tok = trig.token
        for _ in range(4):
            if tok.dep_ == "acl" or is_root(tok):
                break
            tok = tok.head
        claim = tok.head
        if tok.dep_ != "acl" or claim.dep_ not in ("dobj", "obj"):
            return None
        denier = trig_at.get(claim.head.i)
        if (
            denier is None
            or denier is trig
            or denier.code != self.lex.false_claim_code
            or denier.phrase_obj is None
            or denier.phrase_obj.i != claim.i
        ):
            return None
        clause = self.denied_claim_clause(claim)
        return denier if clause is not None and clause.i == tok.i else None

    def denied_claim_clause(self, noun: Token) -> Token | None:
        """Rule 250: the that-clause (an acl with "that") on ``noun``, a claim noun (`claims.claim_nouns`) that a
        verb denies ("denied reports that it had sent troops to Y", "dismissed claims that its jets had struck
        Y"), if any: the done act (a finite past or perfect clause) the denial (016) is about, as a that-clause on
        the denial verb itself (rule 139b)."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.claim_nouns:
            return None
        return next(
            (
                c
                for c in noun.children
                if c.dep_ == "acl"
                and c.tag_ in ("VBD", "VBN")
                and that_marked(c)
                and not any(a.dep_ == "aux" and a.lower_ in ("to", "will", "would", "shall", "'ll") for a in c.children)
            ),
            None,
        )

    def agentless_act(self, noun: Token, trig_at: dict[int, Trigger]) -> bool:
        """Rules 54a and 55, an act on its subject in a passive with no agent: "EU sanctions on Y were eased", "US aid
        to Y was suspended" read as their actives ("X lifted sanctions on Y", "X suspended aid to Y"): the trigger
        noun ``noun`` is the passive subject its verb eases (`eases`) or reduces (`reduces`), so the verb codes the
        act and the noun is not coded on its own (the measure as imposed, 163; the aid as given, 070)."""
        if is_root(noun) or noun.i not in trig_at:
            return False
        verb, act = trig_at.get(noun.head.i), trig_at[noun.i]
        return verb is not None and (self.eases(verb, act, noun) or self.reduces(verb, act, noun))

    def eases(self, verb: Trigger, measure: Trigger | None, noun: Token) -> bool:
        """Whether the verb trigger ``verb`` eases the measure ``noun`` (its trigger ``measure``, if any), the
        subject of its passive with no agent (rule 54a): the code it gives it has an easing root
        (`eased_measure_roots`: 08): "sanctions were lifted" ("lift sanction" 085), "sanctions were suspended"
        (the `reduce` wrapper, 16 -> 085)."""
        return self.agentless_code(verb, measure, noun)[:2] in self.lex.eased_measure_roots

    def reduces(self, verb: Trigger, act: Trigger | None, noun: Token) -> bool:
        """Whether the verb trigger ``verb`` reduces the cooperative act ``noun`` (its trigger ``act``, if any), the
        subject of its passive with no agent (rule 55): the code it gives it has a root of reduced relations
        (`reduced_act_roots`: 16): "aid was suspended" (the `reduce` wrapper, 07 -> 162), "talks were halted"
        (04 -> 164)."""
        return self.agentless_code(verb, act, noun)[:2] in self.lex.reduced_act_roots

    def agentless_code(self, verb: Trigger, act: Trigger | None, noun: Token) -> str:
        """The code the verb trigger ``verb`` gives ``noun`` (its trigger ``act``, if any), the subject of its
        passive with no agent (rules 54a, 55), as its active gives its object: the verb's phrase code when the
        phrase names the noun ("sanctions were lifted": "lift sanction" 085), else its wrapper's refinement of
        the noun's code ("aid was suspended": `reduce`, 07 -> 162); "" for any other verb or subject."""
        if verb.kind != "verb" or noun.dep_ != "nsubjpass" or noun.head.i != verb.token.i:
            return ""
        if any(c.dep_ == "agent" for c in verb.token.children):
            return ""  # "sanctions were lifted by X": rule 48a reads it
        if verb.phrase_obj is not None:
            return verb.code if verb.phrase_obj.i == noun.i else ""
        if verb.wrapper is not None and act is not None and act.token.i == noun.i:
            return verb.wrapper.refine.get(act.code[:2], "")
        return ""

    def inner_at(self, tok: Token, trig_at: dict[int, Trigger], depth: int) -> Trigger | None:
        # "aid to Y was halted by X" (rule 48a), "sanctions on Y were suspended" (54a), "aid to Y was cut" (55)
        acted = depth == 0 and (agent_passive_subject(tok) or self.agentless_act(tok, trig_at))
        particle = depth == 0 and self.phrasal_particle(tok)  # "walked away from the deal" (rule 161)
        if (tok.dep_ not in WRAPPED_DEPS and not acted and not particle) or depth > 2 or self.concurrent_clause(tok):
            return None
        if self.stated_clause(tok) or self.forecast_clause(tok):
            return None  # "insisted that it had never ...": a statement, no demand wraps it (rule 139a; 251b)
        if tok.dep_ == "prep" and tok.lower_ in self.lex.temporal_preps:
            return None  # "asked Y during their meeting to provide missiles": a time frame, not what is asked
        if tok.dep_ == "conj" and depth == 0:
            return None
        if tok.i in trig_at and tok.dep_ != "prep":
            return trig_at[tok.i]
        named = self.compound_trigger(tok, trig_at)
        if named is not None:
            return named  # "suspended part of a military aid program": the program's aid
        if tok.dep_ in ("prep", "pobj", "pcomp", "xcomp", "dobj") or particle:
            for child in tok.children:
                found = self.inner_at(child, trig_at, depth + 1)
                if found is not None:
                    return found
        return None

    def helped_act(self, wrapper: Wrapper | None, found: Trigger, trig_at: dict[int, Trigger]) -> Trigger | None:
        """Rule 389b: the act a wrapper of `helped_act_wrappers` (the appeal) asks help with ("asked Y to help
        finance a railway" 0231, not bare aid 023): ``found`` is a helping verb (`constructions.helping_verbs`) with
        no object of its own whose to-infinitive (an ``xcomp`` with no subject of its own) is a trigger the wrapper
        has a sub-code for, as a helping verb outside a wrapper is no act of its own (`NonEventTests.helping`). None
        otherwise: "asked Y to help its farmers", "asked Y to help patrol its airspace" (no sub-code: the aid, 023)."""
        tok = found.token
        if wrapper is None or wrapper.name not in self.lex.helped_act_wrappers or found.kind != "verb":
            return None
        if tok.lemma_.lower() not in self.lex.helping_verbs:
            return None
        if any(c.dep_ in ("dobj", "obj", "dative", "iobj") for c in tok.children):
            return None
        for act in (c for c in tok.children if c.dep_ == "xcomp" and c.i in trig_at):
            own_subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in act.children)
            if not own_subject and wrapper.subcoded(trig_at[act.i].code, "") not in ("", wrapper.refined(found.code)):
                return trig_at[act.i]
        return None

    def compound_trigger(self, noun: Token, trig_at: dict[int, Trigger]) -> Trigger | None:
        """A trigger noun compounded on a head that is no trigger and names what carries the act (an object or
        prepositional object: "an aid program", "the assistance package"; `constructions.carrier_nouns`)."""
        if (
            noun.i in trig_at
            or noun.dep_ not in ("dobj", "obj", "pobj")
            or (noun.lemma_.lower() not in self.lex.carrier_nouns and not self.reduced_carrier(noun, trig_at))
        ):
            return None
        return next(
            (
                trig_at[c.i]
                for c in noun.children
                if c.dep_ == "compound" and c.i in trig_at and trig_at[c.i].kind == "noun"
            ),
            None,
        )

    def reduced_carrier(self, noun: Token, trig_at: dict[int, Trigger]) -> bool:
        """Rule 194g: a `reduced_carrier_nouns` head ("sales") that is the direct object of a verb of ending (the
        `reduce` wrapper): "suspended weapons sales to Y" carries the compound's 072 to the suspension (1622)."""
        if noun.lemma_.lower() not in self.lex.reduced_carrier_nouns or noun.dep_ not in ("dobj", "obj"):
            return False
        ender = trig_at.get(noun.head.i)
        return ender is not None and ender.wrapper is not None and ender.wrapper.name == "reduce"

    @staticmethod
    def has_that_clause(noun: Token) -> bool:
        """Whether a noun has a that-clause of its own ("hope that Y would ...")."""
        return any(c.dep_ in ("acl", "ccomp") and that_marked(c) for c in noun.children)

    def expressed_hope_for(self, noun: Token) -> bool:
        """Whether a `hope_nouns` noun is the object of an expressing verb (`hope_express_verbs`) and has a topic
        phrase (`hope_for_preps`), its own or the verb's right after it, where the parser leaves it: "voiced hope for
        better ties with Y" (rule 380)."""
        lex = self.lex
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex.hope_express_verbs:
            return False
        topics = [*noun.children, *(c for c in verb.children if c.i == noun.right_edge.i + 1)]
        return any(c.dep_ == "prep" and c.lower_ in lex.hope_for_preps for c in topics)

    def warship_class(self, noun: Token) -> bool:
        """Whether the weapon noun ``noun`` modifies an armed force that is itself arms (`moved_forces` and
        `arms_goods`), naming its class (rule 342): "guided-missile destroyers", "missile frigates"; the force is
        read by its own verb or phrase ("sent / sold destroyers"), not as missiles supplied. "Missile systems" and
        "missile batteries" (no warship or aircraft) keep the arms reading."""
        head = noun.head
        lex = self.lex
        return (
            noun.dep_ in ("compound", "nmod", "amod")
            and head.i != noun.i
            and head.lemma_.lower() in lex.moved_forces & lex.arms_goods
        )

    def weapon_used(self, noun: Token, code: str) -> bool:
        """A weapon noun that is the subject of an act of force is the means of the act, not arms supplied
        (rule 31): "Russian missiles struck Ukrainian cities" is the strike only. So is the object of a "with"
        the parser hung on the act's object (rule 119): "Israel hit Iranian sites with missiles" (before: 072). So is
        a weapon a participle of force describes (rule 186b): "intercepted a missile fired from Yemen", "drones
        launched by Russia" (a "fire missile" phrase or a violent verb; before: 072 from the place). So is a weapon
        joined to the object of a violent phrase (rule 230b): "launched drones and missiles at Y"."""
        if not code.startswith(self.lex.weapon_code):
            return False
        for acl in noun.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN":
                verb = self.lex.lemma_fixes.get(acl.lower_, acl.lemma_.lower())
                fired = self.lex.phrases.get((verb, noun.lemma_.lower()), self.lex.verbs.get(verb, ""))
                if fired[:2] in VIOLENT_ROOTS:
                    return True
        first = noun
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first is not noun and first.dep_ in ("dobj", "obj"):
            # a weapon joined to a fired or launched object is fired too (rule 230b): "launched drones and missiles at
            # Tel Aviv and Haifa" (before: 072 toward the second place)
            verb = self.lex.lemma_fixes.get(first.head.lower_, first.head.lemma_.lower())
            return any(self.lex.phrases.get((verb, w.lemma_.lower()), "")[:2] in VIOLENT_ROOTS for w in (first, noun))
        if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.dep_ in ("dobj", "obj"):
            head = noun.head.head.head
        elif noun.dep_ == "nsubj":
            head = noun.head
        else:
            return False
        lemma = self.lex.lemma_fixes.get(head.lower_, head.lemma_.lower())
        return self.lex.verbs.get(lemma, "")[:2] in VIOLENT_ROOTS or self.contact_force(head, lemma)

    def force_means(self, noun: Token) -> bool:
        """Whether ``noun`` (or a conjunct) names a means of force: a weapon, a fire or strike noun, armed
        forces (`force_means`); a compound names its own event ("a general strike" is a protest)."""
        for tok in [noun, *noun.conjuncts]:
            compound = self.compound_noun(tok)
            if compound is not None:
                if compound[:2] in VIOLENT_ROOTS:
                    return True
            elif tok.lemma_.lower() in self.lex.force_means:
                return True
        return False

    def joined_organisation(self, verb: Token, lemma: str) -> Token | None:
        """Rule 70d, joining an international organisation: a `membership_verbs` verb (join, rejoin) whose object
        is an international organisation the resolver coded ("Montenegro joined NATO", "Croatia joined the
        European Union"), or "become" + a `membership_nouns` noun ("member") with an "of" phrase naming one
        ("became a member of the WTO"): that object (or the noun), else None. "Joined the protest", "joined NATO
        exercises" and "joined forces with Y" (no organisation as the object itself) are not joining one."""
        lex = self.lex
        if lemma not in lex.membership_verbs and lemma != "become":
            return None  # every verb passes here: the actor spans are read only for the few that can join
        actors = verb.doc.spans["actors"] if "actors" in verb.doc.spans else []

        def organisation(tok: Token) -> bool:
            return any(a.start <= tok.i < a.end and a.root.i == tok.i and is_igo(a.label_) for a in actors)

        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if lemma in lex.membership_verbs:
            if self.applied_joining(verb):
                return None  # "applied to join NATO": the application's appeal (rule 75b), not the joining
            if any(
                prep.dep_ == "prep" and prep.lower_ in lex.joined_act_preps and g.dep_ == "pcomp" and g.tag_ == "VBG"
                for prep in verb.children
                for g in prep.children
            ):
                return None  # "joined the EU in imposing sanctions on Y": the EU's act shared (rule 254b)
            return next((o for o in objects if organisation(o)), None)
        if lemma == "become":
            for noun in (c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")):
                if noun.lemma_.lower() in lex.membership_nouns and any(
                    organisation(p)
                    for prep in noun.children
                    if prep.dep_ == "prep" and prep.lower_ in ("of", "in")
                    for p in prep.children
                    if p.dep_ == "pobj"
                ):
                    return noun
        return None

    def exempted_from_measure(self, verb: Token, lemma: str) -> Token | None:
        """Rule 215b, a party or its goods exempted from a tariff or sanction: the `exemption_measures` noun of the
        "from" phrase of an `exemption_verbs` verb ("exempted Canadian energy from the new tariffs"), or of an
        `exemption_nouns` object of an `exemption_grant_verbs` verb ("granted Britain an exemption from the steel
        tariffs"), or that object's compound (rule 249: "granted Hungary a sanctions waiver"); else None. The measure
        is the phrase's object, so it codes no sanction of its own."""
        lex = self.lex
        if lemma in lex.exemption_verbs:
            heads = [verb]
        elif lemma in lex.exemption_grant_verbs:
            heads = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.exemption_nouns]
        else:
            return None
        found = next(
            (
                p
                for head in heads
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ == "from"
                for p in prep.children
                if p.dep_ == "pobj" and p.lemma_.lower() in lex.exemption_measures
            ),
            None,
        )
        if found is not None or lemma not in lex.exemption_grant_verbs:
            return found
        permit = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and self.permitted_act(c)), None)
        if permit is not None:
            return permit  # rule 254d: "granted Lukoil a licence to wind down its operations"
        # rule 249: the measure as the exemption noun's compound ("granted Hungary a sanctions waiver")
        return next(
            (
                c
                for head in heads
                for c in head.children
                if c.dep_ == "compound" and c.lemma_.lower() in lex.exemption_measures
            ),
            None,
        )

    def blacklist(self, noun: Token) -> bool:
        """Rule 301, whether ``noun`` names a state's trade blacklist: its code (`measure_code`: "entity list",
        "blacklist") or its compound's ("sanctions list") is one of `blacklist_codes`."""
        codes = self.lex.blacklist_codes
        return self.measure_code(noun) in codes or any(
            c.dep_ == "compound" and self.measure_code(c) in codes for c in noun.children
        )

    def listed_on_blacklist(self, verb: Token, prep: Token, noun: Token) -> bool:
        """Rule 301a, whether ``noun``, the object of ``prep`` on ``verb``, is the blacklist a party is placed on: a
        `blacklisting_verbs` verb ("placed", "put") with an object, a `blacklisting_preps` phrase ("on") and a
        `blacklist` noun: "placed Chinese chipmakers on its entity list" (as "added Y to its entity list")."""
        lex = self.lex
        return (
            verb.lemma_.lower() in lex.blacklisting_verbs
            and prep.lower_ in lex.blacklisting_preps
            and any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children)
            and self.blacklist(noun)
        )

    def delisted_from_blacklist(self, verb: Token, lemma: str) -> Token | None:
        """Rule 301b, a party taken off a state's trade blacklist: the `blacklist` noun of a `delisting_preps` phrase
        ("from", "off") of a `delisting_verbs` verb with an object or passive subject ("removed two Chinese firms from
        its entity list", "took four firms off its sanctions list"); else None. The measure is eased toward the
        party (085) and, as the phrase's object, codes no sanction of its own."""
        lex = self.lex
        if lemma not in lex.delisting_verbs or not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children):
            return None
        return next((p for p in prep_objects_in(verb, lex.delisting_preps) if self.blacklist(p)), None)

    def sought_goods(self, verb: Token) -> bool:
        """Rule 254c, whether a seek verb asks for what another party gives: an object whose trigger's root is one of
        `seek_appeal_roots` (economic cooperation, aid, easing: "sought sanctions relief from Y", "sought investment
        from Y"), so the verb is the appeal wrapper. Not an infinitive ("sought to improve ties with Y", a wish: rule
        172d) nor a relation or rapprochement sought (05, rule 176a), which no other party hands over."""
        if any(c.dep_ == "xcomp" for c in verb.children):
            return False
        return any(
            (sought := self.trigger(c)) is not None and sought.code[:2] in self.lex.seek_appeal_roots
            for c in verb.children
            if c.dep_ in ("dobj", "obj")
        )

    def permitted_act(self, noun: Token) -> bool:
        """Rule 254d, whether ``noun`` is a `permit_nouns` noun (licence) that says what it permits by a to-infinitive
        or a participle ("a licence to wind down its operations", "a licence allowing Y to ...") and names no act by
        its compound ("an export licence" is the trade, 061)."""
        if noun.lemma_.lower() not in self.lex.permit_nouns or self.compound_noun(noun) is not None:
            return False
        return any(
            c.dep_ in ("acl", "relcl")
            and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
            for c in noun.children
        )

    def suspended_member(self, verb: Token, lemma: str) -> Token | None:
        """Rule 137a, a member suspended from an organisation: a `member_suspension_verbs` verb (suspend) whose
        object or passive subject is an actor mention and whose "from" phrase names an organisation, one the
        resolver coded or a `member_suspension_bodies` noun ("The African Union suspended Mali from the bloc",
        "Mali was suspended from the African Union"), or with no such phrase an organisation the resolver coded as
        its subject ("The African Union suspended Niger"): that member, else None. "Suspended talks / aid" (the
        `reduce` wrapper) and "suspended flights from Y" (no actor suspended) are not this."""
        lex = self.lex
        if lemma not in lex.member_suspension_verbs:
            return None
        actors = verb.doc.spans["actors"] if "actors" in verb.doc.spans else []

        def actor_root(tok: Token, igo: bool) -> bool:
            return any(a.start <= tok.i < a.end and a.root.i == tok.i and (not igo or is_igo(a.label_)) for a in actors)

        bodies = [
            p
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for p in prep.children
            if p.dep_ == "pobj" and (p.lemma_.lower() in lex.member_suspension_bodies or actor_root(p, True))
        ]
        # with no "from" phrase, an organisation as the subject is the one suspending ("The African Union suspended
        # Niger"); a state suspending a state names no membership ("suspended Niger" could be aid, flights, ties)
        if not bodies and not any(c.dep_ == "nsubj" and actor_root(c, True) for c in verb.children):
            return None
        return next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") and actor_root(c, False)), None)

    def left_organisation(self, verb: Token, lemma: str) -> Token | None:
        """Rule 154e, leaving an international organisation, the converse of rule 70d's joining: an
        `organisation_leaving_verbs` verb (leave, quit, exit, withdraw, pull) whose object, or the object of its
        `organisation_leaving_preps` phrase ("withdrew from", "pulled out of"), is an organisation the resolver coded
        ("Venezuela withdrew from the Organization of American States", "Mali left ECOWAS"): that organisation,
        else None. Before, "withdrew from" read as a retreat (0874) from whatever it named; troops withdrawing from a
        place keep that reading, as do "left the UN buffer zone" and "left NATO headquarters" (the mention's root is
        not the object)."""
        lex = self.lex
        if lemma not in lex.organisation_leaving_verbs:
            return None
        actors = verb.doc.spans["actors"] if "actors" in verb.doc.spans else []

        def organisation(tok: Token) -> bool:
            return any(a.start <= tok.i < a.end and a.root.i == tok.i and is_igo(a.label_) for a in actors)

        # "pulled out of the WHO": the parser may hang "of" on "out" (a preposition or particle of the verb)
        outs = [g for c in verb.children if c.lower_ == "out" for g in c.children]
        left = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
            p
            for prep in [*verb.children, *outs]
            if prep.dep_ == "prep" and prep.lower_ in lex.organisation_leaving_preps
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        return next((o for o in left if organisation(o)), None)

    def left_mission(self, verb: Token, lemma: str) -> Token | None:
        """Rule 387f: an `organisation_leaving_verbs` verb whose `organisation_leaving_preps` object ("withdrew its
        troops from the NATO mission", "pulled its ships out of EU missions") is a `mission_leaving_nouns` noun: that
        noun (an international involvement halted, 166), else None."""
        lex = self.lex
        if lemma not in lex.organisation_leaving_verbs:
            return None
        outs = [g for c in verb.children if c.lower_ == "out" for g in c.children]
        left = [
            p
            for prep in [*verb.children, *outs]
            if prep.dep_ == "prep" and prep.lower_ in lex.organisation_leaving_preps
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        return next((o for o in left if o.lemma_.lower() in lex.mission_leaving_nouns), None)

    def joint_work_partner(self, verb: Token, lemma: str) -> Token | None:
        """Rule 387d: the partner of a `joint_work_verbs` verb (its `joint_work_preps` object) when the verb has a
        to-infinitive of a `joint_work_purposes` verb ("worked with Y to rebuild the bridge", "cooperated with Y to
        repair the line"): material cooperation (060); else None."""
        lex = self.lex
        if lemma not in lex.joint_work_verbs:
            return None
        if not any(
            c.dep_ in ("xcomp", "advcl")
            and c.lemma_.lower() in lex.joint_work_purposes
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        ):
            return None
        return next(
            (
                p
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ in lex.joint_work_preps
                for p in prep.children
                if p.dep_ == "pobj"
            ),
            None,
        )

    def applied_joining(self, verb: Token) -> bool:
        """A joining verb that is the to-infinitive of an application (rule 75b): "applied to join NATO", "its
        application / bid to join the EU"."""
        head = verb.head
        if verb.dep_ == "xcomp":
            return head.lemma_.lower() in self.lex.membership_appeal_verbs
        return verb.dep_ == "acl" and head.lemma_.lower() in self.lex.membership_application_nouns

    def _requested_organisation(self, head: Token) -> Token | None:
        """The organisation an application names (rule 75b): the head of its "for" phrase is a
        `membership_request_nouns` noun whose "of" / "in" / "to" phrase, compound or possessor is an organisation
        ("for membership of the EU", "for NATO membership", "for admission to the WTO"), or its to-infinitive
        joins one ("to join NATO"); else None."""
        lex = self.lex
        actors = head.doc.spans["actors"] if "actors" in head.doc.spans else []

        def organisation(tok: Token) -> bool:
            return any(a.start <= tok.i < a.end and a.root.i == tok.i and is_igo(a.label_) for a in actors)

        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "for":
                for noun in (g for g in child.children if g.dep_ == "pobj"):
                    if noun.lemma_.lower() not in lex.membership_request_nouns:
                        continue
                    for mod in noun.children:
                        if mod.dep_ in ("compound", "poss", "nmod", "amod") and organisation(mod):
                            return mod
                        if mod.dep_ == "prep" and mod.lower_ in ("of", "in", "to", "into"):
                            found = next((p for p in mod.children if p.dep_ == "pobj" and organisation(p)), None)
                            if found is not None:
                                return found
            if child.dep_ in ("xcomp", "acl") and child.lemma_.lower() in lex.membership_verbs:
                found = next(
                    (o for o in child.children if o.dep_ in ("dobj", "obj") and organisation(o)),
                    None,
                )
                if found is not None:
                    return found
        return None

    def membership_application(self, verb: Token, lemma: str) -> Token | None:
        """Rule 75b, applying to join an international organisation: a `membership_appeal_verbs` verb ("applied for
        membership of the EU", "applied to join NATO"), or a `membership_filing_verbs` verb whose object is a
        `membership_application_nouns` noun ("submitted its application to join the EU", "filed a bid for NATO
        membership"), naming the organisation as :meth:`_requested_organisation` reads it: that organisation, the
        event's target (an appeal to it, `membership_appeal_code`), else None."""
        lex = self.lex
        if lemma in lex.membership_appeal_verbs:
            return self._requested_organisation(verb)
        if lemma in lex.membership_filing_verbs:
            for obj in verb.children:
                if obj.dep_ in ("dobj", "obj") and obj.lemma_.lower() in lex.membership_application_nouns:
                    found = self._requested_organisation(obj)
                    if found is not None:
                        return found
        return None

    def applied_membership(self, trig: Trigger) -> bool:
        """Whether ``trig`` is rule 75b's application to join an organisation (the appeal, `membership_appeal_code`,
        made by :meth:`membership_application`)."""
        return (
            trig.kind == "verb"
            and trig.wrapper is None
            and trig.code == self.lex.membership_appeal_code
            and trig.phrase_obj is not None
            and self.membership_application(trig.token, trig.token.lemma_.lower()) is not None
        )

    def contact_force(self, verb: Token, lemma: str) -> bool:
        """A verb of contact read as an act of force (rule 50c): "hit" with an object (or a passive subject)
        and a means of force as its subject, its agent or its "with" instrument ("Russian missiles hit Kyiv",
        "Kyiv was hit by drones", "Israel hit Hezbollah targets with air strikes"; rule 119: also a "with" the
        parser hung on the object, "hit Iranian sites(dobj) with(prep of sites) missiles"), or a bare state doing
        it to another country's military or infrastructure thing (:meth:`state_strike`). "Sanctions hit the
        economy", "exports hit a record" and "hit back at critics" (no object) name none."""
        if lemma not in self.lex.contact_force_verbs:
            return False
        kids = list(verb.children)
        objects = [c for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if not objects:
            return False
        means = [c for c in kids if c.dep_ == "nsubj"] + [
            p
            for c in kids
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("with", "by"))
            for p in c.children
            if p.dep_ == "pobj"
        ]
        means += self.object_instruments(objects)
        return any(self.force_means(m) or self.armed_doer(m) for m in means) or self.state_strike(verb, kids, objects)

    def measure_contact(self, verb: Token, lemma: str) -> Trigger | None:
        """Rule 431a: a `measure_contact_verbs` verb ("hit", "target", "slap", "punish") with a direct object (or a
        passive subject) and a "with" phrase on the verb whose object is a hostile act noun that is no force (a noun
        or compound of `retaliation_object_roots` outside the violent roots, and no `force_means`): the measure's code
        toward the object, "hit Russia's two biggest oil producers with sanctions", "hit Brazilian imports with a 50
        percent tariff" (163). None otherwise (the force reading is :meth:`contact_force`'s)."""
        lex = self.lex
        if lemma not in lex.measure_contact_verbs:
            return None
        kids = list(verb.children)
        objects = [c for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if not objects:
            return None
        for prep in kids:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or self.force_means(noun):
                    continue
                code = self.compound_noun(noun) or lex.nouns.get(noun.lemma_.lower(), "")
                if code[:2] in lex.retaliation_object_roots and code[:2] not in VIOLENT_ROOTS:
                    return Trigger(verb, code, "verb", phrase_obj=objects[0])
        return None

    @staticmethod
    def object_instruments(objects: list[Token]) -> list[Token]:
        """The objects of a "with" phrase the parser hung on a verb's object ("hit Iranian sites with missiles",
        rule 119): the verb's instrument in the reading the parser missed."""
        return [
            p
            for o in objects
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
        ]

    def state_strike(self, verb: Token, kids: list[Token], objects: list[Token]) -> bool:
        """Rule 119: a contact verb ("hit", "target") whose doer is a bare state (its subject, or its passive agent,
        in an actor mention coded as a country with no role: "Russia", "Moscow"; not a person, a ministry, a
        company) and whose object is a military or infrastructure thing (`state_strike_objects`, or a
        `state_strike_kinds` head named by such a compound: "air defence systems") that an actor of another
        country owns or holds (:meth:`foreign_owner`): "Russia targeted Ukrainian power plants", "Ukraine hit an
        oil refinery in Russia's Samara region", "Hezbollah positions were hit by Israel". A "with" instrument
        that is no means of force ("with sanctions", "with tariffs") or a non-violent act noun in the verb's
        phrases ("in its latest sanctions") keeps the act economic; banks, exporters and the economy are no
        such thing ("the US targeted Chinese exporters", "Russia hit Ukraine's economy" stay none)."""
        lex = self.lex
        if self.object_instruments(objects):
            return False  # "targeted Chinese plants(dobj) with tariffs": a means that is no force
        for prep in (c for c in kids if c.dep_ == "prep"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                if prep.lower_ in ("with", "through", "via"):
                    return False  # a means that is no force (force means were read by contact_force)
                codes = (lex.nouns.get(t.lemma_.lower(), "") for t in pobj.subtree)
                if any(code and code[:2] not in VIOLENT_ROOTS for code in codes):
                    return False  # "in its latest sanctions package", "as part of new tariffs": a measure, not force
        passive = any(o.dep_ == "nsubjpass" for o in objects)
        doers = [c for c in kids if c.dep_ == "nsubj"] + [
            p
            for c in kids
            if c.dep_ == "agent" or (passive and c.dep_ == "prep" and c.lower_ == "by")
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if not doers and verb.dep_ == "conj":
            doers = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "launched drones and hit Y's depots"
        countries = {code for code in (self.bare_state(d) for d in doers) if code}
        if len(countries) != 1:
            return False
        return any(
            self.struck_thing(thing) and self.foreign_owner(verb, thing, next(iter(countries)))
            for obj in objects
            for thing in [obj, *obj.conjuncts]
        )

    def aerial_contact(self, verb: Token) -> bool:
        """Whether a contact verb of force ("hit", "target") has an aerial means (`aerial_means`, rule 119c): its
        subject, its agent, a "with" / "by" instrument (also one hung on its object), or a violent act noun of an
        "in" phrase ("in a drone attack"), itself or by an amod / compound ("air strikes", "Russian drones"). An
        `aerial_strike_verbs` verb ("strike", rule 127b) counts its instruments and agent, and a subject only when
        its head noun is an aircraft (`aircraft_doer`, rule 252a: "US warplanes struck Y"; a suicide bomber is none).
        A verb of heavy fire (`heavy_fire_code`, rule 269: "Israeli warplanes pounded Y") counts its subject as a
        contact verb does. A bomb of an air-dropped kind is an aerial means too (`aerial_bomb`, rule 290)."""
        lex = self.lex
        lemma = verb.lemma_.lower()
        heavy = lex.verbs.get(lemma) == lex.heavy_fire_code  # "warplanes pounded Y" (rule 269)
        if lemma not in lex.contact_force_verbs and lemma not in lex.aerial_strike_verbs and not heavy:
            return False
        # "strike" (rule 127b): its instruments only, and a subject only when it is an aircraft (rule 252a)
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if lemma not in lex.contact_force_verbs and not heavy:
            if any(self.aircraft_doer(c) for doer in doers for c in [doer, *doer.conjuncts]):
                return True  # "US warplanes struck Houthi targets", "US B-2 bombers struck Y" (rule 252a)
            doers = []
        means = doers + self.force_instruments(verb)
        return any(self.aerial_word(tok) or self.aerial_bomb(tok) for noun in means for tok in [noun, *noun.conjuncts])

    def force_instruments(self, verb: Token) -> list[Token]:
        """The instruments of a verb of force: its agent, the object of a "with" / "by" phrase (also one hung on its
        object, :meth:`object_instruments`), and a violent act noun of an "in" phrase ("in a drone attack"); read by
        rule 119c for an aerial means and rule 273 for a missile one."""
        kids = list(verb.children)
        means = self.object_instruments([c for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass")])
        for c in kids:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("with", "by", "in")):
                for p in (g for g in c.children if g.dep_ == "pobj"):
                    if c.lower_ != "in" or self.lex.nouns.get(p.lemma_.lower(), "")[:2] in VIOLENT_ROOTS:
                        means.append(p)
        return means

    def missile_contact(self, verb: Token) -> bool:
        """Whether a contact verb of force ("hit", "target", "strike", "attack") has a missile or rocket as its
        instrument (`missile_means`, rule 273), itself or by an amod / compound ("with missiles", "in a missile
        attack"): CAMEO 194's rocket fire and missile launchers. A missile subject is read by rule 153i's
        `domains` lookup ("Russian missiles struck Y")."""
        lex = self.lex
        lemma = verb.lemma_.lower()
        if lemma not in lex.contact_force_verbs and lemma not in lex.aerial_strike_verbs:
            return False
        return any(
            w.lemma_.lower() in lex.missile_means
            for noun in self.force_instruments(verb)
            for tok in [noun, *noun.conjuncts]
            for w in [tok, *(m for m in tok.children if m.dep_ in ("amod", "compound"))]
        )

    def aerial_fired(self, trig: Trigger) -> bool:
        """Whether a missile or rocket fired or launched (the object of "fire missile", rule 273) is fired by an
        aircraft (the verb's subject an aerial word: "Israeli jets fired missiles at Y") or with an aerial weapon
        conjoined to it ("launched missiles and drones at Y"): CAMEO 195 takes precedence where aerial and other
        weapons are both used."""
        obj = trig.phrase_obj
        if trig.kind != "verb" or obj is None:
            return False
        doers = [c for c in trig.token.children if c.dep_ == "nsubj"]
        return any(self.aerial_word(tok) for noun in doers for tok in [noun, *noun.conjuncts]) or any(
            self.aerial_word(tok) for tok in obj.conjuncts
        )

    def struck_arms_place(self, tok: Token) -> bool:
        """Whether the weapon noun ``tok`` is the compound of an `arms_place_heads` place ("a weapons depot", "an
        ammunition factory") that a verb or noun of force acts on (rule 252b): its object or passive subject, or the
        object of its "on" / "at" phrase ("strikes on an ammunition depot"); a plant built or opened keeps its
        reading ("opened an ammunition factory in Ukraine")."""
        place = tok.head
        if tok.dep_ != "compound" or place.lemma_.lower() not in self.lex.arms_place_heads:
            return False
        act = place.head
        if place.dep_ == "pobj" and act.lower_ in ("on", "at"):
            act = act.head
        elif place.dep_ not in ("dobj", "obj", "nsubjpass"):
            return False
        lemma = act.lemma_.lower()
        codes = self.lex.verbs if act.pos_ in ("VERB", "AUX") else self.lex.nouns
        return lemma in self.lex.contact_force_verbs or codes.get(lemma, "")[:2] == "19"

    def aircraft_doer(self, tok: Token) -> bool:
        """Whether the subject ``tok`` of a strike names an aircraft by its head noun (`aerial_doer_nouns`, rule
        252a): "warplanes", "jets", "helicopters"; a bomber only when rule 213h's `aircraft_bomber` reads it as one
        ("US B-2 bombers", not "a suicide bomber"); not a sea-named one (rule 213d)."""
        lemma = tok.lemma_.lower()
        if lemma not in self.lex.aerial_doer_nouns or self.naval_word(tok):
            return False
        return lemma not in self.lex.bomber_nouns or self.aircraft_bomber(tok)

    def exercise_trigger(self, trig: Trigger, inner: Trigger | None) -> bool:
        """Whether ``trig`` (or its wrapped ``inner``) names a military exercise (rule 213b): the trigger, its phrase
        object or the inner trigger an `exercise_nouns` noun ("drills", "exercises") or an `exercise_phrases`
        phrase's last word ("war games")."""
        words = set(self.lex.exercise_nouns) | {last for _, last in self.lex.exercise_phrases}
        tokens = [trig.token, trig.phrase_obj, inner.token if inner is not None else None]
        return any(t is not None and t.lemma_.lower() in words for t in tokens)

    def naval_word(self, tok: Token) -> bool:
        """Whether the means ``tok`` is named a naval one by a modifier (`naval_means_modifiers`, rule 213d): "sea
        drones", "naval drones"."""
        return any(
            m.dep_ in ("amod", "compound") and m.lemma_.lower() in self.lex.naval_means_modifiers for m in tok.children
        )

    def aerial_word(self, tok: Token) -> bool:
        """Whether the means ``tok`` is aerial (`aerial_means`, rule 119c), itself or by an amod / compound, and not
        named a naval one (rule 213d: "sea drones")."""
        aerial = self.lex.aerial_means
        return (
            tok.lemma_.lower() in aerial
            or any(m.dep_ in ("amod", "compound") and m.lemma_.lower() in aerial for m in tok.children)
        ) and not self.naval_word(tok)

    def aerial_bomb(self, tok: Token) -> bool:
        """Whether the means ``tok`` is a bomb of an air-dropped kind (rule 290): an `aerial_bomb_nouns` noun with an
        `aerial_bomb_modifiers` amod / compound, or one on such a compound ("bunker-buster bombs", "glide bombs",
        "2,000-pound bombs"); a bare bomb or a car bomb is none."""
        if tok.lemma_.lower() not in self.lex.aerial_bomb_nouns:
            return False
        kinds = self.lex.aerial_bomb_modifiers
        return any(
            m.dep_ in ("amod", "compound") and w.lemma_.lower() in kinds
            for m in tok.children
            for w in [m, *(c for c in m.children if c.dep_ in ("amod", "compound"))]
        )

    def verbal_attack(self, verb: Token, noun: bool = False) -> bool:
        """Whether a `verbal_attack_verbs` verb ("attacked") is criticism, not force (rule 130b): it has an "over" /
        "for" phrase (`verbal_attack_preps`) naming an issue, and no "with" / "by" / "in" phrase or agent that could
        name a means. An issue is no DATE / TIME entity ("over the weekend", "for the third night"), no place or
        actor (a GPE / LOC / NORP / ORG entity: "over Syria"), and no violent act noun or means of force, itself or by
        an amod / compound ("over the attacks", "over the rocket fire": a reprisal may be force). Or (rule 138) a
        `verbal_attack_object_verbs` verb or noun (``noun``: the trigger is one) acting on a policy, a decision or an
        utterance (`said_or_decided_object`)."""
        lex = self.lex
        lemma = verb.lemma_.lower()
        if lemma in lex.verbal_attack_object_verbs and self.said_or_decided_object(verb, noun):
            return True  # "attacked China's trade policy", "struck at Beijing's decision" (rule 138)
        if noun or lemma not in lex.verbal_attack_verbs:
            return False
        kids = list(verb.children)
        if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("with", "by", "in")) for c in kids):
            return False  # a possible means: the verb's own reading ("attacked Y with drones over ...")
        issues = [
            p
            for c in kids
            if c.dep_ == "prep" and c.lower_ in lex.verbal_attack_preps
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return self.named_issue(issues)

    def named_issue(self, issues: list[Token]) -> bool:
        """Whether one of ``issues`` (the objects of "over" / "for" phrases) names an issue (rule 130b): no DATE / TIME
        entity ("over the weekend"), no place or actor (a GPE / LOC / NORP / ORG entity: "over Syria"), and no violent
        act noun or means of force, itself or by an amod / compound ("over the attacks": a reprisal may be force)."""
        lex = self.lex
        return any(
            p.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "NORP", "ORG", "FAC", "CARDINAL", "ORDINAL")
            and not any(
                w.lemma_.lower() in lex.force_means or lex.nouns.get(w.lemma_.lower(), "")[:2] in VIOLENT_ROOTS
                for w in [p, *(c for c in p.children if c.dep_ in ("amod", "compound"))]
            )
            for p in issues
        )

    def said_or_decided_object(self, trigger: Token, noun: bool) -> bool:
        """Whether what the force verb or noun ``trigger`` acts on is a `verbal_attack_objects` noun, an utterance, a
        decision or a policy, and no means of force is named (rule 138): the verb's direct object, passive subject or
        "at" object ("attacked Y's remarks", "Y's plan was attacked by X", "struck at Y's ruling"), the noun's "on"
        object ("X's attack on Y's decision"). The head noun only: "China's trade policy" is a policy, "the policy
        office" and "China's army posts" are not; a conjoined physical object ("the policy and the border posts")
        keeps the force reading, and so does a "with" / "by" / "in" phrase or agent naming a means of force or a
        violent act ("attacked the plan with missiles"), as rule 130b's means; a doer ("by Germany") or other words
        ("with harsh words", "in a speech") do not."""
        lex = self.lex
        kids = list(trigger.children)
        preps = ("on",) if noun else ("at",)
        objects = [] if noun else [c for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass")]
        objects += [p for c in kids if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
        heads = [tok for obj in objects for tok in [obj, *obj.conjuncts]]
        if not heads or any(
            lex.lemma_fixes.get(tok.lower_, tok.lemma_.lower()) not in lex.verbal_attack_objects for tok in heads
        ):
            return False
        means = [
            w
            for c in kids
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("with", "by", "in"))
            for p in c.children
            if p.dep_ == "pobj"
            for thing in [p, *p.conjuncts]
            for w in [thing, *(m for m in thing.children if m.dep_ in ("amod", "compound"))]
        ]
        return not any(
            w.lemma_.lower() in lex.force_means
            or w.lemma_.lower() in lex.aerial_means
            or lex.nouns.get(w.lemma_.lower(), "")[:2] in VIOLENT_ROOTS
            for w in means
        )

    def bare_state(self, tok: Token) -> str:
        """The country of the actor mention ``tok`` is in when that mention is a bare state (a country code with no
        role: "Russia", "Moscow", "Israel"), else ""."""
        actors = tok.doc.spans["actors"] if "actors" in tok.doc.spans else []
        for a in actors:
            if a.start <= tok.i < a.end:
                code = a.label_
                if not is_igo(code) and role_part(code) == "" and country_part(code) in country_codes():
                    return country_part(code)
        return ""

    def struck_thing(self, obj: Token) -> bool:
        """Whether ``obj`` names a military or infrastructure thing (rule 119): a `state_strike_objects` noun, or a
        `state_strike_kinds` head with a compound of that list or of `force_means` ("air defence systems"), a place
        (rule 124a), or the head of an armed actor mention (rule 160, :meth:`armed_object`)."""
        lex = self.lex
        lemma = lex.lemma_fixes.get(obj.lower_, obj.lemma_.lower())
        if lemma in lex.state_strike_objects or lemma in lex.state_strike_place_nouns or self.named_place(obj):
            return True  # places too (rule 124a): "Ukrainian cities", "Russia targeted Kharkiv"
        if self.armed_object(obj):
            return True  # an armed side's people (rule 160): "Hezbollah commanders", "Ukrainian troops"
        return lemma in lex.state_strike_kinds and any(
            c.dep_ == "compound" and c.lemma_.lower() in (lex.state_strike_objects | lex.force_means)
            for c in obj.children
        )

    def armed_object(self, obj: Token) -> bool:
        """Whether ``obj`` heads an actor mention whose role is armed (`state_strike_armed_roles`, rule 160): the
        people or forces of an armed side ("Hezbollah commanders" LBNREB, "Ukrainian troops" UKRMIL). The mention's
        head only: an armed modifier of another noun ("the army's budget") is no such object; whose side it is
        :meth:`foreign_owner` checks (the mention is on the object)."""
        actors = obj.doc.spans["actors"] if "actors" in obj.doc.spans else []
        roles = self.lex.state_strike_armed_roles
        return any(a.root.i == obj.i and role_part(a.label_) in roles for a in actors)

    @staticmethod
    def fought_over(obj: Token, fight: Token) -> bool:
        """Whether ``obj``, the "for" object of the fight verb ``fight``, is a place fought over, not a side fought
        for (rule 229): a city or region (:meth:`named_place`), "Russian forces battled for Pokrovsk". A capital in
        the purpose of sending forces stands for its state: "sent soldiers to fight for Moscow" helps Russia."""
        if not TriggerMatcher.named_place(obj):
            return False
        sent = fight.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in fight.children)
        actors = obj.doc.spans["actors"] if "actors" in obj.doc.spans else []
        return not (sent and any(a.root.i == obj.i and a._.actor_how == "capital" for a in actors))

    @staticmethod
    def named_place(obj: Token) -> bool:
        """Whether ``obj`` heads an actor mention that names a city or a region (rule 124a): a bare country code
        named by a capital ("Kyiv") or by a name that is not a country's own ("Kharkiv", "Gaza City", a
        `places.jsonl` entry). A country's own name ("Ukraine", "China") is no place: "the US targeted China" is
        a policy's target as often as a strike's."""
        actors = obj.doc.spans["actors"] if "actors" in obj.doc.spans else []
        for a in actors:
            if a.root.i != obj.i or is_igo(a.label_) or role_part(a.label_):
                continue
            how = a._.actor_how
            if how == "capital" or (how == "name" and a.kb_id_.lower() not in country_names()):
                return True
        return False

    def opposition_rally(self, verb: Token, lemma: str) -> Trigger | None:
        """Rule 149a: an `opposition_rally_verbs` verb with an object (the allies rallied) and an
        `opposition_rally_preps` phrase, hung on the verb or on the object ("rallied its EU partners against
        Hungary's plan"), rallies opposition against the phrase's party (`rallied_opposition_code`, 113). Without an
        object the lexicon's readings stay: "rallied behind their government against Y" rallies support (053),
        "rallied support for Y" too, and people's "rallied against Y" is a demonstration (141, rule 68a)."""
        lex = self.lex
        if lemma not in lex.opposition_rally_verbs:
            return None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not objects:
            return None
        for head in (verb, *objects):
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in lex.opposition_rally_preps:
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return Trigger(verb, lex.rallied_opposition_code, "verb", phrase_obj=obj)
        return None

    def measure_vote(self, verb: Token, lemma: str) -> Trigger | None:
        """Rule 211a: a `vote_verbs` verb with a `vote_against_preps` phrase ("voted against the UN resolution") is a
        rejection of the measure (`vote_against_code`, 120), one with a `vote_for_preps` phrase or "in favour of"
        (`vote_favour_nouns`) an endorsement of it (`vote_for_code`, 051); the phrase's noun must be a
        `vote_measure_nouns` measure, which is the trigger's phrase object (its owner is the target,
        ``ArgumentFinder.voted_measure_owner``). "abstained", "voted on the draft", "voted against the candidate"
        are no trigger."""
        lex = self.lex
        if lemma not in lex.vote_verbs:
            return None
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                code, measure = "", obj
                if prep.lower_ in lex.vote_against_preps:
                    code = lex.vote_against_code
                elif prep.lower_ in lex.vote_for_preps:
                    code = lex.vote_for_code
                elif prep.lower_ == "in" and obj.lemma_.lower() in lex.vote_favour_nouns:
                    # "voted in favour of the resolution": the measure is the "of" phrase's noun
                    inner = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
                    measure = next((p for p in inner if p.dep_ == "pobj"), obj)
                    code = lex.vote_for_code if measure is not obj else ""
                if code and measure.lemma_.lower() in lex.vote_measure_nouns:
                    return Trigger(verb, code, "verb", phrase_obj=measure)
        return None

    def strike_back(self, verb: Token, lemma: str) -> tuple[Token | None, str] | None:
        """Rule 124b: a `strike_back_verbs` verb with "back" and a `strike_back_preps` party ("hit back at
        Washington", "struck back at Israel"; the phrase hung on the verb or on "back") retaliates in kind: the
        party and the code of its "with" means, a hostile act noun's (`retaliation_object_roots`: "with tariffs
        of its own" 163), or force for a means of force (190; 195 by `aerial_means`: "with drones"). ``(party,
        "")`` when no such means is named ("hit back at critics", "with export controls": no event, not the
        lexicon's 190 of "strike"); None when the verb is no such phrase."""
        lex = self.lex
        if lemma not in lex.strike_back_verbs:
            return None
        back = next((c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"), None)
        if back is None:
            return None
        party = next(
            (
                p
                for head in (verb, back)
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in lex.strike_back_preps
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        means = [
            p
            for head in (verb, back)
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if party is not None:
            means += self.object_instruments([party])  # "at Washington(pobj) with(prep of Washington) tariffs"
        for noun in means:
            tokens = [noun, *noun.conjuncts]
            if any(self.force_means(t) for t in tokens):
                aerial = any(self.aerial_word(t) for t in tokens)
                return party, lex.aerial_force_code if aerial else lex.contact_force_code
            code = self.compound_noun(noun) or lex.nouns.get(noun.lemma_.lower(), "")
            if code[:2] in lex.retaliation_object_roots:
                return party, code
        if not means and party is not None:
            # rule 431b: no means, an issue named ("hit back at Japan over its premier's remarks"): criticism
            issues = [
                p
                for head in (verb, back, party)
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in lex.verbal_attack_preps
                for p in c.children
                if p.dep_ == "pobj"
            ]
            if self.named_issue(issues):
                return party, lex.verbal_attack_code
        return party, ""

    def foreign_owner(self, verb: Token, obj: Token, country: str) -> bool:
        """Whether an actor of a country other than ``country`` owns ``obj`` or holds where it is (rule 119): an
        actor mention on the object, on its modifiers ("Ukrainian power plants", "Hezbollah positions",
        "Ukraine's grid") or on the object of a `state_strike_places` preposition of the object or of the verb
        ("an oil refinery in Russia's Samara region", "hit positions near Kharkiv")."""
        places = self.lex.state_strike_places
        tokens: set[int] = {obj.i}
        for head in (obj, verb):
            for child in head.children:
                if head is obj and child.dep_ in ("amod", "compound", "poss", "nmod"):
                    tokens.update(t.i for t in child.subtree)
                elif child.dep_ == "prep" and child.lower_ in places:
                    tokens.update(t.i for p in child.children if p.dep_ == "pobj" for t in p.subtree)
        actors = verb.doc.spans["actors"] if "actors" in verb.doc.spans else []
        return any(primary_code(a.label_) != country for a in actors if any(a.start <= i < a.end for i in tokens))

    def armed_doer(self, tok: Token) -> bool:
        """Whether ``tok`` is in an actor mention whose role is armed (`armed_doer_roles`, rule 111b): a state's
        military or an armed non-state group ("Houthi rebels", "the Houthis"), a means of force as a weapon is."""
        actors = tok.doc.spans["actors"] if "actors" in tok.doc.spans else []
        return any(a.start <= tok.i < a.end and role_part(a.label_) in self.lex.armed_doer_roles for a in actors)

    def unconventional_force(
        self, trig: Trigger, code: str, sources: list[Span], targets: list[Span], reciprocal: bool
    ) -> bool:
        """Whether a generic act of force (`conventional_force_code` 190) is unconventional violence, CAMEO 18
        "assault" (docs/events.md rule 57): a primitive weapon is its means (`primitive_weapon`: "a camp was
        attacked by militiamen armed with machetes", "attacked villagers with knives", "a knife attack"), or it is
        one-sided force on civilians (every target's role in `civilian_roles`) by doers none of whom is a state's
        force or an international body ("gunmen killed five villagers"). A refined code ("shelled" 194, "air
        strikes" 195), a state's force on civilians ("troops killed civilians") and clashes keep their code."""
        lex = self.lex
        if code != lex.conventional_force_code or not sources:
            return False
        doers = [s.root for s in sources]
        if any(self.primitive_weapon(tok, own=tok is trig.token) for tok in [trig.token, *doers]):
            return True
        if reciprocal or not targets:
            return False
        return all(civilian_role(t.label_, lex.civilian_roles) for t in targets) and not any(
            state_force(s.label_) for s in sources
        )

    def admission_halted(self, tok: Token, lemma: str) -> Trigger | None:
        """A `blocking_verbs` verb whose direct object is an `admission_nouns` noun with an "of" object ("halted the
        entry of aid into Gaza", "stopped the return of refugees"): passage held back, an obstruction
        (`obstruction_codes` 144, a state's blockade 191 by `doers_sense`), as "blocked the entry of aid" is, not
        the admitted thing cut (the reduce wrapper's "halted aid", 162). Rule 267; None for anything else."""
        lex = self.lex
        if lemma not in lex.blocking_verbs or not lex.obstruction_codes:
            return None
        for obj in (c for c in tok.children if c.dep_ in ("dobj", "obj")):
            if obj.lemma_.lower() not in lex.admission_nouns:
                continue
            if any(g.dep_ == "pobj" for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
                return Trigger(tok, min(lex.obstruction_codes), "verb")
        return None

    def doers_sense(self, trig: Trigger, code: str, sources: list[Span]) -> str:
        """``code`` refined by who does the act (docs/events.md rule 68): a `dissent_verbs` verb ("protested",
        "rallied") whose every doer is a non-state group of people (`dissent_roles`: "activists", "students",
        "thousands of people") is a street demonstration (`dissent_code` 141), not a state's disapproval (110) or
        rallying support (053); an obstruction (`obstruction_codes` 144: "blockaded", "blocked the road") whose every
        doer is a state or its force (`state_force`) is a blockade (`state_obstruction_code` 191, "restrict
        movement"), not protesters' obstruction of passage; a strike (`labour_strike_words`, the trigger word or
        its phrase's object: "launched a strike") coded as generic force whose every doer is a non-state group
        of people (`labour_strike_roles`: "nurses", "teachers", "workers") is a labour strike
        (`labour_strike_code` 143, rule 78a), not an attack; a `riot_verbs` verb ("stormed") coded as force whose
        every doer is such a group is a violent protest (`riot_code` 145, rule 121g), and so is damage to property
        (`riot_property_codes` 171, 1712: "rioters torched shops") by such a group (rule 329); a boycott
        (`boycott_verbs`) coded as the state's (`boycott_codes` 163) by such a group is the people's boycott
        (`dissent_boycott_code` 143, rule 372c). Anything else keeps ``code``."""
        lex = self.lex
        if not sources:
            return code
        if (
            trig.kind == "verb"
            and trig.token.lemma_.lower() in lex.dissent_verbs
            # a dissent code of the verb's own stays, except the root's unspecified one ("marched", 140: rule 172a)
            and (code[:2] != lex.dissent_code[:2] or code == lex.dissent_code[:2] + "0")
            and all(civilian_role(s.label_, lex.dissent_roles) for s in sources)
        ):
            return lex.dissent_code
        if code in lex.obstruction_codes and all(state_force(s.label_) for s in sources):
            return lex.state_obstruction_code
        if (
            trig.kind == "verb"
            and trig.token.lemma_.lower() in lex.boycott_verbs
            and code in lex.boycott_codes
            and all(civilian_role(s.label_, lex.dissent_roles) for s in sources)
        ):
            # "Palestinian shoppers boycotted Israeli goods": a people's boycott is dissent (143, rule 372c), not the
            # state's embargo (163)
            return lex.dissent_boycott_code
        if (
            trig.kind == "verb"
            and trig.token.lemma_.lower() in lex.riot_verbs
            and code[:2] in ("18", "19")
            and all(civilian_role(s.label_, lex.dissent_roles) for s in sources)
        ):
            # "Iranian protesters stormed the Saudi embassy": a crowd's assault is a riot (rule 121g), not an attack
            return lex.riot_code
        if code in lex.riot_property_codes and all(civilian_role(s.label_, lex.dissent_roles) for s in sources):
            # "rioters torched shops", "protesters set fire to the embassy": a crowd's damage to property is a riot
            # (rule 329), not the destruction of property (1712) a state's force or an armed group does
            return lex.riot_code
        words = {trig.token.lemma_.lower()} | (
            {trig.phrase_obj.lemma_.lower()} if trig.phrase_obj is not None else set()
        )
        if (
            code == lex.conventional_force_code
            and words & lex.labour_strike_words
            and all(civilian_role(s.label_, lex.labour_strike_roles) for s in sources)
        ):
            return lex.labour_strike_code
        if (
            trig.kind == "verb"
            and trig.token.lemma_.lower() in lex.armed_bombing_verbs
            and code == lex.verbs.get(trig.token.lemma_.lower())
            and all(civilian_role(s.label_, lex.armed_bombing_roles) for s in sources)
        ):
            # "Taliban militants bombed a mosque": an armed group's bombing is non-military (183), not an air strike
            # (195), as the noun "bombing" is (rule 90d)
            return lex.armed_bombing_code
        return code

    def concluded_consultation(self, verb: Token, lemma: str) -> bool:
        """Whether ``verb`` is a `concluding_verbs` verb ("ended") that halts no act: with no direct object ("the
        visit ended in a clash": what ended is its subject, not cut by anyone), or with a consultation for one (a
        `concluded_roots` noun: talks, a meeting, a visit), which was held and concluded, not broken off ("Russia and
        Ukraine ended their talks in Istanbul" 040; docs/events.md rule 84a). There the verb is no `reduce` wrapper
        and the noun codes itself; "suspended / halted talks" stay cut (164)."""
        if lemma not in self.lex.concluding_verbs:
            return False
        objects = [obj for child in verb.children if child.dep_ in ("dobj", "obj") for obj in self.object_heads(child)]
        return not objects or any(
            self.lex.nouns.get(obj.lemma_.lower(), "")[:2] in self.lex.concluded_roots
            # rule 331: "ended its row with Y" is no cut in relations
            or (lemma in self.lex.settling_verbs and self.unsettled_dispute(obj) is not None)
            for obj in objects
        )

    def halted_strike(self, halted: Trigger | None, doers: list[Span]) -> bool:
        """Whether ``halted``, the act a `reduce` wrapper halts ("ended their strike", "suspended the strike"), is a
        labour strike of ``doers`` as :meth:`doers_sense` reads it (rule 78a): then the halt eases popular dissent
        (`halted_dissent_code` 082, docs/events.md rule 84a), not a de-escalation of force (087). A strike by a
        state or an armed group ("Israel halted its strikes on Gaza") stays the de-escalation."""
        if halted is None or halted.code != self.lex.conventional_force_code:
            return False
        return self.doers_sense(halted, halted.code, doers) == self.lex.labour_strike_code

    def buildup_posture(self, trig: Trigger, inner: Trigger | None, code: str) -> str:
        """``code`` refined when a show of force (`posture_code` 150) raises forces rather than places them (docs/
        events.md rule 133c): a `buildup_words` trigger ("massed troops", "mobilized reservists", "a military
        buildup", "bolstered its forces"), or the act an order commands ("ordered the mobilization of its army",
        rule 58b), is CAMEO's 154, mobilize or increase armed forces. Read after every rule keyed on `posture_code`,
        so none of them changes; deployments, patrols and drills keep 150."""
        lex = self.lex
        if code != lex.posture_code:
            return code
        words = {trig.token.lemma_.lower(), trig.token.lower_}
        if inner is not None and inner.code == lex.posture_code:
            words |= {inner.token.lemma_.lower(), inner.token.lower_}
        return lex.buildup_code if words & lex.buildup_words else code

    def assisting_posture(self, trig: Trigger, code: str, sources: list[Span], targets: list[Span]) -> str:
        """``code`` refined when a show of force (`posture_code` 150) is in truth help given to another party
        (docs/events.md rule 76a/b). A `training_verbs` verb ("trained", "trains") whose direct object names
        another country's people ("trains Iraqi pilots", "trained Y's soldiers") is military cooperation
        (`training_code` 062, as the fallback dictionary codes "conduct training"), not a display of one's own
        force; a deployment or arrival whose to-infinitive purpose clause is such training ("deployed to Y to
        train Y's soldiers") or aid (a `assisting_purpose_roots` trigger: "arrived in Y to help deliver aid")
        takes the code of that purpose; forces sent "to fight for" the target are military aid to it
        (`partisan_fight_code` 072, rule 229). Training one's own or unnamed people ("trained 500 hackers") and forces
        sent with no such purpose keep 150."""
        lex = self.lex
        if code != lex.posture_code or trig.kind != "verb" or not sources or not targets:
            return code
        verb = trig.token
        if verb.lemma_.lower() in lex.training_verbs:
            return lex.training_code if self.trains_other(verb, sources, targets) else code
        clauses = [
            c
            for c in verb.children
            if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        allies = {t.root.i for t in targets}
        for clause in clauses:
            if clause.lemma_.lower() in lex.partisan_fight_verbs and any(
                o.i in allies or any(w.i in allies for w in o.subtree)
                for p in clause.children
                if p.dep_ == "prep" and p.lower_ in lex.partisan_fight_preps
                for o in p.children
                if o.dep_ == "pobj" and not self.fought_over(o, clause)
            ):
                return lex.partisan_fight_code  # "sent troops to fight for Russia": military aid (rule 229)
            chain = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]  # "to help deliver aid"
            if any(t.lemma_.lower() in lex.training_verbs and self.trains_other(t, sources, targets) for t in chain):
                return lex.training_code
            found = [t for t in (self.trigger(tok) for tok in chain) if t is not None]
            aid = [t.code for t in found if t.code[:2] in lex.assisting_purpose_roots]
            if aid:
                return aid[-1]  # the innermost act: "to help deliver aid" is the delivery
        return code

    def walkout(self, verb: Token) -> Trigger | None:
        """Rule 86b, a walkout from talks: a `walkout_verbs` verb ("walked / stormed out") whose "out" (a particle,
        or the preposition the parser makes of it) has an "of" phrase naming a meeting (a noun coding one of
        `walkout_roots`, 04: talks, negotiations, a meeting, a summit) is a boycott of the meeting
        (`event_boycott_code`, 143, as the noun "walkout" is), its object the meeting noun, whose "with" phrase
        names the party walked out on: "Y's delegation walked out of the talks with Z" Y -> Z 143 (before: no
        event). "Walked out of the prison", "walked out over pay" are no walkout from talks."""
        lex = self.lex
        outs = [c for c in verb.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out"]
        for out in outs:
            ofs = [c for c in (*out.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "of"]
            for of in ofs:
                for noun in (g for g in of.children if g.dep_ == "pobj"):
                    meeting = self.trigger(noun)
                    if meeting is not None and meeting.kind == "noun" and meeting.code[:2] in lex.walkout_roots:
                        return Trigger(verb, lex.event_boycott_code, "verb", phrase_obj=noun)
            if not ofs and self.walkout_grievance(verb, out):
                return Trigger(verb, lex.event_boycott_code, "verb")
        return None

    def warned_against(self, trig: Trigger, inner: Trigger) -> bool:
        """Whether ``inner`` is in a `warned_act_preps` phrase ("against") of the wrapper verb ``trig``: "warned Y
        against military action", "against new tariffs" caution the addressee against an act of its own, which
        names no act the warner threatens (rule 148: the bare warning, 130, not 138 / 1312)."""
        tok = inner.token
        while tok.i != tok.head.i and tok.head.i != trig.token.i:
            tok = tok.head
        return tok.head.i == trig.token.i and tok.dep_ == "prep" and tok.lower_ in self.lex.warned_act_preps

    def walkout_from_meeting(self, trig: Trigger) -> bool:
        """Whether ``trig`` is rule 86b's walkout from a meeting (:meth:`walkout` with the meeting noun as its
        phrase's object), whose threat is a threat to halt negotiations (rule 148)."""
        if trig.kind != "verb" or trig.token.lemma_.lower() not in self.lex.walkout_verbs:
            return False
        walkout = self.walkout(trig.token)
        return walkout is not None and walkout.phrase_obj is not None

    def walkout_grievance(self, verb: Token, out: Token) -> bool:
        """Rule 92c, a walkout with no meeting left: "out" a particle or adverb (not a preposition with its own
        object: "walked out the door") and a grievance phrase on the verb or on "out" (`walkout_grievance_preps`:
        "against Y", "over Y's pay cuts"): the walkers' strike, CAMEO 143 "conduct strike or boycott" (as "staged a
        walkout over ..." and, for workers, "went on strike against ..."): "Kenyan teachers walked out against the
        government" KENEDU -> KENGOV 143. "Walked out over pay" names no target and stays no event."""
        if out.dep_ == "prep" and any(c.dep_ == "pobj" for c in out.children):
            return False
        return any(
            c.dep_ == "prep" and c.lower_ in self.lex.walkout_grievance_preps for c in (*verb.children, *out.children)
        )

    def called_for_measure(self, trig: Trigger, inner: Trigger | None) -> bool:
        """Whether an appeal asks for a measure against a party and asks no one in particular to take it
        (docs/events.md rule 76c): an appeal wrapper whose wrapped act is a `called_measure_roots` noun
        ("sanctions", "an embargo") that is its own direct object or the object of its "for" phrase ("called
        for sanctions against Y", "urged sanctions on Y", "calls for an embargo on Y"), with no addressee (no
        direct object beside it, no "on" / "upon" phrase: "called on the EU to impose sanctions on Y" keeps its
        appeal to the EU). PLOVER's gold-standard records code the first DISAPPROVE (from 11x), ConfliBERT's
        five classes verbal conflict; before, 025 (an appeal to yield) toward the party to be sanctioned."""
        if trig.wrapper is None or trig.wrapper.name != "appeal" or inner is None or inner.kind != "noun":
            return False
        if inner.code[:2] not in self.lex.called_measure_roots:
            return False
        return self.unaddressed_call(trig.token, inner.token)

    def called_strike(self, trig: Trigger, inner: Trigger | None) -> Trigger | None:
        """Rule 79c, a strike called for with no one asked to hold it ("unions called for a general strike against
        the government", "workers called for a strike against Y"): the wrapped strike noun (a
        `labour_strike_words` word, as :meth:`called_for_measure` reads the call's shape), which the coder reads
        as the callers' own strike once it knows who they are (`doers_sense`); else None. "Called on workers to
        strike" keeps its appeal to the workers."""
        if trig.wrapper is None or trig.wrapper.name != "appeal" or inner is None or inner.kind != "noun":
            return None
        strike = inner.token.lemma_.lower() in self.lex.labour_strike_words
        if not strike and inner.code[:2] not in self.lex.protest_roots:
            return None  # rule 82a: a protest, rally or boycott called for is read as the strike is
        return inner if self.unaddressed_call(trig.token, inner.token) else None

    def called_dissent_code(self, called: Trigger, sources: list[Span]) -> str | None:
        """The code of the callers' own dissent for a strike, protest or boycott they called for with no one asked
        to hold it (:meth:`called_strike`), or None to keep the appeal. A strike is read by :meth:`doers_sense`
        (rule 79c: 143 when its callers are of `labour_strike_roles`); a protest noun (`protest_roots`: "called for
        protests / demonstrations / a boycott against Y") is its own code when every caller is a non-state group
        of people (`dissent_roles`, as rule 68a reads the verb "protested"): CAMEO's 14 is the dissent its
        organisers hold ("announce protest" 140 in the CAMEO verb dictionary) and it has no appeal code for a call
        addressed to no one (rule 82a). A state or any other caller calling for a boycott or protests against Y
        with no one asked to hold them tries to mobilise opposition against Y, CAMEO's 113 "rally opposition
        against" (`rallied_opposition_code`, rule 86d: "Iran called for a boycott of American goods" IRN -> USA
        113; before, 020, an appeal to the party to be boycotted, which nobody asked anything of)."""
        lex = self.lex
        if called.token.lemma_.lower() in lex.labour_strike_words:
            sensed = self.doers_sense(called, called.code, sources)
            return sensed if sensed[:2] == lex.labour_strike_code[:2] else None
        if sources and all(civilian_role(s.label_, lex.dissent_roles) for s in sources):
            return called.code
        return lex.rallied_opposition_code if sources else None

    def rallied_against(
        self, trig: Trigger, inner: Trigger | None, code: str, targets: list[Span], tok_actor: dict[int, Span]
    ) -> bool:
        """Rule 97b: whether an appeal verb coded as an appeal (02) asks an addressee the resolver did not code to
        act against the very party it is coded toward: "A Saudi newspaper called on Arabs to boycott Israel", "...
        called on member states to unite and mobilize against Y". With the addressee uncoded, the only target the
        argument search finds is the one of the act appealed for (every target inside that act's clause); for an
        act of `rallied_act_roots` the caller rallies opposition against that party (rule 86d's 113), not an
        appeal to it, which asks it nothing. An addressee coded keeps the appeal to it (rule 92b: "called on the
        United States to boycott Iran" 025 toward the United States); a call with no addressee, or for an act
        noun ("called for a strike against Y"), is left to rules 76c, 79c and 86d."""
        if trig.wrapper is None or trig.wrapper.name != "appeal" or trig.kind != "verb" or inner is None:
            return False
        if inner.kind != "verb":
            return False  # an act noun called for ("called for a strike against Y") is rules 76c / 86d's
        if code[:2] != "02" or inner.code[:2] not in self.lex.rallied_act_roots or not targets:
            return False
        verb = trig.token
        if not asks_uncoded_addressee(verb, tok_actor):
            return False  # no one asked (rule 86d reads that call), or a coded addressee: the appeal to it (92b)
        act = inner.token
        while act.dep_ == "conj" and act.head != verb and not is_root(act):
            act = act.head  # "to unite and mobilize against Y": the clause starts at its first verb
        clause = {t.i for t in act.subtree}
        return act != verb and all(t.root.i in clause for t in targets)

    @staticmethod
    def unaddressed_call(word: Token, noun: Token) -> bool:
        """Whether the appeal ``word`` asks for ``noun`` (its direct object, or the object of its "for" phrase) and
        names no addressee: no other direct object, no "on" / "upon" phrase but a date (rules 76c, 79c)."""
        kids = list(word.children)
        if any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "upon")
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "on Monday" names no addressee
            for c in kids
        ):
            return False
        if any(c.dep_ in ("dobj", "obj", "dative", "iobj") and c != noun for c in kids):
            return False
        if noun.head == word and noun.dep_ in ("dobj", "obj"):
            return True
        return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head == word

    @staticmethod
    def trains_other(verb: Token, sources: list[Span], targets: list[Span]) -> bool:
        """Whether the direct object of ``verb`` names, in an actor mention of the sentence, a party of a country
        none of ``sources`` is: the object itself or a word on it ("Iraqi pilots", "Y's soldiers"), a conjunct
        of it, or the object of its "of" phrase ("thousands of Ukrainian soldiers"). ``targets`` are the
        event's: a target is one such mention when it stands there."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        objects += [c for o in objects for c in o.conjuncts]
        objects += [g for o in objects for g in prep_objects(o, "of")]
        mentions = list(targets)
        if "actors" in verb.doc.spans:
            mentions += [m for m in verb.doc.spans["actors"] if m.label_]
        for mention in mentions:
            root = mention.root
            named = root in objects or (root.head in objects and root.dep_ in ("compound", "poss", "amod", "nmod"))
            if named and all(primary_code(s.label_) != primary_code(mention.label_) for s in sources):
                return True
        return False

    def received_goods(self, trig: Trigger) -> tuple[Token, Trigger] | None:
        """(verb, goods) when ``trig`` is a verb of receiving or its received object (docs/events.md rules 68d,
        145): the object is a noun of material cooperation or aid (`receipt_roots`: "aid", "weapons", "loan"), an
        act whose noun received is the giver's act (`received_act_codes`: "criticism", "threats", "an apology"), a
        plain call (the giver phoned: "received a call from Y" 041), or goods of a class (:meth:`goods_code`:
        "helicopters", "rice", "$50 million"). The verb receives (`receipt_verbs`: "received", "obtained", "got";
        a `receipt_light_verbs` verb with a `receipt_nouns` object: "took delivery of tanks") or gives with its
        recipient as the passive subject (`gift_passive_verbs`: "Israel was given bombs", "Ukraine was supplied
        with shells"). "Ukraine received weapons from Poland" reports Poland's act (072) toward Ukraine, not a host
        receiving a visitor (043). The goods' class picks the aid code over the noun's own 07 code ("a shipment of
        vaccines" 073, "a loan" 071). Persons who act on arrival (`agent_nouns`: observers, peacekeepers) are left
        to their own rules; persons and things of no class (a delegation, refugees, the news) are no goods."""
        lex = self.lex
        tok = trig.token
        for _ in range(3):
            if trig.kind != "noun" or tok.dep_ != "pobj" or tok.head.lower_ not in lex.goods_content_preps:
                break
            if not self.goods_amount(tok.head.head):
                break  # "accepted Jordan's offer of humanitarian aid": the offer is what is accepted (rule 99a)
            # "a shipment of missiles", "$50 million in aid", "tons of food": the amount or container is the object
            tok = tok.head.head
        if trig.kind == "verb":
            verb = tok
        elif trig.kind == "noun" and tok.dep_ in ("dobj", "obj", "pobj"):
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        else:
            return None
        for obj in self.gift_objects(verb):
            if trig.kind == "noun" and obj.i != tok.i:
                continue
            own = self.trigger(obj) if obj.i != verb.i else None
            own_root = own.code[:2] if own is not None else ""
            cls = self.goods_code(obj)
            act = own is not None and any(own.code.startswith(c) for c in lex.received_act_codes)
            if own is not None and (own_root in lex.receipt_roots or act):
                # the goods' class over the noun's own aid code: "a $3 billion loan" 071, not the 070 of "loan";
                # over a support noun's 050 too: "military support" received is 072 (rule 158b)
                refined = cls is not None and (own_root == "07" or own.code == lex.received_support_code)
                given = self.given_act_code(verb, obj, own) if act else None
                if given is not None:
                    return verb, Trigger(obj, given, "noun")  # "received an ultimatum from X": 139 (rule 379b)
                return verb, Trigger(obj, cls, "noun") if refined and cls is not None else own
            if own is None and cls is not None:
                return verb, Trigger(obj, cls, "noun")
            returned = self.received_return(obj)
            if returned is not None:
                # "received the bodies of 1,000 soldiers from Russia": Russia's return (084), no visit (rule 276a)
                return verb, Trigger(obj, returned, "noun")
            if (
                own is not None
                and own.wrapper is lex.appeal
                and plain_call(obj)
                and obj.lemma_.lower() in lex.verbs
                and verb.lemma_.lower() not in lex.acceptance_verbs
                and not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children)
            ):
                # "received a call from Y": Y phoned (the verb's 041), no appeal and no visit hosted; "accepted calls
                # to lift sanctions" (its clause hung on either word) is a request taken up (rule 44)
                return verb, Trigger(obj, lex.verbs[obj.lemma_.lower()], "noun")
        return None

    def given_act_code(self, verb: Token, obj: Token, own: Trigger) -> str | None:
        """Rule 379b: the finer code, in the root of ``own``, of the giving phrase of an act noun ``obj`` received
        or given in the passive by ``verb`` (`phrases` of ``verb`` itself, then of the `gift_passive_verbs`): "received
        an ultimatum from X", "was handed an ultimatum by X" 139 as "gave Y an ultimatum" is, not the noun's 130;
        None where no such phrase refines it ("received a warning", "give warning" 130 as the noun's own)."""
        lex = self.lex
        noun = obj.lemma_.lower()
        for lemma in [verb.lemma_.lower(), *sorted(lex.gift_passive_verbs)]:
            code = lex.phrases.get((lemma, noun))
            if code is not None and code[:2] == own.code[:2] and code != own.code:
                return code
        return None

    def received_return(self, obj: Token) -> str | None:
        """The code of a received object's phrase with a `received_return_verbs` verb when it is a return or release
        (starting with `received_return_code`): people held or the bodies of the dead ("prisoners" 0841, "the
        bodies" 084; docs/events.md rule 276a); None for anything else."""
        lex = self.lex
        codes = (self.object_phrase(verb, obj) for verb in sorted(lex.received_return_verbs))
        return next((c for c in codes if c is not None and c.startswith(lex.received_return_code)), None)

    def gift_objects(self, verb: Token) -> list[Token]:
        """What ``verb`` receives or gives to its passive subject (rule 145): the direct object of an active
        `receipt_verbs` verb ("received helicopters"), the `receipt_nouns` object of an active `receipt_light_verbs`
        verb ("took delivery of tanks": "delivery", whose "of" phrase :meth:`goods_code` reads), or the direct object
        or "with" object of a `gift_passive_verbs` verb with a passive subject ("was given bombs", "was supplied with
        shells"); none for other verbs."""
        lex = self.lex
        lemma = verb.lemma_.lower()
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in lex.agent_nouns]
        if lemma in lex.receipt_verbs and not passive:
            return objects
        if lemma in lex.receipt_light_verbs and not passive:
            return [o for o in objects if o.lemma_.lower() in lex.receipt_nouns]
        if lemma in lex.gift_passive_verbs and any(c.dep_ == "nsubjpass" for c in verb.children):
            with_objects = [
                o
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children
                if o.dep_ == "pobj"
            ]
            return objects + with_objects
        return []

    def goods_amount(self, noun: Token) -> bool:
        """Whether ``noun`` is a container or an amount whose "of" / "in" phrase names the goods (rule 145): a
        `goods_containers` noun ("a shipment of", "tons of"), a number or sum ("$50 million in aid", "hundreds of
        tanks") or a `quantity_nouns` word; not "a delegation of doctors" or "an offer of aid"."""
        return (
            noun.lemma_.lower() in self.lex.goods_containers
            or noun.lemma_.lower() in self.lex.quantity_nouns
            or noun.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY")
            # rule 225b: a sum in a currency the tagger leaves untagged ("50 million euros in aid", "the money" being
            # the number's): a `money_goods` noun counted by a number
            or (
                noun.lemma_.lower() in self.lex.money_goods
                and any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in noun.children)
            )
        )

    def given_goods(self, verb: Token, lemma: str) -> Trigger | None:
        """An active giving verb whose goods have a class (rule 158a): a `gift_verbs` verb with its lexicon's generic
        aid code (`backing_code`, 070), not passive (rule 145b reads that), whose direct object or "with" object
        names goods of a class (:meth:`goods_code`) other than the plain goods' 070: "gave Kenya helicopters" 072,
        "sent rice to Haiti" 073, "gave Pakistan a $3 billion loan" 071, "supplied Serbia with fighter jets" 072.
        The giver is the subject and the recipient the dative or "to" party, as for the verb's 070."""
        lex = self.lex
        if lemma not in lex.gift_verbs or lex.verbs.get(lemma) != lex.backing_code:
            return None
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        return self.classed_gift(verb)

    def budgeted_money(self, verb: Token, lemma: str) -> Trigger | None:
        """Money set aside for a party is economic aid (rule 409b): a `budget_verbs` verb (alone, or with its
        particle: "set aside") whose direct object is money (:meth:`classed_gift` gives `money_goods_code`, 071) is
        that aid, its recipient the verb's "for" / "to" party as for any aid verb: "Congress approved $60 billion for
        Ukraine"; None for goods of another class or none ("approved the sale of jets", "approved the plan") and for
        a trigger noun of its own ("approved a $5 billion investment in Y" 061, "approved a loan to Y" 071)."""
        lex = self.lex
        phrasal = any(f"{lemma} {p}" in lex.budget_verbs for p in phrasal_particles(verb))
        if lemma not in lex.budget_verbs and not phrasal:
            return None
        given = self.classed_gift(verb)
        if given is None or given.code != lex.money_goods_code or given.phrase_obj is not None:
            return None  # a trigger noun bought with the money keeps its own act ("approved a $5 billion investment")
        return given

    def classed_gift(self, verb: Token) -> Trigger | None:
        """``verb`` coded by the class of the goods it gives (rules 158a, 168): its direct object or "with" object
        that names goods of a class (:meth:`goods_code`) other than the plain goods' 070; people given are no goods
        ("sent military personnel"). The object is the phrase object only when it is a trigger noun of its own ("a
        loan", "a shipment of flour"), so that its event is this one; otherwise the recipient is searched as for the
        verb's 070 (an amount's own phrases, "through the UN", name no recipient)."""
        lex = self.lex
        for obj in self.given_objects(verb, with_phrase=True):
            cls = self.goods_code(obj)
            if cls is not None and cls != lex.backing_code:
                own = obj.pos_ in ("NOUN", "PROPN") and self.trigger(obj) is not None
                return Trigger(verb, cls, "verb", phrase_obj=obj if own else None)
        return None

    def given_objects(self, word: Token, with_phrase: bool = False, people: bool = False) -> list[Token]:
        """What ``word`` gives or promises: a verb's direct objects (and "with" objects, ``with_phrase``: "supplied Y
        with jets"), a noun's "of" objects ("a pledge of 14 tanks"); no persons (`agent_nouns`, `given_person_nouns`,
        `envoy_nouns`: "sent military personnel" are people, not arms, rules 158a, 168) unless ``people`` (rule 343:
        "pledged troops")."""
        lex = self.lex
        persons = lex.agent_nouns | lex.given_person_nouns | lex.envoy_nouns
        preps = ("with",) if with_phrase else ()
        if word.pos_ in ("NOUN", "PROPN"):
            preps, objects = ("of",), []
        else:
            # rule 390: a relative clause's object is the noun the clause hangs on ("the loan which China granted")
            objects = [self.relative_antecedent(word, c) for c in word.children if c.dep_ in ("dobj", "obj")]
            objects += self.antecedent_object(word)
        objects += [
            o for p in word.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"
        ]
        return [o for o in objects if people or o.lemma_.lower() not in persons]

    def asked_goods(self, verb: Token, wrapper: Wrapper | None) -> Trigger | None:
        """Rule 244b, goods of a class asked for that are no trigger noun of their own: an `appeal` verb's "for"
        object ("asked Y for Tomahawks", "asked Washington for more Patriot systems") is the appeal for that aid,
        the wrapper's refinement of the goods' class (0232 arms, 0231 money, 0233 relief), as "asked Y for missiles"
        (a trigger noun, wrapped) already was; None when no "for" object names goods or one is a trigger itself.
        Rule 316: so is its direct object ("requested more Patriot systems from Y", "sought howitzers from Y",
        "requested $2 billion from Y"), the party asked its "from" object as for any appeal."""
        if wrapper is None:
            return None
        asked = [
            obj
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        asked += [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        for obj in asked:
            if obj.pos_ not in ("NOUN", "PROPN", "SYM", "NUM") or self.trigger(obj) is not None:
                continue
            cls = self.goods_code(obj)
            if cls is not None and cls != self.lex.backing_code:
                return Trigger(verb, wrapper.refined(cls), "verb")
        return None

    def promised_goods(self, word: Token, wrapper: Wrapper) -> Trigger | None:
        """A promise, pledge, offer or vow (``word``, an `intent` wrapper's verb or noun) of goods or of a response
        (docs/events.md rule 168). Goods of a class that are no trigger noun of their own ("pledged tanks to Y",
        "promised Y 2,000 artillery shells", "a pledge of 14 tanks", "pledged $500 million in aid") are the intent
        to give them: the wrapper's refinement of the class's aid code (0332, 0331, 0333; plain goods 033); a trigger
        noun ("offered humanitarian aid", "a loan") is the wrapped act, as before. A `vowed_response_nouns` object
        ("vowed retaliation / revenge against Y") is a stated response, the threat rule 118a codes for "vowed to
        retaliate against Y" (130; 138 with a word of force on the noun: "a military response")."""
        lex = self.lex
        kind = "noun" if word.pos_ in ("NOUN", "PROPN") else "verb"
        forces = lex.force_nouns | lex.sent_force_nouns
        if lex.troop_offer_code and any(o.lemma_.lower() in forces for o in self.given_objects(word, people=True)):
            # rule 343: forces promised or offered ("pledged troops to the mission in Y", "offered forces for a
            # mission"): military cooperation (0312), for a peacekeeping mission peacekeeping (074 refined, 0334)
            missions = [o for p in word.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            keeping = any(m.lower_ in lex.peacekeeping_modifiers for o in missions for m in o.children)
            return Trigger(word, wrapper.refined(lex.protection_code) if keeping else lex.troop_offer_code, kind)
        for obj in self.given_objects(word):
            if obj.lemma_.lower() in lex.vowed_response_nouns:
                forced = any(c.lemma_.lower() in lex.retaliation_force_words for c in obj.children)
                code = wrapper.refined(lex.retaliation_force_code) if forced else lex.retaliation_code
                return Trigger(word, code, kind)
            # an amount's contents, hung on the amount or on the verb ("committed 2 billion pounds in military aid")
            contents = [
                o
                for p in (*obj.children, *word.children)
                if p.dep_ == "prep" and p.lower_ in lex.goods_content_preps and self.goods_amount(obj)
                for o in p.children
                if o.dep_ == "pobj"
            ]
            if any(w.pos_ in ("NOUN", "PROPN") and self.trigger(w) is not None for w in (obj, *contents)):
                continue  # "offered humanitarian aid", "$500 million in aid": the aid noun is the wrapped act
            cls = self.goods_code(obj)
            if cls is not None:
                return Trigger(word, wrapper.refined(cls), kind)
        return None

    def classed_aid(self, trig: Trigger, code: str) -> str:
        """``code`` of a wrapped aid act ``trig`` refined by the class of its goods when it is the generic
        `backing_code` (070; rules 158a, 168): an aid noun by its own class or, named as an amount's contents, by the
        amount's ("offered Y a $5 billion loan" 071, "pledged $1 billion in aid" 071: 0331 promised, as "gave Y a
        loan" is 071); a giving verb by the aid code of a trigger noun it sends ("offered to send peacekeepers" 074:
        0334, as "will send peacekeepers" is)."""
        lex = self.lex
        if code != lex.backing_code:
            return code
        tok = trig.token
        if trig.kind == "verb":
            for obj in tok.children:
                own = self.trigger(obj) if obj.dep_ in ("dobj", "obj") and obj.pos_ == "NOUN" else None
                if own is not None and own.code[:2] == code[:2] and own.code != code and own.wrapper is None:
                    return own.code
            return code
        if tok.dep_ == "pobj" and tok.head.lower_ in lex.goods_content_preps and self.goods_amount(tok.head.head):
            tok = tok.head.head  # "$1 billion in aid": the amount names the class first
        cls = self.goods_code(tok)
        return cls if cls is not None else code

    def received_nonvisit(self, verb: Token) -> bool:
        """Whether every direct object of a receiving verb is a `received_nonvisit_nouns` noun (rule 158b): a message
        ("received a letter from Y", whose content is the act) or people fleeing to the receiver ("received refugees
        from Syria", "asylum seekers"), neither a visit hosted (043) nor anything the other party gives."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        return bool(objects) and all(o.lemma_.lower() in self.lex.received_nonvisit_nouns for o in objects)

    def received_aid(self, verb: Token, lemma: str) -> Trigger | None:
        """A verb receiving goods of a class (rule 145) whose object is no trigger of its own: "Ghana got two patrol
        boats from China" (072), "Zambia got $50 million" (071), "Yemen received food from Y" (073); the object
        phrase is the goods. :meth:`received_goods` turns the roles round (the giver the source)."""
        lex = self.lex
        if lemma not in lex.receipt_verbs and lemma not in lex.receipt_light_verbs:
            return None
        for obj in self.gift_objects(verb):
            if obj.pos_ in ("NOUN", "PROPN") and self.trigger(obj) is not None:
                continue  # a trigger noun received ("a loan", "Jordan's offer of aid") is read by received_goods
            cls = self.goods_code(obj)
            if cls is not None:
                return Trigger(verb, cls, "verb", phrase_obj=obj)
        return None

    def goods_code(self, noun: Token) -> str | None:
        """The aid code that the class of the goods ``noun`` names (rule 145): arms (`arms_goods`: 072), money
        (`money_goods` or a MONEY entity: 071), relief (`relief_goods`: 073), other material goods (`plain_goods`:
        `backing_code`, 070); None when it names none (a delegation, refugees, the news, criticism). A container
        noun (`goods_containers`: "a shipment of bombs", "a donation of medical supplies") is read by its "of" / "in"
        objects (`goods_content_preps`) first, any other noun before them ("$50 million in aid" 071, "tons of rice"
        073); each word by its compound or adjective modifiers first ("patrol boats", "food aid")."""
        lex = self.lex

        def contents(word: Token) -> list[Token]:
            return [
                o
                for p in word.children
                if p.dep_ == "prep" and p.lower_ in lex.goods_content_preps
                for o in p.children
                if o.dep_ == "pobj"
            ]

        # "hundreds of tons of rice"; a noun of neither kind keeps its own class only ("a delegation of medical staff")
        inner = [c for o in contents(noun) for c in [o, *contents(o)]] if self.goods_amount(noun) else []
        # a container is read by its contents first; any other noun by its own class first ("$50 million in aid")
        words = inner + [noun] if noun.lemma_.lower() in lex.goods_containers else [noun, *inner]
        classes = (
            (lex.arms_goods, lex.arms_goods_code),
            (lex.money_goods, lex.money_goods_code),
            (lex.relief_goods, lex.relief_goods_code),
            (lex.honour_goods, lex.honour_goods_code),  # "an award": the giver's praise (rule 158b)
            (lex.intelligence_goods, lex.intelligence_goods_code),  # "with intelligence": shared (rule 371b)
        )
        for word in words:
            modifiers = [c for c in word.children if c.dep_ in ("compound", "amod", "nmod")]
            if word.lemma_.lower() in lex.relief_carriers and any(
                m.lemma_.lower() in lex.relief_cargo_nouns for m in modifiers
            ):
                # rule 234b: aid a road carrier holds is relief ("aid convoys", "aid trucks"), unless a modifier
                # names a class ("military aid convoys" keeps its arms class)
                named = [m for m in modifiers if any(m.lemma_.lower() in listed for listed, _ in classes)]
                if not named:
                    return lex.relief_goods_code
            for part in [*modifiers, word]:
                lemma = part.lemma_.lower()
                for listed, code in classes:
                    if lemma in listed:
                        return code
                if part.ent_type_ == "MONEY" or part.lower_ in ("$", "€", "£"):
                    return lex.money_goods_code
                if any(c.ent_type_ == "MONEY" for c in part.children if c.dep_ in ("nummod", "quantmod")):
                    return lex.money_goods_code
            if word.lemma_.lower() in lex.plain_goods:
                return lex.backing_code
        return None

    def primitive_weapon(self, tok: Token, own: bool) -> bool:
        """Whether ``tok`` (the act or a doer) names a primitive weapon (`primitive_weapons`) as its means: in a
        "with" phrase ("attacked them with knives", "militiamen armed with machetes"), as the object or "with"
        phrase of a participle on it (`primitive_weapon_verbs`: "men wielding axes", "armed with spears"), or as its
        compound or adjective modifier (the act's own: "a machete attack"; a doer's: "knife-wielding men")."""
        lex = self.lex

        def weapons(word: Token) -> bool:
            return any(w.lemma_.lower() in lex.primitive_weapons for w in [word, *word.conjuncts])

        def with_phrase(word: Token) -> bool:
            return any(
                weapons(o)
                for p in word.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children
                if o.dep_ == "pobj"
            )

        for child in tok.children:
            if child.dep_ in ("compound", "amod", "npadvmod") and weapons(child):
                if own or child.dep_ != "amod":
                    return True
            if child.dep_ in ("acl", "amod", "relcl") and child.lemma_.lower() in lex.primitive_weapon_verbs:
                if with_phrase(child) or any(
                    c.dep_ in ("dobj", "obj", "compound", "npadvmod") and weapons(c) for c in child.children
                ):
                    return True  # "militiamen armed with machetes", "men wielding axes", "knife-wielding men"
        return with_phrase(tok)

    def conveyed_aid(self, verb: Token, lemma: str) -> Trigger | None:
        """Relief goods carried to a party are aid (rule 135b): a `conveyance_verbs` verb ("flew", "shipped",
        "trucked") whose direct object or passive subject, or a conjunct of it, is a 07 noun (its code: "shipped
        weapons to Y" 072) or a `conveyed_aid_nouns` good (`backing_code`, 070): "flew food and medicine to Malawi",
        "food was flown to Malawi by the UAE"; or goods :meth:`goods_code` classes as arms (rule 164: "shipped
        artillery shells / hundreds of drones to Y" 072; plain goods, "shipped oil to China", stay no aid). Without
        such goods the verb keeps its other readings ("flew to Malawi" a journey, rule 31)."""
        lex = self.lex
        if lemma in lex.deposit_verbs:
            return self.deposited_money(verb)
        if lemma not in lex.conveyance_verbs:
            return None
        # rule 390: the noun a relative clause or a reduced relative hangs on ("weapons shipped by Y to Z")
        carried = [self.relative_antecedent(verb, c) for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        for child in [*carried, *self.antecedent_object(verb)]:
            for goods in (child, *child.conjuncts):
                # rule 351: an amount or a container carried is read by the goods it holds ("flew 50 tons of food")
                for word in self.carried_contents(goods):
                    noun = word.lemma_.lower()
                    code = lex.nouns.get(noun, "")
                    if code[:2] == "07" or noun in lex.conveyed_aid_nouns:
                        if code[:2] != "07" or code == lex.backing_code:
                            # rule 324b: the goods' class as given goods take it (rule 158a): "rushed food to Y" 073
                            code = self.goods_code(word) or lex.backing_code
                        return Trigger(verb, code, "verb", phrase_obj=goods)
                    if self.goods_code(word) == lex.arms_goods_code:  # "shipped artillery shells / drones to Y"
                        return Trigger(verb, lex.arms_goods_code, "verb", phrase_obj=goods)
                    if noun in lex.traded_energy_goods:  # rule 364: "shipped LNG to Poland" is trade (061)
                        return Trigger(verb, lex.commercial_goods_code, "verb", phrase_obj=goods)
                    if self.goods_code(word) is not None and self.commercial_frame(verb):
                        # rule 364: "shipped wheat to Egypt under an export contract" (061)
                        return Trigger(verb, lex.commercial_goods_code, "verb", phrase_obj=goods)
                    aid = self.carried_as_aid(verb)
                    if aid is not None and self.goods_code(word) is not None:
                        # rule 364: goods carried "as food aid" are that aid ("shipped wheat to Y as food aid" 073)
                        return Trigger(verb, aid, "verb", phrase_obj=goods)
        return None

    def carried_as_aid(self, verb: Token) -> str | None:
        """The aid code of an `aid_frame_preps` ("as") phrase of ``verb`` that names aid (rule 364): a 07 noun,
        read by its class as given goods are (:meth:`goods_code`: "as food aid" 073, "as military aid" 072), else
        its own code; None without such a phrase."""
        lex = self.lex
        for obj in prep_objects_in(verb, lex.aid_frame_preps):
            code = lex.nouns.get(obj.lemma_.lower(), "")
            if code[:2] == "07":
                return self.goods_code(obj) or code
        return None

    def carried_contents(self, goods: Token) -> list[Token]:
        """``goods`` and, when it is an amount or a container (:meth:`goods_amount`: "50 tons of", "100 trucks of",
        "thousands of tonnes of"), the goods its "of" / "in" phrases name, two levels deep, with their conjuncts
        (rule 351: "flew 50 tons of food to Sudan" carries food, as "flew food to Sudan" does)."""
        words = [goods]
        level = [goods]
        for _ in range(2):
            level = [
                c
                for w in level
                if self.goods_amount(w)
                for o in prep_objects_in(w, self.lex.goods_content_preps)
                for c in (o, *o.conjuncts)
            ]
            words += level
        return words

    def deposited_money(self, verb: Token) -> Trigger | None:
        """Money put into another party's reserves is economic aid (rule 324c): a `deposit_verbs` verb whose direct
        object is money (:meth:`goods_code` 071) and whose `deposit_preps` phrase names a `deposit_places` holder
        ("deposited $3 billion in Pakistan's central bank", "pumped $2 billion into Egypt's central bank") codes
        `money_goods_code` (071), the holder the phrase object; money put in any other bank ("in a Swiss bank")
        is no aid."""
        lex = self.lex
        money = [c for c in verb.children if c.dep_ in ("dobj", "obj") and self.goods_code(c) == lex.money_goods_code]
        # the phrase may hang on the amount ("$1 billion(dobj) in(on the amount) Sri Lanka's central bank")
        places = [
            o
            for head in [verb, *money]
            for o in prep_objects_in(head, lex.deposit_preps)
            if o.lemma_.lower() in lex.deposit_places
            or any(f"{m.lower_} {o.lemma_.lower()}" in lex.deposit_places for m in o.children if m.i < o.i)
        ]
        if not places or not money:
            return None
        return Trigger(verb, lex.money_goods_code, "verb", phrase_obj=places[0])

    def journey(self, verb: Token, lemma: str) -> Trigger | None:
        """A past journey to a place (rule 31): "the Bolivian president travelled to Brazil", "flew to
        Brasilia" is a visit (042) to whoever the place names; the destination is the phrase object. Not a
        bare present (often a schedule: "negotiators travel to Geneva this week") unless it is a headline's
        present with no date (rule 149c: "Hungarian minister travels to Bratislava for talks on the dam"), and
        not when a "for" + consultation noun with a partner of its own names what the journey was for
        ("travelled to Geneva for talks with Y": the talks are the event, rule 22)."""
        lex = self.lex
        if lemma not in lex.journey_verbs:
            return None
        if (
            verb.tag_ not in ("VBD", "VBN")
            and not any(c.dep_ == "aux" for c in verb.children)
            and not headline_present(verb)
            and not (lemma in lex.futurate_move_verbs and dated_ahead(verb, lex.futurate_time_words))
        ):
            return None  # but "travels to Tehran next week": a plan, which the modality reads as one (rule 352)
        preps = [c for c in verb.children if c.dep_ == "prep"]
        if any(arrival_verb(obj, lex) is not None and partnered(obj) for p in preps for obj in p.children):
            return None
        if self.third_place_talks(verb):
            return None  # rule 378a: "flew to Geneva to hold talks with Y": the talks at a third location code it
        for prep in preps:
            if prep.lower_ in lex.journey_preps:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return Trigger(verb, lex.journey_code, "verb", phrase_obj=obj)
        if verb.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ in lex.meeting_place_relatives for c in verb.children
        ):
            # rule 410a: "Baghdad, where Iran's president travelled last month, ...": the place the "where" relative
            # hangs on is the destination (read by `ArgumentFinder.where_attack_place`)
            return Trigger(verb, lex.journey_code, "verb")
        return None

    def third_place_talks(self, verb: Token) -> bool:
        """Rule 378a: whether a past journey's to-infinitive purpose clause holds talks with a partner
        (`purpose_talks`) and the journey's destination names a country that no party of the clause is ("flew to
        Geneva to hold talks with Azerbaijani officials": the talks are at a third location, no visit to
        Switzerland); a journey to the partner's own country ("flew to Baku to hold talks with Azerbaijani
        officials") or a plan ("will fly", rule 359) is left as it was."""
        if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return False
        clause = purpose_talks(verb, self.lex)
        if clause is None:
            return False
        actors = verb.doc.spans["actors"] if "actors" in verb.doc.spans else []
        parties = {primary_code(a.label_) for a in actors if a.root in clause.subtree}
        places = prep_objects_in(verb, self.lex.journey_preps)
        named = {primary_code(a.label_) for a in actors for o in places if a.root.i == o.i}
        return bool(parties) and bool(named) and not named & parties

    def pressing(self, verb: Token, lemma: str) -> Wrapper | None:
        """The demand wrapper for a verb of pressure with an object and a to-infinitive (rule 31): "pressured
        the workers to cancel the strike" demands it (10x); "pressured Y" alone stays coercion (170)."""
        if lemma in self.lex.urging_verbs and self.urged_for(verb):
            # "pushed Congress for a law": an appeal to the object for what the "for" phrase names (rule 36)
            return next((w for w in self.lex.wrap_verbs.values() if w.name == "appeal"), None)
        if lemma not in self.lex.pressing_verbs:
            return None
        if not (
            any(c.dep_ in ("dobj", "obj") for c in verb.children) and any(c.dep_ == "xcomp" for c in verb.children)
        ):
            return None
        return next((w for w in self.lex.wrap_verbs.values() if w.code == self.lex.pressing_code), None)

    def peacekeeping_mission(self, trig: Trigger) -> bool:
        """Whether a deployment or presence of forces names peacekeeping or protection as its mission (docs/events.md
        rule 52b): a `peacekeeping_words` word, or a noun with one as its modifier, in a `peacekeeping_preps` phrase
        of the trigger, of its forces (object or subject), of its destination or of the verb a deployment noun is
        the object of ("deployed 300 troops to Y on a peacekeeping mission", "deployed engineers to Y as
        peacekeepers"), or in its to-infinitive of purpose, the verb itself or its objects and phrases ("sent
        soldiers to Y to serve as a peacekeeping force", "arrived in Y to join the UN peacekeeping mission",
        "deployed troops to Y to protect civilians"); or a peacekeeping mission, force or operation
        (`mission_nouns`) the forces go to (`mission_preps`: "deployed troops to the UN peacekeeping mission in Y",
        rule 56c)."""
        lex = self.lex

        def named(word: Token) -> bool:
            return word.lemma_.lower() in lex.peacekeeping_words or any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in lex.peacekeeping_words for c in word.children
            )

        def phrases(head: Token, preps: set[str]) -> list[Token]:
            return [
                g
                for p in head.children
                if p.dep_ == "prep" and p.lower_ in preps
                for g in p.children
                if g.dep_ == "pobj"
            ]

        tok = trig.token
        forces = [c for c in tok.children if c.dep_ in OBJ_DEPS or c.dep_ in ("nsubj", "nsubjpass")]
        places = phrases(tok, {"to", "in", "into", "of"})
        # a deployment noun's phrases may hang on the verb it is the object of ("announced the deployment of
        # troops to Y on a peacekeeping mission")
        governor = [tok.head] if trig.kind == "noun" and tok.dep_ in ("dobj", "obj") else []
        if any(named(g) for h in (tok, *forces, *places, *governor) for g in phrases(h, lex.peacekeeping_preps)):
            return True
        if any(named(g) and g.lemma_.lower() in lex.mission_nouns for g in phrases(tok, lex.mission_preps)):
            return True  # "deployed troops to the UN peacekeeping mission in Y": the mission gone to (rule 56c)
        purposes = [
            c
            for c in tok.children
            if c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        return any(
            named(w)
            for clause in purposes
            for w in (
                clause,
                *(c for c in clause.children if c.dep_ in OBJ_DEPS),
                *phrases(clause, lex.peacekeeping_preps),
            )
        )

    def force_presence(self, verb: Token) -> str | None:
        """The code of soldiers' presence in a place (docs/events.md rule 40): a `presence_verbs` verb with an
        "in" phrase whose subject's head noun, or the "of" phrase after a quantity word ("thousands of
        soldiers"), is one of `force_nouns` (150) or a peacekeeping noun of `arrival_codes` (074); an arrival
        of `inspection_nouns` staff is a visit (042, rule 154a)."""
        lex = self.lex
        if not any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children):
            # (not "on alert in Y" parsed with "in" on the noun: the target finder would not reach that place)
            return None
        for subj in verb.children:
            if subj.dep_ != "nsubj":
                continue
            heads = [subj]
            if subj.lemma_.lower() in lex.quantity_nouns:
                heads = [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
            for head in heads:
                words = [head] + [c for c in head.children if c.dep_ in ("amod", "compound")]
                codes = [lex.nouns.get(w.lemma_.lower()) for w in words]
                if code := next((c for c in codes if c in lex.arrival_codes), None):
                    return code
                if head.lemma_.lower() in lex.force_nouns:
                    return lex.presence_code
                if head.lemma_.lower() in lex.inspection_nouns and verb.lemma_.lower() in lex.arrival_verbs:
                    # rule 154a: "IAEA inspectors arrived in Iran" is the inspectors' body's visit there
                    return lex.inspection_arrival_code
        return None

    @staticmethod
    def urged_for(verb: Token) -> bool:
        """A verb with a direct object and a "for" phrase of its own: "pushed the parliament for reforms"."""
        return any(c.dep_ in ("dobj", "obj") for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in verb.children
        )

    def hosted_between(self, verb: Token, noun: Token) -> bool:
        """A meeting hosted or brokered for two other parties (rules 31, 93, 94): "hosted talks between A and B",
        "brokered talks between A and B" are A and B's talks, as "arranged talks between A and B" are, not the
        host's own act. A host's object is any reciprocal noun; a mediator's (`mediating_verbs`) only a meeting
        (`mediated_meeting_nouns`), so that "brokered a truce between A and B" stays the broker's (rule 77h). The
        pair is the noun's "between" phrase, or the participle's ("talks hosted by X between A and B")."""
        lemma = verb.lemma_.lower()
        nouns = self.lex.recip_nouns if lemma in self.lex.hosting_verbs else set()
        if lemma in self.lex.mediating_verbs or lemma in self.lex.meeting_arranging_verbs:
            # rule 100: "facilitated / convened talks between A and B" as "brokered" them, never "facilitated the
            # delivery of aid to Y"
            nouns = self.lex.mediated_meeting_nouns
        if noun.lemma_.lower() not in nouns:
            return False
        if verb.head.i == noun.i and verb.dep_ in ("acl", "amod") and self.paired_holder(noun):
            return True  # "A and B held talks mediated by X": the pair holds the meeting the participle modifies
        pair_on = [noun, verb] if verb.head.i == noun.i and verb.dep_ in ("acl", "amod") else [noun]
        return any(c.dep_ == "prep" and c.lower_ == "between" for t in pair_on for c in t.children)

    def aid_restricted(self, noun: Token) -> bool:
        """Whether an eased restriction noun's "on" object is aid (docs/events.md rule 270b): a `relief_cargo_nouns`
        noun, or a noun with one as its compound or "of" object ("restrictions on aid deliveries", "on the delivery
        of aid")."""
        return self.named_on(prep_objects_in(noun, ("on",)), self.lex.relief_cargo_nouns, ("compound",)) is not None

    def freedom_code(self, code: str) -> str:
        """The code of a restriction phrase's ``code`` when its "on" object is a political freedom (rule 336): eased
        (081) is 0811, imposed or tightened (163) is 1721; "" for another code."""
        lex = self.lex
        codes = {lex.freedom_easing_code: lex.freedom_eased_code, lex.freedom_imposing_code: lex.freedom_imposed_code}
        return codes.get(code, "")

    def ban_eased_code(self, noun: Token) -> str:
        """The code of a ban noun eased (docs/events.md rule 341) by what its "on" object names: a party or politician
        (`party_ban_nouns`, the noun or its compound or adjective: "on opposition parties", "on party politics") is
        0812, a political freedom (rule 336: "on opposition rallies", "on independent media") 0811; "" for another."""
        if self.named_on(self.restricted_objects(noun), self.lex.party_ban_nouns, ("compound", "amod")) is not None:
            return self.lex.party_ban_eased_code
        return self.lex.freedom_eased_code if self.freedom_restricted(noun) is not None else ""

    def freedom_restricted(self, noun: Token) -> Token | None:
        """The political freedom a restriction noun's "on" object names (docs/events.md rule 336): a
        `political_freedom_nouns` noun, or one as its compound, adjective or "of" object ("restrictions on the press",
        "on opposition parties", "on political freedoms", "on freedom of assembly"); None if it names none."""
        return self.named_on(self.restricted_objects(noun), self.lex.political_freedom_nouns, ("compound", "amod"))

    def restricted_objects(self, noun: Token) -> list[Token]:
        """The "on" objects of a restriction noun (docs/events.md rules 336, 341), of its own or of the verb whose
        object the noun is ("relaxed restrictions on independent media", as rule 317's), a freedom "of" something read
        as its object, and none with a modifier of another people ("on Russian media", "on foreign journalists")."""
        heads = [noun, noun.head] if noun.dep_ in ("dobj", "obj") else [noun]
        objects = [o for h in heads for o in prep_objects_in(h, ("on",))]
        # a freedom "of" something is the freedom its object names: "of assembly" is one, "of movement" none
        objects = [
            f
            for o in objects
            for f in (prep_objects_in(o, ("of",)) if o.lemma_.lower() in self.lex.freedom_of_nouns else []) or [o]
        ]
        # another people's press or opposition ("on Russian media", "on foreign journalists") is no freedom of the
        # state's own: the restriction keeps its own code (081 / 163)
        return [o for o in objects if not any(self.foreign_modifier(c) for c in o.children)]

    def foreign_modifier(self, tok: Token) -> bool:
        """Whether ``tok``, a modifier of a restricted freedom (rule 336), names another people: a nationality or
        place ("Russian media", "Hong Kong journalists") or a word of `foreign_freedom_modifiers` ("foreign")."""
        if tok.dep_ not in ("amod", "compound", "nmod", "poss"):
            return False
        return tok.ent_type_ in ("NORP", "GPE") or tok.lemma_.lower() in self.lex.foreign_freedom_modifiers

    @staticmethod
    def named_on(objects: list[Token], words: set[str], modifiers: tuple[str, ...]) -> Token | None:
        """The first word of ``words`` among ``objects``, their ``modifiers`` children and their "of" objects; None
        if there is none."""
        for obj in objects:
            named = [obj] + [c for c in obj.children if c.dep_ in modifiers]
            named += [o for p in obj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            hit = next((n for n in named if n.lemma_.lower() in words), None)
            if hit is not None:
                return hit
        return None

    def refugees_protected(self, noun: Token) -> bool:
        """Whether a protection noun is given to refugees (docs/events.md rule 270): a "to"/"for" object of the noun or
        of the verb it is the direct object of, or that verb's indirect object, is a `refuge_recipient_nouns` noun
        ("granted protection to 100,000 Ukrainian refugees", "to thousands of Somali refugees")."""
        heads = [noun, noun.head] if noun.dep_ in ("dobj", "obj") else [noun]
        for head in heads:
            for child in head.children:
                if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "for"):
                    recipients = [c for c in child.children if c.dep_ == "pobj"]
                elif child.dep_ == "dative" and head is not noun:
                    recipients = [child]
                else:
                    continue
                # "to thousands of Somali refugees": the "of" object of a number noun
                recipients += [o for r in recipients for p in r.children if p.lower_ == "of" for o in p.children]
                if any(r.lemma_.lower() in self.lex.refuge_recipient_nouns for r in recipients):
                    return True
        return False

    def mediating_participle(self, tok: Token) -> bool:
        """Whether ``tok`` is a participle of bringing others to the meeting it modifies ("Egyptian-brokered talks",
        "US-hosted negotiations", "talks convened by Turkey"; rules 93, 94, 100): whoever it names is the meeting's
        mediator, never one of its parties."""
        lemma = tok.lemma_.lower()
        return (
            tok.dep_ in ("amod", "acl")
            and tok.tag_ == "VBN"
            and (
                lemma in self.lex.mediating_verbs
                or lemma in self.lex.hosting_verbs
                or lemma in self.lex.meeting_arranging_verbs
            )
            and tok.head.lemma_.lower() in self.lex.mediated_meeting_nouns
        )

    def paired_holder(self, noun: Token) -> bool:
        """Whether ``noun`` is the object of a verb of holding a meeting (`meeting_holding_verbs`) whose subject is
        coordinated, "A and B held talks" (rule 94), or has a partner in a "with" phrase of the verb or the noun, "A
        held talks with B" (rule 100c); not "A and B boycotted the summit"."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in self.lex.meeting_holding_verbs:
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        partnered = any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(p.dep_ == "pobj" and p.lemma_.lower() not in self.lex.mediation_nouns for p in c.children)
            for t in (verb, noun)
            for c in t.children
        )
        return any(partnered or any(g.dep_ == "conj" for g in c.children) for c in subjects)

    def hosted_meeting(self, verb: Token) -> Token | None:
        """Rules 93 and 94, the meeting of two other parties a hosting or mediating verb names: its object ("X
        hosted talks between A and B"), the noun it modifies as a participle ("talks between A and B, hosted by
        X", "A and B held talks mediated by X"), or the passive subject of the clause it hangs on as an
        adverbial participle with an agent ("talks between A and B were held in Ankara, hosted by Turkey"), or
        its own passive subject when it has an agent ("talks between A and B were convened by Turkey", rule 100)."""
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
            nouns.append(verb.head)
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
            nouns.extend(c for c in verb.head.children if c.dep_ == "nsubjpass")
        if any(c.dep_ == "agent" for c in verb.children):
            nouns.extend(c for c in verb.children if c.dep_ == "nsubjpass")
        return next((n for n in nouns if self.hosted_between(verb, n)), None)

    def welcomed_offer_shape(self, verb: Token, noun: Token) -> bool:
        """Whether ``noun`` is an offer or invitation (`welcomed_offer_nouns`) that a welcoming verb
        (`offer_welcoming_verbs`) takes as its object (rule 131a): the noun is coded on its own, as the offer taken
        up when its welcomer is a party to it (`EventCoder.welcomed_offer`), so the verb does not code it in its
        place ("Kenya welcomed an offer from Uganda to host talks")."""
        lex = self.lex
        return verb.lemma_.lower() in lex.offer_welcoming_verbs and noun.lemma_.lower() in lex.welcomed_offer_nouns

    def grievance_of(self, trig: Trigger, trig_at: dict[int, Trigger]) -> Trigger | None:
        """The disapproval (a verb of `grievance_roots`) whose "over" / "about" phrase, on the verb or on its object,
        names this nominal act as the grievance (rule 199a): "summoned the Russian ambassador over the drone
        incursion", "complained about the attack on Lviv". An act named with its own agent by a possessor ("over
        Russia's attack on Lviv") keeps its own event."""
        tok = trig.token
        if trig.kind != "noun" or tok.dep_ != "pobj" or own_agent(tok):
            return None
        prep = tok.head
        inquired = prep.lower_ in self.lex.object_topic_preps  # rule 432c: "an investigation into the incursion"
        if prep.dep_ != "prep" or (prep.lower_ not in self.lex.grievance_preps and not inquired):
            return None
        heads = [prep.head, prep.head.head] if prep.head.dep_ in ("dobj", "obj") else [prep.head]
        owned = any(c.dep_ == "poss" for c in tok.children)
        for head in heads:
            outer = trig_at.get(head.i)
            if outer is None or outer is trig or outer.kind != "verb":
                continue
            if inquired:
                if outer.code[:2] in self.lex.investigation_roots and not named_doer(tok):
                    # rule 432c: "began an investigation into the shelling of a hospital": the inquiry alone; an act
                    # naming its doer (rule 127a's `named_doer`: "into the Russian missile strike") keeps its event
                    return outer
                continue
            if outer.code[:2] in self.lex.grievance_roots:
                return outer
            if outer.code[:2] in self.lex.sanction_grievance_roots and not owned:
                return outer  # rule 279b: "imposed sanctions on Y over the invasion of Z": the sanction alone
        return None

    def wrapped_by(self, trig: Trigger, trig_at: dict[int, Trigger]) -> Trigger | None:
        """The wrapper or light verb that codes this trigger in its place, if any."""
        tok = trig.token
        denier = self.claim_denier(trig, trig_at)
        if denier is not None:
            return denier  # "denied reports that it had sent troops to Y": the denial (016) codes the act (rule 251c)
        grievance = self.grievance_of(trig, trig_at)
        if grievance is not None:
            return grievance  # "summoned Y's ambassador over the drone incursion": the summons alone (rule 199a)
        for verb in list(tok.ancestors)[:4]:
            outer = trig_at.get(verb.i)
            if outer is not None and outer.wrapper is self.lex.intent and outer.kind == "verb":
                if self.coalition_purpose(verb, verb.lemma_.lower()) == tok:
                    return outer  # "led a coalition of the willing to protect Y": the members' intent (rule 274b)
        answering = self.means_of_response(tok, trig_at)
        if answering is not None and answering is not trig:
            return answering  # "threatened to respond to Y's move with sanctions": the response codes them (rule 148)
        if tok.dep_ == "compound" and self.compound_trigger(tok.head, trig_at) is trig:
            tok = tok.head  # "suspended part of a military aid program": wrapped as the program is
        if tok.dep_ == "conj" and tok.head.dep_ in ("dobj", "obj") and not is_root(tok.head):
            outer = trig_at.get(tok.head.head.i)
            wrapping = outer is not None and (
                outer.wrapper is not None
                or (outer.phrase_obj is not None and outer.token.lemma_.lower() in self.lex.wrap_verbs)
            )
            if outer is not None and wrapping and outer is not trig:
                return outer  # "suspended military aid and weapons deals": the deals are suspended too
        outer = trig_at.get(tok.head.i) if tok.dep_ in ("acl", "relcl", "ccomp", "advcl") else None
        if outer is not None and outer is not trig:
            clause = self.request_clause(outer)
            if clause is not None and clause.i == tok.i:
                return outer  # "its demand that Y lift sanctions": the demand codes the lift (rule 45)
        if tok.dep_ in ("xcomp", "advcl"):
            request = next(
                (trig_at[c.i] for c in tok.head.children if c.dep_ in ("dobj", "obj") and c.i in trig_at), None
            )
            clause = self.hung_infinitive(request) if request is not None and request is not trig else None
            if request is not None and clause is not None and clause.i == tok.i:
                return request  # "renewed its calls to lift sanctions on Y": the call codes the lift (rule 45)
        for depth in range(4):
            if to_infinitive_modifier(tok) and depth <= 1:
                outer = trig_at.get(tok.head.i)
                if outer is not None and outer.wrapper is not None and outer.kind == "noun" and outer is not trig:
                    if depth == 0 or (trig.token.dep_ in ("dobj", "obj") and tok.i not in trig_at):
                        return outer  # "its readiness to mediate", "a refusal to sign a deal" (rule 25)
            planner = trig_at.get(tok.head.i)
            if planner is not None and planner is not trig and planner.wrapper is not None:
                planned = self.planned(planner.token) if planner.wrapper.name == "plan" else None
                if planned is not None and planned.i == trig.token.i:
                    return planner  # "announced plans to send aid": the plan codes the planned act
            # "talks with Y were suspended by X" (rule 48a), "EU sanctions on Y were eased" (54a), "US aid was cut" (55)
            acted = depth == 0 and (agent_passive_subject(tok) or self.agentless_act(tok, trig_at))
            if (
                (tok.dep_ not in WRAPPED_DEPS and not acted and not self.phrasal_particle(tok))
                or is_root(tok)
                or tok.dep_ == "conj"
                or self.concurrent_clause(tok)
                or self.stated_clause(tok)
                or self.forecast_clause(tok)
                or self.own_act_participle(tok, trig, trig_at)
            ):
                return None
            if tok.dep_ == "prep" and tok.lower_ in self.lex.temporal_preps:
                return None  # "eager to sell gas after its invasion of Y": a time frame is not wrapped (rules 30, 32)
            if (
                depth == 1
                and tok.dep_ == "prep"
                and tok.lower_ in self.lex.call_setting_preps
                and self.phone_call(trig.token)
            ):
                return None  # "urged Y in a phone call to ...": where the appeal was made, not what it asks (rule 191)
            if (
                depth == 1
                and tok.dep_ == "prep"
                and tok.lower_ in self.lex.ultimatum_setting_preps
                and self.given_ultimatum(trig.token)
            ):
                return None  # "in an ultimatum to Y, X threatened / demanded ...": the ultimatum given (rule 386b)
            head = tok.head
            outer = trig_at.get(head.i)
            if outer is not None and outer is not trig:
                if outer.phrase_obj is not None and outer.phrase_obj.i == trig.token.i:
                    return outer
                if outer.kind == "noun" and outer.token.lemma_.lower() in self.lex.evidence_nouns:
                    return outer  # "evidence of Russian involvement in the attack": the act is alleged (rule 42)
                if outer.wrapper is not None and not self.beside_cut_object(outer, tok):
                    return outer  # "refused to engage in dialogue": the refusal codes it
                if (
                    outer.kind == "verb"
                    and (trig.token.dep_ in OBJ_DEPS or agent_passive_subject(trig.token))
                    and trig.token.head.i == outer.token.i
                    and outer.phrase_obj is None
                    and not own_agent(trig.token)
                    and not self.hosted_between(outer.token, trig.token)
                    and not self.welcomed_offer_shape(outer.token, trig.token)
                ):
                    # "launched an offensive": the verb codes it (not "condemned Russia's attack")
                    return outer
            tok = head
        return None

    def domain(self, trig: Trigger, inner: Trigger | None, code: str) -> str:
        """Refine a root-level code by a domain modifier: "military aid" 072, "energy partnership" 061."""
        wronged = self.wrong_named(trig, code)
        if wronged is not None:
            return wronged  # "accused Y of war crimes" 1124, "an inquiry into human rights abuses" 092 (rule 165a)
        mass = self.mass_destruction(trig, inner, code)
        if mass is not None:
            return mass  # "detonated a nuclear weapon over Y" 2042, "used poison gas on Y's soldiers" 2041 (rule 194a)
        if self.verbal_pressure(trig, code):
            return self.lex.pressing_code  # "put pressure on Y with a post", "pressured Y in a speech" 100 (rule 315)
        if code in self.lex.mass_expulsion_codes and self.mass_expelled(trig):
            return self.lex.mass_expulsion_code  # "expelled tens of thousands of Indians" 201 (rule 307)
        assault = self.assault_kind(trig, code)
        if assault is not None:
            return assault  # "sexually assaulted Y's refugees" 1821, "beat Y's migrant to death" 1823 (rule 369a)
        police = dict(pair.split() for pair in self.lex.police_posture_codes)
        if code in police and self.police_forces(trig):
            return police[code]  # "put its police on high alert" 151, "deployed police officers to Y" 153 (rule 194e)
        table = self.lex.domains.get(code[:2])
        specific = code in self.lex.domain_refined_codes  # "detonated a car bomb" 1832 (rule 153h)
        if code == self.lex.heavy_fire_code and trig.kind == "verb" and self.aerial_contact(trig.token):
            return self.lex.aerial_force_code  # "Israeli warplanes pounded Hezbollah targets" (rule 269)
        if not table or len(code) > 3 or (len(code) == 3 and code[2] != "0" and not specific):
            return code  # only a generic code ("050", "070") is refined, and a `domain_refined_codes` one
        if (
            code == self.lex.contact_force_code
            and trig.kind in ("verb", "noun")
            and self.verbal_attack(trig.token, trig.kind == "noun")
        ):
            # "attacked Canada over dairy tariffs" (rule 130b), "attacked China's trade policy" (rule 138)
            return self.lex.verbal_attack_code
        if code == self.lex.contact_force_code and trig.kind == "verb" and self.aerial_contact(trig.token):
            return self.lex.aerial_force_code  # "Kyiv was hit by drones" (rule 119c)
        if code == self.lex.contact_force_code and trig.kind == "verb" and self.missile_contact(trig.token):
            return self.lex.heavy_fire_code  # "struck Kyiv with missiles" 194 (rule 273)
        nouns = [trig.token] + ([inner.token] if inner is not None else [])
        if specific and trig.kind == "verb":
            nouns += [c for c in trig.token.children if c.dep_ in ("dobj", "obj")]  # the device detonated
        if trig.kind == "verb" and trig.token.lemma_.lower() in self.lex.casualty_verbs:
            # the means that killed, as the subject: "a roadside bomb killed two soldiers" 183 (rule 70b)
            nouns += [
                c
                for c in trig.token.children
                if c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.unattributed_attack_means
            ]
        for noun in nouns:
            for child in noun.children:
                if child.dep_ in ("amod", "compound") and child.lemma_.lower() in table:
                    return table[child.lemma_.lower()]
                if noun.i == trig.token.i and child.dep_ == "npadvmod" and child.lemma_.lower() in table:
                    # a verb's fused modifier: "test-fired a missile" (test, -, fired) is a test (150; rule 77g)
                    return table[child.lemma_.lower()]
            if noun.lemma_.lower() in table:
                return table[noun.lemma_.lower()]
        if code[:2] in self.lex.field_phrase_roots:
            # the object of a verb + object phrase holds its phrase too: "vowed to deepen their partnership in
            # energy" 0311, the "in" phrase on "partnership" (rule 320)
            held = [*nouns, *([trig.phrase_obj] if trig.phrase_obj is not None else [])]
            field = self.field_phrase(held, table)
            if field is not None:
                return field  # "promised cooperation with Y on trade" 061 -> 0311 under the intent (rule 177c)
        if trig.phrase_obj is not None:
            # a verb + object phrase's object names the kind by its modifiers: "used chemical weapons" 2041 (rule
            # 77d); the object's own lemma does not ("threw grenades" stays 190, not the bombing "grenade" is)
            for child in trig.phrase_obj.children:
                if child.dep_ in ("amod", "compound") and child.lemma_.lower() in table:
                    return table[child.lemma_.lower()]
            if code == self.lex.contact_force_code and trig.phrase_obj.lemma_.lower() in self.lex.missile_means:
                # "fired missiles at Y" 194, "Israeli jets fired missiles at Y" 195 (rule 273)
                return self.lex.aerial_force_code if self.aerial_fired(trig) else self.lex.heavy_fire_code
        if trig.kind == "verb" and code == self.lex.contact_force_code:
            bombing = self.bomber_doer(trig.token)
            if bombing is not None:
                return bombing  # "a suicide bomber struck a market in Y" 1831 (rule 189e)
        if trig.kind == "verb" and code == self.lex.contact_force_code:
            # a weapon as the doer names the kind of force as an instrument does (rule 153i): "Russian tanks fired on
            # Y's positions" 194, "Turkish drones struck Y" 195; only a kind of force (same root: "peacekeeping
            # troops attacked" stays 190); "Israeli jets struck Y" stays 190 ("jet" is no `domains` word, only
            # `aerial_means`, which counts instruments alone: rule 127b)
            for subject in trig.token.children:
                if subject.dep_ != "nsubj" or subject.lemma_.lower() not in self.lex.force_means:
                    continue
                for word in [subject, *(m for m in subject.children if m.dep_ in ("amod", "compound"))]:
                    refined = table.get(word.lemma_.lower(), "")
                    if refined == self.lex.aerial_force_code and self.naval_word(subject):
                        break  # "Ukrainian sea drones attacked Y" stays 190 (rule 213d)
                    if refined[:2] == code[:2]:
                        return refined
        return code

    def mass_destruction(self, trig: Trigger, inner: Trigger | None, code: str) -> str | None:
        """Rule 194a: the CAMEO 20 code of the weapon of mass destruction an act of force, assault or repression
        (`mass_destruction_act_roots`, `mass_destruction_act_codes`) is done with: its device (the phrase's object,
        the verb's direct object, a "with" instrument on the verb or its object, its subject, the trigger or inner
        noun) a `mass_destruction_devices` noun named by a modifier or an "of" object in the "20" `domains` ("a
        nuclear bomb" 2042, "poison gas" 2041, "weapons of mass destruction" 204); None otherwise."""
        lex = self.lex
        if code[:2] not in lex.mass_destruction_act_roots and code not in lex.mass_destruction_act_codes:
            return None
        kinds = lex.domains.get(lex.mass_destruction_code[:2], {})
        tok = trig.token
        devices = [tok, *([inner.token] if inner is not None else [])]
        if trig.phrase_obj is not None:
            devices.append(trig.phrase_obj)
        if trig.kind == "verb":
            devices += [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubj")]
        holders = [tok, *(d for d in devices if d.dep_ in ("dobj", "obj"))]
        devices += [p for holder in holders for p in prep_objects(holder, "with")]
        for device in devices:
            if device.lemma_.lower() not in lex.mass_destruction_devices:
                continue
            kind = self.mass_destruction_kind(device, kinds)
            if kind is not None:
                return kind
        return None

    def verbal_pressure(self, trig: Trigger, code: str) -> bool:
        """Rule 315: whether a coercion code (`verbal_pressure_codes`) is put by words: a `verbal_means_preps` phrase
        of the trigger, or of the verb that holds the pressure noun as its object, names a communication
        (`verbal_means_nouns`, itself or as the "of" phrase of a count: "a series of posts"). "Put pressure on Y
        with a post", "pressured Y in a speech" are a demand; "with military drills" stays coercion."""
        lex = self.lex
        if code not in lex.verbal_pressure_codes:
            return False
        tok = trig.token
        holders = [tok, tok.head] if trig.kind == "noun" and tok.dep_ in ("dobj", "obj") else [tok]
        for holder in holders:
            for means in prep_objects_in(holder, lex.verbal_means_preps):
                if any(n.lemma_.lower() in lex.verbal_means_nouns for n in [means, *prep_objects(means, "of")]):
                    return True
        return False

    def assault_kind(self, trig: Trigger, code: str) -> str | None:
        """Rule 369a: the codebook's sub-code of a physical assault (`assault_kind_codes`, 182) named by its manner or
        its result: a verb with a `sexual_assault_words` adverb ("sexually assaulted", "sexually abused") or a noun
        with one as its adjective ("a sexual assault") is 1821; a verb whose "to" phrase is a `killing_results` noun
        ("beat Y to death", "was stabbed to death") is a killing by physical assault, 1823. None: no such word."""
        lex = self.lex
        if code not in lex.assault_kind_codes or trig.kind not in ("verb", "noun"):
            return None
        manner = ("advmod",) if trig.kind == "verb" else ("amod",)
        for child in trig.token.children:
            if child.dep_ in manner and child.lemma_.lower() in lex.sexual_assault_words:
                return lex.sexual_assault_code
            if (
                trig.kind == "verb"
                and child.dep_ == "prep"
                and child.lower_ == "to"
                and any(c.dep_ == "pobj" and c.lemma_.lower() in lex.killing_results for c in child.children)
            ):
                return lex.killing_result_code
        return None

    def mass_expelled(self, trig: Trigger) -> bool:
        """Rule 307: whether the people an expulsion verb acts on (its direct object or passive subject, through a
        quantity word's "of" phrase) are counted in thousands: a `mass_expulsion_counts` word on the way to the noun
        ("tens of thousands of Indians") or as its number ("two million Syrians"), or a numeral of
        `MASS_EXPULSION_SIZE` or more ("more than 5,000 Cameroonians"); an armed force (`defeat_force_objects`)
        and individuals of a class (a noun `phrases` gives an `individual_expulsion_verbs` verb with
        `individual_expulsion_code`: "refugees", "migrants") are no people expelled en masse."""
        if trig.kind != "verb":
            return False
        lex = self.lex
        for obj in (c for c in trig.token.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
            heads = self.object_heads(obj)
            people = heads[-1]
            if people.lemma_.lower() in lex.defeat_force_objects or any(
                lex.phrases.get((verb, people.lemma_.lower())) == lex.individual_expulsion_code
                for verb in lex.individual_expulsion_verbs
            ):
                continue
            counts = heads[:-1] + [c for c in people.children if c.dep_ == "nummod"]
            for count in counts:
                if count.lemma_.lower() in lex.mass_expulsion_counts:
                    return True
                digits = count.text.replace(",", "")
                if digits.isdigit() and int(digits) >= MASS_EXPULSION_SIZE:
                    return True
        return False

    def police_forces(self, trig: Trigger) -> bool:
        """Rule 194e: whether the forces a posture verb acts on (its direct object or passive subject, through a
        quantity word's "of" phrase) are police (`police_nouns`, as the head or a compound of it)."""
        lex = self.lex
        if trig.kind == "noun" and trig.token.dep_ in ("dobj", "obj") and self.police_alert_object(trig.token):
            return self.police_subject(trig.token.head)  # "police raised their alert level" (rule 438c)
        if trig.kind != "verb":
            return False
        forces = [c for c in trig.token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        for obj in forces:
            for head in self.object_heads(obj):
                words = [head, *(c for c in head.children if c.dep_ in ("compound", "amod"))]
                if any(w.lemma_.lower() in lex.police_nouns or w.lower_ in lex.police_nouns for w in words):
                    return True
        # rule 438c: an alert raised by police themselves, the verb's object the alert and not a force ("Belgian
        # police raised their alert level"): the subject's police, as "put its police on high alert" is
        return any(self.police_alert_object(o) for o in forces) and self.police_subject(trig.token)

    def police_subject(self, verb: Token) -> bool:
        """Rule 438c: whether the active subject of ``verb`` is police (`police_nouns`, the head or a compound)."""
        police = self.lex.police_nouns
        return any(
            w.lemma_.lower() in police or w.lower_ in police
            for s in verb.children
            if s.dep_ == "nsubj"
            for head in self.object_heads(s)
            for w in (head, *(c for c in head.children if c.dep_ in ("compound", "amod")))
        )

    def police_alert_object(self, obj: Token) -> bool:
        """Rule 438c: whether a posture verb's object is the alert itself (`police_alert_objects`: "alert", "its
        alert level", "the alert status"), the head or its compound."""
        words = self.lex.police_alert_objects
        return obj.lemma_.lower() in words and (
            obj.lemma_.lower() == "alert"
            or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == "alert" for c in obj.children)
        )

    @staticmethod
    def mass_destruction_kind(device: Token, kinds: dict[str, str]) -> str | None:
        """The "20" `domains` code of a device's modifier ("nuclear", "poison") or of its "of" object ("of mass
        destruction"), None where neither names one (rule 194a)."""
        for child in device.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.lemma_.lower() in kinds:
                return kinds[child.lemma_.lower()]
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in kinds:
                        return kinds[obj.lemma_.lower()]
        return None

    def mass_destruction_word(self, noun: Token) -> bool:
        """Whether ``noun`` names the kind of a weapon of mass destruction in its "of" phrase ("weapons of mass
        destruction"): no trigger of its own, no destruction of property (rule 194a)."""
        head = noun.head
        return (
            noun.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.lower() in self.lex.mass_destruction_devices
            and noun.lemma_.lower() in self.lex.domains.get(self.lex.mass_destruction_code[:2], {})
        )

    def aircraft_bomber(self, tok: Token) -> bool:
        """Rule 213h: whether the `bomber_nouns` noun ``tok`` names aircraft, no bombing: no kind of bombing modifies
        it (the `domains` table of `armed_bombing_code`'s root: suicide, car, roadside) and a state's or a people's
        name (a GPE / NORP entity: "Russian bombers", "Chinese H-6 bombers") or an `aircraft_bomber_modifiers` word
        ("strategic bombers", "B-52 bombers") does."""
        kinds = self.lex.domains.get(self.lex.armed_bombing_code[:2], {})
        modifiers = [m for m in tok.children if m.dep_ in ("amod", "compound", "nmod")]
        if any(m.lemma_.lower() in kinds for m in modifiers):
            return False
        return any(
            m.ent_type_ in ("GPE", "NORP")
            or m.lemma_.lower() in self.lex.aircraft_bomber_modifiers
            or any(c.isdigit() for c in m.text)
            for m in modifiers
        )

    def bomber_doer(self, verb: Token) -> str | None:
        """Rule 189e: the kind of bombing (the `domains` table of `armed_bombing_code`'s root: suicide 1831, car 1832)
        that an act of force ``verb`` is when its subject is a `bomber_nouns` noun with such a modifier: "a suicide
        bomber struck a market in Kabul" (before: 190, the attack verb's own); None otherwise ("Russian bombers
        struck Y" are aircraft)."""
        code = self.lex.armed_bombing_code
        kinds = self.lex.domains.get(code[:2], {})
        for subject in verb.children:
            if subject.dep_ == "nsubj" and subject.lemma_.lower() in self.lex.bomber_nouns:
                modifiers = [m.lemma_.lower() for m in subject.children if m.dep_ in ("amod", "compound")]
                return next((kinds[m] for m in modifiers if m in kinds), None)
        return None

    def field_phrase(self, nouns: list[Token], table: dict[str, str]) -> str | None:
        """Rule 177c: the `domains` code of the field a `field_preps` phrase names, hung on a cooperation word or on
        the verb whose direct object it is ("promised cooperation with Y on trade", parsed with "on" on
        "promised"), its object or that object's first conjunct in the table ("on trade and investment"), a modifier of
        it before its head ("on energy security" 061)."""
        holders = [*nouns, *(n.head for n in nouns if n.dep_ in ("dobj", "obj"))]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in self.lex.field_preps:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    for word in (obj, *obj.conjuncts):
                        # its modifier first: "on energy security" is economic (061), "in the trade field" too
                        modifiers = [m for m in word.children if m.dep_ in ("amod", "compound")]
                        for named in (*modifiers, word):
                            if named.lemma_.lower() in table:
                                return table[named.lemma_.lower()]
        return None

    def wrong_named(self, trig: Trigger, code: str) -> str | None:
        """Rule 165a: an accusation (112) or an investigation (090) refined by the wrong it names in its own
        compounds or its `wrong_preps` phrases ("accused Y of espionage" 1125, "corruption charges" 1121, "an
        investigation into war crimes" 094): by a `wrongs` word (a compound with its head first: "war crime"; a verb
        with its object: "buy vote", rule 256), else
        by the code of an act named ("of shelling Y's towns" 1123); of several, the highest sub-code. None when the
        code is neither or no wrong is named."""
        accused, inquired = self.lex.accused, self.lex.inquired
        if accused is None or code not in (accused.code, self.lex.inquiry_code) or trig.kind not in ("verb", "noun"):
            return None
        if code == self.lex.inquiry_code and inquired is None:
            return None
        words: set[str] = set()
        acts: set[str] = set()
        tok = trig.token
        # the phrase hung on the verb's object ("accused Somalia(dobj) of abuses") or on the verb whose object the
        # noun is ("opened(head) an investigation into war crimes")
        near = [c for c in tok.children if c.dep_ in ("dobj", "obj")] if trig.kind == "verb" else []
        if trig.kind == "noun" and tok.dep_ in ("dobj", "obj"):
            near.append(tok.head)
        phrases = [c for n in near for c in n.children if c.dep_ == "prep" and c.lower_ in self.lex.wrong_preps]
        for child in [*tok.children, *phrases]:
            named = child.dep_ in ("compound", "amod") or (
                child.dep_ == "prep" and child.lower_ in self.lex.wrong_preps
            )
            if named or (trig.kind == "verb" and child.dep_ in ("dobj", "obj")):  # "investigating war crimes"
                for tok in child.subtree:
                    lemma = tok.lemma_.lower()
                    heads = [f"{c.lemma_.lower()} {lemma}" for c in tok.children if c.dep_ == "compound"]
                    if tok.pos_ == "VERB":  # a verb and its object, keyed as a compound and its head (rule 256)
                        heads += [f"{lemma} {c.lemma_.lower()}" for c in tok.children if c.dep_ in ("dobj", "obj")]
                    word = next((h for h in heads if h in accused.refine), lemma)
                    if word in accused.refine and not word.isdigit():
                        words.add(accused.refine[word])
                        continue
                    act = self.lex.verbs.get(lemma) if tok.pos_ == "VERB" else self.lex.nouns.get(lemma)
                    refined = accused.subcoded(act, "") if act else ""
                    if refined:
                        acts.add(refined)
        found = max(words or acts, default=None)
        if found is None:
            return None
        return found if code == accused.code else inquired.refine.get(found) if inquired is not None else None


def civilian_role(label: str, roles: set[str]) -> bool:
    """Whether an actor code's role names a civilian group (rule 57: `civilian_roles`, "IRQCVL", "CODREF",
    "SYRKURREF"): its role part ends with one of ``roles``."""
    role = role_part(label)
    return any(role.endswith(r) for r in roles)


def state_force(label: str) -> bool:
    """Whether an actor code is a state or its force (the bare country, GOV, MIL, SPY, COP: `STATE_ROLES`) or an
    international body (rule 57: their force on civilians stays 19)."""
    return is_igo(label) or role_part(label) in STATE_ROLES


def agent_passive_subject(tok: Token) -> bool:
    """The subject of a passive with a by-agent (docs/events.md rule 48a): what the agent acts on, as the object
    of the active is ("aid to Yemen was halted by X" reads as "X halted aid to Yemen"). An agentless passive's
    subject keeps its own reading ("talks between A and B were held in Z": the talks, both ways), and so does a
    subject that names its own parties ("agreements between A and B were ratified by X": A and B's agreement)."""
    return (
        tok.dep_ == "nsubjpass"
        and not is_root(tok)
        and any(c.dep_ == "agent" for c in tok.head.children)
        and not any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)
    )


# the holder a copula-less headline predicate hangs on: a name ("Japan optimistic about ..."), or a common noun
# ("Kuwaiti minister optimistic about ...", rule 135f); running text puts no adjective after a root noun
HEADLINE_HOLDER_POS = frozenset({"PROPN", "NOUN"})


def headline_predicate(tok: Token) -> bool:
    """``tok`` is the predicate of a headline that drops its copula (rule 108d): the root with a subject of its own
    ("Russia ready to ..."), or a word hung as a modifier after the name the line's root is ("Japan(ROOT)
    optimistic(amod) about ...", "US(ROOT) concerned(acl) over ..."), or after a common noun the root is ("Kuwaiti
    minister(ROOT) optimistic(amod) about ...", rule 135f); running text writes "X is optimistic" (an ``acomp``) or
    an adjective before its noun."""
    if is_root(tok):
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    head = tok.head
    return tok.dep_ in ("amod", "acl") and head.i < tok.i and is_root(head) and head.pos_ in HEADLINE_HOLDER_POS


# rule 144b: the phrase that places a verbless headline's holder ("envoy in Kabul", "minister at the border")
HEADLINE_PLACE_PREPS = frozenset({"in", "at"})


def held_meeting_participle(noun: Token, lex: TriggerLexicon) -> Token | None:
    """Rule 402a, the participle of holding (`meeting_holding_verbs`) by which a meeting noun (`mediated_meeting_nouns`)
    is held in its own noun phrase: a reduced relative ("talks held between A and B in Abu Dhabi") or a passive
    relative clause ("the talks that were held between A and B"), a past participle with no subject of its own. Its
    "between" pair is the meeting's pair and its "in" / "at" phrase the meeting's place, as the main-clause passive's
    are ("talks were held between A and B in Geneva"); its modal hedges the meeting ("talks that could be held
    between A and B"). None otherwise."""
    if noun.lemma_.lower() not in lex.mediated_meeting_nouns:
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "relcl")
            and c.tag_ == "VBN"
            and c.lemma_.lower() in lex.meeting_holding_verbs
            and not any(g.dep_ == "nsubj" for g in c.children)
        ),
        None,
    )


def headline_purpose_holder(noun: Token) -> Token | None:
    """The holder of a verbless headline's purpose phrase (rule 144b): "Qatari envoy(ROOT) in Kabul for talks with
    Taliban" drops "arrived" / "is"; ``noun`` (the object of a "for" phrase) hangs on the line's root noun, which an
    "in" / "at" phrase before it places, and the line has no finite verb. That root is the act's holder, and the act
    under way as "arrived in Kabul for talks" makes it (``arrival_verb``); None for any other shape."""
    prep = noun.head
    holder = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for" or not is_root(holder):
        return None
    if holder.pos_ not in HEADLINE_HOLDER_POS or any(t.tag_ in FINITE_TAGS for t in noun.sent):
        return None
    placed = any(
        c.lower_ in HEADLINE_PLACE_PREPS and c.i < prep.i and any(p.dep_ == "pobj" for p in c.children)
        for c in holder.children
        if c.dep_ == "prep"
    )
    return holder if placed else None


def concern_predicate(tok: Token) -> bool:
    """A word of concern (``concern_adjs``, an adjective or a participle) predicated of its holder, with what the
    concern is about (rule 108d): "X is concerned about Y" (``acomp``), "X was alarmed by Y" or "X said it was
    worried that Y ..." (its own subject), a headline's "X deeply concerned over Y"; "the parties concerned" and
    "as far as X is concerned" (nothing it is about) are none."""
    if tok.tag_ not in ("JJ", "VBN"):
        return False
    if not any(c.dep_ in ("prep", "ccomp", "agent") for c in tok.children):
        return False
    return tok.dep_ == "acomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or headline_predicate(tok)


def would(verb: Token) -> bool:
    """Whether a verb carries "would" ("would like to", "'d like to")."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)


def plain_call(tok: Token) -> bool:
    """Whether an appeal word ("call") is a contact, not an appeal: no "on/for" addressee or demand,
    no clause of what is asked ("a phone call with Putin", "called Erdogan"), versus "called on
    Kyiv to accept", "calls for sanctions"."""
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp", "acl") and not call_purpose(tok, child):
            return False
        if for_infinitive(child):
            return False  # "called for Belarus to free the activists": what is asked, and of whom (rule 149d)
        if child.dep_ == "prep" and child.lower_ in ("on", "for", "upon"):
            if all(g.ent_type_ in ("DATE", "TIME") for g in child.children if g.dep_ == "pobj"):
                continue  # "Trump's call with Putin on Feb. 12": a date, not an addressee
            if child.lower_ == "on" and tok.pos_ == "NOUN" and (partnered(tok) or phoned(tok) or held_jointly(tok)):
                continue  # "a phone call on trade", "a call with Y on the war": the topic (rule 178e)
            if child.lower_ == "for" and tok.pos_ == "NOUN" and phoned(tok):
                continue  # "thanked Y during a phone call for its support": a phone call asks for nothing (rule 191)
            return False
    return tok.lemma_.lower() in ("call", "phone", "telephone")


def phoned(call: Token) -> bool:
    """Whether a "call" noun says it is made by telephone or video: "a phone call", "a video call"."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in ("phone", "telephone", "video") for c in call.children)


def for_infinitive(clause: Token) -> bool:
    """Whether ``clause`` is a "for" + subject + to-infinitive clause (rule 149d): "called for Belarus to free the
    activists", the parser's adverbial clause with "for" as its mark and a subject of its own."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def call_purpose(call: Token, clause: Token) -> bool:
    """Whether a to-infinitive under a verb "call" with a direct object says why the caller phoned (rule 35):
    "called the Mexican president to congratulate him", "called Lavrov to discuss Syria" are phone calls (041);
    an appeal names its addressee with "on"/"upon" ("called on Y to withdraw"), which ``plain_call`` checks."""
    return (
        call.pos_ == "VERB"
        and clause.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and any(c.dep_ in ("dobj", "obj") for c in call.children)
        # "called on followers to join": the parser may make "on" a particle, the appeal all the same
        and not any(c.dep_ == "prt" and c.lower_ in ("on", "upon") for c in call.children)
    )


def own_agent(noun: Token) -> bool:
    """Whether a nominal trigger names its own agent by a possessor ("Russia's aggression")."""
    return noun.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def asks_uncoded_addressee(verb: Token, tok_actor: dict[int, Span]) -> bool:
    """Whether an appeal verb names whom it asks (its object, or its "on" / "upon" phrase: "called on member states
    to ...", "urged consumers to ...") and no actor mention lies in that addressee (rules 97b, 98d): a call to people
    the resolver does not code."""
    addressees = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "iobj")]
    addressees += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")  # "on Monday" names no addressee
    ]
    return bool(addressees) and not any(t.i in tok_actor for a in addressees for t in a.subtree)


def accused_party(noun: Token, verbs: set[str], preps: frozenset[str] | set[str] = frozenset({"of"})) -> Token | None:
    """The party an accusation verb (``verbs``: `allegation_verbs` lemmas) charges with the act of the noun in its
    "of" phrase (docs/events.md rule 92a): "X accused Y of atrocities" (the phrase hung on Y or on the verb), "Y was
    accused of atrocities"; a conjunct shares its first noun's phrase ("of torture and killings"). None when the
    noun is no such act. ``preps``: the phrases that name the act (rule 98b: a court's verdict or a charge,
    "convicted Y of terrorism", "sentenced Y for espionage", "charged Y with attacks on Z")."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in preps:
        return None
    holder = noun.head.head
    if holder.pos_ == "VERB" and holder.lemma_.lower() in verbs:
        verb = holder
    elif holder.dep_ in ("dobj", "obj", "nsubjpass") and holder.head.lemma_.lower() in verbs:
        return holder
    else:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)


def arrival_verb(noun: Token, lex: TriggerLexicon) -> Token | None:
    """The motion verb whose purpose a consultation noun names ("traveled to Abu Dhabi for talks with Y",
    "arrived for talks"): the talks are held where the traveller arrives, as real as the arrival."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.dep_ != "prep":
        return None
    lemma = noun.lemma_.lower()
    if lex.nouns.get(lemma, "")[:2] != "04" and lemma not in lex.recip_nouns:
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.arrival_verbs:
        return None
    # a past arrival ("traveled", "have arrived", "will travel" keeps its modal); a bare present is often
    # a schedule ("negotiators return to Geneva this week for talks")
    return verb if verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" for c in verb.children) else None


def purpose_talks(verb: Token, lex: TriggerLexicon) -> Token | None:
    """Rule 378a: the to-infinitive purpose clause of an arrival verb (`arrival_verbs`) that holds talks with a
    partner, as a "for talks with Y" phrase does (rule 353): a consultation verb ("to meet Y", "to consult with Y")
    with its object or "with" partner, or a verb whose object is a partnered consultation noun ("to hold talks with
    Y"). None when there is no such clause."""
    if verb.lemma_.lower() not in lex.arrival_verbs:
        return None
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in clause.children
        ):
            continue
        if lex.verbs.get(clause.lemma_.lower(), "")[:2] == "04" and any(
            c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "with") for c in clause.children
        ):
            return clause
        for obj in clause.children:
            lemma = obj.lemma_.lower()
            if (
                obj.dep_ in ("dobj", "obj")
                and (lex.nouns.get(lemma, "")[:2] == "04" or lemma in lex.recip_nouns)
                and partnered(obj)
            ):
                return clause
    return None


def casualty_victim(noun: Token, casualty_verbs: set[str]) -> bool:
    """Whether ``noun`` (or the first of its conjuncts) names whom a casualty verb reports killed or hurt: the
    verb's passive subject ("peacekeepers were killed"), the subject of a verb with no object ("observers died",
    "monitors killed in Y") or its object ("a bomb killed two inspectors")."""
    while noun.dep_ == "conj" and not is_root(noun):
        noun = noun.head
    verb = noun.head
    if is_root(noun) or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in casualty_verbs:
        return False
    if noun.dep_ in ("nsubjpass", "dobj", "obj"):
        return True
    return noun.dep_ == "nsubj" and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def held_jointly(noun: Token) -> bool:
    """Whether a noun is the direct object of "hold" / "have" whose subject names two parties, a subject with a
    conjunct of its own (docs/events.md rule 195b): "Lula, Milei hold call", "A and B held a call"."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in ("hold", "have"):
        return False
    return any(c.dep_ == "conj" for s in verb.children if s.dep_ == "nsubj" for c in s.children)


def partnered(noun: Token) -> bool:
    """Whether a consultation noun names its partner: "talks with Y"."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


def asked_subject_clause(clause: Token) -> bool:
    """Whether ``clause``, a dependent of a request noun, states what is asked and of whom with a subject of its own:
    a that-clause ("its demand that Y withdraw", docs/events.md rule 45) or a "for" + subject + to-infinitive
    clause, which the parser hangs as a clause of the noun or as an adverbial one ("renewed its call for Y to release
    the journalists", rule 179b)."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
    if "that" in marks:
        return clause.dep_ in ("acl", "relcl", "ccomp")
    to_aux = any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    return "for" in marks and to_aux and clause.dep_ in ("acl", "relcl", "ccomp", "advcl")


def dated_ahead(verb: Token, words: set[str]) -> bool:
    """Whether ``verb``'s own clause (no verb between) holds a word of a time ahead (``words``, the lexicon's
    `futurate_time_words`: "next week", "tomorrow", "on Tuesday", "later this month"; docs/events.md rule 352)."""
    for tok in verb.subtree:
        if tok.lower_ not in words:
            continue
        head = tok.head
        while head.i != verb.i and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i == verb.i:
            return True
    return False


def to_infinitive_modifier(tok: Token) -> bool:
    """A to-infinitive clause modifying a noun ("readiness to mediate", "plans to meet"), also one the parser
    calls a relative clause when it has no subject or relative word of its own ("calls to lift sanctions")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ == "relcl":
        # the clause's own words only ("a place in which to meet" has its relative word in a phrase of its own): a
        # relative clause further down ("calls to lift the sanctions that it imposed on Y") is no subject of this one
        own = [*tok.children, *(g for c in tok.children if c.dep_ == "prep" for g in c.children)]
        return not any(c.dep_ in ("nsubj", "nsubjpass") or c.tag_ in ("WDT", "WP", "WRB") for c in own)
    return tok.dep_ == "acl"


def object_predicates(verb: Token) -> list[Token]:
    """What a verb says its direct object is or becomes (rule 38): its object predicate ("called Y a liar", "kept
    the envoy captive", also an adjective the parser reads as a clause of the verb), or a noun or adjective it
    hangs on the object as an apposition ("held Y's ambassador captive"); none without a direct object. A passive
    verb's subject is its object: "were held hostage by Y" has the predicate "hostage" (rule 184c)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        named = [c for c in verb.children if c.dep_ == "oprd"]
        # rule 237c: "Petro called Trump(oprd) a liar(oprd)": of two predicates, the first is the object the parser
        # missed, the rest what the verb says it is
        return named if passive else named[1:]
    predicates = [
        c
        for c in verb.children
        if c.dep_ == "oprd" or (c.dep_ in ("advcl", "xcomp", "acomp") and c.pos_ == "ADJ" and c.i > objects[0].i)
    ]
    return predicates + [a for o in objects for a in o.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "ADJ")]


def stranded_name(verb: Token, insult_words: set[str], insult_adjectives: set[str]) -> list[Token]:
    """The name a naming verb gives its object when the parser hangs it, an adjective, inside the object's phrase
    (rule 431e): as the object of a preposition or as a modifier after its noun ("called the remarks by the Indian
    army chief irresponsible", "irresponsible" the pobj of "by" or an amod of "chief"). An adjective is no
    preposition's object and rarely follows the noun it modifies; one of ``insult_words`` that ends the object's
    phrase is the name. So is a noun the parser hangs as an apposition on the object it read as the verb's only
    predicate, when it is an insult or has an insulting adjective (``insult_adjectives``: "called Britain's
    ambassador(oprd) to the United States a very stupid guy(appos)"; as rule 237c reads a first predicate with no
    direct object, the object); "called Y, a close friend," keeps its reading."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects and not any(c.dep_ == "nsubjpass" for c in verb.children):
        named = [c for c in verb.children if c.dep_ == "oprd"]
        if len(named) == 1:
            appos = [
                a
                for a in named[0].children
                if a.dep_ == "appos"
                and a.pos_ == "NOUN"
                and (
                    a.lemma_.lower() in insult_words
                    or any(m.dep_ == "amod" and m.lemma_.lower() in insult_adjectives for m in a.children)
                )
            ]
            if appos:
                return appos
    for obj in objects:
        last = max(obj.subtree, key=lambda t: t.i)
        stranded = last.dep_ == "pobj" or (last.dep_ == "amod" and last.head.i < last.i)
        if last.pos_ == "ADJ" and stranded and last.lemma_.lower() in insult_words:
            return [last]
    return []


def run_on_name(verb: Token, insult_words: set[str]) -> list[Token]:
    """The name a naming verb gives its object when the parser runs object and name into one noun phrase (rule
    240d): the direct object is a common noun with a noun modifier (``compound`` or ``nmod``) that is the real
    object, told by a determiner after that modifier ("called Trump(nmod) a friend(dobj)") or by the noun being an
    insult word after a common noun ("called the US embargo(compound) extortion(dobj)"). The direct object is then
    the name (an object predicate), the modifier what is named; none otherwise ("called the US president")."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj") or obj.pos_ != "NOUN":
            continue
        for mod in obj.children:
            if mod.dep_ not in ("compound", "nmod") or mod.pos_ not in ("NOUN", "PROPN") or mod.i > obj.i:
                continue
            split = any(d.dep_ == "det" and mod.i < d.i < obj.i for d in obj.children)
            if split or (mod.pos_ == "NOUN" and obj.lemma_.lower() in insult_words):
                return [obj]
    return []


def evidence_of_party(noun: Token) -> bool:
    """Whether an evidence noun's "of" phrase names a party by a modifier of its object ("evidence of Russian
    involvement", "proof of Iran's role"): the party is accused (rule 42), not "evidence of war crimes"."""
    return any(
        m.dep_ in ("amod", "poss", "compound") and m.ent_type_ in ("NORP", "GPE", "ORG")
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
        for m in obj.children
    )


def named_doer(noun: Token) -> bool:
    """Whether an act noun names a doer of its own (rule 127a): a possessor, an actor mention as its modifier or
    a "by" phrase ("a Russian attack", "Hamas's offensive", "the attack by Y"). Such an act is another party's,
    tried and blocked, not one the blocker would be read as doing: it is left to the other rules ("Ukraine
    thwarted a Russian attack on Kharkiv" keeps RUS -> UKR 190 as before)."""
    actors = noun.doc.spans["actors"] if "actors" in noun.doc.spans else []
    at_actor = {i for a in actors for i in range(a.start, a.end)}
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i in at_actor):
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return True
    return False


def phrasal_particles(verb: Token) -> set[str]:
    """The particles of a phrasal verb as the parse shows them (rule 161): a ``prt`` (or particle ``advmod`` /
    ``prep``) child ("tore up", "called off"), with the preposition that follows it when one does ("pulled out of",
    "walked away from", "backed out of": the preposition hung under the particle or beside it under the verb)."""
    found: set[str] = set()
    for child in verb.children:
        if child.dep_ not in ("prt", "advmod", "prep") or child.pos_ not in ("ADP", "ADV", "PART"):
            continue
        found.add(child.lower_)
        nxt = child.nbor(1) if child.i + 1 < len(child.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.head.i in (verb.i, child.i):
            found.add(f"{child.lower_} {nxt.lower_}")
    return found


def idiom_parts(verb: Token) -> set[str]:
    """The words after a verb that make it an idiom of ending (rule 242b): an adjective or adverb of manner hung on
    it ("cut short the call": "short") and a preposition with its object ("put the talks on hold": "on hold")."""
    found: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("advmod", "acomp", "oprd") and child.pos_ in ("ADJ", "ADV"):
            found.add(child.lower_)
        elif child.dep_ == "prep":
            found.update(f"{child.lower_} {g.lower_}" for g in child.children if g.dep_ == "pobj")
    return found


def particle_read_as_quantifier(tok: Token, lemma: str, phrases: dict[tuple[str, str], str]) -> Token | None:
    """The particle of a phrasal verb that the parser took for something else (rule 42): "hand over 30
    vehicles to Y" with "over" a quantifier of the number ("over 30": more than 30) in the verb's object, or
    "the EU and the UN hand over supplies" with "hand" tagged a noun that has a subject and an object of its own
    (then "over" may be its particle or that quantifier). Only a (verb, particle) pair of ``phrases`` counts."""
    if tok.i + 1 >= len(tok.doc) or tok.pos_ not in ("VERB", "NOUN"):
        return None
    particle = tok.nbor(1)
    if (lemma, particle.lower_) not in phrases:
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    quantifier = particle.dep_ == "quantmod" and particle.head.head in objects
    if tok.pos_ == "VERB":
        return particle if quantifier else None
    has_subject = any(c.dep_ == "nsubj" for c in tok.children)
    if has_subject and objects and (quantifier or (particle.dep_ == "prt" and particle.head.i == tok.i)):
        return particle
    return None


def passive_particle(verb: Token, child: Token) -> bool:
    """Whether ``child`` is a passive verb's particle that the parser hung as an adverb (rule 184c): "were handed
    back to Y by Z" ("back" an ``advmod`` right after the participle, where the active "handed back" has a ``prt``)."""
    return (
        child.dep_ == "advmod"
        and child.i == verb.i + 1
        and child.pos_ in ("ADV", "ADP", "PART")
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    )


def small_clause_predicate(verb: Token) -> Token | None:
    """An object predicate the parser reads as a verbless clause of its verb (rule 122c): "found Y guilty of
    torture" parses "Y guilty" as a ``ccomp`` adjective with "Y" its subject; "allowed UN agencies access to Y" a
    bare noun clause (rule 184b). Only a bare adjective or noun clause with a subject and no verb, copula, marker,
    auxiliary or negation of its own ("found that Y was guilty" is a finding, none), and only for a verb with no
    direct object (else :func:`object_predicates` reads it)."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("ADJ", "NOUN") or clause.i < verb.i:
            continue
        deps = {c.dep_ for c in clause.children}
        # a negated predicate is the opposite verdict ("found Y not guilty" acquits): no phrase
        if "nsubj" in deps and not deps & {"aux", "auxpass", "cop", "mark", "neg"}:
            return clause
    return None


def preposed_predicate(verb: Token) -> Token | None:
    """An object predicate written right after its verb, before the object ("let free the activists", "set free
    three fishermen"; rule 41): the next word, an adjective or adverb that the parser hangs on the verb or on the
    verb's direct object; None without a direct object."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects or verb.i + 1 >= len(verb.doc):
        return None
    word = verb.doc[verb.i + 1]
    if word in objects:
        return None  # "fishermen, held captive in Y": an adjective read as the object names no one held (rule 38)
    if word.pos_ not in ("ADJ", "ADV") and word.dep_ not in ("ccomp", "xcomp", "advmod", "acomp"):
        return None
    return word if word.head == verb or word.head in objects else None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def finite_conjunct_head(verb: Token) -> Token | None:
    """The finite verb a past or present conjunct really coordinates with when the parser hangs it on a
    to-infinitive (rule 38): in "X noted Y's willingness to take steps and urged Z to agree", "urged" is X's act,
    not a second thing Y is willing to do. None for any other verb ("aims to tighten sanctions and impose a
    blockade": a base form shares its infinitive's clause)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or is_root(verb) or head.tag_ != "VB":
        return None
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in head.children):
        return None
    cur = head
    for _ in range(5):
        if is_root(cur) or cur.dep_ not in ("acl", "xcomp", "dobj", "obj", "pobj", "prep", "advcl"):
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.tag_ in FINITE_TAGS:
            return cur
    return None


RECIPROCAL_PRONOUNS = frozenset({"each other", "one another"})


def reciprocal_object(verb: Token, phrases: Collection[str] = RECIPROCAL_PRONOUNS, deep: bool = False) -> bool:
    """``verb``'s object, or the object of one of its prepositions, is one of ``phrases`` ("each other" / "one
    another"). ``deep`` (rule 434) looks one step further: the object of a "to" recipient the parser hangs on the verb
    as a dative ("released prisoners to the other side"), of a phrase on the verb's direct object ("imposed
    sanctions on each other") and the object's possessor ("expelled each other's diplomats")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    preps = [p for p in verb.children if p.dep_ == "prep"]
    if deep:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        preps += [p for p in verb.children if p.dep_ == "dative"]
        preps += [p for o in objects for p in o.children if p.dep_ == "prep"]
        for obj in objects:  # the words before the object up to its possessor: "(one another)'s envoys"
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            words = [t for c in obj.lefts if owner is not None and c.i <= owner.i for t in c.subtree]
            if " ".join(t.lower_ for t in words if t.dep_ != "case") in phrases:
                return True
    nouns += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    if any(" ".join(t.lower_ for t in noun.subtree) in phrases for noun in nouns):
        return True
    # rule 434: the noun with its left words, a phrase after it aside ("the other side at the crossing", "accused the
    # other side of provoking ..."); not a whole named by an "of" noun ("the other side of the border" is a place)
    return deep and any(
        " ".join(t.lower_ for t in noun.doc[noun.left_edge.i : noun.i + 1]) in phrases
        and not any(c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in noun.children)
        for noun in nouns
    )


def paired_subject(verb: Token) -> bool:
    """Whether ``verb``'s subject names two parties (rule 38): conjoined ("A and B spoke"), conjoined in its "of"
    phrase ("the leaders of A and B"), or a pair word ("the two leaders", "both presidents")."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        heads = [subj] + [g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if any(c.dep_ == "conj" for h in heads for c in h.children):
            return True
        if any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in subj.children):
            return True
    return False


def charged_party(noun: Token, lex: TriggerLexicon) -> Token | None:
    """The party the act of ``noun`` is laid on by an accusation ("X accused Y of atrocities", rule 92a) or by a
    legal verb of `legal_charge_verbs` with a `legal_charge_preps` phrase (rule 98b: "a court convicted Y of
    terrorism", "Y was charged with attacks on Z", "sentenced Y for espionage"): the act is Y's, alleged; the
    accuser, court or jailer is not its doer."""
    party = accused_party(noun, lex.allegation_verbs)
    if party is None:
        party = accused_party(noun, lex.legal_charge_verbs, lex.legal_charge_preps)
    return party


def denied_part_of(verb: Token, act: Token, part_nouns: set[str]) -> bool:
    """Whether ``act`` is the act the denial verb ``verb``'s object says the denier had no part in (docs/events.md
    rule 105c): "denied any role in the attack on Y", "denied responsibility for the bombing": the act noun is the
    object of an "in" / "for" phrase on a ``part_nouns`` noun (`denied_part_nouns`) that is the verb's only direct
    object, or on the verb right after that object (where the parser may hang the phrase). A dative ("denied Israel
    a role in the talks") is a role withheld, a refusal: no."""
    prep = act.head
    if act.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "for"):
        return False
    if any(c.dep_ in ("dative", "iobj") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if len(objects) != 1 or objects[0].lemma_.lower() not in part_nouns:
        return False
    part = objects[0]
    return prep.head == part or (prep.head == verb and prep.i > part.i)


def answered_objects(
    verb: Token, preps: set[str], reference_verbs: set[str] | frozenset[str] = frozenset()
) -> list[Token]:
    """What a response verb answers (docs/events.md rule 118a): the objects of its ``preps`` phrases ("respond to
    Y's sanctions", "retaliate against Y"), with their conjuncts; with none, the "to" object of a subjectless
    participle of ``reference_verbs`` on the verb or on the speech verb whose clause it is ('"We will respond
    harshly," X said, referring to the US tariffs')."""
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found += [obj, *obj.conjuncts]
    if found or not reference_verbs:
        return found
    holders = [verb, verb.head] if verb.dep_ == "ccomp" else [verb]
    for holder in holders:
        for part in holder.children:
            if part.dep_ not in ("advcl", "xcomp") or part.lemma_.lower() not in reference_verbs:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children):
                continue  # a participle with a subject of its own is another clause
            found += answered_objects(part, {"to"})
    return found


def said_of(clause: Token, report_verbs: Collection[str]) -> list[Token]:
    """Rule 218d: the objects of the "of" phrase of the speech verb that reports ``clause`` ('"They are lying,"
    Zakharova said of the British government': the government), the party the quotation is about; none when
    ``clause`` is no clause a `report_verbs` verb reports (its ccomp, or the verb itself hung on it)."""
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.pos_ != "VERB" or speech.lemma_.lower() not in report_verbs:
        return []
    return [g for p in speech.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def set_off_participle(tok: Token) -> bool:
    """Rule 152b: whether ``tok`` heads a participial clause set off by a comma, with no subject or subordinating
    word of its own (an advcl tagged VBG right after ","): "..., leading Moldova to expel two diplomats", "ordered
    the ambassador to leave the country, accusing Paris of hostile remarks". Such a clause tells an act of its own
    beside the one before the comma (its result, or what the subject did at the same time), whatever verb the
    parser hung it on: no wrapper above it (the reduction "cut", the demand "ordered") codes the acts inside it
    (``TriggerMatcher.own_act_participle`` says where the old reading stays)."""
    edge = tok.left_edge.i
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or edge == 0 or tok.doc[edge - 1].text != ",":
        return False
    return not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children)


def consequence_predicate(verb: Token, preds: Collection[str]) -> bool:
    """Whether clause ``verb`` is on ``consequence_predicates`` (``preds``): its lemma alone ("regret", a passive
    "punish"), with its object's lemma ("pay price", "face consequence") or its adverb's ("pay dearly")."""
    lemma = verb.lemma_.lower()
    if lemma in preds:
        return True
    return any(f"{lemma} {c.lemma_.lower()}" in preds for c in verb.children if c.dep_ in ("dobj", "obj", "advmod"))
