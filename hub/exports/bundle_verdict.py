"""How `verify.py` speaks: each line of its report in Danish and English, and its last line and exit status
(`verdict`). Written into `verify.py` before the checks that say what they found (`bundle_files`)."""

from __future__ import annotations

from typing import Any

# The exit status of a bundle not verified (no signature checked, no `--key`): neither intact (0) nor
# changed (1).
NOT_CHECKED = 3


def say(ok: bool | None, danish: str, english: str) -> None:
    """One line of the report in both languages."""
    mark = {True: "OK ", False: "FEJL", None: "----"}[ok]
    print(f"{mark} {danish}\n     {english}")


# Why a bundle is not verified, each said in `verdict`'s last line (Danish, English).
KEPT_UNPROVEN = (
    "det gemte kontrolpunkt er ikke bevist at være en del af loggen (se ovenfor)",
    "the kept checkpoint was not proven to be part of the log (see above)",
)
UNCHECKED_SIGNATURES = (
    "signaturerne kunne ikke kontrolleres; installér cryptography eller openssl",
    "its signatures could not be checked; install cryptography or openssl",
)
UNCOMPARED_KEY = (
    "nøglen er ikke sammenlignet med den, hubben har offentliggjort: kør igen med --key FINGERAFTRYK",
    "the key was not compared with the one the hub published: run again with --key FINGERPRINT",
)


def next_step(about: dict[str, Any]) -> None:
    """What the auditor does with a bundle that is not intact, said under the verdict: ask for it again,
    quoting what identifies the one they got. The hub makes a bundle anew on each download, so the job
    centre that runs the hub can send another and find out what changed this one (walk-110: "NOT intact"
    left the auditor with nothing to do)."""
    made = f"{about.get('municipality')} ({about.get('municipality_code')}), {about.get('period')}"
    made_da = f"{made}, lavet {about.get('created_at')}"
    made_en = f"{made}, made {about.get('created_at')}"
    print(
        "     næste skridt: bed jobcentret, der driver hubben, om pakken igen, og citér pakkens kommune,"
        f" periode og tidspunkt ({made_da}) og linjerne med FEJL ovenfor\n"
        "     next step: ask the job centre that runs the hub for the bundle again, quoting the bundle's"
        f" municipality, period and time ({made_en}) and the lines marked FEJL above"
    )


def verdict(
    checks: list[bool | None],
    why_not: list[tuple[str, str]],
    meant: bool = True,
    grown: bool | None = True,
    about: dict[str, Any] | None = None,
) -> int:
    """The last line and the exit status: intact only when every check passed, every signature was
    checked and the key is the published one, because files that match a manifest signed by an
    unchecked or unknown key prove nothing. A bundle whose own checks pass but which is not for the
    municipality or period asked (`meant`) is said to be another, not changed: "NOT intact" would send
    the auditor looking for tampering where they only picked the wrong file. A bundle intact in itself
    whose log does not hold a kept checkpoint unchanged (`grown` False, `--since`) is said to be that: the
    hub's log was rewritten, which is worse than a changed bundle and not the same thing. `about`: the
    manifest's `bundle`, quoted in the next step of a bundle not intact."""
    if False in checks:
        say(False, "pakken er IKKE urørt", "the bundle is NOT intact")
        next_step(about or {})
        return 1
    if not meant:
        say(
            False,
            "pakken er IKKE den, du bad om (se ovenfor)",
            "the bundle is NOT the one you asked for (see above)",
        )
        return 1
    if grown is False:
        say(
            False,
            "loggen rummer IKKE det gemte kontrolpunkt uændret (se ovenfor)",
            "the log does NOT hold the kept checkpoint unchanged (see above)",
        )
        return 1
    if None in checks or grown is None:
        reasons = why_not or [UNCHECKED_SIGNATURES]
        say(
            None,
            "pakken er IKKE bekræftet: " + "; ".join(da for da, _ in reasons),
            "the bundle is NOT verified: " + "; ".join(en for _, en in reasons),
        )
        return NOT_CHECKED
    say(True, "pakken er urørt", "the bundle is intact")
    return 0
