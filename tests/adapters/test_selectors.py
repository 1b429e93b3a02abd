"""Selectors against hand-built extractions shaped as docs/architecture.md describes."""

from __future__ import annotations

import pytest

from hub.adapters.mapping import selector_text
from hub.adapters.mapping.selector_check import check_selector
from hub.adapters.mapping.selector_text import parse_cell
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import Extraction, SourceValue

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


def test_a_pdf_selector_is_read_from_its_text_once_for_every_document() -> None:
    """`hub reprocess` resolves each selector of a form again for every document: its text (stripped, a
    prefix, a label normalised) is read once (`pdf_step`), and resolves as it did, spaces and all."""
    selector_text.pdf_step.cache_clear()
    for _ in range(3):  # three documents of one form
        index = SourceIndex(pdf())
        assert index.resolve(" Borger.Navn ").value == "Mette Hansen"  # type: ignore[union-attr]
        assert index.resolve(" tooltip: CPR-nummer").key == "Tekstfelt12"  # type: ignore[union-attr]
        assert index.resolve("label:Navn") is None
    assert selector_text.pdf_step.cache_info().misses == 3


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


def _csv(*rows: str) -> Extraction:
    """A CSV extraction as the reader gives it: one value per non-empty cell."""
    values = []
    for row, line in enumerate(rows, 1):
        for col, text in enumerate(line.split(";"), 1):
            if text:
                ref = f"{chr(ord('A') + col - 1)}{row}"
                values.append(SourceValue(ref, text, {"row": row, "col": col}))
    return Extraction("csv", tuple(values), {})


LABELS = frozenset(
    {"label:Bemærkning", "label:Udfyldt af", "label:Fornavn", "label:Efternavn", "below:Underskrift"}
)


def test_label_and_below_stop_at_a_label_the_form_reads() -> None:
    """A blank value must not read the next label: the value is the blank cell after the label."""
    extraction = _csv(
        "Bemærkning;;Udfyldt af;Hans Hansen",
        "Fornavn;;Efternavn;Hansen",
        "Underskrift",
        "",
        "Fornavn:",
    )
    index = SourceIndex(extraction, labels=LABELS)
    assert index.resolve("label:Fornavn") is None  # printed twice (A2, A5)
    note = index.resolve("label:Bemærkning")
    assert (note.key, note.value, note.meta) == ("B1", "", {"row": 1, "col": 2})  # type: ignore[union-attr]
    assert index.resolve("label:Udfyldt af").value == "Hans Hansen"  # type: ignore[union-attr]
    assert index.resolve("label:Efternavn").value == "Hansen"  # type: ignore[union-attr]
    signature = index.resolve("below:Underskrift")  # stops at A5 "Fornavn:", a label of the form
    assert (signature.key, signature.value) == ("A4", "")  # type: ignore[union-attr]
    # without the form's labels, the first filled cell (how a bare index reads)
    assert SourceIndex(extraction).resolve("label:Bemærkning").value == "Udfyldt af"  # type: ignore[union-attr]

    names = _csv("Fornavn;;Efternavn;Hansen")
    first = SourceIndex(names, labels=LABELS).resolve("label:Fornavn")
    assert (first.key, first.value, first.meta) == ("B1", "", {"row": 1, "col": 2})  # type: ignore[union-attr]
    # the cell straight after a label is always its value, even when its text is a label
    assert SourceIndex(_csv("Dato;Fornavn"), labels={*LABELS, "label:Dato"}).resolve("label:Dato").value == (  # type: ignore[union-attr]
        "Fornavn"
    )


def test_label_nth_stops_at_a_label_after_the_last_value_counted() -> None:
    extraction = _csv("Underskrevet af;Hans Jensen;;Dato;01-09-2026")
    labels = {"label:Underskrevet af", "label:Dato"}
    index = SourceIndex(extraction, labels=labels)
    assert index.resolve("label:Underskrevet af").value == "Hans Jensen"  # type: ignore[union-attr]
    second = index.resolve("label:Underskrevet af>2")
    assert (second.key, second.value) == ("C1", "")  # type: ignore[union-attr]
    assert index.resolve("label:Dato").value == "01-09-2026"  # type: ignore[union-attr]
    # no cell between the last value counted and the next label: missing
    tight = SourceIndex(_csv("Underskrevet af;Hans Jensen;Dato;01-09-2026"), labels=labels)
    assert tight.resolve("label:Underskrevet af>2") is None


