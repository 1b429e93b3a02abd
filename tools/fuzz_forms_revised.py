"""Mutators of `tools.fuzz_forms` (decision 0064, stop 67) that write the seed otherwise in ways no
earlier stop tried, each read as its seed or, where said, refused:

- `pdf/revised`: one field of any kind (a check box, a radio group with every widget of its name, a
  drop-down, a text) saved at another state, changed again in an incremental update, and given back the
  seed's state in a second one: the form as its last revision says is the seed (`SAME`). `incremental`
  and `objstm` change a text field's value only; a box's or a list's state is its widgets' too (`/AS`).
- `xml/declared`: a byte order mark and a declaration naming another encoding than the mark's (XML 1.0
  section 4.3.3 makes the pair an error): read as the seed or refused, never read in the declared
  encoding's characters (`SAME_OR_REFUSED`).
- `csv/line_ends`: the rows' line breaks made one kind (CR LF, LF or CR), another kind on one row, and
  none after the last: a quoted line break inside a cell is left as it is (`SAME`); in a file PHP's
  `fputcsv` wrote, a quote after a backslash is the cell's, as the hub reads it (stop 68).
"""

from __future__ import annotations

import random
import re

import pikepdf

from hub.adapters.readers.csv_php import is_php_text
from tools.fuzz_forms_csv import _delimiter
from tools.fuzz_forms_pdf import _open, _terminals, state_name
from tools.fuzz_forms_real_pdf import _classic
from tools.fuzz_forms_text import Mutator, xml_text

# --- PDF ---------------------------------------------------------------------------------------------

Place = tuple[int, int]  # a widget's page and its index in the page's /Annots


def _name(field: pikepdf.Object) -> str:
    """A field's whole name, its ancestors' partial names joined by dots."""
    parts = []
    at: pikepdf.Object | None = field
    while at is not None and "/T" in at:
        parts.append(str(at.T))
        at = at.get("/Parent")
    return ".".join(reversed(parts))


def _widgets(pdf: pikepdf.Pdf, name: str) -> list[Place]:
    """Where the widgets of a field of that whole name are: its own, its kids', and a field of the same
    name the form's list does not name (hyperref's radio buttons are three fields of one name)."""
    places = []
    for p, page in enumerate(pdf.pages):
        for i, annot in enumerate(page.get("/Annots", [])):
            owner = annot if "/T" in annot else annot.get("/Parent")
            if owner is not None and _name(owner) == name:
                places.append((p, i))
    return places


def _states(pdf: pikepdf.Pdf, places: list[Place]) -> list[str]:
    """The on states the widgets draw."""
    widgets = [_annot(pdf, place) for place in places]
    drawn = {str(n) for w in widgets if "/AP" in w and "/N" in w.AP for n in w.AP.N.keys()}
    return sorted(drawn - {"/Off"})


def _annot(pdf: pikepdf.Pdf, place: Place) -> pikepdf.Object:
    return pdf.pages[place[0]].Annots[place[1]]


def _set(pdf: pikepdf.Pdf, index: int, places: list[Place], value: pikepdf.Object) -> list[pikepdf.Object]:
    """The field (its index among the form's fields), each field of its name and their widgets given
    `value` (a button's widget drawn on where it draws that state, else off); the objects changed."""
    objects = _objects(pdf, index, places)
    for o in objects:
        if "/T" in o:
            o.V = value
        if "/AP" in o and str(o.get("/FT", _terminals(pdf)[index].get("/FT"))) == "/Btn":
            o.AS = value if value in o.AP.get("/N", {}) else pikepdf.Name.Off
    return objects


def _objects(pdf: pikepdf.Pdf, index: int, places: list[Place]) -> list[pikepdf.Object]:
    """The field and its widgets, each object once, in one order for the seed and the mutant."""
    seen: dict[tuple[int, int], pikepdf.Object] = {}
    for o in [_terminals(pdf)[index], *(_annot(pdf, p) for p in places)]:
        seen.setdefault(o.objgen, o)
    return list(seen.values())


def _others(pdf: pikepdf.Pdf, field: pikepdf.Object, places: list[Place]) -> list[pikepdf.Object]:
    """Values the field may hold other than its seed's: another state its widgets draw or off; another
    option's export value; another text field's value."""
    kind, now = field.get("/FT"), field.get("/V")
    if kind == "/Btn":
        return [state_name(s) for s in [*_states(pdf, places), "/Off"] if s != str(now)]
    if kind == "/Ch":
        options = [o[0] if isinstance(o, pikepdf.Array) else o for o in field.get("/Opt", [])]
        return [pikepdf.String(str(o)) for o in options if str(o) != str(now)]
    texts = {str(f.V) for f in _terminals(pdf) if isinstance(f.get("/V"), pikepdf.String)}
    return [pikepdf.String(t) for t in sorted(texts - {str(now)})]


def _update(data: bytes, pdf: pikepdf.Pdf, objects: list[pikepdf.Object]) -> bytes:
    """`data` with one incremental update appended: the objects again, a cross-reference section for them
    alone and a trailer pointing back at the previous one (/Prev)."""
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    body = data if data.endswith(b"\n") else data + b"\n"
    rows = []
    for o in sorted(objects, key=lambda o: o.objgen):
        number, generation = o.objgen
        rows.append(b"%d 1\n%010d %05d n \n" % (number, len(body), generation))
        body += b"%d %d obj\n" % (number, generation) + o.unparse(resolved=True) + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 1\n0000000000 65535 f \n" + b"".join(rows)
    trailer = pikepdf.Dictionary({k: v for k, v in pdf.trailer.items() if k not in ("/Prev", "/XRefStm")})
    trailer.Size, trailer.Prev = int(pdf.trailer.Size), prev
    return body + b"trailer\n" + trailer.unparse(resolved=True) + b"\nstartxref\n%d\n%%%%EOF\n" % xref


