"""`hub adapters suggest` drafts a list's `subtotals` and follows a PDF field's Required flag (decision
0060, "Stop 65: lang-93, suggest's drafts").

Billund's timesheet from the onboarding trials (`tests/onboarding/golden/billund/mentor_hours.csv`) with
a line of sums after each week's days, as a timesheet printing weeks does, written in here by hand: the
draft reads the weeks as lines of sums, not as days, and the draft as printed reads the form. The weeks
and hours are those of the trial's own expected record (3 March 2026 is in ISO week 10; 10 and 12 March
in week 11, 2 + 1.5 = 3.5; 19 March in week 12; 26 March in week 13; all of them 10.5).

Norddjurs' TCPDF agreement (`tests/onboarding/golden/norddjurs/praktikaftale_jobcenter.pdf`), its purpose
`formaal` flagged Required with pikepdf as lang-85's test does: drafted as a field the record needs.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from test_mapping import HEAD

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import map_form
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

BILLUND = Path("tests/onboarding/golden/billund/mentor_hours.csv")
NORDDJURS = Path("tests/onboarding/golden/norddjurs/praktikaftale_jobcenter.pdf")
# The last day of each week, and the line of sums under it: (week, the week's hours as printed).
WEEK_ENDS = {"2026/03/03": ("10", '"2,5"'), "2026/03/12": ("11", '"3,5"'), "2026/03/19": ("12", "3")}
WEEK_ENDS["2026/03/26"] = ("13", '"1,5"')


def _timesheet(numbered: bool) -> bytes:
    """Billund's file with `I alt uge 10` (or `I alt`) after each week's days, its total `I alt` kept."""
    lines = []
    for line in BILLUND.read_text(encoding="utf-8").split("\n"):
        lines.append(line)
        week = WEEK_ENDS.get(line.split(",")[0])
        if week is not None:
            lines.append(f'"I alt uge {week[0]}",{week[1]},,' if numbered else f'"I alt",{week[1]},,')
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    ("numbered", "rules"),
    [
        (True, ['  subtotals = { starts = "I alt uge" }', '  stop = { label = "I alt" }']),
        (False, ['  subtotals = { label = "I alt" }']),  # the total, under the last week's, read by it
    ],
)
def test_a_timesheets_week_lines_are_drafted_as_subtotals_and_the_draft_reads_it(
    tmp_path: Path, numbered: bool, rules: list[str]
) -> None:
    data = _timesheet(numbered)
    draft = render(suggest(extract(data, BILLUND.name, READ_OPTIONS), BILLUND.name))
    block = draft[draft.index("  [[forms.lists]]") :].split("\n\n")[0].splitlines()
    assert [line.split("  #")[0] for line in block if "subtotals" in line or "stop" in line] == rules
    config = tmp_path / "gladsaxe.toml"
    config.write_text(HEAD + draft, encoding="utf-8")
    form = load_config_file(config).forms[0]
    record = map_form(extract(data, BILLUND.name, READ_OPTIONS), form, "ab" * 32, BILLUND.name, "159").record
    assert record["entries"] == [
        {"week": "2026-W10", "hours": "2.5"},
        {"week": "2026-W11", "hours": "3.5"},
        {"week": "2026-W12", "hours": "3.0"},
        {"week": "2026-W13", "hours": "1.5"},
    ]
    assert record["total_hours"] == "10.5"


def _purpose(flag: bool) -> list[str]:
    """The draft's `purpose` field block for Norddjurs' agreement, `formaal` flagged Required or not."""
    pdf = pikepdf.open(io.BytesIO(NORDDJURS.read_bytes()))
    if flag:
        (field,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "formaal"]
        field.Ff = int(field.get("/Ff", 0)) | 2
    out = io.BytesIO()
    pdf.save(out)
    data = out.getvalue()
    draft = render(suggest(extract(data, NORDDJURS.name, READ_OPTIONS), NORDDJURS.name, data))
    (block,) = [b for b in draft.split("\n\n") if 'path = "purpose"' in b]
    return block.splitlines()


def test_a_field_the_form_marks_required_is_drafted_as_one_the_record_needs() -> None:
    block = _purpose(flag=True)
    assert block[1:] == [
        '  path = "purpose"',
        '  source = "formaal"  # label "6. Formål med praktikken"; seen: (empty)',
        "  # the form marks this field Required: drafted as one the record needs",
    ]


def test_the_same_field_unflagged_is_drafted_optional() -> None:
    """The guard: the purpose is optional in a placement record, and drafted so without the flag."""
    assert "  optional = true" in _purpose(flag=False)
