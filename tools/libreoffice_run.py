"""Running LibreOffice for a fixture generator (`make_fixtures_onboarding_fifteenth`): headless, in a profile
of its own (so that a user's settings and a running LibreOffice are left alone), its locale da-DK.
Needs `soffice` on the PATH; CI does not run the generators that use it, and reads the files they made."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

_LOCALE = (
    '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
    "<value>da-DK</value></prop></item>\n</oor:items>"
)


def danish_profile(home: Path) -> Path:
    """A LibreOffice profile of its own under `home`, its locale da-DK; the path of its Basic module
    `Standard.Module1`, which a caller may overwrite with a macro to run."""
    if shutil.which("soffice") is None:
        raise SystemExit("this script needs LibreOffice (soffice) on the PATH; CI reads the kept files")
    home.mkdir()
    soffice(home, "--terminate_after_init")
    user = home / ".config" / "libreoffice" / "4" / "user"
    registry = user / "registrymodifications.xcu"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text.replace("</oor:items>", _LOCALE), encoding="utf-8")
    return user / "basic" / "Standard" / "Module1.xba"


def soffice(home: Path, *arguments: str) -> None:
    """Run `soffice --headless` with the profile under `home` (5 minutes at most: a macro's Basic error
    opens a dialog no one can close)."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(["soffice", "--headless", *arguments], env=env, check=True, timeout=300)


def converted(source: Path, to: str) -> bytes:
    """`source` saved by LibreOffice as `to` (`xlsx`, `csv`: its default filter and options for it)."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        danish_profile(work / "home")
        soffice(work / "home", "--convert-to", to, "--outdir", str(work), str(source))
        return (work / f"{source.stem}.{to}").read_bytes()
