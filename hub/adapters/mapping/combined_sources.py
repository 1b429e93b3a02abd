"""The sources of a value that a combining transform reads (`sum`, `checked`, `last_day`, ...): the
text each source gives it (a PDF checkbox as a tick mark), and when an XML element left out counts as
an empty source rather than one not found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from hub.adapters.mapping.checkbox_marks import box_state_mark
from hub.adapters.mapping.provenance import where_of
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.csv_r import NA_MARK
from hub.errors import FieldProblem
from hub.schemas.edges import strip_edges


def combined_value(value: SourceValue | None, boxes: bool) -> str | None:
    """A source's text for a combining transform; for `checked` (`boxes`), a PDF checkbox's state as a
    tick mark, since its export value is a name its author chose and may read as "no" ("Nej")."""
    if value is None:
        return None
    if value.meta.get(NA_MARK):
        return ""  # R's missing value where the sources are added (`r_missing`): one left empty
    if boxes and value.meta.get("type") == "checkbox":
        return box_state_mark(value.value)
    # Each source's own edges, as a single source's: a first name's zero-width space would otherwise
    # be inside the joined name, where no stripping reaches it.
    return None if value.value is None else strip_edges(value.value)


# The combining transforms that may read an XML element left out as an empty source, and the option
# of theirs that says so.
_LEFT_OUT = {"sum": "empty_is_zero", "join": "left_out_is_empty", "hours_minutes": "empty_is_zero"}


def left_out(fmt: str, calls: Sequence[TransformCall]) -> bool:
    """An XML element left out is an empty source where `sum` reads empty as 0 hours (an export writes
    no element for a day without hours, `minOccurs="0"`) or `join` is told so (no <Mellemnavn> for a
    citizen without one), or `hours_minutes` reads an empty part as 0 (an interval written from its parts
    that are not 0: `<hours>2</hours>` without `<minutes>`). A PDF field or a table's column the document
    lacks is still "not found": that is another version of the form, not a blank day or name."""
    option = _LEFT_OUT.get(calls[0].name) if fmt == "xml" else None
    return option is not None and bool(calls[0].args.get(option))


# What an element left out is read as with each transform's option, in English and Danish.
_LEFT_OUT_AS = {
    "sum": ("0 hours", "0 timer"),
    "hours_minutes": ("a part of 0", "en del på 0"),
    "join": ("an empty part", "en tom del"),
}


def left_out_hint(fmt: str, calls: Sequence[TransformCall]) -> tuple[str, str]:
    """What to say after "not found" where an element left out could have counted as empty."""
    name = calls[0].name if fmt == "xml" and calls else ""
    if name not in _LEFT_OUT_AS:
        return "", ""
    (en, da), option = _LEFT_OUT_AS[name], _LEFT_OUT[name]
    return (
        f" (an element left out is {en} only where the config's {name} has {option} = true)",
        f" (et udeladt element er kun {da}, hvor konfigurationens {name} har {option} = true)",
    )


def with_blank_parts(
    said: FieldProblem, found: Sequence[tuple[str, SourceValue | None]], fmt: str
) -> FieldProblem:
    """A problem with a value made of several sources that a later transform could not read, the blank
    ones named (a timesheet's year field, joined to each row's week): "not a week: '10'" alone sends the
    sender looking at the week, not at the year nobody filled in. Each is named as a locator names it:
    its field and the words printed beside it."""
    places = [where_of(sv, fmt) for _, sv in found if sv is not None and not strip_edges(sv.value or "")]
    if not places:
        return said
    en = ", ".join(p if isinstance(p, str) else p[0] for p in places)
    da = ", ".join(p if isinstance(p, str) else p[1] for p in places)
    return replace(
        said,
        reason_en=f"{said.reason_en} ({en} left empty)",
        reason_da=f"{said.reason_da} ({da} er ikke udfyldt)",
    )
