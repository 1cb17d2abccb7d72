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

import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp import extensions  # noqa: F401  (registers doc._.causal)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "causal"
MARKERS_FILE = "markers.yml"
WEIGHTS_FILE = "classifier.json"

_CLAUSE_DEPS = {"dobj", "xcomp", "ccomp", "attr", "oprd", "dative", "obj"}
_SUBJ_DEPS = {"nsubj", "csubj", "expl"}
_TRIM = {"punct", "cc", "mark", "prep_lead"}
_REL_PRONOUNS = {"that", "which", "who", "whom", "whose"}


class Lexicon:
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


def load_lexicon(path: Path | str | None = None) -> Lexicon:
    directory = Path(path) if path else DATA_DIR
    with open(directory / MARKERS_FILE, encoding="utf-8") as f:
        return Lexicon(yaml.safe_load(f))


# ----------------------------------------------------------------------------------------------
# Classifier features. The same function serves training (benchmarks/train_causal.py) and run
# time, so the two cannot drift apart.
# ----------------------------------------------------------------------------------------------


def sentence_features(sent: Span, lex: Lexicon) -> list[str]:
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
        for name, index in (("mc", lex.connectives), ("mf", lex.forward), ("mp", lex.purpose),
                            ("mx", lex.concessive)):
            phrase = Lexicon.match(index, words, i) if w in index else None
            if phrase:
                feats.append(name + ":" + " ".join(phrase))
                feats.append(name + "_any")
    feats.append("b:" + prev + "_</s>")
    feats.append("nv:" + str(min(n_verbs, 6)))
    feats.append("len:" + str(min(len(sent) // 8, 8)))
    return feats


class Classifier:
    """Logistic regression over string features; weights are a plain dict (absent feature = 0)."""

    def __init__(self, weights: dict[str, float], threshold: float = 0.5, marker_threshold: float = 0.35,
                 meta: dict[str, Any] | None = None) -> None:
        self.weights = weights
        self.threshold = threshold
        self.marker_threshold = marker_threshold
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path | str | None = None) -> Classifier:
        directory = Path(path) if path else DATA_DIR
        with open(directory / WEIGHTS_FILE, encoding="utf-8") as f:
            data = json.load(f)
        return cls(data["weights"], data.get("threshold", 0.5), data.get("marker_threshold", 0.35),
                   data.get("meta"))

    def prob(self, feats: Iterable[str]) -> float:
        get = self.weights.get
        z = sum(get(f, 0.0) for f in set(feats))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# ----------------------------------------------------------------------------------------------
# Span extraction over the parse.
# ----------------------------------------------------------------------------------------------


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop punctuation and dangling conjunctions/markers at both ends of a span."""
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "mark") or tokens[0].lower_ in
                      ("and", "but", "which", "that", "then", "so")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc",) or tokens[-1].lower_ in
                      ("and", "but")):
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


def _cause_of_subject(subj: Token) -> tuple[int, int]:
    if subj.lower_ in _REL_PRONOUNS and subj.head.dep_ == "relcl":
        return _noun_phrase(subj.head.head)
    return _subtree_range(subj)


class Extractor:
    """Finds (cause, effect, polarity, signal) spans in one parsed sentence by general rules."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def blocked(self, sent: Span) -> bool:
        """True when the sentence denies or concedes rather than asserts causation: a concessive
        marker ("despite X, Y") or a causal marker under negation ("did not break down due to X").
        Such a sentence gets no clause-split claim; only an explicit, non-negated marker can speak."""
        lex = self.lex
        words = [t.lower_ for t in sent]
        for i, tok in enumerate(sent):
            w = words[i]
            if w in lex.concessive and Lexicon.match(lex.concessive, words, i):
                return True
            if w in lex.connectives and Lexicon.match(lex.connectives, words, i):
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
                phrase = Lexicon.match(lex.connectives, words, i)
                if phrase:
                    self._connective(sent, i, len(phrase), found)
                    continue
            if w in lex.purpose:
                phrase = Lexicon.match(lex.purpose, words, i)
                if phrase:
                    self._purpose(sent, i, len(phrase), found)
                    continue
            if w in lex.forward:
                phrase = Lexicon.match(lex.forward, words, i)
                if phrase and (w != "so" or (i > 0 and words[i - 1] in (",", ";")
                                             and i + 1 < len(words) and words[i + 1] not in ("that", "far"))):
                    self._forward(sent, i, len(phrase), found)
                    continue
            if w in lex.subordinators and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
                self._subordinate(sent, tok, found)
                continue
            if tok.pos_ == "VERB" and tok.lemma_ in lex.verbs:
                self._verb(sent, tok, lex.verbs[tok.lemma_], found)
        return found

    # each rule appends dicts with token index ranges; offsets are made in one place (_claim)

    def _claim(self, found: list[dict[str, Any]], sent: Span, cause: list[Token], effect: list[Token],
               signal: list[Token], polarity: str, anchor: Token | None = None) -> None:
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
        found.append({
            "cause": doc.text[c0:c1], "effect": doc.text[e0:e1], "polarity": polarity, "hedged": hedged,
            "signal": " ".join(t.text for t in signal),
            "start": sent.start_char, "end": sent.end_char,
            "cause_start": c0, "cause_end": c1, "effect_start": e0, "effect_end": e1,
        })

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
            effect = _span_tokens(doc, v0, first.i, skip)
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
        # effect: the preposition's object (lead to X), else object-like complements
        effect_toks: list[Token] = []
        kids = list(verb.children)
        if prep:
            preps = [c for c in kids if c.dep_ in ("prep", "dative") and c.lower_ == prep]
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
            comps = [c for c in kids if c.i > verb.i and (c.dep_ in _CLAUSE_DEPS or
                                                          (needs_prep and c.dep_ == "prep"))]
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
            cause_toks = _span_tokens(doc, *_cause_of_subject(subj))
            if spec.get("reverse"):  # "tensions stem from X": subject is the effect
                cause_toks, effect_toks = effect_toks, cause_toks
        elif verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "acl", "xcomp", "dep"):
            head = verb.head
            h0, _ = _subtree_range(head)
            cause_toks = _span_tokens(doc, h0, verb.left_edge.i)
            if head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "acl":
                cause_toks = _span_tokens(doc, *_noun_phrase(head))
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


    def fallback(self, sent: Span) -> list[dict[str, Any]]:
        """A pair for a sentence the classifier finds causal but no marker rule covers: split it at
        its clause structure, the way the Causal News Corpus annotates implicit causation
        (a temporal/conditional clause causes the main clause; a trailing participle clause is the
        main clause's effect; a purpose "to ..." clause motivates the main clause)."""
        doc = sent.doc
        root = sent.root
        found: list[dict[str, Any]] = []
        r0, r1 = _subtree_range(root)
        for child in root.children:
            if child.dep_ != "advcl":
                continue
            a0, a1 = _subtree_range(child)
            marks = [c for c in child.children if c.dep_ in ("mark", "advmod") and c.i < child.i]
            rest = _span_tokens(doc, r0, r1, set(range(a0, a1))) if a0 > r0 else _span_tokens(doc, a1, r1)
            if marks:
                self._claim(found, sent, _span_tokens(doc, marks[0].i + 1, a1), rest, [marks[0]], "+", root)
            elif child.tag_ == "VBG" and child.i > root.i:
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
        subj = _subject(root) if root.pos_ in ("VERB", "AUX") else None
        if subj is not None and subj.i < root.i:  # last resort: subject acts, predicate is the outcome
            s0, s1 = _subtree_range(subj)
            self._claim(found, sent, _span_tokens(doc, s0, s1), _span_tokens(doc, s1, r1), [root], "+", root)
        return found


class CausalExtractor:
    """The spaCy component: classify each sentence, extract pairs from causal ones."""

    def __init__(self, nlp: Language, name: str, data_path: str = "") -> None:
        self.name = name
        self.from_disk(data_path or DATA_DIR)

    def from_disk(self, path: Path | str, *, exclude: Iterable[str] = ()) -> CausalExtractor:
        self.lexicon = load_lexicon(path)
        self.classifier = Classifier.load(path)
        self.extractor = Extractor(self.lexicon)
        return self

    def to_disk(self, path: Path | str, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to write: the component's data lives in the packaged data directory."""

    def sentence_prob(self, sent: Span) -> float:
        return self.classifier.prob(sentence_features(sent, self.lexicon))

    def __call__(self, doc: Doc) -> Doc:
        claims: list[dict[str, Any]] = []
        clf = self.classifier
        for sent in doc.sents:
            if len(sent) < 4:
                continue
            p = clf.prob(sentence_features(sent, self.lexicon))
            if p < clf.marker_threshold:
                continue
            found = self.extractor.extract(sent)  # explicit markers: the lower threshold suffices
            if not found and p >= clf.threshold and not self.extractor.blocked(sent):
                found = self.extractor.fallback(sent)
                for claim in found:
                    claim["implicit"] = True  # no marker: the pair is the clause split, the claim the model's
            seen: set[tuple[int, int, int, int]] = set()
            for claim in found:
                key = (claim["cause_start"], claim["cause_end"], claim["effect_start"], claim["effect_end"])
                if key in seen:
                    continue
                seen.add(key)
                claim["prob"] = round(p, 4)
                claims.append(claim)
        doc._.causal = claims
        return doc


@Language.factory("causal_extractor", default_config={"data_path": ""})
def make_causal_extractor(nlp: Language, name: str, data_path: str) -> CausalExtractor:
    return CausalExtractor(nlp, name, data_path)
