"""The candidates of a CSV file or a workbook for `hub adapters suggest`: its cells gathered sheet by
sheet (a value a merged range hides left out, a dropdown's every value kept), and which sheet is the
form's. Each sheet's rows are read into candidates and tables by `sheet_candidates`.
"""

from __future__ import annotations

from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.suggest.candidates import Gathered
from hub.adapters.suggest.sheet_candidates import gather_sheet


def tabular(extraction: Extraction) -> Gathered:
    """Turn a CSV file's or a workbook's cells into candidates and tables, sheet by sheet."""
    sheets: dict[str, dict[int, list[SourceValue]]] = {}
    # A value a merged range hides is drafted from no more than the mapping reads (`readers.xlsx_merged`).
    hidden = {(str(s), int(r), int(c)) for s, r, c in extraction.meta.get("merged_hidden") or ()}
    # A dropdown's every value, for a `map` of them all rather than of the one its sample shows.
    lists = {(str(s), int(r), int(c)): tuple(o) for s, r, c, o in extraction.meta.get("dropdowns") or ()}
    for value in extraction.values:
        sheet = str(value.meta.get("sheet") or "")
        at = (sheet, int(value.meta.get("row", 0)), int(value.meta.get("col", 0)))
        if hidden and at in hidden:
            continue
        if at in lists:
            value = value._replace(meta={**value.meta, "options": lists[at]})
        sheets.setdefault(sheet, {}).setdefault(int(value.meta.get("row", 0)), []).append(value)
    for rows in sheets.values():
        for cells in rows.values():
            cells.sort(key=lambda v: int(v.meta.get("col", 0)))
    out = Gathered()
    names = [str(s) for s in extraction.meta.get("sheets") or []] if extraction.format == "xlsx" else []
    default = _form_sheet(sheets, names, {str(s) for s in extraction.meta.get("hidden_sheets") or ()})
    if names and default != names[0]:
        out.sheet = default
    for sheet, rows in sheets.items():
        gather_sheet(out, sheet, rows, first=sheet == default, fmt=extraction.format)
    return out


def _form_sheet(sheets: dict[str, dict[int, list[SourceValue]]], names: list[str], hidden: set[str]) -> str:
    """The sheet a workbook's draft reads: the first, unless only a later one holds a table (a guide
    or a cover sheet before the data): then the first such sheet. A CSV file's one sheet is "". A sheet
    Excel hides (a template's lookup lists, placed first) is no form's: the first shown one is first."""
    if not names:
        return ""
    names = [name for name in names if name not in hidden] + [name for name in names if name in hidden]

    def has_table(name: str) -> bool:
        probe = Gathered()
        gather_sheet(probe, name, sheets.get(name, {}), first=True, fmt="xlsx")
        return bool(probe.tables)

    if has_table(names[0]):
        return names[0]
    return next((name for name in names[1:] if has_table(name)), names[0])
