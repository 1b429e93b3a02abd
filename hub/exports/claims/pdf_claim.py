"""A claim as the municipality's own PDF form, filled (and flattened where its config says so).

The template has `repeat` line slots (fields named with the slot's number). A claim with more lines
continues on copies of the pages that hold the slots, inserted after them; each copy's fields are renamed
`kopi2.<name>`, `kopi3.<name>` ..., because two fields of one name in one form share one value. A checkbox
is set to its own ticked state (read from the template: `/Yes`, `/Ja`, ...) in both its value and its
appearance state, so a viewer shows it ticked; text appearances are generated here (with
/NeedAppearances false), so the file looks the same in every viewer. Flattening draws every field into
the page and removes the form (fields, widgets and the AcroForm), so nothing is left to edit.

The file is written copy by copy (`pdf_copies`): time grows with the number of lines and memory does not,
except for the finished bytes `render_pdf` returns; `pdf_chunks` gives them as they are written.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from itertools import islice

from hub.adapters.language.claim_config import ClaimConfig
from hub.adapters.language.claim_template_fields import PdfField, form_fields
from hub.adapters.mapping.outbound_types import OutValue, Ticked, as_text
from hub.errors import HubError
from hub.exports.claim_model import Claim
from hub.exports.claims.pdf_copies import COPY_PREFIX, FormCopies
from hub.exports.claims.values import Problems, evaluate, line_values

__all__ = ["COPY_PREFIX", "pdf_chunks", "render_pdf"]

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
) -> Iterator[dict[str, str]]:
    """The values of each copy of the form, by field name (before renaming): header, footer, its lines."""
    header = claim.header()
    fixed: dict[str, str] = {}
    for rule in (*config.fields, *config.footer):
        fixed[rule.target] = _pdf_value(
            form[rule.target], evaluate(rule, header, problems), problems, rule.target
        )
    slots = config.lines.repeat or 1
    # The lines in order, a copy's worth at a time: they may be read from disk (`SpooledLines`).
    lines = iter(claim.lines)
    while chunk := tuple(islice(lines, slots)):
        values = dict(fixed)
        for slot in range(1, slots + 1):
            line = chunk[slot - 1] if slot <= len(chunk) else None
            for rule in config.lines.fields:
                name = rule.target.replace("{n}", str(slot))
                if line is None:  # an unused slot stays empty (and a flattened copy still shows its box)
                    values[name] = _pdf_value(form[name], None, problems, name)
                    continue
                out = evaluate(rule, line_values(header, line), problems, line, name)
                values[name] = _pdf_value(form[name], out, problems, str(rule.source))
        yield values


def pdf_chunks(claim: Claim, config: ClaimConfig) -> Iterator[bytes]:
    """The filled form as chunks of bytes, written copy by copy; raise Rejection naming every value it
    cannot write before the first chunk, so that a caller streaming them never starts a broken file."""
    template = _read_template(config)
    form = form_fields(template)
    problems = Problems(config)
    slots = range(1, (config.lines.repeat or 1) + 1)
    slot_names = {r.target.replace("{n}", str(n)) for r in config.lines.fields for n in slots}
    names = slot_names | {r.target for r in (*config.fields, *config.footer)}
    for name in sorted(names - set(form)):  # the template changed since the config was loaded
        problems.add(f"the form has no field '{name}'", f"formularen har intet felt '{name}'", name)
    problems.raise_any()
    # Every value is checked before anything is written, then made again copy by copy as the copies are
    # written: holding them all would grow with the claim.
    for _ in _copies(claim, config, form, problems):
        pass
    problems.raise_any()
    # The pages of every slot: a table may run over two pages, and all of them are copied together.
    line_pages = sorted({page for name in slot_names for page in form[name].pages})
    copies = FormCopies(template, line_pages, bool(config.writer.get("flatten")))
    return copies.chunks(_copies(claim, config, form, Problems(config)))


def render_pdf(claim: Claim, config: ClaimConfig) -> bytes:
    """Fill the municipality's PDF form with a claim; raise Rejection naming every value it cannot write."""
    out = io.BytesIO()  # its getvalue() hands over its buffer: one copy of the file in memory, not two
    for chunk in pdf_chunks(claim, config):
        out.write(chunk)
    return out.getvalue()
