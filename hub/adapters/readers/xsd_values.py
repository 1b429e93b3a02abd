"""What a schema's (XSD's) objection says of a value, in words for its sender, in English and Danish: not
of its type, not of the schema's pattern, not one of its choices, too long or short, out of bounds, too
many digits. `xsd_errors` matches libxml2's message and names the element; this says the value.

Apart from `xsd_errors` because these are the sayings about the value a sender typed, each one libxml2
facet's words; those about a document's elements and attributes stay there.
"""

from __future__ import annotations

import re

from hub.quoting import quoted, quoted_da

_QUOTED = re.compile(r"'([^']*)'")  # the values of libxml2's set of allowed ones
# What a value of a built-in type is, for its sender: "not a date (YYYY-MM-DD)".
_TYPES = {
    "date": ("a date (YYYY-MM-DD)", "en dato (ÅÅÅÅ-MM-DD)"),
    "dateTime": ("a date and time (YYYY-MM-DDThh:mm:ss)", "et tidspunkt (ÅÅÅÅ-MM-DDTtt:mm:ss)"),
    "time": ("a time (hh:mm:ss)", "et klokkeslæt (tt:mm:ss)"),
    "gYear": ("a year", "et årstal"),
    "decimal": ("a number (with a point for decimals)", "et tal (med punktum før decimaler)"),
    "double": ("a number", "et tal"),
    "float": ("a number", "et tal"),
    "boolean": ("true or false", "true eller false"),
}
_WHOLE = ("a whole number", "et helt tal")
_KIND = ("of the kind the schema asks for", "af den slags, skemaet kræver")

Said = tuple[str, str]  # English, Danish


def _kind(type_name: str) -> Said:
    local = type_name.rpartition(":")[2]
    if local.endswith(("Integer", "integer", "int", "long", "short", "byte")):
        return _WHOLE
    return _TYPES.get(local, _KIND)


def value_type(m: re.Match[str], name: Said) -> Said:
    """'V' is not a valid value of the atomic type 'xs:date'."""
    en, da = _kind(m[2] or "")
    return f"the value {quoted(m[1])} is not {en}", f"værdien {quoted_da(m[1])} er ikke {da}"


def value_pattern(m: re.Match[str], name: Said) -> Said:
    """[facet 'pattern'] The value 'V' is not accepted by the pattern 'P'."""
    return (
        f"the value {quoted(m[1])} does not have the form the schema asks for",
        f"værdien {quoted_da(m[1])} har ikke den form, skemaet kræver",
    )


def value_choice(m: re.Match[str], name: Said) -> Said:
    """[facet 'enumeration'] The value 'V' is not an element of the set {'A', 'B'}."""
    # libxml2 lists the allowed values as a set in Python's notation ("{'MG', 'G', 'D'}"): said as a list
    # in words ("'MG', 'G' or 'D'"), as the hub lists a choice's known values.
    allowed = _QUOTED.findall(m[2] or "")
    listed_en, listed_da = (
        (_listed(allowed, "or"), _listed(allowed, "eller"))
        if allowed
        else ("the values the schema allows", "de værdier, skemaet tillader")
    )
    one_en, one_da = ("", "") if len(allowed) == 1 else (" one of", " en af")
    return (
        f"the value {quoted(m[1])} is not{one_en} {listed_en}",
        f"værdien {quoted_da(m[1])} er ikke{one_da} {listed_da}",
    )


def _listed(values: list[str], last: str) -> str:
    """'a', 'b' or 'c': the schema's own words, each quoted, the last joined by `last`."""
    quoted_values = [f"'{value}'" for value in values]
    if len(quoted_values) == 1:
        return quoted_values[0]
    return f"{', '.join(quoted_values[:-1])} {last} {quoted_values[-1]}"


def value_length(m: re.Match[str], name: Said) -> Said:
    """[facet 'maxLength'] The value has a length of 'N'; this exceeds the allowed maximum length of 'M'."""
    most = {"maxLength": ("at most", "højst"), "minLength": ("at least", "mindst")}
    en, da = most.get(m[1], ("exactly", "præcis"))
    return (
        f"the value is {m[2]} characters long; the schema allows {en} {m[3]}",
        f"værdien er {m[2]} tegn lang; skemaet tillader {da} {m[3]}",
    )


def value_bound(m: re.Match[str], name: Said) -> Said:
    """[facet 'minInclusive'] The value 'V' is less than the minimum value allowed ('M')."""
    if m[1] == "min":
        return (
            f"the value {quoted(m[2])} is below the least the schema allows ({m[3]})",
            f"værdien {quoted_da(m[2])} er under det mindste, skemaet tillader ({m[3]})",
        )
    return (
        f"the value {quoted(m[2])} is above the most the schema allows ({m[3]})",
        f"værdien {quoted_da(m[2])} er over det største, skemaet tillader ({m[3]})",
    )


def value_digits(m: re.Match[str], name: Said) -> Said:
    """[facet 'totalDigits'] The value 'V' has more digits than are allowed ('N')."""
    en, da = ("decimals", "decimaler") if m[1] == "fraction" else ("digits", "cifre")
    return (
        f"the value {quoted(m[2])} has more {en} than the {m[3]} the schema allows",
        f"værdien {quoted_da(m[2])} har flere {da} end de {m[3]}, skemaet tillader",
    )
