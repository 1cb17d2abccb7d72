"""Concepts: cause and effect spans of causal claims normalised into the nodes of a cognitive map.

Different articles say "economic sanctions", "US sanctions", "sanctions on Russia" and "the sanctions from
hell"; a cognitive map needs one node, ``sanctions``, for all of them, or every article gets its own private
vocabulary and no two maps can be compared or merged. The small English model has no word vectors, so the
normalisation relies on lemmas and the dependency parse:

1. lowercase headline-cased spans ("Economic Sanctions" otherwise parses as a name; ordinary spans keep
   their case, which the tagger needs) and parse with the tagger/parser/lemmatizer only; lemmas lowercased;
2. drop determiners, possessives (and the possessor: "Russia's isolation" is about isolation), hedges
   ("possibly", "alleged", from ``concepts.yml``), punctuation, and stop words at the edges;
3. find the head: the root of the span's parse. Direction words ("reduced tensions", "the lifting of
   sanctions", "a decline in support", "escalate conflicts") are not concepts: they are stripped and
   recorded as a direction (−1 for decrease words) so the claim's sign can be flipped, and the head moves to
   what they modify; so does it past light heads ("the impact of isolation", "the ability to forge ties");
4. the concept key is the set of lemmas of the head noun, its noun compounds ("oil prices") and the
   noun of an "of" phrase ("price of oil"): adjectives and proper-noun modifiers ("economic", "US") say whose
   or which kind, and are dropped, unless the phrase is listed under ``keep`` ("nuclear weapons");
5. spans with the same key form one concept (a vocabulary concept that names one instance, "war in Ukraine",
   takes no span about another: "the war in Gaza", "a global war"); concepts whose keys overlap enough (Jaccard ≥
   ``min_overlap``) are merged; user ``merge``/``rename`` entries from ``concepts.yml`` are applied; an
   optional ``similarity`` function (e.g. cosine of sentence embeddings) can merge more.

The label of a concept is its most frequent short head phrase ("sanctions").
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Token

from detente.nlp.actor_compose import PERSON_NOUNS
from detente.nlp.lexicons import Roles, load_yaml
from detente.paths import data_file

DEFAULT_PATH = data_file("concepts.yml")
USER_ENV = "DETENTE_CONCEPTS"

# The components a parse of a short span needs; our own stages (actors, events, ...) are switched off.
_CORE_PIPES = {"tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter", "ner"}
_ACTOR_ENTS = {"GPE", "NORP", "ORG", "LOC", "FAC"}
_TIME_ENTS = {"DATE", "TIME"}
PEOPLE_FILE = data_file("actors", "people.jsonl")
ROLES_FILE = data_file("actors", "roles.yml")
# countries, organisations and places of the actor data: their one-word names ("Rosneft", "Kremlin", "Crimea")
# are actors even where a span read in lower case ("Rosneft and Lukoil") loses the entity
ACTOR_FILES = tuple(
    data_file("actors", f"{name}.jsonl") for name in ("countries", "institutions", "igos", "ngos", "places")
)
_ACTOR_NAME_FIELDS = ("name", "names", "aliases", "metonyms", "demonyms", "capitals")
_NOUNS = {"NOUN", "PROPN"}
_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
# "a decline in support", "the lifting of sanctions", "concerns about miscalculation"
_HEAD_PREPS = {"of", "in", "on", "to", "for", "about"}

Similarity = Callable[[str, str], float]


@dataclass
class ConceptLexicon:
    """The data of ``concepts.yml``: hedges, direction words, keep phrases, user merges and renames."""

    hedges: set[str] = field(default_factory=set)
    increase: set[str] = field(default_factory=set)
    decrease: set[str] = field(default_factory=set)
    keep: list[str] = field(default_factory=list)
    light_heads: set[str] = field(default_factory=set)
    merge: dict[str, list[str]] = field(default_factory=dict)
    rename: dict[str, str] = field(default_factory=dict)
    strategy_terms: list[str] = field(default_factory=list)
    generic_nouns: set[str] = field(default_factory=set)
    derivations: dict[str, str] = field(default_factory=dict)
    # a concept whose label has more content words than this is a clause, not a concept ("Trump pursued a
    # policy of de-escalation with Russia"): its claim stays in the claim list but off the maps
    max_concept_words: int = 4
    # bare abstract nouns that are no variable of a relationship on their own ("developments", "policy")
    stop_concepts: set[str] = field(default_factory=set)
    # nouns that name a variable only with their kind or owner ("economic pressure", "military presence"): read
    # into ``stop_concepts`` as well, but never about where they are sent ("access to technology" is access)
    kind_heads: set[str] = field(default_factory=set)
    # nouns of an effort whose noun modifier is what the effort is for: "peace efforts" is peace
    effort_heads: set[str] = field(default_factory=set)
    # nouns of a decision, an attempt or a failure to act: about the object their to-infinitive's verb moves
    act_heads: set[str] = field(default_factory=set)
    # nouns of a relation between parties ("pivot", "gap"): a variable only with the parties (a name before them,
    # an object of "between/to/with ..."), else with the named owner of the claim's other side
    relation_heads: set[str] = field(default_factory=set)
    # nouns of a holder's opinion ("views", "beliefs"): the variable is whose they are, never their topic alone
    opinion_heads: set[str] = field(default_factory=set)
    # periods of an office-holder ("term", "presidency"): with a named holder, who holds the office
    office_terms: set[str] = field(default_factory=set)
    # nouns of a region ("space", "region"): with a place name, the parties' influence there
    region_heads: set[str] = field(default_factory=set)
    # nouns of a quantity ("numbers", "dozens", "a handful"): as a modifier's noun they give way to what they count
    # ("arrests of large numbers of reporters" is about reporters: *arrests of reporters*; round 41)
    quantity_nouns: set[str] = field(default_factory=set)
    # the events of a document ("release", "publication") and the documents they give way to ("plan", "report")
    document_events: set[str] = field(default_factory=set)
    document_nouns: set[str] = field(default_factory=set)
    place_variable: str = "influence in"
    # verbs whose object is the concept: "forge a closer relationship" is about the relationship
    light_verbs: set[str] = field(default_factory=set)
    # adjectives that qualify nothing ("key developments", "the current situation"); a hyphenated one
    # ("long-term") is listed whole and its noun half never joins a concept ("long-term stagnation")
    empty_modifiers: set[str] = field(default_factory=set)
    # nouns for people ("president", "envoy", "dealmaker") and endings of such nouns ("-maker"): a span headed
    # by one names a person, not a variable (with actor_compose.PERSON_NOUNS, the actor layer's nouns for people)
    person_nouns: set[str] = field(default_factory=set)
    person_suffixes: set[str] = field(default_factory=set)
    # adjectives that say which kind of a thing is meant ("a global war", "a civil war", "a nuclear war"): a
    # vocabulary concept naming one instance ("war in Ukraine") does not take a span with one its words lack
    kind_modifiers: set[str] = field(default_factory=set)
    # the canonical vocabulary: label -> variants (a span normalising like a variant joins the label)
    vocabulary: dict[str, list[str]] = field(default_factory=dict)
    # a meeting of leaders is ``meeting_concept`` (the summit): a noun of ``meeting_heads`` whose parties are
    # ``leader_nouns`` or persons of the actor data in one of ``leader_roles``, or that is named by a place where
    # the vocabulary or another span holds that concept ("the Budapest meeting", "the summit in Budapest")
    meeting_heads: set[str] = field(default_factory=set)
    meeting_concept: str = "summit"
    leader_nouns: set[str] = field(default_factory=set)
    leader_roles: set[str] = field(default_factory=set)
    # talks, disputes ("topic_heads") are the vocabulary concept their topic words name: "talks over embassies" are
    # *diplomatic relations* (``topics``: concept -> lemmas or "modifier noun" lemma pairs)
    topic_heads: set[str] = field(default_factory=set)
    topics: dict[str, list[str]] = field(default_factory=dict)
    # vocabulary concepts of the relationship's own pair, named by their variants ("tensions between Washington and
    # Moscow"): a span of another pair ("tensions between Baku and Yerevan") keeps its pair
    pair_concepts: set[str] = field(default_factory=set)
    # cosine of two concept labels' encoder vectors above which they are one concept (measured on the
    # seeds: docs/scenarios.md); 1.01 switches encoder merging off
    similarity_threshold: float = 1.01

    def from_disk(self, path: str | Path) -> ConceptLexicon:
        """Add the entries of a YAML file: lists are extended, merge/rename entries override."""
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ValueError(f"{path}: not valid YAML: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a mapping at the top level")
        for name in (
            "hedges",
            "increase",
            "decrease",
            "light_heads",
            "generic_nouns",
            "stop_concepts",
            "light_verbs",
            "empty_modifiers",
            "person_nouns",
            "person_suffixes",
            "kind_modifiers",
            "kind_heads",
            "effort_heads",
            "act_heads",
            "relation_heads",
            "opinion_heads",
            "office_terms",
            "region_heads",
            "quantity_nouns",
            "document_events",
            "document_nouns",
            "meeting_heads",
            "leader_nouns",
            "leader_roles",
            "topic_heads",
            "pair_concepts",
        ):
            getattr(self, name).update(_words(data.get(name), path, name))
        for name in ("kind_heads", "relation_heads", "opinion_heads", "office_terms", "region_heads"):
            self.stop_concepts.update(getattr(self, name))
        if "meeting_concept" in data:
            self.meeting_concept = str(data["meeting_concept"]).strip()
        topics = data.get("topics") or {}
        if not isinstance(topics, dict):
            raise ValueError(f"{path}: 'topics' must map a vocabulary label to a list of topic words")
        for canon, words in topics.items():
            self.topics.setdefault(str(canon).strip(), []).extend(_words(words, path, f"topics[{canon!r}]"))
        if "place_variable" in data:
            self.place_variable = str(data["place_variable"]).strip().lower()
        self.keep.extend(w for w in _words(data.get("keep"), path, "keep") if w not in self.keep)
        self.strategy_terms.extend(
            w for w in _words(data.get("strategy_terms"), path, "strategy_terms") if w not in self.strategy_terms
        )
        for name in ("vocabulary", "merge"):
            merge = data.get(name) or {}
            if not isinstance(merge, dict):
                raise ValueError(f"{path}: {name!r} must map a canonical label to a list of variants")
            target = self.vocabulary if name == "vocabulary" else self.merge
            for canon, variants in merge.items():
                target[str(canon).strip()] = _words(variants, path, f"{name}[{canon!r}]")
        derivations = data.get("derivations") or {}
        if not isinstance(derivations, dict):
            raise ValueError(f"{path}: 'derivations' must map a verb lemma to its noun")
        self.derivations.update({str(k).strip().lower(): str(v).strip().lower() for k, v in derivations.items()})
        rename = data.get("rename") or {}
        if not isinstance(rename, dict):
            raise ValueError(f"{path}: 'rename' must map a label to a new label")
        self.rename.update({str(k).strip().lower(): str(v).strip() for k, v in rename.items()})
        if "similarity_threshold" in data:
            self.similarity_threshold = float(data["similarity_threshold"])
        if "max_concept_words" in data:
            value = data["max_concept_words"]
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"{path}: 'max_concept_words' must be a positive integer")
            self.max_concept_words = value
        return self


def _words(value: Any, path: Path, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ValueError(f"{path}: {name!r} must be a list of strings")
    return [str(v).strip().lower() for v in value if str(v).strip()]


def load_lexicon(user_path: str | Path | None = None) -> ConceptLexicon:
    """The packaged ``concepts.yml`` plus a user file (``user_path`` or ``$DETENTE_CONCEPTS``) if given."""
    lexicon = ConceptLexicon().from_disk(DEFAULT_PATH)
    user = user_path or os.environ.get(USER_ENV)
    if user:
        if not Path(user).exists():
            raise ValueError(f"{user}: concepts file not found")
        lexicon.from_disk(user)
    return lexicon


@dataclass(frozen=True)
class SpanForm:
    """One span, normalised: the lemma ``key`` that decides its concept, a readable head phrase, the
    lemma of its head, and ``direction`` (−1 when the span names a decrease of the concept)."""

    text: str
    key: frozenset[str]
    label: str
    head: str
    direction: int
    lemmas: tuple[str, ...]
    # why the span names no variable of the relationship, or None: "person", "actor" (a country or
    # organisation: an actor, not a quantity), "clause" (a verb phrase, or a predicate without its subject),
    # "stop" (a bare abstract noun), "time" (a date or time phrase)
    rejected: str | None = None
    # what says which one of its kind the span names, though the key drops it: names of countries and places
    # around the head ("the war in Gaza", "Russia's war"), its kind adjectives ("a global war"), ``indefinite``
    # ("a war" is some war, not the one under discussion) and the label that keeps them ("war in gaza"). A
    # vocabulary concept that names one instance ("war in Ukraine") takes the span only when these agree with
    # its own words (see ``_fits_instance``)
    names: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    indefinite: bool = False
    instance_label: str = ""
    # whose the span's head is, as a label prefix: a named possessor ("trump's" of "Trump's policy") or a name
    # compound ("u.s." of "U.S. support"); read by a span of the same claim that needs an owner
    owner: str = ""
    # the label the span takes with the owner of its claim's other side, when it needs one and names none (a
    # relation noun without parties: "{owner} pivot"; an opinion or a term of a pronoun's holder: "his views on
    # politics", "his second term"); "{owner}" is the owner's label, "{name}" the bare name
    owned_label: str = ""
    # the vocabulary concept the span's parties or topic name, beside its key: a meeting of leaders is the summit,
    # talks over embassies are diplomatic relations ("" when none)
    topic: str = ""
    # the places that name the span's head ("the Budapest meeting", "the summit in Anchorage"), lowercased
    places: frozenset[str] = frozenset()


@dataclass
class Concept:
    """A node of a cognitive map: ``members`` are the distinct span texts that normalise to it."""

    id: str
    label: str
    key: list[str]
    members: list[str] = field(default_factory=list)
    count: int = 0
    rejected: str | None = None  # set when the concept is no variable (see SpanForm.rejected): off the maps
    # how the members came together: "vocabulary" (concepts.yml), "key" (same lemma key), "overlap",
    # "similarity" (encoder cosine >= the measured threshold), with the labels merged in
    merged: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "key": self.key,
            "members": self.members,
            "count": self.count,
        }
        if self.merged:
            out["merged"] = self.merged
        return out


@dataclass
class ConceptIndex:
    """Concepts found for a set of spans, and for each span text its concept id and direction."""

    concepts: list[Concept]
    assignment: dict[str, tuple[str, int]]

    def concept_of(self, text: str) -> tuple[Concept, int] | None:
        """The concept of a span text (as given to :func:`build_concepts`) and the span's direction."""
        hit = self.assignment.get(text)
        if hit is None:
            return None
        return self.by_id[hit[0]], hit[1]

    @property
    def by_id(self) -> dict[str, Concept]:
        return {c.id: c for c in self.concepts}


