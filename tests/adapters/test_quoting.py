"""A rejection quotes what the file says (its printed title, a field's name, a value) only when a person
can read it (`hub.quoting`). A PDF repaired after its fonts were lost printed its title as replacement
characters, and the refusal quoted eighty of them (the hub's own forms cut short, decision 0027, stop
40). The forms here are built in the test: reportlab's form, its fonts then replaced by pikepdf with one
whose map from codes to characters is gone, or its field's name or value made unreadable.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from test_config_schema import PDF_FORM, write
from test_readers_pdf_repaired import TITLE, agreement_form

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.missing_words import missing_sheet
from hub.adapters.mapping.form import map_form
from hub.adapters.readers.base import SourceValue, describe_locator
from hub.adapters.readers.pdf import read_pdf
from hub.errors import NotRecognised, Rejection
from hub.quoting import fit_to_quote, quoted, quoted_da, readable


def _form(value: str = "0101901234") -> bytes:
    """A title in a large font over body text, a label "CPR-nummer:" and a text field beside it."""
    return agreement_form("Tekstfelt1", value)


def _fonts_lost(data: bytes) -> bytes:
    """Every font of the page a two-byte font without its map to characters (/ToUnicode), as a file
    rebuilt after the font objects were cut off is read: codes, not text."""
    pdf = pikepdf.open(io.BytesIO(data))
    fonts = pdf.pages[0].Resources.Font
    for name in list(fonts.keys()):
        fonts[name] = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, Encoding=pikepdf.Name("/Identity-H")
            )
        )
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _field_made(data: bytes, name: str, value: str) -> bytes:
    """The form with its one field's name (/T) and value (/V) replaced, as the PDF's text strings."""
    pdf = pikepdf.open(io.BytesIO(data))
    field = pdf.Root.AcroForm.Fields[0]
    field.T, field.V = pikepdf.String(name), pikepdf.String(value)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "text",
    [
        "Praktikaftale (HV-P1)",
        "Ophør af praktik",
        "12.08.2026",
        "1.234,50 kr.",
        "+45 12 34 56 78",
        "x",
        "(1)",
        "",
        "中华人民共和国",
        "a\nb",
        "Navn: ____________",  # labels that print the line to write on (pdf.js's forms)
        "……………………",
    ],
)
def test_text_a_person_can_read_is_fit_to_quote(text: str) -> None:
    assert readable(text) == text.replace("\n", " ")


@pytest.mark.parametrize(
    "text",
    [
        "\ufffd\ufffd\ufffd",  # bytes that were no text
        "Aftale\x01\x02",  # control characters
        "\ue000\ue001\ue002",  # private use: glyph numbers of a font with no map
        "!#$%&()*+",  # glyph numbers read as punctuation
        "/g33/g70/g84/g65",  # glyph names, as pypdf writes a glyph whose character it does not know
        "䅦瑡汥 洠",  # "Aftale om" read two bytes at a time
        "Ophï¿½r",  # UTF-8 read as Windows-1252
        "PraktikaftaleÃ¦",
        "\u202eevil",  # a bidirectional override
    ],
)
def test_text_no_one_can_read_is_not_quoted(text: str) -> None:
    assert not fit_to_quote(text)
    assert readable(text) is None
    assert (quoted(text), quoted_da(text)) == ("text that could not be read", "tekst, der ikke kunne læses")


def test_a_long_text_is_cut() -> None:
    assert readable("a" * 100) == "a" * 79 + "…"
    assert readable("a" * 100, 200) == "a" * 100


def test_a_form_whose_fonts_were_lost_is_not_quoted_its_title(tmp_path: Path) -> None:
    damaged = read_pdf(_fonts_lost(_form()), "aftale.pdf", with_labels=True)
    assert damaged.meta["title"] and not fit_to_quote(damaged.meta["title"])  # codes, read as characters
    body = PDF_FORM.replace("  fields = {fields}\n", '  title = "Ophør af praktik"\n').format(id="ophoer")
    config = load_config_file(write(tmp_path, body=body))
    with pytest.raises(NotRecognised) as caught:
        config.recognise(damaged, "aftale.pdf")
    (problem,) = caught.value.problems
    # The form by its config's title ("Aftale") in both languages (decision 0062, "Stop 45"), not by its
    # id `ophoer`; the words its recognise rule looks for are quoted after, once each, each with its role:
    # the title that could not be read is the file's, and the words could not be looked for.
    said = (
        "'Aftale': the file's title could not be read, so the hub could not see whether it says "
        "'Ophør af praktik'"
    )
    assert said in problem.reason_en
    said_da = (
        "'Aftale': filens titel kunne ikke læses, så hubben kunne ikke se, om den indeholder "
        "'Ophør af praktik'"
    )
    assert said_da in problem.reason_da
    for said in (problem.reason_en, problem.reason_da):
        assert all(fit_to_quote(part) for part in said.split("'")[1::2])  # every quote readable
    with pytest.raises(NotRecognised) as whole:  # the same form whole: its title quoted
        config.recognise(read_pdf(_form(), "aftale.pdf", with_labels=True), "aftale.pdf")
    said = f"'Aftale': its title is '{TITLE}', without 'Ophør af praktik'"
    assert said in whole.value.problems[0].reason_en


def test_a_field_whose_name_and_value_cannot_be_read_is_said_so(tmp_path: Path) -> None:
    # Found by its printed label, so its name is not the config's; its value has no digits to read.
    body = PDF_FORM.format(id="aftale", fields='["label:CPR-nummer"]').replace(
        'source = "Tekstfelt1"', 'source = "label:CPR-nummer"'
    )
    config = load_config_file(write(tmp_path, body=body))
    data = _field_made(_form(), "\ufffd\x01\x02", "\ufffd\ufffd\ufffd\ufffd")
    extraction = read_pdf(data, "aftale.pdf", with_labels=True)
    with pytest.raises(Rejection) as caught:
        map_form(extraction, config.form("aftale"), "0" * 64, "aftale.pdf", "159")
    (problem,) = [p for p in caught.value.problems if p.field == "citizen.cpr"]
    assert problem.locator == 'field whose name could not be read ("CPR-nummer:") on page 1'
    assert problem.locator_da == 'felt med et navn, der ikke kunne læses ("CPR-nummer:") på side 1'
    # The box still draws the form's number (`_form`'s), so what the page shows is said beside it
    # (decision 0060, "Stop 54: stray-62").
    assert problem.reason_en.startswith(
        "the page shows '010190-XXXX' in the field, but its saved value is text that could not be read:"
    )
    assert problem.reason_da.startswith(
        "siden viser '010190-XXXX' i feltet, men dets gemte værdi er tekst, der ikke kunne læses:"
    )


def test_a_workbook_sheet_whose_name_cannot_be_read_is_said_so() -> None:
    en, da = missing_sheet("Ark1", ["Data", "\ufffd\ufffd"]) or ("", "")
    assert en == "it has no sheet 'Ark1' (its sheets: 'Data', text that could not be read)"
    assert da == "den har intet ark 'Ark1' (dens ark: 'Data', tekst, der ikke kunne læses)"


def test_a_csv_header_or_sheet_name_that_cannot_be_read_is_not_quoted() -> None:
    header = SourceValue("\ufffd\ufffd", "x", {"row": 3, "col": 2})
    assert describe_locator(header, "csv", "en") == "row 3, column 2"
    assert describe_locator(header, "csv", "da") == "række 3, kolonne 2"
    assert describe_locator(SourceValue("Navn", "x", {"row": 3, "col": 2}), "csv") == "row 3, column 2 (Navn)"
    cell = SourceValue("\x01\x02!B7", "x", {"sheet": "\x01\x02"})
    assert describe_locator(cell, "xlsx", "en") == "cell B7 of a sheet whose name could not be read"
    assert describe_locator(cell, "xlsx", "da") == "celle B7 i et ark, hvis navn ikke kunne læses"
