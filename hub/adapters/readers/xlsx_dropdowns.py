"""A workbook's dropdowns: the allowed values of a cell's list data validation, for `hub adapters suggest`
(decision 0060, "Stop 52: xlsx-59").

A dropdown saves the chosen text as any typed cell (nothing to read apart), but its list says every
value the cell can hold: `"Virksomheden,Jobcentret"` written inline, or a range (`Lister!$A$2:$A$3`),
often on a hidden sheet. A draft's `map` from the one value its sample shows leaves the others to be
found by hand; from the list it has them all. Named only for the filled cells a list covers, so that a
validation over a whole column costs what the sheet holds. Excel 2010's own form of a list on another
sheet (`x14:dataValidation` in the sheet's `extLst`: its list in `<xm:f>`, its cells in `<xm:sqref>`)
is read as the plain one, and a list given by a workbook's defined name (`Arbejdsgivere`) as the range
the name stands for (decision 0060, "Stop 53: noticed-61"). A name local to a sheet, or one that stands
for a formula, is not read: the draft then maps the value seen.
"""

from __future__ import annotations

from typing import Any

from lxml import etree
from openpyxl.utils.cell import range_boundaries

from hub.adapters.readers.base import SourceValue

MAX_OPTIONS = 200  # a dropdown longer than this is a lookup table, not a choice a `map` drafts
# Validations read, a workbook: each is matched against its sheet's filled cells, so a hostile sheet of
# many thousands would cost their product; a form has a few.
MAX_VALIDATIONS = 100


def list_validation(node: etree._Element) -> tuple[str, str] | None:
    """A `<dataValidation type="list">`'s cells (`sqref`) and its list (`formula1`), or None; Excel
    2010's `<x14:dataValidation>` holds both in child elements (`<xm:sqref>`, `<x14:formula1><xm:f>`)."""
    if node.get("type") != "list":
        return None
    children = {c.tag.rpartition("}")[2]: c for c in node}
    formula1 = children.get("formula1")
    formula = "" if formula1 is None else (formula1.text or "")
    if formula1 is not None and not formula.strip():
        formula = next((c.text or "" for c in formula1 if c.tag.rpartition("}")[2] == "f"), "")
    sqref = node.get("sqref") or ("" if "sqref" not in children else children["sqref"].text or "")
    return (str(sqref), formula.strip()) if formula.strip() else None


def dropdowns(
    found: dict[str, list[tuple[str, str]]], values: list[SourceValue], names: dict[str, str] | None = None
) -> list[list[Any]]:
    """[sheet, row, column, [allowed values]] for each filled cell under a list validation whose list
    is written inline or lies in a sheet read (`found`: each sheet's validations), directly or by one of
    the workbook's defined `names` (name: the range it stands for)."""
    cells: dict[tuple[Any, int, int], str | None] = {
        (v.meta.get("sheet"), int(v.meta.get("row") or 0), int(v.meta.get("col") or 0)): v.value
        for v in values
    }
    named: list[list[Any]] = []
    for sheet, validations in found.items():
        on_sheet = [(row, col) for (on, row, col) in cells if on == sheet and row and col]
        for sqref, formula in validations[:MAX_VALIDATIONS]:
            options = _options((names or {}).get(formula.lstrip("=").casefold(), formula), sheet, cells)
            if not options:
                continue
            for ref in sqref.split():
                bounds = _bounds(ref)
                if bounds is None:
                    continue  # a range openpyxl cannot read names no cell
                left, top, right, bottom = bounds
                named += [
                    [sheet, row, col, options]
                    for (row, col) in on_sheet
                    if top <= row <= bottom and left <= col <= right
                ]
    return sorted(named, key=lambda n: (n[0], n[1], n[2]))


def _options(formula: str, sheet: str, cells: dict[Any, str | None]) -> list[str]:
    """A list's values: inline (`"a,b,c"`) or the filled cells of a range on a sheet read."""
    if formula.startswith('"') and formula.endswith('"'):
        options = [o.strip() for o in formula[1:-1].replace('""', '"').split(",")]
        return [o for o in options if o][:MAX_OPTIONS]
    on, _, ref = formula.rpartition("!")
    on = on.strip("'").replace("''", "'") if on else sheet
    bounds = _bounds(ref.replace("$", ""))
    if bounds is None:
        return []  # a defined name or a formula: not read
    left, top, right, bottom = bounds
    if (right - left + 1) * (bottom - top + 1) > MAX_OPTIONS:
        return []
    found = [cells.get((on, row, col)) for row in range(top, bottom + 1) for col in range(left, right + 1)]
    return [o.strip() for o in found if o and o.strip()]


def _bounds(ref: str) -> tuple[int, int, int, int] | None:
    """A range's left, top, right and bottom; None for what names no rectangle of cells ("A:A", a name)."""
    try:
        found = range_boundaries(ref)
    except (TypeError, ValueError):
        return None
    left, top, right, bottom = found
    if left is None or top is None or right is None or bottom is None:
        return None
    return left, top, right, bottom