def _core_docs(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    core = [name for name in nlp.pipe_names if name in _CORE_PIPES]
    with nlp.select_pipes(enable=core):
        return list(nlp.pipe(texts, batch_size=256))


def _direction_of(token: Token, lexicon: ConceptLexicon) -> int:
    word, lemma = token.lower_, token.lemma_.lower()
    # a verb listed with its particle or preposition ("weigh on", "push up"): "weighs a decision" is no direction
    phrases = {f"{w} {c.lower_}" for w in (word, lemma) for c in token.children if c.dep_ in {"prep", "prt"}}
    # a listed phrase before its bare verb: "fighting broke out" starts, "broke the blockade" pushes it down
    for words in (phrases, {word, lemma}):
        if words & lexicon.decrease:
            return -1
        if words & lexicon.increase:
            return 1
    return 0


def _is_actor_noun(token: Token, lexicon: ConceptLexicon) -> bool:
    """A noun for who acts, not for what moves: a role ("the government", "the central bank") or a person."""
    lemma = token.lemma_.lower()
    roles = _role_nouns()
    return lemma in roles or token.lower_ in roles or lemma in lexicon.person_nouns or lemma in PERSON_NOUNS


def _is_dropped(token: Token, lexicon: ConceptLexicon) -> bool:
    if token.is_punct or token.is_space or token.pos_ in {"DET", "PUNCT", "SYM", "X"}:
        return True
    if token.tag_ in {"POS", "PRP$", "WP$"} or token.dep_ in {"poss", "case", "aux", "auxpass", "neg"}:
        return True
    return token.lower_ in lexicon.hedges or token.lemma_.lower() in lexicon.hedges


def _redirect(head: Token, kept: set[int], lexicon: ConceptLexicon) -> Token | None:
    """What a direction word modifies: the object of a verb, or the noun of "of/in/on" after a noun."""
    for child in head.children:
        if child.i in kept and child.dep_ in {"dobj", "nsubjpass", "attr", "pobj", "oprd"}:
            return child
    act = head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.act_heads
    for child in head.children:  # "the ability to forge ties": the clause says what the concept is
        if child.i in kept and child.dep_ in {"acl", "xcomp"} and child.pos_ in {"VERB", "AUX"}:
            # a verb that moves its object: its own direction counts ("a refusal to lift the ban": the ban, up)
            moves = bool(_direction_of(child, lexicon)) or child.lemma_.lower() in lexicon.light_verbs
            if act and not moves:
                return None  # "attempts to inflict a defeat": the act moves nothing named; the span stays
            if head.pos_ == "NOUN" and _direction_of(head, lexicon) and not moves:
                # a disposition toward an act ("reluctance to send tanks", "readiness to grant visas"): the act's
                # object is the variable, whatever the verb
                obj = next((o for o in child.children if o.dep_ == "dobj" and o.i in kept and o.pos_ == "NOUN"), None)
                if obj is not None:
                    return obj
            return child
    if act:  # "the decision of the court", "Trump's decision": only the act's clause says what it is about
        return None
    # a verb completed by a listed particle ("violence broke out in the capital"): its prepositional phrase is where
    # or when, not what moved
    particle = head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "prt" and f"{head.lemma_.lower()} {c.lower_}" in lexicon.increase | lexicon.decrease
        for c in head.children
    )
    for child in head.children if not particle else ():
        if child.dep_ == "prep" and child.lower_ in _HEAD_PREPS:
            # a common noun before a name: "deterioration in U.S.-Russia relations" (mis-parsed as two pobj)
            objs = sorted(
                (o for o in child.children if o.dep_ == "pobj" and o.i in kept), key=lambda o: (o.pos_ != "NOUN", o.i)
            )
            if objs:
                return objs[0]
    if head.dep_ in {"amod", "compound", "advmod", "nmod"} and head.head.i in kept and head.head.i != head.i:
        return head.head
    if _has_subject(head, lexicon) and head.lemma_.lower() not in lexicon.derivations:
        # "hopes dimmed", "the relationship has unraveled": an intransitive direction verb says which way its
        # subject moved (a name is no subject to fall back on: "NATO expanded" stays the expansion). The tagger
        # reads a lower-case currency as an adjective ("the rouble weakened": an adjective subject, or an
        # adjective modifier before the verb); an actor that raised or cut something is who acted, not what moved
        # ("The government raised" stays a clause)
        for child in head.children:
            subject = child.dep_ == "nsubj" and child.pos_ in {"NOUN", "ADJ"}
            misread = child.dep_ == "amod" and head.pos_ == "VERB" and child.i < head.i
            if child.i in kept and (subject or misread):
                return None if _is_actor_noun(child, lexicon) else child
    return None


