"""A week a month's payment waits for, as the company is asked for it (stop 62, company-75; in its files
since stop 63, company-76): the due item its page and its export list, and the words beside it.

`company_awaited` decides which weeks are awaited (the rule, one place); `services.company_gaps` asks for
those over by today, and the export's due list carries them after its own items (`DueItem.waits`), so
the page, the PDF, the XLSX and the JSON list the same rows.
"""

from __future__ import annotations

from hub.datewords import week_text
from hub.exports.awaited_week import AwaitedWeek
from hub.exports.company_model import DueItem
from hub.periods import month_of, parse_period


def asked_item(week: AwaitedWeek, name: str) -> DueItem:
    """The mentor hours of an awaited week, on the form of the month of its Thursday, due when that month
    is over; `waits` names the month whose payment line waits for them (the line's last day's)."""
    return DueItem(
        week.participant_id,
        name,
        "mentor_hours",
        week.form.end,
        (week.week,),
        waits=month_of(week.last).label,
    )


def asked_words(item: DueItem) -> tuple[str, str] | None:
    """What the company's files say of such an item (English, Danish), naming the week with its year as
    the company's form does (`uge 49 2026`): `Uge 49 2026 er på skemaet for december 2026. Jobcentrets
    betaling for november 2026 venter på disse timer.` None for an item no payment waits for."""
    if item.waits is None or not item.weeks:
        return None
    form, waits = month_of(item.due_on), parse_period(item.waits)
    week_en, week_da = (week_text(item.weeks[0], lang) for lang in ("en", "da"))
    return (
        f"{week_en.capitalize()} is on the form for {form.describe('en')}. The job centre's payment for "
        f"{waits.describe('en')} waits for these hours.",
        f"{week_da.capitalize()} er på skemaet for {form.describe('da')}. Jobcentrets betaling for "
        f"{waits.describe('da')} venter på disse timer.",
    )
