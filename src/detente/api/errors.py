"""One map from an exception to what the shells do with it: the web app's status and ``detail``, the CLI's
exit code and its one stderr line (in the manner of datasette's ``handle_exception``).

Errors of our own carry their status and code (:class:`~detente.reference.errors.DetenteError`:
``StoreError`` 503 / exit 1, ``MissingStoreError`` 503 / exit 2, ``UsageError`` 400 / exit 2); a plain
``ValueError`` is how every api function rejects a bad argument (a dyad, a date, an unknown source), so it
is a usage error too. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.reference.errors import DetenteError, UsageError

# the exception classes the shells handle through ``outcome``; both register exactly these
HANDLED: tuple[type[Exception], ...] = (DetenteError, ValueError)


@dataclass(frozen=True)
class Outcome:
    """What a shell does with one handled exception."""

    http_status: int
    exit_code: int
    message: str  # the one line for the CLI's stderr and the server log
    detail: str  # what an HTTP client is told
    log: bool  # the server logs the message (it holds what the client is not told)


def outcome(exc: Exception) -> Outcome:
    """The status, exit code and messages of ``exc``, one of ``HANDLED``."""
    message = str(exc)
    if isinstance(exc, DetenteError):
        kind: type[DetenteError] = type(exc)
    elif isinstance(exc, ValueError):
        kind = UsageError
    else:
        raise TypeError(f"not a handled error: {type(exc).__name__}") from exc
    public = kind.public_detail
    return Outcome(kind.http_status, kind.exit_code, message, public or message, log=public is not None)
