"""A form whose last save was cut off is refused, not read as the save before (decision 0025, stop 50).

An editor saves the values filled in as an update appended to the file (PDF 32000 7.5.6). A file cut short
in that update has lost its end, and qpdf rebuilds it from what is left: where the update's objects were
lost, it reads the save before, so a text field filled in read empty and a box ticked "Ja" read "Off"
(PDFBox's `acroform.pdf`, cut at nine tenths), marked as repaired only. The files are built here from
the reportlab test form; a file whose end is there, a linearized one, or one padded after its end, is read.
"""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from pypdf import PdfWriter
from test_readers_pdf import _form
from test_readers_pdf_hostile import _rejected, _values
from test_readers_pdf_revisions import _clean, _saved, _updated

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf_ends import last_save_lost
from hub.errors import UnreadableDocument

NEW = {"note": "Heinz Mustermann", "cb_sd": "Yes"}  # what the last save fills in; the form has "" and "Off"


def _filled_as_an_editor_saves() -> tuple[bytes, bytes, int]:
    """The form as first saved, the same with an update that fills in `NEW`: the note's new appearance
    first (more than 1 KB), the fields last, as an editor writes them; and where the fields begin."""
    first = _saved(pikepdf.open(io.BytesIO(_form())))
    with pikepdf.open(io.BytesIO(first)) as pdf:
        fields = {str(field.T): field for field in pdf.Root.AcroForm.Fields}
        note, box = fields["note"], fields["cb_sd"]
        shown = note.AP.N
        content = b"/Tx BMC q BT /Helv 12 Tf 2 4.7 Td (Heinz Mustermann) Tj ET Q EMC\n%" + b" " * 1500 + b"\n"
        head = pikepdf.Dictionary({**dict(shown.stream_dict.items()), "/Length": len(content)})
        added = {shown.objgen[0]: b"%s\nstream\n%s\nendstream" % (head.unparse(), content)}
        filled = {**dict(note.items()), "/V": pikepdf.String(NEW["note"])}
        added[note.objgen[0]] = pikepdf.Dictionary(filled).unparse()
        ticked = {**dict(box.items()), "/V": pikepdf.Name.Yes, "/AS": pikepdf.Name.Yes}
        added[box.objgen[0]] = pikepdf.Dictionary(ticked).unparse()
        fields_at = b"\n%d 0 obj\n" % note.objgen[0]
    filled = _updated(first, added)
    return first, filled, filled.index(fields_at, len(first)) + 1


def _filled_by_pypdf(first: bytes) -> bytes:
    """`first` with an update pypdf appends (its incremental writer): the fields, then their appearance."""
    writer = PdfWriter(io.BytesIO(first), incremental=True)
    writer.update_page_form_field_values(writer.pages[1], {"note": NEW["note"]}, auto_regenerate=False)
    writer.update_page_form_field_values(writer.pages[0], {"cb_sd": "/Yes"}, auto_regenerate=False)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_a_form_whose_last_save_was_cut_off_is_refused_not_read_as_the_save_before() -> None:
    _, filled, fields_at = _filled_as_an_editor_saves()
    assert {key: _values(_clean(filled))[key] for key in NEW} == NEW  # whole, the last save is read
    cut = filled[:fields_at]  # cut short before the fields: the save is lost from there on
    assert b"%%EOF" not in cut[-1024:] and b"startxref" not in cut[-1024:]
    with pikepdf.open(io.BytesIO(cut)) as pdf:  # pikepdf opens it: it rebuilds the save before
        assert pdf.get_warnings()
        old = {str(field.T): field.get("/V") for field in pdf.Root.AcroForm.Fields}
        assert (str(old["note"]), old["cb_sd"]) == ("", pikepdf.Name.Off)
    problem = _rejected(cut, "Heinz Mustermann timer.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.LOST_SAVE
    assert problem.file == "Heinz Mustermann timer.pdf"


def test_a_form_filled_by_pypdf_and_cut_in_its_table_of_objects_is_refused() -> None:
    # What is left may hold every field the last save wrote, but which of its objects were lost is not
    # known: the rule does not guess, as a sender can send the file again.
    first = _saved(pikepdf.open(io.BytesIO(_form())))
    filled = _filled_by_pypdf(first)
    assert {key: _values(filled)[key] for key in NEW} == NEW  # (qpdf mends pypdf's table: no repair)
    cut = filled[: filled.rindex(b"startxref") - 40]
    assert len(cut) - len(first) > 1024  # the save before's end is out of the last 1 KB
    problem = _rejected(cut, "skema.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.LOST_SAVE


def test_a_whole_form_with_updates_is_read_with_its_last_values() -> None:
    _, filled, _ = _filled_as_an_editor_saves()
    with pikepdf.open(io.BytesIO(filled)) as pdf:
        catalogue = {pdf.Root.objgen[0]: pdf.Root.unparse(resolved=True)}
    twice = _updated(filled, catalogue)  # a second update after the first, as a save without a change
    assert len(re.findall(rb"%%EOF", twice)) == 3
    assert {key: _values(_clean(twice))[key] for key in NEW} == NEW
    assert not last_save_lost(twice)


@pytest.mark.parametrize("padding", [b"\x00" * 4096, b"\r\n" * 1500], ids=["zero-bytes", "empty-lines"])
def test_a_form_with_updates_padded_after_its_end_is_read(padding: bytes) -> None:
    # qpdf looks for `startxref` in the last 1024 bytes only and rebuilds the padded file; all of its
    # last save is there, before the padding.
    _, filled, _ = _filled_as_an_editor_saves()
    assert {key: _values(filled + padding)[key] for key in NEW} == NEW
    assert not last_save_lost(filled + padding)


def _linearized(data: bytes) -> bytes:
    buf = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(buf, linearize=True)
    return buf.getvalue()


def test_a_linearized_form_is_read_and_its_first_page_end_is_no_earlier_save() -> None:
    # A linearized file ends the part with its first page as a save ends ("startxref 0 %%EOF" from
    # qpdf, as the veraPDF corpus's linearized files have it); a writer may give it its first table's offset.
    linear = _linearized(_form())
    assert b"/Linearized" in linear[:1024] and linear.count(b"%%EOF") == 2
    assert _values(_clean(linear)) == _values(_form())
    first_table = linear.index(b"xref")
    named = linear.replace(b"startxref\n0\n", b"startxref\n%d\n" % first_table, 1)
    for whole in (linear, named):
        cut = whole[: len(whole) * 9 // 10]
        assert not last_save_lost(cut)  # cut in its only save: read with a repair, or damaged, as before
        try:
            _values(cut)
        except UnreadableDocument as exc:
            assert (exc.problems[0].reason_en, exc.problems[0].reason_da) != reasons.LOST_SAVE


def test_a_save_end_counts_only_where_it_points_at_this_files_table() -> None:
    # A PDF attached uncompressed has ends of its own, whose offsets are the attached file's; the file
    # cut short in its only save has lost no earlier one. With junk before the header (a mail program's
    # MIME lines), offsets count from the header, as qpdf counts them.
    _, filled, fields_at = _filled_as_an_editor_saves()
    cut = filled[:fields_at]
    assert last_save_lost(cut)
    assert last_save_lost(b"Content-Type: application/pdf\r\n\r\n" + cut)
    inner = _saved(pikepdf.new())  # its one save ends "startxref N %%EOF", N its own table's offset
    outer = b"%%PDF-1.7\n1 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (len(inner), inner)
    assert re.search(rb"startxref\s+\d+\s+%%EOF", outer)
    assert not last_save_lost(outer + b" " * 2048 + b"2 0 obj\n<< /Type /Catalog")
