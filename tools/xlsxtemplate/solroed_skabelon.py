"""The template Solrød's supplier's spreadsheet person laid out for the sites' progress reports (the
fifty-ninth onboarding trial): `python -m tools.xlsxtemplate.solroed_skabelon` writes
`tools/xlsxtemplate/solroed_statusudtalelse_skabelon.xlsx`, which is kept: the supplier made it once, laid
out here by openpyxl and saved by LibreOffice Calc (`soffice`, da-DK: shared strings, as xlsx-template
needs; openpyxl alone writes inline strings, which xlsx-template cannot fill), and its node service fills
it with xlsx-template (`solroed_statusudtalelse.js`). A letterhead merged over the columns, the facts a
label and its value a row, a small table of the marks whose one row of `${table:...}` placeholders
xlsx-template repeats per mark, the note merged over three columns, defined names for the CPR cell and the
marks. Its dates are its author's; Calc stamps the zip and its properties with the day it was saved, so a
run makes another file: the kept one is the template, never remade by the fixtures' generator.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName

from tools.fixture_files import ROOT
from tools.libreoffice_run import converted

OUT = ROOT / "tools" / "xlsxtemplate" / "solroed_statusudtalelse_skabelon.xlsx"
SHEET = "Statusudtalelse"


def build() -> Workbook:
    """The template as its author laid it out."""
    book = Workbook()
    sheet = book.worksheets[0]
    sheet.title = SHEET
    bold = Font(name="Calibri", bold=True, size=11)
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 18
    sheet.column_dimensions["C"].width = 40
    sheet.column_dimensions["D"].width = 12
    sheet["A1"] = "Solrød Kommune"
    sheet["A1"].font = Font(name="Calibri", bold=True, size=16, color="1F4E79")
    sheet["A2"] = "Jobcenter Solrød · Solrød Center 1 · 2680 Solrød Strand · tlf. 56 18 20 00"
    sheet["A2"].font = Font(name="Calibri", size=9, color="595959")
    sheet["A4"] = "Statusudtalelse fra praktikstedet"
    sheet["A4"].font = Font(name="Calibri", bold=True, size=14)
    sheet["A5"] = "Virksomhedspraktik – udfyldes af praktikstedets kontaktperson"
    sheet["A5"].font = Font(name="Calibri", italic=True, size=10)
    for merged in ("A1:D1", "A2:D2", "A4:D4", "A5:D5"):
        sheet.merge_cells(merged)
    facts = [
        (7, "Borgerens navn", "${borger.navn}", None),
        (8, "CPR-nr.", "${borger.cpr}", "@"),
        (9, "Praktiksted", "${sted.navn}", None),
        (10, "P-nummer", "${sted.pnr}", "0"),
        (11, "Vurderingsdato", "${vurderet}", "dd-mm-yyyy"),
        (20, "Borgeren har set udtalelsen", "${setAfBorger}", None),
        (21, "Udfyldt af", "${udfyldtAf}", None),
        (22, "Udfyldt den", "${udfyldt}", "dd-mm-yyyy"),
    ]
    sheet["A13"] = "Vurdering"
    sheet["A13"].font = Font(name="Calibri", bold=True, size=12)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for column, header in enumerate(("Område", "Karakter (1-5)", "Kommentar"), start=1):
        cell = sheet.cell(14, column, header)
        cell.font, cell.fill, cell.border = bold, fill, box
    for column, value in enumerate(
        ("${table:vurderinger.omraade}", "${table:vurderinger.karakter}", "${table:vurderinger.kommentar}"),
        start=1,
    ):
        cell = sheet.cell(15, column, value)
        cell.border = box
        cell.alignment = Alignment(horizontal="center" if column == 2 else "left", wrap_text=column == 3)
    sheet["A16"] = "Skala: 1 = meget utilfredsstillende · 5 = meget tilfredsstillende"
    sheet["A16"].font = Font(name="Calibri", italic=True, size=9)
    sheet.merge_cells("A16:D16")
    sheet["A18"] = "Samlet vurdering og bemærkninger"
    sheet["A18"].font = bold
    sheet["B18"] = "${bemaerkning}"
    sheet["B18"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("B18:D18")
    sheet.row_dimensions[18].height = 48
    for row, label, value, number_format in facts:  # a label and its value a row, above and below the marks
        sheet.cell(row, 1, label).font = bold
        cell = sheet.cell(row, 2, value)
        cell.alignment = Alignment(horizontal="left")
        if number_format:
            cell.number_format = number_format
    book.defined_names["Borger_CPR"] = DefinedName("Borger_CPR", attr_text=f"{SHEET}!$B$8")
    book.defined_names["Vurderinger"] = DefinedName("Vurderinger", attr_text=f"{SHEET}!$A$14:$C$15")
    book.properties.creator = "Jobcenter Solrød, IT"
    book.properties.created = book.properties.modified = datetime(2027, 1, 11, 10, 3, 0)
    return book


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        laid_out = Path(folder) / "skabelon.xlsx"
        build().save(laid_out)
        OUT.write_bytes(converted(laid_out, "xlsx"))
    print(f"wrote {OUT.relative_to(ROOT)}")
