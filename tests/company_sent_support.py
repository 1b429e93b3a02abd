"""The company's mentor hours form of a demo month, filled in and sent back as the company does: for the
tests of what the company reads of its sent forms (tests/pages, tests/browser)."""

from __future__ import annotations

import io
import re
from typing import Any

import openpyxl

URL = "/company/form?agreement=falck-hovedstaden&kind=mentor_hours&format=xlsx&period=2026-10"
# What the lead reads after a `below_grant` of a line to Monday 30 November 2026 once November's form came
# with 3 hours a week: that day is in week 49, on December's form (`exports.company_awaited`, stop 62).
WAITS_EN = (
    "; 0.43 of the granted hours are for 2026-11-30, in 2026-W49, which Falck Danmark sends on its form for "
    "December 2026, due when that month is over: the line pays them once it comes"
)
WAITS_DA = (
    "; 0,43 af de bevilgede timer er for 30. nov. 2026, i uge 49 2026, som Falck Danmark sender på sit "
    "skema for december 2026, når den måned er omme: linjen betaler dem, når det kommer"
)


def interns_of(form: bytes) -> dict[str, tuple[str, list[str]]]:
    """Participant id -> (name, the weeks asked) of the spreadsheet's interns, in the sheet's order."""
    sheet = openpyxl.load_workbook(io.BytesIO(form))["Mentortimer"]
    found: dict[str, tuple[str, list[str]]] = {}
    for row in sheet.iter_rows(min_row=7, values_only=True):
        if str(row[0]).startswith("P-"):
            found.setdefault(str(row[0]), (str(row[1]), []))[1].append(str(row[4]))
    return found


def with_words(filled: bytes, pid: str) -> bytes:
    """The filled sheet with the hours of `pid` written in words, which no reader takes for hours."""
    book = openpyxl.load_workbook(io.BytesIO(filled))
    sheet = book["Mentortimer"]
    for row in range(7, sheet.max_row + 1):
        if sheet.cell(row, 1).value == pid:
            sheet.cell(row, 6, "tre")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def send(company: Any, data: bytes, name: str) -> dict[str, Any]:
    token = re.search(r'data-csrf="([^"]+)"', company.get("/company").get_data(as_text=True))
    assert token is not None
    sent = company.post(
        "/api/submissions",
        data={"files": (io.BytesIO(data), name), "agreement": "falck-hovedstaden"},
        headers={"X-CSRFToken": token.group(1), "Accept": "application/json"},
        content_type="multipart/form-data",
    )
    assert sent.status_code == 202, sent.get_data(as_text=True)
    return sent.get_json()["files"][0]  # type: ignore[no-any-return]


def row_of(page: str, filename: str) -> str:
    """The company page's list of files sent: the row of a file, from its name to the row's end."""
    start = page.index(f">{filename}</th>")
    return page[start : page.index("</tr>", start)]
