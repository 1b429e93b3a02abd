"""A company's form holding what looks like a CPR number is refused, naming the field and never the
value (`company_cpr.refuse_cpr`), and a problem that quotes one is replaced by the CPR reason
(`company_cpr.unquoted`): in every spelling the hub masks, fullwidth digits and invisible spaces
included (docs/decisions/0065)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from hub.adapters.mapping.form import MappedForm, Provenance
from hub.errors import FieldProblem, Rejection
from hub.services.company_cpr import CPR_EN, refuse_cpr, unquoted

WRITTEN = [
    "010190-1234",
    "01 01 90 1234",
    "\uff10\uff11\uff10\uff11\uff19\uff10\uff0d\uff11\uff12\uff13\uff14",  # fullwidth 010190-1234
    "010190\u200b1234",  # a zero-width space, pasted from a web page
]


@pytest.mark.parametrize("written", WRITTEN)
def test_a_form_with_a_cpr_number_in_a_note_is_refused(written: str) -> None:
    note = Provenance(
        "assessment.note", "ab" * 32, {"text": {"en": "cell B9", "da": "celle B9"}}, "B9", written
    )
    mapped = MappedForm(record={}, provenance=(note,), form_id="mentor_hours")
    submission = cast(Any, SimpleNamespace(filename="timer.xlsx"))
    with pytest.raises(Rejection) as refused:
        refuse_cpr(mapped, submission)
    [problem] = refused.value.problems
    assert (problem.reason_en, problem.field, problem.locator) == (CPR_EN, "assessment.note", "cell B9")


@pytest.mark.parametrize("written", WRITTEN)
def test_a_problem_quoting_a_cpr_number_is_not_shown_again(written: str) -> None:
    quoted = FieldProblem(f"not a number: '{written}'", f"ikke et tal: '{written}'", field="hours")
    assert [(p.reason_en, p.field) for p in unquoted([quoted])] == [(CPR_EN, "hours")]


def test_where_a_problem_points_holds_no_cpr_number_either() -> None:
    # A sheet the company renamed after the intern, and a row named by the text it holds: the reason is
    # the form's, but the place is in the company's own words, which may hold a CPR number too.
    placed = FieldProblem(
        "empty: a value is required",
        "tom: feltet skal udfyldes",
        locator='sheet "Anna 010190-1234", cell C4',
        locator_da='ark "Anna 010190-1234", celle C4',
        item="row 9 (01 01 90 1234)",
        item_da="række 9 (01 01 90 1234)",
        field="hours",
    )
    [shown] = unquoted([placed])
    assert (shown.locator, shown.locator_da) == (
        'sheet "Anna XXXXXX-XXXX", cell C4',
        'ark "Anna XXXXXX-XXXX", celle C4',
    )
    assert (shown.item, shown.item_da) == ("row 9 (XXXXXX-XXXX)", "række 9 (XXXXXX-XXXX)")
    assert (shown.reason_en, shown.field) == ("empty: a value is required", "hours")
