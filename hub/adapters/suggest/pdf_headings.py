"""The section heading printed above each field of a PDF form, for `hub adapters suggest` (`sections`).

The reader gives each field its label, not the lines above it ("Praktiksted" over "Virksomhed"). Suggest
reads them itself, in the readers' sandbox like every parse of a PDF (`page_layout`, a module-level
function run in a worker): each page's printed runs and each widget's rectangle. `headings` then gives
a field the nearest heading above it in its column: a short line that is no field's label, on no
widget's line, below the form's title (a letterhead above the title heads nothing). Any heading ends
the block of the one before, so a field under "Afslutning" is no longer under "Praktiksted". A block
broken over a page keeps its heading: a field with no heading above it on its page is under the last
heading the page before printed in its column (decision 0060, "Stop 59: suggest-68").
"""

from __future__ import annotations

import io
import logging
from collections.abc import Collection
from typing import Any

from pypdf import PdfReader

from hub.adapters.mapping.tables import is_page_number
from hub.adapters.readers import sandbox
from hub.adapters.readers.pdf_runs import Rect, Run, normal_rect, text_runs
from hub.adapters.suggest.pdf_side_headings import side_headings
from hub.adapters.suggest.sections import is_heading
from hub.logsetup import Both

log = logging.getLogger(__name__)

Widget = tuple[str, Rect]  # a field's full name and one widget's rectangle
Page = tuple[list[Run], list[Widget]]
_LINE = 2.0  # points a text's baseline may lie outside a widget's height and still be on its line
_INDENT = 40.0  # points a heading may start left of its block's labels
_LABEL_GAP = 250.0  # points from a label's start to its field's left edge, at most (`pdf_sources`)
_WORDS_GAP = 30.0  # points from a box's right edge to the words printed beside it


def page_layout(data: bytes) -> list[Page]:
    """Each page's printed runs and widgets (run in a sandbox worker: pypdf on an uploaded file)."""
    reader = PdfReader(io.BytesIO(data))
    pages: list[Page] = []
    for page in reader.pages:
        widgets: list[Widget] = []
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") == "/Widget" and annot.get("/Rect") is not None:
                widgets.append((_name(annot), normal_rect(*(float(n) for n in annot["/Rect"]))))
        pages.append((text_runs(page) if widgets else [], widgets))  # a page of no field heads none
    return pages


def _name(annot: Any) -> str:
    """A widget's field name as the reader keys it: its /T and its parents', joined by dots."""
    names, node, seen = [], annot, 0
    while node is not None and seen < 32:
        if "/T" in node:
            names.append(str(node["/T"]))
        parent = node.get("/Parent")
        node, seen = (parent.get_object() if parent is not None else None), seen + 1
    return ".".join(reversed(names))


def read_headings(data: bytes, labels: Collection[str], title: str) -> dict[str, str]:
    """Field name → the section heading printed above it; {} where the file's layout cannot be read (a
    heading is a hint: the draft is made without it, as before)."""
    try:
        pages = sandbox.run(page_layout, data)
    except Exception as exc:  # any failure leaves the draft as it is without headings
        log.warning(
            Both(
                "suggest: the headings above the fields were not read: %s",
                "suggest: overskrifterne over felterne blev ikke læst: %s",
                exc,
            )
        )
        return {}
    return headings(pages, labels, title)


