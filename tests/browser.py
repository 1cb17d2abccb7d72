"""Test helpers: a real detente server in a subprocess, and Debian's chromium for Playwright.

Why a subprocess: the server then owns its DuckDB file exactly as ``detente serve`` would, and the tests talk
to it over real HTTP. Why Debian's chromium: Playwright's own browser download needs network access to its
CDN, which test machines do not have.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(db: Path, token: str | None = None, timeout: float = 60.0) -> Iterator[str]:
    """Start ``detente serve --db DB --port PORT`` on 127.0.0.1 and yield its base URL; stop it after."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DETENTE_TOKEN", "DETENTE_CORS_ORIGINS")}
    if token:
        env["DETENTE_TOKEN"] = token
    log = db.with_suffix(".server.log")
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "detente.cli.main",
                "serve",
                "--db",
                str(db),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=ROOT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"server did not start: {log.read_text()[-2000:]}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def chromium() -> Path:
    """Debian's chromium; installed with apt when missing and we are root, else the test is skipped."""
    if CHROMIUM.exists():
        return CHROMIUM
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        result = subprocess.run(
            ["apt-get", "install", "-y", "chromium"], capture_output=True, text=True, env=env, timeout=900
        )
        if result.returncode != 0:
            subprocess.run(["apt-get", "update"], capture_output=True, env=env, timeout=600)
            subprocess.run(["apt-get", "install", "-y", "chromium"], capture_output=True, env=env, timeout=900)
        if CHROMIUM.exists():
            return CHROMIUM
        pytest.skip("chromium could not be installed with apt-get (no network?)")
    pytest.skip(f"{CHROMIUM} not found and cannot install it (not root or no apt-get): apt-get install chromium")


@contextmanager
def launched_chromium() -> Iterator[Any]:
    """Debian's chromium launched headless through Playwright (skips when Playwright is not installed)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    exe = chromium()
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(exe), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def recording_page(browser: Any) -> Iterator[Any]:
    """A fresh 1400x1000 page whose uncaught script errors collect in ``page.errors``."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.errors = errors
    try:
        yield page
    finally:
        ctx.close()
