"""The company's export as a spreadsheet: "Aftale", "Praktikanter", "Forfalder" and "Afvigelser", with
typed cells.

XlsxWriter's constant_memory mode flushes each row to a temporary file as soon as the next one starts,
so 10,000 interns from a generator cost no more memory than ten (rows go strictly downwards). Dates are
Excel dates, counts are numbers, identifiers (CVR, P-number, participant id) stay text so that nothing
is rounded or loses a leading zero, and every text cell is formula-safe (`xlsx_safe`).
"""

from __future__ import annotations

from datetime import date
from typing import BinaryIO

from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from hub.exports import danish
from hub.exports.company_asked import asked_words
from hub.exports.company_model import CompanyExport, Person
from hub.exports.company_redact import redact_export
from hub.exports.xlsx_safe import DATE_FORMAT, open_workbook, write_text
from hub.quantities import hours_places
from hub.schemas.vocabulary import FORM_TYPE_LABELS

# Heading and width of each column, in order.
INTERN_COLUMNS = (
    ("Deltager-id", 15),
    ("Navn", 30),
    ("Jobcenter", 24),
    ("P-nummer", 12),
    ("Arbejdssted", 30),
    ("Start", 12),
    ("Planlagt slut", 13),
    ("Ophørt", 12),
    ("Ophører", 12),  # an end form's day after "Opgjort pr.": not ended by then
    ("Mentor", 24),
)
DUE_COLUMNS = (
    ("Deltager-id", 15),
    ("Navn", 30),
    ("Skema", 18),
    ("Senest", 12),
    ("Uger", 40),
    # "forfalden siden 05.10.2026": a report owed from an earlier period; "Uge 49 2026 er på skemaet for
    # december 2026. …": a week of a later month's form that a month's payment waits for.
    ("Bemærkning", 28),
)
GAP_COLUMNS = (
    ("Deltager-id", 15),
    ("Navn", 30),
    ("Afvigelse", 70),  # the gap's reason, as the payments say it in Danish
    # The hours the gap is about (short of or above the grant), two decimals as the reason writes them:
    # "Timer" 12,43 beside "leveret 0,43 af 12,86 bevilgede timer" read as hours delivered (walk-107).
    ("Timer i afvigelsen", 18),
    ("Det kan I gøre", 70),
)
SITE_COLUMNS = ("P-nummer", "Arbejdssted", "Pladser", "Besat", "Ledige", "Ledig siden")
CONTACT_COLUMNS = ("Rolle", "Navn", "Organisation", "Telefon", "E-mail")


def write_company_xlsx(export: CompanyExport, out: BinaryIO) -> None:
    """Write the export as an XLSX workbook, streaming its interns and due items in one pass."""
    export = redact_export(export)
    title = f"{export.agreement_name}: praktikanter og opgaver pr. {danish.short_date(export.as_of)}"
    book = open_workbook(out, title, export.contact.organisation, export.made_at)
    formats = {
        "title": book.add_format({"bold": True, "font_size": 14}),
        "bold": book.add_format({"bold": True}),
        "head": book.add_format({"bold": True, "bg_color": "#1F4E79", "font_color": "#FFFFFF"}),
        "date": book.add_format({"num_format": DATE_FORMAT, "align": "left"}),
        "hours": book.add_format({"num_format": "0.00"}),
        # A gap's hours may be a week's own, of up to four decimals: shown with them (`_gaps`).
        "hours3": book.add_format({"num_format": "0.000"}),
        "hours4": book.add_format({"num_format": "0.0000"}),
    }
    _agreement(book.add_worksheet("Aftale"), export, title, formats)
    _interns(book.add_worksheet("Praktikanter"), export, formats)
    _due(book.add_worksheet("Forfalder"), export, formats)
    _gaps(book.add_worksheet("Afvigelser"), export, formats)
    book.close()


