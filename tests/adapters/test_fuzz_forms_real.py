"""Stop 52's mutation fuzzing (decision 0064): files as a caseworker's program or a case system leaves
them (`tools.fuzz_forms_real`), mutants aimed at one municipality's forms, and the classes they and seeds
57 and 58 found, each checked where the reader decides it."""

from __future__ import annotations

from simulator_support import fixture_script

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
