"""The nineteenth trial's forms: `python -m tools.make_fixtures_onboarding_nineteenth`.

NEEDS a Python with PyMuPDF (2.0, `pip install pymupdf`) and odfpy (1.4.1, `pip install odfpy`), and
`soffice` (LibreOffice, to save the ODS as XLSX), none of them in the hub's own environment: make a venv
of its own (`python3 -m venv /tmp/v && /tmp/v/bin/pip install pymupdf odfpy`) and run it with
`PYTHONPATH=. /tmp/v/bin/python -m tools.make_fixtures_onboarding_nineteenth`. CI does not run this:
the tests read the files kept in tests/onboarding/golden/svendborg/ (a PDF's and a workbook's bytes hold
their creation dates; a second run writes other bytes).

Svendborg (479) is onboarded by config alone on forms no earlier trial's programs made. The end of a
placement is the job centre's PDF form drawn with PyMuPDF's widgets (text fields, a radio group of
outcomes, a check box, a multi-line remark) and filled by PyMuPDF as a caseworker's tool fills it
(`widget.field_value`, `widget.update()`). The grants of mentor support are a caseworker's spreadsheet
written with odfpy as ODS (date cells, a currency cell in DKK, hours as a duration `PT2H30M`, text with
a decimal comma) and saved as XLSX by LibreOffice Calc, as a caseworker saves it to send. The records
beside them were written by hand from the forms as drawn by `pdftoppm` and as Calc shows the cells,
before the hub read them (decision 0060, "Nineteenth trial").
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "svendborg"

# (label printed left of the field, field name, value the caseworker typed)
CITIZEN = [("CPR-nr.", "txtCprNr", "140388-1927"), ("Navn", "txtBorgerNavn", "Jonas Vestergaard Holm")]
SITE = [
    ("Virksomhed", "txtVirksomhed", "Svendborg Havn og Marina A/S"),
    ("P-nr.", "txtPNr", "1012983745"),
]
END = [("Sidste praktikdag", "txtSidsteDag", "5/6-2026")]
# (words printed right of the button, the button's on-state)
OUTCOMES = [
    ("Ordinær ansættelse", "Ordinaer"),
    ("Uddannelse", "Uddannelse"),
    ("Fleksjob", "Fleksjob"),
    ("Rehabiliteringsteam", "Rehab"),
    ("Andet kommunalt tilbud", "AndetTilbud"),
    ("Praktik i anden virksomhed", "AndenPraktik"),
    ("Langvarig sygdom", "Sygdom"),
    ("Ophørt af anden årsag", "Andet"),
]
CHOSEN = "Fleksjob"
REMARK = "Borgeren fortsætter i fleksjob hos\nvirksomheden fra 8. juni 2026."


def _rows(page: object, rows: list[tuple[str, str, str]], y: float) -> float:
    """Each label-and-field row from `y` down; the next row's top."""
    import pymupdf

    for label, name, value in rows:
        page.insert_text((60, y + 13), label, fontsize=10, fontname="helv")  # type: ignore[attr-defined]
        widget = pymupdf.Widget()
        widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
        widget.field_name = name
        widget.rect = pymupdf.Rect(200, y, 500, y + 18)
        widget.text_fontsize = 10
        widget.field_value = ""
        page.add_widget(widget)  # type: ignore[attr-defined]
        widget.field_value = value  # the caseworker types it in
        widget.update()
        y += 26
    return y


def _heading(page: object, text: str, y: float) -> float:
    page.insert_text((50, y), text, fontsize=11, fontname="hebo")  # type: ignore[attr-defined]
    return y + 10


