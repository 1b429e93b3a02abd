"""The embedded default's data on disk is its owner's only: the data folder 0700, the SQLite database
0600 (with its `-wal` and `-shm`), as the blobs are 0400 (`hub.storage`).

The database holds every citizen's CPR number. SQLite creates a new database file 0644 less the umask,
readable by every user of the machine (a data-protection review found it so), and gives its `-wal` and
`-shm` files the database file's own mode. So the hub creates the file itself, empty and 0600, before
SQLite opens it (an empty file is an empty database to SQLite), and takes the group's and others' bits
off a database made before. PostgreSQL keeps its files itself: none of this applies there.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from hub.logsetup import Both

log = logging.getLogger(__name__)

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
# The files SQLite keeps beside the database, each with the database file's mode when it makes them.
SIDE_FILES = ("-wal", "-shm", "-journal")


def private_dir(path: Path) -> None:
    """Make the folder 0700 if it is missing (its missing parents as the umask says). A folder that is
    there already is left as it is: it may be one the operator chose and shares, such as `/srv`."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)


def private_database(path: Path) -> None:
    """Create the SQLite database file 0600 in a private folder unless it exists, and make an existing
    one (and its side files) the owner's only."""
    private_dir(path.parent)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        pass
    for each in (path, *(path.with_name(path.name + side) for side in SIDE_FILES)):
        _owner_only(each)


def _owner_only(path: Path) -> None:
    """Take the group's and others' bits off a file, if it is there and has any."""
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        return
    if not mode & 0o077:
        return
    try:
        os.chmod(path, mode & 0o700)
    except PermissionError:
        # Another user's file (made by root, say): the hub can still use it; say so, naming no data.
        log.warning(
            Both(
                "%s is readable by others and is not the hub's to change (mode %o)",
                "%s kan læses af andre, og det er ikke hubbens at ændre (tilstand %o)",
                path,
                mode,
            )
        )
