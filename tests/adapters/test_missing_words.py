"""A document that is not a form says what it lacks in words, not in the config's selector syntax.

Each case is a document the form's recognise rule finds nothing in, read through `FormConfig.mismatch`,
the words a rejected file's reason carries (`recognition.recognise`).
"""

from __future__ import annotations

import pytest

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_parts import RecogniseRules
from hub.adapters.readers.base import Extraction, SourceValue


def form(fmt: str, *selectors: str, sheet: str | None = None) -> FormConfig:
    """A form recognised by `selectors` alone."""
    reader = {"sheet": sheet} if sheet else {}
    return FormConfig("f", "placement", fmt, "", RecogniseRules(fields=selectors), (), reader=reader)


def workbook(*cells: tuple[str, int, int, str], sheets: tuple[str, ...] = ("Ark1",)) -> Extraction:
    """A workbook's extraction: (sheet, row, column, text) per filled cell."""
    values = tuple(
        SourceValue(f"{sheet}!{chr(64 + col)}{row}", text, {"sheet": sheet, "row": row, "col": col})
        for sheet, row, col, text in cells
    )
    return Extraction("xlsx", values, {"sheets": list(sheets)})


@pytest.mark.parametrize(
    ("selector", "en", "da"),
    [
        ("next:Skema", "no cell says 'Skema' (sheet 'Ark1')", "ingen celle siger 'Skema' (ark 'Ark1')"),
        ("under:Skema", "no cell says 'Skema' (sheet 'Ark1')", "ingen celle siger 'Skema' (ark 'Ark1')"),
        (
            "label:Aftale",
            "no cell says 'Aftale' with a value to the right of it (sheet 'Ark1')",
            "ingen celle siger 'Aftale' med en værdi til højre for den (ark 'Ark1')",
        ),
        (
            "below:Aftale",
            "no cell says 'Aftale' with a value below it (sheet 'Ark1')",
            "ingen celle siger 'Aftale' med en værdi under den (ark 'Ark1')",
        ),
        ("C3", "cell C3 is empty (sheet 'Ark1')", "celle C3 er tom (ark 'Ark1')"),
        ("Ark1!c3", "cell C3 of sheet 'Ark1' is empty", "celle C3 i arket 'Ark1' er tom"),
    ],
)
def test_a_workbook_lacking_a_cell_is_told_in_words(selector: str, en: str, da: str) -> None:
    # "Aftale" is printed, but nothing is filled in after it, so label: and below: find nothing either.
    book = workbook(("Ark1", 1, 1, "Skemaet"), ("Ark1", 2, 1, "Aftale"))
    assert form("xlsx", selector, sheet="Ark1").mismatch(book) == (en, da)


def test_a_workbook_without_the_forms_sheet_names_the_sheets_it_has() -> None:
    book = workbook(("Ark1", 1, 1, "Skema"), ("Ark1", 1, 2, "Mentortimer"), sheets=("Ark1", "Noter"))
    assert form("xlsx", "next:Skema", sheet="Mentortimer").mismatch(book) == (
        "it has no sheet 'Mentortimer' (its sheets: 'Ark1', 'Noter')",
        "den har intet ark 'Mentortimer' (dens ark: 'Ark1', 'Noter')",
    )
    # The same rule on the sheet the workbook has: it is the form.
    assert form("xlsx", "next:Skema", sheet="Ark1").mismatch(book) is None


def test_a_sheet_named_like_a_cpr_number_is_masked() -> None:
    book = workbook(("0101901234", 1, 1, "x"), sheets=("0101901234",))
    reason_en, reason_da = form("xlsx", "A1", sheet="Skema").mismatch(book) or ("", "")
    assert "0101901234" not in reason_en + reason_da
    assert "010190-XXXX" in reason_en


def test_a_csv_file_lacking_a_label_names_no_sheet() -> None:
    csv = Extraction("csv", (SourceValue("A1", "Navn", {"row": 1, "col": 1}),), {})
    assert form("csv", "next:CPR-nummer").mismatch(csv) == (
        "no cell says 'CPR-nummer'",
        "ingen celle siger 'CPR-nummer'",
    )


