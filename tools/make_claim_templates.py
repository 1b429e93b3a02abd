"""Write the PDF claim templates of Gladsaxe, Ballerup and Randers: `python -m tools.make_claim_templates`.

Each is drawn the way its job centre's forms are (`hub/demo/simulators/`): Gladsaxe's Acrobat forms
with generic names (`Tekstfelt4`, `Afkrydsningsfelt1`) and tooltips, Ballerup's descriptive dotted names
(`Refusion.Periode`, `Linje3.CPR`), Randers' CamelCase names over two pages. The line slots are fields
with the slot's number in their name; `[claim.lines] repeat` in each config says how many there are.
`Canvas(..., invariant=1)` keeps the bytes identical from run to run, so the committed files can be
checked against this script (`tests/exports/test_claim_templates.py`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tools.fixture_files import write_all

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "config" / "municipalities" / "templates"
_HEIGHT = 14


@dataclass(frozen=True)
class Box:
    """A form field: name, where, its label printed left of it (or right of a checkbox), its tooltip."""

    name: str
    label: str
    x: float
    y: float
    width: float = 200
    kind: str = "text"  # text | checkbox | choice
    tooltip: str = ""
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Column:
    """A column of the lines table: its heading, its field name with {n}, where and how wide."""

    heading: str
    name: str
    x: float
    width: float
    tooltip: str = ""
    kind: str = "text"  # text | checkbox


@dataclass(frozen=True)
class Table:
    """The line slots: `rows` rows of `columns` from `top` down."""

    columns: tuple[Column, ...]
    rows: int
    top: float
    step: float = 18


@dataclass(frozen=True)
class Page:
    """One page: its fields, its table of lines, and lines of text printed on it (x, y, text, size)."""

    boxes: tuple[Box, ...] = ()
    table: Table | None = None
    texts: tuple[tuple[float, float, str, float], ...] = ()


@dataclass(frozen=True)
class Template:
    """A whole claim form."""

    path: str
    title: str
    header: str
    pages: tuple[Page, ...] = field(default_factory=tuple)


def _rows(*specs: tuple[str, str, str], top: float, x: float = 190, step: float = 20, width: float = 250):
    """Text fields one under the other: (name, label, tooltip) each."""
    return tuple(
        Box(name, label, x, top - i * step, width, tooltip=tip or label)
        for i, (name, label, tip) in enumerate(specs)
    )


def _draw_box(canvas: Canvas, box: Box) -> None:
    form = canvas.acroForm
    canvas.setFont("Helvetica", 9)
    if box.kind == "checkbox":
        canvas.drawString(box.x + 16, box.y + 2, box.label)
        form.checkbox(
            name=box.name, tooltip=box.tooltip or box.label, x=box.x, y=box.y, size=11, buttonStyle="cross",
            borderWidth=0.5, checked=False,
        )  # fmt: skip
        return
    canvas.drawString(50, box.y + 3, box.label)
    common = {
        "x": box.x,
        "y": box.y,
        "width": box.width,
        "height": _HEIGHT,
        "fontSize": 8,
        "borderWidth": 0.5,
    }
    if box.kind == "choice":
        # reportlab 5.1 fails on an empty choice value; a one-item list says "nothing chosen" the same way.
        form.choice(name=box.name, tooltip=box.tooltip, value=[""], options=["", *box.options], **common)
    else:
        form.textfield(name=box.name, tooltip=box.tooltip or box.label, value="", **common)


def _draw_table(canvas: Canvas, table: Table) -> None:
    canvas.setFont("Helvetica-Bold", 7)
    for column in table.columns:
        canvas.drawString(column.x + 1, table.top - table.step + _HEIGHT + 4, column.heading)
    for n in range(1, table.rows + 1):
        y = table.top - n * table.step
        for column in table.columns:
            name, tooltip = (
                column.name.replace("{n}", str(n)),
                f"{column.tooltip or column.heading}, række {n}",
            )
            if column.kind == "checkbox":
                canvas.acroForm.checkbox(
                    name=name, tooltip=tooltip, x=column.x + 2, y=y + 1, size=11, buttonStyle="cross",
                    borderWidth=0.5, checked=False,
                )  # fmt: skip
                continue
            canvas.acroForm.textfield(
                name=name, tooltip=tooltip, value="", x=column.x, y=y, width=column.width, height=_HEIGHT,
                fontSize=7, borderWidth=0.5,
            )  # fmt: skip


def render(template: Template) -> bytes:
    """The template as PDF bytes, the same on every run."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    canvas.setTitle(template.title)
    width, height = A4
    for number, page in enumerate(template.pages, 1):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(50, height - 40, template.header)
        canvas.drawRightString(width - 40, height - 40, f"Side {number} af {len(template.pages)}")
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(50, height - 62, template.title)
        for x, y, text, size in page.texts:
            canvas.setFont("Helvetica", size)
            canvas.drawString(x, y, text)
        for box in page.boxes:
            _draw_box(canvas, box)
        if page.table is not None:
            _draw_table(canvas, page.table)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _gladsaxe() -> Template:
    # Acrobat numbered the fields as they were drawn; only the tooltips say what they hold.
    header = _rows(
        ("Tekstfelt1", "Virksomhed", "Virksomhedens navn"),
        ("Tekstfelt2", "CVR-nr.", ""),
        ("Tekstfelt3", "Partnerskabsaftale", ""),
        ("Tekstfelt4", "Refusionsmåned", "Måned der søges refusion for"),
        ("Tekstfelt5", "Periode fra (dd.mm.åååå)", "Periode fra"),
        ("Tekstfelt6", "Periode til (dd.mm.åååå)", "Periode til"),
        ("Tekstfelt7", "Timesats (kr.)", "Timesats"),
        top=730,
    )
    boxes = (
        Box("Afkrydsningsfelt1", "Timer pr. besat plads", 190, 585, kind="checkbox"),
        Box("Afkrydsningsfelt2", "Fast beløb pr. plads", 340, 585, kind="checkbox"),
    )
    columns = (
        Column("Nr.", "Raekke{n}.Tekstfelt1", 40, 18, "Linjenummer"),
        Column("CPR-nr.", "Raekke{n}.Tekstfelt2", 60, 60),
        Column("Navn", "Raekke{n}.Tekstfelt3", 122, 118),
        Column("Fra", "Raekke{n}.Tekstfelt4", 242, 46, "Første dag"),
        Column("Til", "Raekke{n}.Tekstfelt5", 290, 46, "Sidste dag"),
        Column("Bevilget", "Raekke{n}.Tekstfelt6", 338, 44, "Bevilgede timer"),
        Column("Leveret", "Raekke{n}.Tekstfelt7", 384, 44, "Leverede timer"),
        Column("Refusion", "Raekke{n}.Tekstfelt8", 430, 44, "Timer der søges refusion for"),
        Column("Beløb (kr.)", "Raekke{n}.Tekstfelt9", 476, 78, "Beløb"),
    )
    footer = _rows(
        ("Tekstfelt8", "Refusionstimer i alt", ""),
        ("Tekstfelt9", "Beløb i alt (kr.)", "Beløb i alt"),
        ("Tekstfelt10", "Kontaktperson", ""),
        ("Tekstfelt11", "E-mail", ""),
        ("Tekstfelt12", "Telefon", ""),
        ("Tekstfelt13", "Reference", "Sagsreference"),
        ("Tekstfelt14", "Dato", "Udfyldt dato"),
        top=335,
    )
    texts = (
        (50, 588, "Ordning:", 9),
        (
            50,
            120,
            "Refusion efter lov om en aktiv beskæftigelsesindsats. Beløb afrundet til øre pr. linje.",
            7,
        ),
        (50, 110, "Flere end 10 linjer: fortsættes på kopier af denne side.", 7),
    )
    return Template(
        "gladsaxe/mentorrefusion.pdf",
        "Anmodning om refusion af mentorudgifter",
        "Gladsaxe Kommune · Jobcenter Gladsaxe · Søborg Hovedgade 180 · 2860 Søborg · VP-07",
        (Page(header + boxes + footer, Table(columns, 10, 550), texts),),
    )


