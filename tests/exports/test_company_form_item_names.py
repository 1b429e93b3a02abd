"""A refused intern on the company's one form is named as the form shows them, never by "gruppe 2".

The company's HR person reads the form as one block (PDF) or some rows (XLSX) per intern, headed by
the intern's number and name; a refusal that said "gruppe 2" named nothing they could find. The company
adapter maps each item's printed name to `citizen.name`, and an item whose config names its citizen is
called by that name (`hub.adapters.mapping.items`); the name is never a CPR number.
"""

from __future__ import annotations

from pathlib import Path

from test_company_form_roundtrip import filled_pdf, filled_xlsx

from hub.adapters import pipeline
from hub.adapters.language.company_adapter import load_company_adapter
from hub.adapters.mapping.form_items import MappedItem, map_items
from hub.adapters.readers import extract

ROOT = Path(__file__).resolve().parents[2]
SIGNED = {"underskrevet_af": "Søren Kæmpe", "underskrevet_dato": "01.09.2026"}
# Intern 3's weeks 33-35, all ended when the form was signed: 0 where there were no hours, as the company
# page asks (a week left blank after them is refused since stop 56).
FILLED_3 = {"d3_timer1": "4", "d3_timer2": "0", "d3_timer3": "0"}


def items_of(data: bytes, filename: str) -> list[MappedItem]:
    """Every filled-in item of a company form as the company adapter maps it, problems and all."""
    company = load_company_adapter(ROOT / "config" / "company.toml")
    extraction = extract(data, filename, pipeline.READ_OPTIONS)
    form, extraction = pipeline.recognise(company, extraction, filename, data, {})
    return map_items(extraction, form, "0" * 64, filename, company.code, {})


def refused(items: list[MappedItem]) -> list[tuple[str, str]]:
    """The (English, Danish) names of the refused items, as every one of their problems carries them."""
    for item in items:
        assert all((p.item, p.item_da) == (item.label_en, item.label_da) for p in item.problems)
    return [(item.label_en, item.label_da) for item in items if item.problems]


def test_a_refused_block_of_the_pdf_is_the_participant_by_number_and_name() -> None:
    # The form heads the first block "Deltager 1 af 3 · P-AAAAAAAAAAA · Æble Øster-Åberg".
    items = items_of(filled_pdf("mentor_hours", {"d1_timer1": "tre", **FILLED_3, **SIGNED}), "m.pdf")
    assert refused(items) == [("participant 1 (Æble Øster-Åberg)", "deltager 1 (Æble Øster-Åberg)")]


def test_a_refused_intern_of_the_workbook_is_their_rows_and_name() -> None:
    # Intern 1 has four weeks, rows 7-10 of the sheet; their name is in the Navn column of each.
    # intern 3's weeks 34 and 35 (rows 14-15) had ended when signed: 0, as the page asks (stop 56)
    cells = {"F7": "tre", "F13": 4, "F14": 0, "F15": 0, "B17": "Søren Kæmpe", "B18": "01.09.2026"}
    items = items_of(filled_xlsx("mentor_hours", cells), "m.xlsx")
    assert refused(items) == [("rows 7–10 (Æble Øster-Åberg)", "rækkerne 7–10 (Æble Øster-Åberg)")]


def test_a_cpr_number_typed_into_the_name_never_names_the_item() -> None:
    # Whatever stands in the name's cell is quoted back: one holding a CPR number is not quoted at all.
    cells = {"B9": "Karen 010190-1234", "D9": "15.09.2026", "E9": "ni", "B11": "S K", "B12": "16.09.2026"}
    items = items_of(filled_xlsx("progress_report", cells), "s.xlsx")
    assert refused(items) == [("row 9", "række 9")]
    assert "010190" not in repr(items)
