"""Text with a map back to the raw input: every character of a cleaned text knows where it came from."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class MappedText:
    """``text`` plus ``to_raw``: ``to_raw[i]`` is the raw offset of ``text[i]``; ``to_raw[len(text)]`` is the
    raw offset just past the end. Characters inserted by cleaning map to the raw offset of the next
    original character, so a span never maps outside the raw text."""

    text: str
    to_raw: list[int] = field(default_factory=list)

    @classmethod
    def identity(cls, raw: str) -> MappedText:
        return cls(raw, list(range(len(raw) + 1)))

    def edit(self, edits: Iterable[tuple[int, int, str]]) -> MappedText:
        """Replace ``text[start:end]`` by ``replacement`` for each non-overlapping edit (any order).
        Kept characters keep their raw offsets; new characters take the raw offset of ``start``."""
        parts: list[str] = []
        mapping: list[int] = []
        pos = 0
        for start, end, replacement in sorted(edits):
            if start < pos:
                continue  # overlapping edit: the earlier one wins
            parts.append(self.text[pos:start])
            mapping.extend(self.to_raw[pos:start])
            if replacement:
                same = len(replacement) == end - start
                parts.append(replacement)
                # a one-for-one replacement keeps each character's own offset
                mapping.extend(self.to_raw[start:end] if same else [self.to_raw[start]] * len(replacement))
            pos = end
        parts.append(self.text[pos:])
        mapping.extend(self.to_raw[pos:])
        return MappedText("".join(parts), mapping)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span ``[s, e)`` that the clean span ``[start, end)`` came from."""
        if end <= start:
            s = self.to_raw[start]
            return s, s
        return self.to_raw[start], self.to_raw[end - 1] + 1

    def to_segments(self) -> list[list[int]]:
        """Compact form: runs ``[clean_start, raw_start, length]`` where offsets advance together."""
        segs: list[list[int]] = []
        for i in range(len(self.text)):
            r = self.to_raw[i]
            if segs and segs[-1][1] + segs[-1][2] == r and segs[-1][0] + segs[-1][2] == i:
                segs[-1][2] += 1
            else:
                segs.append([i, r, 1])
        segs.append([len(self.text), self.to_raw[len(self.text)], 0])
        return segs

    def dumps(self) -> str:
        return json.dumps(self.to_segments(), separators=(",", ":"))

    @classmethod
    def from_segments(cls, text: str, segments: list[list[int]]) -> MappedText:
        to_raw = [0] * (len(text) + 1)
        for clean_start, raw_start, length in segments:
            for k in range(length):
                to_raw[clean_start + k] = raw_start + k
        end = segments[-1] if segments else [len(text), len(text), 0]
        to_raw[len(text)] = end[1]
        return cls(text, to_raw)

    @classmethod
    def loads(cls, text: str, data: str) -> MappedText:
        return cls.from_segments(text, json.loads(data))
