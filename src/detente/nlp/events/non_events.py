"""Trigger words that name no event where they stand: a judgement ("deems it a threat"), a standing treaty
("the agreement between A and B"), the thing another event acts on ("an attack on a weapons supply"), a
vague trigger coded by its means ("pressure by imposing sanctions"); and the background clauses whose events
give way to the sentence's main event ("praised Y, which has sent troops to Z", "a day after Z seized Y's tanker")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from detente.nlp.events.arguments import ArgumentFinder
from detente.nlp.events.lexicon import TriggerLexicon
from detente.nlp.events.triggers import Trigger, gerund_verb, nominal_gerund, own_agent
from detente.nlp.syntax import is_root, time_frame_object


class NonEventTests:
    """Tests that need the lexicon (and the governor of a nominal trigger)."""

    def __init__(self, lex: TriggerLexicon, arguments: ArgumentFinder) -> None:
        self.lex = lex
        self.arguments = arguments

    def characterization(self, trig: Trigger) -> bool:
        """A trigger noun that is the predicate of a judgement verb ("deems it a threat to NATO") or a
        threat noun predicated by "be" ("Russia is a threat to Europe"): a characterisation."""
        tok = trig.token
        kind = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and kind.lemma_.lower() in self.lex.insult_kind_nouns:
            tok = kind  # rule 237c: "called the deployment an act of aggression": the kind is the predicate
        if tok.dep_ not in ("oprd", "attr", "xcomp", "dobj") or is_root(tok):
            return False
        head = tok.head.lemma_.lower()
        if head in self.lex.judgement_verbs:
            if tok.dep_ != "dobj":
                return True
            # "which Sikorski deems a threat": the relative pronoun is the object, the noun its predicate
            return tok.head.dep_ == "relcl" and any(
                c.lower_ in ("which", "that", "whom") and c.i < tok.head.i for c in tok.head.children
            )
        return head == "be" and tok.dep_ == "attr" and trig.code[:2] == "13"

    def classifier(self, trig: Trigger) -> bool:
        """A trigger noun that classifies a person, unit or thing after it ("war crimes", "invasion
        forces", "pressure groups", "aid workers") names no event."""
        tok = trig.token
        head = tok.head
        classifying = tok.dep_ in ("compound", "amod", "nmod") and head.i > tok.i
        # rule 176d: a bare noun in an "of" phrase classifies the same way ("prisoners of war", "victims of war");
        # with a word of its own it names an event ("victims of the war in Y", "victims of Russian attacks")
        if tok.dep_ == "pobj" and head.lower_ == "of" and not list(tok.children) and head.head.i < tok.i:
            return head.head.lemma_.lower() in self.lex.entity_heads
        return classifying and head.lemma_.lower() in self.lex.entity_heads

    def cited_topic(self, trig: Trigger) -> bool:
        """Whether a nominal trigger is what someone cites, mentions or points to (`cited_verbs`' object,
        `cited_prep_verbs`' "to" phrase, or a conjunct of either): "Trump cited ongoing hostilities between A and B
        as a barrier to talks", "citing deep tensions between A and B" name the reason of a statement, no event
        the sentence reports (docs/events.md rule 60d)."""
        tok = trig.token
        while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
        head = tok.head
        if tok.dep_ in ("dobj", "obj"):
            return head.lemma_.lower() in self.lex.cited_verbs
        if tok.dep_ == "pobj" and head.lower_ == "to":
            return head.head.lemma_.lower() in self.lex.cited_prep_verbs
        return False

    def role_topic(self, trig: Trigger) -> bool:
        """Rule 387h: whether a nominal trigger of a `role_topic_roots` code (talks) is the "in" object of a
        `role_holder_nouns` noun that a possessor owns ("praised India's role in the talks"): the holder's part,
        described, no talks of the governing verb's subject; talks with a "with" / "between" phrase of their own name
        their partners and are kept."""
        tok = trig.token
        if trig.kind != "noun" or trig.code[:2] not in self.lex.role_topic_roots or tok.dep_ != "pobj":
            return False
        prep, holder = tok.head, tok.head.head
        if prep.lower_ != "in" or holder.lemma_.lower() not in self.lex.role_holder_nouns:
            return False
        if not any(c.dep_ == "poss" for c in holder.children):
            return False
        return not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)

    def time_frame_meeting(self, trig: Trigger, tok_actor: dict[int, Span]) -> bool:
        """Whether a nominal contact trigger (root 04 or a reciprocal noun, no truce) only places the clause's act in
        time and names no party of its own (docs/events.md rule 365): the object of a time frame
        (`time_frame_preps`, `time_frame_heads`: "after the summit", "since the talks", "ahead of next week's
        summit", "in the run-up to the talks") with no actor mention in its phrase and no possessor but a date
        ("April's summit", "last year's talks"). "Months after April's summit, X imposed sanctions on Y" does not
        say who met; the clause's parties are not the meeting's. "after talks with Putin", "after their meeting",
        "during the talks" (the act at the meeting, rule 17) keep their reading."""
        tok = trig.token
        lemma = tok.lemma_.lower()
        contact = lemma in self.lex.recip_nouns or self.lex.nouns.get(lemma, "")[:2] == "04"
        if trig.kind != "noun" or not contact or lemma in self.lex.truce_nouns:
            return False
        if not time_frame_object(tok, self.lex.time_frame_preps, self.lex.time_frame_heads):
            return False
        if any(c.dep_ == "poss" and c.ent_type_ != "DATE" for c in tok.children):
            return False  # "after their meeting", "after the two leaders' talks": the possessor met
        return not any(t.i in tok_actor for t in tok.subtree)

    def acquitted_charge(self, trig: Trigger) -> bool:
        """Whether a nominal trigger names what an acquittal clears (`acquittal_verbs`' `legal_charge_preps` phrase:
        "acquitted Y of genocide charges", "was acquitted on all charges"): no charge, accusation or act asserted
        (docs/events.md rule 165c)."""
        tok = trig.token
        while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in self.lex.legal_charge_preps:
            return False
        cleared = prep.head  # the verb, or its object the parser hung the phrase on ("acquitted Y(dobj) of ...")
        if cleared.dep_ in ("dobj", "obj", "nsubjpass"):
            cleared = cleared.head
        return cleared.lemma_.lower() in self.lex.acquittal_verbs

    def standing_reference(self, trig: Trigger) -> bool:
        """Whether a nominal trigger names a standing treaty, agreement or relationship ("the last arms
        control agreement between A and B", "their alliance", one left: "withdrawal from the treaty") rather than
        its making: only a governing verb of making/signing/agreeing ("signed", "reached", "formed") asserts such
        an event."""
        tok = trig.token
        if tok.lemma_.lower() not in self.lex.standing_nouns:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "from":
            # rule 236b: a treaty left ("announced their withdrawal from the Ottawa treaty", "benefits from the
            # deal") is a standing one, not made by the parties of the sentence
            return True
        doc = tok.doc
        named_pair = any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in tok.children) or any(
            t.text in ("-", "–", "—", "/") and 0 < t.i < tok.i and doc[t.i - 1].pos_ == doc[t.i + 1].pos_ == "PROPN"
            for t in doc[max(tok.left_edge.i, tok.i - 4) if tok.dep_ != "compound" else max(0, tok.i - 4) : tok.i]
        )  # "the treaty between A and B", "the US-Russia treaty"
        if not named_pair:
            return False  # "Russia's energy partnerships with China": one side's cooperation, coded
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.lex.making_verbs for c in tok.children):
            return False  # "the energy deal between Russia and China, finalized in October"
        if self.arguments.act_carrier(tok) is not None:
            return False  # "the establishment of diplomatic relations between A and B": a making noun (rule 178c)
        gov = self.arguments.governor(tok)
        if gov is None and tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            gov = tok.head
        gerund_object = nominal_gerund(tok.head.head) if gov is None and tok.dep_ == "pobj" else None
        if gerund_object is not None and gerund_object.i == tok.i:
            # "the signing of a pact between A and B": the gerund of a making verb makes it (rule 135e)
            return gerund_verb(tok.head.head, self.lex.making_verbs) is None
        return gov is None or gov.lemma_.lower() not in self.lex.making_verbs

    def trade_figure(self, trig: Trigger) -> bool:
        """Whether a trade or economic-aid noun (`figure_codes`) is what a figure reports: the subject of a verb of
        amount (`figure_verbs`: "Russia's oil exports to India fell in November", "Chinese investment in Hungary
        doubled") or the modifier or "of" phrase of a figure noun (`figure_nouns`: "Turkey's trade deficit with
        China widened", "the value of exports to Y"). Trade that moves names no act of one party toward another;
        a verb with the party as its subject does ("India cut its purchases of Russian oil") (rule 209)."""
        tok = trig.token
        if trig.code not in self.lex.figure_codes:
            return False
        while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
        if tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i:
            if tok.head.lemma_.lower() in self.lex.figure_nouns:
                return True  # "the trade deficit with China", "export revenues"
            tok = tok.head  # "oil exports", "gas shipments": the compound's head is the noun a verb governs
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.lex.figure_nouns:
            return True  # "the value of exports to India", "the volume of trade between A and B"
        head = tok.head
        return tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in self.lex.figure_verbs

    def received_request(self, trig: Trigger) -> bool:
        """A request noun (`constructions.request_wrappers`) that is the object of a verb of receiving
        (`receiving_verbs`): "accepted calls to lift sanctions on Y" is no appeal of the one who accepts them
        (rule 44); a verb naming who made it keeps its reading ("accepted Y's demands": the phrase codes it)."""
        verb = self.receiving_verb(trig.token)
        return (
            trig.kind == "noun"
            and trig.wrapper is not None
            and trig.wrapper.name in self.lex.request_wrappers
            and verb is not None
            and verb.lemma_.lower() in self.lex.receiving_verbs
        )

    def yielded_demand(self, trig: Trigger, inner: Trigger | None) -> Token | None:
        """Rule 361: the verb that yields to a demand or call noun (the `demand` or `appeal` wrapper) asking an act of
        the political-reform family (`yielded_demand_code`, 083x): "bowed / gave in / agreed to Y's demands for the
        minister's resignation" (`yielding_to_verbs` or a yielding particle phrase over the noun's "to" phrase).
        None otherwise."""
        lex = self.lex
        if trig.kind != "noun" or trig.wrapper is None or trig.wrapper not in (lex.demand, lex.appeal):
            return None
        if self.yielded_code(trig, inner) is None:
            return None
        return self.yielding_verb(trig.token)

    def yielded_code(self, trig: Trigger, inner: Trigger | None) -> str | None:
        """Rules 361, 363: the 083x code of what the demand noun of ``trig`` asks, when it is one of the
        political-reform family: the "for" object's modifier or head that names rights or freedoms
        (`yielded_rights_words`: "for press freedom", "for minority rights" 0833), a constitution or institutions
        (`yielded_institution_words`: "for a new constitution", "for constitutional reform" 0834) or reform
        (`yielded_reform_words`: "for political reform" 083); else the wrapped act's own 083x ("for the minister's
        resignation" 0831, "to change its policy" 0832). None for any other demand."""
        lex = self.lex
        for prep in trig.token.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                words = [c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound")]
                for word in [*words, obj.lemma_.lower()]:
                    if word in lex.yielded_rights_words:
                        return lex.yielded_rights_code
                    if word in lex.yielded_institution_words:
                        return lex.yielded_institution_code
                    if word in lex.yielded_reform_words:
                        return lex.yielded_demand_code
        if inner is None or not inner.code.startswith(lex.yielded_demand_code):
            return None
        return inner.code

    def rejected_demand_code(self, trig: Trigger, inner: Trigger | None) -> str | None:
        """Rule 379a: the 083x code of what a demand or call noun (the `demand` or `appeal` wrapper) asks in its "for"
        object, when the `reject` wrapper of ``trig`` wraps that noun ``inner``: "rejected / refused / turned down Y's
        demands for press freedom" 0833, "for a new constitution" 0834, "for political reform" 083, which the
        reject wrapper refines to 123x as it does an act met (rule 363's reading, :meth:`yielded_code`). None for
        anything else (a wrapped act asked for is rule 44's, "for the minister's resignation" 1231 as before)."""
        lex = self.lex
        if trig.wrapper is None or trig.wrapper is not lex.reject or inner is None or inner.kind != "noun":
            return None
        if inner.wrapper is None or inner.wrapper not in (lex.demand, lex.appeal):
            return None
        return self.yielded_code(inner, None)

    def yielding_verb(self, tok: Token) -> Token | None:
        """Rules 361, 363: the verb that yields to the noun ``tok``: its "to" phrase under a `yielding_to_verbs` verb or
        a yielding particle phrase ("gave in to", "caved in to": a `phrases` entry of root 08), or its direct object
        under a `demand_meeting_verbs` verb ("met / satisfied Y's demands"). None for any other noun."""
        lex = self.lex
        if (
            tok.dep_ in ("dobj", "obj")
            and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower() in lex.demand_meeting_verbs
        ):
            return tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.dep_ == "prep":
            verb = tok.head.head
            lemma = verb.lemma_.lower()
            particles = [lex.phrases.get((lemma, c.lower_), "") for c in verb.children if c.dep_ == "prt"]
            if verb.pos_ == "VERB" and (lemma in lex.yielding_to_verbs or any(p[:2] == "08" for p in particles)):
                return verb
        return None

    @staticmethod
    def receiving_verb(tok: Token) -> Token | None:
        """The verb whose object ``tok`` is, or one of whose conjoined objects it is (rule 107a: "accepted Iraq's
        invitation and Turkey's offer"; also the second noun the parser hangs on the verb itself, "accepted
        Russia's plan and France's offer" with "offer" a `conj` of "accepted"). None for any other noun."""
        if tok.dep_ in ("dobj", "obj"):
            return tok.head
        if tok.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in tok.head.children):
            return tok.head  # "Y's offer to host talks was accepted / welcomed by X" (rule 131a)
        if tok.dep_ != "conj" or tok.pos_ != "NOUN":
            return None
        head = tok.head
        while head.dep_ == "conj" and head.pos_ == "NOUN":
            head = head.head
        if head.dep_ in ("dobj", "obj"):
            return head.head
        if head.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") and c.i < tok.i for c in head.children):
            return head  # the second object hung on the verb: a noun with no verb of its own
        return None

    def mind_appeal(self, trig: Trigger, inner: Trigger | None) -> bool:
        """An appeal or demand whose to-infinitive is a verb of the mind
        (`constructions.mind_verbs`): "told Y to remember that X has nuclear weapons", "called on Y to recall the
        war" asks for no act (a taunt or a veiled warning), so it is no appeal (02) or demand (10), whatever
        trigger the remembered thing holds."""
        if trig.wrapper is None or trig.wrapper.name not in self.lex.order_wrappers:
            return False
        minds = [
            c
            for c in trig.token.subtree
            if c.dep_ in ("xcomp", "ccomp")
            and c.lemma_.lower() in self.lex.mind_verbs
            and c.i > trig.token.i
            and (c.head.i == trig.token.i or c.head.head.i == trig.token.i)
        ]
        # what is wrapped is the thing remembered ("to recall the war"), or nothing coded
        return any(inner is None or inner.token.i in {t.i for t in m.subtree} for m in minds)

    def helping(self, trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """A helping verb (`constructions.helping_verbs`) with no object of its own whose to-infinitive is
        coded ("mobilized groups to help support the rights of Y") is no act of its own: the infinitive codes
        the event (its code, not aid, 07)."""
        tok = trig.token
        if trig.kind != "verb" or tok.lemma_.lower() not in self.lex.helping_verbs:
            return False
        if any(c.dep_ in ("dobj", "obj", "dative", "iobj") for c in tok.children):
            return False
        return any(c.dep_ in ("xcomp", "ccomp") and c.i in trig_at for c in tok.children)

    def civil_posture(self, trig: Trigger, code: str) -> bool:
        """A force-posture verb (150: mobilize, deploy, mass) whose object is a civilian noun
        (`constructions.civil_objects`): "mobilized pressure groups in the US", "mobilized supporters" shows
        no military force."""
        if trig.kind != "verb" or code[:2] != self.lex.posture_code[:2]:
            return False
        civil = self.lex.civil_objects
        return any(
            c.dep_ in ("dobj", "obj", "nsubjpass")
            and (
                c.lemma_.lower() in civil
                # rule 438d: a sum by its sign, "$2 billion" (the sign the count's quantity modifier)
                or (c.pos_ == "NUM" and any(g.dep_ == "quantmod" and g.lower_ in civil for g in c.children))
            )
            and not self.lex.force_formation(c)  # "deployed a carrier strike group" (rule 342)
            for c in trig.token.children
        )

    def sports_context(self, trig: Trigger, inner: Trigger | None, tok_actor: dict[int, Span]) -> bool:
        """A force, contact or posture trigger (`sport_sense_roots`) in a match report: its own clause holds a
        scoreline ("Fiji beat Samoa 24-10", "the clash ... ended 2-2"), a sport noun ("clashed in a World Cup
        qualifier", "will meet Cameroon in the semi-final") or a country's team against a country ("Brazil's squad
        beat Argentina"). A national team's result is play, not a political event (docs/events.md rule 147)."""
        roots = {trig.code[:2]} | ({inner.code[:2]} if inner is not None else set())
        if not roots & self.lex.sport_sense_roots:
            return False
        clause = own_clause(trig.token)
        if any(i in tok_actor and _COUNTRY_CODE.match(tok_actor[i].label_) is None for i in (t.i for t in clause)):
            # a sector actor takes part ("Greek police clashed with Turkish fans at the match", "Brazil's president
            # met Argentina's president at the tournament"): people at a match, not the teams playing it
            return False
        return (
            self.scoreline(clause)
            or any(self.sport_noun(t, tok_actor) for t in clause)
            or self.team_contest(trig.token, clause, tok_actor)
        )

    def scoreline(self, clause: list[Token]) -> bool:
        """Whether ``clause`` holds a pair of small numbers joined by a dash ("24-10", "2 - 2") that is neither a
        range counting a noun ("10-15 soldiers", "on 5-6 May"; a `score_nouns` noun is a result: "a 1-0 win"), nor
        a tally (`tally_words` in the clause: "voted 13-2"), nor a part of a longer chain (the "10-22" of a dateline
        "2025-10-22")."""
        if any(t.lemma_.lower() in self.lex.tally_words for t in clause):
            return False
        at = {t.i for t in clause}
        doc = clause[0].doc if clause else None
        for t in clause:
            if doc is None or t.i + 2 >= len(doc) or not (_SCORE_NUMBER.match(t.text) and t.i + 2 in at):
                continue
            dash, second = doc[t.i + 1], doc[t.i + 2]
            if dash.text not in _DASHES or not _SCORE_NUMBER.match(second.text):
                continue
            if (t.i > 0 and doc[t.i - 1].text in _DASHES) or (t.i + 3 < len(doc) and doc[t.i + 3].text in _DASHES):
                continue  # a part of a longer chain: a date ("2025-10-22"), a code, never a score
            after = doc[t.i + 3] if t.i + 3 < len(doc) else None
            if after is None or after.pos_ not in ("NOUN", "PROPN") or after.lemma_.lower() in self.lex.score_nouns:
                return True
        return False

    def sport_noun(self, tok: Token, tok_actor: dict[int, Span]) -> bool:
        """Whether ``tok`` is a sport noun of its clause (`sport_nouns`, `sport_proper_nouns` as written, not first
        in the sentence): not inside an actor's name ("the Arab League"), not an adjective before a noun ("a final
        offensive"), not dating the clause after a `temporal_preps` word ("during the Olympics", "ahead of the World
        Cup"), not the thing a verb acts on ("threatened to disrupt the Olympics", "boycotted the World Cup")."""
        proper = tok.text in self.lex.sport_proper_nouns and not tok.is_sent_start
        if not proper and tok.lower_ not in self.lex.sport_nouns and tok.lemma_.lower() not in self.lex.sport_nouns:
            return False
        if tok.i in tok_actor:
            return False
        after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if tok.dep_ == "amod" or (tok.pos_ == "ADJ" and after is not None and after.pos_ == "NOUN"):
            return False  # "a final offensive", "the final round of talks"
        if tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i and not self.sport_head(tok.head):
            return False  # "near the football stadium", "the Olympic committee": a place or body named by a sport
        t = tok
        while t.head.i != t.i and t.dep_ not in _CLAUSE_DEPS:
            if t.i != tok.i and t.lower_ in self.lex.temporal_preps and t.dep_ in ("prep", "advmod"):
                return False
            if t.dep_ in ("dobj", "obj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
                return False
            t = t.head
        return True

    def sport_head(self, tok: Token) -> bool:
        """Whether ``tok``, the head a sport word modifies, is itself a sport or team noun ("World Cup qualifier",
        "cricket team", "ice hockey final")."""
        words = self.lex.sport_nouns | self.lex.sport_team_nouns
        return tok.lower_ in words or tok.lemma_.lower() in words or tok.text in self.lex.sport_proper_nouns

    def team_contest(self, tok: Token, clause: list[Token], tok_actor: dict[int, Span]) -> bool:
        """Whether a country's team or player (`sport_team_nouns` with a country owner and no other modifier:
        "Brazil's squad", "Fiji's captain", not "the negotiating team" or "a team of soldiers") stands in the
        clause of ``tok`` and ``tok``'s own object or partner is a bare country name or such a team."""
        teams = [t for t in clause if self.country_team(t, tok_actor)]
        if not teams:
            return False
        args = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        args += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(
            a in teams
            or (a.pos_ == "PROPN" and a.i in tok_actor and _COUNTRY_CODE.match(tok_actor[a.i].label_) is not None)
            for a in args
        )

    def country_team(self, tok: Token, tok_actor: dict[int, Span]) -> bool:
        """Whether ``tok`` is a `sport_team_nouns` noun owned by a country and by nothing else."""
        if tok.lower_ not in self.lex.sport_team_nouns and tok.lemma_.lower() not in self.lex.sport_team_nouns:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return False  # "a team of Russian soldiers"
        mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        return bool(mods) and all(m.i in tok_actor or self.sport_noun(m, tok_actor) for m in mods)

    def attribution_detail(self, trig: Trigger) -> bool:
        """A verb clause describing the source a report is attributed to (`constructions.attribution_words`):
        "..., according to a senior lawmaker sent to the capital by the president" tells who the source is, not
        an event the text reports. Only a participle or relative clause under the attribution phrase; the
        reported clause itself ("According to reports, X is pressing Y") is untouched."""
        tok = trig.token
        if trig.kind != "verb" or tok.dep_ not in ("acl", "relcl"):
            return False
        return any(a.dep_ == "prep" and a.lower_ in self.lex.attribution_words for a in tok.ancestors)

    def described_actor(self, tok: Token, code: str) -> bool:
        """Whether ``tok`` (an event's trigger, coded ``code``) is a participle on the subject of a verb that
        describes who the actor is (docs/events.md rule 181): "troops backed by Y attacked Z", "the coalition
        fighting Y declared a truce" say which troops and which coalition, as "Y-backed troops" would, beside the
        act the sentence reports; only codes of `described_actor_roots` (05 support, 19 fighting), and only a
        participle (acl, VBG / VBN) whose noun is the subject of its clause's verb. Background as rule 53c's
        clauses are (:meth:`EventCoder.main_events`: dropped where an asserted event stands outside)."""
        if tok.dep_ != "acl" or tok.tag_ not in ("VBG", "VBN") or code[:2] not in self.lex.described_actor_roots:
            return False
        noun = tok.head
        return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")

    def background_clause(self, tok: Token) -> bool:
        """Whether ``tok`` stands in a relative clause ("Germany praised Poland, which has sent troops to
        Lithuania") or in an adverbial clause of time (`background_marks`: "France recalled its ambassador one day
        after Iranian forces seized a French tanker"): background to the sentence's main act (docs/events.md rule
        53c)."""
        while tok.head.i != tok.i:
            if (
                tok.dep_ == "relcl"
                and (not self.subject_portrait(tok) or self.history_dated(tok))
                and not self.occasion_clause(tok)
            ):
                return True
            if tok.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in self.lex.background_marks for c in tok.children
            ):
                return True
            if self.irrealis_clause(tok) or self.recalled_background(tok):
                return True
            tok = tok.head
        return False

    def recalled_background(self, tok: Token) -> bool:
        """Rule 185's background pieces, read on each step up from a trigger (docs/events.md rule 185): an act under
        a `background_nouns` noun ("in the wake of the coup", "on the anniversary of the annexation"), or
        naming the forum of a `forum_member_nouns` noun ("Serbia's delegation to the Belgrade-Pristina dialogue"); the
        that-clause of a `recalled_history_verbs` verb in the past perfect ("recalled that NATO had promised ...");
        a perfect participle clause ("Having fought India in 1965, Pakistan ...")."""
        if tok.dep_ == "pobj" and (
            tok.lemma_.lower() in self.lex.background_nouns
            or tok.head.head.lemma_.lower() in self.lex.forum_member_nouns
        ):
            return True
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.lex.recalled_history_verbs and "had" in aux:
            return True
        return tok.dep_ == "advcl" and "having" in aux

    def background_phrase(self, tok: Token, code: str) -> bool:
        """Whether ``tok`` (an event's trigger, coded ``code``) stands in a phrase of `background_preps` naming an
        earlier act ("Following Israel's strike on Doha, Qatar condemned Israel", "Amid Israel's blockade of Gaza,
        Egypt sent aid"): background as rule 53c's clauses are (docs/events.md rule 185). Not a contact
        (`background_phrase_kept_roots`: "following Friday's summit between A and B", a meeting news reports as done)
        nor an act with a possessive pronoun (the subject's own act, "following his meeting with Y", rule 65b), nor
        an act done at such a contact (rule 66a's occasion clause: "after Trump's meeting with Y, during which the
        U.S. leader rejected ...")."""
        if code[:2] in self.lex.background_phrase_kept_roots:
            return False
        while tok.head.i != tok.i:
            if tok.dep_ == "relcl" and self.occasion_clause(tok):
                return False  # an act done at a contact named there: "after Trump's meeting with Y, during which ..."
            if tok.dep_ == "prep" and tok.lower_ in self.lex.background_preps:
                return not any(
                    c.dep_ == "pobj" and any(p.dep_ == "poss" and p.tag_ == "PRP$" for p in c.children)
                    for c in tok.children
                )
            tok = tok.head
        return False

    def history_dated(self, clause: Token) -> bool:
        """Whether the clause ``clause`` holds a date of history: a year ("in 2014", "since April 2023") or one of
        `history_time_words` ("last year", "a decade ago") in a date (docs/events.md rule 185)."""
        return any(
            t.ent_type_ == "DATE" and ((t.is_digit and len(t.text) == 4) or t.lower_ in self.lex.history_time_words)
            for t in clause.subtree
        )

    @staticmethod
    def subject_portrait(clause: Token) -> bool:
        """Whether the relative clause ``clause`` tells what the main clause's own subject did, its subject the
        relative pronoun ("Leaders who have criticized Y now want talks with Y", docs/events.md rule 65): the
        act is the same actor's, reported beside the main one, not background to it (rule 53c's clauses hang on
        another party: "praised Poland, which has sent troops to Y")."""
        return clause.head.dep_ == "nsubj" and any(
            c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children
        )

    def occasion_clause(self, clause: Token) -> bool:
        """Whether the relative clause ``clause`` tells what happened at the occasion its noun names, the relative
        word the object of one of `occasion_preps` ("a meeting with Y, during which X rejected Z's proposal", "a
        call in which X urged Y to ...") on an `occasion_nouns` noun (docs/events.md rule 66a): a new act reported
        at that occasion, no earlier act recalled about a party as rule 53c's clauses are ("praised Poland, which
        has sent troops to Y")."""
        if clause.head.lemma_.lower() not in self.lex.occasion_nouns:
            return False
        return any(
            c.dep_ == "prep"
            and c.lower_ in self.lex.occasion_preps
            and any(g.dep_ == "pobj" and g.tag_ in ("WDT", "WP") for g in c.children)
            for c in clause.children
        )

    def irrealis_clause(self, tok: Token) -> bool:
        """Whether ``tok`` heads a for-to infinitive clause ("for a settlement to be reached", "for Y to withdraw":
        a mark of `irrealis_marks` and an infinitival "to"): a purpose or a wish, no done act (docs/events.md rule
        62b)."""
        if tok.dep_ not in ("advcl", "ccomp", "xcomp", "acl"):
            return False
        marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ in self.lex.irrealis_marks]
        return bool(marks) and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)

    def content_topic(self, tok: Token) -> bool:
        """Whether ``tok`` (an event's trigger) stands in a topic phrase (`content_preps`) of a noun naming a piece of
        information (`content_nouns`: evidence, information, a sign), or of the verb whose object such a noun is:
        "shared evidence with Y about contacts between A and B", "a sign of progress in A-B talks" name what the
        information is about, no act the sentence reports (docs/events.md rule 62a)."""
        t = tok
        while t.head.i != t.i:
            if t.dep_ == "prep" and t.lower_ in self.lex.content_preps:
                holder = t.head
                nouns = [holder] if holder.pos_ in ("NOUN", "PROPN") else []
                if holder.pos_ in ("VERB", "AUX"):
                    nouns = [c for c in holder.children if c.dep_ in ("dobj", "obj")]
                if any(n.i != tok.i and n.lemma_.lower() in self.lex.content_nouns for n in nouns):
                    return True
            t = t.head
        return False

    def destination_mission(self, trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """A nominal trigger that names a mission, force or operation (`mission_nouns`, or a trigger compounded on
        one: "peacekeeping") that another act goes to (the object of its `mission_preps` phrase, the act the
        phrase's verb or that verb's object: "deployed troops to", "contribute air support to") names the standing
        body the act goes to, no act of its own (docs/events.md rule 56c): "Britain is deploying troops to the UN
        peacekeeping mission in Mali" is Britain's deployment, not a UN peacekeeping act in Mali besides."""
        tok = trig.token
        if trig.kind != "noun":
            return False
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in self.lex.mission_nouns:
            tok = tok.head
        if tok.lemma_.lower() not in self.lex.mission_nouns or tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ not in self.lex.mission_preps or is_root(prep):
            return False
        gov = prep.head
        return gov.i in trig_at or any(c.dep_ in ("dobj", "obj") and c.i in trig_at for c in gov.children)

    @staticmethod
    def commented_act(tok: Token, source: str, comments: dict[int, str]) -> bool:
        """Whether ``tok`` (the trigger of an act of ``source``, a primary actor code) stands below the object of a
        comment on it by another party (``comments``: the trigger token of each asserted event of
        `commented_act_codes` -> its source's primary code): "Israel praised Y's decision to recognize Z", "Russia
        welcomed Y's decision to send troops home from Z" report the praise, the decided act is its topic
        (docs/events.md rule 56b). The object noun itself ("condemned Y's invasion of Z") is not below it."""
        t = tok
        while t.head.i != t.i:
            if t.dep_ in ("dobj", "obj") and t.head.i in comments and t.i != tok.i:
                return comments[t.head.i] != source
            t = t.head
        return False

    def own_topic(self, tok: Token, parties: tuple[str, str], comments: dict[int, str]) -> bool:
        """Whether ``tok`` (the trigger of an act between ``parties``, primary actor codes) is one's own process
        noun (`own_topic_nouns`: talks, negotiations, partnership ...) named only as what an optimistic or
        pessimistic comment of one of the parties is about (``comments``: the trigger token of each asserted event
        of `own_topic_comment_codes` -> its source's primary code), in an `own_topic_preps` phrase of the comment
        word or of its object: "Turkey was optimistic about its talks with Greece", "Chile voiced confidence in its
        negotiations with Peru" report the comment, not the talks (docs/events.md rule 377, refining rule 56b)."""
        if tok.lemma_.lower() not in self.lex.own_topic_nouns or tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.dep_ != "prep" or prep.lower_ not in self.lex.own_topic_preps:
            return False
        holder = prep.head
        at = [holder.i]
        if holder.dep_ in ("dobj", "obj"):
            at.append(holder.head.i)
        return any(i in comments and comments[i] in parties for i in at)


def thing_acted_on(trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
    """A nominal trigger that is the object of another trigger's on/against/at phrase is the thing
    acted on, not an event: "an attack on a weapons supply" (no supply event), also as a compound
    ("an embargo on arms sales to Syria": no arms supply)."""
    tok = trig.token
    if trig.kind == "noun" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i not in trig_at:
        tok = tok.head
    return (
        trig.kind == "noun"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("on", "against", "at", "upon")
        and tok.head.head.i in trig_at
        and not own_agent(tok)
    )


def received_forces(trig: Trigger, trig_at: dict[int, Trigger], lex: TriggerLexicon) -> bool:
    """Rules 362, 363: a noun trigger that is the "of" object of a deployment noun (`deployment_of_nouns`) which
    another trigger of a receiving or refusing root (`received_force_roots`: 08, 12) takes up as its phrase object
    ("accepted / agreed to the deployment of AU peacekeepers in Darfur" 0861, "refused the deployment of ..." 1245):
    the forces are that trigger's event, not one of their own (074 toward the place)."""
    tok = trig.token
    if trig.kind != "noun" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    noun = tok.head.head
    if noun.lemma_.lower() not in lex.deployment_of_nouns:
        return False
    return any(
        t.phrase_obj is not None and t.phrase_obj.i == noun.i and t.code[:2] in lex.received_force_roots
        for t in trig_at.values()
        if t is not trig
    )


def means_coded(trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
    """A vague trigger whose means is itself a trigger ("intensified pressure on Russia by imposing
    sanctions") is coded by the means alone."""
    tok = trig.token
    if len(trig.code) != 3 or not trig.code.endswith("0"):
        return False  # a specific act ("suspended military aid ... by accusing Pakistan") is no vague one
    if trig.wrapper is not None and trig.wrapper.name == "reduce":
        return False  # the `reduce` wrapper's 160 is refined by what it cuts ("suspended military aid" 1622, rule 170)
    holders = [tok, tok.head] if trig.kind == "noun" and tok.dep_ in ("dobj", "obj") else [tok]
    for holder in holders:
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                if any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" and g.i in trig_at for g in c.children):
                    return True
    return False


def measure_effect(trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
    """A cut (the `reduce` wrapper) whose subject is a sanction-family measure ("Beijing's export controls cut
    shipments to the US by half", "US tariffs cut China's exports"): the measure's effect, a figure, no act of the
    measure's owner; the measure noun codes itself where it names its target (rule 209c)."""
    if trig.kind != "verb" or trig.wrapper is None or trig.wrapper.name != "reduce":
        return False
    # the active subject only: a passive one is what is cut ("EU sanctions on Russia were suspended" 085)
    subjects = [c for c in trig.token.children if c.dep_ == "nsubj"]
    return any(c.i in trig_at and trig_at[c.i].code.startswith("16") for c in subjects)


_SCORE_NUMBER = re.compile(r"^\d{1,3}$")  # one side of a scoreline: small, never a year
_DASHES = frozenset({"-", "–", "—"})
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")  # a country's bare code, no sector ("FJI", not "FJIMIL")
# the dependencies that open a clause of their own: what stands under them is not the trigger's clause
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis", "csubj"})


def own_clause(tok: Token) -> list[Token]:
    """The tokens of the clause ``tok`` stands in: the subtree of its nearest verb (``tok`` itself, or the verb a
    noun hangs on), less the clauses of its own under it (adverbial, complement, relative clauses and verb
    conjuncts), in order."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    out: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in _CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
                continue
            stack.append(c)
    return sorted(out, key=lambda t: t.i)
