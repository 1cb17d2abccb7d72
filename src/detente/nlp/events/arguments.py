"""Argument selection: the source and target actors of a trigger from the dependency parse (subjects, objects,
target prepositions, possessors, "between", hyphenated pairs, inherited and pronoun subjects), and the ordered
(source, target) pairs they make."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import cache
from typing import ClassVar

from spacy.tokens import Doc, Span, Token

from detente.nlp.actor_resolver import OCCUPIER_PARTICIPLES
from detente.nlp.dates import STANDING_PARTICLE_VERBS
from detente.nlp.events.lexicon import TriggerLexicon
from detente.nlp.events.modality import Modality
from detente.nlp.events.parse_repair import HYPHENS
from detente.nlp.events.triggers import (
    OBJ_DEPS,
    PARTY_ENTS,
    VIOLENT_ROOTS,
    Trigger,
    TriggerMatcher,
    answered_objects,
    arrival_verb,
    charged_party,
    consequence_predicate,
    done_response,
    finite_conjunct_head,
    for_infinitive,
    headline_predicate,
    headline_purpose_holder,
    held_meeting_participle,
    named_doer,
    own_agent,
    partnered,
    permission_idiom,
    phoned,
    reciprocal_object,
    said_of,
    set_off_participle,
    state_force,
)
from detente.nlp.lexicons import Roles, load_yaml
from detente.nlp.syntax import (
    condition_clauses,
    controlled_parties,
    is_root,
    prep_objects,
    prep_objects_in,
    that_marked,
)
from detente.nlp.token_scan import lower_hits
from detente.paths import data_file
from detente.reference.actors import STATE_ROLES, country_part, distinct_actors, is_igo, role_part
from detente.reference.actors import primary_code as primary
from detente.reference.countries import country_codes

SUBJ_DEPS = {"nsubj", "csubj"}
MOD_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod", "appos", "nummod"}
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
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis"}  # clauses a destination is never read in
GRIEVANCE_PREPS = {"over", "against", "at"}  # what a protest noun is over (rule 29)
PURPOSE_DEPTH = 7  # how far down a purpose clause its beneficiary is looked for (rule 40)
NOUN_ARG_DEPS = {"dobj", "obj", "pobj", "conj"}
# argument roles a nationality word before a modifier list keeps (rule 293: it is then no item of the list)
LIST_CUT_DEPS = SUBJ_DEPS | OBJ_DEPS | NOUN_ARG_DEPS | {"nsubjpass", "poss"}
AIM_DEPTH = 7  # a protest's purpose clause names whom it is aimed at, however deep (rule 29)
PROTEST_PLACE_PREPS = {"in", "at", "through", "outside", "across", "near"}  # where a protest is held (rule 29)
POSS_PRONOUNS = {"his", "her", "its", "their"}
TIME_ENTS = {"DATE", "TIME"}


@cache
def role_heads() -> frozenset[str]:
    """The last word of every role noun of the actor codebook (``data/actors/roles.yml``: "forces", "police",
    "government"): nouns that name people who act, coded or not (docs/events.md rule 92a)."""
    _, roles = load_yaml(Roles, data_file("actors", "roles.yml"))
    return frozenset(noun.split()[-1].lower() for nouns in roles.roles.values() for noun in nouns or [])


@cache
def role_suffixes() -> dict[str, str]:
    """Each one-word role noun of the actor codebook (``data/actors/roles.yml``) -> its role suffix: "rebel" ->
    REB, "government" -> GOV (rule 433a composes a bare role word with a place's country)."""
    _, roles = load_yaml(Roles, data_file("actors", "roles.yml"))
    return {noun.lower(): suffix for suffix, nouns in roles.roles.items() for noun in nouns or [] if " " not in noun}


def bracketed_name(tok: Token) -> bool:
    """Whether ``tok`` is a parataxis that is all of a bracketed phrase: "the Eurasia Economic Union ( EAEU )"
    (rule 85b)."""
    if tok.dep_ != "parataxis" or tok.pos_ not in ("PROPN", "NOUN"):
        return False
    doc = tok.doc
    first, last = tok.left_edge, tok.right_edge
    opened = first.text == "(" or (first.i > 0 and doc[first.i - 1].text == "(")
    closed = last.text == ")" or (last.i + 1 < len(doc) and doc[last.i + 1].text == ")")
    return opened and closed


def own_clause(tok: Token) -> bool:
    """A clause with a subject of its own under a preposition or noun ("concerns about whether the U.S. could
    control the use of missiles by Ukraine"): another event's words, not where a target is nested."""
    if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
        # "opened its borders to X, but was still refusing admittance to Y": a contrasted predicate with an
        # auxiliary or subject of its own; a bare one ("agreed to open its borders and grant asylum to Y")
        # still shares its target
        return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children) or any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in tok.children
        )
    return (
        tok.dep_ in ("pcomp", "acl", "xcomp")
        and tok.pos_ in ("VERB", "AUX")
        and any(
            c.dep_ in ("nsubj", "expl") or (c.dep_ == "mark" and c.lower_ in ("whether", "if")) for c in tok.children
        )
    )


def owned_act_clause(tok: Token) -> bool:
    """An infinitive clause on a noun a possessive pronoun owns ("its decision to expel Y's diplomats", "their
    plan to sanction Y"): the pronoun's owner's act, an event of its own; a verb acting on the noun acts on that
    owner, not on the parties inside the clause (rule 116b)."""
    return (
        tok.dep_ == "acl"
        and tok.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.head.children)
    )


def by_agent(verb: Token) -> list[Token]:
    """The objects of ``verb``'s own "by" agent phrase."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def passive_conjuncts(verb: Token) -> list[Token]:
    """The past participles coordinated with ``verb`` that have no subject of their own ("beaten and arrested":
    [arrested] for beaten, [beaten] for arrested; rule 82c)."""
    return [
        c
        for c in verb.conjuncts
        if c.tag_ == "VBN" and not any(g.dep_ in ("nsubj", "nsubjpass", "csubj") for g in c.children)
    ]


def shared_passive_subject(verb: Token) -> list[Token]:
    """The passive subject of the participle a subjectless participle ``verb`` is coordinated with ("activists were
    beaten and arrested": activists for arrested), when ``verb`` is itself a passive conjunct (rule 82c)."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or is_root(verb) or verb.head.tag_ != "VBN":
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubjpass"]


def instrument_agents(verb: Token) -> list[Token]:
    """The "by" phrase the parser hung on the instrument of a passive ("were beaten with batons by police", "killed
    with machetes by militiamen": "by" on the noun of the verb's "with" phrase) is the passive's agent (rule 82c)."""
    return [
        p
        for w in verb.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for noun in w.children
        if noun.dep_ == "pobj"
        for b in noun.children
        if b.dep_ == "prep" and b.lower_ == "by"
        for p in b.children
        if p.dep_ == "pobj"
    ]


def bracketed_repeat(verb: Token, subj: Token) -> bool:
    """Rule 96d: whether ``subj``, the subject the parser gave a participle clause (``verb``, VBG, advcl), is a
    bracketed repeat of the name before it, "the World Health Organization ( WHO ) threatening ...": an acronym
    between brackets right after a proper name is that name again, not the clause's subject, which is then the
    governing clause's ("X sent a letter to the head of the Y ( YO ) threatening to ..." is X's threat)."""
    doc = subj.doc
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and 2 <= subj.i < len(doc) - 1
        and doc[subj.i - 1].text == "("
        and doc[subj.i + 1].text == ")"
        and doc[subj.i - 2].pos_ == "PROPN"
        and subj.i < verb.i
    )


def hyphenated(tok: Token) -> str:
    """``tok``'s lower-case lemma, joined to the word before a hyphen the tokenizer split off ("go-ahead")."""
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_:
        return f"{tok.doc[tok.i - 2].lower_}-{tok.lemma_.lower()}"
    return tok.lemma_.lower()


@dataclass
class ArgumentSearch:
    """One trigger's argument search as it passes from step to step (``ArgumentFinder.arguments``)."""

    trig: Trigger
    inner: Trigger | None  # the act a wrapper trigger wraps
    tok: Token  # whose parse is read: the trigger word, or the head noun a compound trigger modifies (rule 11)
    tok_actor: dict[int, Span]
    reciprocal: bool
    sources: list[Span] = field(default_factory=list)
    targets: list[Span] = field(default_factory=list)
    done: bool = False  # a step settled the answer: no later step runs
    # read by later steps of the same kind
    moved: list[Span] = field(default_factory=list)  # verb: forces moved, with no active subject (rule 31)
    gov: Token | None = None  # noun: the word governing it (``ArgumentFinder.governor``)
    between: list[Span] = field(default_factory=list)  # noun: its "between" parties (rules 19, 39)
    topics: list[Span] = field(default_factory=list)  # noun: topic adjectives' actors (rule 19)
    hung: list[Span] = field(default_factory=list)  # noun: a force agent hung on its object (rule 31)
    unnamed: bool = False  # noun: an agent the resolver did not code modifies or owns it (rules 22, 109a)

    def finish(self, sources: list[Span], targets: list[Span], reciprocal: bool) -> None:
        """Settle the answer: no later step runs."""
        self.sources, self.targets, self.reciprocal, self.done = sources, targets, reciprocal, True


ArgumentStep = Callable[["ArgumentFinder", ArgumentSearch], None]  # one named step of ``ArgumentFinder.arguments``


class ArgumentFinder:
    """Source and target actors of triggers, from the parse and the resolved actor mentions."""

    def __init__(self, lex: TriggerLexicon, triggers: TriggerMatcher, domestic: bool = True) -> None:
        self.lex = lex
        self.triggers = triggers
        self.domestic = domestic  # whether two actors of one country may be source and target
        self.modality = Modality(lex)  # whether a nominal act is claimed (rule 41)
        # rule 406a: the last document read and whether it holds any approval phrase (``has_approval_phrase``)
        self._approval_doc: tuple[Doc, bool] | None = None

    def actors(self, tok: Token, tok_actor: dict[int, Span], depth: int = 0) -> list[Span]:
        """Actors that ``tok`` (a subject/object head) denotes: itself, its modifiers, its conjuncts."""
        found: list[Span] = []
        if tok.lemma_.lower() in self.lex.venue_nouns and tok.i not in tok_actor:
            return []  # "met on the margins of the NATO summit": the occasion, not a party (rule 32)
        if self.triggers.mediating_participle(tok):
            return []  # "Egyptian-brokered talks": the mediator is no party or owner of the talks (rule 100a)
        if tok.i in tok_actor and self.provenance(tok_actor[tok.i]):
            pass  # "U.S.-made missiles": where a thing comes from, not a party
        elif tok.i in tok_actor:
            found.append(tok_actor[tok.i])
            found.extend(pair_partners(tok_actor[tok.i]))
            found.extend(hyphen_partners(tok, tok_actor))
            found.extend(self.of_conjuncts(tok, tok_actor))
            found.extend(self.place_conjuncts(tok_actor[tok.i], tok_actor))
        elif depth < ROLE_WORDS_DEPTH and (named := self.relational_appos(tok, tok_actor, depth)):
            # "sanctions on its NATO ally Turkey", "talks with their neighbour Belarus": a relational noun
            # with a possessive pronoun names its referent in the apposition; the modifier (NATO) is only
            # what the relation is (rule 27)
            found.extend(named)
        elif depth < ROLE_WORDS_DEPTH:
            others = self.others_of(tok)  # rule 212: "Washington's allies"
            posting = self.posting_places(tok, tok_actor, depth)  # rule 411b: "the Chile director of Amnesty"
            for child in tok.children:
                if child.dep_ == "poss" and others:
                    continue  # the owner of "allies", "partners", "enemies" is not one of them
                if child in posting:
                    continue  # where an organisation's officer serves, not the officer's party (rule 411b)
                if child.dep_ in MOD_DEPS and child.dep_ != "appos":
                    found.extend(self.actors(child, tok_actor, depth + 1))
                elif (
                    child.dep_ == "prep"
                    and child.lower_ == "of"
                    and depth < 2
                    and not found
                    and tok.lemma_.lower() not in self.lex.trading_party_nouns  # rule 354: "buyers of Iranian oil"
                ):
                    # (not when a modifier named the parties: "the Turkish and Greek sides of the island of
                    # Cyprus" are Turkey and Greece, the island is where they are)
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found.extend(self.actors(pobj, tok_actor, depth + 1))
                elif (
                    child.dep_ == "prep"
                    and child.lower_ == "from"
                    and tok.lemma_.lower() in self.lex.origin_nouns
                    and tok.dep_ == "pobj"
                    and tok.head.lower_ in ("on", "against", "upon")
                ):
                    # "tariffs on imports from India", "a ban on goods from Iran": the origin is the target
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found.extend(self.actors(pobj, tok_actor, depth + 1))
                elif child.dep_ == "prep" and self.example_prep(child) and depth < 2:
                    for pobj in child.children:  # "countries like China and India"
                        if pobj.dep_ == "pobj":
                            found.extend(self.actors(pobj, tok_actor, depth + 1))
            if not found and depth < 2:
                found.extend(self.stray_examples(tok, tok_actor, depth))
            if not found:
                for child in tok.children:
                    if child.dep_ == "appos" or bracketed_name(child):
                        # "the Eurasia Economic Union ( EAEU )": a name the resolver knows only by the acronym in
                        # brackets after it, which the parser may hang as an apposition or as parataxis (rule 85b)
                        found.extend(self.actors(child, tok_actor, depth + 1))
        for child in tok.children:
            if child.dep_ == "conj":
                found.extend(self.actors(child, tok_actor, depth))
            elif (
                child.dep_ == "appos"
                and tok.i in tok_actor
                and child.i in tok_actor
                and primary(tok_actor[child.i].label_) != primary(tok_actor[tok.i].label_)
                and any(c.dep_ == "conj" for c in child.children)
            ):
                # "The United States, India, Israel and Pakistan have sent supplies": a list of parties the parser
                # hung on its first name as an apposition with conjuncts of its own; each is an argument (rule 76g)
                found.extend(self.actors(child, tok_actor, depth))
            elif (
                child.dep_ == "nmod"
                and tok.i in tok_actor
                and child.i in tok_actor
                and tok_actor[child.i] is not tok_actor[tok.i]
                and any(c.dep_ == "cc" for c in child.children)
            ):
                # "U.S. President Donald Trump and Russian President Vladimir Putin" parsed with the first
                # as a modifier of the second: a coordination, both are arguments
                found.extend(self.actors(child, tok_actor, depth))
            elif (
                child.dep_ in self.lex.coordinated_modifier_deps
                and tok.i in tok_actor
                and child.i in tok_actor
                and tok_actor[child.i] is not tok_actor[tok.i]
                and (listed := self.modifier_list(tok, child, tok_actor))
            ):
                # "Kenyan and Ugandan officials": two coordinated nationality words on one head name two
                # parties (the resolver codes the head with the last); each is an argument (rule 24), every
                # item of a longer list too (rule 293: "Russian, Chinese and Indian leaders")
                found.extend(a for a in listed if a not in found)
            elif child.dep_ == "appos" and found:
                # "sanctions against the Russian firm Rosneft and the Indian Oil Corporation": the parser hangs a
                # list's later items on the apposed name of its first; each item is an argument (rule 85d)
                for conj in child.children:
                    if conj.dep_ == "conj":
                        found.extend(a for a in self.actors(conj, tok_actor, depth) if a not in found)
            elif found and (partners := self.comitative_objects(child)):
                # "Saudi Arabia, along with the UAE, condemned Iran": a co-party hung on the actor is an argument as
                # a conjunct is (rule 383a)
                found.extend(a for p in partners for a in self.actors(p, tok_actor, depth) if a not in found)
        return found

    def posting_places(self, tok: Token, tok_actor: dict[int, Span], depth: int) -> list[Token]:
        """Rule 411b (issue 14, session 39, confli34): the modifiers of a `post_title_nouns` head ("director", "head",
        "correspondent") that name only the place of the post, when the head's "of" phrase names an organisation (an
        IGO or an actor whose code is no bare country: "the Chile director of Amnesty International", "the Tehran
        bureau chief of the BBC", "the Gaza director of UNRWA"). The place is where the officer serves, the party
        is the organisation of the "of" phrase, as "the country head of Human Rights Watch" reads. A place named by
        its name or capital only (a country noun used as a modifier): a nationality word ("the Somali director of a
        charity") names the officer's own country and stays. [] for any other head."""
        if tok.lemma_.lower() not in self.lex.post_title_nouns:
            return []
        organisations = [
            a
            for pobj in prep_objects_in(tok, ("of",))
            for a in self.actors(pobj, tok_actor, depth + 1)
            if is_igo(a.label_) or role_part(a.label_) or a.label_ not in country_codes()
        ]
        if not organisations:
            return []
        posting: list[Token] = []
        for child in tok.children:
            if child.dep_ not in ("compound", "nmod") or child.i >= tok.i:
                continue
            places = self.actors(child, tok_actor, depth + 1)
            if places and all(
                a.label_ in country_codes() and a._.actor_how in self.lex.post_place_hows for a in places
            ):
                posting.append(child)
        return posting

    def comitative_objects(self, prep: Token) -> list[Token]:
        """The objects of ``prep`` when it attaches a co-party (``comitative_preps``, docs/events.md rule 383a):
        "alongside Y", "along with Y" ("with" hung under "along"), "together with Y" ("together" the modifier of
        "with"); [] for any other phrase."""
        words = self.lex.comitative_preps
        if prep.dep_ != "prep":
            return []
        if prep.lower_ not in words:
            inner = [c for c in prep.children if c.dep_ == "prep" and c.i == prep.i + 1]
            if inner and f"{prep.lower_} {inner[0].lower_}" in words:
                prep = inner[0]  # "along with Y"
            elif not any(
                c.dep_ in ("advmod", "amod") and c.i == prep.i - 1 and f"{c.lower_} {prep.lower_}" in words
                for c in prep.children
            ):
                return []  # (else "together with Y")
        return [c for c in prep.children if c.dep_ == "pobj"]

    def comitative_sources(self, verb: Token, subj: list[Token], tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 383a: the co-parties of a clause's subject in a comitative phrase the parser hung on the verb, between
        the subject and the verb ("Peru, along with Colombia, accused Venezuela"); one after the verb (maybe its
        object's partner) is left to the object."""
        if not subj:
            return []
        first = max(s.i for s in subj)
        return [
            a
            for prep in verb.children
            if first < prep.i < verb.i
            for p in self.comitative_objects(prep)
            for a in self.actors(p, tok_actor)
        ]

    def modifier_list(self, head: Token, mod: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rules 24 and 293, the parties of a coordinated list of actor modifiers on ``head`` that ``mod`` begins
        ("Kenyan and Ugandan officials", "the Russian, Chinese and Indian foreign ministers"), less the head's own
        mention (the resolver codes the head with the last item): ``mod``, the items set off by commas that the
        parser hung on the head one by one ("Russian, Chinese and Indian leaders": "Russian" and "Chinese" both
        on "leaders"), and the conjuncts of the last of them. [] when the list has no conjunct that names an
        actor (a lone modifier: "Russian oil purchases")."""
        deps = self.lex.coordinated_modifier_deps
        doc = head.doc
        chain = [mod]
        while chain[-1].i + 2 < head.i and doc[chain[-1].i + 1].text == ",":
            item = doc[chain[-1].i + 2]
            if item.head.i != head.i or item.dep_ not in deps or item.i not in tok_actor:
                break
            chain.append(item)
        while chain[0].i >= 2 and doc[chain[0].i - 1].text == ",":
            # a first item the parser cut off the list at the start of a sentence ("Kenyan, Ugandan and Tanzanian
            # presidents" with "Kenyan" as the root, "French, ..." as an adverb): a one-word nationality mention
            # set off by the comma, in no argument role of its own
            item = doc[chain[0].i - 2]
            actor = tok_actor.get(item.i)
            if actor is None or len(actor) != 1 or item.ent_type_ != "NORP" or item.dep_ in LIST_CUT_DEPS:
                break
            chain.insert(0, item)
        last = chain[-1]
        if not any(c.dep_ == "conj" and c.i in tok_actor for c in last.children):
            return []
        own = tok_actor[head.i]
        out: list[Span] = []
        for item in [*chain, *last.conjuncts]:
            actor = tok_actor.get(item.i)
            if actor is not None and actor is not own and actor not in out:
                out.append(actor)
        return out

    def example_prep(self, prep: Token) -> bool:
        """Whether ``prep`` introduces examples of the noun it hangs on (``example_preps``): "countries like
        China", "countries including China", and "countries such as China", where the parser hangs "such" on
        "as" as its modifier (docs/events.md rule 64: before, "Countries such as Poland have criticized Russia"
        had no source and no event)."""
        if prep.lower_ in self.lex.example_preps:
            return True
        return any(
            c.dep_ in ("amod", "advmod") and c.i == prep.i - 1 and f"{c.lower_} {prep.lower_}" in self.lex.example_preps
            for c in prep.children
        )

    def stray_examples(self, tok: Token, tok_actor: dict[int, Span], depth: int) -> list[Span]:
        """The examples of a noun set off after its relative clause, which the parser hangs on the clause's last
        noun when that noun names an actor ("individuals who criticized Russia, such as Y's president, ...":
        "such as" on "Russia"). A named actor has no examples, so a comma-set example phrase on one inside
        ``tok``'s relative clause names ``tok``'s members (docs/events.md rule 64)."""
        found: list[Span] = []
        for clause in tok.children:
            if clause.dep_ != "relcl":
                continue
            for prep in clause.subtree:
                head = prep.head
                if (
                    prep.dep_ == "prep"
                    and self.example_prep(prep)
                    and head.i in tok_actor
                    and head.pos_ == "PROPN"
                    and prep.left_edge.i > 0
                    and prep.doc[prep.left_edge.i - 1].text == ","  # set off by a comma
                ):
                    found.extend(
                        a
                        for pobj in prep.children
                        if pobj.dep_ == "pobj"
                        for a in self.actors(pobj, tok_actor, depth + 1)
                    )
        return found

    def place_conjuncts(self, mention: Span, tok_actor: dict[int, Span]) -> list[Span]:
        """Places coordinated with the place inside a composed mention (docs/events.md rule 40): "people in
        Kenya, Uganda and Sudan" is one mention (KENCVL) whose "in" phrase goes on to name Uganda and Sudan."""
        return [
            a
            for inner in mention
            if inner.i != mention.root.i and inner.dep_ == "pobj" and inner.head.lower_ == "in"
            for c in inner.children
            if c.dep_ == "conj" and c.i >= mention.end
            for a in self.actors(c, tok_actor)
        ]

    def others_of(self, tok: Token) -> bool:
        """Whether ``tok`` is a noun for other parties by their relation to its owner ("Washington's allies", "Ukraine's
        partners": ``relation_nouns``), whose possessor is then no party of the act (docs/events.md rule 212)."""
        return tok.lemma_.lower() in self.lex.relation_nouns

    def relational_appos(self, tok: Token, tok_actor: dict[int, Span], depth: int) -> list[Span]:
        """The actors of the apposition of a noun that has a his/her/its/their possessor ("its NATO ally
        Turkey", "its neighbour, Belarus"): the party the noun stands for."""
        if not any(c.dep_ == "poss" and c.lower_ in POSS_PRONOUNS for c in tok.children):
            return []
        return [a for c in tok.children if c.dep_ == "appos" for a in self.actors(c, tok_actor, depth + 1)]

    def provenance(self, span: Span) -> bool:
        """Whether an actor mention only says where a thing was made ("U.S.-made missiles", "Russian-built
        drones"): a hyphen and a participle of making (``constructions.provenance_words``) follow it."""
        doc = span.doc
        after = doc[span.end : span.end + 2]
        return len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in self.lex.provenance_words

    @staticmethod
    def listed(targets: list[Span]) -> bool:
        """Whether ``targets`` are two or more distinct primary actors coordinated in one list ("with A and
        B"), not actors of separate phrases."""
        if len({primary(t.label_) for t in targets}) < 2:
            return False
        roots = {t.root.i for t in targets}
        return all(any(c.i in roots for c in t.root.conjuncts) for t in targets)

    def casualties(self, noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The victims of a nominal attack that a casualty verb reports: "three Ukrainian soldiers were
        killed in a Russian drone strike", "... died in Russian shelling" (the verb's passive subject, or the
        subject of an intransitive "die"). A casualty verb's "in X" is a place, never a party."""
        if (
            noun.dep_ not in ("pobj", "pcomp")
            or noun.head.lower_ not in self.lex.casualty_act_preps | {"by"}
            or noun.head.dep_ not in ("prep", "agent")
        ):
            return []  # a gerund too: "killed in shelling by the army" (rule 79a)
        verb = noun.head.head
        if verb.lemma_.lower() not in self.lex.casualty_verbs:
            return []
        if any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return []  # "the strike killed X": X is the object, found as a target already
        return [a for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") for a in self.actors(c, tok_actor)]

    def document_owners(self, subj: list[Token], tok_actor: dict[int, Span]) -> list[Span]:
        """The actors behind a document that is a verb's subject: "a report by the US Senate", "a study
        from the Pentagon" (its modifiers, "a UN report", are found as for any subject)."""
        return [
            a
            for s in subj
            if s.lemma_.lower() in self.lex.document_nouns
            for c in s.children
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
            for p in c.children
            if p.dep_ == "pobj"
            for a in self.actors(p, tok_actor)
        ]

    def participle_agents(self, subj: list[Token], tok_actor: dict[int, Span]) -> list[Span]:
        """The agent of a participle on a subject that names no actor: "the missiles fired by the Israeli military
        struck ...", "a resolution drafted by France condemned ...": who acts through the thing (rule 29). Rule 239a:
        also the party of a participle of affiliation's "to" / "with" phrase (`affiliation_participles`,
        `affiliation_preps`): "Hackers linked to Russia's GRU attacked Z" is Russia's act, as "militants backed by
        Iran" is Iran's."""
        nouns = [s for s in subj if s.pos_ in ("NOUN", "PROPN") and s.i not in tok_actor]
        return self.agents_of_participles(nouns, tok_actor) or [
            a
            for noun in nouns
            for participle in noun.children
            if participle.dep_ == "acl"
            and participle.tag_ == "VBN"
            and participle.lemma_.lower() in self.lex.affiliation_participles
            for phrase in participle.children
            if phrase.dep_ == "prep" and phrase.lower_ in self.lex.affiliation_preps
            for p in phrase.children
            if p.dep_ == "pobj"
            for a in self.actors(p, tok_actor)
        ]

    def measure_venues(self, heads: list[Token], tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 219: the international body an "in" / "at" phrase on a measure or on its verb names as the measure's
        venue ("the resolution in the UN Security Council", "vetoed the draft at the UN"): the body whose measure it
        is, as an owner written before it is ("the Security Council resolution"). Only a body (IGO): "in New York"
        names no owner."""
        return [
            a
            for head in heads
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
            for p in prep.children
            if p.dep_ == "pobj"
            for a in self.actors(p, tok_actor)
            if primary(a.label_) == "IGO"
        ]

    def agents_of_participles(self, nouns: list[Token], tok_actor: dict[int, Span]) -> list[Span]:
        """The actors of the "by" agent of a past participle on each noun ("the summit hosted by X")."""
        return [
            a
            for noun in nouns
            for participle in noun.children
            if participle.dep_ == "acl" and participle.tag_ == "VBN"
            for agent in participle.children
            if agent.dep_ == "agent"
            for p in agent.children
            if p.dep_ == "pobj"
            for a in self.actors(p, tok_actor)
        ]

    def alleged_actors(self, verb: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The actors an allegation is about: the subject of its that-clause ("a report alleged that Iran
        knew ..." accuses Iran)."""
        return [
            a
            for clause in verb.children
            if clause.dep_ == "ccomp"
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for a in self.actors(c, tok_actor)
        ]

    def by_agents(self, tok: Token, tok_actor: dict[int, Span], after: int = -1) -> list[Span]:
        """The actors of ``tok``'s own agent phrases ("by X"), those after token index ``after`` only where given
        (a "by" phrase the parser hung on a verb after its object: "condemned a visit to Y by Z")."""
        return [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in self.lex.agent_preps and c.i > after
            for p in c.children
            if p.dep_ == "pobj"
            for a in self.actors(p, tok_actor)
        ]

    prep_objects = staticmethod(prep_objects)  # one definition, in nlp/syntax.py (triggers.py reads it too)

    def prep_actors(self, tok: Token, word: str, tok_actor: dict[int, Span]) -> list[Span]:
        """The actors of ``tok``'s "``word`` ..." phrases ("expelled from Canada" with "from": Canada)."""
        return [a for p in self.prep_objects(tok, word) for a in self.actors(p, tok_actor)]

    def truce_noun(self, trig: Trigger, inner: Trigger | None) -> Token | None:
        """The truce noun (`constructions.truce_nouns`) a trigger declares or agrees to: its own token, the object
        of its phrase ("declared a ceasefire"), what it wraps, or the object of its "to" ("agreed to a truce")."""
        for tok in (trig.token, trig.phrase_obj, inner.token if inner is not None else None):
            if tok is not None and tok.lemma_.lower() in self.lex.truce_nouns:
                return tok
        if trig.kind == "verb":
            for obj in self.prep_objects(trig.token, "to"):
                if obj.lemma_.lower() in self.lex.truce_nouns:
                    return obj
        return None

    def truce_act(self, trig: Trigger, inner: Trigger | None) -> Token | None:
        """The truce a trigger agrees to, proposes or rejects (rule 187): `truce_noun`'s, or the truce a noun of the
        act names (its object, what it wraps, or its "to" object) by its compound or its "for / of" phrase
        (`plan_preps`): "rejected Y's ceasefire proposal", "rejected calls for a truce", "renewed a ceasefire
        pact". A meeting noun (04x) about a truce is talks, not the truce: "agreed to ceasefire talks"."""
        found = self.truce_noun(trig, inner)
        if found is not None:
            return found
        nouns = [trig.phrase_obj, inner.phrase_obj if inner is not None else None, inner.token if inner else None]
        if trig.kind == "verb":
            # the "to" object, and a headline's bare truce noun the parser made the verb's complement ("India,
            # Pakistan agree to ceasefire": "ceasefire" an xcomp)
            nouns += self.prep_objects(trig.token, "to")
            nouns += [c for c in trig.token.children if c.dep_ in ("xcomp", "dobj", "obj")]
        for noun in nouns:
            if noun is not None and noun.lemma_.lower() in self.lex.truce_nouns:
                return noun
            if noun is None or self.lex.nouns.get(noun.lemma_.lower(), "")[:2] == "04":
                continue
            named = [c for c in noun.children if c.dep_ == "compound"] + [
                g for p in self.lex.plan_preps for g in self.prep_objects(noun, p)
            ]
            for word in named:
                if word.lemma_.lower() in self.lex.truce_nouns:
                    return word
        return None

    @staticmethod
    def truce_halted_parties(truce: Token, tok_actor: dict[int, Span], sources: list[Span]) -> list[Span]:
        """The parties of the act a truce halts, named in its participle (rule 187): "agreed to a ceasefire halting
        its incursion into northern Syria" (Syria), "halting its strikes on Y"; never the sources' own country."""
        own = {primary(s.label_) for s in sources}
        found: list[Span] = []
        for clause in (c for c in truce.children if c.dep_ == "acl" and c.tag_ == "VBG"):
            for tok in clause.subtree:
                actor = tok_actor.get(tok.i)
                if actor is not None and primary(actor.label_) not in own and actor not in found:
                    found.append(actor)
        return found

    def truce_place(self, truce: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Where a truce holds, when no party is named: the actors of the truce noun's "in" phrase, else of its
        verb's own ("In Colombia, the ELN declared a ceasefire"); never the place of a phrase below a purpose
        ("a ceasefire in a bid to stem the virus in Y"), as only direct "in" objects are read (rule 36)."""
        found = [a for p in self.phrase_places(truce) for a in self.actors(p, tok_actor)]
        verb = truce.head.head if truce.dep_ == "pobj" else truce.head
        if not found and verb.pos_ in ("VERB", "AUX"):
            found = [a for p in self.prep_objects(verb, "in") for a in self.actors(p, tok_actor)]
        return found

    def foreign_ground(self, targets: list[Span], sources: list[Span], tok_actor: dict[int, Span]) -> list[Span]:
        """The countries named by "in" phrases of the targets' own noun phrases ("Islamic State positions in eastern
        Syria", "PKK targets stationed in northern Iraq": the phrase's head noun or a participle on it) when they
        are neither the target's country nor a source's: a use of force there falls on that country's ground
        (rule 36); so do those of the strike noun whose "against" / "on" phrase names the target, and of its verb
        ("air strikes against Islamic State in Syria", rule 406c). Only bare country mentions; the target stays. A
        state's own post (a `foreign_post_nouns` noun the state's mention names or is: "a US air base in Qatar",
        "Iran's consulate in Damascus") of a state that is no source's stands in its host's country, which is no
        target (rule 314)."""
        own = {country_part(s.label_) for s in sources}
        found: list[Span] = []
        for target in targets:
            noun = target.root
            while noun.dep_ in ("compound", "amod", "nmod", "poss") and noun.head.i != noun.i:
                noun = noun.head
            if country_part(target.label_) not in own and self.state_post(target, noun):
                continue
            heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
            prep = noun.head
            strike = prep.head
            if (
                noun.dep_ == "pobj"
                and prep.dep_ == "prep"
                and prep.lower_ in self.lex.ground_strike_preps
                and strike.pos_ == "NOUN"
            ):
                # "air strikes against Islamic State in Syria": the parser hangs "in Syria" on the strike noun whose
                # phrase names the target, or on the verb that carries the strikes out (rule 406c)
                heads.append(strike)
                if strike.dep_ in ("dobj", "obj") and strike.head.pos_ == "VERB":
                    heads.append(strike.head)
            for place in (a for h in heads for p in self.prep_objects(h, "in") for a in self.actors(p, tok_actor)):
                country = country_part(place.label_)
                if role_part(place.label_) or is_igo(place.label_) or country in own:
                    continue
                if country != country_part(target.label_) and place not in found:
                    found.append(place)
        return found

    def state_post(self, target: Span, noun: Token) -> bool:
        """Whether ``noun``, the head the ``target`` mention names or modifies, is a state's own post abroad (rule
        314): a `foreign_post_nouns` noun (its lemma or word form: "bases") and a target that is a country's bare
        code or one of its state roles (`STATE_ROLES`), not a group ("PKK camps") nor an organisation."""
        words = {noun.lemma_.lower(), noun.lower_}
        label = target.label_
        stated = not is_igo(label) and country_part(label) in country_codes() and role_part(label) in STATE_ROLES
        return stated and bool(words & self.lex.foreign_post_nouns)

    def regarding_actors(self, trig: Trigger, tok_actor: dict[int, Span]) -> list[Span]:
        """Whom a condolence or a pessimistic / optimistic comment is about when no addressee is coded: the actors
        anywhere in its "over / about / at / for / to / on / after" phrase (`regarding_preps`), the trigger's own,
        its phrase object's, or for a noun the verb that expresses it: "condolences over the earthquake in
        Sichuan province", "condolences to the families of those who died in the Ankara attack", "pessimism over
        holding negotiations with Y" (rule 36); never into a clause joined by "even as", "while" (advcl) or a
        reported clause."""
        found: list[Span] = []
        heads = [trig.token, trig.phrase_obj]
        if trig.kind == "noun" and trig.token.dep_ in ("dobj", "obj"):
            heads.append(trig.token.head)
        for tok in heads:
            if tok is None:
                continue
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in self.lex.regarding_preps:
                    continue
                stack = [prep]
                while stack:
                    inner = stack.pop()
                    actor = tok_actor.get(inner.i)
                    if actor is not None and actor not in found:
                        found.append(actor)
                    stack.extend(c for c in inner.children if c.dep_ not in ("advcl", "ccomp", "parataxis"))
        return found

    @staticmethod
    def phrase_places(noun: Token) -> list[Token]:
        """The objects of "in" phrases within ``noun``'s own phrase, through its modifiers and prepositional
        phrases ("a ceasefire effective from Sunday in Somalia") but into no clause (acl, relcl)."""
        found: list[Token] = []
        stack = [noun]
        while stack:
            tok = stack.pop()
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "in":
                    found.extend(p for p in child.children if p.dep_ == "pobj")
                elif child.dep_ in ("prep", "pobj", "amod", "npadvmod", "advmod"):
                    stack.append(child)
        return found

    def that_clause_subjects(self, noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The actors of the subject of a noun's that-clause ("concern that Y would ...": Y)."""
        return [
            a
            for clause in noun.children
            if clause.dep_ in ("acl", "relcl", "ccomp") and that_marked(clause)
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for a in self.actors(c, tok_actor)
        ]

    def about_clause(self, trig: Trigger) -> bool:
        """Whether the trigger is about the subject of its that-clause: an accusation ("alleged that X
        knew") or an attitude (rule 31: "complained that X ...", "X is failing to ..., Y protested", "was
        skeptical that X would ...")."""
        lemma = trig.token.lemma_.lower()
        if trig.code.startswith("112") and (lemma in self.lex.allegation_verbs or lemma in self.lex.evidence_nouns):
            return True  # "alleged that X knew", "evidence that X had laid mines" (rule 42)
        return trig.code[:2] in self.lex.attitude_roots and lemma in self.lex.attitude_words

    def of_conjuncts(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The other countries of a mention whose "of" phrase lists several ("the foreign ministers of
        China, Russia and Iran", "the leaders of Germany and Poland"): the resolver codes the head with
        the first, the others are conjuncts of its object."""
        span = tok_actor[tok.i]
        out: list[Span] = []
        for child in tok.children:
            if child.dep_ != "prep" or child.lower_ != "of":
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                for conj in pobj.conjuncts:
                    other = tok_actor.get(conj.i)
                    if other is not None and other is not span and conj.i > pobj.i:
                        out.append(other)
        return out

    def orders_own(self, trig: Trigger, tok_actor: dict[int, Span]) -> bool:
        """Whether a demand or appeal verb addresses a non-actor object with a to-infinitive ("ordered two
        submarines to be positioned near X", "directed troops to attack Y"): an order to one's own agents or
        things, not a demand on a third party."""
        tok = trig.token
        if trig.kind != "verb" or trig.wrapper is None or trig.wrapper.name not in self.lex.order_wrappers:
            return False
        objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        named = [a for o in objects for a in self.actors(o, tok_actor)]
        targets = self.targets_of(tok, tok_actor)
        if named and trig.wrapper.name == "demand":
            # "instructed his envoy Witkoff to fly to Moscow": an order to one's own state's agent (the same
            # party: not a domestic pair either) is no demand on anyone (rule 28)
            sources, _ = self.subject(tok, tok_actor)
            if not sources or any(distinct_actors(s.label_, a.label_) for s in sources for a in named):
                return False
            named = []
            targets = [t for t in targets if any(distinct_actors(s.label_, t.label_) for s in sources)]
        return (
            bool(objects)
            and any(c.dep_ == "xcomp" for c in tok.children)
            and not named
            and not any(o.pos_ == "PRON" for o in objects)
            and not targets  # "called on Haiti's government to ...", misparsed
        )

    def object_author(self, verb: Token, tok_actor: dict[int, Span], sources: list[Span]) -> list[Span]:
        """The author of an active verb's direct object that the parser hung on the verb as a "by" phrase
        (`agent_preps`), for an act with no target (docs/events.md rule 90a): "rejected the proposal by Y",
        "welcomed the decision by Y", where "by Y" names who made the thing acted on, as "Y's proposal" or "the
        proposal from Y" would. Only when the verb is active (a passive's "by" is its doer), its object is a
        common noun naming no actor and holding none, and the "by" phrase names an actor, not a means ("by
        force", "by a vote"); the sources' own actors are left out."""
        if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
            return []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not objects or any(o.pos_ != "NOUN" or any(t.i in tok_actor for t in o.subtree) for o in objects):
            return []
        return [
            a
            for a in self.by_agents(verb, tok_actor, after=max(o.i for o in objects))
            if all(distinct_actors(s.label_, a.label_, self.domestic) for s in sources)
        ]

    @staticmethod
    def condition_heads(verb: Token) -> list[Token]:
        """Where a condition clause on a trigger verb hangs (rule 84c): the verb, its to-infinitive, or the vow whose
        infinitive it is ("have sworn to fight until ...": the parser hangs the clause on the vow)."""
        chain = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl") and infinitive(c))]
        return chain + [verb.head] if verb.dep_ in ("xcomp", "advcl") and infinitive(verb) else chain

    def condition_party(
        self,
        heads: list[Token],
        tok_actor: dict[int, Span],
        sources: list[Span],
        code: str,
        marks: Collection[str],
        passed_verbs: Collection[str] = (),
    ) -> list[Span]:
        """The party a condition clause on ``heads`` falls on, for an act with no target: the subject, or the passive
        agent, of the first of its `condition_clauses` that a word of ``marks`` opens (rule 84c: `condition_heads`,
        `condition_party_marks`, "will not end their strike unless / until the government raises their pay", "...
        unless their demands are met by Y"; rule 82b: a threat's clause chain, `threat_marks`). A passive subject is
        no party; nor are the sources' own actors. A clause whose subject is the doers themselves ("vowed to fight
        until they capture Kabul") falls on whom it acts on, for a threat or use of force only (`own_goal_roots`;
        "will not withdraw until it secures its border with Y" names no party): its own targets (rule 88a). A clause
        whose verb is one of ``passed_verbs`` is passed over (rule 308: "as NATO officials said" reports, it names no
        act answered)."""
        for clause in condition_clauses(heads, marks):
            if clause.lemma_.lower() in passed_verbs:
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            parties = subjects + [
                p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
            ]
            found = [
                a
                for party in parties
                for a in self.actors(party, tok_actor)
                if all(distinct_actors(s.label_, a.label_, self.domestic) for s in sources)
            ]
            if (
                not found
                and code[:2] in self.lex.own_goal_roots
                and subjects
                and all(self.own_party(s, tok_actor, sources) for s in subjects)
            ):
                found = [
                    a
                    for a in self.targets_of(clause, tok_actor)
                    or self.deep_targets(clause, tok_actor)
                    or self.object_place(clause, tok_actor)
                    if all(distinct_actors(s.label_, a.label_, self.domestic) for s in sources)
                ]
            if found:
                return found
        return []

    @staticmethod
    def object_place(clause: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The first actor named anywhere in a clause's direct object, however deep ("until they gain control of
        towns near Y's border": Y), for a condition on the doers' own act only (rule 88a)."""
        for obj in clause.children:
            if obj.dep_ == "dobj":
                for tok in obj.subtree:
                    if tok.i in tok_actor:
                        return [tok_actor[tok.i]]
        return []

    def own_party(self, subj: Token, tok_actor: dict[int, Span], sources: list[Span]) -> bool:
        """Whether a clause subject is the doers themselves: a personal pronoun with no other actor ("they",
        "we"), or a subject whose every actor is a source's own (rule 88a)."""
        found = self.actors(subj, tok_actor)
        if not found:
            return subj.pos_ == "PRON" and subj.lower_ in self.lex.own_party_pronouns
        return all(not distinct_actors(s.label_, a.label_, self.domestic) for a in found for s in sources)

    def forecast_act(self, comp: Token) -> bool:
        """Whether a forecast's to-infinitive complement (rule 125a) names the act itself: a trigger, or a verb
        whose direct object is one ("is expected to visit Y", "is expected to hold talks with Y"). A trigger
        noun nested deeper in a non-trigger verb's object is not forecast: "both leaders are expected to outline
        the outcomes of their discussions" forecasts the outlining, not a meeting (rule 128b)."""
        if self.triggers.trigger(comp) is not None:
            return True
        return any(c.dep_ in ("dobj", "obj") and self.triggers.trigger(c) is not None for c in comp.children)

    def subject(self, verb: Token, tok_actor: dict[int, Span]) -> tuple[list[Span], list[Span]]:
        """(sources, passive targets) of a verb, inheriting the subject through xcomp/conj/relcl."""
        tok = verb
        below: Token | None = None  # the clause the climb came up from
        participle: Token | None = None  # the subjectless participle the climb just came up from (rule 281)
        for _ in range(4):
            subj = (
                [c for c in tok.children if c.dep_ in SUBJ_DEPS and not bracketed_repeat(tok, c)]
                or aux_subjects(tok)
                or root_noun_subject(tok, self.lex)
            )
            passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if passive and not subj and below is not None and below.dep_ == "xcomp":
                if tok.lemma_.lower() in self.lex.compulsion_verbs:
                    # "Russia was forced to withdraw", "it was compelled to take measures": the one compelled does
                    # what it was compelled to (rule 67e), whoever compelled it
                    return [a for s in passive for a in self.actors(s, tok_actor)], []
                if tok.lemma_.lower() in self.lex.raising_verbs and self.forecast_act(below):
                    # "the Chinese foreign minister is expected to visit Canberra": the one expected to act is the
                    # act's subject (rule 125a); the forecast hedges it (rule 6)
                    return [a for s in passive for a in self.actors(s, tok_actor)], []
            if passive and not subj and participle is not None and self.passive_subject_acts(participle, tok):
                # "X was seen meeting Y", "X was flanked by aides while meeting Y": the participle is the act of the
                # passive's subject, as an active clause's participle is its subject's, not done to it (rule 281)
                return [a for s in passive for a in self.actors(s, tok_actor)], []
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and not is_root(tok) and not subj:
                # "two Australians arrested in Bali", "diplomats expelled from Britain": the head noun of a
                # reduced passive relative is its patient, as a passive subject is, never its agent (rule 37)
                passive = passive or [tok.head]
            agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if not subj:
                # "activists were beaten and arrested by police": coordinated passives share their subject and
                # their "by" agent, which the parser hangs on one conjunct only (rule 82c)
                passive = passive or shared_passive_subject(tok)
                agents = agents or ([p for v in passive_conjuncts(tok) for p in by_agent(v)] if passive else [])
            if passive and not subj and not agents and tok.lemma_.lower() in self.lex.stative_passives:
                subj, passive = passive, []  # "Israel is opposed to ...": an attitude, not a passive
            if passive and not subj and not agents:
                agents = gerund_agents(tok)  # "was accused of killing civilians by X" (rule 31)
            if passive and not subj and not agents:
                agents = instrument_agents(tok)  # "were beaten with batons by police" (rule 82c)
            if subj or passive or agents:
                subj = [clausal_subject(s) for s in subj]
                sources = [a for s in subj + agents for a in self.actors(s, tok_actor)]
                if sources:
                    sources += [a for a in self.comitative_sources(tok, subj, tok_actor) if a not in sources]
                ptargets = [a for s in passive for a in self.actors(s, tok_actor)]
                if not sources and subj:
                    # "Troops and aircraft from the United States have arrived": soldiers act for where they are
                    # from (rule 40), so do envoys ("Officials from Kenya and Uganda met", rule 42) and states named
                    # by the body they are members of ("republics from the CIS refuse ...", rule 85e), and leaders
                    # or counterparts ("Leaders from Russia, China and India met", rule 299)
                    lex = self.lex
                    agents_from = lex.force_nouns | lex.envoy_nouns | lex.member_nouns | lex.from_role_nouns
                    sources = [a for s in subj if s.lemma_.lower() in agents_from for a in self.origin(s, tok_actor)]
                if not sources and subj:
                    # "A spokesman for the Taliban claimed responsibility": the spokesman acts for the group (rule 42)
                    spokes = [s for s in subj if s.lemma_.lower() in self.lex.spokes_nouns]
                    sources = [a for s in spokes for a in self.prep_actors(s, "for", tok_actor)]
                if not sources and subj:
                    # "Republicans in Congress refused ...": members of a body named only in an "in" phrase act for
                    # the body, never for a bare place ("Diplomats in Seoul"; rule 400b)
                    sources = [
                        a
                        for s in subj
                        # the tagger keeps a capitalised plural's "s" in its lemma ("Republicans")
                        if {s.lemma_.lower(), s.lower_, s.lower_.removesuffix("s")} & self.lex.body_people_nouns
                        for a in self.prep_actors(s, "in", tok_actor)
                        if role_part(a.label_) or is_igo(a.label_)
                    ]
                if not sources and subj:
                    sources = self.document_owners(subj, tok_actor)  # "a report by the US Senate alleged"
                if not sources and not agents and subj:
                    speaker = self.speaker(tok, subj, tok_actor)
                    if speaker is not None:
                        return speaker, ptargets
                return sources, ptargets
            if tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
                break  # "When asked whether ..., Trump replied": the main subject was asked, not asking
            if self.culprit_gerund(tok):
                # "A and B were guilty of violating the truce", "X is responsible for shelling Y": the act's doer is
                # the one the copula calls guilty of it (rule 85a; `claims.culprit_words`)
                tok = tok.head.head.head
                continue
            means = tok.head.head if tok.dep_ == "pcomp" and tok.tag_ == "VBG" else tok
            if means is not tok and tok.head.lower_ in self.lex.means_preps and means.pos_ in ("VERB", "AUX"):
                tok = means  # "By hosting Y, X gave ...": X hosts (the gerund of means has the clause's subject)
                continue
            if means is not tok and self.joined_act(tok):
                tok = means  # "Tokyo joined Washington in sanctioning Y": Tokyo sanctions (rule 254b)
                continue
            if means is not tok and means.pos_ in ("VERB", "AUX") and self.contact_gerund(tok):
                subject_noun = means.head
                if (
                    means.dep_ in ("advcl", "acl")
                    and subject_noun.pos_ in ("NOUN", "PROPN")
                    and subject_noun.dep_ in SUBJ_DEPS
                ):
                    # "Trump, speaking after meeting Y, said ...": the participle hangs on the subject noun it says
                    # something of
                    return self.actors(subject_noun, tok_actor), []
                participle = tok
                tok = means  # "After meeting Y in Z, X flew ...": X met Y (rule 113a)
                continue
            if (
                tok.dep_ == "acomp"
                and below is not None
                and below.dep_ == "xcomp"
                and tok.lemma_.lower() in self.lex.raising_adjs
                and self.forecast_act(below)
                and not is_root(tok)
            ):
                # "China is likely to visit Australia": the copula's subject is the act's (rule 125a)
                below = tok
                tok = tok.head
                continue
            caused = self.caused_party(tok, tok_actor)
            if not caused and (below is None or not set_off_participle(below)):
                # so is the party an object-control verb presses to act: "France pushed Russia to stop its attacks on
                # Ukraine" (Russia stops, rule 175); a participle set off by a comma under the infinitive is the main
                # subject's ("ordered the ambassador to leave, accusing Paris", rule 152b)
                caused = self.controlling_object(tok, tok_actor)
            if caused:
                # "the raid prompted Mexico to suspend relations with Ecuador": the party a causative verb moves to
                # act is the act's subject, not the causer (rule 152a)
                return caused, []
            if tok.dep_ in ("xcomp", "conj", "advcl", "ccomp") and not is_root(tok):
                below = tok
                participle = tok if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "advcl") else None
                tok = finite_conjunct_head(tok) or tok.head  # "noted Y's willingness to ... and urged Z" (rule 38)
                continue
            if tok.dep_ in ("relcl", "acl") and not is_root(tok):
                head = tok.head
                named = self.actors(head, tok_actor)
                if not named and tok.dep_ == "acl" and self.announced_decision(head):
                    below = head
                    tok = head.head  # "Russia announced its decision to cut gas supplies to Y" (rule 182)
                    continue
                if not named and tok.dep_ == "acl" and head.lemma_.lower() in self.lex.message_nouns:
                    # a participle says what the message does, a to-infinitive only what it asks for (rule 13):
                    # "signed an order lifting sanctions on Y" (085), not "gave the order to attack Y" (rule 202)
                    said = not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
                    # a legal text its maker signs or issues does what its to-infinitive says: "signed a decree to lift
                    # sanctions on Y" (rule 206)
                    said = said or self.enacted_text(head)
                    if said and head.dep_ in ("dobj", "obj") and not is_root(head):
                        tok = head.head  # "issued a statement calling on Y": the issuer calls on Y
                        continue
                return named, []
            break
        return [], []

    def passive_subject_acts(self, participle: Token, verb: Token) -> bool:
        """Whether the subjectless present ``participle`` the climb came up from to the passive ``verb`` is the act of
        the passive's subject (rule 281): a contact gerund under "after"/"before" (rule 113a: "was praised by
        supporters after meeting Y"), a participle under a verb of perception (`perception_verbs`: "was seen
        meeting Y", "was caught on camera insulting Y"), or one a subordinator of time introduces
        (`participle_time_marks`: "was flanked by aides while meeting Y"). A participle set off by a comma with no
        subordinator ("were hit by missiles, killing three") keeps the passive's agent."""
        if participle.dep_ == "pcomp":
            return True  # only a contact gerund (`contact_gerund`) climbs to its clause this way
        if verb.lemma_.lower() in self.lex.perception_verbs:
            return True
        return any(
            c.dep_ in ("mark", "advmod") and c.lower_ in self.lex.participle_time_marks for c in participle.children
        )

    def enacted_text(self, noun: Token) -> bool:
        """Whether ``noun`` is a legal text its maker signs or issues (rule 206): an `enacted_text_nouns` noun that is
        the direct object of an `enacting_verbs` verb ("signed a decree", "issued an executive order")."""
        return (
            noun.lemma_.lower() in self.lex.enacted_text_nouns
            and noun.dep_ in ("dobj", "obj")
            and noun.head.lemma_.lower() in self.lex.enacting_verbs
        )

    def announced_decision(self, noun: Token) -> bool:
        """Whether ``noun`` is a decision its announcer owns (rule 182): an `announced_decision_nouns` noun that is the
        object of a speech verb (`speaker_verbs`) or a `decision_taking_verbs` verb, owned by a possessive pronoun
        ("its decision"), by nothing ("a decision"), or by an "of" phrase whose noun a possessive pronoun owns ("the
        decision of its government"). Not "the decision of the court" nor "Poland's decision", which name another."""
        if noun.lemma_.lower() not in self.lex.announced_decision_nouns or noun.dep_ not in ("dobj", "obj"):
            return False
        if noun.head.lemma_.lower() not in self.lex.speaker_verbs | self.lex.decision_taking_verbs:
            return False
        if any(c.dep_ == "poss" and c.lower_ not in POSS_PRONOUNS for c in noun.children):
            return False
        return all(
            any(o.dep_ == "poss" and o.lower_ in POSS_PRONOUNS for o in g.children)
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in self.lex.plan_owner_preps
            for g in c.children
            if g.dep_ == "pobj"
        )

    def joined_act(self, tok: Token) -> bool:
        """Rule 254b, whether ``tok`` is the gerund of a `joined_act_preps` phrase ("in") on a `joined_act_verbs` verb
        (join, follow): "Tokyo joined Washington in sanctioning Y", whose act is the joiner's."""
        return (
            tok.dep_ == "pcomp"
            and tok.tag_ == "VBG"
            and tok.head.lower_ in self.lex.joined_act_preps
            and tok.head.head.lemma_.lower() in self.lex.joined_act_verbs
            and tok.head.head.pos_ in ("VERB", "AUX")
        )

    def contact_gerund(self, tok: Token) -> bool:
        """Whether ``tok`` is a gerund under an "after"/"before" phrase (``contact_gerund_preps``) whose act is a
        contact (a trigger of a ``contact_gerund_roots`` root: meeting, visiting, hosting, talking), which has the
        subject of the clause the phrase modifies: "After meeting Xi in Beijing, Putin flew to ...", "Trump,
        speaking after meeting Zelensky, said ..." (rule 113a). Other acts stay out: rule 23 measured the subject of
        any gerund under any preposition as a false positive on ConfliBERT test."""
        if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.lower_ not in self.lex.contact_gerund_preps:
            return False
        trig = self.triggers.trigger(tok)
        return trig is not None and trig.code[:2] in self.lex.contact_gerund_roots

    def culprit_gerund(self, tok: Token) -> bool:
        """Whether ``tok`` is a gerund under a preposition of a culpability word that a copula predicates of its
        subject ("A and B were guilty of violating ...", "X was responsible for shelling ..."): the copula's
        subject did the act, as "A and B violated ..." says (rule 85a)."""
        if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or tok.head.dep_ != "prep":
            return False
        word = tok.head.head
        return (
            word.lemma_.lower() in self.lex.culprit_words
            and word.dep_ in ("acomp", "attr")
            and not is_root(word)
            and word.head.lemma_.lower() == "be"
        )

    def speaker(self, verb: Token, subj: list[Token], tok_actor: dict[int, Span]) -> list[Span] | None:
        """The antecedent of a pronoun or relative subject the resolver left uncoded, from syntax only:
        "X said it would ..." (the speaker of the governing speech verb), "a plan that will ..." (the
        relative clause's head noun). None when the subject is not such a word."""
        words = {s.lower_ for s in subj}
        if verb.dep_ == "relcl" and words <= {"that", "which", "who"}:
            return self.actors(verb.head, tok_actor) or None
        if verb.dep_ == "advcl" and words <= self.lex.plural_pronouns and not is_root(verb):
            # "A and B shook hands as they opened the summit": a plural pronoun in a subordinate clause
            # is the main clause's plural subject
            main, _ = self.subject(verb.head, tok_actor)
            return main if len({primary(a.label_) for a in main}) >= 2 else None
        if subj and all(
            any(c.dep_ == "poss" and c.lower_ in self.lex.quote_possessives for c in s.children) for s in subj
        ):
            return self.quote_speaker(verb, tok_actor)  # "'Our forces shelled X,' the ministry said" (rule 25)
        if not words <= self.lex.speaker_pronouns:
            return None
        return self.quote_speaker(verb, tok_actor)

    def participle_antecedent(self, verb: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The antecedent of a pronoun object ("it", "them") of a subjectless participle clause: the main
        clause's actor object ("the US kept the Soviet Union at arm's length, only recognizing it in 1933"),
        when the main clause has exactly one object and it names an actor (rule 25)."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or is_root(verb):
            return []
        if verb.lemma_.lower() in self.lex.judgement_verbs:
            return []  # "praised Nepal, calling it a friend": a characterisation, not a call
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
            return []  # its own subject, or a subordinate clause ("after meeting it", "while ...")
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
        return self.actors(objects[0], tok_actor) if len(objects) == 1 else []

    def quote_speaker(self, verb: Token, tok_actor: dict[int, Span]) -> list[Span] | None:
        """The subject of the speech verb whose reported clause ``verb`` heads ("X said it would ...",
        "'I called Putin,' Trump said"), or None."""
        tok = verb
        for _ in range(3):
            if tok.dep_ != "ccomp" and tok.dep_ != "conj":
                return None
            head = tok.head
            if tok.dep_ == "ccomp" and head.lemma_.lower() in self.lex.speaker_verbs:
                speakers, _ = self.subject(head, tok_actor)
                return speakers or None
            tok = head
        return None

    def targets_of(
        self, tok: Token, tok_actor: dict[int, Span], objects: bool = True, judged: bool = False
    ) -> list[Span]:
        """Actors in ``tok``'s object positions and target prepositions (strong before weak); ``judged``: ``tok`` is
        the trigger itself, whose object's act keeps its own destination (rule 272)."""
        strong: list[Span] = []
        weak: list[Span] = []
        for child in tok.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                strong.extend(self.prep_targets(child, tok_actor, weak))  # "sending his envoy to Moscow"
            elif objects and child.dep_ in OBJ_DEPS:
                if self.inverted_speaker(child):
                    continue  # "... abused immigrants, a human rights group charged": the speaker
                strong.extend(self.actors(child, tok_actor))
                if not strong and child.lower_ in self.lex.first_person_objects:
                    # "'Putin called me,' Trump said": a first-person object of a quote is its speaker (rule 25)
                    strong.extend(self.quote_speaker(tok, tok_actor) or [])
                if not strong and child.lower_ in self.lex.participle_objects:
                    strong.extend(self.participle_antecedent(tok, tok_actor))
                if not strong and child.lower_ in self.lex.relative_objects and tok.dep_ == "relcl":
                    # "Pakistan, which India accused of harbouring militants, ...": the relative pronoun object
                    # stands for the noun the clause hangs on (rule 121a)
                    strong.extend(self.actors(tok.head, tok_actor))
                if not strong:
                    for grand in child.children:
                        if grand.dep_ == "prep":
                            strong.extend(
                                self.prep_targets(grand, tok_actor, weak) or self.sum_targets(grand, tok_actor)
                            )
                        elif grand.dep_ == "relcl" and pronoun_subject(grand):
                            # "refuses to lift the ban that it imposed on North Korean ships": a relative clause
                            # whose subject is a pronoun says what was done with the object, and to whom (rule 42)
                            for phrase in [*grand.children, *set_off_phrases(grand)]:
                                if phrase.dep_ == "prep":
                                    strong.extend(self.prep_targets(phrase, tok_actor, weak))
            elif child.dep_ == "prep":
                if judged and self.judged_act_destination(tok, child, tok_actor):
                    continue  # "condemned the Russian incursion into Poland": where the act went (rule 272)
                strong.extend(self.prep_targets(child, tok_actor, weak))
                for grand in self.phone_partner_preps(child):
                    # "spoke by telephone with Y": the "with" phrase the parser hung on the phone noun (rule 371a)
                    strong.extend(self.prep_targets(grand, tok_actor, weak))
            elif objects and self.misparsed_name_object(tok, child, tok_actor):
                # "The Israeli premier met Orban.": the small model hangs a sentence-final name on the verb as an
                # adverb; a person's name right after the verb is its object (rule 197; an ORG-tagged name the
                # resolver reads as a named actor too, "met Bessent.": actors16)
                strong.extend(self.actors(child, tok_actor))
            elif (
                child.dep_ in ("advmod", "prt")
                and child.lower_ == "back"
                and self.triggers.strike_back(tok, tok.lemma_.lower())
            ):
                # "Iran struck back(advmod) at(prep of "back") Israel": the party the parser hung on "back" is the
                # verb's (rule 124b; "hit back at Y" hangs it on the verb)
                for grand in (g for g in child.children if g.dep_ == "prep"):
                    strong.extend(self.prep_targets(grand, tok_actor, weak))
            elif child.dep_ in ("acl", "relcl") and tok.pos_ in ("NOUN", "PROPN"):
                for grand in child.children:
                    if grand.dep_ == "prep" or (grand.dep_ == "dative" and grand.pos_ == "ADP"):
                        # "an ultimatum sent to Y on Monday": a "to" the parser tags dative is the participle's
                        # prepositional phrase, as on the verb above (rule 386c)
                        strong.extend(self.prep_targets(grand, tok_actor, weak))
                    elif grand.dep_ in OBJ_DEPS:
                        strong.extend(self.actors(grand, tok_actor))
        if not strong and not weak:
            weak.extend(self.where_attack_place(tok, tok_actor))
        return strong or weak

    def where_attack_place(self, verb: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 404c: the place a relative clause opened by "where" (`meeting_place_relatives`) hangs on, for a verb
        of force or attack (a trigger of a `casualty_act_roots` code): "Khan Younis, where Israeli aircraft bombed a
        school, ..." is bombed as "bombed a school in Khan Younis" is, the place a weak target (as rule 309's "in"
        phrase of an attack) that any party named in the clause itself overrides. Rule 410a: and for a visit or a
        journey (`where_destination_codes`, 042) with no destination phrase, its destination ("Cairo, where the Saudi
        crown prince paid a visit on Monday, ..." SAU -> EGY 042)."""
        act = verb
        if act.pos_ == "NOUN" and act.dep_ in ("dobj", "obj"):
            verb = act.head  # rule 410a: "where X paid a visit", the visit noun the clause verb's object
        if verb.dep_ != "relcl" or verb.pos_ != "VERB":
            return []
        if not any(c.dep_ == "advmod" and c.lower_ in self.lex.meeting_place_relatives for c in verb.children):
            return []
        trig = self.triggers.trigger(act)
        if trig is None:
            return []
        force = act is verb and trig.code[:2] in self.lex.casualty_act_roots
        if not force and trig.code not in self.lex.where_destination_codes:
            return []  # rule 410a: a visit's or a journey's destination too ("Cairo, where X paid a visit", 042)
        return self.actors(verb.head, tok_actor)

    def sum_targets(self, prep: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 278c: the parties of the phrases the parser hangs on the sum an object's "of" phrase names ("approved
        a loan of 140 billion euros for Ukraine": "for Ukraine" on "euros"), read as the object's own ("approved a loan
        for Ukraine"); a sum is a number, a money entity or a counted `money_goods` noun (`goods_amount`)."""
        if prep.lower_ != "of":
            return []
        weak: list[Span] = []
        strong = [
            a
            for s in prep.children
            if s.dep_ == "pobj" and self.triggers.goods_amount(s)
            for p in s.children
            if p.dep_ == "prep"
            for a in self.prep_targets(p, tok_actor, weak)
        ]
        return strong or weak

    def judged_act_destination(self, verb: Token, prep: Token, tok_actor: dict[int, Span]) -> bool:
        """Rule 272, whether ``prep`` is the destination phrase (`destination_preps`: "into") of the verb's direct
        object, an act of force or an incursion (a 19x noun or one of `incursion_nouns`) that names its own agent,
        which the parser hung on the verb: "NATO condemned the Russian incursion into Poland" says where the act
        went, not a second party condemned (before: IGO -> POL 111 beside IGO -> RUS)."""
        if prep.lower_ not in self.lex.destination_preps or verb.pos_ != "VERB":
            return False
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            lemma = obj.lemma_.lower()
            if lemma in self.lex.incursion_nouns or self.lex.nouns.get(lemma, "")[:2] == "19":
                if self.actors(obj, tok_actor):
                    return True
        return False

    @staticmethod
    def misparsed_name_object(verb: Token, child: Token, tok_actor: dict[int, Span]) -> bool:
        """Whether ``child`` is a person's name the parser hung on ``verb`` as an adverb ("met Orban."): a proper noun
        of a PERSON entity, or one the resolver reads as an actor by its name ("met Bessent.", "Bessent" tagged ORG),
        right after the verb (its first word), with "advmod" or "npadvmod", when the verb has no object of its own.
        No adverb is a person's name (docs/events.md rule 197; the named actor: docs/actors.md, actors16)."""
        mention = tok_actor.get(child.i)
        named = mention is not None and mention._.actor_how in ("name", "alias")
        return (
            child.dep_ in ("advmod", "npadvmod")
            and child.pos_ == "PROPN"
            and (child.ent_type_ == "PERSON" or named)
            and child.left_edge.i == verb.i + 1
            and verb.pos_ == "VERB"
            and not any(c.dep_ in OBJ_DEPS for c in verb.children)
        )

    def inverted_speaker(self, obj: Token) -> bool:
        """An "object" that is really the speaker of a sentence-final report the parser attached to the
        verb: "X abused Y, a human rights organization charged on Saturday" (comma, then a speech verb)."""
        edge = obj.left_edge
        if edge.i == 0 or obj.doc[edge.i - 1].text != ",":
            return False
        return any(
            c.dep_ in ("acl", "relcl")
            and ((low := c.lemma_.lower()) in self.lex.speaker_verbs or low in self.lex.speech_verbs)
            for c in obj.children
        )

    def phone_partner_preps(self, prep: Token) -> list[Token]:
        """Rule 371a: the "with" phrases (`speak_preps`) on the phone noun of a `phone_preps` phrase ("spoke by
        telephone with Y"), which name the partner of the call as the verb's own "with" phrase does."""
        lex = self.lex
        if prep.lower_ not in lex.phone_preps:
            return []
        return [
            grand
            for noun in prep.children
            if noun.dep_ == "pobj" and noun.lemma_.lower() in lex.phone_nouns
            for grand in noun.children
            if grand.dep_ == "prep" and grand.lower_ in lex.speak_preps
        ]

    def deep_targets(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Targets further down a wrapped phrase ("refused to engage in dialogue with Moscow")."""
        frontier = [tok]
        for _ in range(3):
            nxt = [c for t in frontier for c in t.children if c.dep_ in ("prep", "pobj", "dobj", "xcomp", "pcomp")]
            for child in nxt:
                if child.dep_ == "prep":
                    weak: list[Span] = []
                    found = self.prep_targets(child, tok_actor, weak)
                    if found:
                        return found
            frontier = nxt
        return []

    def possessive_antecedent(self, noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """ "Following his meeting with Zelenskyy, Trump ...", "diversifying its trade ties": a possessive
        pronoun on a nominal trigger refers to the subject of the clause it sits in (the nearest verb
        above it, subjects inherited as for verbs). Only his/her/its/their, only when that subject is
        a coded actor."""
        pronouns = [c.lower_ for c in noun.children if c.dep_ == "poss" and c.lower_ in POSS_PRONOUNS]
        if not pronouns:
            return []
        tok = noun
        skipped = False
        for _ in range(8):
            if is_root(tok):
                break
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "prep":  # not "Following his meeting"
                controllers = self.controlling_object(tok, tok_actor)
                if controllers:
                    return controllers  # "X pushed Y to stop its attacks on Z": Y's attacks (rule 117b)
                sources, _ = self.subject(tok, tok_actor)
                subj = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
                plural = bool(subj) and all(s.tag_ in ("NNS", "NNPS") for s in subj)
                if not sources and pronouns == ["its"] and (plural or (skipped and not subj)):
                    # "Peru is eager to sell copper as exports shrink after its invasion of Chile": "its" is not
                    # the plural subject of its own clause, so a clause above names its owner (rule 32)
                    skipped = True
                    continue
                return sources
        return []

    def controlling_object(
        self, clause: Token, tok_actor: dict[int, Span], verbs: set[str] | None = None
    ) -> list[Span]:
        """Rule 117b: the party that does the act of a to-infinitive complement with no subject of its own under an
        `object_control_verbs` verb (or one of ``verbs``): that verb's direct object, its "on" / "upon" object
        ("called on Y to ..."), or its passive subject ("Y was urged to ..."), not its subject: "X pushed Y to stop
        its attacks on Z", "X urged Y to halt its offensive" (Y). None for any other clause, or where that party
        names no actor."""
        parties = controlled_parties(clause, verbs or self.lex.object_control_verbs)
        return [a for p in parties for a in self.actors(p, tok_actor)]

    def caused_party(self, clause: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 152a: the party a causative verb (`causative_verbs`: prompt, lead, cause, spur) moves to do the act of
        its subjectless to-infinitive: the verb's direct object (or passive subject), as rule 117b's reading of
        `object_control_verbs`: "X stormed the embassy, prompting Mexico to suspend relations with X" (Mexico
        suspends), "the blockade led Taiwan to ask Y for help" (Taiwan asks). None for any other clause."""
        return self.controlling_object(clause, tok_actor, self.lex.causative_verbs)

    def reacted_act(self, verb: Token, verbs: set[str], acts: Collection[int]) -> Token | None:
        """Rule 436, the act noun a reaction answers: the subject of ``verb`` when ``verb`` is an active verb of
        ``verbs`` and its subject is a noun that is a trigger of its own (``acts``: the sentence's trigger tokens):
        "Georgia's arrest of ... sparked outrage", "the expulsion of ... by Moscow prompted Prague to ..."; None
        otherwise (a passive verb, a subject that names no act: "Brazil's election result sparked protests")."""
        if verb.lemma_.lower() not in verbs or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].i not in acts:
            return None
        subject = subjects[0]
        if subject.pos_ != "NOUN" and not (
            # rule 445a: a gerund with a possessive or determiner is an act noun ("the Indian army's shelling of ...")
            subject.tag_ == "VBG" and any(c.dep_ in ("poss", "det") for c in subject.children)
        ):
            return None
        return subject

    def act_doers(self, noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 436, who did the act ``noun`` names: its possessive, compound or adjective party ("Georgia's arrest",
        "the Chinese seizure") or its own "by" agent ("the expulsion of two diplomats by Moscow"), also where the
        parser hung it on the noun's "of" object ("the arrest of a Japanese businessman by Chinese state security")."""
        own = self.owners(noun, tok_actor)[0] + self.by_agents(noun, tok_actor)
        return own or [a for p in self.of_objects(noun) for a in self.by_agents(p, tok_actor)]

    def caused_reaction_parties(
        self,
        tok: Token,
        kind: str,
        code: str,
        sources: list[Span],
        targets: list[Span],
        acts: Collection[int],
        tok_actor: dict[int, Span],
    ) -> tuple[list[Span], list[Span]] | None:
        """Rule 436, a reaction an act noun caused, aimed at the act's doer: (sources, targets), or None where the
        shape does not hold. (a) A `caused_reaction_roots` noun that is the direct object of a `reaction_cause_verbs`
        verb whose subject is an act noun: held by the party of the noun's (or the verb's) `reaction_holder_preps`
        phrase, aimed at the act noun's doers (:meth:`act_doers`), no event where either is missing: "Georgia's
        arrest of a British journalist sparked outrage in London" GBR -> GEO 110 (before: GEO -> GBR), "the seizure
        of a tanker by Iran drew condemnation from Britain" GBR -> IRN 111. (b) A reaction of those roots with a
        source and no target in the to-infinitive of a `causative_verbs` verb whose subject is an act noun: aimed at
        its doers: "Turkey's detention of a Swedish reporter prompted Sweden to lodge a protest" SWE -> TUR 114."""
        lex = self.lex
        if code[:2] not in lex.caused_reaction_roots:
            return None
        if kind == "noun":
            first = tok
            while first.dep_ == "conj" and first.head.pos_ == "NOUN":
                first = first.head  # "sparked anger and protests in Z"
            if first.dep_ not in ("dobj", "obj"):
                return None
            verb = first.head
            act = self.reacted_act(verb, lex.reaction_cause_verbs, acts)
            if act is None:
                return None
            doers = self.act_doers(act, tok_actor)
            holders = [
                a
                for w in sorted(lex.reaction_holder_preps)
                for h in (tok, verb)
                for a in self.prep_actors(h, w, tok_actor)
            ]
            holders = [h for h in holders if all(distinct_actors(h.label_, d.label_, self.domestic) for d in doers)]
            if not doers or not holders:
                return [], []
            return list(dict.fromkeys(holders)), list(dict.fromkeys(doers))
        if not sources or targets:
            return None
        clause = tok
        while clause.dep_ in ("dobj", "obj", "conj") and not is_root(clause) and clause.pos_ != "VERB":
            clause = clause.head  # "to lodge a formal protest": the phrase's verb
        if clause.dep_ != "xcomp" or is_root(clause):
            return None
        act = self.reacted_act(clause.head, lex.causative_verbs, acts)
        if act is None:
            return None
        doers = [
            d
            for d in self.act_doers(act, tok_actor)
            if all(distinct_actors(s.label_, d.label_, self.domestic) for s in sources)
        ]
        return (sources, list(dict.fromkeys(doers))) if doers else None

    def lodged_protest_code(self, tok: Token, code: str, holders: list[Span]) -> str:
        """Rule 445b, a protest noun of rule 436a held by a state: a dissent code (root 14) on a noun whose holders
        are all states or their forces (`state_force`), one of them the very object of a `lodged_protest_preps`
        phrase on the noun (or on the verb whose object it is), not a people (NORP), is the state's disapproval,
        `state_protest_code` (110, as rule 68a reads "Japan protested the Chinese incursion"), or an official
        complaint (`complaint_code` 114) where the noun has an `official_protest_modifiers` modifier: "X's shelling of
        Y drew a protest from Islamabad" PAK -> X 110, "drew a formal protest from Tallinn" 114. A crowd's protest
        keeps ``code``: "sparked protests in Manila" (an "in" phrase, a place), "drew a protest from students in
        Bamako" (the phrase object is the students, no state), "protests from Filipinos" (a people)."""
        lex = self.lex
        if code[:2] != lex.dissent_code[:2] or not holders or not all(state_force(h.label_) for h in holders):
            return code
        first = tok
        while first.dep_ == "conj" and first.head.pos_ == "NOUN":
            first = first.head  # "drew criticism and a protest from Z"
        roots = {h.root.i for h in holders}
        named = any(
            p.i in roots and p.ent_type_ != "NORP"
            for h in (tok, first.head)
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in lex.lodged_protest_preps
            for p in c.children
            if p.dep_ == "pobj"
        )
        if not named:
            return code
        if any(c.dep_ == "amod" and c.lemma_.lower() in lex.official_protest_modifiers for c in tok.children):
            return lex.complaint_code
        return lex.state_protest_code

    def condition_subjects(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The subject of an if/unless clause (`condition_marks`) under a threat: "X threatened to stop talks if the
        United States goes ahead" threatens the United States."""
        frontier = [tok]
        for _ in range(3):
            for clause in condition_clauses(frontier, self.lex.condition_marks):
                found = [
                    a for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for a in self.actors(s, tok_actor)
                ]
                if found:
                    return found
            frontier = [c for t in frontier for c in t.children if c.dep_ in ("xcomp", "dobj", "ccomp")]
        return []

    def topic_targets(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """For a complaint or rejection, the actor it is about ("complained to the UN over Israeli
        raids"): the topic beats the addressee."""
        return [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in self.lex.topic_preps
            for p in c.children
            if p.dep_ in ("pobj", "pcomp")
            for a in self.grievance_actors(p, tok_actor)
        ]

    def grievance_actors(self, obj: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The actors of what a complaint, rejection or protest is about (its topic or aim phrase's object):
        the object's own ("over Y's reform"), else the "by" agent of a past participle on it, the party that made
        the thing objected to (docs/events.md rule 57c: "protested against a law passed by Y", "complained about
        tariffs imposed by Y"), as rule 23 reads it on a verb's direct object ("condemned a law passed by Y")."""
        return self.actors(obj, tok_actor) or self.agents_of_participles([obj], tok_actor)

    def nested_targets(
        self,
        tok: Token,
        tok_actor: dict[int, Span],
        own_phrases: bool = False,
        extra: frozenset[str] = frozenset(),
        depth: int = NESTED_DEPTH,
        skip_owned_acts: bool = False,
        drop: frozenset[str] = frozenset(),
    ) -> list[Span]:
        """The nearest actors inside the trigger's object and prepositional phrases when no argument slot
        holds one ("provide aid to refugees in Liberia", "release prisoners in Iraq"): the affected party
        named within what is acted on. Clauses of their own (ccomp, advcl, relcl, subjects) are not
        entered, so a second event's actors are not borrowed. ``own_phrases``: the verb's own phrases only,
        not a predicate conjoined to it ("welcomed the pressure and asked Washington for ...": Washington is
        what was asked, not what was welcomed). ``extra``: more dependencies to enter ("agent" for a protest's
        aim, rule 29); ``depth``: how many levels. ``skip_owned_acts``: an infinitive clause on a noun an
        unresolved possessive pronoun owns ("its decision to expel Y's diplomats") is that owner's act, not
        entered (rule 116b). ``drop``: dependencies not to enter (a passive subject already the source, rule 194d)."""
        deps = (NESTED_DEPS | extra) - drop
        frontier = [
            c
            for c in tok.children
            if c.dep_ in deps
            and not own_clause(c)
            and not (own_phrases and c.dep_ == "conj")
            and not (c.dep_ == "poss" and self.others_of(tok))  # rule 212: "warned Washington's allies"
        ]
        if skip_owned_acts:
            frontier = [c for c in frontier if not owned_act_clause(c)]
        frontier = [c for c in frontier if not self.trading_clause(c, tok_actor)]
        # rule 261d: a remark's topic phrase says what it is about ("protested remarks on Taiwan"), no party acted on
        frontier = [c for c in frontier if not self.meeting_place(c) and not self.information_topic(c, True)]
        # rule 296: an occasion phrase names an earlier act, whose doer is no party ("in the wake of Y's strikes")
        frontier = [c for c in frontier if not self.background_occasion(c)]
        # rule 149f: a phrase the parser hung on a direction adverb of the verb is the verb's own ("pulled troops
        # back from the Guyana border": "from" on "back")
        frontier += [
            p
            for c in tok.children
            if c.dep_ == "advmod" and c.lower_ in self.lex.direction_adverbs
            for p in c.children
            if p.dep_ == "prep"
        ]
        for _ in range(depth):
            # a place named through its owner counts where the place itself would: "against a military base in
            # Y's Hatay province" reaches Y at the depth "in Y" does (rule 69b)
            owners = [
                c
                for t in frontier
                if t.dep_ == "pobj" and not self.others_of(t)
                for c in t.children
                if c.dep_ == "poss"
            ]
            # and a boundary through the party it is shared with: "along the border with India" reaches India where
            # "along India's border" does (rule 129a)
            owners += [
                g
                for t in frontier
                if t.dep_ == "pobj" and t.lemma_.lower() in self.lex.shared_boundary_nouns
                for p in t.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.children
                if g.dep_ == "pobj"
            ]
            # and a place named after its occupier through the occupier: "the elections held in Russian-occupied
            # Crimea" reaches Russia where "held in Crimea" reaches the place's own state (rules 223, 234)
            owners += [g for t in frontier if t.dep_ == "pobj" for g in occupiers(t)]
            found = [a for t in (*frontier, *owners) if t.i in tok_actor for a in self.actors(t, tok_actor)]
            # "reneged on his commitment to the Zambian people": a possessive pronoun names the one who
            # acts, so the search goes on past it (rule 27)
            found = [a for a in found if not (len(a) == 1 and a.root.tag_ == "PRP$")]
            if found:
                return found
            frontier = [
                c
                for t in frontier
                for c in t.children
                if c.dep_ in deps
                and not own_clause(c)
                and not (skip_owned_acts and owned_act_clause(c))
                and not self.trading_clause(c, tok_actor)
                and not (c.dep_ == "poss" and self.others_of(t))  # rule 212: not Washington in "Washington's allies"
                and not self.meeting_place(c)
                and not self.information_topic(c, True)
                # rule 253f: the mediator a meeting's participle names ("the EU-mediated talks with Y") is no party
                and not self.triggers.mediating_participle(c)
            ]
            if not frontier:
                break
        return []

    def trading_clause(self, clause: Token, tok_actor: dict[int, Span]) -> bool:
        """Rule 354, a participle of buying or trading (`trading_clause_verbs`) on an unnamed noun ("sanctions on
        countries buying Russian oil") or the "of" goods of a buyer noun (`trading_party_nouns`: "tariffs on buyers
        of Venezuelan crude"): it says who the buyers are by the goods' seller, their partner, who is not the party
        acted on."""
        head = clause.head
        if head.i in tok_actor or head.pos_ not in ("NOUN", "PRON"):
            return False
        if clause.dep_ == "prep":
            return clause.lower_ == "of" and head.lemma_.lower() in self.lex.trading_party_nouns
        return clause.dep_ == "acl" and clause.lemma_.lower() in self.lex.trading_clause_verbs

    def background_occasion(self, prep: Token) -> bool:
        """Rule 296: whether ``prep`` is a phrase of rule 185's `background_nouns` ("on the anniversary of Y's
        invasion", "in the wake of Y's strikes"): the occasion of the act, an earlier act named there, whose doer is no
        party the act is done to ("On the anniversary of China's crackdown, Taiwan's president urged young people to
        ..." has no target)."""
        return prep.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in self.lex.background_nouns for p in prep.children
        )

    def meeting_place(self, prep: Token) -> bool:
        """Rule 243a: whether ``prep`` is the place phrase (`meeting_place_preps`: "in") of a meeting noun (a trigger
        noun coded 04: talks, negotiations, a summit), which says where the meeting is held, not a party an act on
        the meeting is toward: "walked out of talks with Russia in Istanbul" walks out on Russia, not Turkey. An
        agent noun (`agent_nouns`: mediator, observer) is no meeting: "withdraw as mediator in Colombia" is toward
        Colombia."""
        head = prep.head
        return (
            prep.dep_ == "prep"
            and prep.lower_ in self.lex.meeting_place_preps
            and head.i != prep.i
            and head.pos_ in ("NOUN", "PROPN")
            and self.lex.nouns.get(head.lemma_.lower(), "").startswith("04")
            and head.lemma_.lower() not in self.lex.agent_nouns  # "mediator in Colombia": the party mediated for
        )

    def destination(self, verb: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Where a transfer verb (`needs_object`: send, give, supply, return, ...) sends its object when the
        parser hung the "to"/"into" phrase (`mission_preps`) anywhere inside the object's phrase, through
        conjuncts and of-phrases ("sent vehicles and a team of paratroopers to Lebanon"), not inside a clause of
        its own (rule 33): the first such phrase naming an actor, in word order."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        inside = [
            t
            for obj in objects
            for t in obj.subtree
            if not any(a.dep_ in CLAUSE_DEPS or own_clause(a) for a in self.path_to(t, obj))
        ]
        for prep in sorted(inside, key=lambda t: t.i):
            if prep.dep_ == "prep" and prep.lower_ in self.lex.mission_preps:
                found = [a for p in prep.children if p.dep_ == "pobj" for a in self.actors(p, tok_actor)]
                if found:
                    return found
        return []

    def edge_destination(self, verb: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Where a transfer verb sends its object when the parser hung the closing "to" phrase inside a clause
        of the object's (rule 42): "returned 40 vases that date back to the fifth century to Greece", "a
        painting stolen in 1940 from a museum to Poland", "a mask engraved with the face of a king to Egypt",
        or inside a participle set off after the object ("a crown, missing since 1868, to Ethiopia"). The
        phrase must close its clause and must not be a verb's own first "to" complement ("refugees who fled to
        Kenya", "a statue that belonged to a temple"): it hangs on a noun, follows a comma, or follows another
        "to" phrase of the same word."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not objects:
            return []
        clauses = [t for obj in objects for t in obj.subtree if t.dep_ in ("acl", "relcl")]
        clauses += [
            c
            for c in verb.children
            if c.dep_ == "advcl" and c.left_edge.i > objects[0].i and verb.doc[c.left_edge.i - 1].text == ","
        ]
        for clause in clauses:
            edge = clause.right_edge.i
            for prep in clause.subtree:
                if prep.dep_ != "prep" or prep.lower_ != "to" or not closes(prep, edge):
                    continue
                # "that date back to 640 to Peru": the first "to" may hang on "back", the second on "date"
                earlier = any(t.dep_ == "prep" and t.lower_ == "to" and t.i < prep.i for t in clause.subtree)
                if prep.head.pos_ in ("VERB", "AUX") and not earlier and verb.doc[prep.i - 1].text != ",":
                    continue
                found = [a for p in prep.children if p.dep_ == "pobj" for a in self.actors(p, tok_actor)]
                if found:
                    return found
        return []

    def located_recipients(self, head: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The place where the recipients of ``head``'s "to"/"for" phrase are (`recipient_preps`, rule 47c), when
        the recipients name no party: the first actor in word order under an "in" phrase inside the recipients'
        phrase, through participles and part nouns ("people affected by the floods in Y", "people in parts of Y"),
        never inside a clause with a subject of its own or a relative clause; with its conjuncts ("in A and B")."""
        for prep in head.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in self.lex.recipient_preps:
                continue
            for recipient in prep.children:
                if recipient.dep_ != "pobj" or recipient.i in tok_actor:
                    continue
                for place in recipient.subtree:
                    if place.i == recipient.i or place.i not in tok_actor or place.dep_ != "pobj":
                        continue
                    path = self.path_to(place, recipient)
                    if any(a.dep_ in ("relcl", "advcl", "ccomp") or own_clause(a) for a in path):
                        continue
                    if any(a.dep_ == "prep" and a.lower_ == "in" for a in path):
                        return self.actors(place, tok_actor)
        return []

    def affiliated_targets(self, nouns: list[Token], tok_actor: dict[int, Span]) -> list[Span]:
        """The parties a measure is aimed at through an affiliation (rule 49a): of ``nouns`` (what the measure falls
        on) and their conjuncts, those that name no party themselves but carry a participle of affiliation
        (`affiliation_participles`) whose "to" / "with" / "by" phrase (`affiliation_preps`) does: "sanctions on
        companies linked to Y's military", "on Z and other firms tied to Y", "on banks owned by the Y government".
        Only a participle on the noun itself, never a relative clause ("companies that supply Y") or a clause
        with a subject of its own."""
        found: list[Span] = []
        for obj in nouns:
            for noun in (obj, *obj.conjuncts):
                if noun.i in tok_actor:
                    continue
                for participle in noun.children:
                    if (
                        participle.dep_ != "acl"
                        or participle.tag_ not in ("VBN", "VBG")
                        or participle.lemma_.lower() not in self.lex.affiliation_participles
                        or own_clause(participle)
                    ):
                        continue
                    found.extend(
                        a
                        for phrase in participle.children
                        if phrase.dep_ in ("prep", "agent") and phrase.lower_ in self.lex.affiliation_preps
                        for p in phrase.children
                        if p.dep_ == "pobj"
                        for a in self.actors(p, tok_actor)
                    )
        return list(dict.fromkeys(found))

    @staticmethod
    def path_to(tok: Token, top: Token) -> list[Token]:
        """``tok`` and its heads up to, not including, ``top`` (``tok`` is in ``top``'s subtree)."""
        path = []
        while tok.i != top.i and tok.head.i != tok.i:
            path.append(tok)
            tok = tok.head
        return path

    def prep_targets(self, prep: Token, tok_actor: dict[int, Span], weak: list[Span]) -> list[Span]:
        word = prep.lower_
        if word == "from" and self.triggers.eased_measure_prep(prep):
            # "sought an exemption from US sanctions": the measure's owner, who would ease it (rule 261c)
            return [a for p in prep.children if p.dep_ == "pobj" for a in self.actors(p, tok_actor)]
        attack_place = self.attack_place_phrase(prep)
        if (
            word not in self.lex.preps
            and not self.containment(prep)
            and not attack_place
            and not self.bombing_place_phrase(prep)  # "blew himself up outside Y's embassy" (rule 395)
        ) or word == "between":
            return []
        if self.background_occasion(prep):
            return []  # "On the anniversary of Y's invasion, X urged ...": an occasion, no party (rule 296)
        if self.answered_plan(prep):
            return []  # "rejected Ukraine's counter-proposal to the US peace plan": the plan answered (rule 261b)
        if self.information_topic(prep):
            return []  # "agreed to share information on North Korea": what the information is about (rule 85c)
        if self.meeting_topic(prep):
            return []  # "held talks on Ukraine", "a phone call on North Korea": what is discussed (rule 178f)
        if word in self.lex.venue_preps and self.actor_object(prep.head, tok_actor):
            return []  # "condemned Israel at the United Nations": where, beside the party acted on (rule 185)
        objs = [p for p in prep.children if p.dep_ == "pobj" and not self.partisan_side(prep, p, tok_actor)]
        if word in self.lex.co_agent_preps:
            # "tightened the blockade with Albania's help": a helper, not the one acted on
            objs = [p for p in objs if not (own_agent(p) and self.triggers.trigger(p) is not None)]
            # "held talks with Egyptian mediation": a third party's mediation, not a partner (rule 94)
            objs = [p for p in objs if p.lemma_.lower() not in self.lex.mediation_nouns]
        found = [a for p in objs for a in self.actors(p, tok_actor)]
        if self.triggers.spoke_in_defence(prep.head.lemma_.lower(), prep) is not None:
            return found  # "spoke out in defence of Y's programme": the party defended (rule 192j)
        if word in self.lex.weak_preps or (attack_place and word not in self.lex.preps):
            # a weak preposition gives a target only when it names the actor itself ("intervention in
            # Syria"), not a thing of the actor's ("in US policy")
            named = {t.i for p in prep.children if p.dep_ == "pobj" for t in [p, *p.conjuncts]}
            if attack_place:
                # rule 309: a nominal attack's place phrase names the place through its place noun too: "Russia's
                # offensive in the Zaporizhzhia region", "in the city of Rafah"
                named |= {t.i for i in list(named) for t in self.named_place_of(prep.doc[i])}
            # rule 375: the places coordinated with the place inside a named composed mention are named with it, as
            # after a strong preposition (rule 40): "support for farmers in Kenya and Uganda" KENAGR and UGA
            named |= {
                a.root.i for i in list(named) if i in tok_actor for a in self.place_conjuncts(tok_actor[i], tok_actor)
            }
            weak.extend(a for a in found if a.root.i in named)
            return []
        return found

    def attack_place_phrase(self, prep: Token) -> bool:
        """Rule 309, whether ``prep`` is an `attack_place_preps` phrase ("in", "near", "at", "outside") hung on a
        nominal attack itself (a noun trigger of a `casualty_act_roots` code): "Russia's new offensive near
        Pokrovsk", whose place, read as a weak target ("near", "outside" as "in" already was), is the party acted on
        when no "on" / "against" party is named ("Russia's attack on Kyiv near ..." keeps Kyiv); "at" stays strong."""
        head = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in self.lex.attack_place_preps or head.pos_ not in ("NOUN", "PROPN"):
            return False
        trig = self.triggers.trigger(head)
        return trig is not None and trig.kind == "noun" and trig.code[:2] in self.lex.casualty_act_roots

    def bombing_place_phrase(self, prep: Token) -> bool:
        """Rule 395, whether ``prep`` is a `bombing_place_preps` phrase ("outside", "inside", "near", "beside") hung on
        a verb whose trigger is a bombing (`armed_bombing_code`, 183x): where the bomb was aimed, a strong target as
        the bombing's "at" phrase is (rule 388a): "a suicide bomber blew himself up outside the Saudi consulate in
        Aden" aims at Saudi Arabia's post, though the parser hangs "in Aden" (a weak target) on the verb too."""
        head = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in self.lex.bombing_place_preps or head.pos_ not in ("VERB", "AUX"):
            return False
        trig = self.triggers.trigger(head)
        return trig is not None and trig.code.startswith(self.lex.armed_bombing_code)

    def named_place_of(self, noun: Token) -> list[Token]:
        """Rule 309, the place names of a place noun (`state_strike_place_nouns`): its compound ("the Kharkiv
        region") or its "of" object ("the city of Rafah"); none for any other noun."""
        if noun.lemma_.lower() not in self.lex.state_strike_place_nouns:
            return []
        return [c for c in noun.children if c.dep_ == "compound"] + prep_objects(noun, "of")

    def answered_plan(self, prep: Token) -> bool:
        """Rule 261b, whether ``prep`` is the "to" phrase of a proposal that answers another one: its object an
        `accepted_proposal_nouns` noun (plan, proposal, offer), hung on such a noun or on the verb whose object is one
        ("rejected Ukraine's counter-proposal to the US peace plan", the parser putting "to" on the verb). The plan
        answered is no addressee, its owner no party of the act on the answer; "agreed to the US plan" (no proposal
        object) keeps its target."""
        nouns = self.lex.accepted_proposal_nouns
        if prep.lower_ != "to" or not any(p.dep_ == "pobj" and p.lemma_.lower() in nouns for p in prep.children):
            return False
        head = prep.head
        objects = [head] if head.pos_ in ("NOUN", "PROPN") else [c for c in head.children if c.dep_ in OBJ_DEPS]
        return any(o.lemma_.lower() in nouns for o in objects)

    def actor_object(self, verb: Token, tok_actor: dict[int, Span]) -> bool:
        """Whether the verb ``verb`` takes an actor as its direct object ("condemned Israel")."""
        return verb.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "obj") and self.actors(c, tok_actor) for c in verb.children
        )

    def partisan_side(self, prep: Token, noun: Token, tok_actor: dict[int, Span]) -> bool:
        """Whether ``noun`` under ``prep`` is the side someone is on (`partisan_nouns` under `partisan_preps`),
        which names an ally, not a target: "fought on the side of Y", "on Y's side", "on the Y side" (docs/events.md
        rule 167). A side whose "of" phrase names no actor is a place: "on the Syrian side of the border". A party a
        fight verb fights "for" is the side fought for too: "sent troops to fight for Russia" (rule 229), unless it is a
        place fought over (:meth:`TriggerMatcher.fought_over`): "fought for Bakhmut" fights its holder."""
        if (
            prep.lower_ in self.lex.partisan_fight_preps
            and prep.head.pos_ == "VERB"
            and prep.head.lemma_.lower() in self.lex.partisan_fight_verbs
        ):
            return not TriggerMatcher.fought_over(noun, prep.head)  # "fought for Bakhmut": its holder is fought
        if prep.lower_ not in self.lex.partisan_preps or noun.lemma_.lower() not in self.lex.partisan_nouns:
            return False
        owners = [
            p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
        ]
        return all(p.i in tok_actor or any(t.i in tok_actor for t in p.subtree) for p in owners)

    def containment(self, prep: Token) -> bool:
        """Whether ``prep`` is a `containment_preps` phrase ("around") of a containment noun (blockade, siege,
        cordon), hung on the noun or on the verb whose object the noun is: "imposed blockades around Y's towns" acts
        on the towns (rule 89b)."""
        if prep.lower_ not in self.lex.containment_preps:
            return False
        head = prep.head
        nouns = [head] if head.pos_ in ("NOUN", "PROPN") else [c for c in head.children if c.dep_ in OBJ_DEPS]
        return any(n.lemma_.lower() in self.lex.containment_nouns for n in nouns)

    def information_topic(self, prep: Token, remarks_only: bool = False) -> bool:
        """Whether ``prep`` is a topic phrase ("on", "about", ...) of an information noun, hung on the noun or on
        the verb whose object the noun is: "share intelligence on Y", "shared data with Z about Y" (rule 85c); of a
        remark noun (`speech_topic_nouns`): "protested remarks by X on Taiwan" (rule 261d). ``remarks_only``: the remark
        nouns alone (the nested search, where "passed intelligence on the plot to Y" hangs Y inside the topic)."""
        if prep.lower_ not in self.lex.talk_topic_preps:
            return False
        head = prep.head
        nouns = [head] if head.pos_ in ("NOUN", "PROPN") else [c for c in head.children if c.dep_ in OBJ_DEPS]
        # rule 261d: "remarks by X on Y"; rule 277b: "Washington's stance on the talks"
        return any(
            self.lex.said_about(n) or (not remarks_only and n.lemma_.lower() in self.lex.information_nouns)
            for n in nouns
        )

    def meeting_topic(self, prep: Token) -> bool:
        """Whether ``prep`` is a topic phrase ("on", "about", ...) of a meeting noun (a trigger noun coded 04, or a
        phone call), hung on the noun or on the verb whose object the noun is: "A and B held talks on Y", "A held a
        phone call with B on Y" discuss Y, they do not meet it (rule 178f)."""
        if prep.lower_ not in self.lex.talk_topic_preps:
            return False
        head = prep.head
        if self.partnered_meeting_verb(head):
            return True  # "consulted Jordan on the Gaza crisis": what is discussed with the partner (rule 371c)
        nouns = [head] if head.pos_ in ("NOUN", "PROPN") else [c for c in head.children if c.dep_ in OBJ_DEPS]
        return any(self.lex.nouns.get(n.lemma_.lower(), "").startswith("04") or phoned(n) for n in nouns)

    def partnered_meeting_verb(self, verb: Token) -> bool:
        """Rule 371c, whether ``verb`` is a consultation verb (a verb trigger of a `topic_meeting_codes` code: meet,
        consult, confer, discuss, negotiate; not "call", whose "called on Y" is an appeal's addressee) that names its
        partner as its direct object or in a `speak_preps` ("with") phrase: its topic phrase ("consulted Jordan on
        the Gaza crisis", "negotiated with Y over the border") is what is discussed, as a meeting noun's is (rule
        178f)."""
        if verb.pos_ != "VERB" or self.lex.verbs.get(verb.lemma_.lower()) not in self.lex.topic_meeting_codes:
            return False
        return any(
            c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in self.lex.speak_preps) for c in verb.children
        )

    def hosted(self, targets: list[Span], tok_actor: dict[int, Span]) -> list[Span]:
        """Troops, forces or aid sent or offered *to* a mission, force or operation (`mission_nouns` under
        `mission_preps`, for triggers of `mission_roots`) act toward where its "in" phrase says, not toward the
        organisation whose mission it is (docs/events.md rule 33): "sending troops to the UN peacekeeping force in
        South Sudan", "ready to contribute troops to the NATO-led force in Afghanistan". A target named as the
        mission's modifier gives way to the place; an attack or an appeal keeps the organisation."""
        out: list[Span] = []
        for target in targets:
            chain = [target.root, *target.root.ancestors]  # "the UN mission" may be one actor span, or "UN" in it
            mission = next(
                (
                    t
                    for t in chain
                    if t.lemma_.lower() in self.lex.mission_nouns
                    and t.head.lower_ in self.lex.mission_preps
                    # rule 233a: "in response to the US deployment in Germany" answers a deployment, no mission
                    # forces are sent to
                    and t.head.head.lemma_.lower() not in self.lex.response_nouns
                ),
                None,
            )
            if mission is None or not all(t.dep_ in MOD_DEPS for t in chain[: chain.index(mission)]):
                out.append(target)
                continue
            places = self.prep_actors(mission, "in", tok_actor)
            out.extend(places or [target])
        return list(dict.fromkeys(out))

    def between(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        found: list[Span] = []
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ("between", "among"):
                continue
            heads = [a for p in c.children if p.dep_ == "pobj" for a in self.actors(p, tok_actor)]
            if len({primary(a.label_) for a in heads}) < 2:
                # "between Trump and Russian leader Vladimir Putin" parsed with Trump as a modifier deep
                # inside the object: "between" names both parties, so take every actor in its phrase
                seen: set[int] = set()
                heads = []
                for t in c.subtree:
                    span = tok_actor.get(t.i)
                    if span is not None and span.start not in seen and not located(span) and not self.in_area(span):
                        seen.add(span.start)  # not "in Hungary": a place
                        heads.append(span)
            found.extend(heads)
        return found

    def in_area(self, actor: Span) -> bool:
        """Whether ``actor`` names where something is by the "of" phrase of a place part that is itself the object
        of "in" or "at": "between police and protesters in the capital city of Manama" (rule 39)."""
        tok = actor.root
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        part = tok.head.head
        return part.lemma_.lower() in self.lex.area_nouns and part.dep_ == "pobj" and part.head.lower_ in ("in", "at")

    def area_places(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The actors of the "in" phrase of a generic place part (`area_nouns`) that an act of force ``tok`` (or
        the verb a nominal trigger is an argument of) is aimed at by its object or a target preposition:
        "airstrikes on areas in the Gaza Strip", "shelled villages in southern Lebanon" (rule 39)."""
        heads = [tok]
        gov = self.governor(tok) if tok.pos_ == "NOUN" else None
        if gov is not None:
            heads.append(gov)
        found: list[Span] = []
        for head in heads:
            aimed = [c for c in head.children if c.dep_ in ("dobj", "obj")]
            aimed += [p for c in head.children if c.dep_ == "prep" and c.lower_ in self.lex.preps for p in c.children]
            for noun in aimed:
                for part in (noun, *noun.conjuncts):
                    if part.dep_ in ("dobj", "obj", "pobj", "conj") and part.lemma_.lower() in self.lex.area_nouns:
                        found.extend(self.prep_actors(part, "in", tok_actor))
        return list(dict.fromkeys(found))

    def claimed_places(self, noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The actors of the place phrase (`claimed_place_preps`: in, throughout, across) of a nominal act whose
        responsibility is claimed or borne ("responsible for mass killings, rapes and abductions throughout Y"; the
        phrase may hang on the first of conjoined acts); none for an act under anything else ("condemned the attack
        in Y": who attacked is not said)."""
        first = noun
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if not self.modality.claimed(first):
            return []
        found = [
            a
            for head in dict.fromkeys((noun, first))
            for word in self.lex.claimed_place_preps
            for a in self.prep_actors(head, word, tok_actor)
        ]
        return list(dict.fromkeys(found))

    def origin(self, noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The actor a nominal event comes from, named by "from" ("threats from former president X",
        "pressure from Washington"): only an actor the phrase names itself, not one inside it."""
        found: list[Span] = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                named = {t.i for p in c.children if p.dep_ == "pobj" for t in [p, *p.conjuncts]}
                found.extend(
                    a for p in c.children if p.dep_ == "pobj" for a in self.actors(p, tok_actor) if a.root.i in named
                )
        return found

    def givers(self, verb: Token, goods: Token, tok_actor: dict[int, Span], owned: bool = True) -> list[Span]:
        """Who gave what a receiving verb's object names (rule 68d): the verb's or the object's "from" phrase
        ("received weapons from Poland", "received aid from the US") or, when ``owned``, the object's owner
        ("received US aid"); people or the dead returned are not their owner's to give ("received the bodies of
        Ukrainian soldiers from Russia": only Russia, rule 276a)."""
        contents = [
            o
            for p in goods.children
            if p.dep_ == "prep" and p.lower_ in self.lex.goods_content_preps
            for o in p.children
        ]
        return (
            self.prep_actors(verb, "from", tok_actor)
            + self.prep_actors(goods, "from", tok_actor)
            # "received a shipment of vaccines from Russia": the "from" phrase hung on the container's contents
            + [a for c in contents for a in self.prep_actors(c, "from", tok_actor)]
            + (self.owners(goods, tok_actor)[0] if owned else [])
            # "took delivery of Chilean helicopters"
            + ([a for c in contents for a in self.owners(c, tok_actor)[0]] if owned else [])
        )

    def goods_agents(self, goods: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The "by" agent of a gift that the parser hung as a plain preposition, not an agent, on the passive verb,
        the goods or their container's "of" object ("was given a shipment of bombs by the United States", rule 145)."""
        words = [goods] + [o for p in goods.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        if goods.head.lower_ == "with":
            words.append(goods.head.head)  # "was supplied with shells by Germany": "by" hung on the verb as a prep
        elif goods.dep_ in ("dobj", "obj"):
            words.append(goods.head)  # "was sent food aid by France"
        return [a for w in words for a in self.prep_actors(w, "by", tok_actor)]

    def unnamed_agent(self, noun: Token, tok_actor: dict[int, Span]) -> bool:
        """Whether a nominal event names its own agent by a modifier that has no actor code ("Western
        support for Kyiv", "the Gazprom offer"): then its agent is not the governing clause's subject."""
        if not self.lex.unnamed_agent_labels:
            return False
        proper_adj = noun.text[:1].islower()  # title-case headlines capitalise every word
        return any(
            (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in self.lex.unnamed_agent_labels)
            or (c.dep_ == "amod" and proper_adj and c.pos_ == "ADJ" and c.text[:1].isupper() and not c.is_sent_start)
            or (c.dep_ == "poss" and c.ent_type_ in PARTY_ENTS)  # not "Saturday's meeting"
            for c in noun.children
            if c.i not in tok_actor and c.lower_ not in self.lex.topic_adjs
        )

    def co_agent(self, noun: Token) -> bool:
        """A nominal event with its own agent in a "with" phrase of a clause ("... with Albania's help")."""
        return noun.dep_ == "pobj" and noun.head.lower_ in self.lex.co_agent_preps and own_agent(noun)

    def placed(self, actor: Span, noun: Token) -> bool:
        """Whether ``actor`` is where the nominal event at ``noun`` happened ("war crimes at The Hague"):
        the object of a place preposition of the noun itself."""
        root = actor.root
        while root.dep_ in ("compound", "amod", "nmod", "poss") and not is_root(root):
            root = root.head
        return root.dep_ == "pobj" and root.head.lower_ in self.lex.nominal_place_preps and root.head.head.i == noun.i

    def responding_clause(self, noun: Token) -> Token | None:
        """The verb of a clause that answers a nominal act: "despite X's threats" (a `response_preps` word),
        "in response/reply to X's threats" (a `response_nouns` word under "in")."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        prep = noun.head
        if prep.lower_ in self.lex.response_preps:
            head = prep.head
        elif prep.lower_ == "to" and prep.head.lemma_.lower() in self.lex.response_nouns:
            outer = prep.head
            if outer.dep_ != "pobj" or outer.head.dep_ != "prep" or outer.head.lower_ != "in":
                return None
            head = outer.head.head
        else:
            return None
        return head if head.pos_ in ("VERB", "AUX") else None

    def governor(self, noun: Token) -> Token | None:
        """The verb a nominal trigger is an argument of ("imposed sanctions", "held talks with")."""
        tok = noun
        for _ in range(3):
            if tok.dep_ in ("dobj", "obj", "attr", "oprd", "nsubjpass", "dative"):
                return tok.head if tok.head.pos_ in ("VERB", "AUX") else None
            if tok.dep_ == "acomp" and tok.lemma_.lower() in self.lex.responsibility_words and tok is not noun:
                # "X is responsible for the killings": the act is the copula's subject's (rule 41)
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
                        # "shelled Y's positions despite the ceasefire": a truce is a state of affairs, no contact
                        # made then (rule 187)
                        contact = contact and lemma not in self.lex.truce_nouns
                        return head if contact else None  # contacts and visits: "during a visit to Turkey"
                    if tok is noun and (signing := self.signed_at_meeting(noun)) is not None and signing.i == head.i:
                        return head  # rule 410d: "the treaty that A and B signed at their summit in C": A and B met
                    if prep == "for" and arrival_verb(noun, self.lex) is not None:
                        return head  # "traveled to X for talks with Y": the traveller talks
                    if prep in ("for", "on") and self.protest_noun(noun):
                        return head  # "were converging for a rally", "went on hunger strike" (rule 29)
                    if prep == "on" and noun.lemma_.lower() in self.lex.labour_strike_words:
                        # "teachers went on strike", "doctors are on strike": the subject strikes (its doers
                        # decide a labour strike, 143, rule 78b)
                        return head
                    if prep == "on" and self.triggers.lifts_reduction(head):
                        # "lifted the freeze on aid to Y", "on" hung on the verb: the aid resumed is the lifter's
                        # act, as with "on" on the freeze (rule 177d)
                        return head
                    if self.triggers.listed_on_blacklist(head, tok.head, tok):
                        return head  # "placed Chinese chipmakers on its entity list": a party blacklisted (rule 301a)
                    if prep in self.lex.adopted_measure_preps and self.triggers.adopted_measure(head, head.lemma_):
                        return head  # "agreed on a new sanctions package against Y": the measure adopted (rule 294)
                    if (
                        prep == "as"
                        and head.lemma_.lower() in self.lex.acting_verbs
                        and noun.lemma_.lower() in self.lex.agent_nouns
                    ):
                        # "acted as mediator between A and B": the one who acts in the role does its act (rule 192g)
                        return head
                    if prep == "with" and done_response(head, self.lex):
                        # "X responded to Y's move with a ban on Y's imports": the measure is the responder's
                        # act (rule 131b)
                        return head
                    if prep == "with" and tok is noun and self.triggers.presented_settlement_plan(noun):
                        # "presented Zelensky with the 28-point plan": the plan is the proposer's, put to the
                        # verb's object (rule 268)
                        return head
                    return head if prep in ("through", "in", "via", "into", "to") else None
                tok = head
                continue
            if tok.dep_ == "conj":
                tok = tok.head
                continue
            return None
        return None

    def signed_at_meeting(self, noun: Token) -> Token | None:
        """Rule 410d: the verb of agreement (its trigger code one of `venue_signing_codes`: 057) done "at" or "during"
        (`signing_occasion_preps`) ``noun``, a meeting (a `recip_nouns` word or a 04 noun, no truce): "the treaty that
        Egypt and Sudan signed at their summit in Riyadh" (the phrase on the verb), "signed an accord at talks in
        Riyadh" (on its object). The meeting is the signers' own, as "during their summit" is (a temporal phrase,
        ``governor``), not a thing the signing was done to (``thing_acted_on``)."""
        lemma = noun.lemma_.lower()
        contact = lemma in self.lex.recip_nouns or self.lex.nouns.get(lemma, "")[:2] == "04"
        if not contact or lemma in self.lex.truce_nouns or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        if noun.head.lower_ not in self.lex.signing_occasion_preps:
            return None
        verb = noun.head.head
        if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj"):
            verb = verb.head  # "signed an accord at talks": the parser hangs the phrase on the object
        if verb.pos_ != "VERB":
            return None
        trig = self.triggers.trigger(verb)
        return verb if trig is not None and trig.code in self.lex.venue_signing_codes else None

    def is_reciprocal(self, trig: Trigger, inner: Trigger | None) -> bool:
        """Whether the act is mutual before its arguments are read (rules 5, 12, 45): a reciprocal trigger, the
        reciprocal act a non-wrapper trigger carries ("held talks"), a reciprocal phrase object, and for the
        ``intent`` wrapper on "agree" the wrapped act ("A and B agreed" and "agreed to hold joint exercises" are
        mutual, "agreed to provide aid for B" is an offer to B). The steps may still change it."""
        tok = trig.token
        lex = self.lex
        reciprocal = (trig.kind == "verb" and tok.lemma_.lower() in lex.recip_verbs) or (
            trig.kind == "noun"
            and tok.lemma_.lower() in lex.recip_nouns
            # "its calls to lift sanctions on Y", "calls for talks with Y": a call that asks for an act is one
            # party's appeal, not a phone call between two (rule 45)
            and not (trig.wrapper is not None and inner is not None)
        )
        # arms produced jointly are produced by both ("A and B began joint production of drones", rule 275b), as a
        # joint exercise is held by both
        reciprocal = reciprocal or (trig.kind == "noun" and self.triggers.joint_production(tok, tok.lemma_.lower()))
        # a plan drafted together is bargained over by both ("A and B drafted a peace plan", rule 283c)
        reciprocal = reciprocal or (trig.kind == "noun" and self.triggers.jointly_drafted(tok))
        if inner is not None and trig.wrapper is None:
            reciprocal = reciprocal or (
                (low := inner.token.lemma_.lower()) in lex.recip_nouns or low in lex.recip_verbs
            )
        if trig.phrase_obj is not None and trig.code != lex.event_boycott_code:
            # a boycott of talks ("walked out of the talks with Y", rule 86b) is one party's act toward the other
            reciprocal = reciprocal or trig.phrase_obj.lemma_.lower() in lex.recip_nouns
        if trig.wrapper is not None and trig.wrapper.name == "intent" and tok.lemma_ == "agree":
            reciprocal = inner is None or (
                (low := inner.token.lemma_.lower()) in lex.recip_nouns
                or low in lex.recip_verbs
                # "A and B agreed to hold talks": the wrapped act's reciprocal phrase object, as "A and B held
                # talks" is mutual through it (rule 90e)
                or (inner.phrase_obj is not None and inner.phrase_obj.lemma_.lower() in lex.recip_nouns)
            )
        return reciprocal

    def own_pair_counterparts(
        self, trig: Trigger, inner: Trigger | None, sources: list[Span], tok_actor: dict[int, Span]
    ) -> list[Span]:
        """Rule 51b: a verb's act that names no target but speaks of a "between" pair holding the source's own
        party (in its clause, its wrapped act or the clauses below it) is toward the pair's other party: "X
        warned that the tests would harm relations between X and Y", "X proposed an extension of the treaty,
        offering a reprieve for the accord between Y and X" (X -> Y). A pair without the source's party ("X
        warned that the war between A and B ...") or with more than one other party names no target. Rule 203: an
        appeal's pair on a dividing place or structure (`pair_place_nouns`: "called for work on the border wall
        between X and Y") is where the thing asked for lies, not a party asked, and names no target."""
        if trig.kind != "verb":
            return []
        own = {country_part(s.label_) for s in sources}
        heads = [trig.token] + ([inner.token] if inner is not None else [])
        appeal = trig.code.startswith("02")
        pairs = [
            self.between(t.head, tok_actor)
            for h in heads
            for t in h.subtree
            if t.dep_ == "prep" and t.lower_ == "between" and not (appeal and self.pair_place(t, inner))
        ]
        for pair in pairs:
            others = [a for a in pair if country_part(a.label_) not in own]
            if others and len(others) < len(pair) and len({country_part(a.label_) for a in others}) == 1:
                return others
        return []

    def moved_force_owners(self, trig: Trigger, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 51a: forces moved up to another party that are their verb's subject and name no actor belong to
        the subject of their relative clause of sending (`force_senders`): "the warships that X sent have moved
        closer to Y", "the troops X ordered to redeploy moved near Y" (X); "the ships X built" names no owner."""
        if not self.triggers.moved_force(trig):
            return []
        for subj in trig.token.children:
            if subj.dep_ != "nsubj":
                continue
            for clause in subj.children:
                if clause.dep_ == "relcl" and clause.lemma_.lower() in self.lex.force_senders:
                    owners = [a for c in clause.children if c.dep_ == "nsubj" for a in self.actors(c, tok_actor)]
                    if owners:
                        return owners
        return []

    def moved_force_targets(self, trig: Trigger, inner: Trigger | None, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 51a: the party named by the place that forces are moved up to (`TriggerMatcher.force_move`), for
        the verb itself or the act a wrapper orders: "moved troops closer to Y's border", "positioned warships
        near Y", "ordered two carriers to be positioned in waters near Y" (Y). Any other trigger: none."""
        for act in (trig, inner):
            if act is not None and act.phrase_obj is not None and self.triggers.moved_force(act):
                return self.actors(act.phrase_obj, tok_actor)
        return []

    def arguments(
        self, trig: Trigger, inner: Trigger | None, tok_actor: dict[int, Span]
    ) -> tuple[list[Span], list[Span], bool]:
        """(sources, targets, reciprocal) of ``trig`` (``inner``: the act a wrapper trigger wraps): the reciprocal
        decision, then the steps of the trigger's kind (``VERB_STEPS``, ``ADJECTIVE_STEPS``, ``NOUN_STEPS``), then
        the steps every kind shares (``WRAPPED_ACT_STEPS``, ``WHOLE_ACT_STEPS``, ``FALLBACK_TARGET_STEPS``,
        ``FINAL_STEPS``), in that order; a step that settles the answer ends the search (docs/events.md, "The
        argument search")."""
        tok_actor = self.without_approvers(trig, inner, tok_actor)
        search = ArgumentSearch(trig, inner, trig.token, tok_actor, self.is_reciprocal(trig, inner))
        for steps in self.step_phases(trig.kind):
            for step in steps:
                step(self, search)
                if search.done:
                    return search.sources, search.targets, search.reciprocal
        return search.sources, search.targets, search.reciprocal

    def without_approvers(self, trig: Trigger, inner: Trigger | None, tok_actor: dict[int, Span]) -> dict[int, Span]:
        """Rule 406a: ``tok_actor`` less the mentions named only as the party whose approval, consent, blessing,
        backing or help an act had (``approval_phrase``): "shelled Kurdish positions with the approval of Russia",
        "arrested 40 smugglers with the help of Benin", "with Turkey's blessing", "with US backing". Such a party
        allowed or helped the act and is neither its doer nor the party it is done to, so no step of the search sees
        it; the trigger's own approval noun ("sought the approval of Y", a trigger below the phrase) keeps it."""
        if not self.has_approval_phrase(trig.token.doc):
            return tok_actor
        dropped: set[int] = set()
        for mention in dict.fromkeys(tok_actor.values()):
            noun = self.approval_phrase(mention)
            if noun is not None and trig.token.i not in {t.i for t in noun.subtree}:
                dropped.update(range(mention.start, mention.end))
        if not dropped:
            return tok_actor
        return {i: a for i, a in tok_actor.items() if i not in dropped}

    def has_approval_phrase(self, doc: Doc) -> bool:
        """Whether ``doc`` holds an `approver_nouns` noun as the object of an `approver_preps` phrase, the only
        place ``approval_phrase`` can end: read once per document, as each trigger's search asks (issue 14 item 5;
        most documents hold none, and every mention's walk up the parse is then skipped)."""
        if self._approval_doc is not None and self._approval_doc[0] is doc:
            return self._approval_doc[1]
        lex = self.lex
        found = any(
            doc[i].dep_ == "prep"
            and any(c.dep_ == "pobj" and hyphenated(c) in lex.approver_nouns for c in doc[i].children)
            for i in lower_hits(doc, frozenset(lex.approver_preps))
        )
        self._approval_doc = (doc, found)
        return found

    def approval_phrase(self, actor: Span) -> Token | None:
        """Rule 406a, the `approver_nouns` noun whose owner ``actor`` is, when that noun is the object of an
        `approver_preps` phrase ("with the approval of Y", "without the consent of the government of Y", "with Y's
        blessing", "with US backing", a conjunct "of Y and Z" too); None otherwise."""
        lex = self.lex
        tok = actor.root
        for _ in range(ROLE_WORDS_DEPTH + 4):
            if (
                hyphenated(tok) in lex.approver_nouns
                and tok.dep_ == "pobj"
                and tok.head.dep_ == "prep"
                and tok.head.lower_ in lex.approver_preps
                and not actor.start <= tok.i < actor.end
            ):
                return tok
            if is_root(tok):
                return None
            if tok.dep_ in ("compound", "amod", "nmod", "conj", "appos", "poss", "npadvmod"):
                tok = tok.head
            elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep" and not is_root(tok.head):
                tok = tok.head.head
            else:
                return None
        return None

    def step_phases(self, kind: str) -> tuple[tuple[ArgumentStep, ...], ...]:
        """The ordered phases of steps for a trigger of ``kind`` ("verb", "adj", anything else reads as a noun)."""
        own = {"verb": self.VERB_STEPS, "adj": self.ADJECTIVE_STEPS}.get(kind, self.NOUN_STEPS)
        return own, self.WRAPPED_ACT_STEPS, self.WHOLE_ACT_STEPS, self.FALLBACK_TARGET_STEPS, self.FINAL_STEPS

    def other_parties(self, found: list[Span], sources: list[Span]) -> list[Span]:
        """``found`` less the actors that may not be the target of every source (``distinct_actors``; domestic
        pairs as configured): the filter every fallback target search applies."""
        return [t for t in found if all(distinct_actors(s.label_, t.label_, self.domestic) for s in sources)]

    # -- verb triggers ---------------------------------------------------------------------------------------------

    def verb_subject(self, search: ArgumentSearch) -> None:
        """Rules 3 and 10: the verb's subject (inherited, relative, pronoun) is the source, a passive subject the
        target: "Russia invaded Ukraine", "Ukraine was invaded by Russia". A force move with no active subject
        keeps its passive subject for rule 31's ``moved_forces_source``."""
        search.sources, search.targets = self.subject(search.tok, search.tok_actor)
        moved_roots = self.lex.moved_force_roots
        search.moved = [] if search.sources or search.trig.code[:2] not in moved_roots else search.targets

    def participle_source(self, search: ArgumentSearch) -> None:
        """Rule 29, a participle's agent: with no subject, the agent of a participle on the trigger's own subject
        (not one inherited by a clause below it): "the missiles fired by the Israeli military struck ..."."""
        if not search.sources:
            subjects = [c for c in search.tok.children if c.dep_ in SUBJ_DEPS]
            search.sources = self.participle_agents(subjects, search.tok_actor)

    def verb_object_targets(self, search: ArgumentSearch) -> None:
        """Rule 3, objects: the verb's objects, dative and target prepositions are targets: "X sanctioned Y",
        "X sent aid to Y"."""
        search.targets = search.targets + self.targets_of(search.tok, search.tok_actor, judged=True)

    def evacuation_origin_targets(self, search: ArgumentSearch) -> None:
        """Rule 276b, a medical evacuation: a verb phrase of a `patient_evacuation_roots` root whose object reads as a
        patient ("evacuated 50 patients", "airlifted wounded children") with a "from" phrase, on the verb or on the
        patients, is aid to that place's people: the origin is the target, not the "to" destination ("The WHO
        evacuated 50 patients from Gaza to Jordan" IGO -> PSE 073)."""
        trig, lex = search.trig, self.lex
        obj = trig.phrase_obj
        if trig.kind != "verb" or obj is None or trig.code[:2] not in lex.patient_evacuation_roots:
            return
        if not lex.patient_readings & set(self.triggers.phrase_objects(obj)):
            return
        origins = self.prep_actors(search.tok, "from", search.tok_actor) + self.prep_actors(
            obj, "from", search.tok_actor
        )
        if origins:
            search.targets = self.other_parties(origins, search.sources)

    def vessel_owner_targets(self, search: ArgumentSearch) -> None:
        """Rule 235c, a ship acted on through its owner (settles the answer): a `vessel_verbs` verb (board, escort)
        whose object is a ship or warship (`watched_vessels`, `escorted_forces`) is aimed at the ship's owner named
        in the object ("boarded a Russian tanker", "escorted Ukrainian grain ships"), never at a place where the ship
        lies or that it passes ("passengers boarded the vessel in Helsinki", "escorted its tankers through the Gulf
        of Finland": no event). A civilian ship escorted (074) with no owner named keeps its "to" destination:
        "escorted aid ships to Gaza"."""
        verb, lex = search.tok, self.lex
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.vessel_verbs:
            return
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        ships = lex.watched_vessels | lex.escorted_forces
        heads = [h for o in objects for h in self.triggers.object_heads(o)]
        if not any(h.lemma_.lower() in ships or self.triggers.cargo_carrier(h) for h in heads):
            return
        inside = {t.i for o in objects for t in o.subtree}
        owners = [a for a in search.targets if a.root.i in inside]
        if not owners and verb.lemma_.lower() in lex.escort_verbs and search.trig.code != lex.posture_code:
            # "escorted aid ships to Gaza": protection given toward the "to" destination, as before rule 235c
            ends = {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree}
            owners = [a for a in search.targets if a.root.i in ends]
        search.finish(search.sources, self.other_parties(owners, search.sources), search.reciprocal)

    def purchase_beneficiary_targets(self, search: ArgumentSearch) -> None:
        """Rule 244c, arms bought for a third party (settles the answer): an `arms_purchase_verbs` verb coded as the
        gift (`purchase_gift_code`, 072), itself or wrapped ("agreed to buy", "will buy"), is aimed at the party its
        "for" phrase names ("bought US weapons for Ukraine"), not at the seller its object names ("US weapons")."""
        lex = self.lex
        inner = search.inner
        buying = search.trig if search.trig.code == lex.purchase_gift_code else inner
        if buying is None or buying.kind != "verb" or buying.code != lex.purchase_gift_code:
            return
        verb = buying.token
        if verb.lemma_.lower() not in lex.arms_purchase_verbs | lex.purchase_funding_verbs:
            return  # rule 255b: "will fund the purchase of US weapons for Ukraine" as "will buy US weapons for Ukraine"
        found = [a for o in self.triggers.purchase_beneficiaries(verb) for a in self.actors(o, search.tok_actor)]
        targets = self.other_parties(found, search.sources)
        if targets:
            search.finish(search.sources, targets, search.reciprocal)

    def deadline_set_targets(self, search: ArgumentSearch) -> None:
        """Rule 248a, a deadline set for a party (settles the answer): an ultimatum (139) of a `deadline_set_verbs`
        verb is aimed at the subject of its for-to clause ("Trump set a deadline for Kyiv to accept the plan":
        USA -> UKR), the party that must act by then."""
        trig, lex = search.trig, self.lex
        if (
            trig.kind != "verb"
            or trig.code != lex.ultimatum_code
            or trig.token.lemma_.lower() not in lex.deadline_set_verbs
        ):
            return
        found = [a for p in self.triggers.deadline_parties(trig.token) for a in self.actors(p, search.tok_actor)]
        targets = self.other_parties(found, search.sources)
        if targets:
            search.finish(search.sources, targets, search.reciprocal)

    def arrived_goods_parties(self, search: ArgumentSearch) -> None:
        """Rule 244e, goods arrived from a giver (settles the answer): the giver named in the "from" phrase is the
        source, the place they arrived in the target ("Patriot systems from Germany arrived in Ukraine": Germany
        toward Ukraine), not the goods the subject names."""
        if search.trig.kind != "verb" or search.trig.token.i != search.tok.i:
            return
        givers, places = self.triggers.arrival_giver_phrases(search.tok)
        sources = [a for g in givers for a in self.actors(g, search.tok_actor)]
        targets = self.other_parties([a for p in places for a in self.actors(p, search.tok_actor)], sources)
        if sources and targets:
            search.finish(sources, targets, search.reciprocal)

    def commented_act_doer(self, search: ArgumentSearch) -> None:
        """Rule 98c, the doer of the act a comment is about: a comment verb (`commented_act_codes`: criticism,
        praise, protest, rejection, demand) whose active direct object is an act noun of the lexicon with a "by"
        phrase naming an actor, on the noun or hung by the parser on the verb after it ("China condemned a visit to
        Taiwan by American lawmakers", "criticized the visit to Taiwan by the US speaker"), is aimed at that doer,
        as "condemned the American lawmakers' visit to Taiwan" is, not at a party inside the act's own phrases. Rule
        99c: the passive the same way, the act noun its subject and the doer the noun's own "by" phrase ("the visit
        to Taiwan by US lawmakers was condemned by China"). Rule 372d: an investigation (`investigated_act_roots`) the
        same way, its doer before the place the act noun names ("investigated war crimes by Israeli forces in Gaza"
        -> the forces, not Gaza); rule 213a's struck party stays the comment's alone."""
        verb = search.tok
        commented = any(search.trig.code.startswith(c) for c in self.lex.commented_act_codes)
        # rule 372d: an investigation of an act noun with a "by" doer is aimed at the doer, as a comment is
        investigated = search.trig.code[:2] in self.lex.investigated_act_roots
        if not commented and not investigated:
            return
        # rule 99c: a passive comment ("the visit to Taiwan by US lawmakers was condemned by China") reads as its
        # active: the act noun is the passive subject, and only its own "by" phrase names the doer (the verb's
        # "by" phrase is the verb's own agent, the one who comments)
        passive = any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)
        for obj in (c for c in verb.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "obj"))):
            if not passive:
                obj = self.wished_act_noun(obj) or obj
            # rule 372d: an investigated wrong is such an act too ("war crimes", "corruption": the `wrongs` nouns)
            wrongs = self.lex.accused.refine if investigated and self.lex.accused is not None else {}
            if obj.pos_ != "NOUN" or (obj.lemma_.lower() not in self.lex.nouns and obj.lemma_.lower() not in wrongs):
                continue
            doers = self.by_agents(obj, search.tok_actor)
            if not doers and not passive:
                doers = self.by_agents(verb, search.tok_actor, after=obj.i)
            doers = [
                a for a in doers if all(distinct_actors(s.label_, a.label_, self.domestic) for s in search.sources)
            ]
            if doers:
                search.targets = doers
                return
            if commented and not passive and self.lex.nouns.get(obj.lemma_.lower(), "")[:2] in VIOLENT_ROOTS:
                # rule 213a: the party an act of force commented on falls on is not the one commented on ("condemned
                # the strikes on Iran": no target; "the Israeli strikes on Iran": Israel, the striker)
                # the noun's own phrases, or one the parser hung on the verb after the noun ("condemned the
                # strikes(dobj) on(prep of condemned) Iran")
                phrases = [*obj.children, *(c for c in verb.children if c.i > obj.i)]
                struck = {
                    t.i
                    for p in phrases
                    if p.dep_ == "prep" and p.lower_ in self.lex.struck_party_preps
                    for t in p.subtree
                }
                kept = [a for a in search.targets if a.root.i not in struck]
                if not kept and search.targets:
                    search.finish(search.sources, [], search.reciprocal)  # no one else is made the target
                    return
                search.targets = kept

    def wished_act_noun(self, obj: Token) -> Token | None:
        """Rule 286, the act noun a wish or option noun (`wish_nouns`, `deliberation_nouns`) names by its "of"
        phrase: "the idea of mediation by Y", "the possibility of mediation by Y" name the mediation (the act refused,
        rule 280). None when ``obj`` is no such noun or its "of" phrase holds no act noun of the lexicon."""
        if obj.lemma_.lower() not in self.lex.wish_nouns | self.lex.deliberation_nouns:
            return None
        return next(
            (
                g
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in self.lex.nouns
            ),
            None,
        )

    def discussed_topic_partners(self, search: ArgumentSearch) -> None:
        """Rule 56a, a discussion verb's object is its topic, not a party (settles the answer): for a verb of
        `topic_verbs` the partners are the actors of its own phrases ("X discussed Syria with Y": X <-> Y), else the
        subject's parties among themselves ("Russia and Israel discussed Iran's presence in Syria": RUS <-> ISR);
        the actors of what is discussed are never targets, so one subject with no partner ("X met Y to discuss
        Iran's role", the purpose clause; "X discussed Iran's program") gives no event of its own."""
        if search.trig.kind == "verb" and search.tok.lemma_.lower() in self.lex.topic_verbs:
            self.settle_discussion(search, search.tok, search.targets)

    def wrapped_topic_partners(self, search: ArgumentSearch) -> None:
        """Rule 56a for a wrapped discussion (settles the answer): the partners of the discussion verb a wrapper
        wraps, never what is discussed: "A and B agreed to discuss Y's program" (A <-> B), "X wants to discuss
        Y's neutrality with Z" (X -> Z), "X plans to discuss Y's program" (no target, no event)."""
        inner = search.inner
        if inner is None or search.targets or inner.token.lemma_.lower() not in self.lex.topic_verbs:
            return
        self.settle_discussion(search, inner.token, self.targets_of(inner.token, search.tok_actor, objects=True))

    def settle_discussion(self, search: ArgumentSearch, verb: Token, found: list[Span]) -> None:
        """Rule 56a: end the search with the discussion's partners: ``found`` less the actors of what ``verb``
        discusses (its object, or its passive subject: "Iran's program was discussed by A and B"), plus a partner
        named in a `topic_partner_preps` phrase the parser hung on the object ("discuss Y's neutrality with Z");
        with none, the subject's parties among themselves when there are two or more."""
        discussed = [c for c in verb.children if c.dep_ in OBJ_DEPS or c.dep_ == "nsubjpass"]
        topic = {t.i for c in discussed for t in c.subtree}
        hung = [
            a
            for c in discussed
            for t in c.subtree
            if t.dep_ == "prep" and t.lower_ in self.lex.topic_partner_preps
            for a in self.prep_targets(t, search.tok_actor, [])
        ]
        partners = [a for a in found if a.root.i not in topic] + [a for a in hung if a not in found]
        reciprocal = search.reciprocal or (not partners and len(search.sources) >= 2)
        search.finish(search.sources, partners, reciprocal)

    def gerund_force_source(self, search: ArgumentSearch) -> None:
        """Rules 47b and 50b, a force gerund as the clause's subject: its "by" agent (or, with none, its "from"
        phrase) is the source, as for the noun, and the casualty verb's object the target: "Shelling by Israeli
        forces killed three Lebanese soldiers", "Shelling from Y killed ..."."""
        tok, tok_actor = search.tok, search.tok_actor
        if not search.sources and search.trig.code[:2] in VIOLENT_ROOTS and gerund_subject(tok):
            search.sources = self.by_agents(tok, tok_actor) or self.origin(tok, tok_actor)
            search.targets = [a for a in search.targets if a not in search.sources]
            if search.sources and not search.targets and tok.head.lemma_.lower() in self.lex.casualty_verbs:
                search.targets = [a for a in self.targets_of(tok.head, tok_actor) if a not in search.sources]

    def casualty_gerund_source(self, search: ArgumentSearch) -> None:
        """Rule 79a, a force gerund in a casualty verb's "in" / "during" phrase: its "by" agent is the source and
        the casualty verb's victims the target, as for the nominal attack ("killed in an attack by X"):
        "Civilians in Sudan were killed in shelling by the army" SDNMIL -> SDNCVL (a domestic pair: the army
        is the state, the civilians are not). With no "by" agent, nothing: no attacker is made up."""
        tok, tok_actor = search.tok, search.tok_actor
        if (
            search.sources
            or search.trig.code[:2] not in self.lex.casualty_act_roots
            or tok.tag_ != "VBG"
            or tok.dep_ != "pcomp"
            or tok.head.lower_ not in self.lex.casualty_act_preps
        ):
            return
        sources = self.by_agents(tok, tok_actor)
        victims = [a for a in self.casualties(tok, tok_actor) if a not in sources]
        if sources and victims:
            search.sources, search.targets = sources, victims

    def eased_measure_parties(self, search: ArgumentSearch) -> None:
        """Rule 54a, a measure eased in a passive with no agent reads as its active: the measure's owner is the
        source, the party of its own phrases the target: "EU sanctions on Russia were eased" EU -> RUS 085, as
        "the EU eased sanctions on Russia" (with no owner named, no source: "the embargo against Iran was lifted")."""
        self.agentless_owner_parties(search, self.triggers.eases)

    def reduced_act_parties(self, search: ArgumentSearch) -> None:
        """Rule 55, a cooperative act reduced in a passive with no agent reads as its active: the act's owner is the
        source, its recipient or partner the target: "US aid to Egypt was suspended" USA -> EGY 162, as "the United
        States suspended aid to Egypt" (with no owner named, no source: "aid to Egypt was suspended").

        Rule 96a: for a removal verb (``removal_verbs``) with a "from" phrase the passive subject is the party
        removed, not a cooperative act: what the owner search finds (its owner, its phrases' parties) are all
        targets, and rule 31's ``removal_origin_source`` names the remover by the place: "the American ambassador
        was expelled from Venezuela" VEN -> USAGOV 166 (before: the phrase "expel ambassador", 166, a root of
        reduced relations, made the ambassador a reduced act and his country its owner, the source, with no
        target: no event); "inspectors for the UN agency were expelled from Iran" IRN -> UN 1662 as before."""
        tok = search.tok
        removal = tok.lemma_.lower() in self.lex.removal_verbs
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        # only the passive with no source ("X expelled diplomats from Y": the diplomats are Y's, X the source)
        if not search.sources and removal and subj is not None and self.prep_actors(tok, "from", search.tok_actor):
            before = list(search.targets)
            self.agentless_owner_parties(search, self.triggers.reduces)
            removed = [a for a in search.sources + search.targets if a not in before]
            if not removed:  # "inspectors for the UN's monitoring agency": whom they work for
                preps = sorted(self.lex.removal_member_preps)
                found = [a for p in preps for a in self.prep_actors(subj, p, search.tok_actor)]
                removed = [a for a in dict.fromkeys(found) if a not in before]
            search.sources, search.targets = [], before + removed
            return
        self.agentless_owner_parties(search, self.triggers.reduces)

    def agentless_owner_parties(
        self, search: ArgumentSearch, acts_on: Callable[[Trigger, Trigger | None, Token], bool]
    ) -> None:
        """Rules 54a and 55: for the first passive subject with no agent that the verb acts on (``acts_on``: eases
        or reduces), the subject's owner (possessor, compound, adjective) is the source and the party of its own
        phrases (or its topic adjective) the target; nothing when a source is found already.

        Rule 312: a subject with no such owner has its own "by" phrase as the owner, the doer of the act noun: "a
        planned visit to Cuba by the Canadian prime minister was cancelled" CAN -> CUB 160, as "the Canadian prime
        minister's planned visit to Cuba was cancelled" (before: no source, no event)."""
        if search.sources:
            return
        trig, inner, tok_actor = search.trig, search.inner, search.tok_actor
        for noun in acted_subjects(trig, inner):
            if not acts_on(trig, inner, noun):
                continue
            owners, topics = self.owners(noun, tok_actor)
            owners = owners or self.by_agents(noun, tok_actor)
            parties = topics or self.targets_of(noun, tok_actor, objects=False)
            search.sources = owners
            search.targets = [a for a in parties if a not in owners]
            return

    def partitive_object(self, obj: Token) -> bool:
        """Rule 225: whether ``obj`` is the "of" phrase of a verb's partitive quantity object (`quantity_nouns`):
        "tariffs" in "dropped most of its tariffs", "sanctions" in "lifted some of its sanctions"."""
        quantity = obj.head.head
        return (
            obj.dep_ == "pobj"
            and obj.head.lower_ == "of"
            and quantity.dep_ in OBJ_DEPS
            and quantity.lemma_.lower() in self.lex.quantity_nouns
        )

    def partitive_object_targets(self, search: ArgumentSearch) -> None:
        """Rule 225, a partitive object: with no target found, the target is in the phrases of the "of" noun the
        quantity word stands for, as for the plain object: "Canada dropped most of its tariffs on US goods" CAN ->
        USA 085, as "dropped its tariffs on US goods" (before: the target search stopped at "most", no event)."""
        obj = search.trig.phrase_obj
        if search.targets or obj is None or search.trig.kind != "verb" or not self.partitive_object(obj):
            return
        search.targets = self.targets_of(obj, search.tok_actor, objects=False)

    def own_measure_owner(self, search: ArgumentSearch) -> None:
        """Rule 54b, the owner of a verb phrase's object that names the source is the source's own, no target: the
        party is in the object's phrases, as for "its sanctions": "the EU eased EU sanctions on Belarus" EU -> BLR
        085, "the United States lifted American sanctions on Cuba" (before: no event, the owner read as target)."""
        obj, tok_actor = search.trig.phrase_obj, search.tok_actor
        if obj is None or not search.sources or not search.targets:
            return
        if obj.dep_ not in OBJ_DEPS and not self.partitive_object(obj):
            return
        own = {s.label_ for s in search.sources}
        owners, _ = self.owners(obj, tok_actor)
        owned = [t for t in search.targets if t in owners and t.label_ in own]
        if owned and len(owned) == len(search.targets):
            search.targets = self.other_parties(self.targets_of(obj, tok_actor, objects=False), search.sources)

    def stopped_aid_recipient(self, search: ArgumentSearch) -> None:
        """Rule 443, aid stopped by a third party: a `reduce` wrapper verb whose wrapped act is aid (the wrapper
        refines it to 162x, CAMEO "reduce or stop aid") acts on the party the aid was for, named in the aid noun's own
        phrases, its object's or the verb's ("to", "for"); the aid's giver named as the aid noun's possessor, compound
        or adjective is neither the one stopping it nor its recipient, so it is no target, as a giver in a "from"
        phrase is not: "Hungary blocked EU military aid to Ukraine" HUN -> UKR 1622, "Austria withheld the European
        Union's financial aid to Serbia" AUT -> SRB 1621 (before: also the giver, or the giver alone). With no
        recipient named the owner stays ("Hungary blocked the EU's military aid"); the giver who is the source is
        rule 54b's."""
        trig, inner, tok_actor = search.trig, search.inner, search.tok_actor
        if (
            trig.kind != "verb"
            or trig.wrapper is None
            or trig.wrapper.name != "reduce"
            or inner is None
            or not search.sources
            or not search.targets
            or not trig.wrapper.refined(inner.code).startswith(self.lex.stopped_aid_code)
        ):
            return
        own = {s.label_ for s in search.sources}
        givers = [a for a in self.owners(inner.token, tok_actor)[0] if a.label_ not in own]
        owned = [t for t in search.targets if t in givers]
        if not owned:
            return
        holders = [inner.token, *(t for t in (trig.phrase_obj,) if t is not None and t.i != inner.token.i)]
        found = [t for t in search.targets if t not in givers] + [
            a for h in holders for a in self.targets_of(h, tok_actor, objects=False)
        ]
        recipients = [a for a in self.other_parties(found, search.sources) if a not in givers]
        if recipients:
            search.targets = list({(a.start, a.end): a for a in recipients}.values())

    def acted_subject_targets(self, search: ArgumentSearch) -> None:
        """Rule 48a, a passive whose subject is the act's own object noun: the target is in that noun's phrases,
        as the active's object would be: "Aid to Yemen was halted by Saudi Arabia", "Relations with Iran were
        downgraded by Canada"."""
        if not search.targets:
            subjects = acted_subjects(search.trig, search.inner)
            search.targets = [a for s in subjects for a in self.targets_of(s, search.tok_actor, objects=False)]

    def passive_between_parties(self, search: ArgumentSearch) -> None:
        """Rule 135g, a passive with no agent whose subject is the act's own object noun naming a "between" pair
        (settles the answer): the two sides act on each other, as their active with a coordinated subject reads:
        "Diplomatic relations between Bolivia and Peru were restored" BOL <-> PER 05, as "Bolivia and Peru restored
        diplomatic relations" (before: no source, no event). Not with an agent ("ties between A and B were cut by
        A": the agent is the source) nor a pair of one party."""
        if search.sources or search.trig.kind != "verb" or any(c.dep_ == "agent" for c in search.tok.children):
            return
        pair = [a for s in acted_subjects(search.trig, search.inner) for a in self.between(s, search.tok_actor)]
        if len({primary(a.label_) for a in pair}) >= 2:
            search.finish(pair, [], True)

    def gerund_between_parties(self, search: ArgumentSearch) -> None:
        """Rule 162, a gerund used as a noun (a clause's subject or object) with no subject of its own and a
        "between" pair of two parties or more (settles the answer): the sides act on each other, as "clashes between
        A and B" (rule 19): "Fighting between Armenia and Azerbaijan erupted again" ARM <-> AZE 190 (before: no
        source, no event). A gerund with a subject ("Armenia began fighting ...") is left to the subject."""
        tok = search.tok
        if (
            search.sources
            or search.trig.kind != "verb"
            or tok.tag_ != "VBG"
            or tok.dep_ not in self.lex.gerund_noun_deps
        ):
            return
        pair = self.between(tok, search.tok_actor)
        if len({primary(a.label_) for a in pair}) >= 2:
            search.finish(pair, [], True)

    def travel_advisory_destination(self, search: ArgumentSearch) -> None:
        """Rule 47a, a travel advisory: whom the advice is for is no target, the destination is: "warned
        Canadians against travelling to Iran", "urged Americans to avoid travel to Y"."""
        trig, lex, phrase_obj = search.trig, self.lex, search.trig.phrase_obj
        if (
            phrase_obj is not None
            and trig.code == lex.advisory_code
            and search.tok.lemma_.lower() in lex.advisory_verbs
            and phrase_obj.lemma_.lower() in lex.travel_words
        ):
            search.targets = self.targets_of(phrase_obj, search.tok_actor) or search.targets

    def light_verb_phrase_targets(self, search: ArgumentSearch) -> None:
        """Rule 21, a light or advisory verb with a trigger phrase: the phrase's own target: "engaged in a
        firefight with X", "advised against travel to X"."""
        phrase_obj = search.trig.phrase_obj
        if (
            not search.targets
            and phrase_obj is not None
            and ((low := search.tok.lemma_.lower()) in self.lex.light_verbs or low in self.lex.advisory_verbs)
        ):
            search.targets = self.targets_of(phrase_obj, search.tok_actor)

    def withheld_comment_targets(self, search: ArgumentSearch) -> None:
        """Rule 387g: "had no comment on Y's report": the party the withheld comment is on (the actors of the comment
        noun's `talk_topic_preps` object), as "declined to comment on Y" reads it from the comment verb; a remark
        noun's topic is otherwise no target (rule 261d), but the comment declined is about that party."""
        phrase_obj = search.trig.phrase_obj
        if (
            not search.targets
            and phrase_obj is not None
            and search.trig.code == self.lex.no_comment_code
            and phrase_obj.lemma_.lower() in self.lex.no_comment_nouns
        ):
            search.targets = [
                a
                for prep in phrase_obj.children
                if prep.dep_ == "prep" and prep.lower_ in self.lex.talk_topic_preps
                for p in prep.children
                if p.dep_ == "pobj"
                for a in self.actors(p, search.tok_actor)
            ]

    def effort_phrase_parties(self, search: ArgumentSearch) -> None:
        """Rule 35, an effort compound: the phrase names the act, the effort noun its parties: "ended mediation
        efforts between A and B"."""
        phrase_obj = search.trig.phrase_obj
        if not search.targets and phrase_obj is not None and effort_compound(phrase_obj, self.lex.effort_nouns):
            effort = phrase_obj.head
            search.targets = self.targets_of(effort, search.tok_actor) or self.between(effort, search.tok_actor)

    def permitted_party_target(self, search: ArgumentSearch) -> None:
        """Rule 24, a permission verb: whom it yields to is the target: "allowed Ethiopia to use the port". Rule 259b,
        goods let in (`let_in_goods`) that the parser made the subject of the to-infinitive clause ("allowed a UN aid
        convoy(nsubj) to enter(ccomp) Gaza"): the party the clause names is where they go, the target, before any
        actor named in the carrier ("UN")."""
        phrase_obj = search.trig.phrase_obj
        permits = search.tok.lemma_.lower() in self.lex.permission_verbs
        if not permits and phrase_obj is not None and search.trig.code == self.lex.permission_code:
            # rule 437a: an idiom of permission ("gave Poland the green light to send tanks")
            idiom = permission_idiom(search.tok, self.lex)
            permits = idiom is not None and idiom[0].i == phrase_obj.i
        if not search.targets and phrase_obj is not None and permits:
            clause = phrase_obj.head
            if self.permitted_goods_clause(search, clause):
                nested = self.nested_targets(clause, search.tok_actor)
                search.targets = self.other_parties(nested, search.sources)
                if search.targets:
                    return
            search.targets = self.actors(phrase_obj, search.tok_actor)

    def permitted_goods_clause(self, search: ArgumentSearch, clause: Token) -> bool:
        """Rule 259b, whether ``clause`` is the to-infinitive ``ccomp`` of a permission verb trigger whose subject is
        the trigger's phrase object and goods let in (`let_in_goods`) that a phrase codes: "allowed a UN aid convoy
        to enter Gaza" ("allow aid", 0863); a carrier with no load named ("allowed a convoy to reach Y", yielding,
        080) is left to rule 24."""
        obj = search.trig.phrase_obj
        return (
            obj is not None
            and search.trig.code != self.lex.permission_code
            and search.tok.lemma_.lower() in self.lex.permission_verbs
            and obj.dep_ == "nsubj"
            and obj.head.i == clause.i
            and clause.dep_ == "ccomp"
            and clause.head.i == search.tok.i
            and self.let_in_goods(obj)
        )

    def let_in_goods(self, noun: Token) -> bool:
        """Rule 259b, whether ``noun`` names goods, no party: a carrier (`cargo_nouns`: truck, convoy, ...), aid
        (`relief_cargo_nouns`) or relief goods (`relief_goods`: food, medicine, ...)."""
        lex = self.lex
        return noun.lemma_.lower() in lex.cargo_nouns | lex.relief_cargo_nouns | lex.relief_goods

    def small_clause_target(self, search: ArgumentSearch) -> None:
        """Rule 122c, a verb + object predicate phrase the parser read as a verbless clause ("found Y guilty of
        torture": "Y guilty" a ``ccomp`` of "found"): the clause's subject, the verb's object in truth, is the
        target (``triggers.small_clause_predicate`` made it the trigger's ``phrase_obj``). Rule 129b, a helping verb
        (`helping_verbs`, the trigger or the act it wraps) whose helped party the parser made the subject of a bare
        infinitive clause ("helped Malaysia search for the aircraft"): that subject is the target."""
        helpers = [search.tok] + ([search.inner.token] if search.inner is not None else [])
        for helper in (h for h in helpers if not search.targets and h.lemma_.lower() in self.lex.helping_verbs):
            # rule 129b: "helped Malaysia search for the aircraft", "offered to help Malaysia search ...": the parser
            # reads the helped party and its bare infinitive as a clause under "help" (the party its subject); that
            # subject is the party helped
            for clause in helper.children:
                if (
                    clause.dep_ in ("ccomp", "xcomp")
                    and clause.tag_ == "VB"
                    and not any(c.dep_ in ("aux", "mark") for c in clause.children)
                ):
                    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
                    search.targets = [a for c in subjects for a in self.actors(c, search.tok_actor)]
                    if search.targets:
                        return
        phrase_obj = search.trig.phrase_obj
        if search.targets or phrase_obj is None or phrase_obj.dep_ != "nsubj":
            return
        clause = phrase_obj.head
        if clause.dep_ == "ccomp" and clause.pos_ == "ADJ" and clause.head == search.tok:
            search.targets = self.actors(phrase_obj, search.tok_actor)

    def prefixed_mediator_source(self, search: ArgumentSearch) -> None:
        """Rule 100a, a mediation participle's doer written before it with a hyphen: "Egyptian-brokered talks between
        A and B", "Qatar-mediated talks", "US-hosted talks" (the actor resolver keeps such an actor only before a
        participle of mediation on a meeting noun, ``actor_resolver._mediated_meeting``)."""
        tok = search.tok
        if search.sources or not search.trig.mediation or tok.dep_ not in ("amod", "acl"):
            return
        doc = tok.doc
        search.sources = [
            a
            for c in tok.children
            if c.i < tok.i and c.dep_ in MOD_DEPS and doc[c.right_edge.i + 1].text in HYPHENS
            for a in self.actors(c, search.tok_actor)
        ]

    def brokered_between_parties(self, search: ArgumentSearch) -> None:
        """Rule 77h, a mediation verb whose object names the two sides by "between": the mediator acts on both, as
        for "mediation between A and B" (rule 11): "Egypt brokered a truce between Israel and Hamas" EGY -> ISR and
        EGY -> PSE 045. Rule 93: a host's meeting between two others is its object too, or the noun the host's
        participle modifies: "Qatar hosted talks between A and B", "talks between A and B, hosted by Qatar". Rule 94:
        the pair may be on the participle ("talks hosted by X between A and B") or hold the meeting ("A and B held
        talks mediated by X"); the mediator is never one of the sides."""
        trig = search.trig
        if trig.kind != "verb" or not (trig.mediation or trig.code.startswith("045")):
            return
        if any(not located(t) for t in search.targets):
            # rule 149b: a target named only as where the meeting was held ("brokered talks between A and B in
            # Luanda") does not stand for the sides the "between" phrase names
            return
        hosted = self.triggers.hosted_meeting(search.tok)  # rule 93: "talks between A and B, hosted by X"
        objs = [c for c in search.tok.children if c.dep_ in ("dobj", "obj")] + ([hosted] if hosted is not None else [])
        for obj in objs:
            parties = self.between(obj, search.tok_actor)
            if obj.i == search.tok.head.i and hosted is not None and hosted.i == obj.i:
                # rule 94: "talks hosted by X between A and B" (the pair on the participle), "A and B held talks
                # mediated by X" (the pair holds the meeting)
                parties = parties or self.between(search.tok, search.tok_actor)
                if not parties and obj.dep_ in ("dobj", "obj"):
                    parties = self.met_pair(obj.head, [obj], search.tok_actor)  # "A held talks with B" (rule 100c)
            sources = [a for a in search.sources if a not in parties]
            # two sides, told apart by their whole codes (rule 238d): a state and its own rebels are two sides
            # ("mediated talks between Congo and the M23 rebels": COD and CODREB), as two states are
            if sources and len({a.label_ for a in parties}) >= 2:
                search.finish(sources, parties, False)  # one way, as rule 11's mediator: not reciprocal
                return

    def removal_origin_source(self, search: ArgumentSearch) -> None:
        """Rule 31, a passive removal: who expels is where from: "the Saudi ambassador was expelled from
        Canada"."""
        self._place_source(search, self.lex.removal_verbs, "from")

    def custody_place_source(self, search: ArgumentSearch) -> None:
        """Rule 37, a passive custody verb: who holds someone is where it happens: "two Australians arrested in
        Bali"."""
        self._place_source(search, self.lex.custody_verbs, "in")

    def _place_source(self, search: ArgumentSearch, verbs: set[str], prep: str) -> None:
        """Rules 31 and 37: a trigger of ``verbs`` with targets and no source takes the actors of its ``prep``
        phrase as its source (the place it happens or comes from), and they are no longer targets."""
        if not search.sources and search.targets and search.tok.lemma_.lower() in verbs:
            search.sources = self.prep_actors(search.tok, prep, search.tok_actor)
            search.targets = [t for t in search.targets if t not in search.sources]

    def unattributed_attack_place_source(self, search: ArgumentSearch) -> None:
        """Rule 70b, an act of force whose doer nobody names: a casualty verb whose subject is a device set off or
        people left unnamed (``unattributed_attack_means``: "a roadside bomb", "an explosion", "gunmen"), with
        no actor of its own, takes as its source the country of the place where it happens, in an "in" /
        "near" / "at" phrase of the subject or else of the verb (``attack_place_preps``): "A roadside bomb near
        Tikrit killed two Iraqi policemen" IRQ -> IRQCOP. Only when the victims are the place's own people (the
        unnamed doers of rule 52a lend no country to foreign victims: "A roadside bomb killed three Ethiopian
        peacekeepers in Somalia" stays no event), only a place (a bare country code), never an institution ("a
        bomb outside the US embassy"); weapons fired from afar (missiles, drones) are not in the list."""
        tok = search.tok
        if search.sources or not search.targets or tok.lemma_.lower() not in self.lex.casualty_verbs:
            return
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in self.lex.unattributed_attack_means:
            return
        if subj.i in search.tok_actor or self.actors(subj, search.tok_actor):
            return  # "a Taliban bomb", "Kurdish gunmen": the doer is named
        for holder in (subj, tok):
            places = [
                a
                for prep in sorted(self.lex.attack_place_preps)
                for a in self.prep_actors(holder, prep, search.tok_actor)
                if len(a.label_) == 3 and a.label_.isalpha() and not is_igo(a.label_) and a.label_ != "NGO"
            ]
            if places:
                victims = [t for t in search.targets if t not in places]
                if victims and all(primary(t.label_) == primary(places[0].label_) for t in victims):
                    search.sources = places[:1]
                    search.targets = victims
                return

    def moved_forces_source(self, search: ArgumentSearch) -> None:
        """Rule 31, forces moved: the forces stand for whoever moved them, the passive subject is the source and
        the destination the target: "Thai troops were deployed to the border"."""
        if not search.sources and search.moved:
            search.sources = search.moved
            search.targets = [t for t in search.targets if t not in search.moved]

    def allegation_targets(self, search: ArgumentSearch) -> None:
        """Rule 21, an allegation with an about clause: the clause's subject is the target: "a report alleged that
        X knew ...", "X is violating the truce, Y complained"."""
        if not search.targets and self.about_clause(search.trig):
            search.targets = self.alleged_actors(search.tok, search.tok_actor)

    def concern_phrase_targets(self, search: ArgumentSearch) -> None:
        """Rule 31, a concern noun as the verb's phrase object: the that-clause's subject is the target:
        "expressed concern that Y would close the border"."""
        trig, phrase_obj = search.trig, search.trig.phrase_obj
        if not search.targets and phrase_obj is not None and self.about_clause(Trigger(phrase_obj, trig.code, "noun")):
            search.targets = self.that_clause_subjects(phrase_obj, search.tok_actor)

    def object_agent_targets(self, search: ArgumentSearch) -> None:
        """Rule 23, the agent of a participle on the object: "boycotted the summit hosted by Algeria". Rule 193e: also
        where every target found so far is of the source's own country (a pair dropped as one party), the people the
        object names being the source's own: "Washington demanded the release of two American citizens held by
        Russia" is aimed at the holder, Russia (rule 121h), not at the Americans."""
        own = {primary(s.label_) for s in search.sources}
        if not search.targets or (own and all(primary(t.label_) in own for t in search.targets)):
            # not the host or mediator of the pair's own meeting: "A and B held talks mediated by X" (rule 94)
            agents = [
                a
                for a in self.object_agents(search.tok, search.tok_actor)
                if not (a.root.head.dep_ == "agent" and self.triggers.hosted_meeting(a.root.head.head) is not None)
            ]
            search.targets = agents or search.targets

    def reported_act_doer_targets(self, search: ArgumentSearch) -> None:
        """Rule 134c, an investigation of a report: an investigating verb (`constructions.investigation_roots`) whose
        object (or the object's "into" phrase) is a claim noun (`constructions.reported_claim_nouns`: report, claim,
        allegation) naming no owner, with a that-clause, is aimed at the party the clause says acted, its subject,
        before any party inside the clause (the act's victims): "X investigated reports that Y had bombed Z" X -> Y.
        An owned claim ("an inquiry into an accusation by Y that ...") is left to the other steps (rule 87a)."""
        if search.targets or search.trig.code[:2] not in self.lex.investigation_roots:
            return
        doers = [
            a
            for clause in reported_clauses(search.tok, self.lex.reported_claim_nouns, self.lex.object_topic_preps)
            if not self.claim_owned(clause.head, search.tok_actor)  # "an accusation by Y that ...": rule 87a's reading
            for subject in clause.children
            if subject.dep_ == "nsubj"
            for a in self.actors(subject, search.tok_actor)
        ]
        search.targets = self.other_parties(doers, search.sources)

    def claim_owned(self, noun: Token, tok_actor: dict[int, Span]) -> bool:
        """Whether a claim noun names who makes it (rule 134c): a possessor, an actor modifier or a "by" / "from"
        phrase (`claims.claim_owner_preps`): "Uganda's accusation", "Ugandan claims", "an accusation by Uganda"."""
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i in tok_actor):
                return True
            if c.dep_ in ("prep", "agent") and c.lower_ in self.lex.claim_owner_preps and c.lower_ != "of":
                return True
        return False

    def rallied_against_party(self, search: ArgumentSearch) -> None:
        """Rule 149a, a verb of rallying with an "against" party (``triggers.opposition_rally``, 113): the party
        of the "against" phrase (the trigger's phrase object, or its owner) is the target, not the allies rallied
        (settles the answer): "Poland rallied its EU partners against Hungary's plan" POL -> HUN."""
        trig, lex = search.trig, self.lex
        if (
            trig.code != lex.rallied_opposition_code
            or trig.phrase_obj is None
            or search.tok.lemma_.lower() not in lex.opposition_rally_verbs
        ):
            return
        parties = self.actors(trig.phrase_obj, search.tok_actor)
        sources = [a for a in search.sources if a not in parties]
        if parties and sources:
            search.finish(sources, parties, False)

    def voted_measure_owner(self, search: ArgumentSearch) -> None:
        """Rule 211a, a vote for or against a measure (``triggers.measure_vote``; settles the answer): the measure's
        owner (a possessor or actor modifier, a "by" agent: "the UN resolution", "the EU's package") is the target,
        as a veto's is (rule 134d); with no owner named, the parties the measure names ("a resolution on Ukraine");
        the sources are the subject's: "Russia voted against the UN General Assembly resolution on Ukraine" RUS -> UN
        120, "Germany voted in favour of the UN resolution" DEU -> UN 051."""
        trig, lex = search.trig, self.lex
        measure = trig.phrase_obj
        if (
            measure is None
            or trig.code not in (lex.vote_against_code, lex.vote_for_code)
            or search.tok.lemma_.lower() not in lex.vote_verbs
            or not search.sources
        ):
            return
        owners = [
            search.tok_actor[t.i]
            for m in measure.children
            if m.dep_ in ("poss", "compound", "amod", "nmod")
            for t in m.subtree
            if t.i in search.tok_actor
        ] + self.agents_of_participles([measure], search.tok_actor)
        owners = owners or self.measure_venues([measure, search.tok], search.tok_actor)
        # no owner: the parties the measure is "on" or about ("a resolution on Ukraine")
        topics = self.actors(measure, search.tok_actor) + [
            a
            for prep in measure.children
            if prep.dep_ == "prep" and prep.lower_ in lex.talk_topic_preps
            for p in prep.children
            if p.dep_ == "pobj"
            for a in self.actors(p, search.tok_actor)
        ]
        parties = self.other_parties(owners, search.sources) or self.other_parties(topics, search.sources)
        search.finish(search.sources, parties, False)

    def vetoed_measure_owner(self, search: ArgumentSearch) -> None:
        """Rule 134d (filter), a veto of a body's measure: a `constructions.veto_verbs` verb whose object names its
        owner (a possessor, an actor modifier or a drafter: "the EU's resolution", "a NATO proposal", "a
        Japanese-drafted UN resolution", "a resolution drafted by France") is aimed at that body or drafter, not at
        the party the measure is "on" or about: "France vetoed the NATO proposal on Turkey" FRA -> NATO (before:
        also FRA -> TUR). A measure no one is named as owning keeps its targets."""
        tok = search.tok
        if tok.lemma_.lower() not in self.lex.veto_verbs or not search.sources:
            return
        objects = [obj for obj in tok.children if obj.dep_ in ("dobj", "obj")]
        if tok.pos_ == "NOUN":
            # rule 219: the noun's measure is its "against" / "on" phrase ("cast its veto against the resolution")
            objects = [
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("against", "on")
                for p in c.children
                if p.dep_ == "pobj"
            ]
        # its owner or drafter, written before it ("a Japanese-drafted UN resolution": Japan and the UN) or as a
        # participle's "by" agent ("a resolution drafted by France")
        owners = [
            search.tok_actor[t.i]
            for obj in objects
            for m in obj.children
            if m.dep_ in ("poss", "compound", "amod", "nmod")
            for t in m.subtree
            if t.i in search.tok_actor
        ] + self.agents_of_participles(objects, search.tok_actor)
        owners = owners or self.measure_venues([*objects, tok], search.tok_actor)
        owners = self.other_parties(owners, search.sources)
        if owners and not search.targets:
            search.targets = owners
        elif owners:
            search.targets = [t for t in search.targets if any(t is o for o in owners)] or owners

    def vetoed_noun_measure_owner(self, search: ArgumentSearch) -> None:
        """Rule 219 (filter), a veto noun under a light verb ("cast its veto against the resolution in the UN
        Security Council"): its "against" / "on" measure's owner or venue is the target, as the verb's object's is
        (``vetoed_measure_owner``, rule 134d)."""
        self.vetoed_measure_owner(search)

    # -- adjective triggers ----------------------------------------------------------------------------------------

    def adjective_holder_source(self, search: ArgumentSearch) -> None:
        """Rule 31, an adjective trigger: the copula's subject ("X is optimistic"), the adjective's own subject in a
        headline without the copula ("X ready to ...", rule 108d) or the noun it modifies is the source: "Russia was
        optimistic that Ukraine would sign"."""
        tok = search.tok
        head = tok.head if tok.dep_ in ("acomp", "amod") or headline_predicate(tok) else tok
        if tok.dep_ == "acomp":
            search.sources, _ = self.subject(head, search.tok_actor)
        elif any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # a headline that drops its copula ("Russia ready to resume talks with Y"): the adjective is the
            # predicate and holds the subject itself (rule 108d); before, its own subtree gave no source
            sources, passive = self.subject(tok, search.tok_actor)
            # "Germany was alarmed by Y's move": a state's passive subject holds it, not the "by" agent
            search.sources = passive or sources
        else:
            search.sources = self.actors(head, search.tok_actor)

    def adjective_clause_targets(self, search: ArgumentSearch) -> None:
        """Rule 31, an adjective's about clause: its subject is the target: "was optimistic that Y would sign"."""
        if self.about_clause(search.trig):
            search.targets = self.alleged_actors(search.tok, search.tok_actor)

    # -- noun triggers ---------------------------------------------------------------------------------------------

    def body_own_gathering(self, search: ArgumentSearch) -> None:
        """Rule 211c (settles the answer): a `body_gathering_nouns` trigger noun whose modifiers name one party, an
        international body, and which has no prepositional party of its own names that body's own meeting or
        members: no event ("The G7 summit communique criticised China" is no G7 <-> CHN meeting, "NATO allies
        condemned Russia" no NATO -> RUS alliance). "the EU-China summit", "a summit with Y", "allies of Y" keep
        their parties. Rule 440b: a gathering named in title case ("the Inter-Parliamentary Union Conference", "the
        ASEAN Summit": a proper noun) is one too, and a place the gathering is held "in" or "at" ("the NATO summit in
        The Hague") is where, not a party."""
        tok, tok_actor = search.trig.token, search.tok_actor
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in self.lex.body_gathering_nouns:
            return
        # its own modifiers, and for a compound ("the G7 summit communique", where the parser hangs "G7" on the
        # communique) the modifiers of its head written before it
        mods = [c for c in tok.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
        if tok.dep_ == "compound":
            mods += [c for c in tok.head.children if c.i < tok.i and c.dep_ in ("compound", "poss", "amod", "nmod")]
        held = [t for c in mods for t in c.subtree if t.i in tok_actor]
        if len({tok_actor[t.i].start for t in held}) != 1:
            return
        body = tok_actor[held[0].i]
        if primary(body.label_) != "IGO" or pair_partners(body) or any(hyphen_partners(t, tok_actor) for t in held):
            return
        venue = self.lex.meeting_place_preps | self.lex.nominal_place_preps
        if any(
            t.i in tok_actor
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ not in venue
            for p in c.children
            for t in p.subtree
        ):
            return
        search.finish([], [], False)

    def noun_head(self, search: ArgumentSearch) -> None:
        """Rule 11, a compound trigger: the head noun it modifies carries the arguments ("its trade relationships
        with China"); also finds the word that governs the noun (``governor``), which later steps read."""
        tok = search.tok
        if (
            (tok.dep_ == "compound" or (tok.dep_ == "amod" and tok.pos_ == "ADJ"))
            and tok.head.pos_ == "NOUN"
            and tok.head.i > tok.i
            and self.triggers.trigger(tok.head) is None
        ):
            search.tok = tok.head
        search.gov = self.governor(search.tok)

    def between_parties(self, search: ArgumentSearch) -> None:
        """Rules 19 and 39, a noun's "between" phrase names its parties (for a force noun that is an onset
        verb's subject, that verb's phrase): "clashes broke out between police and protesters"."""
        tok, tok_actor = search.tok, search.tok_actor
        if self.proposed_act_pair(search):
            return  # "a ceasefire proposal between Israel and Hamas": the truce's parties, not the proposers (261a)
        search.between = self.between(tok, tok_actor)
        if search.between and self.background_war(search):
            search.between = []  # "amid the war between A and B": no fighting reported (rule 430c)
        onset = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.lex.onset_verbs
        if not search.between and onset and search.trig.code[:2] in self.lex.area_roots:
            search.between = self.between(tok.head, tok_actor)
        hosting = [
            c for c in tok.children if c.dep_ == "acl" and getattr(self.triggers.hosted_meeting(c), "i", -1) == tok.i
        ]
        if not search.between and hosting:
            search.between = self.between(hosting[0], tok_actor)  # "talks hosted by X between A and B" (rule 94)
        held = held_meeting_participle(tok, self.lex) if search.trig.kind == "noun" else None
        if not search.between and held is not None:
            search.between = self.between(held, tok_actor)  # "talks held between A and B" (rule 402a)
        carrier = self.act_carrier(tok)
        if not search.between and carrier is not None:
            search.between = self.between(carrier, tok_actor)  # "the imposition of sanctions between ..." (178c)
        phrased = search.trig.phrase_obj if search.trig.kind == "noun" else None
        if not search.between and phrased is not None and phrased.dep_ == "pobj":
            # the "of" object a nominal's phrase reads as its verb's object names the pair: "the establishment of
            # diplomatic relations between A and B", "the severing of ties between A and B" (rule 178c)
            search.between = self.between(phrased, tok_actor)
        if not search.between and not self.background_war(search):
            search.between = self.hyphen_pair_sides(search)  # "the Russia-Ukraine war" (rule 430a)

    def background_war(self, search: ArgumentSearch) -> bool:
        """Rule 430c, whether a war or conflict noun (a `dispute_nouns` noun coded as mutual fighting) is named as
        background, not reported fought: true unless it is the subject of a verb that reports the fighting going on
        or changing (`onset_verbs`, `fight_course_verbs`: "the A-B war escalated", "entered its fourth year"), the
        object or passive subject of a `waging_verbs` verb ("waged", "was fought"), or has such a verb in its own
        relative clause or participle ("which erupted in July", "fought from 1998 to 2000"). A war in a phrase
        ("amid", "since", "during", "of" ...), a possessor, a compound, or the subject of a verb of its effects
        ("reshaped markets", "displaced") is background: its sides are no "between" pair (rules 19, 430a)."""
        tok = search.tok
        if (
            search.trig.kind != "noun"
            or search.trig.code not in self.lex.mutual_codes
            or tok.lemma_.lower() not in self.lex.dispute_nouns
        ):
            return False
        if tok.dep_ in ("nsubj", "nsubjpass") and self.fight_verb(tok.head, tok.dep_ == "nsubjpass"):
            return False
        if tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in self.lex.waging_verbs:
            return False
        for clause in tok.children:
            if clause.dep_ == "relcl":
                rel = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")]
                if rel and self.fight_verb(clause, rel[0].dep_ == "nsubjpass"):
                    return False
            if clause.dep_ == "acl" and self.fight_verb(clause, clause.tag_ == "VBN"):
                return False
        return True

    def fight_verb(self, verb: Token, passive: bool) -> bool:
        """Rule 430c, whether ``verb`` reports a war fought: passive, a `waging_verbs` verb ("was fought"); active,
        an `onset_verbs` or `fight_course_verbs` verb, the motion verbs with "on" or "out" ("drags on")."""
        lemma = verb.lemma_.lower()
        if passive:
            return lemma in self.lex.waging_verbs
        if lemma in STANDING_PARTICLE_VERBS:
            return any(c.dep_ == "prt" and c.lower_ in ("on", "out") for c in verb.children)
        return lemma in self.lex.onset_verbs or lemma in self.lex.fight_course_verbs

    def hyphen_pair_sides(self, search: ArgumentSearch) -> list[Span]:
        """Rule 430a, the two sides of a fight named as a hyphenated pair before its dispute noun ("the Russia-Ukraine
        war", "the Thailand-Cambodia border conflict", also with a dash or slash): a `dispute_nouns` noun coded as
        mutual fighting (`reciprocal.mutual_codes`) is fought between them as with "between A and B". Not when the
        noun names a party of its own by a possessor or a phrase ("the US-Israeli war on Iran": co-sources), nor when
        it heads a verbless title, the root or a word the parser could not attach ("Russia-Ukraine war: live updates",
        "Israel-Hamas war latest: what we know" name a topic, rule 257)."""
        tok, tok_actor = search.tok, search.tok_actor
        if (
            search.trig.kind != "noun"
            or tok.dep_ in ("ROOT", "dep")
            or search.trig.code not in self.lex.mutual_codes
            or tok.lemma_.lower() not in self.lex.dispute_nouns
        ):
            return []
        for child in tok.children:
            if child.dep_ == "poss" or (
                (child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in PARTY_PREPS))
                and any(t.i in tok_actor for t in child.subtree)
            ):
                return []
        # the pair right before the noun, or before a compound naming the dispute's field ("border conflict")
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        mods += [g for c in mods if c.i not in tok_actor for g in c.children if g.dep_ in ("compound", "amod", "nmod")]
        named = [m for m in mods if m.i in tok_actor]
        for mod in named:
            sides = [tok_actor[mod.i], *hyphen_partners(mod, tok_actor)]
            # the first side hung on the noun or as the second's "nmod" across a dash or slash ("Israel/Iran")
            sides += [
                tok_actor[m.i]
                for m in [*named, *(c for c in mod.children if c.dep_ == "nmod" and c.i in tok_actor)]
                if tok_actor[m.i].end < tok_actor[mod.i].start
                and tok.doc[tok_actor[m.i].end : tok_actor[mod.i].start].text in ("-", "–", "—", "/")
                and tok_actor[m.i] not in sides
            ]
            if len({primary(a.label_) for a in sides}) >= 2:
                return sides
        return []

    def proposed_act_pair(self, search: ArgumentSearch) -> bool:
        """Rule 261a, whether the noun is an `accepted_proposal_nouns` noun (proposal, plan, offer) whose compound
        names the act it proposes, a common noun that is no actor ("a ceasefire proposal", "a peace plan"): its
        "between" phrase names the parties of that act, who need not have proposed anything, so it names no party of
        the proposal ("a US proposal between ..." has no such compound)."""
        tok = search.tok
        return (
            search.trig.kind == "noun"
            and tok.lemma_.lower() in self.lex.accepted_proposal_nouns
            and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i not in search.tok_actor for c in tok.children)
        )

    def mediated_meeting_parties(self, search: ArgumentSearch) -> None:
        """Rule 94, a meeting held under a third party's mediation (settles the answer): a `mediation_nouns` noun in
        a `mediation_preps` phrase of the meeting or of the verb that holds it has its possessor, modifier or "of"
        phrase act on the meeting's two sides, one way: "A and B held talks under Egypt's mediation", "talks
        between A and B with Egyptian mediation", "A and B met under the mediation of Egypt": EGY -> A, EGY -> B
        045 (the sides' own meeting stays theirs)."""
        tok = search.tok
        if search.trig.kind != "noun" or tok.lemma_.lower() not in self.lex.mediation_nouns:
            return
        if tok.dep_ != "pobj" or tok.head.lower_ not in self.lex.mediation_preps:
            return
        parties = self.meeting_parties(tok.head.head, search.tok_actor)
        named = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")] + [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
        ]
        mediators = [a for c in named for a in self.actors(c, search.tok_actor) if a not in parties]
        if mediators and len({primary(a.label_) for a in parties}) >= 2:
            search.finish(mediators, parties, False)

    def meeting_parties(self, holder: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 94, the two sides of the meeting a mediation phrase hangs on (``holder``, the phrase's head): a
        `mediated_meeting_nouns` noun's "between" pair, or the coordinated subject of the verb holding it ("A and B
        held talks"); a reciprocal verb's coordinated subject ("A and B met"). Empty when there is none."""
        nouns = [holder] if holder.pos_ in ("NOUN", "PROPN") else [c for c in holder.children if c.dep_ in OBJ_DEPS]
        for noun in nouns:
            if noun.lemma_.lower() not in self.lex.mediated_meeting_nouns:
                continue
            parties = self.between(noun, tok_actor)
            if not parties and self.triggers.paired_holder(noun):
                parties = self.met_pair(noun.head, [noun], tok_actor)  # "A and B / A with B held talks" (rule 100c)
            if parties:
                return parties
        if holder.pos_ == "VERB" and holder.lemma_.lower() in self.lex.recip_verbs:
            # "A and B met", "A met B", "A met with B" (rule 100c)
            return self.met_pair(holder, [], tok_actor)
        return []

    def met_pair(self, verb: Token, partnered: list[Token], tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 100c, the two sides of a meeting held by ``verb``: its subject (coordinated or not) with its direct
        object or the "with" phrase of the verb or of ``partnered`` (the meeting noun): "Israel met Hamas", "Israel
        held talks with Hamas", "Israel and Hamas met". A "with" phrase naming the mediation itself ("with Egypt's
        mediation") is no partner."""
        parties = self.subject(verb, tok_actor)[0]
        partners = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i not in {t.i for t in partnered}]
        partners += [
            p
            for t in [verb, *partnered]
            for p in self.prep_objects(t, "with")
            if p.lemma_.lower() not in self.lex.mediation_nouns
        ]
        return parties + [a for p in partners for a in self.actors(p, tok_actor) if a not in parties]

    def mediation_between(self, search: ArgumentSearch) -> None:
        """Rules 11 and 31, mediation between two parties (settles the answer): the mediator (the possessor, else
        the governing verb's subject) acts on both: "Egypt's mediation between A and B produced a truce"."""
        if search.between and search.trig.code.startswith("045"):
            tok, tok_actor = search.tok, search.tok_actor
            mediators = [a for c in tok.children if c.dep_ == "poss" for a in self.actors(c, tok_actor)]
            if not mediators and search.gov is not None:
                mediators = self.subject(search.gov, tok_actor)[0]
            search.finish(mediators, search.between, False)

    def mutual_between(self, search: ArgumentSearch) -> None:
        """Rule 19, any other act "between" two parties (settles the answer): mutual between them: "clashes
        between A and B"."""
        if search.between:
            search.finish(search.between, [], True)

    def modifier_sources(self, search: ArgumentSearch) -> None:
        """Rules 3 and 19, the noun's modifiers and "by" phrase: a possessor, compound or adjective is the source
        ("Russia's invasion", "US sanctions", "an attack by X"), a topic adjective the target ("Russia-related
        sanctions")."""
        search.sources, search.topics = self.owners(search.tok, search.tok_actor)
        sellers = self.goods_origin_sellers(search.tok, search.tok_actor)
        if sellers:
            search.sources = [a for a in search.sources if a not in sellers]  # rule 279a: "its Russian oil purchases"
            # no possessor and no verb that takes it as its object: the buyer is not named ("eased curbs on Australian
            # wine imports" is no trade of the easer's)
            search.unnamed = not any(c.dep_ == "poss" for c in search.tok.children) and search.tok.dep_ not in OBJ_DEPS
        imposers = self.regime_imposers(search.tok, search.tok_actor)
        if imposers:
            search.sources = imposers  # rule 277c: "triggered the snapback of UN sanctions on Y"
        search.sources.extend(self.by_agents(search.tok, search.tok_actor))
        carrier = self.act_carrier(search.tok)
        if not search.sources and carrier is not None:
            # "China's tightening of restrictions on Y", "the imposition of sanctions on Y by X" (rule 178c)
            search.sources = self.owners(carrier, search.tok_actor)[0] + self.by_agents(carrier, search.tok_actor)

    def goods_origin_sellers(self, noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 279, the actors of a buyer's trade noun's (`goods_origin_trade_nouns`) adjective or compound
        modifiers written before a modifier that names no actor, the goods ("Russian oil purchases", "US LNG
        imports"): where the goods come from, the seller, not the buyer. [] for "Russian purchases" (no goods named
        between) and for every other noun."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.goods_origin_trade_nouns:
            return []
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
        goods = [c.i for c in mods if c.i not in tok_actor]
        return [a for c in mods if c.i in tok_actor and goods and c.i < max(goods) for a in self.actors(c, tok_actor)]

    def regime_imposers(self, noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 277c, a measure put in force under another's name: when ``noun`` has a named ``compound`` modifier
        ("UN sanctions") and is the direct object of a `regime_imposing_verbs` verb, or the "of" object of that
        object ("triggered the snapback of UN sanctions"), and the verb's subjects are all named actors, those
        subjects impose it; the compound names the regime the measure belongs to, not who acts now. Else []."""
        if not any(c.dep_ == "compound" and c.i in tok_actor for c in noun.children):
            return []
        obj = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            obj = noun.head.head
        verb = obj.head
        if obj.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in self.lex.regime_imposing_verbs:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or any(c.i not in tok_actor for c in subjects):
            return []
        return self.subject(verb, tok_actor)[0]

    def act_carrier(self, noun: Token) -> Token | None:
        """Rule 178c, the noun whose "of" phrase ``noun`` is when it names the act of a making verb or of a
        `carrier_verbs` verb and is no trigger itself ("the establishment of relations", "China's tightening of
        restrictions"): its possessor, modifiers, "by" and "between" phrases are the act noun's. None otherwise."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return None
        head = prep.head
        keeping = self.lex.making_verbs | self.lex.carrier_verbs
        if not keeping.intersection(self.lex.act_verbs(head.lemma_.lower())) or self.triggers.trigger(head) is not None:
            return None
        return head

    def owners(self, noun: Token, tok_actor: dict[int, Span]) -> tuple[list[Span], list[Span]]:
        """(owners, topics) of a noun's modifiers: the actors of its possessor, compound or adjective ("Russia's",
        "US", "American"), and those of its topic adjectives ("Russia-related"), which name whom it concerns."""
        topic_adjs = self.lex.topic_adjs
        owners = [
            a
            for c in noun.children
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in topic_adjs
            for a in self.actors(c, tok_actor)
        ]
        topics = [
            a
            for c in noun.children
            if c.dep_ in ("amod", "compound") and c.lower_ in topic_adjs
            for a in self.actors(c, tok_actor)
        ]
        return owners, topics

    def force_agent_on_object(self, search: ArgumentSearch) -> None:
        """Rule 31, an act of force's agent hung on its object: the source, never also a target: "an attack on a
        border post by militants". Not other acts ("a visit to the region by X angered Y")."""
        if not search.sources and search.trig.code[:2] in VIOLENT_ROOTS:
            objects = self.prep_objects(search.tok)
            search.hung = [a for p in objects for a in self.by_agents(p, search.tok_actor)]
        if search.hung:
            search.sources = search.hung

    def origin_source(self, search: ArgumentSearch) -> None:
        """Rule 22, a "from" phrase on a threat or protest noun names who makes it: "threats from Medvedev"."""
        if not search.sources and search.trig.code[:2] in self.lex.from_source_roots:
            search.sources = self.origin(search.tok, search.tok_actor)

    def reason_possessor_source(self, search: ArgumentSearch) -> None:
        """Rules 109a and 412b, "its"/"their" on an act noun in a reason phrase ("over", "for":
        `possessor_reason_preps`; rule 412b: "in response to", "in retaliation for") of a verb or noun that acts on a
        party named before the pronoun: that party owns the act, not the clause's subject: "the campaign to isolate Y
        over its war in Z", "sought to punish Y for its invasion of Z", "imposed sanctions on Y over its missile
        tests", "imposed sanctions on Y in response to its invasion of Z" (Y the source); in a response phrase with no
        such party the act's owner is left unnamed ("imposed sanctions in response to its invasion of Z"). A party the
        resolver did not code ("punished the rebels for their attacks on Z") leaves the noun with no source, here and
        from its governing verb; one that cannot be the pronoun's (a person; a plural role for "its"; one state for
        "their") changes nothing."""
        if not search.sources:
            search.sources, unnamed = self.reason_possessor(search.tok, search.tok_actor)
            search.unnamed = search.unnamed or unnamed  # a buyer left unnamed by rule 279a stays so

    def reason_possessor(self, noun: Token, tok_actor: dict[int, Span]) -> tuple[list[Span], bool]:
        """The antecedent of a third-person possessive on ``noun`` in a reason phrase (rule 109a), and whether it is
        a noun of the pronoun's number that names no actor: the nearest noun before the pronoun among the governing
        word's objects and the objects of its (or its object's) `possessor_object_preps` phrases ("imposed
        sanctions on Y over its tests", however the parser hangs "on Y")."""
        pron = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if pron is None:
            return [], False
        head = noun
        while head.dep_ == "conj" and head.head.i != head.i:  # "over its programme and its attacks on Y"
            head = head.head
        prep = head.head
        if head.dep_ != "pobj" or prep.dep_ != "prep":
            return [], False
        response = self.response_phrase(prep)  # rule 412b: "in response to its X", "in retaliation for its X"
        if response is not None:
            prep = response
        elif prep.lower_ not in self.lex.possessor_reason_preps:
            return [], False
        if prep.head.dep_ == "relcl":
            return [], False  # "sanctions on the faction that controls X for its support of Y": hung on the wrong verb
        holders = [prep.head]
        if prep.head.pos_ in ("NOUN", "PROPN") and prep.head.dep_ == "dobj":
            holders.append(prep.head.head)  # "sanctions on Y over its tests": "over" on the noun, "on Y" on the verb
        holders += [c for h in list(holders) for c in h.children if c.dep_ == "dobj"]  # "imposed sanctions on Y"
        slots = {c for h in holders for c in h.children if c.dep_ in ("dobj", "dative")}
        slots |= {
            p
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in self.lex.possessor_object_preps
            for p in self.prep_objects(h, c.lower_)
        }
        plural = pron.lower_ == "their"
        before = sorted((t for t in slots if t.i < pron.i), key=lambda t: t.i, reverse=True)
        for slot in before:  # the nearest before the pronoun
            parties = [a for a in self.actors(slot, tok_actor) if a.start < pron.i]
            if not parties:
                if (slot.tag_ in ("NNS", "NNPS")) == plural and (
                    slot.lower_ in role_heads() or slot.lemma_ in role_heads()
                ):
                    return [], True  # "punished the rebels for their attacks": the rebels', whom no code names
                continue
            if any(a.root.ent_type_ == "PERSON" for a in parties):
                return [], False  # "criticised Macron over its ...": a person is no "its"
            many = len({a.label_ for a in parties}) >= 2 or any(a[-1].tag_ in ("NNS", "NNPS") for a in parties)
            return (parties, False) if many == plural else ([], False)
        # rule 412b: what a party responds to is another's act; with no party acted on before the pronoun, the act's
        # owner is left unnamed ("imposed sanctions in response to its invasion of Y"), not the responder
        return [], response is not None

    def response_phrase(self, prep: Token) -> Token | None:
        """Rule 412b, the "in" of a compound response phrase whose inner preposition is ``prep``: "in response to",
        "in retaliation for", "in reaction to" (a `possessor_response_nouns` noun, the object of "in", taking a
        "to" / "for" phrase); None otherwise."""
        noun = prep.head
        if prep.lower_ not in ("to", "for") or noun.lemma_.lower() not in self.lex.possessor_response_nouns:
            return None
        outer = noun.head
        if noun.dep_ != "pobj" or outer.dep_ != "prep" or outer.lower_ != "in" or is_root(outer):
            return None
        return outer

    def possessive_source(self, search: ArgumentSearch) -> None:
        """Rules 22 and 32, "its" on the noun: the pronoun's antecedent is the source ("as exports shrink after its
        invasion of Y"); a modifier naming an agent the resolver did not code ("Western support for Kyiv") leaves
        the noun without one, here and from its governing verb."""
        search.unnamed = search.unnamed or (not search.sources and self.unnamed_agent(search.tok, search.tok_actor))
        if not search.sources and not search.unnamed:
            search.sources = self.possessive_antecedent(search.tok, search.tok_actor)

    def reported_meeting_source(self, search: ArgumentSearch) -> None:
        """Rule 178d, a meeting noun with a "with" partner and no owner, the subject of a reported clause: the speaker
        of the report is the other side, as "its talks with Y" would say: "Chinese officials said talks with Japan
        had begun" CHN <-> JPN (before: no source, no event)."""
        tok = search.tok
        if search.sources or search.unnamed or tok.dep_ not in ("nsubj", "nsubjpass"):
            return
        if tok.lemma_.lower() in self.lex.recip_nouns and partnered(tok):
            search.sources = self.quote_speaker(tok.head, search.tok_actor) or []

    def of_objects(self, noun: Token) -> list[Token]:
        """The objects of ``noun``'s "of" phrases with their conjuncts ("the seizure of a boat and its crew")."""
        return [q for p in self.prep_objects(noun, "of") for q in (p, *p.conjuncts)]

    def goods_owner_source(self, search: ArgumentSearch) -> None:
        """Rule 135d, goods given named by their giver: a noun act of a `goods_owner_roots` root with no source (and
        no modifier naming an uncoded agent) has the owner of its "of"-object (possessor, compound, adjective) as
        the source: "the delivery of UN food aid to Haiti resumed" (the UN's, as "the UN's delivery of food aid")."""
        if (
            search.sources
            or search.unnamed
            or search.trig.kind != "noun"
            or search.trig.code[:2] not in self.lex.goods_owner_roots
        ):
            return
        search.sources = [a for g in self.of_objects(search.tok) for a in self.owners(g, search.tok_actor)[0]]

    def inquired_act_agent_targets(self, search: ArgumentSearch) -> None:
        """Rule 432b, an investigation named by a noun (`constructions.investigation_roots`: "inquiry", "probe", a
        fact-finding mission) whose `object_topic_preps` phrase, on the noun or on the verb whose object the noun is
        (the parser hangs it on either), names an act with a "by" agent: the agent is the target, as rule 87a reads
        it for a verb's object and for a participle's agent: "the UN's inquiry into abuses by Ethiopian forces" IGO
        -> ETH, "launched a fact-finding mission into abuses by Y" -> Y. Only where the noun's phrases name no party
        themselves, and never a party of the source's own side (``other_parties``)."""
        tok = search.tok
        if search.trig.kind != "noun" or search.trig.code[:2] not in self.lex.investigation_roots:
            return
        if self.targets_of(tok, search.tok_actor, objects=False):
            return  # "an inquiry into Ethiopia" names its party (rule 19)
        heads = [tok, tok.head] if tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX") else [tok]
        topics = [p for head in heads for word in self.lex.object_topic_preps for p in self.prep_objects(head, word)]
        agents = [a for noun in topics for a in self.by_agents(noun, search.tok_actor)]
        search.targets = self.other_parties(agents, search.sources) or search.targets

    def noun_phrase_targets(self, search: ArgumentSearch) -> None:
        """Rules 3 and 19, the noun's own phrases: a topic adjective, else the noun's target prepositions: "sanctions
        on Russia", "Russia-related sanctions"."""
        search.targets = search.topics or self.targets_of(search.tok, search.tok_actor, objects=False)

    def participle_agent_parties(self, search: ArgumentSearch) -> None:
        """Rule 376, a noun act whose reduced passive participle of imposing or giving (`agent_participles`, itself no
        trigger) has a "by" agent: the agent is the doer and, where the noun has no target, the participle's target
        phrase names it, as "sanctions on Iran by the EU" does: "Sanctions imposed on Iran by the EU took effect" EU
        -> IRN 163, "Economic aid provided by Japan to Sri Lanka arrived" JPN -> LKA 071."""
        tok = search.tok
        if search.sources or search.unnamed or search.trig.kind != "noun":
            return
        for part in tok.children:
            if part.lemma_.lower() not in self.lex.agent_participles or self.triggers.trigger(part) is not None:
                continue
            if part.dep_ == "acl" and part.tag_ == "VBN":
                agents = [a for p in by_agent(part) for a in self.actors(p, search.tok_actor)]
            elif self.giving_relative(part):
                # rule 410b: an object relative clause of giving on the noun names the giver in its subject, as the
                # participle's "by" agent does: "the credit line that India extended to Bangladesh" IND -> BGD 071
                agents = [a for s in part.children if s.dep_ == "nsubj" for a in self.actors(s, search.tok_actor)]
            else:
                continue
            if agents:
                search.sources = agents
                if not search.targets:
                    found = self.targets_of(part, search.tok_actor, objects=False)
                    search.targets = [a for a in found if a not in agents]
                return

    def giving_relative(self, verb: Token) -> bool:
        """Rule 410b: whether ``verb`` is an object relative clause (`relcl`, a finite verb, no modal) whose object is
        the noun it hangs on: a subject that is no relative word and no object of its own but a relative word ("the
        credit line that India extended to Bangladesh", "the loans Turkey had extended to Somalia")."""
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
            return False
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or any(s.lower_ in self.lex.relative_objects for s in subjects):
            return False
        return all(
            c.lower_ in self.lex.relative_objects
            for c in verb.children
            if c.dep_ in ("dobj", "obj", "dative", "nsubjpass", "ccomp", "xcomp") and c.pos_ != "ADP"
        )

    def of_phrase_doer(self, search: ArgumentSearch) -> None:
        """Rule 399, a noun act of an `of_doer_codes` code with a target and no source: the actors of its (or its
        compound trigger's head noun's) "of" phrase are the doer, as a possessive before it would be: "the new
        sanctions of the EU against Belarus" EU -> BLR 163, "the first Iran-related sanctions action of the Biden
        administration" USA -> IRN 163, "the visit of the Indian prime minister to Moscow" IND -> RUS 042 (before: no
        source, no event). A target phrase the parser hangs on the "of" phrase's own noun is the act's ("the threats of
        North Korea against Seoul"). Acts whose "of" names the one acted on (expulsion, recognition, release) are not
        listed."""
        if search.sources or search.unnamed or search.trig.kind != "noun":
            return
        if not any(search.trig.code.startswith(c) for c in self.lex.of_doer_codes):
            return
        # the "of" noun itself names the party ("of the EU", "of the Indian prime minister"), not an act whose modifier
        # does ("the threat of Russian attacks on Poland" is a danger, not Russia's threat)
        doers = [p for p in self.of_objects(search.tok) if p.i in search.tok_actor]
        sources = [a for p in doers for a in self.actors(p, search.tok_actor)]
        weak: list[Span] = []
        hung = [
            a
            for p in doers
            for c in p.children
            if c.dep_ == "prep" and c.lower_ != "of"
            for a in self.prep_targets(c, search.tok_actor, weak)
        ]
        # the "of" actors are read as the noun's targets by `targets_of` when nothing else is: the others only
        targets = [a for a in search.targets if a not in sources] or hung or weak
        sources = [a for a in sources if a not in targets]
        if sources and targets:
            search.sources, search.targets = sources, targets

    def patient_owner_targets(self, search: ArgumentSearch) -> None:
        """Rule 135c, a thing acted on named through its owner: a noun act of a `patient_owner_roots` root (coercion,
        assault, force) with no target is aimed at the owner (possessor, compound, adjective) of its "of"-object, as
        the verb is at its object's owner; a "by" agent the parser hung on that object, with no source yet, is the
        doer (rule 31's reading of force nouns): "the seizure of an Indian fishing boat by the Sri Lankan navy"
        LKA -> IND 171, "the arrest of a French journalist by Russian police" 173."""
        if search.trig.kind != "noun" or search.trig.code[:2] not in self.lex.patient_owner_roots:
            return
        patients = self.of_objects(search.tok)
        if not search.sources:
            search.hung = [a for p in patients for a in self.by_agents(p, search.tok_actor)]
            search.sources = list(search.hung)
        if not search.targets:
            search.targets = [
                a for p in patients for a in self.owners(p, search.tok_actor)[0] if a not in search.sources
            ]

    def request_clause_targets(self, search: ArgumentSearch) -> None:
        """Rule 45, a demand with a that-clause: asked of the clause's subject: "its demand that Y ease
        sanctions"."""
        clause = self.triggers.request_clause(search.trig)
        if clause is not None:
            subjects = [
                a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for a in self.actors(c, search.tok_actor)
            ]
            search.targets = subjects or search.targets

    def concern_clause_targets(self, search: ArgumentSearch) -> None:
        """Rule 31, a concern or doubt noun with an about clause: its subject: "voiced doubt that Y would ..."."""
        if not search.targets and self.about_clause(search.trig):
            search.targets = self.that_clause_subjects(search.tok, search.tok_actor)

    def evidence_targets(self, search: ArgumentSearch) -> None:
        """Rule 42, evidence of an act: the party whose act it shows: "evidence of Russian involvement in the
        attack"."""
        if not search.targets and search.tok.lemma_.lower() in self.lex.evidence_nouns:
            of_objects = self.prep_objects(search.tok, "of")
            search.targets = [a for p in of_objects for a in self.actors(p, search.tok_actor)]

    def drop_places_and_sources(self, search: ArgumentSearch) -> None:
        """Rule 49c (filter), a noun's places and source phrases: a place the act happened in, an agent hung on
        the object and the "from" phrase that named the source are no targets, so the victims are still looked
        for: "An attack from Syria killed two Turkish soldiers"."""
        source_starts = {s.start for s in search.sources}
        search.targets = [
            t
            for t in search.targets
            if not self.placed(t, search.tok) and t not in search.hung and t.start not in source_starts
        ]

    def co_agent_help(self, search: ArgumentSearch) -> None:
        """Rule 22, a co-agent (settles the answer): the possessor helps the clause's subject: "with Albania's
        help"."""
        gov = search.gov
        if self.co_agent(search.tok) and search.sources and gov is not None:
            search.finish(search.sources, self.subject(gov, search.tok_actor)[0], False)

    def accused_act_source(self, search: ArgumentSearch) -> None:
        """Rule 92a, an act that an accusation charges someone with: "X accused Y of atrocities", "Y was accused of
        atrocities": Y's act (the accuser keeps only its accusation, 112); the accusing verb gives the noun neither
        its subject nor its object. An accused party the resolver did not code leaves the act with no source."""
        if search.sources:
            return
        party = charged_party(search.tok, self.lex)  # rule 92a; a verdict or legal charge, rule 98b
        if party is not None:
            search.sources = self.actors(party, search.tok_actor)
            search.gov = None

    def hung_agent_source(self, search: ArgumentSearch) -> None:
        """Rule 92a, a noun act's "by" agent, which no earlier step read: (1) hung by the parser on the active verb
        whose object the noun is ("HRW documented the torture of detainees by Syrian troops") or on the first noun
        of its coordination ("the assault and harassment of X by Y"): its actors are the source (one on the object
        of the noun's phrase is left to rule 31, acts of force only: "the expulsion of a diplomat by Sofia" made a
        pair that ConfliBERT's gold does not list); (2) any "by" agent of the noun, of its phrase's object or hung on
        that verb that the resolver did not code, a role noun of ``roles.yml`` ("... by government forces", "the
        arrest of journalists by security forces"): the act has a doer of its own and takes none, never the
        reporting subject. A passive verb's "by" phrase is its own agent; one naming no one ("by decree", "by
        drones") is left alone."""
        tok, gov = search.tok, search.gov
        if search.sources:
            return
        holders = [tok, *self.prep_objects(tok)]
        coordinated: list[Token] = []
        first = tok
        while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head  # "the assault and harassment of X by Y": the coordination's "by" phrase is shared
            coordinated.append(first)
        holders.extend(coordinated)
        hung_on_verb = (
            gov is not None
            and tok.dep_ in ("dobj", "obj")
            and tok.head.i == gov.i
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in gov.children)
        )
        if hung_on_verb and gov is not None:
            holders.append(gov)
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "by":
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    agents = self.actors(obj, search.tok_actor)
                    if agents and (holder is gov or holder in coordinated):
                        search.sources = agents
                    elif not agents and (obj.lower_ in role_heads() or obj.lemma_.lower() in role_heads()):
                        search.unnamed = True

    def governing_subject_source(self, search: ArgumentSearch) -> None:
        """Rules 3 and 26, the governing verb's subject: with no source of its own the noun takes it ("imposed
        sanctions"), not for a host ("received a mission of observers from the OSCE") or an unnamed agent; with a
        "between" on that verb a reciprocal act is all the parties' (settles the answer). Rule 213i: an act of force
        named bare in a `prior_act_preps` phrase of that verb ("kept its border with Y calm after clashes") is an
        earlier event of no named party, none of the verb's (settles the answer, no parties)."""
        tok, gov, lex = search.tok, search.gov, self.lex
        if (
            not search.sources
            and not search.targets
            and gov is not None
            and search.trig.code[:2] in VIOLENT_ROOTS
            and tok.dep_ == "pobj"
            and tok.head.dep_ == "prep"
            and tok.head.lower_ in lex.prior_act_preps
            and tok.head.head.i == gov.i
            and not any(t.i in search.tok_actor for t in tok.subtree)
        ):
            search.finish([], [], False)
            return
        received = (
            gov is not None and tok.lemma_.lower() in lex.agent_nouns and gov.lemma_.lower() in lex.receiving_verbs
        )
        # "will respond to any new sanctions on Y", "retaliated against the attack": the act answered is another's,
        # not the responder's (rule 118a)
        answered = (
            gov is not None
            and gov.lemma_.lower() in lex.retaliation_verbs
            and tok in answered_objects(gov, lex.retaliation_preps)
        )
        if not search.sources and gov is not None and not search.unnamed and not received and not answered:
            search.sources, _ = self.subject(gov, search.tok_actor)
            between = self.between(gov, search.tok_actor)
            if between and search.reciprocal:
                search.finish(search.sources + between, [], True)

    def headline_purpose_holder(self, search: ArgumentSearch) -> None:
        """Rule 144b, a verbless headline's purpose phrase: a noun act in a "for" phrase on the line's root noun,
        that root placed by an "in" / "at" phrase before it (``headline_purpose_holder``), is the root's act: "Qatari
        envoy in Kabul for talks with Taliban" (as "the envoy arrived in Kabul for talks with ..." gives)."""
        if search.sources or search.unnamed or search.trig.kind != "noun":
            return
        holder = headline_purpose_holder(search.tok)
        if holder is not None:
            search.sources = self.actors(holder, search.tok_actor)

    def governing_verb_targets(self, search: ArgumentSearch) -> None:
        """Rule 3, the governing verb's targets: "imposed sanctions on Russia" (not an arrival's place: "returned
        to Geneva for talks"); not the noun's own doer (rule 195g: "welcomed Turkey's lifting of sanctions on
        Armenia" leaves the lifting's party to its own "of" object, Armenia, not the welcome's Turkey)."""
        tok, gov = search.tok, search.gov
        if not search.targets and gov is not None and arrival_verb(tok, self.lex) is None:
            search.targets = [
                a
                for a in self.targets_of(gov, search.tok_actor)
                if a.start != tok.i and not self.placed(a, gov) and a not in search.sources
            ]

    def nominal_victims_by_place(self, search: ArgumentSearch) -> None:
        """Rule 47f, a nominal attack whose victims name no party: the victims are named by where they are, as
        for the verb: "A car bombing by X killed 75 people in eastern Syria"."""
        tok, lex = search.tok, self.lex
        if (
            search.sources
            and not search.targets
            and search.trig.code[:2] in VIOLENT_ROOTS
            and tok.dep_ in SUBJ_DEPS
            and tok.head.lemma_.lower() in lex.casualty_verbs
            and any(c.dep_ in OBJ_DEPS for c in tok.head.children)
        ):
            found = self.nested_targets(tok.head, search.tok_actor, own_phrases=True)
            search.targets = self.other_parties(found, search.sources)

    def response_targets(self, search: ArgumentSearch) -> None:
        """Rule 24, a threat or protest one responds to: when it names only its own party, the responding clause's
        subject is the target: "despite Tanzania's threats", "in response to threats from Somalia"."""
        named = {s.label_ for s in search.sources}
        if (
            search.sources
            and search.trig.code[:2] in self.lex.response_roots
            and all(t.label_ in named for t in search.targets)
        ):
            responder = self.responding_clause(search.tok)
            if responder is not None:
                responders = self.subject(responder, search.tok_actor)[0]
                search.targets = [a for a in responders if a.label_ not in named] or search.targets

    def headline_plural_verb(self, search: ArgumentSearch) -> None:
        """Rule 24, a headline whose trigger verb the tagger read as a plural noun (the ROOT of a verbless line):
        its apposition is its object: "U.S. sanctions large Russian oil companies"."""
        tok = search.tok
        if (
            not search.targets
            and search.sources
            and tok.dep_ == "ROOT"
            and tok.tag_ == "NNS"
            and tok.lemma_.lower() in self.lex.verbs
            and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)
        ):
            search.targets = [a for c in tok.children if c.dep_ == "appos" for a in self.actors(c, search.tok_actor)]

    def casualty_targets(self, search: ArgumentSearch) -> None:
        """Rule 21, casualties of a nominal attack: the victims of a casualty verb: "soldiers were killed in a
        Russian drone strike"."""
        if search.trig.code[:2] not in self.lex.casualty_act_roots:
            return  # force, and since rule 79a a violent repression: "wounded in a crackdown by police"
        if not search.targets:
            search.targets = self.casualties(search.tok, search.tok_actor)
        elif all(self._attack_place(search.tok, t) for t in search.targets):
            # rule 75d: "soldiers of X were killed in a Y attack in Z": the named victims, not the place the noun's
            # own "in" phrase names, are the attack's target (a place is a target only when nobody is named)
            search.targets = self.casualties(search.tok, search.tok_actor) or search.targets

    def casualty_verb_agent(self, search: ArgumentSearch) -> None:
        """Rule 79a, a nominal attack with no doer of its own under a casualty verb that the parser gave the "by"
        phrase: a "by" phrase (not a passive agent) on a verb of dying belongs to the attack: "Ten civilians in
        Syria died in air strikes by the government" SYRGOV -> SYRCVL, as "... died in air strikes by X" read
        with the phrase on the noun."""
        tok = search.tok
        if (
            search.trig.code[:2] not in self.lex.casualty_act_roots
            or tok.dep_ != "pobj"
            or tok.head.lower_ not in self.lex.casualty_act_preps
            or tok.head.head.lemma_.lower() not in self.lex.casualty_verbs
        ):
            return
        victims = self.casualties(tok, search.tok_actor)
        if any(s not in victims for s in search.sources):
            return  # a doer of its own ("a Hamas attack"); the governing subject taken so far is a victim
        verb = tok.head.head
        agents = self.by_agents(verb, search.tok_actor, after=tok.i)
        if agents:
            search.sources = agents

    def _attack_place(self, noun: Token, target: Span) -> bool:
        """``target`` is the place of a nominal attack's own "in" / "near" / "at" phrase ("an attack in Gaza")."""
        prep = target.root.head
        return (
            target.root.dep_ == "pobj"
            and prep.head.i == noun.i
            and prep.dep_ == "prep"
            and prep.lower_ in self.lex.attack_place_preps
        )

    def severed_relation_partner(self, search: ArgumentSearch) -> None:
        """Rule 23, a reduction of a relation (root 16): the relation cut names the partner: "the suspension of air
        links with Yugoslavia" (not "a reset of relations with Russia" under "interest in"); rule 190a, also a service
        cut (`severed_service_objects`): "announced a suspension of flights to Y"."""
        if not search.targets and search.trig.code[:2] == "16":
            relations = self.lex.mutual_objects | self.lex.severed_service_objects
            search.targets = [
                a
                for p in search.tok.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for rel in p.children
                if rel.dep_ == "pobj" and rel.lemma_.lower() in relations
                for a in self.targets_of(rel, search.tok_actor, objects=False)
            ]

    def nominal_object_targets(self, search: ArgumentSearch) -> None:
        """Rule 190c, an act noun read as its verb's (verb, object) phrase through its "of" object (rule 178c) with no
        target of its own: the object's own target phrases name the party, as the verb's object's do: "Turkey's
        lifting of sanctions on Armenia" TUR -> ARM 085 as "Turkey lifted sanctions on Armenia"."""
        obj = search.trig.phrase_obj
        if search.targets or search.trig.kind != "noun" or obj is None or obj.dep_ != "pobj":
            return
        if obj.head.lower_ == "of" and obj.head.head.i == search.tok.i:
            search.targets = [
                a for a in self.targets_of(obj, search.tok_actor, objects=False) if a not in search.sources
            ]

    def one_sided_governor(self, search: ArgumentSearch) -> None:
        """Rule 21, a one-sided verb on a reciprocal noun: one side's act: "the parliament approved the agreement
        with Y"."""
        gov = search.gov
        if search.reciprocal and gov is not None and search.targets and gov.lemma_.lower() in self.lex.one_sided_verbs:
            search.reciprocal = False

    # -- every kind: the wrapped act -------------------------------------------------------------------------------

    def drop_own_possessive(self, search: ArgumentSearch) -> None:
        """Rule 23 (filter), a possessive pronoun in the object that stands for the source is no target, so the
        wrapped act's own target is looked for: "pledged his country's support to Y", "withdrew its troops"."""
        own = {s.label_ for s in search.sources}
        search.targets = [t for t in search.targets if not (len(t) == 1 and t.root.tag_ == "PRP$" and t.label_ in own)]

    def own_state_object_owner(self, search: ArgumentSearch) -> None:
        """Rule 169a, the source's own state named as the owner of the verb's object (its possessor, adjective or
        compound) is no target, as a possessive pronoun is not (rule 23): the object's own phrases name the party
        ("Japan's ambassador pledged Japan's continued support for Ukraine", "reaffirmed Russia's support for
        Syria"); an object its owner's own state speaks of with no other party gives no event. Only a source that is
        the state or one of its state roles (`STATE_ROLES`) owns its state's act: "the New People's Army violated
        Philippine's ceasefire" keeps the state as its target."""
        # only the act the trigger is made of: a phrase's object ("reaffirm support") or a wrapped act noun ("pledged
        # support"); a judged object is the judge's own ("criticised US policy toward Cuba" said by a US senator)
        acts = {t.i for t in (search.trig.phrase_obj, search.inner.token if search.inner else None) if t is not None}
        objects = [c for c in search.tok.children if c.dep_ in OBJ_DEPS and c.i in acts]
        owners = self.own_state_owners(search, search.targets, {o.i for o in objects})
        if not owners:
            return
        search.targets = [t for t in search.targets if t not in owners]
        if not search.targets:
            # the object's own phrases, else the nearest party nested in them ("support for political efforts in
            # Yemen"), never the owner again
            weak: list[Span] = []
            preps = [c for o in objects for c in o.children if c.dep_ == "prep"]
            found = [a for c in preps for a in self.prep_targets(c, search.tok_actor, weak)] or weak
            if not found:
                nested = [a for c in preps for a in self.nested_targets(c, search.tok_actor)]
                found = self.other_parties(nested, search.sources)
            search.targets = found

    def own_state_owners(self, search: ArgumentSearch, spans: list[Span], heads: Collection[int]) -> list[Span]:
        """The ``spans`` that name the sources' own state (rule 169a) as the possessor, adjective or compound of a
        token of ``heads``, where every source is that state or one of its state roles."""
        if not search.sources or any(role_part(s.label_) not in STATE_ROLES for s in search.sources):
            return []
        own = {primary(s.label_) for s in search.sources}
        return [
            t
            for t in spans
            if len(own) == 1
            and t.label_ in own
            and t.root.dep_ in ("poss", "amod", "compound")
            and t.root.head.i in heads
        ]

    def wrapper_clause_targets(self, search: ArgumentSearch) -> None:
        """Rule 4, a wrapper with no coded act: the targets of the clause it wraps: "refused to help Y"."""
        if search.trig.wrapper is not None and search.inner is None and not search.targets:
            for child in search.tok.children:
                if child.dep_ in ("xcomp", "ccomp"):
                    search.targets = self.targets_of(child, search.tok_actor)
                    break
            if not search.targets:
                # rule 331: "rejected a plan for ending its dispute with Y": the other party of the dispute
                objs = [c for c in search.tok.children if c.dep_ in ("dobj", "obj")]
                plans = [c for c in objs if self.triggers.settles_dispute(c)]
                sides = [a for c in plans for a in self.dispute_sides(c, search.tok_actor)]
                search.targets = self.other_parties(sides, search.sources)

    def warned_act_doer(self, search: ArgumentSearch) -> None:
        """Rule 116a, an advisory verb with no object warns "against" an act (``warned_act_preps``): the one warned
        is whoever would do the act, here unnamed, not a party inside the act's object (settles the answer, no
        target): "Germany warned against scrapping the agreement with Y" (a named addressee, "warned Y against
        scrapping the deal", is the verb's object and was found before)."""
        inner = search.inner
        if inner is None or search.targets or search.trig.kind != "verb":
            return
        prep = inner.token.head
        if (
            inner.token.dep_ == "pcomp"
            and prep.dep_ == "prep"
            and prep.lower_ in self.lex.warned_act_preps
            and prep.head.i == search.tok.i
            and search.tok.lemma_.lower() in self.lex.advisory_verbs
        ):
            search.done = True

    def for_clause_addressee(self, search: ArgumentSearch) -> None:
        """Rule 149d, a wrapper verb whose wrapped act is a "for" + subject + to-infinitive clause
        (``triggers.for_infinitive``): the clause's subject is the one asked, as the object of "called on Y to
        ...": "Lithuania called for Belarus to free the activists" LTU -> BLR."""
        inner = search.inner
        if inner is None or search.targets or search.trig.kind != "verb":
            return
        clause = inner.token
        if clause.head.i != search.tok.i or not for_infinitive(clause):
            return
        search.targets = [
            a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for a in self.actors(c, search.tok_actor)
        ]

    def wrapped_act_targets(self, search: ArgumentSearch) -> None:
        """Rule 4, the wrapped act's own targets, objects included, else its deeper ones: "refused to lift
        sanctions on Y"."""
        inner = search.inner
        if inner is not None and not search.targets:
            found = self.targets_of(inner.token, search.tok_actor, objects=True)
            search.targets = found or self.deep_targets(inner.token, search.tok_actor)
        if inner is not None and not search.targets and inner.kind == "noun":
            # rule 306: a wrapped noun act that is the object of a verb between, no act of its own ("promised to
            # continue military aid to Y", "to Y" hung on "continue"): that verb's phrases name its target, as the
            # governing verb's do for the plain noun ("will continue military aid to Y", rule 3)
            gov = self.governor(inner.token)
            if (
                gov is not None
                and gov.i != search.tok.i
                and gov.dep_ == "xcomp"
                and self.triggers.trigger(gov) is None
                and search.tok.i in {a.i for a in gov.ancestors}
            ):
                search.targets = [
                    a
                    for a in self.targets_of(gov, search.tok_actor, objects=False)
                    if not self.placed(a, gov) and a not in search.sources
                ]

    def others_clause_filter(self, search: ArgumentSearch) -> None:
        """Rule 247, a reported clause (a ``ccomp`` of the trigger verb) whose own subject names an actor and no
        source's country is another party's act: the source reports or warns of it and acts on no one named in
        it ("China may detain more Japanese citizens, Tokyo warned" is no Tokyo -> Japanese citizens threat)."""
        if search.trig.kind != "verb" or not search.sources or not search.targets:
            return
        own = {primary(s.label_) for s in search.sources}
        inside: set[int] = set()
        for clause in search.tok.children:
            if clause.dep_ != "ccomp":
                continue
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if self.permitted_goods_clause(search, clause):
                continue  # rule 259b: "allowed a UN aid convoy to enter Gaza", the convoy no doer but what is let in
            doers = [a for c in subjects for a in self.actors(c, search.tok_actor)]
            if doers and all(primary(a.label_) not in own for a in doers):
                # the clause's subject itself stays a target ("warned that Y would pay a heavy price", rule 112b)
                inside |= {t.i for t in clause.subtree} - {t.i for c in subjects for t in c.subtree}
        if inside:
            search.targets = [t for t in search.targets if t.root.i not in inside]

    def carrier_noun_targets(self, search: ArgumentSearch) -> None:
        """Rule 26, a wrapped act compounded on a carrier noun: the carrier's targets: "an aid program for
        Bosnia"."""
        inner = search.inner
        if inner is not None and not search.targets and inner.token.dep_ == "compound":
            carrier = inner.token.head
            if carrier.lemma_.lower() in self.lex.carrier_nouns:
                search.targets = self.targets_of(carrier, search.tok_actor, objects=True)

    def permitted_wrapped_target(self, search: ArgumentSearch) -> None:
        """Rule 24, a wrapped permission: whom it yields to: "refused to allow Y to ..."."""
        inner = search.inner
        if (
            inner is not None
            and not search.targets
            and inner.phrase_obj is not None
            and inner.token.lemma_.lower() in self.lex.permission_verbs
        ):
            search.targets = self.actors(inner.phrase_obj, search.tok_actor)

    def planned_posture_target(self, search: ArgumentSearch) -> None:
        """Rule 25, a wrapped show of force near a party: that party: "plans to hold drills near Taiwan"."""
        inner = search.inner
        if (
            inner is not None
            and not search.targets
            and inner.phrase_obj is not None
            and inner.code == self.lex.posture_code
            and inner.kind == "noun"
        ):
            search.targets = self.actors(inner.phrase_obj, search.tok_actor)

    def offered_mediation_parties(self, search: ArgumentSearch) -> None:
        """Rule 25, a wrapped mediation: the parties between which it is offered: "its readiness to mediate
        between A and B"."""
        inner = search.inner
        if inner is not None and not search.targets and inner.code.startswith("045"):
            search.targets = self.between(inner.token, search.tok_actor)

    def wrapped_noun_modifiers(self, search: ArgumentSearch) -> None:
        """Rule 4, a wrapped noun's modifiers: its possessor, compound or adjective is the target: "rejected
        Russia's proposal for talks"; not the source's own state (rule 169a: "pledged the Kingdom's support" said by
        a Saudi envoy leaves the target to the later steps)."""
        inner = search.inner
        if inner is not None and not search.targets and inner.kind == "noun":
            found = [
                a
                for c in inner.token.children
                if c.dep_ in ("poss", "compound", "amod")
                and not (c.dep_ == "poss" and self.others_of(inner.token))  # rule 212: "criticised Kyiv's allies"
                for a in self.actors(c, search.tok_actor)
            ]
            own = self.own_state_owners(search, found, {inner.token.i})
            search.targets = [a for a in found if a not in own]

    def hung_mediator_target(self, search: ArgumentSearch) -> None:
        """Rule 120b, a wrapped mediation noun whose mediator the parser hung on the wrapper verb as its "by" phrase
        (`TriggerMatcher.hung_by_phrases`), with no target yet: the mediator, toward whom the mediation is taken up
        (038, rule 107c): "Sudan agreed to mediation by Egypt" SDN -> EGY (before: no event)."""
        inner = search.inner
        if search.targets or inner is None or inner.kind != "noun":
            return
        if inner.code != self.lex.mediation_act_code and not inner.mediation:
            return
        found = [
            a
            for by in self.triggers.hung_by_phrases(inner.token)
            for g in by.children
            if g.dep_ == "pobj"
            for a in self.actors(g, search.tok_actor)
        ]
        search.targets = self.other_parties(found, search.sources)

    def accepted_offer_source(self, search: ArgumentSearch) -> None:
        """Rule 66f, a wrapper whose clause is an acceptance verb (`acceptance_verbs`) with no target yet: the party
        whose offer is taken or refused, named by "from" on that verb or on its object (the parser hangs it on
        either): "refused to accept the proposal from France". "From" is no target preposition of acts in
        general ("imports from India")."""
        if search.targets or search.trig.wrapper is None:
            return
        for clause in search.tok.children:
            if clause.dep_ in ("xcomp", "ccomp") and clause.lemma_.lower() in self.lex.acceptance_verbs:
                holders = [clause, *(c for c in clause.children if c.dep_ in OBJ_DEPS)]
                search.targets = [a for h in holders for a in self.prep_actors(h, "from", search.tok_actor)]
                return

    def answered_owners(self, objects: list[Token], tok_actor: dict[int, Span]) -> list[Span]:
        """The parties whose acts ``objects`` name, as the phrase a response answers names them: an actor itself, or
        the act's owner ("US sanctions", "Japan's provocations", "sanctions from / by Washington", "sanctions imposed
        by the US"), never a party inside the act ("sanctions on Iran")."""
        owners: list[Span] = []
        for obj in objects:
            if obj.i in tok_actor:
                owners += self.actors(obj, tok_actor)
                continue
            for child in obj.children:
                if child.dep_ in ("poss", "compound", "amod", "nmod"):
                    owners += self.actors(child, tok_actor)  # "US sanctions", "Japan's provocations"
                elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
                    owners += [a for g in child.children if g.dep_ == "pobj" for a in self.actors(g, tok_actor)]
                elif child.dep_ == "acl":
                    # "sanctions imposed by the US"
                    owners += [
                        a
                        for agent in child.children
                        if agent.dep_ == "agent"
                        for g in agent.children
                        if g.dep_ == "pobj"
                        for a in self.actors(g, tok_actor)
                    ]
        return owners

    def capable_forces_targets(self, search: ArgumentSearch) -> None:
        """Rule 348, a show of force (`capable_force_roots`, 15) with a source and no target whose forces, its direct
        object, are described by a capability adjective (`capability_adjectives`: capable, able, ready) over an act
        of force (`capable_act_roots`, 18-20): the party that act is aimed at, searched as the nested phrases are
        (``nested_targets`` from the adjective): "trained hackers capable of launching cyberattacks against Y",
        "deployed troops ready to launch an offensive against Y". A capacity for no act of force ("capable of
        building bridges in Y") names no target."""
        trig = search.trig
        if search.targets or not search.sources or trig.kind != "verb":
            return
        if trig.code[:2] not in self.lex.capable_force_roots:
            return
        objects = [obj for obj in trig.token.children if obj.dep_ in ("dobj", "obj")]
        # the forces of a partitive object: "trained thousands of hackers capable of ..."
        objects += [p for obj in objects for of in obj.children if of.lower_ == "of" for p in of.children]
        adjectives = [
            adj
            for obj in objects
            for adj in obj.children
            if adj.dep_ in ("amod", "acl") and adj.lemma_.lower() in self.lex.capability_adjectives
        ]
        for adj in adjectives:
            acts = [self.triggers.trigger(t) for t in adj.subtree if t.i != adj.i]
            if not any(a is not None and a.code[:2] in self.lex.capable_act_roots for a in acts):
                continue
            search.targets = self.other_parties(self.nested_targets(adj, search.tok_actor), search.sources)
            if search.targets:
                return

    def recalled_act_owner_targets(self, search: ArgumentSearch) -> None:
        """Rule 419a, a judgement (`owned_act_judging_roots`: praise and support 05, criticism 11) with a source and no
        target, the main verb of its sentence, whose direct object is a definite act noun naming no party ("the
        strikes", "the attack", "the arrests": ``recalled_act``) judges the act the previous sentence told: it is
        aimed at that sentence's active main subject ("Israel struck targets in Syria overnight. Turkey condemned the
        strikes." TUR -> ISR 111). A previous sentence with no such subject ("A bomb exploded in a market. France
        condemned the attack.") names no one."""
        trig = search.trig
        if search.targets or not search.sources or search.reciprocal:
            return
        if trig.kind != "verb" or trig.code[:2] not in self.lex.owned_act_judging_roots:
            return
        owners = self.recalled_act_owners(trig.token, search.tok_actor)
        search.targets = self.other_parties(owners, search.sources)

    def recalled_act(self, verb: Token, tok_actor: dict[int, Span]) -> bool:
        """Rule 419a: whether ``verb`` is its sentence's main verb and its direct object a definite act noun
        (a `recalled_act_determiners` word, a noun trigger of the lexicon, only adjectives or compounds beside) that
        names no party: the act told before ("condemned the strikes", "welcomed these talks")."""
        if verb.pos_ != "VERB" or verb.i != verb.sent.root.i:
            return False
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "obj") or obj.pos_ != "NOUN":
                continue
            dets = [c for c in obj.children if c.dep_ == "det"]
            if len(dets) != 1 or dets[0].lower_ not in self.lex.recalled_act_determiners:
                continue
            if any(c.dep_ not in ("det", "amod", "compound") for c in obj.children):
                continue
            if any(t.i in tok_actor for t in obj.subtree):
                continue
            found = self.triggers.trigger(obj)
            if found is not None and found.kind == "noun":
                return True
        return False

    def recalled_act_owners(self, verb: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 419a: the parties of the active main subject of the sentence before ``verb``'s, in the same
        paragraph, when ``verb`` judges a recalled act (``recalled_act``); none otherwise."""
        sent = verb.sent
        if sent.start == 0 or not self.recalled_act(verb, tok_actor):
            return []
        doc = verb.doc
        previous = doc[sent.start - 1].sent
        if "\n\n" in doc.text[previous.end_char : sent.start_char]:
            return []
        root = previous.root
        if root.pos_ != "VERB":
            return []
        return [a for c in root.children if c.dep_ == "nsubj" for a in self.actors(c, tok_actor)]

    def answered_posture_owner(self, search: ArgumentSearch) -> None:
        """Rule 233b, a threat or show of force (`answered_posture_roots`) with a source and no target, made "in
        response / reply / retaliation to (for)" another party's act (`response_nouns`), is aimed at that act's
        owner, never at a party inside the act: "threatened to resume nuclear tests in response to US tests",
        "threatened countermeasures in response to the US deployment of missiles in Japan" (the US, not Japan).
        The phrase may hang on the trigger verb, a verb of its to-infinitive chain or the verb's direct object."""
        trig = search.trig
        code = (search.inner or trig).code
        if search.targets or not search.sources or trig.kind != "verb":
            return
        if code[:2] not in self.lex.answered_posture_roots:
            return
        verbs = [trig.token]
        for verb in verbs:
            verbs += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        anchors = verbs + [c for v in verbs for c in v.children if c.dep_ in ("dobj", "obj")]
        objects = [
            obj
            for anchor in anchors
            for prep in anchor.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for noun in prep.children
            if noun.dep_ == "pobj" and noun.lemma_.lower() in self.lex.response_nouns
            for to in noun.children
            if to.dep_ == "prep" and to.lower_ in ("to", "for")
            for obj in to.children
            if obj.dep_ == "pobj"
        ]
        if objects:
            search.targets = self.other_parties(self.answered_owners(objects, search.tok_actor), search.sources)

    def answered_act_owner(self, search: ArgumentSearch) -> None:
        """Rule 118a (filter), a response or retaliation (``retaliation_verbs``; the trigger, or the act a threat or
        intent wrapper wraps) is aimed at the party its ``retaliation_preps`` phrase names, or at the owner of the
        act named there ("will respond to any new US sanctions", "to sanctions from Washington", "vowed to retaliate
        against the US tariffs": US), never at a party inside that act ("respond to any new sanctions on Iran": no
        target, no event). Targets found elsewhere ("warned Japan it would retaliate") stay."""
        lex = self.lex
        acts = [a for a in (search.trig, search.inner) if a is not None and a.kind == "verb"]
        verbs = [a.token for a in acts if a.token.lemma_.lower() in lex.retaliation_verbs]
        if not verbs:
            return
        verb = verbs[0]
        objects = answered_objects(verb, lex.retaliation_preps, lex.retaliation_reference_verbs)
        if not objects:
            return
        inside = {t.i for obj in objects for t in obj.subtree}
        owners = self.answered_owners(objects, search.tok_actor)
        if not owners and not any(c.dep_ == "agent" for c in verb.children):
            # "threatened to respond with force to drills by South Korea": the parser hangs the answered act's "by"
            # phrase on the response verb, an active verb whose doer is its subject, so it names the act's owner
            # (rule 125d)
            owners = [
                a
                for prep in verb.children
                if prep.dep_ == "prep" and prep.lower_ == "by"
                for g in prep.children
                if g.dep_ == "pobj"
                for a in self.actors(g, search.tok_actor)
            ]
        if not owners:
            # '"We will respond to any aggression," X said of Y': an act answered with no owner named is the act
            # of the party the speech is about (rule 218d)
            owners = [a for g in said_of(verb, lex.report_verbs) for a in self.actors(g, search.tok_actor)]
        kept = [t for t in search.targets if not any(i in inside for i in range(t.start, t.end))]
        search.targets = kept + [o for o in self.other_parties(owners, search.sources) if o not in kept]

    # -- every kind: the act as a whole ----------------------------------------------------------------------------

    def drop_regime_names(self, search: ArgumentSearch) -> None:
        """Rule 277c (filter), the regime named on a measure the subject puts in force is no party the measure hits:
        "France imposed EU sanctions on Iran" is FRA -> IRN, not also toward the EU (the phrase "impose sanction"
        reads the object's modifiers as targets); with none left, the measure's own "on" phrase names whom it hits."""
        obj = search.trig.phrase_obj
        if obj is None or not search.targets or not self.regime_imposers(obj, search.tok_actor):
            return
        regime = {c.i for c in obj.children if c.dep_ == "compound"}
        kept = [t for t in search.targets if t.root.i not in regime]
        # "imposed UN sanctions on Iran" with "on Iran" hung on the sanctions: the measure's own "on" phrase
        search.targets = kept or self.prep_actors(obj, "on", search.tok_actor)

    def drop_reciprocal_places(self, search: ArgumentSearch) -> None:
        """Rule 11 (filter), a reciprocal event's "in X" is a place, no party: "a summit in Genoa"."""
        if search.reciprocal:
            search.targets = [t for t in search.targets if not located(t)]

    def drop_venue_places(self, search: ArgumentSearch) -> None:
        """Rule 298 (filter), where a statement, praise or a rally was made or held is no party: for an act whose code
        starts with a `venue_place_codes` prefix (010-013, 051, 053, 14; in its doers' sense, rule 68), a target named
        as a place by an "in" / "at" phrase on the trigger word (or its phrase's object, or the verb governing a
        trigger noun), of a country no source belongs to, is dropped: "Petro addressed a rally in New York", "Modi
        held a rally in London", "Lula voiced optimism in Lisbon" (no event). Sources with no country (an IGO, a
        group) leave the place as it is."""
        trig, sources = search.trig, search.sources
        if not sources or not search.targets:
            return
        code = self.triggers.doers_sense(trig, trig.code, sources)
        if not any(code.startswith(prefix) for prefix in self.lex.venue_place_codes):
            return
        own = {country_part(s.label_) for s in sources}
        if not own <= country_codes():
            return
        words = {w for w in (search.tok, trig.token, trig.phrase_obj, search.gov) if w is not None}
        protest = code[:2] in self.lex.protest_roots  # a protest "at the US embassy" is against its owner (rule 333)
        search.targets = [
            t
            for t in search.targets
            if located_on(t) not in words or country_part(t.label_) in own or (protest and self.post_owner(t))
        ]
        # rule 344: a protest whose only targets are its own country's venue ("staged a demonstration outside the
        # Chinese consulate in Mumbai", "in Mumbai" hung on the verb) is aimed at the post's owner when the trigger
        # word, its phrase's object or the verb above it has an `assembly_post_preps` phrase on an embassy or consulate
        if (
            protest
            and search.targets
            and all(located_on(t) in words and not self.post_owner(t) for t in search.targets)
        ):
            owners = [
                a
                for a in dict.fromkeys(search.tok_actor.values())
                if (post := self.post_of(a)) is not None
                and post.head.lower_ in self.lex.assembly_post_preps
                and post.head.head in words
            ]
            search.targets = owners or search.targets

    def drop_deep_object_places(self, search: ArgumentSearch) -> None:
        """Rule 345 (filter), a disapproval or a rejection (a `deep_place_codes` prefix, in the doers' sense of rule 68)
        is aimed at whom the thing criticized or turned down belongs to, not at where something named inside it lies: a
        target named as a place by an "in" / "at" phrase hung on a word below the trigger (deeper than the trigger, its
        phrase's object, the trigger's own objects, a participle on them and its to-infinitive act; a wrapped act's
        place below its object is too), of a country no source belongs to, is dropped: "rejected appeals against the
        demolition of a village in the West Bank", "accused the law of attacking civil society in Hungary" (no target
        there). The object's own "in Y" ("criticized the reforms in Ecuador", "the elections held in Crimea") stays,
        and so does a truce noun's, whose place names its parties (rule 36: "rejected the plan for a ceasefire in
        Gaza"), a measure's, whose venue names the body whose measure it is (rules 134d, 211a: "cast its veto
        against the resolution in the UN Security Council"), and a deployment's, whose place names its host
        ("refused to deploy peacekeepers in Iraq")."""
        trig, sources = search.trig, search.sources
        if not sources or not search.targets:
            return
        code = self.triggers.doers_sense(trig, trig.code, sources)
        if not any(code.startswith(prefix) for prefix in self.lex.deep_place_codes):
            return
        own = {country_part(s.label_) for s in sources}
        top = trig.token
        words = {w for w in (search.tok, top, trig.phrase_obj, search.gov) if w is not None}
        # the trigger's objects and its to-infinitive act: "refused to join in NATO exercises" names whom it joins
        words |= {c for w in list(words) for c in w.children if c.dep_ in OBJ_DEPS or c.dep_ == "xcomp"}
        # and a participle on those ("criticized the elections held in Crimea": the object's own place, rule 234)
        words |= {c for w in list(words) for c in w.children if c.dep_ == "acl"}
        below = {t.i for t in top.subtree} - {w.i for w in words}
        search.targets = [
            t
            for t in search.targets
            if (w := located_on(t)) is None
            or w.i not in below
            or w.lemma_.lower() in self.lex.truce_nouns  # where a truce holds names its parties (rule 36)
            # a measure's venue names the body whose measure it is, for a veto and a vote (rules 134d, 211a)
            or w.lemma_.lower() in self.lex.vote_measure_nouns
            or self.deployment_place(w)
            or country_part(t.label_) in own
        ]

    def drop_boundary_partners(self, search: ArgumentSearch) -> None:
        """Rule 384a (filter), an act placed "near / along / on the border with Y" is not done to Y: a target named
        only as the "with" object of a `shared_boundary_nouns` noun that is the object of a `boundary_place_preps`
        phrase is the neighbour across the boundary where the act took place, and is dropped, with no event when no
        other target is left: "attacked rebel fighters near the border with Chad" (before SDN -> TCD 190), "arrested
        three smugglers near the border with Nepal". A show of force (`boundary_partner_codes`, the trigger's or its
        wrapped act's code) keeps it, being aimed at that neighbour (rules 25, 129a, 133b: "massed troops near the
        border with Ukraine"), and so do a truce on that boundary and a crossing closed there (both sides', rules 36,
        213g); "across the border with Y" is no such phrase (fire sent into Y)."""
        if not search.targets:
            return
        codes = {search.trig.code, *((search.inner.code,) if search.inner is not None else ())}
        if any(code.startswith(prefix) for code in codes for prefix in self.lex.boundary_partner_codes):
            return
        search.targets = [t for t in search.targets if not self.boundary_partner(t)]

    def boundary_partner(self, actor: Span) -> bool:
        """Rule 384a, whether ``actor`` is named only as the party a boundary is shared with, in a place phrase: the
        "with" object (or a conjunct of it) of a `shared_boundary_nouns` noun that a `boundary_place_preps`
        preposition takes ("near the border with Chad", "along its frontier with Mali and Niger"); a "with" the
        parser hung on the verb right after such a noun is the noun's (rule 194c's `boundary_with`)."""
        tok = actor.root
        while tok.dep_ in ("compound", "amod", "nmod", "conj") and not is_root(tok):
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "with" or tok.head.dep_ != "prep":
            return False
        boundary = tok.head.head
        if self.triggers.boundary_with(tok.head):
            boundary = tok.doc[tok.head.i - 1]
        if boundary.dep_ != "pobj" or boundary.lemma_.lower() not in self.lex.shared_boundary_nouns:
            return False
        prep = boundary.head
        if prep.dep_ != "prep" or prep.lower_ not in self.lex.boundary_place_preps:
            return False
        # what lies on a boundary belongs to both sides: a truce there (rule 36: "called for a ceasefire along the
        # border with Y") and a crossing that is an object, of the phrase's head or the head itself ("closed all
        # crossing points on its border with Y", the phrase hung on the verb or on its object)
        holder = prep.head
        if holder.lemma_.lower() in self.lex.truce_nouns:
            return False
        crossings = self.lex.crossing_heads | self.lex.crossing_modifiers | self.lex.shared_boundary_nouns
        objects = [holder, *(c for c in holder.children if c.dep_ in OBJ_DEPS)]
        return not any(o.dep_ in OBJ_DEPS and o.lemma_.lower() in crossings for o in objects)

    def drop_body_members(self, search: ArgumentSearch) -> None:
        """Rule 384b (filter), a singular member or ally named by a body ("the NATO member", "the EU member state", "the
        OPEC member": `body_member_nouns`, or a `member_state_heads` noun with such a compound) is one of the body's
        states that the sentence leaves unnamed, not the body: the body's mention is no party of the act (as rule 212's
        "Washington's allies" and stop.yml's "BRICS members" are not), with no event when no other party is named:
        "imposed fresh sanctions on the OPEC member" (before USA -> IGOOPC 163). Only a definite noun
        (`member_definite_dets`: the anaphor of a state the text names elsewhere); an indefinite "a NATO member" may
        stand for any member, the alliance as a whole ("warned that Russia could attack a NATO member", an older
        row), and is left as it was; so are a member named after the body ("EU member Hungary") and plural members
        ("NATO members", "EU member states")."""
        search.targets = [t for t in search.targets if not self.body_member(t)]
        search.sources = [s for s in search.sources if not self.body_member(s)]

    def body_member(self, actor: Span) -> bool:
        """Rule 384b, whether ``actor`` is a body (an IGO) that only modifies a definite singular noun of membership
        outside its mention: "NATO" in "the NATO member", "EU" in "the EU member state"."""
        if not is_igo(actor.label_):
            return False
        lex = self.lex
        tok = actor.root
        while tok.dep_ in ("compound", "amod", "nmod") and not is_root(tok):
            tok = tok.head
            if tok.i < actor.end:
                continue
            lemma = tok.lemma_.lower()
            if lemma in lex.body_member_nouns and tok.dep_ in ("compound", "amod", "nmod"):
                continue  # "member" in "the EU member state": the head decides
            if tok.tag_ != "NN":
                return False  # "NATO members", "EU member states": left as they were
            state = lemma in lex.member_state_heads and any(
                c.dep_ == "compound" and c.lemma_.lower() in lex.body_member_nouns for c in tok.children
            )
            if not (lemma in lex.body_member_nouns or state):
                return False  # "NATO member Turkey": the member is named
            return any(c.dep_ == "det" and c.lower_ in lex.member_definite_dets for c in tok.children)
        return False

    def drop_holding_places(self, search: ArgumentSearch) -> None:
        """Rule 412a (filter), people taken in or set free are none of the party whose camp, centre or prison held them:
        for an asylum act or a release (`holding_place_codes` prefixes, the trigger's or its wrapped act's code), a
        target named only as the owner or the "in" / "at" place of a `holding_place_nouns` noun that is itself the
        object of a `holding_place_preps` phrase (``holding_place``) is where the people were held, not who they are,
        and is dropped, with no event when no other target is left: "resettled 600 refugees from camps in Jordan"
        (before CAN -> JOR), "released 20 prisoners, including a former inmate of a Turkish jail" (before EGY -> TUR
        0841). The people's own party ("Syrian refugees from camps in Turkey") and a place of a source's own country
        stay; aid to people in camps (07x) is not such an act (its recipient's place is the one aided, rule 409)."""
        if not search.targets or not search.sources:
            return
        codes = {search.trig.code, *((search.inner.code,) if search.inner is not None else ())}
        if not any(code.startswith(prefix) for code in codes for prefix in self.lex.holding_place_codes):
            return
        own = {country_part(s.label_) for s in search.sources}
        search.targets = [t for t in search.targets if country_part(t.label_) in own or self.holding_place(t) is None]

    def holding_place(self, actor: Span) -> Token | None:
        """Rule 412a, the `holding_place_nouns` noun whose owner ("a Turkish jail", "the U.S. military prison",
        "Greece's camps") or "in" / "at" / "on" place ("camps in Jordan", a conjunct "in Jordan and Lebanon" too; a
        place phrase the parser hung on the verb right after the noun is the noun's)
        ``actor`` is, when that noun is the object of a `holding_place_preps` phrase ("from camps in Jordan", "a
        former inmate of a Turkish jail", "detainees at a Syrian prison"); None otherwise (a camp struck, aid sent
        "to camps in Chad": no such phrase)."""
        lex = self.lex
        tok = actor.root
        while tok.dep_ == "conj" and not is_root(tok):
            tok = tok.head
        if tok.dep_ in ("compound", "amod", "nmod", "poss") and not is_root(tok):
            place = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "on") and not is_root(tok.head):
            place = tok.head.head
            before = tok.doc[tok.head.i - 1]
            if place.lemma_.lower() not in lex.holding_place_nouns and before.lemma_.lower() in lex.holding_place_nouns:
                place = before  # "from camps in Indonesia", the "in" hung on the verb right after the noun
        else:
            return None
        if actor.start <= place.i < actor.end or place.lemma_.lower() not in lex.holding_place_nouns:
            return None
        if place.dep_ != "pobj" or place.head.dep_ != "prep" or place.head.lower_ not in lex.holding_place_preps:
            return None
        return place

    def deployment_place(self, word: Token) -> bool:
        """Rule 345, whether ``word``'s "in" phrase is where forces are sent, which names the host as rules 47d and
        255c read "send troops to Y": a `troop_sending_verbs` verb or its object ("refused to deploy peacekeepers in
        Iraq", "rejected a call for its forces to be deployed in East Timor")."""
        verbs = self.lex.troop_sending_verbs
        return word.lemma_.lower() in verbs or (word.dep_ in OBJ_DEPS and word.head.lemma_.lower() in verbs)

    def post_owner(self, actor: Span) -> bool:
        """Rule 333, whether the actor names the owner of an embassy or consulate (`assembly_posts`) that is the object
        of a place phrase: "at the US embassy" names the state a protest there is held against, not a located place,
        as "outside the US embassy" already did (rule 298). Read for protests only: a statement made at an embassy
        keeps rule 298's venue."""
        return self.post_of(actor) is not None

    def post_of(self, actor: Span) -> Token | None:
        """The embassy or consulate (`assembly_posts`) the actor owns when that post is the object of a place phrase
        ("the US embassy" of "at the US embassy": embassy), else None (rules 333, 344)."""
        tok = actor.root
        while tok.dep_ in ("compound", "amod", "nmod", "poss") and not is_root(tok):
            tok = tok.head
        return tok if tok.dep_ == "pobj" and tok.lemma_.lower() in self.lex.assembly_posts else None

    def drop_lawsuit_court(self, search: ArgumentSearch) -> None:
        """Rule 231d (filter), a lawsuit's court is where the case goes, no party sued: a court (`court_nouns`) in a
        `court_venue_preps` phrase of a lawsuit (`venue_codes` 115) is no target while the lawsuit names another
        one ("filed a case against Israel at the ICJ", "took Ecuador to the International Court of Justice").
        Rule 240a: an official complaint's forum (`venue_codes` 114, `forum_nouns`) is no party either ("lodged a
        complaint against the United States at the WTO" CHN -> USA 114 only)."""
        if not any(search.trig.code.startswith(code) for code in self.lex.venue_codes):
            return
        kept = [t for t in search.targets if not self.court_venue(t)]
        if kept:
            search.targets = kept

    def drop_extradited_person(self, search: ArgumentSearch) -> None:
        """Rule 231e (filter), the person handed over to a named receiver is no party of the judicial cooperation
        (`handover_code`, 063; refused or promised, the act a wrapper wraps): an actor of the verb's object is no
        target while another target is named ("extradited a Russian hacker to the United States" ESP -> USA only).
        Rule 239c: the receiver in a "to" phrase the parser hung on the person is a target, not a thing moved."""
        act = search.inner or search.trig
        verb = act.token
        if act.code != self.lex.handover_code or verb.pos_ != "VERB":
            return
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        # rule 239c: a "to" phrase the parser hung on the person extradited names the receiver, as one on the verb
        # does: "refused to extradite the Ukrainian diver(dobj) to(prep of diver) Germany" POL -> DEU 121
        receiving = [p for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "to"]
        receivers = [
            a
            for p in receiving
            for g in p.children
            if g.dep_ == "pobj"
            for a in self.actors(g, search.tok_actor)
            if all(a.root.i != t.root.i for t in search.targets)
        ]
        search.targets = search.targets + receivers
        hung = {t.i for p in receiving for t in p.subtree}
        moved = {t.i for c in objects for t in c.subtree if t.i not in hung}
        kept = [t for t in search.targets if t.root.i not in moved]
        if kept:
            search.targets = kept

    def court_venue(self, target: Span) -> bool:
        """Whether ``target`` is a court named as where a case goes: "at / to / before the ICJ" (rule 231d)."""
        root = target.root
        return (
            root.lemma_.lower() in self.lex.court_nouns | self.lex.forum_nouns
            and root.dep_ == "pobj"
            and root.head.lower_ in self.lex.court_venue_preps
        )

    def swapped_goods_no_party(self, search: ArgumentSearch) -> None:
        """Rule 216 (filter), two or more coordinated subjects of a `swap_verbs` verb swap with each other: an
        actor its object or a place phrase names ("detainees in Abu Dhabi", "on the border with Belarus") is where
        the swap was made or whose the people are, no party: "The United States and Russia swapped detainees in Abu
        Dhabi" USA <-> RUS 0841, not each with the UAE; "A and B exchanged fire near the border with C" the same."""
        tok = search.trig.token
        if not (search.reciprocal and len(search.sources) >= 2 and tok.lemma_.lower() in self.lex.swap_verbs):
            return
        search.targets = []

    def mutual_object_reciprocal(self, search: ArgumentSearch) -> None:
        """Rule 12, a mutual object with no target: the act is mutual: "Czechia and Albania upgraded their
        ties"."""
        phrase_obj = search.trig.phrase_obj
        if not search.targets and phrase_obj is not None and phrase_obj.lemma_.lower() in self.lex.mutual_objects:
            search.reciprocal = True

    def mutual_easing_reciprocal(self, search: ArgumentSearch) -> None:
        """Rule 301d, an easing agreed by two or more subjects on their own measure with no target: each side eases
        toward the other: "The United States and China agreed to cut their tariffs for 90 days" (0354 both ways), as
        "Czechia and Albania upgraded their ties" is mutual (rule 12). The wrapper is a `mutual_easing_verbs` intent
        ("agree"), the wrapped act one of `mutual_easing_codes` (085) whose object has a `mutual_easing_possessives`
        possessor ("their")."""
        trig, inner, lex = search.trig, search.inner, self.lex
        if (
            search.targets
            or len(search.sources) < 2
            or inner is None
            or trig.wrapper is None
            or trig.wrapper.name != "intent"
            or trig.token.lemma_.lower() not in lex.mutual_easing_verbs
            or inner.code not in lex.mutual_easing_codes
        ):
            return
        if any(
            p.dep_ == "poss" and p.lower_ in lex.mutual_easing_possessives
            for o in inner.token.children
            if o.dep_ in ("dobj", "obj")
            for p in o.children
        ):
            search.reciprocal = True

    def threat_condition_targets(self, search: ArgumentSearch) -> None:
        """Rules 11 and 28, a threat whose targets are all the threatener's own: the subject of its if/unless
        clause is the target: "threatened to ban voting in Jerusalem if Hamas ran"."""
        trig = search.trig
        own = {primary(s.label_) for s in search.sources}
        if (
            trig.wrapper is not None
            and trig.wrapper.name == "threaten"
            and all(primary(t.label_) in own for t in search.targets)
        ):
            search.targets = self.condition_subjects(search.tok, search.tok_actor) or search.targets

    def complaint_topic_targets(self, search: ArgumentSearch) -> None:
        """Rules 11 and 23, complaints and rejections (``topic_roots``): their topic (over/about/against) before
        their addressee: "complained to the UN about Y's shelling"."""
        if search.trig.code[:2] in self.lex.topic_roots:
            if self.addressed_parties(search.tok, search.tok_actor):
                return  # rule 176c: "slammed Y over Z's remarks": the verb's object is the one criticised
            topical = self.topic_targets(search.tok, search.tok_actor)
            if topical:
                search.targets = topical

    def addressed_parties(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 176c: the actors a verb of complaint or rejection takes as its direct object or "at" object ("blasts
        Washington over Taiwan remarks", "lashed out at Australia over its Taiwan comments"): the party criticised,
        whom a name in the topic phrase ("Taiwan", "Yemen statements") does not replace; an addressee in a "to"
        phrase ("complained to the UN over Israeli raids") still gives way to the topic."""
        if tok.pos_ != "VERB":
            return []
        return [
            a
            for c in tok.children
            if c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in self.lex.addressed_object_preps)
            for o in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])
            for a in self.actors(o, tok_actor)
        ]

    def nominal_subject_object(self, search: ArgumentSearch) -> None:
        """Rule 11, a nominal subject: what the nominal event does it does to its verb's object (not to its other
        phrases): "US sanctions squeeze Russia's access", "sanctions aim to push back against Moscow"."""
        tok, tok_actor = search.tok, search.tok_actor
        nominal_subject = search.trig.kind == "noun" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"
        if nominal_subject and search.sources and not search.targets:
            verb = tok.head
            search.targets = [a for c in verb.children if c.dep_ in ("dobj", "obj") for a in self.actors(c, tok_actor)]
            search.targets = search.targets or [
                a
                for c in verb.children
                if c.dep_ == "xcomp"
                for p in c.children
                if p.dep_ == "prep" and p.lower_ in ("against", "on", "upon")
                for a in self.prep_targets(p, tok_actor, [])
            ]

    def one_sided_verb(self, search: ArgumentSearch) -> None:
        """Rule 21, a one-sided verb on a reciprocal act with a target: one side's act: "X ratified an agreement
        with Y"."""
        trig = search.trig
        if (
            search.reciprocal
            and search.targets
            and trig.kind == "verb"
            and search.tok.lemma_.lower() in self.lex.one_sided_verbs
        ):
            search.reciprocal = False

    def joint_meeting(self, search: ArgumentSearch) -> None:
        """Rule 21, a meeting with a listed set of parties (settles the answer): one meeting of all of them,
        pairwise: "X met with A and B"."""
        if (
            search.reciprocal
            and search.trig.code[:2] in self.lex.joint_meeting_roots
            and self.listed(search.targets)
            and not self.accession_meeting(search)
        ):
            search.finish(search.sources + search.targets, [], True)

    def accession_meeting(self, search: ArgumentSearch) -> bool:
        """Rule 278b: whether the meeting noun of the trigger is named by its joining (an `accession_nouns`
        compound or modifier: "accession talks", "membership negotiations"). Each candidate negotiates its own
        accession with the body, so a list of candidates is no joint meeting among them: "Brussels opened accession
        talks with Ukraine and Moldova" is the EU's talks with each, not Ukraine's with Moldova."""
        inner = search.inner
        nouns = [search.trig.token, search.trig.phrase_obj, inner.token if inner is not None else None]
        return any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in self.lex.accession_nouns
            for noun in nouns
            if noun is not None
            for c in noun.children
        )

    def moved_force_parties(self, search: ArgumentSearch) -> None:
        """Rule 51a, forces moved up to another party: the party the place names is the target, and forces that are
        the verb's subject belong to whoever sent them: "moved troops closer to Y's border", "the warships that X
        sent have moved near Y"."""
        if not search.targets:
            search.targets = self.moved_force_targets(search.trig, search.inner, search.tok_actor)
        if not search.sources:
            search.sources = self.moved_force_owners(search.trig, search.tok_actor)

    def posture_place_targets(self, search: ArgumentSearch) -> None:
        """Rule 25, a nominal show of force or incursion: the party its place names, and an agent on that place
        the source: "war games around Taiwan", "an incursion into Latvian airspace by Belarusian drones"."""
        trig, lex, tok_actor = search.trig, self.lex, search.tok_actor
        place = trig.phrase_obj
        if trig.code in (lex.posture_code, lex.incursion_code) and place is not None and trig.kind == "noun":
            # a boundary shared with a party names that party, not the boundary's owner: "drills near the border with
            # Y", "near its border with Y" (the pronoun is the source's own side; rule 133b, as rule 129a's search)
            partners = [
                a
                for p in (place.children if place.lemma_.lower() in lex.shared_boundary_nouns else ())
                if p.dep_ == "prep" and p.lower_ == "with"
                for g in p.children
                if g.dep_ == "pobj"
                for a in self.actors(g, tok_actor)
            ]
            search.targets = partners or self.actors(place, tok_actor) or search.targets
            search.reciprocal = False
            agents = [
                a
                for p in place.children
                if p.dep_ == "prep" and p.lower_ in lex.agent_preps
                for g in p.children
                if g.dep_ == "pobj"
                for a in self.actors(g, tok_actor)
            ]
            search.sources = agents or search.sources

    def own_airspace_owner(self, search: ArgumentSearch) -> None:
        """Rule 28, a show of force in "its" place: the pronoun's owner above the clause: "Poland says drones
        entering its airspace"."""
        trig, lex = search.trig, self.lex
        place = trig.phrase_obj
        if (
            trig.code in (lex.posture_code, lex.incursion_code)
            and place is not None
            and not search.targets
            and possessive_pronoun(place)
        ):
            search.targets = self.owner_above(search.tok, search.sources, search.tok_actor)

    def drop_sources_from_targets(self, search: ArgumentSearch) -> None:
        """Rule 1 (filter), one mention is never on both sides: a span some target search reached that is also a
        source stays a source only."""
        src_ids = {s.start for s in search.sources}
        search.targets = [t for t in search.targets if t.start not in src_ids]

    # -- every kind: targets looked for further when none was found ------------------------------------------------

    def protest_aim_targets(self, search: ArgumentSearch) -> None:
        """Rule 29, a protest by non-state actors held at a place: whom it is aimed at, not where it is held:
        "began a hunger strike to demand the resignation of Y", "a rally in Lagos to protest Y's ..."."""
        sources, trig = search.sources, search.trig
        if (
            sources
            # rule 188b: a strike its doers make a labour strike (`doers_sense`: "unions went on strike to demand
            # ...") is a protest here too, not the attack its bare noun codes
            and self.triggers.doers_sense(trig, trig.code, sources)[:2] in self.lex.protest_roots
            and all(protest_place(t) for t in search.targets)
            and not any(state_actor(s.label_) for s in sources)
        ):
            # when the aim names only the protesters' own side, the place is no target either. Not for a state or
            # an IGO: "China blocked the statement, calling for restraint by Japan" obstructs the statement
            aimed = self.aim_targets(self.protest_aim(search.tok, trig.kind), search.tok_actor)
            if aimed:
                search.targets = self.other_parties(aimed, sources)

    def area_targets(self, search: ArgumentSearch) -> None:
        """Rule 39, force aimed at a part of a place: that place: "airstrikes on areas in the Gaza Strip"."""
        if (
            search.sources
            and not search.targets
            and not search.reciprocal
            and search.trig.code[:2] in self.lex.area_roots
        ):
            search.targets = self.other_parties(self.area_places(search.tok, search.tok_actor), search.sources)

    def claimed_place_targets(self, search: ArgumentSearch) -> None:
        """Rule 41, an act of force whose doer is claimed and whose victims are not named: the place it was done
        in: "claimed responsibility for the attack in Kandahar"."""
        trig = search.trig
        if (
            search.sources
            and not search.targets
            and not search.reciprocal
            and trig.kind == "noun"
            and trig.code[:2] in self.lex.area_roots
        ):
            search.targets = self.other_parties(self.claimed_places(search.tok, search.tok_actor), search.sources)

    def nested_place_targets(self, search: ArgumentSearch) -> None:
        """Rules 11 and 27, nothing in an argument slot: the nearest actor nested in the object and prepositional
        phrases ("aid to refugees in Liberia"), then the verb's own phrases when the act it acts on names no one:
        "sent food aid to refugees in Sudan"; rule 116b: not inside an act clause a possessive pronoun owns
        ("supports its decision to expel Y's diplomats")."""
        trig, inner, tok_actor, sources = search.trig, search.inner, search.tok_actor, search.sources
        # rule 149e: a protest noun that is a verb's object ("staged a hunger strike outside the Chinese embassy")
        # is placed as the verb's protest is ("staged a protest outside the Chinese embassy")
        staged = trig.kind == "noun" and trig.code[:2] in self.lex.protest_roots and search.tok.dep_ in ("dobj", "obj")
        if sources and not search.targets and not search.reciprocal and (trig.kind in ("verb", "adj") or staged):
            # rule 116b: with no wrapped act, a verb judging an act clause owned by "its"/"their" in its object does
            # not enter it ("supports its decision to expel Y's diplomats"); the owner's own act does ("submitted its
            # application to join the EU")
            judging = inner is None and trig.code[:2] in self.lex.owned_act_judging_roots
            # rule 194d: forces put on alert in the passive are the source, so their own phrase is not searched
            # ("Indian police were put on high alert along the border with Pakistan" -> Pakistan)
            drop = frozenset({"nsubjpass"}) if search.moved and inner is None else frozenset()
            nested = self.nested_targets(
                inner.token if inner else search.tok, tok_actor, skip_owned_acts=judging, drop=drop
            )
            if trig.code.startswith("02"):
                # rule 203: an appeal's thing asked for lying on a dividing place shared with a party ("called for a
                # wall between X and Y", "new fencing on its border with Y") names where it lies, no one asked
                placed = self.pair_place_tokens(inner.token if inner else search.tok, inner)
                nested = [a for a in nested if a.root.i not in placed]
            search.targets = self.other_parties(nested, sources)
            if (
                not search.targets
                and inner is not None
                and inner.kind == "noun"
                and (trig.wrapper is None or self.cut_measure_object(trig, inner))
            ):
                own_phrases = self.nested_targets(search.tok, tok_actor, own_phrases=True)
                search.targets = self.other_parties(own_phrases, sources)

    def attacked_object_place_targets(self, search: ArgumentSearch) -> None:
        """Rule 444, a nominal act of force (root 18-20) with a named doer and no target: the attacked thing of its
        own "on" / "against" / "of" phrase (`attacked_object_preps`) names no party, so the party nested in that
        phrase (the place the thing lies in, its owner, people of a place) is the target, as rule 27's nested search
        reads the verb's object ("struck a market in northern Iraq"): "A Turkish air strike on a market in northern
        Iraq killed nine people" TUR -> IRQ, "Russian shelling of residential areas in Kharkiv" RUS -> UKR. A place
        of the doer's own country is no other party (``other_parties``)."""
        tok, trig = search.tok, search.trig
        if not search.sources or search.targets or search.reciprocal or trig.kind != "noun":
            return
        if trig.code[:2] not in VIOLENT_ROOTS:
            return
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in self.lex.attacked_object_preps]
        nested = [a for p in preps for a in self.nested_targets(p, search.tok_actor)]
        search.targets = self.other_parties(nested, search.sources)

    def cut_measure_object(self, trig: Trigger, inner: Trigger) -> bool:
        """Rule 301c, whether ``inner`` is a measure (a trigger of `sanction_grievance_roots`, 16: export controls,
        curbs, tariffs) that a `reduce` wrapper verb takes as its direct object: the parser may hang the measure's "on"
        phrase on the verb and the goods' "to" phrase under it ("suspended its export curbs on rare earths to
        Washington"), so the verb's own phrases name the party the measure was aimed at."""
        tok = inner.token
        return (
            trig.wrapper is not None
            and trig.wrapper.name == "reduce"
            and inner.code[:2] in self.lex.sanction_grievance_roots
            and tok.dep_ in ("dobj", "obj")
            and tok.head.i == trig.token.i
        )

    def pair_place(self, prep: Token, inner: Trigger | None) -> bool:
        """Rule 203: whether ``prep`` is the "between" / "with" phrase of a dividing place or structure
        (`pair_place_nouns`: "the wall between X and Y", "its border with Y") that is not the wrapped act's own
        place ("a ceasefire on the border between A and B": the act's parties)."""
        place = prep.head
        if prep.lower_ not in ("between", "with") or place.lemma_.lower() not in self.lex.pair_place_nouns:
            return False
        return inner is None or not (place.dep_ == "pobj" and place.head.head.i == inner.token.i)

    def pair_place_tokens(self, tok: Token, inner: Trigger | None) -> set[int]:
        """Rule 203: the token indices, below ``tok``, of the `pair_place` phrases there."""
        return {g.i for t in tok.subtree if t.dep_ == "prep" and self.pair_place(t, inner) for g in t.subtree}

    def casualty_clause_place_targets(self, search: ArgumentSearch) -> None:
        """Rule 70c, victims named by no party, the place in the attack's own adverbial clause: a casualty verb
        with a source and no target takes the place of an "in" phrase of a clause of time or manner on it, else
        the place nested in that clause's objects and phrases (where its people were hit, as "killed 75 people
        in eastern Syria" takes its own "in" phrase, rule 27): "Two Kurdish gunmen killed eight people when they
        opened fire in Ankara", "... when they opened fire on a market in Ankara" KURUAF -> TUR. Only a place (a
        bare country code)."""
        tok = search.tok
        if not search.sources or search.targets or search.trig.kind != "verb":
            return
        if tok.lemma_.lower() not in self.lex.casualty_verbs:
            return
        places = [
            a
            for clause in tok.children
            if clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX")
            for a in self.prep_actors(clause, "in", search.tok_actor) or self.nested_targets(clause, search.tok_actor)
            if len(a.label_) == 3 and a.label_.isalpha() and not is_igo(a.label_) and a.label_ != "NGO"
        ]
        search.targets = self.other_parties(places[:1], search.sources)

    def destination_targets(self, search: ArgumentSearch) -> None:
        """Rule 33, a destination hung on the last object noun, deeper than the nested search goes: "sent vehicles
        and a team of paratroopers to Lebanon"."""
        tok, tok_actor = search.tok, search.tok_actor
        if (
            search.sources
            and not search.targets
            and search.trig.kind == "verb"
            and tok.lemma_.lower() in self.lex.needs_object
        ):
            found = self.destination(tok, tok_actor) or self.edge_destination(tok, tok_actor)
            search.targets = self.other_parties(found, search.sources)

    def dispute_party_targets(self, search: ArgumentSearch) -> None:
        """Rule 23, mediation in a dispute: the dispute's parties: "mediation efforts in the Libyan conflict"."""
        if search.sources and not search.targets and search.trig.code.startswith("045"):
            search.targets = self.other_parties(self.dispute_parties(search.tok, search.tok_actor), search.sources)

    def purpose_clause_targets(self, search: ArgumentSearch) -> None:
        """Rules 23 and 40, a transfer with no recipient: the beneficiary down its purpose clause: "earmarked funds
        to help Haiti cope"."""
        trig = search.trig
        if search.sources and not search.targets and trig.kind == "verb" and trig.code[:2] in self.lex.purpose_roots:
            search.targets = self.other_parties(self.purpose_targets(search.tok, search.tok_actor), search.sources)
        elif (
            search.sources
            and not search.targets
            and trig.kind == "noun"
            and trig.code.startswith(tuple(self.lex.aid_purpose_roots))
            and search.tok.dep_ in ("dobj", "obj")
        ):
            # rule 381: the aid noun's verb's purpose clause: "approved a loan to support Ghana's economy"
            search.targets = self.other_parties(self.purpose_targets(search.tok.head, search.tok_actor), search.sources)

    def wrapped_purpose_targets(self, search: ArgumentSearch) -> None:
        """Rule 25, a wrapped transfer's purpose: "is willing to send material to help defend Saudi Arabia"."""
        inner = search.inner
        if (
            search.sources
            and not search.targets
            and inner is not None
            and inner.kind == "verb"
            and inner.code[:2] in self.lex.purpose_roots
        ):
            search.targets = self.other_parties(self.purpose_targets(inner.token, search.tok_actor), search.sources)

    def pressed_over_destination_targets(self, search: ArgumentSearch) -> None:
        """Rule 338, forces shown at a state's territory to press another party: the party pressed, not the place:
        "deployed F-35s to Puerto Rico to pressure Venezuela", "moved warships off Trinidad to deter Caracas"."""
        trig, tok = search.trig, search.tok
        if not (
            search.sources
            and search.targets
            and trig.kind == "verb"
            and trig.code.startswith(self.lex.posture_code[:2])
        ):
            return
        heads = {tok.i, *(c.i for c in tok.children if c.dep_ in OBJ_DEPS)}
        preps = {"to", *self.lex.destination_preps, *self.lex.posture_preps}
        if not all(self.phrase_place_of(t, heads, preps) for t in search.targets):
            return
        places = {t.label_ for t in search.targets}
        pressed = [
            a
            for a in self.other_parties(self.coerced_targets(tok, search.tok_actor), search.sources)
            if a.label_ not in places
        ]
        if pressed:
            search.targets = pressed

    @staticmethod
    def phrase_place_of(actor: Span, heads: set[int], preps: set[str]) -> bool:
        """Whether ``actor`` is named as the object (or its possessor / modifier) of a ``preps`` phrase hung on one
        of the ``heads`` words: "to Puerto Rico", "off Trinidad", "to Cuba's coast"."""
        tok = actor.root
        for _ in range(3):
            if tok.dep_ == "pobj":
                return tok.head.lower_ in preps and tok.head.head.i in heads
            if tok.dep_ not in ("compound", "amod", "nmod", "poss") or is_root(tok):
                return False
            tok = tok.head
        return False

    def pressed_party_targets(self, search: ArgumentSearch) -> None:
        """Rule 43, a coercive measure with a purpose: whom it presses: "refused to lift sanctions to get Y to the
        negotiating table"."""
        coercion = tuple(self.lex.coercion_codes)
        measures = [t for t in (search.inner, search.trig) if t is not None and t.code.startswith(coercion)]
        if search.sources and not search.targets and measures and measures[0].kind == "verb":
            pressed = self.coerced_targets(measures[0].token, search.tok_actor)
            search.targets = self.other_parties(pressed, search.sources)

    def withdrawal_origin_targets(self, search: ArgumentSearch) -> None:
        """Rule 28, a nominal withdrawal whose "from" the parser hung on the forces: "the withdrawal of some forces
        from Panama"."""
        trig = search.trig
        if (
            search.sources
            and not search.targets
            and trig.kind == "noun"
            and trig.code.startswith(self.lex.withdrawal_code)
        ):
            origins = [
                a for g in self.prep_objects(search.tok, "of") for a in self.prep_actors(g, "from", search.tok_actor)
            ]
            search.targets = self.other_parties(origins, search.sources)

    def avoided_act_targets(self, search: ArgumentSearch) -> None:
        """Rule 418b, an act avoided by the party it was aimed at: a nominal trigger that names its own doer (a
        modifier, possessor or phrase) and no target, as the direct object of a `negators.avoided_act_verbs` verb
        ("Serbia narrowly avoided American sanctions"), is aimed at that verb's subject (USA -> SRB 163, negated by
        the governing "avoid", rule 6). Before, the act named no target and was no event at all. Not a possessor's
        act ("avoided Russia's sanctions"): rule 13 presupposes it, so it would be asserted."""
        trig, tok = search.trig, search.tok
        if (
            not search.sources
            or search.targets
            or trig.kind != "noun"
            or tok.dep_ != "dobj"
            or tok.head.lemma_.lower() not in self.lex.avoided_act_verbs
            or own_agent(tok)  # "avoided Russia's sanctions": a possessed act is presupposed, not negated (rule 13)
        ):
            return
        subjects, _ = self.subject(tok.head, search.tok_actor)
        search.targets = self.other_parties(subjects, search.sources)

    def aid_place_targets(self, search: ArgumentSearch) -> None:
        """Rule 47c, aid to people named by where they are: that place, however deep in the recipients' phrase:
        "announced assistance to people affected by the floods in Pakistan" (not a bare to-infinitive no wrapper
        codes: "gave approval for the UN to deliver aid to civilians stranded in Y" reports no delivery)."""
        trig, inner, tok = search.trig, search.inner, search.tok
        if (
            search.sources
            and not search.targets
            and not search.reciprocal
            and (inner or trig).code.startswith(tuple(self.lex.located_recipient_codes))
        ):
            bare_infinitive = trig.wrapper is None and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            heads = [] if bare_infinitive else [tok, *([inner.token] if inner else [])]
            heads += [c for h in heads[:1] for c in h.children if c.dep_ in OBJ_DEPS]
            places = next((found for h in heads if (found := self.located_recipients(h, search.tok_actor))), [])
            search.targets = self.other_parties(places, search.sources)

    def affiliated_party_targets(self, search: ArgumentSearch) -> None:
        """Rule 49a, a measure on people or firms named only by whom they belong to: that party: "imposed sanctions
        on companies linked to Iran's military", "sanctioned firms tied to Y"."""
        trig, inner, tok, lex = search.trig, search.inner, search.tok, self.lex
        acts = [t for t in (trig, inner) if t is not None]
        if (
            search.sources
            and not search.targets
            and not search.reciprocal
            and any(t.code.startswith(tuple(lex.affiliated_target_codes)) for t in acts)
        ):
            measure_heads = [tok, *(h for t in acts for h in (t.token, t.phrase_obj) if h)]
            measured = [o for h in measure_heads for w in lex.measure_preps for o in self.prep_objects(h, w)]
            if trig.kind == "verb":
                measured += [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            search.targets = self.other_parties(self.affiliated_targets(measured, search.tok_actor), search.sources)

    def drop_planned_meeting_places(self, search: ArgumentSearch) -> None:
        """Rule 28 (filter), a planned meeting's "in X" is where, not with whom: "wants ceasefire negotiations in
        Ukraine", "plans talks in Geneva"."""
        trig, inner, lex = search.trig, search.inner, self.lex
        if (
            trig.wrapper is not None
            and trig.wrapper.name == "plan"
            and inner is not None
            and ((low := inner.token.lemma_.lower()) in lex.recip_nouns or low in lex.recip_verbs)
        ):
            search.targets = [t for t in search.targets if not located(t)]

    def talks_partner_targets(self, search: ArgumentSearch) -> None:
        """Rule 67c, a wish for cooperation with no partner stated in talks: the clause that states it is what a verb
        conveys "through", "during" or "in" talks with a party (`medium_preps`, a reciprocal noun's "with" phrase),
        so that party is whom the wish is addressed to: "X signaled during talks with Y that it wants negotiations
        on trade" X -> Y 036."""
        trig, inner = search.trig, search.inner
        if not search.sources or search.targets or trig.wrapper is None or trig.wrapper.name != "plan":
            return
        if inner is None or inner.code[:2] not in self.lex.wish_roots:
            return
        top = trig.token
        while top.dep_ in ("xcomp", "conj") and not is_root(top):
            top = top.head
        if top.dep_ != "ccomp":
            return
        talks = [
            g
            for p in top.head.children
            if p.dep_ == "prep" and p.lower_ in self.lex.medium_preps
            for g in p.children
            if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.recip_nouns
        ]
        found = [a for g in talks for a in self.prep_actors(g, "with", search.tok_actor)]
        search.targets = self.other_parties(found, search.sources)

    def accession_body_targets(self, search: ArgumentSearch) -> None:
        """Rule 236e, talks on joining an organisation with no partner found: the organisation a meeting noun's topic
        phrase is about joining (an `accession_nouns` noun with no possessor: "talks on EU membership", "on
        membership in the EU", "negotiations on accession to the EU"; an `accession_verbs` gerund: "talks on joining
        the EU") is the other side of the talks, as in "EU accession talks": "Georgia suspended talks on joining the
        EU" GEO -> EU 164 (before: no target; rule 178f reads every topic as what is discussed). Only an
        organisation (`is_igo`), and only for one side with no target found ("Ukraine and Moldova held talks on EU
        membership" keeps its two sides as the partners)."""
        trig, inner, lex = search.trig, search.inner, self.lex
        if not search.sources or search.targets or len({primary(a.label_) for a in search.sources}) > 1:
            return  # "Ukraine and Moldova held talks on EU membership": the two sides meet each other
        meetings = [
            t
            for t in (trig.token, trig.phrase_obj, inner.token if inner is not None else None)
            if t is not None and t.pos_ in ("NOUN", "PROPN") and lex.nouns.get(t.lemma_.lower(), "").startswith("04")
        ]
        heads = [
            c
            for m in meetings
            for prep in m.children
            if prep.dep_ == "prep" and prep.lower_ in lex.talk_topic_preps
            for c in prep.children
            if (
                c.dep_ == "pobj"
                and c.lemma_.lower() in lex.accession_nouns
                and not any(p.dep_ == "poss" for p in c.children)
            )
            or (c.dep_ == "pcomp" and c.lemma_.lower() in lex.accession_verbs)
        ]
        found = [
            search.tok_actor[t.i]
            for h in heads
            for t in h.subtree
            if t.i in search.tok_actor and is_igo(primary(search.tok_actor[t.i].label_))
        ]
        search.targets = self.other_parties(list(dict.fromkeys(found)), search.sources)

    def appeal_addressee_targets(self, search: ArgumentSearch) -> None:
        """Rule 32, an offer with a conjoined appeal: whom the appeal is addressed to: "offered a truce and urged
        Y to accept it"."""
        trig = search.trig
        if (
            search.sources
            and not search.targets
            and trig.kind == "verb"
            and trig.wrapper is not None
            and trig.wrapper.name == "intent"
        ):
            search.targets = self.other_parties(self.appeal_addressees(search.tok, search.tok_actor), search.sources)

    def consequence_warning_targets(self, search: ArgumentSearch) -> None:
        """Rule 112b, a warning verb (``consequence_warning_verbs``) with no target of its own whose that-clause
        says that a party will suffer an unnamed consequence (``consequence_predicates``: "pay a heavy price",
        "face consequences", "regret it", "be punished"): the clause's subject is the one threatened, X -> Y 130
        ("X warned that Y would pay a heavy price", before: no target, no event). Only a clause whose predicate is
        on the list: "warned that Y would win the election" threatens no one, nor a consequence for the source's
        own country."""
        tok, lex = search.tok, self.lex
        if not search.sources or search.trig.kind != "verb" or tok.lemma_.lower() not in lex.consequence_warning_verbs:
            return
        if self.other_parties(search.targets, search.sources):
            return
        found: list[Span] = []
        for clause in tok.children:
            if clause.dep_ != "ccomp" or not self.consequence_predicate(clause):
                continue
            for subj in clause.children:
                if subj.dep_ in ("nsubj", "nsubjpass"):
                    found += self.actors(subj, search.tok_actor)
        # the source's own country paying the price is a forecast of harm, not a threat ("warned that Turkish
        # farmers would pay a heavy price" from Ankara laments a policy's cost)
        own = {primary(s.label_) for s in search.sources}
        search.targets = [t for t in self.other_parties(found, search.sources) if primary(t.label_) not in own]

    def payer_targets(self, search: ArgumentSearch) -> None:
        """Rule 112c, a sanction or tariff noun (``payer_roots``) with no target of its own and a relative clause
        whose verb is a ``payer_verbs`` one ("pay", "face"): that clause's subject bears the measure and is its
        target: "will substantially increase the tariffs India pays" X -> IND (before: no target, no event); "the
        tariffs Indian firms pay" the same. Only a relative clause right on the trigger noun, and never the source's
        own country."""
        tok, trig = search.tok, search.trig
        if not search.sources or trig.kind == "verb" or trig.code[:2] not in self.lex.payer_roots:
            return
        if self.other_parties(search.targets, search.sources):
            return
        found = [
            a
            for clause in tok.children
            if clause.dep_ == "relcl" and clause.lemma_.lower() in self.lex.payer_verbs
            for subj in clause.children
            if subj.dep_ == "nsubj"
            for a in self.actors(subj, search.tok_actor)
        ]
        # the source's own people paying its tariffs are no target of them ("raised the tariffs American farmers
        # pay" from Washington is a cost at home, not a measure against a party)
        own = {primary(s.label_) for s in search.sources}
        search.targets = [t for t in self.other_parties(found, search.sources) if primary(t.label_) not in own]

    def consequence_predicate(self, verb: Token) -> bool:
        """Whether clause ``verb`` is on ``consequence_predicates``: its lemma alone ("regret", a passive
        "punish"), with its object's lemma ("pay price", "face consequence") or its adverb's ("pay dearly")."""
        return consequence_predicate(verb, self.lex.consequence_predicates)

    def message_addressee_targets(self, search: ArgumentSearch) -> None:
        """Rule 96c, an appeal, demand or threat (``message_addressee_roots``) made in a participle clause on a
        message (``message_nouns``) sent "to" a party, with no target of its own: the message's addressee, the "to"
        phrase or dative of the verb whose object the message is: "X sent a letter to Y threatening to close the
        border" X -> Y 13x, whether the clause hangs on the verb or on the letter (before: no event). A target
        that is only the source's own party ("threatening to cut Kenyan funding" from Kenya) counts as none."""
        tok = search.tok
        if not search.sources or search.trig.kind != "verb" or tok.tag_ != "VBG":
            return
        if self.other_parties(search.targets, search.sources):
            return  # a target of its own ("threatening to cut its own funding" names none: the source's own)
        if (search.inner or search.trig).code[:2] not in self.lex.message_addressee_roots and (
            search.trig.code[:2] not in self.lex.message_addressee_roots
        ):
            return
        head, nouns = tok.head, self.lex.message_nouns
        if tok.dep_ == "acl" and head.lemma_.lower() in nouns and head.dep_ in OBJ_DEPS:
            verb = head.head
        elif tok.dep_ == "advcl" and any(c.dep_ in OBJ_DEPS and c.lemma_.lower() in nouns for c in head.children):
            verb = head
        else:
            return
        found = [
            a
            for c in verb.children
            if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
            for p in ([c] if c.dep_ == "dative" and c.lower_ != "to" else [g for g in c.children if g.dep_ == "pobj"])
            for a in self.actors(p, search.tok_actor)
        ]
        search.targets = self.other_parties(found, search.sources)

    def conjoined_object_targets(self, search: ArgumentSearch) -> None:
        """Rule 113d, a verb conjoined to an earlier verb under the same subject, with no target of its own: the
        party the first verb's direct object names, the one the second act goes on dealing with: "Turkey summoned
        the Afghan envoy and demanded action" TUR -> AFG 10, "Poland expelled the Russian diplomats and closed the
        consulate" POL -> RUS 161 (before: no event). Only a conjunct with no subject of its own ("... and Ankara
        demanded") and no reciprocal reading, and only the first verb's direct object when it is itself an actor
        mention ("the Afghan envoy") and names none of the source's own parties ("would put the United States and
        Russia in direct confrontation and destroy ..." is a pair), never its phrases nor an act a party did
        ("condemned the Russian move and demanded ..."); a progressive conjoined to another form is a clause of its
        own ("has freed a US diplomat but is still detaining activists").

        Rule 120d widens it: a target found only among the source's own parties (a place at home: "... and closed
        the consulate in Gdansk", which the filters drop) is no target of its own; and a first object that names no
        party itself but aims at one by a `conjoined_object_preps` phrase ("imposed sanctions on Iran and froze its
        assets", "held talks with Y and signed a deal") gives that party."""
        tok = search.tok
        if not search.sources or search.reciprocal:
            return
        if search.targets and self.other_parties(search.targets, search.sources):
            return
        # the conjoined verb: the trigger, or the verb whose object the trigger noun is ("and lodged a protest")
        verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "obj") else None
        if verb is None or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
            return
        if any(c.dep_ in SUBJ_DEPS or c.dep_ == "nsubjpass" for c in verb.children):
            return  # a clause of its own
        if verb.tag_ == "VBG" and verb.head.tag_ != "VBG":
            return  # "has freed a US diplomat but is still detaining activists", "for talks on ... and combatting"
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
        if len(objects) != 1:
            return
        if objects[0].i in search.tok_actor:
            found = self.actors(objects[0], search.tok_actor)
        else:
            # the object must itself name a party ("the Afghan envoy"), not be an act of one ("the Russian move"),
            # or be the object of the first verb's own phrase trigger aiming at one by its own phrase ("imposed
            # sanctions on Iran", rule 120d); an act the first verb judges ("condemned the attack on Y") is not
            first = self.triggers.trigger(verb.head)
            if first is None or first.phrase_obj is None or first.phrase_obj.i != objects[0].i:
                return
            found = [
                a
                for prep in objects[0].children
                if prep.dep_ == "prep" and prep.lower_ in self.lex.conjoined_object_preps
                for g in prep.children
                if g.dep_ == "pobj"
                for a in self.actors(g, search.tok_actor)
            ]
        others = self.other_parties(found, search.sources)
        if others and len(others) == len(found):  # an object naming the source's own party too is a pair
            search.targets = others

    def own_pair_counterpart_targets(self, search: ArgumentSearch) -> None:
        """Rule 51b, an act with no target that speaks of a "between" pair holding the source's own party: the
        pair's other party: "X warned that the tests would harm relations between X and Y"."""
        if search.sources and not search.targets and not search.reciprocal:
            search.targets = self.own_pair_counterparts(search.trig, search.inner, search.sources, search.tok_actor)

    # -- every kind: last readings and filters ---------------------------------------------------------------------

    def absolute_clause_source(self, search: ArgumentSearch) -> None:
        """Rule 67b, an agentless act in a comma-set absolute "with" clause: a noun carrying a past participle ("...,
        with sanctions imposed on Y", "with troops sent to Y") tells how the governing clause came about, so the act
        is the party's whose policy or stance that clause names ("hardened British policy, with weapons shipped to
        Y"), else the governing verb's own named subject ("X toughened its stance, with sanctions imposed on Y"). A
        party that is the act's target is never its source."""
        if search.sources or not search.targets:
            return
        clause = self.absolute_clause(search.tok)
        if clause is None:
            return
        found = self.absolute_agents(clause, search.tok_actor)
        search.sources = [
            s for s in found if all(distinct_actors(s.label_, t.label_, self.domestic) for t in search.targets)
        ]

    def absolute_clause(self, tok: Token) -> Token | None:
        """The comma-set absolute preposition (`absolute_preps`) ``tok`` stands in, if any: ``tok`` is, or lies in
        the participle of, an object of the preposition (or a conjunct of one) that carries a past participle with no
        "by" agent ("..., with over $10 million sent in aid and sanctions leveled at Y")."""
        climb = tok
        for _ in range(NESTED_DEPTH + 2):
            head = climb.head
            if is_root(climb):
                return None
            if climb.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in self.lex.absolute_preps:
                break
            if climb.dep_ not in ("conj", "acl", "prep", "pobj", "dobj", "compound", "amod"):
                return None
            climb = head
        else:
            return None
        prep = climb.head
        if prep.i == 0 or prep.doc[prep.i - 1].text != ",":
            return None  # "met with officials sent to Y": no absolute clause
        objects = {climb.i, *(c.i for c in climb.conjuncts)}
        carrier = tok
        while carrier.i not in objects:
            carrier = carrier.head  # the object of the preposition that holds tok (it was reached by the climb)
        # an acl read as a past tense ("sanctions leveled at Y": VBD) is the same participle
        participles = [c for c in carrier.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
        if any(c.dep_ == "agent" for p in participles for c in p.children):
            return None  # "with sanctions imposed by Z": the agent is named
        if tok.i == carrier.i and participles:
            return prep
        return prep if any(tok in p.subtree for p in participles) else None

    def absolute_agents(self, prep: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Who acts in the absolute clause ``prep`` opens: the named owners of a `stance_nouns` noun of the
        governing clause ("hardened US policy"), else the governing verb's subject when it names an actor itself
        (not through a modifier of another noun: "Y's economy collapsed, with ..." names no agent)."""
        governor = prep.head
        clause = [t for t in governor.subtree if not (prep.left_edge.i <= t.i <= prep.right_edge.i)]
        stance = self.stance_owners(clause, tok_actor)
        if stance:
            return stance
        if governor.pos_ not in ("VERB", "AUX"):
            return []
        subjects = [c for c in governor.children if c.dep_ == "nsubj"]
        sources, _ = self.subject(governor, tok_actor)
        return [a for a in sources if any(a.start <= s.i < a.end for s in subjects)]

    def stance_owners(self, tokens: list[Token], tok_actor: dict[int, Span]) -> list[Span]:
        """The named owners (possessor, compound, adjective) of the `stance_nouns` nouns among ``tokens``: "US
        policy", "Japan's stance", "American foreign policy"."""
        return [
            a
            for t in tokens
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.stance_nouns
            for a in self.owners(t, tok_actor)[0]
        ]

    def policy_subject_source(self, search: ArgumentSearch) -> None:
        """Rule 67d, a nominal act with a partner and no agent that a linking verb (`portrayal_verbs`) calls a part
        or a turn of a party's policy: that party is the agent: "the resumption of dialogue with Y emerged as a shift
        in American policy", "dialogue with Y became a pillar of French policy"."""
        if search.sources or not search.targets or search.trig.kind != "noun":
            return
        subject = search.tok
        while subject.dep_ in ("pobj", "prep") and not is_root(subject):
            subject = subject.head  # "the resumption of dialogue with Y": the noun the act is "of"
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.lemma_.lower() not in self.lex.portrayal_verbs:
            return
        said = [
            t
            for c in verb.children
            if c.i != subject.i and c.dep_ in ("attr", "prep", "dobj", "acomp")
            for t in c.subtree
            if t.dep_ == "attr" or (t.dep_ == "pobj" and t.head.lower_ in self.lex.portrayal_preps)
        ]  # "a shift in X's policy", "a pillar of X's policy", "was X's policy"; not "a disaster for X's policy"
        found = self.stance_owners(said, search.tok_actor)
        search.sources = [
            s for s in found if all(distinct_actors(s.label_, t.label_, self.domestic) for t in search.targets)
        ]

    def joined_object_pair(self, search: ArgumentSearch) -> None:
        """Rule 74c (settles the answer), a trigger noun that a verb's object is brought together as: the object's
        parties with each other, both ways ("the war brought X and Y together as allies", "brought them together as
        partners" with "them" for two parties): the `joint_adverbs` word says the object's parties joined, the
        `joint_role_preps` noun (plural) what they became. Only an object naming two or more parties; a party after
        the noun ("as allies against Z") is what they joined against, not a partner."""
        tok = search.tok
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in self.lex.joint_role_preps:
            return
        if tok.tag_ != "NNS":
            return  # "brought X and Y together as a mediator": a singular role is the subject's, not the pair's
        verb = prep.head
        if verb.pos_ != "VERB" or not any(c.lower_ in self.lex.joint_adverbs for c in verb.children):
            return
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if len(objects) != 1:
            return
        parties = self.actors(objects[0], search.tok_actor)
        if len({primary(a.label_) for a in parties}) >= 2:
            search.finish(parties, [], True)

    def each_other(self, search: ArgumentSearch) -> None:
        """Rule 34, an act on "each other" (settles the answer): it goes both ways between the subject's actors, and to
        no one else: "A and B accused each other of arming Z". Rule 434 reads the phrase (`reciprocal_phrases`) one step
        deeper ("imposed sanctions on each other", "expelled each other's diplomats", "released prisoners to the other
        side"), also on the act a wrapper verb wraps ("agreed to lift sanctions on each other")."""
        verbs = [search.tok] + ([search.inner.token] if search.inner and search.inner.kind == "verb" else [])
        if (
            search.trig.kind == "verb"
            and len(search.sources) >= 2
            and any(reciprocal_object(v, self.lex.reciprocal_phrases, deep=True) for v in verbs)
        ):
            search.finish(search.sources, [], True)

    def distributive_release(self, search: ArgumentSearch) -> None:
        """Rule 276d, each side's release (settles the answer): two or more subjects that "each" (`distributive_words`,
        on a subject or on the verb) released or returned people held (`distributive_release_roots`) and name no
        recipient released them to each other, both ways: "Russia and Ukraine each freed 84 prisoners" RUS <-> UKR."""
        trig, lex = search.trig, self.lex
        if search.targets or trig.kind != "verb" or len({primary(s.label_) for s in search.sources}) < 2:
            return
        if not trig.code.startswith(tuple(lex.distributive_release_roots)):
            return
        verb = search.tok
        words = [w for c in verb.children for w in ([c, *c.children] if c.dep_ in SUBJ_DEPS else [c])]
        if any(w.lower_ in lex.distributive_words for w in words):
            search.finish(search.sources, [], True)

    def own_patients_filter(self, search: ArgumentSearch) -> None:
        """Rule 31 (filter), reactions to what was done to one's own people (``patient_roots``): the act's agent is
        the target, not the patients: "the Dutch government condemned the killing of Dutch aid workers" is no
        event."""
        if search.sources and search.trig.code[:2] in self.lex.patient_roots:
            search.targets = self.own_patients_agents(search.sources, search.targets, search.tok_actor)

    def mission_host_filter(self, search: ArgumentSearch) -> None:
        """Rule 33 (filter), troops or aid sent to a mission act toward the place its "in" phrase names, not the
        organisation whose mission it is: "is sending troops to the UN peacekeeping force in South Sudan"."""
        if (search.inner or search.trig).code[:2] in self.lex.mission_roots:
            search.targets = self.hosted(search.targets, search.tok_actor)

    # The ordered phases of the argument search (``arguments``; docs/events.md, "The argument search").
    def joint_agreement_reciprocal(self, search: ArgumentSearch) -> None:
        """Rule 134b, a joint subject's agreed act with no partner named: two or more parties that agree, pledge or
        promise (`constructions.joint_agreement_verbs`) an act of a `joint_agreement_roots` root (talks,
        cooperation, trade) that names no target agree on it with each other, both ways, as "A and B agreed"
        is: "Japan and India agreed to expand trade" JPN <-> IND 031; also the act conjoined with the first
        infinitive ("agreed to hold talks and share intelligence", rule 134a). "agreed to provide aid" (07) names
        no partner in the subject and stays no event. Rule 302: a military de-escalation (a
        `joint_deescalation_codes` code: withdraw, pull back, disengage) agreed by a joint subject is between them,
        "Thailand and Cambodia agreed to withdraw troops from the disputed area" THA <-> KHM 0356."""
        if search.targets or search.reciprocal or len({primary(s.label_) for s in search.sources}) < 2:
            return
        trig = search.trig
        verb: Token | None = trig.token
        act = search.inner
        if trig.wrapper is None or trig.wrapper.name != "intent":
            verb, act = self.modality.conjunct_wrapper(trig), trig
        if verb is None or act is None or verb.lemma_.lower() not in self.lex.joint_agreement_verbs:
            return
        deescalation = any(act.code.startswith(code) for code in self.lex.joint_deescalation_codes)
        if act.code[:2] in self.lex.joint_agreement_roots or deescalation:
            search.reciprocal = True

    def dispute_sides(self, noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 331, the parties named in the "with" / "between" phrase of the dispute a proposal noun's act settles
        ("a plan for ending its dispute with Y", "a formula to settle the row between A and B"), or of that act."""
        found: list[Span] = []
        for obj in noun.subtree:
            dispute = self.triggers.unsettled_dispute(obj)
            if dispute is None:
                continue
            for head in (dispute, obj.head):
                found += [
                    a
                    for p in head.children
                    if p.dep_ == "prep" and p.lower_ in ("with", "between")
                    for g in p.children
                    if g.dep_ == "pobj"
                    for a in self.actors(g, tok_actor)
                ]
        return found

    def proposal_drafters(self, noun: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Rule 274a, the proposer a participle of proposing (`proposing_participles`: propose, draft, author, ...)
        on a proposal noun names: its hyphenated modifier ("a US-drafted plan") or its "by" agent ("a plan drafted
        by the United States")."""
        found: list[Span] = []
        for part in noun.children:
            if part.lemma_.lower() not in self.lex.proposing_participles:
                continue
            if part.dep_ == "amod":
                found += [
                    a
                    for c in part.children
                    if c.dep_ in ("npadvmod", "compound", "nmod")
                    for a in self.actors(c, tok_actor)
                ]
            elif part.dep_ == "acl":
                found += [
                    a
                    for by in part.children
                    if by.dep_ in ("agent", "prep") and by.lower_ == "by"
                    for g in by.children
                    if g.dep_ == "pobj"
                    for a in self.actors(g, tok_actor)
                ]
        return found

    def accepted_proposal_parties(self, search: ArgumentSearch) -> None:
        """Rule 274a, a proposal (`accepted_proposal_nouns`) that an acceptance verb (`acceptance_verbs`, the "to"
        phrase of `accepting_to_verbs`) takes up: a proposer named by a participle of drafting or proposing is the
        target, one way ("Russia and Ukraine agreed to a US-drafted plan", "... to a plan drafted by the United
        States": RUS -> USA, UKR -> USA, as "accepted the Egyptian proposal" is toward Egypt; before, "agreed"
        made the drafter a party of a mutual act); with no proposer named (no possessor, actor modifier, "from" or
        "by") and no target found, two or more parties as the subject agree to it with each other, as "Israel and
        Hamas agreed to a ceasefire" is mutual ("Israel and Hamas accepted a ceasefire proposal" 0356 both ways;
        before, no event). One party alone ("Hamas accepted a ceasefire proposal") still names no target."""
        verb, lemma = search.tok, search.tok.lemma_.lower()
        if search.trig.kind != "verb" or (
            lemma not in self.lex.acceptance_verbs and lemma not in self.lex.accepting_to_verbs
        ):
            return
        nouns = [
            n
            for n in self.triggers.accepted_objects(verb, lemma)
            if n.lemma_.lower() in self.lex.accepted_proposal_nouns or self.triggers.accepted_truce(n)
        ]
        for noun in nouns:
            drafters = self.other_parties(self.proposal_drafters(noun, search.tok_actor), search.sources)
            if drafters:
                search.finish(search.sources, drafters, False)
                return
        if not search.targets:
            # rule 331: "accepted a plan for ending its dispute with Y": the other party of the dispute settled
            sides = self.other_parties(
                [a for n in nouns if self.triggers.settles_dispute(n) for a in self.dispute_sides(n, search.tok_actor)],
                search.sources,
            )
            if sides:
                search.finish(search.sources, sides, False)
                return
        parties = {primary(s.label_) for s in search.sources}
        truces = [n for n in nouns if self.triggers.accepted_truce(n) and not self.triggers.proposed_truce(n)]
        if truces and len(parties) > 1:
            # rule 300: a truce (not a proposal) that two or more subject parties accept is theirs with each other; a
            # place compound naming one of them ("accepted the Gaza ceasefire") or whoever a participle says
            # announced it ("a ceasefire announced by Trump") is no party to it
            said = {t.i for n in truces for c in n.children if c.dep_ in ("compound", "acl") for t in c.subtree}
            search.targets = [t for t in search.targets if t.start not in said and primary(t.label_) not in parties]
            if not search.targets:
                search.finish(search.sources, [], True)
            return
        unowned = nouns and not any(named_doer(n) or self.prep_objects(n, "from") for n in nouns)
        if unowned and not search.targets and not self.prep_objects(verb, "from") and len(parties) > 1:
            search.reciprocal = True

    VERB_STEPS: ClassVar[tuple[ArgumentStep, ...]] = (
        verb_subject,
        participle_source,
        verb_object_targets,
        evacuation_origin_targets,
        accepted_proposal_parties,
        vessel_owner_targets,
        purchase_beneficiary_targets,
        deadline_set_targets,
        arrived_goods_parties,
        partitive_object_targets,
        rallied_against_party,
        voted_measure_owner,
        vetoed_measure_owner,
        commented_act_doer,
        discussed_topic_partners,
        own_measure_owner,
        stopped_aid_recipient,
        gerund_force_source,
        casualty_gerund_source,
        eased_measure_parties,
        reduced_act_parties,
        acted_subject_targets,
        passive_between_parties,
        gerund_between_parties,
        travel_advisory_destination,
        light_verb_phrase_targets,
        withheld_comment_targets,
        effort_phrase_parties,
        permitted_party_target,
        small_clause_target,
        prefixed_mediator_source,
        brokered_between_parties,
        removal_origin_source,
        custody_place_source,
        unattributed_attack_place_source,
        moved_forces_source,
        allegation_targets,
        concern_phrase_targets,
        object_agent_targets,
        reported_act_doer_targets,
    )
    ADJECTIVE_STEPS: ClassVar[tuple[ArgumentStep, ...]] = (adjective_holder_source, adjective_clause_targets)
    NOUN_STEPS: ClassVar[tuple[ArgumentStep, ...]] = (
        joined_object_pair,
        body_own_gathering,
        noun_head,
        between_parties,
        mediated_meeting_parties,
        mediation_between,
        mutual_between,
        modifier_sources,
        force_agent_on_object,
        origin_source,
        reason_possessor_source,
        possessive_source,
        reported_meeting_source,
        goods_owner_source,
        noun_phrase_targets,
        inquired_act_agent_targets,
        participle_agent_parties,
        of_phrase_doer,
        patient_owner_targets,
        request_clause_targets,
        concern_clause_targets,
        evidence_targets,
        drop_places_and_sources,
        co_agent_help,
        accused_act_source,
        hung_agent_source,
        governing_subject_source,
        headline_purpose_holder,
        governing_verb_targets,
        nominal_victims_by_place,
        response_targets,
        headline_plural_verb,
        casualty_verb_agent,
        casualty_targets,
        severed_relation_partner,
        nominal_object_targets,
        one_sided_governor,
        vetoed_noun_measure_owner,
    )
    WRAPPED_ACT_STEPS: ClassVar[tuple[ArgumentStep, ...]] = (
        drop_own_possessive,
        own_state_object_owner,
        warned_act_doer,
        wrapper_clause_targets,
        wrapped_topic_partners,
        for_clause_addressee,
        wrapped_act_targets,
        carrier_noun_targets,
        permitted_wrapped_target,
        planned_posture_target,
        offered_mediation_parties,
        wrapped_noun_modifiers,
        hung_mediator_target,
        accepted_offer_source,
    )
    WHOLE_ACT_STEPS: ClassVar[tuple[ArgumentStep, ...]] = (
        drop_regime_names,
        drop_reciprocal_places,
        drop_lawsuit_court,
        drop_extradited_person,
        swapped_goods_no_party,
        mutual_object_reciprocal,
        mutual_easing_reciprocal,
        threat_condition_targets,
        complaint_topic_targets,
        nominal_subject_object,
        one_sided_verb,
        joint_meeting,
        moved_force_parties,
        posture_place_targets,
        own_airspace_owner,
        drop_sources_from_targets,
    )
    FALLBACK_TARGET_STEPS: ClassVar[tuple[ArgumentStep, ...]] = (
        protest_aim_targets,
        area_targets,
        claimed_place_targets,
        nested_place_targets,
        attacked_object_place_targets,
        casualty_clause_place_targets,
        destination_targets,
        dispute_party_targets,
        purpose_clause_targets,
        wrapped_purpose_targets,
        pressed_over_destination_targets,
        pressed_party_targets,
        withdrawal_origin_targets,
        avoided_act_targets,
        aid_place_targets,
        affiliated_party_targets,
        drop_planned_meeting_places,
        talks_partner_targets,
        accession_body_targets,
        appeal_addressee_targets,
        message_addressee_targets,
        consequence_warning_targets,
        payer_targets,
        own_pair_counterpart_targets,
        conjoined_object_targets,
        answered_posture_owner,
        capable_forces_targets,
        recalled_act_owner_targets,
    )
    FINAL_STEPS: ClassVar[tuple[ArgumentStep, ...]] = (
        answered_act_owner,
        absolute_clause_source,
        policy_subject_source,
        each_other,
        distributive_release,
        own_patients_filter,
        mission_host_filter,
        joint_agreement_reciprocal,
        others_clause_filter,
        drop_venue_places,
        drop_deep_object_places,
        drop_boundary_partners,
        drop_body_members,
        drop_holding_places,
    )

    def appeal_addressees(self, verb: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """ "X proposes a pact, calls on Y to reciprocate", "offered a truce and urged Y to accept it": the one a
        conjoined appeal (the `appeal` wrapper's verbs) is addressed to is whom the offer is made to (rule 32)."""
        conjoined = [c for c in verb.children if c.dep_ == "conj"]
        if verb.dep_ == "conj" and not is_root(verb):
            conjoined.append(verb.head)
        return [
            a
            for c in conjoined
            if c.pos_ == "VERB"
            and (wrapper := self.lex.wrap_verbs.get(c.lemma_.lower())) is not None
            and wrapper.name == "appeal"
            and not any(g.dep_ in SUBJ_DEPS for g in c.children)
            for a in self.targets_of(c, tok_actor)
        ]

    def owner_above(self, tok: Token, sources: list[Span], tok_actor: dict[int, Span]) -> list[Span]:
        """The party a possessive pronoun of an entered airspace stands for (docs/events.md rule 28): the subject
        of a clause above the incursion that is not its source ("Uganda says Kenyan drones entering its airspace
        were deliberate": Uganda)."""
        own = {primary(s.label_) for s in sources}
        for anc in list(tok.ancestors)[:4]:
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [a for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") for a in self.actors(c, tok_actor)]
            owners = [a for a in subjects if primary(a.label_) not in own]
            if subjects:
                return owners
        return []

    def object_agents(self, verb: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The agent of a participle on the object: "boycotted the summit hosted by Algeria", "rejected the
        draft proposed by the Security Council", "released a ship operated by Greenpeace": the act is
        aimed at whoever hosts, proposes or operates the thing acted on; through the "of" phrase of a release or
        return noun, the holder of what is given back (rule 121h)."""
        objects = [obj for obj in verb.children if obj.dep_ in ("dobj", "obj")]
        found = self.agents_of_participles(objects, tok_actor)
        if found or not objects:
            return found
        # rule 121h: what a release or return noun gives back, held by the participle's agent: "demanded the release
        # of an oil tanker seized by Britain" is aimed at Britain
        held = [
            p
            for obj in objects
            if obj.lemma_.lower() in self.lex.held_thing_nouns
            for prep in obj.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        found = self.agents_of_participles(held, tok_actor)
        if found:
            return found
        # rule 87a: the act the object is "into" (the parser hangs the phrase on the object or on the verb):
        # "launched an investigation into crimes committed by Y" / "... into killings that Y carried out"
        topics = [
            p
            for head in (*objects, verb)
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in self.lex.object_topic_preps
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        # rule 152d: the participle the parser hung on the last noun of the topic's own phrase ("into crimes against
        # humanity committed by Y", "into attacks on civilians carried out by Y") tells who did the act all the same
        phrased = [
            p
            for noun in topics
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ != "by"
            for p in prep.children
            if p.dep_ == "pobj" and p.i not in tok_actor
        ]
        return (
            self.agents_of_participles(topics, tok_actor)
            or [
                a
                for noun in topics
                for clause in noun.children
                if clause.dep_ == "relcl"
                for c in clause.children
                if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
                for a in self.actors(c, tok_actor)
            ]
            or self.agents_of_participles(phrased, tok_actor)
        )

    def dispute_parties(self, tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The parties of the dispute a mediation is in ("mediation efforts in the Libyan conflict", "a
        mediator in the Arab-Israeli dispute"): actors naming a `dispute_nouns` noun in the trigger's
        phrases or its governing verb's, never a mere place ("a conflict in Yemen" names no party)."""
        scope = [tok] + ([tok.head] if tok.dep_ in ("compound", "dobj", "obj", "nsubj", "pobj") else [])
        found: list[Span] = []
        for word in scope:
            for noun in word.subtree:
                if noun.lemma_.lower() not in self.lex.dispute_nouns or noun.i == tok.i:
                    continue
                for c in noun.children:
                    if c.dep_ in ("amod", "compound", "poss", "nmod"):
                        found.extend(self.actors(c, tok_actor))  # "the Libyan conflict" (not "in Yemen")
                found.extend(a for a in self.between(noun, tok_actor) if a not in found)
            if found:
                return found
        return found

    def protest_noun(self, noun: Token) -> bool:
        """Whether ``noun`` is a protest noun (a `protest_roots` code: rally, demonstration, hunger strike)."""
        code = self.triggers.trigger(noun)
        return code is not None and code.kind == "noun" and code.code[:2] in self.lex.protest_roots

    def protest_aim(self, tok: Token, kind: str) -> tuple[Token, str] | None:
        """Where a protest (14) says whom it is aimed at (docs/events.md rule 29), and how to read it:

        - ``clause``: a purpose clause without a subject of its own on the protest or on the verb that governs
          the protest noun ("staged demonstrations to demand Y", "blocked roads, demanding ...", "a rally to
          protest Y's decision") whose verb or object is an appeal, demand, disapproval, rejection or protest
          trigger (`aim_roots`, `protest_roots`);
        - ``phrase``: "in protest of/against/at/over Y's refusal" (the inner protest noun);
        - ``grievance``: what the protest, or the verb that stages it, is "over", "against" or "at" ("a
          general strike over the government's reform")."""
        heads = [tok]
        if kind == "noun":
            gov = self.governor(tok)
            if gov is not None:
                heads.append(gov)
        else:
            # "staged a protest against a law passed by Y": the protest noun a verb phrase stages (rule 57c)
            heads += [c for c in tok.children if c.dep_ in ("dobj", "obj") and self.protest_noun(c)]
        for head in heads:
            for c in head.children:
                if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ == "VERB":
                    if self.aim_clause(c):
                        return c, "clause"
                elif c.dep_ == "prep" and c.lower_ == "in":
                    for p in c.children:
                        if p.dep_ == "pobj" and p.i != tok.i and self.protest_noun(p):
                            return p, "phrase"  # "in protest of the government's refusal"
        if kind != "noun":
            # rule 188d: the participle the parser hangs on the verb's object ("blockaded highways demanding that
            # Y's prime minister step down")
            for obj in tok.children:
                for c in obj.children if obj.dep_ in ("dobj", "obj") else ():
                    if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ == "VBG" and self.aim_clause(c):
                        return c, "clause"
        for head in heads:
            if any(c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS for c in head.children):
                return head, "grievance"  # "a general strike over the government's reform"
        return None

    def aim_clause(self, c: Token) -> bool:
        """Whether the verb ``c`` heads a protest's purpose clause (:meth:`protest_aim`): no subject or marker of
        its own ("... after police fired on them", "while Y demanded": another's act), a to-infinitive or a
        participle, and its verb or object a trigger of `aim_roots` or `protest_roots`."""
        if any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children):
            return False
        infinitive = any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        if not infinitive and c.tag_ != "VBG":
            return False
        roots = self.lex.aim_roots | self.lex.protest_roots
        words = [c, *(g for g in c.children if g.dep_ in ("dobj", "obj"))]
        return any((t := self.triggers.trigger(w)) is not None and t.code[:2] in roots for w in words)

    def aim_targets(self, aim: tuple[Token, str] | None, tok_actor: dict[int, Span]) -> list[Span]:
        """The actors a protest's aim names (rule 29): a purpose clause's objects and target prepositions, the
        agent of a participle on its object, the subject of its that-clause, or the nearest actor inside it
        (also through a passive agent: "the return of property seized by Y"); for "in protest of/against Y's
        refusal" and "over Y's reform", that phrase's actors (a protest's own "of" names who protests)."""
        if aim is None:
            return []
        word, how = aim
        if how != "clause":
            preps = self.lex.aim_preps if how == "phrase" else GRIEVANCE_PREPS
            return [
                a
                for p in word.children
                if p.dep_ == "prep" and p.lower_ in preps
                for o in p.children
                if o.dep_ == "pobj"
                for a in self.grievance_actors(o, tok_actor)
            ]
        found = [t for t in self.targets_of(word, tok_actor) if not (len(t) == 1 and t.root.tag_ == "PRP$")]
        found = found or self.object_agents(word, tok_actor)
        found = found or [
            a  # "marched to demand that the government release ...": whom the demand is made of
            for c in word.children
            if c.dep_ == "ccomp"
            for g in c.children
            if g.dep_ in ("nsubj", "nsubjpass")
            for a in self.actors(g, tok_actor)
        ]
        found = found or self.nested_targets(word, tok_actor, extra=frozenset({"agent"}), depth=AIM_DEPTH)
        # "to denounce the execution of a cleric", "demanding the release of journalists": the one an act was done
        # to is not whom the protest is against (the aim names no one then)
        return [a for a in found if not self.patient(a)]

    def patient(self, actor: Span) -> bool:
        """Whether ``actor`` is named as the one an act was done to: the "of" object of a `patient_nouns` noun
        ("the release of X", "the arrest of X", "the execution of X")."""
        return self.patient_noun(actor) is not None

    def patient_noun(self, actor: Span) -> Token | None:
        """The `patient_nouns` noun whose "of" object ``actor`` is ("the arrest of X": arrest), if any."""
        tok = actor.root
        for _ in range(3):
            if tok.dep_ == "pobj":
                prep = tok.head
                return prep.head if prep.lower_ == "of" and prep.head.lemma_.lower() in self.lex.patient_nouns else None
            if tok.dep_ not in ("compound", "amod", "nmod", "poss", "conj") or is_root(tok):
                return None
            tok = tok.head
        return None

    def own_patients_agents(self, sources: list[Span], targets: list[Span], tok_actor: dict[int, Span]) -> list[Span]:
        """Targets with the source's own people who suffered an act replaced by that act's agent (rule 31):
        "Norway protested the arrest of Norwegian journalists by Russian police" is aimed at the police, and
        "condemned the killing of Dutch aid workers" (the Dutch government) names no one it is aimed at."""
        own = {primary(s.label_) for s in sources}
        kept: list[Span] = []
        for target in targets:
            noun = self.patient_noun(target) if primary(target.label_) in own else None
            if noun is None:
                kept.append(target)
            else:
                # the parser may hang "by Y" on the active verb whose object the act is
                holders = [noun, noun.head] if noun.dep_ in OBJ_DEPS and not is_root(noun) else [noun]
                agents = [a for h in holders for a in self.by_agents(h, tok_actor)]
                kept.extend(a for a in agents if primary(a.label_) not in own)
        return kept

    @staticmethod
    def purpose_clauses(verb: Token, verbs: set[str]) -> list[Token]:
        """The to-infinitive purpose clauses of ``verb`` headed by one of ``verbs`` ("provided funds to support
        ...", "lifted sanctions to get Y to ..."), also one the parser hung on the verb's object ("provided 20
        million euros to pay for ...")."""
        clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")] + [
            c for o in verb.children if o.dep_ in ("dobj", "obj") for c in o.children if c.dep_ in ("relcl", "acl")
        ]
        return [
            c
            for c in clauses
            if c.lemma_.lower() in verbs and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]

    def coerced_targets(self, verb: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Whom a sanction presses, named as the object of its purpose clause (`coercion_verbs`, rule 43):
        "refused to lift sanctions to get Iran to the negotiating table", "kept the embargo to force Y back"."""
        for clause in self.purpose_clauses(verb, self.lex.coercion_verbs):
            # "to make Armenia give up its claims": the subject of the complement clause
            found = self.targets_of(clause, tok_actor) or self.complement_subjects(clause, tok_actor)
            if found:
                return found
        return []

    def partisan_fight_objects(self, verb: Token) -> list[Token]:
        """The nouns a fight verb (`partisan_fight_verbs`) fights for (`partisan_fight_preps`): "fight for Russia"."""
        return [
            o for o in prep_objects_in(verb, self.lex.partisan_fight_preps) if not TriggerMatcher.fought_over(o, verb)
        ]

    def complement_subjects(self, clause: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The actors of the subjects of ``clause``'s complement clauses ("to help Y cope", "to make Y give up")."""
        return [
            a
            for c in clause.children
            if c.dep_ in ("ccomp", "xcomp")
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass")
            for a in self.actors(s, tok_actor)
        ]

    def purpose_targets(self, verb: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """Whom a transfer is for, named in its purpose clause: "earmarked 1.5 million euros to help Haiti
        cope", "provided funds to support refugees in Jordan" (a to-infinitive of a `purpose_verbs` verb:
        its object, prepositions or its clause's subject)."""
        for clause in self.purpose_clauses(verb, self.lex.partisan_fight_verbs):
            # "sent troops to fight for Russia": the side fought for (rule 229)
            found = [a for o in self.partisan_fight_objects(clause) for a in self.actors(o, tok_actor)]
            if found:
                return found
        for clause in self.purpose_clauses(verb, self.lex.purpose_verbs):
            found = self.targets_of(clause, tok_actor) or self.complement_subjects(clause, tok_actor)
            found = found or [
                a  # "to help defend Saudi Arabia": the object of the bare infinitive after help (rule 25)
                for c in clause.children
                if c.dep_ == "xcomp" and not any(x.dep_ == "aux" for x in c.children)
                for o in c.children
                if o.dep_ in ("dobj", "obj")
                for a in self.actors(o, tok_actor)
            ]
            found = found or self.beneficiary_below(clause, tok_actor)
            if found:
                return found
        return []

    def beneficiary_below(self, clause: Token, tok_actor: dict[int, Span]) -> list[Span]:
        """The first actor further down a purpose clause's own phrase (docs/events.md rule 40), breadth first
        through objects, prepositions and their relative or participle clauses (`purpose_deep_deps`), never into
        an adverbial or a reported clause: "to support projects which benefit refugees in Jordan", "to pay for
        aid for those affected in Yemen"."""
        frontier = [clause]
        for _ in range(PURPOSE_DEPTH):
            frontier = [c for t in frontier for c in t.children if c.dep_ in self.lex.purpose_deep_deps]
            # the noun itself names the actor: "civilians stranded near a U.S. garrison" are not the U.S.
            found = [
                a
                for t in frontier
                if t.dep_ in NOUN_ARG_DEPS
                for a in self.actors(t, tok_actor)
                if a.root.i in {t.i, *(c.i for c in t.conjuncts)}
            ]
            if found:
                return found
        return []


def acted_subjects(trig: Trigger, inner: Trigger | None) -> list[Token]:
    """The passive subjects of a verb trigger that are the act's own object noun (docs/events.md rule 48a): the
    noun of its phrase ("relations were cut") or the act it wraps ("aid was halted", "talks were suspended")."""
    acted = {t.i for t in (trig.phrase_obj, inner.token if inner is not None else None) if t is not None}
    return [c for c in trig.token.children if c.dep_ == "nsubjpass" and c.i in acted]


def infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive ("vowed *to fight*")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def pronoun_subject(clause: Token) -> bool:
    """Whether a clause's subject is a personal pronoun ("the ban that it imposed", "which they signed")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in clause.children)


def set_off_phrases(clause: Token) -> list[Token]:
    """The phrase right after a clause and a date or time set off by commas (docs/events.md rule 45): "the ban
    that they imposed, 16 September 2010, on aid agencies" where the parser hangs "on aid agencies" on the date
    or the main verb, not on "imposed". Only a phrase the clause does not hold already; none without the date."""
    doc = clause.doc
    start = clause.right_edge.i + 1
    end = start
    while end < len(doc) and (
        doc[end].is_punct
        or doc[end].ent_type_ in TIME_ENTS
        or (doc[end].dep_ == "prep" and any(c.ent_type_ in TIME_ENTS for c in doc[end].children))
    ):
        end += 1
    stretch = doc[start:end]
    if end >= len(doc) or not stretch or stretch[0].text != "," or stretch[-1].text != ",":
        return []
    if not any(t.ent_type_ in TIME_ENTS for t in stretch) or doc[end].dep_ != "prep":
        return []
    return [doc[end]]


def closes(phrase: Token, edge: int) -> bool:
    """Whether ``phrase`` ends its clause (whose last word is at ``edge``): only a date or time phrase and
    punctuation may follow it ("... to Russian authorities in Moscow on March 4, 2010")."""
    return all(
        t.is_punct
        or t.ent_type_ in TIME_ENTS
        or (t.dep_ == "prep" and any(c.ent_type_ in TIME_ENTS for c in t.children))
        for t in phrase.doc[phrase.right_edge.i + 1 : edge + 1]
    )


# prepositions by which a fighting noun names a party of its own, target or doer ("the US-Israeli war on Iran"): its
# hyphenated modifiers are then co-sources, not the two sides (rule 430a); "over", "in" name a topic or a place
PARTY_PREPS = ("on", "upon", "against", "with", "by", "toward", "towards")


def hyphen_partners(tok: Token, tok_actor: dict[int, Span]) -> list[Span]:
    """Actors joined to ``tok`` by a hyphen or dash ("Lavrov-Rubio call", "US-PRC relations"): the parser
    makes the first a compound of the second; both are arguments."""
    span = tok_actor[tok.i]
    out: list[Span] = []
    # the head's children, and those of the mention's other words ("Russian-US diplomats": "Russian" hangs
    # off "US", inside the mention "US diplomats")
    for word in [tok, *(t for t in span if t.i != tok.i)]:
        for child in word.children:
            if child.dep_ not in ("compound", "amod") or child.i not in tok_actor or tok_actor[child.i] is span:
                continue
            other = tok_actor[child.i]
            between = tok.doc[other.end : span.start]
            if len(between) == 1 and between[0].text in ("-", "–", "—", "/") and other not in out:
                out.append(other)
    return out


def gerund_agents(verb: Token) -> list[Token]:
    """The agent of a passive verb that the parser hung on the gerund of its "of"/"for" phrase: "was accused
    of killing civilians by X" (X accuses). Only a gerund's own "by" phrase, not one of a clause below it."""
    return [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
        for gerund in prep.children
        if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG"
        for by in gerund.children
        if by.dep_ in ("prep", "agent") and by.lower_ == "by"
        for p in by.children
        if p.dep_ == "pobj"
    ]


def gerund_subject(verb: Token) -> bool:
    """A gerund that is a clause's subject with no subject or object of its own ("Shelling by Y killed ...")."""
    return (
        verb.dep_ == "csubj"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "poss") for c in verb.children)
    )


def aux_subjects(verb: Token) -> list[Token]:
    """A subject the parser hung on the verb's auxiliary ("A and B however have opposed X": "have" heads
    the subject when an adverb separates them): the verb's subject (rule 27)."""
    return [
        s
        for c in verb.children
        if c.dep_ in ("aux", "auxpass") and c.i < verb.i
        for s in c.children
        if s.dep_ in SUBJ_DEPS and s.i < c.i
    ]


def root_noun_subject(verb: Token, lex: TriggerLexicon) -> list[Token]:
    """The sentence's root noun when the parser read the main verb as a participle on it (rule 43): "A U.S.
    congressional report called for sanctions against China", "a UN report called on Israel to ..." parse
    "called" as an ``acl`` of "report", which leaves the sentence no finite verb. Only a document or message
    noun (it can author a call, an accusation, a demand) and a verb with no agent or naming complement of its own:
    "a report called 'Red Lines'" names the report, "a report drafted by France" has its own doer."""
    head = verb.head
    if verb.dep_ != "acl" or is_root(verb) or head.dep_ != "ROOT":
        return []
    if head.lemma_.lower() not in lex.document_nouns and head.lemma_.lower() not in lex.message_nouns:
        return []
    named = ("oprd", "attr", "dobj", "obj") if verb.lemma_.lower() in lex.naming_verbs else ("oprd", "attr")
    if any(c.dep_ in ("agent", "nsubj", "nsubjpass", "auxpass", *named) for c in verb.children):
        return []
    return [head]


def clausal_subject(subj: Token) -> Token:
    """A subject parsed as a verb ("The Red Cross operating in Iraq said"): the verb's own subject."""
    if subj.pos_ == "VERB" and subj.tag_ == "VBG":
        inner = [c for c in subj.children if c.dep_ == "nsubj"]
        if inner:
            return inner[0]
    return subj


def possessive_pronoun(noun: Token) -> bool:
    """Whether a noun's possessor is a pronoun ("its airspace", "their territory")."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


def state_actor(code: str) -> bool:
    """Whether a code is a state (a country's bare code, its government, military, police or intelligence) or an
    international organisation: not a group ("KUR", "MOSRAD") or a country's people ("NGACVL", "FRAAGR")."""
    return is_igo(code) or (country_part(code) in country_codes() and role_part(code) in STATE_ROLES)


def protest_place(actor: Span) -> bool:
    """Whether the actor is named as where a protest is held or passes: the object of "in", "at", "through",
    "outside", "across" or "near" ("a rally in Lagos", "marched through Lahore"; rule 29)."""
    tok = actor.root
    for _ in range(3):
        if tok.dep_ == "pobj":
            return tok.head.lower_ in PROTEST_PLACE_PREPS
        if tok.dep_ not in ("compound", "amod", "nmod", "poss") or is_root(tok):
            return False
        tok = tok.head
    return False


def located(actor: Span) -> bool:
    """Whether the actor is named as a place: the object of "in" ("a summit in Genoa")."""
    return located_on(actor) is not None


def located_on(actor: Span) -> Token | None:
    """The word whose "in" / "at" phrase names the actor as a place ("a summit in Genoa": summit), else None."""
    tok = actor.root
    for _ in range(3):
        if tok.dep_ == "pobj":
            return tok.head.head if tok.head.lower_ in ("in", "at") else None
        if tok.dep_ not in ("compound", "amod", "nmod", "poss") or is_root(tok):
            return None
        tok = tok.head
    return None


# the ``actor_how`` of a mention that is one of two spans on the same tokens: a plural pronoun for two parties
# (rule 74) and a plural name of two states (rule 106e, ``named_pairs`` in anaphora.yml)
PAIR_HOWS = frozenset({"anaphora_pair", "named_pair"})


def pair_partners(span: Span) -> list[Span]:
    """The other actor of a pair phrase the resolver codes as two spans on the same tokens ("the two leaders",
    "both sides": docs/actors.md) or a plural pronoun for the previous sentence's two parties (rule 74), which the
    token index keeps only one of (rule 38), or a plural name of two states ("the two Koreas", rule 106e)."""
    how = span._.actor_how
    if not ((len(span) >= 2 and how == "pronoun") or how in PAIR_HOWS) or "actors" not in span.doc.spans:
        return []  # only a pair phrase (resolved as anaphora) is worth the scan of the document's mentions
    return [
        s
        for s in span.doc.spans["actors"]
        if s.start == span.start and s.end == span.end and s.label_ and s.label_ != span.label_
    ]


def actor_pairs(
    sources: list[Span], targets: list[Span], reciprocal: bool, domestic: bool = True
) -> list[tuple[Span, Span]]:
    """The ordered (source, target) pairs of an event's arguments (both ways when ``reciprocal``): different
    primary actors, or (``domestic``) different actors of one country that are not both its state
    (``reference.actors.domestic_pair``: ``KENLEG`` -> ``KENGOV``, never ``USA`` -> ``USAGOV``), the latter
    only when the trigger has no pair of two countries."""
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
    kept = [(s, t) for s, t in pairs if distinct_actors(s.label_, t.label_, domestic)]
    if any(primary(s.label_) != primary(t.label_) for s, t in kept):
        # a trigger that acts on another country acts on it, not on an actor of the source's own country
        # caught in its arguments ("Poland's parliament demanded an admission by Moscow that ... murdered
        # Polish officers": POLLEG -> RUS, not POLLEG -> POLMIL)
        kept = [(s, t) for s, t in kept if primary(s.label_) != primary(t.label_)]
    return kept


def reported_clauses(verb: Token, claim_nouns: Collection[str], topic_preps: Collection[str]) -> list[Token]:
    """The that-clauses (with a subject of their own) of the claim nouns a verb acts on (rule 134c): its objects
    and the objects of their (or its) topic phrases ("investigated reports that Y had bombed Z", "opened an
    inquiry into claims that Y shelled Z")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    heads = objects + [
        p
        for head in (*objects, verb)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in topic_preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return [
        clause
        for noun in heads
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in claim_nouns
        for clause in noun.children
        if clause.dep_ in ("acl", "ccomp") and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ]


def effort_compound(noun: Token, effort_nouns: set[str]) -> bool:
    """Whether ``noun`` is the compound that names the act of an attempt noun ("mediation" in "mediation
    efforts", rule 35)."""
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in effort_nouns


def occupiers(place: Token) -> list[Token]:
    """The occupier words of a place named after its occupier: "Russian" in "Russian-occupied Crimea", which the
    parser hangs on the participle ("occupied", one of ``OCCUPIER_PARTICIPLES``) that modifies the place. Rule 223
    lets the occupier's mention stand for the place (docs/events.md rule 234)."""
    return [
        g
        for c in place.children
        if c.dep_ == "amod" and c.lower_ in OCCUPIER_PARTICIPLES
        for g in c.children
        if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < c.i
    ]
