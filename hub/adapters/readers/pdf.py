"""Read the AcroForm fields of a PDF: one value per terminal field, keyed by its fully qualified name.

pypdf runs in a sandbox worker (see `hub.adapters.readers.sandbox`): the parent sends the bytes and gets plain
dicts back, so a hostile file can at worst cost one worker process. Labels (the text printed next to a
field) need the page's text with positions, which costs more than reading the fields, so they are only
computed when asked for (`hub adapters suggest`).

A small file can still describe a lot of text: one compressed stream of many megabytes can be the value
(/V) of every field. The worker therefore caps each field value and the text of the whole extraction,
and the sandbox refuses an oversized reply, so such a file is rejected instead of copied into the parent.
"""

from __future__ import annotations

import errno
import io
import logging
from typing import Any

from pypdf import PasswordType, PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, PdfObject, StreamObject

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers import sandbox
from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.readers.pdf_layout import PageTexts, widget_states
from hub.adapters.readers.sniff import unreadable
from hub.errors import FieldProblem, UnreadableDocument

MAX_PDF_BYTES = 20 * 1024 * 1024
MAX_FIELD_NODES = 5000
MAX_VALUE_CHARS = 10_000  # a form field holds a name, an amount, a note: never a book
MAX_TEXT_CHARS = 2_000_000  # all names, values, tooltips, states and labels of one document
_FAILURES = {
    "timeout": ("reading the PDF took too long", "læsning af PDF'en tog for lang tid"),
    "memory": ("reading the PDF needed too much memory", "læsning af PDF'en krævede for meget hukommelse"),
    "data": ("reading the PDF gave too much data", "læsning af PDF'en gav for mange data"),
    "crash": reasons.CRASHED,
    "error": reasons.DAMAGED_STRUCTURE,
}
_INHERITED = ("/FT", "/Ff", "/V")


def read_pdf(data: bytes, filename: str, with_labels: bool = False) -> Extraction:
    """Read a PDF form's fields in a sandbox worker; raise UnreadableDocument when that fails."""
    if len(data) > MAX_PDF_BYTES:
        mb = MAX_PDF_BYTES // (1024 * 1024)
        raise unreadable(filename, f"the PDF is larger than {mb} MB", f"PDF'en er større end {mb} MB")
    try:
        result = sandbox.run(_read_in_child, data, filename, with_labels)
    except sandbox.SandboxError as exc:
        reason_en, reason_da = _FAILURES.get(exc.kind, _FAILURES["crash"])
        raise unreadable(filename, reason_en, reason_da) from exc
    if "problems" in result:
        raise UnreadableDocument([FieldProblem(**p) for p in result["problems"]])
    return Extraction.from_dict(result["extraction"])


def _read_in_child(data: bytes, filename: str, with_labels: bool) -> dict[str, Any]:
    """Runs in the worker: the extraction or the problems, as plain dicts."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # hostile files make pypdf chatty; we decide
    try:
        return {"extraction": read_pdf_unsandboxed(data, filename, with_labels).to_dict()}
    except UnreadableDocument as exc:
        return {"problems": [p.to_dict() for p in exc.problems]}
    except MemoryError:
        # The limit, not the file's structure, stopped the reader: the sandbox says "too much memory"
        # and replaces this worker, whose heap may be left in any state.
        raise
    except Exception as exc:  # whatever pypdf raises on a broken file (RecursionError included)
        if is_resource_exhaustion(exc):
            raise MemoryError(str(exc)[:300]) from exc  # as above, though pypdf wrapped it
        # The sender gets what they can do about it; the library's own words stay out of the message.
        problem = reasons.rejection(filename, reasons.reason_for(exc)).problems[0]
        return {"problems": [problem.to_dict()]}


def is_resource_exhaustion(exc: BaseException) -> bool:
    """True when `exc`, or an exception it was raised from or while handling, means memory ran out.

    pypdf turns some low-level errors into its own (a `PdfReadError` raised while handling a
    `MemoryError`), so the chain is followed; an `OSError` with ENOMEM is the same failure from the OS.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:  # a chain may loop back on itself
        seen.add(id(current))
        if isinstance(current, MemoryError):
            return True
        if isinstance(current, OSError) and current.errno == errno.ENOMEM:
            return True
        current = current.__cause__ or current.__context__
    return False


