"""What a municipality's mentor-support claim says, before it is written in the municipality's format.

`services.claims` builds a `Claim` from the payments of one municipality, agreement and period; the
renderers in `hub.exports.claims` write it as the municipality's PDF form, XML or CSV, as its config's
`[claim]` section says. A claim goes to the municipality that owns the citizens, so its lines carry the
full CPR number; whether a copy in an auditor's bundle shows it is the bundle's business.

Values are typed (`date`, `Decimal`, `int`, `str`, `None`); the config's outbound transforms format them.
The names are the ones a `[claim]` section may use as `source`:

header: municipality_code, municipality_name, jobcentre, agreement_id, agreement_name, company_cvr,
    company_name, basis, period_label, period_kind, period_start, period_end, hourly_rate_dkk,
    total_granted_hours, total_delivered_hours, total_claimable_hours, total_amount_dkk, line_count,
    created_on, reference, contact_name, contact_email, contact_phone
line: number, place, participant_id, cpr, name, p_number, site_name, first_day, last_day, days_active,
    granted_hours, delivered_hours, claimable_hours, hourly_rate_dkk, amount_dkk
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

Value = str | int | Decimal | date | None


@dataclass(frozen=True)
class ClaimLine:
    """One line of a claim: one placement in the period (or one place, for a fixed number of places)."""

    number: int
    place: int | None  # the place's number under `fixed_per_place`, else None
    participant_id: str | None  # None: a place that stood empty (fixed_per_place pays it anyway)
    cpr: str | None
    name: str | None
    p_number: str
    site_name: str
    first_day: date
    last_day: date
    days_active: int
    granted_hours: Decimal
    delivered_hours: Decimal
    claimable_hours: Decimal
    hourly_rate_dkk: Decimal
    amount_dkk: Decimal

    def values(self) -> dict[str, Value]:
        """The line's values by name."""
        # Not `asdict`: it deep-copies every value, and these are immutable (str, int, Decimal, date).
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Claim:
    """One municipality's claim for one agreement and one period."""

    municipality_code: str
    municipality_name: str
    jobcentre: str
    agreement_id: str
    agreement_name: str
    company_cvr: str
    company_name: str
    basis: str
    period_label: str
    period_kind: str
    period_start: date
    period_end: date
    hourly_rate_dkk: Decimal
    # A tuple, or the lines kept on disk as they were made (`claim_lines.SpooledLines`), read in order.
    lines: Sequence[ClaimLine]
    created_on: date
    contact_name: str
    contact_email: str
    contact_phone: str

    @property
    def reference(self) -> str:
        """A reference that names the claim: agreement, municipality and period."""
        return f"{self.agreement_id}/{self.municipality_code}/{self.period_label}"

    def total(self, name: str) -> Decimal:
        """The sum of one Decimal column over the lines."""
        summed = getattr(self.lines, "total", None)  # spooled lines keep their sums
        if summed is not None:
            return Decimal(summed(name))
        return sum((getattr(line, name) for line in self.lines), Decimal(0))

    def header(self) -> dict[str, Value]:
        """The claim's own values by name (everything but the lines), totals included."""
        # Not `asdict`, which would turn every line into a dict only for this to drop them.
        values: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "lines"}
        values |= {
            "reference": self.reference,
            "line_count": len(self.lines),
            "total_granted_hours": self.total("granted_hours"),
            "total_delivered_hours": self.total("delivered_hours"),
            "total_claimable_hours": self.total("claimable_hours"),
            "total_amount_dkk": self.total("amount_dkk"),
        }
        return values