def placement_end_pdf() -> bytes:
    """The end of a placement: PyMuPDF's widgets, drawn blank, then filled as a caseworker fills them."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((50, 60), "Svendborg Kommune", fontsize=10, fontname="helv")
    page.insert_text(
        (50, 74), "Jobcenter Svendborg, Ramsherred 5, 5700 Svendborg", fontsize=9, fontname="helv"
    )
    page.insert_text((50, 110), "Afslutning af virksomhedspraktik", fontsize=16, fontname="hebo")
    y = _heading(page, "Borger", 145)
    y = _rows(page, CITIZEN, y)
    y = _heading(page, "Praktiksted", y + 16)
    y = _rows(page, SITE, y)
    y = _heading(page, "Afslutning", y + 16)
    y = _rows(page, END, y)
    page.insert_text((60, y + 13), "Praktikken slutter med", fontsize=10, fontname="helv")
    for words, state in OUTCOMES:
        widget = pymupdf.Widget()
        widget.field_type = pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON
        widget.field_name = "rbAfslutning"
        widget.rect = pymupdf.Rect(200, y + 2, 212, y + 14)
        widget.field_value = state  # PyMuPDF names a new button's on-state by the value it is given
        page.add_widget(widget)
        page.insert_text((218, y + 12), words, fontsize=10, fontname="helv")
        y += 18
    y += 8
    page.insert_text((60, y + 11), "Borgeren har fået kopi", fontsize=10, fontname="helv")
    box = pymupdf.Widget()
    box.field_type = pymupdf.PDF_WIDGET_TYPE_CHECKBOX
    box.field_name = "cbKopi"
    box.rect = pymupdf.Rect(200, y, 212, y + 12)
    box.field_value = False
    page.add_widget(box)
    y += 30
    page.insert_text((60, y + 11), "Bemærkninger", fontsize=10, fontname="helv")
    note = pymupdf.Widget()
    note.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    note.field_name = "txtBemaerkning"
    note.field_flags = pymupdf.PDF_TX_FIELD_IS_MULTILINE
    note.rect = pymupdf.Rect(200, y, 500, y + 40)
    note.text_fontsize = 10
    note.field_value = ""
    page.add_widget(note)
    # The caseworker's tool fills the choice, the box and the remark on the blank form.
    for widget in page.widgets():
        if widget.field_type == pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON and widget.on_state() == CHOSEN:
            widget.field_value = True
            widget.update()
        elif widget.field_name == "cbKopi":
            widget.field_value = True
            widget.update()
        elif widget.field_name == "txtBemaerkning":
            widget.field_value = REMARK
            widget.update()
    page.insert_text((50, y + 80), "Dato og underskrift (sagsbehandler)", fontsize=9, fontname="helv")
    doc.set_metadata({"title": "Afslutning af virksomhedspraktik", "creator": "Jobcenter Svendborg"})
    return doc.tobytes(garbage=3, deflate=True)


# The caseworker's grants: (CPR, citizen, mentor, mentor employed by, P-number, hours a week, rate, from,
# to, granted on, remark); each a (value type, value) pair as odfpy writes the cell.
HEADER = [
    "CPR-nr.",
    "Borger",
    "Mentor",
    "Mentor ansat i",
    "P-nr.",
    "Timer pr. uge",
    "Timesats",
    "Bevilget fra",
    "Bevilget til",
    "Bevilget den",
    "Bemærkning",
]
GRANTS = [
    [
        ("string", "140388-1927"),
        ("string", "Jonas Vestergaard Holm"),
        ("string", "Lene Kragh"),
        ("string", "Virksomheden"),
        ("float", "1012983745"),
        ("float", "4"),
        ("currency", "285.5"),
        ("date", "2026-03-09"),
        ("date", "2026-06-05"),
        ("date", "2026-03-04"),
        ("string", ""),
    ],
    [
        ("string", "251199-3064"),
        ("string", "Sofie Dam Nielsen"),
        ("string", "Peter Brix"),
        ("string", "Jobcentret"),
        ("float", "1012983745"),
        ("time", "PT02H30M00S"),
        ("currency", "312"),
        ("date", "2026-03-16"),
        ("date", "2026-05-29"),
        ("date", "2026-03-11"),
        ("string", "Mentor fra jobcentrets mentorkorps"),
    ],
    [
        ("string", "0906841175"),
        ("string", "Ali Hassan Yilmaz"),
        ("string", "Birgitte Å. Lund"),
        ("string", "Virksomheden"),
        ("float", "1029384756"),
        ("string", "3,5"),
        ("currency", "1050"),
        ("date", "2026-04-01"),
        ("date", "2026-06-30"),
        ("date", "2026-03-27"),
        ("string", ""),
    ],
]


def _ods_styles(doc: object) -> dict[str, str]:
    """The cell styles Calc would have: a date `DD-MM-ÅÅÅÅ`, kroner `1.050,00 kr.`, hours `[T]:MM`."""
    from odf import number, style

    date = number.DateStyle(name="Ndato")
    date.addElement(number.Day(style="long"))
    date.addElement(number.Text(text="-"))
    date.addElement(number.Month(style="long"))
    date.addElement(number.Text(text="-"))
    date.addElement(number.Year(style="long"))
    money = number.CurrencyStyle(name="Nkr", language="da", country="DK")
    money.addElement(number.Number(decimalplaces=2, minintegerdigits=1, grouping="true"))
    money.addElement(number.Text(text=" "))
    money.addElement(number.CurrencySymbol(language="da", country="DK", text="kr."))
    hours = number.TimeStyle(name="Ntimer", truncateonoverflow="false")
    hours.addElement(number.Hours())
    hours.addElement(number.Text(text=":"))
    hours.addElement(number.Minutes(style="long"))
    names = {"date": "cdato", "currency": "ckr", "time": "ctimer"}
    for data in (date, money, hours):
        doc.automaticstyles.addElement(data)  # type: ignore[attr-defined]
    for kind, data_style in (("date", "Ndato"), ("currency", "Nkr"), ("time", "Ntimer")):
        cell = style.Style(name=names[kind], family="table-cell", datastylename=data_style)
        doc.automaticstyles.addElement(cell)  # type: ignore[attr-defined]
    bold = style.Style(name="cfed", family="table-cell")
    bold.addElement(style.TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)  # type: ignore[attr-defined]
    return {**names, "bold": "cfed"}


def _cell(kind: str, value: str, styles: dict[str, str]) -> object:
    """One cell as Calc saves it: the value in its attribute, the text Calc shows in a paragraph."""
    from odf import table, text

    if kind == "string":
        cell = table.TableCell(valuetype="string")
        if value:
            cell.addElement(text.P(text=value))
        return cell
    if kind == "float":
        cell = table.TableCell(valuetype="float", value=value)
        cell.addElement(text.P(text=value))
        return cell
    if kind == "currency":
        cell = table.TableCell(
            valuetype="currency", currency="DKK", value=value, stylename=styles["currency"]
        )
        shown = f"{float(value):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        cell.addElement(text.P(text=f"{shown} kr."))
        return cell
    if kind == "date":
        cell = table.TableCell(valuetype="date", datevalue=value, stylename=styles["date"])
        year, month, day = value.split("-")
        cell.addElement(text.P(text=f"{day}-{month}-{year}"))
        return cell
    hours, minutes = value[2:].split("H")[0], value.split("H")[1].split("M")[0]
    cell = table.TableCell(valuetype="time", timevalue=value, stylename=styles["time"])
    cell.addElement(text.P(text=f"{int(hours)}:{minutes}"))
    return cell


def mentor_support_files() -> dict[str, bytes]:
    """The caseworker's grants: odfpy's ODS, saved as XLSX and as CSV by LibreOffice Calc (needs soffice)."""
    from odf import table, text
    from odf.opendocument import OpenDocumentSpreadsheet

    doc = OpenDocumentSpreadsheet()
    styles = _ods_styles(doc)
    sheet = table.Table(name="Mentorbevillinger")
    for _ in HEADER:
        sheet.addElement(table.TableColumn())
    title = table.TableRow()
    cell = table.TableCell(valuetype="string", stylename=styles["bold"])
    cell.addElement(text.P(text="Jobcenter Svendborg – bevilget mentorstøtte (LAB § 31 b)"))
    title.addElement(cell)
    sheet.addElement(title)
    updated = table.TableRow()
    updated.addElement(_cell("string", "Opdateret:", styles))
    updated.addElement(_cell("date", "2026-03-30", styles))
    sheet.addElement(updated)
    sheet.addElement(table.TableRow())
    header = table.TableRow()
    for name in HEADER:
        cell = table.TableCell(valuetype="string", stylename=styles["bold"])
        cell.addElement(text.P(text=name))
        header.addElement(cell)
    sheet.addElement(header)
    for grant in GRANTS:
        row = table.TableRow()
        for kind, value in grant:
            row.addElement(_cell(kind, value, styles))
        sheet.addElement(row)
    doc.spreadsheet.addElement(sheet)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "mentor_support.ods"
        doc.save(str(source))
        return {name: _calc_saves(source, name, how) for name, how in SAVED_AS.items()}


# What Calc saves the caseworker's ODS as: Excel 2007-365, and "Text CSV" with the options a Danish
# caseworker picks in its dialog (semicolons, Western Europe (Windows-1252/WinLatin 1), which the filter
# numbers 1, not 1252; Danish; cells as shown).
SAVED_AS = {
    "mentor_support.xlsx": "xlsx:Calc MS Excel 2007 XML",
    "mentor_support.csv": "csv:Text - txt - csv (StarCalc):59,34,1,1,,1030,false,true,true",
}
# Calc in Danish, as the caseworker's: `1.050,00 kr.` in the CSV, as the cell shows it.
DANISH = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
<value>da-DK</value></prop></item>
</oor:items>
"""


def _calc_saves(source: Path, name: str, how: str) -> bytes:
    """The file LibreOffice Calc, in Danish, saves the ODS as (needs soffice)."""
    profile = source.parent / f"profile-{name}"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(DANISH, encoding="utf-8")
    outdir = source.parent / name.replace(".", "-")
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", how]
    subprocess.run(
        [*command, "--outdir", str(outdir), str(source)], check=True, timeout=300, capture_output=True
    )
    return (outdir / name).read_bytes()


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written)."""
    grants = {GOLDEN / name: data for name, data in mentor_support_files().items()}
    return {GOLDEN / "placement_end.pdf": placement_end_pdf(), **grants}


if __name__ == "__main__":
    for path, data in render_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
