"""Parse repairs the event rules need before they read a sentence (docs/events.md rules 46a, 52c).

The small English model sometimes leaves a preposition without its object and hangs the noun phrase that
follows it elsewhere: "called on(prep) Economy Minister X(dobj of called) to quit", "granted asylum to(prep)
two sailors(nsubj of stranded) stranded in ...". Every rule that reads "the object of the preposition"
then finds nothing (no target; "called" without "on" reads as a phone call). :func:`attach_stranded_objects`
gives such a preposition back the noun phrase that starts right after it, in the two shapes where that phrase
cannot be what the parser made of it (rule 46a). And the tokenizer splits a hyphenated word ("cease-fire":
cease, -, fire), so no rule written for "ceasefire" sees it: :func:`rejoin_split_words` gives the last part the
lemma of the word written as one (rule 52c), from the table of the component's data file
``data/events/parse_repair.yml`` (:class:`RepairData`; its shape is checked when it loads). And a sentence-final
speaker clause the parser hung on the last noun or under the first clause ("..., a rights group protested here
Wednesday") is re-hung as the sentence's main clause by :func:`rehang_final_speakers`, with the verbs of the same
file's ``final_speaker_verbs`` (rule 81). And a headline verb the parser read as a plural noun after the line's named
actor ("<Name> orders sanctions on Y": the name the root, "orders" its object) is re-hung as the root by
:func:`rehang_headline_verbs`, with the file's ``headline_verbs`` (rule 91c). And an appeal verb read as a naming
participle before a day word ("A Syrian newspaper called Thursday on Arabs to ...": a newspaper named Thursday) is
re-hung as the root by :func:`rehang_dated_appeals`, with the file's ``dated_appeal_verbs`` and ``day_words``
(rule 97). And a headline's present-tense verb the parser hung as a modifier of its object noun ("<Name>
weighs(compound) missile delivery(ROOT) to Y") is re-hung as the root by :func:`rehang_modifier_verbs`, as is a
listed headline verb that is itself the root with the name its compound (rule 101a, 101b). And a listed headline verb
read as the root noun after a plural subject ("Thousands of Israelis protest against Y") or as the subject noun of
its own object after a name ("Japan pledges aid to Y") is made the verb by :func:`rehang_headline_nouns` (rule 102b).
And a whole present-tense headline read as one noun phrase, its plural subject noun and its verb both modifiers of
the object noun ("Taliban fighters fire(compound) rockets(ROOT) at Y"), is made a clause by
:func:`rehang_compound_clauses` (rule 104a); a listed people noun read as the verb's auxiliary ("Hamas militants(VBZ)
fire(NN) rockets") is made the subject again there (rule 106b). A listed headline verb right after the line's opening
name that the parser buried in the noun phrase after it in another shape ("Armenia shells(nsubj) Azerbaijani
villages(ROOT)") is made the root by :func:`rehang_buried_headline_verbs` (rule 295). And a past-tense form the tagger
does not know as a verb ("Ukraine retook(NN) Kherson from Russia") is made the verb by :func:`rehang_past_forms`, with
the file's ``past_verb_forms`` (rule 106c), and a past-tense verb read as a participle modifying the name after it
("Trump(nmod) hosted(amod) Putin(ROOT)") is made the verb by :func:`rehang_past_modifier_verbs` (rule 113b), and a name
hung on a subjectless root verb as a modifier ("Lula(amod) hosts(ROOT) Milei") its subject by
:func:`rehang_modifier_subjects` (rule 113c). And a progressive the parser read as "be" with a participle predicate
("Qatar is(ROOT) mediating(attr) ...") is re-hung with the participle the verb by
:func:`rehang_progressive_participles`, and a speaker clause after an opening quotation that the parser made the
quotation's complement ("'...,' Aliyev said(ccomp), accusing ...") is made the main clause by
:func:`rehang_quote_speakers` (rule 105a, 105b), a speaker clause inside a quotation by
:func:`rehang_interrupting_speakers` (rule 151c). And a gerund after "to" that the tagger read as a noun ("China open
to mediating(NN) between Russia and Ukraine") is made the verb it is by :func:`retag_gerund_objects`, its lemma the
model's lemmatizer's (rule 111c). And a listed base-form verb the tagger read as a noun right after infinitive "to"
("offered to host(NN) talks", "Egypt's offer to(prep) host(NN, compound) talks(pobj)") is made the infinitive verb by
:func:`retag_infinitive_nouns`, with the file's ``infinitive_verbs`` and ``infinitive_nouns`` (rule 120a).
And a to-infinitive the parser hung on the verb past its object's "of" / "by" owner ("welcomed the decision of Y to
expel ...") is hung back on the object by :func:`rehang_owned_infinitives` (rule 174).
And a sentence-final speaker phrase the parser hung inside the first clause while the speech verb is already the
root ("..., the UN's refugee agency has said": "agency" an apposition of the first clause's last noun) is given
back to the verb by :func:`rehang_split_speakers`, with the file's ``final_speaker_verbs`` (rule 123c). And a
sentence-final inverted speaker (", reports aid agencies.") the parser made a conjunct with the speaker its object is
made the main clause by :func:`rehang_inverted_speakers`, with the same ``final_speaker_verbs`` (rule 126a).
And the main clause's subject the parser hung as an apposition inside a fronted phrase ("Before meeting Y's prime
minister, X's foreign minister(appos) said ...") is made the subject of the subjectless root verb by
:func:`rehang_fronted_subjects` (rule 131c). And a one-word actor name in lower case the tagger read as a bare
infinitive after "to" ("pledged aid to ukraine(VB)") is made the object of "to" by :func:`retag_infinitive_names`
(rule 136b). And a headline's comma-listed subject ("Oman, Iran sign deal": the second name an apposition) is
made a coordination by :func:`rehang_listed_subjects` (rule 135a), a third-person verb read as the auxiliary or
subject of the noun after it ("Venezuela lifts(aux) ban(ROOT)") is made the root by
:func:`rehang_auxiliary_verbs`, and a plural-noun root with a subject and a direct object ("Colombian army
battles(NNS) ELN rebels") is made a verb by :func:`retag_plural_root_verbs` (rule 135h).
And a past-tense verb after a subject's comma-closed relative clause that the parser made a modifier of its object
noun ("X , which faces ... , tightened(amod) restrictions(appos) on Y") is made the root with the actor's noun its
subject by :func:`rehang_relative_clause_verbs` (rule 198). And a verb after a subject's comma-set apposition or
relative clause that the parser made a participle of the subject ("X , General Y , rejected(acl) on Sunday a truce
proposal") is made the root by :func:`rehang_apposed_subject_verbs` (rule 258a), and a name the parser hung on the
day word before it ("condemned on Monday(pobj) the United States(appos)") is made the verb's object by
:func:`rehang_dated_objects`, with the file's ``day_words`` (rule 258b). And a speaker's own "as he ..." clause the
parser hung inside the that-clause he speaks ("Erdogan recalled that Greece had occupied Izmir as he accused ...")
is hung back on the verb of speech by :func:`rehang_speaker_clauses` (rule 323). And a giving verb's object that
follows its recipient phrase and a time phrase ("returned to Ghana last month 32 objects(dep)") is made the verb's
object by :func:`rehang_shifted_objects` (rule 328). And a party right after a verb that the parser made the subject
of its own -ing participle ("helped Philippine fishermen(nsubj) working(ccomp) near ...") is made the verb's object,
the participle a clause on it, by :func:`rehang_participle_objects` (rule 400a).

Both are one pipeline component, ``parse_repair`` (:class:`ParseRepair`), that ``build_pipeline`` puts right
before ``event_coder`` whenever the coder is a stage: the repaired parse and lemmas are then what every later
stage reads, by the pipeline's order, not as a side effect of coding events. The component owns its data in the
spaCy way: ``from_disk`` loads the file (the packaged one unless its config's ``data_path`` names another),
``nlp.to_disk`` writes it into the component's folder and ``spacy.load`` reads it back. It repairs a document
that has actor mentions (the only ones the event rules read; the causal and framing stages keep the model's
parse elsewhere, as they always had it) and marks it repaired. An ``EventCoder`` run on a document that did not
pass the component (the rule tests build one on the bare model) calls :func:`repair_once` itself, with the
packaged table, so no way of running the coder codes on the unrepaired document.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy
from spacy.attrs import DEP
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from detente.nlp.component import DataComponent
from detente.nlp.events.lexicon import EVENTS_DIR
from detente.nlp.lexicons import LexiconError, ParseRepairData, load_yaml
from detente.nlp.token_scan import (
    ColumnMemo,
    dep_hits,
    lemma_hits,
    lemma_where,
    lower_hits,
    lower_where,
    pos_hits,
    sorted_hits,
    tag_hits,
    text_hits,
    text_memo,
)

NAME = "parse_repair"
DEFAULT_DATA = EVENTS_DIR / "parse_repair.yml"
ACTORS_KEY = "actors"  # the span group actor_resolver writes and event_coder reads
# doc.user_data key: the document has passed the repair (set once, so a second call never re-reads the parse
# it already changed)
REPAIRED_KEY = "parse_repaired"
# (first part, last part as written or its lemma) -> the lemma of the word written as one (rule 52c)
SplitWords = Mapping[tuple[str, str], str]

PREPOSITION_DEPS = ("prep", "dative")
# dependents inside a noun phrase, left of its head: the phrase "two Eritrean navy sailors" climbs to "sailors"
PHRASE_INNER_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "quantmod", "nmod", "punct"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a participle the tagger may call a past tense ("stranded" VBD): with no auxiliary and no subordinator it is no
# finite clause of its own
PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
CLAUSE_MARKER_DEPS = frozenset({"aux", "auxpass", "mark", "advmod"})
HYPHENS = frozenset({"-", "–"})  # the tokens a split hyphenated word has between its parts (rule 52c)
# the one-label sets the narrowed whole-document loops start from (speed36)
POBJ_DEPS = frozenset({"pobj"})
AMOD_DEPS = frozenset({"amod"})
ADVCL_DEPS = frozenset({"advcl"})
COMPOUND_DEPS = frozenset({"compound"})
ACL_DEPS = frozenset({"acl"})
BASE_VERB_TAGS = frozenset({"VB"})
LEXICAL_VERB_POS = frozenset({"VERB"})


def _phrase_head(first: Token) -> Token:
    """The head of the noun phrase that begins at ``first`` (climbing phrase-internal dependents rightward)."""
    tok = first
    while tok.dep_ in PHRASE_INNER_DEPS and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _stranded_object(prep: Token) -> tuple[Token, Token | None] | None:
    """The noun phrase head a childless preposition on a verb lost, and the participle to re-hang on it:
    (noun, None) when the noun is the verb's own direct object ("called on X"), (noun, participle) when it is
    the subject of a bare past participle hung on the same verb ("to sailors stranded in ...": no auxiliary,
    subordinator or adverb before it); else None."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > prep.i or prep.i + 1 >= prep.sent.end:
        return None  # both shapes follow their verb ("On 17 July X rejected ...": a date, not a lost object)
    noun = _phrase_head(prep.doc[prep.i + 1])
    if noun.pos_ not in NOUN_POS or noun.left_edge.i != prep.i + 1:
        return None
    if noun.dep_ == "dobj" and noun.head.i == verb.i:
        return noun, None
    clause = noun.head
    if (
        noun.dep_ in SUBJECT_DEPS
        and clause.tag_ in PARTICIPLE_TAGS
        and clause.i != verb.i
        and clause.head.i == verb.i
        and clause.i > noun.i
        and not any(c.dep_ in CLAUSE_MARKER_DEPS and c.i < clause.i for c in clause.children)
    ):
        return noun, clause
    return None