def _ballerup() -> Template:
    header = _rows(
        ("Refusion.Virksomhed", "Virksomhed", ""),
        ("Refusion.CVR", "CVR-nummer", ""),
        ("Refusion.Aftale", "Aftale", "Partnerskabsaftale"),
        ("Refusion.Kvartal", "Kvartal", "Kvartal der søges refusion for"),
        ("Refusion.Fra", "Fra dato", "Kvartalets første dag"),
        ("Refusion.Til", "Til dato", "Kvartalets sidste dag"),
        ("Refusion.Timesats", "Timesats kr.", ""),
        top=735,
    )
    scheme = Box(
        "Refusion.Ordning", "Afregningsform", 190, 595, 200, "choice", "Afregningsform",
        ("Timer pr. besat plads", "Fast beløb pr. plads"),
    )  # fmt: skip
    columns = (
        Column("Linje", "Linje{n}.Nr", 40, 24),
        Column("CPR-nummer", "Linje{n}.CPR", 66, 66),
        Column("Navn", "Linje{n}.Navn", 134, 120),
        Column("Arbejdssted", "Linje{n}.Arbejdssted", 256, 96),
        Column("Dage", "Linje{n}.Dage", 354, 30, "Dage i kvartalet"),
        Column("Timer", "Linje{n}.Timer", 386, 50, "Refusionstimer"),
        Column("Beløb kr.", "Linje{n}.Beloeb", 438, 70),
        Column("Ledig", "Linje{n}.Ledig", 510, 30, "Ledig plads", "checkbox"),
    )
    totals = _rows(
        ("Refusion.TimerIalt", "Timer i alt", ""), ("Refusion.BeloebIalt", "Beløb i alt kr.", ""), top=400
    )
    declaration = _rows(
        ("Erklaering.Kontakt", "Kontaktperson", ""),
        ("Erklaering.Email", "E-mail", ""),
        ("Erklaering.Telefon", "Telefon", ""),
        ("Erklaering.Reference", "Reference", ""),
        ("Erklaering.Dato", "Dato", "Dato for anmodningen"),
        ("Erklaering.Underskrift", "Underskrift", "Underskrives af virksomheden"),
        top=690,
    )
    texts = (
        (50, 720, "Virksomheden erklærer, at mentortimerne er leveret som anført på side 1.", 9),
        (50, 120, "Sendes til Jobcenter Ballerup, Virksomhedsservice. JCB 4.2.", 7),
    )
    return Template(
        "ballerup/mentorrefusion.pdf",
        "Refusion af mentorstøtte",
        "Ballerup Kommune · Jobcenter Ballerup · Hold-an Vej 7 · 2750 Ballerup · JCB 4.2",
        (Page((*header, scheme, *totals), Table(columns, 6, 560)), Page(declaration, texts=texts)),
    )


