"""A payment line's last days whose week a later month's form gives (`company_awaited`'s rule), as a
value of its own: a gap carries it (`Gap.awaiting`), the API and `hub payments --json` write it
(`payment_report.awaiting_dict`), the company's files ask for it. Apart from `company_awaited` so that
`gaps` can name it without importing the rule that makes it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from hub.exports.evidence import month_of_week
from hub.periods import Period


@dataclass(frozen=True)
class AwaitedWeek:
    """A payment line's last days that a later month's form gives, that form not due yet: the week, the
    line's days in it and their share of its granted hours, of one placement."""

    municipality_code: str
    participant_id: str
    week: str  # "2026-W49"
    first: date  # the line's first day in the week
    last: date  # the line's last day
    hours: Decimal  # the days' share of the line's granted hours, to the hundredth

    @property
    def form(self) -> Period:
        """The month whose form asks the week's hours (its Thursday's)."""
        return month_of_week(self.week)

    def over(self, today: date) -> bool:
        """Whether the week has ended before `today`: its hours are known, and the company can send them
        (on the next month's form, which asks every week begun by the day it is made)."""
        return date.fromisoformat(self.week + "-7") < today
