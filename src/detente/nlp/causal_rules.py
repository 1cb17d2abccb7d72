"""Explicit causal markers over the dependency parse: connectives, subordinators, purpose and forward
adverbials, causal verbs, passives, nominal causation and means; and how a pair of spans becomes a claim.

``Extractor`` is the rule engine; the implicit clause split (``causal_implicit``) and the span tagger's
claims (``causal_tagging``) build their claims through its ``claim``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from detente.nlp.causal_hits import causal_hit
from detente.nlp.causal_implicit import before_comma_aside, implicit_claims
from detente.nlp.causal_markers import MarkerLexicon
from detente.nlp.causal_parse import (
    CLAUSE_DEPS,
    CONTENT_POS,
    NEGATING_HEADS,
    PERSONAL_PRONOUNS,
    REL_PRONOUNS,
    after_dateline,
    after_fronted,
    after_fronted_parse,
    after_heading,
    after_place_dateline,
    after_reporting,
    before_comma_relative,
    before_nested_clause,
    cause_end_cut,
    cause_of_subject,
    clause_verb,
    indirect_question,
    is_negated,
    later_event,
    modifier_side,
    nearest_subject_clause,
    noun_phrase,
    object_participle_clause,
    one_line,
    only_time_or_place,
    repeated_marker_end,
    since_counts,
    span_tokens,
    split_coordination,
    subject_of,
    subtree_range,
    trim_span,
    verb_phrase_end,
)
from detente.nlp.causal_settings import CausalSettings
from detente.nlp.causal_tagging import tagged_claims, unit_claims
from detente.nlp.extensions import doc_text, span_text
from detente.nlp.syntax import is_root, verb_lemmas


class Extractor:
    """Finds (cause, effect, polarity, signal) spans in one parsed sentence by general rules."""

    def __init__(
        self, lex: MarkerLexicon, actor_split_filter: bool = True, settings: CausalSettings | None = None
    ) -> None:
        self.lex = lex
        self.actor_split_filter = actor_split_filter
        # the switches of its rules (trims, filters, span conventions): the one ``CausalSettings``, shared with the
        # component's classifier; the defaults (every rule as before its round) when None
        self.settings = settings if settings is not None else CausalSettings()
        # first tokens of a marker repeated after "and" whose object an earlier marker's cause already covers
        self._repeats: set[int] = set()
        # ``extract(negated_clauses=True)``: a connective on a negated clause gives its pair (round 61)
        self._negated_clauses = False

    @staticmethod
    def _person(tok: Token) -> bool:
        """A named person or a personal pronoun for one: the author of an act, not a cause on a map."""
        return tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she", "him", "her")

    def is_actor(self, subj: Token) -> bool:
        """A subject naming a person, country or organisation (or a personal pronoun): with a degree
        verb it reports what an actor did, not what a situation caused."""
        if subj.lower_ in self.lex.actor_subjects or subj.lemma_.lower() in self.lex.actor_subjects:
            return True
        return subj.pos_ == "PROPN" and subj.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")

    def _person_target(self, verb: Token) -> bool:
        """Whether a verb's object, passive subject or the noun its participle describes is a person or people: a
        pronoun, a PERSON entity or a ``doer_nouns`` group. "hit" then strikes a body ("police hit the protesters",
        "he was hit by a stone"), where with a place, a trade or a service as target it damages ("the strike hit
        bank services"): markers.yml ``not_person_objects`` (round 36)."""
        targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
            targets.append(verb.head)
        # a relative "which" / "that" stands for its noun ("embassies, which were hit hard by X"); "who" for a person
        targets = [verb.head if t.tag_ == "WDT" and verb.dep_ == "relcl" else t for t in targets]
        return any(t.pos_ == "PRON" or t.ent_type_ == "PERSON" or self.is_doer(t) for t in targets)

    def _names_doer(self, tok: Token) -> bool:
        """A word naming who acts: a personal or other pronoun (not a relative one), a named person, an actor
        (``actor_subjects``, a named country, organisation or group) or a ``doer_nouns`` group (round 42)."""
        if tok.tag_ in ("WDT", "WP", "WP$"):
            return False
        return tok.pos_ == "PRON" or self._person(tok) or self.is_actor(tok) or self.is_doer(tok)

    def _threatened_act(self, kids: list[Token]) -> bool:
        """Whether a speech-infinitive verb's ("threaten") to-infinitive is the subject's own act or change ("threatened
        [to kill X]", "[to boycott the polls]", "[to spill over]"), not a causal verb of the lexicon that would make the
        subject bring about something else ("distrust that threatens [to escalate] conflicts", "threatens [to derail]
        the talks"; round 69)."""
        causal = set(self.lex.verbs) | (set(self.lex.extra_verbs) if self.settings.extra_causal_verbs else set())
        causal |= set(self.lex.redirect_verbs) if self.settings.redirect_verbs else set()
        causal |= set(self.lex.change_verbs) if self.settings.change_verbs else set()
        infinitives = [c for c in kids if _to_infinitive(c)]
        return bool(infinitives) and all(c.lemma_.lower() not in causal for c in infinitives)

    def plans(self, verb: Token) -> bool:
        """Whether ``verb`` is a verb of intent (markers.yml ``intent_verbs``, round 72) with a to-infinitive, read
        where ``planned_acts`` is on (round 80): "it plans [to raise] fuel subsidies", "has pledged [to raise] the
        wage" tell of an act not yet done, so neither the infinitive's causal verb nor a split of the subject from the
        plan is a cause at work."""
        return (
            self.settings.planned_acts
            and self.known_verb(verb, self.lex.intent_verbs)
            and any(c.dep_ == "xcomp" and _to_infinitive(c) for c in verb.children)
        )

    def known_verb(self, verb: Token, words: set[str]) -> bool:
        """Whether ``verb`` is one of ``words`` (``intent_verbs``, ``complement_verbs``) by its lemma; with
        ``intent_forms`` (round 81) by its inflected form too ("hopes", which the lemmatizer reads as "hop"), and a
        verb of aiming (``aim_verbs``: "aims to", "is seeking to") is one of them where its subject names who acts
        ("The agency aims to increase ...": a pronoun, a person, an actor, a ``doer_nouns`` group or an
        ``actor_nouns`` institution); a thing's aim ("US sanctions aim to push back against X", "The new law aims to
        reduce plastic waste") is the effect it is put in place for, read as before."""
        if not self.settings.intent_forms:
            return verb.lemma_.lower() in words
        lemmas = verb_lemmas(verb)
        if lemmas & words:
            return True
        subj = subject_of(verb)
        return (
            bool(lemmas & self.lex.aim_verbs)
            and subj is not None
            and (self._names_doer(subj) or self._actor_noun(subj))
        )

    def _actor_noun(self, subj: Token) -> bool:
        """A subject whose head noun names an institution or a market actor ("Indian refiners", "European buyers",
        "the central bank", "the authorities"; markers.yml ``actor_nouns``), read where ``actor_noun_subjects`` is on
        (round 70): with a verb that is not ``agent`` it reports what the actor did."""
        return (
            self.settings.actor_noun_subjects
            and subj.pos_ == "NOUN"
            and (subj.lower_ in self.lex.actor_nouns or subj.lemma_.lower() in self.lex.actor_nouns)
        )

    @staticmethod
    def _redirect_subject(verb: Token) -> bool:
        """Whether a verb of redirection (markers.yml ``redirect_verbs``; round 71) has a subject of its own that is a
        noun ("Western sanctions diverted Russian trade", "The war has redirected investment"), not a pronoun ("he was
        diverting traffic"), a participle adjunct's clause ("..., diverting traffic to other routes") or the verb it
        completes ("only helps to divert attention"): it is mostly a doer's act, which the actor checks read only on
        a noun subject."""
        if verb.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp"):
            return False
        subj = subject_of(verb)
        return subj is not None and subj.dep_ == "nsubj" and subj.pos_ in ("NOUN", "PROPN")

    def is_doer(self, subj: Token) -> bool:
        """A subject naming a group of people ("protesters", "the striking workers", "a group of advocates";
        ``doer_nouns`` in markers.yml): with a verb that is not ``agent`` it reports what they did."""
        return subj.pos_ in ("NOUN", "PROPN", "PRON") and (
            subj.lower_ in self.lex.doer_nouns or subj.lemma_.lower() in self.lex.doer_nouns
        )

    def blocked(self, sent: Span) -> bool:
        """True when the sentence denies or concedes rather than asserts causation: a concessive
        marker ("despite X, Y") or a causal marker under negation ("did not break down due to X").
        Such a sentence gets no clause-split claim; only an explicit, non-negated marker can speak.
        A question ("do you want to keep fighting, or ...?") asks, it asserts nothing, and "not only A but
        also B" adds B to A: blocked too."""
        return bool(self.block_reasons(sent))

    def block_reasons(self, sent: Span) -> set[str]:
        """Why ``blocked``: "question", "not only", "concessive", "negated" (a causal marker or verb under negation:
        "not due to X", "did not cause Y"), "negated connective" (a connective on a clause negated with a modal: "could
        not pass because of X") or "negated clause" (a subordinate reason of a negated clause: "the toll could not be
        ascertained as the injured had gone into hiding"); empty: not blocked."""
        lex = self.lex
        if span_text(sent).rstrip().rstrip("\"'\u201d\u2019)").endswith("?"):
            return {"question"}
        tokens = list(sent)  # one Token object per token, read twice below
        words = [t.lower_ for t in tokens]
        if any(w == "only" and words[i - 1] == "not" for i, w in enumerate(words) if i) and "also" in words:
            return {"not only"}  # "X is not only buying A, but also reselling B": adds, it does not explain
        reasons: set[str] = set()
        for i, tok in enumerate(tokens):
            w = words[i]
            if w in lex.concessive and MarkerLexicon.match(lex.concessive, words, i):
                reasons.add("concessive")
            if w in lex.connectives and MarkerLexicon.match(lex.connectives, words, i):
                verb = clause_verb(tok.head if tok.head != tok else tok, sent)
                if i > 0 and words[i - 1] in ("not", "n't"):
                    reasons.add("negated")  # "not due to X": the reason itself denied
                elif is_negated(verb) and (
                    any(c.tag_ == "MD" for c in verb.children)
                    or (self.settings.negated_lack_connectives and self._lack_reason(tokens, words, i))
                ):
                    # "the vehicle could not pass | because of the rally": the reason of an act made impossible,
                    # which the sure-sentence reading may unblock (``negated_connective_unblock``, round 61)
                    reasons.add("negated connective")
                elif is_negated(verb):
                    # "did not break down due to X": as often the reason denied (X was not why) as a cause
                    reasons.add("negated")
            if w in lex.subordinators and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
                if is_negated(tok.head.head):
                    reasons.add("negated clause")  # "X could not be found as Y": the negation is X's
            if tok.pos_ == "VERB" and tok.lemma_ in lex.verbs and is_negated(tok):
                reasons.add("negated")
        return reasons

    def _lack_reason(self, tokens: list[Token], words: list[str], i: int) -> bool:
        """Whether the connective at ``i`` names a lack as its reason ("due to | lack of witnesses", "because of the
        absence of X": markers.yml `lack_nouns`, its first noun after at most a determiner or two adjectives): the
        reason a thing did not happen, not a reason denied (``negated_lack_connectives``, round 62)."""
        phrase = MarkerLexicon.match(self.lex.connectives, words, i)
        j = i + (len(phrase) if phrase else 1)
        for tok in tokens[j : j + 3]:
            if tok.pos_ in ("NOUN", "PROPN"):
                return tok.lower_ in self.lex.lack_nouns or tok.lemma_.lower() in self.lex.lack_nouns
            if tok.tag_ not in ("DT", "JJ", "PRP$", "HYPH"):
                return False
        return False

    def extract(self, sent: Span, negated_clauses: bool = False) -> list[dict[str, Any]]:
        """The explicit-marker claims of ``sent``. ``negated_clauses``: a connective on a negated clause ("the vehicle
        could not pass | because of the rally") gives its pair too, the negated event its effect; the extractor asks
        for it only for a sure sentence that only such a connective blocked (``negated_connective_unblock``)."""
        self._negated_clauses = negated_clauses
        try:
            return self._extract(sent)
        finally:
            self._negated_clauses = False

    def _extract(self, sent: Span) -> list[dict[str, Any]]:
        lex = self.lex
        tokens = list(sent)  # one Token object per token, read twice below (speed3, session 23)
        words = [t.lower_ for t in tokens]
        found: list[dict[str, Any]] = []
        self._repeats = set()
        for i, tok in enumerate(tokens):
            w = words[i]
            # the token's attributes read once: each read is a vocabulary lookup, several rules below test them
            pos, dep, lemma_ = tok.pos_, tok.dep_, tok.lemma_
            if tok.i in self._repeats:
                continue  # "against X and also [against] Y": one cause with the first marker's claim (round 32)
            if w in lex.connectives:
                phrase = MarkerLexicon.match(lex.connectives, words, i)
                if phrase and phrase not in lex.scene_connectives and not _participle_given(tok, phrase):
                    self._connective(sent, i, len(phrase), found)
                    continue
            if w in lex.purpose:
                phrase = MarkerLexicon.match(lex.purpose, words, i)
                if phrase:
                    self._purpose(sent, i, len(phrase), found)
                    continue
            if w in lex.forward:
                phrase = MarkerLexicon.match(lex.forward, words, i)
                if phrase and (
                    w != "so"
                    or (
                        i > 0
                        and words[i - 1] in (",", ";")
                        and i + 1 < len(words)
                        and words[i + 1] not in ("that", "far")
                    )
                ):
                    self._forward(sent, i, len(phrase), found)
                    continue
            if w in lex.subordinators and dep == "mark" and tok.head.dep_ == "advcl":
                if not since_counts(tok, lex.since_count_words):  # "the largest X since Y began": time (round 38)
                    self._subordinate(sent, tok, found)
                continue
            if w in lex.conditionals and dep == "mark" and tok.head.dep_ == "advcl" and _modal_condition(tok):
                self._conditional(sent, tok, found)
                continue
            if w == "citing" and dep == "advcl" and (tok.i > tok.head.i or self._fronted_citing(sent, tok)):
                self._citing(sent, tok, found)
                continue
            if w == "for" and dep == "prep" and any(c.lemma_ == "reason" for c in self._objects(tok)):
                self._connective(sent, i, 1, found)  # "Y happened for two reasons", "called off for security reasons"
                continue
            if w == "by" and dep == "prep" and all(t.is_punct or t.pos_ == "ADV" for t in sent[:i]):
                n = len(found)
                self._by_doing(sent, tok, found)  # "By hosting X, the president extends Y": X -> the main clause
                if len(found) > n:
                    continue
            if w == "without" and dep == "prep" and all(t.is_punct or t.pos_ == "ADV" for t in sent[:i]):
                self._without(sent, tok, found)
                continue
            if (
                w in lex.absolute_preps
                and dep == "prep"
                # at the sentence's start, or right after a dateline ("CHENNAI : With the strike entering ...")
                and (all(t.is_punct or t.pos_ == "ADV" for t in sent[:i]) or words[i - 1] in (":", "—", "–", "--"))
            ):
                n = len(found)
                self._with_absolute(sent, tok, found)  # "With talks at an impasse, X imposed Y" (round 38)
                if len(found) > n:
                    continue
            if pos in ("NOUN", "ADJ", "VERB") and w in lex.emotion_words:
                n = len(found)
                self._emotion(sent, tok, found)  # "frustration at X": a second claim beside the sentence's others
                for claim in found[n:]:
                    claim["feeling"] = True
            if w in lex.sequence_preps and dep == "prep":
                n = len(found)
                self._sequence_prep(sent, tok, found)  # "Y happened following X": X -> Y (round 34)
                if len(found) > n:
                    continue
            if pos == "VERB" and lemma_.lower() in lex.sequence_verbs:
                self._sequence_verb(sent, tok, found)  # "X followed Y": Y -> X (round 34)
                continue
            if pos == "VERB" and lemma_ in lex.verbs:
                self._verb(sent, tok, lex.verbs[lemma_], found)
            elif pos == "VERB" and self.settings.extra_causal_verbs and lemma_ in lex.extra_verbs:
                self._verb(sent, tok, lex.extra_verbs[lemma_], found)  # "controls have slowed X" (round 68)
            elif (
                pos == "VERB"
                and self.settings.redirect_verbs
                and lemma_ in lex.redirect_verbs
                and self._redirect_subject(tok)  # not "he was diverting traffic", "helps to divert attention"
            ):
                n = len(found)
                self._verb(sent, tok, lex.redirect_verbs[lemma_], found)  # "sanctions diverted trade" (round 71)
                for claim in found[n:]:
                    claim["strong"] = True  # a verb the CNC-trained scorer rarely saw with a cause as its subject
            elif (
                pos == "VERB"
                and self.settings.change_verbs
                and lemma_ in lex.change_verbs
                and _change_verb_reads(tok, lex.change_verbs[lemma_])  # not "a widening gap", "dragged away"
            ):
                self._verb(sent, tok, lex.change_verbs[lemma_], found)  # "lower revenue widened the deficit" (round 73)
            elif (
                pos == "VERB"
                and self.settings.leave_result_verbs
                and lemma_ in lex.leave_result_verbs
                and _leaves_in_state(tok)  # not "left the meeting", "left the children at home"
            ):
                n = len(found)
                self._verb(sent, tok, lex.leave_result_verbs[lemma_], found)  # "the clash left 3 injured" (round 74)
                for claim in found[n:]:
                    _verb_into_effect(sent, tok, claim)  # "left three students injured", as CNC marks it
            elif pos == "NOUN" and lemma_.lower() in lex.obstacle_nouns:
                self._obstacle_noun(sent, tok, found)  # an explicit marker: not ``strong`` (the scorer decides)
            elif pos == "NOUN":
                lemma = lemma_.lower()
                n = len(found)
                if lemma in lex.result_nouns:
                    self._result_noun(sent, tok, found)
                elif lemma in lex.cause_nouns:
                    self._cause_noun(sent, tok, found)
                elif lemma in lex.impact_nouns:
                    self._impact_noun(sent, tok, found)
                for claim in found[n:]:
                    claim["strong"] = True
            elif w in lex.means_preps and dep == "prep" and tok.head.lemma_ in lex.means_verbs:
                n = len(found)
                self._means(sent, tok, found)
                for claim in found[n:]:
                    claim["strong"] = True
        feelings = [claim.pop("feeling", False) for claim in found]
        if all(feelings):
            # a feeling's cause only beside another claim: alone ("expressed outrage at the language used"),
            # CNC calls the sentence not causal (2 of 3 such CNC train sentences)
            return []
        return _unnested(found, doc_text(sent.doc))

    # nominal causation: "Y was the result of X", "the catalyst of Y was X", "X's impact on Y"

    @staticmethod
    def _copula(noun: Token) -> Token | None:
        """The "be" a predicate noun hangs from ("Y was [not A but] the result of X"), if any."""
        cur = noun
        while cur.dep_ == "conj" and cur.head != cur:
            cur = cur.head
        if cur.lemma_ == "be":
            return cur
        if cur.dep_ in ("attr", "acomp") and cur.head.lemma_ == "be":
            return cur.head
        return None

    @staticmethod
    def _objects(prep: Token) -> list[Token]:
        return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]

    def _result_noun(self, sent: Span, noun: Token, found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        ofs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        if not ofs:
            return
        ofs += [c for c in ofs[0].children if c.dep_ in ("conj", "prep") and c.lower_ == "of"]
        be = self._copula(noun)
        if be is not None:
            ofs += [c for c in be.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i]
            subj = subject_of(be)
            if subj is None:
                return
            effect = span_tokens(doc, *cause_of_subject(subj))
            negs = [c for c in be.children if c.dep_ == "neg"]
            if negs:  # "not the result of A but of B": only what follows the "but" is asserted
                buts = [t.i for t in sent if t.lower_ in ("but", "rather") and t.i > negs[0].i]
                if not any(b < noun.i for b in buts):
                    ofs = [o for o in ofs if any(noun.i < b < o.i for b in buts)]
        elif noun.dep_ == "appos":  # "Y, a consequence of X"
            effect = span_tokens(doc, *noun_phrase(noun.head))
        else:
            return
        for of in dict.fromkeys(ofs):
            for obj in self._objects(of)[:1]:
                cause = span_tokens(doc, *subtree_range(obj))
                self.claim(found, sent, cause, effect, [noun, of], "+", be)

    def _cause_noun(self, sent: Span, noun: Token, found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        targets = [
            o
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "behind")
            for o in self._objects(c)
        ]
        if not targets:
            return  # "the catalyst was X": of what is not said in the sentence
        effect = span_tokens(doc, *noun_phrase(targets[0]))
        be = self._copula(noun)
        if noun.dep_ == "nsubj":  # "the source of Y was X" / "the catalyst for Y appears to be X"
            verb = noun.head
            if verb.lemma_ != "be":
                verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be"), verb)
            attrs = [c for c in verb.children if c.dep_ in ("attr", "acomp") and c.i > noun.i]
            if verb.lemma_ != "be" or not attrs or is_negated(verb) or is_negated(noun.head):
                return
            cause = span_tokens(doc, *noun_phrase(attrs[0]))
            self.claim(found, sent, cause, effect, [noun], "+", noun.head)
        elif be is not None and not is_negated(be):  # "X is the main source of Y"
            subj = subject_of(be)
            if subj is not None and not self._person(subj):  # "he was the source of the leak": a person
                self.claim(found, sent, span_tokens(doc, *cause_of_subject(subj)), effect, [noun], "+", be)

    def _impact_noun(self, sent: Span, noun: Token, found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        ons = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for o in self._objects(c)]
        if not ons:
            return
        effect = span_tokens(doc, *noun_phrase(ons[0]))
        poss = [c for c in noun.children if c.dep_ == "poss"]
        ofs = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in self._objects(c)]
        if poss and poss[0].lower_ not in self.lex.pronouns:
            cause = span_tokens(doc, *subtree_range(poss[0]))
            if cause and cause[-1].tag_ == "POS":
                cause = cause[:-1]
        elif ofs:
            cause = span_tokens(doc, *noun_phrase(ofs[0]))
        elif noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "exert", "produce", "make"):
            if is_negated(noun.head):
                return
            subj = subject_of(noun.head)
            if subj is None:
                return
            cause = span_tokens(doc, *cause_of_subject(subj))
        else:
            return
        polarity = (
            "-" if any(c.lower_ in ("negative", "adverse", "damaging", "detrimental") for c in noun.children) else "+"
        )
        self.claim(found, sent, cause, effect, [noun], polarity, noun.head)

    def _obstacle_noun(self, sent: Span, noun: Token, found: list[dict[str, Any]]) -> None:
        """ "X is a key barrier to Y", "X remains an obstacle to Y", "officials cited X as the main hurdle to Y": X
        stands in the way of Y (polarity -). The cause is the copula's subject or the object of the verb "as"
        hangs from; a person is whom Y is blocked by, not a cause, and a negated copula or verb states nothing."""
        doc = sent.doc
        tos = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for o in self._objects(c)]
        if not tos:
            return
        effect = span_tokens(doc, *noun_phrase(tos[0]))
        be = self._copula(noun)
        if be is None and noun.dep_ in ("attr", "oprd") and noun.head.lemma_ in ("remain", "become"):
            be = noun.head  # "X remains a barrier to Y"
        if be is not None:
            subj = subject_of(be)
            if subj is None or is_negated(be):
                return
            cause, anchor = span_tokens(doc, *cause_of_subject(subj)), be
        elif noun.dep_ == "pobj" and noun.head.lower_ == "as":
            as_ = noun.head  # "cited X as a barrier to Y": "as" on the verb or on its object
            anchor = as_.head if as_.head.pos_ == "VERB" else as_.head.head
            objs = [as_.head] if as_.head.dep_ == "dobj" else [c for c in anchor.children if c.dep_ == "dobj"]
            if anchor.pos_ != "VERB" or not objs or objs[0].i > as_.i or is_negated(anchor):
                return
            subj = objs[0]
            start, end = noun_phrase(subj)
            cause = span_tokens(doc, start, min(end, as_.i))
        else:
            return
        if self._person(subj) or (self.actor_split_filter and self.is_actor(subj)):
            return
        self.claim(found, sent, cause, effect, [noun], "-", anchor)

    def _emotion(self, sent: Span, word: Token, found: list[dict[str, Any]]) -> None:
        """ "frustration at being left out of talks", "anger over the tariff increase", "angry about the ban":
        the feeling's "at/over/about" phrase is its cause, the feeling (with its modifiers) the effect. The
        phrase may hang on the verb whose object the feeling is ("expressed frustration at X"). A person,
        country or organisation alone ("angry at Washington") is whom the feeling is aimed at, not a cause;
        a negated feeling ("not angry about X") states none."""
        doc = sent.doc
        preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in self.lex.emotion_preps]
        if not preps and word.dep_ == "dobj":
            preps = [
                c
                for c in word.head.children
                if c.dep_ == "prep" and c.lower_ in self.lex.emotion_preps and c.i == word.right_edge.i + 1
            ]
        if not preps or is_negated(word) or (word.dep_ in ("acomp", "dobj", "attr") and is_negated(word.head)):
            return
        objs = self._objects(preps[0])
        if not objs:
            return
        obj = objs[0]
        bare = obj.n_lefts + obj.n_rights == 0 or all(c.dep_ == "det" for c in obj.children)
        if (bare and (obj.pos_ in ("PRON", "PROPN") or self.is_actor(obj))) or obj.ent_type_ in ("DATE", "TIME"):
            return  # "angry at him", "anger at the police": the target of the feeling; "last week": a time
        cause = span_tokens(doc, *subtree_range(obj)) if obj.tag_ == "VBG" or obj.dep_ == "pcomp" else None
        if cause is None:
            cause = span_tokens(doc, preps[0].i + 1, preps[0].right_edge.i + 1)
        start = word.i
        while start - 1 >= sent.start and doc[start - 1].dep_ in ("amod", "det", "compound", "advmod", "poss"):
            if doc[start - 1].head.i != word.i:
                break
            start -= 1
        effect = trim_span(list(doc[start : word.i + 1]))
        self.claim(found, sent, cause, effect, [preps[0]], "+", word.head if word.dep_ != "ROOT" else word)

    def _means(self, sent: Span, prep: Token, found: list[dict[str, Any]]) -> None:
        """ "Y can only be achieved through X": X brings about the goal."""
        doc = sent.doc
        verb = prep.head
        objs = self._objects(prep)
        if not objs or is_negated(verb):
            return
        if objs[0].like_num or objs[0].ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL"):
            return  # "raised tariffs by 10%": an amount, not a means
        patient = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        if not patient:
            return
        cause = _before_aside(span_tokens(doc, *noun_phrase(objs[0])))
        effect = span_tokens(doc, *noun_phrase(patient[0]))
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if self.settings.means_clause_effects and subj is not None and verb.i < prep.i:
            # "Trump intensified pressure on Russia | by imposing sanctions": the act a subject performs by the means
            # is the clause, from its subject on, as CNC marks "They blocked the road | by cutting down trees"; a
            # passive ("peace can be achieved through X") or an infinitive keeps what is achieved (round 47)
            p0, _ = subtree_range(prep)
            clause = span_tokens(doc, subj.left_edge.i, min(subtree_range(verb)[1], p0))
            if len(clause) > len(effect):
                effect = clause
        polarity = str(self.lex.verbs.get(verb.lemma_, {}).get("polarity", "+"))  # "reduce X through Y": −
        self.claim(found, sent, cause, effect, [prep], polarity, verb)

    # each rule appends dicts with token index ranges; offsets are made in one place (_claim)

    def _resolve(self, toks: list[Token], sent: Span) -> tuple[list[Token], bool]:
        """A bare personal pronoun ("it", "they") becomes the last noun subject before it (same
        sentence, else the previous one); a demonstrative ("this", "which") is left as is and the
        claim marked unresolved, since it usually points at a whole event."""
        alpha = [t for t in toks if t.is_alpha]
        if not alpha or any(t.lower_ not in self.lex.pronouns for t in alpha):
            return toks, True
        if len(alpha) > 1 or alpha[0].lower_ not in PERSONAL_PRONOUNS:
            return toks, False
        pron = alpha[0]
        if pron.head.lemma_ == "be" and pron.lower_ == "it":
            return toks, False  # "it was X that...", "it is clear that...": no referent
        plural = pron.lower_ in ("they", "them", "their")
        person = pron.lower_ in ("he", "she")
        doc = sent.doc

        def fits(t: Token) -> bool:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN"):
                return False
            if person != (t.ent_type_ == "PERSON"):
                return False
            many = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
            return many == plural

        same = [t for t in doc[sent.start : pron.i] if fits(t)]
        if not same and sent.start > 0:
            prev = doc[sent.start - 1].sent
            subj = subject_of(prev.root) if prev.root.pos_ in ("VERB", "AUX") else None
            same = [subj] if subj is not None and fits(subj) else [t for t in prev if fits(t)]
        if not same:
            return toks, False
        return span_tokens(doc, *noun_phrase(same[-1])), True

    def claim(
        self,
        found: list[dict[str, Any]],
        sent: Span,
        cause: list[Token],
        effect: list[Token],
        signal: list[Token],
        polarity: str,
        anchor: Token | None = None,
        split: bool = True,
    ) -> None:
        """Record a claim, one per conjunct when the cause or effect coordinates heavy phrases ("Russia's
        annexation of Crimea and interventions in Syria reignited tensions" states two causes; "sanctions and
        military alliances" stays one; an effect's coordinated clauses only with ``split_clause_effects``, round
        37); ``split`` False takes the spans as given."""
        if not cause or not effect:
            return
        if split:
            whole_cause = not self.settings.split_clause_causes and _clause_head(cause)
            for c in [cause] if whole_cause else split_coordination(cause):
                whole = not self.settings.split_clause_effects and _clause_head(effect)
                for e in [effect] if whole else split_coordination(effect):
                    self.claim(found, sent, c, e, signal, polarity, anchor, split=False)
            return
        cause, effect = _in_unit(cause, sent, signal), _in_unit(effect, sent, signal)
        if not cause or not effect:
            return
        if self.settings.conjunct_effect_subjects:
            effect = _shared_subject_start(effect, cause, sent)
        if "effect" in self.settings.own_subject_sides:
            effect = _own_subject_start(effect, cause, sent)
        if "cause" in self.settings.own_subject_sides:
            cause = _own_subject_start(cause, effect, sent)
        if not any(t.pos_ in CONTENT_POS for t in cause) or not any(t.pos_ in CONTENT_POS for t in effect):
            return  # a lone determiner or particle is a parse accident, not a cause
        if any(len(part) == 1 and part[0].lower_ in _WH_WORDS for part in (cause, effect)):
            return  # "what [appears to be X]": a question word stands for nothing the sentence names
        cause = one_line(cause, cause[0].i < signal[0].i)
        effect = one_line(effect, effect[0].i < signal[0].i)
        if self.settings.trim_headings:
            cause, effect = after_heading(cause), after_heading(effect)
        if self.settings.trim_datelines:
            cause, effect = after_dateline(cause), after_dateline(effect)
        if self.settings.trim_place_datelines:
            cause, effect = after_place_dateline(cause), after_place_dateline(effect)
        if self.settings.trim_reports:
            # effects only: a statement can be what caused something ("leaders declared that they would go on"
            # made their intentions clear), while an effect is what happened, not who told of it
            effect = after_reporting(effect, self.lex.reporting_verbs)
        if self.settings.trim_fronted:
            effect = after_fronted(effect)
        if self.settings.trim_fronted_parse:
            effect = after_fronted_parse(effect)
        if self.settings.cause_end_trim:
            cause = self._cause_end(cause)
        if (
            self.settings.subordinate_cause_relatives
            and len(signal) == 1
            and signal[0].lower_ in self.lex.subordinators
        ):
            # "Y as X, who ...": the subordinate clause's cause ends before a comma's relative clause (round 46)
            cause = before_comma_relative(cause, self.lex.cause_end_stops.get("relative", set()))
        if not cause or not effect:
            return
        if not any(t.is_alpha for t in cause) or not any(t.is_alpha for t in effect):
            return
        if self.settings.no_time_place_sides and (only_time_or_place(cause) or only_time_or_place(effect)):
            return  # "on Tuesday" -> X: when or where a thing happened is neither its cause nor its effect
        if self.settings.no_modifier_sides and modifier_side(cause, effect):
            return  # "hard this year" -> "X hit Y": a modifier of the effect's clause is not its cause
        if later_event(cause, self.lex.later_event_marks):
            return  # "X before | Y": Y happens after X, so it is not X's cause (round 28)
        if self.settings.no_question_sides and (indirect_question(cause) or indirect_question(effect)):
            return  # "asked | if he had decided": a question asked is neither a cause nor an effect (round 28)
        if self._speech_occasion(cause):
            return  # "Posting on his X account | he said Y": where or how a thing was said is no cause (round 38)
        c0, c1 = cause[0].idx, cause[-1].idx + len(cause[-1].text)
        e0, e1 = effect[0].idx, effect[-1].idx + len(effect[-1].text)
        if c0 < e1 and e0 < c1:  # overlapping spans are not a cause and an effect
            return
        head = effect[0]
        for t in effect:
            if t.head.i < effect[0].i or t.head.i > effect[-1].i or t.head == t:
                head = t
                break
        if head.lemma_ in self.lex.decrease_nouns:
            polarity = "-" if polarity == "+" else "+"
        lo = min(cause[0].i, effect[0].i, signal[0].i)
        hi = max(cause[-1].i, effect[-1].i, signal[-1].i)
        hedged = any(sent.doc[j].lower_ in self.lex.hedges for j in range(lo, hi + 1))
        if anchor is not None and not hedged:
            hedged = any(c.dep_ == "aux" and c.lower_ in self.lex.hedges for c in anchor.children)
        doc = sent.doc
        cause, c_ok = self._resolve(cause, sent)
        effect, e_ok = self._resolve(effect, sent)
        if not cause or not effect:
            return
        c0, c1 = cause[0].idx, cause[-1].idx + len(cause[-1].text)
        e0, e1 = effect[0].idx, effect[-1].idx + len(effect[-1].text)
        if c0 < e1 and e0 < c1:
            return
        found.append(
            causal_hit(
                # token spans, not doc.text (rebuilt from every token on each access: quadratic in doc length)
                doc[cause[0].i : cause[-1].i + 1].text,
                doc[effect[0].i : effect[-1].i + 1].text,
                polarity,
                hedged,
                " ".join(t.text for t in signal),
                (sent.start_char, sent.end_char),
                (c0, c1),
                (e0, e1),
                resolved=c_ok and e_ok,
            )
        )

    def _connective(self, sent: Span, i: int, n: int, found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        first, last = sent[i], sent[i + n - 1]
        signal = [sent[j] for j in range(i, i + n)]
        if last.i + 1 < sent.end and self._which_relative(sent, signal, doc[last.i + 1], found):
            return
        objs = [c for c in last.children if c.dep_ in ("pobj", "pcomp")]
        if objs:
            c0, c1 = subtree_range(objs[0])
        else:  # to the end of the clause
            c0 = last.i + 1
            c1 = c0
            while c1 < sent.end and doc[c1].text not in (",", ";", ".", ":"):
                c1 += 1
        # "due to X and due to Y": one cause over both conjuncts, as CNC annotates it; the repeat claims nothing
        repeat = next((r for j in range(c0, c1 + 1) if (r := repeated_marker_end(signal, j)) is not None), None)
        if repeat is not None:
            self._repeats.add(repeat[0])
            c1 = max(c1, repeat[1])
        cause = span_tokens(doc, c0, c1)
        verb = clause_verb(first.head if first.head != first else first, sent)
        if (is_negated(verb) and not self._negated_clauses) or (i > 0 and sent[i - 1].lower_ in ("not", "n't")):
            return
        verb = _main_of_adjunct(
            verb,
            first,
            self.settings.passive_infinitive_adjuncts,
            self.settings.object_participle_adjuncts,
            self.settings.marker_conjunct_participles,
        )
        if verb.dep_ in ("acomp", "oprd") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
            verb = verb.head  # "The road remains closed [due to X]": the clause of "remains", not the bare "closed"
        v0, v1 = subtree_range(verb)
        skip = set(range(first.i, c1))
        if first.i > v0 + 1:  # "Y happened because of X": effect before the marker
            subj = subject_of(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and v0 < subj.left_edge.i < verb.i:
                v0 = subj.left_edge.i  # drop fronted adjuncts ("However, instead of solidifying, ...")
            effect = span_tokens(doc, v0, first.i, skip)
            for k, t in enumerate(effect):  # "... unraveled - not due to A, but because of B"
                if t.i > verb.i and (t.text in ("—", "–", "--", ";") or t.lower_ in ("not", "but")):
                    effect = trim_span(effect[:k])
                    break
        else:  # "Because of X, Y"
            effect = span_tokens(doc, max(c1, v0), v1, skip)
            if not effect:
                effect = span_tokens(doc, c1, sent.end)
        while effect and effect[-1].pos_ == "AUX" and effect[-1].lemma_ == "be":
            effect = effect[:-1]  # "The move is [in reprisal for X]": the move is the effect
        self.claim(found, sent, _without_attribution(cause, self.lex.reporting_verbs), effect, signal, "+", verb)

    def _which_relative(self, sent: Span, marker: list[Token], rel: Token, found: list[dict[str, Any]]) -> bool:
        """ "X happened, due to which / following which / as a result of which Y": the marker's object is the
        relative pronoun, so the cause is the clause before the marker that "which" stands for and the effect the
        clause after "which" (CNC train: 4 of 4 such causal sentences; the marker's own object, "which", names
        nothing, and the tagger read two of them the other way round). ``which_relative_causes`` (round 46); True
        when it made the claim."""
        if not self.settings.which_relative_causes or rel.lower_ != "which" or rel.i != marker[-1].i + 1:
            return False
        if marker[0].i == sent.start:
            return False
        doc = sent.doc
        # the parse hangs "which" on the marker or on a word of it, and the marker on the relative's verb or on the
        # clause before (it varies). The effect: from "which" to the end of the first verb after it that heads its
        # own stretch (its head before "which", or the root), which ends before a closing attribution ('", he said')
        verb = next(
            (
                t
                for t in sent[rel.i + 1 - sent.start :]
                if t.pos_ in ("VERB", "AUX") and (t.head == t or t.head.i < rel.i)
            ),
            None,
        )
        if verb is None:
            return False
        end = verb.right_edge.i + 1
        said = next((t for t in doc[verb.i + 1 : end] if t.lemma_ in self.lex.reporting_verbs), None)
        if said is not None:
            end = next((t.i for t in doc[verb.i + 1 : said.i] if t.text in (",", '"', "”")), end)
        effect = span_tokens(doc, rel.i + 1, end)
        # the cause: the clause of the word before the marker, up to the marker, over its infinitives and
        # prepositional phrases to the clause's finite verb ("boats had stopped | venturing into the sea from May 13"),
        # not over a reported clause's frame ("assured the House that | he would act": CNC's cause is the act)
        host = doc[marker[0].i - 1]
        while host.head != host and host.head.i < marker[0].i and host.dep_ not in ("ccomp", "relcl", "advcl", "conj"):
            host = host.head
        cause = span_tokens(doc, host.left_edge.i, marker[0].i)
        self.claim(found, sent, cause, effect, [*marker, rel], "+", verb, split=False)
        return True

    def _subordinate(self, sent: Span, mark: Token, found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        advcl = mark.head
        main = advcl.head
        if is_negated(main) and (not self.settings.negated_main_reasons or _denied_reason(mark)):
            return
        if mark.lower_ == "as" and advcl.lemma_ in self.lex.reporting_verbs:
            return  # "as I mentioned", "as expected": a comment, not a reason
        if mark.lower_ == "as" and _comparative_as(mark):
            return  # "as crazy as it sounds", "..., as are our partners": a comparison, not a reason
        if mark.lower_ == "since" and _temporal_since(mark, advcl, main):
            return  # "the first since the invasion began", "has grown since X in 2022": a starting point in time
        if main.dep_ in ("acomp", "oprd") and main.head.pos_ in ("VERB", "AUX"):
            main = main.head  # "the port stayed shut as X": the clause of "stayed", not the bare "shut"
        main = _finite_clause(main)
        joined = False
        if self.settings.whole_clause:
            whole = _whole_clause(main, advcl)
            joined = whole != main and main.dep_ == "conj" and main.head == whole
            main = whole
        a0, a1 = subtree_range(advcl)
        cause = span_tokens(doc, mark.i + 1, before_nested_clause(advcl, a1))
        m0, m1 = subtree_range(main)
        skip = set(range(a0, a1))
        effect = span_tokens(doc, m0, m1, skip) if a0 > m0 else span_tokens(doc, a1, m1)
        if len(effect) > 2 and effect[0].pos_ == "ADP" and effect[1].lower_ in ("which", "whom"):
            effect = effect[2:]  # "[during which] the administration appeared reticent": the clause itself
        if (
            joined and self.settings.join_conjoined
        ):  # conjoined clauses a trailing reason explains together stay one effect
            for c in split_coordination(cause):
                self.claim(found, sent, c, effect, [mark], "+", main, split=False)
            return
        self.claim(found, sent, cause, effect, [mark], "+", main)

    def _conditional(self, sent: Span, mark: Token, found: list[dict[str, Any]]) -> None:
        """ "If X, Y will happen": X -> Y, the effect being the main clause from its subject on. A main verb
        that is itself causal ("if X continues, it could lead to Y") carries the claim through its own rule."""
        doc = sent.doc
        advcl = mark.head
        main = advcl.head
        if is_negated(main) or main.lemma_ in self.lex.verbs:
            return
        a0, a1 = subtree_range(advcl)
        cause = span_tokens(doc, mark.i + 1, a1)
        subj = subject_of(main) or next((c for c in main.children if c.dep_ == "nsubjpass"), None)
        m0, m1 = subtree_range(main)
        start = subj.left_edge.i if subj is not None and subj.i < main.i else main.i
        if a0 > start:  # "Y will happen if X"
            effect = span_tokens(doc, start, a0)
        else:
            effect = span_tokens(doc, max(start, a1), m1)
        self.claim(found, sent, cause, effect, [mark], "+", main)

    def _citing(self, sent: Span, citing: Token, found: list[dict[str, Any]]) -> None:
        """ "Y happened, citing X" gives the actor's reason X for Y, unless X is a source ("citing Reuters",
        "citing officials"): a named organisation, person or place, or a noun of the `citing_sources` list."""
        doc = sent.doc
        objs = [c for c in citing.children if c.dep_ == "dobj"]
        if not objs or objs[0].ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
            return
        if objs[0].lemma_ in self.lex.citing_sources or objs[0].lower_ in self.lex.citing_sources:
            return
        main = citing.head
        if is_negated(main):
            return
        cause = span_tokens(doc, *subtree_range(objs[0]))
        if citing.i < main.i:  # fronted ("Citing X, Y did Z"): the main clause after the participle's clause
            effect = span_tokens(doc, subtree_range(citing)[1], subtree_range(main)[1])
            self.claim(found, sent, cause, effect, [citing], "+", main)
            return
        subj = subject_of(main) or next((c for c in main.children if c.dep_ == "nsubjpass"), None)
        start = subj.left_edge.i if subj is not None and subj.i < main.i else main.i
        effect = span_tokens(doc, start, citing.left_edge.i)
        self.claim(found, sent, cause, effect, [citing], "+", main)

    def _fronted_citing(self, sent: Span, citing: Token) -> bool:
        """Whether "citing" opens the sentence as a fronted participle clause set off by a comma before its main
        clause ("Citing security concerns, the embassy suspended visa services"): the actor's reason, as a trailing
        one is (``fronted_citing``, round 78)."""
        if not self.settings.fronted_citing or citing.head.i < citing.i:
            return False
        p0, p1 = subtree_range(citing)
        opens = all(t.is_punct for t in sent.doc[sent.start : p0])
        return opens and p1 < sent.end and sent.doc[p1].text == "," and citing.i == p0

    def _by_doing(self, sent: Span, prep: Token, found: list[dict[str, Any]]) -> None:
        """ "By doing X, Y": a sentence-initial means clause (a gerund) brings about the main clause."""
        doc = sent.doc
        main = prep.head
        gerunds = [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
        if not gerunds or main.pos_ not in ("VERB", "AUX") or is_negated(main) or main.lemma_ in self.lex.verbs:
            return
        cause = span_tokens(doc, *subtree_range(gerunds[0]))
        _, p1 = subtree_range(prep)
        effect = span_tokens(doc, p1, subtree_range(main)[1])
        self.claim(found, sent, cause, effect, [prep], "+", main)

    def _without(self, sent: Span, prep: Token, found: list[dict[str, Any]]) -> None:
        """ "Without X, Y rises / would happen": the absence of X brings about the main clause. The cause keeps
        "Without" (the claim is about X missing); the effect is the main clause after the phrase."""
        doc = sent.doc
        main = prep.head
        if main.pos_ not in ("VERB", "AUX") or main.dep_ != "ROOT" or is_negated(main) or main.lemma_ in self.lex.verbs:
            return
        objs = self._objects(prep)
        if not objs:
            return
        _, p1 = subtree_range(prep)
        cause = span_tokens(doc, prep.i, p1)
        effect = span_tokens(doc, p1, subtree_range(main)[1])
        self.claim(found, sent, cause, effect, [prep], "+", main)

    def _stated_goal(self, verb: Token) -> bool:
        """Whether a causal verb is the infinitive a goal noun is equated with ("The goal is to prevent X", "Our aim
        was to strengthen Y and to reduce Z"; markers.yml ``goal_nouns``): the sentence names an aim, and its
        subject, the goal itself, would be read as the cause (round 38)."""
        while verb.dep_ == "conj" and verb.head != verb:
            verb = verb.head
        be = verb.head
        if verb.dep_ != "xcomp" or be.lemma_ != "be":
            return False
        subj = subject_of(be)
        return subj is not None and subj.lemma_.lower() in self.lex.goal_nouns

    def _speech_occasion(self, cause: list[Token]) -> bool:
        """Whether a cause is only a fronted participle clause of a speech act or its occasion ("Posting late
        Tuesday on his account, Dmitriev said X", "Speaking to reporters, ..."): a reporting or ``occasion_verbs``
        participle whose clause is the whole side. It tells where or how something was said, not why (round 38; the
        fronted-participle pairs of round 27 leave the same clauses out)."""
        heads = [t for t in cause if t.head.i < cause[0].i or t.head.i > cause[-1].i or t.head == t]
        if len(heads) != 1 or heads[0].tag_ not in ("VBG", "VBN") or heads[0].dep_ not in ("advcl", "acl"):
            return False
        if heads[0].head.i < heads[0].i:
            return False  # a trailing one ("..., citing security reasons") gives the actor's reason
        lemma = heads[0].lemma_.lower()
        return lemma in self.lex.reporting_verbs or lemma in self.lex.occasion_verbs

    def _with_absolute(self, sent: Span, prep: Token, found: list[dict[str, Any]]) -> None:
        """ "With X <doing / done / to do ...>, Y" (markers.yml ``absolute_preps``): a sentence-initial absolute
        clause ("With no options left", "With doctors staying off duty", "With attempts to secure a settlement at an
        impasse") states the circumstance the main clause answers, X -> Y, as the Causal News Corpus marks it (6 of
        the 7 train sentences that open so are causal, each with that pair). Only a phrase with a verb in it: "With
        the help of the police, Y" is a means, "With a range of 2,500 km, Y" a property. The cause leaves "With" out,
        as CNC's spans mostly do (round 38)."""
        doc = sent.doc
        main = prep.head
        if main.pos_ not in ("VERB", "AUX") or main.dep_ != "ROOT" or is_negated(main) or main.lemma_ in self.lex.verbs:
            return
        p0, p1 = subtree_range(prep)
        objs = self._objects(prep)
        if not objs or not any(t.pos_ == "VERB" for t in doc[p0:p1]):
            return
        cause = span_tokens(doc, prep.i + 1, p1)
        effect = span_tokens(doc, p1, subtree_range(main)[1])
        self.claim(found, sent, cause, effect, [prep], "+", main)

    def _purpose(self, sent: Span, i: int, n: int, found: list[dict[str, Any]]) -> None:
        """ "Y was done so that / in order to X": the purpose X is the reason Y was done, so X is the cause
        and the main clause the effect, the Causal News Corpus convention (its train set: the purpose is the
        cause in 5 of the 6 such pairs whose direction can be read) and that of the implicit purpose split
        ("staged a sit-in to protest X"). The cause keeps the infinitive's "to" as CNC's spans do ("to achieve
        their objectives"); the span cleaner drops a leading "so that"."""
        doc = sent.doc
        signal = [sent[j] for j in range(i, i + n)]
        j = i + n
        while j < sent.end and doc[j].text not in (";", ".") and not (doc[j].text == "," and j > i + n + 2):
            j += 1
        start = signal[-1].i if signal[-1].lower_ == "to" else signal[0].i
        cause = span_tokens(doc, start, j)
        head = sent[i].head
        if head.i > signal[-1].i and head.dep_ in ("advcl", "xcomp", "ccomp"):
            head = head.head  # the marker hangs from the purpose verb ("so that families could escape")
        verb = clause_verb(head, sent)
        v0, _ = subtree_range(verb)
        subj = subject_of(verb)
        if subj is not None and v0 < subj.left_edge.i < verb.i:
            v0 = subj.left_edge.i  # the clause from its subject: not a fronted adjunct
        effect = span_tokens(doc, v0, signal[0].i)
        self.claim(found, sent, cause, effect, signal, "+", verb)

    def _forward(self, sent: Span, i: int, n: int, found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        signal = [sent[j] for j in range(i, i + n)]
        cause = span_tokens(doc, sent.start, signal[0].i)
        if len([t for t in cause if t.is_alpha]) < 2:
            prev = doc[sent.start - 1].sent if sent.start > 0 else None
            cause = trim_span(list(prev)) if prev is not None else []
        effect = span_tokens(doc, signal[-1].i + 1, sent.end)
        self.claim(found, sent, cause, effect, signal, "+")

    def _verb(self, sent: Span, verb: Token, spec: dict[str, Any], found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        if is_negated(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_ in NEGATING_HEADS):
            return  # "X failed to yield a breakthrough": the yield did not happen (the failure may cause)
        if self.settings.attempted_acts and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex.attempt_heads:
            return  # "who attempted to derail a train": an act aimed at, not a cause at work (round 40)
        if verb.dep_ == "xcomp" and self.plans(verb.head):
            return  # "it plans to raise fuel subsidies", "has pledged to raise the wage": an act planned (round 80)
        if verb.tag_ == "VBG" and verb.dep_ == "conj" and verb.head.tag_ == "VBG" and subject_of(verb) is None:
            return  # "working toward ending the war and improving ties": two goals, not a trailing consequence
        polarity = spec.get("polarity", "+")
        prep = spec.get("prep")
        signal = [verb]
        if _other_sense(verb, spec.get("not_objects")):
            return  # "raised slogans", "the issues raised by X": the verb in another sense
        if any(c.dep_ == "prt" and c.lower_ in spec.get("not_prts", ()) for c in verb.children):
            return  # "the negotiations that led up to the deal": a particle that makes it time (round 47)
        if spec.get("not_person_objects") and self._person_target(verb):
            return  # "a stone hit him", "he was hit by a police officer": a blow, not a condition changed (round 36)
        if self._stated_goal(verb):
            return  # "The goal is to prevent X": an aim named, not a cause of X (round 38)
        if verb.tag_ == "VBN" and self._passive(sent, verb, polarity, found):
            return
        if spec.get("passes_to_xcomp") and self._helped_claims(sent, verb):
            return  # "X helped (to) lead to Y": the causal verb it helps carries the claim, Y its effect (round 49)
        plain = not any(spec.get(k) for k in ("prep", "needs_prep", "needs_prt", "needs_xcomp"))
        if plain and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            # "the risk posed by drone technology", "a crisis triggered by the sanctions": agent -> the noun
            # (not "protesters led by X": "lead" causes only with "to")
            agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if agents:
                n0, _ = noun_phrase(verb.head)
                effect = span_tokens(doc, n0, verb.i)
                cause = span_tokens(doc, *noun_phrase(agents[0]))
                before = len(found)
                self.claim(found, sent, cause, effect, [verb], polarity, verb)
                if self.settings.relative_doer_causes and self._names_doer(agents[0]):
                    # "the hurdles created by the government": who made them, an act reported (round 42)
                    _mark_doer_act(found, before)
                # (no round 109 flag: "losses caused by cheap imports" names its cause with "by", a pair of its own that
                # round 76 ends an outer side before)
            return
        # effect: the preposition's object (lead to X), else object-like complements
        effect_toks: list[Token] = []
        kids = list(verb.children)
        if prep:
            allowed = {prep} if isinstance(prep, str) else set(prep)
            preps = [c for c in kids if c.dep_ in ("prep", "dative") and c.lower_ in allowed]
            if not preps:
                return
            signal.append(preps[0])
            objs = [c for c in preps[0].children if c.dep_ in ("pobj", "pcomp")]
            if not objs:
                return
            end = objs[0].right_edge.i + 1
            if not spec.get("reverse"):  # ("stem from X": the object is the cause, what follows is no effect)
                end = self._effect_end(sent, verb, end)
            effect_toks = span_tokens(doc, objs[0].left_edge.i, end)
        else:
            needs_prep = spec.get("needs_prep")
            if needs_prep and not any(c.dep_ == "prep" and c.lower_ in needs_prep for c in kids):
                return
            needs_prt = spec.get("needs_prt")
            if needs_prt:
                prts = [c for c in kids if c.lower_ in needs_prt]
                if not prts:
                    return
                signal.append(prts[0])
            if spec.get("needs_xcomp") and not any(c.dep_ in ("ccomp", "xcomp") for c in kids):
                return
            keep_preps = set(needs_prep or ()) | set(spec.get("effect_preps", ()))
            keep_advmods = set(spec.get("effect_advmods", ()))  # "brought them [together]"
            comps = [
                c
                for c in kids
                if c.i > verb.i
                and (
                    c.dep_ in CLAUSE_DEPS
                    or (c.dep_ == "prep" and c.lower_ in keep_preps)
                    or (c.dep_ == "advmod" and c.lower_ in keep_advmods)
                )
            ]
            if not comps:
                return
            e0 = min(c.left_edge.i for c in comps)
            e1 = self._effect_end(sent, verb, max(c.right_edge.i for c in comps) + 1)
            skip = {signal[-1].i} if needs_prt else None
            effect_toks = span_tokens(doc, e0, e1, skip)
        if verb.lemma_ in self.lex.reporting_verbs and any(c.dep_ == "ccomp" for c in kids):
            return  # "..., adding that X": a report of what was said, not "add" as in "adds mistrust"
        # cause: the subject, or for a participle adjunct the clause it hangs from
        subj = subject_of(verb) if verb.dep_ not in ("advcl", "acl", "xcomp") or verb.tag_ != "VBG" else None
        if spec.get("speech_infinitive") and subj is None and any(_to_infinitive(c) for c in kids):
            return  # "..., threatening to burn the office": a threat uttered, an intent, not a consequence
        if spec.get("speech_infinitive") and self.settings.threat_infinitive_acts and self._threatened_act(kids):
            return  # "The caller threatened to kill X": a threat of the subject's own act or change (round 69)
        helped = verb.dep_ == "xcomp" and self._passes_to_xcomp(verb.head)
        if verb.dep_ == "xcomp" and verb.head.lemma_ in self.lex.verbs and not helped:
            return  # "threatens to escalate": the outer verb carries the claim
        if verb.dep_ == "xcomp" and (verb.head.lemma_ not in self.lex.verbs or helped):
            subj = subject_of(verb.head)
            if helped:
                signal = [verb.head, *signal]  # "helped lead to": the claim's signal names both verbs
        doer_act = False  # a doer's act told about a noun (round 42)
        noun_participle = False  # a subjectless "-ing" participle on a plain noun (round 44)
        if subj is not None:
            if verb.tag_ == "VBN" and subj.dep_ == "nsubjpass":
                return
            if self.settings.relative_doer_causes and verb.dep_ == "relcl" and not spec.get("reverse"):
                # "people who blocked the road", "the ministry that forced X": a doer's act told about a noun
                # (CNC train: 1 of 11 such claims right; an event's "which caused X" stays)
                if subj.tag_ in ("WDT", "WP") or subj.lower_ in ("who", "whom", "that", "which"):  # ("that": DT too)
                    # the pronoun stands for its noun, not for a clause (", which limited X": round 29's sentential
                    # relative reads the clause before the comma, no doer's act)
                    doer_act = cause_of_subject(subj) == noun_phrase(verb.head) and (
                        subj.lower_ in ("who", "whom") or self._names_doer(verb.head)
                    )
                else:
                    doer_act = self._names_doer(subj)
            if (
                not spec.get("agent")
                and not spec.get("reverse")
                and (self.is_actor(subj) or self.is_doer(subj) or self._actor_noun(subj))
            ):
                return  # "The US increased arms shipments", "Protesters blocked roads": an action, an event
            cause_toks = span_tokens(doc, *cause_of_subject(subj))
            shared = _shared_subject_clause(verb, subj) if verb.head.lemma_ not in self.lex.verbs else []
            if shared and not spec.get("reverse"):  # (a causal first verb makes the subject cause of both)
                cause_toks = shared  # "The protests spread to ten towns and resulted in deaths": the first clause
            if spec.get("reverse"):  # "tensions stem from X": subject is the effect
                cause_toks, effect_toks = effect_toks, cause_toks
        elif verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "acl", "xcomp", "dep"):
            head = verb.head
            h0, _ = subtree_range(head)
            cause_toks = span_tokens(doc, h0, verb.left_edge.i)
            if head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "acl":
                clause = _comma_participle_clause(verb)
                if clause is None and self.settings.object_result_participles and not spec.get("reverse"):
                    # "attacked the camp | forcing residents to flee": no comma, the act's object; it still gives
                    # way to the sentence's other claims as a noun's participle does ("pelted stones | damaging
                    # vans, leaving 20 injured"); a reverse verb ("difficulties | arising from X") keeps its noun
                    # (round 58)
                    clause = object_participle_clause(verb, self.lex.relation_participles)
                    noun_participle = clause is not None and self.settings.noun_participle_gives_way
                if clause is not None:  # "pelted stones at the supporters, forcing them to flee": the clause
                    cause_toks = span_tokens(doc, subtree_range(clause)[0], verb.left_edge.i)
                else:
                    cause_toks = span_tokens(doc, *noun_phrase(head))
                    # "tariffs | affecting Chinese steel", "stones | damaging OB vans": the participle tells what
                    # the noun is or does; CNC's side is the clause the noun sits in (3 of 17 such claims right on
                    # CNC train, round 42), so the pair gives way to the sentence's others (round 44)
                    noun_participle = self.settings.noun_participle_gives_way
            if self.settings.participle_nearest_clause and cause_toks:
                nearest = nearest_subject_clause(verb, cause_toks[0].i, self.lex.non_causal_marks)
                if nearest is not None:  # "the district where men beat commuters | , leaving 45 hurt" (round 61)
                    cause_toks = span_tokens(doc, *nearest)
            agents = [o for c in head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if agents and verb.i > head.i:  # "X is complicated by Y, adding mistrust": Y adds it
                cause_toks = span_tokens(doc, *subtree_range(agents[0]))
            if (
                self.settings.participle_effect_verb
                and effect_toks
                and not any(c.dep_ in ("xcomp", "ccomp") for c in kids)
            ):
                # "..., causing inconvenience": CNC's effect keeps the participle (15 of 19 CNC train gold effects
                # of a subjectless causal participle with a plain object); with an object and an infinitive
                # ("prompting | the police to lob tear gas") as often not (5 of 11): there it starts after the verb.
                # Measured, off as shipped: the concept layer reads the participle as the effect's head (round 33)
                effect_toks = span_tokens(doc, verb.i, effect_toks[-1].i + 1)
        else:
            passive = [c for c in kids if c.dep_ == "agent"]
            if passive:
                objs = [c for c in passive[0].children if c.dep_ == "pobj"]
                subjp = [c for c in kids if c.dep_ == "nsubjpass"]
                if objs and subjp:
                    cause_p = span_tokens(doc, *subtree_range(objs[0]))
                    effect_p = span_tokens(doc, *subtree_range(subjp[0]))
                    self.claim(found, sent, cause_p, effect_p, [verb, passive[0]], polarity, verb)
            return
        before = len(found)
        if not self.settings.example_lists:
            # before round 51 a trailing list of examples was cut from both sides
            cause_toks, effect_toks = _before_examples(cause_toks), _before_examples(effect_toks)
        self.claim(found, sent, cause_toks, effect_toks, signal, polarity, verb)
        if doer_act:
            _mark_doer_act(found, before)
        if self.settings.modifier_cue_pairs_give_way and not self._names_event(cause_toks):
            _mark_modifier_act(found, before, verb)
        if noun_participle:
            for claim in found[before:]:
                claim["noun_participle"] = True  # (gives way like a doer's act: ``CausalExtractor._gives_way``)

    def _names_event(self, tokens: list[Token]) -> bool:
        """Whether a side names an event or a clause, not a thing or a doer: its head (the word whose head lies outside
        it) is a verb, a gerund or an event noun (``event_nouns``: "the firing which triggered panic", "unrest
        triggered by the killing of X"); such a pair told inside a noun's clause is one CNC marks (round 109)."""
        inside = {t.i for t in tokens}
        heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
        if not heads:
            return False
        head = heads[0]
        return (
            head.pos_ in ("VERB", "AUX")
            or head.tag_ == "VBG"
            or head.lower_ in self.lex.event_nouns
            or head.lemma_.lower() in self.lex.event_nouns
            # a noun made from a verb names the act ("the desecration of X", "the displacement of Y"), unless it names
            # who acts ("the government", "the administration")
            or (head.lower_.endswith(_ACT_NOUN_ENDS) and not self.is_actor(head) and not self.is_doer(head))
        )

    def _passes_to_xcomp(self, verb: Token) -> bool:
        """A causal verb that only helps another ("help", ``passes_to_xcomp`` in markers.yml)."""
        return bool(self.lex.verbs.get(verb.lemma_, {}).get("passes_to_xcomp"))

    def _helped_claims(self, sent: Span, verb: Token) -> bool:
        """Whether ``verb`` ("help") has a causal verb as its complement that gives a claim of its own ("helped
        (to) lead to X", "helps cause X"): that verb's effect is X, where "help"'s own would be "lead to X"."""
        for c in verb.children:
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_ in self.lex.verbs and c.i > verb.i:
                scratch: list[dict[str, Any]] = []
                self._verb(sent, c, self.lex.verbs[c.lemma_], scratch)
                if scratch:
                    return True
        return False

    def _sequence_prep(self, sent: Span, prep: Token, found: list[dict[str, Any]]) -> None:
        """ "Y happened following X" (``sequence_preps``): the object X, an event, is the cause and the clause the
        phrase hangs on, without it, the effect; fronted ("Following X, the union called a strike") the clause
        after it. No claim where X is a date, a time, a person or a group ("following him"), or where the phrase
        modifies a noun rather than a clause."""
        head = prep.head
        if head.pos_ not in ("VERB", "AUX") or is_negated(head):
            return
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs:
            return
        obj = objs[0]
        if self._which_relative(sent, [prep], obj, found):
            return
        if obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("DATE", "TIME"):
            return
        if self.is_actor(obj) or self.is_doer(obj) or self._person(obj):
            return
        doc = sent.doc
        p0, p1 = subtree_range(prep)
        verb = _finite_clause(head)
        r0, r1 = subtree_range(verb)
        subj = subject_of(verb)
        doer = subj is not None and (self.is_actor(subj) or self.is_doer(subj) or self._person(subj))
        if doer and _own_earlier_act(obj):
            return  # "Following his inauguration, Trump deviated from X": one doer's acts in turn, no reaction
        if subj is not None and subj.i < verb.i:
            r0 = min(r0, subj.left_edge.i)
        cause = before_comma_aside(span_tokens(doc, prep.i + 1, p1))
        effect = span_tokens(doc, r0, r1, set(range(p0, p1)))
        self.claim(found, sent, cause, effect, [prep], "+", verb)

    def _sequence_verb(self, sent: Span, verb: Token, found: list[dict[str, Any]]) -> None:
        """ "X follows / followed Y" (``sequence_verbs``): X came after Y, so Y is the cause and X the effect, as
        CNC annotates it ("The unrest followed a march by residents": cause "a march by residents", effect "The
        unrest"). Both sides must be events, not actors: a person, a group, a pronoun or a relative pronoun as
        subject, or a person or group as object, is someone following someone ("He followed the protesters").
        An object that is a norm or a route ("follows the model of X", ``sequence_verb_not_objects``) says whose
        pattern it is. The cause stops before a non-restrictive relative (", which were prompted by Z"): CNC
        gives that relative a pair of its own. Passives ("was followed by") and negation make no claim here."""
        lex = self.lex
        if verb.tag_ == "VBN" or is_negated(verb):
            return
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not subjects or not objects:
            return
        subj, obj = subjects[0], objects[0]
        if subj.pos_ not in ("NOUN", "PROPN") or obj.pos_ not in ("NOUN", "PROPN"):
            return  # "that followed X", "it follows", "followed those who ...": no event named
        if any(self.is_actor(t) or self.is_doer(t) or self._person(t) for t in (subj, obj)):
            return
        if obj.lemma_.lower() in lex.sequence_verb_not_objects:
            return
        doc = sent.doc
        o0, o1 = subtree_range(obj)
        for c in verb.children:
            # the object's own modifiers the parse hangs from the verb ("followed a march [by residents] [last
            # week]"), up to a comma, a clause or an attribution ("according to statements")
            if c.i < o1 or c.dep_ not in ("prep", "agent", "npadvmod") or c.lower_ == "according":
                continue
            if any(doc[k].is_punct for k in range(o1, c.i)):
                break
            o1 = max(o1, c.right_edge.i + 1)
        for c in verb.children:
            # a restrictive relative parsed as the verb's clause ("followed talks [that failed to bridge the gap]":
            # "that" as the subject of a ccomp right after the object) is the object's
            if c.dep_ == "ccomp" and c.left_edge.i == o1 and c.left_edge.lower_ in ("that", "which"):
                o1 = c.right_edge.i + 1
        for t in doc[o0:o1]:
            if t.dep_ == "relcl" and t.left_edge.i > o0 and doc[t.left_edge.i - 1].text == ",":
                o1 = min(o1, t.left_edge.i - 1)  # "hearings on X, which were prompted by Z": the hearings
        cause = span_tokens(doc, o0, o1)
        effect = span_tokens(doc, *subtree_range(subj))
        self.claim(found, sent, cause, effect, [verb], "+", verb)

    def _cause_end(self, cause: list[Token]) -> list[Token]:
        """A cause cut before a trailing relative, time-order or participle clause that hangs on a word inside it
        (``cause_end_trim``'s classes of markers.yml ``cause_end_stops``): CNC's cause ends before it (round 35)."""
        classes = {k: v for k, v in self.lex.cause_end_stops.items() if k in self.settings.cause_end_trim}
        return cause_end_cut(cause, classes)

    def _effect_end(self, sent: Span, verb: Token, end: int) -> int:
        """The end of a causal verb's effect: the object's ``end``, or with ``verb_effect_phrase`` past the verb's
        trailing modifiers up to a break or a modifier that opens another relation (markers.yml
        ``effect_phrase_stops``, a connective: "caused a gridlock | due to the rain")."""
        if not self.settings.verb_effect_phrase:
            return end
        lex = self.lex
        words = [t.lower_ for t in sent]

        def opens(tok: Token) -> bool:  # another relation starts at this word
            i = tok.i - sent.start
            return (
                tok.lower_ in lex.effect_phrase_stops
                or not 0 <= i < len(words)
                or MarkerLexicon.match(lex.connectives, words, i) is not None
                or MarkerLexicon.match(lex.purpose, words, i) is not None
            )

        end = verb_phrase_end(verb, end, opens)
        if self.settings.example_lists:
            end = _example_list_end(sent, verb, end)
        return end

    def _passive(self, sent: Span, verb: Token, polarity: str, found: list[dict[str, Any]]) -> bool:
        """ "Y was triggered by X", also across conjoined participles ("Y was instigated and then
        exacerbated by X"): the agent is the cause, the passive subject the effect. True when it applied."""
        doc = sent.doc
        group = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")]
        if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
            group.append(verb.head)
        agents = [a for v in group for a in v.children if a.dep_ == "agent"]
        subjects = [s for v in group for s in v.children if s.dep_ == "nsubjpass"]
        if not agents or not subjects or any(is_negated(v) for v in group):
            return False
        objs = [c for c in agents[0].children if c.dep_ == "pobj"]
        if not objs:
            return False
        c0, c1 = subtree_range(objs[0])
        repeat = repeated_marker_end([agents[0]], c1)  # "caused by X and by Y": one cause over both (round 32)
        cause = span_tokens(doc, c0, c1 if repeat is None else repeat[1])
        cause = [t for t in cause if not (t.dep_ == "appos" and t.lower_.endswith("self"))] or cause
        effect = span_tokens(doc, *cause_of_subject(subjects[0]))
        self.claim(found, sent, cause, effect, [verb, agents[0]], polarity, verb)
        return True

    def fallback(
        self, sent: Span, subject_split: bool = True, allow_actor: bool = False, every: bool = False
    ) -> list[dict[str, Any]]:
        """A pair from the clause structure for a causal sentence no marker rule covers (``causal_implicit``);
        ``every``: the split of every clause, not only the first (the subject split left out)."""
        return implicit_claims(self, sent, subject_split, allow_actor, every)

    def tagged(self, sent: Span, spans: dict[str, Any]) -> list[dict[str, Any]]:
        """A claim from the span tagger's cause and effect (``causal_tagging``)."""
        return tagged_claims(self, sent, spans)

    def tagged_units(self, sent: Span, spans: dict[str, Any]) -> list[dict[str, Any]]:
        """A claim from the tagger's cause and effect chosen among the parse's units only (round 17)."""
        return unit_claims(self, sent, spans)


# the endings of a noun made from a verb, which names an act (round 109: ``Extractor._names_event``)
_ACT_NOUN_ENDS = ("tion", "tions", "sion", "sions", "ment", "ments")


def _in_noun_modifier(verb: Token) -> bool:
    """Whether ``verb`` is told inside a noun's relative or participle clause ("a land law that forces smallholders to
    sell", "persons who attempted to derail a train"): its clause, reached up through the verbs it completes or is
    coordinated with, hangs on a noun or pronoun as ``relcl`` or ``acl``."""
    tok = verb
    while tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    return tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON")


def _mark_modifier_act(found: list[dict[str, Any]], start: int, verb: Token) -> None:
    """Flag the claims made from ``start`` on when their verb is told inside a noun's modifier clause
    (``_in_noun_modifier``): ``CausalExtractor`` lets a sentence's marker pairs that are all such give way to the clause
    split and the span tagger (``modifier_cue_pairs_give_way``, round 109)."""
    if _in_noun_modifier(verb):
        for claim in found[start:]:
            claim["modifier_act"] = True


def _mark_doer_act(found: list[dict[str, Any]], start: int) -> None:
    """Flag the claims made from ``start`` on as a doer's act told about a noun ("people who blocked the road",
    "the hurdles created by the government"): CNC train draws such a pair in 4 of 21 claims (round 42), so
    ``CausalExtractor`` lets it give way to any other claim of its sentence (``relative_doer_causes``)."""
    for claim in found[start:]:
        claim["doer_act"] = True


def _in_unit(tokens: list[Token], sent: Span, signal: list[Token]) -> list[Token]:
    """The tokens of a span that lie in the sentence unit being read, when that unit is one line cut from a
    longer parsed sentence (``causal_extractor._line_pieces``): the parse may hang a headline on the story's
    verb ("U.S. sanctions oil firms\nWith talks stalled, the government imposed ...": the headline is the
    verb's subject), but a line is read on its own. Tokens of another parsed sentence stay (a forward marker's
    cause is the sentence before), and so does every span of a unit that is a whole parsed sentence."""
    whole = signal[0].sent
    if sent.start <= whole.start and whole.end <= sent.end:
        return tokens
    return [t for t in tokens if sent.start <= t.i < sent.end or not whole.start <= t.i < whole.end]


def _unnested(found: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """A chain stated in one sentence ("Because of X, Y happened, which led to Z") gives X -> Y and Y -> Z,
    not X -> "Y happened, which led to Z": a side that holds the whole of another claim whose effect follows a
    sentential ", which" ends at that comma."""
    for claim in found:
        for side in ("cause", "effect"):
            a, b = claim[side + "_start"], claim[side + "_end"]
            for other in found:
                if other is claim or not (a <= other["cause_start"] and other["effect_end"] <= b):
                    continue
                comma = text.find(", which ", other["cause_end"], other["effect_start"])
                kept = text[a:comma].rstrip() if comma > a else ""
                if len(kept.split()) >= 2:
                    claim[side], claim[side + "_end"] = kept, a + len(kept)
                    break
    return found


_AUXILIARIES = {"be", "have", "do"}


def _comparative_as(mark: Token) -> bool:
    """The "as" of a comparison: the second "as" of "as ADJ/ADV as" ("as crazy as it sounds"), or an
    inverted clause that repeats the main one ("America is active, as are our partners")."""
    doc = mark.doc
    if mark.i >= 2 and doc[mark.i - 2].lower_ == "as" and doc[mark.i - 1].pos_ in ("ADJ", "ADV"):
        return True
    nxt = doc[mark.i + 1] if mark.i + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ == "AUX" and nxt.lemma_ in _AUXILIARIES and nxt.i == mark.head.i


def _temporal_since(mark: Token, advcl: Token, main: Token) -> bool:
    """ "since" that dates rather than explains: its clause names a date ("since Russia sent troops in
    2022"), the main clause is in the perfect ("has emerged as ... since X"), or it attaches to a noun or
    adjective rather than a verb, or follows a superlative ("the most significant sanctions since the invasion
    began")."""
    if any(t.ent_type_ in ("DATE", "TIME") for t in advcl.subtree):
        return True
    if main.pos_ not in ("VERB", "AUX"):
        return True
    doc = mark.doc
    if any(t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "last") for t in doc[max(0, mark.i - 6) : mark.i]):
        return True  # "the largest rally since X", "the first visit since X": a record counted from X
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in main.children) and main.tag_ == "VBN"


_NAMING_VERBS = {"call", "describe", "term", "dub", "label", "brand", "characterize", "characterise"}
_ASIDE_OPENERS = {"\u2014", "\u2013", "--", "("}


def _without_attribution(tokens: list[Token], reporting: set[str]) -> list[Token]:
    """A cause that reports someone's words for the thing ("what he described as India's trade", "what
    officials called the spying affair") is the thing itself: the attribution goes."""
    if len(tokens) < 4 or tokens[0].lower_ != "what":
        return tokens
    for k, t in enumerate(tokens[1:6], start=1):
        if t.pos_ != "VERB" or k + 2 >= len(tokens):
            continue
        if tokens[k + 1].lower_ == "as" and (t.lemma_ in _NAMING_VERBS or t.lemma_ in reporting):
            return trim_span(tokens[k + 2 :])  # "what he described as X"
        if t.lemma_ in _NAMING_VERBS - {"describe", "characterize", "characterise"}:
            return trim_span(tokens[k + 1 :])  # "what officials called X"
    return tokens


def _before_aside(tokens: list[Token]) -> list[Token]:
    """A phrase up to a dash or bracket that opens an aside ("imposing sanctions on Rosneft—the largest
    since 2014"): what follows comments on the phrase, it is not part of it."""
    for k, t in enumerate(tokens):
        if k > 1 and t.text in _ASIDE_OPENERS:
            return trim_span(tokens[:k])
    return tokens


_MODALS = {"will", "would", "could", "may", "might", "can", "should", "shall", "'ll"}


def _modal_condition(mark: Token) -> bool:
    """A condition that states a consequence: "if X, Y will/would/could happen" (not "as if", "even if",
    "only if", and not "if asked, he declined")."""
    doc = mark.doc
    if mark.i > 0 and doc[mark.i - 1].lower_ in ("as", "even", "only", "what"):
        return False
    advcl = mark.head
    complements = [c for c in advcl.children if c.dep_ in ("dobj", "xcomp", "ccomp") and c.lower_ != "to"]
    if advcl.lemma_ in _WILL_VERBS and not complements:
        return False  # "if he wants to": the speaker's wish, not a condition that brings anything about
    main = advcl.head
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in main.children)


_WILL_VERBS = {"want", "wish", "like", "choose", "please", "need"}
_WH_WORDS = {"what", "whatever", "who", "whom", "whoever"}


def _finite_clause(verb: Token) -> Token:
    """The clause an infinitive serves ("Russia is eager [to push it forward] as X" -> "is"): a reason
    given for an infinitive ("... reticent to use sanctions to pressure Russia as it sought a deal") explains
    the whole statement, not the bare infinitive."""
    for _ in range(4):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return verb
        if verb.dep_ not in ("xcomp", "advcl", "acl", "ccomp") or verb.head == verb:
            return verb
        verb = verb.head
        if verb.pos_ == "ADJ" and verb.head != verb:  # "eager to push": the adjective's clause
            verb = verb.head
    return verb


_EXAMPLE_OPENERS = {"including", "such", "notably", "especially", "particularly", "among"}


def _example_list_end(sent: Span, verb: Token, end: int) -> int:
    """The end of a causal verb's effect run on over a list of examples the parse hangs on the verb after a comma
    ("sparked protests in several cities | , including X and Y"): the list names what the effect was, CNC keeps it
    in the effect (round 51). ``end``: the effect's end so far (exclusive)."""
    doc = sent.doc
    if end + 1 >= sent.end or doc[end].text != ",":
        return end
    opener = doc[end + 1]
    if opener.lower_ != "including" or opener.dep_ != "prep" or not verb.i <= opener.head.i < end:
        return end
    return opener.right_edge.i + 1


def _before_examples(tokens: list[Token]) -> list[Token]:
    """A phrase without a trailing list of examples set off by a comma or dash ("controversy, including
    concerns from Poland about X" -> "controversy"): the examples illustrate the phrase, the claim is about it."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].text in (",", "\u2014", "\u2013", "--") and tokens[k + 1].lower_ in _EXAMPLE_OPENERS:
            return trim_span(tokens[:k])
    return tokens


def _change_verb_reads(verb: Token, spec: dict[str, Any]) -> bool:
    """Whether a verb of change in an amount (markers.yml ``change_verbs``; round 73) is read as a causal verb: not a
    participle before its noun ("a widening gap", "the shrinking economy": a state named, no cause), nor a participle
    right after an "and" that is no conjunct of another participle ("against the backdrop of a bad economy and
    widening gap", which the parser may read as a clause; "cutting taxes and widening the deficit" stays), and with
    the particle its sense needs in every voice ("dragged down prices", not "were dragged away by police")."""
    if verb.dep_ == "amod":
        return False
    after_and = verb.i > 0 and verb.doc[verb.i - 1].dep_ == "cc"
    if verb.tag_ == "VBG" and after_and and not (verb.dep_ == "conj" and verb.head.tag_ == "VBG"):
        return False
    needs_prt = spec.get("needs_prt")
    return not needs_prt or any(c.dep_ == "prt" and c.lower_ in needs_prt for c in verb.children)


def _leaves_in_state(verb: Token) -> bool:
    """Whether "leave" (markers.yml ``leave_result_verbs``; round 74) has an object and the state the object is left
    in: an object predicate ("left thousands [homeless]", "left Ukraine [short] of missiles"), a "without" phrase
    ("left millions [without] electricity"), a participle or adjective after the object ("left three students
    [injured]", "left commuters [stranded]") or an adjective read as the object ("leaving six [dead]"). "left the
    meeting", "left the children at home", "left the party" name no state and are no claim. A participle ("...,
    leaving six dead") is no such claim: the result participles already read it, with the participle in the effect as
    CNC marks it."""
    if verb.tag_ == "VBG":
        return False
    kids = list(verb.children)
    objs = [c for c in kids if c.dep_ == "dobj"]
    if not objs:
        return False
    obj = objs[0]
    if obj.pos_ == "ADJ" or any(c.dep_ in ("oprd", "acomp") and c.i > obj.i for c in kids):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "without" and c.i > obj.i for c in kids):
        return True
    return any(c.dep_ in ("acl", "amod") and c.i > obj.i and (c.tag_ == "VBN" or c.pos_ == "ADJ") for c in obj.children)


def _verb_into_effect(sent: Span, verb: Token, claim: dict[str, Any]) -> None:
    """An effect that starts right after its verb starts at the verb ("The clash -> left three students injured"):
    the state a "leave" claim names is the verb with its object, as CNC train marks it (round 74)."""
    doc = sent.doc
    if verb.i + 1 < len(doc) and claim["effect_start"] == doc[verb.i + 1].idx:
        claim["effect_start"] = verb.idx
        claim["effect"] = doc.text[verb.idx : claim["effect_end"]]


def _other_sense(verb: Token, not_objects: list[str] | None) -> bool:
    """Whether a causal verb's object (or, passive, its subject or the noun it describes) is one of the verb's
    ``not_objects``: then the verb means something else ("raise slogans" is to shout them)."""
    if not not_objects:
        return False
    words = set(not_objects)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        objects.append(verb.head)  # "the issues raised by the community"
    return any(o.lemma_.lower() in words or o.lower_ in words for o in objects)


def _denied_reason(mark: Token) -> bool:
    """ "Y did not happen [not] because X" with the negation on the reason itself ("not because of the rain but
    ...", "not as X"): the sentence denies that X is the reason (round 34). A negation on the main clause alone
    ("the toll could not be ascertained as most had gone into hiding") keeps X as the reason for the negated
    clause, as CNC train annotates all 9 such "because" / "as" sentences."""
    doc = mark.doc
    return mark.i > 0 and doc[mark.i - 1].lower_ in ("not", "n't", "never")


_THIRD_POSSESSIVES = {"his", "her", "its", "their"}


def _own_earlier_act(obj: Token) -> bool:
    """An event owned by a third-person possessive ("his inauguration", "their meeting with X"): with a person or
    an actor as the main clause's subject, that subject's own earlier act, which CNC leaves out of its sequences
    (round 31: "after waiting some time, he said"; round 34)."""
    return any(c.dep_ == "poss" and c.lower_ in _THIRD_POSSESSIVES for c in obj.children)


def _participle_given(tok: Token, phrase: tuple[str, ...]) -> bool:
    """ "given" as a verb ("the memorandum given to the minister", "a call given by the union", "were given
    land"), not the connective "given (that) X": a participle with its own auxiliary, agent or recipient, or
    one that modifies a noun."""
    if phrase != ("given",):
        return False
    if tok.dep_ in ("acl", "relcl", "ROOT", "conj", "ccomp", "xcomp", "advcl", "amod") and tok.i > tok.sent.start:
        return True
    return any(c.dep_ in ("auxpass", "aux", "agent", "dative", "nsubjpass") for c in tok.children) or (
        tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("to", "by", "out", "up", "away", "back", "off")
    )


def _clause_head(tokens: list[Token]) -> bool:
    """Whether a span is headed by a verb: coordinated, its conjuncts are clauses ("two soldiers died and twenty
    villagers were injured"), where a noun head's are things ("a collapse of the currency and a shortage of
    medicines")."""
    ids = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in ids or t.head == t), tokens[0])
    return head.pos_ in ("VERB", "AUX")


def _comma_participle_clause(verb: Token) -> Token | None:
    """The clause a participle after a comma belongs to when the parse hangs it on the last noun before it
    ("local people pelted stones at the hartal supporters, forcing them to flee"): set off by a comma, a causal
    participle tells what the whole act brought about, not which noun is meant ("the protesters blocking the
    road"); CNC marks that clause as the cause (round 37). The nearest verb above the noun, or None when the
    participle has no comma before it or no verb is found."""
    doc = verb.doc
    start = verb.left_edge.i  # the comma hangs on the participle or on the word before it
    if doc[start].text != "," and (start == 0 or doc[start - 1].text != ","):
        return None
    cur = verb.head
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if is_root(cur):
            return None
        cur = cur.head
    return None


def _to_infinitive(tok: Token) -> bool:
    """A clausal complement in the infinitive with "to" ("threatened [to boycott]")."""
    return tok.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _main_of_adjunct(
    verb: Token, marker: Token, passives: bool = False, object_adjuncts: bool = False, conjuncts: bool = False
) -> Token:
    """The clause a reason is given for: a participle or infinitive adjunct that the marker hangs from
    ("Women took to the streets carrying pots [in protest against X]", "made an attempt to stall the meeting
    [in protest against X]") stands for the main clause it belongs to, and the effect is that whole clause.
    ``passives`` (``passive_infinitive_adjuncts``, round 47): a passive infinitive counts as the active one does
    ("ordered two ships to be moved north [in response to X]": the clause of "ordered"). ``object_adjuncts``
    (``object_participle_adjuncts``, round 58): a participle the parse hangs on the act's object with no comma ("Women
    took to streets | carrying pots [in protest against X]") stands for the act's clause too. ``conjuncts``
    (``marker_conjunct_participles``, round 61): the later of coordinated participles ("torching vehicles and |
    looting shops [in protest against X]") stands for the first, the main clause's adjunct."""
    cur = verb
    if conjuncts and cur.tag_ == "VBG" and cur.dep_ == "conj" and cur.i < marker.i:
        first = cur
        while first.dep_ == "conj" and first.tag_ == "VBG" and first.head.i < first.i:
            first = first.head
        if first.tag_ == "VBG" and first.dep_ == "advcl":
            cur = first
    for _ in range(3):
        if not (
            cur.dep_ in ("advcl", "xcomp", "acl")
            and (cur.tag_ in ("VBG", "VB") or (passives and _passive_infinitive(cur)))
            and cur.head.i < cur.i < marker.i
            and cur.head.pos_ in ("VERB", "AUX", "NOUN")
        ):
            break
        if cur.dep_ == "acl" and cur.tag_ != "VB":
            clause = object_participle_clause(cur) if object_adjuncts else None
            if clause is None:
                break  # "the people carrying pots": a noun's modifier, not an adjunct of a clause
            cur = clause  # "took to streets | carrying pots": on the act's object, the act's own adjunct (round 58)
            continue
        cur = cur.head if cur.head.pos_ != "NOUN" else clause_verb(cur.head.head, marker.sent)
    return cur


def _passive_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a passive infinitive: "to be moved", "to be positioned" (a participle with "to" and a bare
    passive "be" before it)."""
    if verb.tag_ != "VBN":
        return False
    kids = [c for c in verb.children if c.i < verb.i]
    return any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in kids) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids
    )


def _whole_clause(main: Token, advcl: Token) -> Token:
    """The clause a trailing subordinate clause explains, when the parser hangs it from a part of that clause: the
    last of conjoined clauses ("Two guards were killed and five were hurt [as X]": both), a gerund after a
    preposition ("had a hard time in stopping them [as X]", "no hope of ending it [as X]": the clause of "had",
    "is"), or a noun ("took over the talks [as X]"). A fronted subordinate clause is left as it is."""
    cur = main
    for _ in range(4):
        if advcl.i < cur.i:
            break
        if cur.pos_ in ("NOUN", "PROPN") and cur.head != cur:
            cur = clause_verb(cur.head, advcl.sent)
        elif cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.dep_ == "prep" and cur.head.head != cur.head:
            cur = clause_verb(cur.head.head, advcl.sent)
        elif cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX") and cur.head.i < cur.i:
            cur = cur.head
        else:
            break
    return cur


def _shared_subject_start(effect: list[Token], cause: list[Token], sent: Span) -> list[Token]:
    """An effect that opens at the second of two coordinated verbs sharing one subject ("The police fired into the air
    and | lobbed tear gas [to disperse the mob]") taken from that subject: the coordination is one act of one doer,
    and CNC marks the clause whole, subject and all ("The police fired ... and lobbed ..."), where the rules' clause
    of the later verb (its own subtree) starts at the verb (``conjunct_effect_subjects``, round 55). Not when the
    cause lies in between, the verb has a subject of its own, "but" or "or" joins them, or a line break parts them."""
    ids = {t.i for t in effect}
    top = next((t for t in effect if t.head.i not in ids or t.head == t), None)
    if top is None or top.dep_ != "conj" or top.pos_ not in ("VERB", "AUX") or effect[0].i < top.left_edge.i:
        return effect
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in top.children):
        return effect  # "X fired and Y fled": two clauses, each with its own subject
    cur = top
    while cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX") and cur.head.i < cur.i:
        cur = cur.head
    subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cur.i), None)
    if subj is None or subj.lower_ in REL_PRONOUNS:
        return effect  # no subject to share, or a relative's ("men who fired and lobbed"): the noun is elsewhere
    start, end = subj.left_edge.i, effect[-1].i + 1
    # the sentence read bounds it: an inner clause split reads its clause as a sentence of its own, and its extra
    # pair, made whole, would overlap the sentence's other pairs (measured: as many pairs lost as gained)
    if start < sent.start or start >= effect[0].i or any(start <= t.i < end for t in cause):
        return effect
    doc = effect[0].doc
    if any(doc[j].dep_ == "cc" and doc[j].lower_ not in ("and", "&") for j in range(cur.i, top.i)):
        return effect  # "was proposed ..., but was dropped [following X]": a contrast, not one act
    if any("\n" in doc[j].text_with_ws for j in range(start, effect[0].i)):
        return effect
    return trim_span([doc[j] for j in range(start, end)])


# what may stand between a verb's subject and a side that opens after it: the verb's auxiliaries, a negation, an
# adverb ("the buses | had not kept off ...", "22 people | were injured"), and commas
_SUBJECT_GAP_DEPS = {"aux", "auxpass", "neg", "advmod", "punct"}


def _own_subject_start(side: list[Token], other: list[Token], sent: Span) -> list[Token]:
    """A side whose highest word is a verb, that opens after that verb's own subject, taken from the subject ("Eighty
    per cent of the buses | kept off the roads" -> the whole clause; "over 22 people , including five media men , |
    were injured"): CNC marks a clause with its subject, and a side without it names no one the act was done by or to
    (``own_subject_sides``, round 56). Only when nothing but the verb's auxiliaries, a negation or an adverb stands
    between the subject and the side, the subject is no relative pronoun ("men who | fired": the noun is elsewhere,
    round 55's shared subjects the same), the other side does not lie in between, and no line break parts them."""
    ids = {t.i for t in side}
    top = next((t for t in side if t.head.i not in ids or t.head == t), None)
    if top is None or top.pos_ not in ("VERB", "AUX"):
        return side
    subj = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < side[0].i), None)
    if subj is None or subj.lower_ in REL_PRONOUNS or subj.right_edge.i >= side[0].i:
        return side
    start, end = subj.left_edge.i, side[-1].i + 1
    if start < sent.start or any(start <= t.i < end for t in other):
        return side
    doc = side[0].doc
    gap = range(subj.right_edge.i + 1, side[0].i)
    if any(doc[j].head.i != top.i or doc[j].dep_ not in _SUBJECT_GAP_DEPS for j in gap):
        return side
    if any("\n" in doc[j].text_with_ws for j in range(start, side[0].i)):
        return side
    return trim_span([doc[j] for j in range(start, end)])


def _shared_subject_clause(verb: Token, subj: Token) -> list[Token]:
    """For a causal verb conjoined to an earlier verb whose subject it shares ("The protests spread to ten towns
    and resulted in two deaths"), the earlier clause, from the subject to the conjunction: the event that had the
    effect, as CNC pairs it. Empty when the verb has its own subject or the earlier verb is a copula."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or head.lemma_ == "be" or subj.head.i == verb.i:
        return []
    if subj.lower_ in REL_PRONOUNS or any(c.dep_ in ("relcl", "acl", "appos") for c in subj.children):
        return []  # "X, which were triggered by Y, claimed lives and brought Z": the clause is not one event
    if not any(c.dep_ in ("dobj", "prep", "advmod", "npadvmod", "xcomp", "prt") for c in head.children):
        return []  # a bare verb ("X rose and caused Y") adds nothing to its subject
    end = verb.left_edge.i
    while end > head.i and verb.doc[end - 1].dep_ in ("cc", "punct"):
        end -= 1
    cc = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]
    if cc:
        end = min(end, cc[-1].i)
    return trim_span([verb.doc[j] for j in range(subj.left_edge.i, end)])
