"""Where each canonical value came from: its `Provenance` (document, locator, source key, raw value,
transforms), the locator of a value in each format, and where a value was in words for people, in
English and Danish (`where_of`, `computed_text`). Made by the `Reader` of `reading` for every value read.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import partial
from typing import Any, NamedTuple

from hub.adapters.readers.base import READ_FROM, SourceValue, describe_both
from hub.schemas.field_names import field_name


class Provenance(NamedTuple):
    """Where one canonical leaf came from: document, locator, source key, raw value, transforms.

    A named tuple, as `SourceValue` is: immutable, and made in half the time of a frozen dataclass
    (one for every value of every document read)."""

    path: str
    document_sha256: str
    locator: dict[str, Any]
    source_key: str | None
    raw_value: str | None
    transforms: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the provenance as a JSON-ready dict (its locator a copy, as the rest is)."""
        data = self._asdict()
        data["locator"] = copy.deepcopy(self.locator)
        data["transforms"] = list(self.transforms)
        return data


# The same entry as `Provenance(...)`, made by the tuple type itself: a named tuple's own __new__ is
# Python code, run for every value of every document read.
_new_provenance = partial(tuple.__new__, Provenance)


def locator_of(value: SourceValue, fmt: str) -> dict[str, Any]:
    """Return the format's locator data for a value, with a text for people in English and Danish."""
    meta = value.meta
    if fmt == "pdf":
        data: dict[str, Any] = {"field": value.key, "page": meta.get("page")}
        data.update({k: meta[k] for k in ("tooltip", "label") if meta.get(k)})
        if meta.get("type") == "checkbox":
            data["box"] = True  # its state is a tick whatever its name ("Nej"): the record page says so
        elif meta.get("type") == "radio":
            data["radio"] = True  # its "Off" is no button chosen, however it was read: the page says so
        if meta.get("undrawn"):
            data["undrawn"] = True  # chosen in its value, drawn nowhere on the page: the record page says so
        elif meta.get("drawn_lines"):
            data["drawn_lines"] = meta["drawn_lines"]  # a dropdown drawing other lines: the page says so
        if meta.get("unchoosable"):
            data["unchoosable"] = len(meta["chosen"])  # lines saved where one can be chosen: the page says so
        if meta.get("max_len"):
            data["max_len"] = meta["max_len"]  # the text fills the field's limit (`full_fields` says so)
    elif fmt == "xml":
        data = {"xpath": meta.get("xpath") or value.key}
        if meta.get(READ_FROM):
            data[READ_FROM] = meta[READ_FROM]  # read through a back reference: where it stands
    elif fmt in ("csv", "xlsx"):
        data = {"cell": value.key.split("!", 1)[-1], "row": meta.get("row"), "col": meta.get("col")}
        if fmt == "xlsx":
            data["sheet"] = meta.get("sheet")
            if meta.get("worked_out"):
                data["worked_out"] = meta[
                    "worked_out"
                ]  # the formula, its value the hub's (`xlsx_worked_out`)
            elif meta.get("unchecked_total"):
                data["unchecked_total"] = meta[
                    "unchecked_total"
                ]  # the formula, its value saved and never compared
    else:
        data = {"key": value.key}
    en, da = describe_both(value, fmt)
    data["text"] = {"en": en, "da": da}
    return data


# Where a problem is: one text for both languages (a selector, an XPath), or (English, Danish).
Where = str | tuple[str, str]


def where_of(value: SourceValue, fmt: str) -> tuple[str, str]:
    """Where a value was, in English and Danish (`field "X" on page 1`, `felt "X" på side 1`)."""
    return describe_both(value, fmt)


def plain_locator(kind: str, what: str, en: str, da: str) -> dict[str, Any]:
    """A locator for a value that is not in the document (a constant, a sum, a missing selector)."""
    return {kind: what, "text": {"en": en, "da": da}}


def computed_text(compute: str) -> tuple[str, str]:
    """Where a computed value came from, in English and Danish words: `sum:entries.hours` is "computed:
    the sum of hours on every line" (the rule itself stays in the locator, for whoever wrote the config).
    A caseworker reads this under the value; the config language's syntax means nothing to them."""
    _, _, summed = compute.partition(":")
    return (
        f"computed: the sum of {field_name(summed, 'en')} on every line",
        f"beregnet: summen af {field_name(summed, 'da')} på alle linjer",
    )


def provenance_of(
    path: str,
    document_sha256: str,
    found: Sequence[tuple[str, SourceValue | None]],
    applied: Sequence[str],
    fmt: str,
) -> list[Provenance]:
    """One provenance entry per source of a value (a missing one is named by its selector)."""
    entries = []
    for selector, sv in found:
        if sv is None:
            locator = plain_locator(
                "selector", selector, f"not found: {selector}", f"ikke fundet: {selector}"
            )
            entries.append(Provenance(path, document_sha256, locator, None, None, tuple(applied)))
        else:
            locator = locator_of(sv, fmt)
            entries.append(
                _new_provenance((path, document_sha256, locator, sv.key, sv.value, tuple(applied)))
            )
    return entries
