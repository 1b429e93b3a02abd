"""PDFs as real senders make them: AES, Brotli, XFA, junk before the header, damage; each read or told why.

Every file is built here from a reportlab form (`_form` in test_readers_pdf), so the test says what is
hostile about it. A rejection must say what the sender can do, in both languages, in no library's words.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable

import brotli
import pikepdf
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
)
from test_readers_pdf import _form

from hub.adapters.readers import extract
from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf import read_pdf
from hub.adapters.readers.pdf_fields import MAX_FIELD_NODES
from hub.adapters.readers.sniff import sniff_format
from hub.errors import FieldProblem, UnreadableDocument

# Words of the libraries and of Python that a clerk must never be shown.
JARGON = ("pip", "install", "Error", "pypdf", "cryptography", "brotli", "xref", "stream", "/")


# The fields `_form` fills, in page order, and their values.
FORM_FIELDS = {
    "Borger.CPR": "0101901234",
    "cb_kh": "Yes",
    "cb_sd": "Off",
    "ansat": "jobcenter",
    "ydelse": "B",
    "note": "",
}


def encrypted_form(streams: pikepdf.ObjectStreamMode) -> bytes:
    """The test form encrypted with the standard handler (AES-256, R 6), opening without a password."""
    buf = io.BytesIO()
    with pikepdf.open(io.BytesIO(_form())) as pdf:
        pdf.save(buf, encryption=pikepdf.Encryption(user="", owner="ejer", R=6), object_stream_mode=streams)
    return buf.getvalue()


def _rejected(data: bytes, filename: str) -> FieldProblem:
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(data, filename)
    (problem,) = info.value.problems
    assert problem.file == filename
    for word in JARGON:
        assert word not in problem.reason_en and word not in problem.reason_da, (word, problem)
    return problem


def _values(data: bytes, filename: str = "form.pdf") -> dict[str, str | None]:
    return {v.key: v.value for v in read_pdf(data, filename).values}


def _written(writer: PdfWriter) -> bytes:
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _encrypted(algorithm: str, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_form())))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    return _written(writer)


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_an_aes_pdf_without_a_user_password_is_read(algorithm: str) -> None:
    assert _values(_encrypted(algorithm, ""))["Borger.CPR"] == "0101901234"


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_a_form_locked_by_a_password_is_told_it_needs_one_not_that_it_has_no_fields(algorithm: str) -> None:
    problem = _rejected(_encrypted(algorithm, "hemmelig"), "låst.pdf")
    assert "needs a password" in problem.reason_en and "no form fields" not in problem.reason_en
    assert "kræver en adgangskode" in problem.reason_da


def _with_note_stream(data: bytes) -> bytes:
    """The form with the note field's value as a Brotli-compressed stream (PDF 2.0's /BrotliDecode)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    stream = StreamObject()
    stream.set_data(brotli.compress("Mødet er flyttet".encode()))
    stream[NameObject("/Filter")] = NameObject("/BrotliDecode")
    ref = writer._add_object(stream)
    for field in writer._root_object["/AcroForm"]["/Fields"]:
        if field.get_object()["/T"] == "note":
            field.get_object()[NameObject("/V")] = ref
    return _written(writer)


def test_a_brotli_compressed_value_is_read() -> None:
    assert _values(_with_note_stream(_form()))["note"] == "Mødet er flyttet"


def test_a_compression_the_reader_does_not_know_is_told_at_its_field() -> None:
    # A filter name no PDF reader knows (qpdf calls such a stream "unfilterable"). The whole form was
    # refused for the one value, naming no field; the value is now none, marked at its field, and a config
    # that reads it is told there (`mapping.unshown_values`; decision 0060, "Stop 56: values-64").
    unknown = _with_note_stream(_form()).replace(b"/BrotliDecode", b"/FutureDecode")
    note = next(v for v in read_pdf(unknown, "ny.pdf").values if v.key == "note")
    assert (note.value, note.meta["unshown"]) == (None, ["stream", "unknown", ""])  # its box draws nothing


def test_a_broken_compressed_value_is_told_at_its_field() -> None:
    # Brotli bytes under a /FlateDecode label: qpdf cannot unpack them (its DataDecodingError).
    broken = _with_note_stream(_form()).replace(b"/BrotliDecode", b"/FlateDecode")
    note = next(v for v in read_pdf(broken, "skadet.pdf").values if v.key == "note")
    assert (note.value, note.meta["unshown"]) == (None, ["stream", "broken", ""])


def _blank_with_acroform(acroform: dict) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    # A stream is always an indirect object in a valid PDF (qpdf reads a direct one as garbage).
    entries = {k: writer._add_object(v) if isinstance(v, StreamObject) else v for k, v in acroform.items()}
    form = DictionaryObject({NameObject(k): v for k, v in entries.items()})
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(form)
    return _written(writer)


