"""The sixteenth trial's forms, by Scribus and Gnumeric: `python -m tools.make_fixtures_onboarding_sixteenth`.

NEEDS `scribus` (1.5.8) with `xvfb-run`, `ssconvert` (Gnumeric 1.12.55) and `localedef` on the PATH; on
Debian `apt-get install -y --no-install-recommends scribus xvfb xauth gnumeric`. CI does not run this: the
tests read the files kept in tests/onboarding/golden/billund/, which Scribus and Gnumeric wrote (a PDF's bytes
hold its creation date, so a second run writes other bytes; the tests do not compare them with this one's).

Billund (530) is onboarded by config alone on forms no generator of ours drew. The placement agreement is
laid out in Scribus by its scripter (`createText` for the printed words, `createPdfAnnotation` for the
fields, which keep Scribus's default names in its Danish user interface, `Tekstfelt4`, `Komboboks22`,
`Afkrydsningsboks39`, `Radioknap32`: the kind and the item's number among all items of the page), saved
as Scribus's own document (.sla). What Scribus's field dialog sets and its scripter cannot is then set in
that document as the dialog writes it: the combo box's type (the 1.5.8 scripter makes
`createPdfAnnotation(4, ...)` a check box with the combo flag, where the toolbar's combo box is type 5),
the purpose's "Multi-line", the ticked box's and the chosen option button's "Checked" (ANCHK). Scribus
opens the document again and exports the PDF (`PDFfile().save()`, its defaults). The caseworker's values
are typed into the fields (a text field's text is its value; a combo box's lines are its text, the first
the one shown and saved: Scribus has no other choice to save); the visitation is three option buttons
grouped as `Visitation`, whose states are the buttons' own names. The record beside the PDF was written
by hand from the PDF as drawn by `pdftoppm`. The mentor's timesheet is Gnumeric's: see `timesheet`.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT
from tools.scribus_run import scribus

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "billund"
TITLE = "Billund Kommune - Aftale om virksomhedspraktik"
# A row of the form, top to bottom: (kind, label printed left of it, value). Kinds are the scripter's
# createPdfAnnotation types: 2 text field, 3 check box, 4 combo box, 1 option button.
TEXT, CHECK, COMBO, RADIO = 2, 3, 4, 1
ROWS: tuple[tuple[int, str, str], ...] = (
    (TEXT, "CPR-nr.", "140291-2746"),
    (TEXT, "Borgerens navn", "Kasper Brøndum Nielsen"),
    (TEXT, "Virksomhedens navn", "Grindsted Maskinværksted ApS"),
    (TEXT, "CVR-nr.", "29 54 81 29"),
    (TEXT, "Arbejdssted", "Grindsted, Industrivej 12"),
    (TEXT, "P-nr.", "1021930482"),
    (TEXT, "Første praktikdag", "2. marts 2026"),
    (TEXT, "Sidste praktikdag", "29. maj 2026"),
    (TEXT, "Timer pr. uge", "22,5"),
    (COMBO, "Ydelse", "Kontanthjælp\nUddannelseshjælp\nSygedagpenge\nLedighedsydelse"),
    (TEXT, "Mentorens navn", "Birgitte Lund"),
    (TEXT, "Sagsbehandler", "Anders Kjær"),
    (TEXT, "E-mail", "ankj@billund.example.dk"),
    (TEXT, "Telefon", "79 72 72 72"),
)
VISITATION = ("Jobparat", "Aktivitetsparat", "Uddannelsesparat")
VISITED = "Aktivitetsparat"
EMPLOYED = "Mentor er ansat i jobcentret"  # the box's words, right of it; ticked
PURPOSE = "Afklaring af arbejdsevne på værkstedet.\nKasper skal prøve svejsning og lagerarbejde."


def _layout(sla: Path) -> str:
    """The scripter's script: the page, its words and fields, saved as Scribus's document `sla`."""
    lines = [
        "import scribus",
        "scribus.newDocument(scribus.PAPER_A4, (40, 40, 40, 40), scribus.PORTRAIT, 1, scribus.UNIT_POINTS,"
        " scribus.NOFACINGPAGES, scribus.FIRSTPAGERIGHT, 1)",
        "def words(text, x, y, w, size=11):",
        "    frame = scribus.createText(x, y, w, 18)",
        "    scribus.setText(text, frame)",
        "    scribus.setFontSize(size, frame)",
        "    return frame",
        "def field(kind, x, y, w, h, text=None):",
        "    name = scribus.createPdfAnnotation(kind, x, y, w, h)",
        "    if text is not None:",
        "        scribus.setText(text, name)",
        "    return name",
        f"scribus.sizeObject(515, 26, words({TITLE!r}, 40, 40, 515, 16))",
        "words('Jobcenter Billund, Jorden Rundt 1, 7190 Billund', 40, 68, 515, 9)",
    ]
    y = 100
    for kind, label, value in ROWS:
        lines.append(f"words({label!r}, 40, {y}, 160)")
        lines.append(f"field({kind}, 210, {y}, 300, 18, {value!r})")
        y += 26
    lines.append(f"words('Visitation', 40, {y}, 160)")
    buttons = []
    for i, text in enumerate(VISITATION):
        x = 210 + i * 115
        lines.append(f"b{i} = field({RADIO}, {x}, {y + 3}, 12, 12)")
        lines.append(f"words({text!r}, {x + 16}, {y}, 125)")
        buttons.append(f"b{i}")
    lines.append(f"scribus.setItemName('Visitation', scribus.groupObjects([{', '.join(buttons)}]))")
    y += 26
    lines.append(f"field({CHECK}, 210, {y + 3}, 12, 12)")
    lines.append(f"words({EMPLOYED!r}, 226, {y}, 280)")
    y += 34
    lines.append(f"words('Formål med praktikken', 40, {y}, 300)")
    lines.append(f"field({TEXT}, 40, {y + 20}, 470, 60, {PURPOSE!r})")
    lines.append(f"scribus.saveDocAs({str(sla)!r})")
    return "\n".join(lines) + "\n"


def _as_the_dialog_sets(sla: str) -> str:
    """The document with what Scribus's field dialog sets and its scripter cannot (see the docstring)."""
    chosen = VISITATION.index(VISITED)
    radios = iter(range(len(VISITATION)))

    def item(match: re.Match[str]) -> str:
        tag = match.group(0)
        if 'ANTYPE="4" ' in tag and 'ANFLAG="131072"' in tag:  # the scripter's combo box
            return tag.replace('ANTYPE="4" ', 'ANTYPE="5" ')
        if 'ANTYPE="4" ' in tag:  # the one check box: ticked
            return tag.replace('ANCHK="0"', 'ANCHK="1"')
        if 'ANTYPE="13" ' in tag and next(radios) == chosen:
            return tag.replace('ANCHK="0"', 'ANCHK="1"')
        if 'ANTYPE="3" ' in tag and 'HEIGHT="60"' in tag:  # the purpose: Multi-line
            return tag.replace('ANFLAG="0"', 'ANFLAG="4096"')
        return tag

    return re.sub(r"<PAGEOBJECT [^>]*>", item, sla)


