"""A dropdown's placeholder first line (stop 74, trial-137): Hillerød's reportlab form offers the combo box
`visitation` as "- vælg -", "Jobparat", ...; suggest drafted `"- vælg -" = "TODO"  # TODO` beside `nullable =
true`, a value no canonical word is and the config's author had to find the empty string for. A first line
whose first word asks for a choice ("vælg", "select", "choose"), or that has no word at all ("---"), is now
drafted as the blank first line always was: nothing chosen, empty (null) where the field may be empty, and
no line where it may not, so a form left at it is refused as the field left empty."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.targets import map_targets

HILLEROED = Trial("hilleroed", "219", "make_fixtures_onboarding_seventythird")
JOBS = ("Jobparat", "Aktivitetsparat", "Uddannelsesparat")


def _targets(path: str, *options: str) -> dict[str, str]:
    return map_targets(Candidate("visitation", ("Visitation",), options=options), path, None)


def test_a_placeholder_first_line_is_nothing_chosen() -> None:
    for placeholder in ("- vælg -", "Vælg visitation", "-- Select --", "Choose...", "---"):
        targets = _targets("visitation", placeholder, *JOBS)
        assert targets == {placeholder: "", "Jobparat": "jobparat", "Aktivitetsparat": "aktivitetsparat",
                           "Uddannelsesparat": "uddannelsesparat"}  # fmt: skip


def test_where_the_field_may_not_be_empty_the_placeholder_is_no_line() -> None:
    assert "- vælg -" not in map_targets(
        Candidate("ydelse", ("Ydelse",), options=("- vælg -", "Kontanthjælp", "Sygedagpenge")),
        "benefit",
        None,
    )


def test_a_first_line_that_is_a_choice_stays_one() -> None:
    # "Jobparat" first, and a later line beginning "Vælg" (only the first line is a placeholder)
    targets = _targets("visitation", *JOBS, "Vælg senere")
    assert targets["Jobparat"] == "jobparat" and targets["Vælg senere"] == "TODO"


def test_the_draft_reads_a_form_left_at_its_placeholder_as_no_visitation(tmp_path: Path) -> None:
    data = (HILLEROED.golden / "praktikaftale.pdf").read_bytes()
    draft = cleared(HILLEROED.draft("praktikaftale.pdf"))
    assert '"- vælg -" = ""' in draft
    with pikepdf.open(io.BytesIO(data)) as pdf:  # the caseworker chose no visitation
        [field] = [f for f in pdf.Root.AcroForm.Fields if str(f.T) == "visitation"]
        field.V = pikepdf.String("- vælg -")
        out = io.BytesIO()
        pdf.save(out)
    record = canonical_records(HILLEROED.config(tmp_path, draft), out.getvalue(), "praktikaftale.pdf")
    assert record == {**HILLEROED.expected("praktikaftale.pdf"), "visitation": None}
