"""The pseudonym key's fingerprint in the database: stored by the first process, compared by every other.

CPR numbers are stored and looked up as HMACs under `HUB_PSEUDONYM_KEY` (`hub.pseudonyms`). Two machines
of one hub with different keys would each file a citizen's placements under another pseudonym, and
nothing would fail: the placements would just not be found. So the database keeps the key's fingerprint,
and a process whose key does not match is refused before it gets a session (decision 0056).

Where: before the first session of each process (`Database.on_first_use`, registered by `create_app`).
Every write of the hub, pseudonyms included, goes through a session, in the web app, the workers and
every command alike; only migrations and the workers' pings use the bare engine, and they write none.
`hub db upgrade`, `hub serve` and `hub worker` also run the check at their start, so that a wrong key
stops them there instead of failing their first request or job.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Engine, insert, inspect, select
from sqlalchemy.exc import IntegrityError

from hub.errors import ConfigError
from hub.logsetup import Both
from hub.models import KeyFingerprint
from hub.models.base import table_of
from hub.pseudonyms import key_fingerprint

log = logging.getLogger(__name__)

PSEUDONYM = "pseudonym"
TABLE = table_of(KeyFingerprint)


def check(engine: Engine, config: Mapping[str, Any]) -> bool:
    """Store the pseudonym key's fingerprint if the database has none, else compare; `ConfigError` when
    it differs. False (try again later) while the database is not migrated this far."""
    key = str(config["PSEUDONYM_KEY"])
    ours = key_fingerprint(key)
    with engine.begin() as connection:
        if not inspect(connection).has_table(TABLE.name):
            return False  # not migrated yet: `hub db upgrade` makes the table, then this stores it
        stored = _stored_or_store(connection, ours)
    if stored.fingerprint != ours:
        raise ConfigError(
            "HUB_PSEUDONYM_KEY is not the key this database's CPR pseudonyms were made with (fingerprint "
            f"of this machine's key {ours[:16]}, of the database's {stored.fingerprint[:16]}, stored "
            f"{stored.stored_at:%Y-%m-%d}): every machine of the hub must use the same key, and it must not "
            "change once there is data. Set HUB_PSEUDONYM_KEY to the key the other machines use (when it is "
            "not set, HUB_SECRET_KEY is used); nothing was written",
            "HUB_PSEUDONYM_KEY er ikke den nøgle, som databasens CPR-pseudonymer er lavet med (fingeraftryk "
            f"af denne maskines nøgle {ours[:16]}, af databasens {stored.fingerprint[:16]}, gemt "
            f"{stored.stored_at:%Y-%m-%d}): alle hubbens maskiner skal bruge samme nøgle, og den må ikke "
            "skiftes, når der er data. Sæt HUB_PSEUDONYM_KEY til den nøgle, de andre maskiner bruger (når "
            "den ikke er sat, bruges HUB_SECRET_KEY); intet er skrevet",
        )
    if engine.dialect.name != "sqlite" and key == str(config.get("SECRET_KEY") or ""):
        # Warned, not refused (decision 0056): the fingerprint already stops a machine with another key;
        # what is left is that replacing the session key would now change the pseudonyms too.
        log.warning(
            Both(
                "HUB_PSEUDONYM_KEY is not set: CPR pseudonyms are keyed by HUB_SECRET_KEY, which then can "
                "never be replaced; set HUB_PSEUDONYM_KEY to the current HUB_SECRET_KEY on every machine",
                "HUB_PSEUDONYM_KEY er ikke sat: CPR-pseudonymerne laves med HUB_SECRET_KEY, som så "
                "aldrig kan skiftes; sæt HUB_PSEUDONYM_KEY til den nuværende HUB_SECRET_KEY på hver maskine",
            )
        )
    return True


def _stored_or_store(connection: Connection, ours: str) -> Any:
    """The stored row, storing ours first if there is none (the first process of the hub wins)."""
    query = select(TABLE.c.fingerprint, TABLE.c.stored_at).where(TABLE.c.name == PSEUDONYM)
    row = connection.execute(query).first()
    if row is None:
        try:
            # A savepoint: two machines starting at once both find no row, and the loser's INSERT must
            # not end its transaction (PostgreSQL); it then reads the winner's fingerprint instead.
            with connection.begin_nested():
                connection.execute(insert(TABLE).values(name=PSEUDONYM, fingerprint=ours))
        except IntegrityError:
            pass
        row = connection.execute(query).one()
    return row
