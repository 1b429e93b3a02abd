"""The schema of a municipality config file (docs/config-language.md) and its loader.

Every key is checked, unknown keys are errors, and every error names the file and the key path
("gladsaxe.toml: forms[2].fields[5].transforms[0]: unknown transform 'dato'"; lists count from 0), so a
municipal IT person can fix a file without reading Python. A form's tables (`[[forms]]`) have their
schema in `config_form_schema`. Rules that need the form's format (reader options, selectors, list
kinds) live in `config_rules`, the form's paths (and compute) in `config_paths`, a field's or
condition's own in `config_field_rules`, a list's in `config_list_rules`.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from marshmallow import Schema, ValidationError, validate, validates_schema
from marshmallow import fields as mf

from hub.adapters.language import config_da, config_partial, config_rules, toml_da
from hub.adapters.language.claim_schema import ClaimSchema
from hub.adapters.language.claim_templates import check_claim_files
from hub.adapters.language.config_build import build_config
from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_form_schema import FormSchema
from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.language.config_parts import FieldRule, ListRule
from hub.errors import ConfigError
from hub.schemas.municipalities import normalise_municipality

__all__ = [
    "ConfigSchema",
    "FieldRule",
    "FormConfig",
    "ListRule",
    "MunicipalityConfig",
    "flatten_errors",
    "load_config_file",
    "validate_config",
]

SLUG_RULE = "not a slug: the file's name, in lower-case a-z, digits and hyphens (æ→ae, ø→oe, å→aa)"


class MunicipalitySchema(Schema):
    code = mf.String(
        required=True, error_messages={"invalid": 'not a text: write the code in quotes, code = "461"'}
    )
    slug = mf.String(required=True, validate=validate.Regexp(r"[a-z0-9]+(-[a-z0-9]+)*", error=SLUG_RULE))
    name = mf.String(required=True, validate=validate.Length(min=1))
    jobcentre = mf.String(required=True, validate=validate.Length(min=1))

    @validates_schema(skip_on_field_errors=True)
    def _official_code(self, data: dict[str, Any], **kwargs: Any) -> None:
        if not re.fullmatch(r"0?\d{3}", data["code"]):
            raise ValidationError('3 digits (or 4 with a leading zero), as a string: "159"', "code")
        try:
            data["code"] = normalise_municipality(data["code"])
        except ValueError as exc:
            raise ValidationError(f"not one of the 98 municipality codes: {exc}", "code") from exc


def _rule_flag() -> mf.Boolean:
    return mf.Boolean(truthy={True}, falsy={False})


def _rule_count(most: int) -> mf.Integer:
    return mf.Integer(strict=True, validate=validate.Range(min=1, max=most))


class AuditSchema(Schema):
    claim_period = mf.String(required=True, validate=validate.OneOf(["month", "quarter", "half_year"]))
    cpr_in_bundles = mf.String(required=True, validate=validate.OneOf(["full", "masked"]))
    retention_years = mf.Integer(required=True, strict=True, validate=validate.Range(min=1, max=100))
    # The evidence each claim line needs (docs/config-language.md, "Audit rules"); a rule left out is
    # not checked for this municipality.
    grant_on_or_before_start = _rule_flag()
    hours_signed_by_mentor = _rule_flag()
    hours_within_grant = _rule_flag()
    timesheet_every_month = _rule_flag()
    progress_report_every_weeks = _rule_count(52)
    end_form_within_days = _rule_count(365)


class ConfigSchema(Schema):
    config_version = mf.Integer(required=True, strict=True, validate=validate.Equal(1))
    municipality = mf.Nested(MunicipalitySchema, required=True)
    audit = mf.Nested(AuditSchema, required=True)
    forms = mf.List(mf.Nested(FormSchema), required=True, validate=validate.Length(min=1))
    claim = mf.Nested(ClaimSchema)  # the claim the municipality wants back; none: it pays no mentor support

    @validates_schema(skip_on_field_errors=True)
    def _unique_ids(self, data: dict[str, Any], **kwargs: Any) -> None:
        seen: set[str] = set()
        for index, form in enumerate(data["forms"]):
            if form["id"] in seen:
                raise ValidationError({"forms": {index: {"id": [f"id '{form['id']}' used twice"]}}})
            seen.add(form["id"])


_READABLE = {
    "Unknown field.": "unknown key",
    "Missing data for required field.": "missing (required)",
}


def flatten_errors(messages: Any, prefix: str = "") -> list[str]:
    """Turn marshmallow's nested messages into "key.path[0].key: message" lines."""
    if isinstance(messages, dict):
        lines: list[str] = []
        for key, value in messages.items():
            if key == "_schema":
                step = prefix
            elif isinstance(key, int):
                step = f"{prefix}[{key}]"
            else:
                step = f"{prefix}.{key}" if prefix else str(key)
            lines.extend(flatten_errors(value, step))
        return lines
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return [f"{prefix or '(file)'}: {_READABLE.get(m, m)}" for m in messages]
    if isinstance(messages, list):
        return [line for item in messages for line in flatten_errors(item, prefix)]
    return [f"{prefix or '(file)'}: {messages}"]


