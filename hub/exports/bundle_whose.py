"""Whose bundle `verify.py` was given: the key that signed it against the one the hub published, and the
municipality and period its signed manifest names against those the auditor asked for."""

from __future__ import annotations

from typing import Any

from hub.exports.bundle_verdict import say
from hub.exports.danish_clock import danish_time, english_time


def check_key(fingerprint: str, published: str | None) -> bool | None:
    """Say whose key signed the bundle; False when it is not the fingerprint the hub published, None
    when none was given. A key shipped in the bundle proves nothing by itself: whoever forged the
    bundle could sign it too, so without `--key` the bundle is not verified (exit 3)."""
    if published is None:
        say(
            None,
            f"hubbens nøgle: {fingerprint} (ikke sammenlignet med den offentliggjorte: brug --key)",
            f"the hub's key: {fingerprint} (not compared with the one the hub published: give --key)",
        )
        return None
    if published.strip().lower() == fingerprint:
        say(
            True,
            f"hubbens nøgle: {fingerprint}, den offentliggjorte",
            f"the hub's key: {fingerprint}, the published one",
        )
        return True
    say(
        False,
        f"pakken er signeret med nøglen {fingerprint}, ikke den offentliggjorte {published}",
        f"the bundle is signed with key {fingerprint}, not the published {published}",
    )
    return False


def check_identity(about: dict[str, Any], municipality: str | None, period: str | None) -> bool:
    """Say whose and which period's bundle it is; False when it is not the one asked for."""
    name, code, label = about.get("municipality"), str(about.get("municipality_code")), about.get("period")
    made = about.get("created_at")
    say(
        None,
        f"pakken gælder {name} ({code}), perioden {label}, dannet {danish_time(made)}",
        f"the bundle is for {name} ({code}), period {label}, made {english_time(made)}",
    )
    ok = True
    # As the hub reads them (`hub bundle --period 2026-q3`, `hub.periods.parse_period`): spaces around
    # dropped, Q and H in either case; a code with or without its leading zeros.
    if municipality is not None and municipality.strip().lstrip("0") != code.lstrip("0"):
        say(
            False,
            f"pakken gælder ikke kommune {municipality}",
            f"the bundle is not for municipality {municipality}",
        )
        ok = False
    if period is not None and period.strip().upper() != str(label).upper():
        say(False, f"pakken gælder ikke perioden {period}", f"the bundle is not for the period {period}")
        ok = False
    return ok
