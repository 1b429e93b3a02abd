"""The schema of a config file's `[[forms]]` tables (docs/config-language.md): a form's recognising, its
fields, lists, items and conditions, each with its transforms.

Apart from `config_schema` (the file as a whole, and its loader) because a form is most of the language
and is also loaded on its own: the company's one form (`company_adapter`) and a file that loaded only in
part (`config_partial`) are checked with `FormSchema`. Its rules across keys are in `config_field_rules`,
`config_list_rules` and `config_rules`; a condition's table, its schema and its checks, in
`config_conditions`.
"""

from __future__ import annotations

import re
from typing import Any

from marshmallow import Schema, ValidationError, validate, validates_schema
from marshmallow import fields as mf

from hub.adapters.language import config_field_rules, config_list_rules, config_rules
from hub.adapters.language.config_conditions import ConditionSchema, RowConditionSchema
from hub.adapters.mapping.transform_types import TransformCall, called
from hub.adapters.mapping.transforms import TRANSFORMS

__all__ = [
    "FORMATS",
    "FORM_TYPES",
    "FieldSchema",
    "FormSchema",
    "ItemsSchema",
    "ListFieldSchema",
    "ListSchema",
    "RecogniseSchema",
    "StopSchema",
    "TransformField",
]

FORM_TYPES = ("placement", "mentor_support", "mentor_hours", "progress_report", "placement_end")
FORMATS = ("pdf", "xml", "csv", "xlsx")
_IDENT = r"[a-z_][a-z0-9_]*"
_PATH = re.compile(rf"{_IDENT}(\.{_IDENT})*")


