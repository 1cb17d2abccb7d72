"""A spaCy ``Matcher`` of word-phrase patterns run only over the stretches of a Doc where they can match.

spaCy's Matcher tries every pattern at every token, so its cost is tokens x patterns: the framing lexicon's
~300 phrase patterns made it the largest of our stages' own costs (docs/scaling.md). A phrase pattern built
from ``LOWER`` / ``ORTH`` values (a string or ``{"IN": [...]}``), optional ``IS_SPACE`` runs and ``OP``s can
only match tokens whose lower-case form or text is one of its words, or whitespace tokens. So the Doc is cut
into maximal runs of such tokens; the matcher runs on each run that holds a possible first word (a Span, so
the offsets are the run's), and nothing else can hold a match.

The result is the full Matcher's, order included: no match crosses a run's edge, so a key's greedy filter
keeps the same matches run by run as over the whole Doc, and the Matcher lists keys in the order their first
match is found (the scan goes left to right, run after run), each key's matches by length, longest first,
then by start. Patterns of any other shape (another attribute, an operator on the first token, a
non-greedy key) turn the pre-filter off: the plain Matcher runs, as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

_KEYS = {"LOWER", "ORTH", "IS_SPACE", "OP"}


def _values(value: Any) -> list[str] | None:
    """The words a ``LOWER``/``ORTH`` value accepts: a string, or ``{"IN": [...]}``; None for anything else."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return list(value["IN"])
    return None


class PhraseRunMatcher:
    """``Matcher`` with greedy="LONGEST" keys, called like one (``matcher(doc)``), run over word runs only."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        self.prefilter = True  # False once a pattern the run rule cannot describe was added
        self.words: dict[int, set[int]] = {LOWER: set(), ORTH: set()}  # every word of every pattern (hashes)
        self.firsts: dict[int, set[int]] = {LOWER: set(), ORTH: set()}  # the words a match can start with

    def __len__(self) -> int:
        return len(self.matcher)

    def get(self, key: str) -> Any:
        return self.matcher.get(key)

    def add(self, key: str, patterns: Iterable[list[dict[str, Any]]], greedy: str | None = "LONGEST") -> None:
        patterns = list(patterns)
        self.matcher.add(key, patterns, greedy=greedy)
        if greedy != "LONGEST":
            self.prefilter = False
        for pattern in patterns:
            self._note(pattern)

    def _note(self, pattern: list[dict[str, Any]]) -> None:
        """Record a pattern's words, or turn the pre-filter off when it is not a plain phrase pattern."""
        if not pattern or "OP" in pattern[0] or "IS_SPACE" in pattern[0]:
            self.prefilter = False
            return
        for n, element in enumerate(pattern):
            if not set(element) <= _KEYS:
                self.prefilter = False
                return
            if "IS_SPACE" in element:
                if element["IS_SPACE"] is not True or len(element) != 2 or element.get("OP") not in ("*", "?"):
                    self.prefilter = False
                    return
                continue
            attrs = [(attr, _values(element[attr])) for attr in ("LOWER", "ORTH") if attr in element]
            if len(attrs) != 1 or attrs[0][1] is None:
                self.prefilter = False
                return
            attr_name, words = attrs[0]
            attr = LOWER if attr_name == "LOWER" else ORTH
            hashes = {self.vocab.strings.add(w) for w in words or []}
            self.words[attr] |= hashes
            if n == 0:
                self.firsts[attr] |= hashes

    def runs(self, doc: Doc) -> list[tuple[int, int]]:
        """The maximal runs of tokens a pattern may use that hold a token a match may start with."""
        out: list[tuple[int, int]] = []
        if not len(doc):
            return out
        lower_words, orth_words = self.words[LOWER], self.words[ORTH]
        lower_firsts, orth_firsts = self.firsts[LOWER], self.firsts[ORTH]
        start, has_first = -1, False
        for i, (lower, orth, space) in enumerate(doc.to_array([LOWER, ORTH, IS_SPACE]).tolist()):
            first = lower in lower_firsts or orth in orth_firsts
            if first or space or lower in lower_words or orth in orth_words:
                if start < 0:
                    start, has_first = i, False
                has_first = has_first or first
                continue
            if start >= 0 and has_first:
                out.append((start, i))
            start = -1
        if start >= 0 and has_first:
            out.append((start, len(doc)))
        return out

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self.prefilter:
            return list(self.matcher(doc))
        by_key: dict[int, list[tuple[int, int]]] = {}
        for a, b in self.runs(doc):
            for key, start, end in self.matcher(doc[a:b]):
                by_key.setdefault(key, []).append((start + a, end + a))
        out: list[tuple[int, int, int]] = []
        for key, pairs in by_key.items():
            pairs.sort(key=lambda x: (x[1] - x[0], -x[0]), reverse=True)  # the Matcher's greedy order
            out += [(key, start, end) for start, end in pairs]
        return out
