"""Config checks of what a form's fields give the record: a word list's values (`map`, `checked`,
`default`, a constant) are values the canonical field accepts (or the draft's `TODO`, which `hub
adapters check` reports), a transform that gives a number (`integer`) ends only a field that holds one
(fixes-116: a P-number so mapped was refused "must be a string" by every document), and `optional` is
not set on a field the record requires.

Either mistake loads, maps and then rejects every document it touches, with the blame on the document
("'aktiv' is not one of ..." or "Missing data for required field") though no document could be right;
so both are refused when the config loads, naming the key, as a misspelt path is (`config_paths`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hub.adapters.language.config_field_rules import add_error
from hub.adapters.language.config_parts import FieldRule
from hub.adapters.mapping.placeholder import PLACEHOLDER
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.schemas.records import allows_null, canonical_fields, number_paths, value_choices

__all__ = ["PLACEHOLDER", "check_values", "given", "placeholders"]

_WORD_LISTS = {"map", "checked"}
# What `hub adapters suggest` writes for a value it could not guess (`mapping.placeholder`): a draft must
# load as written, so it is no load error, but `hub adapters check` says the form is not finished
# (`placeholders`), and a document with that value is refused as the config's gap.


def given(constant: Any, calls: Sequence[TransformCall]) -> list[tuple[tuple[Any, ...], str]]:
    """Each value a field can give its record unchanged, with the key it is written at: the constant,
    and the values and defaults of the word lists and `default`s at the end of its transforms."""
    if constant is not None:
        return [(("value",), str(constant))]
    found: list[tuple[tuple[Any, ...], str]] = []
    for index in range(len(calls) - 1, -1, -1):
        call = calls[index]
        if "default" in call.args:
            found.append((("transforms", index, "default"), str(call.args["default"])))
        if call.name == "default":
            found.append((("transforms", index, "value"), str(call.args["value"])))
            continue  # a default is applied to an empty value; the transform before it gives the rest
        if call.name in _WORD_LISTS:
            found += [(("transforms", index, "values"), str(v)) for v in call.args["values"].values()]
        break  # any other transform changes the text: what reaches the record is not written here
    return found


def check_values(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    """Each field's fixed values are among its canonical choices ("" means empty); no required field is
    `optional`."""
    form_type = data["form_type"]
    choices = value_choices(form_type)
    required = canonical_fields(form_type)
    nullable = allows_null(form_type)
    numbers = number_paths(form_type)
    for index, rule in enumerate(data["rules"]):
        path = rule["path"]
        if rule.get("optional") and required.get(path):
            fix = "write nullable = true (null when empty)" if path in nullable else "remove it"
            add_error(
                errors,
                ("fields", index, "optional"),
                f"'{path}' is required in a {form_type} record: optional leaves it out and every such "
                f"document is rejected; {fix}",
            )
        _empty_key(rule.get("transforms", []), ("fields", index), errors)
        _number_given(rule.get("transforms", []), path, numbers, ("fields", index), errors)
        found = given(rule.get("value"), rule.get("transforms", []))
        _not_chosen(found, path, choices.get(path), ("fields", index), errors)
    # A list's field is read as a field is (`Reader.read`): its map's key "" is never read either, and
    # its word list's values go to its item's key under the list's path (`entries.week`).
    for index, rule in enumerate(data["lists"]):
        for n, field in enumerate(rule["items"]):
            at = ("lists", index, "fields", n)
            _empty_key(field.get("transforms", []), at, errors)
            path = f"{rule['path']}.{field['key']}"
            _number_given(field.get("transforms", []), path, numbers, at, errors)
            _not_chosen(given(None, field.get("transforms", [])), path, choices.get(path), at, errors)


def _not_chosen(
    found: list[tuple[tuple[Any, ...], str]],
    path: str,
    allowed: tuple[str, ...] | None,
    at: tuple[Any, ...],
    errors: dict[Any, Any],
) -> None:
    """Each value `found` a field gives that its canonical `path` does not allow, refused at its key."""
    if allowed is None:
        return
    for where, value in dict.fromkeys(found):  # a value mapped from two words: said once
        if value and value != PLACEHOLDER and value not in allowed:
            add_error(
                errors, (*at, *where), f"'{value}' is not a value of {path}: one of {', '.join(allowed)}"
            )


def _number_given(
    calls: Sequence[TransformCall],
    path: str,
    numbers: frozenset[str],
    at: tuple[Any, ...],
    errors: dict[Any, Any],
) -> None:
    """A last transform that gives the record a number (`integer`) at a path that holds text, refused at
    its key: the record would refuse every value it read ("P-number must be a string")."""
    if not calls or path in numbers or TRANSFORMS[calls[-1].name].result is str:
        return
    add_error(
        errors,
        (*at, "transforms", len(calls) - 1),
        f"'{calls[-1].name}' gives a number, and {path} holds text: every document would be rejected;"
        " write digits for an identifier, or a transform that gives text",
    )


def _empty_key(calls: Sequence[TransformCall], at: tuple[Any, ...], errors: dict[Any, Any]) -> None:
    """A `map`'s key "" giving a value is never read: an empty value skips every transform but
    `default`. Written for PHP's false (printed ""), it loaded and every such document was refused as
    empty (decision 0060, "Stop 62: trial-79"). A draft's `"" = ""` (a dropdown's blank line) gives
    nothing and is left alone. `at`: the field's keys, `("fields", 3)` or a list's `("lists", 0, "fields",
    1)`."""
    for n, call in enumerate(calls):
        target = call.args.get("values", {}).get("") if call.name == "map" else None
        if target:
            add_error(
                errors,
                (*at, "transforms", n, "values"),
                f'the key "" is never read: an empty value skips every transform but default; write '
                f'{{ name = "default", value = "{target}" }} after the map',
            )


def placeholders(rules: Sequence[FieldRule]) -> list[str]:
    """The paths of the fields that still give the draft's `TODO` for some value of the form."""
    return [r.path for r in rules if any(v == PLACEHOLDER for _, v in given(r.value, r.transforms))]
