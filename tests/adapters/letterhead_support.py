"""A one-page PDF form as a case system draws it with reportlab: a letterhead largest at the top, the
form's title under it, then labels in the body's size left of the fields every form of the system names
alike, and a line or two of body text (`test_pdf_letterhead*`: decision 0060, stops 56 and 57)."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.pdfgen import canvas
from suggest_support import drafted_config

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

TITLES = {
    "aftale.pdf": "Aftale om virksomhedspraktik",
    "afslutning.pdf": "Afslutning af virksomhedspraktik",
}


def letterhead_form(
    letterhead: str, title: str, size: int, fields: Sequence[tuple[str, str, str]], body: Sequence[str]
) -> bytes:
    """The form: `letterhead` at 15 pt, `title` at `size` pt, each field (name, label, value) a text field
    right of its label, then `body`'s lines."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(56, 790, letterhead)
    pdf.setFont("Helvetica-Bold", size)
    pdf.drawString(56, 772, title)
    pdf.setFont("Helvetica", 10)
    for n, (name, label, value) in enumerate(fields):
        y = 720 - 30 * n
        pdf.drawString(56, y + 4, label)
        pdf.acroForm.textfield(name=name, x=180, y=y, width=200, height=16, value=value, borderWidth=0)
    for n, line in enumerate(body):
        pdf.drawString(56, 640 - 20 * n, line)
    pdf.save()
    return out.getvalue()


def recognised(forms: Mapping[str, bytes], tmp_path: Path) -> dict[str, tuple[str, str | None]]:
    """Each form (file name -> bytes) drafted by `hub adapters suggest`, the drafts made one config, and
    what that config recognises each file as: (form id, its recognise rule's title)."""
    drafts = [
        render(suggest(extract(data, n, READ_OPTIONS), n)).split("\n\n", 1)[1] for n, data in forms.items()
    ]
    config = drafted_config("\n".join(drafts), tmp_path, "573", "varde", "Varde")
    found = {}
    for name, data in forms.items():
        form = config.recognise(extract(data, name, READ_OPTIONS), name)
        found[name] = (form.id, form.recognise.title)
    return found
