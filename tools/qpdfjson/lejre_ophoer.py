"""Lejre's end of placement form, as its job centre's small tool makes it through qpdf's JSON (qpdf 11).

Run by `tools/make_fixtures_onboarding_fortyninth.py` (python3 and qpdf only) with a working folder:
the tool keeps its letter as a plain one-page PDF (made here, as the tool's first run did, from qpdf JSON
of one page, its labels drawn in Helvetica), and for each case reads that page with `qpdf --json-output`,
adds an /AcroForm and its Widget annotations to the JSON with the case's values and an appearance stream
for each (text drawn as a viewer would; each radio button's on and off states), and writes the form back
with `qpdf --json-input`, object streams and a cross-reference stream as qpdf writes them.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

# The case's values, typed into the tool by the caseworker (the invented citizen of Lejre, 350).
CASE = {
    "CPR": "140288-1937",
    "Navn": "Sofie Bæk Lindholm",
    "Praktiksted": "Lejre Planteskole ApS",
    "Pnr": "1023456789",
    "Sidste_dag": "12. marts 2027",
    "Bemaerkninger": (
        "Borgeren ansættes i fleksjob hos Lejre Planteskole\nfra 15. marts 2027, 16 timer om ugen."
    ),
}
CHOSEN = "Fleksjob"
# The radio group's states (the tool's short words) and the words printed right of each button.
STATES = [
    ("Ordinaer", "Ordinær ansættelse"),
    ("Uddannelse", "Uddannelse"),
    ("Fleksjob", "Fleksjob"),
    ("Rehabilitering", "Rehabiliteringsteam"),
    ("Kommunalt", "Andet kommunalt tilbud"),
    ("AndenPraktik", "Praktik i anden virksomhed"),
    ("Sygdom", "Langvarig sygdom"),
    ("Andet", "Andet ophør"),
]
# Each text field: its label on the page, the label's baseline and the field's box.
TEXTS = [
    ("CPR", "CPR-nummer", 688, (200, 682, 380, 700)),
    ("Navn", "Navn", 664, (200, 658, 540, 676)),
    ("Praktiksted", "Virksomhedens navn", 604, (200, 598, 540, 616)),
    ("Pnr", "P-nummer", 580, (200, 574, 380, 592)),
    ("Sidste_dag", "Sidste praktikdag", 520, (200, 514, 380, 532)),
]
NOTE_BOX = (56, 170, 540, 230)


def _pdf_text(text: str) -> str:
    """A PDF string literal of WinAnsi text (parentheses and backslashes escaped)."""
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _stream(content: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A qpdf JSON stream of WinAnsi content, unfiltered (qpdf compresses it when it writes)."""
    data = base64.b64encode(content.encode("cp1252")).decode("ascii")
    return {"stream": {"dict": dict(extra or {}), "data": data}}


