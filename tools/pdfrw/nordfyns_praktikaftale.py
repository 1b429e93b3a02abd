"""Nordfyns Kommune's placement agreement as its job centre's small in-house tool writes it with pdfrw
(0.4): the page's text, the AcroForm and every widget built by hand from PdfDict, PdfName and PdfArray.
Run by `tools/make_fixtures_onboarding_fortyfourth.py` with a python that has pdfrw: `python
nordfyns_praktikaftale.py OUT.pdf`.

The tool's choices, as such a tool makes them: the fields named in a hierarchy (`borger.cpr`: a parent
field `borger` whose kids are the widgets), text fields with their values and no appearance (the AcroForm
asks the viewer to draw them, `/NeedAppearances true`), the benefit and the visitation radio groups whose
states are the tool's own short names (`/KH`, `/0`), the mentor's employer a check box whose on state is
`/Ja`; each button with its on and off appearance, a cross or a dot in a box drawn in its own stream.
"""

import sys
from typing import Any

from pdfrw import PdfArray, PdfDict, PdfName, PdfObject, PdfString, PdfWriter

CASE: dict[str, Any] = {
    "borger": {"cpr": "230688-1457", "navn": "Sofie Lund Kjeldsen"},
    "virksomhed": {"navn": "Bogense Maskinstation ApS", "cvr": "38 16 49 29"},
    "arbejdssted": {"navn": "Bogense Maskinstation, Østre Havnevej 4", "pnr": "1019283746"},
    "periode": {"start": "16-11-2026", "slut": "12-02-2027"},
    "timer": "25",
    "mentor": {"navn": "Jens Ørum Hviid"},
    "sagsbehandler": {
        "navn": "Karen Søgaard Bech",
        "email": "KSB@nordfyns.example.dk",
        "telefon": "64 82 82 82",
    },
    "formaal": "Afprøvning af arbejdsfunktioner på værkstedet og i marken.",
}
BENEFITS = [
    ("KH", "Kontanthjælp"),
    ("UH", "Uddannelseshjælp"),
    ("SD", "Sygedagpenge"),
    ("LY", "Ledighedsydelse"),
]
VISITATIONS = ["Jobparat", "Aktivitetsparat", "Uddannelsesparat"]
CHOSEN_BENEFIT, CHOSEN_VISITATION, MENTOR_IN_COMPANY = "KH", 1, True

HELV = PdfDict(
    Type=PdfName.Font, Subtype=PdfName.Type1, BaseFont=PdfName.Helvetica, Encoding=PdfName.WinAnsiEncoding
)
HELV.indirect = True
ZADB = PdfDict(Type=PdfName.Font, Subtype=PdfName.Type1, BaseFont=PdfName.ZapfDingbats)
ZADB.indirect = True


def stream(text, width, height, font=None):
    """An appearance: a form XObject `width` by `height` drawing `text`."""
    resources = PdfDict(Font=PdfDict(ZaDb=font)) if font is not None else PdfDict()
    xobject = PdfDict(Type=PdfName.XObject, Subtype=PdfName.Form, BBox=PdfArray([0, 0, width, height]))
    xobject.Resources = resources
    xobject.stream = text
    xobject.indirect = True
    return xobject


def box(on):
    """A check box's or radio button's look, 12 by 12: a frame, and in the on state a check mark."""
    frame = "0 g 0.5 w 0.5 0.5 11 11 re S"
    if not on:
        return stream(frame, 12, 12)
    return stream(frame + " BT /ZaDb 9 Tf 2 2.5 Td (4) Tj ET", 12, 12, ZADB)


