"""The company's one form as a fillable PDF (AcroForm), pre-filled with its current interns.

Field names are the contract in `company_form_model`. Each intern is one block (identity, then what the
kind asks for: `company_form_blocks`); a block that does not fit moves whole to the next page. Grey
fields are filled in by the job centre and read-only; white fields are for the company. Every field has
a printed label above it and a Danish tooltip. Field values are drawn in Helvetica, which only has
Latin-1 (`pdf_text.latin1`); the page text beside them is in Vera and shows every name as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from hub.exports import danish
from hub.exports.company_form_blocks import BLOCKS
from hub.exports.company_form_model import CompanyFormSpec
from hub.exports.company_redact import redact_form
from hub.exports.pdf_fields import FIELD, LABEL, text_field
from hub.exports.pdf_kit import (
    ACCENT,
    CONTENT_WIDTH,
    INK,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TINT,
    Flow,
    PageCanvas,
    finish,
    page_frame,
    title_block,
)
from hub.exports.pdf_text import BOLD, SANS, fit, register_fonts, wrap
from hub.schemas.vocabulary import FORM_TYPE_LABELS

INSTRUCTIONS = {
    "mentor_hours": (
        "Skriv for hver deltager de timer, mentoren faktisk har brugt på deltageren i hver uge, "
        "fx 3 eller 2,5. Skriv 0 i en uge uden mentortimer. Ret mentorens navn, hvis en anden var mentor. "
        "Skemaet skal underskrives."
    ),
    "progress_report": (
        "Vurdér hver deltager på de fem punkter fra 1 (lav) til 5 (høj), skriv datoen for vurderingen "
        "(dd.mm.åååå) og gerne en kort bemærkning. Skemaet skal underskrives."
    ),
    "placement_end": (
        "Udfyld kun for deltagere, hvis praktik er ophørt eller ophører: ophørsdato (dd.mm.åååå) og "
        "årsag. Lad felterne stå tomme for de andre."
    ),
}
_NO_CPR = "Deltagerne står under deltager-id. Skriv aldrig CPR-numre i skemaet."


def write_form_pdf(spec: CompanyFormSpec, out: BinaryIO) -> None:
    """Write the fillable PDF form of `spec.kind`, pre-filled with its interns."""
    spec = redact_form(spec)
    register_fonts()
    canvas = PageCanvas(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1)
    title = FORM_TYPE_LABELS["da"][spec.kind]
    canvas.setTitle(f"{title}: {spec.agreement_name}, {danish.period_name(spec.period_label)}")
    canvas.setAuthor(spec.contact.organisation)
    flow = Flow(canvas, _frame(spec, title), bottom=60)
    _head(flow, spec, title)
    for n, intern in enumerate(spec.interns, start=1):
        BLOCKS[spec.kind](flow, n, intern, len(spec.interns))
    if spec.signed:
        _signature(flow)
    finish(canvas, flow.page)


def _frame(spec: CompanyFormSpec, title: str) -> Callable[[Canvas, int], float]:
    running = f"{spec.agreement_name} · {title} · {danish.period_name(spec.period_label)}"

    return page_frame(running, _NO_CPR)


def _head(flow: Flow, spec: CompanyFormSpec, title: str) -> None:
    canvas = flow.canvas
    title_block(flow, "SKEMA TIL VIRKSOMHEDEN", title, f"{spec.agreement_name} · {spec.company_name}")
    flow.down(62)
    period = (
        f"{danish.period_name(spec.period_label)} ({danish.date_range(spec.period_start, spec.period_end)})"
    )
    # The form's kind in words: the company adapter tells the kinds apart by the printed title (PDF) or
    # the sheet (XLSX), so this field need not carry the hub's code (`mentor_hours`).
    text_field(flow, "skema", "Skema", title, MARGIN, 110, "Skemaets art (udfyldt af jobcentret)")
    text_field(
        flow, "aftale", "Aftale", spec.agreement_id, MARGIN + 116, 150, "Aftalens id (udfyldt af jobcentret)"
    )
    text_field(flow, "periode", "Periode", spec.period_label, MARGIN + 272, 70, "Perioden skemaet gælder")
    canvas.setFont(SANS, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN + 348, flow.y - LABEL - 11, period)
    flow.down(LABEL + FIELD + 14)
    _contact_box(flow, spec)
    canvas.setFillColor(INK)
    text = INSTRUCTIONS[spec.kind]
    if spec.last_week is not None:  # a company should not wonder where the period's last weeks went
        text += " " + danish.later_weeks_note(spec.last_week, spec.period_label)
    for line in wrap(text, CONTENT_WIDTH, SANS, 9, 5):
        canvas.setFont(SANS, 9)
        canvas.drawString(MARGIN, flow.y - 9, line)
        flow.down(12.5)
    flow.down(10)


def _contact_box(flow: Flow, spec: CompanyFormSpec) -> None:
    canvas, top, height, person = flow.canvas, flow.y, 50, spec.contact
    canvas.setFillColor(TINT)
    canvas.roundRect(MARGIN, top - height, CONTENT_WIDTH, height, 4, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(MARGIN, top - height, 4, height, stroke=0, fill=1)
    canvas.setFont(BOLD, 7)
    canvas.drawString(MARGIN + 16, top - 14, "SEND DET UDFYLDTE SKEMA TIL")
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 11)
    canvas.drawString(
        MARGIN + 16, top - 28, fit(f"{person.name}, {person.organisation}", CONTENT_WIDTH - 32, BOLD, 11)
    )
    canvas.setFont(SANS, 9)
    reach = f"E-mail {person.email} · telefon {danish.phone(person.phone)}"
    canvas.drawString(MARGIN + 16, top - 41, fit(reach, CONTENT_WIDTH - 32, SANS, 9))
    flow.down(height + 14)


def _signature(flow: Flow) -> None:
    flow.ensure(20 + LABEL + FIELD + 8)
    flow.down(6)
    canvas = flow.canvas
    canvas.setFont(BOLD, 9)
    canvas.setFillColor(INK)
    canvas.drawString(MARGIN, flow.y - 9, "Underskrift")
    flow.down(16)
    text_field(
        flow,
        "underskrevet_af",
        "Underskrevet af (navn)",
        "",
        MARGIN,
        300,
        "Navn på den, der underskriver",
        editable=True,
    )
    text_field(
        flow,
        "underskrevet_dato",
        "Dato (dd.mm.åååå)",
        "",
        MARGIN + 310,
        100,
        "Dato for underskrift (dd.mm.åååå)",
        editable=True,
        maxlen=10,
    )
    flow.down(LABEL + FIELD + 8)
