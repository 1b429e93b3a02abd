"""The company's one form as a fillable PDF (AcroForm), pre-filled with its current interns.

Field names are the contract in `company_form_model`. Each intern is one block (identity, then what the
kind asks for); a block that does not fit moves whole to the next page. Grey fields are filled in by
the job centre and read-only; white fields are for the company. Every field has a printed label above
it and a Danish tooltip. Field values are drawn in Helvetica, which only has Latin-1 (`pdf_text.latin1`);
the page text beside them is in Vera and shows every name as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from hub.exports import danish
from hub.exports.company_form_model import (
    BLANK_CHOICE,
    OUTCOME_OPTIONS,
    SCORE_FIELDS,
    SCORE_OPTIONS,
    CompanyFormSpec,
    FormIntern,
)
from hub.exports.company_redact import redact_form
from hub.exports.pdf_fields import FIELD, LABEL, choice_field, text_field
from hub.exports.pdf_kit import (
    ACCENT,
    CONTENT_WIDTH,
    INK,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TINT,
    Flow,
    PageCanvas,
    finish,
    page_frame,
    title_block,
)
from hub.exports.pdf_text import BOLD, SANS, fit, register_fonts, wrap
from hub.schemas.vocabulary import FORM_TYPE_LABELS, SCORE_LABELS

GAP = 6
ID_WIDTH = 96  # a participant id, 13 characters in the fields' Helvetica 9
WEEK_WIDTH = 48
WEEK_FIELD = 12  # the read-only ISO week over each hours field
WEEK_INDENT = 36  # room for the line labels "Uge" and "Timer"
WEEKS_PER_LINE = 9
WEEK_LINE = LABEL + WEEK_FIELD + 2 + FIELD + 10
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
# Choices hold the blank entry until someone picks (company_form_model.BLANK_CHOICE).
SCORES = (BLANK_CHOICE, *SCORE_OPTIONS)
OUTCOMES = (BLANK_CHOICE, *OUTCOME_OPTIONS)
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
        _BLOCKS[spec.kind](flow, n, intern, len(spec.interns))
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
    for line in wrap(INSTRUCTIONS[spec.kind], CONTENT_WIDTH, SANS, 9, 4):
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


def _block_head(flow: Flow, n: int, total: int, intern: FormIntern, height: float) -> None:
    """Start an intern's block (on a new page if it does not fit): a rule, the number and the name."""
    canvas = flow.canvas
    if not flow.ensure(height):  # a new page has its running head's rule already
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, flow.y, MARGIN + CONTENT_WIDTH, flow.y)
    canvas.setFont(BOLD, 8.5)
    canvas.setFillColor(ACCENT)
    head = f"Deltager {n} af {total} · {intern.participant_id} · {intern.name}"
    canvas.drawString(MARGIN, flow.y - 12, fit(head, CONTENT_WIDTH, BOLD, 8.5))
    flow.down(18)


def _identity(flow: Flow, n: int, intern: FormIntern, last_width: float) -> float:
    """The read-only id, name and site of intern n; returns where the line's last field starts."""
    pid = intern.participant_id
    text_field(
        flow,
        f"d{n}_id",
        "Deltager-id",
        pid,
        MARGIN,
        ID_WIDTH,
        f"Deltager-id for deltager {n} (ikke et CPR-nummer)",
    )
    name_width = (CONTENT_WIDTH - ID_WIDTH - last_width - 3 * GAP) * 0.52
    site_width = CONTENT_WIDTH - ID_WIDTH - last_width - 3 * GAP - name_width
    x = MARGIN + ID_WIDTH + GAP
    text_field(flow, f"d{n}_navn", "Navn", intern.name, x, name_width, f"Navn på deltager {n} ({pid})")
    x += name_width + GAP
    text_field(flow, f"d{n}_sted", "Arbejdssted", intern.site_name, x, site_width, f"Arbejdssted for {pid}")
    return x + site_width + GAP


