"""Canonical records (DESIGN.md, schema version 1) of the demo's placement plans under their agreements."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hub.demo.population import CitizenPlan

MUNICIPALITY_CODES = {
    "gladsaxe": "159",
    "ballerup": "151",
    "herlev": "163",
    "hoeje-taastrup": "169",
    "furesoe": "190",
    "gentofte": "157",
    "lyngby-taarbaek": "173",
    "soenderborg": "540",
    "randers": "730",
}
# Invented caseworkers; addresses under example.dk like the agreement files, phones +45 2000 1 + code.
CASEWORKERS = {
    slug: {
        "name": name,
        "email": f"{name.lower().replace(' ', '.')}@{slug}.example.dk",
        "phone": f"+4520001{MUNICIPALITY_CODES[slug]}",
    }
    for slug, name in (
        ("gladsaxe", "Susanne Holm"),
        ("ballerup", "Lars Winther"),
        ("herlev", "Pia Bech"),
        ("hoeje-taastrup", "Kim Lund"),
        ("furesoe", "Anja Dahl"),
        ("gentofte", "Tina Krogh"),
        ("lyngby-taarbaek", "Rasmus Juul"),
        ("soenderborg", "Helle Bonde"),
        ("randers", "Jens Frost"),
    )
}


def site_of(plan: CitizenPlan, agreement: dict[str, Any]) -> dict[str, Any]:
    """The agreement's site for a plan: `sites[site_index % len(sites)]`."""
    sites = agreement["sites"]
    site: dict[str, Any] = sites[plan.site_index % len(sites)]
    return site


def _header(form_type: str, plan: CitizenPlan) -> dict[str, Any]:
    """The fields every canonical record carries."""
    return {
        "form_type": form_type,
        "schema_version": 1,
        "municipality_code": MUNICIPALITY_CODES[plan.municipality],
    }


def to_placement_record(plan: CitizenPlan, agreement: dict[str, Any]) -> dict[str, Any]:
    """The canonical `placement` record of a plan under its agreement."""
    site = site_of(plan, agreement)
    return _header("placement", plan) | {
        "citizen": {"cpr": plan.cpr, "name": plan.name},
        "company": {"cvr": agreement["company"]["cvr"], "name": agreement["company"]["name"]},
        "site": {"p_number": site["p_number"], "name": site["name"]},
        "period": {"start": plan.start.isoformat(), "end": plan.end.isoformat()},
        "hours_per_week": plan.hours_per_week,
        "benefit": plan.benefit,
        "visitation": plan.visitation,
        "mentor": {
            "name": plan.mentor,
            "employer": "jobcentre" if plan.agreement_id == "danfoss" else "company",
        },
        "caseworker": dict(CASEWORKERS[plan.municipality]),
        "purpose": plan.purpose,
    }


def to_end_record(plan: CitizenPlan, agreement: dict[str, Any]) -> dict[str, Any] | None:
    """The canonical `placement_end` record of an ended plan, or None while it is in progress."""
    if plan.ended_on is None:
        return None
    return _header("placement_end", plan) | {
        "citizen": {"cpr": plan.cpr},
        "site": {"p_number": site_of(plan, agreement)["p_number"]},
        "ended_on": plan.ended_on.isoformat(),
        "outcome": plan.outcome,
    }
