"""One sheet's rows read for `hub adapters suggest` (`sheets.tabular` chooses the sheets): each value
with the label cell left of it and the section heading above, selected by `next:` when it sits straight
right of a label printed once, by its block or place when the label is printed more than once
(`nearby`); a header row with values below it is a table, offered whole for a list; a label's values
running on right of it are its 2nd, 3rd... value (`Trail`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hub.adapters.mapping.selector_text import normalise_text
from hub.adapters.mapping.tables import is_page_number
from hub.adapters.readers.base import SourceValue
from hub.adapters.suggest.across import across_table
from hub.adapters.suggest.candidates import Candidate, Gathered, Table
from hub.adapters.suggest.header_rows import (
    col_of,
    heads_its_row,
    label_like,
    side_by_side,
    two_row_headers,
)
from hub.adapters.suggest.lent import lent
from hub.adapters.suggest.nearby import block_of, context_helps, label_path
from hub.adapters.suggest.pivot import pivot_table
from hub.adapters.suggest.subtotal_lines import ends_rows, is_subtotal, takes
from hub.adapters.suggest.text_under import is_text_under, text_under


def sheet_prefix(sheet: str) -> str | None:
    """What names a workbook's sheet before a label selector ("Stamdata!", "'Uge 10'!"); None where the
    sheet's name cannot be written so (a quote in it): the draft reads the cell instead."""
    if "'" in sheet or not sheet:
        return None
    return f"'{sheet}'!" if re.search(r"[\s!]", sheet) else f"{sheet}!"