def _mentor_hours(flow: Flow, n: int, intern: FormIntern, total: int) -> None:
    lines = max(1, -(-len(intern.weeks) // WEEKS_PER_LINE))
    _block_head(flow, n, total, intern, 18 + LABEL + FIELD + 10 + lines * WEEK_LINE)
    x = _identity(flow, n, intern, 130)
    tip = f"Mentorens navn for {intern.participant_id}; ret det, hvis en anden var mentor"
    text_field(flow, f"d{n}_mentor", "Mentor", intern.mentor_name, x, 130, tip, editable=True)
    flow.down(LABEL + FIELD + 10)
    for first in range(0, len(intern.weeks), WEEKS_PER_LINE):
        _week_line(flow, n, intern, first)
        flow.down(WEEK_LINE)


def _week_line(flow: Flow, n: int, intern: FormIntern, first: int) -> None:
    """One line of weeks: "uge 32" over the read-only ISO week, the hours field under it."""
    canvas, pid, hours_top = flow.canvas, intern.participant_id, flow.y - LABEL - WEEK_FIELD - 2
    canvas.setFont(SANS, 7.5)
    canvas.setFillColor(INK)
    canvas.drawString(MARGIN, flow.y - LABEL - 9, "Uge")
    canvas.drawString(MARGIN, hours_top - 11, "Timer")
    for k, week in enumerate(intern.weeks[first : first + WEEKS_PER_LINE], start=first + 1):
        label = danish.week_label(week)
        x = MARGIN + WEEK_INDENT + (k - first - 1) * (WEEK_WIDTH + 3)
        text_field(
            flow,
            f"d{n}_uge{k}",
            label,
            week,
            x,
            WEEK_WIDTH,
            f"{label} ({week}) for {pid}",
            height=WEEK_FIELD,
            font_size=7,
        )
        tip = f"Mentortimer i {label} ({week}) for {pid}, fx 3 eller 2,5"
        text_field(
            flow, f"d{n}_timer{k}", "", "", x, WEEK_WIDTH, tip, editable=True, maxlen=6, top=hours_top + LABEL
        )


def _progress_report(flow: Flow, n: int, intern: FormIntern, total: int) -> None:
    _block_head(flow, n, total, intern, 18 + 3 * (LABEL + FIELD + 8) + 14)
    pid = intern.participant_id
    x = _identity(flow, n, intern, 100)
    text_field(
        flow,
        f"d{n}_dato",
        "Dato (dd.mm.åååå)",
        "",
        x,
        100,
        f"Dato for vurderingen af {pid} (dd.mm.åååå)",
        editable=True,
        maxlen=10,
    )
    flow.down(LABEL + FIELD + 8)
    width = (CONTENT_WIDTH - 4 * GAP) / 5
    for i, (suffix, score) in enumerate(SCORE_FIELDS.items()):
        label = SCORE_LABELS["da"][score]
        tip = f"{label} for {pid}: 1 (lav) til 5 (høj)"
        choice_field(flow, f"d{n}_{suffix}", f"{label} (1–5)", SCORES, MARGIN + i * (width + GAP), width, tip)
    flow.down(LABEL + FIELD + 8)
    _note(flow, n, pid)


def _placement_end(flow: Flow, n: int, intern: FormIntern, total: int) -> None:
    _block_head(flow, n, total, intern, 18 + 2 * (LABEL + FIELD + 8) + 22)
    pid = intern.participant_id
    x = _identity(flow, n, intern, 100)
    text_field(
        flow,
        f"d{n}_ophoer",
        "Ophørsdato (dd.mm.åååå)",
        "",
        x,
        100,
        f"Sidste dag i praktikken for {pid}",
        editable=True,
        maxlen=10,
    )
    flow.down(LABEL + FIELD + 8)
    choice_field(flow, f"d{n}_aarsag", "Årsag", OUTCOMES, MARGIN, 180, f"Årsag til ophør for {pid}")
    note_x = MARGIN + 180 + GAP
    text_field(
        flow,
        f"d{n}_note",
        "Bemærkning",
        "",
        note_x,
        CONTENT_WIDTH - 180 - GAP,
        f"Bemærkning om {pid}",
        editable=True,
    )
    flow.down(LABEL + FIELD + 8)


def _note(flow: Flow, n: int, pid: str) -> None:
    text_field(
        flow,
        f"d{n}_note",
        "Bemærkning",
        "",
        MARGIN,
        CONTENT_WIDTH,
        f"Bemærkning om {pid}",
        editable=True,
        height=28,
        flags="multiline",
    )
    flow.down(LABEL + 28 + 12)


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


_BLOCKS: dict[str, Callable[[Flow, int, FormIntern, int], None]] = {
    "mentor_hours": _mentor_hours,
    "progress_report": _progress_report,
    "placement_end": _placement_end,
}
