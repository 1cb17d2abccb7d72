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
mentioned in a sentence of commentary make no event. Source and target must be distinct primary actors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp import extensions  # noqa: F401  (registers doc._.events, doc._.published)
from detente.nlp.component import DataComponent
from detente.nlp.dates import after_publication, event_date
from detente.nlp.lexicons import EventPatterns, load_yaml
from detente.paths import data_file
from detente.reference.actors import primary_code as primary  # source and target must differ in this
from detente.reference.cameo import lookup

EVENTS_DIR = data_file("events")
DEFAULT_PATTERNS = EVENTS_DIR / "event_patterns.yml"
FIGHT_ROOTS = ("18", "19", "20")  # assault, fight, mass violence

SUBJ_DEPS = {"nsubj", "csubj"}
OBJ_DEPS = {"dobj", "dative", "obj", "iobj", "attr", "oprd"}
MOD_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod", "appos", "nummod"}
WRAPPED_DEPS = {"xcomp", "ccomp", "pcomp", "dobj", "pobj", "acomp", "advcl", "prep", "conj"}
ROLE_WORDS_DEPTH = 3
NESTED_DEPS = {
    "dobj",
    "obj",
    "dative",
    "nsubjpass",
    "prep",
    "pobj",
    "pcomp",
    "acl",
    "xcomp",
    "compound",
    "amod",
    "nmod",
    "poss",
    "conj",
    "appos",
    "attr",
    "oprd",
    "npadvmod",
}
NESTED_DEPTH = 5
POSS_PRONOUNS = {"his", "her", "its", "their"}


@dataclass
class Wrapper:
    """A word that wraps another action and takes it over (refuse/threaten/agree/urge/demand)."""

    name: str
    code: str
    refine: dict[str, str]


@dataclass
class TriggerLexicon:
    """Trigger dictionaries keyed by lemma, built once from the YAML pattern file."""

    verbs: dict[str, str] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    adjs: dict[str, str] = field(default_factory=dict)
    phrases: dict[tuple[str, str], str] = field(default_factory=dict)
    wrap_verbs: dict[str, Wrapper] = field(default_factory=dict)
    wrap_nouns: dict[str, Wrapper] = field(default_factory=dict)
    wrap_adjs: dict[str, Wrapper] = field(default_factory=dict)
    recip_verbs: set[str] = field(default_factory=set)
    recip_nouns: set[str] = field(default_factory=set)
    domains: dict[str, dict[str, str]] = field(default_factory=dict)
    preps: set[str] = field(default_factory=set)
    weak_preps: set[str] = field(default_factory=set)
    agent_preps: set[str] = field(default_factory=set)
    modals: set[str] = field(default_factory=set)
    intent_modals: set[str] = field(default_factory=set)
    hedge_verbs: set[str] = field(default_factory=set)
    hedge_adjs: set[str] = field(default_factory=set)
    hedge_marks: set[str] = field(default_factory=set)
    neg_words: set[str] = field(default_factory=set)
    neg_verbs: set[str] = field(default_factory=set)
    intent: Wrapper | None = None
    threaten: Wrapper | None = None
    demand: Wrapper | None = None
    speech_verbs: set[str] = field(default_factory=set)
    demand_words: set[str] = field(default_factory=set)
    obligation_modals: set[str] = field(default_factory=set)
    speaker_verbs: set[str] = field(default_factory=set)
    speaker_pronouns: set[str] = field(default_factory=set)
    needs_object: set[str] = field(default_factory=set)
    realis_nouns: set[str] = field(default_factory=set)
    hedge_nouns: set[str] = field(default_factory=set)
    stative_passives: set[str] = field(default_factory=set)
    mutual_objects: set[str] = field(default_factory=set)
    directed_roots: set[str] = field(default_factory=set)
    mutual_codes: set[str] = field(default_factory=set)
    topic_preps: set[str] = field(default_factory=set)
    topic_roots: set[str] = field(default_factory=set)
    example_preps: set[str] = field(default_factory=set)
    standing_nouns: set[str] = field(default_factory=set)
    one_way_roots: set[str] = field(default_factory=set)
    making_verbs: set[str] = field(default_factory=set)
    topic_adjs: set[str] = field(default_factory=set)
    envoy_nouns: set[str] = field(default_factory=set)
    temporal_preps: set[str] = field(default_factory=set)
    event_heads: set[str] = field(default_factory=set)
    judgement_verbs: set[str] = field(default_factory=set)
    transfer_nonobjects: set[str] = field(default_factory=set)
    quantity_nouns: set[str] = field(default_factory=set)
    talk_topic_preps: set[str] = field(default_factory=set)
    hedge_noun_adjs: set[str] = field(default_factory=set)
    postpone_verbs: set[str] = field(default_factory=set)

    @classmethod
    def from_yaml(cls, path: Path) -> TriggerLexicon:
        data, _ = load_yaml(EventPatterns, path)  # unknown keys and wrong types are errors naming file and key
        lex = cls()
        for code, words in (data.get("codes") or {}).items():
            for attr, key in (("verbs", "verbs"), ("nouns", "nouns"), ("adjs", "adjs")):
                table = getattr(lex, attr)
                for word in (words or {}).get(key, []) or []:
                    table.setdefault(str(word).lower(), str(code))  # first listing wins
        for phrase, code in (data.get("phrases") or {}).items():
            parts = str(phrase).lower().split()
            lex.phrases[(parts[0], parts[-1])] = str(code)
        for name, spec in (data.get("wrappers") or {}).items():
            wrapper = Wrapper(name, str(spec["code"]), {str(k): str(v) for k, v in spec.get("refine", {}).items()})
            for word in spec.get("verbs", []):
                lex.wrap_verbs.setdefault(word, wrapper)
            for word in spec.get("nouns", []):
                lex.wrap_nouns.setdefault(word, wrapper)
            for word in spec.get("adjs", []):
                lex.wrap_adjs.setdefault(word, wrapper)
            if name == "intent":
                lex.intent = wrapper
            elif name == "threaten":
                lex.threaten = wrapper
            elif name == "demand":
                lex.demand = wrapper
        recip = data.get("reciprocal") or {}
        lex.recip_verbs = set(recip.get("verbs", []))
        lex.recip_nouns = set(recip.get("nouns", []))
        lex.mutual_objects = set(recip.get("mutual_objects", []))
        lex.directed_roots = {str(r) for r in recip.get("directed_roots", [])}
        lex.mutual_codes = {str(c) for c in recip.get("mutual_codes", [])}
        lex.one_way_roots = {str(c) for c in recip.get("one_way_roots", [])}
        lex.domains = {str(k): {str(w): str(c) for w, c in v.items()} for k, v in (data.get("domains") or {}).items()}
        targets = data.get("targets") or {}
        lex.preps = set(targets.get("preps", []))
        lex.weak_preps = set(targets.get("weak_preps", []))
        lex.agent_preps = set(targets.get("agent_preps", ["by"]))
        lex.topic_preps = set(targets.get("topic_preps", []))
        lex.topic_roots = {str(r) for r in targets.get("topic_roots", [])}
        lex.example_preps = set(targets.get("example_preps", []))
        hedges = data.get("hedges") or {}
        lex.modals = set(hedges.get("modals", []))
        lex.intent_modals = set(hedges.get("intent_modals", []))
        lex.hedge_verbs = set(hedges.get("verbs", []))
        lex.hedge_adjs = set(hedges.get("adjs", []))
        lex.hedge_marks = set(hedges.get("marks", []))
        lex.realis_nouns = set(hedges.get("realis_nouns", []))
        lex.hedge_nouns = set(hedges.get("nouns", []))
        lex.hedge_noun_adjs = set(hedges.get("noun_adjs", []))
        lex.postpone_verbs = set(hedges.get("postpone_verbs", []))
        negators = data.get("negators") or {}
        lex.neg_words = set(negators.get("words", []))
        lex.neg_verbs = set(negators.get("verbs", []))
        demands = data.get("demands") or {}
        lex.speech_verbs = set(demands.get("speech_verbs", []))
        lex.demand_words = set(demands.get("demand_words", []))
        lex.obligation_modals = set(demands.get("obligation_modals", []))
        speakers = data.get("speakers") or {}
        lex.speaker_verbs = set(speakers.get("verbs", []))
        lex.speaker_pronouns = set(speakers.get("pronouns", []))
        lex.needs_object = set(data.get("needs_object") or [])
        lex.stative_passives = set(data.get("stative_passives") or [])
        standing = data.get("standing") or {}
        lex.standing_nouns = set(standing.get("nouns", []))
        lex.making_verbs = set(standing.get("making_verbs", []))
        lex.topic_adjs = set(data.get("topic_adjs") or [])
        lex.envoy_nouns = set(data.get("envoy_nouns") or [])
        lex.temporal_preps = set(data.get("temporal_preps") or [])
        lex.event_heads = set(data.get("event_heads") or [])
        lex.judgement_verbs = set(data.get("judgement_verbs") or [])
        lex.transfer_nonobjects = set(data.get("transfer_nonobjects") or [])
        lex.quantity_nouns = set(data.get("quantity_nouns") or [])
        lex.talk_topic_preps = set(data.get("talk_topic_preps") or [])
        return lex


