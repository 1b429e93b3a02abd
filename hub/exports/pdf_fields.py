"""AcroForm fields drawn the way people expect a form: a small label above, grey when read-only.

reportlab draws field values in Helvetica, which only has Latin-1, so values pass through
`pdf_text.latin1` (the page text around a field is in Vera and shows names in full).
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.exports.pdf_kit import ACCENT, INK, MUTED, RULE, TINT, Flow
from hub.exports.pdf_text import SANS, fit, latin1

FIELD = 16  # height of a one-line field
LABEL = 10  # the printed label above a field
READ_ONLY = {"fillColor": TINT, "borderColor": RULE, "textColor": INK, "borderWidth": 0.5}
EDITABLE = {"fillColor": None, "borderColor": ACCENT, "textColor": INK, "borderWidth": 0.8}


def text_field(
    flow: Flow,
    name: str,
    label: str,
    value: str,
    x: float,
    width: float,
    tooltip: str,
    editable: bool = False,
    *,
    top: float | None = None,
    height: float = FIELD,
    font_size: float = 9,
    maxlen: int | None = None,
    flags: str = "",
) -> None:
    """A text field with its label printed above it, at the top of the current line (or at `top`)."""
    canvas = flow.canvas
    top = flow.y if top is None else top
    _label(flow, label, x, top, width)
    canvas.acroForm.textfield(
        name=name,
        tooltip=tooltip,
        value=latin1(value),
        x=x,
        y=top - LABEL - height,
        width=width,
        height=height,
        fontSize=font_size,
        fieldFlags=" ".join(f for f in ("" if editable else "readOnly", flags) if f),
        maxlen=maxlen,  # reportlab's default is 100 characters
        **(EDITABLE if editable else READ_ONLY),
    )


def choice_field(
    flow: Flow, name: str, label: str, options: Sequence[str], x: float, width: float, tooltip: str
) -> None:
    """A drop-down list on the current line; `options[0]` is what it holds until someone chooses."""
    canvas = flow.canvas
    _label(flow, label, x, flow.y, width)
    # A small arrow behind the transparent widget, so that a printed form shows it is a list too.
    canvas.setFillColor(ACCENT)
    middle, right = flow.y - LABEL - FIELD / 2, x + width - 5
    arrow = canvas.beginPath()
    arrow.moveTo(right - 6, middle + 2)
    arrow.lineTo(right, middle + 2)
    arrow.lineTo(right - 3, middle - 2)
    arrow.close()
    canvas.drawPath(arrow, stroke=0, fill=1)
    choices = [latin1(option) for option in options]
    canvas.acroForm.choice(
        name=name,
        tooltip=tooltip,
        # reportlab 5.1 fails on an empty value ("lbextras" unbound): the first entry, as a list, works.
        value=[choices[0]],
        options=choices,
        x=x,
        y=flow.y - LABEL - FIELD,
        width=width,
        height=FIELD,
        fontSize=9,
        **EDITABLE,
    )


def _label(flow: Flow, label: str, x: float, top: float, width: float) -> None:
    flow.canvas.setFont(SANS, 7)
    flow.canvas.setFillColor(MUTED)
    flow.canvas.drawString(x, top - 7, fit(label, width, SANS, 7))
