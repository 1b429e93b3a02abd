"""A record the schemas accept, loaded without marshmallow's per-schema machinery (decision 0030, stop 51).

`load_record` validates every record a worker stores. Marshmallow's `Schema.load` spends most of its
time on its own bookkeeping (an error store, a getter and a `partial` check per field, seven schemas a
record, and every field's validators composed anew for each value), not on the fields. `load` walks the
same schema instances and calls the same fields' `_deserialize` (or `deserialize`, for a field that
overrides it), their validators and the same `@validates_schema` methods, in the same order, so a valid
record comes out as `Schema.load` gives it (the same keys in the same order, the same values). It
decides nothing on its own: at the first error of any kind it gives up (None), and the caller runs
`Schema.load`, whose errors are the only ones a sender ever sees. A schema that uses what this does not
follow (hooks other than `@validates_schema`, `data_key`, `attribute`, a nested schema's options, a
field's own `pre_load`/`post_load`) is always left to marshmallow.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from marshmallow import RAISE, Schema, fields
from marshmallow.decorators import POST_LOAD, PRE_LOAD, VALIDATES, VALIDATES_SCHEMA
from marshmallow.utils import missing

Step = tuple[str, Callable[[Any, Mapping[str, Any]], Any]]  # a field's name and how its value is loaded


class _GiveUp(Exception):
    """Not loaded here: `Schema.load` decides (and words any error)."""


def load(schema: Schema, data: Any) -> dict[str, Any] | None:
    """`schema.load(data)` for a record it accepts; None when marshmallow must decide."""
    plan = _plan(schema)
    if plan is None:
        return None
    try:
        return plan(data)
    except Exception:  # any error at all: marshmallow's own load says what it is
        return None


@cache
def _plan(schema: Schema) -> Callable[[Any], dict[str, Any]] | None:
    """How `schema` loads a mapping, or None when it uses something this does not follow."""
    hooks = schema._hooks
    if hooks[PRE_LOAD] or hooks[POST_LOAD] or hooks[VALIDATES] or schema.many or schema.partial:
        return None
    if schema.unknown != RAISE or any(many for _, many, _ in hooks[VALIDATES_SCHEMA]):
        return None
    validators = [getattr(schema, name) for name, _, _ in hooks[VALIDATES_SCHEMA]]
    steps: list[Step] = []
    for name, field in schema.load_fields.items():
        if field.data_key is not None or field.attribute is not None or "." in name:
            return None
        step = _step(name, field)
        if step is None:
            return None
        steps.append(step)
    known = frozenset(name for name, _ in steps)

    def run(data: Any) -> dict[str, Any]:
        if not isinstance(data, Mapping) or not known.issuperset(data):
            raise _GiveUp  # not an object, or a field the schema does not know
        loaded: dict[str, Any] = {}
        for name, step in steps:
            value = step(data.get(name, missing), data)
            if value is not missing:
                loaded[name] = value
        for validator in validators:  # as marshmallow calls them when no field failed
            validator(loaded, partial=None, many=False, unknown=RAISE)
        return loaded

    return run


def _plain(field: fields.Field) -> bool:
    """Whether a field does nothing around its `_deserialize` but what `_nested` repeats."""
    return not (field.pre_load or field.post_load)


def _step(name: str, field: fields.Field) -> Step | None:
    """How one field's value is loaded: a nested schema walked here, any other field by its own
    `deserialize` (as `Schema.load` calls it)."""
    plain = _plain(field) and _validates_as_field(field)
    if isinstance(field, fields.Nested) and plain and not field.many and field.unknown is None:
        inner = _plan(field.schema) if isinstance(field.schema, Schema) else None
        if inner is None or field.schema.many:
            return None
        return name, _nested(field, inner)
    if isinstance(field, fields.List) and isinstance(field.inner, fields.Nested) and plain:
        item = _step(name, field.inner)
        if item is None:
            return None
        return name, _listed(field, item[1])

    if not plain:

        def own(value: Any, data: Mapping[str, Any]) -> Any:
            return field.deserialize(value, name, data)

        return name, own
    return name, _leaf(name, field)


def _validates_as_field(field: fields.Field) -> bool:
    """Whether a field deserializes and validates as `Field.deserialize` does (its own `_deserialize`)."""
    kind = type(field)
    return kind.deserialize is fields.Field.deserialize and kind._validate is fields.Field._validate


def _leaf(name: str, field: fields.Field) -> Callable[..., Any]:
    """`field.deserialize` for a value it accepts, with its validators called one by one: marshmallow
    composes them anew for every value (`And`), a third of a record's load."""
    convert, validators = field._deserialize, tuple(field.validators)

    def step(value: Any, data: Mapping[str, Any]) -> Any:
        if value is missing:
            if field.required:
                raise _GiveUp
            default = field.load_default
            return default() if callable(default) else default
        if value is None:
            if not field.allow_none:
                raise _GiveUp
            return None
        output = convert(value, name, data)
        for validator in validators:
            validator(output)
        return output

    return step


def _nested(field: fields.Nested, inner: Callable[[Any], dict[str, Any]]) -> Callable[..., Any]:
    def step(value: Any, data: Mapping[str, Any]) -> Any:
        if not isinstance(value, Mapping):
            raise _GiveUp  # missing or null: the field's own rules, worded by marshmallow
        loaded = inner(value)
        for validator in field.validators:
            validator(loaded)
        return loaded

    return step


def _listed(field: fields.List, item: Callable[[Any, Mapping[str, Any]], Any]) -> Callable[..., Any]:
    def step(value: Any, data: Mapping[str, Any]) -> Any:
        if not isinstance(value, list):
            raise _GiveUp
        loaded = [item(each, data) for each in value]
        for validator in field.validators:
            validator(loaded)
        return loaded

    return step
