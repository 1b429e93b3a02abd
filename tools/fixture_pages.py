"""The page each onboarding trial's hand-made PDF form starts from (`make_fixtures_onboarding*`)."""

from __future__ import annotations

import io

import pikepdf
from reportlab.pdfgen.canvas import Canvas


def titled_page(title: str, top: float = 790) -> tuple[io.BytesIO, Canvas]:
    """A canvas written invariant (the same bytes every run, so a fixture made again equals the one kept)
    with the form's title in bold at `top`, and the labels' font set; and the buffer it saves into."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(60, top, title)
    canvas.setFont("Helvetica", 10)
    return buffer, canvas


def saved(pdf: pikepdf.Pdf) -> bytes:
    """The form's bytes, saved the same every run (`deterministic_id`), as a kept fixture is compared."""
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def nest_fields(pdf: pikepdf.Pdf) -> None:
    """Make each field `parent_kid` (reportlab writes flat names) kid `kid` of a field `parent` with no
    value and no widget of its own, as a form designer writes `uge.1`; a name without `_` stays a field
    of its own."""
    acroform = pdf.Root.AcroForm
    parents: dict[str, pikepdf.Dictionary] = {}
    roots = pikepdf.Array()
    for field in list(acroform.Fields):
        parent_name, _, kid_name = str(field.T).partition("_")
        if not kid_name:
            roots.append(field)
            continue
        if parent_name not in parents:
            parents[parent_name] = pdf.make_indirect(pikepdf.Dictionary(T=parent_name, Kids=pikepdf.Array()))
            roots.append(parents[parent_name])
        parent = parents[parent_name]
        field.T = pikepdf.String(kid_name)
        field.Parent = parent
        parent.Kids.append(field)
    acroform.Fields = roots


def labelled_fields(canvas: Canvas, rows: tuple[tuple[str, str, float, str], ...]) -> None:
    """A text field a row, (name, label, y, value): its label at the left margin, the field at x 240."""
    for name, label, y, value in rows:
        canvas.drawString(60, y + 4, label)
        canvas.acroForm.textfield(
            name=name, tooltip="", value=value, x=240, y=y, width=250, height=16, fontSize=9
        )


def fields_in_a_row(
    canvas: Canvas, label: str, y: float, fields: tuple[tuple[str, str, int], ...], gap: int
) -> None:
    """Fields side by side after one label, (name, value, width), such as a date's day, month and year."""
    canvas.drawString(60, y + 4, label)
    x = 240
    for name, value, width in fields:
        canvas.acroForm.textfield(name=name, tooltip="", value=value, x=x, y=y, width=width, height=16)
        x += width + gap
