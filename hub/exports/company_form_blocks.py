"""The blocks of the company's PDF form, one per intern: a head with the intern's number and name, the
read-only identity fields, then the fields the form's kind asks for (mentor hours week by week, the five
scores of a progress report, or the end of a placement). A block that does not fit moves whole to the
next page. `BLOCKS` gives the block of each kind.
"""

from __future__ import annotations

from collections.abc import Callable

from hub.datewords import week_text
from hub.exports import danish
from hub.exports.company_form_model import (
    BLANK_CHOICE,
    OUTCOME_OPTIONS,
    SCORE_FIELDS,
    SCORE_OPTIONS,
    FormIntern,
)
from hub.exports.pdf_fields import FIELD, LABEL, choice_field, text_field
from hub.exports.pdf_kit import ACCENT, CONTENT_WIDTH, INK, MARGIN, RULE, Flow
from hub.exports.pdf_text import BOLD, SANS, fit
from hub.quantities import number_text
from hub.schemas.vocabulary import SCORE_LABELS

GAP = 6
ID_WIDTH = 96  # a participant id, 13 characters in the fields' Helvetica 9
WEEK_WIDTH = 48
WEEK_FIELD = 12  # the read-only ISO week over each hours field
WEEK_INDENT = 36  # room for the line labels "Uge" and "Timer"
WEEKS_PER_LINE = 9
WEEK_LINE = LABEL + WEEK_FIELD + 2 + FIELD + 10
# Choices hold the blank entry until someone picks (company_form_model.BLANK_CHOICE).
SCORES = (BLANK_CHOICE, *SCORE_OPTIONS)
OUTCOMES = (BLANK_CHOICE, *OUTCOME_OPTIONS)


def _block_head(flow: Flow, n: int, total: int, intern: FormIntern, height: float) -> None:
    """Start an intern's block (on a new page if it does not fit): a rule, the number and the name."""
    canvas = flow.canvas
    if not flow.ensure(height):  # a new page has its running head's rule already
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, flow.y, MARGIN + CONTENT_WIDTH, flow.y)
    canvas.setFont(BOLD, 8.5)
    canvas.setFillColor(ACCENT)
    # Grouped as a Dane reads a count ("Deltager 1.000 af 1.200", decision 0062); field names keep n plain.
    which = f"Deltager {number_text(n, 'da')} af {number_text(total, 'da')}"
    head = f"{which} · {intern.participant_id} · {intern.name}"
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
        f"Deltager-id for deltager {number_text(n, 'da')} (ikke et CPR-nummer)",
    )
    name_width = (CONTENT_WIDTH - ID_WIDTH - last_width - 3 * GAP) * 0.52
    site_width = CONTENT_WIDTH - ID_WIDTH - last_width - 3 * GAP - name_width
    x = MARGIN + ID_WIDTH + GAP
    tip = f"Navn på deltager {number_text(n, 'da')} ({pid})"
    text_field(flow, f"d{n}_navn", "Navn", intern.name, x, name_width, tip)
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
    """One line of weeks: "uge 32" over the read-only week, which holds "uge 32 2026" as the spreadsheet
    form's week cells do (decision 0011, stop 63: it held "2026-W32", which a viewer showed and a form
    reader read, under words that said "uge 32"), the hours field under it."""
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
            week_text(week, "da"),
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


def _dated_block(
    flow: Flow, n: int, intern: FormIntern, total: int, rows: int, extra: float, date: tuple[str, str, str]
) -> str:
    """Open intern n's block of `rows` field rows (and `extra` points below them) with its identity and,
    last on that line, a date to fill in: `date` is the field's name suffix, printed label and tooltip
    (`{pid}` in it is the participant id). Returns the participant id; the flow is below the line."""
    _block_head(flow, n, total, intern, 18 + rows * (LABEL + FIELD + 8) + extra)
    pid = intern.participant_id
    x = _identity(flow, n, intern, 100)
    suffix, label, tip = date
    text_field(flow, f"d{n}_{suffix}", label, "", x, 100, tip.format(pid=pid), editable=True, maxlen=10)
    flow.down(LABEL + FIELD + 8)
    return pid


def _progress_report(flow: Flow, n: int, intern: FormIntern, total: int) -> None:
    pid = _dated_block(
        flow,
        n,
        intern,
        total,
        3,
        14,
        ("dato", "Dato (dd.mm.åååå)", "Dato for vurderingen af {pid} (dd.mm.åååå)"),
    )
    width = (CONTENT_WIDTH - 4 * GAP) / 5
    for i, (suffix, score) in enumerate(SCORE_FIELDS.items()):
        label = SCORE_LABELS["da"][score]
        tip = f"{label} for {pid}: 1 (lav) til 5 (høj)"
        choice_field(flow, f"d{n}_{suffix}", f"{label} (1–5)", SCORES, MARGIN + i * (width + GAP), width, tip)
    flow.down(LABEL + FIELD + 8)
    _note(flow, n, pid)


def _placement_end(flow: Flow, n: int, intern: FormIntern, total: int) -> None:
    pid = _dated_block(
        flow,
        n,
        intern,
        total,
        2,
        22,
        ("ophoer", "Ophørsdato (dd.mm.åååå)", "Sidste dag i praktikken for {pid}"),
    )
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


BLOCKS: dict[str, Callable[[Flow, int, FormIntern, int], None]] = {
    "mentor_hours": _mentor_hours,
    "progress_report": _progress_report,
    "placement_end": _placement_end,
}