def headings(pages: list[Page], labels: Collection[str], title: str) -> dict[str, str]:
    """Each field's heading (its first widget's) from the pages' runs and widgets; `labels` are the
    fields' printed labels (no heading), `title` the form's title (nothing above it heads a block)."""
    own = {_plain(label) for label in labels if label}
    found: dict[str, str] = {}
    before: list[Run] = []  # the page before's lines that can head a block: its last one in a column
    for printed, widgets in pages:
        runs = lines_of(printed)
        # The title, and a later page's ("Timeseddel for mentor, fortsat"): nothing at or above it heads.
        top = min(
            (r[1] for r in runs if title and _plain(r[2]).startswith(_plain(title))), default=float("inf")
        )
        lines = [
            r for r in runs if r[1] < top and not _on_a_line(r, widgets) and not _label_above(r, own, widgets)
        ]
        # A table's first column ("Mentor" left of "Navn" and "Telefon"): any text but a label or the title.
        aside = [r for r in runs if r[1] < top and _plain(r[2]) not in own]
        heads: dict[str, Run] = {}  # this page's fields under a heading in their own column
        pending: list[tuple[str, Rect, float]] = []
        for name, rect in widgets:
            if name in found or name in heads:
                continue
            left = _block_left(rect, runs)
            above = [r for r in lines if r[1] > rect[3] + _LINE and left - _INDENT <= r[0] <= rect[2]]
            nearest = [r for r in above if is_heading(r[2])]
            if nearest:
                heads[name] = min(nearest, key=lambda r: r[1])
            else:
                pending.append((name, rect, left))
        sides = side_headings(pending, aside, [w for _, w in widgets])
        for name, rect, left in pending:
            # A heading bar over two columns of boxes prints its words over the left one: a box with
            # none in its own column is under its row's (twenty-first trial: "1. Borgeren" over the CPR
            # number and the name beside it); else a heading in a column of its own left of the labels;
            # else the top of a block broken over a page: the page before's last heading.
            beside = _row_heading(rect, widgets, heads) or sides.get(name)
            nearest = [beside] if beside else [r for r in before if left - _INDENT <= r[0] <= rect[2]]
            if nearest:
                found[name] = min(nearest, key=lambda r: r[1])[2].strip()
        found.update((name, run[2].strip()) for name, run in heads.items())
        # A page number ("Side 1 af 2") printed under the last block is no heading of the next page's.
        before = [r for r in lines if is_heading(r[2]) and not is_page_number(r[2])]
    return found


def _row_heading(rect: Rect, widgets: list[Widget], heads: dict[str, Run]) -> Run | None:
    """The heading of the nearest box left of a box on its line, where that box has one above it on this
    page (and so does this box: printed above them both)."""
    middle = (rect[1] + rect[3]) / 2
    row = [
        (other[2], heads[name])
        for name, other in widgets
        if name in heads and other[2] <= rect[0] and other[1] <= middle <= other[3]
    ]
    return max(row, key=lambda item: item[0])[1] if row else None


def lines_of(runs: list[Run]) -> list[Run]:
    """The runs of one line joined, word after word: a word processor prints a run a word ("Oplysninger",
    "om", "borgeren"), and a heading is the whole line. Runs farther apart than a few spaces stay apart
    (a label and the next column's)."""
    joined: list[Run] = []
    for run in sorted(runs, key=lambda r: (-round(r[1]), r[0])):
        if joined:
            x, y, text, width, size = joined[-1]
            # (A run's width is estimated, half its size a glyph: a word may seem to start inside the last.)
            if abs(run[1] - y) <= 1 and -2 * size <= run[0] - (x + width) <= 1.5 * size:
                joined[-1] = (x, y, f"{text} {run[2]}", run[0] + run[3] - x, size)
                continue
        joined.append(run)
    return joined


def _plain(text: str) -> str:
    return " ".join(text.split()).rstrip(":").strip().casefold()


def _label_above(run: Run, labels: set[str], widgets: list[Widget]) -> bool:
    """A field's label printed just above it (within two of its lines, or dipping into its top), not a
    heading over a block."""
    return _plain(run[2]) in labels and any(
        rect[3] - _LINE < run[1] <= rect[3] + 2 * run[4] and rect[0] - _LINE <= run[0] <= rect[2]
        for _, rect in widgets
    )


def _on_a_line(run: Run, widgets: list[Widget]) -> bool:
    """A text on a widget's line, near it: its label left of it, a box's words right of it, a text
    printed over it; no heading. A widget of the next column on the same line leaves a heading of this
    one a heading."""
    return any(
        rect[1] - _LINE <= run[1] <= rect[3] + _LINE
        and rect[0] - _LABEL_GAP <= run[0] <= rect[2] + _WORDS_GAP
        for _, rect in widgets
    )


def _block_left(rect: Rect, runs: list[Run]) -> float:
    """Where a field's block starts: the left edge of its label on its line (the texts just left of it,
    word by word, not a heading of the column before printed on the same line), or the widget's own."""
    line = sorted(
        (r for r in runs if 0 < rect[0] - r[0] <= _LABEL_GAP and rect[1] - _LINE <= r[1] <= rect[3] + _LINE),
        key=lambda r: -r[0],
    )
    left = rect[0]
    for run in line:
        if left != rect[0] and run[0] + run[3] < left - 1.5 * run[4]:
            break  # a gap wider than a word's space: another column's text
        left = run[0]
    return left