def test_an_xfa_only_form_is_told_to_be_saved_as_an_ordinary_pdf_form() -> None:
    xfa = DecodedStreamObject()
    xfa.set_data(b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template/></xdp:xdp>')
    problem = _rejected(_blank_with_acroform({"/Fields": ArrayObject(), "/XFA": xfa}), "xfa.pdf")
    assert "XFA form" in problem.reason_en and "ordinary PDF form" in problem.reason_en
    assert "XFA-formular" in problem.reason_da and "almindelig PDF-formular" in problem.reason_da


def test_an_empty_acroform_without_xfa_still_has_no_form_fields() -> None:
    # Read without `_rejected`'s check for the hub's own libraries' names: this file names pypdf, which
    # wrote it, as its /Producer, and the refusal says so (decision 0025, "Stop 62: fixes-75").
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(_blank_with_acroform({"/Fields": ArrayObject()}), "tom.pdf")
    (problem,) = info.value.problems
    assert (problem.reason_en, problem.reason_da) == reasons.no_fields(["pypdf"])


def test_an_encrypted_form_whose_table_of_objects_is_damaged_is_called_damaged() -> None:
    # qpdf packs the fields into encrypted object streams; a wrong startxref makes the reader rebuild
    # its table before it can decrypt them, and the rebuilt table has no pages.
    packed = encrypted_form(pikepdf.ObjectStreamMode.generate)
    damaged = re.sub(rb"startxref\s+\d+", b"startxref\n999999", packed)
    problem = _rejected(damaged, "skadet.pdf")
    assert problem.reason_en.startswith("damaged PDF: the file's structure")
    assert problem.reason_da.startswith("beskadiget PDF: filens opbygning")


def test_a_form_whose_fields_lead_nowhere_is_called_damaged() -> None:
    # /Fields lists something that is not a field (a number): the form is named but cannot be reached.
    problem = _rejected(_blank_with_acroform({"/Fields": ArrayObject([NumberObject(7)])}), "skadet.pdf")
    assert problem.reason_en.startswith("damaged PDF: its form fields cannot be read")
    assert problem.reason_da.startswith("beskadiget PDF: dens formularfelter kan ikke læses")


def test_a_page_cut_out_of_a_form_is_read_from_its_boxes() -> None:
    # Found in pypdf's test files (SF424_page2.pdf): the page keeps its field boxes (widgets) and their
    # values, but the catalogue lost the form's list of fields. Each box's field is read, as listed.
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_form())))
    del writer._root_object["/AcroForm"]
    page = _written(writer)
    assert b"/AcroForm" not in page and b"/Widget" in page
    values = read_pdf(page, "side2.pdf").values
    assert [v.key for v in values] == [*FORM_FIELDS]  # each field once, in page order
    assert {v.key: v.value for v in values} == FORM_FIELDS


def _edited(edit: Callable[[pikepdf.Pdf], None]) -> bytes:
    buf = io.BytesIO()
    with pikepdf.open(io.BytesIO(_form())) as pdf:
        with warnings.catch_warnings():  # pikepdf warns of the very damage these tests make
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
            edit(pdf)
            pdf.save(buf)
    return buf.getvalue()


def test_a_catalogue_that_misspells_its_list_of_fields_is_read_from_the_boxes() -> None:
    # Found in pdf.js's test files (issue15597.pdf): /AcroForm has /Field, not /Fields.
    def misspell(pdf: pikepdf.Pdf) -> None:
        pdf.Root.AcroForm.Field = pdf.Root.AcroForm.Fields
        del pdf.Root.AcroForm["/Fields"]

    assert _values(_edited(misspell))["Borger.CPR"] == "0101901234"


def test_a_box_whose_field_is_not_listed_is_read_after_the_listed_ones() -> None:
    # qpdf's form helper reads such a widget as a field of its own; so does the hub, once.
    def unlist(pdf: pikepdf.Pdf) -> None:
        fields = pdf.Root.AcroForm.Fields
        pdf.Root.AcroForm.Fields = pikepdf.Array([f for f in fields if str(f.get("/T")) != "cb_kh"])

    values = read_pdf(_edited(unlist), "form.pdf").values
    assert [v.key for v in values] == ["Borger.CPR", "cb_sd", "ansat", "ydelse", "note", "cb_kh"]
    assert next(v for v in values if v.key == "cb_kh").meta["page"] == 1


