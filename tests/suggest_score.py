"""How many of `hub adapters suggest`'s drafted fields are right, judged against hand-written configs.

For each golden input of a municipality, the expected answer is the municipality's own config (written by
a person from the form, never by suggest): which source the recognised form reads each canonical path
from. A drafted field (one the draft does not leave commented out) is right when the config reads the
same path from the same source(s). Both sides' selectors are resolved on the document, so `tooltip:Dato`
in the config and `Tekstfelt6` in the draft count as the same source. Every draft also goes through the
real config schema: a draft a person cannot load counts as nothing right.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import GOLDEN, repository_registry

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_schema import validate_config
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.draft import suggest
from hub.errors import ConfigError

HEAD = """config_version = 1
[municipality]
code = "{code}"
slug = "{slug}"
name = "Kommune"
jobcentre = "Jobcenter"
[audit]
claim_period = "month"
cpr_in_bundles = "masked"
retention_years = 5
"""


@dataclass
class Score:
    """Drafted fields that are right, of all drafted, with what went wrong (for a person to read)."""

    right: int = 0
    drafted: int = 0
    expected: int = 0  # the configs' fields: right/expected says how much of a config the draft covers
    wrong: list[str] = field(default_factory=list)
    unloadable: list[str] = field(default_factory=list)  # drafts the config schema refuses


def _sources(form: FormConfig, extraction: Extraction) -> dict[str, frozenset[str]]:
    """Canonical path → the document keys its selectors resolve to (fields only; lists and items aside)."""
    index = form.index(extraction)
    found: dict[str, frozenset[str]] = {}
    for rule in form.fields:
        selectors = [s for s in (rule.source, *rule.sources) if s]
        keys = {v.key for s in selectors if (v := index.resolve(s)) is not None}
        if keys:
            found[rule.path] = frozenset(keys)
    return found


def score(slugs: tuple[str, ...]) -> Score:
    """Draft every golden input of `slugs` and compare each drafted field with the municipality's config."""
    registry = repository_registry()
    result = Score()
    for slug in slugs:
        config = registry.get(slug)
        for path in sorted((GOLDEN / slug).iterdir()):
            if path.name.endswith(".json"):
                continue
            extraction = extract(path.read_bytes(), path.name, READ_OPTIONS)
            truth = _sources(config.recognise(extraction, path.name), extraction)
            result.expected += len(truth)
            text = suggest(extraction, path.name).to_toml()
            data = tomllib.loads(HEAD.format(code=config.code, slug=config.slug) + text)
            try:
                drafted = validate_config(data, Path(f"{config.slug}.toml")).forms[0]
            except ConfigError as exc:
                result.unloadable.append(f"{slug}/{path.name}: {exc.message}")
                continue
            for path_, keys in _sources(drafted, extraction).items():
                result.drafted += 1
                if truth.get(path_) == keys:
                    result.right += 1
                else:
                    result.wrong.append(f"{slug}/{path.name}: {path_} <- {sorted(keys)}")
    return result
