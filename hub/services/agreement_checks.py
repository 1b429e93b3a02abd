"""What a set of agreement files may not do to the agreements already stored: checked before any is.

Each file is valid on its own (`schemas.agreement`); these rules are about agreements together and the
placements already linked to them:

- one site (P-number) in two agreements that share a municipality would make every new form from that
  municipality at that site ambiguous ("the site is in several agreements"), so it is refused at load;
- a municipality taken out of an agreement that still holds its placements would drop them from the
  payments and the dashboards without a word, so that is refused too, naming how many there are.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.errors import FieldProblem
from hub.models import Agreement, Placement


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
            f"municipality {code} is taken out of the agreement, which holds {count} of its placements: "
            "they would drop out of its payments and dashboards",
            f"kommune {code} tages ud af aftalen, som har {count} af dens praktikforløb: "
            "de ville falde ud af aftalens betalinger og oversigter",
            form=agreement_id,
            field="partner_municipalities",
        )
        for code, count in sorted(counts)
    ]
