"""What `tools.pdf_corpus` runs in sandbox workers: pikepdf alone and the pypdf reference, never raising.

A module of its own because the sandbox sends functions by name, and `tools.pdf_corpus` runs as
`__main__`, a name the worker cannot import. A function that returns rather than raises keeps the
worker alive (the sandbox replaces a worker after a failure), so no file's time includes starting one.
"""

from __future__ import annotations

import io
import logging
from decimal import Decimal
from typing import Any

import pikepdf

from hub.adapters.readers.base import Extraction
from hub.adapters.readers.pdf import read_pdf_unsandboxed
from tools.bench_floors import pikepdf_fields, plain_text
from tools.formats_corpus_child import _measured
from tools.pdf_pypdf import pypdf_extraction


def pikepdf_field_count(data: bytes) -> int | None:
    """The field nodes pikepdf alone finds under /AcroForm /Fields; None when it cannot open the file."""
    logging.getLogger("pikepdf").setLevel(logging.CRITICAL)  # qpdf logs its repairs as errors
    try:
        return len(pikepdf_fields(data))  # a name that is no UTF-8 is read, not raised on (`plain_text`)
    except Exception:  # whatever qpdf says about a broken file: "did not open" is all the table needs
        return None


def pypdf_reference(data: bytes, filename: str) -> Extraction | None:
    """The former pypdf reader's extraction; None when it cannot read the file."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about broken files are not ours
    try:
        return pypdf_extraction(data, filename)
    except Exception:  # any failure: the comparison is only made where both read the file
        return None


def pikepdf_values(data: bytes) -> dict[str, list[str]] | None:
    """Each terminal field's value as pikepdf alone reads it, by full name (a list: a name may be
    given twice); None when it cannot open the file. Written apart from the hub's reader, from PDF
    32000 12.7: /T parts joined by dots, /FT, /V and /Opt inherited down /Kids, a name value without
    its slash (its bytes UTF-8, else one byte a character, Windows-1252), a list box's values joined by
    "; ", a combo box's export value shown as its /Opt text, a box without /V the state its widgets show
    (/AS), a box's numbered state (/0, /1 ...) the export value /Opt lists in its place (12.7.4.2.3).
    Fields without a value, push buttons, a radio group without /V whose boxes show two choices (iText's
    `radios_src2.pdf`: the hub reads no choice and says what the boxes show), a radio group whose /V
    names a state none of its buttons can draw (`_draws_none`), signatures, rich text
    streams and a /V that is no text (a dictionary: iText's signature in a text field) are left out."""
    logging.getLogger("pikepdf").setLevel(logging.CRITICAL)
    try:
        with pikepdf.open(io.BytesIO(data), password="") as pdf:
            form = pdf.Root.get("/AcroForm")
            roots = form.get("/Fields") if isinstance(form, pikepdf.Dictionary) else None
            found: dict[str, list[str]] = {}
            stack: list[tuple[Any, str, dict[str, Any]]] = []
            if isinstance(roots, pikepdf.Array):
                stack = [(node, "", {}) for node in reversed(list(roots))]
            seen: set[tuple[int, int]] = set()
            while stack:
                node, parent, inherited = stack.pop()
                if not isinstance(node, pikepdf.Dictionary) or node.objgen in seen:
                    continue
                if node.objgen != (0, 0):
                    seen.add(node.objgen)
                part = plain_text(node["/T"]) if "/T" in node else ""
                name = f"{parent}.{part}" if parent and part else part or parent
                inherited = {**inherited, **{k: node[k] for k in ("/FT", "/V", "/Opt", "/Ff") if k in node}}
                listed = [k for k in node.get("/Kids", []) if isinstance(k, pikepdf.Dictionary)]
                kids = [k for k in listed if "/T" in k]
                if kids:
                    stack.extend((kid, name, inherited) for kid in reversed(kids))
                    continue
                value = _plain_value(inherited, listed or [node])
                if value is not None:
                    found.setdefault(name, []).append(value)
            return found
    except Exception:  # whatever qpdf says about a broken file: "did not open" is all the figures need
        return None


def _plain_value(inherited: dict[str, Any], widgets: list[Any]) -> str | None:
    kind, raw = inherited.get("/FT"), inherited.get("/V")
    if kind == "/Btn":
        if int(inherited.get("/Ff", 0)) & (1 << 16):
            return None  # a push button holds no value
        if raw is None:  # no value: a box's value is the state it shows, a checked one first
            shown = [_name(w["/AS"]) for w in widgets if isinstance(w.get("/AS"), pikepdf.Name)]
            if int(inherited.get("/Ff", 0)) & (1 << 15) and len(set(shown) - {"Off"}) > 1:
                return None  # a radio group showing two choices has no one value: not compared
            state = next((s for s in shown if s != "Off"), "Off" if shown else None)
        else:
            state = _name(raw) if isinstance(raw, pikepdf.Name) else None
            if int(inherited.get("/Ff", 0)) & (1 << 15) and _draws_none(raw, widgets):
                return None  # a radio value no button can show: none is shown chosen, not compared
        return _exported(state, inherited.get("/Opt"))
    no_text = pikepdf.Stream | pikepdf.Dictionary | bool | int | Decimal
    if raw is None or kind == "/Sig" or isinstance(raw, no_text):
        # Signatures, rich text streams and dictionaries are not compared here; a boolean or a number
        # is no text a viewer shows, which the hub reads as none and says (`pdf_unshown`).
        return None
    items = list(raw) if isinstance(raw, pikepdf.Array) else [raw]
    texts = [_name(i) if isinstance(i, pikepdf.Name) else plain_text(i) for i in items]
    options = inherited.get("/Opt")
    if kind == "/Ch" and isinstance(options, pikepdf.Array):
        pairs = [o for o in options if isinstance(o, pikepdf.Array) and len(o) >= 2]
        display = {plain_text(o[0]): plain_text(o[1]) for o in pairs}
        texts = [display.get(t, t) for t in texts]
        # Several lines chosen: in the list's order, as a viewer shows them and the hub reads them
        # (decision 0025, stop 63, pdf-77), not /V's; a line the list does not hold keeps its place last.
        shown = [
            plain_text(o[1]) if isinstance(o, pikepdf.Array) and len(o) >= 2 else plain_text(o)
            for o in options
        ]
        texts.sort(key=lambda t: shown.index(t) if t in shown else len(shown))
    return "; ".join(texts)


def _draws_none(value: Any, widgets: list[Any]) -> bool:
    """True when every button lists the states it can draw (/AP /N) and none lists `value`: a viewer
    turns a button on only by a state it can draw, and the hub reads such a group as no choice ("Off",
    decision 0060, seventeenth trial: hyperref's `\\Fld@default`; iText's groups whose value is spelt
    otherwise than their buttons' states, `/English` beside `/english`)."""
    drawn: list[Any] = [
        w["/AP"].get("/N") if isinstance(w.get("/AP"), pikepdf.Dictionary) else None for w in widgets
    ]
    if not drawn or not all(isinstance(n, pikepdf.Dictionary) and len(n) for n in drawn):
        return False
    return all(value not in n for n in drawn)  # by the name itself: its bytes need be no UTF-8


def _exported(state: str | None, options: Any) -> str | None:
    """A box's state as its export value: with /Opt, a state may be its widget's place in /Kids, /0, /1
    ..., and /Opt holds each widget's export value in that order (PDF 32000 12.7.4.2.3)."""
    if state is None or not state.isdigit() or not isinstance(options, pikepdf.Array):
        return state
    index = int(state)
    return plain_text(options[index]) if index < len(options) else state


def _name(name: pikepdf.Name) -> str:
    """A name's text without its slash: UTF-8, else one byte a character (`plain_text`)."""
    return plain_text(name)[1:]


_UNCOMPARED = ("button", "signature")  # `pikepdf_values` leaves them out


def values_differ(extraction: Extraction, reference: dict[str, list[str]] | None) -> list[str]:
    """The fields whose value the hub reads otherwise than pikepdf (`pikepdf_values`), or does not name
    where pikepdf reads one, each as "name: hub [...], pikepdf [...]"; empty when pikepdf did not open it."""
    if reference is None:
        return []
    hub: dict[str, list[str]] = {}
    for value in extraction.values:
        if value.meta.get("type") not in _UNCOMPARED and value.value is not None:
            hub.setdefault(value.key, []).append(value.value)
    wrong = sorted(
        k for k in reference if hub.get(k) != reference[k] and not _one_field(hub.get(k), reference[k])
    )
    return [f"{k}: hub {hub.get(k)!r}, pikepdf {reference[k]!r}" for k in wrong]


def _one_field(hub: list[str] | None, reference: list[str]) -> bool:
    """True when pikepdf found a name twice holding one value and the hub read it once: fields of one
    full name are one field (PDF 32000 12.7.3.2), as qpdf's `rotated-shared-annotations-2.pdf` repeats
    its radio group `r1` on a copied page and the hub reads that group's value once."""
    return hub is not None and len(hub) == 1 and len(reference) > 1 and set(reference) == set(hub)


def measured_read(data: bytes, filename: str) -> dict[str, Any]:
    """The hub's PDF reader on the file in this worker, with its time and peak memory (for figures)."""
    logging.getLogger("pikepdf").setLevel(logging.CRITICAL)

    def read() -> dict[str, Any]:
        try:
            read_pdf_unsandboxed(data, filename, with_labels=True)
        except Exception as exc:  # a rejection or anything else: only the cost is measured here
            return {"error": type(exc).__name__}
        return {}

    return _measured(read)
