"""The rebuilds of `tools.pdf_mutants`: a form's objects arranged as other tools arrange them, each
an edit of the open document (appearances dropped, widgets split from their fields, /FT and /V
inherited, duplicate names, combo boxes, UTF-16 and PDFDocEncoding strings, boxes' states, nested
names, names for values). `REBUILDS` names each, with what it does to the values ("" none, "values"
a new value)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pikepdf


def leaves(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """The terminal fields under /AcroForm /Fields (the hub's forms nest by name, never by widget)."""
    out: list[pikepdf.Dictionary] = []
    stack: list[pikepdf.Dictionary] = list(pdf.Root.AcroForm.Fields)  # type: ignore[arg-type]
    while stack:
        node = stack.pop()
        kids = node.get("/Kids")
        if isinstance(kids, pikepdf.Array) and any("/T" in k for k in kids):
            stack.extend(kids)  # type: ignore[arg-type]
        else:
            out.append(node)
    return out


def valued(pdf: pikepdf.Pdf, kind: str = "/Tx") -> list[pikepdf.Dictionary]:
    """The terminal fields of a type (text by default) whose value is a string."""
    return [f for f in leaves(pdf) if f.get("/FT") == kind and isinstance(f.get("/V"), pikepdf.String)]


def _no_appearances(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Text and choice widgets without appearance streams; the viewer is asked to draw them."""
    for field in leaves(pdf):
        for widget in field.get("/Kids", [field]):
            if "/AP" in widget and widget.get("/FT") != "/Btn":
                del widget["/AP"]
    pdf.Root.AcroForm.NeedAppearances = True


def _widget_kids(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Every field split from its box: the field keeps its name, type and value, a kid is the widget."""
    for field in leaves(pdf):
        if "/Kids" in field or "/Subtype" not in field:
            continue
        widget = pdf.make_indirect(pikepdf.Dictionary())
        for key in list(field.keys()):
            if key in ("/Type", "/Subtype", "/Rect", "/P", "/F", "/MK", "/BS", "/AP", "/AS", "/DA", "/Q"):
                widget[key] = field[key]
                del field[key]
        widget.Parent = field
        field.Kids = pikepdf.Array([widget])
        for page in pdf.pages:
            annots = page.obj.get("/Annots")
            if isinstance(annots, pikepdf.Array):
                page.obj.Annots = pikepdf.Array(widget if a.objgen == field.objgen else a for a in annots)


def inherited(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """As `_widget_kids`, and the kids' values and types stated on a parent without a name of its own,
    which a field's full name does not count (PDF 32000 12.7.4.2: /FT and /V are inheritable)."""
    _widget_kids(pdf, rnd)
    for field in leaves(pdf):
        if "/FT" in field and rnd.random() < 0.5:
            middle = pdf.make_indirect(pikepdf.Dictionary(FT=field.FT))
            if "/V" in field:
                middle.V = field.V
                del field["/V"]
            del field["/FT"]
            if "/Parent" in field:
                middle.Parent = field.Parent
            field.Parent = middle
            middle.Kids = pikepdf.Array([field])
            roots = pdf.Root.AcroForm.Fields
            pdf.Root.AcroForm.Fields = pikepdf.Array(middle if r.objgen == field.objgen else r for r in roots)


def _duplicates(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """A second box of some fields as a field of the same name and value (a form merged with a copy)."""
    for field in rnd.sample(valued(pdf), min(3, len(valued(pdf)))):
        copy = pdf.make_indirect(pikepdf.Dictionary({k: v for k, v in field.items() if k != "/AP"}))
        pdf.Root.AcroForm.Fields.append(copy)
        pdf.pages[-1].obj.Annots.append(copy)


def _choices(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Some text fields made combo boxes whose /Opt pairs an export value with the value as shown."""
    for index, field in enumerate(valued(pdf)):
        if rnd.random() < 0.5:
            shown = field.V
            field.FT, field.Ff = pikepdf.Name.Ch, 1 << 17
            field.Opt = pikepdf.Array([pikepdf.Array([f"v{index}", shown]), pikepdf.Array(["x", "Andet"])])
            field.V = pikepdf.String(f"v{index}")


def utf16(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Names and values as UTF-16BE with a byte order mark, as Adobe writes text beyond Latin-1."""
    for field in leaves(pdf):
        for key in ("/T", "/V", "/TU"):
            if isinstance(field.get(key), pikepdf.String):
                field[key] = pikepdf.String(b"\xfe\xff" + str(field[key]).encode("utf-16-be"))


def _pdfdoc(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Values in PDFDocEncoding bytes, Danish letters included (a new value: "æøå ÆØÅ" appended)."""
    for field in valued(pdf):
        if str(field.V):
            field.V = pikepdf.String((str(field.V) + " æøå ÆØÅ").encode("pdfdoc"))


def _boxes(pdf: pikepdf.Pdf) -> list[tuple[pikepdf.Dictionary, list[Any]]]:
    """The check boxes and radio groups, each with its widgets."""
    found: list[tuple[pikepdf.Dictionary, list[Any]]] = []
    for field in leaves(pdf):
        if field.get("/FT") == "/Btn" and not int(field.get("/Ff", 0)) & (1 << 16):
            found.append((field, list(field.get("/Kids", [field]))))
    return found


def _shown_only(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """The boxes' values (/V) dropped: only the state each widget shows (/AS) says which is ticked."""
    for field, _widgets in _boxes(pdf):
        if "/V" in field:
            del field["/V"]


def _danish_states(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Each box's "on" state renamed to a Danish word (a name of UTF-8 bytes, written with #xx escapes)."""
    for field, widgets in _boxes(pdf):
        renamed: dict[str, pikepdf.Name] = {}
        for widget in widgets:
            appearance = widget.get("/AP")
            normal = appearance.get("/N") if isinstance(appearance, pikepdf.Dictionary) else None
            if not isinstance(normal, pikepdf.Dictionary):
                continue
            for state in [k for k in normal.keys() if k != "/Off"]:
                new = renamed.setdefault(state, pikepdf.Name(f"/Tilkendt_{len(renamed)}_æøå"))
                normal[new] = normal[state]
                del normal[state]
                if widget.get("/AS") == state:
                    widget.AS = new
        if isinstance(field.get("/V"), pikepdf.Name) and str(field.V) in renamed:
            field.V = renamed[str(field.V)]


def _nested(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Dotted partial names ("Borger.CPR") made a tree of fields, as Acrobat saves them: a parent
    "Borger" with a kid "CPR"; the full names stay the same."""
    parents: dict[str, pikepdf.Dictionary] = {}
    roots = pikepdf.Array()
    for field in list(pdf.Root.AcroForm.Fields):
        parts = str(field.get("/T", "")).split(".")
        if len(parts) < 2 or "/Kids" in field:
            roots.append(field)
            continue
        parent = None
        for depth in range(1, len(parts)):
            path = ".".join(parts[:depth])
            if path not in parents:
                node = pdf.make_indirect(pikepdf.Dictionary(T=pikepdf.String(parts[depth - 1]), Kids=[]))
                if parent is None:
                    roots.append(node)
                else:
                    node.Parent = parent
                    parent.Kids.append(node)
                parents[path] = node
            parent = parents[path]
        field.T = pikepdf.String(parts[-1])
        field.Parent = parent
        parent.Kids.append(field)  # type: ignore[union-attr]
    pdf.Root.AcroForm.Fields = roots


def _names_as_values(pdf: pikepdf.Pdf, rnd: random.Random) -> None:
    """Choice values written as names (/V /Acceptabel, spaces as #20), as some form tools write them."""
    for field in valued(pdf, "/Ch"):
        field.V = pikepdf.Name("/" + str(field.V))


REBUILDS: dict[str, tuple[Callable[[pikepdf.Pdf, random.Random], None], str]] = {
    "no_appearances": (_no_appearances, ""),
    "widget_kids": (_widget_kids, ""),
    "inherited_ft_v": (inherited, ""),
    "duplicate_names": (_duplicates, ""),
    "opt_choices": (_choices, ""),
    "utf16_bom": (utf16, ""),
    "pdfdoc_danish": (_pdfdoc, "values"),
    "boxes_shown_only": (_shown_only, ""),
    "box_states_danish": (_danish_states, "values"),
    "dotted_names_nested": (_nested, ""),
    "choice_values_as_names": (_names_as_values, ""),
}
