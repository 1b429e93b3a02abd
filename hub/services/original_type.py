"""The content type an original document is served with: a CSV's charset is the one it was read in.

A CSV's bytes carry no charset of their own. Ingestion reads them in the encoding of the sender's form
(`[forms.reader] encoding`, "auto" when none), which the bytes overrule where they prove UTF-8
(`hub.adapters.readers.csv_text.decode`, decision 0048). The reading is not kept with the record, so the
same function finds it again from the bytes; a file it cannot read is served as bytes to download, never
labelled UTF-8 (Werkzeug's default for any text/* type), which shows a cp1252 file's æøå as mojibake.
"""

from __future__ import annotations

import codecs

from hub.adapters.language.config_model import find_form
from hub.adapters.readers.csv_text import decode
from hub.errors import HubError
from hub.models import Document, Submission
from hub.services import submission_adapter

UNKNOWN = "application/octet-stream"


def form_encoding(submission: Submission) -> str:
    """The encoding the submission's form reads a CSV in: its config's, else "auto" (no form matched,
    the form or the sender's adapter is gone)."""
    if not submission.form_id:
        return "auto"
    try:
        form = find_form(submission_adapter.adapter_of(submission).forms, submission.form_id)
    except (KeyError, HubError):
        return "auto"
    return str(form.reader.get("encoding") or "auto")


def charset_name(codec: str) -> str:
    """A Python codec's name as an HTTP charset (`cp1252` is `windows-1252`; UTF-8's BOM is in the bytes)."""
    name = codecs.lookup(codec).name
    # UTF-16 read by its zero bytes, with no byte order mark, is named with its order (RFC 2781).
    return {
        "utf-8-sig": "utf-8",
        "cp1252": "windows-1252",
        "iso8859-1": "iso-8859-1",
        "utf-16-le": "utf-16le",
        "utf-16-be": "utf-16be",
    }.get(name, name)


def served_type(document: Document, data: bytes, encoding: str = "auto") -> str:
    """The Content-Type for an original's bytes: its own type, a CSV's with the charset it is read in
    (`encoding`: the form's), and `application/octet-stream` for text whose charset is not known."""
    if document.format == "csv":
        try:
            _text, codec = decode(data, document.filename, encoding)
            return f"text/csv; charset={charset_name(codec)}"
        except (HubError, LookupError):
            return UNKNOWN
    if document.media_type.startswith("text/"):
        return UNKNOWN  # no reader of ours read it as text: its charset is not known
    return document.media_type
