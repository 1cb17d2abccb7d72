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
_PARSE_ATTRS = {"TAG", "POS", "MORPH", "LEMMA", "DEP"}  # what the Matcher checks a Doc has, unless allow_missing


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
        # per first word, the fewest pattern words a match starting with it takes (elements that must match once)
        self.need: dict[int, dict[int, int]] = {LOWER: {}, ORTH: {}}

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
                # "?", "*" and counted operators may take no token: a lower bound, so no run that can match is cut
                need = sum(1 for e in pattern if "IS_SPACE" not in e and e.get("OP") in (None, "+"))
                for h in hashes:
                    self.need[attr][h] = min(self.need[attr].get(h, need), need)

    def runs(self, doc: Doc) -> list[tuple[int, int]]:
        """The maximal runs of tokens a pattern may use that hold a token a match may start with and enough
        pattern words for its shortest pattern, each from its first such token on."""
        out: list[tuple[int, int]] = []
        if not len(doc):
            return out
        lower_words, orth_words = self.words[LOWER], self.words[ORTH]
        lower_firsts, orth_firsts = self.firsts[LOWER], self.firsts[ORTH]
        lower_need, orth_need = self.need[LOWER], self.need[ORTH]
        big = len(doc) + 1
        # start: the run's first token a match may start with (-1 before one); a match starts at such a token,
        # so the run's tokens before it are in no match and the Matcher (its cost is per token) skips them.
        # words: the run's pattern-word tokens so far; reach: the fewest it must hold for some match to fit (a
        # first word at word count c whose shortest pattern takes k words needs c + k); a run short of it is cut
        start, in_run, words, reach = -1, False, 0, big
        for i, (lower, orth, space) in enumerate(doc.to_array([LOWER, ORTH, IS_SPACE]).tolist()):
            first = lower in lower_firsts or orth in orth_firsts
            word = first or lower in lower_words or orth in orth_words
            if word or space:
                if not in_run:
                    start, in_run, words, reach = -1, True, 0, big
                if first:
                    if start < 0:
                        start = i
                    reach = min(reach, words + min(lower_need.get(lower, big), orth_need.get(orth, big)))
                words += word
                continue
            if in_run and start >= 0 and reach <= words:
                out.append((start, i))
            in_run = False
        if in_run and start >= 0 and reach <= words:
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


def _max_repeats(op: Any) -> int | None:
    """How many tokens one pattern element with operator ``op`` can take; None when unbounded."""
    if op is None or op in ("?", "!"):
        return 1
    if not isinstance(op, str) or not (op.startswith("{") and op.endswith("}")):
        return None  # "*", "+" and anything unknown
    bounds = op[1:-1].split(",")
    top = bounds[-1].strip()
    return int(top) if top.isdigit() else None  # "{n}" and "{n,m}", "{,m}"; "{n,}" is unbounded


class WindowMatcher:
    """``Matcher`` over short windows of a Doc: for patterns whose first element is a plain ``LOWER`` word
    (a string or ``{"IN": [...]}``, no operator) and whose every element takes a bounded number of tokens,
    a match starts at a token of one of those first words and spans at most ``width`` tokens (the sum of the
    elements' upper bounds). So the Matcher runs only on the windows ``[i, i + width)`` after such tokens,
    overlapping windows merged, instead of on the whole Doc (it tries every pattern at every token).

    The result is the plain Matcher's, order included: a window holds every token a match from its start
    tokens can use; the patterns' other attributes (``LEMMA``, ``IS_ALPHA``, ``IS_SENT_START``) are the
    tokens' own, the same in a Span as in the Doc; merged windows are disjoint, so no match of one window
    overlaps a match of another and a greedy key's filter keeps the same matches window by window; the
    Matcher lists the non-greedy keys' matches first in the order they are found (left to right, window by
    window), then each greedy key, in the order its first match is found, by length, longest first, then by
    start. Any other pattern shape turns the windows off: the plain Matcher runs."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        self.windows = True  # False once a pattern the window rule cannot describe was added
        self.width = 0
        self.firsts: set[int] = set()  # LOWER hashes a match can start with
        self.greedy: set[int] = set()  # keys with a greedy filter
        # attributes a parse stage sets: a Doc without them goes to the plain Matcher, which says it misses them
        self.needs: set[str] = set()

    def __len__(self) -> int:
        return len(self.matcher)

    def add(self, key: str, patterns: Iterable[list[dict[str, Any]]], greedy: str | None = None) -> None:
        patterns = list(patterns)
        self.matcher.add(key, patterns, greedy=greedy)
        if greedy is not None:
            if greedy != "LONGEST":
                self.windows = False
            self.greedy.add(self.vocab.strings.add(key))
        for pattern in patterns:
            self._note(pattern)

    def _note(self, pattern: list[dict[str, Any]]) -> None:
        self.needs |= {attr for element in pattern for attr in element if attr in _PARSE_ATTRS}
        first = pattern[0] if pattern else {}
        words = _values(first.get("LOWER")) if "OP" not in first else None
        widths = [_max_repeats(element.get("OP")) for element in pattern]
        if words is None or None in widths:
            self.windows = False
            return
        self.firsts |= {self.vocab.strings.add(w) for w in words}
        self.width = max(self.width, sum(w or 0 for w in widths))

    def spans(self, doc: Doc) -> list[tuple[int, int]]:
        """The merged windows ``[start, end)`` where a match may lie, left to right."""
        out: list[tuple[int, int]] = []
        n, width, firsts = len(doc), self.width, self.firsts
        for i, lower in enumerate(doc.to_array(LOWER).tolist()):
            if lower not in firsts:
                continue
            end = min(n, i + width)
            if out and i < out[-1][1]:
                out[-1] = (out[-1][0], end)
            else:
                out.append((i, end))
        return out

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self.windows or not len(self.matcher) or not all(doc.has_annotation(a) for a in self.needs):
            return list(self.matcher(doc))
        plain: list[tuple[int, int, int]] = []
        by_key: dict[int, list[tuple[int, int, int]]] = {}
        for a, b in self.spans(doc):
            for key, start, end in self.matcher(doc[a:b]):
                (by_key.setdefault(key, []) if key in self.greedy else plain).append((key, start + a, end + a))
        # each window's greedy matches come sorted already; across windows, the Matcher's greedy order again
        for matches in by_key.values():
            matches.sort(key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        return plain + [m for matches in by_key.values() for m in matches]
