"""Whose fault a failed reading is, the file's or the hub's own: what every reader shares (decision 0025,
stop 52, for PDFs; decision 0061, stop 53, for workbooks).

What a reader's library raises about the file (qpdf on a PDF, zipfile or lxml on a workbook, the hub's
own words for a broken part or cell) is the file's damage: the sender is told what to do about it.
Anything else (a KeyError, a TypeError, an AttributeError raised in the hub's own code on a structure it
did not expect) is an error in the hub. Told as damage, the caseworker sent the sender to save an intact
file again, to no end, and no operator heard of it. Such a file is refused as the hub's fault, and the
operators are told in the log where the error was raised: its class and line, never its text, which may
quote a value or a CPR number (`logsetup.frames`).
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from hub.errors import FieldProblem, UnreadableDocument
from hub.logsetup import Both, frames

log = logging.getLogger(__name__)
_HUB = "/hub/"  # the package's folder in a frame's path


def reason(what_en: str, what_da: str) -> tuple[str, str]:
    """The refusal's words for a document (`what_en`: "this PDF") an error in the hub did not read."""
    return (
        f"the hub could not read {what_en} because of an error in the hub itself, not in the file: the "
        "fault is not the sender's, and the hub's operators have been told",
        f"hubben kunne ikke læse {what_da} på grund af en fejl i hubben selv, ikke i filen: fejlen er "
        "ikke afsenderens, og hubbens drift har fået besked",
    )


class HubFault(UnreadableDocument):
    """A document refused because of an error in the hub's own code; `error` is the operator's record
    of it (`record`), logged where the hub's log is (the parent of a sandbox worker: `log_error`)."""

    def __init__(self, problems: list[FieldProblem], error: dict[str, str]) -> None:
        super().__init__(problems)
        self.error = error


def record(exc: BaseException) -> dict[str, str]:
    """The operator's record of an error in the hub's code: its class, the innermost place it was
    raised and its frames, none with its text."""
    return {
        "class": f"{type(exc).__module__}.{type(exc).__qualname__}",
        "where": where(exc),
        "frames": frames(exc),
    }


def where(exc: BaseException) -> str:
    """The innermost line of the hub's own code the exception passed (`hub/…/pdf_values.py:88 (value)`),
    else the innermost line of all: where to start looking."""
    stack = traceback.extract_tb(exc.__traceback__)
    ours = [frame for frame in stack if _HUB in frame.filename] or stack
    if not ours:
        return "?"
    frame = ours[-1]
    path = frame.filename[frame.filename.rfind(_HUB) + 1 :] if _HUB in frame.filename else frame.filename
    return f"{path}:{frame.lineno} ({frame.name})"


def log_error(error: dict[str, Any], reader_en: str, reader_da: str, logger: logging.Logger = log) -> None:
    """Tell the operator of an error in the hub's `reader_en` ("PDF reader") that refused a document (in
    the parent, whose log is the hub's and masks a CPR number; the file's name is left out, as it may
    hold one, and the document's rejection names it)."""
    logger.error(
        Both(
            f"an error in the hub's {reader_en} refused a document: %s at %s; it was told the fault is "
            "the hub's",
            f"en fejl i hubbens {reader_da} afviste et dokument: %s ved %s; det fik besked om, at fejlen "
            "er hubbens",
            error.get("class", "?"),
            error.get("where", "?"),
        )
    )
    logger.debug("%s", error.get("frames", ""))
