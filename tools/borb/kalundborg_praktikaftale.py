"""Kalundborg's placement agreement as a case system written in Python prints it with borb (3.0.9):
`python kalundborg_praktikaftale.py OUT.pdf N` writes agreement N (1 or 2) of `AGREEMENTS`.

Run by `tools/make_fixtures_onboarding_twentysixth.py` in borb's own environment, never the hub's. The
page is what the case system's developer would write: headings and a table of labels left of boxes, each
box a borb form field left unnamed, so borb names it by its place in the form (`field-000` ...); the
benefit, the visitation and the mentor's employer drop-down lists of words; a box the citizen was told
of the agreement, which borb writes unticked whatever it is given (its `CheckBox` writes `/Off`). Only
the document's id and dates are fixed, so that each run writes the same bytes.
"""

import sys
from typing import Any

from borb.pdf import (
    PDF,
    CheckBox,
    Document,
    DropDownList,
    FixedColumnWidthTable,
    Page,
    Paragraph,
    SingleColumnLayout,
    TextArea,
    TextBox,
)

Section = tuple[str, list[tuple[str, Any]]]
BENEFITS = ["Kontanthjælp", "Sygedagpenge", "Ledighedsydelse", "Ressourceforløbsydelse"]
VISITATIONS = ["(ingen)", "Jobparat", "Aktivitetsparat", "Uddannelsesparat"]
EMPLOYERS = ["Virksomheden", "Jobcentret"]
CASEWORKER: Section = (
    "Sagsbehandler",
    [("Navn", "Hanne Juul Bech"), ("E-mail", "hjb@kalundborg.example.dk"), ("Telefon", "59 53 44 00")],
)

# Each agreement: (heading, [(label, value or (options, chosen))]) in the order printed.
AGREEMENTS: dict[str, list[Section]] = {
    "1": [
        ("Borger", [("CPR-nr.", "230988-4417"), ("Navn", "Mikkel Østergaard Holm")]),
        ("Virksomhed", [("CVR-nr.", "38412760"), ("Navn", "Kalundborg Havneservice A/S")]),
        ("Praktiksted", [("P-nr.", "1022384517"), ("Navn", "Havneservice, Kystvejen 8")]),
        (
            "Praktikperiode",
            [("Første dag", "03.08.2026"), ("Sidste dag", "25.10.2026"), ("Timer pr. uge", "18,5")],
        ),
        (
            "Forsørgelse",
            [("Ydelse", (BENEFITS, "Kontanthjælp")), ("Visitation", (VISITATIONS, "Aktivitetsparat"))],
        ),
        ("Mentor", [("Navn", "Jesper Lind"), ("Ansat hos", (EMPLOYERS, "Virksomheden"))]),
        CASEWORKER,
    ],
    "2": [
        ("Borger", [("CPR-nr.", "051195-4302"), ("Navn", "Louise Friis Mortensen")]),
        ("Virksomhed", [("CVR-nr.", "41270934"), ("Navn", "Café Rådhuspladsen ApS")]),
        ("Praktiksted", [("P-nr.", "1024471188"), ("Navn", "Café Rådhuspladsen")]),
        (
            "Praktikperiode",
            [("Første dag", "17.08.2026"), ("Sidste dag", "27.09.2026"), ("Timer pr. uge", "25")],
        ),
        ("Forsørgelse", [("Ydelse", (BENEFITS, "Sygedagpenge")), ("Visitation", (VISITATIONS, "(ingen)"))]),
        ("Mentor", [("Navn", "Pia Kragh"), ("Ansat hos", (EMPLOYERS, "Jobcentret"))]),
        CASEWORKER,
    ],
}
PURPOSES = {"1": "Afklaring af arbejdsevne på lager og havneplads,\n18,5 timer om ugen.", "2": ""}


def _box(value: Any) -> Any:
    """A text box holding `value`, or a drop-down list of `value`'s options with its choice."""
    if isinstance(value, tuple):
        options, chosen = value
        return DropDownList(options=options, value=chosen)
    return TextBox(value=value)


def main(out: str, number: str) -> None:
    """Write agreement `number` to `out`."""
    # what borb draws at random or from the clock when it writes, fixed so that each run writes the same
    # bytes (its private helpers: borb takes no id or date from its caller)
    Document._Document__get_random_id = staticmethod(lambda: "4B414C554E44424F5247" + "0" * 11 + number)
    Document._Document__get_now_as_date_str = staticmethod(lambda: "D:20260730101500Z00")
    document = Document()
    page = Page()
    document.append_page(page)
    layout = SingleColumnLayout(page)
    layout.append_layout_element(Paragraph("Kalundborg Kommune, Jobcenter Kalundborg", font_size=9))
    layout.append_layout_element(Paragraph("Aftale om virksomhedspraktik", font_size=16))
    for heading, rows in AGREEMENTS[number]:
        layout.append_layout_element(Paragraph(heading, font_size=11, font="Helvetica-Bold"))
        table = FixedColumnWidthTable(number_of_columns=2, number_of_rows=len(rows), column_widths=[1, 2])
        for label, value in rows:
            table.append_layout_element(Paragraph(label, font_size=10))
            table.append_layout_element(_box(value))
        layout.append_layout_element(table)
    layout.append_layout_element(Paragraph("Formål med praktikken", font_size=11, font="Helvetica-Bold"))
    layout.append_layout_element(TextArea(value=PURPOSES[number]))
    layout.append_layout_element(Paragraph("Borgeren er orienteret om aftalen", font_size=10))
    layout.append_layout_element(CheckBox(value=True))
    PDF.write(what=document, where_to=out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
