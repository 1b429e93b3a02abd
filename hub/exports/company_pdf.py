"""The company's export as a PDF for people, in Danish: one contact, the sites, what is due, the interns.

Its head (the title, whom to call) is drawn by `company_pdf_head`. What the company must do this
period comes before the roster, because that is what the reader acts on.
Its tables (the sites, what is due, the interns) are drawn by `company_pdf_tables`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from hub.exports import danish
from hub.exports.company_model import CompanyExport
from hub.exports.company_pdf_gaps import gaps_section
from hub.exports.company_pdf_head import contacts, title
from hub.exports.company_pdf_tables import due_table, heading, interns_table, sites_table
from hub.exports.company_redact import redact_export
from hub.exports.pdf_kit import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Flow,
    PageCanvas,
    finish,
    page_frame,
)
from hub.exports.pdf_text import register_fonts

_FOOTER = "Fortroligt. Deltagerne står under et deltager-id; dokumentet indeholder ingen CPR-numre."


def write_company_pdf(export: CompanyExport, out: BinaryIO) -> None:
    """Write the export as a PDF (A4, Danish), streaming its interns and due items in one pass."""
    export = redact_export(export)
    register_fonts()
    canvas = PageCanvas(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1)
    period = danish.period_name(export.period_label)
    canvas.setTitle(f"{export.agreement_name}: praktikanter og opgaver, {period}")
    canvas.setAuthor(export.contact.organisation)
    canvas.setSubject(f"Partnerskabsaftale {export.agreement_id} med {export.company_name}")
    flow = Flow(canvas, _frame(export))
    title(flow, export, period)
    contacts(flow, export)
    sites_table(flow, export)
    due_table(flow, export, period)
    gaps_section(flow, export, heading)  # what the company may act on, too, before the roster
    interns_table(flow, export)
    finish(canvas, flow.page)


def _frame(export: CompanyExport) -> Callable[[Canvas, int], float]:
    """The page frame: footer on every page, a running head from page 2; returns where content starts."""
    running = f"{export.agreement_name} · praktikanter og opgaver pr. {danish.short_date(export.as_of)}"

    return page_frame(running, _FOOTER)
