"""A list's day after the day its record says the form was signed, refused at the day's cell, element or
row (decision 0064, "Stop 71: fuzz-119").

A timesheet's signature signs hours given: a visit dated after it is one the signature cannot cover (a
slip of the day, or of the year, `2027-04-15` on hours signed 31 March), and read, it is paid on a
signature that never saw it. It bounds every day of a document that states no period (most CSVs and
workbooks, which a day of any month from 1990 on passed): the signature is the document's own, so the
same file is read the same way on any day and by `hub reprocess`, and since a signature dated after the
day the form came in is refused (`services.not_yet`), no day of a signed timesheet lies after its upload
either. A day before the signature is not bounded here: hours are signed late, and a week outside the
placement is the audit's gap (`exports.gaps`), where the agreement is known.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hub.adapters.mapping.date_period import as_read
from hub.adapters.mapping.provenance import Provenance, Where
from hub.adapters.mapping.reading import Reader
from hub.adapters.mapping.stated_period import day_words
from hub.quoting import quoted, quoted_da

__all__ = ["check_signed"]


def check_signed(
    path: str,
    item: dict[str, str],
    sources: dict[str, Sequence[Provenance]],
    signed: date | None,
    reader: Reader,
) -> None:
    """Note a problem at the row's day (`path` is the entry's) where it lies after `signed`, the day the
    record says the form was signed; nothing where either is unknown (its own problem is noted already)."""
    if signed is None or "date" not in item:
        return
    day = date.fromisoformat(item["date"])
    if day <= signed:
        return
    entry = next(iter(sources.get("date", ())), None)
    text = (entry.raw_value if entry is not None else None) or item["date"]
    said = (entry.locator.get("text") or {}) if entry is not None else {}
    where: Where = (str(said.get("en", "")), str(said.get("da") or said.get("en", "")))
    en, da = as_read(text, day)
    signed_en, signed_da = day_words(signed, False), day_words(signed, True)
    reader.problem(
        f"{path}.date",
        where,
        f"the day {quoted(text)}{en} is after the day the form was signed, {signed_en}: a"
        " signature cannot sign a visit not yet made; correct the day, or the signature's date",
        f"dagen {quoted_da(text)}{da} ligger efter den dag, skemaet blev underskrevet, {signed_da}:"
        " en underskrift kan ikke skrive under på et besøg, der ikke var gjort endnu; ret dagen eller"
        " underskriftens dato",
    )