def test_a_box_whose_parent_is_itself_is_read_once() -> None:
    # Found in pdf.js's test files (issue12963.pdf): no /AcroForm, and widgets whose /Parent is the
    # widget itself. The climb to the field stops where the chain loops.
    def loop(pdf: pikepdf.Pdf) -> None:
        del pdf.Root["/AcroForm"]
        for annot in pdf.pages[1].Annots:
            annot.Parent = annot

    values = read_pdf(_edited(loop), "form.pdf").values
    assert [v.key for v in values] == [*FORM_FIELDS]
    assert {v.key: v.value for v in values} == FORM_FIELDS


def test_a_named_box_whose_parent_lists_no_kids_is_read_with_its_value() -> None:
    # The walk down from a top field could not reach such a box: each box's own field is read instead.
    def orphan(pdf: pikepdf.Pdf) -> None:
        del pdf.Root["/AcroForm"]
        note = next(a for a in pdf.pages[1].Annots if str(a.get("/T")) == "note")
        note.V = pikepdf.String("en bemærkning")
        note.Parent = pdf.make_indirect(pikepdf.Dictionary())

    assert _values(_edited(orphan))["note"] == "en bemærkning"


def test_a_ticked_box_split_from_its_field_reads_ticked_on_its_page() -> None:
    # cb_kh's field keeps its name but loses its /Kids and its /V; the box on the page keeps /AS /Yes.
    def split(pdf: pikepdf.Pdf) -> None:
        del pdf.Root["/AcroForm"]
        box = next(a for a in pdf.pages[0].Annots if str(a.get("/T")) == "cb_kh")
        del box["/T"], box["/V"]
        box.Parent = pdf.make_indirect(pikepdf.Dictionary(T=pikepdf.String("cb_kh"), FT=pikepdf.Name.Btn))

    values = {v.key: v for v in read_pdf(_edited(split), "form.pdf").values}
    assert values["cb_kh"].value == "Yes"
    assert (values["cb_kh"].meta["page"], values["cb_kh"].meta["states"]) == (1, ["Off", "Yes"])


def test_a_listed_field_whose_kids_miss_its_ticked_box_reads_the_box() -> None:
    # cb_kh's field is listed, but without /Kids or /V; its box on the page, not in the field's kids,
    # keeps /AS /Yes. The box joins its field: one cb_kh, ticked, on page 1.
    def split(pdf: pikepdf.Pdf) -> None:
        box = next(a for a in pdf.pages[0].Annots if str(a.get("/T")) == "cb_kh")
        field = pdf.make_indirect(pikepdf.Dictionary(T=pikepdf.String("cb_kh"), FT=pikepdf.Name.Btn))
        del box["/T"], box["/V"], box["/FT"]
        box.Parent = field
        fields = pdf.Root.AcroForm.Fields
        pdf.Root.AcroForm.Fields = pikepdf.Array([field if f.objgen == box.objgen else f for f in fields])

    values = read_pdf(_edited(split), "form.pdf").values
    assert [v.key for v in values] == [*FORM_FIELDS]
    cb_kh = values[1]
    assert (cb_kh.value, cb_kh.meta["page"], cb_kh.meta["states"]) == ("Yes", 1, ["Off", "Yes"])


def test_an_appended_unlisted_copy_of_the_pages_does_not_read_its_fields_twice() -> None:
    # Two copies of a form joined page by page: the second copy's fields are not in the list. Read
    # again, each name and each printed label would mean two fields, and label selectors could not tell.
    def twice(pdf: pikepdf.Pdf) -> None:
        other = pikepdf.open(io.BytesIO(_form()))  # kept open by the pages copied from it until saved
        pdf.pages.extend(other.pages)

    values = read_pdf(_edited(twice), "to.pdf", with_labels=True).values
    assert [v.key for v in values] == [*FORM_FIELDS]
    assert {v.key: v.value for v in values} == FORM_FIELDS


def test_boxes_without_a_field_name_are_still_a_damaged_form() -> None:
    # A box no field names (no /T up its chain) is nothing an adapter can select: the form is damaged.
    def strip(pdf: pikepdf.Pdf) -> None:
        del pdf.Root["/AcroForm"]
        for page in pdf.pages:
            for annot in page.Annots:
                for node in (annot, annot.get("/Parent")):
                    if node is not None and "/T" in node:
                        del node["/T"]

    problem = _rejected(_edited(strip), "side2.pdf")
    assert problem.reason_en.startswith("damaged PDF: its form fields cannot be read")
    assert problem.reason_da.startswith("beskadiget PDF: dens formularfelter kan ikke læses")


