"""Every command of the CLI is documented: the README names it in a section heading and shows it in use
(``detente NAME ...``; in a console block its real output is kept current by ``scripts/update_readme.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import click
from typer.main import get_command

from detente.cli.main import app

README = Path(__file__).resolve().parent.parent / "README.md"


def _command_names() -> list[str]:
    """``import gdelt``, ``map``, ...: every leaf command, groups spelled out."""
    names = []
    for name, command in get_command(app).commands.items():  # type: ignore[attr-defined]
        if isinstance(command, click.Group) or hasattr(command, "commands"):
            names += [f"{name} {sub}" for sub in command.commands]
        else:
            names.append(name)
    return sorted(names)


def test_every_command_is_shown_in_the_readme_and_named_in_a_heading() -> None:
    text = README.read_text(encoding="utf-8")
    headings = " ".join(re.findall(r"^###? (.+)$", text, flags=re.M))
    names = _command_names()
    assert len(names) >= 20
    assert [n for n in names if f"detente {n.split()[0]}" not in text] == [], "commands the README never shows"
    assert [n for n in names if not all(part in headings for part in n.split())] == [], "commands without a section"
    run = {line.split()[2] for line in text.splitlines() if line.startswith("$ detente ")}
    assert len(run) >= len({n.split()[0] for n in names}) - 1  # all but serve run with their real output
