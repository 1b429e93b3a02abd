"""A form PDF damaged in its table of objects (a trailer lost, offsets shifted by a tool that rewrote
line ends, the end cut off): qpdf rebuilds the table and reads the fields, and the printed text (the
labels, and the title that tells a municipality's forms apart) must be read from the same rebuilt
objects. pypdf gives up on such bytes, so a form whose every field was read was refused as "not a form
we take: its title is ''". Found by mutating the hub's own forms (decision 0027, stop 39).
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from hub.adapters.readers.pdf import read_pdf

pytestmark = pytest.mark.usefixtures("stop_readers")

TITLE = "Aftale om virksomhedspraktik"


def _form() -> bytes:
    """One page: a title in a large font over lines of body text, a label, a text field beside it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, 780, TITLE)
    c.setFont("Helvetica", 10)
    c.drawString(50, 705, "CPR-nummer:")
    c.drawString(50, 650, "Udfyldes af virksomheden.")
    c.drawString(50, 630, "Sendes til jobcentret.")
    c.acroForm.textfield(name="cpr", x=150, y=700, width=120, height=18, value="0101901234")
    c.showPage()
    c.save()
    return buf.getvalue()


def _without_trailer(data: bytes) -> bytes:
    """The bytes with the trailer dictionary cut out: qpdf finds the catalogue by scanning, pypdf fails."""
    start = data.rindex(b"trailer")
    return data[:start] + data[data.index(b"startxref", start) :]


def _cut_short(data: bytes) -> bytes:
    """The bytes cut off after the last object, its table of objects and trailer lost in a transfer."""
    return data[: data.rindex(b"endobj") + len(b"endobj\n")]


@pytest.mark.parametrize("damage", [_without_trailer, _cut_short])
def test_a_repaired_form_keeps_its_title_and_labels(damage: object) -> None:
    extraction = read_pdf(damage(_form()), "aftale.pdf", with_labels=True)  # type: ignore[operator]
    assert extraction.meta["title"] == TITLE
    (field,) = extraction.values
    assert (field.key, field.value, field.meta["label"]) == ("cpr", "0101901234", "CPR-nummer:")
