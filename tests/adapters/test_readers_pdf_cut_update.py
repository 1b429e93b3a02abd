"""A form saved as an update, in a file cut short: what is left is the revision before, without fields.

An editor saves a form it added to a document (Acrobat's "prepare form"), or the values filled in, as an
update appended to the file: the fields' appearances, then the pages and the form. A file cut short in
that update has lost its end, and qpdf rebuilds it from what is left, the revision before. Found in
openpreserve/format-corpus: `webCapture.pdf`, cut at nine tenths, was "the PDF has no form fields";
it is a damaged file, and one whose last save was lost (decision 0025, stop 50). The files are built here
from the reportlab test form.
"""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from test_readers_pdf import _form
from test_readers_pdf_hostile import _rejected
from test_readers_pdf_revisions import _clean, _saved, _updated, _without

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf import read_pdf


def _revisions() -> tuple[bytes, bytes]:
    """The document without a form (its boxes off the pages, the form's list of fields empty), and the
    same with an update that adds the form: the boxes' appearances first, the pages and the form last."""
    first = _saved(pikepdf.open(io.BytesIO(_form())))
    with pikepdf.open(io.BytesIO(first)) as pdf:
        form = pdf.Root.AcroForm
        blank = {page.objgen[0]: _without(page.obj, "/Annots") for page in pdf.pages}
        blank[form.objgen[0]] = pikepdf.Dictionary(
            {**dict(form.items()), "/Fields": pikepdf.Array()}
        ).unparse()
        added: dict[int, bytes] = {}
        for page in pdf.pages:
            for box in page.obj.Annots:
                for states in box.AP.values():
                    for stream in states.values() if isinstance(states, pikepdf.Dictionary) else [states]:
                        raw = stream.read_raw_bytes()
                        added[stream.objgen[0]] = b"%s\nstream\n%s\nendstream" % (
                            stream.stream_dict.unparse(),
                            raw,
                        )
        added.update({page.objgen[0]: page.obj.unparse(resolved=True) for page in pdf.pages})
        added[form.objgen[0]] = form.unparse(resolved=True)
    without_form = _updated(first, blank)
    return without_form, _updated(without_form, added)


def test_the_whole_file_is_read_and_its_revision_before_has_no_fields() -> None:
    without_form, with_form = _revisions()
    read = read_pdf(_clean(with_form), "formular.pdf")  # qpdf reads it without a repair
    assert {value.key for value in read.values} >= {"Borger.CPR", "note"}
    problem = _rejected(without_form, "brev.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.NO_FIELDS


def test_a_form_whose_update_was_cut_off_has_lost_its_last_save_not_its_fields() -> None:
    # The saves before the update are whole: what is left is read as they wrote it, without the form,
    # so it is refused as a lost save (`test_readers_pdf_lost_save`).
    without_form, with_form = _revisions()
    cut = with_form[: len(without_form) + 2048]  # in the appearances: the pages and the form are lost
    assert b"/Annots" not in cut[len(without_form) :]
    problem = _rejected(cut, "afkortet.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.LOST_SAVE


def test_a_form_cut_off_whose_earlier_saves_point_nowhere_is_damaged_not_without_fields() -> None:
    # The saves before end with offsets that find no table of objects (as govdocs1's files moved by a
    # transfer in text mode): no earlier save is known to be whole, yet the end is lost.
    without_form, with_form = _revisions()
    cut = with_form[: len(without_form) + 2048]
    before = re.sub(
        rb"startxref\s+(\d+)", lambda m: b"startxref\n%d" % (int(m[1]) + 7), cut[: len(without_form)]
    )
    problem = _rejected(before + cut[len(without_form) :], "afkortet.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.DAMAGED_STRUCTURE


def test_a_document_without_a_form_repaired_but_whole_still_has_no_form_fields() -> None:
    # Its table of objects is not where the trailer says (govdocs1's error PDFs: an FTP transfer in text
    # mode moves every offset), but its end is there: nothing was lost, and it has no form.
    without_form, _ = _revisions()
    last = re.findall(rb"startxref\s+(\d+)", without_form)[-1]
    moved = without_form[: without_form.rindex(last)] + b"%d\n%%%%EOF\n" % (int(last) + 7)
    with pikepdf.open(io.BytesIO(moved)) as pdf:
        assert pdf.get_warnings()  # qpdf rebuilt its table of objects
    problem = _rejected(moved, "brev.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.NO_FIELDS


@pytest.mark.parametrize("padding", [b"\x00" * 2048, b"\r\n" * 1500], ids=["zero-bytes", "empty-lines"])
def test_a_document_padded_after_its_end_has_lost_nothing(padding: bytes) -> None:
    # qpdf looks for `startxref` in the last 1024 bytes only, and rebuilds a file padded past them; its
    # end is there, before the padding (PDF white space), and so is every revision.
    without_form, with_form = _revisions()
    with pikepdf.open(io.BytesIO(without_form + padding)) as pdf:
        assert pdf.get_warnings()
    problem = _rejected(without_form + padding, "brev.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.NO_FIELDS
    read = read_pdf(with_form + padding, "formular.pdf")
    assert {value.key for value in read.values} >= {"Borger.CPR", "note"}
