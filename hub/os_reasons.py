"""Why the system refused a file, said in Danish too: its own words are English ("Permission denied"),
and stood in the Danish line as they were. Neutral ground for the commands (`hub.cli`) and for the
files the hub writes (`hub.outfiles`), which the commands import."""

from __future__ import annotations

import errno

# The system's reasons a person meets reading or writing a file, in Danish.
OS_REASONS_DA = {
    errno.ENOENT: "stien findes ikke",
    errno.EACCES: "ingen adgang",
    errno.EPERM: "ingen adgang",
    errno.EISDIR: "det er en mappe",
    errno.EEXIST: "en fil af samme navn står i vejen",  # a folder to be made where a file is
    errno.ENOTDIR: "en del af stien er ikke en mappe",
    errno.ENOSPC: "disken er fuld",
    errno.EROFS: "filsystemet er skrivebeskyttet",
    errno.EIO: "fejl på disken",
    errno.EADDRINUSE: "adressen er allerede i brug",  # `hub serve`'s port
}


def os_reason(exc: OSError) -> tuple[str, str]:
    """Why the system refused a file, in English (its own words) and Danish (its words quoted where the
    reason is not one of `OS_REASONS_DA`)."""
    english = exc.strerror or type(exc).__name__
    return english, OS_REASONS_DA.get(exc.errno or 0, f"styresystemets ord: {english}")