def gather_sheet(
    out: Gathered, sheet: str, rows: dict[int, list[SourceValue]], first: bool, fmt: str
) -> None:
    """Add one sheet's candidates and tables to `out` (`first`: the form's own sheet, which titles it)."""
    rows = two_row_headers(rows)
    for find in (across_table, pivot_table):  # one record a column; one week or day a column
        turned = find(rows, f'sheet "{sheet}", ' if fmt == "xlsx" else "")
        if turned is not None:  # its rows are that table's, the rest read as ever
            out.tables.append(turned[0])
            rows = {n: cells for n, cells in rows.items() if n not in turned[1]}
    counts: dict[str, int] = {}
    for cells in rows.values():
        for cell in cells:
            counts[normalise_text(cell.value or "")] = counts.get(normalise_text(cell.value or ""), 0) + 1
    context, last = "", 0
    headings: dict[int, str] = {}  # the section heading over each block of labels, by its first column
    # Every filled cell in reading order, and those read as labels printed once: what a label printed
    # more than once is named and read by (`nearby`).
    order = [(n, int(c.meta.get("col", 0)), c.value or "") for n in sorted(rows) for c in rows[n]]
    order = [cell for cell in order if cell[2].strip()]
    anchors: set[tuple[int, int]] = set()
    # A form's title is printed above its table, never below it: the first label after the rows is a
    # total or a signature line (`I alt`, an awk report's END), which titled the draft and made it
    # recognise every file with a total line (decision 0060, "Stop 63: trial-82").
    titles = first
    table_cols: set[int] = set()
    headers: dict[int, str] = {}  # the current table's header by column
    in_sheet = f'sheet "{sheet}", ' if fmt == "xlsx" else ""
    on = "" if first else sheet_prefix(sheet)  # how a selector names the sheet (`sheet_prefix`)
    # The lone cell of the row before, read as a heading or a label (`text_under`): its row, the cell and
    # where its own candidate is (None: a heading has none).
    lone: tuple[int, SourceValue, int | None] | None = None
    for number in sorted(rows):
        cells = rows[number]
        above, lone = (lone if lone is not None and lone[0] == number - 1 else None), None
        if len(cells) == 1 and is_page_number(cells[0].value or ""):
            continue  # "Side 1 af 2": a page break in a report, neither a value nor a table's row
        cols = {int(c.meta.get("col", 0)) for c in cells}
        # Before a row of the table: a line of sums naming its week (`I alt uge 32`) has digits, and
        # read as a row it was one more day (lang-93).
        if table_cols and number == last + 1 and is_subtotal(cells, rows.get(number + 1, []), table_cols):
            out.tables[-1].subtotal, last = (cells[0].value or "").strip(), number  # the table goes on
            continue
        if table_cols and number == last + 1 and takes(cells, out.tables[-1].subtotal):
            last = number  # the last week's line, or the total under it: the same rule reads it
            continue
        if (
            table_cols
            and number == last + 1
            and cols & table_cols
            and not label_like(cells[0].value)
            and not ends_rows(cells, out.tables[-1].rows, headers)
        ):
            last = number
            for c in cells:  # a dropdown's lines, from the first row under one (`marks`)
                if c.meta.get("options") and int(c.meta.get("col", 0)) in headers:
                    out.tables[-1].listed.setdefault(headers[int(c.meta.get("col", 0))], c.meta["options"])
            out.tables[-1].rows.append(
                {
                    headers[int(c.meta.get("col", 0))]: c.value or ""
                    for c in cells
                    if int(c.meta.get("col", 0)) in headers
                }
            )
            continue
        if table_cols and number == last + 1:
            out.tables[-1].trailer, out.tables[-1].trailer_row = (cells[0].value or "").strip(), number
        table_cols = set()
        below = rows.get(number + 1, [])
        shared = cols & {int(c.meta.get("col", 0)) for c in below}
        if (
            len(cells) > 1
            and all(label_like(c.value) for c in cells)
            and len(shared) > 1
            and not label_like(below[0].value)
        ):
            raised = frozenset((c.value or "").strip() for c in cells if int(c.meta.get("row", 0)) != number)
            headers_text = tuple((c.value or "").strip() for c in cells)
            if _printed_again(rows, last, number, headers, cells):
                table_cols, last = cols, number  # the header printed again after a page break: one table
                continue
            out.tables.append(Table(f"{in_sheet}row {number}", headers_text, raised=raised))
            titles = False
            headers = {int(c.meta.get("col", 0)): (c.value or "").strip() for c in cells}
            anchors.update((number, col) for col, h in headers.items() if counts.get(normalise_text(h)) == 1)
            table_cols, last = cols, number
            continue
        if above is not None and len(cells) == 1 and is_text_under(cells[0], above[1]):
            # a text under its label, not a heading: the label's value, read below it
            label = (above[1].value or "").strip().rstrip(":").strip()
            block = block_of(order, (number - 1, col_of(above[1])), anchors)
            named = label if counts.get(normalise_text(label)) == 1 else label_path(label, block)
            candidate = text_under(cells[0], label, named, on)
            if above[2] is None:
                out.candidates.append(candidate)
            else:  # "Bemærkninger:" read as a label with nothing right of it: this is its value
                out.candidates[above[2]] = candidate
            continue
        if len(cells) == 1 and not (cells[0].value or "").strip().endswith(":"):
            if counts.get(normalise_text(cells[0].value or "")) == 1:
                anchors.add((number, int(cells[0].meta.get("col", 0))))  # a heading: a block's start
            if titles and not out.title:
                out.title = (cells[0].value or "").strip()
            else:
                context = (cells[0].value or "").strip()
                headings = {0: context}
                lone = (number, cells[0], None)
            continue
        if side_by_side(cells, below):
            # "Borger" over columns A-B and "Virksomhed" over D-E: each block of labels its own heading.
            headings = {col_of(c): (c.value or "").strip() for c in cells}
            continue
        if heads_its_row(cells, below):
            # "Mentor" in a column of its own left of "Navn" and "Lise Dahl": the block's heading, as a
            # row of its own above the block would be (decision 0060, "Stop 60: suggest-70").
            context = (cells[0].value or "").strip()
            headings = {0: context}
            if counts.get(normalise_text(context)) == 1:
                anchors.add((number, col_of(cells[0])))
            cells = cells[1:]
        at, trail = 0, None  # trail: the label whose values run on right of it (CPR-nr.;010190;1234)
        while at < len(cells):
            cell = cells[at]
            if not label_like(cell.value):
                if trail is not None and trail.follows(cell):
                    out.candidates.append(trail.next_value(cell))
                else:
                    out.candidates.append(Candidate(cell.key, (context,) if context else (), "", cell.value))
                at += 1
                continue
            label = (cell.value or "").strip().rstrip(":").strip()
            if titles:  # the form's own sheet: a label of another one titles nothing the form is read on
                out.title = out.title or label
            pair = cells[at + 1] if at + 1 < len(cells) else None
            col = int(cell.meta.get("col", 0))
            unique = counts.get(normalise_text(label), 0) == 1
            adjacent = pair is not None and int(pair.meta.get("col", 0)) == col + 1
            before, nth = block_of(order, (number, col), anchors)
            # A label on another sheet than the form's is named with its sheet ("Stamdata!label:P-nr."),
            # as a cell there would be: a fixed cell reads the next row's value once a row is added.
            # A label printed twice is named by the label before it, or by its place ("Dato#2"): a cell
            # reference (B13) breaks as soon as a month has more days.
            named = (label if unique else label_path(label, (before, nth))) if on is not None else None
            # The value seen beside the label: next: keeps to that cell, so a value left blank in another
            # document reads as blank; label: would be the first filled cell further right.
            selector = (
                (f"{on}next:{named}" if adjacent else f"{on}label:{named}")
                if named and pair is not None
                else None
            )
            selector = selector or (f"{on or ''}label:{label}" if pair is None else pair.key)
            texts: tuple[str, ...] = (label,)
            # "Dato" after "Underskrevet af": signed_on. The block's label is nearer than a heading above
            # it, so it is tried first: under "Mentortimer" the signature's date is no mentor's name.
            if before and context_helps(label, before):
                texts += (f"{before} {label}",)
            if context:  # as far as the lone cell above lends the label anything (`lent`)
                texts += lent(context, label)
            printed = counts.get(normalise_text(label), 0)
            where = f'label "{label}"' + (f" (printed {printed} times)" if first and printed > 1 else "")
            value = pair.value if pair is not None else None
            options = tuple(pair.meta.get("options") or ()) if pair is not None else ()
            heading = next((h for start, h in sorted(headings.items(), reverse=True) if start <= col), "")
            out.candidates.append(Candidate(selector, texts, where, value, options, heading=heading))
            if len(cells) == 1:  # a label alone in its row: the row below may hold its text
                lone = (number, cell, len(out.candidates) - 1)
            trail = Trail(label, named, texts, pair) if pair is not None and adjacent else None
            if unique:
                anchors.add((number, col))
            at += 2


