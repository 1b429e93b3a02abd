"""A form its words name mentor support ("Mentorstøtte, timer for december 2026", a file
`mentorstoette.csv`) that holds a table of weeks or days with their hours is the support's timesheet, a
`mentor_hours` form: drafted as a grant of support (`mentor_support`), the draft left its hours a comment,
asked for a rate and a day of grant the form cannot hold, and every document of it was refused (Nordfyns's
pylightxl sheet, decision 0060, "Stop 66: trial-100"). A grant of the support, with no table of hours,
stays a grant."""

from __future__ import annotations

from pathlib import Path

from suggest_support import draft_of, drafted_config

from hub.adapters.language.golden import canonical_records

_HEAD = ["CPR-nr.;010190-1234", "P-nummer;1012345678", "Mentor;Lis Holm", ""]
_FOOT = ["I alt;;5", "", "Godkendt af mentor;Lis Holm", "Dato;04-01-2027"]
_WEEKS = ["År;Uge;Timer", "2026;52;3,5", "2026;53;1,5"]
_DAYS = ["Dato;Timer", "22-12-2026;3,5", "29-12-2026;1,5"]


def _csv(*lines: str) -> bytes:
    return "\r\n".join(lines).encode("utf-8")


def _form_type(draft: str) -> str:
    return draft.split('form_type = "', 1)[1].split('"', 1)[0]


def test_a_support_sheet_of_weeks_and_hours_is_a_timesheet(tmp_path: Path) -> None:
    data = _csv("Mentorstøtte, timer for december 2026", "", *_HEAD, *_WEEKS, *_FOOT)
    draft = draft_of(data, "timer.csv")
    assert _form_type(draft) == "mentor_hours"
    record = canonical_records(drafted_config(draft.split("\n\n", 1)[1], tmp_path), data, "timer.csv")
    assert isinstance(record, dict)
    assert record["entries"] == [{"week": "2026-W52", "hours": "3.5"}, {"week": "2026-W53", "hours": "1.5"}]
    assert (record["signed_by"], record["signed_on"]) == ("Lis Holm", "2027-01-04")


def test_a_file_named_mentor_support_holding_days_and_hours_is_a_timesheet() -> None:
    assert _form_type(draft_of(_csv(*_HEAD, *_DAYS, *_FOOT), "mentorstoette.csv")) == "mentor_hours"


def test_a_grant_of_support_without_a_table_of_hours_stays_a_grant() -> None:
    grant = _csv(
        "Bevilling af mentorstøtte",
        "",
        *_HEAD,
        "Timer pr. uge;5",
        "Timepris;350",
        "Bevilget den;04-01-2027",
    )
    assert _form_type(draft_of(grant, "mentorstoette.csv")) == "mentor_support"
