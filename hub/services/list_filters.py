"""A list's filters that name a thing (`?agreement_id=`, `?municipality_code=`): one that names nothing
the caller may see is the 404 of a path naming it, not a 200 with an empty list (decision 0016, "Stop 64:
api-85").

An empty list said "none yet" to a case system that had mistyped an agreement's id, or been given
another party's: it waited for submissions that could never come. The one rule, for every list that
takes these filters (the submissions' and the placements'; `hub.api.spec_operations` documents the 404
on each operation taking one): the value must be an agreement the caller may see (`/api/agreements`),
or a municipality of those agreements, or the caller's own; else it is answered as any thing not there or
not the caller's (`missing_or_not_yours`), so that another party's agreement and a mistyped one cannot
be told apart. A value some row of the caller's own list still carries (its submissions of an agreement
its municipality was taken out of since) is the caller's too: what the list would show is never refused.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from hub.access import Principal
from hub.errors import missing_or_not_yours
from hub.models import Agreement, AgreementMunicipality
from hub.services import scope

# The query arguments that name a thing, and the thing in both languages (the Danish definite form).
NAMED: dict[str, tuple[str, str]] = {
    "agreement_id": ("agreement", "Aftalen"),
    "municipality_code": ("municipality", "Kommunen"),
}


def check(
    session: Session,
    principal: Principal,
    args: dict[str, Any],
    rows: ColumnElement[bool],
    columns: dict[str, Any],
) -> None:
    """Raise `NotFound` for the first filter in `args` (of `NAMED`) whose value names nothing the caller
    may see. `rows` is the list's own scope clause and `columns` its column for each filter: a value a
    row in scope carries is kept whatever else is true."""
    for name, column in columns.items():
        value = args.get(name)
        if value is None or value in _reach(session, principal, name):
            continue
        if session.scalar(select(column).where(rows, column == value).limit(1)) is None:
            what, what_da = NAMED[name]
            raise missing_or_not_yours(what, what_da, value)


def _reach(session: Session, principal: Principal, name: str) -> set[str]:
    """The agreement ids, or municipality codes, the caller may name in a filter."""
    seen = set(session.scalars(select(Agreement.id).where(scope.agreement_clause(principal))))
    if name == "agreement_id":
        return seen
    members = AgreementMunicipality.agreement_id.in_(seen)
    codes = set(session.scalars(select(AgreementMunicipality.municipality_code).where(members)))
    return codes | ({principal.municipality} if principal.municipality else set())