def placement_pdf() -> bytes:
    """Billund's placement agreement as Scribus exports it (needs scribus and xvfb-run)."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        sla, pdf = work / "placement.sla", work / "placement.pdf"
        scribus(work, _layout(sla))
        sla.write_text(_as_the_dialog_sets(sla.read_text(encoding="utf-8")), encoding="utf-8")
        export = f"import scribus\nscribus.openDoc({str(sla)!r})\npdf = scribus.PDFfile()\n"
        scribus(work, export + f"pdf.file = {str(pdf)!r}\npdf.save()\n")
        return pdf.read_bytes()


def timesheet(to: str) -> bytes:
    """`tools/gnumeric/mentor_hours.gnumeric` (the mentor's timesheet as Gnumeric keeps it: a title merged
    over A1:D1, the facts by label, the days as date cells shown `d. mmmm yyyy`, hours as numbers shown
    `0.0`, a total `=SUM(B8:B12)`, the approver and a date shown `dd-mm-yyyy`) saved by Gnumeric's own
    writer for `to` (`xlsx`, `csv`: ssconvert's defaults), as under a Danish desktop: the locale da_DK is
    built with `localedef` into a folder of its own (LOCPATH), since a server rarely has it."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        locale = ["localedef", "-i", "da_DK", "-f", "UTF-8", str(work / "da_DK.UTF-8")]
        subprocess.run(locale, check=True, timeout=300, capture_output=True)
        env = {"HOME": str(work), "PATH": "/usr/bin:/bin", "LOCPATH": str(work), "LC_ALL": "da_DK.UTF-8"}
        source, target = ROOT / "tools" / "gnumeric" / "mentor_hours.gnumeric", work / f"mentor_hours.{to}"
        subprocess.run(
            ["ssconvert", str(source), str(target)], env=env, check=True, timeout=300, capture_output=True
        )
        return target.read_bytes()


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written)."""
    return {
        GOLDEN / "placement.pdf": placement_pdf(),
        GOLDEN / "mentor_hours.xlsx": timesheet("xlsx"),
        GOLDEN / "mentor_hours.csv": timesheet("csv"),
    }


if __name__ == "__main__":
    for path, data in render_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
