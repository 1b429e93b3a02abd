"""Where a PDF's header is: its first line, `%PDF-` and the version, which may start anywhere in the file's
first 1024 bytes (a mailer's or a wrapper's bytes before it; decision 0025, stop 49)."""

from __future__ import annotations

HEADER = b"%PDF-"
_WITHIN = 1024  # where the header may start: Acrobat's rule (PDF 32000-1 annex H), and qpdf's search


def header_at(data: bytes) -> int:
    """The offset the header starts at, 1023 at most; -1 when none starts in the first 1024 bytes.

    A header starting at byte 1023 ends past the first 1024 bytes and still counts: qpdf takes a match
    that starts in its range (`InputSource::findFirst`), and opens such a file. A search that wanted
    the whole of `%PDF-` within the 1024 bytes missed a header starting in their last four."""
    return data.find(HEADER, 0, _WITHIN + len(HEADER) - 1)
