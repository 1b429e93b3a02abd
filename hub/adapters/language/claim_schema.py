"""The schema of a config file's `[claim]` section: the claim a municipality wants back, in its format.

The outbound half of an adapter (docs/config-language.md, "Claims"): which template (a PDF form, an XSD,
or no file for a CSV layout), how the writer writes it, and which claim value fills which template field,
element or column through which outbound transforms. Unknown keys are errors; rules spanning several keys
(what fits the format, known value names, transform kinds) live in `claim_rules`, and checks against the
template file itself in `claim_templates`.
"""

from __future__ import annotations

from typing import Any

from marshmallow import Schema, ValidationError, validate, validates_schema
from marshmallow import fields as mf

from hub.adapters.language import claim_rules
from hub.adapters.language.xml_prefix import namespaces_table
from hub.adapters.mapping.outbound import OUT_TRANSFORMS
from hub.adapters.mapping.outbound_types import OutCall
from hub.adapters.mapping.transform_types import called

__all__ = [
    "ClaimFieldSchema",
    "ClaimLinesSchema",
    "ClaimSchema",
    "CsvWriterSchema",
    "PdfWriterSchema",
    "WRITER_SCHEMAS",
    "XmlWriterSchema",
]

FORMATS = ("pdf", "xml", "csv")


def _bool(default: bool = False) -> mf.Boolean:
    return mf.Boolean(truthy={True}, falsy={False}, load_default=default)


class OutTransformField(mf.Field):
    """An outbound transform: a name, or a table with `name` and that transform's arguments."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> OutCall:
        name, transform, args = called(value, OUT_TRANSFORMS, "claim transform", "date")
        return OutCall(name, transform.validate_args(args))


class ClaimFieldSchema(Schema):
    target = mf.String(required=True, validate=validate.Length(min=1))
    source = mf.String()
    value = mf.String()
    transforms = mf.List(OutTransformField(), load_default=list)
    optional = _bool()


class ClaimLinesSchema(Schema):
    repeat = mf.Integer(strict=True, validate=validate.Range(min=1, max=200))
    path = mf.String(validate=validate.Length(min=1))
    items = mf.List(
        mf.Nested(ClaimFieldSchema), data_key="fields", required=True, validate=validate.Length(min=1)
    )


class PdfWriterSchema(Schema):
    flatten = _bool()


class XmlWriterSchema(Schema):
    root = mf.String(required=True)
    namespaces = namespaces_table(mf.String(validate=validate.Length(min=1)), load_default=dict)


class CsvWriterSchema(Schema):
    delimiter = mf.String(load_default=";", validate=validate.OneOf([";", ",", "\t", "|"]))
    encoding = mf.String(load_default="utf-8", validate=validate.OneOf(["utf-8", "utf-8-sig", "cp1252"]))
    line_ending = mf.String(load_default="crlf", validate=validate.OneOf(["crlf", "lf"]))
    header_row = _bool(default=True)
    title = mf.String(validate=validate.Length(min=1))


WRITER_SCHEMAS: dict[str, type[Schema]] = {
    "pdf": PdfWriterSchema,
    "xml": XmlWriterSchema,
    "csv": CsvWriterSchema,
}


class ClaimSchema(Schema):
    format = mf.String(required=True, validate=validate.OneOf(FORMATS))
    template = mf.String(validate=validate.Length(min=1))
    writer = mf.Dict(keys=mf.String(), load_default=dict)
    rules = mf.List(mf.Nested(ClaimFieldSchema), data_key="fields", load_default=list)
    lines = mf.Nested(ClaimLinesSchema, required=True)
    footer = mf.List(mf.Nested(ClaimFieldSchema), load_default=list)

    @validates_schema(skip_on_field_errors=True)
    def _fits_format(self, data: dict[str, Any], **kwargs: Any) -> None:
        try:
            data["writer"] = WRITER_SCHEMAS[data["format"]]().load(data["writer"])
        except ValidationError as exc:
            raise ValidationError({"writer": exc.messages}) from exc
        claim_rules.check_claim(data)
