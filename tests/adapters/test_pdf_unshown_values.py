"""A PDF field whose saved value no viewer shows as its kind holds is read as what the page shows, or
refused at its field and page; never read as something else, never dropped without a word (decision 0060,
"Stop 56: values-64").

Each form is a real municipality's, one field's /V changed with pikepdf; what its box draws was read off
the page as poppler draws it (`pdftoppm`) before the expected values were written.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pikepdf

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.reading import Reader
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.pdf import read_pdf
from hub.errors import Rejection

ROOT = Path(__file__).resolve().parents[2]
GENTOFTE_HOURS = ROOT / "tests" / "golden" / "gentofte" / "mentor_hours.pdf"
BALLERUP_PLACEMENT = ROOT / "tests" / "golden" / "ballerup" / "placement_ledighedsydelse.pdf"
LOLLAND_PLACEMENT = ROOT / "tests" / "onboarding" / "golden" / "lolland" / "placement.pdf"
TEXT_FIELD = "the field holds a value a viewer cannot show as text: "


def _changed(path: Path, name: str, make: Callable[[pikepdf.Pdf], Any]) -> bytes:
    """The form with field `name`'s value (/V) made by `make`, its box and what the box draws kept."""
    with pikepdf.open(path) as pdf:
        field = next(f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == name)
        field.V = make(pdf)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _outcome(slug: str, data: bytes) -> Any:
    """The problems (path, where, English, Danish) of reading `data` with the municipality's config, or
    the record where it is read."""
    config = load_config_file(ROOT / "config" / "municipalities" / f"{slug}.toml")
    try:
        return canonical_records(config, data, "form.pdf")
    except Rejection as refused:
        return [(p.field, p.locator, p.reason_en, p.reason_da) for p in refused.problems]


def test_an_optional_name_saved_as_a_yes_or_no_is_refused_at_its_field() -> None:
    # Gentofte's timesheet, "Underskrevet af" saved as the PDF boolean true: the page (poppler) shows
    # "Morten Eksempel" in the box, Firefox's viewer an empty box. The hub read no value, and the
    # sheet was stored unsigned by anyone, without a word.
    data = _changed(GENTOFTE_HOURS, "underskrevet_af", lambda _: True)
    [(path, where, reason, reason_da)] = _outcome("gentofte", data)
    assert (path, where) == ("signed_by", 'field "underskrevet_af" ("Underskrevet af") on page 1')
    assert reason.startswith(f"{TEXT_FIELD}the yes-or-no value true (its box draws 'Morten Eksempel')")
    assert reason_da.startswith(
        "feltet har en værdi, som et PDF-program ikke kan vise som tekst: ja-eller-nej-værdien true "
        "(feltet tegner 'Morten Eksempel')"
    )


def test_hours_saved_as_a_number_are_refused_and_an_empty_box_reads_empty() -> None:
    # Week 1's hours saved as the number 5, not the text "5": poppler draws "5", Firefox's viewer shows
    # the box empty. Read as 5 hours before, what one viewer does not show.
    data = _changed(GENTOFTE_HOURS, "timer1", lambda _: 5)
    [(_, where, reason, _)] = _outcome("gentofte", data)
    assert where.startswith('field "timer1"') and where.endswith(" on page 1")
    assert reason.startswith(f"{TEXT_FIELD}the number 5 (its box draws '5')")
    # Row 6 is empty on the page: a number there draws nothing in any viewer, and reads as the empty row
    # the page shows (the seed's record: five weeks, 28.25 hours).
    record = _outcome("gentofte", _changed(GENTOFTE_HOURS, "timer6", lambda _: 5))
    assert isinstance(record, dict) and len(record["entries"]) == 5


def test_a_value_that_does_not_unpack_is_refused_at_its_field_not_the_whole_form() -> None:
    # "Underskrevet af" saved as a stream whose bytes are no Flate data: the whole form was refused as
    # damaged, naming no field. The page still shows "Morten Eksempel".
    def broken(pdf: pikepdf.Pdf) -> pikepdf.Stream:
        return pikepdf.Stream(pdf, b"no Flate data", Filter=pikepdf.Name.FlateDecode)

    [(path, where, reason, _)] = _outcome("gentofte", _changed(GENTOFTE_HOURS, "underskrevet_af", broken))
    assert (path, where) == ("signed_by", 'field "underskrevet_af" ("Underskrevet af") on page 1')
    assert reason.startswith(
        f"{TEXT_FIELD}packed text that is broken (the file is damaged here) (its box draws 'Morten Eksempel')"
    )
    # A stream that does unpack is read where the box draws its text.
    record = _outcome("gentofte", _changed(GENTOFTE_HOURS, "underskrevet_af", _packed(b"Morten Eksempel")))
    assert isinstance(record, dict) and record["signed_by"] == "Morten Eksempel"


def test_a_value_packed_as_a_stream_is_compared_with_what_its_box_draws() -> None:
    # "Underskrevet af" saved as a Flate stream of "Mette Holm" while its box draws "Morten Eksempel": the
    # sheet was stored as signed by Mette Holm, a name no one reading the page sees.
    [(path, _, reason, _)] = _outcome(
        "gentofte", _changed(GENTOFTE_HOURS, "underskrevet_af", _packed(b"Mette Holm"))
    )
    assert path == "signed_by"
    assert reason.startswith(
        "the page shows 'Morten Eksempel' in the field, but its saved value is 'Mette Holm'"
    )


