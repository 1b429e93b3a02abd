"""A mark read as text is refused saying so (decision 0060, "Stop 58: quiet-67").

Middelfart's progress report (pdf-lib, the twentieth trial) read by its config with each mark's `integer`
transform left out, as the trial's first draft wrote it (a `map` alone gives text): the five marks were
refused "Not a valid integer" / "Ikke et gyldigt heltal", which says neither that the form gave text nor
what the config lacks. The record's marks stay numbers (DESIGN.md), so the API is told the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_onboarding_twentieth import THIS

from hub.adapters.language.golden import canonical_records
from hub.errors import Rejection
from hub.schemas.messages import danish
from hub.schemas.parts import ScoresSchema

INTEGER = '    [[forms.fields.transforms]]\n    name = "integer"\n'
MARKS = {"attendance": 4, "punctuality": 5, "cooperation": 3, "task_solving": 4, "independence": 2}


def test_marks_read_without_integer_are_refused_as_text_naming_the_transform(tmp_path: Path) -> None:
    text = (THIS.golden.parent.parent / "config" / "middelfart.toml").read_text(encoding="utf-8")
    pdf_form = "[[forms]]" + text.split("[[forms]]")[1]
    assert pdf_form.count(INTEGER) == 5
    data = (THIS.golden / "statusudtalelse.pdf").read_bytes()
    with pytest.raises(Rejection) as info:
        canonical_records(THIS.config(tmp_path, pdf_form.replace(INTEGER, "")), data, "statusudtalelse.pdf")
    problems = {p.field: p for p in info.value.problems}
    assert sorted(problems) == sorted(f"scores.{name}" for name in MARKS)
    attendance = problems["scores.attendance"]
    assert attendance.locator == 'field "vurdFremmoede" ("Fremmøde") on page 1'
    assert attendance.reason_en.startswith("given as text ('4'), not a number: a mark is a whole number")
    assert "`integer` transform" in attendance.reason_en
    assert attendance.reason_da.startswith("Givet som tekst ('4'), ikke som tal: en karakter er et helt tal")
    assert "transformationen `integer`" in attendance.reason_da


def test_the_api_sending_a_mark_as_text_is_told_so_and_numbers_still_load() -> None:
    assert ScoresSchema().load(MARKS) == MARKS
    errors = ScoresSchema().validate({**MARKS, "attendance": "4", "cooperation": "0101901234"})
    assert errors["attendance"] == [
        "given as text ('4'), not a number: a mark is a whole number from 1 to 5 (in a form's config, give"
        " the field the `integer` transform after what reads it)"
    ]
    # Long text is not quoted back: it could hold a CPR number.
    (cooperation,) = errors["cooperation"]
    assert "0101901234" not in cooperation and cooperation.startswith("given as text, not a number")
    assert danish(cooperation).startswith("Givet som tekst, ikke som tal")
    assert ScoresSchema().validate({**MARKS, "independence": 6}) == {
        "independence": ["Must be greater than or equal to 1 and less than or equal to 5."]
    }
