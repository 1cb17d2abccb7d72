"""The pages: the dashboard (static HTML and JS, no build step) and ``/docs``, the endpoints listed from the
OpenAPI schema."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse

STATIC = Path(__file__).resolve().parent / "static"

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The endpoints, from the OpenAPI schema, as a plain page: Swagger UI would load its script from a
    CDN, which our CSP (and an offline machine) refuses; the full schema is at /openapi.json."""
    return HTMLResponse(api_listing(request.app.openapi()))


@router.get("/")
def home() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


def api_listing(spec: dict[str, Any]) -> str:
    """An HTML page listing every operation of an OpenAPI ``spec``: method, path, summary, parameters."""
    rows = []
    for route, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = ", ".join(
                f"{p['name']}{'' if p.get('required') else '?'} ({p.get('in', '')})" for p in op.get("parameters", [])
            )
            if "requestBody" in op:
                params = ", ".join(
                    x for x in (params, "body: " + " or ".join(op["requestBody"].get("content", {}))) if x
                )
            doc = (op.get("description") or op.get("summary") or "").strip()
            rows.append(
                f"<tr><td><b>{escape(method.upper())}</b></td><td><code>{escape(route)}</code></td>"
                f"<td>{escape(params)}</td><td>{escape(doc)}</td></tr>"
            )
    info = spec.get("info", {})
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>detente API</title>"
        "<link rel='stylesheet' href='/static/style.css'></head><body><main>"
        f"<h1>{escape(info.get('title', 'API'))} {escape(str(info.get('version', '')))} — endpoints</h1>"
        "<p>The machine-readable schema: <a href='/openapi.json'>/openapi.json</a>. This page needs nothing "
        "from the internet.</p><table><thead><tr><th>method</th><th>path</th><th>parameters</th>"
        "<th>what it does</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></main></body></html>"
    )
