"""Halsnæs's placement agreement, as its job centre's small Python tool writes it with PyPDFForm (6.0.1).

Run by `tools/make_fixtures_onboarding_fiftysecond.py` with PyPDFForm on the path (pip's PyPDFForm under
var/); writes the PDF to stdout. The page is drawn by PyPDFForm itself (`BlankPage`, then `draw` with
`RawElements.RawText`: its labels, no field); the fields are made by `bulk_create_fields` (PyPDFForm 6's
name for the older `create_widget`): text fields, the benefit and the visitation drop-downs, and two
check boxes for the mentor's employer, "virksomheden" and "jobcentret"; then `fill` writes the case as the
caseworker typed it, the days as Danes write them by hand, `3/5-2027`.
"""

from __future__ import annotations

import sys

from PyPDFForm import BlankPage, Fields, PdfWrapper, RawElements

# The case as the caseworker typed it into the tool (the invented citizen of Halsnæs, 260).
TEXT = [
    # (field name, label printed left of it, value)
    ("cpr_nr", "CPR-nr.", "170588-3142"),
    ("navn", "Navn", "Rasmus Kølbæk Vestergaard"),
    ("firma", "Virksomhed", "Frederiksværk Havnekøkken ApS"),
    ("cvr_nr", "CVR-nr.", "3461 2056"),
    ("p_nr", "P-nr.", "1019 284 736"),
    ("arbejdssted", "Arbejdssted", "Køkkenet, Havnevej 12, 3300 Frederiksværk"),
    ("fra_dato", "Fra dato", "3/5-2027"),
    ("til_dato", "Til dato", "25/7-2027"),
    ("ugentlige_timer", "Ugentlige timer", "15"),
    ("mentor", "Mentor", "Birgitte Juhl"),
    ("sagsbehandler", "Sagsbehandler", "Søren Lykke Rasmussen"),
    ("mail", "Mail", "slr@halsnaes.example.dk"),
    ("telefon", "Telefon", "47 78 40 00"),
]
PURPOSE = (
    "formaal",
    "Formål med praktikken",
    "Afprøve arbejdsevnen i et storkøkken\nmed fokus på stabilt fremmøde",
)
BENEFITS = ["Kontanthjælp", "Uddannelseshjælp", "Sygedagpenge", "Ledighedsydelse", "Ressourceforløbsydelse"]
BENEFIT = "Uddannelseshjælp"
VISITATIONS = ["Jobparat", "Aktivitetsparat", "Uddannelsesparat"]
VISITATION = "Uddannelsesparat"
# The mentor's employer: two boxes side by side, the caseworker ticks one.
EMPLOYER_BOXES = [("mentor_virksomhed", "virksomheden", True), ("mentor_jobcenter", "jobcentret", False)]

TOP = 780.0  # A4 is 595 x 842
STEP = 34.0
LABEL_X, FIELD_X = 50.0, 190.0


def _labels() -> list[object]:
    """The page's words: the heading, each field's label left of it and the boxes' words."""
    texts = [
        RawElements.RawText("Halsnæs Kommune, Jobcenter Halsnæs", 1, LABEL_X, TOP + 30, font_size=14),
        RawElements.RawText("Aftale om virksomhedspraktik", 1, LABEL_X, TOP + 10, font_size=12),
    ]
    for row, (_, label, _value) in enumerate(TEXT):
        texts.append(RawElements.RawText(label, 1, LABEL_X, TOP - 30 - row * STEP + 6, font_size=10))
    below = TOP - 30 - len(TEXT) * STEP
    texts.append(RawElements.RawText("Ydelse", 1, LABEL_X, below + 6, font_size=10))
    texts.append(RawElements.RawText("Visitation", 1, LABEL_X, below - STEP + 6, font_size=10))
    texts.append(RawElements.RawText("Mentor er ansat i", 1, LABEL_X, below - 2 * STEP + 6, font_size=10))
    for i, (_, word, _ticked) in enumerate(EMPLOYER_BOXES):
        texts.append(RawElements.RawText(word, 1, FIELD_X + 22 + i * 130, below - 2 * STEP + 6, font_size=10))
    texts.append(RawElements.RawText(PURPOSE[1], 1, LABEL_X, below - 3 * STEP + 6, font_size=10))
    return texts


def _fields() -> list[object]:
    """The form's fields, made by PyPDFForm where the labels leave room for them."""
    fields: list[object] = [
        Fields.TextField(name, 1, FIELD_X, TOP - 30 - row * STEP, width=340, height=20, font_size=10)
        for row, (name, _, _value) in enumerate(TEXT)
    ]
    below = TOP - 30 - len(TEXT) * STEP
    fields.append(Fields.DropdownField("ydelse", 1, FIELD_X, below, options=BENEFITS, width=200, height=20))
    fields.append(
        Fields.DropdownField(
            "visitation", 1, FIELD_X, below - STEP, options=VISITATIONS, width=200, height=20
        )
    )
    for i, (name, _, _ticked) in enumerate(EMPLOYER_BOXES):
        fields.append(Fields.CheckBoxField(name, 1, FIELD_X + i * 130, below - 2 * STEP, size=16))
    fields.append(
        Fields.TextField(
            PURPOSE[0], 1, FIELD_X, below - 3 * STEP - 30, width=340, height=44, font_size=10, multiline=True
        )
    )
    return fields


def agreement() -> bytes:
    """The agreement: the page drawn, its fields made, then filled as the caseworker did."""
    form = PdfWrapper(BlankPage(595, 842)).draw(_labels())
    form.bulk_create_fields(_fields())
    values: dict[str, object] = {name: value for name, _, value in TEXT}
    values[PURPOSE[0]] = PURPOSE[2]
    values["ydelse"] = BENEFIT
    values["visitation"] = VISITATION
    values.update({name: ticked for name, _, ticked in EMPLOYER_BOXES})
    form.fill(values)
    return form.read()


if __name__ == "__main__":
    sys.stdout.buffer.write(agreement())
