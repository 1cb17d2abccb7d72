"""Reading the sources critically: the functions behind ``detente sources|stance|claims|compare``."""

from __future__ import annotations

from typing import Any

from detente.analysis import compare as compare_mod
from detente.analysis import stance as stance_mod
from detente.api.documents import claim_ledger, sources_overview
from detente.reference.records import ClaimStatus as ClaimStatus  # re-exported: the REST models' choices
from detente.store.db import Store, opened


def sources(db: Store = None, actors: list[str] | None = None) -> list[dict[str, Any]]:
    """Per source: its documents, stance toward each actor (with the top sentences) and framing profile."""
    with opened(db, read_only=True) as con:
        return sources_overview(con, actors=actors)


def stance(db: Store = None, doc_id: str | None = None, actors: list[str] | None = None) -> list[dict[str, Any]]:
    """Stance per (document, actor) in [-1, 1] with the sentences that drive it."""
    with opened(db, read_only=True) as con:
        return stance_mod.stance(con, doc_id=doc_id, actors=actors)


def claims(db: Store = None, status: str | None = None) -> list[dict[str, Any]]:
    """The claim ledger: corroborated, single-source and contested claims with their sentences and sources."""
    with opened(db, read_only=True) as con:
        return claim_ledger(con, status=status)


def compare(db: Store, a: str, b: str) -> dict[str, Any]:
    """Two sources (or documents) side by side: shared, contested and one-sided claims with quotes."""
    with opened(db, read_only=True) as con:
        return compare_mod.compare(con, a, b)
