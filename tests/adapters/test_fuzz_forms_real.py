"""Stop 52's mutation fuzzing (decision 0064): files as a caseworker's program or a case system leaves
them (`tools.fuzz_forms_real`), mutants aimed at one municipality's forms, and the classes they and seeds
57 and 58 found, each checked where the reader decides it."""

from __future__ import annotations

import pikepdf
import pytest
from simulator_support import fixture_script

from hub.adapters.readers import pdf_apart, pdf_values
from hub.adapters.readers.tabular import read_csv
from hub.errors import Rejection

fuzz_forms = fixture_script("fuzz_forms")


def test_a_csv_re_saved_by_excel_is_read_the_same_or_refused() -> None:
    # Danish Excel's "CSV (semikolonsepareret)" or "Unicode-tekst": dates as 05-03-2026, a decimal comma,
    # a number's leading zeros gone. Where the form pins what Excel changed (its separator, its encoding)
    # the file may be refused, by the bar; read, it is the seed's record (a PDF saved incrementally and a
    # workbook's strings reordered are run with the other forms written otherwise, test_fuzz_forms.py).
    found = fuzz_forms.seeds()
    made = [(f"57/csv/excel/{i}", *fuzz_forms.mutant(found, f"57/csv/excel/{i}")) for i in range(10)]
    outcomes = [fuzz_forms.run_one(source, data, recipe) for recipe, source, data in made]
    assert {o.outcome for o in outcomes} == {"accepted", "rejected"}
    assert not [(o.recipe, o.why, o.changed) for o in outcomes if o.outcome == "FAILED" or o.changed]
    # The incremental update is what was read: the file has three revisions, the first of another value.
    _, data = fuzz_forms.mutant(found, "57/pdf/incremental/1@faxe")
    assert data is not None and data.count(b"%%EOF") == 3


def test_a_recipe_aimed_at_a_municipality_draws_its_forms_alone() -> None:
    found = fuzz_forms.seeds()
    for index in range(4):
        source, _ = fuzz_forms.mutant(found, f"57/xlsx/merged/{index}@soroe")
        assert source.path.parent.name == "soroe"
    assert all(r.endswith("@faxe") for r in fuzz_forms.recipes(57, 3, ["pdf"], "faxe"))


def _box(drawn: str, shown: str) -> pikepdf.Dictionary:
    """A radio box whose appearances draw `drawn` (and Off), showing `shown` (its /AS)."""
    normal = pikepdf.Dictionary({f"/{drawn}": pikepdf.Dictionary(), "/Off": pikepdf.Dictionary()})
    return pikepdf.Dictionary(AS=pikepdf.Name(f"/{shown}"), AP=pikepdf.Dictionary(N=normal))


def test_a_box_showing_a_state_it_cannot_draw_shows_nothing() -> None:
    # Morsø's benefit, a group of four boxes drawing /1 to /4, the second chosen; a form tool set every
    # box's /AS to a state, and a viewer draws only the box whose appearance has it: the page shows "2".
    # The hub read the first box's /AS, "4" (57/pdf/choice/37: accepted with 'ledighedsydelse').
    radio = {"/FT": pikepdf.Name("/Btn"), "/Ff": 49152}
    boxes = [_box("1", "4"), _box("2", "2"), _box("3", "4"), _box("4", "3")]
    assert pdf_values.value("radio", pikepdf.Dictionary(), radio, boxes) == "2"
    assert (
        pdf_apart.shown_apart("radio", pikepdf.Dictionary(), {**radio, "/V": pikepdf.Name("/2")}, boxes)
        is None
    )
    # Gentofte's attendance score: no box draws the state it names, and the page shows none chosen
    # (58/pdf/choice/86: accepted as "5").
    none_drawn = [_box("1", "5"), _box("2", "3"), _box("3", "1")]
    assert pdf_values.value("radio", pikepdf.Dictionary(), radio, none_drawn) == "Off"
    # Hvidovre's outcome: no value saved, two boxes drawn chosen (57/pdf/choice/49: accepted as the
    # first of them). Neither is read; what the page shows is said.
    two = [_box("Valg1", "Valg6"), _box("Valg4", "Valg4"), _box("Valg6", "Valg6")]
    assert pdf_values.value("radio", pikepdf.Dictionary(), radio, two) == "Off"
    assert pdf_apart.shown_apart("radio", pikepdf.Dictionary(), radio, two) == "Valg4, Valg6"


def test_a_quote_that_closes_in_a_later_row_is_refused_where_it_opens() -> None:
    # Langeland's grants with a quote doubled at the end of its header ("Bemærkning""): the csv module
    # read on to the next line's first quote, so the first grant became part of the header's last cell
    # and the file was accepted with one grant of two (58/csv/quote/46).
    text = (
        '"CPR","Mentor","Bemærkning""\n'
        '"2011874410","Jensen, Ole","Mentor på lageret"\n'
        '"0511993318","Lise Dahl",""\n'
    )
    with pytest.raises(Rejection) as refused:
        read_csv(text.encode("utf-8"), "bevillinger.csv", delimiter=",")
    [problem] = refused.value.problems
    assert (problem.locator, problem.locator_da) == ("row 1", "række 1")
    assert problem.reason_en.startswith(
        'cell C1 starts with a quote (") and runs over several lines to a quote'
    )
    # A note of two lines, its quotes right, is read as it is; so is a stray quote on a row's first line
    # (a cell's own fault: no line is read into it), and a form feed after a closing quote.
    for odd in ('"20118"74410"', '"2011874410"\f'):
        cells = read_csv(
            text.replace('"Bemærkning""', '"Bemærkning"').replace('"2011874410"', odd).encode(),
            "c.csv",
            delimiter=",",
        )
        assert len({v.meta["row"] for v in cells.values}) == 3
    # A note of two lines, its quotes right, is read as it is.
    fine = text.replace('"Bemærkning""', '"Bemærkning"').replace(
        '"Mentor på lageret"', '"Mentor\npå lageret"'
    )
    values = {v.key: v.value for v in read_csv(fine.encode("utf-8"), "b.csv", delimiter=",").values}
    assert values["C2"] == "Mentor\npå lageret" and values["A3"] == "0511993318"


def test_a_csv_saved_by_excel_for_mac_is_refused_not_read_as_signs() -> None:
    # Excel for Mac's "CSV" is Mac Roman: Fanø's mentor "Søren Ærø Østergård" was read in Windows' code
    # page as "S¿ren ®r¿ ¯stergŒrd" and the timesheet accepted so (57/csv/encoding/79).
    text = "Mentor;Timer\nSøren Ærø Østergård;4,5\n"
    for encoding in ("auto", "cp1252", "iso-8859-1"):
        with pytest.raises(Rejection) as refused:
            read_csv(text.encode("mac_roman"), "timer.csv", encoding)
        [problem] = refused.value.problems
        assert problem.locator == "row 2"
        assert '"S¿ren" would be read where it says "Søren"' in problem.reason_en
        assert '"S¿ren" ville blive læst, hvor der står "Søren"' in problem.reason_da
    # Windows' own text with those signs where they belong is read as it is.
    signs = "Note;Mærke\n¿Qué tal?;Word®\nŒuvre;1¾ time\n"
    values = [v.value for v in read_csv(signs.encode("cp1252"), "n.csv", "cp1252").values]
    assert values == ["Note", "Mærke", "¿Qué tal?", "Word®", "Œuvre", "1¾ time"]