@pytest.mark.parametrize("prefix", ["label:", "below:", "next:", "under:"])
def test_a_label_printed_twice_matches_neither(prefix: str) -> None:
    """'Dato' at the top and again in the signature block: no silent first match."""
    extraction = _csv("Dato;03.08.2026", "Dato;04.08.2026", ";", "Underskrift;Dato", "Hans;05.08.2026")
    assert SourceIndex(extraction).resolve(f"{prefix}Dato") is None
    assert SourceIndex(extraction, labels={f"{prefix}Dato"}).resolve(f"{prefix}Dato") is None
    assert SourceIndex(extraction).resolve(f"{prefix}Underskrift") is not None


def test_a_labels_value_is_not_a_second_printing_of_a_label() -> None:
    """'Mentor ansat hos;Virksomhed' (a value) leaves the label 'Virksomhed' unique, for the form that
    reads 'Mentor ansat hos' rightwards; a header row of labels keeps every header a label."""
    extraction = _csv("Virksomhed;Falck", "Mentor ansat hos;Virksomhed")
    labels = {"label:Virksomhed", "label:Mentor ansat hos"}
    index = SourceIndex(extraction, labels=labels)
    assert index.resolve("label:Virksomhed").value == "Falck"  # type: ignore[union-attr]
    assert index.resolve("label:Mentor ansat hos").value == "Virksomhed"  # type: ignore[union-attr]
    assert SourceIndex(extraction).resolve("label:Virksomhed") is None  # a bare index cannot tell
    header = _csv("Cpr;Pnr", "0101901234;1012345678")
    assert SourceIndex(header, labels={"under:Cpr", "under:Pnr"}).resolve("under:Pnr").value == "1012345678"  # type: ignore[union-attr]


def test_a_value_under_a_header_is_not_a_second_printing_of_a_label() -> None:
    """A header row over one record, as `hub adapters suggest` drafts it (`under:`): the value
    'Virksomhed' under the header 'Mentor ansat hos' leaves the header 'Virksomhed' unique."""
    extraction = _csv("Navn;Virksomhed;Mentor ansat hos", "Karen Holm;Falck Danmark;Virksomhed")
    labels = {"under:Navn", "under:Virksomhed", "under:Mentor ansat hos"}
    index = SourceIndex(extraction, labels=labels)
    assert index.resolve("under:Virksomhed").value == "Falck Danmark"  # type: ignore[union-attr]
    assert index.resolve("under:Mentor ansat hos").value == "Virksomhed"  # type: ignore[union-attr]
    assert index.resolve("below:Virksomhed").value == "Falck Danmark"  # type: ignore[union-attr]
    # Read only rightwards, the header is no label's value: 'Virksomhed' is still printed twice.
    assert SourceIndex(extraction, labels={"label:Virksomhed"}).resolve("under:Virksomhed") is None


def test_xlsx_duplicates_count_per_sheet() -> None:
    def cell(sheet: str, ref: str, row: int, col: int, text: str) -> SourceValue:
        return SourceValue(f"{sheet}!{ref}", text, {"sheet": sheet, "row": row, "col": col})

    values = (
        cell("Ark1", "A1", 1, 1, "Dato"),
        cell("Ark1", "B1", 1, 2, "03.08.2026"),
        cell("Ark2", "A1", 1, 1, "Dato"),
        cell("Ark2", "B1", 1, 2, "04.08.2026"),
        cell("Ark2", "A2", 2, 1, "Dato"),
    )
    extraction = Extraction("xlsx", values, {"sheets": ["Ark1", "Ark2"]})
    assert SourceIndex(extraction).resolve("label:Dato").value == "03.08.2026"  # type: ignore[union-attr]
    assert SourceIndex(extraction, sheet="Ark2").resolve("label:Dato") is None