def validate_config(data: dict[str, Any], path: Path, *, claim_files: bool = True) -> MunicipalityConfig:
    """Validate a parsed config dict read from `path`; raise ConfigError listing every problem.

    A file with errors is checked as far as it loaded (`config_partial`), so that its author meets them
    all in one run, not one layer per run. `claim_files=False` leaves out the check of the `[claim]`
    against its template file (pypdf or lxml reading it, a quarter of a `hub` start): for a process that
    writes no claim (decision 0010, "Stop 68"); the `[claim]` section itself is checked either way."""
    errors: dict[Any, Any] = {}
    try:
        loaded = ConfigSchema().load(data)
    except ValidationError as exc:
        errors = exc.messages if isinstance(exc.messages, dict) else {"_schema": exc.messages}
        loaded = config_partial.aligned(exc.valid_data if isinstance(exc.valid_data, dict) else {}, data)
        errors = _merge(errors, config_partial.skipped_checks(errors, loaded, data, FormSchema()))
    problems = flatten_errors(errors)
    # Problems with a claim's template carry their Danish; the others are said in Danish by `config_da`.
    danish: dict[str, str] = {}
    problems += config_rules.check_files(loaded, path)
    slug = (loaded.get("municipality") or {}).get("slug")
    if isinstance(slug, str) and slug != path.stem:
        problems.append(f"municipality.slug: '{slug}' must equal the file name")
    if claim_files and "claim" in loaded and "claim" not in errors:
        claim_problems = check_claim_files(loaded["claim"], path)
        problems += [en for en, _ in claim_problems]
        danish |= dict(claim_problems)
    if problems:
        unique = sorted(set(problems), key=problems.index)
        raise ConfigError(
            "\n".join(f"{path.name}: {line}" for line in unique),
            "\n".join(f"{path.name}: {danish.get(line) or config_da.danish(line)}" for line in unique),
        )
    return build_config(loaded, data, path)


def _merge(first: dict[Any, Any], more: dict[Any, Any]) -> dict[Any, Any]:
    """Two marshmallow-shaped message trees as one (`more`'s keys after `first`'s)."""
    merged = dict(first)
    for key, value in more.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = merged[key] + value
        else:
            merged.setdefault(key, value)
    return merged


def read_toml(path: Path) -> dict[str, Any]:
    """A config file parsed; `ConfigError` naming the file when it cannot be read or is not TOML."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"{path.name}: not valid TOML: {exc}",
            f"{path.name}: ikke gyldig TOML: {toml_da.toml_danish(str(exc))}",
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path.name}: cannot be read: {exc}", f"{path.name}: kan ikke læses: {exc}"
        ) from None


def load_config_file(path: Path, *, claim_files: bool = True) -> MunicipalityConfig:
    """Read, validate and build one municipality config file (`claim_files` as `validate_config`'s)."""
    path = Path(path)
    return validate_config(read_toml(path), path, claim_files=claim_files)
