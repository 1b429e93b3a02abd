"""Which payment terms price a municipality's days of an agreement: the version of the terms in effect on
each day (`agreement_terms`), read for one municipality (its places, and whether its own grant forms set
the hours), and a period split where a change of them changes its prices (decision 0063). The lines
priced by them are `payments`'."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hub.exports.payments import Terms
from hub.models import Agreement
from hub.periods import Period
from hub.services import agreement_terms
from hub.services.agreement_terms import Version, history, in_effect
from hub.services.registry import registry


def terms(agreement: Agreement, code: str, day: date | None = None) -> Terms:
    """The agreement's payment terms as they apply to one of its municipalities on `day` (None: today in
    Copenhagen; not the newest version loaded, which may take effect only later)."""
    return _of(in_effect(agreement, day or agreement_terms.local_today()), code)


def terms_spans(agreement: Agreement, code: str, period: Period) -> list[tuple[date, date, Terms]]:
    """The period split into stretches of days that one version of the terms prices alike, with the
    terms of each (one stretch when the terms did not change in the period: decision 0063). For a
    municipality taken out of the agreement only the days of the versions that list it: the days it was a
    member (decision 0010, "Stop 41"), which may leave some of the period out."""
    spans: list[tuple[date, date, Terms]] = []
    member = any(m.municipality_code == code for m in agreement.municipalities)
    for version in history(agreement):
        if not member and code not in version.places:
            continue
        first, last = version.valid_from or period.start, version.valid_to or period.end
        days = period.overlap(first, last)
        if days is None:
            continue
        rules = _of(version, code)
        if spans and _prices(spans[-1][2]) == _prices(rules):
            spans[-1] = (spans[-1][0], days[1], spans[-1][2])  # only another municipality's places changed
        else:
            spans.append((days[0], days[1], rules))
    return spans or [(period.start, period.end, terms(agreement, code, period.start))]


def _prices(rules: Terms) -> tuple[object, ...]:
    """What of the terms a municipality's lines are priced by: under its own grant forms the agreement's
    rate and hours are not, so a change of them does not split its lines."""
    if rules.basis == "none" or (rules.basis == "occupied_places" and rules.grants_from_forms):
        return (rules.basis,)
    return (rules.basis, rules.hourly_rate_dkk, rules.hours_per_week, rules.places)


def _of(version: Version, code: str) -> Terms:
    places = version.places.get(code) or 0
    return _terms(code, version.basis, version.hourly_rate_dkk, version.hours_per_week, places)


def _terms(code: str, basis: str, rate: Decimal | None, a_week: Decimal | None, places: int) -> Terms:
    reg = registry()
    grants_from_forms = code in reg and any(f.form_type == "mentor_support" for f in reg.get(code).forms)
    return Terms(
        basis=basis,
        hourly_rate_dkk=rate or Decimal("0.00"),
        hours_per_week=a_week or Decimal(0),
        places=places,
        grants_from_forms=grants_from_forms,
    )
