"""What `tools.pdf_corpus` runs in sandbox workers: pikepdf alone and the pypdf reference, never raising.

A module of its own because the sandbox sends functions by name, and `tools.pdf_corpus` runs as
`__main__`, a name the worker cannot import. A function that returns rather than raises keeps the
worker alive (the sandbox replaces a worker after a failure), so no file's time includes starting one.
"""

from __future__ import annotations

import logging

from hub.adapters.readers.base import Extraction
from tools.bench_floors import pikepdf_fields
from tools.pdf_pypdf import pypdf_extraction


def pikepdf_field_count(data: bytes) -> int | None:
    """The field nodes pikepdf alone finds under /AcroForm /Fields; None when it cannot open the file."""
    logging.getLogger("pikepdf").setLevel(logging.CRITICAL)  # qpdf logs its repairs as errors
    try:
        return len(pikepdf_fields(data))
    except Exception:  # whatever qpdf says about a broken file: "did not open" is all the table needs
        return None


def pypdf_reference(data: bytes, filename: str) -> Extraction | None:
    """The former pypdf reader's extraction; None when it cannot read the file."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about broken files are not ours
    try:
        return pypdf_extraction(data, filename)
    except Exception:  # any failure: the comparison is only made where both read the file
        return None
