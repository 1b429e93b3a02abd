"""A form cut within 1 KB after an earlier save's end is refused as a lost save (decision 0025, stop 50 (3)).

Its last 1024 bytes still hold the earlier save's `startxref` and `%%EOF`, so its end is not missing, and
qpdf reads the earlier save without a warning: the values the last save filled in are read as they were
before. The last save's objects after that end, with no `startxref` of their own, tell the cut. White
space, a comment, a linearized file's first end and a PDF attached inside the file tell none.
"""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from test_readers_pdf import _form
from test_readers_pdf_hostile import _rejected, _values
from test_readers_pdf_lost_save import NEW, _filled_as_an_editor_saves, _filled_by_pypdf, _linearized
from test_readers_pdf_revisions import _clean, _saved, _updated

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf_ends import end_missing, last_save_lost
from hub.errors import UnreadableDocument


def test_a_form_cut_just_after_its_earlier_save_is_refused_not_read_as_that_save() -> None:
    first, filled, _ = _filled_as_an_editor_saves()
    cut = filled[: len(first) + 300]  # in the note's new appearance, the update's first object
    assert not end_missing(cut)  # the earlier save's end is in the last 1 KB
    with pikepdf.open(io.BytesIO(cut)) as pdf:  # qpdf reads the earlier save, and says nothing
        assert pdf.get_warnings() == []
        old = {str(field.T): field.get("/V") for field in pdf.Root.AcroForm.Fields}
        assert (str(old["note"]), old["cb_sd"]) == ("", pikepdf.Name.Off)
    problem = _rejected(cut, "skema.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.LOST_SAVE


def test_a_form_filled_by_pypdf_cut_in_its_fields_near_the_earlier_end_is_refused() -> None:
    first = _saved(pikepdf.open(io.BytesIO(_form())))
    filled = _filled_by_pypdf(first)
    assert filled.startswith(first)
    cut = filled[: len(first) + 200]  # pypdf writes the fields first
    assert b"%%EOF" in cut[-1024:]
    problem = _rejected(cut, "skema.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.LOST_SAVE


@pytest.mark.parametrize(
    "after",
    [b"\x00" * 700, b"\r\n" * 300, b"% 3 0 obj written by the mail program\n", b"%%EOF\n"],
    ids=["zero-bytes", "empty-lines", "comment", "second-eof"],
)
def test_padding_or_a_comment_after_the_last_end_is_no_save_begun(after: bytes) -> None:
    _, filled, _ = _filled_as_an_editor_saves()
    assert {key: _values(filled + after)[key] for key in NEW} == NEW
    assert not last_save_lost(filled + after)


def test_a_last_save_whole_but_for_its_eof_is_read_with_its_values() -> None:
    # Its table and `startxref` are written: nothing of the last save is lost, qpdf reads it all.
    _, filled, _ = _filled_as_an_editor_saves()
    unended = filled[: filled.rindex(b"%%EOF")]
    assert {key: _values(unended)[key] for key in NEW} == NEW
    assert not last_save_lost(unended)


def test_a_last_save_whose_startxref_points_wrong_is_read_with_its_values() -> None:
    # A writer's slip, not a cut: the last save is all there, and qpdf finds its objects by a repair.
    _, filled, _ = _filled_as_an_editor_saves()
    at = filled.rindex(b"startxref")
    slipped = filled[:at] + re.sub(rb"\d+", b"7", filled[at:], count=1)
    assert {key: _values(slipped)[key] for key in NEW} == NEW
    assert not last_save_lost(slipped)


def test_a_linearized_form_cut_after_its_first_page_part_keeps_its_outcome() -> None:
    # The first end of a linearized file closes its first page's part, not a save: objects after it
    # are the same, only save's.
    linear = _linearized(_form())
    first_end = linear.index(b"%%EOF") + len(b"%%EOF")
    cut = linear[: first_end + 300]
    assert not end_missing(cut)
    assert not last_save_lost(cut)
    try:
        _values(cut)
    except UnreadableDocument as exc:
        assert (exc.problems[0].reason_en, exc.problems[0].reason_da) != reasons.LOST_SAVE


def test_a_linearized_form_saved_again_and_cut_after_its_whole_save_is_refused() -> None:
    linear = _clean(_linearized(_form()))
    with pikepdf.open(io.BytesIO(linear)) as pdf:
        catalogue = {pdf.Root.objgen[0]: pdf.Root.unparse(resolved=True)}
    saved_again = _updated(linear, catalogue)
    assert not last_save_lost(saved_again)
    assert last_save_lost(saved_again[: len(linear) + 20])


def _attaching(inner: bytes) -> bytes:
    """A one-save PDF with `inner` in a stream, uncompressed, followed by its catalogue and pages."""
    head = b"%%PDF-1.7\n1 0 obj\n<< /Type /EmbeddedFile /Length %d >>\nstream\n" % len(inner)
    body = head + inner + b"\nendstream\nendobj\n"
    offsets = [len(body)]
    body += b"2 0 obj\n<< /Type /Catalog /Pages 3 0 R >>\nendobj\n"
    offsets.append(len(body))
    body += b"3 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    xref = len(body)
    rows = b"".join(b"%010d 00000 n \n" % offset for offset in [9, *offsets])
    body += b"xref\n0 4\n0000000000 65535 f \n%strailer\n<< /Size 4 /Root 2 0 R >>\n" % rows
    return body + b"startxref\n%d\n%%%%EOF\n" % xref


def test_an_attached_pdf_saved_twice_tells_no_save_begun() -> None:
    # The attached file's ends, and the objects of its update after its first, are inside a stream of
    # this file: their offsets are the attached file's, so they are no end of this file's, and the
    # file, whole or cut in its only save just after the attached file's first end, lost no save.
    first = _saved(pikepdf.new())
    inner = _updated(first, {1: b"<< /Type /Catalog /Pages 2 0 R /Lang (da) >>"})
    outer = _attaching(inner)
    assert not last_save_lost(outer)
    assert outer.rindex(b"%%EOF") > outer.rindex(b" obj")  # whole, nothing is after this file's end
    cut = outer[: outer.index(inner) + len(first) + 12]
    assert re.search(rb"startxref\s+\d+\s+%%EOF\s+1 0 obj\n<< /$", cut) and not end_missing(cut)
    assert not last_save_lost(cut)
