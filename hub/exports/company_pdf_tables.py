"""The tables of the company's PDF (`company_pdf`), in Danish: the sites and their places, what is due
this period, and the interns, each under its heading.

Interns and due items are drawn as they come from their iterables (one pass, flat memory; see
`pdf_kit`), and their counts, known only at the end, are filled into the headings afterwards.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from hub.exports import danish
from hub.exports.company_asked import asked_words
from hub.exports.company_model import CompanyExport, DueItem
from hub.exports.pdf_kit import (
    CONTENT_WIDTH,
    INK,
    MARGIN,
    MUTED,
    Flow,
    define_later,
    draw_later,
    mark_last,
)
from hub.exports.pdf_stream_table import Column, StreamTable
from hub.exports.pdf_text import BOLD, SANS, fit
from hub.quantities import number_text
from hub.schemas.vocabulary import FORM_TYPE_LABELS
from hub.words import INTERNS as INTERN_WORDS
from hub.words import counted

SITES = (
    Column("Arbejdssted", 185),
    Column("P-nummer", 80),
    Column("Pladser", 50, "right"),
    Column("Besat", 50, "right"),
    Column("Ledige", 50, "right"),
    Column("Ledig siden", 84, "right"),
)
DUE = (
    Column("Deltager-id", 86),
    Column("Navn", 120),
    Column("Skema", 82),
    Column("Uger", 126),
    Column("Senest", 85, "right"),  # room for "forfalden siden" over the day of a report owed from before
)
INTERNS = (
    Column("Deltager-id", 86),  # a participant id is 13 characters: "P-7K2QF9XM4TA"
    Column("Navn", 94),
    Column("Jobcenter", 66),
    Column("Arbejdssted", 90),
    Column("Periode", 90),  # "ophører 04.10.2026" (an end still to come) on one line
    Column("Mentor", 73),
)


def heading(flow: Flow, text: str, count_name: str | None = None, note: str = "") -> None:
    """A section heading, never left alone at the foot of a page; `count_name` shows a total later."""
    flow.ensure(28 + (12 if note else 0) + 60)
    canvas = flow.canvas
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 12.5)
    canvas.drawString(MARGIN, flow.y - 14, text)
    if count_name:
        draw_later(canvas, count_name, MARGIN + stringWidth(text + " ", BOLD, 12.5), flow.y - 14)
    flow.down(22)
    if note:
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 8.5)
        canvas.drawString(MARGIN, flow.y - 8, fit(note, CONTENT_WIDTH, SANS, 8.5))
        flow.down(16)


def sites_table(flow: Flow, export: CompanyExport) -> None:
    """The sites and their places: how many, taken, empty and since when, with their totals."""
    heading(flow, "Arbejdssteder og pladser", note=f"Besatte pladser pr. {danish.short_date(export.as_of)}.")
    table = StreamTable(flow, SITES, "Arbejdssteder og pladser (fortsat)")
    table.start()
    places = occupied = 0
    for site in export.sites:
        empty = max(site.places - site.occupied, 0)
        since = danish.short_date(site.empty_since) if empty else "–"
        table.row([[site.name], [site.p_number], *_counts(site.places, site.occupied, empty), [since]])
        places, occupied = places + site.places, occupied + site.occupied
    empty_total = sum(max(s.places - s.occupied, 0) for s in export.sites)
    table.row([["I alt"], [""], *_counts(places, occupied, empty_total), [""]], bold=True)
    table.rule()
    flow.down(22)


def _counts(*counts: int) -> list[list[str]]:
    """Places as cells, grouped as a Dane reads a count ("1.200"), as the roster's total is (decision
    0062); the P-number beside them is an id and stays plain."""
    return [[number_text(count, "da")] for count in counts]


def due_table(flow: Flow, export: CompanyExport, period: str) -> None:
    """What the company must send for the period, each by its last day, and its count in the heading."""
    heading(
        flow,
        f"Det skal I sende for {period}",
        "HubDueCount",
        "Mentortimer for hver uge med mentorstøtte, statusrapporter og besked om ophør, senest på datoen.",
    )
    table = StreamTable(flow, DUE, f"Det skal I sende for {period} (fortsat)")
    table.start()
    count = 0
    labels = FORM_TYPE_LABELS["da"]
    for item in export.due:
        weeks = danish.weeks_text(item.weeks, export.period_start.year)
        # A week a month's payment waits for says so on a line of its own under its row, kept with it.
        asked = asked_words(item)
        cells = [
            [item.participant_id],
            [item.name],
            [labels.get(item.kind, item.kind)],
            [weeks],
            [_by_when(item)],
        ]
        table.row(cells, keep=table.leading + 2 * table.pad if asked else 0)
        if asked:
            table.note(asked[1])
        count += 1
    if not count:
        table.note("Intet forfalder i perioden.")
    table.rule()
    define_later(flow.canvas, "HubDueCount", f"({number_text(count, 'da')})", BOLD, 12.5, MUTED)
    flow.down(22)


def _by_when(item: DueItem) -> str:
    """The due column's words: the last day, or since when a report owed from an earlier period is late."""
    day = danish.short_date(item.due_on)
    return f"forfalden siden {day}" if item.overdue else day


def interns_table(flow: Flow, export: CompanyExport) -> None:
    """The roster: every intern under the agreement, with a total and how many have ended."""
    heading(
        flow,
        "Praktikanter",
        "HubInternCount",
        "Alle praktikanter under aftalen fra alle jobcentre. Periode: første og planlagt sidste dag.",
    )
    table = StreamTable(flow, INTERNS, "Praktikanter (fortsat)")
    table.start()
    count = ended = 0
    summary_height = 26  # the rule, the gap and the line "I alt ..." under the last row
    for intern, last in mark_last(export.interns):
        period = [danish.date_range(intern.start, intern.end)]
        # As of the export's date (`Intern`): a later end form's day is one still to come.
        if intern.ended_on is not None:
            period.append(f"ophørt {danish.short_date(intern.ended_on)}")
            ended += 1
        elif intern.ends_on is not None:
            period.append(f"ophører {danish.short_date(intern.ends_on)}")
        cells = [
            [intern.participant_id],
            [intern.name],
            [_jobcentre(intern.municipality)],
            [intern.site_name],
            period,
            [intern.mentor_name],
        ]
        table.row(cells, keep=summary_height if last else 0)
        count += 1
    if not count:
        table.note("Ingen praktikanter.")
    table.rule()
    flow.down(14)
    flow.ensure(12)
    flow.canvas.setFont(SANS, 8.5)
    flow.canvas.setFillColor(MUTED)
    # Grouped as a Dane reads a count ("10.000", decision 0062), with one intern's singular.
    summary = f"I alt {counted(count, *INTERN_WORDS)[1]}, heraf {number_text(ended, 'da')} ophørt."
    flow.canvas.drawString(MARGIN, flow.y - 8, summary)
    define_later(flow.canvas, "HubInternCount", f"({number_text(count, 'da')})", BOLD, 12.5, MUTED)


def _jobcentre(name: str) -> str:
    """The job centre without the word the column heading already says ("Jobcenter Herlev" -> "Herlev")."""
    return name.removeprefix("Jobcenter ") or name
