"""A server that is away (the database, the queue): a 503 that says which one, that nothing was lost,
and to try again soon, with `Retry-After`; never a traceback. Registered by `hub.web.errors.init_app`
for the exceptions `SERVERS_AWAY` names."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from flask import request
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from hub.logsetup import Both
from hub.storage import StoreUnwritable
from hub.web.error_answer import error_body, respond, wants_json

# The lines keep the logger they were written by before this module was split off (an operator's filter
# or level for `hub.web.errors` still holds them).
log = logging.getLogger("hub.web.errors")

# Which exceptions say which server is away.
SERVERS_AWAY: tuple[tuple[type[Exception], str], ...] = (
    (RedisConnectionError, "queue"),
    (RedisTimeoutError, "queue"),
    (OperationalError, "database"),
    (InterfaceError, "database"),
    # Every pooled connection busy past `pool_timeout`: the database is away for this request as
    # surely as a refused connection, and a retry a little later is what helps, not a 500.
    (PoolTimeoutError, "database"),
)

# A server that is away is not a bug: say which one, that nothing was lost, and to try again soon.
# The servers as the log lines name them in Danish.
SERVER_DA = {"queue": "køen", "database": "databasen"}
UNAVAILABLE = {
    "queue": (
        "queue_unavailable",
        "The job queue cannot be reached right now; nothing was lost.",
        "Jobkøen kan ikke nås lige nu; intet er gået tabt.",
    ),
    "database": (
        "database_unavailable",
        "The database cannot be reached right now; nothing was saved.",
        "Databasen kan ikke nås lige nu; intet er gemt.",
    ),
}
# A read saves nothing whether or not the server is there: "nothing was saved" is for a write only.
READ_UNAVAILABLE = {
    "database": ("The database cannot be reached right now.", "Databasen kan ikke nås lige nu."),
}
READS = ("GET", "HEAD", "OPTIONS")
# The API's message ends with what to do; a page says it on its own line (`error_words.PAGES[503]`).
TRY_AGAIN = (" Try again in a minute.", " Prøv igen om et minut.")


def unavailable(server: str) -> Callable[[Exception], Any]:
    """The handler of one server's connection errors: a 503 with `Retry-After`, never a traceback."""
    code, message, message_da = UNAVAILABLE[server]

    def handle(exc: Exception) -> Any:
        log.warning(
            Both(
                f"the {server} cannot be reached on %s %s: %s",
                f"{SERVER_DA.get(server, server)} kan ikke nås ved %s %s: %s",
                request.method,
                request.path,
                type(exc).__name__,
            )
        )
        said, said_da = READ_UNAVAILABLE.get(server, (message, message_da))
        if request.method not in READS:
            said, said_da = message, message_da
        then_en, then_da = TRY_AGAIN if wants_json() else ("", "")
        body = error_body(code, said + then_en, said_da + then_da)
        return respond(503, body, {"Retry-After": "60"})

    return handle


def store_unwritable(exc: StoreUnwritable) -> Any:
    """The document store refused to keep an upload (its disk full, a quota, read-only): a 503 that says
    so in the system's words and in Danish, that nothing was saved, and to try again later or tell the
    administrator, who must make room; not the "something went wrong" of an unknown error. The log names
    the folder and the reason for the operator; the answer names no path."""
    # The reason in each language's own words; `%` doubled, as the line is a format.
    reason, reason_da = (why.replace("%", "%%") for why in (exc.reason, exc.reason_da))
    log.error(
        Both(
            f"the document store (HUB_BLOB_DIR %s) cannot be written on %s %s: {reason}",
            f"dokumentlageret (HUB_BLOB_DIR %s) kan ikke skrives i ved %s %s: {reason_da}",
            str(exc.root),
            request.method,
            request.path,
        )
    )
    body = error_body(
        "storage_unavailable",
        f"The hub cannot store documents right now ({exc.reason}); nothing was saved."
        " Try again later, or tell the hub's administrator.",
        f"Hubben kan ikke gemme dokumenter lige nu ({exc.reason_da}); intet er gemt."
        " Prøv igen senere, eller kontakt hubbens administrator.",
    )
    return respond(503, body, {"Retry-After": "300"})
