"""The hub's XLSX reader as it was until decision 0049: openpyxl's read-only workbook, cell by cell.

Kept only as the oracle of the differential tests: `hub.adapters.readers.tabular.read_xlsx` must give
exactly this extraction for every workbook openpyxl reads.
"""

from __future__ import annotations

import io
import warnings

import openpyxl

from hub.adapters.readers import csv_r, tabular_limits, xlsx_cells
from hub.adapters.readers.base import Extraction, SourceValue, column_letters
from hub.adapters.readers.sniff import unreadable
from hub.errors import FieldProblem, Rejection


def read_xlsx_openpyxl(data: bytes, filename: str, sheet: str | None = None) -> Extraction:
    """The old `read_xlsx`: the same checks, then openpyxl in read-only, data-only mode."""
    tabular_limits.check_size(data, filename)
    tabular_limits.open_zip(data, filename).close()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise unreadable(filename, f"broken XLSX file: {exc}", f"beskadiget XLSX-fil: {exc}") from exc
    try:
        names = list(book.sheetnames)
        if sheet is not None and sheet not in names:
            reason = f'no sheet "{sheet}" (it has: {", ".join(names)})'
            raise Rejection([FieldProblem(reason_en=reason, reason_da=reason, file=filename, locator=sheet)])
        values: list[SourceValue] = []
        cells = 0
        for name in [sheet] if sheet is not None else names:
            ws = book[name]
            if not hasattr(ws, "iter_rows"):
                continue
            ws.reset_dimensions()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)  # a date out of range is warned about
                rows = list(ws.iter_rows())
            for row in rows:
                cells += len(row)
                tabular_limits.check_cells(cells, filename)
                for cell in row:
                    value = cell.value
                    number_format = cell.number_format if type(value) is int else ""
                    text = xlsx_cells.cell_text(value, number_format)
                    if text is not None and text.strip():
                        row_no, col_no = cell.row or 0, cell.column or 0
                        ref = f"{name}!{column_letters(col_no)}{row_no}"
                        meta = xlsx_cells.cell_meta(name, row_no, col_no, number_format)
                        if type(value) is bool:  # openpyxl reads a yes/no cell as the reader does
                            meta[xlsx_cells.BOOLEAN_MARK] = True
                        elif text in ("NA", "#N/A") and cell.data_type != "e":  # R's missing value, as text
                            meta[csv_r.NA_MARK] = True
                        values.append(SourceValue(ref, text, meta))
        hidden = [name for name in names if book[name].sheet_state in ("hidden", "veryHidden")]
    except Rejection:
        raise
    except Exception as exc:
        raise unreadable(filename, f"broken XLSX file: {exc}", f"beskadiget XLSX-fil: {exc}") from exc
    finally:
        book.close()
    meta: dict[str, object] = {"sheets": names}
    if hidden:
        meta["hidden_sheets"] = hidden  # the sheets Excel hides, for `hub adapters suggest`
    return Extraction(format="xlsx", values=tuple(values), meta=meta)
