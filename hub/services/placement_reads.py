"""Placements as one user may see them, for the API, and the rules every view of a record applies
(`record_reads`, `record_view`, `agreement_reads` use them).

The party is applied by `scope.placement_clause`; what is left of a citizen is decided here, once:
the CPR number as `access.cpr_view` says (the canonical digits, `DDMMYY-XXXX`, or no key at all), benefit
and visitation only for a role that `access.sees_categories`, and CPR-like text in free text and in
provenance raw values masked the same way, so that a number a caseworker pasted into a note does not
slip past the rule; a company sees no case details and, of a form a municipality sent, no assessment
(`sees_assessment`). Every read is an audit entry, staff's too (`scope.note_read`).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from hub.access import CprView, Principal, cpr_view, sees_categories
from hub.errors import missing_or_not_yours
from hub.exports.bundle_data import DATA_IDENTIFIERS
from hub.models import Agreement, Placement, Provenance, Record, RecordVersion
from hub.pseudonyms import MASKED_WHOLLY, mask_cpr_like
from hub.services import list_filters, scope
from hub.services.registry import registry

CATEGORIES = ("benefit", "visitation")
# What a company is not shown of a record, besides CPR: the categories, and the case's own details. The
# caseworker is not its contact (the agreement names one), and the purpose is the caseworker's free text,
# which often names the benefit ("part of a resource programme") the company may never see.
CASE_DETAILS = (*CATEGORIES, "caseworker", "purpose")
# What a company is not shown of a form a municipality sent: the job centre's assessment of its citizen,
# the scores, the caseworker's note and the outcome (`long_term_sick` is health data). Of the forms the
# company sent itself it sees all: it wrote them (DESIGN: names, sites, periods, mentors).
ASSESSMENT = ("scores", "note", "outcome")
# Keys whose values are identifiers, not free text: a P-number may look like a CPR number without being one.
# The one set the bundle's data hash also leaves as written (`bundle_data`, standard library only, in
# verify.py): a key a page shows as stored and one the log hashes as stored cannot drift apart.
IDENTIFIERS = DATA_IDENTIFIERS


def audit_rule(code: str) -> str:
    """A municipality's `cpr_in_bundles` rule (`masked` for one without a config: the safer side)."""
    reg = registry()
    return reg.get(code).audit.cpr_in_bundles if code in reg else "masked"


def view_of(principal: Principal, municipality_code: str, lead_municipality: str) -> CprView:
    """How much of this citizen's CPR number the user may see."""
    return cpr_view(principal, municipality_code, lead_municipality, audit_rule(municipality_code))


def shown_text(text: str, view: CprView) -> str:
    """Free text (a note, a name, a file name, a raw value) with CPR-like numbers as the view allows."""
    if view == "full":
        return text
    if view == "masked":
        return mask_cpr_like(text)
    return mask_cpr_like(text, MASKED_WHOLLY)  # wholly: the birth date is no business of theirs


