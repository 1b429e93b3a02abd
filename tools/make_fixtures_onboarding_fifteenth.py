"""The fifteenth trial's forms, made by LibreOffice: `python -m tools.make_fixtures_onboarding_fifteenth`.

NEEDS `soffice` (LibreOffice 7.4 was used) on the PATH. CI does not run this: the tests read the files
kept in tests/onboarding/golden/vordingborg/, which LibreOffice wrote (a PDF's bytes hold a creation date
and a document id, so a second run writes other bytes; the tests do not compare them with this script's).

Vordingborg (390) is onboarded by config alone on a form no generator of ours drew: a placement agreement
made as a LibreOffice Writer document with form controls, filled in as the caseworker would, and
exported to a PDF form by LibreOffice itself (writer_pdf_Export, form fields exported as PDF). This
writes the document as flat ODF (.fodt): the controls keep LibreOffice's Danish default names
(`Tekstfelt 1`, `Datofelt 1`, `Afkrydsningsfelt 1`, `Listefelt 1`, `Kombinationsfelt 1`), the labels
stand in a table's left column beside them, the visitation is an option-button group the designer named
`Visitation` (LibreOffice groups option buttons by name) with reference values `1`-`3`, the benefit a
drop-down list box of text lines with codes as their values, the mentor's employer a check box whose
reference value is `Ja`, the purpose a multi-line text field, the caseworker a combo box of the job
centre's caseworkers. A Basic macro (in a profile of its own, with the locale da-DK) opens the document,
gives each date field its date and the text LibreOffice's Danish formatter writes for it (headless
LibreOffice leaves a date field's text empty, and the PDF export writes that text as the value: an
.fodt converted with `soffice --convert-to pdf` alone exports the dates empty), and exports the PDF.
The values are written here as the caseworker typed them; the record beside the PDF was written by hand
from the PDF as drawn by `pdftoppm`. The mentor's timesheet (`mentor_hours.xlsx`, `.csv`) is Calc's: see
`render_all`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from string import Template
from xml.sax.saxutils import quoteattr

from tools.fixture_files import ROOT
from tools.libreoffice_run import converted, danish_profile, soffice
from tools.writer_form import control_model as _model
from tools.writer_form import drawn_control as _control
from tools.writer_form import table_row as _row

TEMPLATES = ROOT / "tools" / "libreoffice"  # the document's skeleton and the Basic macro
GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "vordingborg"
TICKED = ROOT / "tests" / "fixtures" / "pdf" / "libreoffice_box_reference_value.pdf"
TITLE = "Vordingborg Kommune - Aftale om virksomhedspraktik"
# (label printed left of the control, control name, value typed) in the table, top to bottom.
TEXTS = (
    ("CPR-nr.", "Tekstfelt 1", "120385-3318"),
    ("Borgerens navn", "Tekstfelt 2", "Mette Sørensen Dahl"),
    ("Virksomhedens navn", "Tekstfelt 3", "Møns Bådebyggeri ApS"),
    ("CVR-nr.", "Tekstfelt 4", "35 18 27 05"),
    ("Arbejdssted", "Tekstfelt 5", "Stege, Havnevej 4"),
    ("P-nr.", "Tekstfelt 6", "1018472635"),
)
# (label, control name, (day, month, year), LibreOffice's DateFormat: 0 short, 3 long, as the designer chose)
DATES = (
    ("Første praktikdag", "Datofelt 1", (2, 3, 2026), 0),
    ("Sidste praktikdag", "Datofelt 2", (29, 5, 2026), 3),
)
HOURS = ("Timer pr. uge", "Tekstfelt 7", "18,5")
BENEFITS = (("Kontanthjælp", "KH"), ("Uddannelseshjælp", "UH"), ("Sygedagpenge", "SD"))
BENEFIT = "Kontanthjælp"
VISITATION = (("Jobparat", "1"), ("Aktivitetsparat", "2"), ("Uddannelsesparat", "3"))
VISITED = "Aktivitetsparat"
MENTOR = ("Mentorens navn", "Tekstfelt 8", "Jørgen Vestergaard")
EMPLOYED = (
    "Mentor er ansat i jobcentret"  # the check box's own label; left empty (the mentor is the company's)
)
CASEWORKERS = ("Lone Ravn", "Peter Mølgaard", "Sanne Holck")
CASEWORKER = "Peter Mølgaard"
CONTACT = (
    ("E-mail", "Tekstfelt 9", "pemo@vordingborg.example.dk"),
    ("Telefon", "Tekstfelt 10", "55 36 36 36"),
)
PURPOSE = "Afklaring af arbejdsevne i et værksted.\nMette skal prøve kræfter med slibning og maling."


def _fodt(ticked: bool) -> str:
    """The Writer document, its controls filled in (the dates are given their text by the macro); `ticked`:
    the check box ticked."""
    models: list[str] = []
    rows: list[str] = []

    def control(xml: str, width: float = 7.5, height: float = 0.55) -> str:
        models.append(xml.replace("ID", f"control{len(models) + 1}"))
        return _control(len(models), width, height)

    def text(name: str, value: str) -> str:
        return control(
            f'<form:text form:name={quoteattr(name)} form:id="ID" form:current-value={quoteattr(value)}/>'
        )

    for label, name, value in TEXTS:
        rows.append(_row(label, text(name, value)))
    for label, name, (day, month, year), _ in DATES:
        date = f"{year:04d}-{month:02d}-{day:02d}"
        rows.append(
            _row(label, control(_model("date", name, f'form:current-value="{date}" form:dropdown="true"')))
        )
    rows.append(_row(HOURS[0], text(HOURS[1], HOURS[2])))
    options = "".join(
        f"<form:option form:label={quoteattr(t)} form:value={quoteattr(c)}{_chosen(t == BENEFIT)}/>"
        for t, c in BENEFITS
    )
    rows.append(
        _row(
            "Ydelse", control(_model("listbox", "Listefelt 1", 'form:dropdown="true" form:size="1"', options))
        )
    )
    radios = " ".join(
        control(
            _model(
                "radio",
                "Visitation",
                f"form:label={quoteattr(t)} form:value={quoteattr(v)}{_chosen(t == VISITED)}",
            ),
            width=3.6,
        )
        for t, v in VISITATION
    )
    rows.append(_row("Visitation", radios))
    rows.append(_row(MENTOR[0], text(MENTOR[1], MENTOR[2])))
    state = ' form:current-state="checked"' if ticked else ""
    rows.append(
        _row(
            "",
            control(
                _model("checkbox", "Afkrydsningsfelt 1", f'form:label="{EMPLOYED}" form:value="Ja"{state}')
            ),
        )
    )
    items = "".join(f"<form:item form:label={quoteattr(n)}/>" for n in CASEWORKERS)
    combo = _model(
        "combobox", "Kombinationsfelt 1", f'form:current-value="{CASEWORKER}" form:dropdown="true"', items
    )
    rows.append(_row("Sagsbehandler", control(combo)))
    for label, name, value in CONTACT:
        rows.append(_row(label, text(name, value)))
    area = _model("textarea", "Tekstfelt 11", f"form:current-value={quoteattr(PURPOSE)}")
    purpose = control(area, width=15.5, height=2.2)
    skeleton = Template((TEMPLATES / "placement_form.fodt").read_text(encoding="utf-8"))
    address = "Jobcenter Vordingborg, Kildemarksvej 11, 4760 Vordingborg"
    return skeleton.substitute(
        forms="".join(models), title=TITLE, address=address, rows="".join(rows), purpose=purpose
    )


def _chosen(chosen: bool) -> str:
    """The attribute of an option or option button chosen."""
    return ' form:current-selected="true"' if chosen else ""


def _macro(fodt: Path, pdf: Path) -> str:
    """Basic: open the document, give each date field its date and LibreOffice's Danish text, export."""
    dates = "\n".join(
        f'  Fill(form.getByName("{name}"), {day}, {month}, {year}, {fmt}, doc)'
        for _, name, (day, month, year), fmt in DATES
    )
    module = Template((TEMPLATES / "fill_and_export.xba").read_text(encoding="utf-8"))
    return module.substitute(fodt=fodt.as_uri(), pdf=pdf.as_uri(), dates=dates)


