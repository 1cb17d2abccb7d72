"""Events and relations: the coded events, the relations index and the events behind each of its points,
dyads, the timeline, the actor network and the forecast."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

import duckdb
from fastapi import APIRouter, Depends, Query

from detente import api
from detente.api.documents import actor_network, events_by_ids
from detente.api.forecast import MODELS as FORECAST_MODELS
from detente.api.forecast import TARGETS as FORECAST_TARGETS
from detente.api.relations import Origin, Weight, index_event_mentions
from detente.web.state import (
    MAX_LIMIT,
    Actor,
    Code,
    Con,
    Dyad,
    Freq,
    Limit,
    Offset,
    OptDyad,
    State,
    WebState,
    dyad_name,
)

router = APIRouter(tags=["events"])


@dataclass
class EventFilters:
    """The filters of ``detente events`` as query parameters (FastAPI reads them from this signature), handed
    to ``api.events`` by name: the endpoint passes what it was given, as the CLI command does."""

    dyad: str | None = OptDyad
    actor: str | None = Actor
    code: str | None = Code
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = Query(None, max_length=200)
    origin: Origin | None = None
    directed: bool = False
    limit: int = Limit
    offset: int = Offset


@router.get("/api/events")
def events(filters: EventFilters = Depends(), con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
    items = api.events(con, **asdict(filters))
    return {"limit": filters.limit, "offset": filters.offset, "items": items}


@router.get("/api/index")
def index(
    dyad: str = Dyad,
    freq: str = Freq,
    directed: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
    weight: Weight | None = None,
    origin: Origin | None = None,
    con: duckdb.DuckDBPyConnection = Con,
) -> dict[str, Any]:
    rows = api.relations_index(
        con, dyad=dyad, directed=directed, freq=freq, since=since, until=until, weight=weight, origin=origin
    )
    # what the index leaves out (coarse dates, undated history), so a reader knows what the rows stand on
    coverage = api.index_coverage(con, dyad=dyad, directed=directed, freq=freq, since=since, until=until, origin=origin)
    return {"dyad": dyad_name(dyad), "freq": freq, "directed": directed, "rows": rows, "coverage": coverage}


@router.get("/api/index/events")
def index_evidence(
    period: dt.date,
    dyad: str = Dyad,
    freq: str = Freq,
    directed: bool = False,
    origin: Origin | None = None,
    limit: int = Limit,
    con: duckdb.DuckDBPyConnection = Con,
) -> dict[str, Any]:
    """The events behind one point of the index: every number links to its sentences. One item per counted
    event (its first mention), with ``mentions``: every sentence of its document that states it."""
    groups = index_event_mentions(con, dyad, period, freq=freq, directed=directed, origin=origin, limit=limit)
    listed = {e["event_id"]: e for e in events_by_ids(con, [i for g in groups for i in g])}
    items = []
    for group in groups:
        mentions = [listed[i] for i in group if i in listed]
        items.append({**listed[group[0]], "mentions": mentions})
    return {"period": period.isoformat(), "items": items}


@router.get("/api/dyads")
def dyads(top: int = Query(20, ge=1, le=MAX_LIMIT), con: duckdb.DuckDBPyConnection = Con) -> dict[str, Any]:
    return {"items": api.dyads(con, top=top)}


@router.get("/api/forecast")
def forecast(
    dyad: str = Dyad,
    target: str = Query("net_cooperation", pattern=f"^({'|'.join(FORECAST_TARGETS)})$"),
    horizon: int = Query(3, ge=1, le=24),
    model: str = Query("auto", pattern=f"^({'|'.join(FORECAST_MODELS)})$"),
    backtest_from: str | None = Query(None, pattern=r"^\d{4}-\d{2}$", description="YYYY-MM"),
    summary: bool = False,
    directed: bool = False,
    origin: Origin | None = None,
    con: duckdb.DuckDBPyConnection = Con,
    web: WebState = State,
) -> dict[str, Any]:
    """``detente forecast``: the dyad's monthly ``target`` forecast ``horizon`` months ahead with 80/95%
    intervals (or backtested from ``backtest_from``), and the observed series it starts from."""
    key = ("forecast", dyad.upper(), target, horizon, model, backtest_from, summary, directed, origin)
    return {
        "dyad": dyad_name(dyad),
        **web.cached(
            key,
            lambda: api.forecast(
                con,
                dyad=dyad,
                target=target,
                horizon=horizon,
                model=model,
                backtest_from=backtest_from,
                summary=summary,
                directed=directed,
                origin=origin,
            ),
        ),
    }


@router.get("/api/timeline")
def timeline(
    dyad: str = Dyad,
    since: dt.date | None = None,
    until: dt.date | None = None,
    code: str | None = Code,
    directed: bool = False,
    limit: int = Limit,
    con: duckdb.DuckDBPyConnection = Con,
) -> dict[str, Any]:
    items = api.timeline(con, dyad=dyad, since=since, until=until, code=code, directed=directed, limit=limit)
    return {"dyad": dyad_name(dyad), "items": items}


@router.get("/api/network")
def network(
    actor: str | None = Actor, top: int = Query(60, ge=1, le=MAX_LIMIT), con: duckdb.DuckDBPyConnection = Con
) -> dict[str, Any]:
    return actor_network(con, actor=actor, top=top)