def plain_page() -> dict[str, Any]:
    """qpdf JSON of the letter's plain page: labels and headings, no fields."""
    lines = [
        "BT /F1 16 Tf 56 780 Td (Lejre Kommune) Tj ET",
        "BT /F1 10 Tf 56 764 Td (Jobcenter Lejre, Møllebjergvej 4, 4330 Hvalsø) Tj ET",
        "BT /F2 14 Tf 56 730 Td (Ophør af virksomhedspraktik) Tj ET",
        "BT /F2 11 Tf 56 708 Td (1. Borgeren) Tj ET",
        "BT /F2 11 Tf 56 624 Td (2. Praktikstedet) Tj ET",
        "BT /F2 11 Tf 56 544 Td (3. Ophøret) Tj ET",
        "BT /F1 10 Tf 56 490 Td (Borgeren overgår til \\(sæt ét kryds\\)) Tj ET",
        "BT /F1 10 Tf 56 240 Td (Bemærkninger) Tj ET",
        "BT /F1 8 Tf 56 120 Td (Sendes til Jobcenter Lejre senest 5 dage efter sidste praktikdag.) Tj ET",
    ]
    for _, label, baseline, _box in TEXTS:
        lines.append(f"BT /F1 10 Tf 56 {baseline} Td {_pdf_text(label)} Tj ET")
    for i, (_, words) in enumerate(STATES):
        x, y = (74 + 250 * (i % 2), 466 - 22 * (i // 2))
        lines.append(f"BT /F1 10 Tf {x} {y} Td {_pdf_text(words)} Tj ET")
    font = {"/Type": "/Font", "/Subtype": "/Type1", "/Encoding": "/WinAnsiEncoding"}
    objects = {
        "obj:1 0 R": {"value": {"/Type": "/Catalog", "/Pages": "2 0 R"}},
        "obj:2 0 R": {"value": {"/Type": "/Pages", "/Kids": ["3 0 R"], "/Count": 1}},
        "obj:3 0 R": {
            "value": {
                "/Type": "/Page",
                "/Parent": "2 0 R",
                "/MediaBox": [0, 0, 595, 842],
                "/Resources": {"/Font": {"/F1": "5 0 R", "/F2": "6 0 R"}},
                "/Contents": "4 0 R",
            }
        },
        "obj:4 0 R": _stream("\n".join(lines) + "\n"),
        "obj:5 0 R": {"value": {**font, "/BaseFont": "/Helvetica"}},
        "obj:6 0 R": {"value": {**font, "/BaseFont": "/Helvetica-Bold"}},
        "trailer": {"value": {"/Root": "1 0 R", "/Size": 7}},
    }
    header = {"jsonversion": 2, "pdfversion": "1.7", "pushedinheritedpageresources": False}
    header |= {"calledgetallpages": False, "maxobjectid": 6}
    return {"qpdf": [header, objects]}


class Adding:
    """Objects added to a qpdf JSON document, numbered after its last."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.header, self.objects = document["qpdf"]
        self.next = int(self.header["maxobjectid"]) + 1

    def add(self, obj: dict[str, Any]) -> str:
        """The new object's reference."""
        ref = f"{self.next} 0 R"
        self.objects[f"obj:{ref}"] = obj
        self.next += 1
        self.header["maxobjectid"] = self.next - 1
        return ref


def _form_xobject(width: float, height: float, body: str, fonts: dict[str, str]) -> dict[str, Any]:
    """An appearance stream: a form XObject of `body` drawn with `fonts` (resource name to reference)."""
    extra: dict[str, Any] = {"/Type": "/XObject", "/Subtype": "/Form", "/BBox": [0, 0, width, height]}
    if fonts:
        extra["/Resources"] = {"/Font": fonts}
    return _stream(body, extra)


def add_fields(document: dict[str, Any]) -> dict[str, Any]:
    """The form: the plain page's JSON with the AcroForm, its widgets, values and appearances added."""
    adding = Adding(document)
    winansi = {"/Type": "/Font", "/Subtype": "/Type1", "/Encoding": "/WinAnsiEncoding"}
    helv = adding.add({"value": {**winansi, "/BaseFont": "/Helvetica"}})
    zadb = adding.add({"value": {"/Type": "/Font", "/Subtype": "/Type1", "/BaseFont": "/ZapfDingbats"}})
    page_ref = "3 0 R"
    widgets: list[str] = []
    fields: list[str] = []

    def text_field(name: str, box: tuple[float, ...], multiline: bool = False) -> None:
        width, height = box[2] - box[0], box[3] - box[1]
        value = CASE[name]
        # the first line 13 points under the box's top, each next one 12 points lower
        moves = [f"2 {height - 13}", *["0 -12"] * value.count("\n")]
        lines = zip(moves, value.split("\n"), strict=True)
        drawn = " ".join(f"{move} Td {_pdf_text(line)} Tj" for move, line in lines)
        body = f"/Tx BMC q BT /Helv 10 Tf 0 g {drawn} ET Q EMC\n"
        ap = adding.add(_form_xobject(width, height, body, {"/Helv": helv}))
        widget = {
            "/Type": "/Annot", "/Subtype": "/Widget", "/FT": "/Tx", "/T": f"u:{name}", "/V": f"u:{value}",
            "/Rect": list(box), "/P": page_ref, "/F": 4, "/DA": "u:/Helv 10 Tf 0 g",
            "/MK": {"/BC": [0.4], "/BG": [1]}, "/AP": {"/N": ap},
        }  # fmt: skip
        if multiline:
            widget["/Ff"] = 4096
        ref = adding.add({"value": widget})
        widgets.append(ref)
        fields.append(ref)

    for name, _label, _baseline, box in TEXTS:
        text_field(name, box)
    text_field("Bemaerkninger", NOTE_BOX, multiline=True)

    group = adding.add(
        {"value": {"/FT": "/Btn", "/Ff": 49152, "/T": "u:Overgang", "/V": f"/{CHOSEN}", "/Kids": []}}
    )
    frame = "q 0.5 w 0 G 0.5 0.5 11 11 re S Q\n"  # the button's frame, drawn in both states
    on_body = frame + "q 0 g BT /ZaDb 9 Tf 1.6 2.4 Td (l) Tj ET Q\n"
    for i, (state, _words) in enumerate(STATES):
        x, y = (56 + 250 * (i % 2), 463 - 22 * (i // 2))
        on = _form_xobject(12, 12, on_body, {"/ZaDb": zadb})
        off = _form_xobject(12, 12, frame, {})
        kid = {
            "/Type": "/Annot", "/Subtype": "/Widget", "/Parent": group, "/Rect": [x, y, x + 12, y + 12],
            "/P": page_ref, "/F": 4, "/MK": {"/BC": [0], "/CA": "u:l"},
            "/AP": {"/N": {f"/{state}": adding.add(on), "/Off": adding.add(off)}},
            "/AS": f"/{state}" if state == CHOSEN else "/Off",
        }  # fmt: skip
        ref = adding.add({"value": kid})
        adding.objects[f"obj:{group}"]["value"]["/Kids"].append(ref)
        widgets.append(ref)
    fields.append(group)

    form = {"/Fields": fields, "/DA": "u:/Helv 10 Tf 0 g", "/DR": {"/Font": {"/Helv": helv, "/ZaDb": zadb}}}
    catalog = adding.objects["obj:1 0 R"]["value"]
    catalog["/AcroForm"] = adding.add({"value": form})
    adding.objects[f"obj:{page_ref}"]["value"]["/Annots"] = widgets
    adding.objects["trailer"]["value"]["/Size"] = adding.next
    return document


def run(work: Path) -> bytes:
    """Makes the plain page, then the form from it, in `work`; the form's bytes."""

    def qpdf(*args: str) -> None:
        subprocess.run(["qpdf", *args], cwd=work, check=True, timeout=120, capture_output=True)

    (work / "plain.json").write_text(json.dumps(plain_page(), ensure_ascii=False), encoding="utf-8")
    qpdf("--deterministic-id", "--json-input", "plain.json", "plain.pdf")
    qpdf("--json-output", "--json-stream-data=inline", "plain.pdf", "read.json")
    document = json.loads((work / "read.json").read_text(encoding="utf-8"))
    (work / "form.json").write_text(json.dumps(add_fields(document), ensure_ascii=False), encoding="utf-8")
    qpdf("--deterministic-id", "--object-streams=generate", "--json-input", "form.json", "ophoer.pdf")
    return (work / "ophoer.pdf").read_bytes()


if __name__ == "__main__":
    sys.stdout.buffer.write(run(Path(sys.argv[1])))