def _randers() -> Template:
    first = _rows(
        ("Virksomhed", "Virksomhed", ""),
        ("CvrNr", "CVR-nummer", ""),
        ("Aftale", "Samarbejdsaftale", ""),
        ("Halvaar", "Halvår", "Halvår der søges refusion for"),
        ("PeriodeFra", "Periode fra (dd.mm.åå)", "Periode fra"),
        ("PeriodeTil", "Periode til (dd.mm.åå)", "Periode til"),
        ("Timesats", "Timesats", ""),
        ("Kontakt", "Kontaktperson", ""),
        ("Email", "E-mail", ""),
        ("Telefon", "Telefon", ""),
        ("Reference", "Reference", ""),
        ("Dato", "Dato (dd.mm.åå)", "Dato"),
        top=730,
    )
    boxes = (
        Box("BesattePladser", "Refusion pr. besat plads", 190, 470, kind="checkbox"),
        Box("FastePladser", "Fast beløb pr. plads", 350, 470, kind="checkbox"),
    )
    columns = (
        Column("Nr", "Nr{n}", 40, 20),
        Column("CPR-nr.", "CprNr{n}", 62, 64),
        Column("Navn", "Navn{n}", 128, 120),
        Column("P-nr.", "PNr{n}", 250, 62, "P-nummer"),
        Column("Fra", "Fra{n}", 314, 42),
        Column("Til", "Til{n}", 358, 42),
        Column("Timer", "Timer{n}", 402, 44, "Timer der søges refusion for"),
        Column("Beløb", "Beloeb{n}", 448, 70),
    )
    totals = _rows(("TimerIalt", "Timer i alt", ""), ("BeloebIalt", "Beløb i alt", ""), top=520)
    return Template(
        "randers/mentorrefusion.pdf",
        "Mentorrefusion",
        "Randers Kommune · Jobcenter Randers · Laksetorvet 1 · 8900 Randers C · RA-MR2",
        (
            Page(first + boxes, texts=((50, 473, "Ordning:", 9),)),
            Page(totals, Table(columns, 8, 720), ((50, 120, "Flere linjer: brug en kopi af side 2.", 7),)),
        ),
    )


def render_all() -> dict[Path, bytes]:
    """Every template: its path and its bytes (nothing is written)."""
    return {TEMPLATES / t.path: render(t) for t in (_gladsaxe(), _ballerup(), _randers())}


if __name__ == "__main__":
    write_all(render_all())
