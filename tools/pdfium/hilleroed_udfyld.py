"""Hillerød's caseworker fills the blank placement agreement in Chrome's PDF viewer, done with PDFium.

Run as `python hilleroed_udfyld.py BLANK OUT [incremental]` with pypdfium2 importable (the generator puts
var/pypdfium2 on PYTHONPATH). PDFium's form-fill API is driven through `pypdfium2.raw` as the viewer drives
it on a user's clicks and keys: a click (`FORM_OnLButtonDown`/`Up` at the widget's middle, page
coordinates) focuses a text field, each character typed is `FORM_OnChar` (Enter, 13, in the multiline
purpose), a click ticks the box or chooses a radio button, the combo box takes the item clicked in its
list (`FORM_SetIndexSelected` on the focused widget, as the viewer's own list does), and a click on the
page's margin takes the focus away, so the last field's value is committed. Chrome's "Save" is
`FPDF_SaveAsCopy(doc, writer, 0)` (chromium's `PDFiumEngine::GetSaveData`): a whole new file; the probe
`incremental` saves with `FPDF_INCREMENTAL` as other PDFium-based programs do.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

import pypdfium2 as pdfium
import pypdfium2.raw as raw

# What the caseworker types, clicks and chooses, by the widget's field name (the radio by its state).
TYPED = {
    "cpr": "170589-4418",
    "navn": "Søren Ågesen Bøgelund",
    "virksomhed": "Frederiksborg Slotsgartneri & Café ApS",
    "cvr": "29817405",
    "arbejdssted": "Slotsgartneriet, Frederiksværksgade 2, 3400 Hillerød",
    "pnr": "1017384952",
    "startdato": "1.9.2027",
    "slutdato": "30.11.2027",
    "timer": "18,5",
    "mentor": "Birgitte Krogh",
    "sagsbehandler": "Lise Holm Nørregaard",
    "email": "LHN@Hillerod.example.dk",
    "telefon": "72 32 41 87",
    "formaal": "Afklaring af arbejdsevne i gartneri og café.\rSøren prøver plantepasning & opvask.",
}
CLICKED = {("ydelse", "syge"), ("mentor_jc", "")}
CHOSEN = {"visitation": "Aktivitetsparat"}


def _text(call: Callable[..., int], *arguments: object) -> str:
    """A UTF-16LE string PDFium writes into a buffer the size it first says (its calls' convention)."""
    size = call(*arguments, None, 0)
    buffer = (ctypes.c_ushort * (size // 2))()
    call(*arguments, buffer, size)
    return bytes(buffer)[: size - 2].decode("utf-16-le")


def _click(form: object, page: object, x: float, y: float) -> None:
    raw.FORM_OnMouseMove(form, page, 0, x, y)
    raw.FORM_OnLButtonDown(form, page, 0, x, y)
    raw.FORM_OnLButtonUp(form, page, 0, x, y)


def fill(blank: str, out: str, flags: int) -> None:
    """Open `blank`, fill it as a user in the viewer would, save it to `out` with `flags`."""
    pdf = pdfium.PdfDocument(blank)
    pdf.init_forms()
    page = pdf[0]
    form = pdf.formenv.raw
    widgets = []
    for index in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, index)
        rect = raw.FS_RECTF()
        raw.FPDFAnnot_GetRect(annot, rect)
        middle = ((rect.left + rect.right) / 2, (rect.bottom + rect.top) / 2)
        name = _text(raw.FPDFAnnot_GetFormFieldName, form, annot)
        export = _text(raw.FPDFAnnot_GetFormFieldExportValue, form, annot)
        widgets.append((name, export, middle, annot))
    for name, export, (x, y), annot in widgets:
        if name in TYPED:
            _click(form, page.raw, x, y)
            for character in TYPED[name]:
                raw.FORM_OnChar(form, page.raw, ord(character), 0)
        elif (name, export) in CLICKED or (name, "") in CLICKED:
            _click(form, page.raw, x, y)
        elif name in CHOSEN:
            _click(form, page.raw, x, y)
            count = raw.FPDFAnnot_GetOptionCount(form, annot)
            labels = [_text(raw.FPDFAnnot_GetOptionLabel, form, annot, option) for option in range(count)]
            raw.FORM_SetIndexSelected(form, page.raw, labels.index(CHOSEN[name]), True)
        _click(form, page.raw, 20, 20)  # the page's margin: the focus leaves the widget
        raw.FPDFPage_CloseAnnot(annot)
    raw.FORM_ForceToKillFocus(form)
    pdf.save(out, flags=flags)


if __name__ == "__main__":
    incremental = sys.argv[3:] == ["incremental"]
    fill(sys.argv[1], sys.argv[2], raw.FPDF_INCREMENTAL if incremental else 0)
