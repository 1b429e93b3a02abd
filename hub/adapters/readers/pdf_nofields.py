"""Why a PDF that opened has no form field to read, in the reasons of `pdf_reasons`: no form at all,
an XFA form, a form that is there but cannot be reached (damage), or objects the hub cannot unpack.

Told apart by looking at the document, where `pdf_reasons` sorts the exceptions a reader raised: the
catalogue's form, the boxes (widgets) on the pages and the page tree as written (`pdf_written`).
"""

from __future__ import annotations

import itertools

import pikepdf

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf_ends import end_missing
from hub.adapters.readers.pdf_maker import makers
from hub.adapters.readers.pdf_objects import form_of
from hub.adapters.readers.pdf_text import name_text, text
from hub.adapters.readers.pdf_written import catalogue_names_a_form, packed_with_brotli


def why_no_fields(pdf: pikepdf.Pdf, data: bytes, pages_broken: bool) -> tuple[str, str]:
    """The reason a PDF that opened has no readable field: no form at all, an XFA form, or damage; or
    objects packed in Brotli, which qpdf cannot unpack: what they hold, a form or not, is not known.
    `pages_broken`: its page tree as written, walked before qpdf mended it (`pdf_written`), is broken."""
    if packed_with_brotli(data):
        return reasons.UNSUPPORTED
    warnings = pdf.get_warnings()  # read once: reading clears them
    if any("bad_alloc" in warning for warning in warnings):
        # qpdf ran out of memory unpacking a part and read on without it (an object stream past the limit
        # is measured before qpdf opens the file, `pdf_unpack.check_structure`, and no longer gets here)
        return reasons.TOO_MUCH
    if pages_broken:
        return reasons.DAMAGED_PAGES  # qpdf dropped pages it could not use: the form may have been on them
    form = form_of(pdf)
    if form is None:
        # The catalogue names a form that leads nowhere, or the pages show boxes of fields that no name
        # could be read from: the form is there, but what it holds cannot be reached. An earlier
        # revision's form, which an update removed, is not the document's (`pdf_written`).
        if catalogue_names_a_form(pdf, data, bool(warnings)) or _shows_fields(pdf):
            return reasons.DAMAGED_FORM
    else:
        roots = form.get("/Fields")
        listed = list(roots) if isinstance(roots, pikepdf.Array) else []
        if "/XFA" in form:
            return reasons.XFA  # an XFA-only form: its fields live in XML that ordinary PDF readers ignore
        if any(not isinstance(node, pikepdf.Dictionary) for node in listed) or _shows_fields(pdf):
            return reasons.DAMAGED_FORM  # fields are listed but lead nowhere, or shown but not listed
    if warnings and end_missing(data):
        # qpdf rebuilt a file whose end is lost: a revision without fields may be all that is left of a
        # form saved as an update (format-corpus's webCapture.pdf, cut short: its form was added so).
        return reasons.DAMAGED_STRUCTURE
    return _without_fields(pdf)


_MAX_ATTACHMENTS = 100  # files in the catalogue's list looked at: a portfolio holds a few


def _without_fields(pdf: pikepdf.Pdf) -> tuple[str, str]:
    """No form fields, and whether a PDF is attached (the catalogue's /EmbeddedFiles, where a PDF
    portfolio and a document's attachments are listed): then the form is likely that file; or, when an
    attachment is the document's encrypted payload, that the document is encrypted."""
    try:
        names = pdf.Root.get("/Names")
        files = names.get("/EmbeddedFiles") if isinstance(names, pikepdf.Dictionary) else None
        if not isinstance(files, pikepdf.Dictionary):
            return reasons.no_fields(makers(pdf))
        # qpdf's name tree walks /Kids with its own guard against loops.
        specs = [spec for _name, spec in itertools.islice(pikepdf.NameTree(files).items(), _MAX_ATTACHMENTS)]
        if any(_encrypted_payload(spec) for spec in specs):
            return reasons.ENCRYPTED_OTHERWISE
        if any(_a_pdf(spec) for spec in specs):
            return reasons.ATTACHED
    except (pikepdf.PdfError, ValueError, TypeError):
        pass  # a list that cannot be read names no attachment to tell of
    return reasons.no_fields(makers(pdf))


def _encrypted_payload(spec: object) -> bool:
    """True when a file specification is an encrypted payload (PDF 2.0 7.6.7): the document itself,
    encrypted with a handler of its own (Microsoft's rights management, Tika's `testMicrosoftIRMServices`),
    inside a wrapper whose page only says so. Saving the attachment gives a file no one opens without that
    handler: it is encryption the hub cannot open, not a form to save apart (decision 0025, stop 51)."""
    return isinstance(spec, pikepdf.Dictionary) and (
        isinstance(spec.get("/EP"), pikepdf.Dictionary) or spec.get("/AFRelationship") == "/EncryptedPayload"
    )


def _a_pdf(spec: object) -> bool:
    """True when a file specification is of a PDF: its file's type (/Subtype), else its name, says so.
    Its bytes are not unpacked (an attachment may be a bomb): what it says it is, is enough to tell."""
    if not isinstance(spec, pikepdf.Dictionary):
        return False
    embedded = spec.get("/EF")
    stream = embedded.get("/F") if isinstance(embedded, pikepdf.Dictionary) else None
    if not isinstance(stream, pikepdf.Stream):
        return False  # only a reference to a file elsewhere: nothing is attached
    kind = stream.get("/Subtype")
    if isinstance(kind, pikepdf.Name):
        return name_text(kind).lower() == "application/pdf"
    name = text(spec.get("/UF")) or text(spec.get("/F")) or ""
    return name.lower().endswith(".pdf")


# What makes a dictionary a form field rather than only a box drawn on the page (PDF 32000 12.7.4).
_FIELD_KEYS = ("/FT", "/T", "/V", "/Ff", "/TU", "/DV", "/Kids")
_MAX_PARENTS = 64  # as `pdf_unlisted.MAX_DEPTH`


def _shows_fields(pdf: pikepdf.Pdf) -> bool:
    """True when a page carries a form field's box: a /Widget annotation with a field's keys on it or up
    its /Parent chain.

    A widget with none (a form flattened by pdf-lib, or merged by iText, keeps its boxes' pictures but
    not their fields) holds nothing to read and nothing damaged: that PDF has no form fields."""
    climbed: set[tuple[int, int]] = set()  # numbered nodes already climbed: none of them had a field's key
    for page in pdf.pages:
        annots = page.obj.get("/Annots")
        for annot in annots if isinstance(annots, pikepdf.Array) else []:
            if (
                isinstance(annot, pikepdf.Dictionary)
                and annot.get("/Subtype") == "/Widget"
                and _of_a_field(annot, climbed)
            ):
                return True
    return False


def _of_a_field(widget: pikepdf.Dictionary, climbed: set[tuple[int, int]]) -> bool:
    """True when the widget or a node up its /Parent chain has a form field's key. A node in `climbed`
    (this chain looping back, or another box's chain) stops the climb: each is climbed once a document."""
    node: object = widget
    for _ in range(_MAX_PARENTS):
        if not isinstance(node, pikepdf.Dictionary):
            return False  # the top of the chain, or a /Parent that is no dictionary
        if any(key in node for key in _FIELD_KEYS):
            return True
        if node.is_indirect:
            if node.objgen in climbed:
                return False
            climbed.add(node.objgen)
        node = node.get("/Parent")
    return False
