"""Options of a transform that only one format of form can use, refused at load on another: loaded, they
would do nothing, and the config's author would believe they did."""

from __future__ import annotations

from typing import Any

from hub.adapters.language.config_field_rules import add_error

# transform -> (option, the format that reads it, what the others read instead).
_ONLY_IN = {
    "join": (
        "left_out_is_empty",
        "xml",
        "a field or column the document lacks is another version of the form, never an empty part",
    ),
}


def check_format_options(data: dict[str, Any], errors: dict[Any, Any]) -> None:
    """Note each transform option of a field or a list's field that the form's format cannot use, at the
    option's own key, naming the form."""
    values: list[tuple[tuple[Any, ...], Any]] = [
        (("fields", index), rule) for index, rule in enumerate(data["rules"])
    ]
    values += [
        (("lists", index, "fields", i_index), item)
        for index, rule in enumerate(data["lists"])
        for i_index, item in enumerate(rule["items"])
    ]
    for where, value in values:
        for t_index, call in enumerate(value.get("transforms", [])):
            option, fmt, instead = _ONLY_IN.get(call.name, ("", "", ""))
            if option and call.args.get(option) is not None and data["format"] != fmt:
                add_error(
                    errors,
                    (*where, "transforms", t_index, option),
                    f"{option} is for {fmt} forms only: the form '{data['id']}' is {data['format']}, where "
                    f"{instead}",
                )
