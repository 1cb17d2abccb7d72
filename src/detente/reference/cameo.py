"""CAMEO event codes with Goldstein weights, quad classes and PLOVER categories, read from data.

The codebook facts live in ``detente/data/cameo/cameo.jsonl`` (origin and licence in the README beside
it) so that every component and report looks codes up in one place instead of carrying its own table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detente.paths import data_file

CAMEO_FILE = data_file("cameo", "cameo.jsonl")
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code: description, Goldstein weight, quad class and PLOVER category."""

    code: str
    description: str
    goldstein: float
    quad: int
    plover: str | None
    plover_mode: str | None = None
    plover_context: str | None = None

    @property
    def root(self) -> str:
        return self.code[:2]


# quad class -> the CAMEO roots it covers (first, last): 01–05, 06–09, 10–14, 15–20
QUAD_ROOTS: dict[int, tuple[int, int]] = {1: (1, 5), 2: (6, 9), 3: (10, 14), 4: (15, 20)}


def quad_of(code: str) -> int:
    """Quad class from the root: 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4."""
    n = int(str(code)[:2])
    return next((quad for quad, (_, last) in QUAD_ROOTS.items() if n <= last), 4)


def quad_sql(root: str) -> str:
    """:func:`quad_of` in SQL, over an integer root expression (trusted SQL, never user input); NULL
    outside 01–20."""
    whens = " ".join(
        f"WHEN {root} BETWEEN {first} AND {last} THEN {quad}" for quad, (first, last) in QUAD_ROOTS.items()
    )
    return f"CASE {whens} END"


@lru_cache(maxsize=4)
def load_codes(path: str | None = None) -> dict[str, CameoCode]:
    """All codes from ``cameo.jsonl`` (default: the packaged file), keyed by code string."""
    file = Path(path) if path else CAMEO_FILE
    codes: dict[str, CameoCode] = {}
    with file.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            codes[row["code"]] = CameoCode(
                code=row["code"],
                description=row["description"],
                goldstein=float(row["goldstein"]),
                quad=int(row["quad"]),
                plover=row.get("plover"),
                plover_mode=row.get("plover_mode"),
                plover_context=row.get("plover_context"),
            )
    return codes


def normalise(code: str | int) -> str:
    """A code as the codebook spells it: "4" → "04", 42 → "042" is ambiguous, so ints pad to 2 or 3."""
    text = str(code).strip()
    if len(text) == 1:
        return "0" + text
    return text


def lookup(code: str | int) -> CameoCode:
    """The entry for ``code``, falling back to its parent (e.g. "0423" → "042" → "04"); KeyError if none."""
    codes = load_codes()
    text = normalise(code)
    while text:
        if text in codes:
            return codes[text]
        text = text[:-1] if len(text) > 2 else ""
    raise KeyError(f"unknown CAMEO code: {code!r}")


def is_code(code: str | int) -> bool:
    """Whether ``code`` (or its parent) is in the codebook."""
    try:
        lookup(code)
    except KeyError:
        return False
    return True
