"""Allerød's placement agreement filled in as a caseworker fills it in a desktop viewer built on poppler
(Evince, Okular, Xournal++): poppler's own form filling and save, from Python through PyGObject's
`gi.repository.Poppler` (Debian's `gir1.2-poppler-0.18` and `python3-gi`; run with the system python3).
Each field is set by the setter its kind has (`text_set_text`, `button_set_state`, `choice_select_item`),
found by its name as a viewer finds the widget under the caseworker's click, and the document is saved
with `Document.save`, as "Gem" does. `python3 allerod_udfyld.py BLANK.pdf OUT.pdf`."""

import sys
from pathlib import Path

import gi

gi.require_version("Poppler", "0.18")
from gi.repository import GLib, Poppler  # noqa: E402

# What the caseworker types, as typed: the days Danish style, the hours with a comma, the remark on two lines.
TEXTS = {
    "cprNummer": "170592-1846",
    "borgerNavn": "Sofie Krogh Lindberg",
    "virksomhedNavn": "Lillerød Tømrer & Snedker ApS",
    "cvrNummer": "38912453",
    "praktikstedNavn": "Værkstedet, Engholm Allé 12, 3450 Allerød",
    "pNummer": "1023 4567 89",
    "startDato": "1/3-2027",
    "slutDato": "28/5-2027",
    "timerPrUge": "18,5",
    "mentorNavn": "Henrik Møller Sand",
    "sagsbehandlerNavn": "Camilla Østerby",
    "sagsbehandlerEmail": "Camilla.Osterby@alleroed.example.dk",
    "sagsbehandlerTelefon": "48 10 01 00",
    "formaal": "Afklaring af arbejdsevne i et værksted.\nFokus på stabilt fremmøde og løft over 15 kg.",
}
# The boxes ticked, and the radio button clicked: the one left of the words "Uddannelseshjælp", as a
# caseworker sees it (poppler's GLib API gives a button no on-state, only its place on the page).
BOXES = {"mentorAnsatIVirksomheden", "borgerOrienteret"}
RADIOS = {"ydelse": "Uddannelseshjælp"}
CHOICES = {"visitation": "Åbenlyst uddannelsesparat"}


def fill(blank: Path, out: Path) -> None:
    """Set every field the caseworker fills on each page, then save as the viewer saves."""
    # Opened from its bytes, not its path: poppler hashes the opened file's name into the trailer /ID it
    # writes at the save, so a file opened by path gave other bytes in every checkout of the repository.
    document = Poppler.Document.new_from_bytes(GLib.Bytes.new(blank.read_bytes()), None)
    for number in range(document.get_n_pages()):
        page = document.get_page(number)
        for mapping in page.get_form_field_mapping():
            field, name = mapping.field, mapping.field.get_name()
            kind = field.get_field_type()
            if kind == Poppler.FormFieldType.TEXT and name in TEXTS:
                field.text_set_text(TEXTS[name])
            elif kind == Poppler.FormFieldType.CHOICE and name in CHOICES:
                items = [field.choice_get_item(i) for i in range(field.choice_get_n_items())]
                field.choice_select_item(items.index(CHOICES[name]))
            elif kind == Poppler.FormFieldType.BUTTON and name in BOXES:
                field.button_set_state(True)
            elif kind == Poppler.FormFieldType.BUTTON and name in RADIOS:
                if _beside(mapping.area, page.find_text(RADIOS[name])):
                    field.button_set_state(True)
    document.save(out.resolve().as_uri())


def _beside(button: Poppler.Rectangle, words: list[Poppler.Rectangle]) -> bool:
    """Whether the words begin on the button's line just right of it (within 20 points)."""
    return any(abs(w.y1 - button.y1) < 4 and 0 <= w.x1 - button.x2 < 20 for w in words)


if __name__ == "__main__":
    fill(Path(sys.argv[1]), Path(sys.argv[2]))
