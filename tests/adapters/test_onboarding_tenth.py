"""The tenth onboarding trial: Assens (420), a mentor's PDF timesheet (AcroForm) whose hours are a grid of
a field per weekday named in a hierarchy with dots (`uge1.man` ... `uge4.fre`), the days `2`, `1,5`,
`2:30` or blank, a blank fourth week. Onboarded by config alone as README's "Add a municipality" says;
the expected record was written by hand from the values in `tools/make_fixtures_onboarding_tenth.py`.
The same form as a viewer leaves it that draws what was typed but saves no value (/V) is refused at the
field, not read as empty; those tests fail without `pdf_shown` and its check in `mapping.reading`, the
suggest test without `ugeseddel` among a mentor_hours form's words (decision 0060, "Tenth trial").
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import CONFIG, Trial
from simulator_support import fixture_script

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.errors import Rejection

THIS = Trial("assens", "420", "make_fixtures_onboarding_tenth")
make = fixture_script("make_fixtures_onboarding_tenth")
FORM = "[[forms]]" + (CONFIG / "assens.toml").read_text(encoding="utf-8").split("[[forms]]", 1)[1]
REFUSED_EN = "the field shows text on the page but holds no value"
REFUSED_DA = "feltet viser tekst på siden, men har ingen værdi"


def test_the_form_is_made_by_its_script_byte_for_byte() -> None:
    THIS.check_made(1)


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_a_signature_drawn_but_never_saved_is_refused_at_its_field(tmp_path: Path) -> None:
    """Before: `underskrift.navn` with no /V read as empty, and `nullable` made the timesheet unsigned
    (`signed_by` null) though the page shows "Mette Holm" under "Mentorens navn"."""
    with pytest.raises(Rejection) as refused:
        THIS.items(THIS.config(tmp_path, FORM), make.timesheet_pdf(saved=False), "ugeseddel.pdf")
    (problem,) = refused.value.problems
    assert problem.field == "signed_by" and problem.file == "ugeseddel.pdf"
    assert problem.locator.startswith('field "underskrift.navn"')
    assert problem.reason_en.startswith(REFUSED_EN) and problem.reason_da.startswith(REFUSED_DA)


def test_a_field_drawn_but_never_saved_is_refused_in_a_day_of_the_grid_too(tmp_path: Path) -> None:
    """A weekday the page shows `1,5` for, but whose /V is gone, is no blank day of 0 hours
    (`empty_is_zero`): week 10 would read 4.5 hours, not the 6 the mentor wrote."""

    def unsave_tuesday(kids: pikepdf.Array) -> None:
        (tuesday,) = [kid for kid in kids if str(kid.T) == "tir"]
        del tuesday["/V"]

    data = _edited(make.timesheet_pdf(), "uge1", unsave_tuesday)
    (item,) = THIS.items(THIS.config(tmp_path, FORM), data, "ugeseddel.pdf")
    assert item.mapped is None
    (problem,) = item.problems
    assert 'field "uge1.tir"' in problem.locator and problem.reason_en.startswith(REFUSED_EN)


def test_an_empty_field_without_a_value_or_with_a_blank_appearance_stays_empty() -> None:
    """No /V and nothing drawn (an empty box as Acrobat writes it, `()` or spaces shown): empty, as before."""

    def blank(kids: pikepdf.Array) -> None:
        for kid, drawn in zip(kids, (b"", b"BT /Helv 12 Tf () Tj ET", b"BT [(  )] TJ ET"), strict=False):
            del kid["/V"]
            kid.AP.N.write(drawn)

    data = _edited(make.timesheet_pdf(), "uge4", blank)
    values = {v.key: v for v in extract(data, "ugeseddel.pdf", READ_OPTIONS).values}
    for day in ("uge4.nr", "uge4.man", "uge4.tir"):
        assert values[day].value is None and "shown_only" not in values[day].meta


def _edited(data: bytes, parent: str, edit: Callable[[pikepdf.Array], None]) -> bytes:
    """The form with `edit` done to the kids of its top field `parent`."""
    pdf = pikepdf.open(io.BytesIO(data))
    (field,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == parent]
    edit(field.Kids)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def test_suggest_takes_a_ugeseddel_for_a_mentor_hours_form() -> None:
    """Before: the title "Ugeseddel - mentorstøtte" was drafted a mentor_support form from the word
    "mentorstoette": a weekly timesheet (`ugeseddel`, as `timeseddel`) is mentor hours, whatever it is for."""
    data = (THIS.golden / "timesheet.pdf").read_bytes()
    draft = render(suggest(extract(data, "timesheet.pdf", READ_OPTIONS), "timesheet.pdf"))
    assert 'form_type = "mentor_hours"  # guessed from the word "ugeseddel"' in draft
