"""Excel's error texts for a formula it could not calculate (`#N/A`, `#VALUE!`...), one rule for every
reader: a CSV cell, a workbook's text cell, an XML element or attribute and a PDF text field or list whose
whole text is one.

Excel writes the error's text where it saves a cell's value as text: into a CSV it saves, into a cell a
program copied as text, into an XML export or a PDF form filled from a sheet (a mail merge). Read, it was
a signer "#VALUE!" or a visitation "#N/A"; marked `formula_error`, as a workbook's error cell is, it is
refused where it is read (`mapping.reading`), never taken as text (decision 0061, "Stop 65: fixes-93" for
a CSV; "Stop 65: fixes-97" for XML and workbooks; decision 0025, "Stop 66: fixes-100" for a PDF).
"""

from __future__ import annotations

# English, and Danish Excel's (EPPlus's `DanishErrors`), with Excel 365's newer ones.
EXCEL_ERRORS = frozenset(
    {"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
    | {"#I/T", "#VÆRDI!", "#REFERENCE!", "#DIVISION/0!", "#NAVN?", "#NUL!"}
)
FORMULA_ERROR = "formula_error"  # the mark, as `SourceValue.meta` holds it


def is_excel_error(text: str) -> bool:
    """Whether `text`, its edges stripped, is one of Excel's errors: one look in C for nearly every
    text (it holds no `#`), so every XML value can be asked."""
    return "#" in text and text.strip() in EXCEL_ERRORS