def read_pdf_unsandboxed(data: bytes, filename: str, with_labels: bool = False) -> Extraction:
    """Read the fields in this process, without the sandbox: for the sandbox worker and benchmarks only.

    The size caps on the text (`MAX_VALUE_CHARS`, `MAX_TEXT_CHARS`) apply here too.
    """
    reader = PdfReader(io.BytesIO(data), strict=False)
    # A file that opens without a password (an owner password only restricts editing) is read as any
    # other; AES needs the `cryptography` package, a dependency of the hub for that reason.
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise reasons.rejection(filename, reasons.ENCRYPTED)
    fields = _terminal_fields(reader, filename)
    if not fields:
        raise reasons.rejection(filename, reasons.why_no_fields(reader, data))
    pages = _widget_pages(reader)
    layout = PageTexts(reader)
    values = []
    total = 0
    for name, node, inherited, widgets in fields:
        kind = _kind(inherited)
        widget_objs = [w.get_object() for w in widgets]
        page = next((pages[_ident(w)] for w in widgets if _ident(w) in pages), None)
        meta: dict[str, Any] = {
            "page": page + 1 if page is not None else None,
            "type": kind,
            "tooltip": str(node["/TU"]) if "/TU" in node else None,
            "states": _states(kind, node, widget_objs),
        }
        if with_labels:
            meta["label"] = layout.label(page, widget_objs)
            if kind in ("checkbox", "radio"):
                meta.update(layout.choices(kind, page, widget_objs))
        value = _value(kind, node, inherited, widget_objs)
        if value is not None and len(value) > MAX_VALUE_CHARS:
            raise unreadable(
                filename,
                f"a field value is longer than {MAX_VALUE_CHARS:,} characters",
                f"en feltværdi er længere end {MAX_VALUE_CHARS:,} tegn".replace(",", "."),
            )
        # Counted as we go, so that many fields sharing one long string stop the reading early.
        total = _count_text(total + _chars(name) + _chars(value) + _chars(meta), filename)
        values.append(SourceValue(key=name, value=value, meta=meta))
    doc: dict[str, Any] = {"pages": len(reader.pages)}
    if with_labels and reader.pages:
        doc["title"] = layout.title()
    producer = reader.metadata.producer if reader.metadata else None
    if producer:
        doc["producer"] = str(producer)
    _count_text(total + _chars(doc), filename)
    return Extraction(format="pdf", values=tuple(values), meta=doc)


def _chars(item: Any) -> int:
    """The characters of text in a value or in a meta dict (its strings and lists of strings)."""
    if isinstance(item, str):
        return len(item)
    if isinstance(item, dict):
        return sum(_chars(v) for v in item.values())
    if isinstance(item, list):
        return sum(_chars(v) for v in item)
    return 0


def _count_text(total: int, filename: str) -> int:
    """Return `total`, or reject the document when its text has grown past `MAX_TEXT_CHARS`."""
    if total > MAX_TEXT_CHARS:
        mb = MAX_TEXT_CHARS // 1_000_000
        raise unreadable(
            filename, f"the PDF holds more than {mb} MB of text", f"PDF'en indeholder mere end {mb} MB tekst"
        )
    return total


