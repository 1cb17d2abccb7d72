"""The import direction of docs/architecture.md, checked on the source: each layer imports only from the
layers above it, and the web app is a shell over ``detente.api`` alone."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "detente"
# what each package may import from detente (besides itself, the top-level package, data paths and the
# shared vocabulary in ``reference``, which every layer may use and which imports none of them)
SHARED = ("paths", "reference", "__version__")
ALLOWED = {
    "reference": set(),
    "ingest": set(),
    "nlp": {"ingest"},
    "store": {"ingest", "nlp"},
    "analysis": {"ingest", "nlp", "store"},
    "scenario": {"ingest", "nlp", "store", "analysis"},
    "api": {"ingest", "nlp", "store", "analysis", "scenario"},
    "cli": {"api", "web"},
    "web": {"api"},
}


def detente_imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every ``detente.*`` import in one file, also those inside functions."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("detente")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("detente") and not node.level:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_each_layer_imports_only_the_layers_above_it(package: str) -> None:
    wrong = []
    for path in sorted((SRC / package).rglob("*.py")):
        for line, module in detente_imports(path):
            parts = module.split(".")
            if len(parts) < 2 or parts[1] == package or (parts[1] in SHARED and package != "reference"):
                continue
            if package == "reference" and parts[1] == "paths":
                continue
            if parts[1] not in ALLOWED[package]:
                wrong.append(f"{path.relative_to(SRC)}:{line}: imports {module}")
    assert not wrong, "\n".join(wrong)


def test_every_package_has_a_layer() -> None:
    packages = {p.name for p in SRC.iterdir() if (p / "__init__.py").exists()}
    assert packages == set(ALLOWED), packages ^ set(ALLOWED)


def test_the_web_app_imports_only_the_api() -> None:
    for path in sorted((SRC / "web").rglob("*.py")):
        modules = {m for _, m in detente_imports(path) if not m.startswith("detente.web")}
        assert all(m in ("detente", "detente.api") or m.startswith("detente.api.") for m in modules), (path, modules)


def test_analysis_does_not_know_scenario() -> None:
    from detente.scenario.strategies import strategy_scenario

    assert callable(strategy_scenario)
    for path in (SRC / "analysis").rglob("*.py"):
        assert not [m for _, m in detente_imports(path) if m.startswith("detente.scenario")], path
