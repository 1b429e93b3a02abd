"""The PDF reader child asks pikepdf for what it already has no second time: a field's kind once, a box's
number once in the list of fields, once in its page's boxes and once for the field's page (where it was
asked four or five times), a Flate appearance's filter in one call
(decision 0030, "Stop 59: pdfread-68"). Each ask is a call into the bindings, some hundred a form; what is
read is the same.
"""

from __future__ import annotations

import zlib
from collections import Counter
from typing import Any

import pikepdf
import pytest
from test_pdf_unpack_once import _OPEN, TEXT, _stream
from test_readers_pdf import _form

from hub.adapters.readers import pdf_fields, pdf_placed, pdf_unlisted, pdf_unpack
from hub.adapters.readers.pdf import read_pdf_unsandboxed


def test_each_fields_kind_is_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    kind = pdf_fields.kind  # in the walk since stop 61 (pdfread-72): it was `pdf_values.kind`
    asked: list[dict] = []
    monkeypatch.setattr(pdf_fields, "kind", lambda inherited: asked.append(inherited) or kind(inherited))
    extraction = read_pdf_unsandboxed(_form(), "form.pdf", True)
    # The test form's six fields: a text box, two checkboxes, a radio group, a list, a note.
    assert [v.key for v in extraction.values] == ["Borger.CPR", "cb_kh", "cb_sd", "ansat", "ydelse", "note"]
    assert len(asked) == 6


def test_a_boxs_number_is_asked_for_once_in_each_list_that_holds_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = pdf_fields.object_key
    asked: Counter[Any] = Counter()

    def counted(obj: Any) -> Any:
        number = key(obj)
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Subtype") == "/Widget":
            asked[number] += 1
        return number

    monkeypatch.setattr(pdf_fields, "object_key", counted)
    monkeypatch.setattr(pdf_placed, "object_key", counted)
    monkeypatch.setattr(pdf_unlisted, "object_key", counted)  # the pages' boxes (`scan_pages`)
    read_pdf_unsandboxed(_form(), "form.pdf", True)
    # Seven boxes: the radio group's two, and one each of the other five fields.
    assert len(asked) == 7
    # The walk down the list (where the field is its own box, the number read as the field's), the page's
    # list of boxes, and the field's page: where each box's number was asked for four or five times.
    assert max(asked.values()) <= 3


def test_a_flate_appearance_is_told_by_its_filter_without_listing_its_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    filters = pdf_unpack._filters
    listed: list[Any] = []
    monkeypatch.setattr(pdf_unpack, "_filters", lambda stream: listed.append(stream) or filters(stream))
    packed = zlib.compress(TEXT)
    for spelled in (pikepdf.Name.FlateDecode, pikepdf.Array([pikepdf.Name.FlateDecode])):
        stream = _stream(packed, Filter=spelled)
        assert pdf_unpack.read_within(stream, 65_536) == TEXT == stream.read_bytes()
    assert listed == []
    # Any other spelling is told by its names, as before, and read as qpdf reads it.
    referred = _stream(packed)  # its list of filters as a reference to the list
    referred.Filter = _OPEN[-1].make_indirect(pikepdf.Array([pikepdf.Name.FlateDecode]))
    others = [
        referred,
        _stream(zlib.compress(packed), Filter=pikepdf.Array([pikepdf.Name.FlateDecode] * 2)),
        _stream(TEXT),  # no filter
    ]
    for stream in others:
        assert pdf_unpack.read_within(stream, 65_536) == TEXT == stream.read_bytes()
