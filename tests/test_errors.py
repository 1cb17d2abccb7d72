"""One error map for both shells (``detente.api.errors``): each handled exception has one HTTP status and one
CLI exit code, and every CLI command ends a handled error with one ``error:`` line and that code, without
going through ``main`` (so the map holds for each command, not only for the script)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.api.errors import HANDLED, outcome
from detente.cli.main import app as cli_app
from detente.nlp.lexicons import LexiconError
from detente.reference.errors import UsageError
from detente.store.db import MissingStoreError, StoreError, connect

SRC = Path(__file__).resolve().parent.parent / "src" / "detente"


def raised(call: object) -> Exception:
    try:
        call()  # type: ignore[operator]
    except Exception as exc:
        return exc
    raise AssertionError("nothing raised")


def test_each_error_has_one_status_and_one_exit_code(tmp_path: Path) -> None:
    missing = raised(lambda: connect(tmp_path / "typo.duckdb", read_only=True))
    no_folder = raised(lambda: connect(tmp_path / "no" / "such" / "x.duckdb"))
    assert isinstance(missing, MissingStoreError) and type(no_folder) is StoreError
    cases = [
        (missing, 503, 2),  # a typo'd --db is the user's mistake; for a server its store has gone
        (no_folder, 503, 1),
        (ValueError("bad dyad"), 400, 2),  # how api functions reject an argument
        (UsageError("-o x: is a folder"), 400, 2),
        (LexiconError("events.yml: hedges.vebrs: unknown key"), 400, 2),
    ]
    for exc, status, code in cases:
        found = outcome(exc)
        assert (found.http_status, found.exit_code, found.message) == (status, code, str(exc)), exc
    # a store error's message names files: the client gets a generic detail, the server log the message
    assert str(tmp_path) in outcome(no_folder).message and str(tmp_path) not in outcome(no_folder).detail
    assert outcome(no_folder).log and not outcome(ValueError("x")).log
    with pytest.raises(TypeError):
        outcome(KeyError("not handled: a bug keeps its traceback"))


@pytest.mark.parametrize(
    "args",
    [
        ["events"],
        ["index"],
        ["timeline"],
        ["dyads"],
        ["claims"],
        ["stats"],
        ["compare", "a", "b"],
        ["map"],
        ["remove", "x"],
        ["report", "-o", "__OUT__"],
    ],
    ids=lambda a: a[0],
)
def test_a_missing_store_is_one_line_and_exit_2_in_every_command(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "typo.duckdb"
    args = [a.replace("__OUT__", str(tmp_path / "r.html")) for a in args]
    result = CliRunner().invoke(cli_app, [*args, "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and result.output.startswith("error: ") and "typo.duckdb" in result.output
    assert not db.exists()


def test_an_unwritable_store_is_one_line_and_exit_1(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Russia and the United States met in Geneva.", encoding="utf-8")
    result = CliRunner().invoke(cli_app, ["ingest", str(article), "-q", "--db", str(tmp_path / "no" / "x.duckdb")])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("error: ") and "does not exist" in result.output


def _names(node: ast.AST | None) -> set[str]:
    return (
        {n.id if isinstance(n, ast.Name) else n.attr for n in ast.walk(node) if isinstance(n, ast.Name | ast.Attribute)}
        if node
        else set()
    )


def test_the_shells_map_no_error_by_hand() -> None:
    """cli/ and web/ register the map's classes and ask ``outcome``: no handler or ``except`` of their own
    turns a store or value error into a status or an exit code (the copies that used to be in every command)."""
    errors = {c.__name__ for c in HANDLED} | {"StoreError", "MissingStoreError", "UsageError"}
    ends = {"Exit", "exit", "_usage", "JSONResponse", "HTTPException"}
    found = []
    for path in [*(SRC / "cli").rglob("*.py"), *(SRC / "web").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ExceptHandler) and _names(node.type) & errors:
                if set().union(*(_names(b) for b in node.body)) & ends:
                    found.append(f"{path.relative_to(SRC)}:{node.lineno}: except {ast.unparse(node.type)}")
            elif isinstance(node, ast.Call) and any(n.endswith("exception_handler") for n in _names(node.func)):
                if _names(node.args[0] if node.args else None) & errors:
                    found.append(f"{path.relative_to(SRC)}:{node.lineno}: a handler of its own")
    assert not found, found
