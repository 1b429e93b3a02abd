"""Horsens's placement agreement, as its job centre's small Python tool writes it with pypdf (7.x).

Run by `tools/make_fixtures_onboarding_fiftieth.py` with the interpreter that has pypdf; writes the PDF
to stdout. pypdf has no call that makes a field: the tool draws the letter's labels in a content stream
of its own and builds the /AcroForm and each Widget annotation from pypdf's generic objects
(`DictionaryObject`, `NameObject`, `ArrayObject`, `TextStringObject`, `NumberObject`, `FloatObject`), as
a small tool does. It sets `/NeedAppearances true` instead of drawing the text fields' values (a viewer
draws them); only the buttons are drawn, since a button without its states shows nothing: the benefit a
radio group whose states are the option's index (`/0` ... `/3`) with the words in the group's `/Opt`, the
mentor's employer one check box on as `/Ja`, and the visitation a combo box whose options are pairs of
export value and shown word.
"""

from __future__ import annotations

import io
import sys

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

# The case as the caseworker typed it into the tool (the invented citizen of Horsens, 615).
TEXT = [
    # (field name, label printed left of it, value)
    ("borger_navn", "Borgerens navn", "Jonas Kjærgaard Holm"),
    ("borger_cpr", "CPR-nr.", "230591-2467"),
    ("virk_navn", "Virksomhed", "Horsens Træ & Byg ApS"),
    ("virk_cvr", "CVR-nr.", "39182645"),
    ("sted_navn", "Praktiksted", "Tømrerværkstedet, Vejlevej 41, 8700 Horsens"),
    ("sted_pnr", "P-nummer", "1017 345 682"),
    ("periode_fra", "Første dag", "05.04.2027"),
    ("periode_til", "Sidste dag", "27.06.2027"),
    ("timer_uge", "Timer pr. uge", "18,5"),
    ("mentor_navn", "Mentor", "Karsten Bach"),
    ("sb_navn", "Sagsbehandler", "Pernille Vinther Dahl"),
    ("sb_mail", "E-mail", "pvd@horsens.example.dk"),
    ("sb_tlf", "Telefon", "76 29 29 29"),
]
PURPOSE = (
    "formaal",
    "Formål",
    "Afklaring af skånebehov i tømrerfaget\nog opbygning af arbejdstid til 18,5 timer",
)
BENEFITS = ["Kontanthjælp", "Sygedagpenge", "Ledighedsydelse", "Ressourceforløbsydelse"]
BENEFIT = 0  # the index chosen: its state is /0
VISITATIONS = [
    ("jobparat", "Jobparat"),
    ("aktivitetsparat", "Aktivitetsparat"),
    ("uddannelsesparat", "Uddannelsesparat"),
]
VISITATION = "aktivitetsparat"
MENTOR_AT_COMPANY = True

LEFT, FIELD_X, WIDTH, ROW = 56, 200, 340, 24
FRAME = b"0 G 0.5 w 0.5 0.5 11 11 re S\n"  # a button's frame, drawn on and off


def mark(glyph: bytes) -> bytes:
    """A button's on state: ZapfDingbats' glyph (`l` a dot, `4` a tick) inside its frame."""
    return b"q 0 g BT /ZaDb 9 Tf 1.5 2.5 Td (" + glyph + b") Tj ET Q\n" + FRAME


def text(x: float, y: float, words: str, size: int = 10) -> bytes:
    """A line of Helvetica in WinAnsi (the labels' Danish letters are cp1252's bytes)."""
    escaped = words.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"BT /F1 %d Tf %g %g Td (" % (size, x, y) + escaped + b") Tj ET\n"


def stream(
    writer: PdfWriter, content: bytes, box: tuple[float, float], resources: DictionaryObject | None
) -> object:
    """An appearance stream (a form XObject) of the widget's size."""
    xobject = DecodedStreamObject()
    xobject.set_data(content)
    xobject[NameObject("/Type")] = NameObject("/XObject")
    xobject[NameObject("/Subtype")] = NameObject("/Form")
    corners = [NumberObject(0), NumberObject(0), FloatObject(box[0]), FloatObject(box[1])]
    xobject[NameObject("/BBox")] = ArrayObject(corners)
    if resources is not None:
        xobject[NameObject("/Resources")] = resources
    return writer._add_object(xobject)


def rect(x: float, y: float, w: float, h: float) -> ArrayObject:
    """A widget's rectangle."""
    return ArrayObject([FloatObject(x), FloatObject(y), FloatObject(x + w), FloatObject(y + h)])