def test_a_named_field_under_a_nameless_top_is_read_by_its_name() -> None:
    # The climb goes to the top of the chain; a name anywhere on the way makes it a field to read.
    def wrap(pdf: pikepdf.Pdf) -> None:
        del pdf.Root["/AcroForm"]
        note = next(a for a in pdf.pages[1].Annots if str(a.get("/T")) == "note")
        note.Parent = pdf.make_indirect(pikepdf.Dictionary(Kids=pikepdf.Array([note])))

    assert _values(_edited(wrap))["note"] == ""


def test_more_unlisted_boxes_than_a_form_has_fields_are_refused() -> None:
    def flood(pdf: pikepdf.Pdf) -> None:
        box = {"/Type": pikepdf.Name.Annot, "/Subtype": pikepdf.Name.Widget, "/Rect": [0, 0, 1, 1]}
        boxes = [pdf.make_indirect(pikepdf.Dictionary(box)) for _ in range(MAX_FIELD_NODES + 1)]
        pdf.pages[1].Annots = pikepdf.Array(boxes)

    problem = _rejected(_edited(flood), "mange.pdf")
    assert (problem.reason_en, problem.reason_da) == ("too many form fields", "for mange formularfelter")


def test_an_xfa_form_with_boxes_but_no_listed_fields_is_still_told_it_is_xfa() -> None:
    def xfa_only(pdf: pikepdf.Pdf) -> None:
        pdf.Root.AcroForm.Fields = pikepdf.Array()
        pdf.Root.AcroForm.XFA = pdf.make_stream(b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"/>')

    assert "XFA form" in _rejected(_edited(xfa_only), "xfa.pdf").reason_en


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R",
        b"%PDF-1.7\n" + bytes(range(256)) * 1000,
    ],
    ids=["truncated", "garbage"],
)
def test_a_damaged_file_is_called_damaged_without_the_readers_words(data: bytes) -> None:
    problem = _rejected(data, "skadet.pdf")
    assert problem.reason_en.startswith("damaged PDF") and problem.reason_da.startswith("beskadiget PDF")
    assert "save or export it again" in problem.reason_en
    assert "gem eller eksportér den igen" in problem.reason_da


@pytest.mark.parametrize(
    "prefix",
    [b"Content-Type: application/pdf\r\n\r\n", b"\x00\x01junk from a mail gateway" * 30],
    ids=["mime-header", "binary-junk"],
)
def test_junk_before_the_header_is_still_a_pdf(prefix: bytes) -> None:
    data = prefix + _form()
    assert 0 < data.index(b"%PDF-") < 1024
    assert sniff_format(data, "vedhæftet.pdf") == "pdf"
    assert {v.key: v.value for v in extract(data, "vedhæftet.pdf").values}["ansat"] == "jobcenter"


def test_a_pdf_without_its_header_line_is_a_pdf_not_a_csv() -> None:
    form = _form()
    headerless = form[form.index(b"\n") + 1 :]
    assert b"%PDF-" not in headerless
    assert sniff_format(headerless, "uden-hoved.pdf") == "pdf"
    assert {v.key: v.value for v in extract(headerless, "uden-hoved.pdf").values}["cb_kh"] == "Yes"


@pytest.mark.parametrize("data", [b"1 0 obj;se bilag\n2;slut\n", b"1 0objekt;se bilag\n2;slut\n"])
def test_csv_that_begins_like_a_pdf_object_but_has_no_end_marker_stays_csv(data: bytes) -> None:
    assert sniff_format(data, "liste.csv") == "csv"


@pytest.mark.parametrize(
    "data",
    [
        # The header without its version, and the file cut off inside its first object.
        b"%PDF\n1 0 obj<</Type/Catalog/Pages 2 0 R/AcroForm<</Fields[3 0 R]>>>>\nendobj\n2 0 obj<</Kids[",
        # No header at all, cut off before any end marker: a dictionary object starts the file.
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [",
        # No header, no cross-reference table, no space before `obj` (corkami's text-sumatra.pdf, which
        # SumatraPDF opens): read as CSV, its lines were "fields".
        b"% no header\n1 0obj<< >>stream\nBT ET\nendstream\n<< /Root << /Pages << /Count 1 /Kids [ << "
        b"/Contents 1 0 R >> ] >> >> >>\n",
    ],
    ids=["header-without-version", "no-header-no-end", "no-space-before-obj"],
)
def test_a_truncated_pdf_that_lost_its_header_is_a_damaged_pdf_not_a_csv(data: bytes) -> None:
    assert sniff_format(data, "afkortet.pdf") == "pdf"
    with pytest.raises(UnreadableDocument) as info:
        extract(data, "afkortet.pdf")
    (problem,) = info.value.problems
    assert problem.file == "afkortet.pdf"
    assert problem.reason_en.startswith("damaged PDF") and problem.reason_da.startswith("beskadiget PDF")
