"""What a set of agreement files may not do to the agreements already stored: checked before any is.

Each file is valid on its own (`schemas.agreement`); these rules are about agreements together and the
placements already linked to them:

- one site (P-number) in two agreements that share a municipality would make every new form from that
  municipality at that site ambiguous ("the site is in several agreements"), so it is refused at load;
- a municipality taken out of an agreement that still holds its placements would drop them from the
  payments and the dashboards without a word, so that is refused too, naming how many there are;
- a change of payment terms (`agreement_terms`, decision 0063) may not take effect inside or before a
  period whose claim a municipality whose terms change has downloaded (its download is in the audit log,
  `claim_downloads`): that claim would no longer be what was sent; nor before the present terms took
  effect, which would rewrite days already priced by them.
"""

from __future__ import annotations

from datetime import date
from itertools import combinations
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.datewords import day_da
from hub.errors import FieldProblem
from hub.models import Agreement, AuditEvent, Placement
from hub.periods import Period, read_period
from hub.quantities import number_text
from hub.schemas.municipalities import municipality_name
from hub.services import agreement_terms
from hub.services.registry import registry

DOWNLOADED = "export.claim"  # `claim_downloads.ACTION`, the entry of each claim downloaded


def problems(session: Session, loaded: list[dict[str, Any]]) -> list[FieldProblem]:
    """Every conflict the loaded agreements would make with each other or with the stored ones."""
    parties: dict[str, tuple[set[str], set[str]]] = {}
    for row in session.scalars(select(Agreement)):
        parties[row.id] = ({m.municipality_code for m in row.municipalities}, {s.p_number for s in row.sites})
    stored = {key: codes for key, (codes, _) in parties.items()}
    new_ids = {data["id"] for data in loaded}
    for data in loaded:
        codes = {data["lead_municipality"], *data["partner_municipalities"]}
        parties[data["id"]] = (codes, {site["p_number"] for site in data["sites"]})
    found = []
    for (first, (codes_a, sites_a)), (second, (codes_b, sites_b)) in combinations(sorted(parties.items()), 2):
        if not ({first, second} & new_ids):
            continue  # two stored agreements: not this load's doing
        shared, both = sorted(sites_a & sites_b), sorted(codes_a & codes_b)
        if shared and both:
            mine, other = (first, second) if first in new_ids else (second, first)
            sites, names = ", ".join(shared), ", ".join(both)
            found.append(
                FieldProblem(
                    f"site {sites} is also in agreement {other}, which municipality {names} is part of too: "
                    "a form from there would fit both",
                    f"stedet {sites} findes også i aftalen {other}, som kommune {names} også er med i: "
                    "en blanket derfra ville passe til begge",
                    form=mine,
                    field="sites",
                )
            )
    for data in loaded:
        removed = stored.get(data["id"], set()) - parties[data["id"]][0]
        found.extend(_orphaned(session, data["id"], removed))
    return found


def _orphaned(session: Session, agreement_id: str, removed: set[str]) -> list[FieldProblem]:
    if not removed:
        return []
    counts = session.execute(
        select(Placement.municipality_code, func.count())
        .where(Placement.agreement_id == agreement_id, Placement.municipality_code.in_(removed))
        .group_by(Placement.municipality_code)
    ).all()
    return [
        FieldProblem(
            f"municipality {code} is taken out of the agreement, which holds {number_text(count, 'en')} "
            "of its placements: they would drop out of its payments and dashboards",
            f"kommune {code} tages ud af aftalen, som har {number_text(count, 'da')} af dens praktikforløb: "
            "de ville falde ud af aftalens betalinger og oversigter",
            form=agreement_id,
            field="partner_municipalities",
        )
        for code, count in sorted(counts)
    ]


def terms(session: Session, loaded: list[dict[str, Any]], today: date) -> list[FieldProblem]:
    """Why a change of terms in these files may not be stored; empty when every change may."""
    found: list[FieldProblem] = []
    for data in loaded:
        row = session.get(Agreement, data["id"])
        if row is None:
            continue
        present = agreement_terms.history(row)[-1]
        new = agreement_terms.wanted(data)
        codes = agreement_terms.changed_codes(present, new)
        if not codes:
            continue
        day = agreement_terms.effective_day(data, today)
        if present.valid_from is not None and day < present.valid_from:
            found.append(_before_present(row.id, day, present.valid_from))
            continue
        for code, period in downloads(session, row.id):
            if code in codes and period.end >= day:
                found.append(_downloaded(row.id, code, period.label, day))
    return found


def downloads(session: Session, agreement_id: str) -> list[tuple[str, Period]]:
    """(municipality, period) of every claim of the agreement downloaded, as the audit log names them."""
    details = session.scalars(
        select(AuditEvent.detail).where(
            AuditEvent.action == DOWNLOADED, AuditEvent.subject == f"agreement:{agreement_id}"
        )
    )
    seen: set[tuple[str, str]] = set()
    for detail in details:
        if isinstance(detail, dict) and "municipality" in detail and "period" in detail:
            seen.add((str(detail["municipality"]), str(detail["period"])))
    return [(code, read_period(label)) for code, label in sorted(seen)]


def _before_present(agreement_id: str, day: date, since: date) -> FieldProblem:
    return FieldProblem(
        f"agreement {agreement_id}: new payment terms cannot take effect on {day.isoformat()}, before the "
        f"present terms took effect on {since.isoformat()}: that would rewrite terms already in effect",
        f"aftalen {agreement_id}: nye betalingsvilkår kan ikke gælde fra {day_da(day)}, før de nuværende "
        f"vilkår trådte i kraft {day_da(since)}: det ville ændre vilkår, der allerede gjaldt",
        form=agreement_id,
        field="payment.effective_from",
    )


def _downloaded(agreement_id: str, code: str, label: str, day: date) -> FieldProblem:
    reg = registry()
    name = reg.get(code).name if code in reg else municipality_name(code)
    return FieldProblem(
        f"agreement {agreement_id}: the payment terms cannot change from {day.isoformat()}: {name} has "
        f"already downloaded its claim for {label}, which the change would reprice; give an "
        "effective_from after that period",
        f"aftalen {agreement_id}: betalingsvilkårene kan ikke ændres fra {day_da(day)}: {name} har "
        f"allerede hentet sit refusionskrav for {label}, som ændringen ville give et andet beløb; angiv "
        "en effective_from efter den periode",
        form=agreement_id,
        field="payment.effective_from",
    )