def placement_pdf(ticked: bool = False) -> bytes:
    """Vordingborg's placement agreement as LibreOffice exports it (needs soffice); `ticked`: with the box
    "Mentor er ansat i jobcentret" ticked, which LibreOffice saves as `/Yes` where the box's ticked look
    is its reference value `/Ja`, so that a viewer shows it empty (the tests' form refused)."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        fodt, pdf = work / "placement.fodt", work / "placement.pdf"
        fodt.write_text(_fodt(ticked), encoding="utf-8")
        danish_profile(work / "home").write_text(_macro(fodt, pdf), encoding="utf-8")
        soffice(work / "home", "macro:///Standard.Module1.Make")
        return pdf.read_bytes()


def render_all() -> dict[Path, bytes]:
    """The trial's forms, and the placement with its box ticked: path and bytes (nothing is written).
    The timesheet is `tools/libreoffice/mentor_hours.fods` as the mentor filled it in Calc, saved by Calc
    as XLSX and as CSV with its defaults (comma, the system's 8-bit character set, numbers as Danish)."""
    return {
        GOLDEN / "placement.pdf": placement_pdf(),
        TICKED: placement_pdf(ticked=True),
        GOLDEN / "mentor_hours.xlsx": converted(TEMPLATES / "mentor_hours.fods", "xlsx"),
        GOLDEN / "mentor_hours.csv": converted(TEMPLATES / "mentor_hours.fods", "csv"),
    }


if __name__ == "__main__":
    for path, data in render_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
