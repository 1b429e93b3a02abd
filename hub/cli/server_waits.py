"""Waiting for the servers a long-running command needs (Redis, PostgreSQL): one round trip to the
database, and a wait with back-off that says in one line a try what it waits for, and once that it is
back (the servers named as `hub.server_names` names them). Used by the worker's supervisor
(`hub.cli.supervise`) and `hub serve`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy import Engine, text

from hub.logsetup import Both
from hub.server_lost import DATABASE_DOWN
from hub.server_names import database_address, database_name
from hub.services import schema

log = logging.getLogger("hub.worker")

REDIS_DOWN = (RedisConnectionError, RedisTimeoutError)
# The first wait is rq's own (its loop's waits for Redis start at 1 s, not a setting of rq's); the
# longest is the setting `HUB_SERVER_WAIT_SECONDS` (`hub.config` says why 10 s), passed in as `longest`.
FIRST_WAIT = 1.0


def ping_database(engine: Engine) -> None:
    """One round trip to the database; raises when it cannot be reached, and `schema.NotMigrated` when
    its schema is behind this code (jobs would fail one by one on a missing table or column)."""
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
        schema.require_migrated(connection)


def wait_until_up(
    check: Callable[[], object],
    what: str,
    where: str,
    errors: tuple[type[BaseException], ...],
    longest: float,
    sleep: Callable[[float], None] = time.sleep,
) -> bool:
    """Call `check` until it stops raising one of `errors`: one log line per try, waits doubling from
    `FIRST_WAIT` to `longest` (`HUB_SERVER_WAIT_SECONDS`).
    Returns whether it waited (and so said that the server is back)."""
    delay, waited = FIRST_WAIT, False
    while True:
        try:
            check()
        except errors as exc:
            if isinstance(exc, schema.NotMigrated):  # the server answers: what is awaited is the upgrade
                english, danish = exc.lines()
                log.warning(
                    Both(
                        f"waiting for `hub db upgrade` ({exc} at %s), retrying in %g s",
                        f"venter på `hub db upgrade` ({danish.split(':')[0]} på %s), prøver igen om %g s",
                        where,
                        delay,
                    )
                )
            else:
                log.warning(
                    Both(
                        f"waiting for {what} at %s, retrying in %g s",
                        f"venter på {_danish(what)} på %s, prøver igen om %g s",
                        where,
                        delay,
                    )
                )
            waited = True
            sleep(delay)
            delay = min(delay * 2, longest)
            continue
        if waited:
            log.warning(
                Both(
                    f"{what} at %s is back; working again",
                    f"{_danish(what)} på %s er tilbage; arbejder igen",
                    where,
                )
            )
        return waited


def wait_for_database(engine: Engine, longest: float, sleep: Callable[[float], None] = time.sleep) -> None:
    """Wait until the database answers and is migrated for this code, saying so once per try, the
    waits growing to `longest` seconds."""
    waited_for = (*DATABASE_DOWN, schema.NotMigrated)
    where = database_address(engine)
    wait_until_up(lambda: ping_database(engine), database_name(engine), where, waited_for, longest, sleep)


def _danish(what: str) -> str:
    """A server as `database_name` names it, in Danish."""
    return "databasen" if what == "the database" else what
