"""Which of `pdf_reasons`' reasons an exception a PDF reader raised means (`reason_for`), and whether it
means memory ran out (`is_resource_exhaustion`): the readers' exceptions (pikepdf's for the fields,
pypdf's for the printed labels) sorted into what the sender can do about the file.
"""

from __future__ import annotations

import errno
import zlib

import brotli
import pikepdf
from pypdf.errors import (
    DependencyError,
    EmptyFileError,
    FileNotDecryptedError,
    LimitReachedError,
    PdfStreamError,
    WrongPasswordError,
)

from hub.adapters.readers.pdf_reasons import (
    DAMAGED_PAGES,
    DAMAGED_STREAM,
    DAMAGED_STRUCTURE,
    EMPTY,
    ENCRYPTED,
    ENCRYPTED_OTHERWISE,
    TOO_MUCH,
    UNSUPPORTED,
)
from hub.adapters.readers.pdf_unpack import unpacks_too_much
from hub.adapters.readers.pdf_written import packed_with_brotli


def reason_for(exc: BaseException, data: bytes, pages_broken: bool = False) -> tuple[str, str]:
    """The (English, Danish) reason for an exception a reader raised on a file (its bytes).

    `pages_broken`: the page tree as written was found broken (`pdf_written.page_tree_broken`) right
    after qpdf opened the file; a file qpdf could not open has no tree to walk."""
    if isinstance(exc, pikepdf.PasswordError | FileNotDecryptedError | WrongPasswordError):
        return ENCRYPTED
    if _unsupported_encryption(exc):
        return ENCRYPTED_OTHERWISE
    if unpacks_too_much(exc):
        return TOO_MUCH
    if packed_with_brotli(data):
        return UNSUPPORTED  # not damaged: qpdf lost the objects packed in Brotli (`pdf_written`)
    if isinstance(exc, pikepdf.DependencyError | DependencyError | NotImplementedError):
        return UNSUPPORTED
    if isinstance(exc, EmptyFileError):
        return EMPTY
    # DataDecodingError: qpdf could not unpack a stream it needed (a field value, an object stream).
    if isinstance(exc, pikepdf.DataDecodingError | PdfStreamError | zlib.error | brotli.error) or (
        isinstance(exc, LimitReachedError) and "decompressing" in str(exc)  # broken data too long to mend
    ):
        return DAMAGED_STREAM
    if isinstance(exc, pikepdf.PdfError) and pages_broken:
        return DAMAGED_PAGES  # qpdf stops at a loop in the page tree: the pages, not the table, are broken
    return DAMAGED_STRUCTURE


def _unsupported_encryption(exc: BaseException) -> bool:
    """True when qpdf refused the file's encryption dictionary as a kind it does not support.

    qpdf has no exception class of its own for it: it raises its general error "(encryption dictionary,
    offset N): unsupported encryption filter" or "Unsupported /R or /V in encryption dictionary", where
    a damaged dictionary says "damaged" or "missing". Without this the sender was told the file is
    damaged and to save it again, which keeps the encryption.
    """
    if not isinstance(exc, pikepdf.PdfError):
        return False
    message = str(exc)
    return "encryption dictionary" in message and "nsupported" in message


def is_resource_exhaustion(exc: BaseException) -> bool:
    """True when `exc`, or an exception it was raised from or while handling, means memory ran out.

    A reader may turn low-level errors into its own (a `PdfReadError` raised while handling a
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
