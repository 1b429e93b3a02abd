"""Where a value came from on the company's own form, in the form's words, for the company's record page.

The record page's source column quotes the exact locator (`felt "d1_uge1" ("Uge") på side 1`, `ark
"Mentortimer", celle F7`, "læst som 2026-W40"): what the lead and the auditor check against the file,
and kept so for them. The company's HR person filled in that form and knows it by what it prints: the
intern's block or rows with their number and name, the label over a field or the heading over a column,
the week as "uge 40 2026" (stop 48). The printed words are read from the document's kept extraction, by
the layout `company_form_model` is the contract of: PDF blocks are the fields `d{n}_...`, each intern's
name in `d{n}_navn` and week k in `d{n}_uge{k}`; the spreadsheet's interns are rows under the header in
`XLSX_HEADER_ROW`, the signature's rows labelled in column A.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.exports.company_form_model import PARTICIPANT_FIELD, XLSX_FIRST_DATA_ROW, XLSX_HEADER_ROW
from hub.exports.danish import week_number
from hub.models import Document
from hub.pseudonyms import CPR_LIKE
from hub.quoting import readable

Words = tuple[str, str]  # English, Danish
# A week as the spreadsheet form prints it (`datewords.week_text`).
_UGE = re.compile(r"^uge (\d{1,2}) (\d{4})$")


def week_words(iso_week: str) -> Words | None:
    """ "uge 40 2026" (and "week 40 2026") for "2026-W40", or for "uge 40 2026" itself, as the form's
    reader says a week: the spreadsheet form prints its weeks so, older ones "2026-W40" (decision 0061,
    "Stop 62: fixes-75"); None for anything else."""
    parsed = week_number(iso_week.strip()) or week_number(_UGE.sub(r"\2-W\1", iso_week.strip()))
    if parsed is None:
        return None
    year, week = parsed
    return f"week {week} {year}", f"uge {week} {year}"


@dataclass(frozen=True)
class FormWords:
    """The printed words of one filled-in company form: its values by key, for the record page."""

    fmt: str
    values: dict[str, str]  # pdf: field name -> value; xlsx: "sheet!row,col" -> cell text

    def where(self, locator: dict[str, Any]) -> Words | None:
        """Where on the form a value was, in the form's words; None for what is not a place on it."""
        if self.fmt == "pdf" and locator.get("field"):
            return self._field(str(locator["field"]), locator)
        if self.fmt == "xlsx" and locator.get("row") and locator.get("col"):
            return self._cell(str(locator.get("sheet") or ""), int(locator["row"]), int(locator["col"]))
        return None

    def _text(self, key: str) -> str:
        """A printed value fit to quote: readable, and never what looks like a CPR number."""
        text = readable(" ".join(self.values.get(key, "").split())) or ""
        return "" if CPR_LIKE.search(text) else text

    def _field(self, name: str, locator: dict[str, Any]) -> Words:
        label = readable(str(locator.get("label") or "")) or ""
        page = locator.get("page")
        where_en, where_da = (f"page {page}", f"side {page}") if page else ("", "")
        block = PARTICIPANT_FIELD.fullmatch(name)
        if block is not None:
            n, person = block["n"], self._text(f"d{block['n']}_navn")
            named = f" ({person})" if person else ""
            where_en += f", participant {n}{named}" if where_en else f"participant {n}{named}"
            where_da += f", deltager {n}{named}" if where_da else f"deltager {n}{named}"
            week = week_words(self.values.get(f"d{n}_uge{block['k']}", "")) if block["k"] else None
            if week is not None:  # a line of weeks: the week is said, not the label "Uge" over it
                return _joined(where_en, where_da, "" if block["what"] == "uge" else label, week)
        return _joined(where_en, where_da, label, None)

    def _cell(self, sheet: str, row: int, col: int) -> Words:
        def cell(r: int, c: int) -> str:
            return self._text(f"{sheet}!{r},{c}")

        first = cell(row, 1)
        if row < XLSX_FIRST_DATA_ROW or not first.startswith("P-"):
            # Not an intern's row: the facts above the table or the signature's rows, labelled in column A.
            return _joined(f"row {row}", f"række {row}", first, None)
        # The intern's name and, on a sheet of one row a week, the row's week: which row it is, in words.
        headings = [cell(XLSX_HEADER_ROW, c) for c in range(1, 12)]
        week = week_words(cell(row, headings.index("Uge") + 1)) if "Uge" in headings else None
        said_en = ", ".join(p for p in (cell(row, 2), week[0] if week else "") if p)  # "Navn" is column B
        said_da = ", ".join(p for p in (cell(row, 2), week[1] if week else "") if p)
        where_en = f"row {row} ({said_en})" if said_en else f"row {row}"
        where_da = f"række {row} ({said_da})" if said_da else f"række {row}"
        return _joined(where_en, where_da, cell(XLSX_HEADER_ROW, col), None)


def _joined(where_en: str, where_da: str, label: str, week: Words | None) -> Words:
    """ "side 1, deltager 2 (Karen Holm): Timer, uge 40 2026": the place, then what is printed there."""
    what_en = ", ".join(p for p in (label, week[0] if week else "") if p)
    what_da = ", ".join(p for p in (label, week[1] if week else "") if p)
    return (f"{where_en}: {what_en}" if what_en else where_en), (
        f"{where_da}: {what_da}" if what_da else where_da
    )


def form_words(session: Session, document_sha256: str) -> FormWords | None:
    """The printed words of a company form from its kept extraction; None when none was kept."""
    kept = session.scalar(select(Document.extraction).where(Document.sha256 == document_sha256))
    if not kept or kept.get("format") not in ("pdf", "xlsx"):
        return None
    values: dict[str, str] = {}
    for value in kept.get("values") or []:
        meta, text = value.get("meta") or {}, str(value.get("value") or "")
        if kept["format"] == "pdf":
            values[str(value["key"])] = text
        elif meta.get("row") and meta.get("col"):
            values[f"{meta.get('sheet') or ''}!{meta['row']},{meta['col']}"] = text
    return FormWords(kept["format"], values)
