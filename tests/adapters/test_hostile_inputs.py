"""Hostile inputs made here (beside the corpus): each gets a clear rejection, never a crash or a hang."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest
from pipeline import ingest, repository_registry
from test_readers_pdf_bombs import _CYCLES, _bomb, _edited, _note_value, _raw

from hub.errors import Rejection


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<x>" + "0" * (60 * 1024 * 1024) + "</x>")
    return buffer.getvalue()


CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    "huge-field.csv": (lambda: b'"' + b"x" * 300_000 + b'";1\n', 'is a quote (") left open?'),
    "too-big.csv": (lambda: b"a;b\n" * (3 * 1024 * 1024), "larger than 10 MB"),
    "deep.xml": (lambda: b"<a>" * 100_000 + b"</a>" * 100_000, "not well-formed"),
    # libxml2 reads attributes in quadratic time: this one took minutes before the limit.
    "crowded.xml": (
        lambda: b"<a " + b" ".join(b'x%d="1"' % i for i in range(50_000)) + b"/>",
        "more than 1,000 attributes",
    ),
    "many-values.xml": (lambda: b"<a>" + b"<b>1</b>" * 150_000 + b"</a>", "more than 100,000 values"),
    "bomb.xlsx": (_zip_bomb, "unpacks to more than"),
    "not-a-zip.xlsx": (lambda: b"PK\x03\x04" + b"\x00" * 100, "damaged Excel workbook"),
    "garbage.pdf": (lambda: b"%PDF-1.7\n" + bytes(range(256)) * 1000, "damaged PDF"),
    # A form whose note is 1.5 GB packed into some KB: told its size, not "damaged" (decision 0027, stop 45).
    "bomb.pdf": (lambda: _edited(lambda pdf: _note_value(pdf, *_bomb(1500))), "unpacks to more than 75 MB"),
    "pages-loop.pdf": (
        lambda: _raw(*_CYCLES["kids-lists-itself"]),
        "its list of pages is broken",
    ),
    "empty.csv": (lambda: b"", "empty"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_is_rejected_clearly(name: str) -> None:
    make, reason = CASES[name]
    with pytest.raises(Rejection) as caught:
        ingest(repository_registry(), "herlev", make(), name)
    problem = caught.value.problems[0]
    assert problem.file == name
    assert reason in problem.reason_en
    assert problem.reason_da and problem.reason_da != problem.reason_en
