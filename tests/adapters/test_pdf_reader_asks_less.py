"""The PDF reader child asks pikepdf less for the same reading (decision 0030, "Stop 60: pdfread-70"):
a dictionary's keys as pikepdf names (half the instructions of the same key as text), a box's corners
from the text qpdf writes them as, a filled text field's string told by one look at its kind, and a file
without a cross-reference or object stream not searched for one by the pattern. What is read is the same.
"""

from __future__ import annotations

import zlib
from decimal import Decimal
from typing import Any

import pikepdf
import pytest
from test_pdf_unpack_once import _OPEN
from test_readers_pdf import _form

from hub.adapters.readers import pdf_objects, pdf_placed, pdf_unpack, pdf_unshown, pdf_values
from hub.adapters.readers.pdf import read_pdf_unsandboxed
from hub.adapters.readers.pdf_unpack import MAX_UNPACKED_BYTES, TooLarge


class _Keys:
    """A dictionary that notes the type of every key it is asked for."""

    def __init__(self, **held: Any) -> None:
        self.held = {f"/{key}": value for key, value in held.items()}
        self.asked: list[bool] = []  # whether each key was asked as a pikepdf name

    def __contains__(self, key: Any) -> bool:
        self.asked.append(isinstance(key, pikepdf.Name))
        return str(key) in self.held

    def __getitem__(self, key: Any) -> Any:
        self.asked.append(isinstance(key, pikepdf.Name))
        return self.held[str(key)]


def test_the_readers_own_keys_are_asked_as_pikepdf_names() -> None:
    node = _Keys(Kids=1)
    assert pdf_objects.entry(node, "/Kids") == 1
    assert pdf_objects.entry(node, "/Parent") is None
    assert node.asked == [True] * 3
    # A key the file names (a font an appearance stream selects) is asked as the text it is.
    fonts = _Keys(Helv=2)
    assert pdf_objects.entry(fonts, "/Helv") == 2
    assert fonts.asked == [False, False]


def _document() -> pikepdf.Pdf:
    pdf = pikepdf.new()
    _OPEN.append(pdf)
    return pdf


@pytest.mark.parametrize(
    ("written", "corners"),
    [
        ("[ 60 532 72 544 ]", (60.0, 532.0, 72.0, 544.0)),
        ("[ 72 544 60 532 ]", (60.0, 532.0, 72.0, 544.0)),  # corners in any order
        ("[ 10.5 -.25 +3. 0.1 ]", (3.0, -0.25, 10.5, 0.1)),
        # An integer -0 is the integer 0 (qpdf keeps the number, and writes it back as 0); a real -0.0
        # keeps its sign, as its Decimal does.
        ("[ -0 -0.0 5 7 ]", (0.0, -0.0, 5.0, 7.0)),
        ("[ 99999999999999999 1 2 3 ]", (2.0, 1.0, 99999999999999999.0, 3.0)),
    ],
)
def test_a_boxs_corners_are_read_from_their_written_numbers(
    monkeypatch: pytest.MonkeyPatch, written: str, corners: tuple[float, ...]
) -> None:
    box = _document().make_indirect(pikepdf.Dictionary(Rect=pikepdf.Object.parse(written.encode())))
    given: list[Any] = []
    monkeypatch.setattr(pdf_placed, "float", lambda item: given.append(item) or float(item), raising=False)
    found = pdf_placed.rect(box)
    assert found == corners
    assert [str(a).startswith("-") for a in found] == [str(a).startswith("-") for a in corners]
    # From the text qpdf writes, not from four numbers pikepdf makes (a Decimal each for reals).
    assert given and all(isinstance(item, bytes) for item in given)


def test_corners_not_four_numbers_are_read_from_the_items_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _document()
    page = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Page))
    given: list[Any] = []
    monkeypatch.setattr(pdf_placed, "float", lambda item: given.append(item) or float(item), raising=False)
    referred = pikepdf.Array([1, pdf.make_indirect(pikepdf.Array([2])), 3, 4])
    cases = [
        (pikepdf.Array([1, 2, 3]), None),  # three numbers: none to place a label by
        (pikepdf.Array([1, 2, 3, 4, 5]), None),
        (pikepdf.Array([1, pikepdf.Name.Two, 3, 4]), None),
        (pikepdf.Array([1, page, 3, 4]), None),  # a reference to a dictionary
        (referred, None),
        (pikepdf.Array([Decimal("1.5"), 2, 3, 4]), (1.5, 2.0, 3.0, 4.0)),
    ]
    for rect, corners in cases:
        assert pdf_placed.rect(pdf.make_indirect(pikepdf.Dictionary(Rect=rect))) == corners
    assert not any(isinstance(item, bytes) for item in given[:2])  # the name's and the page's: items


def test_a_text_fields_string_is_told_without_pikepdfs_class_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(obj: Any) -> bool:
        raise AssertionError("asked through the class checks")

    monkeypatch.setattr(pdf_unshown, "_is_text", refused)
    value = pikepdf.String("Mette Holm")
    node = pikepdf.Dictionary(V=value)
    assert pdf_unshown.unshown("text", value) is None
    assert pdf_unshown.unshown("choice", value) is None
    monkeypatch.setattr(pdf_values, "unshown", refused)
    assert pdf_values.value("text", node, {"/V": value}, [node]) == "Mette Holm"
    # A string in a signature field is still no signature: said, as before.
    monkeypatch.undo()
    assert pdf_unshown.unshown("signature", value) == ["text", "Mette Holm"]


def test_a_file_without_structure_streams_is_not_searched_by_the_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searched: list[bytes] = []

    class Spy:
        def finditer(self, data: bytes) -> Any:
            searched.append(data)
            return pdf_unpack_pattern.finditer(data)

    pdf_unpack_pattern = pdf_unpack._STRUCTURE
    monkeypatch.setattr(pdf_unpack, "_STRUCTURE", Spy())
    form = _form()
    read_pdf_unsandboxed(form, "form.pdf", True)
    assert b"/XRef" not in form and b"/ObjStm" not in form
    assert searched == []
    # Where either name is in the bytes, the streams are found and measured as before.
    bomb = zlib.compress(b"\0" * (MAX_UNPACKED_BYTES + 1024 * 1024), 1)
    head = b"%PDF-1.7\n2 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n"
    packed = head + bomb + b"\nendstream\n"
    with pytest.raises(TooLarge):
        pdf_unpack.check_structure(packed)
    assert len(searched) == 1
