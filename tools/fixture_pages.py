"""The page each onboarding trial's hand-made PDF form starts from (`make_fixtures_onboarding*`)."""

from __future__ import annotations

import io

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
