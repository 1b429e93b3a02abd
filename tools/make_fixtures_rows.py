"""Write the PDF of boxes in rows: `python -m tools.make_fixtures_rows` (decision 0021, stop 44).

Danish forms print a row of boxes with each box's words right of it ("[ ] Kontanthjælp [ ] Sygedagpenge")
or left of it ("Ja [ ]  Nej [ ]"); either way one text stands between two boxes, and only the row says
whose it is. This form has both conventions, a caption before a row, tight spacing that puts a box's
neighbour's words nearer the box than its own by the reader's width estimate, a radio group whose
buttons' words are left of them, and two text fields in a row. Each word is placed by its true width
(Helvetica's metrics), as a form tool places it; the labels a reader must find are in
tests/adapters/test_pdf_rows.py, written from this layout.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tools.fixture_files import write_all

ROOT = Path(__file__).resolve().parent.parent
PATH = ROOT / "tests" / "fixtures" / "pdf" / "box_rows.pdf"
BOX = 12
SIZE = 10
Words = tuple[tuple[str, str], ...]  # (field name, its printed words), left to right
# Words right of their boxes, a caption ("Ydelse:") 8 points before the first box.
RIGHT = (("ydelse_kh", "Kontanthjælp"), ("ydelse_sd", "Sygedagpenge"), ("ydelse_ly", "Ledighedsydelse"))
# Words left of their boxes, 3 points before each: the next box's word starts 5 points after a box,
# nearer than its own word ends by the estimate of half the font size a character.
LEFT = (("dag_1", "Mandag"), ("dag_2", "Tirsdag"), ("dag_3", "Onsdag"), ("dag_4", "Torsdag"))
YES_NO = (("mentor_ja", "Ja"), ("mentor_nej", "Nej"))
RATING = (("god", "God"), ("mindre", "Mindre god"))


def render(ticked: frozenset[str] = frozenset()) -> bytes:
    """The form, the boxes named in `ticked` ticked (none in the committed file)."""
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 790, "Ugeskema for praktik")
    c.setFont("Helvetica", SIZE)
    _right_row(c, 740, "Ydelse:", RIGHT, ticked)
    c.drawString(60, 702, "Mentor ansat i jobcentret:")
    _left_row(c, 700, 250, YES_NO, 20, ticked)
    c.drawString(60, 672, "Mødedage")  # a heading above the row, not on its line
    _left_row(c, 650, 60, LEFT, 5, ticked)
    c.drawString(60, 622, "Fremmøde:")
    x = 160.0
    for value, word in RATING:  # one radio group, each button's words left of it
        c.drawString(x, 622, word)
        x += stringWidth(word, "Helvetica", SIZE) + 3
        c.acroForm.radio(name="fremmoede", value=value, selected=False, x=x, y=620, size=BOX)
        x += BOX + 20
    c.drawString(60, 584, "Fra")
    c.acroForm.textfield(name="fra", x=90, y=580, width=100, height=16, fontSize=9)
    c.drawString(200, 584, "til")
    c.acroForm.textfield(name="til", x=220, y=580, width=100, height=16, fontSize=9)
    c.showPage()
    c.save()
    return buf.getvalue()


def _right_row(c: Canvas, y: float, caption: str, boxes: Words, ticked: frozenset[str]) -> None:
    c.drawString(60, y + 2, caption)
    x = 60 + stringWidth(caption, "Helvetica", SIZE) + 8
    for name, word in boxes:
        c.acroForm.checkbox(name=name, x=x, y=y, size=BOX, checked=name in ticked)
        c.drawString(x + BOX + 4, y + 2, word)
        x += BOX + 4 + stringWidth(word, "Helvetica", SIZE) + 14


def _left_row(c: Canvas, y: float, x: float, boxes: Words, gap: float, ticked: frozenset[str]) -> None:
    for name, word in boxes:
        c.drawString(x, y + 2, word)
        x += stringWidth(word, "Helvetica", SIZE) + 3
        c.acroForm.checkbox(name=name, x=x, y=y, size=BOX, checked=name in ticked)
        x += BOX + gap


def render_all() -> dict[Path, bytes]:
    """The form's path and bytes (nothing is written)."""
    return {PATH: render()}


if __name__ == "__main__":
    write_all(render_all())
