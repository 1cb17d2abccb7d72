"""The ``event_coder`` spaCy component: who did what to whom, coded in CAMEO, per sentence.

Runs after ``actor_resolver`` (which fills ``doc.spans["actors"]`` with spans labelled by CAMEO-style actor
codes) and writes ``doc._.events``: a list of dicts

    {source, target, cameo, plover, goldstein, quad, negated, hypothetical, date, date_how,
     trigger, trigger_start, trigger_end, start, end, source_text, target_text}

``start``/``end`` are the sentence's character offsets in ``doc.text``; ``trigger_*`` the trigger word's.

How: a trigger word (verb, noun or adjective lemma listed in ``data/events/event_patterns.yml``) gives the
event type; the dependency parse gives its arguments. A verb's source is its subject (or the ``by`` agent
of a passive); its target its object, dative, passive subject or a target preposition. A nominal trigger
takes its source from its possessor/compound/adjective ("Russia's invasion", "US sanctions", "Russian
invasion") or from the subject of the verb that governs it ("imposed sanctions"), and its target from its
prepositions ("invasion of Ukraine", "talks with Putin"). Wrappers ("refused to supply", "threatened to
halt talks", "agreed to hold exercises") take over the action they wrap. Reciprocal triggers (talks,
meeting, treaty) are coded both ways. Only actors found in the argument positions count: two countries
mentioned in a sentence of commentary make no event. Source and target must be distinct primary actors, or
(``domestic``, on by default) two different actors of one country that are not both its state ("Kenyan MPs
called on the energy minister to resign": KENLEG -> KENGOV; never USA -> USAGOV; docs/events.md).

This module is the component and the per-sentence sequence of rules; the rules themselves live in
``detente.nlp.events``: ``lexicon`` (the YAML word lists), ``triggers`` (trigger matching, wrappers, reported
demands), ``arguments`` (source/target selection and pairing), ``modality`` (negation, hypotheticals, intent)
and ``non_events`` (trigger words that name no event where they stand). Dates come from ``nlp/dates.py``
through one call, :meth:`EventCoder.date_of`. With ``verb_dictionary`` on (off by default), verbs our lexicon
does not know are typed by the fallback verb dictionary ``data/events/cameo_verbs.tsv`` (``events.verb_dictionary``,
:meth:`EventCoder.fallback_events`; docs/events.md, "Fallback verb dictionary").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp import extensions  # noqa: F401  (registers doc._.events, doc._.published)
from detente.nlp.component import DataComponent
from detente.nlp.dates import after_publication, event_date
from detente.nlp.events.arguments import POSS_PRONOUNS, ArgumentFinder, actor_pairs, role_suffixes, state_actor
from detente.nlp.events.lexicon import DEFAULT_PATTERNS, EVENTS_DIR, TriggerLexicon, Wrapper
from detente.nlp.events.modality import Modality, headline_future
from detente.nlp.events.non_events import NonEventTests, means_coded, measure_effect, received_forces, thing_acted_on
from detente.nlp.events.parse_repair import has_actors, repair_once
from detente.nlp.events.triggers import (
    SCAN_POS,
    Trigger,
    TriggerMatcher,
    asks_uncoded_addressee,
    call_purpose,
    denied_part_of,
    held_jointly,
    held_meeting_participle,
    phoned,
    plain_call,
    purpose_talks,
    said_of,
    to_infinitive_modifier,
)
from detente.nlp.events.verb_dictionary import DEFAULT_VERBS, VerbDictionary
from detente.nlp.syntax import prep_objects_in
from detente.nlp.token_scan import PosTokens
from detente.reference.actors import distinct_actors, igo_pair, is_igo, role_part
from detente.reference.actors import primary_code as primary
from detente.reference.cameo import lookup

__all__ = ["DEFAULT_PATTERNS", "EVENTS_DIR", "EventCoder", "Trigger", "TriggerLexicon", "Wrapper", "primary"]

FIGHT_ROOTS = ("18", "19", "20")  # assault, fight, mass violence
COOPERATION_ROOTS = ("04", "05", "06", "07", "08")  # consult ... yield: what a disavowed plan refuses
VERB_DICTIONARY_DEFAULT = False  # the fallback verb dictionary: measured in docs/events.md before turning on


def pair_key(source: str, target: str) -> tuple[str, str]:
    """What makes two events of a sentence the same pair: their primary actors; for a domestic pair (one
    country) its two full codes in either order, so that KENLEG -> KENGOV and KENOPP -> KENGOV stay two
    events but a reciprocal domestic event ("Russia battled separatists") is coded once, source first:
    both directions would be the same KEN -> KEN pair to anyone comparing primary codes."""
    s, t = primary(source), primary(target)
    if s != t:
        return (s, t)
    first, second = sorted((source, target))
    return (first, second)


def own_phrase(noun: Token) -> list[Token]:
    """The tokens of ``noun``'s phrase without its conjoined nouns' phrases ("Russia's plan" of "Russia's plan and
    France's offer")."""
    cut = {t.i for c in noun.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in noun.subtree if t.i not in cut]


def meeting_holders(trig: Trigger) -> list[Token]:
    """The tokens whose phrases say where or how the meeting at ``trig`` was held (docs/events.md rule 155d): the
    meeting word, the verb whose object the meeting noun is ("held talks in Washington"), the noun of the trigger's
    phrase."""
    tok = trig.token
    holders = [tok] + ([tok.head] if trig.kind == "noun" and tok.dep_ in ("dobj", "nsubjpass") else [])
    if trig.phrase_obj is not None:
        holders.append(trig.phrase_obj)
    return holders


def own_phrase_actors(noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
    """The actor mentions inside ``noun``'s own phrase (``own_phrase``): its possessor, modifiers, "from" phrase and
    the "by" agent of a participle on it, as the proposer of a proposal taken up (rule 107a)."""
    found: dict[int, Span] = {}
    for t in own_phrase(noun):
        if t.i in tok_actor:
            found.setdefault(tok_actor[t.i].start, tok_actor[t.i])
    return list(found.values())


FLAGGED_KEY_MARK = "~"  # a seen key's root with this mark: only a flagged (negated or hypothetical) event was coded


def unseen_pairs(
    pairs: Iterable[tuple[Span, Span]], code: str, seen: set[tuple[str, str, str]], flagged: bool = False
) -> Iterator[tuple[Span, Span]]:
    """The (source, target) pairs not coded yet in this sentence with this root code, each marked seen as it
    is given: one event per primary source, primary target and root code (full codes for a domestic pair),
    whichever trigger comes first. A ``flagged`` (negated or hypothetical) event blocks only later flagged ones:
    an asserted act of the same pair and root in another clause is still coded ("Canada, which had never
    sanctioned Iran before, imposed sanctions on Iran": the relative clause's negated 163 came first and took the
    main clause's act; docs/events.md rule 418a)."""
    for src, tgt in pairs:
        key = (*pair_key(src.label_, tgt.label_), code[:2])
        mark = (key[0], key[1], key[2] + FLAGGED_KEY_MARK)
        if key in seen or (flagged and mark in seen):
            continue
        seen.add(mark if flagged else key)
        yield src, tgt


CODEBOOK_NAME_HOWS = frozenset({"name", "alias"})  # a mention matched on a codebook name, not composed (rule 82d)


def names_actor(
    trig: Trigger,
    tok_actor: dict[int, Span],
    agent_nouns: frozenset[str] | set[str] = frozenset(),
    group_roots: frozenset[str] | set[str] = frozenset(),
) -> bool:
    """Whether a noun trigger is a modifier inside the actor mention it belongs to: "opposition" in "Kenya's
    leading opposition party", "aid" in "the UN aid agency" name who, not what happened (rule 37)."""
    tok = trig.token
    mention = tok_actor.get(tok.i)
    if trig.kind != "noun" or mention is None:
        return False
    if tok.dep_ in ("compound", "amod", "nmod") and tok_actor.get(tok.head.i) is mention:
        return True
    # rule 435c: a capitalised proper noun inside a mention is a word of the actor's own name ("Alliance" in "the
    # People's Alliance", "the Progressive Alliance in South Africa"), not an act
    if tok.pos_ == "PROPN" and tok.text.istitle() and not tok.is_sent_start:
        return True
    if len(mention) < 2 or tok.i != mention.end - 1:
        return False
    # rule 82d: the head word of a body's codebook name ("alliance" in "the Atlantic alliance", "the Western military
    # alliance") names the body too; the head of a mention composed from a role ("the Belarusian opposition") names
    # the group unless a phrase of its own makes it the act ("Russia's opposition to NATO expansion": 120, rule 82e);
    # only a verbal act's noun (`group_head_roots`: "opposition" 120), never the doers of a material act ("suicide
    # bombers" 183, "peacekeepers" 074) nor persons who carry out an act (`agent_nouns`: "Russian mediators")
    if mention._.actor_how in CODEBOOK_NAME_HOWS:
        return True
    return (
        trig.code[:2] in group_roots
        and tok.lemma_.lower() not in agent_nouns
        and not any(c.dep_ == "prep" for c in tok.children)
    )


class EventCoder(DataComponent):
    """The component: reads ``doc.spans["actors"]``, writes ``doc._.events``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        patterns_path: str = "",
        learned: bool = True,
        domestic: bool = True,
        verb_dictionary: bool = VERB_DICTIONARY_DEFAULT,
    ) -> None:
        self.name = name
        self.use_learned = learned
        self.domestic = domestic
        self.use_verb_dictionary = verb_dictionary
        self.use_lexicon(TriggerLexicon())
        self.from_disk(patterns_path or DEFAULT_PATTERNS)

    def use_lexicon(self, lex: TriggerLexicon) -> None:
        """Set the lexicon and the rule parts that read it (trigger matching, arguments, modality)."""
        self.lex = lex
        self.triggers = TriggerMatcher(lex)
        self.arguments = ArgumentFinder(lex, self.triggers, getattr(self, "domestic", True))
        self.modality = Modality(lex)
        self.non_events = NonEventTests(lex, self.arguments)
        self.known_verbs = lex.verb_words()  # verbs the fallback dictionary is never asked about

    # -- loading -----------------------------------------------------------------------------------
    def load_data(self, path: Path) -> None:
        """Load the trigger lexicon (a YAML file, or a folder holding ``event_patterns.yml``) and the learned
        layer's weights (``event_model.npz`` beside it, else the packaged file; docs/events.md)."""
        from detente.nlp.event_model import MODEL_FILE, EventModel

        if path.is_dir():
            path = path / DEFAULT_PATTERNS.name
        self.use_lexicon(TriggerLexicon.from_yaml(path))
        self.patterns_file = path
        verbs_beside = path.parent / DEFAULT_VERBS.name
        self.verbs_file = verbs_beside if verbs_beside.exists() else DEFAULT_VERBS
        # None = no fallback verb dictionary (switched off)
        use_verbs = getattr(self, "use_verb_dictionary", VERB_DICTIONARY_DEFAULT)
        self.verb_dictionary = VerbDictionary.from_tsv(self.verbs_file) if use_verbs else None
        beside = path.parent / MODEL_FILE.name
        self.model_file = beside if beside.exists() else MODEL_FILE
        # None = rules only (switched off, or the weights or the encoder package are missing)
        self.learned = EventModel.load(self.model_file) if getattr(self, "use_learned", True) else None

    def data_sources(self) -> dict[str, Path]:
        sources = {DEFAULT_PATTERNS.name: self.patterns_file}
        if self.verb_dictionary is not None:
            sources[DEFAULT_VERBS.name] = self.verbs_file
        if self.learned is not None:
            sources[self.model_file.name] = self.model_file
        return sources

    # -- spaCy entry points ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.code_doc(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    # -- coding ------------------------------------------------------------------------------------
    def code_doc(self, doc: Doc) -> list[dict[str, Any]]:
        if not has_actors(doc):
            return []
        spans = doc.spans["actors"]
        # rules 46a, 52c: the rules read the repaired parse and lemmas. In a pipeline the ``parse_repair`` component
        # before this one has done it (a no-op here); a coder run on its own (the rule tests) repairs the document
        # itself, once, with the packaged table
        repair_once(doc)
        tok_actor: dict[int, Span] = {}
        by_sent: dict[int, set[str]] = {}  # the actor codes of each sentence
        sent_of: dict[int, Span] = {}
        mentions: dict[int, list[Span]] = {}
        for span in spans:
            if not span.label_:
                continue
            for i in range(span.start, span.end):
                tok_actor.setdefault(i, span)
            sent = span[0].sent
            by_sent.setdefault(sent.start, set()).add(span.label_)
            sent_of[sent.start] = sent
            mentions.setdefault(sent.start, []).append(span)
        # an event needs two actors in the sentence that may be source and target
        events: list[dict[str, Any]] = []
        scanned = PosTokens(doc, SCAN_POS)  # one POS column per document
        for start, codes in sorted(by_sent.items()):
            pairable = self.pairable(codes)
            sent = sent_of[start]
            # rule 419a: one party judging the act the previous sentence told ("... Turkey condemned the strikes.")
            recalled = not pairable and bool(self.arguments.recalled_act_owners(sent.root, tok_actor))
            if not pairable and not recalled and not self.own_people_sentence(codes, sent):
                continue
            # the tokens every sentence loop of the coder reads, built once for all of them
            tokens = scanned.tokens(sent.start, sent.end)
            found = self.code_sentence(doc, sent, tok_actor, tokens)
            if self.learned is not None and pairable:  # learned layer: vetoes and adds pairs (event_model.py)
                found = self.learned.refine(doc, sent, mentions[start], found, self, tokens=tokens)
            events.extend(found)
        return events

    def pairable(self, codes: set[str]) -> bool:
        """Whether some two of a sentence's actor codes may be an event's source and target."""
        if len({primary(c) for c in codes}) >= 2:
            return True
        if any(igo_pair(a, b) for a in codes for b in codes):
            return True  # two organisations: "the Arab League urged the European Community" (rule 29)
        return self.domestic and any(distinct_actors(a, b) for a in codes for b in codes)

    def own_people_doer(self, code: str) -> bool:
        """Whether an actor code may do an act on its state's own people (rule 289): a state actor that is no
        international organisation, or a role of `own_people_doer_roles` (a court, ``THAJUD``)."""
        if is_igo(code):
            return False
        return state_actor(code) or (role_part(code) in self.lex.own_people_doer_roles and state_actor(primary(code)))

    def own_people_sentence(self, codes: set[str], sent: Span) -> bool:
        """Whether a sentence whose actors pair with none may still have an act on a state's own people (rule 289):
        a state actor that is no international organisation, and a noun of such an act ("curfew", "emergency", "martial
        law": rule 313), a word of a reform of its own country ("democratize": rule 332), a press outlet ("a private
        television channel": rule 368) or its police (rule 372b: "put its police on high alert")."""
        if not self.domestic or not any(self.own_people_doer(c) for c in codes):
            return False
        nouns = self.lex.own_people_nouns | self.lex.own_opposition_nouns | self.lex.own_reform_words
        nouns = nouns | self.lex.political_freedom_nouns  # rule 336: "eased restrictions on the press"
        nouns = nouns | self.lex.party_ban_nouns  # rule 341: "lifted the ban on opposition politicians"
        nouns = nouns | self.lex.police_nouns  # rule 372b: "deployed police officers to Manipur"
        return any(
            tok.lemma_.lower() in nouns or self.triggers.emergency_power(tok) or self.triggers.press_outlet(tok)
            for tok in sent
        )  # rule 368: "closed a private television channel"

    def code_sentence(
        self, doc: Doc, sent: Span, tok_actor: dict[int, Span], tokens: list[Token] | None = None
    ) -> list[dict[str, Any]]:
        """The sentence's rule events. ``tokens``: its tokens of the parts of speech a trigger or a reported
        demand can have (``triggers.SCAN_POS``, in order: ``code_doc`` builds them once per sentence); every
        token of the sentence when not given, the same events."""
        scan = list(sent) if tokens is None else tokens
        # no early return without triggers: a reported demand needs none ("pushing for Germany to increase ...")
        triggers = [
            t
            for t in (self.triggers.trigger(tok) for tok in scan)
            if t is not None and not names_actor(t, tok_actor, self.lex.agent_nouns, self.lex.group_head_roots)
        ]
        trig_at = {t.token.i: t for t in triggers}
        out: list[dict[str, Any]] = []
        seen: set[tuple[str, str, str]] = set()
        date: tuple[str | None, str | None] | None = None
        consumed: set[int] = set()
        orphans: list[tuple[Trigger, str, list[Span], bool, bool]] = []
        reported: dict[int, int] = {}  # id of a reported demand's event -> its speech verb
        alleged: set[int] = set()  # tokens of a clause another party's act is alleged in (rule 75a)

        def speak(
            speech: Token, clause: Token, code: str, targets: list[Span], consume: bool
        ) -> list[dict[str, Any]] | None:
            """The speaker's events toward ``targets`` (None when speaker and targets make no pair); ``consume``:
            the clause's triggers are the speech's content, not acts of their own."""
            nonlocal date
            sources, _ = self.arguments.subject(speech, tok_actor)
            pairs = actor_pairs(sources, targets, False, self.domestic)
            if not pairs:
                return None
            if consume:
                consumed.update(t.i for t in clause.subtree if t.i in trig_at)
                consumed.add(speech.i)
            spoken, date = self.speech_events(doc, sent, speech, code, pairs, seen, date)
            out.extend(spoken)
            return spoken

        for speech, clause, code in self.triggers.reported_demands(sent, trig_at, scan):
            sources, _ = self.arguments.subject(speech, tok_actor)
            targets = [
                a
                for c in clause.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for a in self.arguments.actors(c, tok_actor)
            ]
            if not targets or {a.label_ for a in targets} <= {a.label_ for a in sources}:
                # "told Y that it must ...": "it" unresolved, or resolved to the speaker, is the addressee
                targets = self.addressees(speech, clause, tok_actor) or targets
            reported.update((id(e), speech.i) for e in speak(speech, clause, code, targets, consume=True) or [])
        for speech, clause, code in self.triggers.ruled_out_acts(sent, trig_at, scan):
            # "X said lifting the sanctions on Y is out of the question": X rejects the act, toward its parties; the
            # act is not asserted (rule 87d)
            targets = list(
                {
                    id(tok_actor[t.i]): tok_actor[t.i]
                    for c in clause.children
                    if c.dep_ in ("nsubj", "csubj")
                    for t in c.subtree
                    if t.i in tok_actor
                }.values()
            )
            speak(speech, clause, code, targets, consume=True)
        for speech, clause, code in self.triggers.reported_claims(sent, trig_at, scan):
            # "X said Y was behind the attack" (112), "X suggested Y leaked the plan" (112), "X said such claims
            # are false" (016): the speaker's own accusation or denial (rule 60b/c)
            denied = code == self.lex.false_claim_code  # what is denied is not asserted
            targets = self.claim_targets(speech, clause, code, tok_actor)
            if code == self.lex.consequence_threat_code:
                # a consequence foretold for the speaker's own country is a forecast of harm, no threat (rule 200,
                # as rule 112b: "said Turkish farmers would pay a heavy price" from Ankara)
                own = {primary(s.label_) for s in self.arguments.subject(speech, tok_actor)[0]}
                targets = [t for t in targets if primary(t.label_) not in own]
            spoken = speak(speech, clause, code, targets, consume=False)
            if spoken is not None:
                if denied:
                    consumed.update(t.i for t in clause.subtree if t.i in trig_at)
                elif speech.lemma_.lower() in self.lex.allegation_speech_verbs:
                    # "X claimed / alleged / suggested that Y attacked Z": the act is the speaker's allegation,
                    # which the document reports, not a fact it asserts (rule 75a)
                    alleged.update(t.i for t in clause.subtree)
        aimed: dict[int, set[tuple[str, str]]] = {}  # trigger -> pairs a protest it states the aim of has coded
        protests: dict[int, list[dict[str, Any]]] = {}  # trigger -> the events of the protest it is the aim of
        aims: list[tuple[int, dict[str, Any]]] = []  # (trigger, event) of each aim folded into its protest
        welcomed: set[int] = set()  # start of a welcoming verb whose offer is coded as taken up (rule 131a)
        # rule 214: the triggers of background clauses and phrases (rules 53c, 185) are coded after the others, so
        # that a recalled act ("Russia, which invaded Ukraine in 2022, shelled Kherson") does not take the pair and
        # root of the new act beside it first; the events keep the sentence's order
        order = {t.token.i: n for n, t in enumerate(triggers)}
        late = {t.token.i for t in triggers if self.background_trigger(t)}
        first = len(out)
        ranks: list[int] = []
        for trig in sorted(triggers, key=lambda t: t.token.i in late) if late else triggers:
            if trig.token.i in consumed:
                continue  # part of a reported demand: "said Y must ...", "demanded that Y ..."
            if self.triggers.wrapped_by(trig, trig_at) is not None and not self.yielded_object(trig, trig_at):
                continue  # its wrapper (or the verb it is the object of) codes it
            if trig.code in self.lex.wrapped_only_codes and trig.token.lemma_.lower() in self.lex.wrapped_only_triggers:
                continue  # "the minister resigned": an act coded only as a wrapper's ("urged Y to resign", rule 183a)
            found = self.code_trigger(doc, sent, trig, trig_at, tok_actor, seen, orphans)
            if found and self.aid_purpose(trig, trig_at):
                # "provided loans to support Y's budget": the loans' purpose, no 050 of its own beside the aid
                # coded for the same pair (rule 381)
                given = {pair_key(e["source"], e["target"]) for e in out if self.aid_code(str(e["cameo"]))}
                found = [e for e in found if pair_key(e["source"], e["target"]) not in given]
            welcomer = self.welcomed_offer(trig, self.triggers.wrapped(trig, trig_at), tok_actor) if found else None
            if welcomer is not None:
                welcomed.add(welcomer.idx)  # the offer taken up codes the welcome: no 051 beside it (rule 131a)
            for further in self.triggers.accepted_conjuncts(trig):
                # "accepted Russia's plan and France's offer": each proposal toward its own proposer (rule 107a)
                found += self.code_trigger(doc, sent, further, trig_at, tok_actor, seen, orphans)
            if trig.token.i in aimed:
                # "began a hunger strike to demand Y's resignation": the demand is the protest's aim, one event
                keys = aimed[trig.token.i]
                aims += [(trig.token.i, e) for e in found if pair_key(e["source"], e["target"]) in keys]
                found = [e for e in found if pair_key(e["source"], e["target"]) not in keys]
            self.named_purpose(trig, found)
            out.extend(found)
            out.extend(self.claims_of_own_acts(doc, trig, found, tok_actor, seen))
            out.extend(self.denials_of_acts(trig, found, tok_actor, seen))
            ranks += [order[trig.token.i]] * (len(out) - first - len(ranks))
            self.mark_aims(trig, found, trig_at, aimed, protests)
            self.mark_pressing_purposes(trig, found, trig_at, aimed)
        if late:
            out[first:] = [e for _, e in sorted(zip(ranks, out[first:], strict=True), key=lambda p: p[0])]
        if aimed and reported:
            # "gathered to demand that Y lift the siege": the reported demand is the protest's aim too
            aims += [
                (reported[id(e)], e)
                for e in out
                if id(e) in reported and pair_key(e["source"], e["target"]) in aimed.get(reported[id(e)], set())
            ]
            out = [
                e
                for e in out
                if id(e) not in reported or pair_key(e["source"], e["target"]) not in aimed.get(reported[id(e)], set())
            ]
        self.protest_purposes(aims, protests)
        if welcomed:
            out = [e for e in out if e.get("trigger_start") not in welcomed]
        out.extend(self._opposing_fights(doc, sent, orphans, seen))
        out.extend(self.opposed_orphans(doc, sent, orphans, out, tok_actor, seen))
        if self.verb_dictionary is not None:
            out.extend(self.fallback_events(doc, sent, trig_at, consumed, tok_actor, seen, out))
        if out:  # the alleged clauses only mark events: with none, their tokens are not read
            alleged |= self.allegation_clauses(sent, out, tok_actor)
        if alleged:
            starts = {doc[i].idx for i in alleged}
            for e in out:
                if e.get("trigger_start") in starts and e["cameo"] != self.lex.accusation_code:
                    e["hypothetical"] = True  # alleged, not asserted (rule 75a)
        out = self.one_dual_national(sent, out, tok_actor)
        return self.main_events(sent, out)

    def allegation_clauses(self, sent: Span, out: list[dict[str, Any]], tok_actor: dict[int, Span]) -> set[int]:
        """Tokens of the that-clauses of allegation verbs (`claims.allegation_speech_verbs`) whose act the document
        reports as alleged, not asserted (rule 199f, after rule 75a): the verb coded an accusation itself (rule 21's
        "a UN report alleged that Iran supplied weapons to Russia": IGO -> IRN 112, the supply alleged, whatever
        its code), or its subject is a document noun that names no actor ("a report alleged that Y sent troops
        to Z": no accuser, and no act asserted either)."""
        accusing = {e.get("trigger_start") for e in out if str(e["cameo"]).startswith(self.lex.accusation_code)}
        tokens: set[int] = set()
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.allegation_speech_verbs:
                continue
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            if not clauses:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "acl":
                subjects = [verb.head]  # "A report alleged that ...": "alleged" parsed as a participle on "report"
            unnamed_document = any(
                s.lemma_.lower() in self.lex.document_nouns
                and not any(t.i in tok_actor for t in s.subtree if t.i < verb.i)
                for s in subjects
            )
            if verb.idx in accusing or unnamed_document:
                tokens.update(t.i for c in clauses for t in c.subtree)
        return tokens

    def agreed_view(self, verb: Token) -> bool:
        """Whether "agree" states a shared view (rule 192e): its "with" phrase names a view or position ("agreed with
        Y's position"), or a degree adverb qualifies it ("fully agreed with Y"); not an agreement made."""
        with_objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children]
        if not with_objects:
            return False
        if any(o.dep_ == "pobj" and o.lemma_.lower() in self.lex.accord_nouns for o in with_objects):
            return True
        return any(c.dep_ == "advmod" and c.lower_ in self.lex.accord_adverbs for c in verb.children)

    def aid_purpose(self, trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """Rule 381, aid's purpose clause: whether ``trig`` heads a to-infinitive purpose clause of a `purpose_verbs`
        verb ("to support Y's budget", "to help Y's hospitals") hung on a verb that gives or pledges aid of
        `aid_purpose_roots` (07, 033), the verb's own trigger, its object's or the object's compound's ("provided
        loans", "approved a loan", "extended a credit line"): the clause says whom the
        aid is for (rules 23 / 40 take its beneficiary as the aid's target), no act of its own (050, 070) for a pair
        the aid already codes."""
        tok = trig.token
        if trig.kind != "verb" or tok.dep_ not in ("advcl", "xcomp"):
            return False
        if tok.lemma_.lower() not in self.lex.purpose_verbs or not any(
            a.dep_ == "aux" and a.lower_ == "to" for a in tok.children
        ):
            return False
        verb = tok.head
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        # the verb, its object, or the object's compound ("extended a credit line")
        givers = [
            trig_at.get(t.i)
            for t in (verb, *objects, *(c for o in objects for c in o.children if c.dep_ == "compound"))
        ]
        return any(g is not None and g is not trig and self.aid_code(g.code) for g in givers)

    def aid_code(self, code: str) -> bool:
        """Whether ``code`` is aid given or pledged (`aid_purpose_roots`: 07, 033; rule 381)."""
        return code.startswith(tuple(self.lex.aid_purpose_roots))

    def welcomed_offer(self, trig: Trigger, inner: Trigger | None, tok_actor: dict[int, Span]) -> Token | None:
        """Rule 131a, an offer taken up by welcoming it: the welcoming verb (`offer_welcoming_verbs`) whose object is
        ``trig``, an offer or invitation noun (`welcomed_offer_nouns`, a `request_wrappers` wrapper) that names the
        act offered (``inner``, of `welcomed_offer_roots`: talks, visits, mediation), when the welcomer is a party to
        that act: it names no party but the offerer's
        ("India welcomed Pakistan's offer to host talks", "Egypt welcomed Ethiopia's invitation to visit Addis
        Ababa") or names the welcomer ("India welcomed the US offer to mediate between India and Pakistan"). An
        outsider's welcome ("Brazil welcomed the US offer to mediate between India and Pakistan") is its praise, and
        None is returned, as for any other noun."""
        lex = self.lex
        noun = trig.token
        if inner is None or trig.kind != "noun" or noun.lemma_.lower() not in lex.welcomed_offer_nouns:
            return None
        if inner.code[:2] not in lex.welcomed_offer_roots:
            return None  # "welcomed Y's offer to send aid": Y's act to carry out, the welcome stays 051
        if trig.wrapper is None or trig.wrapper.name not in lex.request_wrappers:
            return None
        verb = self.non_events.receiving_verb(noun)
        if verb is None or verb.lemma_.lower() not in lex.offer_welcoming_verbs:
            return None
        welcomers, _ = self.arguments.subject(verb, tok_actor)
        if not welcomers:
            return None
        act = {t.i for t in inner.token.subtree}
        offerers = {primary(tok_actor[t.i].label_) for t in noun.subtree if t.i in tok_actor and t.i not in act}
        named = {primary(tok_actor[i].label_) for i in act if i in tok_actor} - offerers
        if named and not named & {primary(a.label_) for a in welcomers}:
            return None
        return verb

    def appeal_to_uncoded_dissenters(self, trig: Trigger, inner: Trigger | None, tok_actor: dict[int, Span]) -> bool:
        """Rule 98d: an appeal verb that asks someone the resolver did not code (its direct object or "on" / "upon"
        phrase holds no actor: "member states", "consumers", "the faithful") to hold a boycott or protest (a verb of
        `protest_roots` or `boycott_verbs`, not a labour strike) against a party: the appeal has no coded
        addressee, so, as rule 86d reads a call addressed to no one, it is the callers' rallying of opposition
        (or their own dissent)."""
        if trig.wrapper is None or trig.wrapper.name != "appeal" or trig.kind != "verb" or inner is None:
            return False
        if inner.kind != "verb":
            return False
        if inner.code[:2] not in self.lex.protest_roots and inner.token.lemma_.lower() not in self.lex.boycott_verbs:
            return False
        if inner.token.lemma_.lower() in self.lex.labour_strike_words:
            return False
        return asks_uncoded_addressee(trig.token, tok_actor)

    def dual_nationals(self, sent: Span, tok_actor: dict[int, Span]) -> list[tuple[Span, Span]]:
        """(first, second) actor mentions of a hyphenated pair of nationality adjectives that describe one person
        (rule 98a): "a Russian-American journalist" (RUS, USAMED), "a British-Iranian national" (GBR, IRN). The
        first is a one-token adjective mention, a hyphen follows it, and the second mention starts with an
        adjective; both modify one singular noun of `dual_national_heads` (a person, not "talks" or "border"); the
        two are different primary codes."""
        pairs: list[tuple[Span, Span]] = []
        doc = sent.doc
        for i in range(sent.start, sent.end):
            first = tok_actor.get(i)  # looked up by index: no Token object made for a word that is no mention
            if first is None or len(first) != 1 or i + 2 >= sent.end:
                continue
            tok = doc[i]
            if tok.tag_ != "JJ":
                continue
            hyph, nxt = doc[i + 1], doc[i + 2]
            second = tok_actor.get(nxt.i)
            if hyph.tag_ != "HYPH" or second is None or second.start != nxt.i or nxt.tag_ != "JJ":
                continue
            head = nxt.head
            if tok.head.i not in (head.i, nxt.i) or head.tag_ != "NN":
                continue
            if head.lemma_.lower() not in self.lex.dual_national_heads or primary(first.label_) == primary(
                second.label_
            ):
                continue
            pairs.append((first, second))
        return pairs

    def one_dual_national(
        self, sent: Span, events: list[dict[str, Any]], tok_actor: dict[int, Span]
    ) -> list[dict[str, Any]]:
        """A dual national is one party (rule 98a): an event on the first nationality of "a Russian-American
        journalist" is dropped when the same trigger gives the same event on the person's own mention (the
        head's); when only one of the two gives an event (the other being the acting party's own country: "Iran
        arrested a British-Iranian academic"), that one stays."""
        if not events:
            return events  # nothing to drop: the sentence's tokens are not read
        pairs = self.dual_nationals(sent, tok_actor)
        if not pairs:
            return events
        kept = {
            (e["trigger_start"], e["cameo"][:2], side, e[other], e[f"{side}_text"])
            for e in events
            for side, other in (("source", "target"), ("target", "source"))
        }
        drop: set[int] = set()
        for first, second in pairs:
            for e in events:
                for side, other in (("source", "target"), ("target", "source")):
                    if e[f"{side}_text"] == first.text and any(
                        (e["trigger_start"], e["cameo"][:2], side, e[other], text) in kept
                        for text in {second.text, tok_actor[second.end - 1].text}
                    ):
                        drop.add(id(e))
        return [e for e in events if id(e) not in drop]

    def addressees(self, speech: Token, clause: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 87b: a reported demand whose clause subject is a third-person pronoun naming no actor ("told Y
        that it must cooperate", "issued a reminder to Y that it must ...") is made of the speech's addressee: the
        verb's object, else its "to" phrase (the parser: `dative` or `prep`); a message noun as the object names no
        actor, so its "to" phrase is read."""
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(s.lower_ not in self.lex.addressee_pronouns for s in subjects):
            return []
        found = [a for c in speech.children if c.dep_ in ("dobj", "obj") for a in self.arguments.actors(c, tok_actor)]
        return found or [
            a
            for c in speech.children
            if c.dep_ in ("dative", "prep") and c.lower_ == "to"
            for p in c.children
            if p.dep_ == "pobj"
            for a in self.arguments.actors(p, tok_actor)
        ]

    def claiming_verb(self, act: Token) -> Token | None:
        """The verb that claims an act as its subject's own (docs/events.md rule 61): a `claim_verbs` verb over
        "responsibility for" a nominal act ("X claimed responsibility for the attack on Y"), or a
        `claimed_clause_verbs` verb whose finite clause holds the act ("X claimed that it had attacked Y"); the
        caller checks that the act's source is the claimant's."""
        if act.pos_ in ("NOUN", "PROPN"):
            prep = act.head
            owner = prep.head
            if (
                act.dep_ == "pobj"
                and prep.lower_ == "for"
                and owner.lemma_.lower() in self.lex.responsibility_words
                and owner.pos_ == "NOUN"
                and owner.dep_ in ("dobj", "obj")
                and owner.head.lemma_.lower() in self.lex.claim_verbs
            ):
                return owner.head
            return None
        if act.dep_ == "ccomp" and act.head.lemma_.lower() in self.lex.claimed_clause_verbs:
            return act.head
        return None

    def claims_of_own_acts(
        self,
        doc: Doc,
        trig: Trigger,
        found: list[dict[str, Any]],
        tok_actor: dict[int, Span],
        seen: set[tuple[str, str, str]],
    ) -> list[dict[str, Any]]:
        """CAMEO 015 "acknowledge or claim responsibility" for an asserted act of force (`claimed_act_roots`)
        the claimant claims as its own (`claiming_verb`), from the act's source to its target (rule 61): "X
        claimed responsibility for the bombing of Y's embassy", "X claimed that it had attacked Y" are X's
        statement besides the act (ConfliBERT's gold and the codebook class them as statements). A negated or
        hedged claim, or a claim of another party's act ("X claimed that Y attacked Z"), adds nothing."""
        acts = [
            e
            for e in found
            if not e["negated"] and not e["hypothetical"] and e["cameo"][:2] in self.lex.claimed_act_roots
        ]
        verb = self.claiming_verb(trig.token) if acts else None
        return self.statements_on_acts(acts, verb, self.lex.claim_code, tok_actor, seen, {})

    def statements_on_acts(
        self,
        acts: list[dict[str, Any]],
        verb: Token | None,
        code: str,
        tok_actor: dict[int, Span],
        seen: set[tuple[str, str, str]],
        flags: dict[str, bool],
    ) -> list[dict[str, Any]]:
        """The statement ``code`` that ``verb``'s subject makes about its own share in each of ``acts``, from the
        act's source to its target (rules 61 and 374a: a claim 015, a denial 016), the act's fields kept but for the
        code, the trigger and ``flags``; nothing when the statement is negated or hedged, for another doer's act, or
        for a pair and root already coded (``seen``)."""
        if verb is None:
            return []
        statement = Trigger(verb, code, "verb")
        if self.modality.negated(statement) or self.modality.hedged(statement)[0]:
            return []
        speakers = {a.label_ for a in self.arguments.subject(verb, tok_actor)[0]}
        entry = lookup(code)
        out: list[dict[str, Any]] = []
        for act in acts:
            key = (*pair_key(act["source"], act["target"]), entry.code[:2])
            if act["source"] not in speakers or key in seen:
                continue
            seen.add(key)
            out.append(
                {
                    **act,
                    "cameo": entry.code,
                    "plover": entry.plover,
                    "goldstein": entry.goldstein,
                    "quad": entry.quad,
                    **flags,
                    "trigger": verb.text,
                    "trigger_start": verb.idx,
                    "trigger_end": verb.idx + len(verb.text),
                }
            )
        return out

    def denying_verb(self, act: Token) -> Token | None:
        """The verb that denies its subject's part in a nominal act (docs/events.md rule 374a): a `denial_verbs`
        verb whose only object is a `denied_part_nouns` word with the act in its "in" / "for" phrase, or in such a
        phrase on the verb after it (rule 105c's `denied_part_of`: "X denied responsibility for the attack on Y",
        "denied involvement in the sabotage of Y's cable"; a dative, "denied Y a role in", is no denial)."""
        if act.pos_ not in ("NOUN", "PROPN") or act.dep_ != "pobj":
            return None
        owner = act.head.head
        verb = owner if owner.lemma_.lower() in self.lex.denial_verbs else owner.head
        if verb.lemma_.lower() in self.lex.denial_verbs and denied_part_of(verb, act, self.lex.denied_part_nouns):
            return verb
        return None

    def denials_of_acts(
        self,
        trig: Trigger,
        found: list[dict[str, Any]],
        tok_actor: dict[int, Span],
        seen: set[tuple[str, str, str]],
    ) -> list[dict[str, Any]]:
        """CAMEO 016 "deny responsibility" for a denied act of force (`claimed_act_roots`) the denier's share in
        which it denies (`denying_verb`), from the act's source to its target (rule 374a, the counterpart of
        `claims_of_own_acts`): "X denied responsibility for the attack on the Indian convoy" X -> IND 016, where the
        phrase "deny responsibility" found no party of its own. The act stays unasserted; a pair the phrase already
        coded, a negated or hedged denial, or an act of another doer adds nothing."""
        acts = [e for e in found if e["negated"] and e["cameo"][:2] in self.lex.claimed_act_roots]
        verb = self.denying_verb(trig.token) if acts else None
        flags = {"negated": False, "hypothetical": False}
        return self.statements_on_acts(acts, verb, self.lex.denial_code, tok_actor, seen, flags)

    def claim_targets(self, speech: Token, clause: Token, code: str, tok_actor: dict[int, Span]) -> list[Span]:
        """Whom a reported accusation or denial (rule 60b/c) is aimed at: the accused subject of the clause
        (112); for a denial (016) the claim's owner ("the US claims", "claims by Y"), else the subject of another
        reporting verb of the sentence ("Y said Z ..., but such claims are incorrect, X said")."""
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if code != self.lex.false_claim_code:
            accused = [a for c in subjects for a in self.arguments.actors(c, tok_actor)]
            if not accused and any(c.lower_ in self.lex.said_of_pronouns for c in subjects):
                # '"They are lying," X said of Y': a pronoun naming no actor is the party the speech is about
                accused = [
                    a for g in said_of(clause, self.lex.report_verbs) for a in self.arguments.actors(g, tok_actor)
                ]
            return accused
        owners: list[Span] = []
        for noun in subjects:
            owners += self.arguments.actors(noun, tok_actor)
            owners += [
                a
                for p in noun.children
                if p.dep_ == "prep" and p.lower_ in self.lex.claim_owner_preps
                for g in p.children
                if g.dep_ == "pobj"
                for a in self.arguments.actors(g, tok_actor)
            ]
        if owners:
            return owners
        others = [
            v
            for v in speech.sent
            if v.pos_ == "VERB"
            and v.i != speech.i
            and v.lemma_.lower() in self.lex.report_verbs
            and not any(v.i == t.i for t in clause.subtree)
        ]
        return [a for v in others for a in self.arguments.subject(v, tok_actor)[0]]

    def third_country_truce(
        self, trig: Trigger, inner: Trigger | None, code: str, sources: list[Span], tok_actor: dict[int, Span]
    ) -> bool:
        """Rule 406b: whether a truce that conjoined parties declare or agree to (rule 230a) is placed by its "in"
        phrase (rule 36's `truce_place`) in a country none of them belongs to: "Turkey and Russia announced a
        ceasefire in Idlib", "Qatar and Egypt announced a truce in Gaza". Such a truce is toward that country, as one
        party's is; a place of one of the parties ("Israel and Hamas agreed to a ceasefire in Gaza", "Armenia and
        Azerbaijan declared a ceasefire in Nagorno-Karabakh") keeps the two parties' mutual truce."""
        if not (code.startswith(self.lex.truce_code[:3]) or trig.token.lemma_.lower() == "agree"):
            return False
        truce = self.arguments.truce_noun(trig, inner)
        if truce is None:
            return False
        places = {primary(p.label_) for p in self.arguments.truce_place(truce, tok_actor)}
        return bool(places) and not places & {primary(s.label_) for s in sources}

    def own_forces(self, noun: Token, verb: Token, tok_actor: dict[int, Span]) -> bool:
        """Whether the forces a withdrawal noun moves are the ordering subject's own (rule 60a): no party other
        than the subject's is named by the noun's possessor or its "of" phrase ("ordered the withdrawal of its
        troops" yes, "ordered the withdrawal of Turkish troops" no: a demand on Turkey)."""
        orderer, _ = self.arguments.subject(verb, tok_actor)
        if not orderer:
            return False
        heads = [c for c in noun.children if c.dep_ == "poss"] + [
            g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        named = [a for h in heads for a in self.arguments.actors(h, tok_actor)]
        return all(not distinct_actors(o.label_, a.label_) for a in named for o in orderer)

    def adverbial_of(self, tok: Token, verb: Token) -> bool:
        """Whether ``tok`` stands in an adverbial clause (advcl) or a time phrase (`temporal_preps`: after, during
        ...) of ``verb``: background to the verb's act, none of its arguments (rule 63a)."""
        while tok.i != verb.i and tok.head.i != tok.i:
            if tok.head.i == verb.i and (
                tok.dep_ == "advcl" or (tok.dep_ == "prep" and tok.lower_ in self.lex.temporal_preps)
            ):
                return True
            tok = tok.head
        return False

    def background_trigger(self, trig: Trigger) -> bool:
        """Whether ``trig`` stands in a background clause or phrase (rules 53c, 185): coded after the sentence's
        other triggers (rule 214)."""
        tok = trig.token
        return self.non_events.background_clause(tok) or self.non_events.background_phrase(tok, trig.code)

    def main_events(self, sent: Span, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The events of ``sent`` without those of its background clauses (a relative clause, a clause of time:
        `NonEventTests.background_clause`) when an asserted event stands outside them (docs/events.md rule 53c):
        "Egypt condemned Israel's prime minister, who has vowed to expand settlements in the West Bank" is the
        condemnation, not the vow too; a sentence whose only events are in such clauses keeps them. Another
        party's act below the object of an asserted comment (rule 56b: "Israel praised Y's decision to recognize Z")
        is background too: the comment is the event reported; so is a participle describing the subject (rule 181:
        "troops backed by Y attacked Z": which troops, no backing of its own); and rule 185's phrases of time naming
        an earlier act ("Following Y's strike on Z, X condemned Y")."""
        if not events:
            return events  # nothing to keep or drop (no main event either way): the sentence's tokens unread
        at = {tok.idx: tok for tok in sent}
        triggers = [at.get(e["trigger_start"]) for e in events]

        def asserted_at(codes: Collection[str]) -> dict[int, str]:
            """The trigger index and source of each asserted event whose code starts with one of ``codes``."""
            return {
                tok.i: primary(e["source"])
                for tok, e in zip(triggers, events, strict=True)
                if tok is not None
                and not e["negated"]
                and not e["hypothetical"]
                and any(e["cameo"].startswith(c) for c in codes)
            }

        comments = asserted_at(self.lex.commented_act_codes)
        # rule 377: optimistic or pessimistic comments, one's own talks their topic
        own_comments = asserted_at(self.lex.own_topic_comment_codes)
        background = [
            tok is not None
            and (
                self.non_events.background_clause(tok)
                or self.non_events.background_phrase(tok, e["cameo"])
                or self.non_events.commented_act(tok, primary(e["source"]), comments)
                or self.non_events.own_topic(tok, (primary(e["source"]), primary(e["target"])), own_comments)
                or self.non_events.content_topic(tok)
                or self.non_events.described_actor(tok, e["cameo"])
            )
            for tok, e in zip(triggers, events, strict=True)
        ]
        for n, tok in enumerate(triggers):
            verb = self.arguments.signed_at_meeting(tok) if tok is not None else None
            signings = [
                background[m]
                for m, t in enumerate(triggers)
                if verb is not None
                and t is not None
                and t.i in (verb.i, verb.head.i if verb.dep_ == "relcl" else verb.i)
            ]
            if signings:
                # rule 410d: the meeting an agreement was signed at is as much the main act as the signing is ("the
                # treaty that A and B signed at their summit in C covers ...", the signing read on the antecedent)
                background[n] = all(signings)
        main = any(
            not b and not e["negated"] and not e["hypothetical"] for b, e in zip(background, events, strict=True)
        )
        if not main:
            return events
        return [e for b, e in zip(background, events, strict=True) if not b]

    def held_condition_party(
        self, trig: Trigger, code: str, sources: list[Span], tok_actor: dict[int, Span], roots: set[str]
    ) -> list[Span]:
        """Rule 99b, the party an "until" clause (`held_threat_marks`) on a coercive act's clause chain falls on: its
        subject, or passive agent, when that names an actor other than the sources ("Pakistan will boycott the talks
        until India releases the prisoners": India), for acts whose root a condition makes a threat (``roots``:
        `conditional_threat_roots`, `protest_roots`); [] for any other act ("will provide aid to Y until Z
        withdraws" is cooperation for a time) or a clause naming no party ("until the war ends": how long)."""
        if not sources or code[:2] not in roots:
            return []
        chain = self.modality.clause_chain(trig.token)
        return self.arguments.condition_party(chain, tok_actor, sources, code, self.lex.held_threat_marks)

    def mark_aims(
        self,
        trig: Trigger,
        found: list[dict[str, Any]],
        trig_at: dict[int, Trigger],
        aimed: dict[int, set[tuple[str, str]]],
        protests: dict[int, list[dict[str, Any]]],
    ) -> None:
        """Record the triggers of a coded protest's purpose clause ("to demand Y's resignation", "in protest of
        Y's refusal"; docs/events.md rule 29) with the pairs the protest coded: the clause states the protest's
        aim, not a second event between the same two parties; ``protests``: the protest's events, which the aim
        gives their sub-code (rule 188a)."""
        if trig.code[:2] not in self.lex.protest_roots and not any(
            e["cameo"][:2] in self.lex.protest_roots for e in found
        ):
            return  # rule 188b: a strike coded by its doers as theirs ("unions went on strike to demand ...") is one
        keys = {pair_key(e["source"], e["target"]) for e in found}
        if not keys:
            return
        aim = self.arguments.protest_aim(trig.token, trig.kind)
        if aim is None or aim[1] != "clause":
            return
        for tok in aim[0].subtree:
            if tok.i in trig_at and tok.i != trig.token.i:
                aimed.setdefault(tok.i, set()).update(keys)
                protests.setdefault(tok.i, []).extend(found)

    def mark_pressing_purposes(
        self,
        trig: Trigger,
        found: list[dict[str, Any]],
        trig_at: dict[int, Trigger],
        aimed: dict[int, set[tuple[str, str]]],
    ) -> None:
        """Rule 305, a material act of pressure with a pressing purpose: when ``trig`` is a verb whose events of
        ``found`` code a measure of `coercion_codes` (a show of force 15, a sanction 16, an easing 085), the triggers
        heading its to-infinitive purpose clauses of `coercion_verbs` ("sent a carrier to the Caribbean to pressure
        Y", "imposed sanctions to force Y to ...") state the measure's aim: their events between a pair the measure
        coded are dropped, as a protest's aim is (rule 29), so that "to pressure Y" (170) does not stand beside, or
        for, the deployment's 150."""
        if trig.kind != "verb":
            return
        coercion = tuple(self.lex.coercion_codes)
        keys = {pair_key(e["source"], e["target"]) for e in found if e["cameo"].startswith(coercion)}
        if not keys:
            return
        for clause in self.arguments.purpose_clauses(trig.token, self.lex.coercion_verbs):
            if clause.i in trig_at and clause.i != trig.token.i:
                aimed.setdefault(clause.i, set()).update(keys)

    def named_purpose(self, trig: Trigger, found: list[dict[str, Any]]) -> None:
        """Rule 188e, a protest's sub-code named by a noun of its aim: the protest events of ``found`` coded
        `purpose_protest_codes` take the digit of the first noun of the protest's purpose clause or of a
        `purpose_preps` phrase on it (or on the verb staging a protest noun) that a `purpose_*_nouns` list holds, not
        a possessor ("against the Croatian parliament's new law" is against a law): leadership 1, policy 2, rights
        3, institutions or regime 4 ("marched against the pension reform" 1412)."""
        lex = self.lex
        if not any(e["cameo"] in lex.purpose_protest_codes for e in found):
            return
        heads = [trig.token]
        if trig.kind == "noun" and (gov := self.arguments.governor(trig.token)) is not None:
            heads.append(gov)
        words: list[Token] = []
        aim = self.arguments.protest_aim(trig.token, trig.kind)
        if aim is not None and aim[1] == "clause":
            words += [t for t in aim[0].subtree if t.i not in {h.i for h in heads}]
        for head in heads:
            for p in head.children:
                if p.dep_ == "prep" and p.lower_ in lex.purpose_preps:
                    words += [t for o in p.children if o.dep_ == "pobj" for t in o.subtree]
        kinds = (
            lex.purpose_leadership_nouns,
            lex.purpose_policy_nouns,
            lex.purpose_rights_nouns,
            lex.purpose_regime_nouns,
        )
        digit = next(
            (
                str(n + 1)
                for t in words
                if t.pos_ == "NOUN" and t.dep_ != "poss"
                for n, nouns in enumerate(kinds)
                if t.lemma_.lower() in nouns
            ),
            None,
        )
        if digit is None:
            return
        for e in found:
            if e["cameo"] in lex.purpose_protest_codes:
                entry = lookup(e["cameo"] + digit)
                e.update(cameo=entry.code, plover=entry.plover, goldstein=entry.goldstein, quad=entry.quad)

    def protest_purposes(
        self, aims: list[tuple[int, dict[str, Any]]], protests: dict[int, list[dict[str, Any]]]
    ) -> None:
        """Rule 188a, a protest's sub-code named by its aim: a protest event of `purpose_protest_codes` (141-145)
        whose purpose clause was coded, between the same pair, as an appeal or demand of `purpose_aim_codes`
        (024x, 104x: leadership 1, policy 2, rights 3, institutions 4) takes the aim's last digit, CAMEO's own
        numbering of the same aims under 14: "went on hunger strike to demand the resignation of Y's president"
        1421, "rallied to demand that Y respect the rights of ..." 1413."""
        lex = self.lex
        for at, aim in aims:
            if aim["cameo"] not in lex.purpose_aim_codes:
                continue
            pair = pair_key(aim["source"], aim["target"])
            for e in protests.get(at, []):
                if e["cameo"] in lex.purpose_protest_codes and pair_key(e["source"], e["target"]) == pair:
                    entry = lookup(e["cameo"] + aim["cameo"][-1])
                    e.update(cameo=entry.code, plover=entry.plover, goldstein=entry.goldstein, quad=entry.quad)

    def yields_to_coded_demand(self, trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """Rule 361: whether ``trig`` is a yielding verb (root 08, no wrapper: "gave in", "accepted" by the phrase
        "accept demand") whose demand noun codes the accession itself (`NonEvents.yielded_demand`), so that the
        verb's bare 080 / 083 is no second event."""
        if trig.kind != "verb" or trig.wrapper is not None or not trig.code.startswith("08"):
            return False
        for noun in trig_at.values():
            yielder = self.non_events.yielded_demand(noun, self.triggers.wrapped(noun, trig_at))
            if yielder is not None and yielder.i == trig.token.i:
                return True
        return False

    def yielded_object(self, trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """Rule 363: whether ``trig`` is a demand noun that the verb it is the object of yields to ("met / satisfied
        Y's demands for the minister's resignation"): the noun codes the accession itself (0831), not the verb's
        phrase ("meet demand" 083), which `yields_to_coded_demand` then leaves uncoded."""
        return self.non_events.yielded_demand(trig, self.triggers.wrapped(trig, trig_at)) is not None

    def code_trigger(
        self,
        doc: Doc,
        sent: Span,
        trig: Trigger,
        trig_at: dict[int, Trigger],
        tok_actor: dict[int, Span],
        seen: set[tuple[str, str, str]],
        orphans: list[tuple[Trigger, str, list[Span], bool, bool]],
    ) -> list[dict[str, Any]]:
        """The events of one trigger: what it wraps, non-event tests, arguments, modality, intent, direction,
        date (rules 2-6 and 10-24 of docs/events.md). A fighting noun naming only its side goes to ``orphans``.
        Lexicon triggers and the fallback dictionary's verbs (``fallback_events``) both go through here."""
        if self.yields_to_coded_demand(trig, trig_at):
            return []  # "gave in to Y's demands for the minister's resignation": the demand's 0831 codes it (rule 361)
        inner = self.triggers.wrapped(trig, trig_at)
        if (
            trig.wrapper is not None
            and trig.wrapper is self.lex.reject
            and inner is not None
            and inner.kind == "noun"
            and inner.wrapper is not None
            and inner.wrapper is self.lex.plan
            and inner.token.lemma_.lower() in self.lex.wish_nouns
        ):
            # "rejected the prospect of a summit with Y", "dismissed the idea of mediation by Y": the meeting or
            # mediation the wish noun names is what is refused (125, 126), not the wish (03x -> 120; rule 280)
            inner = self.triggers.wrapped(inner, trig_at) or inner
        if trig.wrapper is not None and inner is not None:
            # "agreed to cut tariffs on Y", "promised to halt its offensive": the wrapped reduction read as it codes
            # on its own (085 eases, 087 de-escalates; rule 76d), not as its bare 160 (before: 138, a threat)
            inner = self.triggers.reduction_read(inner, trig_at)
        code = trig.code
        called_strike = self.triggers.called_strike(trig, inner)
        if (
            trig.wrapper is not None
            and trig.wrapper.name == "appeal"
            and trig.kind == "noun"
            and (
                any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.token.children)
                or phoned(trig.token)
                or held_jointly(trig.token)
            )
            and plain_call(trig.token)
        ):
            # "Trump's call with Putin": a phone call, whatever it led to; "held a phone call on trade" (rule 178e)
            inner = None
        if (
            trig.wrapper is not None
            and trig.wrapper.name == "appeal"
            and trig.kind == "verb"
            and any(call_purpose(trig.token, c) for c in trig.token.children)
            and plain_call(trig.token)
        ):
            inner = None  # "called Lavrov to discuss Syria": a phone call, its purpose not asked of Lavrov (rule 35)
        refused_act = False  # a refused act that codes as itself, negated (rule 103)
        refiner = trig.wrapper  # the wrapper whose refinement codes the wrapped act (the reject one for "vowed not to")
        if trig.wrapper is not None:
            if inner is not None and self.negated_intent(trig, inner):
                # "vowed not to return the Golan", "promised never to negotiate": a stated refusal (12x)
                refiner = self.lex.reject
                code = self.lex.reject.refined(inner.code) if self.lex.reject else "120"
            elif inner is not None:
                # the wrapped act refined by its domain first ("demanded military aid" 1032, not 103; rule 155)
                code = trig.wrapper.refined(
                    self.triggers.classed_aid(inner, self.triggers.domain(inner, None, inner.code))
                )
                if (
                    trig.wrapper.name in self.lex.asked_truce_wrappers
                    and inner.code[:2] in self.lex.asked_truce_roots
                    and self.arguments.truce_act(inner, None) is not None
                ):
                    # "demanded a ceasefire": 107 (rule 155e); "called on Y to agree to a ceasefire", "demanded that Y
                    # accept a truce": the truce asked for too, 0256 / 107 (rule 187)
                    code = trig.wrapper.refined(self.lex.truce_code)
                # "threatened to cut off aid to Y" 1311, "vowed to impose sanctions on Y" 1312: a threat names what
                # it threatens by its sub-code (rule 148)
                code = self.threat_subcode(code, self.triggers.act_read(inner, trig_at))
                if code[:2] in self.lex.threat_roots and self.triggers.walkout_from_meeting(inner):
                    # "threatened to walk out of the talks with Y": a threat to halt negotiations (134), not to
                    # protest (133) as the walkout's own 143 would give
                    code = self.lex.walkout_threat_code
                if trig.wrapper is self.lex.threaten and self.triggers.warned_against(trig, inner):
                    code = trig.wrapper.code  # "warned Y against new tariffs": a warning, no act threatened
                mediation = self.triggers.intended_mediation(trig, inner, tok_actor)
                if mediation is not None:
                    # "offered to mediate between A and B" 039, "agreed to US mediation" 038 (rule 107c), not 036
                    code = mediation
                if (
                    trig.wrapper is self.lex.reject
                    and inner.code[:2] in self.lex.refused_act_roots
                    and inner.token.dep_ == "xcomp"
                    and inner.token.head == trig.token
                ):
                    # "refused to condemn Y": the disapproval not done, negated toward Y (rule 103), not a 120; a
                    # rejected text that condemns ("vetoed a resolution condemning Y") stays the rejection
                    code, refused_act = inner.code, True
                if (
                    trig.wrapper is self.lex.appeal
                    and inner.code[:2] in self.lex.asked_coercion_roots
                    and (inner.wrapper is None or inner.wrapper.name != "reduce")
                ):
                    # "urged Y to keep up pressure on Z", "called on Y to boycott Z": Y is asked to press or sanction,
                    # not to yield (025 and its sub-codes are the addressee's own easing): a plain appeal (rule 277d);
                    # a halt asked ("asked Y to stop harassing Z", a reduce wrapper) stays the appeal to yield
                    code = trig.wrapper.code
                if self.triggers.called_for_measure(trig, inner):
                    code = self.lex.called_measure_code  # "called for sanctions against Y": disapproval (rule 76c)
                    if trig.token.dep_ == "acl" and self.arguments.enacted_text(trig.token.head):
                        # "signed a directive calling for new sanctions on Y": the signer's own measure, 163 (rule 206)
                        code = inner.code
                if self.triggers.denied_act(trig, inner):
                    code = self.lex.denial_code  # "denied sending troops to Y": no refusal, a denial (rule 38)
                if self.triggers.troops_offered(trig, inner):
                    code = self.lex.troop_offer_code  # "offered to send troops to Jordan": 0312, not a threat
                if trig.wrapper.name == "plan" and trig.token.lemma_.lower() in self.lex.deliberation_verbs:
                    # "is considering sending aid to Y": an option weighed, CAMEO 014 "consider policy option"
                    # (a statement), not yet the willingness to act that a wish or plan states (rule 61)
                    code = self.lex.deliberation_code
            elif trig.wrapper.name == "intent" and trig.token.lemma_ == "agree":
                code = "057" if any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.token.children) else "030"
                if any(c.dep_ == "ccomp" for c in trig.token.children) or self.agreed_view(trig.token):
                    code = self.lex.accord_code  # "agreed that there was a need for ...": a shared view (rule 35)
            elif trig.wrapper.name == "appeal" and plain_call(trig.token):
                code = self.lex.verbs.get(trig.token.lemma_.lower(), "041")  # "a phone call with Putin"
        elif inner is not None and trig.kind == "verb" and code[:2] == inner.code[:2] and not trig.mediation:
            # (not a third party's mediation, `Trigger.mediation`: "brokered talks" stays the broker's 045, and
            # "hosted / brokered talks between A and B" are A and B's 040 beside it, rules 93, 94)
            code = inner.code if len(inner.code) >= len(code) else code  # "sent arms": 072 over 070
        asked = self.triggers.requested_act(trig, inner, trig_at)
        if asked is not None and trig.wrapper is not None:
            # "rejected calls to lift sanctions on Y": a refusal of the act asked for, as "refused to lift" (rule 44);
            # aid asked for is refined by its kind first, as a wrapped act is ("rejected Y's request for military
            # aid" 1222, not 122; rule 367a)
            code = trig.wrapper.refined(self.triggers.classed_aid(asked, self.triggers.domain(asked, None, asked.code)))
        elif trig.wrapper is not None and (goods_asked := self.triggers.requested_goods(trig, inner)) is not None:
            # "rejected Y's request for tanks" 1222, "for fresh cash" 1221, "for wheat" 1223: goods of a class that
            # are no trigger noun of their own are the aid asked for, as in the appeal itself (rule 373a)
            code = trig.wrapper.refined(goods_asked)
        if trig.wrapper is not None and (demanded := self.non_events.rejected_demand_code(trig, inner)) is not None:
            # "rejected Y's demands for press freedom" 1233, "for a new constitution" 1234: what the demand asks, read
            # as rule 363 reads a demand met (rule 379a)
            code = trig.wrapper.refined(demanded)
        if trig.wrapper is not None:
            code = self.own_wrapper_code(trig, code)
        reject = self.lex.reject
        if reject is not None and trig.wrapper is reject and asked is None and code == reject.code:
            # "rejected Y's invitation to Moscow" 125, "rejected Y's peace proposal" 127 (rule 208), not the bare 120:
            # nothing wrapped, or only the proposal noun itself (an intent noun: "proposal", "offer"); a finer code
            # already given ("vetoed the peace plan" 129, rule 155c) stays
            code = self.triggers.rejected_proposal_code(trig.token, None if inner is None else inner.token) or code
        appeal = self.lex.appeal
        if (
            appeal is not None
            and trig.wrapper is appeal
            and trig.kind == "verb"
            and code in (appeal.code, appeal.refined("05"))
            and self.triggers.appealed_settlement(trig.token)
        ):
            # "urged Y to settle their dispute", "to accept a negotiated settlement", "to accept the peace deal":
            # an appeal to settle the dispute, 027, not the bare 020 or the deal's 022 (rule 349)
            code = self.lex.appealed_settlement_code
        promise = self.lex.intent
        if (
            promise is not None
            and trig.wrapper is promise
            and trig.kind == "verb"
            and code == promise.code
            and self.triggers.appealed_settlement(trig.token)
        ):
            # "pledged to settle its dispute with Y", "promised to resolve the border dispute": the intent to settle
            # the dispute, 037, as rule 349's appeal is 027 (rule 370b)
            code = self.lex.intended_settlement_code
        if reject is not None and trig.wrapper is reject and code == reject.code and inner is not None:
            if self.triggers.offered_forces(inner.token):
                # "rejected Y's offer of troops", "declined Y's offer to send troops": military cooperation rejected,
                # 1212, not the bare 120 (rule 340)
                code = self.lex.rejected_troop_offer_code
        if (
            trig.wrapper is not None
            and inner is None
            and trig.kind == "verb"
            and trig.wrapper.name != "reject"
            and trig.code != self.lex.ultimatum_code  # "set a deadline for Y to respond": the ultimatum (rule 253e)
        ):
            if not any(c.dep_ in ("xcomp", "ccomp") for c in trig.token.children) and trig.token.lemma_ != "agree":
                if trig.token.lemma_ not in self.lex.verbs and trig.token.lemma_ not in self.lex.urging_verbs:
                    return []  # "offering alternatives": a wrapper with nothing wrapped is no event
        if inner is None and self.triggers.denied_clause(trig):
            code = self.lex.denial_code  # "denied that its police had entered Y": a denial, 016 (rule 139b)
        if inner is None and self.triggers.denied_part_phrase(trig):
            code = self.lex.denial_code  # "denied any role in the killing of Y's officer": a denial, 016 (rule 387e)
        if inner is None and self.triggers.statement_not_demand(trig):
            return []  # "insisted that it had never supported Y": a statement, the clause reported (rule 139a)
        # "bowed to Y's demands for the minister's resignation": the yielder accedes to what is demanded (rule 361)
        yielder = self.non_events.yielded_demand(trig, inner)
        received = yielder is None and self.non_events.received_request(trig)
        if yielder is not None:
            code = self.non_events.yielded_code(trig, inner) or code  # rules 361, 363: what the demand asks
        if received:
            if inner is None or self.lex.intent is None:
                return []  # "accepted calls to lift sanctions on Y": not the accepter's own appeal (rule 44)
            # "accepted an invitation to meet Y", "accepted calls to lift sanctions on Y": the one who accepts
            # states the intent to do what was asked (03x), no appeal of theirs (rule 44)
            code = self.lex.intent.refined(inner.code)
            receiver = self.non_events.receiving_verb(trig.token) or trig.token.head
            # "India welcomed Pakistan's offer to host talks": welcomed by a party to it, taken up (rule 131a)
            welcomed = self.welcomed_offer(trig, inner, tok_actor) is not None
            accepting = receiver.lemma_.lower() in self.lex.acceptance_verbs or welcomed
            if accepting and inner.code == self.lex.mediation_act_code:
                code = self.lex.accepted_mediation_code  # "accepted Egypt's offer to mediate": 038 (rule 99a)
            if self.triggers.troops_offered(Trigger(trig.token, code, trig.kind, self.lex.intent), inner):
                code = self.lex.troop_offer_code  # "accepted Y's request to send troops to Mali": no threat (rule 47d)
        if self.non_events.mind_appeal(trig, inner):
            return []  # "told Y to remember that ...": a taunt or warning, no appeal (rule 30)
        if self.non_events.attribution_detail(trig):
            return []  # "according to an envoy sent to Y by Z": who the source is, no event (rule 30)
        if self.non_events.sports_context(trig, inner, tok_actor):
            return []  # "Fiji beat Samoa 24-10", "clashed in a World Cup qualifier": a match, no event (rule 147)
        if self.non_events.helping(trig, trig_at) or self.non_events.civil_posture(trig, code):
            return []  # "to help support Y" (the infinitive codes it), "mobilized pressure groups" (rule 30)
        if self.non_events.time_frame_meeting(trig, tok_actor):
            return []  # "months after April's summit, X imposed sanctions on Y": when, not who met (rule 365)
        if trig.kind == "adj" and trig.wrapper is not None and inner is None:
            return []  # "willing to question institutions": readiness for no coded action
        if trig.kind == "noun" and self.non_events.characterization(trig):
            return []  # "which Sikorski deems a significant threat to NATO": a judgement, no event
        if trig.kind == "noun" and self.non_events.classifier(trig):
            return []  # "war crimes", "invasion forces", "pressure groups": no war, invasion, pressure
        if trig.kind == "noun" and self.non_events.acquitted_charge(trig):
            return []  # "acquitted Y of genocide charges": nothing charged is asserted (rule 165c)
        if self.non_events.role_topic(trig):
            return []  # "praised India's role in the talks": India's part, no talks of the praiser's (rule 387h)
        if trig.kind == "noun" and self.non_events.cited_topic(trig):
            return []  # "cited ongoing hostilities between A and B as a barrier": a reason given (rule 60d)
        if trig.kind == "noun" and self.non_events.standing_reference(trig):
            return []  # "the last arms control agreement between A and B": a treaty, not an event
        if trig.kind == "noun" and self.non_events.trade_figure(trig):
            return []  # "Russia's exports to India rose 20%", "the trade deficit with China widened" (rule 209)
        if thing_acted_on(trig, trig_at) and self.arguments.signed_at_meeting(trig.token) is None:
            return []  # but "signed an accord at talks in Riyadh": the signers' meeting (rule 410d)
        if means_coded(trig, trig_at):
            return []
        if received_forces(trig, trig_at, self.lex):
            return []  # "agreed to the deployment of AU peacekeepers in Darfur": received (0861), no 074 (rule 363)
        if measure_effect(trig, trig_at):
            return []  # "Beijing's export controls cut shipments to the US": the measure's effect (rule 209c)
        if self.non_events.destination_mission(trig, trig_at):
            return []  # "deployed troops to the UN peacekeeping mission in Mali": where they go, no act (rule 56c)
        rallied = self.appeal_to_uncoded_dissenters(trig, inner, tok_actor)
        # "urged consumers to boycott Y's goods": no order to one's own agents (rule 98d)
        ordered = not rallied and self.arguments.orders_own(trig, tok_actor)
        own_order = False
        if ordered:
            if inner is None:
                return []  # "ordered two submarines to be positioned near X": no demand on X
            code = inner.code  # "ordered troops to attack Y": the attack, ordered but not yet done
            if inner.code in self.lex.ordered_own_codes:
                # "ordered its troops to withdraw from Y": the retreat itself, as the ordered withdrawal noun is
                # (rule 60a) and rule 51a's ordered move is
                ordered, own_order = False, True
                trig = Trigger(trig.token, code, trig.kind, None, trig.phrase_obj)
            elif inner.code[:2] in self.lex.wish_roots and self.lex.plan is not None:
                # "directed his envoy to meet with Putin", "instructed Witkoff to fly to Moscow for negotiations
                # with Putin": sending one's agents to cooperate states the intent to (03x, asserted; rule 28)
                code, ordered, own_order = self.lex.plan.refine.get(inner.code[:2], self.lex.plan.code), False, True
                trig = Trigger(trig.token, code, trig.kind, self.lex.plan, trig.phrase_obj)
        if (
            self.triggers.ordered_posture(trig, inner)
            and inner is not None
            and (inner.code not in self.lex.ordered_own_codes or self.own_forces(inner.token, trig.token, tok_actor))
        ):
            # "ordered the deployment of two carriers near Y / following Y's threats": the show of force itself,
            # read as the verb "deployed" is, no demand on anyone (rule 58b)
            code = inner.code
            trig = Trigger(trig.token, code, trig.kind, None, trig.phrase_obj)
        code = self.triggers.domain(trig, asked or inner, code)
        if code == self.lex.posture_code and self.triggers.peacekeeping_mission(trig):
            code = self.lex.peacekeeping_code  # "deployed troops to Y on a peacekeeping mission" (rule 52b)
        sources, targets, reciprocal = self.arguments.arguments(trig, inner, tok_actor)
        if code in self.lex.police_abroad_codes and self.police_abroad(trig, sources, tok_actor):
            code = self.lex.peacekeeping_code  # "Kenya sent police officers to Haiti" 074 (rule 372e)
        if self.charge_laid(trig, code, sources):
            code = self.lex.legal_action_code  # "prosecutors charged a US citizen with smuggling" 173 (rule 165b)
        elif code == self.lex.inquiry_code and self.by_court_or_police(sources):
            code = self.lex.criminal_inquiry_code  # "prosecutors opened an investigation into Y" 091 (rule 165d)
        if trig.accepted and trig.phrase_obj is not None:
            # "agreed to the ceasefire proposed by Y": one way, toward the proposer the "by" agent names (rule 107b);
            # not a truce two parties accept: its announcer is no proposer ("a ceasefire announced by Trump", rule 300)
            taken_truce = self.triggers.accepted_truce(trig.phrase_obj) and not self.triggers.proposed_truce(
                trig.phrase_obj
            )
            if not (reciprocal and taken_truce):
                targets = targets or self.arguments.agents_of_participles([trig.phrase_obj], tok_actor)
            # no proposer named: two accepters take it up with each other, as "agreed to a ceasefire" (rule 274a)
            reciprocal = reciprocal and not targets
            further = self.triggers.further_accepted(trig)
            if self.triggers.later_accepted(trig):
                # a further proposal taken up ("... and France's offer"): toward its own proposer only (rule 107a)
                targets = own_phrase_actors(trig.phrase_obj, tok_actor)
            elif further:
                # the first proposal: not toward the proposers of the others, which their own triggers code
                others = {t.i for noun in further for t in own_phrase(noun)}
                targets = [t for t in targets if t.start not in others]
        if code[:2] == "04" and not reciprocal:  # a visit to a building at home (rule 110a)
            targets = [t for t in targets if not self.own_place(t, sources)]
        losers = self.taken_from(trig, sources, tok_actor)
        if losers:
            # "Ukrainian forces retook Kherson from Russia": force against the party the place was taken from, not
            # the place, the taker's own country when won back (rule 103)
            targets, reciprocal = losers, False
        held_places, holders = self.place_holders(trig, code, sources, targets, tok_actor)
        if holders:
            # "shelled rebel-held Idlib", "struck Oleshky, a town held by Russian troops": force against the party
            # that holds the place, not the place, whose country may be the attacker's own (rule 433a)
            targets = [t for t in targets if not any(t.start <= h.i < t.end for h in held_places)] + holders
            reciprocal = False
        if (
            code[:2] in self.lex.held_place_roots
            and trig.kind == "verb"
            and not targets
            and len({primary(s.label_) for s in sources}) > 1
            and any(
                c.dep_ == "prep"
                and c.lower_ in self.lex.crossing_fire_preps
                and any(g.dep_ == "pobj" and g.lemma_.lower() in self.lex.crossing_fire_lines for g in c.children)
                for c in trig.token.children
            )
        ):
            reciprocal = True  # "A and B fired across the line of control": at each other, both ways (rule 433b)
        if sources and not targets and not reciprocal:
            # "will not end their strike unless Y raises their pay", "will continue its attacks until Y ends the
            # blockade" (a noun's clause chain, as rule 82b's): toward whom the condition falls on (rule 84c, 88a)
            if trig.kind == "verb":
                heads = self.arguments.condition_heads(trig.token)
            else:
                heads = self.modality.clause_chain(trig.token)
            targets = self.arguments.condition_party(heads, tok_actor, sources, code, self.lex.condition_party_marks)
            if (
                not targets
                and trig.kind == "verb"
                and code[:2] in self.lex.offer_condition_roots
                and trig.token.lemma_.lower() in self.lex.offer_condition_verbs
            ):
                # "offered talks if Kyiv withdrew its troops": the offer is made to whom its condition asks an act
                # of (rule 437b)
                targets = self.arguments.condition_party(
                    heads, tok_actor, sources, code, self.lex.offer_condition_marks
                )
            if not targets and code[:2] in self.lex.answered_clause_roots:
                # "put its forces on alert after Chinese warplanes entered its airspace": a show of force with no
                # target answers the doer of its "after" / "following" clause (rule 133f; rule 91b's noun form), or
                # of its "when" / "as" clause of time (rule 308)
                comments = self.lex.report_verbs | self.lex.answered_clause_comment_verbs
                targets = self.arguments.condition_party(
                    heads, tok_actor, sources, code, self.lex.answered_clause_marks, comments
                )
        if trig.kind == "verb" and sources and not targets and not reciprocal:
            # "rejected the proposal by Y": the object's author, misattached to the verb (rule 90a)
            targets = self.arguments.object_author(trig.token, tok_actor, sources)
        if code == self.lex.false_claim_code and trig.phrase_obj is not None:
            # a claim denied ("rejected / denied accusations of racism after calling the virus Chinese") is denied
            # toward the accuser, never toward a party named only in a clause of time or manner on the verb (rule 63a)
            targets = [t for t in targets if not self.adverbial_of(t.root, trig.token)]
            accusers = [
                a
                for p in trig.phrase_obj.children
                if p.dep_ == "prep" and p.lower_ in self.lex.accuser_preps
                for g in p.children
                if g.dep_ == "pobj"
                for a in self.arguments.actors(g, tok_actor)
                if all(distinct_actors(s.label_, a.label_, self.domestic) for s in sources)
            ]
            targets = accusers or targets  # "rejected accusations by Y against Z": toward Y, the accuser
            clause = self.triggers.denied_claim_clause(trig.phrase_obj) if not targets else None
            if clause is not None and not any(
                all(distinct_actors(s.label_, a.label_, self.domestic) for s in sources)
                for c in clause.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for a in self.arguments.actors(c, tok_actor)
            ):
                # "denied reports that it had sent troops to Y": the denier's own act the claim states, denied
                # toward whom that act was aimed at, as "denied that it had sent troops to Y" (rule 250)
                targets = [
                    t
                    for t in self.arguments.targets_of(clause, tok_actor)
                    or self.arguments.nested_targets(clause, tok_actor)
                    if all(distinct_actors(s.label_, t.label_, self.domestic) for s in sources)
                ]
        if self.triggers.unconventional_force(trig, code, sources, targets, reciprocal):
            # "a camp was attacked by militiamen armed with machetes", "gunmen killed villagers": assault (rule 57)
            code = self.lex.unconventional_force_code
        # "activists protested against Y": a demonstration; "Israel blockaded Gaza": a blockade (rule 68a/b)
        code = self.triggers.doers_sense(trig, code, sources)
        if inner is not None and refiner is not None and code[:2] in self.lex.threat_roots:
            # "China threatened to blockade Taiwan": the act threatened read by its doers too, a state's blockade
            # 191 (1381), not protesters' obstruction (144, whose threat is 133; rule 148)
            threatened = self.triggers.act_read(inner, trig_at)
            doers_act = self.triggers.doers_sense(inner, threatened, sources)
            if doers_act != threatened:
                code = self.threat_subcode(code, doers_act)
        if called_strike is not None:
            # "unions called for a general strike against the government": the callers' own strike (143), as "called
            # a strike" is (rule 79c); a strike called for by a state ("called for a strike on Y") keeps the appeal;
            # "the opposition called for protests against the government": the callers' protest (rule 82a)
            code = self.triggers.called_dissent_code(called_strike, sources) or code
        if self.triggers.rallied_against(trig, inner, code, targets, tok_actor):
            # "called on Arabs to boycott Y": the only target is the boycotted party, which nobody asked anything of;
            # the caller rallies opposition against it (rule 97b; before, an appeal to Y, 02)
            code = self.lex.rallied_opposition_code
        code = self.halted_dissent(trig, inner, trig_at, refiner, code, sources, targets)
        # "trains Iraqi pilots", "deployed to Y to train its soldiers", "arrived in Y to help deliver aid" (rule 76a/b)
        code = self.triggers.assisting_posture(trig, code, sources, targets)
        if (
            inner is not None
            and trig.wrapper is not None
            and inner.code == self.lex.posture_code
            and inner.token.lemma_.lower() in self.lex.training_verbs
            and self.triggers.trains_other(inner.token, sources, targets)
        ):
            # "offered to train Moldovan soldiers", "urged Germany to train Ukrainian pilots": the training of another
            # country's people wrapped is military cooperation (062) offered or asked for, 0312 / 0212, not the
            # threat of force (138) the wrapped show of force gave (rule 370e, as rule 76a codes it unwrapped)
            code = trig.wrapper.refined(self.lex.training_code)
        # "massed troops", "mobilized reservists": forces raised, not placed (154; rule 133c)
        code = self.triggers.buildup_posture(trig, inner, code)
        receipt = self.triggers.received_goods(trig)
        if receipt is not None:
            # "Ukraine received weapons from Poland": the giver's aid to the receiver, not a host's reception (rule 68d)
            verb, goods = receipt
            receivers, passive_receivers = self.arguments.subject(verb, tok_actor)
            returned = goods.code.startswith(self.lex.received_return_code)
            givers = self.arguments.givers(verb, goods.token, tok_actor, owned=not returned)
            if passive_receivers:
                # "Israel was given bombs by the United States": the passive subject receives, the "by" agent (on
                # the verb, or hung on the goods) gives (rule 145)
                givers = receivers + self.arguments.goods_agents(goods.token, tok_actor)
                receivers = passive_receivers
            code = self.triggers.domain(goods, None, goods.code)
            sources, targets, reciprocal = givers, receivers, False
        caused = self.arguments.caused_reaction_parties(
            trig.token, trig.kind, code, sources, targets, trig_at, tok_actor
        )
        if caused is not None:
            # "Georgia's arrest of Y sparked outrage in London": London's outrage at Georgia; "X's detention of Y
            # prompted Z to lodge a protest": Z's protest to X (rule 436)
            sources, targets = caused
            reciprocal = False
            if trig.kind == "noun" and sources:
                # "X's shelling of Y drew a protest from Islamabad": a state's protest is 110 / 114, not 140 (445b)
                code = self.arguments.lodged_protest_code(trig.token, code, sources)
        if yielder is not None:
            # rule 361: from the one who yields to the one whose demand it is (the noun's possessor, modifier or "from")
            reciprocal = False
            yielding, _ = self.arguments.subject(yielder, tok_actor)
            demanders = [
                s for s in sources if all(distinct_actors(a.label_, s.label_, self.domestic) for a in yielding)
            ]
            if not demanders:
                # rule 363: "met the demands of the EU", "of protesters": the "of" phrase names the demander
                demanders = [
                    s
                    for s in self.arguments.prep_actors(trig.token, "of", tok_actor)
                    if all(distinct_actors(a.label_, s.label_, self.domestic) for a in yielding)
                ]
            sources, targets = yielding, demanders
        if received:
            reciprocal = False  # "accepted calls to ...": the accepter's intent, not a phone call between two
            receiver = self.non_events.receiving_verb(trig.token) or trig.token.head
            accepter, _ = self.arguments.subject(receiver, tok_actor)
            requester = [
                s for s in sources if all(distinct_actors(a.label_, s.label_, self.domestic) for a in accepter)
            ]
            taken_up = receiver.lemma_.lower() in self.lex.acceptance_verbs or (
                self.welcomed_offer(trig, inner, tok_actor) is not None
            )
            if accepter and requester and taken_up:
                # "Japan accepted China's request to hold talks": the noun's possessor (or "by" phrase) asked, the
                # accepter states its intent toward it (rule 47d); before, the requester was read as the source
                sources, targets = accepter, requester
        if asked is not None and sources and not targets:
            # no requester named ("rejected calls to lift sanctions on Y"): whom the act asked for concerns, found
            # as for "refused to lift sanctions on Y" (rule 44)
            _, asked_targets, _ = self.arguments.arguments(trig, asked, tok_actor)
            if inner is not None and self.triggers.request_clause(inner) is not None:
                # "rejected the demand that Y withdraw its troops": the one asked to act (rule 45)
                asked_targets = self.arguments.that_clause_subjects(inner.token, tok_actor) or asked_targets
            targets = [
                t for t in asked_targets if all(distinct_actors(s.label_, t.label_, self.domestic) for s in sources)
            ]
        if self.enacting(trig) or self.signed_intent(trig, trig_at) or self.signed_petition(trig):
            # "signed a decree on Y": a text enacted is no agreement with anyone (rule 206); "signed a letter of
            # intent to buy jets from Y": the intent codes the purchase, the seller no co-signer (rule 274c); "signed
            # a petition demanding ...": the petition's clause codes the demand (rule 389c)
            return []
        judged = self.judged_plan(trig, trig_at, tok_actor)
        if judged is not None:
            # "supports the plan to sanction Y", "rejected the proposal to impose sanctions on Y": a judgement of a
            # plan of a hostile act whose owner is not named is no support or rejection of Y (rule 117a)
            act, owner, scope = judged
            if owner == "named":
                if trig.wrapper is not None and trig.wrapper is self.lex.reject:
                    # "rejected France's proposal to impose sanctions on Y": a rejection of France's proposal, not a
                    # refusal to ease sanctions (1244) nor to de-escalate (1246)
                    code = trig.wrapper.code
            elif owner == "pronoun" or trig.code[:2] not in self.lex.plan_support_roots:
                return []
            elif act.code[:2] not in self.lex.called_measure_roots:
                return []
            else:
                # "supports the plan to sanction Y", "supports sanctions on Y": disapproval of Y, as rule 76c's
                # "called for sanctions on Y" (the measure's own targets only)
                inside = {t.i for t in scope.subtree}
                code, targets = self.lex.called_measure_code, [t for t in targets if t.start in inside]
        if (
            trig.kind == "verb"
            and code == self.lex.assembly_code
            and trig.token.lemma_.lower() in self.lex.assembly_verbs
            and any(state_actor(s.label_) for s in sources)
        ):
            return []  # "NATO leaders gathered to condemn Y": a state's or organisation's meeting, not a street protest
        if own_order and inner is not None:
            # the agent ordered ("instructed Witkoff to ...") is the orderer's own: the wrapped act's party is the
            # target
            targets = [t for t in targets if any(distinct_actors(s.label_, t.label_) for s in sources)]
            targets = targets or self.arguments.targets_of(inner.token, tok_actor, objects=True)
        ground: list[Span] = []
        if sources and targets and code[:2] in self.lex.foreign_ground_roots:
            # "pounded Islamic State positions in eastern Syria": the strike falls on Syria's ground too (rule 36)
            ground = self.arguments.foreign_ground(targets, sources, tok_actor)
        # "A and B agreed to a ceasefire in Gaza": conjoined parties are the truce's parties, its place no target
        # (rule 230a); only a truce with no party named holds toward its place
        parties = reciprocal and len({primary(s.label_) for s in sources}) > 1
        if parties and not targets and self.third_country_truce(trig, inner, code, sources, tok_actor):
            # "Turkey and Russia announced a ceasefire in Idlib": a truce in a third country's place holds toward it,
            # as one party's does (rule 406b), not between the two who declared it
            parties = reciprocal = False
        if sources and not targets and not parties:
            truce = (
                self.arguments.truce_noun(trig, inner)
                if code.startswith(self.lex.truce_code[:3]) or (trig.token.lemma_.lower() == "agree")
                else None
            )
            if truce is not None:
                # "declared a ceasefire in Somalia", "agreed to a truce in Ukraine": toward where the fighting
                # stops (rule 36); an agreed truce is declared (0871), not a bare intent (030)
                targets = self.arguments.truce_place(truce, tok_actor)
                if targets and code[:2] == "03":
                    code = self.lex.truce_code
        truce = self.arguments.truce_act(trig, inner) if sources and code[:2] == "03" and not trig.accepted else None
        if truce is not None and {primary(t.label_) for t in targets} <= {primary(s.label_) for s in sources}:
            # "agreed to a ceasefire halting its incursion into Y", "halting Turkey's incursion into Y": toward the
            # party of the halted act, not the sources' own country (rule 187)
            targets = self.arguments.truce_halted_parties(truce, tok_actor, sources) or targets
        if truce is not None:
            # "agreed to a ceasefire with Y", "A and B agreed to a truce", "proposed a ceasefire to Y": the intent to
            # de-escalate (0356), the subject's own toward a named party, mutual only between conjoined subjects
            # (rule 187)
            code = self.lex.agreed_truce_code
            reciprocal = reciprocal and not targets
        if sources and not targets and code in self.lex.regarding_codes:
            # "expressed condolences over the earthquake in Sichuan", "pessimism over talks with Y": whom the
            # misfortune befell, whom the comment is about (rule 36)
            targets = self.arguments.regarding_actors(trig, tok_actor)
        if not sources and not targets:
            return []
        # a refused act is the act negated; a negated refusal of it ("did not refuse to condemn Y") asserts it: the
        # two negations cancel (rule 104b)
        negated = self.modality.negated(trig) != refused_act
        hypothetical, intent = self.modality.hedged(trig)
        if negated and hypothetical and code[:2] in ("03", *COOPERATION_ROOTS):
            refusing = self.modality.refusal_modal(trig)
            if refusing is not None and not self.modality.hedged(trig, frozenset({refusing.i}))[0]:
                # "Iran cannot accept the proposal": a stated refusal (12x below), as "will not accept" (rule 166g)
                hypothetical, intent = False, True
        governor = self.modality.conjunct_wrapper(trig)
        if governor is not None:
            # "A and B agreed to expand trade and cooperate on energy": the conjunct shares the first infinitive's
            # wrapper, so it is agreed to (030), not done (050); "threatened to cut ties and impose sanctions on Y"
            # the threat (131), not an unasserted 163 (rule 134a)
            conjoined = self.lex.wrap_verbs[governor.lemma_.lower()]
            if conjoined is self.lex.reject and code[:2] in self.lex.refused_act_roots:
                negated = True  # "refused to meet Y and condemn Z": the condemnation not made, as rule 103 reads it
            else:
                code = self.threat_subcode(conjoined.refined(code), code)
        # forces ordered up to another party are shown as the order is given ("ordered two submarines to be
        # positioned near Y": 150, asserted; rule 51a); other ordered acts are not yet done
        hypothetical = hypothetical or (ordered and not self.triggers.moved_force(inner))
        if hypothetical:
            code, hypothetical = self.stated_posture(trig, code)
        if (
            negated
            and trig.wrapper is not None
            and trig.wrapper.name == "plan"
            and inner is not None
            and inner.code[:2] in COOPERATION_ROOTS
        ):
            # "has no plans to meet Y", "does not intend to send aid": a refusal (rule 25); a disavowed
            # plan of force ("does not plan to attack") stays a negated threat, no event
            reject = self.lex.reject
            code, negated = (reject.refined(inner.code) if reject else "120"), False
        failed = negated and code[:2] in ("03", "05") and self.modality.failed_agreement(trig)
        if failed:
            # "A and B failed to reach agreement on Z": each side rejected the other's terms (120, both ways;
            # PLOVER REJECT), not a negated deal (rule 36)
            code, negated = self.lex.failed_agreement_code, False
            if len({primary(s.label_) for s in sources}) > 1:
                # "A and B failed to reach a deal on the Irish border": between the subject's parties only
                targets, reciprocal = list(sources), True
        if self.modality.talk_topic(trig, trig_at):
            hypothetical = True  # "negotiations on a troop pullback": negotiated, not (yet) done
        if self.modality.rejected_proposal(trig, trig_at):
            hypothetical = True  # "opposed a UN resolution condemning Russia": no condemnation took place
        if trig.kind == "noun" and code[:2] in FIGHT_ROOTS and sources and not targets and not reciprocal:
            orphans.append((trig, code, sources, negated, hypothetical))
            return []
        if (
            sources
            and not targets
            and not (reciprocal and len({s.label_ for s in sources}) > 1)
            and not (negated or hypothetical or intent)
            and any(code.startswith(c) for c in self.lex.opponent_orphan_codes)
        ):
            # rule 424: "the army, which has battled the rebels, declared a ceasefire": an asserted act naming only
            # its side may yet take the opponent another event names (`opposed_orphans`); coded on as before here
            orphans.append((trig, code, sources, negated, hypothetical))
        if negated and intent and not hypothetical and code[:2] in ("03", "04", "05", "06", "07", "08"):
            # "would not meet their demands", "will not allow": a stated refusal, CAMEO 12; a yield ("will not
            # withdraw", "will not end their strike") is a refusal to yield, the reject refinement 124x (rule 84b)
            reject = self.lex.reject
            refused = reject is not None and code[:2] in self.lex.refused_yield_roots
            code, negated, intent = (reject.refined(code) if reject and refused else "120"), False, False
        conditional = intent and not hypothetical and self.modality.conditional_threat(trig)
        threatened_roots = self.lex.conditional_threat_roots | self.lex.protest_roots
        # "will boycott the talks until India releases the prisoners": an "until" put on another party reads as
        # "unless" for a coercive act (rule 99b)
        held = (
            self.held_condition_party(trig, code, sources, tok_actor, threatened_roots)
            if intent and not hypothetical and not conditional
            else []
        )
        conditional = conditional or bool(held)
        if conditional and trig.wrapper is not None and trig.wrapper.name in self.lex.conditional_threat_wrappers:
            # "will cut gas supplies to Y unless Y pays": the reduction threatened (131), not done (rule 82b)
            code = self.lex.threaten.subcoded(code, "130") if self.lex.threaten else "130"
        if conditional and sources and not targets and code[:2] in threatened_roots:
            # "will boycott the talks unless Y lifts sanctions": the threat is toward whom the condition is put on,
            # the subject of the "unless" clause, when the act itself names no party ("will boycott the conference
            # unless ...": a boycott of an event is a protest, 143, its threat 133; rule 82b)
            chain = self.modality.clause_chain(trig.token)
            targets = self.arguments.condition_party(chain, tok_actor, sources, code, self.lex.threat_marks) or held
        # rule 163g: a `stated_intent_wrappers` act stated with no condition reads as a plain trigger's (a condition
        # was read above, `conditional_threat_wrappers`)
        stated = trig.wrapper is None or (trig.wrapper.name in self.lex.stated_intent_wrappers and not conditional)
        if intent and not hypothetical and stated:
            root = code[:2]
            if conditional and self.lex.threaten is not None:
                code = self.lex.threaten.subcoded(code, "130")  # "will withdraw its force unless ..."
            elif root in ("04", "05", "06", "07", "08"):
                code = self.lex.intent.refined(code) if self.lex.intent else "030"
            elif self.triggers.applied_membership(trig):
                code = self.lex.membership_intent_code  # "will apply for membership of the EU": to join (rule 79b)
            elif not conditional and self.triggers.forces_sent_to_state(trig, set(tok_actor)):
                # "Russia will send troops to Syria", "Russia to send troops to Syria": forces stated to go to a
                # country, nothing hostile said: military cooperation offered (0312), not a threat (rule 107d)
                code = self.lex.troop_offer_code
                if negated:
                    # "the Kremlin will not send troops to Belarus": the cooperation refused, a stated refusal as
                    # "will not send aid" is (rule 6's "would/will not" + cooperation: 120; rule 125b)
                    code, negated = (self.lex.reject.code if self.lex.reject else "120"), False
            elif root in ("15", "16", "17", "18", "19", "20") or root in self.lex.protest_roots:
                # "would blockade Paris to demand ...": a stated protest is a threat to protest (133, rule 29); "will
                # impose sanctions on Y" a threat of sanctions (1312, rule 148)
                code = self.lex.threaten.subcoded(code, "130") if self.lex.threaten else "130"
        if code in self.lex.rejected_truce_from and self.arguments.truce_act(trig, inner) is not None:
            code = self.lex.rejected_truce_code  # "ruled out a truce with Y", "rejected Y's ceasefire plan" (rule 187)
        if reciprocal and sources and targets and code[:2] in self.lex.directed_roots:
            # rule 213b: an exercise held with a partner is held together ("held joint drills with Y": 062 both ways);
            # rule 275b: so is a joint arms production ("began joint production of drones with Y")
            reciprocal = code in self.lex.mutual_codes or (
                code in self.lex.mutual_exercise_codes
                and (
                    self.triggers.exercise_trigger(trig, inner)
                    or self.triggers.joint_production(trig.token, trig.token.lemma_.lower())
                )
            )
        if (
            reciprocal
            and sources
            and targets
            and intent
            and not hypothetical
            and code[:2] in ("03", "13")
            and not self.appointment(trig)
        ):
            reciprocal = False  # "Driscoll will maintain contact with Kyiv": the speaker's stated intent
        if reciprocal and sources and targets and code[:2] in self.lex.one_way_roots and not failed:
            # "suspended the talks with Moscow", "would boycott all contact with the US": the
            # refusal or reduction is one side's act, not a mutual event
            reciprocal = False
        # "Kenyan authorities imposed a curfew in Mombasa", "Ecuador declared a state of emergency": toward the
        # state's own people (rule 289); a wrapper's act read by its wrapped trigger's object ("threatened to impose
        # martial law" 1324, rule 313)
        act = inner if trig.wrapper is not None and inner is not None else trig
        targets = self.own_people(act, code, sources, targets)
        pairs = actor_pairs(sources, targets, reciprocal, self.domestic)
        if ground:
            # paired apart, so that a group of the source's own country stays a target beside the foreign ground
            pairs += [p for p in actor_pairs(sources, ground, False, self.domestic) if p not in pairs]
        if not pairs:
            return []
        if code == "040" and self.by_phone(trig):
            code = self.lex.phone_code  # "discussed border security by telephone": a telephone call (rule 155d)
        if code == "040" and self.met_elsewhere(trig, pairs, tok_actor):
            code = self.lex.third_place_code  # "A and B met in Geneva": a meeting at a third location (rule 155d)
        date = self.date_of(trig.token, sent, doc)
        stated = intent or (trig.wrapper is not None and trig.wrapper.name == "plan")
        if date[1] == "text" and after_publication(date[0], doc._.published):
            if stated and code[:2] in ("03", "13"):
                # "will hold talks in March 2026": the stated intent is today's act
                date = (str(doc._.published)[:10], "document")
            else:
                hypothetical = True  # dated after publication: it cannot have happened yet
        return [
            self.event_record(doc, sent, trig, code, src, tgt, negated, hypothetical, date)
            for src, tgt in unseen_pairs(pairs, code, seen, negated or hypothetical)
        ]

    def fallback_events(
        self,
        doc: Doc,
        sent: Span,
        trig_at: dict[int, Trigger],
        consumed: set[int],
        tok_actor: dict[int, Span],
        seen: set[tuple[str, str, str]],
        coded: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """Events of verbs our lexicon does not know, typed by the fallback verb dictionary (docs/events.md,
        "Fallback verb dictionary"), after every lexicon trigger of the sentence, so the lexicon's events are
        the same with or without it. A dictionary verb is skipped where a lexicon trigger codes its clause: a
        wrapper or verb above it ("refused to extradite"), a trigger it governs ("began an invasion") or
        modifies ("sanctions imposed on Tehran"), part of a reported demand, or a pair of actors (either way
        round) the sentence already has an event for; and so is a participle on a noun ("fishermen held
        captive"), whose head noun the argument rules would take for its subject. Its
        trigger then goes through :meth:`code_trigger` like any other (arguments, negation, hypotheticals,
        stated intent, dates)."""
        if self.verb_dictionary is None:
            return []
        done = {frozenset((primary(e["source"]), primary(e["target"]))) for e in coded}
        out: list[dict[str, Any]] = []
        for tok in sent:
            if tok.i in trig_at or tok.i in consumed:
                continue
            trig = self.triggers.fallback(tok, self.verb_dictionary, self.known_verbs)
            if trig is None or self.triggers.wrapped_by(trig, trig_at) is not None:
                continue
            if self.triggers.governs_trigger(tok, trig_at) or tok.head.i in trig_at:
                continue  # "began an invasion", "sanctions imposed on Tehran": the lexicon's trigger decides
            if tok.dep_ == "acl":
                continue  # "fishermen held captive in Libya": a participle's head noun is no subject
            # the verb's own slots only: its subject (or agent, inherited through xcomp/conj) and its object,
            # passive subject or target preposition; no target the argument rules reach further away
            subjects, passive = self.arguments.subject(tok, tok_actor)
            own_sources = {a.label_ for a in subjects}
            own_targets = {a.label_ for a in passive + self.arguments.targets_of(tok, tok_actor)}
            events = [
                e
                for e in self.code_trigger(doc, sent, trig, trig_at, tok_actor, seen, [])
                if frozenset((primary(e["source"]), primary(e["target"]))) not in done
                and e["source"] in own_sources
                and e["target"] in own_targets
            ]
            done |= {frozenset((primary(e["source"]), primary(e["target"]))) for e in events}
            out.extend(events)
        return out

    def enacting(self, trig: Trigger) -> bool:
        """Whether ``trig`` is a verb of signing or issuing a legal text (docs/events.md rule 206): an
        `enacting_verbs` verb, no wrapper, whose direct object is an `enacted_text_nouns` noun ("signed a decree on
        Y", "signed a law on Y's aid"). The signing is no agreement (057) with the party the text is about; what the
        text does is coded from its participle or to-infinitive (rule 202)."""
        if trig.kind != "verb" or trig.wrapper is not None:
            return False
        if trig.token.lemma_.lower() not in self.lex.enacting_verbs:
            return False
        return any(c.dep_ in ("dobj", "obj") and self.arguments.enacted_text(c) for c in trig.token.children)

    def signed_petition(self, trig: Trigger) -> bool:
        """Whether ``trig`` is a verb of signing (`enacting_verbs`), no wrapper, whose direct object is a petition
        (`petition_nouns`; docs/events.md rule 389c): "signed a petition demanding higher wages" asks, and is no
        formal agreement (057) with anyone; the petition's own clause codes what is asked."""
        if trig.kind != "verb" or trig.wrapper is not None or trig.token.lemma_.lower() not in self.lex.enacting_verbs:
            return False
        return any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in self.lex.petition_nouns for c in trig.token.children
        )

    def signed_intent(self, trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """Whether ``trig`` is a verb of signing (`enacting_verbs`), no wrapper, whose direct object names an
        intent by its "of" phrase, an `intent` wrapper noun that wraps an act of its own ("signed a letter of
        intent to buy Rafale jets from France"; docs/events.md rule 274c): the letter states the intent, which the
        noun codes toward the party of the act it wraps (0312 toward the seller), and the signing is no agreement
        (057) with that party. "signed a letter of intent with Y" (no act wrapped) stays the agreement signed."""
        if trig.kind != "verb" or trig.wrapper is not None or trig.token.lemma_.lower() not in self.lex.enacting_verbs:
            return False
        intents = (
            noun
            for obj in trig.token.children
            if obj.dep_ in ("dobj", "obj")
            for prep in obj.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for noun in prep.children
            if noun.dep_ == "pobj" and noun.i in trig_at
        )
        return any(
            (held := trig_at[noun.i]).wrapper is self.lex.intent and self.triggers.wrapped(held, trig_at) is not None
            for noun in intents
        )

    def appointment(self, trig: Trigger) -> bool:
        """Whether ``trig`` announces a meeting under a modal of plain future on its own verb ("X will meet Y", "X
        will hold talks with Y next month"; `appointment_words`, `appointment_modals`): a meeting is made by both
        parties, so the stated intent is coded both ways as the meeting itself is (docs/events.md rule 67a). A
        meeting noun counts as the object of a verb that holds it ("X will hold a summit with Y";
        `appointment_verbs`), not of one that seeks it; "X will maintain contact with Y", a wish ("X wants to meet
        Y"), a reported or conditional "would meet" and "will meet Y if ..." stay the one side's."""
        if trig.wrapper is not None or trig.kind not in ("verb", "noun"):
            return False
        word = trig.phrase_obj.lemma_ if trig.phrase_obj is not None else trig.token.lemma_
        if word.lower() not in self.lex.appointment_words:
            return False
        verb = trig.token
        if trig.kind == "noun":
            if verb.dep_ != "dobj":
                return False
            verb = verb.head  # "X will hold a summit with Y"
        if word != verb.lemma_ and verb.lemma_.lower() not in self.lex.appointment_verbs:
            return False  # "X will seek talks with Y": one side's wish
        while verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children):
            verb = verb.head  # "will fly to Y and meet Z"
        if any(c.dep_ in ("advcl", "ccomp") and c.left_edge.lower_ in self.lex.condition_marks for c in verb.children):
            return False  # "would meet Y if he gave them a veto": one side's conditional offer
        return headline_future(verb) or any(
            c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in self.lex.appointment_modals for c in verb.children
        )  # "Erdogan to meet Putin": a headline's "will meet" (rule 101c)

    def judged_plan(
        self, trig: Trigger, trig_at: dict[int, Trigger], tok_actor: dict[int, Span]
    ) -> tuple[Trigger, str, Token] | None:
        """Rule 117a: the hostile act (`plan_hostile_roots`) named by the to-infinitive of a plan-like noun
        (`judged_plan_nouns`: plan, proposal, decision, move ...) that a judging verb (`judged_plan_roots`: support,
        welcome, criticise, oppose, reject) takes as its object, or a called-for measure (`called_measure_roots`:
        sanctions, an embargo) that is that object itself; with its owner ("named": a possessor, a modifier, a
        `plan_owner_preps` phrase, "by" / "from" / "of" (rule 174: "the decision of the United States to ..."), a
        participle's agent, at whom the judgement is aimed as before; "pronoun": a possessive pronoun; "none") and
        the clause (or the verb, for a measure noun) the act's parties are in. None when the shape is not there or
        the act is not hostile. "Italy supports the plan to sanction Y" judges the plan, not Y: supporting or
        opposing it is no support of Y or rejection of Y, as the wrong-way 050 / 1244 toward Y read it."""
        if trig.kind != "verb" or trig.code[:2] not in self.lex.judged_plan_roots:
            return None
        for noun in trig.token.children:
            if noun.dep_ != "dobj":
                continue
            measure = trig_at.get(noun.i)
            if (
                measure is not None
                and measure.kind == "noun"
                and measure.code[:2] in self.lex.called_measure_roots
                and trig.phrase_obj is None
            ):
                # "supports sanctions on Y", "opposed the embargo on Y" (the parser often hangs "on Y" on the verb);
                # a verb + object phrase codes the measure with its verb ("block sanction" 120, rule 68b), kept
                act, scope = measure, trig.token
            elif noun.lemma_.lower() in self.lex.judged_plan_nouns:
                clauses = [c for c in noun.children if c.pos_ in ("VERB", "AUX") and to_infinitive_modifier(c)]
                if not clauses:
                    continue
                scope = clauses[0]
                objects = [c for c in scope.children if c.dep_ in ("dobj", "obj")]
                acts = [trig_at[t.i] for t in (scope, *objects) if t.i in trig_at]
                # a reduction read as what it eases (rule 76d): "the decision to halt the offensive" 087, "to
                # suspend sanctions on Y" 085 are no hostile acts; "to suspend aid to Y" stays 16x
                if not acts:
                    return None
                act = self.triggers.reduction_read(acts[0], trig_at)
                if act.code[:2] not in self.lex.plan_hostile_roots:
                    return None
            else:
                continue
            owners = [
                a
                for c in noun.children
                if c.dep_ in ("poss", "compound", "amod", "nmod")
                for a in self.arguments.actors(c, tok_actor)
            ]
            owners += [
                a
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in self.lex.plan_owner_preps
                for g in c.children
                if g.dep_ == "pobj"
                for a in self.arguments.actors(g, tok_actor)
            ]
            if owners or self.arguments.agents_of_participles([noun], tok_actor):
                return act, "named", scope
            owned = any(c.dep_ == "poss" and c.lower_ in POSS_PRONOUNS for c in noun.children)
            return act, "pronoun" if owned else "none", scope
        return None

    def own_people(self, trig: Trigger, code: str, sources: list[Span], targets: list[Span]) -> list[Span]:
        """The targets of an administrative act on the state's own people (docs/events.md rule 289): a curfew or a
        state of emergency imposed, declared, lifted or ended (a phrase of `own_people_codes` whose object is one of
        `own_people_nouns`, or one that stands for it: "martial law", rule 313) whose sources are state actors of one
        country (`own_people_doer`) and whose targets, if any, are only that country's state codes (the place "in
        Mombasa" read as Kenya) is toward that country's people, ``XXXCVL``, a domestic pair (on the span of that
        place, or of the source where none is named). ``trig`` is the act, a wrapper's wrapped trigger (rule 313:
        "threatened to impose martial law" 1324). Other ``targets`` are kept as they are: a foreign party ("imposed a
        curfew on the Palestinian town of Jenin"), a group of the country named, a doer that is no state ("M23
        rebels imposed a curfew in Goma": toward the place, as before). A party or candidate banned
        (`own_opposition_codes`, `own_opposition_nouns`) with no target at all is toward the country's opposition,
        ``XXXOPP`` (rule 289b: "the court banned the opposition Move Forward party", whose name is no actor). A target
        in a phrase of `background_preps` ("after clashes between A and B") is dropped from a curfew or an emergency
        first (rule 326): the occasion's parties are the measure's cause, not the people it is put on. A reform of
        `own_reform_codes` (rule 332: "promised to democratize Armenia" 034) is such an act when it names a target, all
        of them the sources' own country's state codes; with none it stays without a target (rule 193a)."""
        noun = "" if trig.phrase_obj is None else trig.phrase_obj.lemma_.lower()
        # rule 313: "martial law", "emergency rule" stand for a state of emergency
        stands_for = set() if trig.phrase_obj is None else set(self.triggers.phrase_objects(trig.phrase_obj))
        people = code in self.lex.own_people_codes and bool(stands_for & self.lex.own_people_nouns)
        banned = code in self.lex.own_opposition_codes and noun in self.lex.own_opposition_nouns
        # rule 332: a reform of the state's own country, named as its target ("promised to democratize Armenia")
        reform = code in self.lex.own_reform_codes and bool(targets)
        # rule 336: restrictions on a political freedom eased or imposed, with or without the country named
        freedom = self.own_freedom(trig, code)
        # rule 372b: police put on alert or mobilised (194e's 151 / 153) are on the state's own people
        police = code in self.lex.own_police_codes and self.triggers.police_forces(trig)
        people = people or reform or police or freedom is not None
        if not self.domestic or not sources or not (people or banned):
            return targets
        if people:
            # rule 326: the parties of a phrase of `background_preps` naming an earlier act are why the measure was
            # taken, not the people it is put on ("imposed a curfew after clashes between Hindu and Muslim gangs")
            targets = [t for t in targets if not self.non_events.background_phrase(t.root, code)]
        if not all(self.own_people_doer(s.label_) for s in sources):
            return targets
        countries = {primary(s.label_) for s in sources}
        if len(countries) != 1 or any(primary(t.label_) not in countries or not state_actor(t.label_) for t in targets):
            return targets
        if not people and targets:
            return targets  # a party banned "in" a place of the country: no opposition read from the place
        anchor = targets[0] if targets else sources[0]
        role = freedom or ("CVL" if people else "OPP")
        return [Span(anchor.doc, anchor.start, anchor.end, label=countries.pop() + role)]

    def police_abroad(self, trig: Trigger, sources: list[Span], tok_actor: dict[int, Span]) -> bool:
        """Rule 372e: whether police sent or deployed (rule 194e's 153) go into another state itself: the object of
        the verb's "to" / "into" phrase is the head of a state actor mention of another country than every source's
        ("sent police officers to Haiti"), not a border, a place noun or the sources' own ground ("to its border
        with Syria", "to the Kosovo border", "to Manipur")."""
        if trig.kind != "verb" or not sources:
            return False
        own = {primary(s.label_) for s in sources}
        # the parser makes "to" a dative on a verb of sending ("sent police to(dative) Haiti")
        objs = [
            p
            for c in trig.token.children
            if c.dep_ in ("prep", "dative") and c.lower_ in self.lex.police_abroad_preps
            for p in c.children
            if p.dep_ == "pobj"
        ]
        for obj in objs:
            actor = tok_actor.get(obj.i)
            if actor is None or actor.root.i != obj.i or role_part(actor.label_) or is_igo(actor.label_):
                continue
            if state_actor(actor.label_) and primary(actor.label_) not in own:
                return True
        return False

    def own_freedom(self, trig: Trigger, code: str) -> str | None:
        """The role of the people whose political freedom a restriction of ``code`` (0811 / 1721) eases or imposes
        (docs/events.md rule 336): the press's ``MED`` ("restrictions on the press", "on journalists"), the
        opposition's ``OPP`` ("on opposition parties"), ``CVL`` for any other freedom; None for another act. A 1721
        phrase whose own object is the state's press or internet (rule 368: "shut down a reformist newspaper", "cut
        internet access") restricts that freedom as well."""
        if trig.phrase_obj is None:
            return None
        if code == self.lex.party_ban_eased_code:
            # rule 341: a ban on parties or politicians eased is toward the opposition ("lifted the ban on parties")
            return "OPP" if self.triggers.ban_eased_code(trig.phrase_obj) == code else None
        if code not in (self.lex.freedom_eased_code, self.lex.freedom_imposed_code):
            return None
        # rule 368: "Iran shut down a reformist newspaper" IRN -> IRNMED, "cut internet access" -> IRNCVL
        lemma = self.own_freedom_closed(trig.phrase_obj) if code == self.lex.freedom_imposed_code else None
        if lemma is None:
            noun = self.triggers.freedom_restricted(trig.phrase_obj)
            if noun is None:
                return None
            lemma = noun.lemma_.lower()
        if lemma in self.lex.press_freedom_nouns:
            return "MED"
        return "OPP" if lemma in self.lex.opposition_freedom_nouns else "CVL"

    def own_freedom_closed(self, obj: Token) -> str | None:
        """The political freedom the object of a 1721 phrase stands for when it is the state's own (docs/events.md
        rule 368): a reading of `political_freedom_nouns` (rule 260a's press outlet read as "newspaper", "internet
        access" as "internet") of an object with no modifier naming another people ("shut down a reformist
        newspaper", "cut internet access"; not "a foreign newspaper"); None otherwise."""
        if any(self.triggers.foreign_modifier(c) for c in obj.children):
            return None
        return next((r for r in self.triggers.phrase_objects(obj) if r in self.lex.political_freedom_nouns), None)

    def own_place(self, target: Span, sources: list[Span]) -> bool:
        """Whether a visit's or meeting's ``target`` is a building of the visitors' own country (rule 110a):
        "Macron visited a military hospital in Paris", "visited the X Central Clinical Hospital in Moscow" went to a
        place (its role read HLH / EDU / REL from the noun), not to another party; the visit to a hospital abroad
        keeps its country ("visited a hospital in Bangladesh": to Bangladesh)."""
        if target.root.lemma_.lower() not in self.lex.visited_place_nouns:
            return False
        return bool(sources) and all(primary(s.label_) == primary(target.label_) for s in sources)

    def taken_from(self, trig: Trigger, sources: list[Span], tok_actor: dict[int, Span]) -> list[Span]:
        """The parties a `taken_from_verbs` verb names with "from" ("retook the city from Y"), other than its
        sources: whom the place was taken from (docs/events.md rule 103; the "from" phrase may hang on the verb's
        object, rule 397); none for another verb."""
        tok = trig.token
        if trig.kind != "verb" or not sources:
            return []
        if self.lex.lemma_fixes.get(tok.lower_, tok.lemma_.lower()) not in self.lex.taken_from_verbs:
            return []
        # the "from" phrase on the verb, or misattached to its object ("retook the village of X from Y": rule 397)
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        return [
            a
            for h in heads
            for p in h.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children
            if g.dep_ == "pobj"
            for a in self.arguments.actors(g, tok_actor)
            if all(distinct_actors(s.label_, a.label_, self.domestic) for s in sources)
        ]

    def place_holders(
        self, trig: Trigger, code: str, sources: list[Span], targets: list[Span], tok_actor: dict[int, Span]
    ) -> tuple[list[Token], list[Span]]:
        """Rule 433a: the parties that hold the place an act of force (`held_place_roots`) is aimed at, and the
        words of the place they hold: a `held_place_verbs` participle on the object (or on a noun of its
        apposition or "of" chain) names the holder before its hyphen ("shelled rebel-held Idlib", "bombed RSF-held
        Nyala") or in its "by" agent ("shelled Oleshky, a town held by Russian troops"). A bare role noun ("rebel")
        takes the place's country. Holders of the sources' own side are none; no holder leaves the act as it is."""
        tok = trig.token
        if code[:2] not in self.lex.held_place_roots or not sources:
            return [], []
        heads = [t.root for t in targets]
        heads += [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        heads += [g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        held: list[Token] = []
        holders: list[Span] = []
        for head in dict.fromkeys(heads):
            found = [
                h
                for h in self.holders_of(head, tok_actor)
                if all(distinct_actors(s.label_, h.label_, self.domestic) for s in sources)
            ]
            if found:
                held.extend(head.subtree)
                holders.extend(h for h in found if all(h.start != o.start for o in holders))
        return held, holders

    def holders_of(self, place: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The holders a participle names on ``place`` or on a noun of its apposition or "of" / "on" chain (rule
        433a; :meth:`place_holders`)."""
        nouns = [place]
        for noun in nouns:
            nouns.extend(
                g
                for c in noun.children
                if c.dep_ in ("appos", "prep", "pobj", "compound") and c.pos_ in ("NOUN", "PROPN", "ADP")
                for g in ([c] if c.pos_ != "ADP" else [g for g in c.children if g.dep_ == "pobj"])
                if g not in nouns
            )
        country = next((tok_actor[n.i].label_ for n in nouns if n.i in tok_actor), "")
        found: list[Span] = []
        for noun in nouns:
            for part in noun.children:
                if part.dep_ not in ("amod", "acl") or part.lemma_.lower() not in self.lex.held_place_verbs:
                    continue
                words = [g for g in part.children if g.dep_ in self.lex.held_place_deps and g.i < part.i]
                words += [g for a in part.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                for word in words:
                    if word.i in tok_actor:
                        found.append(tok_actor[word.i])
                    elif (suffix := role_suffixes().get(word.lower_)) and country and len(primary(country)) == 3:
                        found.append(Span(word.doc, word.i, word.i + 1, label=primary(country) + suffix))
        return found

    def halted_dissent(
        self,
        trig: Trigger,
        inner: Trigger | None,
        trig_at: dict[int, Trigger],
        refiner: Wrapper | None,
        code: str,
        sources: list[Span],
        targets: list[Span],
    ) -> str:
        """``code`` of a labour strike its doers halt (docs/events.md rule 84a): a `reduce` wrapper ("ended / halted /
        suspended their strike") over a strike that :meth:`TriggerMatcher.halted_strike` reads as its doers' labour
        strike eases popular dissent (`halted_dissent_code` 082), and a wrapper over that halt codes it by its
        refinement of 082: "refused to end their strike" 1242, "vowed to call off" 0352, "urged the teachers to end
        their strike" 0252 (the doers are then the appeal's or demand's targets). Anything else keeps ``code``."""
        if trig.wrapper is None or inner is None:
            return code
        halted_code = self.lex.halted_dissent_code
        if trig.wrapper.name == "reduce":
            return halted_code if self.triggers.halted_strike(inner, sources) else code
        if inner.wrapper is None or inner.wrapper.name != "reduce" or refiner is None:
            return code
        doers = targets if trig.wrapper.name in ("appeal", "demand") else sources
        if not self.triggers.halted_strike(self.triggers.wrapped(inner, trig_at), doers):
            return code
        return refiner.refined(halted_code)

    def charge_laid(self, trig: Trigger, code: str, sources: list[Span]) -> bool:
        """Rule 165b: a charge verb (`charge_laying_verbs`) coded as an accusation (112 or its sub-code) whose every
        source is a court, prosecutor or police (`charge_laying_roles`) lays a legal charge, 173: "a Belarusian court
        charged a Polish journalist with espionage"; "the United States charged Iran with sponsoring terrorism" stays
        an accusation (1121)."""
        return (
            trig.kind == "verb"
            and code.startswith(self.lex.accusation_code)
            and trig.token.lemma_.lower() in self.lex.charge_laying_verbs
            and self.by_court_or_police(sources)
        )

    def by_court_or_police(self, sources: list[Span]) -> bool:
        """Whether every source of an event has a `charge_laying_roles` role (a court, prosecutor or police: JUD,
        COP; rule 165b, 165d)."""
        return bool(sources) and all(role_part(s.label_) in self.lex.charge_laying_roles for s in sources)

    def threat_subcode(self, code: str, act: str) -> str:
        """``code``, and when it is a threat (root 13) of an act coded ``act``, the threat wrapper's sub-code of that
        act where it names one (docs/events.md rule 148: 1311 aid, 1312 sanctions, 1313 relations, 134 talks ...);
        an act it names none of keeps ``code`` ("vowed to retaliate against Y" 130)."""
        threaten = self.lex.threaten
        if code[:2] not in self.lex.threat_roots or threaten is None:
            return code
        if code != threaten.code and code not in threaten.refine.values():
            return code  # a threat coded by a construction of its own ("gave Y 48 hours to withdraw" 139)
        return threaten.subcoded(act, code)

    def by_phone(self, trig: Trigger) -> bool:
        """Whether the consultation at ``trig`` was held by telephone (docs/events.md rule 155d): a `phone_preps`
        phrase of a `phone_nouns` noun on the meeting word ("discussed border security by telephone", "talks over
        the phone"); rule 191: a `call_setting_preps` phrase of a phone call on it or on its direct object, where the
        parser may hang it ("discussed trade in a phone call")."""
        return any(
            prep.dep_ == "prep"
            and (
                (prep.lower_ in self.lex.phone_preps and any(g.lemma_.lower() in self.lex.phone_nouns for g in objects))
                or (prep.lower_ in self.lex.call_setting_preps and any(self.triggers.phone_call(g) for g in objects))
            )
            for holder in meeting_holders(trig)
            for prep in holder.children
            for objects in ([g for g in prep.children if g.dep_ == "pobj"],)
        ) or any(
            prep.dep_ == "prep"
            and prep.lower_ in self.lex.call_setting_preps
            and any(g.dep_ == "pobj" and self.triggers.phone_call(g) for g in prep.children)
            for holder in meeting_holders(trig)
            for topic in holder.children
            if topic.dep_ in ("dobj", "obj")
            for prep in topic.children
        )

    def met_elsewhere(self, trig: Trigger, pairs: list[tuple[Span, Span]], tok_actor: dict[int, Span]) -> bool:
        """Whether the consultation at ``trig`` was held in a place of a country that none of ``pairs``' parties is
        (docs/events.md rule 155d): a place name (GPE / LOC / FAC, resolved to its country) as the object of a
        `meeting_place_preps` phrase on the meeting word, on the verb whose object the meeting noun is, or on the
        noun of the trigger's phrase ("held talks in Washington"); rule 319: or on the name of a party met after the
        meeting word, inside the phrase of one of those holders, where the parser hangs the place ("held talks with
        the United States in Manila"). Rule 353: a `meeting_venue_preps` phrase ("at") on a holder names the place
        too, and a building that is no place name is placed by its own `meeting_place_preps` phrase ("met at a
        hotel in Geneva"); talks an arrival verb is "for" are held where the arrival is (its `arrival_place_preps`
        phrases: "arrived at the residence in Istanbul for talks with Y"); rule 378a: so are talks its
        to-infinitive purpose clause holds (`purpose_talks`: "flew to Geneva to hold talks with Y")."""
        parties = {primary(span.label_) for pair in pairs for span in pair}
        holders = meeting_holders(trig)
        met = {
            span.root.i: span.root
            for pair in pairs
            for span in pair
            if span.start > trig.token.i and any(h in span.root.ancestors for h in holders)
        }
        held = held_meeting_participle(trig.token, self.lex) if trig.kind == "noun" else None
        if held is not None:
            holders.append(held)  # rule 402a: "talks held between A and B in Abu Dhabi"
        preps = self.lex.meeting_place_preps | self.lex.meeting_venue_preps
        places = [p for holder in holders + list(met.values()) for p in prep_objects_in(holder, preps)]
        # rule 402b: a relative clause holding the meeting opened by "where" is held at the noun it hangs on ("Doha,
        # where A and B held talks", "the hotel in Vienna where A and B met")
        places += [
            h.head
            for h in holders
            if h.dep_ == "relcl"
            and any(c.dep_ == "advmod" and c.lower_ in self.lex.meeting_place_relatives for c in h.children)
        ]
        tok = trig.token
        if trig.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "for":
            verb = tok.head.head
            if verb.lemma_.lower() in self.lex.arrival_verbs:
                places += prep_objects_in(verb, self.lex.arrival_place_preps)
        # rule 378a: talks an arrival's to-infinitive purpose clause holds ("flew to Geneva to hold talks with Y",
        # "traveled to Vienna to meet Y") are held where the arrival is, as "for talks" are
        clause = tok.head if trig.kind == "noun" and tok.dep_ in ("dobj", "obj") else tok
        arrival = clause.head
        purpose = purpose_talks(arrival, self.lex) if clause.dep_ in ("advcl", "xcomp") else None
        if purpose is not None and purpose.i == clause.i:
            places += prep_objects_in(arrival, self.lex.arrival_place_preps)
        for place in places:
            # a building that is no place name: where it stands ("a hotel in Geneva", "the State Department in
            # Washington")
            named_place = place.i in tok_actor and self.place_name(place)
            inner = [] if named_place else prep_objects_in(place, self.lex.meeting_place_preps)
            for named in [place, *inner]:
                mention = tok_actor.get(named.i)
                if mention is None or not self.place_name(named):
                    continue
                country = primary(mention.label_)
                if len(country) == 3 and country != "IGO" and country not in parties:
                    return True
        return False

    @staticmethod
    def place_name(tok: Token) -> bool:
        """Whether ``tok`` names a place for rule 155d's venue: the entity recogniser's place (GPE / LOC / FAC) or,
        whatever its tag, an actor mention of a city or a region (rule 373b: `TriggerMatcher.named_place`, a capital
        or a gazetteer place the resolver named; "traveled to Abu Dhabi", which the recogniser may call ORG)."""
        return tok.ent_type_ in ("GPE", "LOC", "FAC") or TriggerMatcher.named_place(tok)

    def own_wrapper_code(self, trig: Trigger, code: str) -> str:
        """``code`` of a wrapper event, or the wrapper word's own codebook code where it is a sub-code of the same root
        (docs/events.md rule 155c): "vetoed the talks with Y" is CAMEO 129 "veto", not the rejected meeting (125)
        that the `reject` wrapper's refinement gives; a generic wrapper word ("rejected", 120) keeps ``code``."""
        table = self.lex.verbs if trig.kind == "verb" else self.lex.nouns if trig.kind == "noun" else self.lex.adjs
        own = table.get(trig.token.lemma_.lower(), "")
        wrapper = trig.wrapper
        if wrapper is None or not own or own == wrapper.code or own[:2] != wrapper.code[:2] or code[:2] != own[:2]:
            return code
        return own

    def negated_intent(self, trig: Trigger, inner: Trigger) -> bool:
        """An intent wrapper (vow, promise, pledge, ...) whose wrapped cooperative act is negated ("vowed not to
        return the Golan to Syria"): a refusal, not an intent to cooperate. Conflict acts stay as they are
        ("pledged not to attack" promises restraint, it refuses nothing)."""
        if trig.wrapper is None or trig.wrapper.name != "intent" or inner.code[:2] not in self.lex.negated_intent_roots:
            return False
        tok = inner.token
        return tok.i != trig.token.i and any(c.dep_ == "neg" for c in tok.children)

    def _opposing_fights(
        self,
        doc: Doc,
        sent: Span,
        orphans: list[tuple[Trigger, str, list[Span], bool, bool]],
        seen: set[tuple[str, str, str]],
    ) -> list[dict[str, Any]]:
        """Fighting nouns that name only their side ("the Ukrainian counteroffensive ..., Russian offensive
        operations ...") are fought against each other when one sentence names two opposing sides this way;
        a lone "Russian offensive" still names no target and gives no event."""
        # a fighting noun's own orphans only (rule 424's asserted acts of other kinds take their opponent elsewhere)
        orphans = [o for o in orphans if o[0].kind == "noun" and o[1][:2] in FIGHT_ROOTS]
        sides = {primary(a.label_) for _, _, sources, _, _ in orphans for a in sources}
        if len(sides) < 2:
            return []
        out: list[dict[str, Any]] = []
        for trig, code, sources, negated, hypothetical in orphans:
            own = {primary(a.label_) for a in sources}
            targets = [a for _, _, other, _, _ in orphans for a in other if primary(a.label_) not in own]
            for src, tgt in unseen_pairs(actor_pairs(sources, targets, False), code, seen):
                date = self.date_of(trig.token, sent, doc)
                out.append(self.event_record(doc, sent, trig, code, src, tgt, negated, hypothetical, date))
        return out

    def opposed_orphans(
        self,
        doc: Doc,
        sent: Span,
        orphans: list[tuple[Trigger, str, list[Span], bool, bool]],
        out: list[dict[str, Any]],
        tok_actor: dict[int, Span],
        seen: set[tuple[str, str, str]],
    ) -> list[dict[str, Any]]:
        """Rule 424: an asserted de-escalation that names only its side (`opponent_orphan_codes`: "declared a
        ceasefire", "halted its military operations", "began their withdrawal"; not a fighting noun) is aimed at the
        opponent another event of the sentence names, the other side of a not negated event of
        `opponent_lender_roots` (a threat, force posture, force) that has the act's own actor as source or target: "the
        army, which has battled ELN guerrillas for decades, declared a ceasefire" (toward the guerrillas, the relative
        clause's 190 then background to it, rule 53c), "halted its operations but warned it would strike back at Y",
        "declared a truce hours after Y shelled its villages". An act a trigger already coded, and one whose
        opponent no such event names ("declared a ceasefire in Tigray"), stay as they were."""
        coded = {e.get("trigger_start") for e in out}
        mentions: dict[str, Span] = {}
        for mention in sorted(tok_actor.values(), key=lambda m: m.start):
            if sent.start <= mention.start < sent.end:
                mentions.setdefault(mention.label_, mention)
        found: list[dict[str, Any]] = []
        for trig, code, sources, _, _ in orphans:
            if trig.kind == "noun" and code[:2] in FIGHT_ROOTS:
                continue  # a fighting noun's side only: "ceased its military operations" (rule 53's own orphans)
            if not any(code.startswith(c) for c in self.lex.opponent_orphan_codes):
                continue
            start = trig.token.idx if trig.phrase_obj is None else min(trig.token.idx, trig.phrase_obj.idx)
            if start in coded:
                continue
            own = {s.label_ for s in sources}
            own_countries = {primary(label) for label in own}
            others: list[str] = []
            for e in out:
                if e["negated"] or str(e["cameo"])[:2] not in self.lex.opponent_lender_roots:
                    continue
                for side, other in ((e["source"], e["target"]), (e["target"], e["source"])):
                    if (side in own and other not in own) or (
                        primary(side) in own_countries and primary(other) not in own_countries
                    ):
                        others.append(other)
            targets = [mentions[label] for label in dict.fromkeys(others) if label in mentions]
            for src, tgt in unseen_pairs(actor_pairs(sources, targets, False, self.domestic), code, seen):
                date = self.date_of(trig.token, sent, doc)
                found.append(self.event_record(doc, sent, trig, code, src, tgt, False, False, date))
        return found

    def stated_posture(self, trig: Trigger, code: str) -> tuple[str, bool]:
        """(code, hypothetical) of a hedged act that is nonetheless done as it is said (docs/events.md rule 53):
        a coercive act under a possibility modal with a condition is a threat (53a: "may cut gas supplies to Y if
        Kiev fails to pay", 131), an act of force being prepared is a show of force (53b: "prepared to attack
        Kurdish positions in Y", 150), an assassination tried is the attempt (rule 153g: "tried to assassinate Y",
        185; rule 189d: "tried to kill the prime minister" too); each only when nothing else hedges the act. Else
        ``code`` and hypothetical."""
        attempted = code in self.lex.attempted_act_codes or self.one_killed(trig)
        if attempted and trig.kind == "verb" and trig.token.dep_ == "xcomp":
            # rule 153g: "tried to assassinate Y" is the attempt (185), done, when nothing else hedges it
            trying = trig.token.head
            if (
                trying.lemma_.lower() in self.lex.attempt_verbs
                and not self.modality.hedged(trig, frozenset({trying.i}))[0]
            ):
                return self.lex.attempt_code, False
        root = code[:2]
        threaten = self.lex.threaten
        if threaten is not None and root in self.lex.conditional_threat_roots:
            modal = self.modality.conditional_modal(trig)
            if modal is not None and not self.modality.hedged(trig, frozenset({modal.i}))[0]:
                return threaten.subcoded(code, threaten.code), False
        if root in self.lex.prepared_force_roots:
            preparing = self.modality.preparing_verb(trig)
            if preparing is not None and not self.modality.hedged(trig, frozenset({preparing.i}))[0]:
                return self.lex.preparation_code, False
        return code, True

    def one_killed(self, trig: Trigger) -> bool:
        """Rule 189d: whether ``trig`` is a killing verb (`attempted_kill_verbs`) whose direct object is one person,
        a singular noun with no number ("kill the prime minister"; not "kill soldiers", "kill two police officers")."""
        return trig.token.lemma_.lower() in self.lex.attempted_kill_verbs and any(
            c.dep_ in ("dobj", "obj") and c.tag_ in ("NN", "NNP") and not any(g.dep_ == "nummod" for g in c.children)
            for c in trig.token.children
        )

    # -- output ------------------------------------------------------------------------------------
    def speech_events(
        self,
        doc: Doc,
        sent: Span,
        speech: Token,
        code: str,
        pairs: Iterable[tuple[Span, Span]],
        seen: set[tuple[str, str, str]],
        date: tuple[str | None, str | None] | None,
    ) -> tuple[list[dict[str, Any]], tuple[str | None, str | None] | None]:
        """The speaker's own act at the speech verb ``speech`` (a reported demand, accusation or denial: rules 60b/c
        and the reported demands) for each pair not coded yet, and the sentence's date, worked out at its first
        event and passed on."""
        trig = Trigger(speech, code, "verb")
        negated = self.modality.negated(trig)
        hypothetical, _ = self.modality.hedged(trig)
        events: list[dict[str, Any]] = []
        for src, tgt in unseen_pairs(pairs, code, seen):
            if date is None:
                date = self.date_of(speech, sent, doc)
            events.append(self.event_record(doc, sent, trig, code, src, tgt, negated, hypothetical, date))
        return events, date

    def date_of(self, trigger: Token, sent: Span, doc: Doc) -> tuple[str | None, str | None]:
        """(date, how) of the event at ``trigger``: the one call into ``nlp/dates.py`` (docs/events.md, rule 14),
        with the lexicon's time frames (rule 365: the date of "ahead of next week's summit" is the summit's)."""
        frames = (self.lex.time_frame_preps, self.lex.time_frame_heads)
        return event_date(trigger, sent, doc._.published, frames)

    def event_record(
        self,
        doc: Doc,
        sent: Span,
        trig: Trigger,
        code: str,
        src: Span,
        tgt: Span,
        negated: bool,
        hypothetical: bool,
        date: tuple[str | None, str | None],
    ) -> dict[str, Any]:
        entry = lookup(code)
        tok = trig.token
        start, end = tok.idx, tok.idx + len(tok.text)
        first, last = (tok, tok) if trig.phrase_obj is None else sorted((tok, trig.phrase_obj), key=lambda t: t.i)
        if trig.phrase_obj is not None:
            start, end = (
                min(start, trig.phrase_obj.idx),
                max(end, trig.phrase_obj.idx + len(trig.phrase_obj.text)),
            )
        return {
            "source": src.label_,
            "target": tgt.label_,
            "cameo": entry.code,
            "plover": entry.plover,
            "goldstein": entry.goldstein,
            "quad": entry.quad,
            "negated": negated,
            "hypothetical": hypothetical,
            "date": date[0],
            "date_how": date[1],
            "trigger": doc[first.i : last.i + 1].text,  # not doc.text: rebuilt from every token per call
            "trigger_start": start,
            "trigger_end": end,
            "start": sent.start_char,
            "end": sent.end_char,
            "source_text": src.text,
            "target_text": tgt.text,
        }


@Language.factory(
    "event_coder",
    default_config={
        "patterns_path": "",
        "learned": True,
        "domestic": True,
        "verb_dictionary": VERB_DICTIONARY_DEFAULT,
    },
)
def make_event_coder(
    nlp: Language, name: str, patterns_path: str, learned: bool, domestic: bool, verb_dictionary: bool
) -> EventCoder:
    """spaCy factory; ``patterns_path`` "" means the packaged ``data/events/event_patterns.yml``;
    ``learned`` False turns the learned layer off (rules only); ``domestic`` False codes only events between
    two countries (or organisations), never two actors of one country; ``verb_dictionary`` turns the fallback
    verb dictionary (``data/events/cameo_verbs.tsv``, beside the patterns file or packaged) on or off."""
    return EventCoder(nlp, name, patterns_path, learned, domestic, verb_dictionary)
