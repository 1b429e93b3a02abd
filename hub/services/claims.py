"""A municipality's mentor-support claim for an agreement and a period, built from the payments.

The claim's lines are the payment lines of the municipality (`services.payments`), each with the
citizen's CPR number where there is a citizen: the claim goes to the municipality that owns them. The
period must be one of the municipality's claim periods and over; a municipality that pays nothing, or
has no `[claim]`, gets a clear message and no file. A municipality taken out of the agreement gets the
claim of its days as a member in the period, and a refusal for a period with none (`agreement_members`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from sqlalchemy.orm import Session

from hub.adapters.language.config_model import MunicipalityConfig
from hub.exports.claim_lines import SpooledLines
from hub.exports.claim_model import Claim, ClaimLine
from hub.exports.claims import NothingToClaim
from hub.exports.gaps import Gap
from hub.exports.payments import PaymentLine
from hub.periods import Period
from hub.services import agreement_members
from hub.services.payments import agreement as find_agreement
from hub.services.payments import municipality_items, terms_spans
from hub.services.registry import registry


def build_claim(
    session: Session,
    municipality: str,
    agreement_id: str,
    period: Period,
    today: date,
    gaps: list[Gap] | None = None,
) -> tuple[Claim, MunicipalityConfig]:
    """The claim and the config it is rendered with; `HubError` for anything that cannot be claimed.
    `gaps`, where given, receives the gaps made with the claim's lines (why hours are not claimed), which
    the claim's format has no place for: the auditor's bundle lists them (decision 0012, stop 52)."""
    config = registry().get(municipality)
    agreement = find_agreement(session, agreement_id)
    agreement_members.require_member(session, agreement, config.code, config.name, period)
    period.require_kind(config.audit.claim_period, config.name)
    period.require_ended(today)
    if config.claim is None:
        raise NothingToClaim(
            f"{config.name} declares no claim ([claim] in its config): it is not paid mentor support",
            f"{config.name} har ingen refusionsblanket ([claim] i konfigurationen): den får ikke "
            "mentorstøtte",
        )
    # The header's terms are those in effect on the period's first day; a line made after a change of
    # terms in the period carries its own rate (decision 0063).
    spans = terms_spans(agreement, config.code, period)
    own = spans[0][2]
    if all(rules.basis == "none" for *_, rules in spans):
        raise NothingToClaim(
            f"agreement {agreement.id} pays no mentor support: {config.name} has nothing to claim",
            f"aftalen {agreement.id} betaler ingen mentorstøtte: {config.name} har intet at søge "
            "refusion for",
        )
    # The CPR numbers are taken from the placements as the payments read them: one query, of this
    # municipality's placements in the period only, so no other municipality's citizen is read, and the
    # lines and their CPR numbers come from the same reading of the records.
    cprs: dict[str, str] = {}
    items = municipality_items(
        session, agreement, config.code, period, lambda f: cprs.__setitem__(f.participant_id, f.cpr)
    )
    payments = _payments(items, gaps)
    # Made as the payments stream from the database and kept on disk, not in memory (decision 0012).
    lines = SpooledLines(_line(n, line, cprs) for n, line in enumerate(payments, start=1))
    contact_name, contact_email, contact_phone = agreement_members.claim_contact(
        session, agreement, config.code
    )
    claim = Claim(
        municipality_code=config.code,
        municipality_name=config.name,
        jobcentre=config.jobcentre,
        agreement_id=agreement.id,
        agreement_name=agreement.name,
        company_cvr=agreement.company_cvr,
        company_name=agreement.company_name,
        basis=own.basis,
        period_label=period.label,
        period_kind=period.kind,
        period_start=period.start,
        period_end=period.end,
        hourly_rate_dkk=own.hourly_rate_dkk,
        lines=lines,
        created_on=today,
        contact_name=contact_name,
        contact_email=contact_email,
        contact_phone=contact_phone,
    )
    return claim, config


def _payments(items: Iterable[PaymentLine | Gap], gaps: list[Gap] | None) -> Iterator[PaymentLine]:
    for item in items:
        if isinstance(item, PaymentLine):
            yield item
        elif gaps is not None:
            gaps.append(item)


def _line(number: int, line: PaymentLine, cprs: dict[str, str]) -> ClaimLine:
    return ClaimLine(
        number=number,
        place=line.place,
        participant_id=line.participant_id,
        cpr=cprs.get(line.participant_id or ""),
        name=line.name,
        p_number=line.p_number,
        site_name=line.site_name,
        first_day=line.first_day,
        last_day=line.last_day,
        days_active=line.days_active,
        granted_hours=line.granted_hours,
        delivered_hours=line.delivered_hours,
        claimable_hours=line.claimable_hours,
        hourly_rate_dkk=line.hourly_rate_dkk,
        amount_dkk=line.amount_dkk,
    )