def _named_parties(head: Token) -> list[Token]:
    """The subject and the object of a verb when both are names ("Washington sanctioned Gazprom Neft"), else []."""
    args = [next((c for c in head.children if c.dep_ == dep), None) for dep in ("nsubj", "dobj")]
    return [a for a in args if a is not None] if all(a is not None and a.pos_ == "PROPN" for a in args) else []


def _has_subject(head: Token, lexicon: ConceptLexicon) -> bool:
    """A verb, or a direction word the tagger read as a noun with a common-noun subject ("the central bank cut";
    a name is a misread compound, "Ukraine's NATO ambitions", and so is a noun of no direction, "the cab
    operators' strike")."""
    return head.pos_ in {"VERB", "AUX"} or (
        head.pos_ == "NOUN"
        and bool(_direction_of(head, lexicon))
        and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in head.children)
    )


def _is_generic(token: Token, lexicon: ConceptLexicon) -> bool:
    """A relational noun ("partners", "relationships", "ties") that only carries its modifier's meaning."""
    return token.lemma_.lower() in lexicon.generic_nouns or token.lower_ in lexicon.generic_nouns


def _compounds(token: Token, kept: set[int], with_names: bool = False) -> list[Token]:
    allowed = _NOUNS if with_names else {"NOUN"}
    out: list[Token] = []
    for child in token.children:
        # a duration says how long, not what: "a 40-minute video call", "a two-day summit" (session 41, concepts13)
        if child.dep_ == "compound" and child.i in kept and child.pos_ in allowed and not _is_duration(child):
            out.extend(_compounds(child, kept, with_names))
            out.append(child)
    return out


