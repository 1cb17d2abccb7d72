"""Cleaning scraped article text while keeping every character traceable to the raw input.

The rules are data (``detente/data/ingest/cleaning.yml``); this module only knows how to apply the
four kinds of rule: truncate the article, drop a block, drop a line, insert a missing space, plus
one-for-one character replacements and whitespace collapsing, and, in a document written in pre-tokenised
(Penn-Treebank) style only, the normal spacing of its punctuation, clitics, brackets, quotes and hyphens
(:class:`TokenizedSpacing`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from detente.ingest.offsets import MappedText
from detente.ingest.segment import spaced_numbers
from detente.paths import data_file

DEFAULT_RULES = "cleaning.yml"


@dataclass
class TokenizedSpacing:
    """Normal spacing for a document written pre-tokenised ("Turkey 's army would n't leave , officials said .",
    "( AFP )", "-LRB-", "`` quoted ''", "a two - year deal"), which spaCy parses worse than the same text written
    normally. ``fires`` decides on the whole document: at least ``min_marks`` spaced marks, and more than
    ``min_share`` of its spaced and attached marks together, so ordinary prose ("said," "left.") never fires.
    Rules in ``cleaning.yml`` (``tokenized_spacing``); issue 14, session 36, spacing1."""

    spaced_marks: re.Pattern[str]
    attached_marks: re.Pattern[str]
    min_marks: int = 1
    min_share: float = 0.5
    tokens: dict[str, str] = field(default_factory=dict)
    drop_space: list[re.Pattern[str]] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TokenizedSpacing:
        return cls(
            spaced_marks=re.compile(data["spaced_marks"]),
            attached_marks=re.compile(data["attached_marks"]),
            min_marks=int(data.get("min_marks", 1)),
            min_share=float(data.get("min_share", 0.5)),
            tokens=dict(data.get("tokens", {}) or {}),
            drop_space=[re.compile(p) for p in data.get("drop_space", [])],
        )

    def fires(self, text: str) -> bool:
        spaced = sum(1 for _ in self.spaced_marks.finditer(text))
        if spaced < self.min_marks:
            return False
        attached = sum(1 for _ in self.attached_marks.finditer(text))
        return spaced > self.min_share * (spaced + attached)

    def token_edits(self, text: str) -> list[tuple[int, int, str]]:
        """Treebank tokens ("-LRB-", "``", "''") replaced by the characters they stand for."""
        if not self.tokens:
            return []
        pattern = re.compile("|".join(re.escape(t) for t in sorted(self.tokens, key=len, reverse=True)))
        return [(m.start(), m.end(), self.tokens[m.group()]) for m in pattern.finditer(text)]

    def space_edits(self, text: str) -> list[tuple[int, int, str]]:
        """Deletions of the spaces that pre-tokenised text puts inside a written word or before / after a mark."""
        drop: set[int] = set()
        pos = 0
        for line in text.split("\n"):
            # standalone straight double quotes, paired in order: an opening one joins the next word, a closing
            # one the word before; with an odd count the line is left alone (an opening and a closing one can't
            # be told apart)
            quotes = [m.start() for m in re.finditer(r'(?:(?<= )|^)"(?= |$)', line)]
            if len(quotes) % 2 == 0:
                for k, q in enumerate(quotes):
                    gap = q + 1 if k % 2 == 0 else q - 1
                    if 0 <= gap < len(line) and line[gap] == " ":
                        drop.add(pos + gap)
            pos += len(line) + 1
        for start, end in spaced_numbers(text):  # "1 , 044", "22 . 5": one number, as segment.py reads it
            drop.update(i for i in range(start, end) if text[i] == " ")
        for pattern in self.drop_space:
            for m in pattern.finditer(text):
                drop.update(m.start(g) for g in range(1, (pattern.groups or 0) + 1) if m.start(g) >= 0)
        return [(i, i + 1, "") for i in sorted(drop) if text[i] == " "]


@dataclass
class CleaningRules:
    truncate_at: list[re.Pattern[str]] = field(default_factory=list)
    drop_block: list[tuple[re.Pattern[str], re.Pattern[str]]] = field(default_factory=list)
    drop_line: list[re.Pattern[str]] = field(default_factory=list)
    insert_space: list[re.Pattern[str]] = field(default_factory=list)
    replace_chars: dict[str, str] = field(default_factory=dict)
    collapse_spaces: bool = True
    max_blank_lines: int = 1
    tokenized_spacing: TokenizedSpacing | None = None

    @classmethod
    def from_disk(cls, path: str | Path) -> CleaningRules:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        replace = data.get("replace_chars", {}) or {}
        for k, v in replace.items():
            if len(k) != 1 or len(v) != 1:
                raise ValueError(f"{path}: replace_chars must map one character to one: {k!r} -> {v!r}")
        return cls(
            truncate_at=[re.compile(p) for p in data.get("truncate_at", [])],
            drop_block=[(re.compile(b["heading"]), re.compile(b["continues"])) for b in data.get("drop_block", [])],
            drop_line=[re.compile(p) for p in data.get("drop_line", [])],
            insert_space=[re.compile(p) for p in data.get("insert_space", [])],
            replace_chars=replace,
            collapse_spaces=bool(data.get("collapse_spaces", True)),
            max_blank_lines=int(data.get("max_blank_lines", 1)),
            tokenized_spacing=TokenizedSpacing.from_dict(data["tokenized_spacing"])
            if data.get("tokenized_spacing")
            else None,
        )


@lru_cache(maxsize=8)
def load_rules(path: str | None = None) -> CleaningRules:
    if path:
        return CleaningRules.from_disk(path)
    return CleaningRules.from_disk(data_file("ingest", DEFAULT_RULES))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _debris_edits(text: str, rules: CleaningRules) -> list[tuple[int, int, str]]:
    """Deletions for debris lines, blocks and the tail after a truncation marker."""
    edits: list[tuple[int, int, str]] = []
    lines = _lines(text)
    in_block: re.Pattern[str] | None = None
    for s, e in lines:
        stripped = text[s:e].strip()
        whole = (s, min(e + 1, len(text)), "")  # the line and its newline
        if any(p.search(stripped) for p in rules.truncate_at):
            edits.append((s, len(text), ""))
            break
        if in_block is not None:
            if in_block.match(text[s:e]) or in_block.match(stripped):
                edits.append(whole)
                continue
            in_block = None
        block = next((c for h, c in rules.drop_block if h.search(stripped)), None)
        if block is not None:
            in_block = block
            edits.append(whole)
            continue
        if stripped and any(p.search(stripped) for p in rules.drop_line):
            edits.append(whole)
    return edits


def _space_edits(text: str, rules: CleaningRules) -> list[tuple[int, int, str]]:
    edits: dict[int, tuple[int, int, str]] = {}
    for pattern in rules.insert_space:
        for m in pattern.finditer(text):
            edits[m.end()] = (m.end(), m.end(), " ")
    return list(edits.values())


_SPACES = re.compile(r"[ ]{2,}")
_TRAILING = re.compile(r"[ ]+(?=\n)|(?<=\n)[ ]+")


def _whitespace_edits(text: str, rules: CleaningRules) -> list[tuple[int, int, str]]:
    edits = []
    if rules.collapse_spaces:
        edits += [(m.start() + 1, m.end(), "") for m in _SPACES.finditer(text)]
        edits += [(m.start(), m.end(), "") for m in _TRAILING.finditer(text)]
    keep = rules.max_blank_lines + 1
    blank_run = re.compile(r"\n{" + str(keep + 1) + ",}")
    edits += [(m.start() + keep, m.end(), "") for m in blank_run.finditer(text)]
    return edits


def clean(raw: str, rules: CleaningRules | None = None) -> MappedText:
    """Clean ``raw`` and return the cleaned text with its map back to ``raw``."""
    rules = rules or load_rules()
    doc = MappedText.identity(raw)
    if "\r" in raw:  # Windows/Mac line ends become \n, offsets kept
        doc = doc.edit((m.start(), m.end(), "\n") for m in re.finditer(r"\r\n?", raw))
    if rules.replace_chars:
        table = str.maketrans(rules.replace_chars)
        doc = MappedText(doc.text.translate(table), doc.to_raw)
    doc = doc.edit(_debris_edits(doc.text, rules))
    doc = doc.edit(_space_edits(doc.text, rules))
    doc = doc.edit(_whitespace_edits(doc.text, rules))
    spacing = rules.tokenized_spacing
    if spacing is not None and spacing.fires(doc.text):  # pre-tokenised text: normal spacing, offsets kept
        # a token as written in the raw text only: "’’" (two typographic apostrophes, "''" by now) stays as it is
        tokens = [
            (s, e, r)
            for s, e, r in spacing.token_edits(doc.text)
            if raw[doc.to_raw[s] : doc.to_raw[e - 1] + 1] == doc.text[s:e]
        ]
        doc = doc.edit(tokens)
        doc = doc.edit(spacing.space_edits(doc.text))
    # leading/trailing whitespace of the whole document
    stripped_start = len(doc.text) - len(doc.text.lstrip())
    stripped_end = len(doc.text.rstrip())
    return doc.edit([(0, stripped_start, ""), (stripped_end, len(doc.text), "")])
