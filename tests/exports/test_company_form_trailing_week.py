"""A week of the company's one form left blank after the last week filled in (decision 0060, "Stop 56:
stray-64"). The company page asks for 0 in a week without hours, also one after the placement ended; a
week that had ended before the form was signed and is left blank is one forgotten, and it was dropped
from the record without a word. It is refused at its box or cell; a week not over on the day of the
signature is left blank rightly (its hours are not known yet) and read as before.

The form is `company_data.form_spec`'s August 2026: intern 1 has weeks 32-35 (PDF d1_timer1..4, XLSX
rows 7-10). Signed Tuesday 25 August 2026 (week 35): week 34 ended on Sunday 23 August, week 35 not yet.
"""

from __future__ import annotations

from datetime import datetime

from test_company_form_blank_week import items
from test_company_form_roundtrip import filled_pdf, filled_xlsx

SIGNED_PDF = {"underskrevet_af": "Søren Kæmpe", "underskrevet_dato": "25.08.2026"}
SIGNED_XLSX = {"B17": "Søren Kæmpe", "B18": datetime(2026, 8, 25)}


def test_a_pdf_week_ended_before_the_signature_and_left_blank_is_refused_at_its_box() -> None:
    values = {"d1_timer1": "3", "d1_timer2": "1", **SIGNED_PDF}
    (first, *_) = items(filled_pdf("mentor_hours", values), "mentortimer.pdf")
    assert first.mapped is None
    (problem,) = first.problems  # week 34 only: week 35 was not over on 25 August
    assert problem.locator == 'field "d1_timer3" ("Timer") on page 1'
    assert problem.field == "entries.hours"
    assert "'uge 34 2026'" in problem.reason_en and "2026-08-23" in problem.reason_en
    assert "2026-08-25" in problem.reason_en and "0 if there was none" in problem.reason_en
    # The Danish reason writes its dates the Danish way (week 34 ended Sunday 23 August; signed the 25th).
    assert "'uge 34 2026'" in problem.reason_da and "underskrevet (25. aug. 2026)" in problem.reason_da
    assert "ugen var slut (23. aug. 2026)" in problem.reason_da and "2026-08-2" not in problem.reason_da


def test_an_xlsx_week_ended_before_the_signature_and_left_blank_is_refused_at_its_cell() -> None:
    cells = {"F7": 3, "F8": 1, **SIGNED_XLSX}
    (first, *_) = items(filled_xlsx("mentor_hours", cells), "mentortimer.xlsx")
    assert first.mapped is None
    (problem,) = first.problems
    assert problem.locator == 'sheet "Mentortimer", cell F9'
    assert problem.locator_da == 'ark "Mentortimer", celle F9'
    # signed in week 34's last day, the week's blank is not yet a forgotten week: read as before
    early = {**cells, "B18": datetime(2026, 8, 23)}
    (first, *_) = items(filled_xlsx("mentor_hours", early), "mentortimer.xlsx")
    assert first.mapped is not None and not first.problems
    assert first.mapped.record["entries"] == [
        {"week": "2026-W32", "hours": "3.0"},
        {"week": "2026-W33", "hours": "1.0"},
    ]