def normalise_doc(
    doc: Doc, lexicon: ConceptLexicon, keep_keys: Sequence[frozenset[str]] = (), people: frozenset[str] = frozenset()
) -> SpanForm:
    """Normalise one parsed span; see the module docstring for the steps. ``people``: lowercased names of
    persons (``data/actors/people.jsonl``), which are never concepts."""
    kept_tokens = [t for t in doc if not _is_dropped(t, lexicon)]
    while kept_tokens and kept_tokens[0].is_stop:
        kept_tokens.pop(0)
    while kept_tokens and kept_tokens[-1].is_stop:
        kept_tokens.pop()
    if not kept_tokens:  # only stop words ("the move", "others"): it names nothing to draw
        text = doc.text.strip().lower()
        return SpanForm(doc.text, frozenset([text]) if text else frozenset(), text, text, 1, (), "stop")
    kept = {t.i for t in kept_tokens} - _hyphenated_empty(doc, lexicon)
    if not kept:
        kept = {t.i for t in kept_tokens}
    root = doc[:].root
    # the root trimmed away ("everything from oil prices to ..."): the first noun that heads a phrase, not a
    # compound modifier of the next one ("oil" of "oil prices")
    remaining = [t for t in kept_tokens if t.i in kept]
    nouns = [t for t in remaining if t.pos_ in _NOUNS]
    fallback = next((t for t in nouns if t.dep_ != "compound"), nouns[0] if nouns else remaining[-1])
    head = root if root.i in kept else fallback
    if head.pos_ == "ADP":  # "inside Russia", "against terrorism": a prepositional phrase names its object
        head = next((c for c in head.children if c.dep_ == "pobj" and c.i in kept), head)
    elif head.lemma_.lower() in lexicon.stop_concepts and head.lemma_.lower() not in (
        lexicon.kind_heads | lexicon.relation_heads
    ):
        # "the two superpowers to the edge of catastrophe", "countries into a trade war": where an empty noun
        # was sent is what the span is about (not for a relation: "a pivot to Asia" is the pivot, and "the market
        # turned into a battlefield" stays a clause)
        head = next(
            (
                o
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in {"to", "into"}
                for o in c.children
                if o.dep_ == "pobj" and o.i in kept and o.pos_ == "NOUN"
            ),
            head,
        )
    if head.lemma_.lower() in lexicon.document_events:
        # "the release of the peace plan": a document's event is about the document; "the release of hostages" is
        # no document's
        head = next(
            (
                o
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children
                if o.dep_ == "pobj" and o.i in kept and o.lemma_.lower() in lexicon.document_nouns
            ),
            head,
        )
    head = _effort_aim(head, kept, lexicon)

    direction = 1
    direction_tokens: set[int] = set()
    for _ in range(4):  # "a decline in the easing of sanctions": follow a few direction words at most
        d = _direction_of(head, lexicon)
        light = (
            head.lemma_.lower() in lexicon.light_heads
            or head.lower_ in lexicon.light_heads
            or (head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.act_heads)
            or (head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in lexicon.light_verbs)
        )
        if not d and not light:
            break
        target = _redirect(head, kept, lexicon)
        if target is None:
            break
        direction *= d or 1
        direction_tokens.add(head.i)
        if light:  # "a limited impact on the economy": the light head's direction words count too
            for child in head.children:
                if child.i in kept and child.dep_ in {"amod", "advmod"} and _direction_of(child, lexicon):
                    direction *= _direction_of(child, lexicon)
                    direction_tokens.add(child.i)
        head = _effort_aim(target, kept, lexicon)  # "the easing of sanctions measures": the sanctions
    # where the head was sent: "relations into a deep freeze", "prices to a record high"
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"into", "to"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in kept and _direction_of(obj, lexicon):
                    direction *= _direction_of(obj, lexicon)
                    direction_tokens.update(t.i for t in obj.subtree)
                    direction_tokens.add(child.i)
    # modifiers that are direction words: "reduced tensions", "rising prices", "a deepening distrust"
    for child in head.children:
        if child.i in kept and child.dep_ in {"amod", "advmod", "compound", "nmod"}:
            d = _direction_of(child, lexicon)
            if d:
                direction *= d
                direction_tokens.add(child.i)
    kept -= direction_tokens
    content = [doc[i] for i in sorted(kept) if doc[i].pos_ in _CONTENT and not doc[i].is_stop]
    lemmas = tuple(t.lemma_.lower() for t in content)

    key_tokens: list[Token]
    if head.pos_ in _NOUNS:
        # proper-noun compounds name the thing only when the head is itself a name ("World War II")
        key_tokens = _compounds(head, kept, with_names=head.pos_ == "PROPN") + [head]
        of_tokens: list[Token] = []
        generic_of: list[Token] = []  # "diversification of trade partners": the process is "trade diversification"
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i in kept and pobj.pos_ == "NOUN":
                        of, obj = child, pobj
                        if obj.lemma_.lower() in lexicon.quantity_nouns or obj.lower_ in lexicon.quantity_nouns:
                            # "arrests of large numbers of reporters": what is counted, not the count
                            counted = _counted(obj, kept)
                            if counted is None:
                                continue
                            of, obj = counted.head, counted
                        mods = _compounds(obj, kept)
                        if mods and _is_generic(obj, lexicon):
                            generic_of.extend(mods)
                        else:
                            of_tokens.extend([of, *mods, obj])
        label_tokens = generic_of + sorted(key_tokens + of_tokens, key=lambda t: t.i)
        key_tokens = generic_of + key_tokens + [t for t in of_tokens if t.pos_ == "NOUN"]
        label = _phrase(label_tokens)
    else:  # a verb or adjective phrase: the content words of its subtree together are the concept
        subtree = {t.i for t in head.subtree}
        key_tokens = [t for t in content if t.i in subtree] or [head]
        if head.lemma_.lower() in lexicon.derivations and _named_parties(head):
            # "the United States sanctioned Rosneft and Lukoil": a process between named parties is the process
            # (who did it to whom is the claim's actors); "NATO expanded eastward" has no second party
            parties = {t.i for party in _named_parties(head) for t in party.subtree}
            key_tokens = [t for t in key_tokens if t.i not in parties] or [head]
        # "diversifying its trade relationships": a generic object noun with a modifier gives way to it
        key_tokens = [t for t in key_tokens if not (t.i != head.i and _is_generic(t, lexicon) and _compounds(t, kept))]
        noun = lexicon.derivations.get(head.lemma_.lower())
        if noun is not None:  # named like the nominalisation: "trade diversification"
            label = " ".join([*(t.lower_ for t in key_tokens if t.i != head.i), noun])
        else:
            label = " ".join(t.lower_ for t in key_tokens)
    key = frozenset(lexicon.derivations.get(t.lemma_.lower(), t.lemma_.lower()) for t in key_tokens)

    owned_label = ""
    head_lemma = head.lemma_.lower()
    if head.pos_ in _NOUNS and key and key <= lexicon.stop_concepts:
        # an abstract noun is a concept only with what makes it one: "escalatory moves", "the post-Soviet
        # space", "views on global politics"; bare ("the situation", "key developments") it stays off
        # another empty noun does not make one a variable: "a departure from efforts", "the fate of the plan"
        mods = [
            t
            for t in _modifiers(head, kept, lexicon.quantity_nouns)
            if t.lemma_.lower() not in lexicon.empty_modifiers
            and (t.lemma_.lower() not in lexicon.stop_concepts or _has_kind(t, kept, lexicon))
        ]
        # a noun that needs its kind is one with it: "measures to protect the national interest" (round 79)
        mods += [k for t in mods if t.lemma_.lower() in lexicon.kind_heads for k in _kind_words(t, kept)]
        # a named possessor says whose it is, as a name compound does ("US policy"): "Trump's policy",
        # "Russia's position" (a pronoun or a common noun does not: "its actions", "each nation's actions")
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        pronoun_owner = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children)
        quoted = _quoted_name(head)
        if quoted and owner is None:
            # a quoted name before the noun says which one: the "America First" agenda, a "zero tolerance" policy
            key, label, mods = key | set(quoted.split()), f"{quoted} {head.lower_}", []
        elif head_lemma in lexicon.relation_heads:
            # a relation's variable is between whom: "an unexpected pivot", "an unbridgeable gap" name no parties
            mods = _parties(head, kept)
            if not mods and owner is None:
                owned_label = f"{{owner}} {head.lower_}"
        elif head_lemma in lexicon.opinion_heads or head_lemma in lexicon.office_terms:
            # whose opinion or whose term is the variable; its topic or ordinal is not ("his views on politics")
            mods = []
            office = head_lemma in lexicon.office_terms
            if owner is not None and office:
                key, label = frozenset({owner.lower_, "office"}), f"{owner.lower_} in office"
                owner = None
            elif owner is None and pronoun_owner:
                owned_label = "{name} in office" if office else f"{{owner}} {head.lower_}"
        elif head_lemma in lexicon.region_heads and any(_is_name(t) for t in mods):
            # a region named by a country or people is a place: the parties' influence there
            phrase = _phrase(sorted([*mods, head], key=lambda t: t.i))
            key = key | {t.lemma_.lower() for t in mods} | {lexicon.place_variable.split()[0]}
            label, mods, owner = f"{lexicon.place_variable} {phrase}", [], None
        elif not mods and owner is None and head_lemma in lexicon.kind_heads:
            # a noun that needs its kind or owner takes a named source or doer as one: "pressure from the
            # Pentagon", "support by Congress" ("proposals from Russia" is no variable)
            mods = [
                o
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in {"from", "by"}
                for o in c.children
                if o.dep_ == "pobj" and o.i in kept and o.pos_ == "PROPN"
            ][:1]
        if mods or owner is not None:
            key = key | {t.lemma_.lower() for t in mods if t.pos_ in _CONTENT}
            key |= {owner.lower_} if owner is not None else set()
            label = _phrase(sorted({*mods, *_joining_words(mods), head}, key=lambda t: t.i))
            if owner is not None:
                label = f"{owner.lower_}'s {label}"
    rejected = _rejected(head, key_tokens, key, lexicon, people) or ("clause" if _bare_predicate(doc) else None)
    all_lemmas = set(lemmas) | {t.lemma_.lower() for t in kept_tokens}
    for keep_key in keep_keys:
        if keep_key <= all_lemmas and head.lemma_.lower() in keep_key:
            key = keep_key
            label = _phrase([t for t in content if t.lemma_.lower() in keep_key])
            rejected = None
            break
    names, kinds, indefinite, instance_label = _instance_marks(head, kept, label, lexicon)
    topic = _topic(head, kept, lexicon) if head.pos_ in _NOUNS else ""
    return SpanForm(
        doc.text,
        key,
        label,
        head.lemma_.lower(),
        direction,
        lemmas,
        rejected,
        names,
        kinds,
        indefinite,
        instance_label,
        _owner_label(head),
        owned_label if rejected == "stop" else "",
        topic,
        _places(head, kept) if head.pos_ in _NOUNS else frozenset(),
    )


def _effort_aim(head: Token, kept: set[int], lexicon: ConceptLexicon) -> Token:
    """What an effort, an action or a measure named by a noun is for: "peace efforts" is peace, "sanctions measures"
    sanctions; a role noun names who makes it ("government attempts", "army efforts"), and one with no noun
    modifier stays itself ("retaliatory measures")."""
    if head.lemma_.lower() not in lexicon.effort_heads:
        return head
    return next(
        (
            c
            for c in head.children
            if c.i in kept
            and c.dep_ in {"compound", "nmod"}
            and c.pos_ == "NOUN"
            and c.lemma_.lower() not in _role_nouns()
            and c.lower_ not in _role_nouns()
        ),
        head,
    )


# the prepositions whose objects take part in talks or a meeting rather than being their topic
_WITH_PREPS = {"with", "between", "among", "of"}


def _participants(head: Token, kept: set[int], before: bool = True) -> list[Token]:
    """Who takes part in a meeting or in talks: the words before the head ("the Erdogan-Putin meeting", "the
    leaders' meeting"; unless ``before`` is False: "embassy talks" are about the embassy) and the objects of "with
    / between / among" (and, for a meeting, "of") with their conjuncts and modifiers."""
    out: list[Token] = []
    preps = _WITH_PREPS if before else _WITH_PREPS - {"of"}
    for child in head.children:
        if child.dep_ in {"compound", "amod", "poss", "nmod"} and child.i < head.i:
            if before:  # a possessor is dropped from the key, not from who meets ("the leaders' meeting")
                out.extend(t for t in child.subtree if t.i in kept or t.dep_ == "poss")
        elif child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in kept:
                    for party in (obj, *(t for t in obj.subtree if t.dep_ == "conj" and t.head.i == obj.i)):
                        out.append(party)
                        out.extend(t for c in party.children if c.i < party.i for t in c.subtree if t.i in kept)
    return out


