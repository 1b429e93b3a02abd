"""One drafted `[[forms.fields]]` entry of `hub adapters suggest` (shared by the draft and its parts)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marshmallow import ValidationError

from hub.pseudonyms import MASKED_KEEPING_DATE, replace_cpr_like
from hub.schemas.cpr import normalise_cpr

# A P-number is 10 digits and may read as a birth date (1012341234): in its own field it is no CPR number.
NOT_CPR_PATHS = frozenset({"site.p_number"})


def is_cpr(text: str) -> bool:
    """True when `text` is a CPR number by the hub's check (a real, past birth date), not any 10 digits."""
    try:
        normalise_cpr(text.strip())
    except ValidationError:
        return False
    return True


def mask_cpr(text: str) -> str:
    """Mask the CPR numbers in a text as DDMMYY-XXXX; other digits (a P-number, a case number) stay."""
    # Not `pseudonyms.mask_cpr_like`, which masks every CPR-shaped number, on purpose: a drafted config
    # writes the sample form's values as map keys and its printed title as what recognises it, and a
    # number there that is no one's CPR (3102901234: no such day) masked would be a wrong key or a title
    # that recognises nothing. What passes the hub's CPR check is still masked; the draft is read by
    # whoever writes the config. (A P-number that reads as a date is kept by path: NOT_CPR_PATHS.)
    return replace_cpr_like(text, lambda m: m.expand(MASKED_KEEPING_DATE) if is_cpr(_digits(m)) else None)


def _digits(found: re.Match[str]) -> str:
    # The ten digits, not the text as written: the CPR check reads hyphens and spaces only, and a real
    # number written "05.07.78-9117" or with Word's en dash must be masked like "0507789117".
    return "".join(found.group("day", "month", "year", "serial"))


@dataclass
class FieldSuggestion:
    """One [[forms.fields]] entry; commented out (with `note` saying why) when `path` is None.

    `targets` are a `map`'s or a `checked`'s values (the form's value or box → canonical value);
    `printed` the words the form prints beside each of them, shown as comments; `default` a `checked`'s
    value when no box is ticked (a single box's empty state).
    """

    path: str | None
    selectors: list[str]
    transforms: list[str] = field(default_factory=list)
    targets: dict[str, str] = field(default_factory=dict)
    where: str = ""
    seen: str | None = None
    note: str = ""
    optional: bool = False
    printed: dict[str, str] = field(default_factory=dict)
    default: str | None = None
    # the one transform's arguments (`last_day`'s unit, `join`'s left_out_is_empty)
    args: dict[str, str | bool] = field(default_factory=dict)
    seen_many: str = ""  # a many-records column's values in the first rows, shown instead of `seen`
    more_values: bool = False  # the column holds more values than `targets` names
    # what `classify` said of an XML value that `repeats` then called one of a repeated element's copies:
    # said again where the copies turn out to be records (`xml_items`), not rows of a list
    own_note: str = ""
    flagged: bool = False  # a PDF field the form marks Required, drafted needed (`required_flags`)
    # what the value's own words said (path, transforms, where) when its heading narrowed it to `path`:
    # given back where a later value names `path` by its own words (`heading_yields`)
    own_guess: tuple[str, tuple[str, ...], str] | None = None
