"""Every refusal at a limit of a file's size, of a sandboxed reading, of merged cells or of an upload's
zip says what was found, the limit and what to send instead, in English and Danish (decision 0061, "Stop
60: limits-71"). Expected texts written from the limits: 10 MB a spreadsheet, 50 MB a workbook unpacked,
20 MB a PDF, 15 s of CPU time and 1,024 MB of memory a sandboxed reading."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest

from hub.adapters.readers import pdf_reasons, sandbox, tabular_limits, xlsx_sandbox
from hub.adapters.readers.pdf import read_pdf
from hub.adapters.readers.tabular import read_csv, read_xlsx
from hub.errors import FieldProblem, Rejection
from hub.services.upload_zips import Incoming, Limits, unpack


def _problem(call: Any, *args: Any) -> FieldProblem:
    with pytest.raises(Rejection) as info:
        call(*args)
    (problem,) = info.value.problems
    return problem


def test_a_csv_past_the_size_limit_says_its_size_and_what_to_send() -> None:
    # 10 MB and 100 KB (102,400 bytes): 10.1 MB rounded up to a tenth.
    problem = _problem(read_csv, b"a;b\n" * ((10 * 1024 * 1024 + 102_400) // 4), "stor.csv")
    assert problem.file == "stor.csv"
    assert problem.reason_en == (
        "the file is larger than 10 MB, the most the hub reads in one file (it is 10.1 MB): send it as "
        "several files (one a month, say); a workbook also gets smaller saved without its pictures"
    )
    assert problem.reason_da == (
        "filen er større end 10 MB, det meste hubben læser i én fil (den fylder 10,1 MB): send den som "
        "flere filer (fx én pr. måned); en projektmappe bliver også mindre, gemt uden sine billeder"
    )


def test_a_workbook_that_unpacks_past_the_limit_says_to_what(monkeypatch: pytest.MonkeyPatch) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "0" * (3 * 1024 * 1024))  # 3 MB, a few KB packed
    monkeypatch.setattr(tabular_limits, "MAX_UNCOMPRESSED", 1024 * 1024)
    problem = _problem(read_xlsx, buf.getvalue(), "bombe.xlsx")
    assert problem.reason_en == (
        "the workbook unpacks to more than 1 MB, the most the hub reads (3 MB): split it into files of one "
        "month each, or save only the sheet with the timesheet in a file of its own"
    )
    assert problem.reason_da == (
        "projektmappen fylder mere end 1 MB udpakket, det meste hubben læser (3 MB): del den op i filer "
        "med én måned hver, eller gem kun arket med timesedlen i en fil for sig"
    )


def test_a_workbook_stopped_by_the_sandbox_says_the_limit_and_what_to_send(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def too_slow(*args: Any) -> Any:
        raise sandbox.SandboxError("timeout")

    monkeypatch.setattr(xlsx_sandbox.sandbox, "run", too_slow)
    problem = _problem(xlsx_sandbox.read_xlsx_sandboxed, b"PK\x03\x04", "langsom.xlsx")
    assert problem.file == "langsom.xlsx"
    assert problem.reason_en == (
        "reading the workbook took too long (more than 15 s of computing, the most the hub gives one file): "
        "save only the sheet with the timesheet in a file of its own, or split the workbook into files of "
        "one month each"
    )
    assert problem.reason_da == (
        "læsning af projektmappen tog for lang tid (mere end 15 sekunders regnetid, det meste hubben giver "
        "én fil): gem kun arket med timesedlen i en fil for sig, eller del projektmappen op i filer med én "
        "måned hver"
    )


def test_a_pdf_stopped_for_memory_says_the_limit() -> None:
    en, da = pdf_reasons.TOO_MUCH_MEMORY
    assert en.startswith(
        "reading the PDF needed too much memory (more than 1,024 MB, the most the hub gives one file): "
        "send the form without scanned or other pages added to it; if it is the form alone, save"
    )
    assert da.startswith(
        "læsning af PDF'en krævede for meget hukommelse (mere end 1.024 MB, det meste hubben giver én fil): "
        "send blanketten uden indscannede eller andre sider lagt til; er det blanketten alene, så gem"
    )


def test_a_pdf_past_the_size_limit_says_its_size_and_what_to_send() -> None:
    problem = _problem(read_pdf, b"%PDF-1.7\n" + b" " * (21 * 1024 * 1024 - 9), "scannet.pdf")
    assert isinstance(problem, FieldProblem) and problem.file == "scannet.pdf"
    assert problem.reason_en == (
        "the PDF is larger than 20 MB, the most the hub reads in one file (it is 21 MB): send the form "
        "without scanned or other pages added to it; if it is the form alone, save or export it again as "
        "PDF from the program that made it, and send that copy"
    )
    assert problem.reason_da.startswith(
        "PDF'en er større end 20 MB, det meste hubben læser i én fil (den fylder 21 MB): send blanketten "
        "uden indscannede eller andre sider lagt til"
    )


def test_a_zip_past_the_upload_limit_says_the_limit_and_what_to_send() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("timer.csv", b"a;b\n" * (1024 * 1024))  # 4 MB unpacked
    problem = _problem(unpack, [Incoming("uge.zip", buf.getvalue())], Limits(10, 1024 * 1024))
    assert problem.file == "uge.zip: timer.csv"
    assert problem.reason_en == (
        "the zip unpacks to more than the upload limit of 1 MB: send its documents in several uploads (or "
        "several zips)"
    )
    assert problem.reason_da == (
        "zip-filen fylder mere end grænsen for en upload på 1 MB, når den pakkes ud: send dens dokumenter i "
        "flere uploads (eller flere zip-filer)"
    )
