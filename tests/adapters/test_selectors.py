"""Selectors against hand-built extractions shaped as docs/architecture.md describes."""

from __future__ import annotations

import pytest

from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.selectors import SourceIndex, check_selector, parse_cell

NS = "urn:example:mentor"


def pdf() -> Extraction:
    return Extraction(
        "pdf",
        (
            SourceValue("Tekstfelt12", "010190-1234", {"page": 1, "type": "text", "tooltip": "CPR-nummer"}),
            SourceValue("Borger.Navn", "Mette Hansen", {"page": 1, "type": "text"}),
            SourceValue("Afkrydsningsfelt1", "Off", {"page": 2, "type": "checkbox"}),
        ),
        {"pages": 2},
    )


def xml() -> Extraction:
    root = f"/{{{NS}}}Timeseddel[1]"
    return Extraction(
        "xml",
        (
            SourceValue(f"{root}/@version", "2", {"xpath": "/m:Timeseddel/@version"}),
            SourceValue(f"{root}/{{{NS}}}CPR[1]", "0101901234", {"xpath": "/m:Timeseddel/m:CPR"}),
            SourceValue(f"{root}/{{{NS}}}Dag[1]/{{{NS}}}Dato[1]", "03.08.2026", {}),
            SourceValue(f"{root}/{{{NS}}}Dag[1]/@id", "d1", {}),
            SourceValue(f"{root}/{{{NS}}}Dag[2]/{{{NS}}}Dato[1]", "04.08.2026", {}),
        ),
        {"root": f"{{{NS}}}Timeseddel", "nsmap": {"m": NS}},
    )


def xlsx() -> Extraction:
    def cell(sheet: str, ref: str, row: int, col: int, text: str) -> SourceValue:
        return SourceValue(f"{sheet}!{ref}", text, {"sheet": sheet, "row": row, "col": col})

    return Extraction(
        "xlsx",
        (
            cell("Ark1", "A1", 1, 1, "Mentortimer"),
            cell("Ark1", "A3", 3, 1, "CPR-nr.:"),
            cell("Ark1", "C3", 3, 3, "010190-1234"),
            cell("Ark1", "A8", 8, 1, "Underskrift"),
            cell("Ark1", "A10", 10, 1, "Mette Hansen"),
            cell("Data", "B2", 2, 2, "x"),
        ),
        {"sheets": ["Ark1", "Data"]},
    )


def test_pdf_by_name_and_tooltip() -> None:
    index = SourceIndex(pdf())
    assert index.resolve("Tekstfelt12").value == "010190-1234"  # type: ignore[union-attr]
    assert index.resolve("Borger.Navn").value == "Mette Hansen"  # type: ignore[union-attr]
    assert index.resolve("tooltip:cpr-nummer ").key == "Tekstfelt12"  # type: ignore[union-attr]
    assert index.resolve("Navn") is None  # a short name is not the fully qualified one
    assert index.resolve("tooltip:Navn") is None


def test_xml_paths_positions_attributes_and_rows() -> None:
    index = SourceIndex(xml())
    assert index.resolve("/m:Timeseddel/m:CPR").value == "0101901234"  # type: ignore[union-attr]
    assert index.resolve("/m:Timeseddel/@version").value == "2"  # type: ignore[union-attr]
    assert index.resolve("/m:Timeseddel/m:Dag/m:Dato").value == "03.08.2026"  # type: ignore[union-attr]
    assert index.resolve("/m:Timeseddel/m:Dag[2]/m:Dato").value == "04.08.2026"  # type: ignore[union-attr]
    assert index.resolve("/m:Timeseddel/m:Dag[3]/m:Dato") is None
    assert index.resolve("/x:Timeseddel/x:CPR") is None  # unknown prefix
    rows = index.xml_rows("/m:Timeseddel/m:Dag")
    assert rows == [f"/{{{NS}}}Timeseddel[1]/{{{NS}}}Dag[1]", f"/{{{NS}}}Timeseddel[1]/{{{NS}}}Dag[2]"]
    assert index.resolve("m:Dato", row=rows[1]).value == "04.08.2026"  # type: ignore[union-attr]
    assert index.resolve("@id", row=rows[0]).value == "d1"  # type: ignore[union-attr]
    assert index.resolve("@id", row=rows[1]) is None


def test_xml_config_prefix_overrides_the_documents_and_default_namespace_is_unprefixed() -> None:
    index = SourceIndex(xml(), namespaces={"t": NS})
    assert index.resolve("/t:Timeseddel/t:CPR").value == "0101901234"  # type: ignore[union-attr]
    default_ns = Extraction("xml", xml().values, {"nsmap": {"": NS}})
    assert SourceIndex(default_ns).resolve("/Timeseddel/CPR").value == "0101901234"  # type: ignore[union-attr]


