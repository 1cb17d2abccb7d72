"""The actor resolver reads the mediation words of the event coder's own patterns file (issue 14, session 22).

Rule 100 keeps "Egyptian" as an actor in "Egyptian-brokered talks" because "broker" is one of the events lexicon's
`mediating_verbs`. Before, the resolver read the packaged event_patterns.yml whatever file the coder was configured
with; ``build_pipeline`` now passes the coder's ``patterns_path`` to the resolver (config ``event_patterns``), so a
user lexicon that drops a verb drops it for both stages. Real spaCy model, real files; the sentence is our own.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from detente.nlp.events.lexicon import DEFAULT_PATTERNS
from detente.nlp.pipeline import build_pipeline

TEXT = "Egyptian-brokered talks between Israel and Hamas resumed on Monday ."


def _mentions(patterns: Path | None) -> list[str]:
    config = {"event_coder": {"patterns_path": str(patterns), "learned": False}} if patterns else {}
    nlp = build_pipeline(stages=("actor_resolver", "event_coder"), config=config)
    doc = nlp(TEXT)
    return [span.text for span in doc.spans["actors"]]


def _without_broker(tmp_path: Path) -> Path:
    data = yaml.safe_load(DEFAULT_PATTERNS.read_text(encoding="utf-8"))
    found = False

    def drop(node: object) -> None:
        nonlocal found
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "mediating_verbs":
                    node[key] = [v for v in value if v != "broker"]
                    found = True
                else:
                    drop(value)
        elif isinstance(node, list):
            for item in node:
                drop(item)

    drop(data)
    assert found, "event_patterns.yml has no mediating_verbs"
    path = tmp_path / "event_patterns.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_packaged_patterns_keep_the_mediator() -> None:
    assert "Egyptian" in _mentions(None)


def test_coder_patterns_reach_the_resolver(tmp_path: Path) -> None:
    patterns = _without_broker(tmp_path)
    mentions = _mentions(patterns)
    assert "Egyptian" not in mentions  # "broker" is no mediation word in this lexicon: a backer, as "UN-brokered"
    assert {"Israel", "Hamas"} <= set(mentions)


def test_explicit_resolver_setting_wins(tmp_path: Path) -> None:
    patterns = _without_broker(tmp_path)
    nlp = build_pipeline(
        stages=("actor_resolver",),
        config={"actor_resolver": {"event_patterns": str(patterns)}},
    )
    doc = nlp(TEXT)
    assert "Egyptian" not in [span.text for span in doc.spans["actors"]]
