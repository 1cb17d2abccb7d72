"""Title-case headlines parsed in sentence case (docs/events.md rule 34).

A headline that capitalises every word ("Chile Signs Trade Deals With Peru") leaves the English model with
proper nouns only: "Signs" and "Deals" are tagged PROPN, keep their surface lemma, and the parse has no verb
or object, so an event either goes uncoded or loses the reading a sentence-case line gets ("deals with Peru"
as the deal's partner). This stage, which runs right after the model's own components, re-parses such a line
with the casing its document's body uses and copies the tags, lemmas and dependencies back. Token text and
offsets never change (the resolver still sees "Signs"), and a line is only touched when its body shows that
the writer capitalised common words, or when the line capitalises a function word ("Over", "To"; rule 101e,
also for a document that is only its title, rule 108b): a line of names that the body also capitalises is left
as the model parsed it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from detente.paths import data_file

NAME = "title_case_parse"
COPIED = [TAG, POS, MORPH, DEP, HEAD, LEMMA]
MIN_CONTENT_LENGTH = 4  # words this long are capitalised in title case; shorter ones ("in", "with") often not
MIN_CAPITALISED_SHARE = 0.8  # of a line's content words ("date 2025-09-10 ..." stamps stay possible)
KEPT_ENTITIES = frozenset({"GPE", "NORP"})  # the model's places and nationalities keep their case ("Polish")
MIN_EVIDENCE = 2  # capitalised words of the line that its body writes in lower case only
# The re-parse skips the entity recogniser: it writes only entities, which are not COPIED back (the lines keep
# the document's own; sentence_case reads those), it comes after every component whose output is copied, and it
# was the dearest component of the re-parse (speed4, BENCHMARKS.md). Output identical by construction.
ENTITY_ONLY = frozenset({"ner"})


# Rule 75c (docs/events.md): a sentence that opens with an organisation's acronym ("ECOWAS imposed sanctions on
# Mali") may leave the model reading the acronym as a verb ("ECOWAS" VBG, "imposed" an adjective) or as the first
# part of a noun ("UNICEF cut" NN compound), so the clause loses its subject and verb. Such a sentence is
# re-parsed with this ordinary country name in the acronym's place, and its parse is kept when the name comes
# out as the clause's subject; the acronym keeps its text and lemma.
ACRONYM_STAND_IN = "Canada"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Rule 414 (docs/events.md): a one-line document in title case with no capitalised function word ("Russia Expels US
# Diplomats") has no evidence of its casing, so its sentence-case re-parse is only tried, and kept when it reads the
# line as a clause the model's parse did not: a root finite verb with a subject, where the model found no verb.
FINITE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD"})

Words = list[tuple[int, str]]  # (position in the sentence, text) of a sentence's alphabetic tokens


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The closed-class words sentence case never capitalises inside a sentence (``data/ingest/function_words.txt``):
    one capitalised after a line's first word is the line's own evidence of title case (rule 101e)."""
    lines = data_file("ingest", "function_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def _words(sent: Span) -> Words:
    """(position in the sentence, text) of the sentence's alphabetic tokens. ``_sentence_case_lines`` reads
    them once per sentence for the title-case test, the body's casing and the sentence-case words (speed10)."""
    return [(k, tok.text) for k, tok in enumerate(sent) if tok.is_alpha]


def _capitalised(word: str) -> bool:
    """Capitalised and not an acronym ("Deals", "A" yes; "NATO", "deals" no)."""
    return word[:1].isupper() and (len(word) == 1 or not word.isupper())


class BodyCasing:
    """How a document's running text writes its words: the forms it capitalises inside a sentence (names),
    those it capitalises only at a sentence's start, and the forms it writes in lower case. Words the body
    never uses are looked up in the model's lemmatizer index (``known``)."""

    def __init__(self, sents: Iterable[Span | Words], known: Callable[[str], bool]) -> None:
        """``sents``: the body's sentences, or their ``_words`` when already read."""
        self.capitalised: set[str] = set()
        self.initial: set[str] = set()
        self.lower: set[str] = set()
        self.known = known
        for sent in sents:
            first = True
            for _, word in sent if isinstance(sent, list) else _words(sent):
                if word.islower():
                    self.lower.add(word)
                else:
                    (self.initial if first else self.capitalised).add(word)
                first = False

    def evidence(self, word: str) -> bool:
        """A capitalised word the body writes in lower case and never capitalises inside a sentence."""
        return _capitalised(word) and word not in self.capitalised and word.lower() in self.lower

    def common(self, word: str) -> bool:
        """A capitalised word sentence case writes in lower case: the body's evidence, or, for a word the body
        never uses, an English word of the lemmatizer's index ("Inks"); a name the body uses stays."""
        if not _capitalised(word) or word in self.capitalised:
            return False
        if word.lower() in self.lower:
            return True
        return word not in self.initial and self.known(word.lower())


def title_case(sent: Span, words: Words | None = None) -> bool:
    """Most content words capitalised (the line's shape alone; the body decides which are names).
    ``words``: the sentence's ``_words`` when already read."""
    content = [w for _, w in (_words(sent) if words is None else words) if len(w) >= MIN_CONTENT_LENGTH]
    if len(content) < 3:
        return False
    return sum(1 for w in content if w[:1].isupper()) >= MIN_CAPITALISED_SHARE * len(content)


def sentence_case(
    sent: Span, body: BodyCasing, alpha: Words | None = None, *, tentative: bool = False
) -> list[str] | None:
    """The sentence's words as sentence case would write them, or None when the body does not show the line
    to be a title-case headline (fewer than MIN_EVIDENCE of its capitalised words are lower case there).
    Places and nationalities the model's entity recogniser marks keep their case ("Polish", "China" are
    English words too). ``alpha``: the sentence's ``_words`` when already read. ``tentative``: the words
    without asking for evidence (rule 414: the caller keeps the re-parse only when it gains a clause)."""
    words = [tok.text for tok in sent]
    alpha = _words(sent) if alpha is None else alpha
    # the body's lower-case words; or (rule 101e) one of the line's own function words capitalised after its first
    # word ("... Delivery To Peru": sentence case writes "to"), which no name or sentence-case line does
    titled = tentative or any(n and _capitalised(w) and w.lower() in function_words() for n, (_, w) in enumerate(alpha))
    if not titled and sum(1 for _, w in alpha if body.evidence(w)) < MIN_EVIDENCE:
        return None
    for n, (k, word) in enumerate(alpha):
        # the first word stays capitalised; a function word is lower case in sentence case whatever the body
        # holds ("To", "Its", "From": no English noun, verb or adjective the lemmatizer's index knows; rule 101e)
        function = _capitalised(word) and word.lower() in function_words()
        if n and (function or body.common(word)) and sent[k].ent_type_ not in KEPT_ENTITIES:
            words[k] = word.lower()
    return words


def lemma_tables(nlp: Language) -> tuple[dict[str, set[str]], dict[str, list[tuple[str, str]]]]:
    """The rule lemmatizer's known words by part of speech (base forms and irregular inflections such as
    "seen") and its suffix rules; empty when the model has no such lemmatizer."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    tables = list(lookups.tables) if lookups is not None else []

    def table(name: str) -> Any:
        return lookups.get_table(name) if lookups is not None and name in tables else {}

    index, irregular, rules = table("lemma_index"), table("lemma_exc"), table("lemma_rules")
    known = {pos: set(index.get(pos, ())) | set(irregular.get(pos, {})) for pos in ("noun", "verb", "adj")}
    return known, {pos: [(str(old), str(new)) for old, new in rules.get(pos, ())] for pos in known}


class TitleCaseParse:
    """Re-parse title-case lines of a document in sentence case (see the module docstring)."""

    def __init__(self, nlp: Language, name: str = NAME) -> None:
        self.nlp = nlp
        self.name = name
        self._index: dict[str, set[str]] | None = None  # the lemmatizer's tables, read on first use
        self._rules: dict[str, list[tuple[str, str]]] = {}
        self._acronym_forms: frozenset[str] | None = None  # rule 75c, read on first use
        self._one_word_forms: frozenset[str] | None = None  # rule 414, read on first use

    def _known(self, word: str) -> bool:
        """``word`` (lower case) or a form the lemmatizer's suffix rules derive from it is in its index of
        English nouns, verbs and adjectives ("inks" -> "ink")."""
        if self._index is None:
            self._index, self._rules = lemma_tables(self.nlp)
        for pos, lemmas in self._index.items():
            if word in lemmas:
                return True
            for old, new in self._rules.get(pos, ()):
                if word.endswith(old) and word[: len(word) - len(old)] + new in lemmas:
                    return True
        return False

    def _upstream(self) -> list[tuple[str, Callable[[Doc], Doc]]]:
        """The model's components that run before this one (tok2vec, tagger, parser, ...), but for those that
        write only what ``_copy_back`` does not copy (``ENTITY_ONLY``)."""
        out = []
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            if name not in ENTITY_ONLY:
                out.append((name, proc))
        return out

    def _sentence_case_lines(self, doc: Doc) -> list[tuple[Span, list[str]]]:
        """The document's title-case lines that its body shows to be headlines, with their sentence-case words."""
        if not doc.has_annotation("DEP"):
            return []
        # a document of one line has no body to learn the casing from, but a title-case line that capitalises a
        # function word is a headline on its own evidence (rule 101e); ``sentence_case`` asks for that evidence
        # when the body is empty, so a one-line document that is only a title is re-parsed too (rule 108b; before,
        # "Russia Expels Two US Diplomats Over Spy Row" alone kept its all-PROPN parse and coded nothing)
        sents = list(doc.sents)
        alpha = [_words(s) for s in sents]  # each sentence's words read once for the three uses below
        titled = [k for k, s in enumerate(sents) if title_case(s, alpha[k])]
        if not titled:
            return []
        starts = set(titled)
        body = BodyCasing((alpha[k] for k in range(len(sents)) if k not in starts), self._known)
        out = []
        for k in titled:
            sent = sents[k]
            words = sentence_case(sent, body, alpha[k])
            if words is not None:
                out.append((sent, words))
        return out

    def _tentative_lines(self, doc: Doc, skip: set[int]) -> list[tuple[Span, list[str]]]:
        """A one-line document (one sentence, not in ``skip`` by start) in title case that shows no evidence of its
        casing, with every capitalised English word but the first in lower case (rule 414): its re-parse is kept
        only by ``_clause_gained``. A line the model already parsed with a verb is not tried."""
        if not doc.has_annotation("DEP"):
            return []
        sents = list(doc.sents)
        if len(sents) != 1 or sents[0].start in skip:
            return []
        sent = sents[0]
        alpha = _words(sent)
        if not title_case(sent, alpha) or any(tok.pos_ in ("VERB", "AUX") for tok in sent):
            return []
        words = sentence_case(sent, BodyCasing([], self._known), alpha, tentative=True)
        if words is None:
            return []
        # a one-word actor name keeps its case ("Nigeria", which the model may call ORG), and so does a person's name
        # ("Jane Doe": "doe" would read as a verb)
        names = self._name_forms()
        words = [
            tok.text if tok.text in names or tok.ent_type_ == "PERSON" else word
            for tok, word in zip(sent, words, strict=True)
        ]
        return [] if words == [tok.text for tok in sent] else [(sent, words)]

    def _name_forms(self) -> frozenset[str]:
        """The actor codebook's one-word forms ("Nigeria", "Hezbollah"), read once (rule 414)."""
        if self._one_word_forms is None:
            from detente.nlp.codebook import Codebook  # read only when a one-line title-case document comes

            self._one_word_forms = frozenset(f for f in Codebook.load().forms() if " " not in f)
        return self._one_word_forms

    @staticmethod
    def _clause_gained(sub: Doc) -> bool:
        """The re-parsed line is a clause (rule 414): its root a finite verb with a subject of its own."""
        roots = [tok for tok in sub if tok.dep_ == "ROOT"]
        return (
            len(roots) == 1
            and roots[0].tag_ in FINITE_VERB_TAGS
            and any(child.dep_ in SUBJECT_DEPS for child in roots[0].children)
        )

    def _acronyms(self) -> frozenset[str]:
        """The actor codebook's forms written as an all-capital acronym ("ECOWAS", "NATO", "IGAD"), read once."""
        if self._acronym_forms is None:
            from detente.nlp.codebook import Codebook  # the codebook is read only when a line opens with capitals

            self._acronym_forms = frozenset(
                f for f in Codebook.load().forms() if len(f) >= 2 and f.isalpha() and f.isupper()
            )
        return self._acronym_forms

    def _acronym_lines(self, doc: Doc, skip: set[int]) -> list[tuple[Span, list[str]]]:
        """The document's sentences (not in ``skip``, by start) that open with an actor acronym the model did not
        read as a noun subject (rule 75c), with the stand-in name in its place."""
        if not doc.has_annotation("DEP"):
            return []
        out = []
        for sent in doc.sents:
            first = sent[0]
            if sent.start in skip or len(sent) < 3 or not (first.is_alpha and first.is_upper and len(first) >= 2):
                continue
            head = first.head
            if first.tag_ in NOUN_TAGS and first.dep_ in SUBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
                if head.dep_ not in ("amod", "compound"):
                    continue  # read as the subject of a clause already (not of a verb read as an adjective)
            if first.text not in self._acronyms():
                continue
            words = [tok.text for tok in sent]
            words[0] = ACRONYM_STAND_IN
            out.append((sent, words))
        return out

    @staticmethod
    def _subject_stand_in(sub: Doc) -> bool:
        """The re-parsed line reads the stand-in as a proper-noun subject of the line's main verb (rule 75c): a
        stand-in read as the subject of a noun turned verb ("Canada talks with Iran were suspended", where the
        acronym modified the subject noun) is no repair."""
        return len(sub) > 0 and sub[0].tag_ == "NNP" and sub[0].dep_ in SUBJECT_DEPS and sub[0].head.dep_ == "ROOT"

    def _reparse(self, lines: list[tuple[Span, list[str]]]) -> list[Doc]:
        """Each line's words parsed as one sentence by the model's components, all lines in one batch (a
        component's fixed cost per call is most of the time on a one-line Doc)."""
        subs = []
        for sent, words in lines:
            starts: list[bool | int | None] = [True]
            starts += [False] * (len(words) - 1)
            spaces = [bool(tok.whitespace_) for tok in sent]
            subs.append(Doc(self.nlp.vocab, words=words, spaces=spaces, sent_starts=starts))
        for _, proc in self._upstream():
            pipe = getattr(proc, "pipe", None)
            subs = list(pipe(subs)) if pipe is not None else [proc(sub) for sub in subs]
        return subs

    @staticmethod
    def _copy_back(doc: Doc, lines: list[tuple[Span, Doc]]) -> None:
        """The re-parsed lines' tags, lemmas and dependencies written into ``doc``; a line the parser split is
        left as it was (sentence boundaries must not move)."""
        arr: numpy.ndarray | None = None
        for sent, sub in lines:
            if sum(1 for tok in sub if tok.dep_ == "ROOT") != 1:
                continue
            if arr is None:
                arr = doc.to_array(COPIED)
            arr[sent.start : sent.end] = sub.to_array(COPIED)  # heads are relative: they stay in the sentence
        if arr is not None:
            doc.from_array(COPIED, arr)  # type: ignore[arg-type]  # thinc's Ints2d is a numpy array

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """The documents of ``stream`` in order, their headlines re-parsed a batch of documents at a time."""
        for batch in minibatch(stream, size=batch_size):
            # kind: "" a title-case line, "acronym" rule 75c's stand-in, "tentative" rule 414's one-line title
            lines = [(doc, line, "") for doc in batch for line in self._sentence_case_lines(doc)]
            titled = {(id(doc), sent.start) for doc, (sent, _), _ in lines}
            for doc in batch:
                skip = {start for key, start in titled if key == id(doc)}
                lines += [(doc, line, "tentative") for line in self._tentative_lines(doc, skip)]
                skip |= {sent.start for d, (sent, _), kind in lines if d is doc and kind}
                lines += [(doc, line, "acronym") for line in self._acronym_lines(doc, skip)]
            if lines:
                subs = self._reparse([line for _, line, _ in lines])
                by_doc: dict[int, list[tuple[Span, Doc]]] = {}
                kept_lemmas: list[tuple[Doc, int, str]] = []
                for (doc, (sent, _), kind), sub in zip(lines, subs, strict=True):
                    if kind == "tentative" and not self._clause_gained(sub):
                        continue  # the sentence-case words give no clause either: left as the model parsed it
                    if kind == "acronym":
                        if not self._subject_stand_in(sub):
                            continue  # the stand-in's parse does not give the line a subject either: left as it was
                        kept_lemmas.append((doc, sent.start, doc[sent.start].lemma_))
                    by_doc.setdefault(id(doc), []).append((sent, sub))
                for doc in batch:
                    self._copy_back(doc, by_doc.get(id(doc), []))
                for doc, i, lemma in kept_lemmas:
                    doc[i].lemma_ = lemma  # the acronym's own lemma, not the stand-in's
            yield from batch


@Language.factory(NAME)
def make_title_case_parse(nlp: Language, name: str) -> TitleCaseParse:
    return TitleCaseParse(nlp, name)
