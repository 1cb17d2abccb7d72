"""CAMEO event codes with Goldstein weights, quad classes and PLOVER categories, read from data.

The codebook facts live in ``detente/data/cameo/cameo.jsonl`` (origin and licence in the README beside
it) so that every component and report looks codes up in one place instead of carrying its own table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "cameo"
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


def quad_of(code: str) -> int:
    """Quad class from the root: 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4."""
    n = int(str(code)[:2])
    return 1 if n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4


@lru_cache(maxsize=4)
def load_codes(path: str | None = None) -> dict[str, CameoCode]:
    """All codes from ``cameo.jsonl`` (default: the packaged file), keyed by code string."""
    file = Path(path) if path else DATA_DIR / "cameo.jsonl"
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
