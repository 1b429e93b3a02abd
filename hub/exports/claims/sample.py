"""A made-up claim that exercises every kind of line, for `hub adapters check` to render with each config.

Loading a config proves its template has the fields it fills; only rendering proves the whole claim
comes out: XML elements in the order the XSD demands, values the template accepts. The sample has an
occupied line, a place that stood empty (no participant, no CPR) and a name with æøå, in a period of the
municipality's own kind. Its CPR numbers are invented and it is never written anywhere.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hub.adapters.language.config_model import MunicipalityConfig
from hub.exports.claim_model import Claim, ClaimLine
from hub.periods import parse_period

_LABELS = {"month": "2026-08", "quarter": "2026-Q3", "half_year": "2026-H2"}


def _line(number: int, place: int | None, who: tuple[str, str] | None, start: date, end: date) -> ClaimLine:
    granted = Decimal("39.00")
    # An empty place delivers nothing and is paid its granted hours all the same (fixed per place).
    claimable = Decimal("37.50") if who else granted
    return ClaimLine(
        number=number,
        place=place,
        participant_id=f"P-{number:04d}" if who else None,
        cpr=who[0] if who else None,
        name=who[1] if who else None,
        p_number="1900000101",
        site_name="Falck Søborg",
        first_day=start,
        last_day=end,
        days_active=(end - start).days + 1,
        granted_hours=granted,
        delivered_hours=claimable if who else Decimal("0.00"),
        claimable_hours=claimable,
        hourly_rate_dkk=Decimal("275.00"),
        amount_dkk=claimable * Decimal("275.00"),
    )


def sample_claim(config: MunicipalityConfig) -> Claim:
    """A claim for `config`'s municipality and claim period kind, with three kinds of line."""
    period = parse_period(_LABELS[config.audit.claim_period])
    lines = (
        _line(1, 1, ("0101901234", "Søren Ærø Åberg"), period.start, period.end),
        _line(2, 2, None, period.start, period.end),
        _line(3, None, ("3112859876", "Mette Hansen"), period.start, period.start),
    )
    return Claim(
        municipality_code=config.code,
        municipality_name=config.name,
        jobcentre=config.jobcentre,
        agreement_id="eksempel",
        agreement_name="Eksempelaftale",
        company_cvr="55555559",
        company_name="Eksempel A/S",
        basis="occupied_places",
        period_label=period.label,
        period_kind=period.kind,
        period_start=period.start,
        period_end=period.end,
        hourly_rate_dkk=Decimal("275.00"),
        lines=lines,
        created_on=period.end,
        contact_name="Jens Eksempel",
        contact_email="jens@example.dk",
        contact_phone="+4520000000",
    )