class TransformField(mf.Field):
    """A transform: a name, or a table with `name` and that transform's arguments."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> TransformCall:
        name, transform, args = called(value, TRANSFORMS, "transform", "map")
        return TransformCall(name, transform.validate_args(args))


def _bool() -> mf.Boolean:
    return mf.Boolean(truthy={True}, falsy={False}, load_default=False)


def _path() -> mf.String:
    return mf.String(required=True, validate=validate.Regexp(_PATH, error="not a canonical path: {input}"))


class FieldSchema(Schema):
    path = _path()
    source = mf.String()
    sources = mf.List(mf.String(), validate=validate.Length(min=1))
    value = mf.String()
    compute = mf.String(validate=validate.Regexp(r"sum:[a-z_.]+\.[a-z_]+", error="write sum:LIST.KEY"))
    transforms = mf.List(TransformField(), load_default=list)
    optional = _bool()
    nullable = _bool()
    prefilled = _bool()

    @validates_schema
    def _one_origin(self, data: dict[str, Any], **kwargs: Any) -> None:
        config_field_rules.check_field_origin(data)


class ListFieldSchema(Schema):
    key = mf.String(required=True, validate=validate.Regexp(rf"{_IDENT}", error="not a key name: {input}"))
    source = mf.String()
    # Several columns (fields, elements) its first transform combines: a week's weekdays, by `sum`.
    sources = mf.List(mf.String(validate=validate.Length(min=1)), validate=validate.Length(min=1))
    transforms = mf.List(TransformField(), load_default=list)
    optional = _bool()
    prefilled = _bool()


class StopSchema(Schema):
    """Where a csv/xlsx table ends: any rule given ends it (docs/config-language.md, "Tables that end")."""

    label = mf.String(validate=validate.Length(min=1))
    blank = mf.String(validate=validate.Length(min=1))
    not_date = mf.String(validate=validate.Length(min=1))

    @validates_schema
    def _some_rule(self, data: dict[str, Any], **kwargs: Any) -> None:
        if not data:
            raise ValidationError("give at least one of label, blank, not_date")


class SubtotalSchema(Schema):
    """Lines of sums inside a csv/xlsx table (of items, or a list's), each checked against the rows above it
    (docs/config-language.md, "Subtotal lines inside a table")."""

    label = mf.String(validate=validate.Length(min=1))  # the line's first filled cell is this text
    starts = mf.String(validate=validate.Length(min=1))  # ... or starts with it: `I alt uge 38`
    columns = mf.List(mf.String(validate=validate.Length(min=1)), validate=validate.Length(min=1))

    @validates_schema
    def _one_label(self, data: dict[str, Any], **kwargs: Any) -> None:
        given = [k for k in ("label", "starts") if k in data]
        if len(given) != 1:
            raise ValidationError(f"give exactly one of label, starts (got {given or 'none'})")


# An xml list's groups and their sums are named together (stop 67, fixes-105: a week's element carrying
# its visits and their sum, the forty-fifth trial's shape).
XML_SUMS = (
    "an xml list's subtotals name the element holding each group of its rows and each list key's sum"
    ' inside it, together: subtotals = { element = "f:uge", sums = { hours = "@timer" } }'
)


class ListSubtotalSchema(SubtotalSchema):
    """A list's subtotals: a table's lines of sums, or an xml list's group elements with their own sums
    (`element`, `sums`)."""

    element = mf.String(validate=validate.Length(min=1))  # xml: the element holding a group of rows
    sums = mf.Dict(  # xml: a list key -> its sum inside that element (`hours = "@timer"`)
        keys=mf.String(), values=mf.String(validate=validate.Length(min=1)), validate=validate.Length(min=1)
    )

    @validates_schema
    def _one_label(self, data: dict[str, Any], **kwargs: Any) -> None:
        given = [k for k in ("label", "starts", "element") if k in data]
        if len(given) != 1:
            raise ValidationError(f"give exactly one of label, starts, element (got {given or 'none'})")
        if ("element" in data) != ("sums" in data):  # a group with nothing checked, or sums in no group
            raise ValidationError(XML_SUMS, "sums" if "element" in data else "element")
        if "element" in data and "columns" in data:
            raise ValidationError(XML_SUMS, "columns")


class ListSchema(Schema):
    path = _path()
    table = mf.Dict(keys=mf.String(), values=mf.String(validate=validate.Length(min=1)))
    rows = mf.String()
    repeat = mf.Integer(strict=True, validate=validate.Range(min=1, max=500))
    aggregate = mf.String(validate=validate.OneOf(["iso_week"]))
    items = mf.List(
        mf.Nested(ListFieldSchema), data_key="fields", required=True, validate=validate.Length(min=1)
    )
    optional = _bool()
    stop = mf.Nested(StopSchema)
    subtotals = mf.Nested(ListSubtotalSchema)
    across = _bool()  # a table turned a quarter (a pivot): one entry a column
    require = mf.List(mf.Nested(RowConditionSchema), load_default=list)

    @validates_schema
    def _one_kind(self, data: dict[str, Any], **kwargs: Any) -> None:
        config_list_rules.check_list(data)


# An xml form's items are its `rows` elements, one record each (`items.py`); joining the elements of one
# key into one record is the tables' grouping only (stop 64, fixes-88: Go's flat export of visits).
GROUP_NOT_XML = (
    "group is for csv/xlsx item tables, with key: an xml form's items are its rows' elements, one record"
    " each, and elements of one citizen are not joined by a key (their visits must lie in one element"
    " per citizen, read by a list's rows)"
)


class ItemsSchema(Schema):
    repeat = mf.Integer(strict=True, validate=validate.Range(min=1, max=2000))
    rows = mf.String(validate=validate.Length(min=1))
    key = mf.String(validate=validate.Length(min=1))
    group = _bool()
    across = _bool()
    stop = mf.Nested(StopSchema)
    subtotals = mf.Nested(SubtotalSchema)

    @validates_schema
    def _one_kind(self, data: dict[str, Any], **kwargs: Any) -> None:
        if data.get("across"):
            config_field_rules.check_across(data)
        kinds = [k for k in ("repeat", "rows", "key") if k in data]
        if len(kinds) != 1:
            raise ValidationError(f"give exactly one of repeat, rows, key (got {kinds or 'none'})")
        if data.get("group") and "rows" in data:  # said apart: "goes with key" sent one to add a key
            raise ValidationError(GROUP_NOT_XML, "group")
        if data.get("group") and "key" not in data:
            raise ValidationError("group goes with key (rows of one table grouped by their key)", "group")
        for word, what in (("stop", "ends"), ("subtotals", "checks lines of sums inside")):
            if word in data and "key" not in data:
                raise ValidationError(f"{word} {what} a csv/xlsx item table: it goes with key", word)


class RecogniseSchema(Schema):
    selectors = mf.List(mf.String(), data_key="fields")
    contains = mf.List(mf.String(validate=validate.Length(min=1)))
    root = mf.String()
    title = mf.String(validate=validate.Length(min=1))  # pdf: words of the printed title

    @validates_schema
    def _some_rule(self, data: dict[str, Any], **kwargs: Any) -> None:
        if not any(data.get(k) for k in ("selectors", "contains", "root", "title")):
            raise ValidationError("give at least one rule: fields, contains, root or title")


class FormSchema(Schema):
    id = mf.String(
        required=True, validate=validate.Regexp(r"[a-z0-9][a-z0-9_-]*", error="not an id: {input}")
    )
    form_type = mf.String(required=True, validate=validate.OneOf(FORM_TYPES))
    format = mf.String(required=True, validate=validate.OneOf(FORMATS))
    title = mf.String(load_default="")
    title_en = mf.String(load_default="")
    recognise = mf.Nested(RecogniseSchema, required=True)
    reader = mf.Dict(keys=mf.String(), load_default=dict)
    rules = mf.List(mf.Nested(FieldSchema), data_key="fields", required=True, validate=validate.Length(min=1))
    lists = mf.List(mf.Nested(ListSchema), load_default=list)
    items = mf.Nested(ItemsSchema)
    require = mf.List(mf.Nested(ConditionSchema), load_default=list)

    @validates_schema(skip_on_field_errors=True)
    def _fits_format(self, data: dict[str, Any], **kwargs: Any) -> None:
        config_rules.check_form(data)
