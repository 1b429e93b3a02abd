"""Mutation fuzzing of the hub's own forms (`tools.fuzz_forms`, decision 0064), bounded: a few hundred
mutants of the golden forms, seeded, none of which may end in an exception, a hang, a rejection that
names no file or place, or one in a library's words. The classifier is checked too, so that a run of
clean outcomes means the mutants were clean, not that nothing was looked at."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from simulator_support import fixture_script

from hub.errors import FieldProblem, NotRecognised, Rejection

fuzz_forms = fixture_script("fuzz_forms")
PER_FORMAT = 150
# The mutants that found each class fixed in the readers (decision 0064), run whatever the seed: a row
# number of twenty digits (the table rules walked every row to it, past the time bound), a NUL in a
# PDF field's value (accepted, for PostgreSQL to refuse), a schema's objection in libxml2's English
# quoting 64,000 characters, an element of another namespace (its XPath failed). A change to the
# mutators changes what a recipe makes: then find them again with `python -m tools.fuzz_forms --seed 3`.
FOUND = ["0/xlsx/cell_ref/5", "1/xlsx/cell_ref/124", "2/pdf/field_value/52", "2/pdf/field_value/130"]
FOUND += ["2/xml/value/40", "3/xml/value/6", "3/xml/drop/0", "3/xml/attribute/6"]
# Stop 48 (seeds 48 to 51, the onboarding trials' forms too): a reason naming several sources in the
# config's syntax (`under:Fornavn`, `label:Uddannelse`), a schema's allowed values as a Python set.
FOUND += ["48/csv/truncate/0", "48/pdf/field_type/349", "48/xml/value/26", "48/xlsx/cell_type/207"]


def test_no_mutant_of_the_hubs_own_forms_fails() -> None:
    # LibreOffice's re-saves take seconds each: `test_fuzz_forms_office.py` runs a few of them.
    outcomes = list(fuzz_forms.fuzz(47, PER_FORMAT, sorted(fuzz_forms.MUTATORS), office=False))
    found = fuzz_forms.seeds()
    for recipe in FOUND:
        source, data = fuzz_forms.mutant(found, recipe)
        outcomes.append(fuzz_forms.run_one(source, data, recipe))
    failed = [o for o in outcomes if o.outcome == "FAILED"]
    assert not failed, fuzz_forms.table(outcomes)
    # Not vacuous: every format had mutants read to the end, some taken and some refused.
    by_format = Counter((o.recipe.split("/")[1], o.outcome) for o in outcomes)
    for fmt in fuzz_forms.MUTATORS:
        assert by_format[fmt, "accepted"] > 0 and by_format[fmt, "rejected"] > 0, by_format


def test_a_pdf_boolean_is_no_text() -> None:
    # A text field whose value is a PDF boolean: pikepdf gives Python's True, and Gentofte's form was
    # accepted from a company named "True" (48/pdf/field_type/143). It is read as no value, and the
    # name is refused at its field as a value no viewer shows as text, naming what its box still draws
    # (the seed's company, BRFkredit), not as "empty" (decision 0060, "Stop 56: values-64").
    from hub.adapters.readers.pdf_values import value

    assert value("text", {}, {"/V": True}, []) is None
    source, data = fuzz_forms.mutant(fuzz_forms.seeds(), "48/pdf/field_type/143")
    outcome = fuzz_forms.run_one(source, data, "48/pdf/field_type/143")
    [(field, reason)] = [(p["field"], p["reason_en"]) for p in outcome.problems]
    assert field == "company.name", outcome
    assert reason.startswith("the field holds a value a viewer cannot show as text: the yes-or-no value true")
    assert "(its box draws 'BRFkredit')" in reason


def test_excels_error_for_a_formula_is_no_value() -> None:
    # A cell Excel shows as "#N/A" or "#REF!" (type "e": a formula it could not calculate) was read as
    # its text, and Furesø's forms were accepted with a mentor called "#N/A" (48/xlsx/formula/274) and
    # a site called "#REF!" (48/xlsx/formula/50). It is refused at its cell, saying what Excel shows.
    for recipe, field, cell, shown in [
        ("48/xlsx/formula/274", "mentor.name", "B5", "#N/A"),
        ("48/xlsx/formula/50", "site.name", "B8", "#REF!"),
    ]:
        source, data = fuzz_forms.mutant(fuzz_forms.seeds(), recipe)
        outcome = fuzz_forms.run_one(source, data, recipe)
        assert [(p["field"], p["locator"].rsplit(" ", 1)[-1]) for p in outcome.problems] == [(field, cell)]
        assert outcome.problems[0]["reason_da"] == (
            f"cellen viser Excels fejl {shown}: dens formel kunne ikke regnes ud; ret den i Excel og send "
            "filen igen"
        )


def test_a_form_written_otherwise_reads_the_same() -> None:
    # Namespaces bound to other prefixes, a value as CDATA or split by a comment, every CSV cell quoted,
    # a shared string as formatted runs: each mutant must give its seed's record (`fuzz_forms_same`); so
    # must a PDF saved incrementally twice and a workbook's shared strings reordered (`fuzz_forms_real`).
    found = fuzz_forms.seeds()
    outcomes = []
    for same in sorted(fuzz_forms.SAME | fuzz_forms.SAME_REAL):
        fmt, name = same.split("/")
        for index in range(6):
            recipe = f"48/{fmt}/{name}/{index}"
            source, data = fuzz_forms.mutant(found, recipe)
            if data is not None:
                outcomes.append(fuzz_forms.run_one(source, data, recipe))
    assert outcomes and all(o.outcome == "accepted" and not o.changed for o in outcomes), [
        (o.recipe, o.outcome, o.why, o.changed) for o in outcomes if o.outcome != "accepted" or o.changed
    ]


def test_a_recipe_makes_the_same_mutant_again() -> None:
    found = fuzz_forms.seeds()
    for recipe in ("5/xml/value/3", "5/csv/encoding/1", "5/xlsx/cell_type/2", "5/pdf/field_value/4"):
        assert fuzz_forms.mutant(found, recipe) == fuzz_forms.mutant(found, recipe)
    assert fuzz_forms.mutant(found, "5/csv/value/1") != fuzz_forms.mutant(found, "6/csv/value/1")


def _faults(problem: FieldProblem, kind: type[Rejection] = Rejection) -> list[str]:
    result: list[str] = fuzz_forms.problem_faults(kind([problem]), "a.pdf")
    return result


def test_the_bar_a_rejection_is_held_to() -> None:
    placed = {"file": "a.pdf", "locator": 'field "Dato" on page 1'}
    assert _faults(FieldProblem("not a date", "ikke en dato", **placed)) == []
    assert _faults(FieldProblem("not a date", "ikke en dato", file="b.pdf", locator="x")) == ["no file"]
    assert _faults(FieldProblem("not a date", "ikke en dato", file="a.pdf")) == ["no locator"]
    # A whole document refused, or not recognised, has no place in it to name.
    assert (
        _faults(FieldProblem("not a form we know", "ingen kendt blanket", file="a.pdf"), NotRecognised) == []
    )
    # A value that is absent names its canonical field.
    assert _faults(FieldProblem("missing", "mangler", file="a.pdf", field="period.end")) == []
    assert _faults(FieldProblem("not a date", "not a date", **placed)) == ["reason not in Danish"]
    assert _faults(FieldProblem("KeyError: 'x'", "KeyError: 'x'", **placed)) == [
        "jargon 'KeyError'",
        "reason not in Danish",
    ]
    assert _faults(FieldProblem("lxml said no", "lxml sagde nej", **placed)) == ["jargon 'lxml'"]
    libxml2 = "Element 'Dato': '2026-02-30' is not a valid value of the atomic type 'xs:date'."
    assert _faults(FieldProblem(libxml2, f"ikke en dato: {libxml2}", **placed)) == ["jargon 'atomic type'"]
    named = "damaged workbook (CellProblem: cell B7)"
    assert _faults(FieldProblem(named, "beskadiget (CellProblem: celle B7)", **placed)) == [
        "jargon 'CellProblem'"
    ]
    # The config's selector syntax, or a set in Python's notation, is not the sender's words.
    syntax = FieldProblem("nothing in under:Fornavn", "intet i under:Fornavn", **placed)
    assert _faults(syntax) == ["config syntax 'under:'"]
    listed = FieldProblem("not one of {'MG', 'G'}", "ikke en af {'MG', 'G'}", **placed)
    assert _faults(listed) == ['jargon "{\'"']
    long = "x" * (fuzz_forms.MAX_REASON + 1)
    assert _faults(FieldProblem(long, "y" + long, **placed)) == ["reason longer than 2000 characters"]


def test_a_trial_added_later_leaves_the_named_recipes_alone() -> None:
    # Seed 48's recipes drew from the nine trials there were; a tenth trial added to the corpus changed
    # which form `rng.choice` picked, and "48/xlsx/formula/274" no longer made the "#N/A" mentor.
    later = fuzz_forms.Seed(
        Path("c.toml"), Path("tests/onboarding/golden/later/f.xlsx"), "xlsx", Path("e"), False
    )
    customer = fuzz_forms.Seed(Path("c.toml"), Path("tests/golden/furesoe/f.xlsx"), "xlsx", Path("e"))
    assert not fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)
    assert not fuzz_forms._in_pool(later, fuzz_forms.ONBOARDING_FROM - 1)
    assert fuzz_forms._in_pool(customer, 0)
    aeroe = fuzz_forms.Seed(
        Path("c.toml"), Path("tests/onboarding/golden/aeroe/f.xlsx"), "xlsx", Path("e"), False
    )
    assert fuzz_forms._in_pool(aeroe, fuzz_forms.ONBOARDING_FROM)
    assert not fuzz_forms._in_pool(aeroe, fuzz_forms.ONBOARDING_FROM - 1)


def test_a_trial_joins_the_pool_from_the_seed_that_first_drew_it() -> None:
    # Stop 53 ran seed 52 with Morsø and Odsherred; adding them to one set for seeds 48 to 52 moved
    # '48/xlsx/formula/274' off Furesø's #N/A again. Each run of seeds keeps the trials it drew from.
    morsoe = fuzz_forms.Seed(
        Path("c.toml"), Path("tests/onboarding/golden/morsoe/f.xlsx"), "xlsx", Path("e"), False
    )
    assert not fuzz_forms._in_pool(morsoe, 51)
    assert fuzz_forms._in_pool(morsoe, 52)
    source, _ = fuzz_forms.mutant(fuzz_forms.seeds(), "48/xlsx/formula/274")
    assert source.path.parent.name == "furesoe"
    source, _ = fuzz_forms.mutant(fuzz_forms.seeds(), "52/xlsx/formula/75")
    assert source.path.parent.name == "odsherred"