@dataclass
class Trigger:
    token: Token
    code: str
    kind: str  # "verb" | "noun" | "adj"
    wrapper: Wrapper | None = None
    phrase_obj: Token | None = None


class EventCoder(DataComponent):
    """The component: reads ``doc.spans["actors"]``, writes ``doc._.events``."""

    def __init__(self, nlp: Language, name: str, patterns_path: str = "", learned: bool = True) -> None:
        self.name = name
        self.use_learned = learned
        self.lex = TriggerLexicon()
        self.from_disk(patterns_path or DEFAULT_PATTERNS)

    # -- loading -----------------------------------------------------------------------------------
    def load_data(self, path: Path) -> None:
        """Load the trigger lexicon (a YAML file, or a folder holding ``event_patterns.yml``) and the learned
        layer's weights (``event_model.npz`` beside it, else the packaged file; docs/events.md)."""
        from detente.nlp.event_model import MODEL_FILE, EventModel

        if path.is_dir():
            path = path / DEFAULT_PATTERNS.name
        self.lex = TriggerLexicon.from_yaml(path)
        self.patterns_file = path
        beside = path.parent / MODEL_FILE.name
        self.model_file = beside if beside.exists() else MODEL_FILE
        # None = rules only (switched off, or the weights or the encoder package are missing)
        self.learned = EventModel.load(self.model_file) if getattr(self, "use_learned", True) else None

    def data_sources(self) -> dict[str, Path]:
        sources = {DEFAULT_PATTERNS.name: self.patterns_file}
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
        spans = doc.spans["actors"] if "actors" in doc.spans else []
        if not spans:
            return []
        tok_actor: dict[int, Span] = {}
        by_sent: dict[int, set[str]] = {}
        sent_of: dict[int, Span] = {}
        mentions: dict[int, list[Span]] = {}
        for span in spans:
            if not span.label_:
                continue
            for i in range(span.start, span.end):
                tok_actor.setdefault(i, span)
            sent = span[0].sent
            by_sent.setdefault(sent.start, set()).add(primary(span.label_))
            sent_of[sent.start] = sent
            mentions.setdefault(sent.start, []).append(span)
        # an event needs two distinct actors in the sentence
        events: list[dict[str, Any]] = []
        for start in (start for start, prims in sorted(by_sent.items()) if len(prims) >= 2):
            found = self.code_sentence(doc, sent_of[start], tok_actor)
            if self.learned is not None:  # learned layer: vetoes and adds pairs (event_model.py)
                found = self.learned.refine(doc, sent_of[start], mentions[start], found, self)
            events.extend(found)
        return events

    def code_sentence(self, doc: Doc, sent: Span, tok_actor: dict[int, Span]) -> list[dict[str, Any]]:
        triggers = [t for t in (self._trigger(tok) for tok in sent) if t is not None]
        if not triggers:
            return []
        trig_at = {t.token.i: t for t in triggers}
        out: list[dict[str, Any]] = []
        seen: set[tuple[str, str, str]] = set()
        date: tuple[str | None, str | None] | None = None
        consumed: set[int] = set()
        orphans: list[tuple[Trigger, str, list[Span], bool, bool]] = []
        for speech, clause, code in self._reported_demands(sent, trig_at):
            sources, _ = self._subject(speech, tok_actor)
            targets = [
                a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for a in self._actors(c, tok_actor)
            ]
            pairs = self._pairs(sources, targets, False)
            if not pairs:
                continue
            consumed.update(t.i for t in clause.subtree if t.i in trig_at)
            consumed.add(speech.i)
            trig = Trigger(speech, code, "verb")
            negated = self._negated(trig)
            hypothetical, _ = self._hedged(trig)
            for src, tgt in pairs:
                key = (primary(src.label_), primary(tgt.label_), code[:2])
                if key in seen:
                    continue
                seen.add(key)
                if date is None:
                    date = event_date(speech, sent, doc._.published)
                out.append(self._event(doc, sent, trig, code, src, tgt, negated, hypothetical, date))
        for trig in triggers:
            if trig.token.i in consumed:
                continue  # part of a reported demand: "said Y must ...", "demanded that Y ..."
            if self._wrapped_by(trig, trig_at) is not None:
                continue  # its wrapper (or the verb it is the object of) codes it
            inner = self._wrapped(trig, trig_at)
            code = trig.code
            if (
                trig.wrapper is not None
                and trig.wrapper.name == "appeal"
                and trig.kind == "noun"
                and any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in trig.token.children)
                and self._plain_call(trig.token)
            ):
                inner = None  # "Trump's call with Putin": a phone call, whatever it led to
            if trig.wrapper is not None:
                if inner is not None:
                    code = trig.wrapper.refine.get(inner.code[:2], trig.wrapper.code)
                elif trig.wrapper.name == "intent" and trig.token.lemma_ == "agree":
                    code = "057" if any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.token.children) else "030"
                elif trig.wrapper.name == "appeal" and self._plain_call(trig.token):
                    code = self.lex.verbs.get(trig.token.lemma_.lower(), "041")  # "a phone call with Putin"
            elif inner is not None and trig.kind == "verb" and code[:2] == inner.code[:2]:
                code = inner.code if len(inner.code) >= len(code) else code  # "sent arms": 072 over 070
            if trig.wrapper is not None and inner is None and trig.kind == "verb" and trig.wrapper.name != "reject":
                if not any(c.dep_ in ("xcomp", "ccomp") for c in trig.token.children) and trig.token.lemma_ != "agree":
                    if trig.token.lemma_ not in self.lex.verbs:
                        continue  # "offering alternatives": a wrapper with nothing wrapped is no event
            if trig.kind == "adj" and inner is None:
                continue  # "willing to question institutions": readiness for no coded action
            if trig.kind == "noun" and self._characterization(trig):
                continue  # "which Sikorski deems a significant threat to NATO": a judgement, no event
            if trig.kind == "noun" and self._standing_reference(trig):
                continue  # "the last arms control agreement between A and B": a treaty, not an event
            if self._thing_acted_on(trig, trig_at) or self._means_coded(trig, trig_at):
                continue
            code = self._domain(trig, inner, code)
            sources, targets, reciprocal = self._arguments(trig, inner, tok_actor)
            if not sources and not targets:
                continue
            negated = self._negated(trig)
            hypothetical, intent = self._hedged(trig)
            if self._talk_topic(trig, trig_at):
                hypothetical = True  # "negotiations on a troop pullback": negotiated, not (yet) done
            if self._rejected_proposal(trig, trig_at):
                hypothetical = True  # "opposed a UN resolution condemning Russia": no condemnation took place
            if trig.kind == "noun" and code[:2] in FIGHT_ROOTS and sources and not targets and not reciprocal:
                orphans.append((trig, code, sources, negated, hypothetical))
                continue
            if negated and intent and not hypothetical and code[:2] in ("03", "04", "05", "06", "07", "08"):
                # "would not meet their demands", "will not allow": a stated refusal, CAMEO 12
                code, negated, intent = "120", False, False
            if intent and not hypothetical and trig.wrapper is None:
                root = code[:2]
                if root in ("04", "05", "06", "07", "08"):
                    code = self.lex.intent.refine.get(root, "030") if self.lex.intent else "030"
                elif root in ("15", "16", "17", "18", "19", "20"):
                    code = self.lex.threaten.refine.get(root, "130") if self.lex.threaten else "130"
            if reciprocal and sources and targets and code[:2] in self.lex.directed_roots:
                reciprocal = code in self.lex.mutual_codes
            if reciprocal and sources and targets and intent and not hypothetical and code[:2] in ("03", "13"):
                reciprocal = False  # "Driscoll will maintain contact with Kyiv": the speaker's stated intent
            if reciprocal and sources and targets and code[:2] in self.lex.one_way_roots:
                # "suspended the talks with Moscow", "would boycott all contact with the US": the
                # refusal or reduction is one side's act, not a mutual event
                reciprocal = False
            pairs = self._pairs(sources, targets, reciprocal)
            if not pairs:
                continue
            date = event_date(trig.token, sent, doc._.published)
            if date[1] == "text" and after_publication(date[0], doc._.published):
                if intent and code[:2] in ("03", "13"):
                    # "will hold talks in March 2026": the stated intent is today's act
                    date = (str(doc._.published)[:10], "document")
                else:
                    hypothetical = True  # dated after publication: it cannot have happened yet
            for src, tgt in pairs:
                key = (primary(src.label_), primary(tgt.label_), code[:2])
                if key in seen:
                    continue
                seen.add(key)
                out.append(self._event(doc, sent, trig, code, src, tgt, negated, hypothetical, date))
        out.extend(self._opposing_fights(doc, sent, orphans, seen))
        return out

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
        sides = {primary(a.label_) for _, _, sources, _, _ in orphans for a in sources}
        if len(sides) < 2:
            return []
        out: list[dict[str, Any]] = []
        for trig, code, sources, negated, hypothetical in orphans:
            own = {primary(a.label_) for a in sources}
            targets = [a for _, _, other, _, _ in orphans for a in other if primary(a.label_) not in own]
            for src, tgt in self._pairs(sources, targets, False):
                key = (primary(src.label_), primary(tgt.label_), code[:2])
                if key in seen:
                    continue
                seen.add(key)
                date = event_date(trig.token, sent, doc._.published)
                out.append(self._event(doc, sent, trig, code, src, tgt, negated, hypothetical, date))
        return out

    def _talk_topic(self, trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """A nominal trigger that is the topic of talks ("negotiations on a troop pullback", "talks about a
        ceasefire") is what is being negotiated."""
        tok = trig.token
        if trig.kind != "noun" or tok.dep_ != "pobj" or tok.head.lower_ not in self.lex.talk_topic_preps:
            return False
        outer = trig_at.get(tok.head.head.i)
        return outer is not None and outer.code[:2] == "04" and outer.token.i != tok.i

    def _rejected_proposal(self, trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """An action carried by a participle on the object of a rejection ("vetoed a resolution censuring
        X", "opposed a UN resolution condemning Russia") did not take place."""
        tok = trig.token
        if tok.dep_ != "acl" or tok.head.dep_ not in ("dobj", "obj"):
            return False
        outer = trig_at.get(tok.head.head.i)
        return outer is not None and outer.wrapper is not None and outer.wrapper.name == "reject"

    def _characterization(self, trig: Trigger) -> bool:
        """A trigger noun that is the predicate of a judgement verb ("deems it a threat to NATO") or a
        threat noun predicated by "be" ("Russia is a threat to Europe"): a characterisation."""
        tok = trig.token
        if tok.dep_ not in ("oprd", "attr", "xcomp", "dobj") or tok.head is tok:
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

    def _standing_reference(self, trig: Trigger) -> bool:
        """Whether a nominal trigger names a standing treaty, agreement or relationship ("the last arms
        control agreement between A and B", "their alliance") rather than its making: only a governing
        verb of making/signing/agreeing ("signed", "reached", "formed") asserts such an event."""
        tok = trig.token
        if tok.lemma_.lower() not in self.lex.standing_nouns:
            return False
        doc = tok.doc
        named_pair = any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in tok.children) or any(
            t.text in ("-", "–", "—", "/") and 0 < t.i < tok.i and doc[t.i - 1].pos_ == doc[t.i + 1].pos_ == "PROPN"
            for t in doc[max(tok.left_edge.i, tok.i - 4) if tok.dep_ != "compound" else max(0, tok.i - 4) : tok.i]
        )  # "the treaty between A and B", "the US-Russia treaty"
        if not named_pair:
            return False  # "Russia's energy partnerships with China": one side's cooperation, coded
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.lex.making_verbs for c in tok.children):
            return False  # "the energy deal between Russia and China, finalized in October"
        gov = self._governor(tok)
        if gov is None and tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            gov = tok.head
        return gov is None or gov.lemma_.lower() not in self.lex.making_verbs

    @staticmethod
    def _thing_acted_on(trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """A nominal trigger that is the object of another trigger's on/against/at phrase is the thing
        acted on, not an event: "an attack on a weapons supply" (no supply event)."""
        tok = trig.token
        return (
            trig.kind == "noun"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("on", "against", "at", "upon")
            and tok.head.head.i in trig_at
            and not EventCoder._own_agent(tok)
        )

    @staticmethod
    def _means_coded(trig: Trigger, trig_at: dict[int, Trigger]) -> bool:
        """A vague trigger whose means is itself a trigger ("intensified pressure on Russia by imposing
        sanctions") is coded by the means alone."""
        tok = trig.token
        holders = [tok, tok.head] if trig.kind == "noun" and tok.dep_ in ("dobj", "obj") else [tok]
        for holder in holders:
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    if any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" and g.i in trig_at for g in c.children):
                        return True
        return False

    def _reported_demands(self, sent: Span, trig_at: dict[int, Trigger]) -> list[tuple[Token, Token, str]]:
        """(speech verb, clause, code) for reported obligations: "X said Y must do Z" (an obligation modal
        in the reported clause), "X demanded that Y do Z", "X reiterated its demand that Y do Z" (a demand
        word and a bare subjunctive clause). The speaker demands; what Y must do is not asserted."""
        lex = self.lex
        found: list[tuple[Token, Token, str]] = []
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.speech_verbs:
                continue
            demandish = verb.lemma_.lower() in lex.demand_words or any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.demand_words for c in verb.children
            )
            for clause in verb.children:
                if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
                    continue
                auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
                modal = any(a.lower_ in lex.obligation_modals for a in auxes)
                subjunctive = demandish and clause.tag_ in ("VB", "VBP") and not [a for a in auxes if a.lower_ != "to"]
                if not (modal or subjunctive):
                    continue
                if any(c.dep_ == "neg" for c in clause.children):
                    continue  # "Y must not ..." is a demand to refrain: left to the main rules
                inner = trig_at.get(clause.i)
                if inner is None:
                    inner = next((trig_at[c.i] for c in clause.children if c.dep_ in OBJ_DEPS and c.i in trig_at), None)
                code = "100"
                if inner is not None and lex.demand is not None:
                    code = lex.demand.refine.get(inner.code[:2], lex.demand.code)
                found.append((verb, clause, code))
        return found

    # -- triggers ----------------------------------------------------------------------------------
    def _trigger(self, tok: Token) -> Trigger | None:
        lemma = tok.lemma_.lower()
        pos = tok.pos_
        lex = self.lex
        if tok.ent_type_ in ("DATE", "TIME"):
            return None  # "in March 2025": a month, not a protest march
        if pos in ("VERB", "AUX") and pos != "AUX":
            for child in tok.children:
                if child.dep_ in ("dobj", "nsubjpass", "prt", "obj"):
                    for obj in self._object_heads(child):
                        code = lex.phrases.get((lemma, obj.lemma_.lower()))
                        if code:
                            return Trigger(tok, code, "verb", phrase_obj=obj)
            if lemma in lex.wrap_verbs:
                wrapper = lex.wrap_verbs[lemma]
                return Trigger(tok, wrapper.code, "verb", wrapper=wrapper)
            if lemma in lex.needs_object:
                for child in tok.children:
                    if child.dep_ in ("dobj", "obj") and child.lemma_.lower() in lex.envoy_nouns:
                        # "sending his special envoy to Moscow": a visit by the sender, not aid
                        return Trigger(tok, "042", "verb", phrase_obj=child)
                    if child.dep_ in ("dobj", "obj") and child.lemma_.lower() in lex.transfer_nonobjects:
                        return None  # "giving advice to Moscow": no aid
            if lemma in lex.verbs:
                if lemma in lex.needs_object and not any(
                    c.dep_ in ("dobj", "obj", "nsubjpass", "dative") for c in tok.children
                ):
                    return None  # "negotiators return to Geneva": not "returned the weapons"
                return Trigger(tok, lex.verbs[lemma], "verb")
        elif pos in ("NOUN", "PROPN"):
            if lemma in lex.wrap_nouns:
                wrapper = lex.wrap_nouns[lemma]
                return Trigger(tok, wrapper.code, "noun", wrapper=wrapper)
            if lemma in lex.nouns:
                return Trigger(tok, lex.nouns[lemma], "noun")
        elif pos == "ADJ" and lemma in lex.nouns and self._noun_read_as_adj(tok):
            return Trigger(tok, lex.nouns[lemma], "noun")  # "the Ukrainian counteroffensive was ..."
        elif pos == "ADJ" and lemma in lex.wrap_adjs:
            wrapper = lex.wrap_adjs[lemma]
            return Trigger(tok, wrapper.code, "adj", wrapper=wrapper)
        return None

    def _object_heads(self, obj: Token) -> list[Token]:
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
        return heads

    def _noun_read_as_adj(self, tok: Token) -> bool:
        """A trigger noun the tagger made an adjective: it fills a noun slot ("the counteroffensive was
        unsuccessful") or modifies an event head ("offensive operations"), not "offensive weapons"."""
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "pobj"):
            return True
        return tok.dep_ == "amod" and tok.head.lemma_.lower() in self.lex.event_heads

    def _wrapped(self, trig: Trigger, trig_at: dict[int, Trigger]) -> Trigger | None:
        """The trigger this one governs as wrapper or light verb: xcomp, gerund, object noun."""
        if trig.phrase_obj is not None:
            return None
        for child in trig.token.children:
            found = self._inner_at(child, trig_at, depth=0)
            if found is not None and (trig.wrapper is not None or child.dep_ in OBJ_DEPS):
                return found
        return None

    def _inner_at(self, tok: Token, trig_at: dict[int, Trigger], depth: int) -> Trigger | None:
        if tok.dep_ not in WRAPPED_DEPS or depth > 2:
            return None
        if tok.dep_ == "conj" and depth == 0:
            return None
        if tok.i in trig_at and tok.dep_ != "prep":
            return trig_at[tok.i]
        if tok.dep_ in ("prep", "pobj", "pcomp", "xcomp", "dobj"):
            for child in tok.children:
                found = self._inner_at(child, trig_at, depth + 1)
                if found is not None:
                    return found
        return None

    def _wrapped_by(self, trig: Trigger, trig_at: dict[int, Trigger]) -> Trigger | None:
        """The wrapper or light verb that codes this trigger in its place, if any."""
        tok = trig.token
        for _ in range(4):
            if tok.dep_ not in WRAPPED_DEPS or tok.head is tok or tok.dep_ == "conj":
                return None
            head = tok.head
            outer = trig_at.get(head.i)
            if outer is not None and outer is not trig:
                if outer.phrase_obj is not None and outer.phrase_obj.i == trig.token.i:
                    return outer
                if outer.wrapper is not None:
                    return outer  # "refused to engage in dialogue": the refusal codes it
                if (
                    outer.kind == "verb"
                    and trig.token.dep_ in OBJ_DEPS
                    and trig.token.head.i == outer.token.i
                    and outer.phrase_obj is None
                    and not self._own_agent(trig.token)
                ):
                    # "launched an offensive": the verb codes it (not "condemned Russia's attack")
                    return outer
            tok = head
        return None

    @staticmethod
    def _plain_call(tok: Token) -> bool:
        """Whether an appeal word ("call") is a contact, not an appeal: no "on/for" addressee or demand,
        no clause of what is asked ("a phone call with Putin", "called Erdogan"), versus "called on
        Kyiv to accept", "calls for sanctions"."""
        for child in tok.children:
            if child.dep_ in ("xcomp", "ccomp", "acl"):
                return False
            if child.dep_ == "prep" and child.lower_ in ("on", "for", "upon"):
                if all(g.ent_type_ in ("DATE", "TIME") for g in child.children if g.dep_ == "pobj"):
                    continue  # "Trump's call with Putin on Feb. 12": a date, not an addressee
                return False
        return tok.lemma_.lower() in ("call", "phone", "telephone")

    @staticmethod
    def _own_agent(noun: Token) -> bool:
        """Whether a nominal trigger names its own agent by a possessor ("Russia's aggression")."""
        return noun.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)

    def _domain(self, trig: Trigger, inner: Trigger | None, code: str) -> str:
        """Refine a root-level code by a domain modifier: "military aid" 072, "energy partnership" 061."""
        table = self.lex.domains.get(code[:2])
        if not table or len(code) > 3 or (len(code) == 3 and code[2] != "0"):
            return code  # only a generic code ("050", "070") is refined
        nouns = [trig.token] + ([inner.token] if inner is not None else [])
        for noun in nouns:
            for child in noun.children:
                if child.dep_ in ("amod", "compound") and child.lemma_.lower() in table:
                    return table[child.lemma_.lower()]
            if noun.lemma_.lower() in table:
                return table[noun.lemma_.lower()]
        return code

    # -- arguments ---------------------------------------------------------------------------------
    def _actors(self, tok: Token, tok_actor: dict[int, Span], depth: int = 0) -> list[Span]:
        """Actors that ``tok`` (a subject/object head) denotes: itself, its modifiers, its conjuncts."""
        found: list[Span] = []
        if tok.i in tok_actor:
            found.append(tok_actor[tok.i])
            found.extend(self._hyphen_partners(tok, tok_actor))
        elif depth < ROLE_WORDS_DEPTH:
            for child in tok.children:
                if child.dep_ in MOD_DEPS and child.dep_ != "appos":
                    found.extend(self._actors(child, tok_actor, depth + 1))
                elif child.dep_ == "prep" and child.lower_ == "of" and depth < 2:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found.extend(self._actors(pobj, tok_actor, depth + 1))
                elif child.dep_ == "prep" and child.lower_ in self.lex.example_preps and depth < 2:
                    for pobj in child.children:  # "countries like China and India"
                        if pobj.dep_ == "pobj":
                            found.extend(self._actors(pobj, tok_actor, depth + 1))
            if not found:
                for child in tok.children:
                    if child.dep_ == "appos":
                        found.extend(self._actors(child, tok_actor, depth + 1))
        for child in tok.children:
            if child.dep_ == "conj":
                found.extend(self._actors(child, tok_actor, depth))
        return found

    def _subject(self, verb: Token, tok_actor: dict[int, Span]) -> tuple[list[Span], list[Span]]:
        """(sources, passive targets) of a verb, inheriting the subject through xcomp/conj/relcl."""
        tok = verb
        for _ in range(4):
            subj = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
            passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
            agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if passive and not subj and not agents and tok.lemma_.lower() in self.lex.stative_passives:
                subj, passive = passive, []  # "Israel is opposed to ...": an attitude, not a passive
            if subj or passive or agents:
                subj = [self._clausal_subject(s) for s in subj]
                sources = [a for s in subj + agents for a in self._actors(s, tok_actor)]
                ptargets = [a for s in passive for a in self._actors(s, tok_actor)]
                if not sources and not agents and subj:
                    speaker = self._speaker(tok, subj, tok_actor)
                    if speaker is not None:
                        return speaker, ptargets
                return sources, ptargets
            if tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
                break  # "When asked whether ..., Trump replied": the main subject was asked, not asking
            if tok.dep_ in ("xcomp", "conj", "advcl", "ccomp") and tok.head is not tok:
                tok = tok.head
                continue
            if tok.dep_ in ("relcl", "acl") and tok.head is not tok:
                return self._actors(tok.head, tok_actor), []
            break
        return [], []

    @staticmethod
    def _hyphen_partners(tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Actors joined to ``tok`` by a hyphen or dash ("Lavrov-Rubio call", "US-PRC relations"): the parser
        makes the first a compound of the second; both are arguments."""
        span = tok_actor[tok.i]
        out: list[Span] = []
        for child in tok.children:
            if child.dep_ != "compound" or child.i not in tok_actor or tok_actor[child.i] is span:
                continue
            other = tok_actor[child.i]
            between = tok.doc[other.end : span.start]
            if len(between) == 1 and between[0].text in ("-", "–", "—", "/"):
                out.append(other)
        return out

    @staticmethod
    def _clausal_subject(subj: Token) -> Token:
        """A subject parsed as a verb ("The Red Cross operating in Iraq said"): the verb's own subject."""
        if subj.pos_ == "VERB" and subj.tag_ == "VBG":
            inner = [c for c in subj.children if c.dep_ == "nsubj"]
            if inner:
                return inner[0]
        return subj

    def _speaker(self, verb: Token, subj: list[Token], tok_actor: dict[int, Span]) -> list[Span] | None:
        """The antecedent of a pronoun or relative subject the resolver left uncoded, from syntax only:
        "X said it would ..." (the speaker of the governing speech verb), "a plan that will ..." (the
        relative clause's head noun). None when the subject is not such a word."""
        words = {s.lower_ for s in subj}
        if verb.dep_ == "relcl" and words <= {"that", "which", "who"}:
            return self._actors(verb.head, tok_actor) or None
        if not words <= self.lex.speaker_pronouns:
            return None
        tok = verb
        for _ in range(3):
            if tok.dep_ != "ccomp" and tok.dep_ != "conj":
                return None
            head = tok.head
            if tok.dep_ == "ccomp" and head.lemma_.lower() in self.lex.speaker_verbs:
                speakers, _ = self._subject(head, tok_actor)
                return speakers or None
            tok = head
        return None

    def _targets_of(self, tok: Token, tok_actor: dict[int, Span], objects: bool = True) -> list[Span]:
        """Actors in ``tok``'s object positions and target prepositions (strong before weak)."""
        strong: list[Span] = []
        weak: list[Span] = []
        for child in tok.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                strong.extend(self._prep_targets(child, tok_actor, weak))  # "sending his envoy to Moscow"
            elif objects and child.dep_ in OBJ_DEPS:
                if self._inverted_speaker(child):
                    continue  # "... abused immigrants, a human rights group charged": the speaker
                strong.extend(self._actors(child, tok_actor))
                if not strong:
                    for grand in child.children:
                        if grand.dep_ == "prep":
                            strong.extend(self._prep_targets(grand, tok_actor, weak))
            elif child.dep_ == "prep":
                strong.extend(self._prep_targets(child, tok_actor, weak))
            elif child.dep_ in ("acl", "relcl") and tok.pos_ in ("NOUN", "PROPN"):
                for grand in child.children:
                    if grand.dep_ in OBJ_DEPS:
                        strong.extend(self._actors(grand, tok_actor))
                    elif grand.dep_ == "prep":
                        strong.extend(self._prep_targets(grand, tok_actor, weak))
        return strong or weak

    def _inverted_speaker(self, obj: Token) -> bool:
        """An "object" that is really the speaker of a sentence-final report the parser attached to the
        verb: "X abused Y, a human rights organization charged on Saturday" (comma, then a speech verb)."""
        edge = obj.left_edge
        if edge.i == 0 or obj.doc[edge.i - 1].text != ",":
            return False
        return any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.lex.speaker_verbs | self.lex.speech_verbs
            for c in obj.children
        )

    def _deep_targets(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Targets further down a wrapped phrase ("refused to engage in dialogue with Moscow")."""
        frontier = [tok]
        for _ in range(3):
            nxt = [c for t in frontier for c in t.children if c.dep_ in ("prep", "pobj", "dobj", "xcomp", "pcomp")]
            for child in nxt:
                if child.dep_ == "prep":
                    weak: list[Span] = []
                    found = self._prep_targets(child, tok_actor, weak)
                    if found:
                        return found
            frontier = nxt
        return []

    def _possessive_antecedent(self, noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """ "Following his meeting with Zelenskyy, Trump ...", "diversifying its trade ties": a possessive
        pronoun on a nominal trigger refers to the subject of the clause it sits in (the nearest verb
        above it, subjects inherited as for verbs). Only his/her/its/their, only when that subject is
        a coded actor."""
        if not any(c.dep_ == "poss" and c.lower_ in POSS_PRONOUNS for c in noun.children):
            return []
        tok = noun
        for _ in range(6):
            if tok.head is tok:
                break
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "prep":  # not "Following his meeting"
                sources, _ = self._subject(tok, tok_actor)
                return sources
        return []

    def _condition_subjects(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The subject of an if/unless clause under a threat: "X threatened to stop talks if the United
        States goes ahead" threatens the United States."""
        frontier = [tok]
        for _ in range(3):
            nxt: list[Token] = []
            for t in frontier:
                for c in t.children:
                    if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                        found = [
                            a
                            for s in c.children
                            if s.dep_ in ("nsubj", "nsubjpass")
                            for a in self._actors(s, tok_actor)
                        ]
                        if found:
                            return found
                    elif c.dep_ in ("xcomp", "dobj", "ccomp"):
                        nxt.append(c)
            frontier = nxt
        return []

    def _topic_targets(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """For a complaint or rejection, the actor it is about ("complained to the UN over Israeli
        raids"): the topic beats the addressee."""
        return [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in self.lex.topic_preps
            for p in c.children
            if p.dep_ in ("pobj", "pcomp")
            for a in self._actors(p, tok_actor)
        ]

    @staticmethod
    def _located(actor: Span) -> bool:
        """Whether the actor is named as a place: the object of "in" ("a summit in Genoa")."""
        tok = actor.root
        for _ in range(3):
            if tok.dep_ == "pobj":
                return tok.head.lower_ in ("in", "at")
            if tok.dep_ not in ("compound", "amod", "nmod", "poss") or tok.head is tok:
                return False
            tok = tok.head
        return False

    def _nested_targets(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The nearest actors inside the trigger's object and prepositional phrases when no argument slot
        holds one ("provide aid to refugees in Liberia", "release prisoners in Iraq"): the affected party
        named within what is acted on. Clauses of their own (ccomp, advcl, relcl, subjects) are not
        entered, so a second event's actors are not borrowed."""
        frontier = [c for c in tok.children if c.dep_ in NESTED_DEPS]
        for _ in range(NESTED_DEPTH):
            found = [a for t in frontier if t.i in tok_actor for a in self._actors(t, tok_actor)]
            if found:
                return found
            frontier = [c for t in frontier for c in t.children if c.dep_ in NESTED_DEPS]
            if not frontier:
                break
        return []

    def _prep_targets(self, prep: Token, tok_actor: dict[int, Span], weak: list[Span]) -> list[Span]:
        word = prep.lower_
        if word not in self.lex.preps or word == "between":
            return []
        found = [a for p in prep.children if p.dep_ == "pobj" for a in self._actors(p, tok_actor)]
        if word in self.lex.weak_preps:
            # a weak preposition gives a target only when it names the actor itself ("intervention in
            # Syria"), not a thing of the actor's ("in US policy")
            named = {t.i for p in prep.children if p.dep_ == "pobj" for t in [p, *p.conjuncts]}
            weak.extend(a for a in found if a.root.i in named)
            return []
        return found

    def _between(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        found: list[Span] = []
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ("between", "among"):
                continue
            heads = [a for p in c.children if p.dep_ == "pobj" for a in self._actors(p, tok_actor)]
            if len({primary(a.label_) for a in heads}) < 2:
                # "between Trump and Russian leader Vladimir Putin" parsed with Trump as a modifier deep
                # inside the object: "between" names both parties, so take every actor in its phrase
                seen: set[int] = set()
                heads = []
                for t in c.subtree:
                    span = tok_actor.get(t.i)
                    if span is not None and span.start not in seen and not self._located(span):
                        seen.add(span.start)  # not "in Hungary": a place
                        heads.append(span)
            found.extend(heads)
        return found

    def _governor(self, noun: Token) -> Token | None:
        """The verb a nominal trigger is an argument of ("imposed sanctions", "held talks with")."""
        tok = noun
        for _ in range(3):
            if tok.dep_ in ("dobj", "obj", "attr", "oprd", "nsubjpass", "dative"):
                return tok.head if tok.head.pos_ in ("VERB", "AUX") else None
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
                head = tok.head.head
                if head.pos_ in ("VERB", "AUX"):
                    prep = tok.head.lower_
                    if prep in self.lex.temporal_preps:
                        # "Following a phone call with Putin, Trump ...": a contact is the clause subject's;
                        # "shot down drones during an assault on Ukraine": an attack is not
                        lemma = noun.lemma_.lower()
                        contact = lemma in self.lex.recip_nouns or self.lex.nouns.get(lemma, "")[:2] == "04"
                        return head if contact else None  # contacts and visits: "during a visit to Turkey"
                    return head if prep in ("through", "in", "via", "into", "to") else None
                tok = head
                continue
            if tok.dep_ == "conj":
                tok = tok.head
                continue
            return None
        return None

    def _arguments(
        self, trig: Trigger, inner: Trigger | None, tok_actor: dict[int, Span]
    ) -> tuple[list[Span], list[Span], bool]:
        tok = trig.token
        lex = self.lex
        reciprocal = (trig.kind == "verb" and tok.lemma_.lower() in lex.recip_verbs) or (
            trig.kind == "noun" and tok.lemma_.lower() in lex.recip_nouns
        )
        if inner is not None and trig.wrapper is None:
            reciprocal = reciprocal or inner.token.lemma_.lower() in lex.recip_nouns | lex.recip_verbs
        if trig.phrase_obj is not None:
            reciprocal = reciprocal or trig.phrase_obj.lemma_.lower() in lex.recip_nouns
        if trig.wrapper is not None and trig.wrapper.name == "intent" and tok.lemma_ == "agree":
            # "A and B agreed", "agreed with B", "agreed to hold joint exercises" are mutual; "agreed to
            # provide aid for B" is an offer to B
            reciprocal = inner is None or inner.token.lemma_.lower() in lex.recip_nouns | lex.recip_verbs
        sources: list[Span] = []
        targets: list[Span] = []
        if trig.kind == "verb":
            sources, targets = self._subject(tok, tok_actor)
            targets = targets + self._targets_of(tok, tok_actor)
        elif trig.kind == "adj":
            head = tok.head if tok.dep_ in ("acomp", "amod") else tok
            sources, _ = self._subject(head, tok_actor) if tok.dep_ == "acomp" else (self._actors(head, tok_actor), [])
        else:  # noun
            if (
                (tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.pos_ == "ADJ"))
                and tok.head.pos_ == "NOUN"
                and tok.head.i > tok.i
                and self._trigger(tok.head) is None
            ):
                # "its trade relationships with China": the head noun carries the arguments
                tok = tok.head
            between = self._between(tok, tok_actor)
            if between and trig.code.startswith("045"):
                # "a mediation effort between A and B": the mediator acts on both parties
                gov = self._governor(tok)
                mediators = self._subject(gov, tok_actor)[0] if gov is not None else []
                return mediators, between, False
            if between:
                return between, [], True
            sources = [
                a
                for c in tok.children
                if c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in lex.topic_adjs
                for a in self._actors(c, tok_actor)
            ]
            topics = [
                a
                for c in tok.children
                if c.dep_ in ("amod", "compound") and c.lower_ in lex.topic_adjs
                for a in self._actors(c, tok_actor)
            ]
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in lex.agent_preps:
                    sources.extend(a for p in c.children if p.dep_ == "pobj" for a in self._actors(p, tok_actor))
            if not sources:
                sources = self._possessive_antecedent(tok, tok_actor)
            targets = topics or self._targets_of(tok, tok_actor, objects=False)
            gov = self._governor(tok)
            if not sources and gov is not None:
                sources, _ = self._subject(gov, tok_actor)
                between = self._between(gov, tok_actor)
                if between and reciprocal:
                    return sources + between, [], True
            if not targets and gov is not None:
                targets = [a for a in self._targets_of(gov, tok_actor) if a.start != tok.i]
        if trig.wrapper is not None and inner is None and not targets:
            for child in tok.children:
                if child.dep_ in ("xcomp", "ccomp"):
                    targets = self._targets_of(child, tok_actor)
                    break
        if inner is not None and not targets:
            targets = self._targets_of(inner.token, tok_actor, objects=True) or self._deep_targets(
                inner.token, tok_actor
            )
            if inner.kind == "noun" and not targets:
                targets = [
                    a
                    for c in inner.token.children
                    if c.dep_ in ("poss", "compound", "amod")
                    for a in self._actors(c, tok_actor)
                ]
        if reciprocal:
            targets = [t for t in targets if not self._located(t)]  # "a summit in Genoa": a place
        phrase_obj = trig.phrase_obj
        if not targets and phrase_obj is not None and phrase_obj.lemma_.lower() in lex.mutual_objects:
            reciprocal = True  # "Czechia and Albania upgraded their ties"
        if not targets and trig.wrapper is not None and trig.wrapper.name == "threaten":
            targets = self._condition_subjects(tok, tok_actor)
        if trig.code[:2] in lex.topic_roots:
            topical = self._topic_targets(tok, tok_actor)
            if topical:
                targets = topical
        nominal_subject = trig.kind == "noun" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"
        if nominal_subject and sources and not targets:
            # "US sanctions squeeze Russia's access", "sanctions aim to push back against Moscow": what
            # the nominal event does, it does to its verb's object (not to its other phrases)
            verb = tok.head
            targets = [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in self._actors(c, tok_actor)]
            targets = targets or [
                a
                for c in verb.children
                if c.dep_ == "xcomp"
                for p in c.children
                if p.dep_ == "prep" and p.lower_ in ("against", "on", "upon")
                for a in self._prep_targets(p, tok_actor, [])
            ]
        src_ids = {s.start for s in sources}
        src_prims = {primary(s.label_) for s in sources}
        targets = [t for t in targets if t.start not in src_ids]
        if sources and not targets and not reciprocal and trig.kind in ("verb", "adj"):
            targets = [
                t
                for t in self._nested_targets(inner.token if inner else tok, tok_actor)
                if primary(t.label_) not in src_prims
            ]
        return sources, targets, reciprocal

    def _pairs(self, sources: list[Span], targets: list[Span], reciprocal: bool) -> list[tuple[Span, Span]]:
        pairs: list[tuple[Span, Span]] = []
        if targets:
            for s in sources:
                for t in targets:
                    pairs.append((s, t))
                    if reciprocal:
                        pairs.append((t, s))
        elif reciprocal and len(sources) >= 2:
            for s in sources:
                for t in sources:
                    if s is not t:
                        pairs.append((s, t))
        return [(s, t) for s, t in pairs if primary(s.label_) != primary(t.label_)]

    # -- modality ----------------------------------------------------------------------------------
    def _clause_chain(self, tok: Token) -> list[Token]:
        """The trigger and the verbs above it within its clause chain (for modals and negation)."""
        chain = [tok]
        if self._own_agent(tok):
            return chain  # "wants to stop Russia's aggression": the aggression is presupposed, not hedged
        cur = tok
        for _ in range(5):
            if cur.head is cur or cur.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis"):
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
                cur = cur.head
                chain.append(cur)
                if cur.dep_ == "nsubj":
                    break
                continue
            break
        return chain

    def _negated(self, trig: Trigger) -> bool:
        for tok in self._clause_chain(trig.token):
            for child in tok.children:
                if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                    if any(c.dep_ == "prep" and c.lower_ == "until" for c in tok.children):
                        return False  # "did not take place until 2025": it did take place
                    return True
            if tok is not trig.token and tok.lemma_ in self.lex.neg_verbs:
                return True
        return False

    def _hedged(self, trig: Trigger) -> tuple[bool, bool]:
        """(hypothetical, stated intent) from modals, attitude verbs and conditionals above the trigger."""
        hypothetical = intent = False
        chain = self._clause_chain(trig.token)
        for tok in chain:
            for child in tok.children:
                low = child.lower_
                if child.dep_ == "aux" and child.tag_ == "MD":
                    if low in self.lex.modals or child.lemma_ in self.lex.modals:
                        hypothetical = True
                    elif low in self.lex.intent_modals or child.lemma_ in self.lex.intent_modals:
                        intent = True
                if child.dep_ == "mark" and low in self.lex.hedge_marks:
                    hypothetical = True
            subject_noun = trig.kind == "noun" and trig.token.dep_ in ("nsubj", "conj")
            if tok is not trig.token and tok.lemma_.lower() in self.lex.hedge_nouns:
                hypothetical = True
            if tok is not trig.token and tok.lemma_ in self.lex.hedge_verbs and not subject_noun:
                hypothetical = True  # but "sanctions aim to push back": what existing sanctions aim at
            if tok is not trig.token and tok.pos_ == "ADJ" and tok.lemma_ in self.lex.hedge_adjs:
                hypothetical = True
        top = chain[-1]
        tok = trig.token
        if trig.kind == "noun" and (
            any(c.dep_ in ("amod", "compound") and c.lower_ in self.lex.hedge_noun_adjs for c in tok.children)
            or (tok.dep_ in ("nsubjpass", "dobj", "obj") and tok.head.lemma_.lower() in self.lex.postpone_verbs)
        ):
            hypothetical = True  # "the anticipated summit ... has been postponed", "a planned meeting"
        prospective = trig.kind == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "for"
        if prospective and not self._own_agent(tok):
            hypothetical = True  # "calls for talks", "preparations for a meeting": not yet held
        if self._infinitival_modifier(top):
            hypothetical = True  # "attempts to improve ties", "pressure to impose sanctions"
        if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.lex.hedge_marks for c in top.children):
            hypothetical = True
        return hypothetical, intent

    def _infinitival_modifier(self, tok: Token) -> bool:
        """Whether ``tok`` (or the verb it is coordinated with) is a to-infinitive modifying a noun:
        "plans to sell", "attempts to improve", "pressure to impose": the action is not (yet) taken.
        Nouns of a taken decision ("the decision to impose sanctions") are exempt."""
        for _ in range(3):
            if tok.dep_ == "conj" and tok.head is not tok:
                tok = tok.head
                continue
            break
        if tok.dep_ != "acl" or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if tok.head.lemma_.lower() in self.lex.realis_nouns:
            return False
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)

    # -- output ------------------------------------------------------------------------------------
    def _event(
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


@Language.factory("event_coder", default_config={"patterns_path": "", "learned": True})
def make_event_coder(nlp: Language, name: str, patterns_path: str, learned: bool) -> EventCoder:
    """spaCy factory; ``patterns_path`` "" means the packaged ``data/events/event_patterns.yml``;
    ``learned`` False turns the learned layer off (rules only)."""
    return EventCoder(nlp, name, patterns_path, learned)