def pdf_revised(data: bytes, rng: random.Random) -> bytes | None:
    """One field saved at another state, changed again in an update, given back the seed's in a second."""
    pdf = _open(data)
    fields = _terminals(pdf) if "/AcroForm" in pdf.Root else []
    chosen = [(i, f) for i, f in enumerate(fields) if "/V" in f and "/T" in f]
    if not chosen:
        return None
    index, field = rng.choice(chosen)
    places = _widgets(pdf, _name(field))
    others = _others(pdf, field, places)
    if not others:
        return None
    first, second = rng.choice(others), rng.choice(others)
    _set(pdf, index, places, first)
    saved = _classic(pdf)  # pikepdf's note on widgets no list reaches (hyperref's buttons) silenced there
    pdf = _open(saved)
    once = _update(saved, pdf, _set(pdf, index, places, second))
    return _update(once, pdf, _restore(pdf, _open(data), index, places))


def _restore(pdf: pikepdf.Pdf, seed: pikepdf.Pdf, index: int, places: list[Place]) -> list[pikepdf.Object]:
    """The field and its widgets given the seed's `/V` and `/AS` (none where the seed had none)."""
    objects = _objects(pdf, index, places)
    for o, s in zip(objects, _objects(seed, index, places), strict=True):
        for key in ("/V", "/AS"):
            if key in s:
                o[key] = s[key]
            elif key in o:
                del o[key]
    return objects


# --- XML ---------------------------------------------------------------------------------------------

# A byte order mark and the encoding its document is written in, beside a declaration naming another:
# a UTF-8 mark declared Latin-1, Windows-1252, US-ASCII or UTF-16; a UTF-16 mark declared UTF-8 or
# Latin-1 (each mark's own encoding writes the body, as an editor that adds a mark writes it). Last, a
# UTF-8 mark put before a Windows-1252 file that says so (a tool that adds the mark without writing the
# text again): refused, the mark outweighing the declaration, saying which (`xml_encoding`).
MARKED = (("utf-8-sig", "ISO-8859-1"), ("utf-8-sig", "windows-1252"), ("utf-8-sig", "US-ASCII"),
          ("utf-8-sig", "UTF-16"), ("utf-16", "UTF-8"), ("utf-16", "ISO-8859-1"),
          ("utf-16-be", "UTF-8"), ("cp1252", "windows-1252"))  # fmt: skip
_DECLARATION = re.compile(r"^\ufeff?<\?xml[^>]*\?>\s*")


def xml_declared(data: bytes, rng: random.Random) -> bytes | None:
    """The document behind a byte order mark and a declaration naming another encoding than the mark's."""
    body = _DECLARATION.sub("", xml_text(data, "utf-8-sig"))
    written, declared = rng.choice(MARKED)
    text = f'<?xml version="1.0" encoding="{declared}"?>\n' + body
    if written == "utf-16-be":  # Python's utf-16-be writes no mark: the big-endian one by hand
        return b"\xfe\xff" + text.encode(written)
    if written == "cp1252":  # the UTF-8 mark before the single-byte text
        return b"\xef\xbb\xbf" + text.encode(written, "replace")
    return text.encode(written)


# --- CSV ---------------------------------------------------------------------------------------------

ENDS = ("\r\n", "\n", "\r")
_BREAK = re.compile(r'"[^"]*"|\r\n|\n|\r|[^"\r\n]+', re.DOTALL)
# PHP's fputcsv (`csv_php`): inside quotes a backslash keeps the character after it, a quote too.
_PHP_BREAK = re.compile(r'"(?:[^"\\]|\\.|"")*"|\r\n|\n|\r|[^"\r\n]+', re.DOTALL)


def csv_line_ends(data: bytes, rng: random.Random) -> bytes | None:
    """The rows' line breaks (outside quotes) made one kind, another kind after one row, none after the
    last: as a file edited on another system, or two joined, ends. None: a file of one line. A file not
    UTF-8 (Aarhus's tcllib CSV is Windows-1252) is taken as Latin-1, which gives every byte back as it
    was: the breaks and quotes are ASCII in each encoding a form is sent in."""
    encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding = "latin-1"
        text = data.decode(encoding)
    pieces = (_PHP_BREAK if is_php_text(text, _delimiter(text)) else _BREAK).findall(text)
    if "".join(pieces) != text:  # an unclosed quote: not a form whose rows can be told apart here
        return None
    while pieces and pieces[-1] in ENDS:  # none after the last row
        pieces.pop()
    breaks = [i for i, piece in enumerate(pieces) if piece in ENDS]
    if not breaks:
        return None
    usual = rng.choice(ENDS)
    odd = rng.choice([e for e in ENDS if e != usual])
    other = rng.choice(breaks)
    for i in breaks:
        pieces[i] = odd if i == other else usual
    return "".join(pieces).encode(encoding)


PDF: dict[str, Mutator] = {"revised": pdf_revised}
XML: dict[str, Mutator] = {"declared": xml_declared}
CSV: dict[str, Mutator] = {"line_ends": csv_line_ends}
SAME = {"pdf/revised", "csv/line_ends"}
SAME_OR_REFUSED = {"xml/declared"}