class Page:
    """The page being laid out: its text, its widgets, the form's top-level fields."""

    def __init__(self):
        self.text, self.annots, self.fields, self.y = [], [], [], 770

    def say(self, x, y, size, words):
        escaped = words.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        self.text.append(f"BT /F1 {size} Tf {x} {y} Td ({escaped}) Tj ET")

    def heading(self, words):
        self.y -= 26
        self.say(50, self.y, 12, words)

    def text_field(self, parent, name, label, value, multiline=False):
        """A labelled text field, a kid of `parent` (a field of its own when `parent` is None)."""
        self.y -= 22
        self.say(60, self.y + 4, 10, label)
        widget = PdfDict(Type=PdfName.Annot, Subtype=PdfName.Widget, FT=PdfName.Tx, F=4)
        widget.indirect = True
        widget.T = PdfString.encode(name)
        widget.V = PdfString.encode(value)
        widget.Rect = PdfArray([200, self.y, 540, self.y + 16])
        widget.DA = PdfString.encode("/Helv 10 Tf 0 g")
        widget.MK = PdfDict(BC=PdfArray([0.5]))
        if multiline:
            widget.Ff = 4096
        self.annots.append(widget)
        if parent is None:
            self.fields.append(widget)
        else:
            widget.Parent = parent
            parent.Kids.append(widget)

    def parent(self, name):
        field = PdfDict(T=PdfString.encode(name), Kids=PdfArray([]))
        field.indirect = True
        self.fields.append(field)
        return field

    def radio_group(self, name, label, states, chosen):
        """A radio group: one button a state, each with the word it stands for printed right of it."""
        self.y -= 22
        self.say(60, self.y + 3, 10, label)
        group = PdfDict(FT=PdfName.Btn, Ff=49152, T=PdfString.encode(name), Kids=PdfArray([]))
        group.V = PdfName(chosen)
        group.indirect = True
        x = 200
        for state, words in states:
            button = PdfDict(Type=PdfName.Annot, Subtype=PdfName.Widget, F=4, Parent=group)
            button.indirect = True
            button.Rect = PdfArray([x, self.y, x + 12, self.y + 12])
            button.AP = PdfDict(N=PdfDict())
            button.AP.N[PdfName(state)] = box(True)
            button.AP.N.Off = box(False)
            button.AS = PdfName(state) if state == chosen else PdfName.Off
            button.MK = PdfDict(CA=PdfString.encode("l"))
            self.say(x + 16, self.y + 3, 9, words)
            group.Kids.append(button)
            self.annots.append(button)
            x += 22 + 5 * len(words)
        self.fields.append(group)

    def check_box(self, parent, name, label, on):
        self.y -= 22
        self.say(60, self.y + 3, 10, label)
        widget = PdfDict(Type=PdfName.Annot, Subtype=PdfName.Widget, FT=PdfName.Btn, F=4, Parent=parent)
        widget.indirect = True
        widget.T = PdfString.encode(name)
        widget.Rect = PdfArray([230, self.y, 242, self.y + 12])
        widget.AP = PdfDict(N=PdfDict(Ja=box(True), Off=box(False)))
        widget.V = widget.AS = PdfName.Ja if on else PdfName.Off
        parent.Kids.append(widget)
        self.annots.append(widget)


def main(out):
    page = Page()
    page.say(50, 800, 15, "Nordfyns Kommune - Aftale om virksomhedspraktik")
    page.say(50, 784, 9, "Jobcenter Nordfyn, Rådhuspladsen 2, 5400 Bogense")
    page.heading("Borger")
    borger = page.parent("borger")
    page.text_field(borger, "cpr", "CPR-nummer", CASE["borger"]["cpr"])
    page.text_field(borger, "navn", "Navn", CASE["borger"]["navn"])
    page.heading("Virksomhed")
    virksomhed = page.parent("virksomhed")
    page.text_field(virksomhed, "navn", "Virksomhedens navn", CASE["virksomhed"]["navn"])
    page.text_field(virksomhed, "cvr", "CVR-nummer", CASE["virksomhed"]["cvr"])
    arbejdssted = page.parent("arbejdssted")
    page.text_field(arbejdssted, "navn", "Arbejdssted", CASE["arbejdssted"]["navn"])
    page.text_field(arbejdssted, "pnr", "P-nummer", CASE["arbejdssted"]["pnr"])
    page.heading("Praktikken")
    periode = page.parent("periode")
    page.text_field(periode, "start", "Første praktikdag", CASE["periode"]["start"])
    page.text_field(periode, "slut", "Sidste praktikdag", CASE["periode"]["slut"])
    page.text_field(None, "timer", "Timer pr. uge", CASE["timer"])
    page.radio_group("ydelse", "Ydelse", BENEFITS, CHOSEN_BENEFIT)
    page.radio_group(
        "visitation", "Visitation", [(str(i), w) for i, w in enumerate(VISITATIONS)], str(CHOSEN_VISITATION)
    )
    page.text_field(None, "formaal", "Formål", CASE["formaal"], multiline=True)
    page.heading("Mentor")
    mentor = page.parent("mentor")
    page.text_field(mentor, "navn", "Mentorens navn", CASE["mentor"]["navn"])
    page.check_box(mentor, "virksomhed", "Mentor er ansat i virksomheden", MENTOR_IN_COMPANY)
    page.heading("Sagsbehandler")
    sagsbehandler = page.parent("sagsbehandler")
    for key, label in (("navn", "Navn"), ("email", "E-mail"), ("telefon", "Telefon")):
        page.text_field(sagsbehandler, key, label, CASE["sagsbehandler"][key])

    content = PdfDict()
    content.stream = "\n".join(page.text)
    pdf_page = PdfDict(Type=PdfName.Page, MediaBox=PdfArray([0, 0, 595, 842]), Contents=content)
    pdf_page.indirect = True
    pdf_page.Resources = PdfDict(Font=PdfDict(F1=HELV))
    pdf_page.Annots = PdfArray(page.annots)
    for widget in page.annots:
        widget.P = pdf_page
    writer = PdfWriter(out)
    writer.addpage(pdf_page)
    writer.trailer.Root.AcroForm = PdfDict(
        Fields=PdfArray(page.fields),
        NeedAppearances=PdfObject("true"),
        DA=PdfString.encode("/Helv 0 Tf 0 g"),
        DR=PdfDict(Font=PdfDict(Helv=HELV, ZaDb=ZADB)),
    )
    writer.trailer.Info = PdfDict(Producer=PdfString.encode("Jobcenter Nordfyn aftaler 2.3 (pdfrw 0.4)"))
    writer.write()


if __name__ == "__main__":
    main(sys.argv[1])
