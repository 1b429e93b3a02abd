"""An XLSX workbook read in a sandbox worker, as PDFs are (`sandbox`): under memory, CPU and time limits.

An XLSX file is a zip of XML that the reader unpacks and parses: a crafted one can ask for far more memory
or time than its size suggests, which the sandbox's limits stop. And a worker that stores a batch reads
its next workbooks in the sandbox's processes meanwhile, on the other core (decision 0034).
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from hub.adapters.readers import faults, sandbox
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.limit_words import sandbox_reasons
from hub.adapters.readers.sandboxed import SandboxedRead, run_read
from hub.adapters.readers.sniff import unreadable
from hub.adapters.readers.tabular import read_xlsx
from hub.adapters.readers.xlsx_problems import DAMAGED, HUB_ERROR, hub_fault
from hub.errors import FieldProblem, Rejection, UnreadableDocument

log = logging.getLogger(__name__)
_CRASHED = (f"{DAMAGED[0]}: the reader stopped on it", f"{DAMAGED[1]}: læseren stoppede på den")
_FAILURES = {
    **sandbox_reasons(
        ("the workbook", "projektmappen"),
        (
            "save only the sheet with the timesheet in a file of its own, or split the workbook into files "
            "of one month each",
            "gem kun arket med timesedlen i en fil for sig, eller del projektmappen op i filer med én "
            "måned hver",
        ),
    ),
    "crash": _CRASHED,  # the worker died (a signal): in a library's C code, on what the file holds
    # an exception the child let through: the hub's own code's, as `_read_in_child` answers the rest
    "error": HUB_ERROR,
}
_READER = "XLSX reader", "XLSX-læser"


def read_xlsx_sandboxed(data: bytes, filename: str, sheet: str | None = None) -> Extraction:
    """`tabular.read_xlsx` in a sandbox worker: the same extraction and the same rejections, and a
    workbook that breaks the limits is rejected as unreadable."""
    return run_read(xlsx_read(data, filename, sheet))


def xlsx_read(data: bytes, filename: str, sheet: str | None = None) -> SandboxedRead:
    """`read_xlsx_sandboxed` as a sandbox task and what its answer becomes."""
    return SandboxedRead(_read_in_child, (data, filename, sheet), functools.partial(_answer, filename))


def _answer(filename: str, result: dict[str, Any] | sandbox.SandboxError) -> Extraction:
    if isinstance(result, sandbox.SandboxError):
        reason_en, reason_da = _FAILURES.get(result.kind, _CRASHED)
        if result.kind == "error":  # its text may quote a value: the class and place are not known here
            faults.log_error({"class": "?", "where": "the sandbox worker"}, *_READER, log)
        raise unreadable(filename, reason_en, reason_da) from result
    if "hub_error" in result:
        faults.log_error(result["hub_error"], *_READER, log)
    if "unreadable" in result:
        raise UnreadableDocument([FieldProblem(**p) for p in result["unreadable"]])
    if "rejected" in result:
        raise Rejection([FieldProblem(**p) for p in result["rejected"]])
    return Extraction.from_dict(result["extraction"])


def _read_in_child(data: bytes, filename: str, sheet: str | None) -> dict[str, Any]:
    """Runs in the worker: the extraction or the problems, as plain dicts (the exception kind kept)."""
    try:
        return {"extraction": read_xlsx(data, filename, sheet).to_dict()}
    except faults.HubFault as exc:  # told to the sender here, logged in the parent (the hub's log)
        return {"unreadable": [p.to_dict() for p in exc.problems], "hub_error": exc.error}
    except UnreadableDocument as exc:
        return {"unreadable": [p.to_dict() for p in exc.problems]}
    except Rejection as exc:
        return {"rejected": [p.to_dict() for p in exc.problems]}
    except MemoryError:  # the limit stopped it: the sandbox says "too much memory", and replaces the worker
        raise
    except Exception as exc:  # the hub's own code about the extraction (`to_dict`): not the file's fault
        fault = hub_fault(exc, filename)
        return {"unreadable": [p.to_dict() for p in fault.problems], "hub_error": fault.error}