def _walk(node: Any, view: CprView, key: str = "") -> Any:
    if isinstance(node, dict):
        return {k: _walk(v, view, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_walk(v, view, key) for v in node]
    if isinstance(node, str) and key not in IDENTIFIERS:
        return shown_text(node, view)
    return node


def sees_assessment(principal: Principal, sent_by_company: bool) -> bool:
    """Whether the user may see the scores, note and outcome of a form (`ASSESSMENT`)."""
    return principal.role != "company" or sent_by_company


def shown_data(
    data: dict[str, Any], view: CprView, categories: bool, assessment: bool = True
) -> dict[str, Any]:
    """A canonical record's data as this user may see it (`categories`: the user sees the case's
    details, `access.sees_categories`; a company does not; `assessment`: `sees_assessment`)."""
    shown: dict[str, Any] = _walk(copy.deepcopy(data), view)
    citizen = shown.get("citizen")
    if isinstance(citizen, dict) and "cpr" in citizen:
        if view == "none":
            del citizen["cpr"]
        elif view == "masked":
            citizen["cpr"] = mask_cpr_like(str(citizen["cpr"]))
    hidden = (() if categories else CASE_DETAILS) + (() if assessment else ASSESSMENT)
    for key in hidden:
        shown.pop(key, None)
    return shown


def _hidden(path: str, view: CprView, categories: bool, assessment: bool) -> bool:
    if view == "none" and path.startswith("citizen.cpr"):
        return True
    top = path.split(".")[0].split("[")[0]
    return (not categories and top in CASE_DETAILS) or (not assessment and top in ASSESSMENT)


def shown_provenance(
    rows: Sequence[Provenance], view: CprView, categories: bool, assessment: bool = True
) -> list[dict[str, Any]]:
    """Where each shown value came from; nothing about a value the user may not see. CPR-like text is
    shown as the view allows in the locator and the source key too: they quote the document (a sheet
    named after the citizen, a label printed beside a field)."""
    return [
        {
            "path": row.path,
            "document_sha256": row.document_sha256,
            "locator": _walk(row.locator, view),
            "source_key": None if row.source_key is None else shown_text(row.source_key, view),
            "raw_value": None if row.raw_value is None else shown_text(row.raw_value, view),
            "transforms": row.transforms,
        }
        for row in rows
        if not _hidden(row.path, view, categories, assessment)
    ]


def _placement_rows(principal: Principal) -> Select[Any]:
    """Placements the user may read, each with its agreement's lead and its placement record's data."""
    return (
        select(Placement, Agreement.lead_municipality, RecordVersion.data)
        .join(Agreement, Agreement.id == Placement.agreement_id)
        .join(Record, and_(Record.placement_id == Placement.id, Record.form_type == "placement"))
        .join(
            RecordVersion,
            and_(RecordVersion.record_id == Record.id, RecordVersion.version == Record.current_version),
        )
        .where(scope.placement_clause(principal))
    )


def _placement_dict(
    principal: Principal, placement: Placement, lead: str, data: dict[str, Any]
) -> dict[str, Any]:
    view = view_of(principal, placement.municipality_code, lead)
    categories = sees_categories(principal)
    shown = shown_data(data, view, categories)
    out: dict[str, Any] = {
        "id": placement.id,
        "agreement_id": placement.agreement_id,
        "municipality_code": placement.municipality_code,
        "participant_id": placement.participant_id,
        "cpr_view": view,
        "citizen": shown.get("citizen", {}),
        "site": shown.get("site", {"p_number": placement.p_number}),
        "period": {"start": placement.start, "end": placement.end},
    }
    for key in CATEGORIES:
        if categories:
            out[key] = shown.get(key)
    return out


def placements_page(
    session: Session,
    principal: Principal,
    page: int,
    per_page: int,
    agreement_id: str | None = None,
    municipality_code: str | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """One page of the placements the user may read (by id), and how many there are in all; a filter
    naming nothing the user may see is `NotFound` (`list_filters`)."""
    asked = {"agreement_id": agreement_id, "municipality_code": municipality_code}
    named_by = {"agreement_id": Placement.agreement_id, "municipality_code": Placement.municipality_code}
    list_filters.check(session, principal, asked, scope.placement_clause(principal), named_by)
    filters = []
    if agreement_id is not None:
        filters.append(Placement.agreement_id == agreement_id)
    if municipality_code is not None:
        filters.append(Placement.municipality_code == municipality_code)
    total = session.scalar(
        select(func.count()).select_from(Placement).where(scope.placement_clause(principal), *filters)
    )
    query = _placement_rows(principal).where(*filters).order_by(Placement.id)
    rows = session.execute(query.limit(per_page).offset((page - 1) * per_page)).all()
    items = [_placement_dict(principal, p, lead, data) for p, lead, data in rows]
    if items:
        detail = {"placements": [item["id"] for item in items], "page": page}
        scope.note_read(session, principal, "read.placements", "placements", detail)
    return items, int(total or 0)


def placement(session: Session, principal: Principal, placement_id: int) -> dict[str, Any]:
    """One placement the user may read, or `NotFound`."""
    row = session.execute(_placement_rows(principal).where(Placement.id == placement_id)).first()
    if row is None:
        raise missing_or_not_yours("placement", "Forløbet", placement_id)
    shown = _placement_dict(principal, *row)
    scope.note_read(session, principal, "read.placement", f"placement:{placement_id}", {})
    return shown
