"""Hjørring's placement agreement as its mentor supplier's Python service makes and fills it with PyPDF2.

Run by Debian's python3 with python3-pypdf2 (2.12.1): `python3 hjoerring_praktikaftale.py OUT [variant]`.
The service draws its one-page form itself with PyPDF2's objects (labels in Helvetica, a text field a
line, the visitation a combo box, the mentor's employer a check box on as `/Ja`), then fills a copy as
PyPDF2's documentation says ("Filling out forms": a new `PdfWriter`, `add_page` of the read page,
`update_page_form_field_values`), which copies the page but not the catalog's `/AcroForm`. Its
`set_need_appearances_writer` then points the catalog's new `/AcroForm` at the last object it holds, the
page, and sets `/NeedAppearances true` there. The `variant` is a second user's: the reader's `/AcroForm`
put back into the writer's catalog before filling, as answers on the net say.
"""

from __future__ import annotations

import io
import sys

from PyPDF2 import PdfReader, PdfWriter
from PyPDF2.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

TITLE = "Hjørring Kommune - Aftale om virksomhedspraktik"
# (field name, label, kind): "Tx" text, "Ch" combo box, "Btn" check box
FIELDS = [
    ("cpr", "CPR-nummer", "Tx"),
    ("navn", "Borgerens navn", "Tx"),
    ("virksomhed", "Virksomhed", "Tx"),
    ("cvr", "CVR-nummer", "Tx"),
    ("arbejdssted", "Arbejdssted", "Tx"),
    ("pnr", "P-nummer", "Tx"),
    ("startdato", "Startdato", "Tx"),
    ("slutdato", "Slutdato", "Tx"),
    ("timer", "Timer pr. uge", "Tx"),
    ("ydelse", "Ydelse", "Tx"),
    ("visitation", "Visitation", "Ch"),
    ("mentor", "Mentor", "Tx"),
    ("mentor_jc", "Mentor er ansat i jobcentret", "Btn"),
    ("sagsbehandler", "Sagsbehandler", "Tx"),
    ("email", "E-mail", "Tx"),
    ("telefon", "Telefon", "Tx"),
    ("formaal", "Formål med praktikken", "Tx"),
]
VISITATION = ["Jobparat", "Aktivitetsparat", "Uddannelsesparat"]
# the service's values: its dates f"{day:%d-%m-%Y}", the hours a Decimal's str, the box its on-state's name
VALUES = {
    "cpr": "120388-4127",
    "navn": "Mette Ølgaard Kjærsgaard",
    "virksomhed": "Hirtshals Fiskeindustri & Søn ApS",
    "cvr": "DK31457211",
    "arbejdssted": "Hirtshals Havn, Nordsøvej 12",
    "pnr": "1019857342",
    "startdato": "07-06-2027",
    "slutdato": "27-08-2027",
    "timer": "22.50",
    "ydelse": "Kontanthjælp",
    "visitation": "Aktivitetsparat",
    "mentor": "Søren Bødtker",
    "mentor_jc": "/Ja",
    "sagsbehandler": "Anne-Grethe Østergård",
    "email": "AGO@hjoerring.example.dk",
    "telefon": "72 33 33 33",
    "formaal": (
        "Afklaring af arbejdsevne i fiskeindustrien.\nMette prøver pakning & kvalitetskontrol (2 uger)."
    ),
}


def _text(value: str) -> str:
    """A literal string for a content stream in WinAnsi, as the labels are drawn."""
    raw = value.encode("cp1252")
    kept = (chr(b) if 32 <= b < 127 and chr(b) not in "()\\" else f"\\{b:03o}" for b in raw)
    return "(" + "".join(kept) + ")"


def _stream(writer: PdfWriter, data: bytes, extra: dict | None = None) -> object:
    stream = DecodedStreamObject()
    stream.set_data(data)
    for key, value in (extra or {}).items():
        stream[NameObject(key)] = value
    return writer._add_object(stream)


def _rect(*numbers: float) -> ArrayObject:
    return ArrayObject(FloatObject(n) for n in numbers)


def blank() -> bytes:
    """The empty form, drawn by the service with PyPDF2's objects."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    helv = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    zadb = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/ZapfDingbats"),
            }
        )
    )
    fonts = DictionaryObject({NameObject("/Helv"): helv, NameObject("/ZaDb"): zadb})
    lines = [f"BT /Helv 14 Tf 50 790 Td {_text(TITLE)} Tj ET"]
    annots = ArrayObject()
    y = 740.0
    for name, label, kind in FIELDS:
        tall = name == "formaal"
        lines.append(f"BT /Helv 10 Tf 50 {y + 6:.0f} Td {_text(label)} Tj ET")
        top = y + 20
        bottom = y - 30 if tall else y
        right = 222 if kind == "Btn" else 545
        lines.append(f"0.6 G 0.5 w 210 {bottom:.0f} {right - 210:.0f} {top - bottom:.0f} re S")
        field = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject(f"/{kind}"),
                NameObject("/T"): TextStringObject(name),
                NameObject("/TU"): TextStringObject(label),
                NameObject("/Rect"): _rect(210, bottom, right, top),
                NameObject("/F"): NumberObject(4),
                NameObject("/P"): writer._root_object["/Pages"]["/Kids"][0],
            }
        )
        if kind == "Btn":
            box = b"q 0 g BT /ZaDb 10 Tf 2 4 Td (4) Tj ET Q"
            resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/ZaDb"): zadb})})
            on = _stream(writer, box, {"/BBox": _rect(0, 0, 12, 20), "/Resources": resources})
            off = _stream(writer, b"", {"/BBox": _rect(0, 0, 12, 20)})
            field[NameObject("/AP")] = DictionaryObject(
                {NameObject("/N"): DictionaryObject({NameObject("/Ja"): on, NameObject("/Off"): off})}
            )
            field[NameObject("/AS")] = NameObject("/Off")
            field[NameObject("/V")] = NameObject("/Off")
            field[NameObject("/DA")] = TextStringObject("/ZaDb 10 Tf 0 g")
        else:
            field[NameObject("/DA")] = TextStringObject("/Helv 10 Tf 0 g")
        if kind == "Ch":
            field[NameObject("/Ff")] = NumberObject(1 << 17)  # a combo box
            field[NameObject("/Opt")] = ArrayObject(TextStringObject(o) for o in VISITATION)
        if tall:
            field[NameObject("/Ff")] = NumberObject(1 << 12)  # multiline
        annots.append(writer._add_object(field))
        y -= 70 if tall else 38
    page[NameObject("/Contents")] = _stream(writer, "\n".join(lines).encode("ascii"))
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    page[NameObject("/Annots")] = annots
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Fields"): ArrayObject(annots),
                NameObject("/DR"): DictionaryObject({NameObject("/Font"): fonts}),
                NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
                NameObject("/NeedAppearances"): BooleanObject(False),
            }
        )
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def filled(variant: bool) -> bytes:
    """The form filled as PyPDF2's documentation shows (or, the variant, the whole document cloned)."""
    reader = PdfReader(io.BytesIO(blank()))
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    if variant:  # the answer found on the net to "my fields do not show": the reader's form put back
        writer._root_object[NameObject("/AcroForm")] = reader.trailer["/Root"].raw_get("/AcroForm")
    writer.update_page_form_field_values(writer.pages[0], VALUES)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


if __name__ == "__main__":
    with open(sys.argv[1], "wb") as file:
        file.write(filled(sys.argv[2:] == ["variant"]))
