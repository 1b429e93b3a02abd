"""Whether a document may be read by a form at all, asked before any of its values is: it is in the form's
format (a CSV is no form read from a workbook), and a workbook has the sheet the form is read on. Either
refusal is said once for the document, not as a problem of each field it leaves unread.
"""

from __future__ import annotations

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.missing_words import missing_sheet
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, Rejection

__all__ = ["check_format"]


def check_format(extraction: Extraction, form: FormConfig, filename: str) -> None:
    """Raise Rejection when the document is not in the form's format or lacks the sheet it is read on."""
    if extraction.format != form.format:
        en = f"the document is {extraction.format}, form {form.id} is {form.format}"
        da = f"dokumentet er {extraction.format}, blanketten {form.id} er {form.format}"
        raise Rejection([FieldProblem(en, da, file=filename, form=form.id)])
    sheet = form.reader.get("sheet") if form.format == "xlsx" else None
    sheets = extraction.meta.get("sheets")  # None: not known (an extraction stored before they were)
    lacking = missing_sheet(sheet, sheets) if sheet is not None and sheets is not None else None
    if lacking is not None:
        # Said once, rather than "no cell says …" for every field of a sheet that is not there (a sheet
        # renamed for the month, or a config naming the wrong one).
        en = f"{lacking[0]}; the form is read on that sheet: rename the sheet, or have the adapter corrected"
        da = f"{lacking[1]}; blanketten læses på det ark: omdøb arket, eller få adapteren rettet"
        raise Rejection([FieldProblem(en, da, file=filename, form=form.id)])
