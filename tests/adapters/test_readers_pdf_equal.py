"""The pikepdf reader gives the same Extraction as the former pypdf reader, field by field, on every PDF here.

The pypdf reader is kept as a reference in `tools/pdf_pypdf.py` (decision 0027). Every PDF of the
repository (golden forms, templates), the shared corpus's PDFs and the forms the reader tests build
(AES, Brotli, junk before the header) are read by both, without and with labels. A difference is
shown as the first field that differs, so a failure says where the readers part.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, SHARED
from simulator_support import fixture_script
from test_readers_pdf import _encrypted, _form
from test_readers_pdf_hostile import _with_note_stream

from hub.adapters.readers import pdf
from hub.adapters.readers.base import Extraction
from hub.errors import UnreadableDocument

REFERENCE = fixture_script("pdf_pypdf")
FILES = sorted(
    [*ROOT.glob("tests/golden/**/*.pdf"), *ROOT.glob("config/**/*.pdf"), *SHARED.glob("corpus/pdf/*.pdf")]
)
BUILT = {
    "reportlab form": _form,
    "RC4, empty user password": lambda: _encrypted(""),
    "Brotli value": lambda: _with_note_stream(_form()),
    "junk before the header": lambda: b"Content-Type: application/pdf\r\n\r\n" + _form(),
}


def _assert_same(got: Extraction, want: Extraction) -> None:
    assert got.format == want.format
    assert got.meta == want.meta
    assert [v.key for v in got.values] == [v.key for v in want.values]
    for mine, theirs in zip(got.values, want.values, strict=True):
        assert (mine.key, mine.value, mine.meta) == (theirs.key, theirs.value, theirs.meta)
    assert got == want


def test_the_files_are_there() -> None:
    # 29 golden forms and templates in the repository; the shared corpus adds 3 forms where present.
    assert len([p for p in FILES if p.is_relative_to(ROOT)]) >= 29


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(p.parents[1])))
@pytest.mark.parametrize("with_labels", [False, True], ids=["fields", "labels"])
def test_a_file_reads_the_same_with_both_readers(path: Path, with_labels: bool) -> None:
    data = path.read_bytes()
    try:
        want = REFERENCE.pypdf_extraction(data, path.name, with_labels)
    except UnreadableDocument:
        # A file without fields, or locked: the two agree when the hub rejects it too (its reason is
        # tested in test_readers_pdf_hostile). A pass, not a skip: this is the comparison's answer.
        with pytest.raises(UnreadableDocument):
            pdf.read_pdf(data, path.name, with_labels)
        return
    _assert_same(pdf.read_pdf(data, path.name, with_labels), want)


@pytest.mark.parametrize("name", list(BUILT))
@pytest.mark.parametrize("with_labels", [False, True], ids=["fields", "labels"])
def test_a_built_form_reads_the_same_with_both_readers(name: str, with_labels: bool) -> None:
    data = BUILT[name]()
    _assert_same(
        pdf.read_pdf(data, "form.pdf", with_labels), REFERENCE.pypdf_extraction(data, "form.pdf", with_labels)
    )