def _places(head: Token, kept: set[int]) -> frozenset[str]:
    """The place names that name a noun: before it ("the Budapest meeting") or after "in / at" ("the summit in
    Anchorage"), lowercased."""
    tokens = [t for c in head.children if c.dep_ in {"compound", "nmod"} and c.i < head.i for t in c.subtree]
    tokens += [
        o
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}
        for p in c.children
        if p.dep_ == "pobj"
        for o in p.subtree
    ]
    return frozenset(
        t.lower_
        for t in tokens
        if t.i in kept and (t.ent_type_ in {"GPE", "LOC", "FAC"} or (t.pos_ == "PROPN" and t.lower_ in _name_codes()))
    )


def _topic(head: Token, kept: set[int], lexicon: ConceptLexicon) -> str:
    """The vocabulary concept a noun's parties or topic name (see ``SpanForm.topic``), or ""."""
    lemma = head.lemma_.lower()
    if lemma in lexicon.meeting_heads or head.lower_ in lexicon.meeting_heads:
        leaders = _leader_names(frozenset(lexicon.leader_roles))
        for t in _participants(head, kept):
            if t.lemma_.lower() in lexicon.leader_nouns or (t.pos_ == "PROPN" and t.lower_ in leaders):
                return lexicon.meeting_concept
        return ""
    if not lexicon.topics or (lemma not in lexicon.topic_heads and head.lower_ not in lexicon.topic_heads):
        return ""
    # who the talks are with is no topic ("talks with diplomats"); a clause or phrase about the parties may be
    parties = {t.i for t in _participants(head, kept, before=False)}
    for t in head.subtree:
        if t.i == head.i or t.i not in kept or t.i in parties:
            continue
        words = {t.lemma_.lower(), t.lower_}
        words |= {f"{c.lemma_.lower()} {w}" for c in t.children if c.dep_ in {"amod", "compound"} for w in set(words)}
        for canon, topic_words in lexicon.topics.items():
            if words & set(topic_words):
                return canon
    return ""


def _owner_label(head: Token) -> str:
    """Whose a span's head is, as a label prefix: a named possessor ("trump's") or a name compound ("u.s.")."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        return f"{owner.lower_}'s"
    name = next((c for c in head.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"), None)
    return name.lower_ if name is not None else ""


# quotation marks as the tokenizer gives them
_QUOTES = {'"', "“", "”", "``", "''"}
# a quoted name of more words than this is written hyphenated in a label, so it counts as one name, not as a
# clause, against ``max_concept_words`` (its initials would be an acronym the text may never use)
_MAX_NAME_WORDS = 2


def _quoted_name(head: Token) -> str:
    """The quoted name written right before a noun ('the "America First" agenda' -> "america first"; a longer
    one hyphenated: '"making America great again"' -> "making-america-great-again"), or "" when there is none.
    The parse reads such a slogan as anything (a clause, a name compound): only the quotation marks say it is
    one name."""
    doc = head.doc
    if head.i < 3 or doc[head.i - 1].text not in _QUOTES:
        return ""
    start = next((i for i in range(head.i - 2, -1, -1) if doc[i].text in _QUOTES), None)
    words = [t for t in doc[start + 1 : head.i - 1] if not t.is_punct] if start is not None else []
    if not words:
        return ""
    if len(words) <= _MAX_NAME_WORDS:
        return " ".join(t.lower_ for t in words)
    return "-".join(t.lower_ for t in words)


# the prepositions that name a party of a relation: "the gap between Washington and Moscow", "a pivot to Moscow",
# "a rift within the alliance"
_PARTY_PREPS = {"between", "to", "toward", "towards", "with", "from", "among", "away", "in", "within", "inside"}


def _parties(head: Token, kept: set[int]) -> list[Token]:
    """The words of a relation noun's parties, in order: names before it ("the US-Russia gap", "Russian pivot")
    and its prepositional objects with their conjuncts ("between Washington and Moscow", "to Asia")."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < head.i and child.i in kept:
            out.extend(t for t in child.subtree if t.i in kept and _is_name(t))
        elif child.dep_ == "prep" and child.lower_ in _PARTY_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in kept and obj.pos_ in _NOUNS:
                    conj = [t for t in obj.subtree if t.dep_ in {"conj", "cc"} and t.head.i == obj.i and t.i in kept]
                    # what says which parties: "ties with non-Western nations", "with Middle Eastern partners"
                    kind = [t for c in (obj, *conj) for t in _kind_words(c, kept)]
                    out.extend([child, obj, *conj, *kind])
    return sorted(set(out), key=lambda t: t.i)


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.lower_ in _name_codes() or token.lower_ in _actor_names()


def _instance_marks(
    head: Token, kept: set[int], label: str, lexicon: ConceptLexicon
) -> tuple[frozenset[str], frozenset[str], bool, str]:
    """What says which one of its kind a span names, beside its key: the names that qualify the head (its
    compounds, possessor and adjectives: "the Gaza war", "Russia's war"; its prepositional objects: "the war
    in Gaza", "hostilities between Moscow and Kyiv"), its kind adjectives ("a global war"), whether it is
    indefinite ("a war"), and the label that keeps those words ("war in gaza", "global war")."""
    before: list[Token] = []
    after: list[Token] = []
    for child in head.children:
        if child.dep_ in {"compound", "amod", "poss", "nmod"} and child.i < head.i:
            names_here = [t for t in child.subtree if _is_name(t) and t.pos_ != "PART"]
            before.extend(names_here)
            kind = child.lemma_.lower() in lexicon.kind_modifiers or child.lower_ in lexicon.kind_modifiers
            if child.dep_ == "amod" and not names_here and kind:
                before.append(child)
        elif child.dep_ == "prep" and child.i > head.i:
            # "hostilities between Moscow and Kyiv": the conjunction between two names stays in the label
            names_here = [
                t for t in child.subtree if t.i in kept and (_is_name(t) or (t.dep_ == "cc" and _is_name(t.head)))
            ]
            if any(_is_name(t) for t in names_here):
                after.extend([child, *names_here])
    # only names of countries and places tell one instance from another ("Gaza", "Syrian"); a doer's name is
    # whose it is, as "NATO" or "Zelensky"
    names = frozenset(t.lower_.replace(".", "") for t in before + after if t.lower_.replace(".", "") in _name_codes())
    kinds = frozenset(t.lower_ for t in before if not _is_name(t))
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in head.children)
    in_label = set(label.split())
    words = [t.lower_ for t in sorted(before, key=lambda t: t.i) if t.lower_ not in in_label]
    tail = " ".join(t.lower_ for t in sorted(after, key=lambda t: t.i))
    instance_label = " ".join([*words, label, *([tail] if tail and tail not in label else [])])
    return names, kinds, indefinite, instance_label


def _hyphenated_empty(doc: Doc, lexicon: ConceptLexicon) -> set[int]:
    """The tokens of hyphenated empty modifiers ("long-term", "full-scale"): the tokenizer splits them, and
    their noun half would otherwise join the concept as a compound ("long-term stagnation" -> "term
    stagnation")."""
    out: set[int] = set()
    for t in doc[2:]:
        dash, first = doc[t.i - 1], doc[t.i - 2]
        if dash.text in {"-", "\u2011"} and not first.whitespace_ and not dash.whitespace_:
            if f"{first.lower_}-{t.lower_}" in lexicon.empty_modifiers:
                out.update((first.i, dash.i, t.i))
    return out


def _bare_predicate(doc: Doc) -> bool:
    """A span that is a predicate without its subject: it opens on an auxiliary of a later verb ("have been
    expanded into a new format", "could change energy flows"), or it is a copula with a predicate noun ("is
    one of the biggest projects", "as being a list of demands"): it says something of a subject the span
    lacks."""
    words = [t for t in doc if not (t.is_punct or t.is_space)]
    if not words:
        return False
    first, root = words[0], doc[:].root
    if first.pos_ == "AUX" and first.dep_ in {"aux", "auxpass"} and first.head.i > first.i:
        return True
    copula: Token | None = root if root.i == first.i else None
    if root.pos_ == "ADP" and root.i == first.i:  # "as being a wish list of demands": a role said of something
        copula = next((c for c in root.children if c.dep_ == "pcomp"), None)
    return (
        copula is not None
        and copula.lemma_.lower() == "be"
        and any(c.dep_ == "attr" for c in copula.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in copula.children)
    )


def _is_duration(token: Token) -> bool:
    """A time noun counted by a number before it, as a compound: "40-minute", "two-day", "three-hour"."""
    return token.ent_type_ in _TIME_ENTS and any(c.i < token.i and c.like_num for c in token.children)


def _is_time(token: Token) -> bool:
    return token.ent_type_ in _TIME_ENTS or token.like_num


