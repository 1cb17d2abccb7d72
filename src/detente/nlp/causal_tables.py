"""Causal claims read from markdown/pipe tables whose header reads cause -> effect -> outcome."""

from __future__ import annotations

import re
from typing import Any

from detente.nlp.causal_hits import causal_hit
from detente.nlp.causal_markers import MarkerLexicon

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
                    row = (lead, lead + len(body))
                    hit = causal_hit(
                        text[c0:c1], text[e0:e1], "+", hedges[i + 1], "table", row, (c0, c1), (e0, e1), resolved=True
                    )
                    claims.append(hit | {"prob": 1.0, "table": True})
    return claims, lines
