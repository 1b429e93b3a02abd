"""The company's canonical adapter: `config/company.toml`, the forms that read the one form back.

The same config language as a municipality's file, without the municipality: `config_version`, a
`[company]` table naming the adapter in messages, and `[[forms]]`. Its records name their placement by
`participant_id`; ingestion resolves it and files each record with its intern's own municipality.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from marshmallow import Schema, ValidationError, validate, validates_schema
from marshmallow import fields as mf

from hub.adapters.language.config_build import build_form
from hub.adapters.language.config_form_schema import FormSchema
from hub.adapters.language.config_model import CompanyAdapter
from hub.adapters.language.config_schema import flatten_errors, read_toml
from hub.errors import ConfigError


class CompanyHeaderSchema(Schema):
    name = mf.String(required=True, validate=validate.Length(min=1))


class CompanyAdapterSchema(Schema):
    config_version = mf.Integer(required=True, strict=True, validate=validate.Equal(1))
    company = mf.Nested(CompanyHeaderSchema, required=True)
    forms = mf.List(mf.Nested(FormSchema), required=True, validate=validate.Length(min=1))

    @validates_schema(skip_on_field_errors=True)
    def _unique_ids(self, data: dict[str, Any], **kwargs: Any) -> None:
        ids = [form["id"] for form in data["forms"]]
        for index, form_id in enumerate(ids):
            if form_id in ids[:index]:
                raise ValidationError({"forms": {index: {"id": [f"id '{form_id}' used twice"]}}})


def load_company_adapter(path: Path) -> CompanyAdapter:
    """Read and validate the company adapter; `ConfigError` lists every problem with its key path."""
    path = Path(path)
    raw = read_toml(path)
    try:
        data = CompanyAdapterSchema().load(raw)
    except ValidationError as exc:
        raise ConfigError(
            "\n".join(f"{path.name}: {line}" for line in flatten_errors(exc.messages))
        ) from None
    forms = tuple(build_form(form, raw["forms"][i], path) for i, form in enumerate(data["forms"]))
    return CompanyAdapter(data["company"]["name"], forms, path)
