"""The API's listing of a municipality's downloaded claims of an agreement, each with how the claim
differs now from its last download (`claim_changes`), in the API's words."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from hub.access import Principal
from hub.services import claim_changes, scope
from hub.services.claim_compare import Change
from hub.services.registry import registry


def listing(
    session: Session,
    principal: Principal,
    municipality: str,
    agreement_id: str,
    page: int,
    per_page: int,
    until: int | None = None,
) -> tuple[dict[str, Any], int | None]:
    """One page of the caller's own municipality's downloaded claims of an agreement, newest period
    first, with `page`, `per_page` and `total`; another municipality's is not found. Read as the list
    stood at download log entry `until`, or (None) at the newest download, which is returned with it:
    the pin the page's links carry (None: nothing downloaded)."""
    code = scope.municipality(principal, registry().code_of(municipality))
    agreement = scope.agreement(session, principal, agreement_id)
    # The page itself read pinned too: a period first downloaded after the pin is not on it, or the
    # next page, pinned, would skip the period it pushed off this one.
    until = until or claim_changes.newest_download(session, code, agreement.id)
    found, total = claim_changes.downloaded_page(session, principal, agreement, page, per_page, until=until)
    return {
        "municipality_code": code,
        "agreement": agreement.id,
        "claims": [_claim(d) for d in found],
        "page": page,
        "per_page": per_page,
        "total": total,
    }, until


def _money(amount: Decimal) -> str:
    return f"{amount:.2f}"


def _claim(found: claim_changes.Downloaded) -> dict[str, Any]:
    detail = found.download.detail
    period = found.period
    return {
        "period": {"label": period.label, "start": period.start, "end": period.end},
        "downloaded_at": found.download.occurred_at,
        "lines": int(detail.get("lines", 0)),
        "amount_dkk": _money(Decimal(detail.get("amount_dkk", "0"))),
        "changed_since_download": _change(found.change) if found.change else None,
    }


def _change(change: Change) -> dict[str, Any]:
    lines = change.lines
    return {
        "lines_now": change.lines_now,
        "amount_dkk_now": _money(change.amount_now),
        "difference_dkk": _money(change.difference),
        "participants": change.participants,
        "changed_lines": None
        if lines is None
        else [
            {
                "participant_id": line.participant_id,
                "place": line.place,
                "amount_dkk_sent": None if line.before is None else _money(line.before),
                "amount_dkk_now": None if line.after is None else _money(line.after),
                "difference_dkk": _money(line.difference),
            }
            for line in lines
        ],
    }
