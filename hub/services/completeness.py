"""`hub audit check`: a municipality's audit rules applied to every placement it had in a period."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.adapters.language.config_model import MunicipalityConfig
from hub.exports.completeness import PlacementCheck, check_placement
from hub.exports.completeness_terms import shown_check
from hub.models import Agreement, AgreementMunicipality
from hub.periods import Period
from hub.services.facts import placement_facts
from hub.services.payments import terms
from hub.services.registry import registry


@dataclass(frozen=True)
class AuditScope:
    """What an audit check covers: one municipality, one period, the agreements it is part of."""

    config: MunicipalityConfig
    period: Period
    agreements: tuple[Agreement, ...]


def scope(session: Session, municipality: str, period: Period) -> AuditScope:
    """The municipality (by slug or code), its period checked against its claim period, its agreements."""
    config = registry().get(municipality)
    period.require_kind(config.audit.claim_period, config.name)
    query = (
        select(Agreement)
        .join(AgreementMunicipality, AgreementMunicipality.agreement_id == Agreement.id)
        .where(AgreementMunicipality.municipality_code == config.code)
        .order_by(Agreement.id)
    )
    return AuditScope(config, period, tuple(session.scalars(query)))


def checks(session: Session, audit: AuditScope) -> Iterator[tuple[Agreement, PlacementCheck]]:
    """Every placement the municipality had in the period, agreement by agreement, with its checks."""
    rules = audit.config.audit
    # A placement that ended before the period may still owe an end form that falls due in it.
    reach = timedelta(days=rules.end_form_within_days or 0)
    wide = Period(audit.period.start - reach, audit.period.end, audit.period.kind)
    for agreement in audit.agreements:
        own_terms = terms(agreement, audit.config.code, audit.period.start)
        for facts in placement_facts(session, agreement.id, audit.config.code, wide):
            checked = check_placement(facts, audit.period, rules, own_terms)
            if checked is not None:  # typed text as the rule shows CPR: the page, the report, the bundle
                yield agreement, shown_check(checked, rules.cpr_in_bundles)
