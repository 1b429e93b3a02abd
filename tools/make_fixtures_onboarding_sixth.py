"""Write the forms of the sixth onboarding trial: `python -m tools.make_fixtures_onboarding_sixth`.

Tønder (550) is onboarded by config alone in tests/onboarding/, on forms shaped unlike the earlier trials':
a case system's XML export of mentor hours nested two levels deep (a citizen holds their grants, a grant its
weeks, so the CPR sits on the citizen above the grant that is one record), in a prefixed namespace, every
date an `xs:dateTime` with a time zone (midnight in Denmark written in UTC: `2026-03-01T23:00:00Z` is
2 March); a PDF timesheet whose fields form a real hierarchy (a parent `uge` with kids `1`, `2`, ... so
that the full names are `uge.1`, `timer.1`), the week block printed again on a second page with its kids
numbered on, and a radio group; and a workbook of grants kept as an Excel Table (a ListObject, its
gridlines hidden), a hidden column of case numbers, a hidden row above the table, formulas whose values
Excel cached (the end date and the amount), and a `Samlet` total row. The values are written here as the
systems would; the expected records beside the files were written by hand from these values.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pikepdf
import xlsxwriter

from tools.fixture_files import write_all
from tools.fixture_pages import nest_fields, titled_page

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "toender"

HOURS_XML = """\
<?xml version="1.0" encoding="UTF-8"?>
<ks:Udtraek xmlns:ks="urn:dk:toender:sag:mentor:2" dannet="2026-04-01T06:15:00+02:00">
  <ks:Afsender kommunekode="550">Jobcenter Tønder</ks:Afsender>
  <ks:Borger>
    <ks:CPR>120488-3317</ks:CPR>
    <ks:Navn>Sofie Lund</ks:Navn>
    <ks:Bevilling id="B-1021">
      <ks:PNummer>1056789012</ks:PNummer>
      <ks:Mentor>Henrik Jessen</ks:Mentor>
      <ks:Godkendt af="Henrik Jessen">2026-03-31T16:42:00+02:00</ks:Godkendt>
      <ks:Uger>
        <ks:Uge>
          <ks:Fra>2026-03-01T23:00:00Z</ks:Fra>
          <ks:Timer>4.00</ks:Timer>
        </ks:Uge>
        <ks:Uge>
          <ks:Fra>2026-03-08T23:00:00Z</ks:Fra>
          <ks:Timer>3.50</ks:Timer>
        </ks:Uge>
        <ks:Uge>
          <ks:Fra>2026-03-16T00:00:00+01:00</ks:Fra>
          <ks:Timer>4.00</ks:Timer>
        </ks:Uge>
      </ks:Uger>
    </ks:Bevilling>
    <ks:Bevilling id="B-1034">
      <ks:PNummer>1067890123</ks:PNummer>
      <ks:Mentor>Mette Schmidt</ks:Mentor>
      <ks:Godkendt af="Mette Schmidt">2026-03-29T22:30:00Z</ks:Godkendt>
      <ks:Uger>
        <ks:Uge>
          <ks:Fra>2026-03-15T23:00:00Z</ks:Fra>
          <ks:Timer>1.50</ks:Timer>
        </ks:Uge>
        <ks:Uge>
          <ks:Fra>2026-03-22T23:00:00Z</ks:Fra>
          <ks:Timer>2.00</ks:Timer>
        </ks:Uge>
      </ks:Uger>
    </ks:Bevilling>
  </ks:Borger>
  <ks:Borger>
    <ks:CPR>0311927764</ks:CPR>
    <ks:Navn>Ahmad Karimi</ks:Navn>
    <ks:Bevilling id="B-1040">
      <ks:PNummer>1056789012</ks:PNummer>
      <ks:Mentor>Henrik Jessen</ks:Mentor>
      <ks:Godkendt af="Henrik Jessen">2026-03-31T16:45:00+02:00</ks:Godkendt>
      <ks:Uger>
        <ks:Uge>
          <ks:Fra>2026-03-22T23:00:00Z</ks:Fra>
          <ks:Timer>5.00</ks:Timer>
        </ks:Uge>
        <ks:Uge>
          <ks:Fra>2026-03-29T22:00:00Z</ks:Fra>
          <ks:Timer>5.00</ks:Timer>
        </ks:Uge>
      </ks:Uger>
    </ks:Bevilling>
  </ks:Borger>
