"""One spaCy pipeline: the English model plus our registered stages, in the order of the flow.

    actor_resolver -> event_coder -> causal_extractor -> framing_tagger

Each stage is a spaCy component in its own module (factory + config + data files under
``detente/data``). Importing the module registers its factory.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp import extensions  # noqa: F401  (registers Doc/Span attributes)
from detente.nlp.model import load_model

STAGES: tuple[str, ...] = ("actor_resolver", "event_coder", "causal_extractor", "framing_tagger")


def _register(stage: str) -> bool:
    try:
        importlib.import_module(f"detente.nlp.{stage}")
    except ModuleNotFoundError as exc:  # a stage not built yet is skipped, not faked
        if exc.name == f"detente.nlp.{stage}":
            return False
        raise
    return True


def build_pipeline(
    model: str | None = None,
    stages: Iterable[str] = STAGES,
    config: dict[str, dict[str, Any]] | None = None,
) -> Language:
    """The English model with our stages appended. ``config`` maps stage name -> component config."""
    nlp = load_model(model)
    config = config or {}
    for stage in stages:
        if _register(stage):
            nlp.add_pipe(stage, config=config.get(stage, {}))
    return nlp


def run(
    nlp: Language,
    items: Iterable[tuple[str, str | None]],
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[Doc]:
    """Run the pipeline over ``(text, published_iso_date_or_None)`` pairs, in order, batched."""

    def docs() -> Iterator[Doc]:
        for text, published in items:
            doc = nlp.make_doc(text)
            doc._.published = published
            yield doc

    yield from nlp.pipe(docs(), batch_size=batch_size, n_process=n_process)