def _modifiers(head: Token, kept: set[int], quantities: Collection[str] = ()) -> list[Token]:
    """Content words that qualify a noun: adjectives, noun compounds, nouns of its prepositional phrases. A
    prepositional noun of ``quantities`` ("arrests of large numbers of reporters") gives way to the noun it
    counts ("diplomats"); one that counts nothing the span keeps is dropped."""
    out = [
        c
        for c in head.children
        if c.i in kept and c.dep_ in {"amod", "compound", "nmod"} and c.pos_ in {"ADJ", "NOUN", "PROPN", "VERB"}
    ]
    for child in head.children:
        if child.dep_ == "prep":
            for o in child.children:
                if o.dep_ != "pobj" or o.i not in kept or o.pos_ != "NOUN":
                    continue
                counted = _counted(o, kept) if o.lemma_.lower() in quantities or o.lower_ in quantities else o
                if counted is not None:
                    out.append(counted)
        elif child.dep_ in {"acl", "xcomp", "relcl"} and child.i in kept and child.pos_ == "VERB":
            # "their failure to break the Russian economy", "attempts to inflict a strategic defeat"
            objs = [o for o in child.children if o.dep_ in {"dobj", "attr"} and o.i in kept and o.pos_ == "NOUN"]
            if objs:
                out.extend([child, *objs])
    return out


def _counted(quantity: Token, kept: set[int]) -> Token | None:
    """The noun a quantity noun counts: the object of its "of" ("numbers of diplomats" -> "diplomats"), or None."""
    for prep in quantity.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for o in prep.children:
                if o.dep_ == "pobj" and o.i in kept and o.pos_ == "NOUN":
                    return o
    return None


def _phrase(tokens: Sequence[Token]) -> str:
    """Words of a label in order, lowercased; a hyphen the text wrote between two of them stays
    ("post-soviet space", not "post soviet space")."""
    out = ""
    for prev, token in zip([None, *tokens], tokens, strict=False):
        if prev is not None:
            between = token.doc[prev.i + 1 : token.i]
            hyphen = len(between) == 1 and between[0].text in {"-", "\u2011"} and not prev.whitespace_
            out += "-" if hyphen and not between[0].whitespace_ else " "
        out += token.lower_
    return out


def _joining_words(mods: Sequence[Token]) -> list[Token]:
    """The words that tie modifiers to their noun in a label: the preposition of a prepositional object, the
    "to" of an infinitive and the pronoun of a relative clause ("views on politics", "failure to break economy",
    "deal that sacrifices sovereignty", not "views politics")."""
    out = [t.head for t in mods if t.dep_ == "pobj" and t.head.dep_ == "prep"]
    out += [c for t in mods if t.pos_ == "VERB" for c in t.children if c.dep_ == "aux" and c.lower_ == "to"]
    out += [
        c
        for t in mods
        if t.pos_ == "VERB" and t.dep_ == "relcl"
        for c in t.children
        if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"}
    ]
    return out


def _kind_words(noun: Token, kept: set[int]) -> list[Token]:
    """The adjectives and noun compounds before a noun that say which one it is ("non-Western nations",
    "the national interest")."""
    return [
        t
        for c in noun.children
        if c.dep_ in {"amod", "compound"} and c.i < noun.i and c.i in kept and c.pos_ in {"ADJ", "NOUN", "PROPN"}
        for t in c.subtree
        if t.i in kept and not t.is_punct
    ]


def _has_kind(noun: Token, kept: set[int], lexicon: ConceptLexicon) -> bool:
    """A noun that needs its kind, with one: "the national interest" ("the interest" has none)."""
    lemma = noun.lemma_.lower()
    return lemma in lexicon.kind_heads and any(
        t.lemma_.lower() not in lexicon.empty_modifiers for t in _kind_words(noun, kept)
    )


def _rejected(
    head: Token, key_tokens: Sequence[Token], key: frozenset[str], lexicon: ConceptLexicon, people: frozenset[str]
) -> str | None:
    """Why a span names no variable of the relationship (see ``SpanForm.rejected``), or None."""
    if head.pos_ == "PRON":
        return "stop"  # "reducing it to 22 items", "boosting them": a pronoun names nothing to draw (concepts13)
    # a lower-case word is a common noun the tagger misread ("the suspension of levy"), not a surname of the list
    if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and head.lower_ in people and not head.text.islower()):
        return "person"
    lemma = head.lemma_.lower()
    if (
        head.pos_ in _NOUNS
        and not head.ent_type_
        and (
            lemma in lexicon.person_nouns
            or lemma in PERSON_NOUNS
            or any(lemma.endswith(end) and lemma != end for end in lexicon.person_suffixes)
        )
    ):
        return "person"  # "the US President", "a dealmaker and peacemaker", "experts"
    if key and key <= _actor_names() and head.ent_type_ not in _TIME_ENTS:
        return "actor"  # "Rosneft and Lukoil": names the parse lost in a span read in lower case
    if any(_is_time(t) for t in key_tokens) and all(_is_time(t) or t.pos_ == "ADJ" for t in key_tokens):
        return "time"  # "effective August 7", "late 2025": when, not what
    # a lower-case word the tagger read as a name, with no entity and no actor of that name, is a common noun where
    # a direction or frame word points at it ("a rise in levy", "the suspension of levy"); a span's own root stays
    # as it was ("flee", "the blowup last time": no variable either way)
    misread = head.text.islower() and not head.ent_type_ and head.lower_ not in _actor_names() and head.dep_ != "ROOT"
    if (
        head.pos_ == "PROPN"
        and not misread
        and not any(t.pos_ == "NOUN" for t in key_tokens)
        and (head.ent_type_ in _ACTOR_ENTS or head.ent_type_ == "")
    ):
        return "actor"
    if _has_subject(head, lexicon) and head.lemma_.lower() not in lexicon.derivations:
        return "clause"
    if key and key <= lexicon.stop_concepts:
        return "stop"
    return None


def _jsonl_names(path: Path, fields: Sequence[str]) -> Iterator[str]:
    """The names listed under ``fields`` of each record of an actor data file."""
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            for name in fields:
                value = record.get(name) or []
                yield from [value] if isinstance(value, str) else value


@functools.lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    """Every word of every person's name in the actor data ("trump", "dmitriev", "kirill")."""
    names: set[str] = set()
    for name in _jsonl_names(PEOPLE_FILE, ("names",)):
        names.update(w.lower() for w in re.findall(r"[^\W\d_]+", name) if len(w) > 2)
    return frozenset(names)


@functools.lru_cache(maxsize=4)
def _leader_names(roles: frozenset[str]) -> frozenset[str]:
    """Every word of the name of a person the actor data holds in one of ``roles`` (a head of state or
    government: "putin", "erdogan", "modi"), lowercased."""
    names: set[str] = set()
    if not PEOPLE_FILE.exists():
        return frozenset()
    for line in PEOPLE_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            if str(record.get("role", "")).lower() in roles:
                for name in record.get("names") or []:
                    names.update(w.lower() for w in re.findall(r"[^\W\d_]+", name) if len(w) > 1)
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """The one-word role nouns of the actor data ("government", "army", "police"): who acts, not what for."""
    _, roles = load_yaml(Roles, ROLES_FILE)
    return frozenset(w.lower() for words in roles.roles.values() for w in words or [] if " " not in w)


@functools.lru_cache(maxsize=1)
def _name_codes() -> dict[str, frozenset[str]]:
    """Each one-word name, demonym or capital of a country or place in the actor data, lowercased, with the codes
    of the countries it names ("kyiv" and "ukrainian" -> UKR, "gaza" -> PSE): two names of one country agree."""
    codes: dict[str, set[str]] = {}
    for path in ACTOR_FILES:
        if path.stem not in {"countries", "places"} or not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("{"):
                continue
            record = json.loads(line)
            for field_name in _ACTOR_NAME_FIELDS:
                value = record.get(field_name) or []
                for name in [value] if isinstance(value, str) else value:
                    if name.isalpha() and len(name) > 2 and name[0].isupper():
                        codes.setdefault(name.lower(), set()).add(str(record.get("code", "")))
    return {name: frozenset(c) for name, c in codes.items()}


@functools.lru_cache(maxsize=1)
def _actor_names() -> frozenset[str]:
    """The one-word names of countries, organisations and places in the actor data, lowercased ("rosneft",
    "kremlin", "russians", "crimea"); names of several words are left out, their words alone being ordinary."""
    return frozenset(
        name.lower()
        for path in ACTOR_FILES
        for name in _jsonl_names(path, _ACTOR_NAME_FIELDS)
        if name.isalpha() and len(name) > 2 and name[0].isupper()
    )


