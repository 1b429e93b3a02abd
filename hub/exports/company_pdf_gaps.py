"""The company's PDF export's section of gaps between granted and delivered mentor hours, in Danish.

Each row names the intern, says the gap as the payments say it, and under it, muted, what the company
can do (`exports.company_gaps`). A reason or an action is a sentence or two, longer than the roster's
cells, so this table wraps each to up to five lines rather than the roster's two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hub.exports import danish
from hub.exports.company_gaps import settled
from hub.exports.company_model import CompanyExport
from hub.exports.pdf_kit import CONTENT_WIDTH, MARGIN, MUTED, Flow
from hub.exports.pdf_stream_table import Column, StreamTable
from hub.exports.pdf_text import SANS, fit, wrap
from hub.periods import read_period

_PID, _NAME = 86, 94
GAPS = (
    Column("Deltager-id", _PID),
    Column("Navn", _NAME),
    Column("Afvigelse, og det kan I gøre", CONTENT_WIDTH - _PID - _NAME),
)
TITLE = "Afvigelser mellem bevilgede og leverede mentortimer"


class _LongCells(StreamTable):
    """A `StreamTable` whose cells wrap to five lines each text."""

    def _cell_lines(self, cell: Sequence[str], col: Column, font: str) -> list[tuple[str, bool]]:
        lines: list[tuple[str, bool]] = []
        for i, text in enumerate(cell):
            if text:
                found = wrap(text, col.width - 2 * self.pad, font, self.size, max_lines=5)
                lines += [(line, i > 0) for line in found]
        return lines or [("", False)]


def gaps_section(flow: Flow, export: CompanyExport, heading: Callable[..., None]) -> None:
    """The gaps of the months of the period over by the export's date, intern by intern; `heading` draws
    the section's heading as the export's other sections have theirs."""
    counted = settled(read_period(export.period_label), export.as_of)
    if counted is None:
        _line(flow, f"{TITLE} vises for en måned, når den er slut.")
        return
    until = danish.short_date(counted.end)
    table = None
    for gap in export.gaps:
        if table is None:  # the first gap: the table's heading and header
            note = f"Kun timer, der er både bevilget og leveret, betales. Til og med {until}."
            heading(flow, TITLE, note=note)
            table = _LongCells(flow, GAPS, f"{TITLE} (fortsat)")
            table.start()
        table.row([[gap.participant_id], [gap.name], [gap.reason_da, gap.action_da]])
    if table is None:
        _line(flow, f"Ingen afvigelser mellem bevilgede og leverede mentortimer til og med {until}.")
        return
    table.rule()
    flow.down(22)


def _line(flow: Flow, text: str) -> None:
    """Nothing to list, said in one muted line, not a heading over an empty table: a small export stays
    one page."""
    flow.ensure(12)
    flow.canvas.setFont(SANS, 8.5)
    flow.canvas.setFillColor(MUTED)
    flow.canvas.drawString(MARGIN, flow.y - 8, fit(text, CONTENT_WIDTH, SANS, 8.5))
    flow.down(22)
