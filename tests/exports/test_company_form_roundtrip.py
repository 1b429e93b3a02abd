"""The one form filled in as a company would, then read back by the company adapter (config/company.toml).

The writers and the adapter are built apart; this is where their contract (`company_form_model`) is
held to: what the writers print, the adapter finds, and an intern left blank is no record.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from company_data import form_spec
from pypdf import PdfWriter

from hub.adapters import pipeline
from hub.adapters.language.company_adapter import load_company_adapter
from hub.adapters.language.config_form import IndexCache
from hub.adapters.mapping.form_items import map_items
from hub.adapters.readers import extract
from hub.errors import Rejection
from hub.exports.company_form_pdf import write_form_pdf
from hub.exports.company_form_xlsx import write_form_xlsx

ROOT = Path(__file__).resolve().parents[2]


def read_back(data: bytes, filename: str) -> tuple[str, list[dict[str, Any]]]:
    """The form the adapter recognised, and the record of each filled-in item."""
    company = load_company_adapter(ROOT / "config" / "company.toml")
    cache: IndexCache = {}
    extraction = extract(data, filename, pipeline.READ_OPTIONS)
    form, extraction = pipeline.recognise(company, extraction, filename, data, cache)
    items = map_items(extraction, form, "0" * 64, filename, company.code, cache)
    assert all(not item.problems for item in items), [item.problems for item in items]
    return form.id, [item.mapped.record for item in items if item.mapped is not None]


def recognised(data: bytes, filename: str) -> str:
    """The id of the form the company adapter takes the document for."""
    company = load_company_adapter(ROOT / "config" / "company.toml")
    extraction = extract(data, filename, pipeline.READ_OPTIONS)
    return pipeline.recognise(company, extraction, filename, data, {})[0].id


def filled_pdf(kind: str, values: dict[str, str]) -> bytes:
    """The form of `kind` as PDF, with `values` typed into its fields."""
    out = io.BytesIO()
    write_form_pdf(form_spec(kind), out)
    writer = PdfWriter(clone_from=io.BytesIO(out.getvalue()))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    filled = io.BytesIO()
    writer.write(filled)
    return filled.getvalue()


def filled_xlsx(kind: str, cells: dict[str, object]) -> bytes:
    """The form of `kind` as XLSX, with `cells` typed in."""
    out = io.BytesIO()
    write_form_xlsx(form_spec(kind), out)
    book = openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    for ref, value in cells.items():
        book.active[ref] = value
    filled = io.BytesIO()
    book.save(filled)
    return filled.getvalue()


def test_mentor_hours_pdf() -> None:
    values = {
        "d1_timer1": "3",
        "d1_timer2": "2,5",
        "d1_timer3": "0",
        "d1_timer4": "1",
        "d3_timer1": "4",
        "d3_timer2": "0",  # weeks ended before the signature: 0, as the page asks (stop 56)
        "d3_timer3": "0",
        "underskrevet_af": "Søren Kæmpe",
        "underskrevet_dato": "01.09.2026",
    }
    form_id, records = read_back(filled_pdf("mentor_hours", values), "mentortimer.pdf")
    assert form_id == "mentortimer-pdf"
    assert [r["participant_id"] for r in records] == ["P-AAAAAAAAAAA", "P-CCCCCCCCCCC"]  # intern 2 left blank
    first, third = records
    assert first["entries"] == [
        {"week": "2026-W32", "hours": "3.0"},
        {"week": "2026-W33", "hours": "2.5"},
        {"week": "2026-W34", "hours": "0.0"},
        {"week": "2026-W35", "hours": "1.0"},
    ]
    assert first["total_hours"] == "6.5"
    assert first["mentor"] == {"name": "Mads Mentor"}
    assert (first["signed_by"], first["signed_on"]) == ("Søren Kæmpe", "2026-09-01")
    assert third["entries"] == [
        {"week": "2026-W33", "hours": "4.0"},
        {"week": "2026-W34", "hours": "0.0"},
        {"week": "2026-W35", "hours": "0.0"},
    ]


def test_mentor_hours_xlsx() -> None:
    cells = {
        "F7": 3,
        "F8": 2.5,
        "F9": 0,  # weeks ended before the signature: 0, as the page asks (stop 56)
        "F10": 0,
        "F13": 4,
        "F14": 0,
        "F15": 0,
        # The company corrected the mentor on each of the intern's rows: the record holds one mentor,
        # and rows that disagree are refused (stop 65, fuzz-96; the next test).
        "D13": "Mette Mentor",
        "D14": "Mette Mentor",
        "D15": "Mette Mentor",
        "B17": "Søren Kæmpe",
        "B18": datetime(2026, 9, 1),
    }
    form_id, records = read_back(filled_xlsx("mentor_hours", cells), "mentortimer.xlsx")
    assert form_id == "mentortimer-xlsx"
    assert [r["participant_id"] for r in records] == ["P-AAAAAAAAAAA", "P-CCCCCCCCCCC"]
    first, third = records
    assert first["entries"] == [
        {"week": "2026-W32", "hours": "3.0"},
        {"week": "2026-W33", "hours": "2.5"},
        {"week": "2026-W34", "hours": "0.0"},
        {"week": "2026-W35", "hours": "0.0"},
    ]
    assert first["total_hours"] == "5.5"
    assert third["mentor"] == {"name": "Mette Mentor"}  # the company corrected the mentor
    assert (third["signed_by"], third["signed_on"]) == ("Søren Kæmpe", "2026-09-01")


def test_a_mentor_corrected_on_one_of_an_interns_rows_is_refused_at_the_next() -> None:
    """The form pre-fills the mentor on every row of an intern (per week); one row corrected and the
    others not says two mentors for a record that holds one, so the hub asks rather than takes the first
    row's (decision 0064, "Stop 65: fuzz-96"). Rows 13-15 are the third intern's weeks."""
    cells = {"F7": 3, "F8": 2.5, "F9": 0, "F10": 0, "F13": 4, "F14": 0, "F15": 0, "D13": "Mette Mentor"}
    cells |= {"B17": "Søren Kæmpe", "B18": datetime(2026, 9, 1)}
    data = filled_xlsx("mentor_hours", cells)
    company = load_company_adapter(ROOT / "config" / "company.toml")
    cache: IndexCache = {}
    extraction = extract(data, "mentortimer.xlsx", pipeline.READ_OPTIONS)
    form, extraction = pipeline.recognise(company, extraction, "mentortimer.xlsx", data, cache)
    items = map_items(extraction, form, "0" * 64, "mentortimer.xlsx", company.code, cache)
    assert [len(item.problems) for item in items] == [0, 1]
    (problem,) = items[1].problems
    assert problem.field == "mentor.name"
    assert "under 'Mentor' (row 13 and row 14)" in problem.reason_en
    assert "under 'Mentor' (række 13 og række 14)" in problem.reason_da


def test_progress_report_pdf() -> None:
    values = {
        "d2_dato": "15.09.2026",
        "d2_fremmoede": "4",
        "d2_punktlighed": "3",
        "d2_samarbejde": "5",
        "d2_opgaveloesning": "2",
        "d2_selvstaendighed": "1",
        "d2_note": "Godt i gang",
        "underskrevet_af": "Søren Kæmpe",
        "underskrevet_dato": "16.09.2026",
    }
    form_id, records = read_back(filled_pdf("progress_report", values), "status.pdf")
    assert form_id == "statusrapport-pdf"
    (record,) = records
    assert record["participant_id"] == "P-BBBBBBBBBBR"
    assert record["measured_on"] == "2026-09-15"
    assert record["scores"] == {
        "attendance": 4,
        "punctuality": 3,
        "cooperation": 5,
        "task_solving": 2,
        "independence": 1,
    }
    assert record["note"] == "Godt i gang"


def test_progress_report_xlsx() -> None:
    cells = {
        "D9": datetime(2026, 9, 15),
        "E9": 4,
        "F9": 3,
        "G9": 5,
        "H9": 2,
        "I9": 1,
        "J9": "Godt i gang",
        "B11": "Søren Kæmpe",
        "B12": datetime(2026, 9, 16),
    }
    form_id, records = read_back(filled_xlsx("progress_report", cells), "status.xlsx")
    assert form_id == "statusrapport-xlsx"
    (record,) = records
    assert record["participant_id"] == "P-CCCCCCCCCCC"
    assert record["measured_on"] == "2026-09-15"
    assert record["scores"]["independence"] == 1


def test_placement_end_pdf_and_xlsx() -> None:
    values = {"d1_ophoer": "14.08.2026", "d1_aarsag": "Fleksjob", "d1_note": "Afklaret"}
    form_id, (record,) = read_back(filled_pdf("placement_end", values), "ophoer.pdf")
    assert form_id == "ophoer-pdf"
    assert (record["participant_id"], record["ended_on"], record["outcome"]) == (
        "P-AAAAAAAAAAA",
        "2026-08-14",
        "flexjob",
    )
    cells = {"D8": datetime(2026, 8, 14), "E8": "Stoppet af andre årsager"}
    form_id, (record,) = read_back(filled_xlsx("placement_end", cells), "ophoer.xlsx")
    assert form_id == "ophoer-xlsx"
    assert (record["participant_id"], record["ended_on"], record["outcome"]) == (
        "P-BBBBBBBBBBR",
        "2026-08-14",
        "stopped_other",
    )


@pytest.mark.parametrize(
    ("kind", "values", "form_id"),
    [
        (
            "mentor_hours",
            {"d1_timer1": "3", "underskrevet_af": "S K", "underskrevet_dato": "01.09.2026"},
            "mentortimer",
        ),
        (
            "progress_report",
            {
                "d1_dato": "15.09.2026",
                "d1_fremmoede": "4",
                "underskrevet_af": "S K",
                "underskrevet_dato": "16.09.2026",
            },
            "statusrapport",
        ),
        ("placement_end", {"d1_ophoer": "14.08.2026", "d1_aarsag": "Fleksjob"}, "ophoer"),
    ],
)
def test_a_form_printed_with_the_kinds_code_is_still_read_as_its_kind(
    kind: str, values: dict[str, str], form_id: str
) -> None:
    # Forms handed out before the `skema` field said the kind in words carry the hub's code there; the
    # adapter tells the kinds apart by the printed title and the sheet, so they still read as theirs.
    pdf = filled_pdf(kind, {"skema": kind, **values})
    assert recognised(pdf, f"{kind}.pdf") == f"{form_id}-pdf"
    xlsx = filled_xlsx(kind, {"B4": kind})
    assert recognised(xlsx, f"{kind}.xlsx") == f"{form_id}-xlsx"


def test_a_note_naming_another_kind_does_not_make_the_form_ambiguous() -> None:
    # A company writes what it likes in a note; the kind is read from the title, not from any value.
    values = {
        "d1_dato": "15.09.2026",
        "d1_fremmoede": "4",
        "d1_note": "Mentortimer og ophør af praktik aftalt med jobcentret",
        "underskrevet_af": "Søren Kæmpe",
        "underskrevet_dato": "16.09.2026",
    }
    assert recognised(filled_pdf("progress_report", values), "status.pdf") == "statusrapport-pdf"
    cells = {
        "D9": datetime(2026, 9, 15),
        "E9": 4,
        "J9": "Mentortimer og ophør af praktik",
        "B11": "S K",
        "B12": datetime(2026, 9, 16),
    }
    assert recognised(filled_xlsx("progress_report", cells), "status.xlsx") == "statusrapport-xlsx"


def test_a_workbook_whose_sheet_was_renamed_is_told_which_sheet_to_name_back() -> None:
    # The kind of a workbook is its sheet: a company that renames it gets the sheet each kind is read
    # on, and the name it found, in words (not the adapter's `next:Skema`).
    book = openpyxl.load_workbook(io.BytesIO(filled_xlsx("mentor_hours", {"F7": 3})))
    book.active.title = "Timer september"
    renamed = io.BytesIO()
    book.save(renamed)
    with pytest.raises(Rejection) as caught:
        recognised(renamed.getvalue(), "mentortimer.xlsx")
    problem = caught.value.problems[0]
    # The form by its title (config/company.toml) in each language, not by its id `mentortimer-xlsx`.
    said = "'Mentortimer (the company's spreadsheet)': it has no sheet 'Mentortimer' (its sheets: 'Timer "
    said += "september')"
    assert said in problem.reason_en
    said_da = "'Mentortimer (virksomhedens regneark)': den har intet ark 'Mentortimer' (dens ark: 'Timer "
    assert said_da + "september')" in problem.reason_da
    assert "next:" not in problem.reason_en + problem.reason_da
