"""Write the form of the fourteenth onboarding trial: `python -m tools.make_fixtures_onboarding_fourteenth`.

Lolland (360) is onboarded by config alone in tests/onboarding/, on a PDF form shaped unlike the earlier
trials': a placement agreement of two pages exported from a word processor's form (LibreOffice's way),
its fields named generically in page order (`Text1`..`Text13`, `Check Box1`..`4`, `List Box1`,
`Signature1`) with no tooltips, so that only the words printed beside them say what they are; the CPR
number a comb field of ten cells; page 2's head repeating the citizen's CPR number and name as the same
fields (one field, a box on each page: the value shown twice, as a form designer who copies a control
gets); the benefit a list box of `[code, text]` lines; an empty signature field; the form asking the
viewer to draw its boxes again (/NeedAppearances). The citizen's name is saved as UTF-16 with the
little-endian byte order mark (FF FE), as some form fillers write a text string with letters beyond
PDFDocEncoding (PDF 32000 names only the big-endian mark; pdf.js, Firefox's viewer, reads both). The
values are written here as the caseworker would; the expected record beside the file was written by hand
from these values.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

from tools.fixture_files import ROOT, write_all
from tools.fixture_pages import labelled_fields, saved, titled_page

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "lolland"
TITLE = "Lolland Kommune - Aftale om virksomhedspraktik"
PRODUCER = "LibreOffice 24.2"
NAME = "Søren Ærbo Lund"  # saved as UTF-16LE with its mark (FF FE)
# (field, label, y, value) on page 1, top to bottom; the names as the word processor numbered them.
PAGE_1 = (
    ("Text1", "CPR-nr.", 700, "1708924415"),  # a comb field of ten cells
    ("Text2", "Borgerens navn", 676, NAME),
    ("Text3", "Virksomhed", 640, "Nakskov Maskinfabrik A/S"),
    ("Text4", "CVR-nr.", 616, "29183740"),
    ("Text5", "Arbejdssted", 592, "Nakskov, Havnegade 12"),
    ("Text6", "P-nr.", 568, "1019283746"),
    ("Text7", "Første dag", 532, "02.03.2026"),
    ("Text8", "Sidste dag", 508, "29.05.2026"),
    ("Text9", "Timer pr. uge", 484, "15"),
)
# The list box's lines as reportlab takes them, (printed text, export code).
BENEFITS = (
    ("Kontanthjælp", "KH"),
    ("Uddannelseshjælp", "UH"),
    ("Sygedagpenge", "SD"),
    ("Ledighedsydelse", "LY"),
)
BENEFIT = "UH"
VISITATION = (
    ("Check Box1", "Jobparat"),
    ("Check Box2", "Aktivitetsparat"),
    ("Check Box3", "Uddannelsesparat"),
)
TICKED = {"Check Box3"}
# Page 2, under its head (which repeats Text1 and Text2): (field, label, y, value).
PAGE_2 = (
    ("Text10", "Mentor", 680, "Bente Kjær"),
    ("Text11", "Sagsbehandler", 600, "Anders Holt"),
    ("Text12", "E-mail", 576, "anho@lolland.example.dk"),
    ("Text13", "Telefon", 552, "54 67 67 67"),
)
REPEATED = ("Text1", "Text2")  # page 2's head: the same fields again
COMB = 1 << 24  # /Ff bit 25: a comb field, one character a cell


def _reportlab() -> bytes:
    """The two pages as reportlab writes them, page 2's repeated boxes named `Text1_2`, `Text2_2`."""
    buffer, canvas = titled_page(TITLE, top=770)
    form = canvas.acroForm
    canvas.drawString(60, 740, "Jobcenter Lolland, Jernbanegade 7, 4930 Maribo")
    labelled_fields(canvas, PAGE_1)
    canvas.drawString(60, 434, "Ydelse")
    form.listbox(name="List Box1", tooltip="", value=BENEFIT, options=list(BENEFITS),
                 x=240, y=380, width=180, height=66, fontSize=9)  # fmt: skip
    canvas.drawString(60, 350, "Visitation")
    for i, (name, label) in enumerate(VISITATION):
        form.checkbox(name=name, tooltip="", checked=name in TICKED, x=240 + 110 * i, y=346, size=12)
        canvas.drawString(256 + 110 * i, 348, label)
    canvas.drawString(60, 60, "Side 1 af 2")
    canvas.showPage()
    canvas.setFont("Helvetica", 10)
    canvas.drawString(60, 744, "CPR-nr.")
    canvas.drawString(60, 720, "Borgerens navn")
    form.textfield(
        name="Text1_2", tooltip="", value=PAGE_1[0][3], x=240, y=740, width=250, height=16, fontSize=9
    )
    form.textfield(name="Text2_2", tooltip="", value=NAME, x=240, y=716, width=250, height=16, fontSize=9)
    labelled_fields(canvas, PAGE_2[:1])
    canvas.drawString(60, 650, "Mentor er ansat i jobcentret")
    form.checkbox(name="Check Box4", tooltip="", checked=False, x=240, y=646, size=12)
    labelled_fields(canvas, PAGE_2[1:])
    canvas.drawString(60, 500, "Underskrift, virksomhed")
    canvas.drawString(60, 60, "Side 2 af 2")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _one_field_two_boxes(pdf: pikepdf.Pdf, name: str) -> None:
    """Field `name` made a field whose two boxes (kid widgets, no /T) are page 1's and page 2's."""
    fields = pdf.Root.AcroForm.Fields
    first = next(f for f in fields if str(f.T) == name)
    second = next(f for f in fields if str(f.T) == f"{name}_2")
    parent = pdf.make_indirect(
        pikepdf.Dictionary(T=pikepdf.String(name), FT=pikepdf.Name.Tx, Kids=pikepdf.Array())
    )
    for key in ("/V", "/Ff", "/DA", "/MaxLen"):
        if key in first:
            parent[key] = first[key]
    for widget in (first, second):
        for key in ("/T", "/V", "/FT", "/Ff", "/TU", "/MaxLen"):
            if key in widget:
                del widget[key]
        widget.Parent = parent
        parent.Kids.append(widget)
    kept = [f for f in fields if f.objgen not in (first.objgen, second.objgen)]
    pdf.Root.AcroForm.Fields = pikepdf.Array([parent, *kept])


def placement_pdf() -> bytes:
    """Lolland's placement agreement, two pages, its values typed in as described above."""
    pdf = pikepdf.open(io.BytesIO(_reportlab()))
    fields = pdf.Root.AcroForm.Fields
    cpr = next(f for f in fields if str(f.T) == "Text1")
    cpr.Ff = int(cpr.get("/Ff", 0)) | COMB
    cpr.MaxLen = 10
    for name in REPEATED:
        _one_field_two_boxes(pdf, name)
    text2 = next(f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "Text2")
    text2.V = pikepdf.String(b"\xff\xfe" + NAME.encode("utf-16-le"))
    page2 = pdf.pages[1]
    signature = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            FT=pikepdf.Name.Sig,
            T=pikepdf.String("Signature1"),
            Rect=[240, 490, 490, 530],
            F=4,
            P=page2.obj,
        )
    )
    page2.obj.Annots.append(signature)
    pdf.Root.AcroForm.Fields.append(signature)
    pdf.Root.AcroForm.NeedAppearances = True
    pdf.docinfo["/Producer"] = PRODUCER
    return saved(pdf)


def render_all() -> dict[Path, bytes]:
    """The form of the fourteenth trial: its path and bytes (nothing is written)."""
    return {GOLDEN / "placement.pdf": placement_pdf()}


if __name__ == "__main__":
    write_all(render_all())
