"""Files nobody on the team wrote: each gives a correct Extraction or a clear two-language rejection.

Never another exception, never a hang (PDFs go through the sandbox), and no file content from the
server (XXE) in any value or message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from servers import in_ci

from hub.adapters.readers import extract, read_pdf, read_xml
from hub.adapters.readers.base import Extraction
from hub.errors import Rejection

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
PDFS = sorted((CORPUS / "pdf").glob("*.pdf")) if CORPUS.is_dir() else []
XMLS = sorted(p for p in (CORPUS / "xml").glob("*") if p.is_file()) if CORPUS.is_dir() else []
# What the server's own files look like: none of it may ever come back out of a reader.
LEAKS = ("root:", "/bin/bash", "/bin/sh", "daemon:")

# Away from CI the corpus may be missing (a lone clone); in CI it must be there.
pytestmark = pytest.mark.skipif(not CORPUS.is_dir() and not in_ci(), reason="no shared corpus here")


def test_the_corpus_is_there() -> None:
    assert PDFS and XMLS, f"no corpus files under {CORPUS}"


def _outcome(read: Callable[[bytes, str], Extraction], path: Path) -> Extraction | Rejection:
    try:
        return read(path.read_bytes(), path.name)
    except Rejection as exc:
        for problem in exc.problems:
            assert problem.file == path.name
            assert problem.reason_en and problem.reason_da and problem.reason_da != problem.reason_en
        return exc


def _assert_no_leak(result: Extraction | Rejection) -> None:
    text = str(result.to_dict())
    assert not any(mark in text for mark in LEAKS)


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_pdf_corpus(path: Path) -> None:
    result = _outcome(read_pdf, path)
    _assert_no_leak(result)


@pytest.mark.parametrize("path", XMLS, ids=lambda p: p.name)
def test_xml_corpus_as_xml(path: Path) -> None:
    result = _outcome(read_xml, path)
    _assert_no_leak(result)
    if b"<!DOCTYPE" in path.read_bytes():
        assert isinstance(result, Rejection) and "DTD" in result.message


@pytest.mark.parametrize("path", PDFS + XMLS, ids=lambda p: p.name)
def test_every_corpus_file_through_extract(path: Path) -> None:
    _assert_no_leak(_outcome(extract, path))


def _fields(name: str) -> dict[str, str | None]:
    result = read_pdf((CORPUS / "pdf" / name).read_bytes(), name)
    return {v.key: v.value for v in result.values}


def test_real_acroforms() -> None:
    latex = _fields("pdflatex-forms.pdf")
    assert len(latex) == 3
    assert latex["Check"] == "Off"
    office = _fields("libreoffice-form.pdf")
    assert len(office) == 8
    assert office["First Name"] == "Alice"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("libreoffice-writer-password.pdf", "encrypted PDF that needs a password"),
        ("minimal-document.pdf", "no form fields"),
        ("reportlab-overlay.pdf", "no form fields"),
    ],
)
def test_corpus_rejections(name: str, reason: str) -> None:
    result = _outcome(read_pdf, CORPUS / "pdf" / name)
    assert isinstance(result, Rejection) and reason in result.message


def test_stylesheets_and_schemas_are_read_as_data_only() -> None:
    xsl = read_xml((CORPUS / "xml" / "defusedxml__xalan_write.xsl").read_bytes(), "w.xsl")
    assert xsl.meta["root"] == "{http://www.w3.org/1999/XSL/Transform}stylesheet"
    assert not Path("xalan_redirect.txt").exists()  # nothing was executed
    xsd = read_xml((CORPUS / "xml" / "defusedxml__schema-include.xsd").read_bytes(), "s.xsd")
    locations = [v.value for v in xsd.values if v.key.endswith("/@schemaLocation")]
    assert locations == ["http://www.w3.org/2001/xml.xsd", "https://example.invalid/invalid.xsd"]
