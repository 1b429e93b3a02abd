"""Write the golden PDFs of Hvidovre and Taarnby: `python -m tools.make_fixtures_choices`.

Their forms are choices more than text: radio groups whose buttons carry generic export values
("Valg1") and are explained only by the words printed beside them, checkbox groups whose labels sit
right of or under the boxes, and a single box whose empty state means something. The layouts are here;
the values, typed by hand, are in tools/fixtures/hvidovre.py and tools/fixtures/taarnby.py.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.pdfgen.canvas import Canvas

from tools.fixtures import GOLDEN, fixtures, write

Kind = Literal["text", "box", "radio", "caption"]
Beside = Literal["right", "below"]


@dataclass(frozen=True)
class Item:
    """One field: a text field with its label left of it, a box, a radio group (one button a choice), or
    a `caption`: words printed left of a row of boxes, no field.

    `choices` are (export value, printed text) for a radio group, one button each; a box has one
    printed text. `beside` says where a box's or a button's text is printed; `step` is the distance
    between buttons across, `per_row` how many fit a row (the next row is 40 points lower). A radio
    group's `label` is printed above it, or left of its first button with `caption_left`.
    """

    kind: Kind
    name: str
    label: str
    y: float
    x: float = 200
    choices: tuple[tuple[str, str], ...] = ()
    beside: Beside = "right"
    step: float = 130
    per_row: int = 9
    caption_left: bool = False


def _text(name: str, label: str, y: float) -> Item:
    return Item("text", name, label, y)


HVIDOVRE_PLACEMENT = (
    _text("Tekstfelt1", "CPR-nr.", 740),
    _text("Tekstfelt2", "Borgerens navn", 715),
    _text("Tekstfelt3", "Virksomhed", 690),
    _text("Tekstfelt4", "CVR-nr.", 665),
    _text("Tekstfelt5", "Praktiksted", 640),
    _text("Tekstfelt6", "P-nummer", 615),
    _text("Tekstfelt7", "Startdato", 590),
    _text("Tekstfelt8", "Slutdato", 565),
    _text("Tekstfelt9", "Timer pr. uge", 540),
    Item(
        "radio",
        "Gruppe1",
        "Borgerens ydelse",
        495,
        x=60,
        choices=(
            ("Valg1", "Kontanthjælp"),
            ("Valg2", "Uddannelseshjælp"),
            ("Valg3", "Sygedagpenge"),
            ("Valg4", "Ledighedsydelse"),
            ("Valg5", "Ressourceforløbsydelse"),
            ("Valg6", "Selvforsørgende"),
        ),
        step=170,
        per_row=3,
    ),
    Item("caption", "", "Visitation", 405),
    Item("box", "Afkrydsningsfelt1", "Jobparat", 405, x=150),
    Item("box", "Afkrydsningsfelt2", "Aktivitetsparat", 405, x=270),
    Item("box", "Afkrydsningsfelt3", "Uddannelsesparat", 405, x=400),
    _text("Tekstfelt10", "Mentor", 370),
    Item("box", "Afkrydsningsfelt4", "Mentor er ansat i jobcentret", 345, x=60),
    _text("Tekstfelt11", "Sagsbehandler", 310),
    _text("Tekstfelt12", "E-mail", 285),
    _text("Tekstfelt13", "Telefon", 260),
)
HVIDOVRE_END = (
    _text("Tekstfelt1", "CPR-nr.", 740),
    _text("Tekstfelt2", "P-nummer", 715),
    _text("Tekstfelt3", "Sidste praktikdag", 690),
    Item(
        "radio",
        "Gruppe1",
        "Hvad skete der efter praktikken?",
        640,
        x=70,
        choices=(
            ("Valg1", "Ordinært job"),
            ("Valg2", "Uddannelse"),
            ("Valg3", "Fleksjob"),
            ("Valg4", "Rehabiliteringsteam"),
            ("Valg5", "Andet kommunalt tilbud"),
            ("Valg6", "Praktik i anden virksomhed"),
        ),
        beside="below",
        step=170,
        per_row=3,
    ),
    _text("Tekstfelt4", "Bemærkning", 550),
)
TAARNBY_PLACEMENT = (
    _text("borger_cpr", "Borgers CPR-nummer", 740),
    _text("borger_navn", "Borgers navn", 715),
    _text("virk_navn", "Virksomhedens navn", 690),
    _text("virk_cvr", "Virksomhedens CVR", 665),
    _text("sted_navn", "Arbejdssted", 640),
    _text("sted_pnr", "Arbejdsstedets P-nr.", 615),
    _text("fra", "Praktik fra", 590),
    _text("til", "Praktik til", 565),
    _text("timer", "Ugentlige timer", 540),
    Item("box", "ydelse_1", "Kontanthjælp", 500, x=60, beside="below"),
    Item("box", "ydelse_2", "Uddannelseshjælp", 500, x=150, beside="below"),
    Item("box", "ydelse_3", "Sygedagpenge", 500, x=240, beside="below"),
    Item("box", "ydelse_4", "Ledighedsydelse", 500, x=330, beside="below"),
    Item("box", "ydelse_5", "Ressourceforløb", 500, x=420, beside="below"),
    Item(
        "radio",
        "visitation",
        "Visitationskategori",
        445,
        x=200,
        choices=(("J", "Jobparat"), ("A", "Aktivitetsparat"), ("U", "Uddannelsesparat")),
        step=120,
        caption_left=True,
    ),
    _text("mentor_navn", "Mentorens navn", 410),
    Item("box", "mentor_virk", "Mentor er ansat i virksomheden", 385, x=60),
    _text("sagsbeh", "Sagsbehandler", 350),
    _text("sagsbeh_mail", "Sagsbehandlers e-mail", 325),
    _text("sagsbeh_tlf", "Sagsbehandlers telefon", 300),
    _text("formaal", "Formål med praktikken", 275),
)
TAARNBY_END = (
    _text("borger_cpr", "Borgers CPR-nummer", 740),
    _text("sted_pnr", "Arbejdsstedets P-nr.", 715),
    _text("ophoer", "Ophørsdato", 690),
    Item("box", "aarsag_job", "Ordinært job", 650, x=60),
    Item("box", "aarsag_udd", "Uddannelse", 630, x=60),
    Item("box", "aarsag_flex", "Fleksjob", 610, x=60),
    Item("box", "aarsag_syg", "Langvarigt syg", 590, x=60),
    Item("box", "aarsag_andet", "Stoppet af anden årsag", 570, x=60),
    _text("bemaerkning", "Bemærkning", 535),
)
LAYOUTS: dict[str, dict[str, tuple[str, tuple[Item, ...]]]] = {
    "hvidovre": {
        "placement": ("Praktikaftale - Jobcenter Hvidovre (HV-P1)", HVIDOVRE_PLACEMENT),
        "placement_end": ("Ophør af praktik - Jobcenter Hvidovre (HV-P4)", HVIDOVRE_END),
    },
    "taarnby": {
        "placement": ("Tårnby Kommune: Aftale om virksomhedspraktik", TAARNBY_PLACEMENT),
        "placement_end": ("Tårnby Kommune: Afslutning af virksomhedspraktik", TAARNBY_END),
    },
}
_BOX = 12


def render(slug: str, form_type: str, values: dict[str, str]) -> bytes:
    """One form of `slug` with `values` typed in: text as given, a ticked box "Yes", a radio its value."""
    title, items = LAYOUTS[slug][form_type]
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, 790, title)
    c.setFont("Helvetica", 10)
    for item in items:
        _draw(c, item, values.get(item.name, ""))
    c.showPage()
    c.save()
    return buf.getvalue()


def _label(c: Canvas, x: float, y: float, text: str, beside: Beside) -> None:
    if beside == "right":
        c.drawString(x + _BOX + 4, y + 2, text)
    else:
        c.drawCentredString(x + _BOX / 2, y - 11, text)


def _draw(c: Canvas, item: Item, value: str) -> None:
    form = c.acroForm
    if item.kind == "caption":
        c.drawString(60, item.y + 2, item.label)
    elif item.kind == "text":
        c.drawString(60, item.y + 4, item.label)
        form.textfield(name=item.name, value=value, x=item.x, y=item.y, width=220, height=16, fontSize=9)
    elif item.kind == "box":
        form.checkbox(
            name=item.name, checked=value == "Yes", x=item.x, y=item.y, size=_BOX, buttonStyle="cross"
        )
        _label(c, item.x, item.y, item.label, item.beside)
    else:
        c.drawString(60, item.y + (2 if item.caption_left else 26), item.label)
        for index, (state, text) in enumerate(item.choices):
            row, column = divmod(index, item.per_row)
            x, y = item.x + column * item.step, item.y - 40 * row
            form.radio(name=item.name, value=state, selected=value == state, x=x, y=y, size=_BOX)
            _label(c, x, y, text, item.beside)


def render_all() -> dict[Path, bytes]:
    """Every golden form of both municipalities: its path under tests/golden and its bytes."""
    return {
        GOLDEN / slug / f"{name}.pdf": render(slug, form_type, values)
        for slug in LAYOUTS
        for name, form_type, values in fixtures(slug)
    }


if __name__ == "__main__":
    write(render_all())
