"""What the tests of `hub adapters suggest` share: a draft read as a person would paste it under a
municipality's header, through the real config schema."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.language.config_schema import validate_config

HVIDOVRE = {"code": "167", "slug": "hvidovre", "town": "Hvidovre"}
# DESIGN.md's eight outcomes in its order: what a form's reasons numbered 1 to 8 in that order map to.
DESIGN_OUTCOMES = (
    "ordinary_job",
    "education",
    "flexjob",
    "rehabilitation_team",
    "other_municipal_offer",
    "internship_other_company",
    "long_term_sick",
    "stopped_other",
)


def header(code: str = "159", slug: str = "testby", town: str = "Testby") -> str:
    """The lines above a draft's forms: who the municipality is, and its audit rules."""
    return f"""config_version = 1
[municipality]
code = "{code}"
slug = "{slug}"
name = "{town} Kommune"
jobcentre = "Jobcenter {town}"
[audit]
claim_period = "month"
cpr_in_bundles = "masked"
retention_years = 5
"""


def drafted_config(
    text: str, tmp_path: Path, code: str = "159", slug: str = "testby", town: str = "Testby"
) -> MunicipalityConfig:
    """The draft under its municipality's header, through the real schema."""
    return validate_config(tomllib.loads(header(code, slug, town) + text), tmp_path / f"{slug}.toml")


def drafted_fields(text: str) -> dict[str, dict[str, Any]]:
    """The first drafted form's fields by canonical path."""
    return {f["path"]: f for f in tomllib.loads(text)["forms"][0].get("fields", [])}
