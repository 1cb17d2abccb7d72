"""Each module-level constant of ``src/detente`` is bound once.

Two helpers once gave a new frozenset the name of an older one in the same module (``INFINITIVE_NAME_DEPS`` in
``nlp/events/parse_repair.py``, session 29): Python rebinds the name silently, the older rule read the newer set,
and "pledged aid to ukraine" lost its recipient. ruff's F811 covers functions and imports, not constants.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "detente"


def constant_names(module: ast.Module) -> Counter[str]:
    """How often each upper-case name is bound by a top-level assignment of ``module``."""
    names: Counter[str] = Counter()
    for node in module.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper())
    return names


def test_the_check_sees_a_rebound_constant() -> None:
    names = constant_names(ast.parse('A_DEPS = frozenset({"x"})\nB = 1\nA_DEPS = frozenset({"y"})\n'))
    assert names["A_DEPS"] == 2 and names["B"] == 1


def test_no_module_binds_a_constant_twice() -> None:
    twice = {
        f"{path.relative_to(SRC)}: {name}"
        for path in sorted(SRC.rglob("*.py"))
        for name, count in constant_names(ast.parse(path.read_text(encoding="utf-8"))).items()
        if count > 1
    }
    assert not twice, sorted(twice)
