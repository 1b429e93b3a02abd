"""Stop 63's mutation fuzzing (decision 0064, "Stop 63: fuzz-79"): the eighteen onboarding trials after
Billund drawn from seed 66 on, every golden input a seed whatever its ending, and the mutators that write
a form otherwise kept to what they claim on the trials' forms (R's and a database's CSV, LibreOffice's
workbook)."""

from __future__ import annotations

from pathlib import Path

from simulator_support import fixture_script

from hub.adapters.language.golden import golden_pairs

fuzz_forms = fixture_script("fuzz_forms")
TESTS = Path(__file__).resolve().parent.parent


def test_every_golden_input_with_a_config_is_a_seed() -> None:
    # Thisted's database export is `afslutninger.tsv`: taken by the upload as CSV, but left out of the
    # seeds, which knew a format only by the ending that is its name.
    drawn = {seed.path for seeds in fuzz_forms.seeds().values() for seed in seeds}
    for corpus, configs in fuzz_forms.CORPORA:
        for folder in (p for p in corpus.iterdir() if (configs / f"{p.name}.toml").exists()):
            assert {source for source, _ in golden_pairs(folder)} <= drawn, folder.name
    assert TESTS / "onboarding" / "golden" / "thisted" / "afslutninger.tsv" in drawn


def test_the_trials_after_billund_are_drawn_from_seed_66_on() -> None:
    for slug in ("thisted", "holstebro", "svendborg"):
        trial = fuzz_forms.Seed(
            Path("c.toml"), Path(f"tests/onboarding/golden/{slug}/f.csv"), "csv", Path("e"), False
        )
        assert not fuzz_forms._in_pool(trial, 65)
        assert fuzz_forms._in_pool(trial, 66) and fuzz_forms._in_pool(trial, 69)
    assert fuzz_forms.FUZZED_THROUGH >= 69


def _outcome(recipe: str, seed: str) -> tuple[str, list[str]]:
    source, data = fuzz_forms.mutant(fuzz_forms.seeds(), recipe)
    assert f"{source.path.parent.name}/{source.path.name}" == seed
    outcome = fuzz_forms.run_one(source, data, recipe)
    return outcome.outcome, outcome.changed


def test_every_cell_quoted_keeps_what_r_and_a_database_left_empty() -> None:
    # Quoted, R's missing value `NA` is the text "NA" ("not a date: 'NA'") and a database's NULL `\N` the
    # text "\N"; split at commas, the tab-separated export became one column, "text without columns".
    assert _outcome("66/csv/quoted/4", "holstebro/mentortimer.csv") == ("accepted", [])
    assert _outcome("66/csv/quoted/15", "thisted/afslutninger.tsv") == ("accepted", [])


def test_a_workbook_saved_by_libreoffice_in_the_1904_count() -> None:
    # LibreOffice writes `date1904="false"` last in `<workbookPr>`: the mutator kept it beside its own,
    # and the workbook was refused as XML with an attribute given twice.
    assert _outcome("66/xlsx/mac1904/20", "svendborg/mentor_support.xlsx") == ("accepted", [])


def test_a_formula_in_an_optional_csv_cell_is_refused_as_in_a_workbook() -> None:
    # Thisted's status reports, one a row: the citizen's name (optional) a formula's text Excel would
    # calculate. It read as no name in silence (67/csv/value/27), where a workbook's cell is refused.
    from hub.adapters.language.golden import canonical_records
    from hub.errors import Rejection

    config = fuzz_forms._config(TESTS / "onboarding" / "config" / "thisted.toml")
    seed = (TESTS / "onboarding" / "golden" / "thisted" / "udtalelser.csv").read_bytes()
    for formula in (b'"=HYPERLINK(""x"")"', b"=B1"):
        data = seed.replace(b"Sara Lund Vestergaard", formula, 1)
        try:
            canonical_records(config, data, "udtalelser.csv")
        except Rejection as exc:
            [problem] = exc.problems
        else:
            raise AssertionError("accepted")
        assert (problem.field, problem.locator) == ("citizen.name", "row 2, column 3 (C2)")
        # A CSV's formula is named as what it is, a formula written as text (fixes-78's wording).
        assert problem.reason_da.startswith("en formel, ikke dens værdi: cellen har et regnearks formel")
        assert problem.reason_en.startswith("a formula, not its value:")
    assert _outcome("67/csv/value/27", "thisted/udtalelser.csv")[0] == "rejected"
