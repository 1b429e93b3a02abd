"""The gaps in the company's export: JSON in English and Danish, the spreadsheet's and the PDF's in
Danish, each with what the company can do; names masked as the roster's are. Written by hand."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from decimal import Decimal

import openpyxl
from company_data import export
from pypdf import PdfReader

from hub.exports.company_json import write_company_json
from hub.exports.company_model import CompanyExport, CompanyGap
from hub.exports.company_pdf import write_company_pdf
from hub.exports.company_xlsx import write_company_xlsx

WEEK = CompanyGap(
    participant_id="P-AAAAAAAAAAA",
    name="Æble Øster-Åberg",
    municipality="Jobcenter Gladsaxe",
    kind="week_above_grant",
    hours=Decimal("1.5"),
    reason_en="4.5 hours in 2026-W32; the grant covers 3 hours a week: 1.5 hours above it",
    reason_da="4,5 timer i uge 32; bevillingen dækker 3 timer om ugen: 1,5 timer over den",
    action_en="Check the week's hours",
    action_da="Tjek ugens timer",
)
# A caseworker pasted a CPR number into the name: masked wholly, as in the roster.
MISSING = replace(
    WEEK,
    participant_id="P-BBBBBBBBBBR",
    name="Bo Berg 010190-1234",
    kind="no_timesheet",
    hours=None,
    reason_en="no timesheet for August 2026",
    reason_da="ingen timeseddel for august 2026",
    action_en="Send the form",
    action_da="Send skemaet",
)


def _with_gaps(*gaps: CompanyGap) -> CompanyExport:
    # August is over on the 31st: its gaps are told.
    return replace(export(), as_of=date(2026, 8, 31), gaps=gaps)


def test_the_json_gives_each_gap_in_english_and_danish_with_what_to_do() -> None:
    out = io.BytesIO()
    write_company_json(_with_gaps(WEEK, MISSING), out)
    got = json.loads(out.getvalue())["gaps"]
    assert got == [
        {
            "participant_id": "P-AAAAAAAAAAA",
            "citizen": {"name": "Æble Øster-Åberg"},
            "kind": "week_above_grant",
            "hours": "1.50",
            "reason_en": "4.5 hours in 2026-W32; the grant covers 3 hours a week: 1.5 hours above it",
            "reason_da": "4,5 timer i uge 32; bevillingen dækker 3 timer om ugen: 1,5 timer over den",
            "action_en": "Check the week's hours",
            "action_da": "Tjek ugens timer",
        },
        {
            "participant_id": "P-BBBBBBBBBBR",
            "citizen": {"name": "Bo Berg XXXXXX-XXXX"},
            "kind": "no_timesheet",
            "hours": None,
            "reason_en": "no timesheet for August 2026",
            "reason_da": "ingen timeseddel for august 2026",
            "action_en": "Send the form",
            "action_da": "Send skemaet",
        },
    ]


def test_the_spreadsheet_has_a_sheet_of_gaps_in_danish() -> None:
    out = io.BytesIO()
    write_company_xlsx(_with_gaps(WEEK, MISSING), out)
    sheet = openpyxl.load_workbook(io.BytesIO(out.getvalue()))["Afvigelser"]
    assert list(sheet.iter_rows(values_only=True)) == [
        ("Deltager-id", "Navn", "Afvigelse", "Timer i afvigelsen", "Det kan I gøre"),
        ("P-AAAAAAAAAAA", "Æble Øster-Åberg", WEEK.reason_da, 1.5, "Tjek ugens timer"),
        ("P-BBBBBBBBBBR", "Bo Berg XXXXXX-XXXX", "ingen timeseddel for august 2026", None, "Send skemaet"),
    ]
    # Two decimals, as the reason writes hours ("1,50" in a Danish Excel, not "1,5"; walk-107).
    assert sheet["D2"].number_format == "0.00"


def _pdf_text(data: CompanyExport) -> str:
    out = io.BytesIO()
    write_company_pdf(data, out)
    pages = PdfReader(io.BytesIO(out.getvalue())).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_the_pdf_tells_the_gaps_before_the_roster() -> None:
    text = _pdf_text(_with_gaps(WEEK, MISSING))
    heading = "Afvigelser mellem bevilgede og leverede mentortimer"
    assert heading in text
    assert "Kun timer, der er både bevilget og leveret, betales. Til og med 31.08.2026." in text
    assert f"{WEEK.reason_da} Tjek ugens timer" in text
    assert "Bo Berg XXXXXX-XXXX" in text and "010190" not in text
    assert text.index(heading) < text.index("Praktikanter (3)")


def test_the_pdf_says_when_there_are_none_and_when_a_month_is_not_over() -> None:
    assert "Ingen afvigelser mellem bevilgede og leverede mentortimer til og med 31.08.2026." in _pdf_text(
        _with_gaps()
    )
    # 15 August: August is not over, its hours not yet due.
    assert "Afvigelser mellem bevilgede og leverede mentortimer vises for en måned, når den er slut." in (
        _pdf_text(export())
    )


def test_the_spreadsheet_shows_a_gaps_hours_of_more_decimals_as_written() -> None:
    # A timesheet's week may hold four decimals (0.8333: 50 minutes), and a gap of hours after the end is
    # that week's (fixes-132); the cell held 0.8333, but its format "0.00" showed 0,83 beside the reason's
    # "0,8333 timer" (review-136). Two decimals or fewer keep the format above.
    after = [replace(WEEK, kind="after_end", hours=Decimal(hours)) for hours in ("0.8333", "2.125", "1.5")]
    out = io.BytesIO()
    write_company_xlsx(_with_gaps(*after), out)
    sheet = openpyxl.load_workbook(io.BytesIO(out.getvalue()))["Afvigelser"]
    assert [(sheet[f"D{row}"].value, sheet[f"D{row}"].number_format) for row in (2, 3, 4)] == [
        (0.8333, "0.0000"),
        (2.125, "0.000"),
        (1.5, "0.00"),
    ]
