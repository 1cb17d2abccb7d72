"""The one object that owns what a process loads once and then reuses.

Loading the full pipeline takes seconds and the parse-only model, the MiniLM encoder and the stance parses
are kept for the life of the process; they used to be five module-level caches that nothing could list or
reset. :data:`RUNTIME` holds the pipeline itself and knows every other cache, so a long-running server or a
test can see what is loaded (``loaded()``) and drop it all (``clear()``) in one call.
"""

from __future__ import annotations

from spacy.language import Language

from detente.analysis import stance
from detente.nlp import causal_extractor, model
from detente.nlp.pipeline import build_pipeline


class Runtime:
    """The loaded pipeline and the caches of one process (see the module docstring)."""

    def __init__(self) -> None:
        self._pipeline: Language | None = None

    def pipeline(self) -> Language:
        """The full pipeline (English model + our stages), built on first use."""
        if self._pipeline is None:
            self._pipeline = build_pipeline()
        return self._pipeline

    def parser(self) -> Language:
        """The English model alone (concepts, stance and scenarios parse short texts with it)."""
        return model.cached_model()

    def loaded(self) -> dict[str, int]:
        """What is held now: entries per cache."""
        return {
            "pipeline": int(self._pipeline is not None),
            "models": model.cached_model.cache_info().currsize,
            "encoders": causal_extractor._load_encoder.cache_info().currsize,
            "stance_parses": stance.parse_cache_size(),
        }

    def clear(self) -> None:
        """Drop the pipeline and every cache; the next call loads afresh."""
        self._pipeline = None
        model.cached_model.cache_clear()
        causal_extractor._load_encoder.cache_clear()
        stance.clear_parse_cache()


RUNTIME = Runtime()