@dataclass
class Trail:
    """A label whose values run on right of it in one row ("CPR-nr.;010190;1234"): the cells after its
    first value are its 2nd, 3rd... value, read as `label:CPR-nr.>2`, not as cells nobody named."""

    label: str
    named: str | None  # how a selector names the label (None: only a cell reference can)
    texts: tuple[str, ...]
    last: SourceValue
    count: int = 1

    def follows(self, cell: SourceValue) -> bool:
        """Whether a cell sits straight right of the label's last value."""
        return col_of(cell) == col_of(self.last) + 1 and cell.meta.get("row") == self.last.meta.get("row")

    def next_value(self, cell: SourceValue) -> Candidate:
        """The candidate of the label's next value."""
        self.last, self.count = cell, self.count + 1
        selector = f"label:{self.named}>{self.count}" if self.named else cell.key
        where = f'label "{self.label}", its value no. {self.count}'
        return Candidate(selector, self.texts, where, cell.value)


def _printed_again(
    rows: dict[int, list[SourceValue]],
    last: int,
    number: int,
    headers: dict[int, str],
    cells: list[SourceValue],
) -> bool:
    """Whether a header row is the last table's printed again after a page break: the same headers in the
    same columns, with nothing but blank rows and page numbers since the table's last row (two tables
    alike with values between them stay two)."""
    if headers != {col_of(c): (c.value or "").strip() for c in cells}:
        return False
    between = [rows[n] for n in range(last + 1, number) if n in rows]
    return all(len(r) == 1 and is_page_number(r[0].value or "") for r in between)