def normalise_spans(
    spans: Iterable[str], nlp: Language | None = None, lexicon: ConceptLexicon | None = None
) -> dict[str, SpanForm]:
    """Normalise distinct span texts (batched through ``nlp.pipe``). Keys of the result are the texts."""
    lexicon = lexicon or load_lexicon()
    nlp = nlp or _default_nlp()
    texts = list(dict.fromkeys(s for s in spans if s is not None))
    lowered = [_clean(t) for t in texts]
    keep_keys = [frozenset(_lemmas(d)) for d in _core_docs(nlp, lexicon.keep)] if lexicon.keep else []
    docs = _core_docs(nlp, lowered)
    people = _people()
    out: dict[str, SpanForm] = {}
    for text, doc in zip(texts, docs, strict=True):
        form = normalise_doc(doc, lexicon, keep_keys, people)
        out[text] = dataclasses.replace(form, text=text)
    return out


@functools.cache
def _causal_verbs() -> frozenset[str]:
    """The causal stage's causal verbs (markers.yml ``verbs`` and ``extra_verbs``), by lemma."""
    from detente.nlp.causal_markers import load_lexicon as load_markers

    markers = load_markers()
    return frozenset(str(v).lower() for v in (*markers.verbs, *markers.extra_verbs))


def _lead_participle_end(doc: Doc, causal_verbs: Collection[str], lexicon: ConceptLexicon) -> int | None:
    """Where a span that opens with a causal verb's participle ("sparking protests in three cities", "further fuelling
    tensions", "leading to shortages") goes on after it: the participle (after any adverbs) is the span's root, a
    causal verb that is no direction word of the concept lexicon ("strengthening ties" keeps its reading) and no verb
    with a nominalisation ("escalating tensions" names the process), and something follows it (its particle or
    preposition skipped). None for any other span."""
    i = 0
    while i < len(doc) and doc[i].pos_ == "ADV" and doc[i].dep_ == "advmod":
        i += 1
    if i >= len(doc):
        return None
    verb = doc[i]
    lemma = verb.lemma_.lower()
    if (
        verb.tag_ != "VBG"
        or verb.dep_ != "ROOT"
        or lemma not in causal_verbs
        or lemma in lexicon.derivations
        or _direction_of(verb, lexicon)
    ):
        return None
    j = i + 1
    while j < len(doc) and doc[j].head.i == verb.i and doc[j].dep_ in ("prt", "prep") and doc[j].i == j:
        j += 1  # "driving up | costs", "leading to | shortages"
    if j >= len(doc) or not any(t.pos_ in _NOUNS for t in doc[j:]):
        return None
    return doc[j].idx


def effect_cores(
    effects: Iterable[str], nlp: Language | None = None, lexicon: ConceptLexicon | None = None
) -> dict[str, str]:
    """What an effect names once a causal verb's participle that opens it is left off ("sparking | protests in three
    cities", "further fuelling | tensions": round 95's ``participle_effects`` opens effects so, as CNC marks them):
    the participle brings about what the rest names, and the concept is read from the rest, as it was without the
    participle. Keys: the effects that open so (``_lead_participle_end``); the value is the rest. Only effects: a
    cause that opens with a participle ("bolstering domestic support") is an act and is read as one."""
    lexicon = lexicon or load_lexicon()
    nlp = nlp or _default_nlp()
    texts = list(dict.fromkeys(e for e in effects if e))
    cleaned = [_clean(t) for t in texts]
    verbs = _causal_verbs()
    out: dict[str, str] = {}
    for text, clean, doc in zip(texts, cleaned, _core_docs(nlp, cleaned), strict=True):
        end = _lead_participle_end(doc, verbs, lexicon)
        if end is not None:
            out[text] = clean[end:]
    return out


def _clean(text: str) -> str:
    """Collapse whitespace; lowercase headline-style spans ("Economic Sanctions", "MILITARY AID"), which
    the tagger would read as proper nouns. Ordinary spans keep their case: "Ukraine" lowercased parses as a
    verb, and the case of "US" is what marks it as a name. Lemmas are lowercased afterwards either way."""
    text = re.sub(r"\s+", " ", text).strip()
    words = [w for w in re.findall(r"[^\W\d_]+", text)]
    if text.isupper() or (len(words) > 1 and all(w[0].isupper() for w in words if len(w) > 3)):
        return text.lower()
    return text


def _lemmas(doc: Doc) -> list[str]:
    return [t.lemma_.lower() for t in doc if not t.is_punct and not t.is_space]


