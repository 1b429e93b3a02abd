"""An agreement's payment terms over time: each version keeps the days it is in effect (decision 0063).

Storing an agreement whose terms (basis, rate, hours a week, a municipality's places) differ from the
present ones ends the present version the day before the new one starts: on the file's
`payment.effective_from`, or on the day of the load (Copenhagen). Payments and claims price each day by
the version in effect that day (`payment_terms.terms_spans`), so a period before a change stays as it was.

What a change may not do is checked before anything of a load is stored (`agreement_checks.terms`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from hub.models import Agreement, AgreementTerms
from hub.periods import local_today as local_today  # re-exported: callers read it here; home: hub.periods
from hub.services import audit

ACTION = "agreement.terms_changed"


@dataclass(frozen=True)
class Version:
    """One version of the terms as payments read it: the days it is in effect and what it says."""

    valid_from: date | None  # None: since always
    valid_to: date | None  # None: still in effect
    basis: str
    hourly_rate_dkk: Decimal | None
    hours_per_week: Decimal | None
    places: dict[str, int | None]

    def of(self, code: str) -> tuple[Any, ...]:
        """What the version says for one municipality (the terms its payments are priced by)."""
        return (self.basis, self.hourly_rate_dkk, self.hours_per_week, self.places.get(code))

    def describe(self) -> dict[str, Any]:
        """The version as the audit log, the page and the API show it."""
        return {
            "valid_from": self.valid_from.isoformat() if self.valid_from else None,
            "valid_to": self.valid_to.isoformat() if self.valid_to else None,
            "basis": self.basis,
            "hourly_rate_dkk": _text(self.hourly_rate_dkk),
            "hours_per_week": _text(self.hours_per_week),
            "places": dict(self.places),
        }


def history(agreement: Agreement) -> list[Version]:
    """Every version of the agreement's terms in the order they take effect; an agreement stored
    without any (made outside `agreements._store`) has its present terms since always."""
    rows = agreement.terms_history
    if not rows:
        places = {m.municipality_code: m.places for m in agreement.municipalities}
        return [
            Version(
                None,
                None,
                agreement.payment_basis,
                agreement.hourly_rate_dkk,
                agreement.hours_per_week,
                places,
            )
        ]
    return [
        Version(r.valid_from, r.valid_to, r.basis, r.hourly_rate_dkk, r.hours_per_week, dict(r.places))
        for r in rows
    ]


def in_effect(agreement: Agreement, day: date) -> Version:
    """The version of the terms in effect on `day` (the first one, for a day before any took effect)."""
    versions = history(agreement)
    return next((v for v in versions if v.valid_to is None or v.valid_to >= day), versions[-1])


def waiting(agreement: Agreement, day: date) -> Version | None:
    """The next version to take effect after `day`, if one is loaded already; None: none waits."""
    return next((v for v in history(agreement) if v.valid_from is not None and v.valid_from > day), None)


def terms_history(agreement: Agreement) -> list[dict[str, Any]]:
    """Every version of the agreement's terms as the page and the API show them, oldest first."""
    return [{**v.describe(), "valid_from": v.valid_from, "valid_to": v.valid_to} for v in history(agreement)]


def wanted(data: dict[str, Any]) -> Version:
    """The terms a validated agreement file gives, from its effective day (None here: not yet known)."""
    payment = data["payment"]
    allotted = payment.get("places_per_municipality") or {}
    codes = [data["lead_municipality"], *data["partner_municipalities"]]
    return Version(
        None,
        None,
        payment["basis"],
        _decimal(payment.get("hourly_rate_dkk")),
        _decimal(payment.get("hours_per_week")),
        {code: allotted.get(code) for code in codes},
    )


def effective_day(data: dict[str, Any], today: date) -> date:
    """The day a file's terms take effect if they differ from the stored ones."""
    given = data["payment"].get("effective_from")
    return date.fromisoformat(given) if given else today


def changed_codes(present: Version, new: Version) -> list[str]:
    """The municipalities whose terms differ between two versions, by code: one taken out or added
    counts, places or none, as the versions that list a municipality are the days it is a member
    (`agreement_members`, decision 0010 "Stop 41")."""
    codes = sorted(present.places.keys() | new.places.keys())
    return [
        code
        for code in codes
        if present.of(code) != new.of(code) or (code in present.places) != (code in new.places)
    ]


def first(data: dict[str, Any]) -> AgreementTerms:
    """A new agreement's first version of its terms: in effect since always."""
    return _row(wanted(data), None)


def record(session: Session, data: dict[str, Any], actor: str, today: date) -> None:
    """Keep a stored agreement's present terms as a version and start the file's, if they differ (called
    before the row is given the file's terms); nothing for an agreement not stored yet."""
    row = session.get(Agreement, data["id"])
    if row is None:
        return
    if not row.terms_history:  # stored before versions were kept, and not by migration 0014
        row.terms_history.append(_row(history(row)[0], None))
    present, new = history(row)[-1], wanted(data)
    if not changed_codes(present, new):
        return
    day = effective_day(data, today)
    current = row.terms_history[-1]
    old = {**present.describe(), "valid_to": (day - timedelta(days=1)).isoformat()}
    if current.valid_from == day:
        # A second change the same day (a typo put right): the first never was in effect on its own;
        # the entry below keeps what it said.
        old["valid_to"] = None
        row.terms_history.remove(current)
    else:
        current.valid_to = day - timedelta(days=1)
    row.terms_history.append(_row(new, day))
    detail = {"from": day.isoformat(), "old": old, "new": {**new.describe(), "valid_from": day.isoformat()}}
    audit.append(session, actor, ACTION, f"agreement:{row.id}", detail)


def _row(version: Version, valid_from: date | None) -> AgreementTerms:
    return AgreementTerms(
        valid_from=valid_from,
        valid_to=None,
        basis=version.basis,
        hourly_rate_dkk=version.hourly_rate_dkk,
        hours_per_week=version.hours_per_week,
        places=dict(version.places),
    )


def _decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def _text(value: Decimal | None) -> str | None:
    # At the columns' scale, whether read back from them or from a file ("3.0" is "3.00").
    return None if value is None else f"{value:.2f}"