def test_xlsx_cells_labels_and_below() -> None:
    index = SourceIndex(xlsx())
    assert index.resolve("C3").value == "010190-1234"  # type: ignore[union-attr]
    assert index.resolve("Ark1!C3").key == "Ark1!C3"  # type: ignore[union-attr]
    assert index.resolve("Data!B2").value == "x"  # type: ignore[union-attr]
    assert index.resolve("B2") is None  # the default sheet is the first one
    assert SourceIndex(xlsx(), sheet="Data").resolve("B2").value == "x"  # type: ignore[union-attr]
    assert index.resolve("label:cpr-nr.").key == "Ark1!C3"  # type: ignore[union-attr]
    assert index.resolve("label:  CPR-NR. ").key == "Ark1!C3"  # type: ignore[union-attr]
    assert index.resolve("below:Underskrift").value == "Mette Hansen"  # type: ignore[union-attr]
    assert index.resolve("label:Underskrift") is None  # nothing to its right
    assert index.resolve("label:Ukendt") is None


def test_csv_cells_and_labels() -> None:
    values = (
        SourceValue("A1", "Navn", {"row": 1, "col": 1}),
        SourceValue("B1", "", {"row": 1, "col": 2}),
        SourceValue("C1", "Mette", {"row": 1, "col": 3}),
    )
    index = SourceIndex(Extraction("csv", values, {"delimiter": ";"}))
    assert index.resolve("label:Navn:").value == "Mette"  # type: ignore[union-attr]  # the empty B1 is skipped
    assert index.resolve("c1").value == "Mette"  # type: ignore[union-attr]
    assert index.find_header_row(["Navn"]) == (1, {"Navn": 1})


def test_label_nth_filled_cell() -> None:
    values = (
        SourceValue("A9", "Underskrevet af", {"row": 9, "col": 1}),
        SourceValue("B9", "Hans Jensen", {"row": 9, "col": 2}),
        SourceValue("C9", "", {"row": 9, "col": 3}),
        SourceValue("D9", "01-09-2026", {"row": 9, "col": 4}),
    )
    index = SourceIndex(Extraction("csv", values))
    assert index.resolve("label:Underskrevet af").key == "B9"  # type: ignore[union-attr]
    assert index.resolve("label:Underskrevet af>2").key == "D9"  # type: ignore[union-attr]  # C9 is empty
    assert index.resolve("label:Underskrevet af > 3") is None
    assert check_selector("label:>2", "csv") == "a label selector needs a text"


def test_parse_cell() -> None:
    assert parse_cell("B3") == (None, 3, 2)
    assert parse_cell("'Ark 1'!AA10") == ("Ark 1", 10, 27)
    assert parse_cell("B0") is None
    assert parse_cell("label:x") is None


@pytest.mark.parametrize(
    ("selector", "fmt", "ok"),
    [
        ("/b:A/b:B[2]/@id", "xml", True),
        ("b:A", "xml", False),
        ("/b:A[0]", "xml", False),
        ("/b:A//b:B", "xml", False),
        ("Ark1!B3", "xlsx", True),
        ("Ark1!B3", "csv", False),
        ("B", "csv", False),
        ("label:", "xlsx", False),
        ("tooltip:", "pdf", False),
        ("Tekstfelt1", "pdf", True),
    ],
)
def test_check_selector(selector: str, fmt: str, ok: bool) -> None:
    assert (check_selector(selector, fmt) is None) is ok


def test_under_and_next_keep_a_blank_cell_blank() -> None:
    """One record per row under a header: a blank cell must not borrow the next record's value."""
    values = (
        SourceValue("A1", "Cpr", {"row": 1, "col": 1}),
        SourceValue("B1", "Aarsagskode", {"row": 1, "col": 2}),
        SourceValue("A2", "0101901234", {"row": 2, "col": 1}),
        # B2 is blank: the reader leaves it out.
        SourceValue("A3", "0202902345", {"row": 3, "col": 1}),
        SourceValue("B3", "8", {"row": 3, "col": 2}),
    )
    index = SourceIndex(Extraction("csv", values, {}))
    assert index.resolve("below:Aarsagskode").value == "8"  # skips blanks: the next record's code
    blank = index.resolve("under:Aarsagskode")
    assert (blank.key, blank.value, blank.meta) == ("B2", "", {"row": 2, "col": 2})
    assert index.resolve("next:Cpr").value == "Aarsagskode"
    assert index.resolve("under:Navn") is None  # no such label: missing, not blank
    assert check_selector("under:Cpr>2", "csv") is not None
    assert check_selector("under:Cpr", "csv") is None


def test_pdf_label_selector_and_ambiguous_labels() -> None:
    """A PDF field found by the text printed beside it; a label two fields share names neither."""
    values = (
        SourceValue("Tekstfelt12", "010190-1234", {"page": 1, "label": "CPR-nr.:"}),
        SourceValue("Tekstfelt3", "03.08.2026", {"page": 1, "label": "Dato"}),
        SourceValue("Tekstfelt4", "01.09.2026", {"page": 2, "label": "Dato"}),
    )
    index = SourceIndex(Extraction("pdf", values, {}))
    assert index.resolve("label:cpr-nr.").key == "Tekstfelt12"  # case and the trailing colon ignored
    assert index.resolve("label:Dato") is None
    assert check_selector("label: ", "pdf") is not None
