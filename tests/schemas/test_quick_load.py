"""`load_record` without marshmallow's machinery for a record it accepts (hub/schemas/quick_load.py): the
same record out, key for key and in the same order, and for anything else marshmallow's own errors."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from marshmallow import Schema, ValidationError
from test_schema_records import mentor_hours, others, placement

from hub.schemas import quick_load
from hub.schemas.records import _schema, load_record

ODD = [None, "", " ", "x", 0, -1, 7, 1.5, True, "0", "2026-02-30", "2026-W53", "99", [], {}, ["a"], {"a": 1}]


def goods() -> list[dict[str, Any]]:
    return [placement(), mentor_hours(), *others().values()]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield path + (key,)
            yield from _paths(inner, path + (key,))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield path + (index,)
            yield from _paths(inner, path + (index,))


def _changed(record: dict[str, Any], path: tuple[Any, ...], new: Any) -> dict[str, Any]:
    changed = copy.deepcopy(record)
    target = changed
    for key in path[:-1]:
        target = target[key]
    if new is _changed:
        del target[path[-1]]
    else:
        target[path[-1]] = new
    return changed


def variants() -> Iterator[dict[str, Any]]:
    """Every good example, and each with one value replaced by an odd one, deleted, or a field added."""
    for record in goods():
        yield record
        for path in _paths(record):
            for new in [*ODD, _changed]:
                yield _changed(record, path, new)
            if isinstance(path[-1], str):
                yield _changed(record, path[:-1] + ("colour",), "red")


def _outcome(load: Any, record: dict[str, Any]) -> tuple[str, str]:
    try:
        return "loaded", json.dumps(load(copy.deepcopy(record)), default=str)  # key order counts
    except ValidationError as error:
        return "refused", json.dumps(error.messages, sort_keys=True, default=str)


def test_every_variant_comes_out_as_marshmallow_loads_it() -> None:
    seen = {"loaded": 0, "refused": 0}
    for record in variants():
        if not any(record.get("form_type") == kind for kind in ["placement", *others()]):
            continue  # load_record's own message, before any schema
        slow = _outcome(lambda data: _schema(data["form_type"]).load(data), record)
        assert _outcome(load_record, record) == slow, record
        seen[slow[0]] += 1
    # The variants reach both sides: some odd values are accepted (a name of "x"), most are not.
    assert seen["loaded"] > 50 and seen["refused"] > 500


def test_a_good_record_is_not_loaded_by_marshmallow(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[type] = []
    real = Schema._do_load

    def counted(self: Schema, *args: Any, **kwargs: Any) -> Any:
        calls.append(type(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Schema, "_do_load", counted)
    for record in goods():
        load_record(record)
    assert calls == []
    bad = placement() | {"period": {"start": "2026-08-03", "end": "2026-08-01"}}
    with pytest.raises(ValidationError) as refused:
        load_record(bad)
    assert refused.value.messages == {"period": {"end": ["end 2026-08-01 is before start 2026-08-03"]}}
    assert calls and calls[0].__name__ == "PlacementSchema"  # the error came from marshmallow


def test_a_schema_with_hooks_it_does_not_follow_is_left_to_marshmallow() -> None:
    from marshmallow import fields, post_load

    class Hooked(Schema):
        name = fields.String()

        @post_load
        def _upper(self, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
            return {"name": data["name"].upper()}

    assert quick_load.load(Hooked(), {"name": "a"}) is None


def test_a_good_record_composes_no_validators(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each field's validators are called one by one: marshmallow's `Field._validate` builds an `And` of
    them for every value."""
    from marshmallow import validate

    built: list[int] = []
    real = validate.And.__init__

    def counted(self: validate.And, *validators: Any) -> None:
        built.append(len(validators))
        real(self, *validators)

    monkeypatch.setattr(validate.And, "__init__", counted)
    for record in goods():
        load_record(record)
    assert built == []
