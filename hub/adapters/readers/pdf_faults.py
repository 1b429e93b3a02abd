"""Whose fault a failed reading of a PDF is: the file's, or the hub's own.

What qpdf (through pikepdf) and pypdf raise about a file, and what a broken compressed stream raises,
is the file's damage: the sender is told what to do about it (`pdf_raised.reason_for`). Anything else
the reader child raises (a KeyError, a TypeError, an AttributeError in the hub's own code on a structure
it did not expect) is an error in the hub. Told as damage, the caseworker sent the sender to save the
file again, to no end, and no operator heard of it: corpus-57 found three such errors only by counting
"damaged" files (decision 0025, stop 52). Such a file is refused as the hub's fault, and the operators
are told in the log where the error was raised (never its text, which may quote a value or a CPR
number: `logsetup.frames`). The refusal's words, the record and the log line are every reader's
(`faults`); what counts as the file's is this module's.
"""

from __future__ import annotations

import logging
import zlib
from typing import Any

import brotli
import pikepdf
import pypdf.errors

from hub.adapters.readers import faults
from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf_unpack import TooLarge

log = logging.getLogger(__name__)

# What the readers raise about the file itself. pikepdf's PdfError is qpdf's (DataDecodingError and
# ReferenceCycleError among its kinds); its other classes for a file are a password, a missing decoder
# and qpdf's runtime errors. DeletedObjectError and ForeignObjectError are a caller's misuse: not here.
# RecursionError: nesting deeper than Python's stack (a /Kids or /Parent chain thousands deep).
# NotImplementedError: pypdf's word for a filter or encryption it does not have (`reason_for`).
# TooLarge: the hub's own measure of a stream that unpacks past its limit (`pdf_unpack`), a bomb.
FILE_ERRORS: tuple[type[BaseException], ...] = (
    pikepdf.PdfError,
    pikepdf.PasswordError,
    pikepdf.DependencyError,
    pikepdf.QpdfRuntimeError,
    pikepdf.OutlineStructureError,
    pypdf.errors.PyPdfError,
    pypdf.errors.DependencyError,
    zlib.error,
    brotli.error,
    RecursionError,
    NotImplementedError,
    TooLarge,
)

HUB_ERROR = faults.reason("this PDF", "denne PDF")


def is_the_files(exc: BaseException) -> bool:
    """True when `exc` is a reader's word about the file (its damage, password or encoding)."""
    return isinstance(exc, FILE_ERRORS)


def hub_error(filename: str, exc: BaseException) -> dict[str, Any]:
    """The reader child's answer for an error in the hub's own code: the refusal, and for the operator
    the exception's class, the innermost place it was raised and its frames, none with its text."""
    problem = reasons.rejection(filename, HUB_ERROR).problems[0]
    return {"problems": [problem.to_dict()], "hub_error": faults.record(exc)}


def log_hub_error(error: dict[str, str]) -> None:
    """Tell the operator of an error in the hub's code that refused a PDF (`faults.log_error`)."""
    faults.log_error(error, "PDF reader", "PDF-læser", log)
