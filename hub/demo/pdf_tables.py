"""Layout parts the PDF simulators share: numbered tables (a timesheet's rows) and rows of score boxes.

Each returns the fields and the printed words (column headings, row titles) to put in a `Layout`; the
field names and tooltips come from the caller, so each municipality keeps its own naming.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hub.demo.render_pdf import FieldSpec, Text

Parts = tuple[tuple[FieldSpec, ...], tuple[Text, ...]]


@dataclass(frozen=True)
class Column:
    """One column of a numbered table: its heading and, for row n (from 1), its field's name and tooltip."""

    heading: str
    name: Callable[[int], str]
    tooltip: Callable[[int], str]
    width: float = 80


def table(
    columns: Sequence[Column],
    count: int,
    *,
    top: float,
    step: float = 20,
    per_block: int | None = None,
    page: int = 1,
) -> Parts:
    """A table of `count` numbered rows from `top`; past `per_block` rows, a further block to the right."""
    per_block = per_block or count
    fields: list[FieldSpec] = []
    texts: list[Text] = []
    for block in range(-(-count // per_block)):
        left: float = 70 + block * 260
        x = left
        for column in columns:
            texts.append(Text(column.heading, x, top + step, page))
            x += column.width + 10
        for n in range(block * per_block + 1, min(count, (block + 1) * per_block) + 1):
            y = top - (n - 1 - block * per_block) * step
            x = left
            for i, column in enumerate(columns):
                label = f"{n}." if i == 0 else ""
                spec = FieldSpec(column.name(n), label=label, tooltip=column.tooltip(n), page=page, x=x, y=y,
                                 width=column.width, label_x=left - 22)  # fmt: skip
                fields.append(spec)
                x += column.width + 10
    return tuple(fields), tuple(texts)


def box_rows(
    rows: Sequence[tuple[str, Sequence[str]]],
    options: Sequence[str],
    *,
    top: float,
    step: float = 22,
    tooltip: Callable[[str, str], str] = lambda title, option: f"{title}: {option}",
    page: int = 1,
) -> Parts:
    """One row of checkboxes per (title, box names), a box per option, the title printed at the left."""
    fields: list[FieldSpec] = []
    texts: list[Text] = []
    for r, (title, names) in enumerate(rows):
        y = top - r * step
        texts.append(Text(title, 50, y + 3, page))
        for i, (name, option) in enumerate(zip(names, options, strict=True)):
            spec = FieldSpec(name, "checkbox", page=page, x=220 + i * 50, y=y, label=option,
                             tooltip=tooltip(title, option))  # fmt: skip
            fields.append(spec)
    return tuple(fields), tuple(texts)
