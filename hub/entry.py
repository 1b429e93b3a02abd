"""The `hub` console script: Ctrl-C while Python still imports the hub (a second or more on a slow
machine) is said in English and Danish with exit 130, as Ctrl-C during a command is, not as a traceback
from deep inside an import. Only the standard library is imported before the hub's own code."""

from __future__ import annotations

import sys

# As `hub.cli.usage.interrupted` says it; nothing of the command had started.
NOTHING_DONE = (
    "Interrupted (Ctrl-C) before the command started: nothing was done",
    "Afbrudt (Ctrl-C) før kommandoen gik i gang: intet er gjort",
)


def main() -> None:
    """Import the `hub` command and run it (`hub.cli.main`)."""
    try:
        from hub.cli import main as run  # noqa: PLC0415 - the import is what Ctrl-C may interrupt
    except KeyboardInterrupt:
        sys.stderr.write("\n" + "\n".join(NOTHING_DONE) + "\n")
        sys.exit(130)
    run()