@pytest.mark.parametrize(
    ("selector", "en", "da"),
    [
        (
            "Tekstfelt1",
            "it has no form field named 'Tekstfelt1'",
            "den har intet formularfelt ved navn 'Tekstfelt1'",
        ),
        # A field known by its tooltip is named by its words, as the caseworker knows it: "intet
        # formularfelt har hjælpeteksten 'CPR-nummer'" was the reader's (walk-107, page-109).
        (
            "tooltip:CPR-nummer",
            "it has no field 'CPR-nummer' to fill in",
            "den har intet felt 'CPR-nummer' at udfylde",
        ),
        (
            "label:Startdato",
            "no form field is labelled 'Startdato'",
            "intet formularfelt har overskriften 'Startdato'",
        ),
    ],
)
def test_a_pdf_lacking_a_field_is_told_in_words(selector: str, en: str, da: str) -> None:
    pdf = Extraction("pdf", (SourceValue("Andet", "x", {"page": 1}),), {})
    assert form("pdf", selector).mismatch(pdf) == (en, da)


def test_an_xml_export_lacking_an_element_names_its_path() -> None:
    xml = Extraction("xml", (SourceValue("/Aftale/Navn", "x", {}),), {"root": "Aftale"})
    assert form("xml", "/Aftale/Borger/CPR").mismatch(xml) == (
        "it has no element or attribute at /Aftale/Borger/CPR",
        "den har intet element eller attribut ved /Aftale/Borger/CPR",
    )


@pytest.mark.parametrize(
    ("selector", "en"),
    [
        # The label as printed, without the selector's syntax for the n-th value after it.
        ("label:Aftale>2", "no cell says 'Aftale' with a value to the right of it (sheet 'Ark1')"),
        (
            "next:Dato",
            "'Dato' is printed 2 times, and the form does not say which one it means (sheet 'Ark1')",
        ),
        ("next:Dato#3", "'Dato' is printed fewer than 3 times (sheet 'Ark1')"),
        (
            "next:Underskrevet af > Dato",
            "no cell says 'Dato' after a cell that says 'Underskrevet af' and before the next heading"
            " (sheet 'Ark1')",
        ),
    ],
)
def test_a_label_printed_twice_or_named_by_block_is_told_as_such(selector: str, en: str) -> None:
    book = workbook(("Ark1", 1, 1, "Dato"), ("Ark1", 5, 1, "Dato"), ("Ark1", 2, 1, "Aftale"))
    reason = form("xlsx", selector, sheet="Ark1").mismatch(book)
    assert reason is not None and reason[0] == en


def words_form(*needles: str, sheet: str | None = None) -> FormConfig:
    """A workbook form recognised by `contains` alone, read on `sheet` (None: every sheet)."""
    reader = {"sheet": sheet} if sheet else {}
    return FormConfig("f", "mentor_hours", "xlsx", "", RecogniseRules(contains=needles), (), reader=reader)


def test_contains_looks_in_the_forms_sheet_only() -> None:
    # Another municipality's workbook: our title on a sheet of its own is not our form.
    book = workbook(
        ("Ark1", 1, 1, "Mentortimer - Gladsaxe"),
        ("Noter", 1, 1, "Mentortimer - Furesø Kommune"),
        sheets=("Ark1", "Noter"),
    )
    assert words_form("Mentortimer - Furesø Kommune", sheet="Ark1").mismatch(book) == (
        "it does not say 'Mentortimer - Furesø Kommune' (sheet 'Ark1')",
        "den indeholder ikke 'Mentortimer - Furesø Kommune' (ark 'Ark1')",
    )
    # Read on the sheet that says it, it is the form.
    assert words_form("mentortimer - furesø kommune", sheet="Noter").mismatch(book) is None


def test_contains_without_a_sheet_looks_in_every_sheet() -> None:
    book = workbook(("Ark1", 1, 1, "Skema"), ("Noter", 1, 1, "Mentortimer"), sheets=("Ark1", "Noter"))
    assert words_form("Mentortimer").mismatch(book) is None
    # CSV has no sheets: every cell counts, as before.
    csv = Extraction("csv", (SourceValue("B7", "Mentortimer i alt", {"row": 7, "col": 2}),), {})
    by_words = FormConfig("f", "mentor_hours", "csv", "", RecogniseRules(contains=("mentortimer",)), ())
    assert by_words.mismatch(csv) is None


def test_contains_on_a_sheet_the_workbook_lacks_names_its_sheets() -> None:
    # The words are in the book, but not on the form's sheet: said as the sheet it lacks.
    book = workbook(("Ark1", 1, 1, "Mentortimer"))
    assert words_form("mentortimer", sheet="X").mismatch(book) == (
        "it has no sheet 'X' (its sheets: 'Ark1')",
        "den har intet ark 'X' (dens ark: 'Ark1')",
    )
