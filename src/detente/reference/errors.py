"""The errors a user can act on, each carrying what the two shells do with it.

Every layer may raise them (``reference`` sits below all of them); ``detente.api.errors`` is the one place
that turns any exception into an HTTP status and a CLI exit code, and both shells ask it. Exit codes follow
the CLI's contract: 0 ok, 1 nothing done or a failure, 2 a usage error (bad input from the user).
"""

from __future__ import annotations


class DetenteError(Exception):
    """An error with a one-line message for the user; subclasses set the status and the exit code."""

    http_status: int = 500
    exit_code: int = 1
    # what an HTTP client is told instead of the message (None: the message itself), for messages that
    # name server-side files or processes; such errors are logged on the server instead
    public_detail: str | None = None


class UsageError(DetenteError, ValueError):
    """A bad argument or input value (a ValueError too, so code that checks arguments catches it)."""

    http_status = 400
    exit_code = 2
