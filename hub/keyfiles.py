"""Keys the hub makes for itself on first use: written once, readable only by the hub's user.

The session key (`HUB_SECRET_KEY`) may be left empty only on the embedded default, where every process
of the hub shares one data folder: a random key is then made in `$HUB_DATA_DIR/secret-key` and kept.
With a shared database (PostgreSQL) the hub runs on several machines, which must all hold the same key,
so an empty one stops the start instead of each machine making its own. The key that stands in for CPR
numbers (`HUB_PSEUDONYM_KEY`) is the session key unless set on its own.
"""

from __future__ import annotations

import os
import secrets
import threading
from pathlib import Path
from typing import Any

from hub.errors import ConfigError
from hub.private_files import private_dir

SECRET_FILE = "secret-key"
# The default of earlier versions: public, so it can sign anyone's session. Refused wherever it is set.
PUBLIC_DEFAULT = "dev-only-not-secret"


def create_once(path: Path, data: bytes) -> None:
    """Write `data` to `path` (mode 0600) unless a file is there already, durably and atomically."""
    private_dir(path.parent)  # the data folder, made here first on the embedded default: the owner's only
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # link, not rename: two processes starting at once must not replace a key the other has used.
        try:
            os.link(temp, path)
        except FileExistsError:
            pass
    finally:
        temp.unlink(missing_ok=True)


def resolve_keys(config: dict[str, Any]) -> None:
    """Fill `SECRET_KEY` (from the data folder's key file on the embedded default) and `PSEUDONYM_KEY`;
    `ConfigError` when a shared database has no key of its own or the public one."""
    key = str(config.get("SECRET_KEY") or "")
    if key == PUBLIC_DEFAULT:
        raise ConfigError(
            f"HUB_SECRET_KEY is {PUBLIC_DEFAULT!r}, a published value: set a long random one",
            f"HUB_SECRET_KEY er {PUBLIC_DEFAULT!r}, en offentligt kendt værdi: sæt en lang, tilfældig nøgle",
        )
    if not key:
        if not str(config["DATABASE_URL"]).startswith("sqlite"):
            raise ConfigError(
                "HUB_SECRET_KEY is not set: with a shared database every machine of the hub needs the same "
                "long random key (e.g. `python -c 'import secrets; print(secrets.token_hex(32))'`)",
                "HUB_SECRET_KEY er ikke sat: med en delt database skal alle hubbens maskiner have den samme "
                "lange, tilfældige nøgle (fx `python -c 'import secrets; print(secrets.token_hex(32))'`)",
            )
        path = Path(config["DATA_DIR"]) / SECRET_FILE
        if not path.exists():
            create_once(path, secrets.token_hex(32).encode())
        key = path.read_text(encoding="ascii").strip()
        config["SECRET_KEY"] = key
    if not config.get("PSEUDONYM_KEY"):
        config["PSEUDONYM_KEY"] = key