def _default_nlp() -> Language:
    from detente.nlp.model import cached_model

    return cached_model()


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def slug(label: str) -> str:
    """A stable id from a label: lowercase words joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "concept"


def build_concepts(
    spans: Iterable[str],
    nlp: Language | None = None,
    lexicon: ConceptLexicon | None = None,
    user_path: str | Path | None = None,
    min_overlap: float = 0.6,
    similarity: Similarity | None = None,
    similarity_threshold: float = 0.8,
    partners: Mapping[str, Iterable[str]] | None = None,
) -> ConceptIndex:
    """Cluster span texts into concepts.

    ``spans`` may repeat (frequency picks labels). A span that normalises like a ``vocabulary`` (or user
    ``merge``) variant of ``concepts.yml`` joins that canonical concept. ``similarity(label_a, label_b) ->
    [0, 1]`` is the hook for an encoder: clusters whose labels score >= ``similarity_threshold`` are merged
    too (``build_maps`` passes ``encoder_similarity()`` with the lexicon's measured threshold). Spans that
    name no variable (a person, an actor, a clause, a stop-listed noun: ``SpanForm.rejected``) form
    concepts of their own that carry ``rejected``; they never merge with others. Each concept lists in
    ``merged`` what was merged into it. ``partners`` maps a span to the spans it is claimed with (its
    claims' other sides): a span that needs an owner and names none takes theirs (``SpanForm.owned_label``).
    """
    lexicon = lexicon or load_lexicon(user_path)
    threshold = similarity_threshold
    span_list = [s for s in spans if s is not None and s.strip()]
    counts = Counter(span_list)
    forms = normalise_spans(counts, nlp, lexicon)
    if partners:
        _take_partner_owners(forms, partners)

    # the vocabulary and user merges: the key of every variant (and of the label) points at the label
    merge_keys: dict[frozenset[str], str] = {}
    merge_forms: dict[str, SpanForm] = {}
    canon_lists = {**lexicon.merge, **{k: v for k, v in lexicon.vocabulary.items() if k not in lexicon.merge}}
    if canon_lists:
        names = [c for c in canon_lists] + [v for vs in canon_lists.values() for v in vs]
        merge_forms = normalise_spans(names, nlp, lexicon)
        for canon, variants in canon_lists.items():
            for text in [canon, *variants]:  # user merges come first: they win over the vocabulary
                merge_keys.setdefault(merge_forms[text].key, canon)

    instances = _instances(canon_lists, lexicon.pair_concepts)
    # a meeting named by a place where the corpus or the vocabulary holds the summit is the summit
    meeting = lexicon.meeting_concept
    if meeting in canon_lists:
        held = {p for t in [meeting, *canon_lists[meeting]] for p in merge_forms[t].places}
        held |= {p for f in forms.values() if meeting in {f.topic, merge_keys.get(f.key)} for p in f.places}
        for text, form in forms.items():
            if not form.topic and form.head in lexicon.meeting_heads and form.places & held:
                forms[text] = dataclasses.replace(form, topic=meeting)

    # 1. group spans by key (merged keys share the canonical's group; rejected spans stay apart; a span the
    # vocabulary's one instance does not take keeps the words that set it apart: "war in gaza", "global war")
    groups: dict[Any, list[str]] = {}
    for text, form in forms.items():
        # a span whose parties or topic name a vocabulary concept is it (a meeting of leaders, talks over embassies)
        by_topic = form.topic in canon_lists and form.rejected not in {"person", "actor", "time"}
        found = form.topic if by_topic else merge_keys.get(form.key)
        if by_topic:
            group: tuple[Any, ...] = ("merge", found)
        elif found is not None and found in instances and not _fits_instance(form, instances[found]):
            own = form.key | form.names | form.kinds
            forms[text] = form = dataclasses.replace(form, key=own, label=form.instance_label)
            group = ("refused", found, own)
        elif found is not None:
            group = ("merge", found)
        elif form.rejected:
            group = ("rejected", form.rejected, form.key)
        else:
            group = ("key", form.key)
        groups.setdefault(group, []).append(text)
    group_ids = list(groups)
    keys = [frozenset().union(*(forms[t].key for t in groups[g])) for g in group_ids]
    labels = [_best_label(groups[g], forms, counts) if g[0] != "merge" else g[1] for g in group_ids]

    # 2. merge groups by lemma-set overlap, then by the pluggable similarity of their labels
    union = _Union(len(group_ids))
    how: dict[int, str] = {}  # group index -> how it joined its cluster
    by_lemma: dict[str, list[int]] = {}  # only groups sharing a lemma can overlap: avoids n² comparisons
    for i, key in enumerate(keys):
        for lemma in key:
            by_lemma.setdefault(lemma, []).append(i)
    for i, key in enumerate(keys):
        if group_ids[i][0] == "rejected":
            continue
        candidates = {j for lemma in key for j in by_lemma[lemma] if j > i and group_ids[j][0] != "rejected"}
        for j in sorted(candidates):
            if _kept_apart(group_ids[i], group_ids[j]):
                continue  # two different canonical concepts stay apart, and a span from the instance it is not
            if _jaccard(key, keys[j]) >= min_overlap and union.find(i) != union.find(j):
                union.join(i, j)
                how.setdefault(j, "overlap")
    if similarity is not None:
        live = [i for i in range(len(group_ids)) if group_ids[i][0] != "rejected"]
        for a, i in enumerate(live):
            for j in live[a + 1 :]:
                if _kept_apart(group_ids[i], group_ids[j]):
                    continue
                if union.find(i) != union.find(j) and similarity(labels[i], labels[j]) >= threshold:
                    union.join(i, j)
                    how.setdefault(j, "similarity")

    clusters: dict[int, list[int]] = {}
    for i in range(len(group_ids)):
        clusters.setdefault(union.find(i), []).append(i)

    concepts: list[Concept] = []
    assignment: dict[str, tuple[str, int]] = {}
    used: set[str] = set()
    for members_idx in clusters.values():
        texts = [t for i in members_idx for t in groups[group_ids[i]]]
        merged_as = next((group_ids[i][1] for i in members_idx if group_ids[i][0] == "merge"), None)
        label: str = merged_as if merged_as is not None else _best_label(texts, forms, counts)
        label = str(lexicon.rename.get(label.lower(), label))
        cid = slug(label)
        n = 2
        while cid in used:
            cid, n = f"{slug(label)}-{n}", n + 1
        used.add(cid)
        key_words = sorted(frozenset[str]().union(*(keys[i] for i in members_idx)))
        rejected = group_ids[members_idx[0]][1] if group_ids[members_idx[0]][0] == "rejected" else None
        merged: list[dict[str, Any]] = []
        for i in members_idx:
            g = group_ids[i]
            if len(members_idx) == 1 and g[0] != "merge":
                break
            if labels[i] == label and g[0] != "merge":
                continue
            way = "vocabulary" if g[0] == "merge" else how.get(i, "key")
            variants = sorted({forms[t].label for t in groups[g]} - {label})
            if way != "vocabulary" or variants:
                merged.append(
                    {
                        "label": labels[i] if g[0] != "merge" else ", ".join(variants) or label,
                        "how": way,
                        "members": sorted(groups[g]),
                    }
                )
        concepts.append(
            Concept(
                cid,
                label,
                key_words,
                sorted(texts, key=lambda t: (-counts[t], t)),
                sum(counts[t] for t in texts),
                rejected,
                merged,
            )
        )
        for t in texts:
            assignment[t] = (cid, forms[t].direction)
    concepts.sort(key=lambda c: (-c.count, c.label))
    return ConceptIndex(concepts, assignment)


def _take_partner_owners(forms: dict[str, SpanForm], partners: Mapping[str, Iterable[str]]) -> None:
    """Give a span that needs an owner and names none ("an unexpected pivot", "his views") the named owner of
    a span it is claimed with ("the start of Trump's second term brought an unexpected pivot": *trump's pivot*),
    the first in text order when several name one."""
    for text, form in forms.items():
        if not form.owned_label:
            continue
        owner = next((forms[p].owner for p in sorted(partners.get(text, ())) if p in forms and forms[p].owner), "")
        if not owner:
            continue
        name = owner.removesuffix("'s")
        label = form.owned_label.format(owner=owner, name=name)
        # a term of office is who holds it (*trump in office*); the others keep their noun (*trump's pivot*)
        key = frozenset({name, "office"}) if "{name}" in form.owned_label else form.key | {name}
        forms[text] = dataclasses.replace(form, key=key, label=label, rejected=None, owned_label="")


@dataclass(frozen=True)
class _Instance:
    """A vocabulary concept that names one instance of its kind ("war in Ukraine", "military aid to Ukraine"):
    the words of its label and variants, and the countries they name."""

    words: frozenset[str]
    codes: frozenset[str]


def _instances(canon_lists: dict[str, list[str]], pairs: Collection[str] = ()) -> dict[str, _Instance]:
    """The canonical labels that name a country, place or organisation ("war in Ukraine", "NATO expansion"), and
    the ``pairs`` concepts whose variants name the relationship's parties ("tensions between Washington and
    Moscow"): such a concept is one instance, and a span of its key about another ("the war in Gaza", "tensions
    between Baku and Yerevan") is not it."""
    out: dict[str, _Instance] = {}
    codes = _name_codes()
    for canon, variants in canon_lists.items():
        label_words = {w.lower() for w in re.findall(r"[^\W\d_]+", canon)}
        if not label_words & (codes.keys() | _actor_names()) and canon.lower() not in pairs:
            continue
        words = {w.lower() for text in [canon, *variants] for w in re.findall(r"[^\W\d_]+", text)}
        out[canon] = _Instance(frozenset(words), frozenset().union(*(codes.get(w, frozenset()) for w in words)))
    return out


def _fits_instance(form: SpanForm, instance: _Instance) -> bool:
    """Whether a span is the instance a vocabulary concept names: not "a war" (some war), no kind adjective
    the concept's words lack ("a global war"), no name of another country or place ("the war in Gaza"; "Kyiv"
    names Ukraine as "Ukraine" does)."""
    if form.indefinite or not form.kinds <= instance.words:
        return False
    codes = _name_codes()
    return all(name in instance.words or codes.get(name, frozenset()) & instance.codes for name in form.names)


def _kept_apart(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Groups that no overlap or similarity joins: two canonical concepts, or a canonical concept and a span
    it refused as another instance."""
    kinds = {a[0], b[0]}
    if kinds == {"merge"}:
        return True
    return kinds == {"merge", "refused"} and a[1] == b[1]


def encoder_similarity() -> Similarity | None:
    """Cosine of two labels' base-MiniLM vectors (no adapters), cached per label; None when the model
    package is not installed."""
    from detente.nlp import minilm

    if not minilm.available():
        return None
    model = _base_encoder()
    cache: dict[str, Any] = {}

    def vector(label: str) -> Any:
        if label not in cache:
            v = model.embed([label])[0]
            cache[label] = v / max(float((v @ v) ** 0.5), 1e-9)
        return cache[label]

    return lambda a, b: float(vector(a) @ vector(b))


@functools.lru_cache(maxsize=1)
def _base_encoder() -> Any:
    from detente.nlp.minilm import MiniLM

    return MiniLM.load()


def _best_label(texts: Sequence[str], forms: dict[str, SpanForm], counts: Counter[str]) -> str:
    """The most frequent head phrase, shortest first on ties, then alphabetical (stable output)."""
    freq: Counter[str] = Counter()
    for t in texts:
        freq[forms[t].label] += counts[t]
    return min(freq, key=lambda lab: (-freq[lab], len(lab.split()), len(lab), lab))


def match_term(
    term: str, concepts: Sequence[Concept], nlp: Language | None = None, lexicon: ConceptLexicon | None = None
) -> Concept | None:
    """The concept a free-text term (e.g. "economic sanctions") names, by the same normalisation.

    An exact key match wins; otherwise a concept whose key is contained in the term's key (or the reverse)
    and shares its head lemma. None when nothing matches: callers must say so rather than invent a node.
    """
    lexicon = lexicon or load_lexicon()
    form = normalise_spans([term], nlp, lexicon)[term]
    need_keys = [c for c in concepts if not c.key]
    if need_keys:  # concepts imported from a CSV carry only a label
        label_forms = normalise_spans([c.label for c in need_keys], nlp, lexicon)
        for c in need_keys:
            c.key = sorted(label_forms[c.label].key)
    exact = [c for c in concepts if frozenset(c.key) == form.key]
    if exact:
        return max(exact, key=lambda c: c.count)
    near = [
        c for c in concepts if form.head in c.key and (frozenset(c.key) <= form.key or form.key <= frozenset(c.key))
    ]
    return min(near, key=lambda c: (len(c.key), -c.count)) if near else None
