"""A grant of mentor support whose title names it a grant ("Bevilling af mentorstøtte") stays a grant
when it lists the hours granted week by week (a support stepped down over its weeks): trial-100's rule
drafts a support's sheet of weeks with hours as a timesheet (`recognise.support_or_its_hours`), and a
grant's plan of weeks is such a table, so the grant was drafted `mentor_hours`, its rate and day of grant
left out (decision 0068, "Stop 66: review-101")."""

from __future__ import annotations

from suggest_support import draft_of

_GRANT = [
    "Bevilling af mentorstøtte",
    "",
    "CPR-nr.;010190-1234",
    "P-nummer;1012345678",
    "Mentor;Lis Holm",
    "",
    "År;Uge;Timer",
    "2027;2;5",
    "2027;3;3",
    "",
    "Timepris;350",
    "Bevilget den;04-01-2027",
]


def test_a_grant_listing_its_weeks_hours_stays_a_grant() -> None:
    draft = draft_of("\r\n".join(_GRANT).encode("utf-8"), "mentorstoette.csv")
    assert 'form_type = "mentor_support"' in draft