def main() -> None:
    """Write the agreement to stdout."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    helvetica = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    dingbats = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/ZapfDingbats"),
        }
    )
    font_ref, dingbats_ref = writer._add_object(helvetica), writer._add_object(dingbats)
    fonts = DictionaryObject({NameObject("/Helv"): font_ref, NameObject("/ZaDb"): dingbats_ref})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
    )
    marks = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/ZaDb"): dingbats_ref})})

    content = text(LEFT, 790, "Horsens Kommune, Jobcenter Horsens", 10)
    content += text(LEFT, 765, "Aftale om virksomhedspraktik", 16)
    annots, fields = ArrayObject(), ArrayObject()

    def add(widget: DictionaryObject) -> None:
        widget[NameObject("/Type")] = NameObject("/Annot")
        widget[NameObject("/Subtype")] = NameObject("/Widget")
        widget[NameObject("/F")] = NumberObject(4)
        widget[NameObject("/P")] = page.indirect_reference
        ref = writer._add_object(widget)
        annots.append(ref)
        fields.append(ref)

    y = 730
    for name, label, value in TEXT:
        content += text(LEFT, y + 4, label)
        add(
            DictionaryObject(
                {
                    NameObject("/FT"): NameObject("/Tx"),
                    NameObject("/T"): TextStringObject(name),
                    NameObject("/V"): TextStringObject(value),
                    NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
                    NameObject("/Rect"): rect(FIELD_X, y, WIDTH, 16),
                }
            )
        )
        y -= ROW

    # the benefit: a radio group, a button a line, each state the option's index, the words in /Opt
    content += text(LEFT, y + 4, "Ydelse")
    group = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Btn"),
            NameObject("/Ff"): NumberObject(49152),  # radio, no toggle to off
            NameObject("/T"): TextStringObject("ydelse"),
            NameObject("/V"): NameObject(f"/{BENEFIT}"),
            NameObject("/Opt"): ArrayObject([TextStringObject(word) for word in BENEFITS]),
        }
    )
    group_ref = writer._add_object(group)
    kids = ArrayObject()
    for index, word in enumerate(BENEFITS):
        content += text(FIELD_X + 18, y + 3, word)
        on, off = stream(writer, mark(b"l"), (12, 12), marks), stream(writer, FRAME, (12, 12), None)
        state = NameObject(f"/{index}")
        kid = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/F"): NumberObject(4),
                NameObject("/P"): page.indirect_reference,
                NameObject("/Parent"): group_ref,
                NameObject("/Rect"): rect(FIELD_X, y, 12, 12),
                NameObject("/AS"): state if index == BENEFIT else NameObject("/Off"),
                NameObject("/AP"): DictionaryObject(
                    {NameObject("/N"): DictionaryObject({state: on, NameObject("/Off"): off})}
                ),
                NameObject("/MK"): DictionaryObject({NameObject("/CA"): TextStringObject("l")}),
            }
        )
        kid_ref = writer._add_object(kid)
        kids.append(kid_ref)
        annots.append(kid_ref)
        y -= 18
    group[NameObject("/Kids")] = kids
    fields.append(group_ref)
    y -= 6

    # the visitation: a combo box of (export value, shown word) pairs
    content += text(LEFT, y + 4, "Visitation")
    add(
        DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Ch"),
                NameObject("/Ff"): NumberObject(131072),  # a combo box
                NameObject("/T"): TextStringObject("visitation"),
                NameObject("/V"): TextStringObject(VISITATION),
                NameObject("/Opt"): ArrayObject(
                    [ArrayObject([TextStringObject(k), TextStringObject(v)]) for k, v in VISITATIONS]
                ),
                NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
                NameObject("/Rect"): rect(FIELD_X, y, 160, 16),
            }
        )
    )
    y -= ROW

    # the mentor's employer: one box, its statement right of it
    content += text(FIELD_X + 18, y + 3, "Mentor er ansat i virksomheden")
    on, off = stream(writer, mark(b"4"), (12, 12), marks), stream(writer, FRAME, (12, 12), None)
    ticked = NameObject("/Ja") if MENTOR_AT_COMPANY else NameObject("/Off")
    add(
        DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Btn"),
                NameObject("/T"): TextStringObject("mentor_virk"),
                NameObject("/V"): ticked,
                NameObject("/AS"): ticked,
                NameObject("/Rect"): rect(FIELD_X, y, 12, 12),
                NameObject("/AP"): DictionaryObject(
                    {NameObject("/N"): DictionaryObject({NameObject("/Ja"): on, NameObject("/Off"): off})}
                ),
                NameObject("/MK"): DictionaryObject({NameObject("/CA"): TextStringObject("4")}),
            }
        )
    )
    y -= ROW + 16

    name, label, value = PURPOSE
    content += text(LEFT, y + 28, label)
    add(
        DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/Ff"): NumberObject(4096),  # multiline
                NameObject("/T"): TextStringObject(name),
                NameObject("/V"): TextStringObject(value),
                NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
                NameObject("/Rect"): rect(FIELD_X, y, WIDTH, 40),
            }
        )
    )

    body = DecodedStreamObject()
    body.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(body)
    page[NameObject("/Annots")] = annots
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Fields"): fields,
                NameObject("/NeedAppearances"): BooleanObject(True),
                NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
                NameObject("/DR"): DictionaryObject({NameObject("/Font"): fonts}),
            }
        )
    )
    # no creation date (each run the same bytes); pypdf names itself the producer
    out = io.BytesIO()
    writer.write(out)
    sys.stdout.buffer.write(out.getvalue())


if __name__ == "__main__":
    main()
