"""The company's files ask for a week a month's payment waits for (stop 63, company-76), as its page has
since stop 62: the row after the export's own items, and beside it, in Danish in the PDF and the
spreadsheet, in both languages in the JSON, which week (with its year, as the company's form writes a
week), on which month's form, and whose payment waits for it.

The expected words and cells are written here from the rule (`company_awaited`): Æble's line of August
2026 runs to Monday 31 August, a day of week 36 (31 August to 6 September), whose Thursday, 3 September,
puts it on September's form, due when September is over (30 September).
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from decimal import Decimal

import openpyxl
from company_data import DUE, export
from pypdf import PdfReader

from hub.exports.awaited_week import AwaitedWeek
from hub.exports.company_asked import asked_item
from hub.exports.company_json import write_company_json
from hub.exports.company_model import CompanyExport, DueItem
from hub.exports.company_pdf import write_company_pdf
from hub.exports.company_xlsx import write_company_xlsx

WEEK = AwaitedWeek("163", "P-AAAAAAAAAAA", "2026-W36", date(2026, 8, 31), date(2026, 8, 31), Decimal("0.43"))
ASKED = DueItem(
    "P-AAAAAAAAAAA", "Æble Øster-Åberg", "mentor_hours", date(2026, 9, 30), ("2026-W36",), waits="2026-08"
)
NOTE_DA = (
    "Uge 36 2026 er på skemaet for september 2026. Jobcentrets betaling for august 2026 venter på disse "
    "timer."
)
NOTE_EN = (
    "Week 36 2026 is on the form for September 2026. The job centre's payment for August 2026 waits for "
    "these hours."
)


def _asking() -> CompanyExport:
    return export(due=(*DUE, asked_item(WEEK, "Æble Øster-Åberg")))


def _written(writer: object, data: CompanyExport) -> bytes:
    out = io.BytesIO()
    writer(data, out)  # type: ignore[operator]
    return out.getvalue()


def test_the_week_is_asked_on_its_months_form_by_that_months_end() -> None:
    assert asked_item(WEEK, "Æble Øster-Åberg") == ASKED


def test_the_json_says_whose_payment_waits_in_both_languages() -> None:
    due = json.loads(_written(write_company_json, _asking()))["due"]
    assert due[-1] == {
        "participant_id": "P-AAAAAAAAAAA",
        "citizen": {"name": "Æble Øster-Åberg"},
        "form_type": "mentor_hours",
        "due_on": "2026-09-30",
        "overdue_since": None,
        "weeks": ["2026-W36"],
        "payment_waiting": {"period": "2026-08", "note_en": NOTE_EN, "note_da": NOTE_DA},
    }
    assert [item["payment_waiting"] for item in due[:-1]] == [None, None, None]


def test_the_spreadsheet_says_it_in_the_remark_column_of_its_row() -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(_written(write_company_xlsx, _asking())))["Forfalder"]
    rows = [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert rows[-1] == [
        "P-AAAAAAAAAAA",
        "Æble Øster-Åberg",
        "Mentortimer",
        datetime(2026, 9, 30),
        "uge 36",
        NOTE_DA,
    ]
    assert [row[5] for row in rows[:-1]] == [None, None, None]


def test_the_pdf_says_it_on_a_line_under_its_row() -> None:
    reader = PdfReader(io.BytesIO(_written(write_company_pdf, _asking())))
    lines = [" ".join(line.split()) for page in reader.pages for line in page.extract_text().splitlines()]
    [at] = [i for i, line in enumerate(lines) if line == NOTE_DA]
    assert lines[at - 1].startswith("P-AAAAAAAAAAA Æble Øster-Åberg Mentortimer uge 36")
    assert lines[at - 1].endswith("30.09.2026")
    # Without a waiting week, no such line.
    plain = PdfReader(io.BytesIO(_written(write_company_pdf, export())))
    assert "venter på disse timer" not in "".join(page.extract_text() for page in plain.pages)
