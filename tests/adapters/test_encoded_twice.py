"""A text encoded twice (UTF-8 read as Windows-1252 and written again: "Henrik MÃ¸ller") is refused at
its place, saying what it probably should read (decision 0061, "Stop 62: fixes-76"). The trial-77 report
came from Perl without `use utf8`; every format carries such a text as good text, so each is tried here
with a value typed by hand into a golden form."""

from __future__ import annotations

import io

import openpyxl
import pikepdf
import pytest
from herlev_placement_support import ROOT
from marshmallow import Schema, ValidationError
from pipeline import GOLDEN, ingest, repository_registry

from hub.errors import FieldProblem, Rejection
from hub.schemas.fields import Email, Text

EN = (
    "looks encoded twice: '{0}' should probably read '{1}' (text saved as UTF-8 was read as Windows-1252"
    " and saved again): correct it where it was written and send the file again"
)
DA = (
    "Ser ud til at være kodet to gange: '{0}' skulle nok være '{1}' (tekst gemt som UTF-8 blev læst som"
    " Windows-1252 og gemt igen): ret den, hvor den blev skrevet, og send filen igen."
)


class _Named(Schema):
    name = Text(required=True)


@pytest.mark.parametrize(
    ("value", "wrong", "right"),
    [
        ("Henrik MÃ¸ller", "MÃ¸ller", "Møller"),
        ("JÃ¸rgensen", "JÃ¸rgensen", "Jørgensen"),
        ("Ã…rhus", "Ã…rhus", "Århus"),  # "…" is Windows-1252's 0x85, the second byte of "Å"
        ("Birgitte Ã\u0098stergaard", "Ã\u0098stergaard", "Østergaard"),  # not cp1252's: read as Latin-1
    ],
)
def test_a_text_encoded_twice_is_refused_with_what_it_should_read(value: str, wrong: str, right: str) -> None:
    with pytest.raises(ValidationError) as refused:
        _Named().load({"name": value})
    shown = wrong.replace("\u0098", "")  # a control character is left out of the message
    assert refused.value.messages == {"name": [EN.format(shown, right)]}


@pytest.mark.parametrize(
    "value",
    [
        "Ã",  # alone: no UTF-8 when written again
        "Møller",  # written once, as meant
        "Henrik Moller",  # plain ASCII
        "Tøjhus â€“ lager",  # "ø" and the misread dash together do not read again
        "â€“",  # reads again, as a dash: no letter, may be what was written
    ],
)
def test_other_text_passes(value: str) -> None:
    assert _Named().load({"name": value}) == {"name": value}


