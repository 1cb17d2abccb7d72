"""Sources and claims: stance and framing per source, and the claim ledger."""

from __future__ import annotations

from typing import Any

import duckdb
from fastapi import APIRouter

from detente import api
from detente.api.sources import ClaimStatus
from detente.web.state import Con, Limit, Offset, State, WebState

router = APIRouter()


@router.get("/api/sources", tags=["sources"])
def sources(con: duckdb.DuckDBPyConnection = Con, web: WebState = State) -> dict[str, Any]:
    return {"items": web.cached(("sources",), lambda: api.sources(con))}


@router.get("/api/claims", tags=["claims"])
def claims(
    status: ClaimStatus | None = None,
    limit: int = Limit,
    offset: int = Offset,
    con: duckdb.DuckDBPyConnection = Con,
    web: WebState = State,
) -> dict[str, Any]:
    items = web.cached(("claims", status), lambda: api.claims(con, status=status))
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset : offset + limit]}