def _ident(ref: PdfObject) -> Any:
    return (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(ref)


def _terminal_fields(reader: PdfReader, filename: str) -> list[tuple[str, DictionaryObject, dict, list]]:
    """Walk /AcroForm /Fields: (qualified name, node, inherited keys, widget references) per leaf."""
    acroform = reasons.acroform(reader)
    roots = acroform.get("/Fields") if acroform is not None else None
    roots = roots.get_object() if roots is not None else None
    if not isinstance(roots, ArrayObject):
        return []
    found = []
    seen: set[Any] = set()
    # Explicit stack and a visited set: crafted files have /Kids cycles and absurd depths.
    stack: list[tuple[PdfObject, str, dict]] = [(ref, "", {}) for ref in reversed(roots)]
    while stack:
        ref, parent, inherited = stack.pop()
        node = ref.get_object()
        if not isinstance(node, DictionaryObject) or _ident(ref) in seen:
            continue
        seen.add(_ident(ref))
        if len(seen) > MAX_FIELD_NODES:
            raise unreadable(filename, "too many form fields", "for mange formularfelter")
        part = str(node["/T"]) if "/T" in node else ""
        name = f"{parent}.{part}" if parent and part else part or parent
        inherited = {**inherited, **{k: node[k] for k in _INHERITED if k in node}}
        kids = node.get("/Kids")
        kids = kids.get_object() if kids is not None else None
        kids = list(kids) if isinstance(kids, ArrayObject) else []
        # A kid with a name (/T) is a field of its own; one without is a widget of this field.
        field_kids = [k for k in kids if _is_named(k.get_object())]
        if field_kids:
            stack.extend((kid, name, inherited) for kid in reversed(field_kids))
        else:
            found.append((name, node, inherited, kids or [ref]))
    return found


def _is_named(node: Any) -> bool:
    return isinstance(node, DictionaryObject) and "/T" in node


def _widget_pages(reader: PdfReader) -> dict[Any, int]:
    pages: dict[Any, int] = {}
    for number, page in enumerate(reader.pages):
        annots = page.get("/Annots")
        annots = annots.get_object() if annots is not None else None
        for ref in annots if isinstance(annots, ArrayObject) else []:
            pages.setdefault(_ident(ref), number)
    return pages


def _kind(inherited: dict) -> str:
    field_type, flags = inherited.get("/FT"), int(inherited.get("/Ff", 0) or 0)
    if field_type == "/Btn":
        return "button" if flags & (1 << 16) else "radio" if flags & (1 << 15) else "checkbox"
    return {"/Tx": "text", "/Ch": "choice", "/Sig": "signature"}.get(str(field_type), "unknown")


def _states(kind: str, node: DictionaryObject, widgets: list) -> list[str]:
    if kind == "choice":
        return [_option(opt)[1] for opt in node.get("/Opt", [])]
    if kind not in ("checkbox", "radio"):
        return []
    states: list[str] = []
    for widget in widgets:
        states += [s for s in widget_states(widget) if s not in states]
    return states


def _option(opt: PdfObject) -> tuple[str, str]:
    """An /Opt entry as (export value, display text)."""
    entry = opt.get_object()
    if isinstance(entry, ArrayObject) and len(entry) >= 2:
        return str(entry[0].get_object()), str(entry[1].get_object())
    return str(entry), str(entry)


def _value(kind: str, node: DictionaryObject, inherited: dict, widgets: list) -> str | None:
    raw = inherited.get("/V")
    raw = raw.get_object() if raw is not None else None
    if kind in ("checkbox", "radio"):
        if isinstance(raw, NameObject):
            return str(raw)[1:]
        # No /V: the widgets' appearance states say what is shown (a checked one wins).
        shown = [str(w["/AS"])[1:] for w in widgets if "/AS" in w]
        return next((s for s in shown if s != "Off"), "Off" if shown else None)
    if kind == "signature":
        return "signed" if raw is not None else None
    if kind == "button" or raw is None:
        return None
    if isinstance(raw, StreamObject):  # rich text values may be streams
        return raw.get_data().decode("utf-8", errors="replace")
    if kind == "choice":
        labels = dict(_option(opt) for opt in node.get("/Opt", []))
        chosen = [str(v.get_object()) for v in raw] if isinstance(raw, ArrayObject) else [str(raw)]
        return "; ".join(labels.get(v, v) for v in chosen)
    return str(raw)
