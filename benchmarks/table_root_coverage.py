"""How many rows of our invented-sentence tables expect each CAMEO root (issue 14, session 40, branch roots6).

The graders score held-out text by CAMEO root, and our tables cover some roots far more than others. This reads
every ``tests/test_*.py`` file as source (nothing is imported or run), finds the table rows written as
``(text, {(source, target, code), ...})`` -- a set literal of three-string tuples, ``set()``, a call of the
``both(a, b, code)`` helper, or a ``|`` union of these -- and prints, per CAMEO root 01-20, the rows that expect an
event of that root (a row counts once per root it expects), the expected events of that root, and the files that
hold such rows. Rows that expect no event are counted apart. Rows whose second field is anything else (a list of
pairs, a code string, a name the row does not spell out) are not read.

Usage:
    .venv/bin/python benchmarks/table_root_coverage.py            # the root -> rows table
    .venv/bin/python benchmarks/table_root_coverage.py --codes    # and the full codes under each root
"""

from __future__ import annotations

import argparse
import ast
from collections import Counter, defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent / "tests"

ROOT_NAMES = {
    "01": "make public statement",
    "02": "appeal",
    "03": "express intent to cooperate",
    "04": "consult",
    "05": "engage in diplomatic cooperation",
    "06": "engage in material cooperation",
    "07": "provide aid",
    "08": "yield",
    "09": "investigate",
    "10": "demand",
    "11": "disapprove",
    "12": "reject",
    "13": "threaten",
    "14": "protest",
    "15": "exhibit military posture",
    "16": "reduce relations",
    "17": "coerce",
    "18": "assault",
    "19": "fight",
    "20": "use unconventional mass violence",
}

Triple = tuple[str, str, str]


def _string(node: ast.expr) -> str | None:
    """The value of a string literal (implicitly concatenated literals are one Constant), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _events(node: ast.expr) -> set[Triple] | None:
    """The expected events ``node`` spells out, or None when it is not an event set this script can read."""
    if isinstance(node, ast.Set):
        out: set[Triple] = set()
        for elt in node.elts:
            if not (isinstance(elt, ast.Tuple) and len(elt.elts) == 3):
                return None
            parts = [_string(e) for e in elt.elts]
            if any(p is None for p in parts):
                return None
            out.add((str(parts[0]), str(parts[1]), str(parts[2])))
        return out
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        if node.func.id == "set" and not node.args and not node.keywords:
            return set()
        if node.func.id == "both" and len(node.args) == 3:
            a, b, code = (_string(e) for e in node.args)
            if a is None or b is None or code is None:
                return None
            return {(a, b, code), (b, a, code)}
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _events(node.left), _events(node.right)
        if left is None or right is None:
            return None
        return left | right
    return None


def table_rows(path: Path) -> list[tuple[str, set[Triple]]]:
    """The ``(text, events)`` rows of one test file, in source order."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    rows: list[tuple[str, set[Triple]]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Tuple) and len(node.elts) >= 2):
            continue
        text = _string(node.elts[0])
        if text is None:
            continue
        events = _events(node.elts[1])
        if events is None:
            continue
        rows.append((text, events))
    return rows


def root_of(code: str) -> str | None:
    """The CAMEO root 01-20 of a code written as digits, else None."""
    if len(code) >= 2 and code[:2].isdigit() and code[:2] in ROOT_NAMES:
        return code[:2]
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--codes", action="store_true", help="also list the full codes under each root")
    parser.add_argument("--tests", type=Path, default=TESTS, help="the folder of test files")
    args = parser.parse_args()

    row_count: Counter[str] = Counter()
    event_count: Counter[str] = Counter()
    files: dict[str, set[str]] = defaultdict(set)
    codes: dict[str, Counter[str]] = defaultdict(Counter)
    empty = total = 0
    n_files = 0
    for path in sorted(args.tests.glob("test_*.py")):
        rows = table_rows(path)
        if rows:
            n_files += 1
        for _text, events in rows:
            total += 1
            if not events:
                empty += 1
                continue
            seen: set[str] = set()
            for _s, _t, code in events:
                root = root_of(code)
                if root is None:
                    continue
                event_count[root] += 1
                codes[root][code] += 1
                seen.add(root)
            for root in seen:
                row_count[root] += 1
                files[root].add(path.name)

    print(f"{total} rows in {n_files} files ({empty} expect no event)")
    print(f"{'root':<5} {'rows':>6} {'events':>7} {'files':>6}  name")
    for root in sorted(ROOT_NAMES, key=lambda r: (row_count[r], r)):
        print(f"{root:<5} {row_count[root]:>6} {event_count[root]:>7} {len(files[root]):>6}  {ROOT_NAMES[root]}")
        if args.codes:
            listed = ", ".join(f"{c} {n}" for c, n in sorted(codes[root].items()))
            print(f"      {listed}")


if __name__ == "__main__":
    main()
