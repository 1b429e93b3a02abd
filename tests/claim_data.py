"""A claim built by hand for the claim tests: three lines, one of them a place that stood empty.

The values are chosen so that each writer's formatting shows: hours with four decimals (rounded for
display, `4,49`), amounts above a thousand (`1.234,56`), Danish names with æ, ø and å, a line that starts
mid-period. The expected files in tests/exports/expected/ are written by hand from these values.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from hub.exports.claim_model import Claim, ClaimLine
from hub.periods import parse_period

LABELS = {"month": "2026-08", "quarter": "2026-Q3", "half_year": "2026-H2"}

LINES = (
    ClaimLine(
        number=1,
        place=1,
        participant_id="P-0001",
        cpr="0101901234",
        name="Søren Ærø Åberg",
        p_number="1900000101",
        site_name="Falck Søborg",
        first_day=date(2026, 8, 1),
        last_day=date(2026, 8, 31),
        days_active=31,
        granted_hours=D("13.29"),
        delivered_hours=D("12.00"),
        claimable_hours=D("4.4893"),
        hourly_rate_dkk=D("275.00"),
        amount_dkk=D("1234.56"),
    ),
    ClaimLine(
        number=2,
        place=2,
        participant_id=None,
        cpr=None,
        name=None,
        p_number="1900000101",
        site_name="Falck Søborg",
        first_day=date(2026, 8, 1),
        last_day=date(2026, 8, 31),
        days_active=31,
        granted_hours=D("6.25"),
        delivered_hours=D("0.00"),
        claimable_hours=D("6.25"),
        hourly_rate_dkk=D("275.00"),
        amount_dkk=D("1718.75"),
    ),
    ClaimLine(
        number=3,
        place=3,
        participant_id="P-0003",
        cpr="3112859876",
        name="Jørgen Blåbærgrød",
        p_number="1900000102",
        site_name="Falck Ballerup",
        first_day=date(2026, 8, 10),
        last_day=date(2026, 8, 31),
        days_active=22,
        granted_hours=D("9.43"),
        delivered_hours=D("9.50"),
        claimable_hours=D("9.43"),
        hourly_rate_dkk=D("275.00"),
        amount_dkk=D("2593.25"),
    ),
)


def hand_claim(
    code: str = "163",
    name: str = "Herlev Kommune",
    kind: str = "month",
    lines: tuple[ClaimLine, ...] = LINES,
    basis: str = "fixed_per_place",
) -> Claim:
    """The hand-built claim for one municipality and one period kind."""
    period = parse_period(LABELS[kind])
    return Claim(
        municipality_code=code,
        municipality_name=name,
        jobcentre=f"Jobcenter {name.removesuffix(' Kommune')}",
        agreement_id="falck-hovedstaden",
        agreement_name="Falck Hovedstaden",
        company_cvr="12345674",
        company_name="Falck Danmark A/S",
        basis=basis,
        period_label=period.label,
        period_kind=period.kind,
        period_start=period.start,
        period_end=period.end,
        hourly_rate_dkk=D("275.00"),
        lines=lines,
        created_on=date(2026, 9, 3),
        contact_name="Anne Kontakt",
        contact_email="anne@falck.example.dk",
        contact_phone="+4520000101",
    )


def many_lines(count: int) -> tuple[ClaimLine, ...]:
    """`count` occupied lines, numbered from 1, each naming its number ("Deltager 120 Ødegård")."""
    first = LINES[0]
    return tuple(
        replace(first, number=n, place=None, participant_id=f"P-{n:04d}", name=f"Deltager {n} Ødegård")
        for n in range(1, count + 1)
    )