def attach_stranded_objects(doc: Doc) -> int:
    """Give each preposition the parser left without an object the noun phrase that starts right after it, in
    the shapes of :func:`_stranded_object`; the phrase becomes its ``pobj`` and a re-hung participle an ``acl``
    of the noun ("sailors stranded in ..." is a reduced relative). Returns how many were repaired."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return 0
    deps = doc.to_array(DEP)
    wanted = numpy.array(sorted({get_string_id(d) for d in PREPOSITION_DEPS}), dtype="uint64")
    repaired = 0
    for i in sorted_hits(deps, wanted):
        prep = doc[i]
        if prep.pos_ != "ADP" or prep.n_lefts or prep.n_rights:
            continue
        found = _stranded_object(prep)
        if found is None:
            continue
        noun, participle = found
        noun.head = prep
        noun.dep_ = "pobj"
        if participle is not None:
            participle.head = noun
            participle.dep_ = "acl"
        repaired += 1
    return repaired


# rule 81: the dependents a sentence-final speaker's verb may have right of it: when and where it spoke ("protested
# here Wednesday", "said in a statement"), nothing the verb would need as its own content or object
SPEAKER_TAIL_DEPS = frozenset({"advmod", "npadvmod", "prep", "punct"})
# the shapes the parser gives the verb of a final speaker clause it did not read as the main clause: a participle or
# relative clause on the speaker noun (its head), or a complement / conjunct of the first clause's verb (its subject
# is the speaker)
SPEAKER_ON_NOUN_DEPS = frozenset({"acl", "relcl"})
SPEAKER_ON_CLAUSE_DEPS = frozenset({"ccomp", "conj", "advcl"})
VERB_POS = frozenset({"VERB", "AUX"})
FINITE_SPEECH_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})
# a line with one of these has a finite verb of its own: no headline verb is looked for (rule 91c)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# what the parser made of a headline verb it read as a noun on the name before it (rule 91c)
HEADLINE_OBJECT_DEPS = frozenset({"dobj", "appos", "npadvmod"})


def _speaker_noun(verb: Token) -> Token | None:
    """The head noun of the speaker phrase a misattached final speech verb has: its head when the parser made it a
    participle or relative clause on the noun ("a rights group protested", "group(appos) protested(acl)"), its
    subject when it made it a complement or conjunct of the first clause ("ministry(nsubj) protested(ccomp)");
    else None. The verb has nothing else left of it (no auxiliary, relativizer or second subject)."""
    lefts = [c for c in verb.lefts if c.dep_ != "punct"]  # the comma before the speaker may hang on the verb
    if verb.head.i > verb.i or verb.dep_ not in SPEAKER_ON_NOUN_DEPS | SPEAKER_ON_CLAUSE_DEPS:
        return None
    if len(lefts) == 1 and lefts[0].dep_ == "nsubj":
        return lefts[0]  # "ministry(nsubj) protested(ccomp)", "group(nsubj) charged(relcl of the last noun)"
    if verb.dep_ in SPEAKER_ON_NOUN_DEPS and not lefts:
        return verb.head
    return None


def _final_speaker(verb: Token, actor_tokens: frozenset[int]) -> tuple[Token, Token, Token] | None:
    """(speaker noun, comma, first clause's verb) when ``verb`` ends its sentence as a speaker clause the parser
    did not make the main clause (rule 81): ", <noun phrase> <verb> [when / where]." after a finite first clause
    (the sentence's root verb, with a subject, left of the comma); the noun phrase names an actor. Else None."""
    sent = verb.sent
    root = sent.root
    if verb.dep_ == "ROOT" or root.i == verb.i or root.pos_ not in VERB_POS:
        return None
    if any(c.dep_ not in SPEAKER_TAIL_DEPS for c in verb.rights):
        return None  # "protested the killings": an object of its own, not a bare attribution
    last = sent.end - 1 if sent[-1].is_punct else sent.end
    if verb.right_edge.i < last - 1:
        return None  # words after the verb's own phrase: the clause does not end the sentence
    noun = _speaker_noun(verb)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    # where the phrase begins: the comma before it may hang on the noun ("officials(npadvmod)" with "," its child)
    start = min(t.i for t in noun.subtree if not t.is_punct)
    comma = verb.doc[start - 1] if start - 1 > sent.start else None
    if comma is None or comma.text != "," or not root.i < comma.i:
        return None
    # the phrase between the comma and the verb is the speaker noun's own, and it names an actor
    phrase = range(start, verb.i)
    if not all(t == noun or noun in t.ancestors for t in (verb.doc[i] for i in phrase)):
        return None
    if not any(i in actor_tokens for i in phrase):
        return None
    if not any(c.dep_ in SUBJECT_DEPS and c.i < comma.i for c in root.children):
        return None  # the first part is a finite clause with its subject: the content the speaker gives
    return noun, comma, root


def rehang_final_speakers(doc: Doc, verbs: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Make a sentence-final speaker clause the parser hung on the last noun, or under the first clause, the main
    clause of its sentence, the first clause its content (docs/events.md rule 81): "Y's army shelled the border
    village, a rights group protested here Wednesday" had "group" an apposition of "village" and "protested" a
    participle on it (the group read as the shelling's target, the protest lost); re-hung, it is parsed as the
    model parses "..., the ministry said": the verb the root (a finite past tense), the noun its subject, the first
    clause's verb its ``ccomp``. ``verbs``: the speech and protest lemmas (``final_speaker_verbs``); a verb with an
    object of its own, an auxiliary or a relativizer is left as parsed. Returns how many were re-hung."""
    if not verbs or not len(doc) or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    # the candidates by one lemma column (no Token per token), then the plain loop's checks
    candidates = [doc[i] for i in lemma_hits(doc, verbs)]
    for verb in [t for t in candidates if t.pos_ == "VERB" and t.tag_ in FINITE_SPEECH_TAGS]:
        found = _final_speaker(verb, actor_tokens)
        if found is None:
            continue
        noun, comma, clause = found
        final = verb.sent[-1]
        # the root first, then its dependents: no step makes a cycle
        verb.head = verb
        verb.dep_ = "ROOT"
        noun.head = verb
        noun.dep_ = "nsubj"
        clause.head = verb
        clause.dep_ = "ccomp"
        comma.head = verb
        comma.dep_ = "punct"
        if final.is_punct and final.i > verb.i and final.head.i != verb.i:
            final.head = verb
            final.dep_ = "punct"
        if verb.tag_ == "VBN":
            # "a group protested here": the participle the tagger read is the clause's finite verb (no rule reads
            # the morphology, so the tag alone is set)
            verb.tag_ = "VBD"
        repaired += 1
    return repaired


# rule 126: the tags a sentence-final inverted speech verb may carry (", reports aid agencies."): a finite verb, or a
# plural-present form the tagger read as the first noun of the speaker phrase ("report(NN compound) rights groups")
INVERTED_SPEECH_NOUN_TAGS = frozenset({"NN", "NNS"})


def _inverted_speaker(comma: Token, verbs: frozenset[str], actor_tokens: frozenset[int]) -> tuple[Token, Token] | None:
    """(speech verb, speaker noun) when ``comma`` is followed by a sentence-final inverted speaker clause (rule 126):
    ", <speech verb> <noun phrase> ." after a finite first clause (the sentence's root, a verb with its subject left
    of the comma); the verb a ``final_speaker_verbs`` lemma, finite (or a noun-tagged compound the tagger misread),
    the rest of the sentence one noun phrase naming an actor. Else None."""
    sent = comma.sent
    root = sent.root
    if comma.text != "," or comma.i + 2 >= sent.end or root.pos_ not in VERB_POS or not root.i < comma.i:
        return None
    if not any(c.dep_ in SUBJECT_DEPS and c.i < comma.i for c in root.children):
        return None
    verb = comma.doc[comma.i + 1]
    if verb.lemma_.lower() not in verbs or verb == root:
        return None
    if verb.tag_ not in FINITE_SPEECH_TAGS and not (verb.tag_ in INVERTED_SPEECH_NOUN_TAGS and verb.dep_ == "compound"):
        return None
    last = sent.end - 1 if sent[-1].is_punct else sent.end
    phrase = [comma.doc[i] for i in range(verb.i + 1, last)]
    heads = [t for t in phrase if t.head.i not in range(verb.i + 1, last) or t.head == t]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None  # the words after the verb are not one noun phrase (an object clause, a second phrase)
    if not any(t.i in actor_tokens for t in phrase):
        return None
    if any(c.i < verb.i and not c.is_punct for c in verb.children):
        return None  # a subject or auxiliary of its own left of the verb: not an inverted attribution
    return verb, heads[0]


def rehang_inverted_speakers(doc: Doc, verbs: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Make a sentence-final inverted speaker clause (", reports aid agencies.", ", say rights groups.") the main
    clause of its sentence, its noun phrase the verb's subject and the first clause its content (docs/events.md rule
    126), as the model parses most of them and as rule 81 re-hangs ", a rights group protested.". The parser
    sometimes makes the verb a conjunct of the first clause with the speaker its object, or reads the verb as a noun
    compound on the speaker, and the argument search then takes the speaker as the first clause's target
    ("Tajikistan reopened the border crossing, reports aid agencies": TJK -> NGO 086). ``verbs``: the speech and
    protest lemmas (``final_speaker_verbs``). Returns how many were re-hung."""
    if not verbs or not len(doc) or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for comma in [doc[i] for i in text_hits(doc, ",".__eq__)]:
        found = _inverted_speaker(comma, verbs, actor_tokens)
        if found is None:
            continue
        verb, noun = found
        clause = verb.sent.root
        final = verb.sent[-1]
        # the root first, then its dependents: no step makes a cycle
        verb.head = verb
        verb.dep_ = "ROOT"
        noun.head = verb
        noun.dep_ = "nsubj"
        if clause != verb:
            clause.head = verb
            clause.dep_ = "ccomp"
        comma.head = verb
        comma.dep_ = "punct"
        if final.is_punct and final.i > verb.i:
            final.head = verb
            final.dep_ = "punct"
        if verb.tag_ in INVERTED_SPEECH_NOUN_TAGS:
            # "report(NN) rights groups": the noun the tagger read is the clause's present-tense verb
            verb.tag_ = "VBZ" if verb.text.lower().endswith("s") else "VBP"
            verb.pos_ = "VERB"
        repaired += 1
    return repaired


def _headline_verb(word: Token, verbs: frozenset[str]) -> str | None:
    """The verb lemma of ``word`` read as a third-person verb ("orders" -> order, "pushes" -> push), if listed."""
    return _headline_lemma(word.lower_, verbs)


def _headline_lemma(lower: str, verbs: frozenset[str]) -> str | None:
    """``_headline_verb`` of a lower-case form (a string, so a token column can be filtered by it)."""
    for lemma in (lower[:-1], lower[:-2]) if lower.endswith("s") else ():
        if lemma in verbs:
            return lemma
    return None


@lru_cache(maxsize=8)
def _headline_form_memo(verbs: frozenset[str]) -> ColumnMemo:
    """Which lower-case forms (by string hash) are third-person forms of ``verbs`` (``_headline_lemma``), kept across
    documents for one verb set (issue 14 item 5)."""
    return ColumnMemo()


def _ing_form(lower: str) -> bool:
    """Whether a lower-case form ends in "-ing" (rule 111c's candidates)."""
    return lower.endswith("ing")


def gated_headline_verbs(doc: Doc, data: RepairData, actor_tokens: frozenset[int]) -> frozenset[str]:
    """The ``headline_verbs`` of ``data`` that the repairs may re-hang in ``doc`` (docs/events.md rule 164): a verb of
    ``headline_named_verbs`` only where each of its third-person forms in the document comes right after a proper
    name of an actor (not an adjective of nationality: "Greek ships carry grain", "Chilean arms deliveries"), one of
    ``headline_actor_object_verbs`` only where an actor's mention also begins right after each ("Israel arms
    Ukraine"; "China arms exports to Y" keeps its noun). A document where a form fails its gate keeps the parse
    of every such form."""
    gated = data.headline_named_verbs | data.headline_actor_object_verbs
    if not gated:
        return data.headline_verbs
    blocked: set[str] = set()
    # the listed third-person forms only, by one lower-case column (the loop reads, never changes the parse)
    forms = lower_where(doc, lambda lower: _headline_lemma(lower, gated) is not None, _headline_form_memo(gated))
    for word in [doc[i] for i in forms]:
        lemma = _headline_verb(word, gated)
        if lemma is None:
            continue
        before = doc[word.i - 1] if word.i > word.sent.start else None
        after = doc[word.i + 1] if word.i + 1 < word.sent.end else None
        named = before is not None and before.i in actor_tokens and before.tag_ in ("NNP", "NNPS")
        actor_after = after is not None and after.i in actor_tokens
        if (lemma in data.headline_named_verbs and not named) or (
            lemma in data.headline_actor_object_verbs and not actor_after
        ):
            blocked.add(lemma)
    return data.headline_verbs - blocked


def _rehang_named_root(word: Token, verbs: frozenset[str], actor_tokens: frozenset[int]) -> bool:
    """Rule 101b, the other parse of rule 91c's headline: the listed verb read as a plural noun is itself the root
    and the name right before it its ``compound`` ("Trump(compound) orders(ROOT) two submarines(appos) to be
    repositioned(relcl)"). The word becomes the root verb, the name (the mention's last token) its subject, an
    apposition its object and a to-infinitive hung as a relative or adverbial clause its complement, as rule 91c
    re-hangs the name-rooted parse. The line may have no other finite verb. Whether it was re-hung."""
    sent = word.sent
    lemma = _headline_verb(word, verbs)
    name = word.doc[word.i - 1] if word.i > sent.start else None
    if (
        lemma is None
        or name is None
        or word.tag_ not in ("NNS", "VBZ")
        or word.i in actor_tokens
        or name.i not in actor_tokens
        or name.head.i != word.i
        or name.dep_ != "compound"
        or any(t.tag_ in FINITE_TAGS for t in sent if t.i != word.i)
    ):
        return False
    name.dep_ = "nsubj"
    for child in word.rights:
        if child.dep_ == "appos" or (child.dep_ == "npadvmod" and child.pos_ in ("NOUN", "PROPN")):
            # "orders two submarines": what is ordered; rule 159: "snubs(root) Sweden(npadvmod)", "summons(root)
            # Israeli ambassador(npadvmod)" had the object read as a bare-noun adverbial of the noun
            child.dep_ = "dobj"
        elif child.dep_ in ("relcl", "acl", "advcl") and any(
            a.dep_ in ("aux", "auxpass") and a.lower_ == "to" for a in child.children
        ):
            child.dep_ = "xcomp"  # "orders two submarines to be repositioned": the to-infinitive completes the order
    word.tag_ = "VBZ"
    word.pos_ = "VERB"
    word.lemma_ = lemma
    return True


def _split_speaker(verb: Token, actor_tokens: frozenset[int]) -> tuple[Token, Token, Token | None] | None:
    """(misattached noun, comma, the verb's subject or None) when ``verb``, a root speech verb whose first clause
    (its ``ccomp``, with a subject) ends at a comma, has the speaker phrase between that comma and its own
    auxiliaries hung, wholly or in part, inside the first clause (rule 123c): "Y's rebels freed 40 hostages, the
    UN's refugee agency has said" had "agency" an apposition of "hostages" and "said" no subject; "..., the UN's
    children agency Unicef has said" had "Unicef" the subject and "agency" an apposition of the clause's last
    noun. The phrase is a noun phrase naming an actor whose words all hang inside it except the one noun hung in
    the first clause and at most the verb's subject. Else None."""
    if verb.dep_ != "ROOT":
        return None
    clauses = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if len(clauses) != 1 or not any(c.dep_ in SUBJECT_DEPS for c in clauses[0].children):
        return None
    clause = clauses[0]
    auxes = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg")]
    end = min([verb.i, *(a.i for a in auxes)])
    doc = verb.doc
    commas = [t for t in doc[clause.i : end] if t.text == ","]
    if not commas:
        return None
    comma = commas[-1]
    phrase = [doc[i] for i in range(comma.i + 1, end)]
    outside = [t for t in phrase if not comma.i < t.head.i < end or t.head == t]
    subjects = [t for t in outside if t.head == verb and t.dep_ in SUBJECT_DEPS]
    stray = [t for t in outside if t not in subjects]
    if len(stray) != 1 or stray[0].pos_ not in ("NOUN", "PROPN") or stray[0] not in clause.subtree:
        return None  # not one noun phrase, or not one the parser hung inside the first clause
    if len(subjects) > 1 or (subjects and subjects[0].i != stray[0].right_edge.i + 1):
        return None  # a subject of the verb's own that does not follow the stray noun's words
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) and not subjects:
        return None  # the verb has its subject elsewhere
    if not any(t.i in actor_tokens for t in phrase):
        return None
    return stray[0], comma, subjects[0] if subjects else None


def rehang_split_speakers(doc: Doc, verbs: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Give a sentence-final root speech verb the speaker phrase the parser hung, wholly or in part, inside the
    first clause (docs/events.md rule 123c): "Y's rebels freed 40 hostages, the UN's refugee agency has said" had
    "agency" an apposition of "hostages" (the UN read as the release's target). Re-hung, "agency" is the subject
    of "said", or, before a subject of the verb's own ("..., the UN's children agency Unicef has said"), a
    modifier of that subject; the first clause stays the verb's content. ``verbs``: ``final_speaker_verbs``.
    Returns how many."""
    if not verbs or not len(doc) or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    candidates = [doc[i] for i in lemma_hits(doc, verbs)]
    for verb in [t for t in candidates if t.dep_ == "ROOT" and t.pos_ == "VERB"]:
        found = _split_speaker(verb, actor_tokens)
        if found is None:
            continue
        noun, comma, subject = found
        noun.head = subject if subject is not None else verb
        noun.dep_ = "compound" if subject is not None else "nsubj"
        comma.head = verb
        comma.dep_ = "punct"
        repaired += 1
    return repaired


def rehang_headline_verbs(doc: Doc, verbs: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Make a headline verb the parser read as a plural noun the root of its line (docs/events.md rule 91c):
    "<Name> orders sanctions on Y" had the name the root and "orders" its object, so no verb was coded. When a
    sentence with no finite verb has as its root a named actor's token and, right after it, a plural noun
    (tag NNS) on that root that is a listed verb in the third person (``verbs``: ``headline_verbs``), that word
    becomes the root (a finite verb, its lemma the verb's), the name its subject, and the name's dependents after
    the word the verb's, as the model parses "Erdogan orders two warships to be deployed". Returns how many."""
    if not verbs or not len(doc) or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for sent in doc.sents:
        root = sent.root
        if _rehang_named_root(root, verbs, actor_tokens):
            repaired += 1
            continue
        if root.i not in actor_tokens or root.i + 1 >= sent.end:
            continue
        word = doc[root.i + 1]
        lemma = _headline_verb(word, verbs)
        if (
            lemma is None
            or word.tag_ not in ("NNS", "VBZ")  # the tagger may have seen the verb the parser did not
            or word.head.i != root.i
            or word.dep_ not in HEADLINE_OBJECT_DEPS
            or word.i in actor_tokens
            or any(t.tag_ in FINITE_TAGS for t in sent if t.i != word.i)
        ):
            continue
        later = [c for c in root.children if c.i > word.i]
        _make_root(word, root, "nsubj", later, "VBZ", lemma)
        for child in later:
            if child.dep_ == "advcl" and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "to" for a in child.children):
                child.dep_ = "xcomp"  # "orders two ships to be moved ...": the to-infinitive completes the order
        if root.pos_ in ("VERB", "AUX"):
            # "Modi orders ...": the tagger read the name as a verb too; it is the subject's proper noun
            root.pos_ = "PROPN"
            root.tag_ = "NNP"
        repaired += 1
    return repaired


# rule 101a: what the parser made of a headline's present-tense verb it read as a modifier of the noun after it
# ("Trump weighs(compound) missile delivery(ROOT) to Ukraine"), and the finite tags such a verb keeps
MODIFIER_VERB_DEPS = frozenset({"compound", "amod", "nmod"})
# a past tense with its own subject too (rule 111d: "Iran(nsubj) armed(VBD, amod) Houthi rebels(ROOT)")
MODIFIER_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD"})
# rule 101a: the root noun's dependents after the verb that belong to the clause, not to the noun phrase
CLAUSE_TAIL_DEPS = frozenset({"advcl", "punct"})


def _subject_names_actor(verb: Token, actor_tokens: frozenset[int]) -> Token | None:
    """The subject left of ``verb`` when an actor mention lies in its phrase ("President Trump"), else None."""
    for c in verb.lefts:
        if c.dep_ == "nsubj" and any(t.i in actor_tokens for t in c.subtree):
            return c
    return None


def _modifier_verb(
    word: Token, root: Token, verbs: frozenset[str], actor_tokens: frozenset[int]
) -> tuple[Token, str | None] | None:
    """(subject, lemma to set or None) when ``word``, a modifier of the noun root ``root``, is a headline verb
    (rule 101a): tagged VBZ/VBP with a subject of its own naming an actor (its lemma is the tagger's), or a listed
    headline verb in the third person (``verbs``) read as a plural noun right after a name that modifies it or the
    root ("Japan(compound) eyes(compound) sanctions(ROOT) on Russia"): the name is its subject. Else None."""
    if word.dep_ not in MODIFIER_VERB_DEPS or word.i in actor_tokens:
        return None
    if word.tag_ in MODIFIER_VERB_TAGS:
        subject = _subject_names_actor(word, actor_tokens)
        if subject is not None:
            return subject, None
    lemma = _headline_verb(word, verbs)
    name = word.doc[word.i - 1] if word.i > word.sent.start else None
    if (
        lemma is None
        or word.tag_ not in ("NNS", "VBZ")
        or name is None
        or name.i not in actor_tokens
        or name.dep_ != "compound"
        or name.head.i not in (word.i, root.i)
    ):
        return None
    return name, lemma


def rehang_modifier_verbs(doc: Doc, verbs: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Make a headline's present-tense verb the parser hung as a modifier of the noun after it the root of its
    sentence (docs/events.md rule 101a). A headline or lead in the headline's present ("President Trump weighs
    Tomahawk missile delivery to Ukraine while ...") may be parsed, depending on the lines around it, with the verb a
    ``compound`` of its object noun and that noun the root ("weighs" a modifier of "delivery"), though the verb
    keeps its finite tag and its own subject (a noun modifier has none: the parse contradicts itself); or, in a
    shorter line, with the name, the verb read as a plural noun and the object all one compound ("Japan eyes
    sanctions on Russia"). Either way no rule sees the verb. When the sentence's root is a noun, one token before it
    hangs on it as ``compound``/``amod``/``nmod`` and is such a verb (:func:`_modifier_verb`: a VBZ/VBP with a
    subject naming an actor, or a listed ``headline_verbs`` word right after a name), and the sentence has no other
    finite verb, that token becomes the root (a verb), the name its subject, the noun its direct object and the
    noun's clausal dependents after it (an adverbial clause, the final stop) the verb's, as the model parses the
    same line alone. The noun's own modifiers and prepositions ("missile", "to Ukraine") stay on it. Returns how
    many."""
    repaired = 0
    for sent, root in _sentence_roots(doc):
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        found = [(w, f) for w in root.lefts if (f := _modifier_verb(w, root, verbs, actor_tokens)) is not None]
        if len(found) != 1:
            continue
        verb, (subject, lemma) = found[0]
        if any(t.tag_ in FINITE_TAGS for t in sent if t.i != verb.i):
            continue
        tail = [c for c in root.rights if c.dep_ in CLAUSE_TAIL_DEPS]
        _make_root(verb, root, "dobj", [subject, *tail], "VBZ" if lemma is not None else None, lemma)
        subject.dep_ = "nsubj"
        repaired += 1
    return repaired


def _make_root(
    verb: Token, old_root: Token, old_dep: str, moved: Iterable[Token], tag: str | None, lemma: str | None = None
) -> None:
    """Make ``verb`` the root of its sentence, as the model parses the same line read as a clause: the old root
    becomes its ``old_dep``, each of ``moved`` hangs on it, and it is a verb (with ``tag`` and ``lemma`` where given).
    The new root is set first, then its dependents, so no step makes a cycle (rules 91c, 97a, 101a, 102b, 104a)."""
    verb.head = verb
    verb.dep_ = "ROOT"
    old_root.head = verb
    old_root.dep_ = old_dep
    for child in moved:
        child.head = verb
    verb.pos_ = "VERB"
    if tag is not None:
        verb.tag_ = tag
    if lemma is not None:
        verb.lemma_ = lemma


def _no_other_finite(sent: Span, keep: int) -> bool:
    """Whether no token of ``sent`` but the one at ``keep`` has a finite verb's tag."""
    return not any(t.tag_ in FINITE_TAGS for t in sent if t.i != keep)


def _on_root(word: Token, root: Token) -> bool:
    """Rule 102b (c): ``word`` hangs on ``root`` as its complement ("militants(root) fire(xcomp) rockets")."""
    return word.head.i == root.i and word.dep_ in ("xcomp", "dobj", "ccomp")


def _on_root_object(word: Token, root: Token) -> bool:
    """Rule 106b: ``word`` is a noun modifier of the root's object right after it ("fighters(root) fire(compound)
    missiles(dobj)"), the same misreading with the verb hung one word lower."""
    obj = word.head
    return word.dep_ == "compound" and obj.head.i == root.i and obj.dep_ == "dobj" and obj.i > word.i


def _subject_noun_as_verb(root: Token, actor_tokens: frozenset[int], subject_nouns: frozenset[str]) -> Token | None:
    """Rule 106b: the listed plural noun for people right before the root noun read as a finite verb hanging on it
    ("Hamas(nsubj) militants(VBZ, aux) fire(NN, root) rockets"), with the actor's name right before it the root's
    subject or the noun's; that token, else None."""
    doc = root.doc
    if root.i - 2 < root.sent.start:
        return None
    noun, name = doc[root.i - 1], doc[root.i - 2]
    if (
        noun.tag_ in FINITE_TAGS
        and noun.lower_ in subject_nouns
        and noun.head.i == root.i
        and noun.i not in actor_tokens
        and name.i in actor_tokens
        and name.head.i in (root.i, noun.i)
        and name.dep_ == "nsubj"
    ):
        return noun
    return None


def _rehang_plural_subject(
    root: Token, verbs: frozenset[str], actor_tokens: frozenset[int], subject_nouns: frozenset[str]
) -> bool:
    """Rule 102b (c): a name's plural noun for people read as the root verb, the base-form verb after it as that
    verb's complement noun ("Hamas militants(VBZ, root) fire(NN, xcomp) rockets into Y"). When the root is tagged VBZ
    and is a listed plural noun for people (``subject_nouns``: ``headline_subject_nouns``; a real verb, "Iran blames
    fire on Y", "Y bans march", is never touched), right after an actor's name that is its subject, and the token
    right after it is a noun (NN) on it that is a listed base form (``headline_verbs``), that token becomes the root
    verb, the old root a plural noun and its subject, the name the noun's compound, the old root's later dependents
    the verb's; only in a sentence with no other finite verb."""
    doc = root.doc
    sent = root.sent
    if root.tag_ != "VBZ" or root.lower_ not in subject_nouns or root.i + 1 >= sent.end or root.i - 1 < sent.start:
        return False
    word = doc[root.i + 1]
    name = doc[root.i - 1]
    if (
        word.tag_ != "NN"
        or word.lower_ not in verbs
        or not (_on_root(word, root) or _on_root_object(word, root))
        or name.i not in actor_tokens
        or name.head.i != root.i
        or name.dep_ != "nsubj"
        or root.i in actor_tokens
        or not _no_other_finite(sent, root.i)
    ):
        return False
    later = [c for c in root.children if c.i > word.i]
    _make_root(word, root, "nsubj", later, "VBP", word.lower_)
    name.head = root
    name.dep_ = "compound"
    root.pos_ = "NOUN"
    root.tag_ = "NNS"
    root.lemma_ = root.lower_[:-1] if root.lower_.endswith("s") else root.lower_
    return True


def rehang_headline_nouns(
    doc: Doc, verbs: frozenset[str], actor_tokens: frozenset[int], subject_nouns: frozenset[str] = frozenset()
) -> int:
    """Make a headline verb the parser read as a noun the verb of its line (docs/events.md rule 102b), in the two
    shapes rule 91c's repair does not see, in a sentence with no other finite verb. (a) A plural subject with a verb
    in the base form, the verb read as the root noun: "Thousands of Israelis protest(NN, root) against Y"; a root
    noun with no determiner that is a listed verb (``verbs``: ``headline_verbs``) and has a subject before it becomes
    a present-tense verb. (b) A third-person verb read as a plural noun right after the named actor, its object read
    as the root verb: "Japan pledges(NNS, subject of aid) aid(root) to Y"; the listed verb becomes the root, the
    name its subject, the old root its object noun. Returns how many."""
    if not verbs or not len(doc) or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for sent in doc.sents:
        root = sent.root
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
        noun = _subject_noun_as_verb(root, actor_tokens, subject_nouns) if root.tag_ == "NN" else None
        if (
            root.tag_ == "NN"
            and root.lower_ in verbs
            and (subjects or noun is not None)
            and not any(c.dep_ in ("det", "poss") for c in root.children)
            and _no_other_finite(sent, noun.i if noun is not None else root.i)
        ):
            if noun is not None:  # rule 106b: "Hamas militants(VBZ) fire(NN)": the noun is the subject again
                name = doc[noun.i - 1]
                noun.head, noun.dep_, noun.pos_, noun.tag_ = root, "nsubj", "NOUN", "NNS"
                noun.lemma_ = noun.lower_[:-1] if noun.lower_.endswith("s") else noun.lower_
                name.head, name.dep_ = noun, "compound"
            root.pos_ = "VERB"
            root.tag_ = "VBP"
            root.lemma_ = root.lower_
            repaired += 1
            continue
        if _rehang_plural_subject(root, verbs, actor_tokens, subject_nouns):
            repaired += 1
            continue
        if root.i - 1 < sent.start + 1:
            continue
        word = doc[root.i - 1]
        lemma = _headline_verb(word, verbs)
        if (
            lemma is None
            or word.tag_ != "NNS"
            or word.head.i != root.i
            or word.dep_ not in ("nsubj", "compound")
            or word.i - 1 not in actor_tokens
            or word.i in actor_tokens
            or not _no_other_finite(sent, root.i)
        ):
            continue
        name = doc[word.i - 1]
        while name.head.i not in (word.i, root.i) and name.head.i != name.i and name.head.i < word.i:
            name = name.head  # "the US State Department pledges ...": the name's head word
        if name.head.i not in (word.i, root.i):
            continue
        _make_root(word, root, "dobj", [name], "VBZ", lemma)
        name.dep_ = "nsubj"
        root.pos_ = "NOUN"
        root.tag_ = "NN"
        repaired += 1
    return repaired


# rule 104a: what a headline's subject noun may hang on the object noun (or on the verb) by when the parser reads
# the whole clause as one noun phrase
SUBJECT_COMPOUND_DEPS = frozenset({"compound", "nsubj", "nmod", "amod"})


def _compound_clause(root: Token, verbs: frozenset[str], actor_tokens: frozenset[int]) -> tuple[Token, Token] | None:
    """(verb, subject) when the noun ``root`` heads a whole headline clause read as one noun phrase (rule 104):
    a token before it hanging on it as ``compound``/``amod``/``nmod`` that is a plural present verb (VBP) or a
    listed base-form verb read as a noun (NN in ``verbs``), right after a plural noun (NNS) on the root or the
    verb whose phrase names an actor ("Taliban(compound) fighters(NNS, compound) fire(VBP, compound)
    rockets(ROOT)"), with only the root's own modifiers between the verb and the root. A noun compound is never
    such a pair: "arms(NNS) sales" has no verb-tagged word, "missile strikes" and "peace talks" no plural noun
    before a verb. Else None."""
    doc = root.doc
    for verb in root.lefts:
        if (
            verb.dep_ not in MODIFIER_VERB_DEPS
            or verb.i in actor_tokens
            or verb.i - 1 < root.sent.start
            or not (verb.tag_ == "VBP" or (verb.tag_ == "NN" and verb.lower_ in verbs))
        ):
            continue
        subject = doc[verb.i - 1]
        if (
            subject.tag_ != "NNS"
            or subject.head.i not in (verb.i, root.i)
            or subject.dep_ not in SUBJECT_COMPOUND_DEPS
            or not any(t.i in actor_tokens for t in subject.subtree)
            or any(not verb.i < t.head.i <= root.i for t in doc[verb.i + 1 : root.i])
        ):
            continue
        return verb, subject
    return None


def _verb_over_name_root(
    sent: Span, verb: Token, subject: Token, root: Token, tag: str, lemma: str | None = None
) -> bool:
    """Make ``verb``, which the parser hung as a modifier in the noun phrase of the sentence's ``root``, the root of
    ``sent`` (rules 104 and 113b), unless the sentence has another finite verb: ``subject`` becomes its subject, the
    old root its direct object and the old root's prepositions and clausal dependents after it the verb's. Whether
    it did."""
    if not _no_other_finite(sent, verb.i):
        return False
    tail = [c for c in root.rights if c.dep_ in CLAUSE_TAIL_DEPS or c.dep_ in PREPOSITION_DEPS]
    _make_root(verb, root, "dobj", [subject, *tail], tag, lemma)
    subject.dep_ = "nsubj"
    return True


def rehang_compound_clauses(doc: Doc, verbs: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Make a present-tense headline the parser read as one noun phrase a clause (docs/events.md rule 104): in
    "<actor's plural people noun> <present verb> <object> <prep> <party>" ("Taliban fighters fire rockets at Kabul
    airport") the parser may hang the subject noun and the verb both on the object noun as modifiers and make that
    noun the root, so no rule sees a verb. When :func:`_compound_clause` finds the pair and the sentence has no
    other finite verb, the verb becomes the root (VBP, its lemma the written word for a listed base form), the
    plural noun its subject, the old root its object and the old root's prepositions and clausal dependents after
    it the verb's, as the model parses "Hamas militants launch rockets at Israel". Returns how many."""
    repaired = 0
    for sent, root in _sentence_roots(doc):
        if root.tag_ not in ("NN", "NNS") or any(c.dep_ in ("det", "poss") for c in root.children):
            continue
        found = _compound_clause(root, verbs, actor_tokens)
        if found is None:
            continue
        verb, subject = found
        repaired += _verb_over_name_root(sent, verb, subject, root, "VBP", verb.lower_ if verb.tag_ == "NN" else None)
    return repaired


# rule 295: how a mention opening a headline names its actor when it may be the subject of a verb buried after it:
# a codebook name or a capital ("Pakistan", "Washington"), never an adjective of nationality ("Pakistani raids on
# Y" is a noun phrase) or a pronoun
HEADLINE_SUBJECT_HOWS = frozenset({"name", "alias", "capital"})


def _buried_object(word: Token, root: Token) -> Token | None:
    """Rule 295: the noun that heads the headline's object when the listed verb ``word`` was buried in the noun phrase
    of the sentence's ``root``: the root itself when ``word`` hangs inside its phrase before it, through words left
    of it only ("Armenia shells(nsubj) Azerbaijani villages(ROOT)", "Egypt eyes(compound) gas(compound)
    deal(ROOT)"), or, when ``word`` is itself the root noun, the noun it took as its apposition or bare-noun
    adverbial ("Pakistan(amod) shells(ROOT) Afghan border villages(appos)"). Else None."""
    if word.i == root.i:
        if word.pos_ == "VERB":
            return None  # a verb root already: rule 101b's or the parser's own reading
        return next((c for c in word.rights if c.dep_ in HEADLINE_OBJECT_DEPS and _noun_or_plural(c)), None)
    head = word
    while head.i != root.i:
        if head.head.i <= head.i or head.head.i > root.i:
            return None  # hung outside the phrase, or on a word before it
        head = head.head
    return root


def _noun_or_plural(token: Token) -> bool:
    """Rule 295: ``token`` is a noun, or a plural noun the tagger read as a present-tense verb ("Afghan militant
    hideouts(VBZ, appos)")."""
    return token.pos_ in NOUN_POS or (token.tag_ == "VBZ" and token.lower_.endswith("s"))


def rehang_buried_headline_verbs(doc: Doc, verbs: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Make a headline verb the parser buried in the noun phrase after it the root of its line (docs/events.md rule
    295), in the shapes rules 91c, 101a, 101b and 102b, each reading one parse, do not see: "Armenia(compound)
    shells(nsubj) Azerbaijani(appos) villages(ROOT)", "Pakistan(JJ, amod) raids(nmod) Afghan border posts(ROOT)",
    "India eyes(compound) arms deal(VBP, ROOT) with Russia". The words' order decides, not the parse: a line opening
    with an actor's name (a name, alias or capital, ``HEADLINE_SUBJECT_HOWS``, not a demonym) right before a listed
    verb in the third person (``verbs``: ``headline_verbs``) read as a plural noun, that verb inside the phrase of
    the object noun (:func:`_buried_object`), the name hung in that phrase too, and no finite verb in the line but
    the verb and, read as a noun, the object (a root tagged VBP with no subject: "deal"). The verb becomes the root,
    the name its subject, the object noun its direct object (a noun again), the words between them that hung on the
    verb or the name the object's modifiers, as the model parses "Russia shells Ukrainian villages". Returns how
    many."""
    if ACTORS_KEY not in doc.spans or not verbs:
        return 0
    repaired = 0
    # the first mention at each start, read once: a scan of every mention for every sentence made Span objects by
    # the hundred thousand on a long document
    opening: dict[int, Span] = {}
    for m in doc.spans[ACTORS_KEY]:
        opening.setdefault(m.start, m)
    for sent, root in _sentence_roots(doc):
        mention = opening.get(sent.start)
        if mention is None or mention._.actor_how not in HEADLINE_SUBJECT_HOWS or mention.end >= sent.end:
            continue
        word, name = doc[mention.end], mention.root
        lemma = _headline_verb(word, verbs)
        if lemma is None or word.tag_ not in ("NNS", "VBZ") or word.i in actor_tokens:
            continue
        obj = _buried_object(word, root)
        if obj is None or not word.i <= name.head.i <= obj.i or name.head.i == name.i:
            continue
        if any(t.tag_ in FINITE_TAGS for t in sent if t.i not in (word.i, obj.i)) or (
            obj.tag_ in FINITE_TAGS and any(c.dep_ in SUBJECT_DEPS for c in obj.children)
        ):
            continue
        between = [t for t in doc[word.i + 1 : obj.i] if t.head.i in (word.i, name.i)]
        if word.i != root.i:
            tail = [c for c in root.rights if c.dep_ in CLAUSE_TAIL_DEPS]
            _make_root(word, root, "dobj", [name, *tail], "VBZ", lemma)
        else:
            word.pos_, word.tag_, word.lemma_ = "VERB", "VBZ", lemma
            obj.dep_ = "dobj"
            name.head = word
        name.dep_ = "nsubj"
        if name.pos_ == "ADJ":  # "Pakistan(JJ) raids": the name the tagger read as an adjective is a proper noun
            name.pos_, name.tag_ = "PROPN", "NNP"
        for t in between:
            t.head = obj
            t.dep_ = "amod" if t.pos_ == "ADJ" else "compound"
        if obj.tag_ in FINITE_TAGS:
            # "arms deal(VBP)": the object's head the tagger read as a verb is the noun it heads
            obj.pos_, obj.tag_ = "NOUN", "NNS" if obj.lower_.endswith("s") else "NN"
        repaired += 1
    return repaired


# rule 106c: what the parser made of the object noun after a past-tense form it read as the root noun ("Syria
# retook(NN, root) Aleppo(npadvmod)")
PAST_OBJECT_DEPS = frozenset({"dobj", "npadvmod", "appos", "attr", "oprd"})


def _name_head(name: Token, before: int) -> Token:
    """The head word of the phrase ``name`` ends, climbing only through words left of ``before``."""
    while name.head.i != name.i and name.head.i < before:
        name = name.head
    return name


def _participle_modifier(word: Token, root: Token) -> bool:
    """Rule 204: ``word`` is tagged a past participle (VBN) and modifies the noun root after it, as the tagger reads
    a past tense it takes for an adjective ("Tokyo(nmod) relaxed(VBN, amod) curbs(ROOT) on Y"); rule 106c's repair
    takes it as it takes a form tagged an adjective."""
    return word.tag_ == "VBN" and _on_root_noun(word, root)


def _on_root_noun(word: Token, root: Token) -> bool:
    """Whether ``word`` modifies the root noun after it (``compound`` / ``amod`` / ``nmod``), on it or on a compound
    of it (rule 204: "Turkey relaxed(JJ, amod) visa(compound) requirements(ROOT)")."""
    head = word.head
    if head.i != root.i and head.dep_ == "compound" and head.head.i == root.i:
        head = root
    return head.i == root.i and word.dep_ in MODIFIER_VERB_DEPS and root.i > word.i


def _plural_noun_root(sent: Span, root: Token) -> bool:
    """Rule 207a: the root is tagged a present-tense verb (VBZ) but carries an adjective or a noun modifier on its
    left, as only a noun does ("The European Union relaxed(JJ, amod) visa(compound) rules(VBZ, ROOT) for Y"), and
    no other word of the sentence is a finite verb: it is the plural noun an -s form also is."""
    return (
        root.tag_ == "VBZ"
        and root.lower_.endswith("s")
        and any(c.dep_ in MODIFIER_VERB_DEPS and c.i < root.i for c in root.children)
        and _no_other_finite(sent, root.i)
    )


def _apposed_noun(word: Token, root: Token, name: Token) -> Token | None:
    """Rule 207b: the noun ``word`` (a past tense the tagger read as an adjective) modifies, where that noun is the
    apposition of the name right before ``word`` and the name is the sentence's root ("New Delhi(ROOT) relaxed(JJ,
    amod) curbs(appos) on Y"); None otherwise."""
    if name.i != root.i or word.dep_ not in MODIFIER_VERB_DEPS:
        return None
    noun = word.head
    if noun.i != root.i and noun.dep_ == "compound" and noun.head.dep_ == "appos":
        noun = noun.head
    if noun.i <= word.i or noun.dep_ != "appos" or noun.head.i != root.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


# rule 204: the linking verbs a past participle read as an adjective complement follows ("remain locked in ...")
LINKING_LEMMAS = frozenset({"be", "remain", "stay", "become", "get"})


def retag_adjective_participles(doc: Doc, forms: Mapping[str, str]) -> int:
    """Make a past participle the tagger read as an adjective complement a verb again (docs/events.md rule 204): in
    "Russia and Ukraine remain locked in fighting" the model tags "locked" an adjective (JJ, ``acomp`` of
    "remain"), so rule 21's light verb + "in" + trigger noun never sees a verb. A word of ``forms``
    (``past_verb_forms``, form -> lemma) tagged JJ (or VBN: "remained locked(VBN, acomp)"), the ``acomp`` of a
    linking verb (be, remain, stay, become, get), with an "in" phrase on it, becomes a participle (VERB / VBN,
    ``xcomp``) with its verb lemma, as the model parses "remain engaged in fighting"; an adjective with no "in"
    phrase ("ties remain strained") stays one. Returns how many."""
    repaired = 0
    # the listed forms only, by one lower-case column (the loop changes no word's form)
    for word in [doc[i] for i in lower_where(doc, lambda lower: forms.get(lower) is not None)]:
        lemma = forms.get(word.lower_)
        if (
            lemma is None
            or word.tag_ not in ("JJ", "VBN")
            or word.dep_ != "acomp"
            or word.head.lemma_.lower() not in LINKING_LEMMAS
            or not any(c.dep_ == "prep" and c.lower_ == "in" for c in word.children)
        ):
            continue
        word.pos_, word.tag_, word.lemma_, word.dep_ = "VERB", "VBN", lemma, "xcomp"
        repaired += 1
    return repaired


def rehang_past_forms(doc: Doc, forms: Mapping[str, str], actor_tokens: frozenset[int]) -> int:
    """Make a past-tense verb form the tagger read as a noun the verb of its sentence (docs/events.md rule 106c): the
    small model does not know "retook" as a verb and, right after a name, reads it as a noun in whatever phrase the
    name is in ("Ukraine(compound) retook(NN, compound) Kherson(ROOT) from Russia", "Azerbaijan(compound)
    retook(NN, ROOT) Shusha(dobj) from Armenia", "Syria(nsubj) retook(NN, root) Aleppo(npadvmod)"), so no rule saw a
    verb. When a word of ``forms`` (``past_verb_forms``, form -> lemma) not tagged a verb follows an actor mention's
    last token, is not itself in a mention, and the sentence has no finite verb: if it is the root, it becomes a
    past-tense verb, the name's phrase its subject and a noun after it on it its object; if it modifies the root noun
    after it (``compound`` / ``amod`` / ``nmod``), it becomes the root as rule 101a makes a modifier verb one, the
    name's phrase its subject, the old root its object and the old root's prepositions and clausal dependents after
    it the verb's ("from Russia": what it was taken from, rule 103b). Rule 204 adds regular past tenses tagged
    adjectives to ``forms`` ("Washington relaxed(JJ, amod) sanctions(ROOT) on Y"), takes a form tagged a participle
    (VBN) the same way (:func:`_participle_modifier`), lets it modify a compound of the root noun ("relaxed visa
    restrictions") and makes a name tagged an adjective a proper noun. Returns how many."""
    if not forms or not len(doc) or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for sent in doc.sents:
        root = sent.root
        noun_root = _plural_noun_root(sent, root)
        if noun_root:
            pass  # rule 207a: "visa rules(VBZ, ROOT)" with a modifier on it is the noun the tagger took for a verb
        elif any(t.tag_ in FINITE_TAGS for t in sent):
            continue
        for word in sent:
            lemma = forms.get(word.lower_)
            if (
                lemma is None
                or (word.pos_ in ("VERB", "AUX") and not _participle_modifier(word, root))
                or word.i in actor_tokens
                or word.i - 1 < sent.start
                or word.i - 1 not in actor_tokens
            ):
                continue
            name = _name_head(doc[word.i - 1], word.i)
            noun = _apposed_noun(word, root, name)
            if noun is not None:
                # rule 207b: "New Delhi(ROOT) relaxed(JJ, amod) curbs(appos) on Y": the name is the root, the noun
                # after the past tense its apposition; the past tense becomes the root, the name its subject
                tail = [c for c in noun.rights if c.dep_ in CLAUSE_TAIL_DEPS or c.dep_ in PREPOSITION_DEPS]
                rest = [c for c in name.rights if c.i > noun.i]
                _make_root(word, noun, "dobj", [name, *tail, *rest], "VBD", lemma)
            elif word.i == root.i:
                if name.head.i != word.i:
                    continue
                for child in word.rights:
                    if child.dep_ in PAST_OBJECT_DEPS and child.pos_ in NOUN_POS:
                        child.dep_ = "dobj"
                        break
                word.pos_, word.tag_, word.lemma_ = "VERB", "VBD", lemma
            elif _on_root_noun(word, root):
                if (root.pos_ not in ("NOUN", "PROPN") and not noun_root) or name.head.i not in (word.i, root.i):
                    continue
                if noun_root:
                    root.pos_, root.tag_ = "NOUN", "NNS"
                tail = [c for c in root.rights if c.dep_ in CLAUSE_TAIL_DEPS or c.dep_ in PREPOSITION_DEPS]
                _make_root(word, root, "dobj", [name, *tail], "VBD", lemma)
            else:
                continue
            name.dep_ = "nsubj"
            if name.pos_ == "ADJ":
                name.pos_, name.tag_ = "PROPN", "NNP"
            repaired += 1
            break
    return repaired


# rule 111c: what may sit on a real noun (an article, a possessive, an adjective, a number, a compound): an -ing word
# with one is a noun ("open to the meeting", "committed to its funding"), not a gerund
NOUN_MARKER_DEPS = frozenset({"det", "poss", "amod", "nummod", "compound", "nmod"})
GERUND_HEAD_POS = frozenset({"ADJ", "VERB"})  # "open to", "ready to", "committed to", "agreed to"


def retag_gerund_objects(doc: Doc, lemmatize: Callable[[Token], list[str]]) -> int:
    """Make a gerund the tagger read as a noun after "to" a verb again (docs/events.md rule 111c): the small model
    tags "mediating" in "China open to mediating between Russia and Ukraine" as a noun (NN, lemma "mediating"), so
    no verb trigger sees it, while "open to recognizing Palestine" comes out a verb (VBG, ``pcomp``). An -ing word
    tagged NN whose lemma is itself (the lemmatizer did not read it as a noun it knows), the object of "to" on an
    adjective or verb, with no article, possessive, adjective, number or compound on it, becomes VERB / VBG
    (``pcomp``, as the model attaches a gerund there) with the lemma ``lemmatize`` gives the token read as a verb.
    Nouns the lemmatizer knows ("meeting", "funding" with an article) and nouns with a determiner keep their tag.
    Returns how many."""
    repaired = 0
    # -ing forms only, by one column (the loop changes no token's form)
    for word in [doc[i] for i in lower_where(doc, _ing_form, text_memo(_ing_form))]:
        head = word.head
        if (
            word.tag_ != "NN"
            or not word.lower_.endswith("ing")
            or word.lemma_.lower() != word.lower_
            or word.dep_ != "pobj"
            or head.lower_ != "to"
            or head.head.pos_ not in GERUND_HEAD_POS
            or any(c.dep_ in NOUN_MARKER_DEPS for c in word.children)
        ):
            continue
        pos = word.pos_
        word.pos_ = "VERB"
        lemmas = lemmatize(word)
        if not lemmas or lemmas[0] == word.lower_:
            word.pos_ = pos  # no verb reading: leave the noun
            continue
        word.tag_, word.lemma_, word.dep_ = "VBG", lemmas[0], "pcomp"
        repaired += 1
    return repaired


def retag_infinitive_nouns(doc: Doc, verbs: frozenset[str], nouns: frozenset[str]) -> int:
    """Make a listed base-form verb (``infinitive_verbs``) the tagger read as a singular noun right after "to" the
    infinitive it is (docs/events.md rule 120a): the small model tags "host" in "Turkey offered to host(NN, xcomp)
    talks" and "accepted Egypt's offer to(prep) host(NN, compound) talks(pobj)" as a noun, so no verb trigger (rule
    94's hosting as mediation) sees it, and in the second shape "talks" reads as talks the sentence asserts. When the
    word is tagged NN, "to" stands right before it and the word has no article, possessive, adjective or number of
    its own: hung as a clausal complement, it only becomes a verb (VB); read as a compound of the noun after it, the
    object of "to", only when the noun right before "to" is one of ``nouns`` (``infinitive_nouns``: nouns that take
    an infinitive, "offer", "proposal", "readiness"; "aid to host communities" keeps its noun), that noun becomes its
    object (``dobj``), "to" its infinitive marker (``aux``), and the verb hangs as ``acl`` on the noun before "to"
    ("offer to host talks": the offer's act). Returns how many."""
    if not verbs or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for word in [doc[i] for i in lower_where(doc, verbs.__contains__)]:
        if word.tag_ != "NN" or word.lower_ not in verbs or word.i == 0 or word.i + 1 >= len(doc):
            continue
        to = doc[word.i - 1]
        if to.lower_ != "to" or any(c.dep_ in INFINITIVE_NOUN_MARKERS for c in word.children):
            continue
        obj = word.head
        if word.dep_ == "xcomp" and to.head.i == word.i:
            pass  # "offered to host(NN, xcomp) talks": the tree is the verb's, the tag is not
        elif (
            word.dep_ == "compound"
            and obj.i == word.i + 1
            and obj.pos_ == "NOUN"
            and obj.dep_ == "pobj"
            and obj.head.i == to.i
            and to.dep_ == "prep"
        ):
            anchor = doc[to.i - 1]
            if to.i - 1 < to.sent.start or anchor.pos_ != "NOUN" or anchor.lemma_.lower() not in nouns:
                continue  # "aid to host communities", "returned to host countries": the noun reading
            word.head = anchor
            word.dep_ = "acl"
            obj.head = word
            obj.dep_ = "dobj"
            to.head = word
            to.dep_, to.pos_, to.tag_ = "aux", "PART", "TO"
        else:
            continue
        word.pos_, word.tag_, word.lemma_ = "VERB", "VB", word.lower_
        repaired += 1
    return repaired


def _subjunctive_verb(
    mark: Token, governors: frozenset[str], verbs: frozenset[str], actor_tokens: frozenset[int]
) -> Token | None:
    """The listed base-form verb tagged as a noun right after the proper name that follows ``mark``, a "that" right
    after a demand word (rule 179c): "demanded that Hezbollah renounce(NN) violence". None when the word has an
    article, possessive, adjective, number or "of" phrase of its own (a noun after all) or is followed by "of"."""
    doc = mark.doc
    if mark.lower_ != "that" or mark.i == 0 or doc[mark.i - 1].lemma_.lower() not in governors:
        return None
    end = mark.i + 1
    while end < len(doc) and end in actor_tokens and doc[end].tag_ in ("NNP", "NNPS"):
        end += 1
    if end == mark.i + 1 or end >= len(doc):
        return None
    word = doc[end]
    if word.tag_ != "NN" or word.lower_ not in verbs or word.is_sent_start:
        return None
    if any(c.dep_ in INFINITIVE_NOUN_MARKERS or (c.dep_ == "prep" and c.lower_ == "of") for c in word.children):
        return None
    if end + 1 < len(doc) and doc[end + 1].lower_ in ("of", "'s"):
        return None
    return word


def rehang_subjunctive_verbs(
    doc: Doc, governors: frozenset[str], verbs: frozenset[str], actor_tokens: frozenset[int]
) -> int:
    """Make a demand's subjunctive verb the tagger read as a noun the verb of its that-clause (docs/events.md rule
    179c): in "demanded that Hezbollah renounce(NN, compound) violence(ccomp) against Y" and "its demand that Iran
    release(NN) detained(acl) journalists" the clause has no verb, so the demand goes to the last party its noun
    phrase names (Y) or to no one. The word (:func:`_subjunctive_verb`) becomes the clause's verb (VB), hung where
    the clause's top word was (``ccomp`` of a verb, ``acl`` of a noun), "that" its marker, the name its subject and
    the words after it in the clause its dependents: their top word its object, a participle the parser made the top
    word with the noun after it as its object ("detained journalists") that noun's modifier. Returns how many."""
    if not governors or not verbs or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for mark in [doc[i] for i in lower_where(doc, "that".__eq__)]:
        word = _subjunctive_verb(mark, governors, verbs, actor_tokens)
        if word is None:
            continue
        governor = doc[mark.i - 1]
        top = mark.head
        while mark.i < top.head.i < top.sent.end and top.head.i != top.i:
            top = top.head
        if not mark.i < top.i or top.head.i != governor.i:
            continue  # the clause does not hang on the demand word: leave the parse alone
        rest = [t for t in doc[word.i + 1 : max(top.right_edge.i, word.right_edge.i) + 1]]
        inside = {t.i for t in rest}
        heads = [t for t in rest if t.head.i not in inside and not t.is_punct]
        name = doc[mark.i + 1 : word.i]
        word.head, word.dep_ = governor, "acl" if governor.pos_ == "NOUN" else "ccomp"
        word.pos_, word.tag_, word.lemma_ = "VERB", "VB", word.lower_
        mark.head, mark.dep_ = word, "mark"
        for tok in name[:-1]:
            if tok.head.i not in range(name.start, name.end):
                tok.head, tok.dep_ = name[-1], "compound"
        name[-1].head, name[-1].dep_ = word, "nsubj"
        for head in heads:
            obj = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i > head.i), None)
            if head.tag_ in PARTICIPLE_TAGS and obj is not None and head.i + 1 == obj.i:
                obj.head, obj.dep_ = word, "dobj"
                head.head, head.dep_, head.pos_ = obj, "amod", "ADJ"
            elif head.pos_ in NOUN_POS:
                head.head, head.dep_ = word, "dobj"
            else:
                head.head = word
        repaired += 1
    return repaired


def rehang_owned_infinitives(doc: Doc, nouns: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Hang back on its noun the to-infinitive the parser hung on the verb as ``advcl`` when an "of" / "by" phrase
    (the noun's owner, ``OWNER_PREPS``) stands between them (docs/events.md rule 174): "welcomed the decision of
    Bahrain to expel Y's ambassador" hangs "expel" on "welcomed", so the decision's act reads as the welcomer's own,
    where "welcomed Bahrain's decision to expel ..." hangs it on "decision". Only for a direct object that is one of
    ``nouns`` (``infinitive_nouns``: decision, plan, move, proposal ...) with such a phrase naming an actor (of
    ``actor_tokens``: "the decision of the cabinet to expel ..." keeps the clause's subject as the decider), when
    "to" follows the object's phrase right away. Returns how many."""
    if not nouns or not actor_tokens or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    # only the tokens hung as ``advcl`` when the loop starts (speed36): a repair makes no token an ``advcl``
    for word in [doc[i] for i in dep_hits(doc, ADVCL_DEPS)]:
        if word.dep_ != "advcl" or word.tag_ != "VB" or word.i < 2:
            continue
        to = doc[word.i - 1]
        if to.lower_ != "to" or to.head.i != word.i or to.dep_ != "aux":
            continue
        for obj in word.head.children:
            if (
                obj.dep_ in ("dobj", "obj")
                and obj.right_edge.i + 1 == to.i
                and obj.lemma_.lower() in nouns
                and any(
                    c.dep_ == "prep" and c.lower_ in OWNER_PREPS and any(t.i in actor_tokens for t in c.subtree)
                    for c in obj.children
                )
            ):
                word.head, word.dep_ = obj, "acl"
                repaired += 1
                break
    return repaired


# rule 174: the phrases that name a noun's owner after it ("the decision of Y", "a proposal by Y")
OWNER_PREPS = frozenset({"of", "by"})

# rule 136b: the clause links under which the tagger hangs a one-word actor name it read as a bare infinitive
INFINITIVE_NAME_DEPS = frozenset({"relcl", "acl", "xcomp", "advcl", "ccomp"})


def retag_infinitive_names(doc: Doc, actor_spans: Iterable[Span]) -> int:
    """Make a one-word actor name the tagger read as a bare infinitive after "to" the object of "to" again
    (docs/events.md rule 136b): a country written in lower case, "ukraine" in "the EU pledged aid to ukraine", comes
    out VERB (VB) with "to" its infinitive marker, hung as a clause (``relcl`` / ``acl``) on the object noun, so the
    aid has no recipient ("to russia" and "to india" come out right). When the resolver named the word as an actor,
    "to" stands right before it and is its only dependent, "to" becomes a preposition again, attached to the verb
    whose object the clause hung on (else to the word the clause hung on), and the name its object (``pobj``, PROPN
    / NNP). Returns how many."""
    if not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for span in actor_spans:
        if len(span) != 1 or span.start == 0:
            continue
        word, to = span[0], doc[span.start - 1]
        children = list(word.children)
        if (
            word.pos_ != "VERB"
            or word.dep_ not in INFINITIVE_NAME_DEPS
            or to.lower_ != "to"
            or to.head.i != word.i
            or [c.i for c in children] != [to.i]
        ):
            continue
        anchor = word.head
        if anchor.dep_ in ("dobj", "obj") and anchor.head.pos_ == "VERB":
            anchor = anchor.head  # "pledged aid to(prep of pledged) ukraine", as the model hangs "to russia"
        to.head = anchor
        to.dep_, to.pos_, to.tag_ = "prep", "ADP", "IN"
        word.head = to
        word.dep_, word.pos_, word.tag_, word.lemma_ = "pobj", "PROPN", "NNP", word.text
        repaired += 1
    return repaired


# rule 120a: what sits on a real noun after "to" ("to the host country", "to its host", "to a new host")
INFINITIVE_NOUN_MARKERS = frozenset({"det", "poss", "amod", "nummod"})


# rule 113b: the past-tense tags a clause's verb keeps when the parser hangs it as a modifier of its object name
PAST_MODIFIER_TAGS = frozenset({"VBD", "VBN"})
# rule 113b: how the subject name may hang there; session 31 (docs/actors.md): also as a bare-noun adverbial of the
# participle ("Trump(NN, npadvmod) criticised(VBN, amod) Zelenskiy(ROOT)")
PAST_MODIFIER_SUBJECT_DEPS = SUBJECT_COMPOUND_DEPS | {"npadvmod"}


def _past_modifier_verb(root: Token, actor_tokens: frozenset[int]) -> tuple[Token, Token] | None:
    """(verb, subject head) when the name ``root`` is the object of a whole past-tense clause the parser read as one
    noun phrase (rule 113b): a token before it that is a verb tagged VBD/VBN, hanging on it as
    ``amod``/``compound``/``nmod``, not in an actor mention, right after the last token of a mention whose phrase
    hangs on the root or on the verb as a noun modifier ("Trump(nmod) hosted(VBN, amod) Putin(ROOT) in
    Washington") or as a bare-noun adverbial ("Trump(npadvmod) criticised(VBN, amod) Zelenskiy", session 31), with
    only the root's own modifiers between the verb and the root. A participle modifying a plain noun ("the detained
    journalists") has no name before it. Else None."""
    doc = root.doc
    for verb in root.lefts:
        if (
            verb.dep_ not in MODIFIER_VERB_DEPS
            or verb.pos_ != "VERB"
            or verb.tag_ not in PAST_MODIFIER_TAGS
            or verb.i in actor_tokens
            or verb.i - 1 < root.sent.start
            or verb.i - 1 not in actor_tokens
        ):
            continue
        name = _name_head(doc[verb.i - 1], verb.i)
        if (
            name.head.i not in (verb.i, root.i)
            or name.dep_ not in PAST_MODIFIER_SUBJECT_DEPS
            or any(not verb.i < t.head.i <= root.i for t in doc[verb.i + 1 : root.i])
        ):
            continue
        return verb, name
    return None


def _sentence_roots(doc: Doc) -> Iterator[tuple[Span, Token]]:
    """Each sentence of a parsed ``doc`` with its root, where the repairs that re-hang a sentence's root start;
    nothing for a document without a dependency parse (a repair has no tree to mend)."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return
    for sent in doc.sents:
        yield sent, sent.root


def _actor_roots(doc: Doc, actor_tokens: frozenset[int], pos: str) -> Iterator[tuple[Span, Token]]:
    """The sentences of a parsed ``doc`` whose root has part of speech ``pos`` and lies in an actor mention, with
    that root: where rules 113b (a name root, ``PROPN``) and 115a (a noun root, ``NOUN``) look for the verb the
    parser hung under it. Nothing for a document without a dependency parse."""
    for sent, root in _sentence_roots(doc):
        if root.pos_ == pos and root.i in actor_tokens:
            yield sent, root


def _lower_name_roots(doc: Doc, actor_tokens: frozenset[int]) -> list[tuple[Span, Token]]:
    """The sentences whose root is an actor mention's word written all in lower case and tagged a common noun
    (rule 277a: "Trump criticised zelenskiy(NN, ROOT)"), with that root: a name the tagger did not know as one."""
    return [(sent, root) for sent, root in _actor_roots(doc, actor_tokens, "NOUN") if root.is_lower]


# rule 277a: what the parser makes of a lower-case name right after a verb when it reads it as no noun
ADVERB_NAME_DEPS = frozenset({"advmod", "npadvmod"})
# rule 277a: a verb's dependents that already are its object or complement (then the name is no object)
VERB_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "ccomp", "xcomp", "attr", "oprd", "nsubjpass", "auxpass"})


def rehang_adverb_names(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make a name written in lower case that the parser hung as an adverb right after a verb the verb's direct
    object (docs/events.md rule 277a): "Merz met zelensky(RB, advmod) in Berlin" has no object, so no meeting is
    coded. When a word all in lower case lies in an actor mention, hangs as ``advmod``/``npadvmod`` on the verb
    right before it, has no dependents of its own, and the verb (an active verb) has no object or complement, the
    word becomes the verb's ``dobj``, a proper noun, as the model parses "Merz met Zelensky in Berlin". Returns how
    many."""
    repaired = 0
    # the actors' tokens only, in document order (the condition's first test; no Token for the others)
    for word in [doc[i] for i in sorted(actor_tokens) if 0 <= i < len(doc)]:
        verb = word.head
        if (
            word.i not in actor_tokens
            or not word.is_lower
            or word.dep_ not in ADVERB_NAME_DEPS
            or verb.i != word.i - 1
            or verb.pos_ != "VERB"
            or word.n_lefts
            or word.n_rights
            or any(c.dep_ in VERB_OBJECT_DEPS for c in verb.children)
        ):
            continue
        word.dep_, word.pos_, word.tag_ = "dobj", "PROPN", "NNP"
        repaired += 1
    return repaired


def rehang_lower_name_phrases(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Give a verb back the phrases the parser hung on its object when the object is a name written in lower case
    that the tagger reads as a common noun (docs/events.md rule 287b): in "netanyahu thanked trump(NN) for his
    support" the "for" phrase hangs on "trump", as on a common noun, and the thanks loses what it is for; the model
    hangs it on the verb in "Netanyahu thanked Trump for his support". When a one-word actor mention all in lower
    case, tagged a common noun, is an active verb's direct object and has only prepositional phrases (and
    punctuation) as dependents, those phrases become the verb's and the word a proper noun (``NNP``), as rule 277a
    makes a name hung as an adverb. Returns how many."""
    repaired = 0
    # the actors' tokens only, in document order (the condition's first test; no Token for the others)
    for word in [doc[i] for i in sorted(actor_tokens) if 0 <= i < len(doc)]:
        verb = word.head
        if (
            word.i not in actor_tokens
            or (word.i - 1 in actor_tokens or word.i + 1 in actor_tokens)
            or not word.is_lower
            or word.tag_ != "NN"
            or word.dep_ not in ("dobj", "obj")
            or verb.pos_ != "VERB"
            or word.n_lefts
            or not any(c.dep_ == "prep" for c in word.rights)
            or any(c.dep_ not in ("prep", "punct") for c in word.rights)
        ):
            continue
        for phrase in [c for c in word.rights if c.dep_ == "prep"]:
            phrase.head = verb
        word.pos_, word.tag_ = "PROPN", "NNP"
        repaired += 1
    return repaired


def rehang_past_modifier_verbs(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make a past-tense verb the parser hung as a modifier of the name after it the verb of its sentence
    (docs/events.md rule 113b): in "Trump hosted Putin in Washington" the small model may read "Trump hosted Putin"
    as one noun phrase ("Trump" a noun modifier, "hosted" an adjectival participle, "Putin" the root), so no rule
    sees a verb. When the sentence's root is an actor mention's name, :func:`_past_modifier_verb` finds the verb and
    the sentence has no other finite verb, the verb becomes the root (a past tense), the name before it its subject,
    the old root its direct object and the old root's prepositions and clausal dependents after it the verb's ("in
    Washington"), as the model parses "Macron hosted Scholz in Paris". Returns how many."""
    repaired = 0
    # rule 277a: a name written in lower case may be tagged a common noun ("Trump criticised zelenskiy(NN, ROOT)")
    roots = [*_actor_roots(doc, actor_tokens, "PROPN"), *_lower_name_roots(doc, actor_tokens)]
    for sent, root in roots:
        found = _past_modifier_verb(root, actor_tokens)
        if found is None:
            continue
        verb, subject = found
        repaired += _verb_over_name_root(sent, verb, subject, root, "VBD")
    return repaired


def rehang_name_root_participles(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make a headline's past tense the parser hung as an adjective on the object of the name before it the verb
    of its line (docs/events.md rule 221a): "Trump delayed tariffs on Canada" may come out "Trump(NN, ROOT)
    delayed(VBN, amod) tariffs(dobj of Trump) on Canada", one noun phrase with no verb. When a line's root lies in
    an actor mention that opens the line, and the token right after the mention is a verb tagged VBD/VBN that is
    in no mention and hangs as ``amod``/``compound``/``nmod`` on a noun right after it that hangs on the root, in
    a line with no other finite verb, the verb becomes the root (a past tense), the name its subject, the noun its
    direct object and the name's prepositions and clauses after the verb the verb's, as the model parses "Trump
    delayed the tariffs on Canada." A participle modifying a plain noun ("Detained journalists freed") has no name
    before it. Rule 237a: the noun's own modifiers may stand between the verb and the noun ("Trump halted(amod)
    trade talks(dobj of Trump) with Canada"), and a finite verb inside a subordinate clause after the noun is no
    other verb of the line ("... tariffs on Colombia after Bogota rejected the flights"). Returns how many."""
    repaired = 0
    for sent, root in _sentence_roots(doc):
        if (
            root.i not in actor_tokens
            or root.i != sent.start
            and not all(i in actor_tokens for i in range(sent.start, root.i))
        ):
            continue
        end = root.i
        while end + 1 < sent.end and end + 1 in actor_tokens:
            end += 1
        if end + 2 >= sent.end:
            continue
        verb = doc[end + 1]
        noun = verb.head
        if (
            verb.tag_ not in PAST_MODIFIER_TAGS
            or verb.dep_ not in MODIFIER_VERB_DEPS
            or noun.i <= verb.i
            or noun.head.i != root.i
            or noun.pos_ not in ("NOUN", "PROPN")
            # rule 237a: the noun's own modifiers may stand between ("halted trade talks", "imposed a 50 percent
            # tariff"), nothing else
            or any(not verb.i < t.head.i <= noun.i for t in doc[verb.i + 1 : noun.i])
        ):
            continue
        tail = [c for c in root.rights if c.i > noun.i and (c.dep_ in CLAUSE_TAIL_DEPS or c.dep_ in PREPOSITION_DEPS)]
        if not _no_other_finite(sent, verb.i) and not _only_subordinate_finite(sent, verb, tail):
            continue
        head = doc[sent.start : end + 1].root
        _make_root(verb, noun, "dobj", [head, *tail], "VBD")
        if head.i != root.i:
            root.head = head
        head.dep_ = "nsubj"
        if head.pos_ == "NOUN":
            head.pos_, head.tag_ = "PROPN", "NNP"
        repaired += 1
    return repaired


def _only_subordinate_finite(sent: Span, verb: Token, tail: Iterable[Token]) -> bool:
    """Rule 237a: whether every finite verb of ``sent`` but ``verb`` lies in a subordinate clause of ``tail`` (an
    ``advcl`` with its own subordinator: "after Bogota rejected the flights"), so none of them is the line's verb."""
    inside = {t.i for c in tail if c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children) for t in c.subtree}
    return not any(t.tag_ in FINITE_TAGS for t in sent if t.i != verb.i and t.i not in inside)


# rule 221b: how the parser hangs the subject name of a headline's root to-infinitive when it reads it as no subject
INFINITIVE_SUBJECT_NAME_DEPS = frozenset({"advmod", "npadvmod", "compound", "nmod", "amod"})


def rehang_infinitive_root_subjects(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make the name before a headline's root to-infinitive that verb's subject (docs/events.md rule 221b):
    "Zelensky to meet Trump in Washington" may come out "Zelensky(advmod) to meet(ROOT)", so rule 101c finds no
    subject for its planned act and no rule finds the doer. When a line's root is a base-form verb with "to" right
    before it and no subject, and the whole line before "to" is one actor mention whose head hangs on the verb as a
    modifier (``advmod``/``npadvmod``/``compound``/``nmod``/``amod``), that head becomes the verb's ``nsubj``, as the
    model parses "Modi to visit Moscow next month". Returns how many."""
    repaired = 0
    for sent, root in _sentence_roots(doc):
        if root.tag_ != "VB" or root.i < sent.start + 2 or any(c.dep_ in SUBJECT_DEPS for c in root.children):
            continue
        to = doc[root.i - 1]
        if to.tag_ != "TO" or to.head.i != root.i or not all(i in actor_tokens for i in range(sent.start, to.i)):
            continue
        name = doc[sent.start : to.i].root
        if name.head.i != root.i or name.dep_ not in INFINITIVE_SUBJECT_NAME_DEPS:
            continue
        name.dep_ = "nsubj"
        if name.pos_ in ("ADV", "ADJ", "NOUN"):
            name.pos_, name.tag_ = "PROPN", "NNP"
        repaired += 1
    return repaired


def rehang_modifier_subjects(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make a name the parser hung on a root verb as a modifier that verb's subject (docs/events.md rule 113c): in a
    headline "Lula hosts Milei in Brasilia" the model may tag the name an adjective and hang it on the verb as
    ``amod`` ("Lula(amod) hosts(ROOT)"), so the verb has no subject and no rule finds its doer. When a sentence's
    root is a finite verb with no subject and a token left of it hanging on it as ``amod``/``compound``/``nmod``
    lies in an actor mention, that token becomes the verb's ``nsubj`` (a proper noun if it was tagged an
    adjective). Returns how many."""
    repaired = 0
    for _sent, root in _sentence_roots(doc):
        if root.pos_ != "VERB" or root.tag_ not in FINITE_TAGS or any(c.dep_ in SUBJECT_DEPS for c in root.children):
            continue
        names = [c for c in root.lefts if c.dep_ in MODIFIER_VERB_DEPS and c.i in actor_tokens]
        if len(names) != 1:
            continue
        name = names[0]
        name.dep_ = "nsubj"
        if name.pos_ == "ADJ":
            name.pos_, name.tag_ = "PROPN", "NNP"
        repaired += 1
    return repaired


# rule 121e: how the parser hangs the name before a past tense it read as a bare participle root
PARTICIPLE_ROOT_NAME_DEPS = frozenset({"npadvmod", "compound", "amod", "nmod"})
# rule 133a: the root tags whose modifier name is re-hung: the bare participle (121e) and the past tense itself, which
# the model also leaves with no subject when it reads the name as an adverbial ("Azerbaijan(npadvmod) massed(VBD,
# ROOT) troops(dobj)": "massed" is as often an adjective, "massed troops")
SUBJECTLESS_ROOT_TAGS = frozenset({"VBN", "VBD"})


def rehang_participle_root_subjects(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make the name before a sentence's bare past-participle root that root's subject (docs/events.md rule 121e):
    the model may read "Sweden suspended aid to Zimbabwe" as "Sweden(npadvmod) suspended(VBN, ROOT) aid(dobj)", a
    participle with no subject, so no rule finds the doer. When a sentence's root is a verb tagged VBN with no
    auxiliary (a participle alone makes no clause, so the tagger's past tense is meant), no subject, a direct object
    (an active transitive: "Putin accused of war crimes" has none and stays a passive headline), and exactly one
    token left of it hanging on it as a noun modifier lies in an actor mention, that token becomes its ``nsubj``
    and the root a past tense (VBD), as the model parses "Sweden suspended its aid to Zimbabwe". A root already
    tagged VBD with the name so hung is repaired the same way (rule 133a: "Azerbaijan(npadvmod) massed(VBD, ROOT)
    troops(dobj) along the border with Armenia"). Returns how many."""
    repaired = 0
    for _sent, root in _sentence_roots(doc):
        if root.pos_ != "VERB" or root.tag_ not in SUBJECTLESS_ROOT_TAGS:
            continue
        deps = {c.dep_ for c in root.children}
        if deps & (SUBJECT_DEPS | {"aux", "auxpass", "agent"}) or not deps & {"dobj", "obj"}:
            continue
        names = [c for c in root.lefts if c.dep_ in PARTICIPLE_ROOT_NAME_DEPS and c.i in actor_tokens]
        if len(names) != 1:
            continue
        names[0].dep_ = "nsubj"
        if names[0].pos_ == "ADJ":
            names[0].pos_, names[0].tag_ = "PROPN", "NNP"
        root.tag_ = "VBD"
        repaired += 1
    return repaired


# rule 97: the prepositions an appeal verb takes ("called Thursday on Y to ...", "called Monday for talks")
APPEAL_PREPS = frozenset({"on", "upon", "for"})
# what a naming participle's day word can be attached as; it is an adverb of time once the verb is the root
DAY_WORD_DEPS = frozenset({"oprd", "npadvmod", "dobj", "attr", "appos"})


def rehang_dated_appeals(doc: Doc, verbs: frozenset[str], day_words: frozenset[str]) -> int:
    """Make an appeal verb the parser read as a naming participle the root of its sentence (docs/events.md rule
    97): in "A Syrian newspaper called Thursday on Arabs to unite" the model reads "a newspaper called Thursday" (a
    newspaper named Thursday), makes the noun the root and the appeal's to-infinitive a free adverbial clause, so
    the act appealed for reads as the speaker's own, asserted ("mobilize against Y" coded as the newspaper's
    mobilization) and the appeal itself is lost. When a verb of ``verbs`` (``dated_appeal_verbs``) in the past
    participle hangs as a clause on the sentence's noun root, the word right after it is a day word
    (``day_words``: a weekday, "today") and the verb has an "on"/"upon"/"for" phrase, the verb becomes the root
    (past tense), the noun its subject, the day word its adverb of time, the noun's later dependents the verb's
    and a to-infinitive on the verb its complement, as the model parses "A Syrian newspaper called on Arabs to
    unite". Returns how many."""
    if not verbs or not day_words or not len(doc) or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        for verb in [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"]:
            day = doc[verb.i + 1] if verb.i + 1 < sent.end else None
            if (
                verb.lemma_.lower() not in verbs
                or day is None
                or day.head.i != verb.i
                or day.lower_ not in day_words
                or day.dep_ not in DAY_WORD_DEPS
                or not any(c.dep_ == "prep" and c.lower_ in APPEAL_PREPS for c in verb.children)
            ):
                continue
            later = [c for c in root.children if c.i > verb.i]
            _make_root(verb, root, "nsubj", later, "VBD")
            day.dep_ = "npadvmod"
            for child in verb.children:
                if child.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                    child.dep_ = "xcomp"  # "called on Y to unite": the to-infinitive is what the appeal asks
            repaired += 1
            break
    return repaired


# the marks that open and close a quotation (the tagger's `` and '' tags, and the straight marks)
OPENING_QUOTE_TAGS = frozenset({"``"})
CLOSING_QUOTE_TAGS = frozenset({"''"})
SPEAKER_AFTER_QUOTE_DEPS = frozenset({"ccomp", "parataxis", "conj"})


def _quote_speaker(sent: Span, verbs: frozenset[str], actor_tokens: frozenset[int]) -> Token | None:
    """The speech verb of a sentence that opens with a quotation the parser made the main clause, its speaker
    clause a complement of the quoted verb (rule 105b): "'Armenia has chosen(ROOT) war,' Aliyev said(ccomp),
    accusing ...": the sentence opens with an opening quote mark, a closing one follows the root, then a listed
    speech verb (``verbs``) hangs on the root with its own subject, left of it and after the closing mark, naming
    an actor. Else None."""
    root = sent.root
    first = sent[0]
    if first.tag_ not in OPENING_QUOTE_TAGS or root.pos_ not in VERB_POS or root.i <= first.i:
        return None
    closing = [t.i for t in sent if t.tag_ in CLOSING_QUOTE_TAGS and t.i > root.i]
    if not closing:
        return None
    for verb in root.rights:
        if (
            verb.dep_ in SPEAKER_AFTER_QUOTE_DEPS
            and verb.i > closing[0]
            and verb.lemma_.lower() in verbs
            and verb.tag_ in FINITE_SPEECH_TAGS
        ):
            subjects = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS]
            if len(subjects) == 1 and any(t.i in actor_tokens for t in subjects[0].subtree):
                return verb
    return None


def rehang_quote_speakers(doc: Doc, verbs: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Make the speaker clause after an opening quotation the main clause, the quotation its complement (docs/
    events.md rule 105b): in "'Armenia has chosen war,' Aliyev said, accusing Yerevan of shelling ..." the model
    made "chosen" the root, "said" its ``ccomp`` and "accusing" an adverbial clause of "chosen", so the accusation's
    subject is the quotation's (Armenia accusing its own capital) and no event is coded; the model parses "'We will
    never accept this,' a spokesman said, accusing Japan ..." with "said" the root. Re-hung as that parse: the
    speech verb (a ``final_speaker_verbs`` lemma, finite, with a subject naming an actor) the root, the quoted
    verb its ``ccomp``, and the quoted verb's dependents after the closing quote mark (the participle clause, the
    final stop) the speech verb's. Returns how many."""
    if not verbs or not len(doc) or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for sent in doc.sents:
        verb = _quote_speaker(sent, verbs, actor_tokens)
        if verb is None:
            continue
        root = sent.root
        closing = min(t.i for t in sent if t.tag_ in CLOSING_QUOTE_TAGS and t.i > root.i)
        later = [c for c in root.children if c.i >= closing and c.i != verb.i]
        _make_root(verb, root, "ccomp", later, None)
        repaired += 1
    return repaired


def _interrupting_speaker(sent: Span, verbs: frozenset[str], actor_tokens: frozenset[int]) -> Token | None:
    """The speech verb of a speaker clause inside a quotation that the parser hung on the quoted root as a
    ``parataxis`` (rule 151c): '"Ethiopia," the minister said(parataxis), "is violating(ROOT) the accord."' The
    sentence opens with an opening quote mark; the verb (``verbs``, finite, its one subject left of it naming an
    actor) stands after a closing mark and before a second opening mark, and the root after that mark, with a
    subject naming an actor (the party the quotation speaks of). Else None."""
    root = sent.root
    first = sent[0]
    if first.tag_ not in OPENING_QUOTE_TAGS or root.pos_ not in VERB_POS:
        return None
    quoted_subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if not any(t.i in actor_tokens for s in quoted_subjects for t in s.subtree):
        return None  # a quotation about no actor ('"The goal," Putin said, "is to ..."'): nothing to attribute
    for verb in root.lefts:
        if verb.dep_ != "parataxis" or verb.lemma_.lower() not in verbs or verb.tag_ not in FINITE_SPEECH_TAGS:
            continue
        closing = [t.i for t in sent if t.tag_ in CLOSING_QUOTE_TAGS and t.i < verb.i]
        reopening = [t.i for t in sent if t.tag_ in OPENING_QUOTE_TAGS and verb.i < t.i < root.i]
        if not closing or not reopening:
            continue
        subjects = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS]
        if len(subjects) == 1 and any(t.i in actor_tokens for t in subjects[0].subtree):
            return verb
    return None


def rehang_interrupting_speakers(doc: Doc, verbs: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Make a speaker clause that interrupts a quotation the main clause, the quotation's verb its complement
    (docs/events.md rule 151c): in '"Russia," the Ukrainian minister said, "is lying."' the model made "lying" the
    root and "said" its ``parataxis``, so no rule read the quotation as reported speech (rule 60b's accusation, rule
    25's speaker). Re-hung as the model parses the speaker after a whole quotation (rule 105b): the speech verb the
    root, the quoted verb its ``ccomp``; the quoted verb keeps its own dependents (the subject before the speaker
    clause too). ``verbs``: ``final_speaker_verbs``. Returns how many."""
    if not verbs or not len(doc) or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    for sent in doc.sents:
        verb = _interrupting_speaker(sent, verbs, actor_tokens)
        if verb is None:
            continue
        _make_root(verb, sent.root, "ccomp", [], None)
        repaired += 1
    return repaired


# a progressive participle the parser read as the predicate of "be" ("Qatar is(ROOT) mediating(attr)"): its tags
# and deps; a participle with a determiner or possessive is a gerund noun ("the problem is the shelling")
PROGRESSIVE_BE_TAGS = frozenset({"VBZ", "VBP", "VBD"})
PROGRESSIVE_PARTICIPLE_DEPS = frozenset({"attr", "acomp"})
GERUND_NOUN_DEPS = frozenset({"det", "poss", "aux", "auxpass"})


def rehang_progressive_participles(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make a present participle the parser read as the predicate of a finite "be" the clause's verb, "be" its
    auxiliary (docs/events.md rule 105a): in "According to diplomats, Qatar is mediating between Israel and Hamas"
    the model makes "is" the root and "mediating" its ``attr`` (it parses the same clause without the attribution
    as a progressive), so no rule sees a mediating verb. When a finite form of "be" has a subject left of it whose
    phrase names an actor and a participle (VBG) after it as its ``attr`` / ``acomp`` with no determiner,
    possessive or auxiliary of its own, the participle takes the place of "be" (its head and dependency), "be"
    hangs on it as ``aux`` and the other dependents of "be" (subject, adverbs, punctuation, the attribution
    phrase) hang on the participle, as the model parses "Qatar is mediating ...". A subject that names no actor
    ("The aim is mediating a truce") is left as parsed. Returns how many."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    # forms of "be" by one lemma column (the loop changes no lemma)
    for be in [doc[i] for i in lemma_where(doc, "be".__eq__)]:
        if be.lemma_ != "be" or be.tag_ not in PROGRESSIVE_BE_TAGS or be.pos_ not in VERB_POS:
            continue
        verbs = [
            c
            for c in be.rights
            if c.dep_ in PROGRESSIVE_PARTICIPLE_DEPS
            and c.tag_ == "VBG"
            and not any(g.dep_ in GERUND_NOUN_DEPS for g in c.children)
        ]
        subjects = [c for c in be.lefts if c.dep_ in SUBJECT_DEPS]
        if len(verbs) != 1 or len(subjects) != 1:
            continue
        if not any(t.i in actor_tokens for t in subjects[0].subtree):
            continue
        verb = verbs[0]
        others = [c for c in be.children if c.i != verb.i]
        if be.head.i == be.i:
            verb.head = verb
        else:
            verb.head = be.head
        verb.dep_ = be.dep_
        be.head = verb
        be.dep_ = "aux"
        be.pos_ = "AUX"
        for child in others:
            child.head = verb
        verb.pos_ = "VERB"
        repaired += 1
    return repaired


# rule 115a: the dependencies on the way from a noun root down to the participle hung in its "from" phrase
ROOT_PHRASE_DEPS = frozenset({"prep", "pobj"})


def _participle_predicate(root: Token) -> Token | None:
    """Rule 115a: the past participle (VBN, ``acl``) right of ``root`` inside its own phrase (on the root or on a
    noun of its prepositional phrases) that has a past-tense conjunct (VBD, ``conj``) with no subject of its own, and
    no subject or auxiliary itself; else None."""
    for word in root.rights:
        for tok in word.subtree:
            if tok.tag_ != "VBN" or tok.dep_ != "acl":
                continue
            if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in tok.children):
                continue
            up = tok.head
            while up.i != root.i and up.dep_ in ROOT_PHRASE_DEPS:
                up = up.head
            if up.i != root.i:
                continue
            conjuncts = [c for c in tok.rights if c.dep_ == "conj" and c.tag_ == "VBD"]
            if conjuncts and not any(g.dep_ in SUBJECT_DEPS for c in conjuncts for g in c.children):
                return tok
    return None


def rehang_participle_conjuncts(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make a clause's first verb, which the parser hung as a participle in its subject's "from" phrase, the root
    (docs/events.md rule 115a): in "Doctors from two Irish charities bought and personally delivered insulin to
    Y" the model may make "Doctors" the root, "bought" a participle on "charities" (VBN, ``acl``) and "delivered" its
    conjunct, so no verb has a subject and the delivery to Y is lost (in other wording it parses "bought" the root
    and "Doctors" its subject). When a sentence's root is a common noun inside an actor mention, a past participle
    hangs as ``acl`` in its own phrase (on it or through its prepositional phrases) with a past-tense conjunct that
    has no subject of its own, and the sentence has no finite verb outside the participle's own clause, the
    participle becomes the root (past tense), the noun its subject and the noun's dependents after the participle
    (the final full stop) the verb's. "Aid sent and delivered by Japan" (the conjunct a participle too) and a noun
    root naming no actor are left as parsed. Returns how many."""
    repaired = 0
    for sent, root in _actor_roots(doc, actor_tokens, "NOUN"):
        verb = _participle_predicate(root)
        if verb is None:
            continue
        # a finite tag inside the participle's own clause (its conjunct, a clause under it) competes with no root
        clause = {t.i for t in verb.subtree}
        if any(t.tag_ in FINITE_TAGS for t in sent if t.i not in clause):
            continue
        tail = [c for c in root.rights if c.i > verb.i]
        _make_root(verb, root, "nsubj", tail, "VBD")
        repaired += 1
    return repaired


# rule 131c: the dependencies of a fronted phrase of time or manner on the root ("Before meeting X, ...", "After
# talks with X, ...") and the words between a subject and its verb
FRONTED_PHRASE_DEPS = frozenset({"prep", "advcl", "npadvmod"})
VERB_AUX_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def _fronted_appositive(root: Token, actor_tokens: frozenset[int]) -> tuple[Token, Token] | None:
    """(noun, comma) when ``root``, a sentence's verb with no subject, has right before it (and its auxiliaries) a
    noun phrase after a comma that the parser hung as an apposition inside a fronted phrase of the root (rule
    131c): "Before meeting Pakistan's prime minister, India's foreign minister said ..." had "minister" (India's)
    an apposition of the meeting's object, so "said" had no subject. The phrase must be the appositive noun's whole
    subtree, name an actor and lie between the comma and the verb; else None."""
    if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS | {"expl", "csubj"} for c in root.children):
        return None
    end = root.i
    while end - 1 >= root.sent.start and root.doc[end - 1].head == root and root.doc[end - 1].dep_ in VERB_AUX_DEPS:
        end -= 1  # "..., X will say", "..., X has not said"
    noun = _phrase_head(root.doc[end - 1]) if end - 1 > root.sent.start else None
    if noun is None or noun.dep_ != "appos" or noun.right_edge.i != end - 1:
        return None
    comma = root.doc[noun.left_edge.i - 1] if noun.left_edge.i > root.sent.start else None
    if comma is None or comma.text != "," or noun.head.i >= comma.i:
        return None
    fronted = noun.head
    while fronted.head != root and fronted.head != fronted:
        fronted = fronted.head
    if fronted.head != root or fronted.dep_ not in FRONTED_PHRASE_DEPS or fronted.i > comma.i:
        return None  # an apposition inside the sentence's own subject or object stays one
    if not any(t.i in actor_tokens for t in noun.subtree):
        return None
    return noun, comma


def rehang_fronted_subjects(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make the actor noun phrase the parser hung as an apposition inside a fronted phrase the subject of the
    sentence's verb (docs/events.md rule 131c): in "Before meeting Pakistan's prime minister, India's foreign
    minister said the talks would be difficult" the model may hang "India's foreign minister" on "minister"
    (Pakistan's) as ``appos``, so "said" has no subject and neither the meeting (the fronted clause's act, whose
    doer is the main clause's subject) nor the statement finds its doer. When a sentence's root verb has no subject
    and :func:`_fronted_appositive` finds the phrase, its noun becomes the verb's ``nsubj`` and the comma before it
    the verb's punctuation, as the model parses "Before meeting Pakistani officials, Indian officials said ...".
    Returns how many."""
    repaired = 0
    for _sent, root in _sentence_roots(doc):
        found = _fronted_appositive(root, actor_tokens)
        if found is None:
            continue
        noun, comma = found
        noun.head, noun.dep_ = root, "nsubj"
        comma.head, comma.dep_ = root, "punct"
        repaired += 1
    return repaired


def _listed_subject(verb: Token, mention_at: Mapping[int, Span]) -> Token | None:
    """Rule 135a: the second name of a headline's comma-listed subject ("Oman, Iran sign deal"), which the parser
    hangs on the first as an apposition; None when ``verb`` has no such subject. The verb is a plural present (VBP,
    the agreement a list has and one name has not), its subject a name of one actor mention with an ``appos``
    child that is the head of another mention whose phrase ends right before the verb (no closing comma: "Lavrov,
    Russia's foreign minister, says" is an apposition, and a singular verb anyway), and the two mentions are of
    different actors."""
    if not _headline_present(verb):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.i not in mention_at:
        return None
    for second in subj.rights:
        first_span, second_span = mention_at[subj.i], mention_at.get(second.i)
        if (
            second.dep_ == "appos"
            and second_span is not None
            and second_span != first_span
            and second_span.label_ != first_span.label_
            and second.right_edge.i == verb.i - 1
            and any(t.text == "," for t in subj.doc[subj.i + 1 : second.left_edge.i])
        ):
            return second
    return None


def retag_plural_root_verbs(doc: Doc) -> int:
    """Make a headline verb the tagger read as a plural noun a verb when the parser gave it a verb's arguments
    (docs/events.md rule 135h): in "Colombian army battles ELN rebels near Venezuelan border" the model tags
    "battles" a plural noun (NNS) but parses it as the line's root with a subject before it and a direct object
    after it, which no noun has; every rule that reads verbs skipped it ("Colombia battles ELN rebels", tagged a
    verb, is COL -> COLREB 190). Such a root in a sentence with no finite verb becomes a present-tense verb (VBZ),
    its lemma kept (the noun's and the verb's are one: battle, stage, plan). Returns how many."""
    repaired = 0
    for sent, root in _sentence_roots(doc):
        if (
            root.tag_ == "NNS"
            and any(c.dep_ == "nsubj" and c.i < root.i for c in root.children)
            and any(c.dep_ == "dobj" and c.i > root.i for c in root.children)
            and _no_other_finite(sent, root.i)
        ):
            root.pos_ = "VERB"
            root.tag_ = "VBZ"
            repaired += 1
    return repaired


# rule 238c: a Latin predicate noun of diplomacy, its words as written
PERSONA_NON_GRATA = ("persona", "non", "grata")
PERSONA_WORDS = frozenset(PERSONA_NON_GRATA[:1])


def retag_persona_non_grata(doc: Doc) -> int:
    """Make "persona" of "persona non grata" a noun (docs/events.md rule 238c): in "Algeria declared twelve French
    diplomats persona non grata" the model tags "persona" a present-tense verb (VBP) with the diplomats its subject,
    and the expulsion (161) went uncoded. The word becomes a noun, and when the parser made it a clause of its verb
    with a subject ("diplomats persona" a ``ccomp`` of "declared"), that subject becomes the verb's direct object and
    the noun its object predicate (``oprd``), as in "declared him an enemy". Only the three words in order, in any
    case. Returns how many."""
    repaired = 0
    # the tokens "persona" with two words after them, by one lower-case column (the loop changes no word's form)
    for tok in [doc[i] for i in lower_hits(doc, PERSONA_WORDS) if i < len(doc) - 2]:
        words = (tok.lower_, doc[tok.i + 1].lower_, doc[tok.i + 2].lower_)
        if words != PERSONA_NON_GRATA:
            continue
        tok.pos_ = "NOUN"
        tok.tag_ = "NN"
        tok.lemma_ = "persona"
        verb = tok.head
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if tok.dep_ == "ccomp" and verb.pos_ == "VERB" and subject is not None:
            subject.head = verb
            subject.dep_ = "dobj"
            tok.dep_ = "oprd"
        repaired += 1
    return repaired


# rule 207e: the naming verbs whose object takes a predicate noun ("called Y's launch a provocation")
NAMING_LEMMAS = frozenset({"call", "brand", "term", "label", "describe"})
# rule 207e: the tags of a noun the tagger read as a present-tense verb ("launch", "test", "tests", "drills")
NOUN_AS_VERB_TAGS = frozenset({"VBP", "VBZ", "VB"})
# rule 207e: where the parser hangs that word on the naming verb
NAMED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "oprd"})


def retag_named_object_nouns(doc: Doc) -> int:
    """Make an object noun the tagger read as a clause's verb the naming verb's object again (docs/events.md rule
    207e): in "Tokyo called Pyongyang's missile launch a provocation" the model tags "launch" a verb (VBP, ``ccomp``
    of "called") with "provocation" its object and "missile" the object of "called", so "called" has no object
    predicate and reads as an appeal (0232); "Taiwan calls Chinese drills(VBZ, ccomp) a provocation" is the same
    with the adjective its subject. When a naming verb (call, brand, term, label, describe) has such a present-tense
    word right after its object noun (or with no object, right after a word of the phrase), the word has no subject
    but an adjective or a noun modifier and its own object is a noun with an indefinite article ("a provocation"),
    the word becomes a noun (NN, NNS for an -s form, lemma kept), the naming verb's object, the old object a
    compound on it (an adjective subject an ``amod``) and the "a ..." noun the naming verb's predicate (``oprd``),
    as the model parses "called Pyongyang's drone incursion a grave provocation". Returns how many."""
    repaired = 0
    # present-tense verb tags only, by one tag column (a repair retags only the word it is at, to a noun)
    for word in [doc[i] for i in tag_hits(doc, NOUN_AS_VERB_TAGS)]:
        namer = word.head
        if (
            word.tag_ not in NOUN_AS_VERB_TAGS
            or word.dep_ not in NAMED_CLAUSE_DEPS
            or namer.lemma_.lower() not in NAMING_LEMMAS
            or namer.pos_ != "VERB"
            or word.i < 2
        ):
            continue
        objects = [c for c in word.children if c.dep_ == "dobj" and c.i > word.i and c.pos_ == "NOUN"]
        if len(objects) != 1 or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in objects[0].children):
            continue
        before = doc[word.i - 1]
        subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.pos_ not in ("ADJ", "NOUN", "PROPN") or c.i != word.i - 1 for c in subjects):
            continue
        old_object = before if before.dep_ == "dobj" and before.head.i == namer.i and before.pos_ == "NOUN" else None
        if old_object is None and not subjects:
            continue
        predicate = objects[0]
        if old_object is not None:
            for child in list(old_object.children):
                child.head = word
            old_object.head, old_object.dep_ = word, "compound"
        for subject in subjects:
            subject.head, subject.dep_ = word, ("amod" if subject.pos_ == "ADJ" else "compound")
        word.head, word.dep_, word.pos_ = namer, "dobj", "NOUN"
        word.tag_ = "NNS" if word.lower_.endswith("s") else "NN"
        predicate.head, predicate.dep_ = namer, "oprd"
        repaired += 1
    return repaired


# rule 135h: the lemmas of real auxiliaries; any other word the parser hangs as "aux" of the next word is a verb it
# misread ("Venezuela lifts(aux) ban(ROOT) on flights")
AUXILIARY_LEMMAS = frozenset(
    {"be", "have", "do", "will", "shall", "may", "might", "can", "could", "would", "should", "must", "to", "get"}
)


# rule 135h: what the parser makes of such a verb before the noun it read as the root ("lifts(aux) ban(ROOT, VBP)",
# "Russia lifts(nsubj) ban(ROOT, NN)"), and the tags of that root
MISREAD_VERB_DEPS = frozenset({"aux", "nsubj"})
MISREAD_OBJECT_TAGS = frozenset({"VBP", "VB", "NN", "NNS", "VBZ", "VBG"})
# rule 144a: a root the tagger made a singular present or a gerund ("stages(NNS) drills(VBZ, ROOT)", "rejects(NNS)
# ECOWAS(VBG, ROOT) sanctions"): a plural-noun subject cannot agree with it, so that subject is the misread verb
DISAGREEING_ROOT_TAGS = frozenset({"VBZ", "VBG"})


def rehang_auxiliary_verbs(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make a headline verb the parser hung as the auxiliary of the noun after it the root (docs/events.md rule
    135h): "Venezuela lifts ban on flights to Panama" is parsed "Venezuela(compound) lifts(aux, VBZ) ban(ROOT,
    VBP)", so "ban" is the verb and "lifts" no verb any rule reads. When a sentence's root (a verb read right after
    it) has as ``aux`` (or as subject: "Russia lifts(nsubj) ban(ROOT)") the third-person verb (VBZ) just before it
    that is no auxiliary (``AUXILIARY_LEMMAS``), that word has an actor's name on it before it and the sentence no
    other finite verb, the word becomes the root (its lemma the base form), the name its subject and the old root
    its object noun, as "Venezuela lifted the ban on flights to Panama" is parsed. Returns how many."""
    repaired = 0
    for sent, root in _sentence_roots(doc):
        verb = next(
            (c for c in root.lefts if c.dep_ in MISREAD_VERB_DEPS and c.i == root.i - 1 and c.i not in actor_tokens),
            None,
        )
        found = _subject_name_verb(root, actor_tokens) if verb is None else None
        modifier: Token | None = None
        if found is not None:
            verb, modifier = found
        if verb is None or _third_person_lemma(verb.lower_) in AUXILIARY_LEMMAS:
            continue
        # rule 144a: the same verb tagged a plural noun, when the root after it cannot agree with a plural subject
        # and has a complement of its own ("stages(NNS) drills(VBZ) near ...", "rejects(NNS) ECOWAS(VBG) sanctions")
        plural_misread = (
            verb.tag_ == "NNS"
            and verb.dep_ == "nsubj"
            and root.tag_ in DISAGREEING_ROOT_TAGS
            and any(c.i > root.i and c.dep_ in ("dobj", "prep") for c in root.children)
        )
        if verb.tag_ != "VBZ" and not plural_misread and modifier is None:
            continue
        names = [c for c in verb.lefts if c.dep_ in ("compound", "nsubj") and c.i in actor_tokens]
        if root.tag_ not in MISREAD_OBJECT_TAGS or not names:
            continue
        if any(t.tag_ in FINITE_TAGS for t in sent if t.i not in (verb.i, root.i)):
            continue
        name_root = root.i in actor_tokens
        obj = next((c for c in root.rights if c.dep_ == "dobj"), None) if name_root else None
        _make_root(verb, root, "dobj", [], "VBZ", _third_person_lemma(verb.lower_))
        names[-1].dep_ = "nsubj"
        if modifier is not None:
            # rule 144a: the name the parser made the subject of the noun it read as the root is that noun's modifier
            modifier.head = root
            modifier.dep_ = "compound"
        if obj is not None:
            # rule 144a: a name read as the root with the real object after it ("rejects ECOWAS(ROOT)
            # sanctions(dobj)") is that object's modifier, as in "rejected ECOWAS sanctions"
            obj.head = verb
            root.head = obj
            root.dep_ = "compound"
            root.pos_ = "PROPN"
            root.tag_ = "NNP"
        else:
            root.pos_ = "NOUN"
            root.tag_ = "NNS" if root.tag_ in ("NNS", "VBZ") else "NN"
        repaired += 1
    return repaired


# rule 144c: what the parser makes of a headline's bare to-infinitive it hung under its subject's name ("Qatar(ROOT)
# to host(relcl) Afghan talks", "Oman(nsubj) to host(acl) Iran US talks(ROOT)"); a person's name read as the
# root verb keeps the infinitive as an adverbial clause (rule 184d: "Modi(VB, ROOT) to hold(advcl) talks with Y")
NAME_INFINITIVE_DEPS = frozenset({"relcl", "acl", "advcl"})
INFINITIVE_OBJECT_ROOT_TAGS = frozenset({"NN", "NNS", "VBZ", "VBP"})


def rehang_headline_infinitives(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make a headline's bare to-infinitive the root with its subject name when the parser hung it under that name
    (docs/events.md rule 144c): "Norway to host Colombia peace talks" is parsed as rule 101c reads it (the
    infinitive the root, "Norway" its subject: a stated intent, 036), but "Qatar to host Afghan talks" comes out
    "Qatar(ROOT) to host(relcl)" and "Oman to host Iran US talks" "Oman(nsubj) to host(acl) Iran US(dobj)
    talks(ROOT)", so the hosting read as done (040 / 043 asserted). When a base-form verb with "to" right before it
    hangs as a clause (``relcl`` / ``acl``) on an actor's name that ends right before "to" and opens the line, and
    that name is the line's root, or the subject of a root noun after the verb's object (the object's name then a
    modifier of that noun), in a line with no other finite verb, the verb becomes the root, the name its subject
    and the root noun its object. Returns how many."""
    repaired = 0
    # only the tokens tagged VB when the loop starts, each sentence's slice of them (speed36): a repair tags no token
    # VB (the name it re-tags becomes NNP, the root noun NN / NNS), and the tag is tested again at the visit
    bases = tag_hits(doc, BASE_VERB_TAGS)
    for sent, root in _sentence_roots(doc):
        for verb in [doc[i] for i in bases[bisect_left(bases, sent.start) : bisect_left(bases, sent.end)]]:
            if verb.tag_ != "VB":
                continue
            to = doc[verb.i - 1] if verb.i > sent.start + 1 else None
            if to is None or to.tag_ != "TO" or to.head.i != verb.i:
                continue
            if verb.dep_ in NAME_INFINITIVE_DEPS:
                name = verb.head
            elif verb.dep_ == "csubj" and verb.head.i == root.i:
                # "Egypt(nsubj of host) to host(csubj) Gaza ceasefire(dobj) talks(ROOT)"
                name = next((c for c in verb.lefts if c.dep_ == "nsubj"), verb)
            else:
                continue
            # the name is the whole line before "to": a headline's subject
            if name.i not in actor_tokens or not all(i in actor_tokens for i in range(sent.start, to.i)):
                continue
            if any(t.tag_ in FINITE_TAGS for t in sent if t.i not in (verb.i, root.i)):
                continue
            on_root = (name.head.i == root.i and name.dep_ == "nsubj") or verb.head.i == root.i
            if name.i == root.i:
                _make_root(verb, name, "nsubj", [], None)
                if name.pos_ == "VERB":
                    name.pos_, name.tag_ = "PROPN", "NNP"  # the name read as a verb is a name again (rule 184d)
            elif on_root and root.i > verb.i and root.tag_ in INFINITIVE_OBJECT_ROOT_TAGS:
                obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
                if obj is None or obj.right_edge.i != root.i - 1 or root.i != root.right_edge.i:
                    continue
                _make_root(verb, root, "dobj", [name], None)
                name.head = verb
                obj.head = root
                obj.dep_ = "compound"
                root.pos_ = "NOUN"
                root.tag_ = "NNS" if root.tag_ in ("NNS", "VBZ") else "NN"
            else:
                continue
            name.dep_ = "nsubj"
            repaired += 1
            break
    return repaired


# rule 144a: what the parser makes of an actor's name it read as a verb after the line's verb ("rejects
# ECOWAS(VBG, xcomp) demands(dobj)")
NAME_AS_VERB_DEPS = frozenset({"xcomp", "ccomp"})


def rehang_name_verbs(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make an actor's name the tagger read as a verb a modifier of the object after it (docs/events.md rule 144a):
    "Burkina Faso rejects ECOWAS demands" is parsed "rejects(ROOT) ECOWAS(VBG, xcomp) demands(dobj of ECOWAS)", so
    the root has no object. When a verb-tagged token of an actor's name hangs on a verb with no object of its own as
    its complement, and has a direct object right after it, that object becomes the verb's and the name its
    ``compound``, as in "rejects the ECOWAS demands". Returns how many."""
    repaired = 0
    # the actors' tokens only, in document order (the condition's first test)
    for name in [doc[i] for i in sorted(actor_tokens) if 0 <= i < len(doc)]:
        head = name.head
        if (
            name.i in actor_tokens
            and name.tag_.startswith("VB")
            and name.dep_ in NAME_AS_VERB_DEPS
            and head.pos_ in VERB_POS
            and head.i < name.i
            and not any(c.dep_ == "dobj" for c in head.children)
        ):
            obj = next((c for c in name.rights if c.dep_ == "dobj" and c.i == name.i + 1), None)
            if obj is None:
                continue
            obj.head = head
            name.head = obj
            name.dep_ = "compound"
            name.pos_ = "PROPN"
            name.tag_ = "NNP"
            repaired += 1
    return repaired


VBZ_TAGS = frozenset({"VBZ"})


def retag_object_verbs(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make a plural noun the tagger read as a verb, with an actor's name as its subject, the noun it is (docs/events.md
    rule 145c): "Nigeria rejects Cameroon claims over the border" is parsed "rejects(ROOT) Cameroon(nsubj of claims)
    claims(VBZ, dobj)": a finite verb as a direct object, which no clause is, so the rejection has no object noun and
    Cameroon is no one's target. When a third-person present verb hangs on a verb as its direct object, has an
    actor's name right before it as its subject, and has no object or clause of its own, it becomes a plural noun
    and the name its ``compound``, as in "rejects the Cameroonian claims". Returns how many."""
    repaired = 0
    # third-person present forms only, by one tag column (the loop retags only the word it is at)
    for word in [doc[i] for i in tag_hits(doc, VBZ_TAGS)]:
        head = word.head
        if (
            word.tag_ == "VBZ"
            and word.dep_ in ("dobj", "obj")
            and head.pos_ in VERB_POS
            and head.i < word.i
            and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "dative") for c in word.children)
        ):
            name = next((c for c in word.lefts if c.dep_ == "nsubj" and c.i == word.i - 1), None)
            if name is None or name.i not in actor_tokens:
                continue
            word.pos_ = "NOUN"
            word.tag_ = "NNS"
            name.dep_ = "compound"
            repaired += 1
    return repaired


# rule 176b: the deps the parser gives a verb's particle hung on the number after it ("handed over(quantmod) 10
# million doses"), and the tags of that number
MISREAD_PARTICLE_DEPS = frozenset({"quantmod", "advmod"})
NUMBER_TAGS = frozenset({"CD"})
PARTICLE_TAGS = frozenset({"RP"})


# rule 184c: the preposition of a passive verb's agent
AGENT_BY = frozenset({"by"})


def rehang_predicate_agents(doc: Doc) -> int:
    """Make the "by" phrase that the parser hung on a passive verb's object predicate the verb's agent again
    (docs/events.md rule 184c): "Thai workers are being held hostage by Hamas" is parsed "held(ROOT) hostage(oprd)
    by(prep of hostage)", so the holder was no one. Only for a passive verb with no agent of its own. Rule 243b:
    the "by" may follow the predicate's own words, every word between them inside the predicate's phrase ("declared
    persona non grata by Niger", "held hostage in Gaza by Hamas"). Returns how many."""
    repaired = 0
    # the "by" tokens only, by one lower-case column (the loop changes no word's form)
    for by in [doc[i] for i in lower_hits(doc, AGENT_BY)]:
        if by.lower_ != "by" or by.dep_ != "prep" or by.head.dep_ != "oprd" or by.head.i > by.i:
            continue
        repaired += _rehang_as_agent(by, by.head)
    return repaired


def _rehang_as_agent(by: Token, head: Token) -> bool:
    """Hang ``by`` (a "by" phrase the parser put on ``head``, a passive verb's object predicate or retained object) on
    that verb as its agent, where every word between ``head`` and ``by`` lies inside ``head``'s phrase and the verb is
    passive (a passive subject or auxiliary) with no agent of its own (rules 184c and 441a). Whether it did."""
    inside = {t.i for t in head.subtree}
    if any(i not in inside for i in range(head.i + 1, by.i)):
        return False
    verb = head.head
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    by.head = verb
    by.dep_ = "agent"
    return True


# rule 441a: the object dependencies of a passive ditransitive verb's retained object ("was promised aid by X")
RETAINED_OBJECT_DEPS = frozenset({"dobj", "obj"})


def rehang_retained_object_agents(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make the "by" phrase that the parser hung on a passive ditransitive verb's retained object the verb's agent
    (docs/events.md rule 441a, after rule 184c's object predicates): "Syria was promised reconstruction aid by Saudi
    Arabia" is parsed "promised(ROOT) aid(dobj) by(prep of aid)", so the promise had no maker. Only for a passive
    verb (a passive subject or auxiliary) with no agent of its own, a "by" right after the object's own words whose
    phrase names an actor (not "by 2026", "by the end of May"). Returns how many."""
    repaired = 0
    for by in [doc[i] for i in lower_hits(doc, AGENT_BY)]:
        if by.lower_ != "by" or by.dep_ != "prep" or by.head.dep_ not in RETAINED_OBJECT_DEPS or by.head.i > by.i:
            continue
        obj = by.head
        if any(c.i < by.i and c.dep_ == "prep" for c in obj.children):
            continue
        if not any(t.i in actor_tokens for t in by.subtree):
            continue
        repaired += _rehang_as_agent(by, obj)
    return repaired


# rule 184f: the finite verb the parser hung under a reduced relative read as the line's root ("Rockets(nsubj)
# fired(VBN, ROOT) by the Turkish army hit(VBD, dep) a base of the Syrian army")
REDUCED_RELATIVE_VERB_DEPS = frozenset({"dep", "ccomp", "conj", "advcl"})
REDUCED_RELATIVE_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# rule 239a: a participle of affiliation read as the root ("Hackers linked(VBN or VBD) to Y attacked Z") and the
# prepositions of its phrase, which stand in for rule 184f's "by" agent
AFFILIATION_ROOT_TAGS = frozenset({"VBN", "VBD"})
AFFILIATION_ROOT_PREPS = frozenset({"to", "with"})


def rehang_reduced_relatives(doc: Doc, affiliations: frozenset[str] = frozenset()) -> int:
    """Make the finite verb of a sentence whose subject carries a reduced relative the root again (docs/events.md
    rule 184f): "Rockets fired by the Turkish army hit a base of the Syrian army" is parsed with "fired" (a past
    participle with a "by" agent) the root, "Rockets" its subject and "hit" a loose dependent, so the strike has
    no doer. When the root is a past participle with a subject and an agent and no auxiliary of its own, and a
    finite verb with no subject of its own follows the agent's phrase and hangs on it, that verb becomes the root,
    the subject its subject and the participle a clause of the subject (``acl``), as the model parses "Missiles
    fired by Iran hit a US base". A participle of affiliation (``affiliations``, lemmas) stands in for the agent
    with its "to" / "with" phrase (rule 239a): "Hackers linked(ROOT) to Russia's GRU attacked(advcl) the Danish
    water utility" as "Hackers linked to Y attacked Z", the participle tagged VBN or VBD and with no object.
    Returns how many."""
    repaired = 0
    for _sent, root in _sentence_roots(doc):
        affiliated = (
            root.lemma_.lower() in affiliations
            and root.tag_ in AFFILIATION_ROOT_TAGS
            and not any(c.dep_ in ("dobj", "obj", "cc") for c in root.children)
        )
        if (root.tag_ != "VBN" and not affiliated) or any(
            c.dep_ in ("aux", "auxpass", "nsubjpass") for c in root.children
        ):
            continue
        subject = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
        agent = next(
            (
                c
                for c in root.rights
                if c.dep_ == "agent"
                or (affiliated and c.dep_ == "prep" and c.lower_ in AFFILIATION_ROOT_PREPS and c.i == root.i + 1)
            ),
            None,
        )
        if subject is None or agent is None:
            continue
        verb = next(
            (
                c
                for c in root.rights
                if c.i > agent.right_edge.i
                and c.dep_ in REDUCED_RELATIVE_VERB_DEPS
                and c.tag_ in REDUCED_RELATIVE_FINITE_TAGS
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            ),
            None,
        )
        if verb is None or any(t.tag_ in REDUCED_RELATIVE_FINITE_TAGS for t in doc[agent.right_edge.i + 1 : verb.i]):
            continue
        tail = [c for c in root.rights if c.i > verb.i] if affiliated else []
        _make_root(verb, root, "acl", [subject, *tail], None)
        subject.dep_ = "nsubj"
        root.head = subject
        if affiliated:
            root.tag_ = "VBN"  # a participle on the subject, as the model tags "linked" in "Hackers linked to Y hit Z"
        repaired += 1
    return repaired


ENEMY_PREPS = frozenset({"against"})  # rule 239d: the phrase that names whom a verb done beside an ally acts against


def rehang_companion_enemies(doc: Doc, companions: frozenset[str]) -> int:
    """Hang an "against" phrase the parser put on the ally of a companion preposition back on the verb (docs/events.md
    rule 239d): "North Korean troops fought alongside(prep) Russian forces(pobj) against(prep of forces) Ukraine" is
    parsed as forces that are against Ukraine, so the fight names no enemy. When an "against" phrase hangs on the
    object of a ``companions`` preposition ("alongside", "beside") of a verb that has no "against" phrase of its own,
    it becomes the verb's, as the model parses "Chechen fighters fought alongside Russian troops against Ukraine".
    Returns how many."""
    repaired = 0
    if not companions or not doc.has_annotation("DEP"):
        return 0
    for i in lower_hits(doc, ENEMY_PREPS):
        prep = doc[i]
        ally = prep.head
        companion = ally.head
        verb = companion.head
        if (
            prep.dep_ != "prep"
            or ally.dep_ != "pobj"
            or companion.lower_ not in companions
            or companion.dep_ != "prep"
            or verb.pos_ != "VERB"
            or any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)
        ):
            continue
        prep.head = verb
        repaired += 1
    return repaired


def rehang_as_well_as_conjuncts(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Hang an actor the parser joined with "as well as" to a noun before the actor right before the connective back
    on that actor (docs/events.md rule 429f, issue 14 session 40, cameotune5): "seek support from X(pobj) as well as
    the international community(conj of support)" is parsed as support and the community, so the request names one
    addressee; "X as well as Y" joins Y to X, as "X and Y" is parsed. Only when the word right before "as well as" is
    an actor's noun and the conjunct's phrase holds an actor too. Returns how many."""
    repaired = 0
    if not actor_tokens or not doc.has_annotation("DEP"):
        return 0
    for i in lower_hits(doc, frozenset({"as"})):
        cc = doc[i]
        if i < 3 or cc.dep_ != "cc" or doc[i - 1].lower_ != "well" or doc[i - 2].lower_ != "as":
            continue
        before = doc[i - 3]
        head = cc.head
        if before.i not in actor_tokens or before.pos_ not in NOUN_POS or head.i >= before.i or head.i == before.i:
            continue
        for conj in [c for c in head.children if c.dep_ == "conj" and c.i > i]:
            phrase = range(conj.left_edge.i, conj.i + 1)
            if not any(k in actor_tokens for k in phrase) or before.i in {t.i for t in conj.subtree}:
                continue
            if any(t.i == before.i for t in head.ancestors):
                continue
            conj.head = before
            cc.head = before
            repaired += 1
            break
    return repaired


# rule 198: a verb after a subject's comma-closed relative clause that the parser made a modifier of its object noun
# ("The Dutch government(ROOT) , which faces ... , tightened(amod) export restrictions(appos) on China")
RELATIVE_VERB_TAGS = frozenset({"VBD", "VBN"})
RELATIVE_OBJECT_DEPS = frozenset({"ROOT", "appos"})


def _closed_relative_subject(verb: Token, actor_tokens: frozenset[int]) -> Token | None:
    """The noun whose non-restrictive relative clause (opened and closed by commas) ends right before the comma
    before ``verb``, when the noun or a name in its phrase before the clause is an actor's; else None."""
    if verb.i < 4 or verb.nbor(-1).text != ",":
        return None
    last = verb.doc[verb.i - 2]
    clause = next((t for t in last.ancestors if t.dep_ == "relcl"), last if last.dep_ == "relcl" else None)
    if clause is None or clause.right_edge.i != last.i:
        return None
    noun = clause.head
    opening = clause.left_edge.i - 1
    if noun.i >= clause.i or opening < 1 or verb.doc[opening].text != ",":
        return None
    if not any(t.i in actor_tokens for t in noun.subtree if t.i < opening):
        return None
    return noun


def rehang_relative_clause_verbs(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make the verb after a subject's comma-closed relative clause the root again (docs/events.md rule 198): "The
    Dutch government , which faces pressure from Washington , tightened export restrictions on China" is parsed with
    "government" the root, "tightened" a participle modifying "restrictions" (an apposition of "government"), and
    "Armenia and Azerbaijan , whose ministers met ... , renewed negotiations" with "negotiations" the root, so the
    act has no doer. A past-tense verb or participle (VBD, VBN) hung as ``amod`` on a noun after it that is the root
    or an apposition, right after a comma that closes a non-restrictive relative clause (``relcl``, itself opened
    by a comma) on an actor's noun before it, becomes the root, the actor's noun its subject and the noun it
    modified its object, as the model parses the sentence without the clause. Returns how many."""
    repaired = 0
    # only the tokens hung as ``amod`` when the loop starts (speed36): a repair makes no token an ``amod``
    for word in [doc[i] for i in dep_hits(doc, AMOD_DEPS)]:
        if word.dep_ != "amod" or word.tag_ not in RELATIVE_VERB_TAGS or word.pos_ != "VERB":
            continue
        obj = word.head
        if obj.i <= word.i or obj.dep_ not in RELATIVE_OBJECT_DEPS or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = _closed_relative_subject(word, actor_tokens)
        if noun is None:
            continue
        if obj.dep_ == "ROOT" and noun.head.i == obj.i:
            _make_root(word, obj, "dobj", [noun], "VBD")
        elif obj.dep_ == "appos" and obj.head.i == noun.i and noun.dep_ == "ROOT":
            _make_root(word, noun, "nsubj", [obj], "VBD")
            obj.dep_ = "dobj"
        else:
            continue
        noun.dep_ = "nsubj"
        repaired += 1
    return repaired


# rule 258a: what makes a clause-final participle's complement active (an object, a to-infinitive, a clause)
APPOSED_VERB_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "xcomp", "ccomp"})
# rule 258a: the comma-set phrases on a subject noun after which its verb may be misread as a participle of it
APPOSED_SUBJECT_DEPS = frozenset({"appos", "relcl"})


def _comma_set_phrase(root: Token, verb: Token) -> Token | None:
    """Rule 258a: the apposition or relative clause on ``root`` (the subject noun or its apposition) that commas
    set off and that ends right before the comma before ``verb`` ("chief , General X ,", "Erdogan , who hosted the
    talks ,"), else None."""
    if verb.i < 4 or verb.nbor(-1).text != ",":
        return None
    for phrase in root.children:
        opening = phrase.left_edge.i - 1
        if (
            phrase.dep_ in APPOSED_SUBJECT_DEPS
            and root.i < phrase.i < verb.i
            and phrase.right_edge.i == verb.i - 2
            and opening > root.i
            and verb.doc[opening].text == ","
        ):
            return phrase
    return None


# rule 258b: the preposition of a lead's day phrase ("condemned on Monday the United States")
DAY_PHRASE_PREPS = frozenset({"on"})


def _verb_day_phrases(doc: Doc, day_words: frozenset[str]) -> Iterator[tuple[Token, Token, Token]]:
    """(prep, verb, day) for each "on" phrase (`DAY_PHRASE_PREPS`) hung on a verb whose next word is a day word
    (``day_words``: the weekdays, "today"): the day phrase right after the verb that rules 258b and 261e repair
    around. The phrases are listed before any repair, and each one's verb is read when it is reached, as a repair
    may have moved it."""
    if not day_words:
        return
    for prep in [doc[i] for i in lower_hits(doc, DAY_PHRASE_PREPS)]:
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or prep.i + 1 >= len(doc):
            continue
        day = doc[prep.i + 1]
        if day.lower_ in day_words:
            yield prep, verb, day


def rehang_dated_objects(doc: Doc, day_words: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Give back to a verb the object the parser hung on the day phrase before it (docs/events.md rule 258b): a
    lead that puts the day right after the verb ("condemned on Monday the United States", "criticized on Tuesday
    Pakistan over the attack") is parsed with the object an apposition of the day word ("Monday(pobj) the United
    States(appos)") or the day word a compound of the name ("on Tuesday(compound) Pakistan(pobj)"), so the verb has
    no object and the party is read as a date. When an "on" phrase on a verb with no direct object has a day word
    (``day_words``: the weekdays, "today") right after "on", and the words after the day word are one noun phrase
    naming an actor (the day word's apposition, or the name the day word is a compound of), that phrase becomes the
    verb's direct object and the day word the object of "on", as the model parses "condemned the United States on
    Monday". Returns how many."""
    repaired = 0
    for prep, verb, day in _verb_day_phrases(doc, day_words):
        if prep.i + 2 >= len(doc) or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        if day.dep_ == "pobj" and day.head.i == prep.i:
            phrase = next((c for c in day.rights if c.dep_ == "appos" and c.left_edge.i == day.i + 1), None)
        elif day.dep_ == "compound" and day.head.dep_ == "pobj" and day.head.head.i == prep.i:
            phrase = day.head
        else:
            continue
        if phrase is None or phrase.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(t.i in actor_tokens for t in phrase.subtree if t.i != day.i):
            continue
        day.head = prep
        day.dep_ = "pobj"
        phrase.head = verb
        phrase.dep_ = "dobj"
        repaired += 1
    return repaired


# rule 328: the head nouns of a time phrase between a giving verb's recipient phrase and its shifted object ("returned
# to Ghana last month 32 objects"), beside the `day_words`; and the prepositions of such a phrase ("on Monday")
TIME_NOUNS = frozenset(
    {"week", "weekend", "month", "year", "day", "morning", "afternoon", "evening", "night", "fortnight", "quarter"}
    | {"hour", "minute", "decade", "century", "time"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "spring", "summer", "autumn", "winter"}
)
SHIFTED_TIME_PREPS = frozenset({"on", "in"})
# rule 328: the prepositions of the recipient phrase the shifted object follows
SHIFTED_RECIPIENT_PREPS = frozenset({"to", "into"})


def _shifted_object(verb: Token, recipient: Token, times: frozenset[str]) -> tuple[Token, Token | None] | None:
    """(object, participle or None) for a verb with no object whose recipient phrase ``recipient`` ("to Ghana")
    is followed by a time phrase (``times``: a time noun "last month", "this week", or "on"/"in" with a day or month
    word, "on Monday") and then a noun phrase the parser did not make the verb's object: a time modifier of the
    verb ("22 children(npadvmod)"), an unlabelled dependent ("objects(dep)"), a second object of the time
    preposition ("on Thursday 12 statues(pobj)") or the subject of a participle clause on the verb ("20 sculptures
    (nsubj) looted(advcl) in 1897", returned as the participle to re-hang)."""
    doc = verb.doc
    gap = recipient.right_edge.i + 1
    if gap + 1 >= verb.sent.end:
        return None
    first = doc[gap]
    if first.lower_ in SHIFTED_TIME_PREPS and first.head.i == verb.i and doc[gap + 1].lower_ in times:
        start = gap + 2
    else:
        time = next((t for t in doc[gap : gap + 3] if t.lemma_.lower() in times and t.dep_ == "npadvmod"), None)
        if time is None or time.left_edge.i != gap:
            return None
        start = time.i + 1
    if start >= verb.sent.end:
        return None
    noun = _phrase_head(doc[start])
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in times or noun.i < start:
        return None
    if noun.ent_type_ in ("DATE", "TIME"):
        return None  # "returned to Nairobi on Monday two days after the summit": a second time phrase
    head = noun.head
    if noun.dep_ in ("npadvmod", "dep") and head.i == verb.i:
        return noun, None
    if noun.dep_ == "pobj" and head.i == gap and first.lower_ in SHIFTED_TIME_PREPS:
        return noun, None
    if noun.dep_ in SUBJECT_DEPS and head.dep_ == "advcl" and head.head.i == verb.i and head.tag_ == "VBN":
        return noun, head
    return None


def rehang_shifted_objects(doc: Doc, day_words: frozenset[str]) -> int:
    """Give back to a verb the object the parser lost when it follows the recipient phrase and a time phrase
    (docs/events.md rule 328): "Britain returned to Ghana last month 32 gold objects", "Japan delivered to the
    Philippines on Monday 50 tonnes of rice" are parsed with the object a time modifier, an unlabelled dependent, the
    date's second object or the subject of a participle clause ("20 sculptures looted in 1897"), so the verb has no
    object and a verb that needs one ("return", "transfer") codes nothing. When a verb with no direct object has a
    "to"/"into" phrase after it, a time phrase right after that (`TIME_NOUNS` or ``day_words``) and a noun phrase right
    after the time phrase in one of those shapes (:func:`_shifted_object`), that phrase becomes the verb's direct
    object, a day word the object of its preposition and a re-hung participle the object's ``acl``, as the model
    parses "returned 32 gold objects to Ghana last month". Returns how many."""
    times = TIME_NOUNS | day_words
    repaired = 0
    # only the verbs (speed36): the loop changes no token's part of speech
    for verb in [doc[i] for i in pos_hits(doc, LEXICAL_VERB_POS)]:
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        recipient = next(
            (
                c
                for c in verb.rights
                if c.dep_ in ("prep", "dative") and c.lower_ in SHIFTED_RECIPIENT_PREPS and c.n_rights
            ),
            None,
        )
        found = _shifted_object(verb, recipient, times) if recipient is not None else None
        if recipient is None or found is None:
            continue
        noun, participle = found
        for child in list(noun.lefts):
            if child.lower_ in times and child.dep_ in ("nmod", "compound", "npadvmod"):
                child.head = doc[recipient.right_edge.i + 1]
                child.dep_ = "pobj"  # "on Monday(nmod of the object)": the day is the date's
        if participle is not None:
            for child in list(participle.children):
                if child.dep_ == "npadvmod" and child.lemma_.lower() in times:
                    child.head = verb  # "last week(on the participle)": the verb's time
            participle.head = noun
            participle.dep_ = "acl"
        noun.head = verb
        noun.dep_ = "dobj"
        repaired += 1
    return repaired


def rehang_dated_infinitives(doc: Doc, day_words: frozenset[str]) -> int:
    """Give back to a verb the to-infinitive the parser read as a purpose clause after the day phrase before it
    (docs/events.md rule 261e): "Israel threatened on Monday to resume the war in Gaza" is parsed with "resume" an
    ``advcl`` of "threatened", where "threatened to resume the war" has it the ``xcomp``, so the threat wraps no act.
    When a verb with no object, complement or clause of its own has an "on" phrase whose object is a day word
    (``day_words``: the weekdays, "today") and a to-infinitive ``advcl`` that starts right after that phrase, the
    infinitive becomes the verb's ``xcomp``, as the model parses the sentence without the day phrase. Returns how
    many."""
    repaired = 0
    for prep, verb, day in _verb_day_phrases(doc, day_words):
        if day.head.i != prep.i or prep.right_edge.i != day.i:
            continue
        if any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp") for c in verb.children):
            continue
        clause = next(
            (
                c
                for c in verb.children
                if c.dep_ == "advcl"
                and c.pos_ == "VERB"
                and c.left_edge.i == day.i + 1
                and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == day.i + 1 for a in c.children)
            ),
            None,
        )
        if clause is None:
            continue
        clause.dep_ = "xcomp"
        repaired += 1
    return repaired


def rehang_apposed_subject_verbs(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make the verb after a subject's comma-set apposition or relative clause the root again (docs/events.md rule
    258a): with a time phrase between the verb and its object the model reads "Sudan's army chief , General Abdel
    Fattah al-Burhan , rejected on Sunday a truce proposal" and "Turkish President Tayyip Erdogan , who hosted the
    talks , offered on Wednesday to mediate" as one noun phrase, the subject the root and the verb a participle
    (VBN, ``acl``) modifying it, so the act has no doer and no rule codes it. When a sentence's root is a noun
    whose phrase before its apposition or relative clause names an actor, the clause or apposition is opened and
    closed by commas (:func:`_comma_set_phrase`), right after the closing comma a past tense or participle hangs on
    the root as ``acl`` with an active complement (a direct object, a to-infinitive, a clause; no "by" agent, no
    auxiliary: "..., accused of war crimes" stays a passive fragment) and the sentence has no other finite verb
    outside the relative clause, the verb becomes the root (a past tense), the noun its subject, the noun's later
    dependents the verb's and a to-infinitive on it its complement, as the model parses the sentence without the
    time phrase. Returns how many."""
    repaired = 0
    for sent, root in _sentence_roots(doc):
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        # the verb may hang on the root or on the root's apposition ("minister , Viktor Orban , a close ally of
        # Trump , visited(acl of Orban) ...")
        holders = [root, *(c for c in root.rights if c.dep_ == "appos")]
        for verb in [c for h in holders for c in h.rights if c.dep_ == "acl"]:
            phrase = _comma_set_phrase(verb.head, verb)
            deps = {c.dep_ for c in verb.children}
            if (
                phrase is None
                or verb.pos_ != "VERB"
                or verb.tag_ not in PAST_MODIFIER_TAGS
                or deps & {"agent", "aux", "auxpass", "nsubj", "nsubjpass"}
                or not (
                    deps & APPOSED_VERB_COMPLEMENT_DEPS
                    or any(c.dep_ == "advcl" and _to_infinitive(c) for c in verb.children)
                )
                or not any(t.i in actor_tokens for t in doc[sent.start : phrase.left_edge.i - 1])
            ):
                continue
            inside = {t.i for t in phrase.subtree}  # "who hosted the talks", "the group that ruled Gaza"
            if any(t.tag_ in FINITE_TAGS for t in sent if t.i != verb.i and t.i not in inside):
                continue
            later = [c for h in holders for c in h.children if c.i > verb.i]
            _make_root(verb, root, "nsubj", later, "VBD")
            for child in verb.children:
                if child.dep_ == "advcl" and _to_infinitive(child) and child.i > verb.i:
                    child.dep_ = "xcomp"  # "offered on Wednesday to mediate": the to-infinitive is what is offered
            repaired += 1
            break
    return repaired


def rehang_number_particles(doc: Doc) -> int:
    """Make a verb's particle that the parser hung on the number after it the verb's particle again (docs/events.md
    rule 176b): "China handed over 10 million doses to Kenya" is parsed "handed(ROOT) over(RP, quantmod of 10)
    10 million doses(dobj)", as if "over 10 million" were "more than", so the phrasal verb "hand over" is lost and
    the doses are no goods handed over. A word the tagger itself made a particle (RP, never the preposition or
    adverb "over"), right after a verb, hung as a quantifier or adverb on a number, becomes that verb's ``prt``
    ("handed over 10 million doses" as "handed over the doses"). Returns how many."""
    repaired = 0
    for word in [doc[i] for i in tag_hits(doc, PARTICLE_TAGS)]:
        if word.i == 0 or word.dep_ not in MISREAD_PARTICLE_DEPS or word.head.tag_ not in NUMBER_TAGS:
            continue
        verb = doc[word.i - 1]
        if verb.pos_ != "VERB" or word.head.i <= word.i:
            continue
        word.head = verb
        word.dep_ = "prt"
        repaired += 1
    return repaired


# rule 176c: the prepositions of a criticism's topic ("blasts Y over Taiwan remarks"), and the deps of a finite verb
# the parser made of the topic noun after them
TOPIC_NOUN_PREPS = frozenset({"over", "about", "for"})
MISREAD_TOPIC_DEPS = frozenset({"ccomp", "conj", "dobj"})


def retag_topic_verbs(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """Make a plural topic noun that the tagger read as a verb the noun it is (docs/events.md rule 176c): "Beijing
    blasts Washington over Taiwan remarks" is parsed "blasts(ROOT) ... over(prep) Taiwan(pobj) remarks(VBZ,
    ccomp of blasts)": the topic phrase ends at the name, which then is what the criticism is over, and "remarks" is
    a clause with no subject. A third-person present verb with no subject, object or clause of its own, right after
    an actor's name that is the object of a topic preposition (`TOPIC_NOUN_PREPS`) on the same verb, becomes a
    plural noun, the preposition's object, and the name its ``compound``, as in "over the Taiwan remarks". Returns
    how many."""
    repaired = 0
    for word in [doc[i] for i in tag_hits(doc, VBZ_TAGS)]:
        if word.i == 0 or word.dep_ not in MISREAD_TOPIC_DEPS or any(c.dep_ != "punct" for c in word.children):
            continue
        name = doc[word.i - 1]
        prep = name.head
        if name.i not in actor_tokens or name.dep_ != "pobj" or prep.lower_ not in TOPIC_NOUN_PREPS:
            continue
        if prep.head != word.head:
            continue
        word.pos_ = "NOUN"
        word.tag_ = "NNS"
        word.head = prep
        word.dep_ = "pobj"
        name.head = word
        name.dep_ = "compound"
        repaired += 1
    return repaired


def _subject_name_verb(root: Token, actor_tokens: frozenset[int]) -> tuple[Token, Token] | None:
    """Rule 144a, the other parse of a headline verb misread as a plural noun: (verb, name) when the root's subject
    right before it is an actor's name whose own subject, right before that name, is a plural noun or a third-person
    present ("Mali rejects(NNS, nsubj of ECOWAS) ECOWAS(nsubj) sanctions(VBZ, ROOT)") and the root takes no object:
    a noun is no subject of a name, so that word is the line's verb and the root its object."""
    name = next((c for c in root.lefts if c.dep_ == "nsubj" and c.i == root.i - 1), None)
    if name is None or name.i not in actor_tokens:
        return None
    if root.tag_ not in DISAGREEING_ROOT_TAGS | {"NNS"} or any(c.dep_ == "dobj" for c in root.children):
        return None
    verb = next((c for c in name.lefts if c.dep_ == "nsubj" and c.i == name.i - 1), None)
    if verb is None or verb.tag_ not in ("NNS", "VBZ") or verb.i in actor_tokens:
        return None
    return verb, name


def _third_person_lemma(word: str) -> str:
    """The base form of a third-person present ("lifts" -> lift, "pushes" -> push, "denies" -> deny): the model
    gives a word it read as an auxiliary or a noun's subject its surface form as lemma (rule 135h)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# rule 135a: what the parser may make of a comma-listed subject's first name when it takes the second for the
# whole subject ("Kenya(dep), Somalia(nsubj) hold talks", "Xi(npadvmod), Putin(nsubj) meet in Moscow")
# rule 195b: "Modi(advcl), Erdogan hold call"; rule 207f: a name the tagger made an adverb ("Orban(RB, advmod), Fico
# hold talks")
LISTED_FIRST_DEPS = frozenset({"dep", "npadvmod", "advcl", "advmod"})


def _listed_first(verb: Token, mention_at: Mapping[int, Span]) -> tuple[Token, Token] | None:
    """Rule 135a, the other parse of a comma-listed headline subject: (first name, subject) when ``verb`` (a plural
    present) has a name subject right before it and, opening the line, another actor's name hung on the verb as a
    loose modifier (``LISTED_FIRST_DEPS``) and followed by a comma right before the subject."""
    if not _headline_present(verb):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.i not in mention_at or subj.right_edge.i != verb.i - 1:
        return None
    for first in verb.lefts:
        first_span = mention_at.get(first.i)
        if (
            first.dep_ in LISTED_FIRST_DEPS
            and first_span is not None
            and first_span.label_ != mention_at[subj.i].label_
            and first.left_edge.i == first.sent.start
            and first.right_edge.i + 2 == subj.left_edge.i
            and first.doc[first.right_edge.i + 1].text == ","
        ):
            return first, subj
    return None


LISTED_ADJ_DEPS = frozenset({"amod", "advmod"})  # "Saudi(advmod of hold), Iranian ministers hold talks"


def _listed_adjective(verb: Token, mention_at: Mapping[int, Span]) -> tuple[Token, Token] | None:
    """Rule 178e, a headline's comma list of two nationality adjectives on one subject noun ("Indian, Pakistani
    leaders hold talks", where a sentence writes "Indian and Pakistani leaders held talks"): (first, second) when
    ``verb`` (a plural present) has a noun subject ending right before it whose first modifier, opening the line,
    is one actor's adjective followed by a comma and then another actor's adjective modifier of the same noun (the
    first one also when the parser hung it on the verb: "Japanese(amod of hold), Chinese ministers hold ...",
    "Saudi(advmod of hold), Iranian ministers hold ...")."""
    if not _headline_present(verb):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.right_edge.i != verb.i - 1:
        return None
    adjs = sorted(
        (c for c in [*verb.lefts, *subj.lefts] if c.dep_ in LISTED_ADJ_DEPS and c.pos_ == "ADJ" and c.i in mention_at),
        key=lambda c: c.i,
    )
    if len(adjs) < 2 or adjs[0].i != subj.sent.start or adjs[1].i != adjs[0].i + 2:
        return None
    first, second = adjs[0], adjs[1]
    if subj.doc[first.i + 1].text != "," or mention_at[first.i].label_ == mention_at[second.i].label_:
        return None
    return first, second


VBP_TAGS = frozenset({"VBP", "VB"})


def _headline_present(verb: Token) -> bool:
    """Whether ``verb`` is a headline's plural present: tagged so (VBP), or tagged a base form (VB) as the line's
    root with no auxiliary or "to" of its own ("Oman, Maldives establish(VB) diplomatic ties", rule 184e)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBP":
        return True
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# rule 323: the marks of a clause of the same time ("as he accused ...", "while she criticised ...") that the parser may
# hang inside a that-clause of speech when its subject pronoun names the speaker
SPEAKER_CLAUSE_MARKS = frozenset({"as", "while"})


# rule 323: the tag of a speaker's own clause's verb ("as he accused(VBD) Athens")
PAST_TENSE_TAGS = frozenset({"VBD"})


def _speaker_clause_verb(clause: Token, mention_at: Mapping[int, Span]) -> Token | None:
    """Rule 323: the verb of speech or recall whose that-clause the parser hung ``clause`` in, when ``clause`` is a
    finite past clause of `SPEAKER_CLAUSE_MARKS` ("as he accused Athens ...") whose subject pronoun the actor
    resolver read as the same actor as that verb's own subject ("Erdogan recalled that Greece had occupied Izmir as
    he accused Athens ...": he is Erdogan), and the that-clause's subject names another actor (Greece), so the
    pronoun cannot be the that-clause's; None for any other shape. The that-clause is a ``ccomp`` of the verb, or a
    relative clause the parser made of it on the verb's object ("reminded reporters(dobj) that Armenia had
    occupied(relcl) ...")."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBD":
        return None
    if not any(c.dep_ == "mark" and c.lower_ in SPEAKER_CLAUSE_MARKS for c in clause.children):
        return None
    pronoun = next((c for c in clause.children if c.dep_ == "nsubj" and c.tag_ == "PRP"), None)
    if pronoun is None or pronoun.i not in mention_at:
        return None
    speaker = mention_at[pronoun.i].kb_id_
    said = clause.head
    while said.dep_ != "ccomp" and not (said.dep_ == "relcl" and said.head.dep_ in ("dobj", "obj")):
        if said.head.i == said.i:
            return None
        said = said.head
    verb = said.head if said.dep_ == "ccomp" else said.head.head
    own = [c for c in said.children if c.dep_ in SUBJECT_DEPS]
    if not own or any(c.i not in mention_at or mention_at[c.i].kb_id_ == speaker for c in own):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not any(c.i in mention_at and mention_at[c.i].kb_id_ == speaker for c in subjects):
        return None
    return verb


def rehang_speaker_clauses(doc: Doc) -> int:
    """Hang a speaker's own clause of the same time back on the verb of speech (docs/events.md rule 323): in
    "Erdogan recalled that Greece had occupied Izmir a century ago as he accused Athens of arming its islands" the
    model hangs "as he accused ..." on "occupied", inside the recalled clause, so the accusation the sentence reports
    reads as recalled history (background, rule 185) or falls under a negated infinitive of that clause ("had
    promised not to expand eastward as he criticised the alliance": negated). When :func:`_speaker_clause_verb`
    finds the verb whose subject the clause's pronoun names, the clause is re-hung on it as ``advcl``, as the model
    parses "Putin criticised NATO as he recalled ...". Returns how many."""
    if ACTORS_KEY not in doc.spans:
        return 0
    mention_at = {i: span for span in doc.spans[ACTORS_KEY] for i in range(span.start, span.end)}
    repaired = 0
    # past-tense verbs only, by one tag column (``_speaker_clause_verb``'s first test; the loop re-hangs, never retags)
    for tok in [doc[i] for i in tag_hits(doc, PAST_TENSE_TAGS)]:
        verb = _speaker_clause_verb(tok, mention_at)
        if verb is not None:
            tok.head = verb
            repaired += 1
    return repaired


def rehang_listed_subjects(doc: Doc) -> int:
    """Make the second name of a comma-listed headline subject a conjunct of the first (docs/events.md rule 135a):
    a headline writes "Oman, Iran sign maritime cooperation deal" where a sentence writes "Oman and Iran signed
    ...", and the model reads the second name as an apposition of the first, so only Oman is the subject and no
    event joins the two (the coordinated sentence gives both directions of 057). :func:`_listed_subject` finds
    the shape; the name is re-hung as ``conj``, as the model parses the list with "and". The same list parsed with the
    first name a loose modifier of the verb and the second the subject ("Kenya(dep), Somalia(nsubj) hold talks",
    :func:`_listed_first`) is re-hung the same way, the first name the subject; so is a list of two nationality
    adjectives on one subject noun ("Indian, Pakistani leaders hold talks", :func:`_listed_adjective`, rule 178e).
    Returns how many."""
    if ACTORS_KEY not in doc.spans:
        return 0
    mention_at = {i: span for span in doc.spans[ACTORS_KEY] for i in range(span.start, span.end)}
    repaired = 0
    for tok in [doc[i] for i in tag_hits(doc, VBP_TAGS)]:  # the loop re-hangs, never retags
        if not _headline_present(tok):
            continue
        second = _listed_subject(tok, mention_at)
        if second is not None:
            second.dep_ = "conj"
            repaired += 1
            continue
        listed = _listed_adjective(tok, mention_at)
        if listed is not None:
            # "Indian(amod), Pakistani(amod) leaders hold talks": the second adjective a conjunct of the first,
            # the first a modifier of the subject noun, as "Indian and Pakistani leaders" is parsed
            first, second = listed
            first.head, first.dep_ = second.head, "amod"
            second.head, second.dep_ = first, "conj"
            repaired += 1
            continue
        pair = _listed_first(tok, mention_at)
        if pair is not None:
            # "Kenya(dep), Somalia(nsubj) hold talks": the first name the subject, the second its conjunct
            first, subj = pair
            first.dep_ = "nsubj"
            if first.pos_ == "ADV":
                first.pos_, first.tag_ = "PROPN", "NNP"  # rule 207f: a name, not an adverb
            subj.head = first
            subj.dep_ = "conj"
            repaired += 1
    return repaired


def rejoin_split_words(doc: Doc, split_words: SplitWords) -> None:
    """Give the last part of a word the tokenizer split at its hyphen the lemma of the word written as one
    (docs/events.md rule 52c): "cease-fire" and "cease - fire" are three tokens, "fire" with "cease" before it, so
    no rule that reads "ceasefire" saw them; ``split_words`` maps (first part, last part as written or its lemma)
    to the one-word lemma. The same word written open (docs/events.md rule 349: "an immediate cease fire"), its first
    part the compound of the last part right after it, is read so too; the verb "cease" with its object "fire"
    ("ordered to cease fire") is no compound and stays. Only the lemma changes, the parse stays the model's."""
    if not split_words:
        return
    for i in lower_hits(doc, HYPHENS):
        if 0 < i < len(doc) - 1:
            first, last = doc[i - 1].lower_, doc[i + 1]
            joined = split_words.get((first, last.lower_)) or split_words.get((first, last.lemma_.lower()))
            if joined is not None:
                last.lemma_ = joined
    # only the compounds (speed36): the loop changes lemmas alone
    for tok in [doc[i] for i in dep_hits(doc, COMPOUND_DEPS) if i < len(doc) - 1]:
        last = doc[tok.i + 1]
        if tok.dep_ == "compound" and tok.head == last:
            joined = split_words.get((tok.lower_, last.lower_)) or split_words.get((tok.lower_, last.lemma_.lower()))
            if joined is not None:
                last.lemma_ = joined


def rehang_prefixed_verbs(doc: Doc, prefixed_verbs: frozenset[str], prefix: str = "co") -> int:
    """Make the last part of a verb the tokenizer split at its prefix's hyphen the verb (docs/events.md rule 284):
    "agreed to co-produce shells" is "co", "-", "produce", and the parser takes "co" for the verb and hangs
    "produce" on "shells" as a modifier (or as a conjunct of "co"). When the first part is ``prefix`` tagged a verb
    and the last part's lemma is one of ``prefixed_verbs``, the last part takes the first part's head, relation and
    tag, the first part's dependents pass to it, a noun it modified right after it (or a direct object the first
    part's head has after it) becomes its direct object, and "co" and the hyphen hang on it as an adverb and
    punctuation, so rule 244f reads "co" as its joint adverb. The number of verbs re-hung."""
    repaired = 0
    if not prefixed_verbs:
        return repaired
    for i in lower_hits(doc, HYPHENS):
        if not 0 < i < len(doc) - 1:
            continue
        first, hyphen, verb = doc[i - 1], doc[i], doc[i + 1]
        if first.lower_ != prefix or first.pos_ != "VERB" or verb.lemma_.lower() not in prefixed_verbs:
            continue
        if verb.is_ancestor(first):
            continue  # the parser made the last part the head already
        head, dep = (verb, first.dep_) if first.head == first else (first.head, first.dep_)
        # the noun the last part modified right after it ("produce(amod) shells"), else an object of the first
        # part's head after it ("agreed(co) ... shells(dobj of agreed)")
        objects = [verb.head] if verb.dep_ in ("amod", "compound") and verb.head.i == verb.i + 1 else []
        objects += [t for t in doc[verb.i + 1 :] if t.head == first.head != first and t.dep_ in ("dobj", "obj")]
        objects = [t for t in objects if t.pos_ in ("NOUN", "PROPN")]
        verb.head, verb.dep_, verb.tag_, verb.pos_ = head, dep, first.tag_, "VERB"
        for t in [c for c in first.children if c not in (verb, hyphen)] + [c for c in hyphen.children if c != verb]:
            t.head = verb
        for t in objects[:1]:
            t.head, t.dep_ = verb, "dobj"
        first.head, first.dep_, first.pos_, first.tag_ = verb, "advmod", "ADV", "RB"
        hyphen.head, hyphen.dep_, hyphen.pos_, hyphen.tag_ = verb, "punct", "PUNCT", "HYPH"
        repaired += 1
    return repaired


# how the parser hangs a kept state on the verb of keeping: an object predicate, a small clause, a complement, and
# (read only with no "and" on the verb) an adverbial clause or a conjunct ("kept(verb) the crossings sealed(advcl)")
KEPT_STATE_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp", "advcl", "conj"})


def _kept_state(verb: Token) -> tuple[Token, Token] | None:
    """The state participle and its object of a verb of keeping ("kept(verb) Russian assets(dobj) frozen(oprd)", or
    with the parser's small clause "kept ... assets(nsubj) frozen(ccomp)"): a past participle after the verb, one of
    ``KEPT_STATE_DEPS``, whose lemma is not its written form (a verb's participle, not an adjective: "kept the border
    open", "kept rates unchanged" are no act), with no auxiliary or "to" of its own, and the object a noun or pronoun
    right before the participle (its phrases included: "kept its border crossings with Belarus closed"). None
    otherwise, and for a conjunct when the verb has an "and" ("kept the hostages and released ...")."""
    for state in verb.rights:
        if state.dep_ not in KEPT_STATE_DEPS or state.tag_ not in ("VBN", "VBD"):
            continue
        if state.lemma_.lower() == state.lower_:
            continue  # an adjective's form: "kept the border open", "kept rates unchanged"
        if state.dep_ == "conj" and any(c.dep_ in ("cc", "preconj") for c in verb.children):
            continue
        if any(c.dep_ in ("aux", "auxpass", "nsubjpass", "mark", "dobj", "obj") for c in state.children):
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < state.i]
        objects += [c for c in state.children if c.dep_ == "nsubj" and verb.i < c.i < state.i]
        objects = [t for t in objects if t.pos_ in ("NOUN", "PROPN", "PRON") and t.right_edge.i + 1 == state.i]
        if objects:
            return state, objects[0]
    return None


def rehang_kept_states(doc: Doc, keeping_verbs: frozenset[str]) -> int:
    """Read an act's state kept as the act kept up (docs/events.md rule 297): "kept Russian assets frozen" is
    "kept freezing Russian assets", "kept its border closed" "kept closing its border". When a verb whose lemma is
    one of ``keeping_verbs`` has a state participle and its object (:func:`_kept_state`), the participle hangs on
    the verb as its -ing complement (xcomp, tagged VBG, a verb) and the object hangs on the participle as its direct
    object, so the act's own verb codes it, kept in force, as "kept freezing" was read. The number of states
    re-hung."""
    repaired = 0
    if not keeping_verbs:
        return repaired
    for verb in [doc[i] for i in lemma_hits(doc, keeping_verbs)]:
        if verb.pos_ != "VERB":
            continue
        found = _kept_state(verb)
        if found is None:
            continue
        state, obj = found
        state.head, state.dep_, state.tag_, state.pos_ = verb, "xcomp", "VBG", "VERB"
        obj.head, obj.dep_ = state, "dobj"
        repaired += 1
    return repaired


def rename_truce_phrases(
    doc: Doc, nouns: frozenset[str], halted: frozenset[str], modifiers: frozenset[str], truce: str = "ceasefire"
) -> int:
    """Give a noun of halting that names a truce the lemma of the truce noun (docs/events.md rule 195d): "a halt to
    (the) fighting", "a pause in the fighting", "a cessation of hostilities" (the noun, one of ``nouns``, with a
    "to" / "in" / "of" phrase whose noun is one of ``halted``) and "a humanitarian pause" (a modifier in
    ``modifiers``) are a ceasefire, so every rule written for "ceasefire" reads them ("agreed to a halt to the
    fighting" 0356, as "agreed to a truce"). "a pause in flights", "halted traffic" stay as they are. Only the lemma
    changes; the number of nouns renamed."""
    renamed = 0
    if not nouns:
        return renamed
    # only the tokens with a listed lemma (speed36): the loop renames only the token it is at, to the truce
    for tok in [doc[i] for i in lemma_hits(doc, nouns)]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        # the phrase as the noun's own, or right after it where the parser hung it on the verb ("agreed to a
        # halt(pobj) to(prep of agreed) the fighting")
        after = tok.right_edge.i + 1
        preps = [c for c in tok.children if c.dep_ == "prep"]
        preps += [doc[after]] if after < len(doc) and doc[after].dep_ == "prep" else []
        fighting = any(
            p.lower_ in ("to", "in", "of")
            and any(g.dep_ in ("pobj", "pcomp") and g.lemma_.lower() in halted for g in p.children)
            for p in preps
        )
        humane = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in modifiers for c in tok.children)
        if fighting or humane:
            tok.lemma_ = truce
            renamed += 1
    return renamed


# rule 282: the roles in which an agreement's proper name stands for the agreement itself; as a modifier ("the New
# START treaty", "the New START limits", "New START's limits") the noun it modifies is what the sentence names
AGREEMENT_NAME_DEPS = frozenset(
    {"pobj", "dobj", "obj", "nsubj", "nsubjpass", "conj", "appos", "attr", "dative", "oprd"}
)


def rename_agreement_names(doc: Doc, names: Mapping[tuple[str, ...], str]) -> int:
    """Give the last word of an agreement named by its proper name alone the lemma of the agreement noun it is
    (docs/events.md rule 282): "an extension of New START", "withdrew from the CTBT" name a treaty as "an extension
    of the New START treaty" does, so every rule written for "treaty" reads them. ``names`` maps the name's words,
    as written (case counts: "START" is no verb "start"), to the noun. Only a name that is itself an argument
    (`AGREEMENT_NAME_DEPS`) is renamed, not one that modifies a noun ("the New START treaty", "New START's
    limits"). Only the lemma changes; the number of names renamed."""
    renamed = 0
    # only where a name's last word stands (one column scan), not a token walk per name
    ends = lower_hits(doc, frozenset(words[-1].lower() for words in names))
    for words, noun in names.items():
        size = len(words)
        for end in ends:
            i = end - size + 1
            if i < 0 or doc[end].dep_ not in AGREEMENT_NAME_DEPS or tuple(t.text for t in doc[i : end + 1]) != words:
                continue
            doc[end].lemma_ = noun
            renamed += 1
    return renamed


def _to_infinitive(tok: Token) -> bool:
    """Whether ``tok`` is a base-form verb with its own "to" ("to congratulate")."""
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def rehang_participle_purposes(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """A past verb read as a participle on the name before it, with a named object and a to-infinitive after it
    (docs/events.md rule 195c): in "Trump called Netanyahu to congratulate him" the model may read "Trump called
    Netanyahu" as a noun phrase ("called" an ``acl`` of "Trump", "Netanyahu" its object predicate) and make "Trump"
    or the infinitive the root, so no rule sees a verb with an object. When the sentence has no finite verb, the
    name opens it, the participle (VBN, ``acl``) follows it right away with an actor name as its ``oprd`` or direct
    object, and a to-infinitive follows (the participle's own clause, or the root whose subject is the name), the
    participle becomes the root (a past tense), the name its subject, the object its direct object and the
    infinitive its adverbial clause, as the model parses "Modi called Netanyahu to express his condolences".
    Returns how many."""
    repaired = 0
    # only the tokens hung as ``acl`` when the loop starts, each sentence's slice of them (speed36): a repair makes
    # no token an ``acl``, and the label is tested again at the visit
    clauses = dep_hits(doc, ACL_DEPS)
    for sent, root in _sentence_roots(doc):
        for verb in [doc[i] for i in clauses[bisect_left(clauses, sent.start) : bisect_left(clauses, sent.end)]]:
            name = verb.head
            if (
                verb.tag_ != "VBN"
                or verb.dep_ != "acl"
                or name.i not in actor_tokens
                or verb.i - 1 not in actor_tokens
                or name.i > verb.i
                or name.left_edge.i != sent.start
                or not _no_other_finite(sent, verb.i)
            ):
                continue
            obj = next((c for c in verb.rights if c.dep_ in ("oprd", "dobj") and c.i in actor_tokens), None)
            if obj is None:
                continue
            clause = next((c for c in verb.rights if c.dep_ in ("advcl", "xcomp") and _to_infinitive(c)), None)
            if clause is None and name.dep_ == "nsubj" and name.head.i == root.i and _to_infinitive(root):
                clause = root
            if clause is None or (root.i != name.i and clause.i != root.i):
                continue
            old_root = root
            # the final stop on the old root hangs on the new one
            stops = [c for c in old_root.children if c.dep_ == "punct" and c.i > verb.i]
            _make_root(verb, old_root, "advcl", stops, "VBD")
            name.head, name.dep_ = verb, "nsubj"
            obj.dep_ = "dobj"
            clause.head, clause.dep_ = verb, "advcl"
            repaired += 1
            break
    return repaired


# rule 400a: the parser's reading of "helped Y-people working ..." as "helped [that Y-people were working]"
PARTICIPLE_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
PARTICIPLE_CLAUSE_TAGS = frozenset({"VBG"})
# the words a clause of its own has (an auxiliary, a subordinator, a passive or clausal subject)
OWN_CLAUSE_DEPS = frozenset({"aux", "auxpass", "mark", "nsubjpass", "csubj", "expl"})
# what may stand between the verb and the party: particles and adverbs of the verb
VERB_GAP_DEPS = frozenset({"prt", "advmod", "neg"})


def _participle_object(clause: Token, speech_verbs: frozenset[str], actor_tokens: frozenset[int]) -> Token | None:
    """The party of ``clause`` that rule 400a re-hangs (see :func:`rehang_participle_objects`), or None."""
    verb = clause.head
    if (
        clause.dep_ not in PARTICIPLE_CLAUSE_DEPS
        or clause.tag_ not in PARTICIPLE_CLAUSE_TAGS
        or verb.pos_ not in LEXICAL_VERB_POS
        or verb.i > clause.i
        or verb.lemma_.lower() in speech_verbs
        or any(c.dep_ in OWN_CLAUSE_DEPS for c in clause.children)
        or any(c.dep_ in VERB_OBJECT_DEPS and c.i != clause.i for c in verb.children)
    ):
        return None
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return None
    party = subjects[0]
    if party.pos_ not in ("NOUN", "PROPN") or party.i > clause.i or party.right_edge.i != clause.i - 1:
        return None
    if any(t.dep_ not in VERB_GAP_DEPS or t.head.i != verb.i for t in party.doc[verb.i + 1 : party.left_edge.i]):
        return None
    if not any(i in actor_tokens for i in range(party.left_edge.i, party.right_edge.i + 1)):
        return None
    return party


def rehang_participle_objects(doc: Doc, speech_verbs: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """A party named right after a verb and followed by its own -ing participle (docs/events.md rule 400a): the
    model may read "Japan helped Philippine fishermen working near the shoal" as "helped [that fishermen were
    working]", the party the subject of an -ing clause complement (``ccomp``, VBG) and the verb with no object, so
    the act has no target. When such a clause has no auxiliary, subordinator or other subject of its own, its one
    subject is a noun phrase naming an actor that follows the verb right away (only its particles or adverbs
    between) and ends right before the participle, and the verb is no speech verb (``speech_verbs``, lemmas: "says
    troops massing" is a headline's clause) with no object or complement of its own, the party becomes the verb's
    direct object and the participle a clause on it (``acl``), as the model parses "arrested Moroccan youths
    throwing stones". Returns how many."""
    repaired = 0
    for clause in [doc[i] for i in dep_hits(doc, PARTICIPLE_CLAUSE_DEPS)]:
        party = _participle_object(clause, speech_verbs, actor_tokens)
        if party is None:
            continue
        verb = clause.head
        party.head, party.dep_ = verb, "dobj"
        clause.head, clause.dep_ = party, "acl"
        repaired += 1
    return repaired


# rule 207f: a headline's base-form meeting verb after two listed names, read as a noun only before a meeting noun
JOINT_MEETING_VERBS = frozenset({"hold"})
JOINT_MEETING_OBJECTS = frozenset({"call", "talk", "talks", "meeting", "summit", "conversation", "discussion"})


def rehang_joint_headline_verbs(doc: Doc, verbs: frozenset[str]) -> int:
    """A headline verb in its plural (base) form after two joined names ("Mexico and Canada eye deeper ties",
    "Vietnam and the Philippines eye deeper ties"; docs/events.md rule 195a): the model reads the base form as a
    noun (an apposition, a conjunct or a compound of the object), so no verb has the pair as its subject. When a line
    has no finite verb and opens with exactly two actor mentions joined by "and", right before a word of ``verbs``
    (the listed headline verbs, rule 91c) tagged a singular noun, the word becomes the root verb (a plural present),
    the first mention its subject with the second as its conjunct, and the noun phrase right after it (up to its
    last noun) its direct object, as the model parses "China eyes closer ties with Brazil". Rule 207f: a headline's
    comma joins the two as "and" does, and "hold" (``JOINT_MEETING_VERBS``) is such a word before a meeting noun
    ("Putin, Trump hold call"). Returns how many."""
    if ACTORS_KEY not in doc.spans or not verbs:
        return 0
    repaired = 0
    # every mention sorted once (stable, as the per-sentence sort was) and sliced by sentence
    ordered = sorted(doc.spans[ACTORS_KEY], key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for sent, root in _sentence_roots(doc):
        mentions = ordered[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        if len(mentions) < 2 or mentions[0].start != sent.start or not _no_other_finite(sent, -1):
            continue
        first, second = mentions[0], mentions[1]
        # rule 207f: a headline's comma list ("Putin, Trump hold call") as "and"
        if second.start != first.end + 1 or doc[first.end].lower_ not in ("and", ",") or second.end >= sent.end:
            continue
        word = doc[second.end]
        if word.tag_ != "NN" or (word.lower_ not in verbs and word.lower_ not in JOINT_MEETING_VERBS):
            continue
        obj = None
        for tok in doc[word.i + 1 : sent.end]:
            if tok.pos_ not in ("ADJ", "NOUN", "DET", "NUM", "PROPN"):
                break
            if tok.pos_ == "NOUN":
                obj = tok
        if obj is None or root.i not in (first[-1].i, second[-1].i, word.i, obj.i):
            continue  # the old root is one of the re-hung words, each given its own place below
        if word.lower_ not in verbs and obj.lemma_.lower() not in JOINT_MEETING_OBJECTS:
            continue  # "hold" only before a meeting noun: "Putin, Trump hold call", not "X, Y hold sway"
        _make_root(word, root, "dep", [], "VBP", word.lower_)
        for mention in (first, second):
            for tok in mention[:-1]:
                tok.head = mention[-1]
        doc[first.end].head, doc[first.end].dep_ = first[-1], ("cc" if doc[first.end].lower_ == "and" else "punct")
        first[-1].head, first[-1].dep_ = word, "nsubj"
        second[-1].head, second[-1].dep_ = first[-1], "conj"
        for tok in doc[word.i + 1 : obj.i]:
            tok.head = obj
        obj.head, obj.dep_ = word, "dobj"
        for tok in doc[obj.i + 1 : sent.end]:
            if tok.head.i < obj.i and tok.head.i != word.i and tok.dep_ in ("prep", "punct"):
                tok.head = word if tok.dep_ == "punct" else obj
        repaired += 1
    return repaired


def subtree(tok: Token) -> frozenset[int]:
    """The indexes of the tokens of ``tok``'s subtree."""
    return frozenset(t.i for t in tok.subtree)


def rehang_fronted_recipients(doc: Doc, actor_tokens: frozenset[int]) -> int:
    """A recipient put before the goods ("returned to Greece two marble sculptures", "handed back to Y 14
    statues"; docs/events.md rule 195f): the parser hangs the goods under "to" with the named recipient as their
    modifier. When a verb's "to" object has a named actor as a left modifier (``nmod``, ``compound``) and the goods'
    own number or determiner comes right after that name, the name becomes the object of "to" and the goods the
    verb's direct object, as in "returned two marble sculptures to Greece". Returns how many were re-hung."""
    repaired = 0
    # only the tokens hung as ``pobj`` when the loop starts (speed36): a repair makes a "pobj" only of a name left
    # of the goods it is at, a token the loop has passed, so no later token becomes one
    for goods in [doc[i] for i in dep_hits(doc, POBJ_DEPS)]:
        prep = goods.head
        if goods.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            continue
        for name in [c for c in goods.lefts if c.dep_ in ("nmod", "compound") and c.i in actor_tokens]:
            # the goods' number may hang on the name or on the goods' modifier ("Cambodia(nmod) 14(nummod of
            # Cambodia) ancient statues", "Greece two(nummod of marble) marble sculptures")
            count = doc[min(name.i + 1, goods.i)]
            if count.i >= goods.i or count.dep_ not in ("nummod", "det", "quantmod") or count.i not in subtree(goods):
                continue
            if count.head.i == name.i:
                count.head = goods
            verb = prep.head
            name.head = prep
            name.dep_ = "pobj"
            goods.head = verb
            goods.dep_ = "dobj"
            repaired += 1
            break
    return repaired


@dataclass(frozen=True)
class RepairData:
    """The component's data: the split-word table of rule 52c, and the file it was read from."""

    split_words: SplitWords
    source: Path
    # rule 81: the verbs of a sentence-final speaker clause that is re-hung as the main clause
    final_speaker_verbs: frozenset[str] = frozenset()
    # rule 91c: headline verbs the parser read as a plural noun after the line's named actor
    headline_verbs: frozenset[str] = frozenset()
    # rule 97: appeal verbs read as a naming participle before a day word, and the day words
    dated_appeal_verbs: frozenset[str] = frozenset()
    day_words: frozenset[str] = frozenset()
    # rule 102b (c): plural nouns for armed or protesting people that the parser may read as a name's verb
    headline_subject_nouns: frozenset[str] = frozenset()
    # rule 106c: past-tense forms the tagger reads as nouns, with their lemmas
    past_verb_forms: Mapping[str, str] = dataclasses.field(default_factory=dict)
    # rule 120a: base-form verbs the tagger reads as a noun after infinitive "to" ("offer to host(NN) talks")
    infinitive_verbs: frozenset[str] = frozenset()
    infinitive_nouns: frozenset[str] = frozenset()
    # rule 164: headline verbs re-hung only right after a proper name / only with an actor right after them
    headline_named_verbs: frozenset[str] = frozenset()
    headline_actor_object_verbs: frozenset[str] = frozenset()
    # rule 179c: base-form verbs read as a noun after a demand's "that" and the named party, and the demand words
    subjunctive_governors: frozenset[str] = frozenset()
    subjunctive_verbs: frozenset[str] = frozenset()
    # rule 195d: nouns of halting read as a truce with a fighting noun after them or a humanitarian modifier
    truce_halt_nouns: frozenset[str] = frozenset()
    truce_halted_nouns: frozenset[str] = frozenset()
    truce_halt_modifiers: frozenset[str] = frozenset()
    # rule 206: text nouns a leader signs or issues, read as a modifier of the object of the -ing clause after them
    text_participle_nouns: frozenset[str] = frozenset()
    # rule 239a: participles of affiliation read as the root before the subject's own verb ("Hackers linked to Y
    # attacked Z"); rule 239d: companion prepositions whose object may carry the verb's "against" phrase
    affiliation_root_participles: frozenset[str] = frozenset()
    companion_preps: frozenset[str] = frozenset()
    # rule 282: agreements named by their proper name alone ("New START"), the words as written, and the agreement
    # noun each is read as
    agreement_names: Mapping[tuple[str, ...], str] = dataclasses.field(default_factory=dict)
    # rule 284: verbs written with the prefix "co-" whose last part is re-hung as the verb ("co-produce")
    co_prefixed_verbs: frozenset[str] = frozenset()
    # rule 297: verbs of keeping whose object's state participle is re-hung as the act kept up ("kept X frozen")
    state_keeping_verbs: frozenset[str] = frozenset()
    # rule 426b: speech verbs with an addressee that a speaker clause after an opening quotation has ("told
    # reporters"), read by rule 105b's repair beside the final speaker verbs
    quote_speaker_verbs: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path) -> RepairData:
        """Read and check a ``parse_repair.yml``: unknown keys and values of the wrong type are a
        :class:`LexiconError` naming the file and the key, as is a split word that is not two parts joined by one
        hyphen ("cease-fire")."""
        data, _ = load_yaml(ParseRepairData, path)  # checked: a mapping of strings to strings
        table: dict[tuple[str, str], str] = {}
        for written, joined in (data.get("split_words") or {}).items():
            first, hyphen, last = written.lower().partition("-")
            if not (hyphen and first and last) or "-" in last:
                raise LexiconError(f"{path}: split_words.{written}: not two parts joined by one hyphen")
            table[(first, last)] = joined.lower()
        verbs = frozenset(v.lower() for v in data.get("final_speaker_verbs") or ())
        headline = frozenset(v.lower() for v in data.get("headline_verbs") or ())
        appeals = frozenset(v.lower() for v in data.get("dated_appeal_verbs") or ())
        days = frozenset(v.lower() for v in data.get("day_words") or ())
        subjects = frozenset(v.lower() for v in data.get("headline_subject_nouns") or ())
        past = {str(k).lower(): str(v).lower() for k, v in (data.get("past_verb_forms") or {}).items()}
        infinitives = frozenset(v.lower() for v in data.get("infinitive_verbs") or ())
        taking = frozenset(v.lower() for v in data.get("infinitive_nouns") or ())
        named = frozenset(v.lower() for v in data.get("headline_named_verbs") or ())
        actor_object = frozenset(v.lower() for v in data.get("headline_actor_object_verbs") or ())
        governors = frozenset(v.lower() for v in data.get("subjunctive_governors") or ())
        subjunctives = frozenset(v.lower() for v in data.get("subjunctive_verbs") or ())
        halts = frozenset(v.lower() for v in data.get("truce_halt_nouns") or ())
        halted = frozenset(v.lower() for v in data.get("truce_halted_nouns") or ())
        halt_modifiers = frozenset(v.lower() for v in data.get("truce_halt_modifiers") or ())
        texts = frozenset(v.lower() for v in data.get("text_participle_nouns") or ())
        affiliations = frozenset(v.lower() for v in data.get("affiliation_root_participles") or ())
        companions = frozenset(v.lower() for v in data.get("companion_preps") or ())
        names = {tuple(str(k).split()): str(v).lower() for k, v in (data.get("agreement_names") or {}).items()}
        prefixed = frozenset(v.lower() for v in data.get("co_prefixed_verbs") or ())
        keeping = frozenset(v.lower() for v in data.get("state_keeping_verbs") or ())
        addressed = frozenset(v.lower() for v in data.get("quote_speaker_verbs") or ())
        return cls(
            table,
            path,
            verbs,
            headline,
            appeals,
            days,
            subjects,
            past,
            infinitives,
            taking,
            named,
            actor_object,
            governors,
            subjunctives,
            halts,
            halted,
            halt_modifiers,
            texts,
            affiliations,
            companions,
            names,
            prefixed,
            keeping,
            addressed,
        )


@cache
def packaged_data() -> RepairData:
    """The packaged ``data/events/parse_repair.yml``, read once: what a coder run on its own repairs with."""
    return RepairData.load(DEFAULT_DATA)


def _doubled_subject_clause(verb: Token, actor_tokens: frozenset[int]) -> tuple[Token, Token] | None:
    """(first subject, its clause verb) when ``verb``, a root speech verb, has two subjects of its own, the first a
    noun phrase naming an actor and carrying, after a relative clause set off by commas, a participle (``acl``,
    VBN/VBD, no "by" agent) that follows a comma and comes before the second subject (rule 152e): "Qatar, which
    hosts ..., offered(acl of Qatar) on Saturday to mediate ..., a spokesman said(Qatar and spokesman its
    subjects)". A verb has one subject: the participle is the first clause's finite verb. Else None."""
    if verb.dep_ != "ROOT":
        return None
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if len(subjects) != 2:
        return None
    first, second = subjects
    if not any(t.i in actor_tokens for t in first.subtree if t.i <= first.i):
        return None
    if not any(c.dep_ == "relcl" for c in first.rights):
        return None
    doc = verb.doc
    for clause in first.rights:
        if (
            clause.dep_ == "acl"
            and clause.tag_ in ("VBN", "VBD")
            and clause.i < second.i
            and clause.left_edge.i > 0
            and doc[clause.left_edge.i - 1].text == ","
            and not any(c.dep_ == "agent" for c in clause.children)
        ):
            return first, clause
    return None


def rehang_doubled_subject_clauses(doc: Doc, verbs: frozenset[str], actor_tokens: frozenset[int]) -> int:
    """Make the first clause of a line that ends with a speaker ("X, which ..., offered to mediate ..., a spokesman
    said") that clause, the speech verb's content, when the parser gave the speech verb both subjects and hung the
    first clause's verb on its subject as a participle (docs/events.md rule 152e): the participle becomes the
    speech verb's ``ccomp`` (a past verb) and the first subject its ``nsubj``, as the same line parses without the
    relative clause. ``verbs``: ``final_speaker_verbs``. Returns how many."""
    if not verbs or not len(doc) or not doc.has_annotation("DEP"):
        return 0
    repaired = 0
    candidates = [doc[i] for i in lemma_hits(doc, verbs)]
    for verb in [t for t in candidates if t.dep_ == "ROOT" and t.pos_ == "VERB"]:
        found = _doubled_subject_clause(verb, actor_tokens)
        if found is None:
            continue
        subject, clause = found
        clause.head = verb
        clause.dep_ = "ccomp"
        clause.tag_ = "VBD"
        subject.head = clause
        repaired += 1
    return repaired


# rule 206: the noun-phrase dependents a text noun takes over from the object it was read as a modifier of
TEXT_MOVED_DEPS = frozenset({"det", "amod", "poss", "nummod"})
TEXT_NOUN_DEPS = frozenset({"compound", "npadvmod", "nmod", "amod"})
TEXT_PARTICIPLE_DEPS = frozenset({"amod", "compound"})


def _text_participle(noun: Token) -> tuple[Token, Token, Token] | None:
    """Rule 206: (participle, object, verb) where ``noun`` (a text noun) is read as a modifier of the object of the
    -ing word right after it ("signed a decree(compound) lifting(amod) sanctions(dobj of signed) on Y"), the object
    itself the direct object of a verb left of the noun. Else None."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or noun.dep_ not in TEXT_NOUN_DEPS:
        return None
    word = doc[noun.i + 1]
    if not word.lower_.endswith("ing") or word.dep_ not in TEXT_PARTICIPLE_DEPS or word.tag_ not in ("VBG", "NN"):
        return None
    obj = word.head
    if obj.i <= word.i or obj.dep_ not in ("dobj", "obj") or obj.pos_ not in NOUN_POS:
        return None
    if noun.head.i not in (word.i, obj.i) or any(t.pos_ in ("VERB", "AUX") for t in doc[word.i + 1 : obj.i]):
        return None
    verb = obj.head
    if verb.i >= noun.i or verb.pos_ != "VERB":
        return None
    return word, obj, verb


def rehang_text_participles(
    doc: Doc, nouns: frozenset[str], lemmatize: Callable[[Token], list[str]] | None = None
) -> int:
    """Make a text noun the object again when the parser read it as a modifier of the object of the -ing clause after
    it (docs/events.md rule 206): "Putin signed a decree(compound) lifting(amod) sanctions(dobj) on Syria" made
    "sanctions" what was signed, so no participle said what the decree does and "signed sanctions on Y" read as a
    support of sanctions (111). The noun (``text_participle_nouns``) becomes the verb's object, the -ing word its
    clause (``acl``, a verb), the old object that clause's object, and the article or adjectives left of the noun
    hang on it, as the model parses "signed an executive order lifting sanctions on Y". An -ing word tagged as a
    noun ("a decree suspending(NN) trade") is made a verb with the lemma ``lemmatize`` gives it read as one; with
    no lemmatizer, or none read, it is left alone. Returns how many."""
    repaired = 0
    for noun in [doc[i] for i in lemma_hits(doc, nouns)]:
        found = _text_participle(noun)
        if found is None:
            continue
        word, obj, verb = found
        if word.tag_ != "VBG":
            if lemmatize is None:
                continue
            pos = word.pos_
            word.pos_ = "VERB"
            lemmas = lemmatize(word)
            if not lemmas or lemmas[0] == word.lower_:
                word.pos_ = pos
                continue
            word.lemma_ = lemmas[0]
        moved = [t for t in doc[verb.i + 1 : noun.i] if t.head.i in (obj.i, word.i) and t.dep_ in TEXT_MOVED_DEPS]
        noun.head, noun.dep_ = verb, obj.dep_
        word.head, word.dep_, word.tag_, word.pos_ = noun, "acl", "VBG", "VERB"
        obj.head, obj.dep_ = word, "dobj"
        for t in moved:
            t.head = noun
        repaired += 1
    return repaired


def repair_once(
    doc: Doc, data: RepairData | None = None, lemmatize: Callable[[Token], list[str]] | None = None
) -> None:
    """Both repairs on ``doc`` (:func:`attach_stranded_objects`, :func:`rejoin_split_words` with the table of
    ``data``, by default the packaged one; rule 111c's gerunds with ``lemmatize``, the model's lemmatizer, when
    given) unless it was repaired already (by the pipeline component or an
    earlier call), then mark it repaired."""
    if doc.user_data.get(REPAIRED_KEY):
        return
    table = data if data is not None else packaged_data()
    attach_stranded_objects(doc)
    rejoin_split_words(doc, table.split_words)
    rehang_prefixed_verbs(doc, table.co_prefixed_verbs)
    rehang_kept_states(doc, table.state_keeping_verbs)
    rename_truce_phrases(doc, table.truce_halt_nouns, table.truce_halted_nouns, table.truce_halt_modifiers)
    rename_agreement_names(doc, table.agreement_names)
    rehang_number_particles(doc)
    rehang_predicate_agents(doc)
    rehang_reduced_relatives(doc, table.affiliation_root_participles)
    rehang_companion_enemies(doc, table.companion_preps)
    rehang_text_participles(doc, table.text_participle_nouns, lemmatize)
    if ACTORS_KEY in doc.spans:
        actor_tokens = frozenset(i for span in doc.spans[ACTORS_KEY] for i in range(span.start, span.end))
        rehang_retained_object_agents(doc, actor_tokens)
        rehang_fronted_recipients(doc, actor_tokens)
        rehang_participle_purposes(doc, actor_tokens)
        rehang_as_well_as_conjuncts(doc, actor_tokens)
        rehang_participle_objects(doc, table.final_speaker_verbs, actor_tokens)
        rehang_final_speakers(doc, table.final_speaker_verbs, actor_tokens)
        rehang_split_speakers(doc, table.final_speaker_verbs, actor_tokens)
        rehang_doubled_subject_clauses(doc, table.final_speaker_verbs, actor_tokens)
        rehang_inverted_speakers(doc, table.final_speaker_verbs, actor_tokens)
        rehang_progressive_participles(doc, actor_tokens)
        rehang_quote_speakers(doc, table.final_speaker_verbs | table.quote_speaker_verbs, actor_tokens)
        rehang_interrupting_speakers(doc, table.final_speaker_verbs, actor_tokens)
        headline = gated_headline_verbs(doc, table, actor_tokens)
        rehang_headline_verbs(doc, headline, actor_tokens)
        rehang_joint_headline_verbs(doc, headline)
        rehang_modifier_verbs(doc, headline, actor_tokens)
        rehang_headline_nouns(doc, headline, actor_tokens, table.headline_subject_nouns)
        rehang_compound_clauses(doc, headline, actor_tokens)
        rehang_buried_headline_verbs(doc, headline, actor_tokens)
        rehang_past_forms(doc, table.past_verb_forms, actor_tokens)
        rehang_past_modifier_verbs(doc, actor_tokens)
        rehang_adverb_names(doc, actor_tokens)
        rehang_lower_name_phrases(doc, actor_tokens)
        rehang_name_root_participles(doc, actor_tokens)
        rehang_modifier_subjects(doc, actor_tokens)
        rehang_participle_root_subjects(doc, actor_tokens)
        rehang_participle_conjuncts(doc, actor_tokens)
        rehang_fronted_subjects(doc, actor_tokens)
        rehang_relative_clause_verbs(doc, actor_tokens)
        rehang_dated_objects(doc, table.day_words, actor_tokens)
        rehang_shifted_objects(doc, table.day_words)
        rehang_apposed_subject_verbs(doc, actor_tokens)
        rehang_dated_infinitives(doc, table.day_words)
        retag_infinitive_names(doc, doc.spans[ACTORS_KEY])
        rehang_listed_subjects(doc)
        rehang_speaker_clauses(doc)
        rehang_auxiliary_verbs(doc, actor_tokens)
        rehang_name_verbs(doc, actor_tokens)
        retag_object_verbs(doc, actor_tokens)
        retag_topic_verbs(doc, actor_tokens)
        rehang_headline_infinitives(doc, actor_tokens)
        rehang_infinitive_root_subjects(doc, actor_tokens)
        rehang_owned_infinitives(doc, table.infinitive_nouns, actor_tokens)
        rehang_subjunctive_verbs(doc, table.subjunctive_governors, table.subjunctive_verbs, actor_tokens)
    retag_plural_root_verbs(doc)
    retag_persona_non_grata(doc)
    retag_named_object_nouns(doc)
    retag_adjective_participles(doc, table.past_verb_forms)
    rehang_dated_appeals(doc, table.dated_appeal_verbs, table.day_words)
    retag_infinitive_nouns(doc, table.infinitive_verbs, table.infinitive_nouns)
    if lemmatize is not None:
        retag_gerund_objects(doc, lemmatize)
    doc.user_data[REPAIRED_KEY] = True


def has_actors(doc: Doc) -> bool:
    """Whether ``doc`` has actor mentions, the documents the event rules read (``EventCoder.code_doc``)."""
    return ACTORS_KEY in doc.spans and len(doc.spans[ACTORS_KEY]) > 0


class ParseRepair(DataComponent):
    """The pipeline component of rules 46a and 52c (see the module docstring); its data is one file,
    ``parse_repair.yml``."""

    def __init__(self, nlp: Language, name: str = NAME, data_path: str = "") -> None:
        self.name = name
        self.from_disk(data_path or DEFAULT_DATA)
        # the model's rule lemmatizer, to read a gerund tagged as a noun as its verb (rule 111c); a model without
        # one leaves such gerunds alone
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        rule_lemmatize = getattr(lemmatizer, "rule_lemmatize", None)
        self.lemmatize: Callable[[Token], list[str]] | None = rule_lemmatize

    def load_data(self, path: Path) -> None:
        """Load ``path``: a ``parse_repair.yml``, or a folder holding one (what ``to_disk`` wrote)."""
        self.data = RepairData.load(path / DEFAULT_DATA.name if path.is_dir() else path)

    def data_sources(self) -> dict[str, Path]:
        return {DEFAULT_DATA.name: self.data.source}

    def __call__(self, doc: Doc) -> Doc:
        if has_actors(doc):
            repair_once(doc, self.data, self.lemmatize)
        return doc


@Language.factory(NAME, default_config={"data_path": ""})
def make_parse_repair(nlp: Language, name: str, data_path: str) -> ParseRepair:
    """spaCy factory; ``data_path`` "" means the packaged ``data/events/parse_repair.yml``."""
    return ParseRepair(nlp, name, data_path)
