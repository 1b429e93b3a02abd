"""A claim as the municipality's own PDF form, filled (and flattened where its config says so).

The template has `repeat` line slots (fields named with the slot's number). A claim with more lines
continues on copies of the pages that hold the slots, inserted after them; each copy's fields are renamed
`kopi2.<name>`, `kopi3.<name>` ..., because two fields of one name in one form share one value. A checkbox
is set to its own ticked state (read from the template: `/Yes`, `/Ja`, ...) in both its value and its
appearance state, so a viewer shows it ticked; text appearances are generated here
(`auto_regenerate=False`), so the file looks the same in every viewer. Flattening draws every field into
the page and removes the form (fields, widgets and the AcroForm), so nothing is left to edit.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import cast

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream, DictionaryObject, NameObject, StreamObject, TextStringObject

from hub.adapters.claim_config import ClaimConfig
from hub.adapters.claim_templates import PdfField, form_fields
from hub.adapters.outbound import OutValue, Ticked, as_text
from hub.errors import HubError
from hub.exports.claim_model import Claim
from hub.exports.claims.values import Problems, evaluate, line_values

COPY_PREFIX = "kopi"
# The templates' fonts are the standard 14 with a Latin-1-like encoding: a glyph outside it prints as
# "?", so a name such as "Łukasz" is refused with a reason rather than sent wrong.
_FONT_ENCODING = "cp1252"


def _read_template(config: ClaimConfig) -> bytes:
    path = config.template_path
    try:
        return path.read_bytes() if path is not None else b""
    except OSError as exc:
        raise HubError(
            f"the claim template {config.template} cannot be read: {exc.strerror}",
            f"anmodningens skabelon {config.template} kan ikke læses: {exc.strerror}",
        ) from exc


def _pdf_value(field: PdfField, value: OutValue, problems: Problems, source: str) -> str:
    """The value pypdf writes into one field: text, a list entry, or a checkbox state name."""
    if field.kind == "checkbox":
        return str(field.on_state) if isinstance(value, Ticked) and value.on else "/Off"
    text = as_text(value)
    if field.kind == "choice" and text not in field.options:
        problems.add(
            f"{text!r} is not an entry of the list (entries: {', '.join(repr(o) for o in field.options)})",
            f"{text!r} står ikke på listen (valg: {', '.join(repr(o) for o in field.options)})",
            field.name,
            source,
        )
    try:
        text.encode(_FONT_ENCODING)
    except UnicodeEncodeError as exc:
        bad = text[exc.start : exc.end]
        problems.add(
            f"{bad!r} in {text!r} cannot be printed with the form's font",
            f"{bad!r} i {text!r} kan ikke skrives med formularens skrifttype",
            field.name,
            source,
        )
    return text


def _copies(
    claim: Claim, config: ClaimConfig, form: Mapping[str, PdfField], problems: Problems
) -> list[dict[str, str]]:
    """The values of each copy of the form, by field name (before renaming): header, footer, its lines."""
    header = claim.header()
    fixed: dict[str, str] = {}
    for rule in (*config.fields, *config.footer):
        fixed[rule.target] = _pdf_value(
            form[rule.target], evaluate(rule, header, problems), problems, rule.target
        )
    slots = config.lines.repeat or 1
    copies = []
    for start in range(0, len(claim.lines), slots):
        values = dict(fixed)
        chunk = claim.lines[start : start + slots]
        for slot in range(1, slots + 1):
            line = chunk[slot - 1] if slot <= len(chunk) else None
            for rule in config.lines.fields:
                name = rule.target.replace("{n}", str(slot))
                if line is None:  # an unused slot stays empty (and a flattened copy still shows its box)
                    values[name] = _pdf_value(form[name], None, problems, name)
                    continue
                out = evaluate(rule, line_values(header, line), problems, line, name)
                values[name] = _pdf_value(form[name], out, problems, str(rule.source))
        copies.append(values)
    return copies


def _rename(reader: PdfReader, pages: list[int], prefix: str) -> None:
    """Put `prefix` before the name of every field with a widget on `pages` (its topmost name), so that
    `Raekke1.Tekstfelt2` of a copy is `kopi2.Raekke1.Tekstfelt2`. Only the copied pages' fields are read:
    renaming the whole form (pypdf's `add_form_topname`) parses every field of every page, per copy."""
    renamed: set[int] = set()
    for number in pages:
        for ref in reader.pages[number].get("/Annots") or []:
            node = ref.get_object()
            while "/Parent" in node:
                node = node["/Parent"].get_object()
            if id(node) not in renamed and "/T" in node:
                renamed.add(id(node))
                node[NameObject("/T")] = TextStringObject(prefix + str(node["/T"]))


def _assemble(template: bytes, line_pages: list[int], copies: int) -> tuple[PdfWriter, list[tuple[int, int]]]:
    """The form with `copies - 1` copies of its line pages after the last of them; return the writer and,
    for each page of it, (page of the template, copy number)."""
    writer = PdfWriter(clone_from=io.BytesIO(template))
    total = len(writer.pages)
    after = max(line_pages) + 1
    layout = [(page, 1) for page in range(after)]
    for copy in range(2, copies + 1):
        reader = PdfReader(io.BytesIO(template))
        _rename(reader, line_pages, f"{COPY_PREFIX}{copy}.")
        writer.merge(len(layout), reader, pages=line_pages, import_outline=False)
        layout += [(page, copy) for page in line_pages]
    layout += [(page, 1) for page in range(after, total)]
    return writer, layout


def _fill(
    writer: PdfWriter,
    layout: list[tuple[int, int]],
    form: Mapping[str, PdfField],
    copies: list[dict[str, str]],
) -> None:
    for out_page, (page, copy) in zip(writer.pages, layout, strict=True):
        prefix = f"{COPY_PREFIX}{copy}." if copy > 1 else ""
        wanted = {
            prefix + name: value for name, value in copies[copy - 1].items() if page in form[name].pages
        }
        # An empty text is left as the template has it (its own appearance is the empty box), which spares
        # pypdf generating an appearance for every unused slot; a checkbox is always set.
        wanted = {name: value for name, value in wanted.items() if value != ""}
        if wanted:
            writer.update_page_form_field_values(out_page, wanted, auto_regenerate=False)


def _flatten(writer: PdfWriter) -> None:
    """Draw every widget's appearance into its page in one pass, then remove the form.

    pypdf's own `flatten=True` rewrites a page's content once per field, which grows the file with the
    square of the fields; this adds one content stream per page that draws each appearance as an XObject
    where its widget sits, and wraps the page's own content in q/Q so its graphics state cannot leak."""
    for number, page in enumerate(writer.pages):
        resources = page.setdefault(NameObject("/Resources"), DictionaryObject()).get_object()
        xobjects = resources.setdefault(NameObject("/XObject"), DictionaryObject()).get_object()
        drawn = []
        for index, ref in enumerate(page.get("/Annots") or []):
            widget = ref.get_object()
            appearance = _appearance(widget)
            # Hidden widgets are not drawn; a stream is always an indirect object in a valid PDF.
            if appearance is None or int(widget.get("/F", 0)) & 2 or appearance.indirect_reference is None:
                continue
            name = NameObject(f"/HubFlat{number}_{index}")
            xobjects[name] = appearance.indirect_reference
            x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
            bx1, by1, bx2, by2 = (float(v) for v in appearance.get("/BBox", [0, 0, x2 - x1, y2 - y1]))
            sx, sy = (x2 - x1) / ((bx2 - bx1) or 1), (y2 - y1) / ((by2 - by1) or 1)
            drawn.append(f"q {sx:.4f} 0 0 {sy:.4f} {x1 - bx1 * sx:.4f} {y1 - by1 * sy:.4f} cm {name} Do Q")
        if not drawn:
            continue
        # The page's own content, wrapped in q/Q so its graphics state cannot move the drawn fields.
        own = page.get_contents()
        data = b"q\n" + (own.get_data() if own is not None else b"") + b"\nQ\n"
        stream = ContentStream(None, writer)
        stream.set_data(data + "\n".join(drawn).encode("ascii") + b"\n")
        page.replace_contents(stream)
    writer.remove_annotations(subtypes="/Widget")
    writer.root_object.pop("/AcroForm", None)


def _appearance(widget: DictionaryObject) -> StreamObject | None:
    """A widget's normal appearance: the stream, or for a checkbox the one of its current state."""
    if widget.get("/Subtype") != "/Widget" or "/AP" not in widget:
        return None
    normal = cast(DictionaryObject, widget["/AP"].get_object()).get("/N")
    if normal is None:
        return None
    normal = normal.get_object()
    if isinstance(normal, StreamObject):
        return normal
    state = normal.get(widget.get("/AS", "/Off"))
    return state.get_object() if state is not None else None


def render_pdf(claim: Claim, config: ClaimConfig) -> bytes:
    """Fill the municipality's PDF form with a claim; raise Rejection naming every value it cannot write."""
    template = _read_template(config)
    form = form_fields(template)
    problems = Problems(config)
    slots = range(1, (config.lines.repeat or 1) + 1)
    slot_names = {r.target.replace("{n}", str(n)) for r in config.lines.fields for n in slots}
    names = slot_names | {r.target for r in (*config.fields, *config.footer)}
    for name in sorted(names - set(form)):  # the template changed since the config was loaded
        problems.add(f"the form has no field '{name}'", f"formularen har intet felt '{name}'", name)
    problems.raise_any()
    copies = _copies(claim, config, form, problems)
    problems.raise_any()
    # The pages of every slot: a table may run over two pages, and all of them are copied together.
    line_pages = sorted({page for name in slot_names for page in form[name].pages})
    writer, layout = _assemble(template, line_pages, len(copies))
    _fill(writer, layout, form, copies)
    if config.writer.get("flatten"):
        _flatten(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
