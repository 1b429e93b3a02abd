"""The settings read from the environment, by the table in `config`: the defaults, the values set
(each read by its kind, every value a kind refuses said at once), and the paths derived from `DATA_DIR`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hub import setting_kinds as kinds
from hub.config import SETTINGS
from hub.errors import SettingsError
from hub.setting_kinds import Setting


def defaults() -> dict[str, Any]:
    """The default of every setting, keyed as Flask config keys (no prefix)."""
    return {s.name: s.default for s in SETTINGS}


# How many of the largest zips unpacked the blob disk must have room for to be ready: a margin, so that
# a process leaves the load balancer's pool before the last upload fails rather than after.
ZIPS_OF_ROOM = 5


def resolve_paths(config: dict[str, Any]) -> None:
    """Fill the settings whose defaults derive from others: the paths from `DATA_DIR`, the blob disk's
    room from the upload's unpacked limit."""
    data_dir = Path(config["DATA_DIR"])
    if not config.get("DATABASE_URL"):
        config["DATABASE_URL"] = f"sqlite:///{(data_dir / 'hub.sqlite3').resolve()}"
    if not config.get("BLOB_DIR"):
        config["BLOB_DIR"] = str(data_dir / "blobs")
    if config.get("BLOB_MIN_FREE_BYTES") in (None, ""):
        config["BLOB_MIN_FREE_BYTES"] = ZIPS_OF_ROOM * int(config["UPLOAD_MAX_UNPACKED_BYTES"])


def from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    """Every setting `environ` sets, read by its kind; `SettingsError` naming each value its kind does
    not take. A setting set to the empty text counts as not set (a compose file's `HUB_X=`)."""
    found: dict[str, Any] = {}
    problems: list[tuple[str, str]] = []
    for setting in SETTINGS:
        text = environ.get(setting.env, "")
        if not text.strip():
            continue
        try:
            found[setting.name] = setting.kind.parse(text)
        except ValueError:
            problems.append(refusal(setting, text))
    if problems:
        raise SettingsError(problems)
    return found


def refusal(setting: Setting, text: str) -> tuple[str, str]:
    """Why a setting's value cannot be used, in English and Danish: its name, value, and what it takes."""
    kind = setting.kind
    value = kinds.shown(kind, text)
    default = str(setting.default).lower() if isinstance(setting.default, bool) else str(setting.default)
    or_en, or_da = (f"default: {default}", f"standard: {default}") if default else ("or empty", "eller tom")
    return (
        f"{setting.env} is {value}: expected {kind.expected_en} ({or_en})",
        f"{setting.env} er {value}: skal være {kind.expected_da} ({or_da})",
    )