def _packed(text: bytes) -> Callable[[pikepdf.Pdf], pikepdf.Stream]:
    return lambda pdf: pikepdf.Stream(pdf, zlib.compress(text), Filter=pikepdf.Name.FlateDecode)


def test_a_benefit_list_saved_as_a_yes_or_no_is_refused_at_its_field() -> None:
    # Ballerup's placement, the benefit's combo box saved as true: the box draws "Ledighedsydelse".
    # Refused as "empty: a value is required", which the page does not show.
    data = _changed(BALLERUP_PLACEMENT, "Borger.Ydelse", lambda _: True)
    problems = _outcome("ballerup", data)
    assert problems and all(where.startswith('field "Borger.Ydelse"') for _, where, _, _ in problems)
    assert {reason for *_, reason, _ in problems} == {
        f"{TEXT_FIELD}the yes-or-no value true (its box draws 'Ledighedsydelse'); one PDF program shows "
        "the field empty, another what its box draws: fill the field in again in a PDF program that saves "
        "form fields (such as Adobe Acrobat Reader) and send the form again"
    }


def _drawing(pdf: pikepdf.Pdf, words: bytes) -> pikepdf.Stream:
    """A box's appearance that draws `words` in Helvetica (WinAnsi), as a form tool draws a typed text."""
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    font.Encoding = pikepdf.Name.WinAnsiEncoding
    return pikepdf.Stream(
        pdf,
        b"BT /Helv 12 Tf 2 5 Td (" + words + b") Tj ET",
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=[0, 0, 250, 40],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=font)),
    )


def _signature(value: Callable[[pikepdf.Pdf], Any], drawn: bytes | None = None) -> bytes:
    """Lolland's placement (page 2's signature field, unsigned, drawing nothing) with `value` as its
    /V, and its box drawing `drawn` where given."""
    with pikepdf.open(LOLLAND_PLACEMENT) as pdf:
        field = next(f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "Signature1")
        field.V = value(pdf)
        if drawn is not None:
            field.AP = pikepdf.Dictionary(N=_drawing(pdf, drawn))
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _signed(data: bytes) -> Any:
    return next(v for v in read_pdf(data, "aftale.pdf").values if v.key == "Signature1")


def test_a_signature_field_is_signed_only_by_a_signature() -> None:
    # It read "signed" whatever it held. A text or a name: poppler's `pdfsig` says "The signature form
    # field is not signed", and the box draws nothing: read as not signed, as every viewer shows it.
    for value in (lambda _: pikepdf.String("Mette Holm"), lambda _: pikepdf.Name("/Ja")):
        held = _signed(_signature(value))
        assert held.value is None and "unshown" not in held.meta
    # A dictionary without the signature's bytes: `pdfsig` lists a signature of no one that fails its
    # check, pdf.js shows nothing: not signed, and said wherever the field is read.
    for value in (lambda _: pikepdf.Dictionary(), lambda _: pikepdf.Dictionary(Type=pikepdf.Name.Sig)):
        held = _signed(_signature(value))
        assert (held.value, held.meta["unshown"]) == (None, ["object", "", ""])
    real = pikepdf.Dictionary(
        Type=pikepdf.Name.Sig,
        Filter=pikepdf.Name("/Adobe.PPKLite"),
        SubFilter=pikepdf.Name("/adbe.pkcs7.detached"),
        ByteRange=[0, 100, 200, 300],
        Contents=pikepdf.String(b"\x30\x82\x01\x00"),
    )
    assert _signed(_signature(lambda pdf: pdf.make_indirect(real))).value == "signed"


def test_a_signature_field_drawing_a_name_it_does_not_hold_as_a_signature_is_refused() -> None:
    # The box draws "Mette Holm" and the field holds that text, no signature: read through a `map` that
    # says what signed means, it was "signed" ("ja"); the page shows a name in an unsigned field.
    data = _signature(lambda _: pikepdf.String("Mette Holm"), drawn=b"Mette Holm")
    held = _signed(data)
    assert (held.value, held.meta["unshown"]) == (None, ["text", "Mette Holm", "Mette Holm"])
    reader = Reader("pdf", "aftale.pdf", "placement", "sha")
    index = SourceIndex(read_pdf(data, "aftale.pdf"))
    signed = [TransformCall("map", {"values": {"signed": "ja"}})]
    assert reader.read("signed", ["Signature1"], signed, index.resolve, optional=True) == (None, [])
    [problem] = reader.problems
    assert problem.locator == 'field "Signature1" on page 2'
    assert problem.reason_en.startswith(
        "the field holds a value a viewer cannot show as a signature: the text 'Mette Holm' (its box draws "
        "'Mette Holm'); PDF programs show the field as not signed, or as a signature they cannot check"
    )
    assert problem.reason_da.startswith(
        "feltet har en værdi, som et PDF-program ikke kan vise som en underskrift: teksten 'Mette Holm'"
    )
