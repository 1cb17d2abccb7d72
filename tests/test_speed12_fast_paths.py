"""Issue 14 item 5 (session 29, speed12): ``WordPiece.words_with_offsets`` reads each character through a table
(``minilm._char_reading``) instead of normalising it anew; its output must equal the per-character reading it
replaced (kept here as the reference) on any text."""

from __future__ import annotations

import random
import unicodedata

from detente.nlp import minilm
from detente.nlp.minilm import WordPiece


def reference(text: str) -> list[tuple[str, int, int]]:
    """The reading before session 29: every character normalised where it stands."""
    chars: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
            continue
        if ch.isspace():
            chars.append((" ", i))
            continue
        for n in unicodedata.normalize("NFD", ch.lower()):
            if unicodedata.category(n) != "Mn":
                chars.append((n, i))
    out: list[tuple[str, int, int]] = []
    word, start, last = "", -1, -1
    for ch, i in chars:
        if ch.isspace() or minilm._is_punct(ch) or minilm._is_cjk(ord(ch)):
            if word:
                out.append((word, start, last + 1))
            word, start = "", -1
            if not ch.isspace():
                out.append((ch, i, i + 1))
        else:
            if not word:
                start = i
            word += ch
        last = i
    if word:
        out.append((word, start, last + 1))
    return out


NEWS = [
    "Zelensky\u2019s caf\u00e9 na\u00efvet\u00e9 \u2014 \u201cwe will not yield,\u201d he said.",
    "\u0130stanbul talks\u00a0resumed; the \ufb01rst round (in \u5317\u4eac) ended\u2026",
    "Control\x1fcharacters\x85and\u200bzero-width\ufffd marks e\u0301 stay\ttabbed\r\nlines.",
    "",
    "   ",
]


def test_table_reading_equals_the_per_character_reading() -> None:
    rng = random.Random(29)
    pool = [chr(c) for c in range(0x3000)] + list("\u00a0\u2019\u201c\u201d\u2014\u0130\ufb01\ufffd\u4e00\U00020000")
    texts = NEWS + ["".join(rng.choice(pool) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    for text in texts:
        assert WordPiece.words_with_offsets(text) == reference(text), repr(text)