def test_form_passes_the_labels_of_its_selectors_and_a_blank_value_is_empty() -> None:
    """FormConfig.index knows the form's labels (fields, lists, recognise): a required field left blank
    is rejected as empty, a nullable one is null, instead of reading the next label's text."""
    from hub.adapters.language.config_form import FormConfig
    from hub.adapters.language.config_parts import FieldRule, ListFieldRule, ListRule, RecogniseRules
    from hub.adapters.mapping.form import map_form
    from hub.errors import Rejection

    form = FormConfig(
        id="afslutning",
        form_type="placement_end",
        format="csv",
        title="",
        recognise=RecogniseRules(fields=("below:Afslutning",)),
        fields=(
            FieldRule("citizen.name", sources=("label:Fornavn", "label:Efternavn")),
            FieldRule("note", source="label:Bemærkning", nullable=True),
        ),
        lists=(ListRule("entries", (ListFieldRule("date", "Dato"),), table={"date": "Dato"}),),
    )
    assert form.label_selectors == {
        "below:Afslutning",
        "label:Fornavn",
        "label:Efternavn",
        "label:Bemærkning",
    }
    extraction = _csv("Afslutning", "x", "Fornavn;;Efternavn;Hansen", "Bemærkning;;Afslutning")
    index = form.index(extraction, {})
    assert index.resolve("label:Fornavn").value == ""  # type: ignore[union-attr]
    assert index.resolve("label:Bemærkning").value == ""  # type: ignore[union-attr]
    assert form.index(extraction).resolve("label:Bemærkning").key == "B4"  # type: ignore[union-attr]
    bare = FormConfig("bare", "placement_end", "csv", "", RecogniseRules(), ())
    assert bare.index(extraction, {}).resolve("label:Fornavn").value == "Efternavn"  # type: ignore[union-attr]
    with pytest.raises(Rejection) as rejected:
        map_form(extraction, form, "0" * 64, "a.csv", "159")
    name = [p.describe("en") for p in rejected.value.problems if "citizen.name" in p.describe("en")]
    assert len(name) == 1 and "(B3)" in name[0]  # the blank cell beside "Fornavn"
    fields = (FieldRule("citizen.name", source="label:Efternavn"), form.fields[1])
    record = map_form(
        extraction,
        FormConfig("b", "placement_end", "csv", "", form.recognise, fields),
        "0" * 64,
        "a.csv",
        "159",
    ).record
    assert record["citizen"] == {"name": "Hansen"} and record["note"] is None


def test_a_workbooks_forms_share_one_index_of_its_cells_each_with_its_own_sheet() -> None:
    """Recognising a workbook tries every form of the municipality, and each names its sheet: the cells
    are indexed once per document, and each form still reads its own sheet by default."""
    from hub.adapters.language.config_form import FormConfig
    from hub.adapters.language.config_parts import RecogniseRules

    def form(sheet: str, label: str) -> FormConfig:
        rules = RecogniseRules(fields=(label,))
        return FormConfig(sheet, "timesheet", "xlsx", "", rules, (), reader={"sheet": sheet})

    on_ark1, on_data = form("Ark1", "label:CPR-nr.:"), form("Data", "B2")
    extraction, cache = xlsx(), {}
    first, second = on_ark1.index(extraction, cache), on_data.index(extraction, cache)
    assert second._cells is first._cells and second.by_key is first.by_key  # indexed once
    assert first.resolve("B2") is None and first.resolve("label:CPR-nr.:").value == "010190-1234"  # type: ignore[union-attr]
    assert second.resolve("B2").value == "x"  # type: ignore[union-attr]
    assert second.resolve("label:CPR-nr.:") is None  # labels are looked for on the form's own sheet
    assert on_ark1.matches(extraction, cache) and on_data.matches(extraction, cache)
    assert on_ark1.index(extraction, cache).default_sheet == "Ark1"  # the cache gives each its own again
    other = xlsx()  # another document (equal, not the same) is indexed afresh
    assert on_data.index(other, cache)._cells is not first._cells


def test_an_index_for_other_labels_reads_with_them_and_leaves_the_first_as_it_was() -> None:
    """Recognising tries every form of a municipality on one document's index, each with its labels."""
    extraction = _csv("Bemærkning;;Udfyldt af;Hans Hansen")
    bare = SourceIndex(extraction)
    other = bare.with_labels(LABELS)
    assert other is not bare and other.extraction is extraction
    assert other.resolve("label:Bemærkning").value == ""  # type: ignore[union-attr]  # stops at a label
    assert bare.resolve("label:Bemærkning").value == "Udfyldt af"  # type: ignore[union-attr]
    assert bare.label_selectors == frozenset() and other.label_selectors == LABELS
    assert other.with_labels(LABELS) is other


def test_a_label_path_is_split_once_for_every_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A form's label selectors are the same for every document of it: split and normalised once."""
    calls: list[str] = []
    split = selector_text.split_label

    def counted(text: str) -> list[tuple[str, int | None]]:
        calls.append(text)
        return split(text)

    monkeypatch.setattr(selector_text, "split_label", counted)
    text = "Underskrevet  af: > Dato#1"  # its own spaces and colon: the cache holds it normalised
    for name, day in (("Hans", "01-09-2026"), ("Grete", "02-09-2026")):
        index = SourceIndex(_csv("Dato;31-08-2026", f"Underskrevet af;{name}", f"Dato;{day}"))
        assert index.resolve(f"next:{text}").value == day  # type: ignore[union-attr]
    assert calls == [text]
