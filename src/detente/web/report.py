"""The HTML report of a dyad (``detente report``), served with a CSP of its own: inline CSS, no script."""

from __future__ import annotations

import duckdb
from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from detente.api.report import build_report
from detente.web.state import Con, Dyad, State, WebState, dyad_name

REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"

router = APIRouter()


@router.get("/report", response_class=HTMLResponse, tags=["report"])
def report(dyad: str = Dyad, con: duckdb.DuckDBPyConnection = Con, web: WebState = State) -> HTMLResponse:
    dyad = dyad_name(dyad)  # usa-rus and USA_RUS are the report of USA-RUS
    html = web.cached(("report", dyad), lambda: build_report(con, dyad=dyad))
    return HTMLResponse(html, headers={"Content-Security-Policy": REPORT_CSP})
