"""The checks a config file with errors would otherwise hide until those errors are fixed.

marshmallow skips a schema's own checks (`validates_schema`) wherever one of its fields fails: a form
with one unknown key had its selectors, reader options and paths unchecked, and a file with any error
had its form ids, file name and files unchecked, so whoever onboards a municipality met its errors one
layer per run. Here those checks run on what did load (`ValidationError.valid_data`), and a message is
kept only where no error of the first layer already is: a part with errors of its own reports those
alone, since a rule judging half-loaded data could only repeat them in other words.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from marshmallow import Schema, ValidationError
from marshmallow import fields as mf

from hub.adapters.language import config_rules

# What a rule may raise on half-loaded data (a key that failed is missing, a value has the wrong type):
# such a rule has nothing to say that the first layer did not.
_HALF_LOADED = (KeyError, TypeError, AttributeError, ValueError, IndexError)


def aligned(loaded: Mapping[str, Any], data: Mapping[str, Any]) -> dict[str, Any]:
    """What loaded, without its forms when they do not line up with the file's. marshmallow 4 keeps an
    empty table in the place of a form that did not load; were one left out, every later form's index
    would name another form, and a line about it would point at the wrong one."""
    forms, raw = loaded.get("forms"), data.get("forms")
    if isinstance(forms, list) and not (isinstance(raw, list) and len(forms) == len(raw)):
        return {key: value for key, value in loaded.items() if key != "forms"}
    return dict(loaded)


def skipped_checks(
    errors: Mapping[Any, Any], loaded: Mapping[str, Any], data: Mapping[str, Any], form_schema: Schema
) -> dict[Any, Any]:
    """The form checks marshmallow skipped beside `errors`, as marshmallow-shaped messages: each form's
    rules (`config_rules.check_form`) where the form had errors, and the form ids' uniqueness. `data`
    is the file as read; `form_schema` loads one of its forms."""
    found: dict[Any, Any] = {}
    form_errors = errors.get("forms")
    forms = loaded.get("forms")
    if not isinstance(forms, list):
        return found  # no forms loaded (the list itself is wrong)
    form_errors = form_errors if isinstance(form_errors, dict) else {}  # a form without: its checks ran
    for index, (form, raw) in enumerate(zip(forms, data["forms"], strict=True)):
        if index not in form_errors or not _whole(form_schema, raw, form):
            continue
        try:
            config_rules.check_form(copy.deepcopy(form))
        except ValidationError as exc:
            kept = _beside(exc.messages, form_errors[index])
            if kept:
                found.setdefault("forms", {})[index] = kept
        except _HALF_LOADED:
            continue
    seen: set[str] = set()
    for index, form in enumerate(forms):
        form_id = form.get("id") if isinstance(form, dict) else None
        if isinstance(form_id, str) and form_id in seen:
            found.setdefault("forms", {}).setdefault(index, {}).setdefault("id", []).append(
                f"id '{form_id}' used twice"
            )
        elif isinstance(form_id, str):
            seen.add(form_id)
    return found


def _whole(schema: Schema, raw: Any, loaded: Any) -> bool:
    """Whether every part of `raw` the rules weigh against each other loaded with `schema`: each key
    the file gives (but an unknown one), each entry of a list, each nested table, all the way down. A
    rule would judge a form whose `[forms.items]` failed, say, as a form without one."""
    if not isinstance(raw, dict) or not isinstance(loaded, dict):
        return False
    by_key = {
        field.data_key or name: (field.attribute or name, field) for name, field in schema.fields.items()
    }
    for key, value in raw.items():
        if key not in by_key:
            continue  # an unknown key: an error of its own, and no rule reads it
        name, field = by_key[key]
        if name not in loaded:
            return False
        inner = field.inner if isinstance(field, mf.List) else None
        if isinstance(field, mf.Nested) and not _whole(field.schema, value, loaded[name]):
            return False
        if isinstance(inner, mf.Nested):
            entries = loaded[name]
            if not isinstance(value, list) or not isinstance(entries, list) or len(entries) != len(value):
                return False
            if not all(_whole(inner.schema, r, e) for r, e in zip(value, entries, strict=True)):
                return False
    return True


def _beside(messages: Any, errors: Any) -> Any:
    """The part of `messages` on keys `errors` does not touch: a key with errors of its own, or under
    one, keeps only those."""
    if not isinstance(messages, dict):
        return None if errors else messages
    if not isinstance(errors, dict):
        return None if errors else messages
    kept = {}
    for key, value in messages.items():
        if key not in errors:
            kept[key] = value
            continue
        inner = _beside(value, errors[key])
        if inner:
            kept[key] = inner
    return kept or None