def _agreement(sheet: Worksheet, export: CompanyExport, title: str, f: dict[str, Format]) -> None:
    for col, width in enumerate((24, 34, 26, 18, 36, 14)):
        sheet.set_column(col, col, width)
    write_text(sheet, 0, 0, title, f["title"])
    facts: list[tuple[str, str | date]] = [
        ("Aftale-id", export.agreement_id),
        ("Aftale", export.agreement_name),
        ("Virksomhed", export.company_name),
        ("CVR", export.company_cvr),
        ("Samarbejdsmodel", danish.model_name(danish.COOPERATION_MODELS, export.cooperation_model)),
        ("Mentorordning", danish.model_name(danish.MENTOR_MODELS, export.mentor_model)),
        # By name, as the PDF's heading says it ("november 2026", "3. kvartal 2026"): "2026-11" beside Danish
        # dates read as a code; the JSON keeps the label for a program (stop 47, the company's day).
        ("Periode", danish.period_name(export.period_label)),
        ("Periodens start", export.period_start),
        ("Periodens slut", export.period_end),
        ("Opgjort pr.", export.as_of),
        # A sentence, not a date cell: a spreadsheet's time has no zone, and this one is Danish time.
        ("Dannet", f"{danish.long_moment(export.made_at)} med de oplysninger, hubben havde da"),
    ]
    row = 2
    for label, value in facts:
        write_text(sheet, row, 0, label, f["bold"])
        if isinstance(value, date):
            sheet.write_datetime(row, 1, value, f["date"])
        else:
            write_text(sheet, row, 1, value)
        row += 1
    row = _header(sheet, row + 1, CONTACT_COLUMNS, f["head"])
    people: list[tuple[str, Person | None]] = [
        ("Kontakt i jobcentret", export.contact),
        ("Stedfortræder", export.backup),
        ("Virksomhedens kontakt", export.company_contact),
    ]
    for role, person in people:
        if person is None:
            continue
        for col, value in enumerate((role, person.name, person.organisation, person.phone, person.email)):
            write_text(sheet, row, col, value)
        row += 1
    row = _header(sheet, row + 1, SITE_COLUMNS, f["head"])
    for site in export.sites:
        write_text(sheet, row, 0, site.p_number)
        write_text(sheet, row, 1, site.name)
        sheet.write_number(row, 2, site.places)
        sheet.write_number(row, 3, site.occupied)
        sheet.write_number(row, 4, max(site.places - site.occupied, 0))
        if site.empty_since is not None:
            sheet.write_datetime(row, 5, site.empty_since, f["date"])
        row += 1


def _interns(sheet: Worksheet, export: CompanyExport, f: dict[str, Format]) -> None:
    _table_sheet(sheet, INTERN_COLUMNS, f["head"])
    row = 0
    for row, intern in enumerate(export.interns, start=1):
        texts = (intern.participant_id, intern.name, intern.municipality, intern.p_number, intern.site_name)
        for col, value in enumerate(texts):
            write_text(sheet, row, col, value)
        sheet.write_datetime(row, 5, intern.start, f["date"])
        sheet.write_datetime(row, 6, intern.end, f["date"])
        for col, day in ((7, intern.ended_on), (8, intern.ends_on)):
            if day is not None:
                sheet.write_datetime(row, col, day, f["date"])
        write_text(sheet, row, 9, intern.mentor_name)
    sheet.autofilter(0, 0, row, len(INTERN_COLUMNS) - 1)


def _due(sheet: Worksheet, export: CompanyExport, f: dict[str, Format]) -> None:
    _table_sheet(sheet, DUE_COLUMNS, f["head"])
    labels = FORM_TYPE_LABELS["da"]
    row = 0
    for row, item in enumerate(export.due, start=1):
        write_text(sheet, row, 0, item.participant_id)
        write_text(sheet, row, 1, item.name)
        write_text(sheet, row, 2, labels.get(item.kind, item.kind))
        sheet.write_datetime(row, 3, item.due_on, f["date"])
        # As the PDF of the same export and the records write a week ("uge 32, 33"), not "2026-W32".
        write_text(sheet, row, 4, danish.weeks_text(item.weeks, export.period_start.year))
        if item.overdue:
            write_text(sheet, row, 5, f"forfalden siden {danish.short_date(item.due_on)}")
        elif (asked := asked_words(item)) is not None:  # a week a month's payment waits for
            write_text(sheet, row, 5, asked[1])
    sheet.autofilter(0, 0, row, len(DUE_COLUMNS) - 1)


def _gaps(sheet: Worksheet, export: CompanyExport, f: dict[str, Format]) -> None:
    """The gaps between granted and delivered mentor hours, intern by intern; the hours as a number."""
    _table_sheet(sheet, GAP_COLUMNS, f["head"])
    row = 0
    for row, gap in enumerate(export.gaps, start=1):
        write_text(sheet, row, 0, gap.participant_id)
        write_text(sheet, row, 1, gap.name)
        write_text(sheet, row, 2, gap.reason_da)
        if gap.hours is not None:
            # Its decimals as the reason beside it writes them (`hours_places`, fixes-132): 0,8333 not 0,83.
            places = min(hours_places(gap.hours), 4)
            sheet.write_number(row, 3, float(gap.hours), f["hours" if places == 2 else f"hours{places}"])
        write_text(sheet, row, 4, gap.action_da)
    sheet.autofilter(0, 0, row, len(GAP_COLUMNS) - 1)


def _table_sheet(sheet: Worksheet, columns: tuple[tuple[str, int], ...], head: Format) -> None:
    """Widths, the header row, frozen under it."""
    for col, (_, width) in enumerate(columns):
        sheet.set_column(col, col, width)
    _header(sheet, 0, tuple(name for name, _ in columns), head)
    sheet.freeze_panes(1, 0)


def _header(sheet: Worksheet, row: int, names: tuple[str, ...], head: Format) -> int:
    """Write a header row; return the row under it."""
    for col, name in enumerate(names):
        write_text(sheet, row, col, name, head)
    return row + 1