</ks:Udtraek>
"""

# The timesheet's fields as (parent, kid, label printed left of it, page, x, y, value); a parent's kids
# are one field each, full name "parent.kid"; the week block is printed again on page 2, kids 5 to 8.
SHEET_TEXT = (
    ("borger", "cpr", "CPR-nr.", 0, 180, 700, "2009861478"),
    ("borger", "navn", "Borgerens navn", 0, 180, 680, "Line Thomsen"),
    ("virksomhed", "pnr", "P-nummer", 0, 180, 660, "1078901234"),
    ("mentor", "navn", "Mentor", 0, 180, 640, "Jens Bonde"),
    ("underskrift", "navn", "Underskrevet af mentor", 1, 180, 440, "Jens Bonde"),
    ("underskrift", "dato", "Dato", 1, 180, 420, "03.04.2026"),
)
WEEKS = (("10", "4"), ("11", "3,5"), ("12", "4"), ("13", "2,5"), ("14", "4"), ("", ""), ("", ""), ("", ""))


def _timesheet_flat() -> bytes:
    """The timesheet as reportlab writes it: flat field names `parent_kid`, made a hierarchy after."""
    buffer, canvas = titled_page("Timeseddel for mentor", top=770)
    form = canvas.acroForm
    canvas.drawString(60, 750, "Jobcenter Tønder")
    for page in (0, 1):
        if page:
            canvas.showPage()
            canvas.setFont("Helvetica-Bold", 12)
            canvas.drawString(60, 770, "Timeseddel for mentor, fortsat")
            canvas.setFont("Helvetica", 10)
        for parent, kid, label, on, x, y, value in SHEET_TEXT:
            if on == page:
                canvas.drawString(60, y + 4, label)
                form.textfield(
                    name=f"{parent}_{kid}", tooltip="", value=value, x=x, y=y, width=200, height=16
                )
        canvas.drawString(60, 610, "Uge")
        canvas.drawString(180, 610, "Timer")
        for row in range(4):
            number = page * 4 + row + 1
            week, hours = WEEKS[number - 1]
            y = 585 - row * 22
            form.textfield(name=f"uge_{number}", tooltip="", value=week, x=60, y=y, width=90, height=16)
            form.textfield(name=f"timer_{number}", tooltip="", value=hours, x=180, y=y, width=90, height=16)
        if page == 0:
            canvas.drawString(60, 480, "Mentor er ansat i")
            form.radio(name="mentor_ansat", value="V", selected=True, x=180, y=478, size=12, tooltip="")
            canvas.drawString(196, 480, "Virksomheden")
            form.radio(name="mentor_ansat", value="J", selected=False, x=300, y=478, size=12, tooltip="")
            canvas.drawString(316, 480, "Jobcentret")
            canvas.drawString(60, 450, "År")
            form.textfield(name="aar", tooltip="", value="2026", x=180, y=446, width=60, height=16)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def timesheet_pdf() -> bytes:
    """Tønder's PDF timesheet, its fields a real hierarchy: each `parent_kid` becomes kid `kid` of a
    field `parent` (no value, no widget of its own), as a form designer writes `uge.1` and `timer.1`."""
    pdf = pikepdf.open(io.BytesIO(_timesheet_flat()))
    nest_fields(pdf)  # `aar`, the year, stays a field of its own
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


# The grants table: (case number, CPR, name, P-number, mentor, employed by, hours a week, rate, weeks,
# first day); the last day and the amount are formulas Excel cached.
GRANTS: tuple[tuple[object, ...], ...] = (
    (
        "S-2026-0113",
        "120488-3317",
        "Sofie Lund",
        "1056789012",
        "Henrik Jessen",
        "Virksomhed",
        4,
        275.5,
        13,
        datetime(2026, 3, 2),
        datetime(2026, 2, 24),
    ),
    (
        "S-2026-0121",
        "0311927764",
        "Ahmad Karimi",
        "1056789012",
        "Henrik Jessen",
        "Virksomhed",
        5,
        275.5,
        8,
        datetime(2026, 3, 23),
        datetime(2026, 3, 17),
    ),
    (
        "S-2026-0130",
        "200986-1478",
        "Line Thomsen",
        "1078901234",
        "Jens Bonde",
        "Jobcenter",
        3.5,
        310,
        10,
        datetime(2026, 3, 2),
        datetime(2026, 2, 27),
    ),
)
COLUMNS = (
    "Sags-ID",
    "CPR-nr.",
    "Navn",
    "P-nr.",
    "Mentor",
    "Ansat hos",
    "Timer pr. uge",
    "Timepris",
    "Uger",
    "Fra",
    "Til",
    "Beløb",
    "Bevilget",
)


def _excel_day(day: datetime) -> int:
    """Excel's day number of a date (1900 system), as Excel caches a date formula's value."""
    return (day - datetime(1899, 12, 30)).days


def grants_xlsx() -> bytes:
    """Tønder's mentor grants as an Excel Table on a sheet without gridlines: the case number's column
    hidden, a hidden row above the table, `Til` and `Beløb` formulas with Excel's cached values, and the
    table's total row `Samlet`."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": datetime(2026, 3, 20, 10, 0, 0)})  # the same bytes every run
    sheet = book.add_worksheet("Mentorbevillinger")
    sheet.hide_gridlines(2)
    title = book.add_format({"bold": True, "font_size": 14})
    date = book.add_format({"num_format": "dd-mm-yyyy"})
    money = book.add_format({"num_format": "#,##0.00"})
    sheet.write("B1", "Jobcenter Tønder - mentorbevillinger 2026", title)
    sheet.write("B2", "Til økonomi: kolonne A og række 3 er skjult")
    sheet.write("B3", "udtræk 2026-03-20 kl. 10.00 / sbs")
    sheet.set_row(2, None, None, {"hidden": True})
    sheet.set_column("A:A", 14, None, {"hidden": True})
    sheet.set_column("B:M", 14)
    first = 4  # the table's header row, 0-based (row 5)
    data, total = [], 0.0
    for offset, grant in enumerate(GRANTS):
        case, cpr, name, pnr, mentor, employer, hours, rate, weeks, start, granted = grant
        assert isinstance(start, datetime) and isinstance(weeks, int)
        assert isinstance(hours, int | float) and isinstance(rate, int | float)
        row = first + 2 + offset  # 1-based row of this grant
        end_day = _excel_day(start) + 7 * weeks - 3  # a grant ends on the Friday of its last week
        amount = hours * rate * weeks
        total += amount
        data.append(
            [
                case,
                cpr,
                name,
                pnr,
                mentor,
                employer,
                hours,
                rate,
                weeks,
                start,
                {"formula": f"=J{row}+7*I{row}-3", "value": end_day},
                {"formula": f"=G{row}*H{row}*I{row}", "value": amount},
                granted,
            ]
        )
    columns: list[dict[str, object]] = []
    for header in COLUMNS:
        column: dict[str, object] = {"header": header}
        if header in ("Fra", "Bevilget"):
            column["format"] = date
        if header == "Til":
            column["format"] = date
            column["formula"] = "=[@Fra]+7*[@Uger]-3"
        if header == "Beløb":
            column["format"] = money
            column["formula"] = "=[@[Timer pr. uge]]*[@Timepris]*[@Uger]"
            column["total_function"] = "sum"
            column["total_value"] = total
        if header == "Timepris":
            column["format"] = money
        if header == "Sags-ID":
            column["total_string"] = ""
        if header == "CPR-nr.":
            column["total_string"] = "Samlet"
        columns.append(column)
    last = first + len(GRANTS) + 1  # the total row, 0-based
    sheet.add_table(
        first,
        0,
        last,
        len(COLUMNS) - 1,
        {"name": "Bevillinger", "style": "Table Style Medium 2", "total_row": True, "columns": columns},
    )
    for offset, values in enumerate(data):
        row = first + 1 + offset
        for column_at, value in enumerate(values):
            if isinstance(value, dict):
                cell_format = date if column_at == 10 else money
                sheet.write_formula(row, column_at, str(value["formula"]), cell_format, value["value"])
            elif isinstance(value, datetime):
                sheet.write_datetime(row, column_at, value, date)
            elif isinstance(value, int | float):
                sheet.write_number(row, column_at, value, money if column_at == 7 else None)
            else:
                sheet.write_string(row, column_at, str(value))
    book.close()
    return buffer.getvalue()


def render_all() -> dict[Path, bytes]:
    """The three forms of the sixth trial: their paths and bytes (nothing is written)."""
    return {
        GOLDEN / "mentor_hours.xml": HOURS_XML.encode("utf-8"),
        GOLDEN / "timesheet.pdf": timesheet_pdf(),
        GOLDEN / "mentor_support.xlsx": grants_xlsx(),
    }


if __name__ == "__main__":
    write_all(render_all())
