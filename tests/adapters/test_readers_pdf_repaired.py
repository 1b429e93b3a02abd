"""A form PDF damaged in its table of objects (a trailer lost, offsets shifted by a tool that rewrote
line ends, the end cut off): qpdf rebuilds the table and reads the fields, and the printed text (the
labels, and the title that tells a municipality's forms apart) must be read from the same rebuilt
objects. pypdf gives up on such bytes, so a form whose every field was read was refused as "not a form
we take: its title is ''". Found by mutating the hub's own forms (decision 0027, stop 39).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas
from test_config_schema import PDF_FORM, write

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.readers.pdf import read_pdf
from hub.errors import NotRecognised

TITLE = "Aftale om virksomhedspraktik"


def agreement_form(name: str = "cpr", value: str = "0101901234") -> bytes:
    """One page: a title in a large font over lines of body text, a label "CPR-nummer:", a text field
    `name` holding `value` beside it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, 780, TITLE)
    c.setFont("Helvetica", 10)
    c.drawString(50, 705, "CPR-nummer:")
    c.drawString(50, 650, "Udfyldes af virksomheden.")
    c.drawString(50, 630, "Sendes til jobcentret.")
    c.acroForm.textfield(name=name, x=150, y=700, width=120, height=18, value=value)
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
    extraction = read_pdf(damage(agreement_form()), "aftale.pdf", with_labels=True)  # type: ignore[operator]
    assert extraction.meta["title"] == TITLE
    (field,) = extraction.values
    assert (field.key, field.value, field.meta["label"]) == ("cpr", "0101901234", "CPR-nummer:")


def test_a_repaired_form_no_form_fits_is_told_it_is_damaged(tmp_path: Path) -> None:
    """A file cut short can lose what tells a sender's forms apart (its title, its page): "not a form
    we take" alone sent a caseworker looking for the wrong form; the file's damage may be why."""
    assert "repaired" not in read_pdf(agreement_form(), "aftale.pdf", with_labels=True).meta
    damaged = read_pdf(_without_trailer(agreement_form()), "aftale.pdf", with_labels=True)
    assert damaged.meta["repaired"] is True
    body = PDF_FORM.replace("  fields = {fields}\n", '  title = "Ophør af praktik"\n').format(id="ophoer")
    config = load_config_file(write(tmp_path, body=body))
    with pytest.raises(NotRecognised) as caught:
        config.recognise(damaged, "aftale.pdf")
    (problem,) = caught.value.problems
    assert problem.reason_en.endswith(
        "; the PDF is also damaged (parts of it had to be rebuilt to read it), which may be why; save or "
        "export it again as PDF from the program that made it, and send that copy"
    )
    assert problem.reason_da.endswith(
        "; PDF'en er også beskadiget (dele af den måtte genopbygges for at læse den), hvilket kan være "
        "årsagen; gem eller eksportér den igen som PDF fra det program, der lavede den, og send den kopi"
    )
    with pytest.raises(NotRecognised) as whole:  # the same file undamaged: no word of damage
        config.recognise(read_pdf(agreement_form(), "aftale.pdf", with_labels=True), "aftale.pdf")
    assert "damaged" not in whole.value.problems[0].reason_en
