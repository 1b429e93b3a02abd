"""A PDF whose only fields are push buttons or signature fields is no filled-in form: told so, naming them,
not read as a form whose every field is missing (decision 0060, "Stop 54: stray-62")."""

from __future__ import annotations

import io

import pikepdf
import pytest
from pipeline import GOLDEN

from hub.adapters.readers import READ_OPTIONS, extract
from hub.errors import UnreadableDocument


def _flattened(*fields: tuple[str, pikepdf.Name, int]) -> bytes:
    """Gentofte's placement agreement as printing it to PDF leaves it: the page's text (its title among
    it), no field of the form, and the fields given here (name, type, flags) in the form's place."""
    pdf = pikepdf.open(GOLDEN / "gentofte" / "placement.pdf")
    for page in pdf.pages:
        if "/Annots" in page.obj:
            page.obj.Annots = pikepdf.Array([a for a in page.obj.Annots if a.get("/Subtype") != "/Widget"])
    first = pdf.pages[0].obj
    made = []
    for name, kind, flags in fields:
        widget = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=kind, Ff=flags, Rect=[20, 20, 100, 40]
        )
        widget.T, widget.P = pikepdf.String(name), first
        made.append(pdf.make_indirect(widget))
        first.Annots.append(made[-1])
    pdf.Root.AcroForm.Fields = pikepdf.Array(made)
    saved = io.BytesIO()
    pdf.save(saved)
    return saved.getvalue()


PUSH = 1 << 16  # /Ff bit 17: a push button


def test_a_pdf_of_buttons_and_a_signature_only_is_told_as_no_form_to_fill_in() -> None:
    data = _flattened(("Udskriv", pikepdf.Name.Btn, PUSH), ("Underskrift", pikepdf.Name.Sig, 0))
    with pytest.raises(UnreadableDocument) as refused:
        extract(data, "aftale.pdf", READ_OPTIONS)
    [problem] = refused.value.problems
    assert problem.reason_en.startswith(
        "the PDF has no form fields to fill in, only buttons or signature fields ('Udskriv', 'Underskrift')"
    )
    assert problem.reason_da.startswith(
        "PDF'en har ingen formularfelter at udfylde, kun knapper eller underskriftsfelter ('Udskriv', "
        "'Underskrift')"
    )
    # One field that holds a value (a text field, a box) beside them is a form, read as before.
    values = extract(
        _flattened(("Udskriv", pikepdf.Name.Btn, PUSH), ("Navn", pikepdf.Name.Tx, 0)),
        "aftale.pdf",
        READ_OPTIONS,
    ).values
    assert [(v.key, v.meta["type"]) for v in values] == [("Udskriv", "button"), ("Navn", "text")]


def test_the_programs_that_made_a_pdf_of_buttons_only_are_named_as_for_a_pdf_without_fields() -> None:
    """As a PDF without fields names the programs it says made it (decision 0025, "Stop 62: fixes-75"), so
    does one whose only fields are buttons or signatures (decision 0025, "Stop 62: fixes-76")."""
    pdf = pikepdf.open(io.BytesIO(_flattened(("Udskriv", pikepdf.Name.Btn, PUSH))))
    pdf.docinfo["/Creator"] = pikepdf.String("Microsoft Word")
    pdf.docinfo["/Producer"] = pikepdf.String("macOS Version 14.2 Quartz PDFContext")
    saved = io.BytesIO()
    pdf.save(saved)
    with pytest.raises(UnreadableDocument) as refused:
        extract(saved.getvalue(), "aftale.pdf", READ_OPTIONS)
    [problem] = refused.value.problems
    assert problem.reason_en == (
        "the PDF has no form fields to fill in, only buttons or signature fields ('Udskriv'): it looks"
        " printed or flattened to PDF (it was made with 'Microsoft Word' and 'macOS Version 14.2 Quartz"
        " PDFContext'), which drops what was filled in; send the filled-in form itself"
    )
    assert problem.reason_da == (
        "PDF'en har ingen formularfelter at udfylde, kun knapper eller underskriftsfelter ('Udskriv'): den"
        " ser ud til at være udskrevet eller gjort flad til PDF (den er lavet med 'Microsoft Word' og 'macOS"
        " Version 14.2 Quartz PDFContext'), hvilket fjerner det udfyldte; send selve den udfyldte blanket"
    )
