"""One definition each (session 20, records1): the CLI's repeated options are one object each, and rules 31 and 37
share one step. Nothing of the output moves.

Example sentences are our own constructions, none copied from an evaluation set.
"""

from __future__ import annotations

import inspect

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from detente.cli import main as cli

from .event_sentences import asserted


def test_cli_shares_its_repeated_options() -> None:
    params = {name: inspect.signature(getattr(cli, name)).parameters for name in ("ingest", "analyze", "forecast")}
    assert params["ingest"]["paths"].default is params["analyze"]["paths"].default is cli.PathsArgument
    assert {p["quiet"].default for p in params.values()} == {cli.QuietOption}
    assert inspect.signature(cli.index).parameters["directed"].default is cli.DirectedOption
    assert params["forecast"]["directed"].default is cli.DirectedOption
    helped = CliRunner().invoke(cli.app, ["ingest", "--help"], env={"COLUMNS": "120"})
    assert "no progress bar" in helped.output and "files or folders of .txt .md .html .jsonl" in helped.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 31: a passive removal takes the country it is from as its source
        ("The Bolivian consul was expelled from Chile on Tuesday .", ("CHL", "BOL")),
        # rule 37: a passive custody verb takes the place it happens in as its source
        ("Two Danish sailors were detained in Yemen .", ("YEM", "DNK")),
    ],
)
def test_passive_place_source_rules(rules_nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(s, t) for s, t, _ in asserted(rules_nlp, text)}
