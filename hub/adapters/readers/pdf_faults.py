"""Whose fault a failed reading of a PDF is: the file's, or the hub's own.

What qpdf (through pikepdf) and pypdf raise about a file, and what a broken compressed stream raises,
is the file's damage: the sender is told what to do about it (`pdf_reasons.reason_for`). Anything else
the reader child raises (a KeyError, a TypeError, an AttributeError in the hub's own code on a structure
it did not expect) is an error in the hub. Told as damage, the caseworker sent the sender to save the
file again, to no end, and no operator heard of it: corpus-57 found three such errors only by counting
"damaged" files (decision 0025, stop 52). Such a file is refused as the hub's fault, and the operators
are told in the log where the error was raised (never its text, which may quote a value or a CPR
number: `logsetup.frames`).
"""

from __future__ import annotations

import logging
import traceback
import zlib
from typing import Any

import brotli
import pikepdf
import pypdf.errors

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf_unpack import TooLarge
from hub.logsetup import Both, frames

log = logging.getLogger(__name__)
_HUB = "/hub/"  # the package's folder in a frame's path

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

HUB_ERROR = (
    "the hub could not read this PDF because of an error in the hub itself, not in the file: the fault "
    "is not the sender's, and the hub's operators have been told",
    "hubben kunne ikke læse denne PDF på grund af en fejl i hubben selv, ikke i filen: fejlen er ikke "
    "afsenderens, og hubbens drift har fået besked",
)


def is_the_files(exc: BaseException) -> bool:
    """True when `exc` is a reader's word about the file (its damage, password or encoding)."""
    return isinstance(exc, FILE_ERRORS)


def hub_error(filename: str, exc: BaseException) -> dict[str, Any]:
    """The reader child's answer for an error in the hub's own code: the refusal, and for the operator
    the exception's class, the innermost place it was raised and its frames, none with its text."""
    problem = reasons.rejection(filename, HUB_ERROR).problems[0]
    error = {
        "class": f"{type(exc).__module__}.{type(exc).__qualname__}",
        "where": _where(exc),
        "frames": frames(exc),
    }
    return {"problems": [problem.to_dict()], "hub_error": error}


def _where(exc: BaseException) -> str:
    """The innermost line of the hub's own code the exception passed (`hub/…/pdf_values.py:88 (value)`),
    else the innermost line of all: where to start looking."""
    stack = traceback.extract_tb(exc.__traceback__)
    ours = [frame for frame in stack if _HUB in frame.filename] or stack
    if not ours:
        return "?"
    frame = ours[-1]
    path = frame.filename[frame.filename.rfind(_HUB) + 1 :] if _HUB in frame.filename else frame.filename
    return f"{path}:{frame.lineno} ({frame.name})"


def log_hub_error(error: dict[str, str]) -> None:
    """Tell the operator of an error in the hub's code that refused a PDF (logged in the parent, whose
    log is the hub's and masks a CPR number; the file's name is left out, as it may hold one, and the
    document's rejection names it)."""
    log.error(
        Both(
            "an error in the hub's PDF reader refused a document: %s at %s; it was told the fault is the "
            "hub's",
            "en fejl i hubbens PDF-læser afviste et dokument: %s ved %s; det fik besked om, at fejlen er "
            "hubbens",
            error.get("class", "?"),
            error.get("where", "?"),
        )
    )
    log.debug("%s", error.get("frames", ""))
