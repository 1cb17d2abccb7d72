"""The base of our spaCy components: data read from a folder of files, written back the same way.

Every stage (``actor_resolver``, ``event_coder``, ``causal_extractor``, ``framing_tagger``) keeps its
lexicons and weights as files under ``detente/data``. ``nlp.to_disk(path)`` calls each component's
``to_disk(path / name)``, which copies the files the component loaded, under the names its ``load_data``
reads; ``spacy.load(path)`` builds the component from its config and calls ``from_disk(path / name)``, so a
saved pipeline loads the same data and gives the same output (``tests/test_components.py``).

A new stage subclasses :class:`DataComponent` and writes ``load_data`` and ``data_sources``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Self

from spacy.tokens import Doc


class DataComponent:
    """A pipeline component whose state is a folder of data files (see the module docstring)."""

    name: str

    def load_data(self, path: Path) -> None:
        """Read the component's files from ``path`` (a folder, or what the component documents)."""
        raise NotImplementedError

    def data_sources(self) -> dict[str, Path]:
        """The files the component loaded: saved name -> where it was read from."""
        raise NotImplementedError

    # -- spaCy serialization ----------------------------------------------------------------------
    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        self.load_data(Path(path))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        for name, src in self.data_sources().items():
            target = out / name
            if not target.exists() or src.resolve() != target.resolve():
                shutil.copyfile(src, target)

    # -- spaCy entry points -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)
