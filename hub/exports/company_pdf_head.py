"""The head of the company's PDF (`company_pdf`): the title block, then the one contact in the job centre
to call, with the backup beside, and the company's own contact and the agreement's models under it."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hub.exports import danish
from hub.exports.company_model import CompanyExport, Person
from hub.exports.pdf_kit import ACCENT, CONTENT_WIDTH, INK, MARGIN, MUTED, RULE, TINT, Flow, title_block
from hub.exports.pdf_text import BOLD, SANS, fit, shrunk


def title(flow: Flow, export: CompanyExport, period: str) -> None:
    """The document's title block: the agreement, the company, the date and period it is of, and when it
    was made."""
    canvas = flow.canvas
    company = f"{export.company_name} · CVR {export.company_cvr} · aftale {export.agreement_id}"
    title_block(flow, "PARTNERSKABSAFTALE OM VIRKSOMHEDSPRAKTIK", export.agreement_name, company)
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 9)
    line = (
        f"Oversigt pr. {danish.long_date(export.as_of)} · opgaver for {period} "
        f"({danish.short_date(export.period_start)}–{danish.short_date(export.period_end)})"
    )
    canvas.drawString(MARGIN, flow.y - 64, fit(line, CONTENT_WIDTH, SANS, 9))
    # An export of an ended period may be made again months later, with corrections since: its reader
    # must see which copy this is.
    made = f"Dannet {danish.long_moment(export.made_at)} med de oplysninger, hubben havde da"
    canvas.drawString(MARGIN, flow.y - 76, fit(made, CONTENT_WIDTH, SANS, 9))
    flow.down(96)


def contacts(flow: Flow, export: CompanyExport) -> None:
    """The one contact, prominent, with the backup beside; the company's own contact under the box."""
    canvas, top, height = flow.canvas, flow.y, 92
    canvas.setFillColor(TINT)
    canvas.roundRect(MARGIN, top - height, CONTENT_WIDTH, height, 5, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(MARGIN, top - height, 4, height, stroke=0, fill=1)
    split = MARGIN + CONTENT_WIDTH * 0.57
    _person(canvas, "JERES KONTAKT I JOBCENTRET", export.contact, MARGIN + 18, top, split - MARGIN - 30, 14)
    if export.backup is not None:
        width = MARGIN + CONTENT_WIDTH - split - 14
        _person(canvas, "STEDFORTRÆDER", export.backup, split, top, width, 10.5)
    canvas.setStrokeColor(RULE)
    canvas.line(split - 12, top - 16, split - 12, top - height + 14)
    flow.down(height + 16)
    facts = [
        ("Virksomhedens kontakt", _company_contact(export.company_contact, CONTENT_WIDTH - 118)),
        ("Samarbejdsmodel", [danish.model_name(danish.COOPERATION_MODELS, export.cooperation_model)]),
        ("Mentorordning", [danish.model_name(danish.MENTOR_MODELS, export.mentor_model)]),
    ]
    for label, lines in facts:
        canvas.setFont(BOLD, 8.5)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, flow.y - 9, label)
        for line in lines:
            # An e-mail address alone on its line is set smaller rather than cut (see `_person`).
            alone = line == export.company_contact.email
            size = shrunk(line, CONTENT_WIDTH - 118, SANS, 8.5) if alone else 8.5
            canvas.setFont(SANS, size)
            canvas.drawString(MARGIN + 118, flow.y - 9, fit(line, CONTENT_WIDTH - 118, SANS, size))
            flow.down(13 if line is lines[-1] else 11)
    flow.down(10)


def _company_contact(person: Person, width: float) -> list[str]:
    """The company's own contact on one line, or, when that is wider than `width`, the e-mail address on
    a line of its own: cut with an ellipsis (`mentor.hovedstaden@falck.exam…`) it cannot be written to."""
    head = f"{person.name}, {person.organisation} · {danish.phone(person.phone)}"
    whole = f"{head} · {person.email}"
    return [whole] if stringWidth(whole, SANS, 8.5) <= width else [head, person.email]


def _person(
    canvas: Canvas, kicker: str, person: Person, x: float, top: float, width: float, size: float
) -> None:
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 7)
    canvas.drawString(x, top - 18, kicker)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, size)
    canvas.drawString(x, top - 22 - size, fit(person.name, width, BOLD, size))
    small = 9 if size > 12 else 8.5
    lines = (
        person.organisation,
        f"Telefon  {danish.phone(person.phone)}",
        f"E-mail  {person.email}",
    )
    y = top - 30 - size - small
    for i, line in enumerate(lines):
        canvas.setFillColor(MUTED if i == 0 else INK)
        # An address is no use cut short: the e-mail line is set smaller until it fits.
        size_here = shrunk(line, width, SANS, small) if i == 2 else small
        canvas.setFont(SANS, size_here)
        canvas.drawString(x, y, fit(line, width, SANS, size_here))
        y -= small + 4
