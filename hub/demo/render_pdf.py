"""Print a fillable PDF form from a layout given as data, the way Word or Acrobat would have made it.

A layout is a list of `FieldSpec`s (name, kind, page, position, visible label, tooltip, options); the
labels are drawn beside the fields so that the form reads like a real one when printed. `Canvas(...,
invariant=1)` keeps the bytes identical from run to run, which the golden files rely on.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

Kind = Literal["text", "checkbox", "radio", "choice"]
CHECKED = "Yes"  # the state name a ticked checkbox holds (readers give it without the slash)

_HEIGHT = 16
_LABEL_X = 50


@dataclass(frozen=True)
class FieldSpec:
    """One form field: where it sits, what it is called, and what a person sees beside it."""

    name: str
    kind: Kind = "text"
    page: int = 1
    x: float = 220
    y: float = 700
    width: float = 200
    label: str = ""
    tooltip: str = ""
    options: tuple[str, ...] = ()  # choice: the list entries; radio: the state of each button
    label_x: float | None = None  # where a text, radio or list field's label starts (default: the margin)


@dataclass(frozen=True)
class Text:
    """Words printed on a page outside any field: a column heading or the title of a row of boxes."""

    text: str
    x: float
    y: float
    page: int = 1


@dataclass(frozen=True)
class Layout:
    """A whole form: its heading, the text above the fields on each page, and its fields."""

    title: str
    fields: tuple[FieldSpec, ...]
    header: str = ""  # printed small above the title, e.g. the job centre and the form number
    notes: dict[int, tuple[str, ...]] = field(default_factory=dict)  # page -> lines printed at the foot
    texts: tuple[Text, ...] = ()  # further printed words: a table's column headings, a row's title

    @property
    def pages(self) -> int:
        """The number of pages the fields occupy."""
        return max((f.page for f in self.fields), default=1)


def stacked(*specs: FieldSpec, top: float = 730, step: float = 24) -> tuple[FieldSpec, ...]:
    """Place fields one under the other from `top`, each page starting again at the top."""
    placed: list[FieldSpec] = []
    row: dict[int, int] = {}
    for spec in specs:
        n = row.get(spec.page, 0)
        row[spec.page] = n + 1
        placed.append(replace(spec, y=top - n * step))
    return tuple(placed)


def text_field(name: str, label: str, page: int = 1, width: float = 250) -> FieldSpec:
    """A text field whose tooltip is its visible label."""
    return FieldSpec(name, label=label, tooltip=label, page=page, width=width)


def render_pdf(layout: Layout, values: dict[str, str]) -> bytes:
    """Return the form as PDF bytes with each field holding its local value (missing ones left empty)."""
    unknown = set(values) - {f.name for f in layout.fields}
    if unknown:
        raise KeyError(f"values for fields the layout does not have: {sorted(unknown)}")
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    canvas.setTitle(layout.title)
    for page in range(1, layout.pages + 1):
        _draw_page_text(canvas, layout, page)
        for spec in (f for f in layout.fields if f.page == page):
            _draw_field(canvas, spec, values.get(spec.name, ""))
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _draw_page_text(canvas: Canvas, layout: Layout, page: int) -> None:
    """Print the heading, the page number, the foot notes and the further words of one page."""
    width, height = A4
    canvas.setFont("Helvetica", 8)
    if layout.header:
        canvas.drawString(_LABEL_X, height - 40, layout.header)
    canvas.drawRightString(width - 50, height - 40, f"Side {page} af {layout.pages}")
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(_LABEL_X, height - 62, layout.title)
    canvas.setFont("Helvetica", 8)
    for i, line in enumerate(layout.notes.get(page, ())):
        canvas.drawString(_LABEL_X, 80 - 11 * i, line)
    canvas.setFont("Helvetica", 10)
    for text in (t for t in layout.texts if t.page == page):
        canvas.drawString(text.x, text.y, text.text)


def _box(spec: FieldSpec) -> dict[str, Any]:
    """Where a text or list field is drawn, and how: the keywords its widget shares."""
    return {
        "x": spec.x,
        "y": spec.y,
        "width": spec.width,
        "height": _HEIGHT,
        "fontSize": 9,
        "borderWidth": 0.5,
    }


def _draw_field(canvas: Canvas, spec: FieldSpec, value: str) -> None:
    """Draw one field with its label and put the local value in it."""
    form = canvas.acroForm
    canvas.setFont("Helvetica", 10)
    label_x = _LABEL_X if spec.label_x is None else spec.label_x
    if spec.kind == "text":
        canvas.drawString(label_x, spec.y + 4, spec.label)
        form.textfield(name=spec.name, tooltip=spec.tooltip, value=value, **_box(spec))
    elif spec.kind == "checkbox":
        canvas.drawString(spec.x + 18, spec.y + 3, spec.label)
        form.checkbox(
            name=spec.name,
            tooltip=spec.tooltip,
            checked=value == CHECKED,
            x=spec.x,
            y=spec.y,
            size=12,
            buttonStyle="cross",
            borderWidth=0.5,
        )
    elif spec.kind == "radio":
        canvas.drawString(label_x, spec.y + 3, spec.label)
        step = spec.width / max(len(spec.options), 1)
        for i, state in enumerate(spec.options):
            x = spec.x + i * step
            form.radio(
                name=spec.name,
                tooltip=spec.tooltip,
                value=state,
                selected=value == state,
                x=x,
                y=spec.y,
                size=12,
                buttonStyle="circle",
                borderWidth=0.5,
            )
            canvas.drawString(x + 15, spec.y + 3, state)
    elif spec.kind == "choice":
        value = value or ""  # nothing chosen: the list's blank entry, as a caseworker leaves it
        if value not in spec.options:
            raise ValueError(f"{value!r} is not an option of the list {spec.name!r}")
        canvas.drawString(label_x, spec.y + 4, spec.label)
        # reportlab 5.1 fails on a falsy choice value ("lbextras" unbound); a one-item list says the same.
        chosen: str | list[str] = [value] if value == "" else value
        form.choice(
            name=spec.name, tooltip=spec.tooltip, value=chosen, options=list(spec.options), **_box(spec)
        )
    else:
        raise ValueError(f"unknown field kind {spec.kind!r}")
