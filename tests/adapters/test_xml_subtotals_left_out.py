"""An xml list's weekly sums beside its rows left out by their own mark (`[[forms.lists.require]]`'s
`leave_out`; decision 0060, "Stop 72: fixes-123"): a week's sum that adds up every visit the element
holds, or only the visits counted, is read, the record's weeks the counted visits' either way; a sum that
is neither is refused, saying both figures. At `main` a sum counting a visit left out was refused.

The file is written here by hand, in `test_xml_list_subtotals`' shape; every figure is read off it by
hand: week 41 holds a visit of 1.5 hours approved and one of 2.0 not (1.5 counted, 3.5 in all), week 43
one of 3.0 approved.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_xml_list_subtotals import SHA, SUMS, form
from test_xml_list_subtotals import XML as BASE

from hub.adapters.mapping.form import MappedForm
from hub.adapters.mapping.form_items import map_items
from hub.adapters.readers.xml import read_xml
from hub.errors import FieldProblem

RULES = f"""{SUMS}
    [[forms.lists.require]]
    source = "@godkendt"
    equals = "true"
    leave_out = ["false"]
    reason = "the visit approved"
"""

# `test_xml_list_subtotals`' course, each visit marked approved or not
XML = (
    BASE.replace("timer='1.5'/>", "timer='1.5' godkendt='true'/>")
    .replace("timer='2.0'/>", "timer='2.0' godkendt='false'/>")
    .replace("timer='3.0'/>", "timer='3.0' godkendt='true'/>")
)


def _run(tmp_path: Path, week41: str) -> tuple[MappedForm | None, list[FieldProblem]]:
    assert XML.count("godkendt=") == 3
    found = read_xml(XML.format(week41=week41).encode(), "t.xml")
    (item,) = map_items(found, form(tmp_path, RULES), SHA, "t.xml", "159")
    return item.mapped, list(item.problems)


@pytest.mark.parametrize("week41", ["3.5", "1.5"], ids=["every visit", "the counted visit"])
def test_a_weeks_sum_of_every_visit_or_of_those_counted_is_read(tmp_path: Path, week41: str) -> None:
    mapped, problems = _run(tmp_path, week41)
    assert problems == []
    assert mapped is not None and mapped.record["entries"] == [
        {"week": "2026-W41", "hours": "1.5"},
        {"week": "2026-W43", "hours": "3.0"},
    ]
    assert mapped.record["total_hours"] == "4.5"


def test_a_weeks_sum_that_is_neither_is_refused_saying_both(tmp_path: Path) -> None:
    (problem,) = _run(tmp_path, "2.0")[1]
    assert problem.locator == "/mentortimer/forløb/uge[1]/@timer"
    assert problem.reason_en == (
        "this element's sum gives hours '2.0', but its rows (1 × f:besøg) add up to 1.5, or 3.5 with the 1"
        " left out by their mark: correct the sum or the rows in the file"
    )
    assert problem.reason_da == (
        "dette elements sum angiver timer '2.0', men dets rækker (1 × f:besøg) giver 1,5 tilsammen, eller"
        " 3,5 med de 1, der udelades efter deres mærke: ret summen eller rækkerne i filen"
    )