@pytest.mark.parametrize(
    ("value", "wrong", "right"),
    [
        # lower-cased after the misreading, as a config's `lower` does: "Ã" became "ã" (fixes-83)
        ("henrik m\u00e3\u00b8ller", "mÃ¸ller", "møller"),
        ("\u00e3\u2026rhus", "Ã…rhus", "Århus"),  # quoted as the file wrote it, before `lower`
        # in capitals, as `upper` writes it: the reading said in capitals too, not "MøLLER"
        ("HENRIK MÃ¸LLER", "MÃ¸LLER", "MØLLER"),
        ("Ã˜STERGAARD", "Ã˜STERGAARD", "ØSTERGAARD"),
    ],
)
def test_a_name_encoded_twice_then_lowered_or_in_capitals_is_refused(
    value: str, wrong: str, right: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        _Named().load({"name": value})
    assert refused.value.messages == {"name": [EN.format(wrong, right)]}


@pytest.mark.parametrize("value", ["João Conceição", "joão", "SØREN MØLLER", "ã"])
def test_a_true_a_tilde_or_capitals_pass(value: str) -> None:
    # Guards: a true "ã" is followed by a letter, not a UTF-8 byte's second half
    assert _Named().load({"name": value}) == {"name": value}


def _refused(slug: str, data: bytes, filename: str) -> FieldProblem:
    with pytest.raises(Rejection) as caught:
        ingest(repository_registry(), slug, data, filename)
    (problem,) = caught.value.problems
    return problem


def test_csv_at_its_row_and_column() -> None:
    # Herlev's case system exports Windows-1252; this copy was saved as UTF-8 by a program that had read
    # the caseworker's name as Windows-1252 from a UTF-8 copy ("Ø" is C3 98, 98 is "˜").
    text = (ROOT / "tests/golden/herlev/placement.csv").read_bytes().decode("cp1252")
    data = text.replace("Birgitte Østergaard", "Birgitte Ã˜stergaard").encode("utf-8")
    problem = _refused("herlev", data, "aftale.csv")
    assert (problem.field, problem.locator) == ("caseworker.name", "row 16, column 2 (B16)")
    assert (problem.reason_en, problem.reason_da) == (
        EN.format("Ã˜stergaard", "Østergaard"),
        DA.format("Ã˜stergaard", "Østergaard"),
    )


def test_xml_at_its_element() -> None:
    xml = (GOLDEN / "hoeje-taastrup" / "placement.xml").read_bytes()
    data = xml.replace(b"<Navn>Lone Dam</Navn>", "<Navn>Lone JÃ¸rgensen</Navn>".encode())
    problem = _refused("hoeje-taastrup", data, "aftale.xml")
    assert (problem.field, problem.locator) == ("caseworker.name", "/Praktikaftale/Sag/Sagsbehandler/Navn")
    assert (problem.reason_en, problem.reason_da) == (
        EN.format("JÃ¸rgensen", "Jørgensen"),
        DA.format("JÃ¸rgensen", "Jørgensen"),
    )


def test_xlsx_at_its_sheet_and_cell() -> None:
    book = openpyxl.load_workbook(GOLDEN / "furesoe" / "placement.xlsx")
    book["Ark1"]["B17"] = "Anne Ã…rhus"
    saved = io.BytesIO()
    book.save(saved)
    problem = _refused("furesoe", saved.getvalue(), "aftale.xlsx")
    assert (problem.field, problem.locator, problem.locator_da) == (
        "caseworker.name",
        'sheet "Ark1", cell B17',
        'ark "Ark1", celle B17',
    )
    assert (problem.reason_en, problem.reason_da) == (
        EN.format("Ã…rhus", "Århus"),
        DA.format("Ã…rhus", "Århus"),
    )


def _utf16(text: str) -> bytes:
    """A PDF string's bytes in UTF-16 with its byte order mark."""
    return b"\xfe\xff" + text.encode("utf-16-be")


def test_pdf_at_its_field_and_page() -> None:
    pdf = pikepdf.open(GOLDEN / "gentofte" / "placement.pdf")
    [field] = [f for f in pdf.Root.AcroForm.Fields if f.get("/T") == "mentor"]
    # In UTF-16, by its byte order mark: the same text's PDFDocEncoding bytes are UTF-8's for "Møller",
    # which a PDF string is now read as (decision 0060, "Stop 74: fixes-137").
    field.V = pikepdf.String(_utf16("Morten MÃ¸ller"))
    pdf.Root.AcroForm.NeedAppearances = True  # a viewer draws the value as saved
    saved = io.BytesIO()
    pdf.save(saved)
    problem = _refused("gentofte", saved.getvalue(), "aftale.pdf")
    # The field's name, the words the form prints beside it, and its page.
    assert (problem.field, problem.locator) == ("mentor.name", 'field "mentor" ("Mentor") on page 1')
    assert (problem.reason_en, problem.reason_da) == (
        EN.format("MÃ¸ller", "Møller"),
        DA.format("MÃ¸ller", "Møller"),
    )


# --- beyond free text (stop 63): every text value a person reads -------------------------------------
# The record's names (citizen, company, site, mentor, caseworker, signer) are all `Text` already; of the
# other kinds (`Email`, `Phone`, CPR/CVR/P numbers, municipality codes, dates, weeks, hours, money, word
# lists' codes), the e-mail address is the one a person reads and writes to.


class _Mailed(Schema):
    email = Email(required=True)


@pytest.mark.parametrize(
    ("value", "right"),
    [
        ("sÃ¸ren.mÃ¸ller@herlev.dk", "søren.møller@herlev.dk"),  # was "Not a valid email address."
        ("hans.mÃ¼ller@herlev.dk", "hans.müller@herlev.dk"),  # was kept: "¼" is a letter to its pattern
        # lower-cased after the misreading, as a config's `lower` does: "Ã" became "ã"
        ("s\u00e3\u00b8ren@herlev.dk", "søren@herlev.dk"),
    ],
)
def test_an_email_address_encoded_twice_is_refused_with_what_it_should_read(value: str, right: str) -> None:
    with pytest.raises(ValidationError) as refused:
        _Mailed().load({"email": value})
    shown = value.replace("\u00e3", "\u00c3")  # quoted as the file wrote it, before `lower`
    assert refused.value.messages == {"email": [EN.format(shown, right)]}


@pytest.mark.parametrize("value", ["søren.møller@herlev.dk", "lone.dam@htk.example.dk", "joão@gentofte.dk"])
def test_an_email_address_written_once_passes(value: str) -> None:
    assert _Mailed().load({"email": value}) == {"email": value}


def test_an_email_encoded_twice_in_a_csv_at_its_row_and_column() -> None:
    text = (ROOT / "tests/golden/herlev/placement.csv").read_bytes().decode("cp1252")
    data = text.replace("birgitte.oestergaard@", "birgitte.Ã¸stergaard@").encode("utf-8")
    problem = _refused("herlev", data, "aftale.csv")
    assert (problem.field, problem.locator) == ("caseworker.email", "row 17, column 2 (B17)")
    said = ("birgitte.Ã¸stergaard@herlev.example.dk", "birgitte.østergaard@herlev.example.dk")
    assert (problem.reason_en, problem.reason_da) == (EN.format(*said), DA.format(*said))


def test_an_email_encoded_twice_in_xml_at_its_element() -> None:
    xml = (GOLDEN / "hoeje-taastrup" / "placement.xml").read_bytes()
    data = xml.replace(b"<Email>lone.dam@", "<Email>lone.damsgÃ¥rd@".encode())
    problem = _refused("hoeje-taastrup", data, "aftale.xml")
    assert (problem.field, problem.locator) == ("caseworker.email", "/Praktikaftale/Sag/Sagsbehandler/Email")
    said = ("lone.damsgÃ¥rd@htk.example.dk", "lone.damsgård@htk.example.dk")
    assert (problem.reason_en, problem.reason_da) == (EN.format(*said), DA.format(*said))


def test_an_email_encoded_twice_in_xlsx_at_its_sheet_and_cell() -> None:
    book = openpyxl.load_workbook(GOLDEN / "furesoe" / "placement.xlsx")
    book["Ark1"]["B18"] = "anne.thÃ¸rsen@furesoe.example.dk"
    saved = io.BytesIO()
    book.save(saved)
    problem = _refused("furesoe", saved.getvalue(), "aftale.xlsx")
    assert (problem.field, problem.locator) == ("caseworker.email", 'sheet "Ark1", cell B18')
    said = ("anne.thÃ¸rsen@furesoe.example.dk", "anne.thørsen@furesoe.example.dk")
    assert (problem.reason_en, problem.reason_da) == (EN.format(*said), DA.format(*said))


def test_an_email_encoded_twice_in_pdf_at_its_field_and_page() -> None:
    pdf = pikepdf.open(GOLDEN / "gentofte" / "placement.pdf")
    [field] = [f for f in pdf.Root.AcroForm.Fields if f.get("/T") == "sagsbeh_mail"]
    field.V = pikepdf.String(_utf16("kÃ¦re.konsulent@gentofte.example.dk"))  # as above
    pdf.Root.AcroForm.NeedAppearances = True
    saved = io.BytesIO()
    pdf.save(saved)
    problem = _refused("gentofte", saved.getvalue(), "aftale.pdf")
    assert problem.field == "caseworker.email"
    assert problem.locator.startswith('field "sagsbeh_mail"') and problem.locator.endswith("on page 1")
    said = ("kÃ¦re.konsulent@gentofte.example.dk", "kære.konsulent@gentofte.example.dk")
    assert (problem.reason_en, problem.reason_da) == (EN.format(*said), DA.format(*said))
