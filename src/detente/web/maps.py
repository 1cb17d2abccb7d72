"""Cognitive maps and scenarios: the map ``detente map`` prints and the what-if ``detente simulate`` runs."""

from __future__ import annotations

from typing import Annotated, Any

import duckdb
from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from detente import api
from detente.api.maps import (
    DEFAULT_AGGREGATE,
    DEFAULT_LAMBDA,
    DEFAULT_RULE,
    DEFAULT_STEPS,
    DEFAULT_THRESHOLD,
    DEFAULT_TOP,
    DEFAULT_TRANSFER,
    MAX_LAMBDA,
    MAX_STEPS,
    VALUE_RANGE,
    Aggregate,
    Rule,
    Transfer,
)
from detente.web.state import MAX_LIMIT, Con, State, WebState

# api.maps.check_scenario's bounds, so a bad value gets 422 with the field named
ConceptValue = Annotated[float, Field(ge=VALUE_RANGE[0], le=VALUE_RANGE[1], allow_inf_nan=False)]

router = APIRouter(tags=["maps"])


class SimulateBody(BaseModel):
    """A scenario: concepts to clamp (names from ``/api/map``, or free text like "economic sanctions", resolved
    to the map's concept as ``detente simulate --clamp`` does), an optional start, and FCM options. The
    defaults are those of ``detente.api.simulate``, i.e. of ``detente simulate``."""

    init: dict[str, ConceptValue] = Field(default_factory=dict)
    clamp: dict[str, ConceptValue] = Field(default_factory=dict)
    source: str | None = Field(None, max_length=200)
    rule: Rule = DEFAULT_RULE
    transfer: Transfer = DEFAULT_TRANSFER
    lam: float = Field(DEFAULT_LAMBDA, alias="lambda", gt=0, le=MAX_LAMBDA)
    threshold: float = Field(DEFAULT_THRESHOLD, ge=0, le=1)
    steps: int = Field(DEFAULT_STEPS, ge=0, le=MAX_STEPS)
    top: int = Field(DEFAULT_TOP, ge=1, le=MAX_LIMIT, description="how many of the moved concepts to list")
    aggregate: Aggregate = DEFAULT_AGGREGATE

    model_config = {"populate_by_name": True, "allow_inf_nan": False}


def _maps(web: WebState, con: duckdb.DuckDBPyConnection, aggregate: str = DEFAULT_AGGREGATE) -> Any:
    """``api.cognitive_maps``: what ``detente map`` and ``detente simulate`` build, kept until the store changes."""
    return web.cached(("maps", aggregate), lambda: api.cognitive_maps(con, aggregate=aggregate))


@router.get("/api/map")
def cognitive_map(
    source: str | None = Query(None, max_length=200),
    aggregate: Aggregate = DEFAULT_AGGREGATE,
    con: duckdb.DuckDBPyConnection = Con,
    web: WebState = State,
) -> dict[str, Any]:
    """``detente map --format json`` (merged, or ``source``'s map) plus ``names`` (the concept names
    ``/api/simulate`` takes, in matrix order) and ``sources`` (every source with a map of its own)."""
    every = _maps(web, con, aggregate)
    cmap = api.select_map(every, source)
    return {
        **cmap.to_json(),
        "names": cmap.names(),
        "sources": sorted(every.per_source),
        "claims": len({c["claim_id"] for e in cmap.edges for c in e.claims}),
    }


@router.post("/api/simulate")
def simulate(body: SimulateBody, con: duckdb.DuckDBPyConnection = Con, web: WebState = State) -> dict[str, Any]:
    """``detente simulate``: the same ``api.simulate`` result for the same clamp, init and options."""
    cmap = api.select_map(_maps(web, con, body.aggregate), body.source)
    return api.simulate(
        cmap=cmap,
        init=body.init,
        clamp=body.clamp,
        rule=body.rule,
        transfer=body.transfer,
        lam=body.lam,
        threshold=body.threshold,
        steps=body.steps,
        top=body.top,
    )
