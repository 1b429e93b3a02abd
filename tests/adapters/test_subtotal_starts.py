"""A subtotal line named by its first words (`subtotals = { starts = "I alt" }`; decision 0060, "Stop 65:
lang-93, subtotal lines named by their start"): a timesheet that names each week in its line of sums
(`I alt uge 32`) needs no label per week. A config's exact `label` keeps meaning the whole cell.

lang-85's timesheet (`test_list_subtotals`), its week lines written as a case system prints them; the
figures read off the rows by hand: 3 and 5 August 2026 are in ISO week 32 (2 + 1.5 = 3.5), 10 August in
week 33 (3), all of them 6.5.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from test_list_subtotals import HEAD_ROWS, SIGNED, STOP, form, run
from test_subtotal_lines import csv, xlsx

from hub.adapters.mapping.selector_text import reads_label
from hub.adapters.readers.base import Extraction
from hub.errors import ConfigError, Rejection

STARTS = 'subtotals = { starts = "I alt" }'
WEEKS = [
    ["03-08-2026", "2"],  # row 7
    ["05-08-2026", "1,5"],
    ["I alt uge 32", "3,5"],  # row 9: 2 + 1.5
    ["10-08-2026", "3"],  # row 10
    ["I alt, uge 33", "3"],  # row 11
    ["I alt", "6,5"],  # row 12: the timesheet's total, straight under the last week's
]


@pytest.mark.parametrize(("fmt", "read"), [("csv", csv), ("xlsx", xlsx)])
def test_week_lines_named_by_their_start_are_checked_and_no_day(
    tmp_path: Path, fmt: str, read: Callable[[list[list[str]]], Extraction]
) -> None:
    mapped = run(read([*HEAD_ROWS, *WEEKS, *SIGNED]), form(tmp_path, f"{STARTS}\n  {STOP}", fmt))
    assert mapped.record["entries"] == [
        {"week": "2026-W32", "hours": "3.5"},
        {"week": "2026-W33", "hours": "3.0"},
    ]
    assert mapped.record["total_hours"] == "6.5"
    rows = {p.locator.get("row") for p in mapped.provenance if p.path.startswith("entries")}
    assert rows == {7, 8, 10}


def test_a_wrong_figure_on_a_week_line_named_by_its_start_is_refused_at_its_cell(tmp_path: Path) -> None:
    weeks = [*WEEKS[:2], ["I alt uge 32", "4"], *WEEKS[3:]]
    with pytest.raises(Rejection) as info:
        run(csv([*HEAD_ROWS, *weeks, *SIGNED]), form(tmp_path, f"{STARTS}\n  {STOP}"))
    (problem,) = info.value.problems
    assert (problem.field, problem.locator) == ("entries", "row 9, column 2 (B9)")
    assert problem.reason_en.startswith("this subtotal line gives Timer '4', but the rows it sums (rows 7–8)")


def test_without_the_rule_a_numbered_week_line_is_offered_the_rule_by_its_start(tmp_path: Path) -> None:
    """The offer is the line's words before the week's number, which every week's line shares."""
    with pytest.raises(Rejection) as info:
        run(csv([*HEAD_ROWS, *WEEKS, *SIGNED]), form(tmp_path, STOP))
    (problem,) = info.value.problems
    assert problem.locator == "row 9, column 1 (A9)"
    assert problem.reason_en.endswith(
        'check it as a subtotal in the config ([[forms.lists]] subtotals = { starts = "I alt uge" })'
    )
    assert problem.reason_da.endswith(
        "kontrollér den som en sumlinje i konfigurationen"
        ' ([[forms.lists]] subtotals = { starts = "I alt uge" })'
    )


LIST_AT = "gladsaxe.toml: forms[0].lists[0]"


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            'subtotals = { label = "I alt", starts = "I alt" }',
            f"{LIST_AT}.subtotals: give exactly one of label, starts, element (got ['label', 'starts'])",
        ),
        (
            'stop = { label = "I alt uge 52" }\n  subtotals = { starts = "I ALT" }',
            f"{LIST_AT}.subtotals.starts: 'I ALT' is also the stop rule's label: the table would end at the"
            " first subtotal",
        ),
    ],
)
def test_a_bad_starts_rule_is_a_config_error(tmp_path: Path, rules: str, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        form(tmp_path, rules=rules)
    assert message in str(info.value).splitlines()


def test_a_stop_past_an_exact_labels_words_is_no_conflict(tmp_path: Path) -> None:
    form(tmp_path, rules='stop = { label = "I alt uge 52" }\n  subtotals = { label = "I alt" }')


@pytest.mark.parametrize(
    ("text", "starts", "expected"),
    [
        ("i alt", False, True),
        ("i alt uge 38", False, False),
        ("i alt uge 38", True, True),
        ("i alt, uge 38", True, True),
        ("i alten", True, False),  # another word, not the label and more
        ("timer i alt", True, False),
    ],
)
def test_reads_label(text: str, starts: bool, expected: bool) -> None:
    assert reads_label(text, "i alt", starts) is expected
