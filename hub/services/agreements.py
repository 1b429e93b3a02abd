"""Load, store and list partnership agreements."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from marshmallow import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.errors import FieldProblem, Rejection
from hub.models import Agreement, AgreementMunicipality, Contact, Site
from hub.schemas.agreement import load_agreement
from hub.schemas.messages import problems_from_validation
from hub.services import agreement_checks, agreement_members, agreement_terms, audit, dashboard_summary
from hub.services.files import read_data_file


def agreement_files(directory: Path) -> list[Path]:
    """The agreement files of a folder, in name order."""
    return sorted(p for p in directory.iterdir() if p.suffix.lower() in (".toml", ".json"))


def validate_files(paths: list[Path]) -> list[dict[str, Any]]:
    """Read and validate every file; raise one `Rejection` listing every problem of every file."""
    found, loaded = [], []
    for path in paths:
        try:
            loaded.append(load_agreement(read_data_file(path)))
        except Rejection as exc:
            found.extend(exc.problems)
        except ValidationError as exc:
            found.extend(problems_from_validation(exc.messages, file=str(path)))
    if found:
        raise Rejection(found)
    ids = [a["id"] for a in loaded]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise Rejection(
            [
                FieldProblem(
                    f"agreement id {i!r} is given by more than one file",
                    f"aftale-id {i!r} findes i mere end én fil",
                    field="id",
                )
                for i in duplicates
            ]
        )
    return loaded


def load_files(session: Session, paths: list[Path], actor: str, today: date | None = None) -> list[str]:
    """Validate all files, then store them in one transaction (all or nothing); return the ids.
    `today`: the day terms without `effective_from` take effect (None: today in Copenhagen)."""
    agreements = validate_files(paths)
    today = today or agreement_terms.local_today()
    conflicts = agreement_checks.problems(session, agreements) + agreement_checks.terms(
        session, agreements, today
    )
    if conflicts:
        session.rollback()
        raise Rejection(conflicts)
    for data in agreements:
        # Before the row takes the file's terms: the present ones are kept as a version (decision 0063).
        agreement_terms.record(session, data, actor, today)
        _store(session, data, actor)
        audit.append(session, actor, "agreement.loaded", f"agreement:{data['id']}", {"name": data["name"]})
    session.commit()
    for data in agreements:
        # New terms change what the dashboards sum: an agreement loaded with other terms (or new) has its
        # summaries computed now, not on its page's first view.
        found = session.get(Agreement, data["id"])
        if found is not None and dashboard_summary.stale(session, found):
            dashboard_summary.rebuild(session, found.id)
    return [a["id"] for a in agreements]


def _store(session: Session, data: dict[str, Any], actor: str) -> None:
    row = session.get(Agreement, data["id"])
    codes = [data["lead_municipality"], *data["partner_municipalities"]]
    if row is None:
        row = Agreement(id=data["id"], terms_history=[agreement_terms.first(data)])
    else:
        agreement_members.note_removed(session, actor, row, set(codes))
        # Replace the parts: delete the old ones first, or their unique keys would clash with the new.
        row.municipalities.clear()
        row.sites.clear()
        row.contacts.clear()
        session.flush()
    payment = data["payment"]
    row.name = data["name"]
    row.company_cvr = data["company"]["cvr"]
    row.company_name = data["company"]["name"]
    row.lead_municipality = data["lead_municipality"]
    row.cooperation_model = data["cooperation_model"]
    row.payment_basis = payment["basis"]
    row.hourly_rate_dkk = _decimal(payment.get("hourly_rate_dkk"))
    row.hours_per_week = _decimal(payment.get("hours_per_week"))
    row.data = data
    allotted = payment.get("places_per_municipality") or {}
    row.municipalities = [
        AgreementMunicipality(
            municipality_code=code,
            role="lead" if i == 0 else "partner",
            position=i,
            places=allotted.get(code),
        )
        for i, code in enumerate(codes)
    ]
    row.sites = [Site(p_number=s["p_number"], name=s["name"], places=s["places"]) for s in data["sites"]]
    row.contacts = [
        Contact(
            side=side,
            role=role,
            name=person["name"],
            email=person.get("email"),
            phone=person.get("phone"),
            municipality_code=person.get("municipality_code"),
        )
        for side, roles in data["contacts"].items()
        for role, person in roles.items()
        if person
    ]
    session.add(row)
    session.flush()
    # The row as the database holds it, not as assigned here: the file's "3.0" hours are 3.00 at the
    # column's scale (and 4 decimals would be rounded to 2). The session keeps this object after the commit
    # only until the garbage collector frees it, so without this what the dashboards' fingerprint and
    # summaries were computed with depended on whether a collection had happened (decision 0017, "Stop 40").
    session.expire(row)


def _decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


_SITES = "agreements_for_site"  # `session.info`: (transaction, {(p_number, municipality): agreements})


def list_agreements(session: Session) -> list[Agreement]:
    """Every agreement, by name."""
    return list(session.scalars(select(Agreement).order_by(Agreement.name)))


def agreements_for_site(session: Session, p_number: str, municipality_code: str) -> list[Agreement]:
    """The agreements that have this site and this municipality as lead or partner.

    Asked once a site and municipality a transaction: a batch links its placement forms to a handful of
    sites, and agreements are loaded in transactions of their own (`load_files`), never in a batch's."""
    transaction = session.get_transaction() or session.begin()
    memo: tuple[Any, dict[tuple[str, str], list[Agreement]]] | None = session.info.get(_SITES)
    if memo is None or memo[0] is not transaction:
        memo = session.info[_SITES] = (transaction, {})
    found = memo[1].get((p_number, municipality_code))
    if found is None:
        query = (
            select(Agreement)
            .join(Site, Site.agreement_id == Agreement.id)
            .join(AgreementMunicipality, AgreementMunicipality.agreement_id == Agreement.id)
            .where(Site.p_number == p_number, AgreementMunicipality.municipality_code == municipality_code)
        )
        found = memo[1][(p_number, municipality_code)] = list(session.scalars(query).unique())
    return list(found)
