"""A municipality's share of the audit log: the entries about its citizens, chosen in the query, and
each entry's detail cut to what is the municipality's own (decision 0062, "Stop 70: page-116").

A lead job centre and a partner are data controllers for their own citizens: their staff read who read
or changed their citizens' data without opening a bundle. An entry is theirs when what it is about is
theirs: a record, a placement or a document (submission) of their citizens, or the municipality itself
(its bundles, its completeness). A read whose subject is shared (a company's page, export or form, a
claim's download: subject the agreement; a list of placements or submissions) is theirs when it names
them in `detail.municipalities` (written since stop 49 by `audit_reach.noted`) or, a claim,
`detail.municipality`. Such a detail may name other municipalities' participants, placements and
submissions: those are cut out of it before it is shown, as a partner sees only counts of the others.

A company's or auditor's refused request (`read.refused`, subject the path it asked for) is the
municipality's too when the path's id names one of its stored records, placements or documents: a probe
for its citizen's record is its business as a read is. The id is looked up when the refusal is written
(`refused_owner`), and its municipality kept in the entry's `detail.municipality`; an id that names
nothing, or a document of no municipality (the company's own form), names no one.

All of it is one WHERE clause, so that a page, its count, its pinned newest id and the udtræk page and
count in SQL: an entry of another municipality's citizen never reaches the reader, whatever the filters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, literal, or_, select
from sqlalchemy.orm import Session

from hub.models import AuditEvent, Placement, Record, Submission
from hub.services.audit_reach import KEY, LISTS, codes_of

# The subjects a detail must name the municipality for: an agreement's reads name several
# municipalities' citizens at once, as the lists of placements and submissions do.
SHARED = ("placements", "submissions")


def _subjects(kind: str, column: Any, code_column: Any, code: str) -> Any:
    """The subjects (`record:42`) of the rows of one kind whose municipality is `code`."""
    return select(literal(f"{kind}:", String) + cast(column, String)).where(code_column == code)


def of_municipality(code: str) -> ColumnElement[bool]:
    """The WHERE clause on `AuditEvent` for the entries about municipality `code`'s citizens: its records,
    placements, documents, bundles and completeness by subject, and the shared reads naming it."""
    # A detail's list of codes, as its text: `["159","163"]` on SQLite, `["159", "163"]` on PostgreSQL.
    # The codes are quoted strings, so the quoted code matches one element whole, never a longer one.
    named = AuditEvent.detail[KEY].as_string().contains(f'"{code}"', autoescape=True)
    claim = AuditEvent.detail["municipality"].as_string() == code
    shared = or_(AuditEvent.subject.startswith("agreement:", autoescape=True), AuditEvent.subject.in_(SHARED))
    return or_(
        AuditEvent.subject.in_(_subjects("record", Record.id, Record.municipality_code, code)),
        AuditEvent.subject.in_(_subjects("placement", Placement.id, Placement.municipality_code, code)),
        AuditEvent.subject.in_(_subjects("submission", Submission.id, Submission.municipality_code, code)),
        AuditEvent.subject == f"municipality:{code}",
        and_(shared, or_(named, claim)),
        and_(AuditEvent.action == "read.refused", claim),
    )


# The ids a page's or the API's address names a stored object by, and where its municipality is kept.
_OWNED: dict[str, tuple[Any, Any]] = {
    "record_id": (Record.id, Record.municipality_code),
    "placement_id": (Placement.id, Placement.municipality_code),
    "submission_id": (Submission.id, Submission.municipality_code),
}


def refused_owner(session: Session, path_ids: Mapping[str, Any] | None) -> str | None:
    """The municipality whose stored object a refused request's address names by its ids (the route's
    `record_id`, `placement_id`, `submission_id`), or None: no such id, an object that does not exist,
    or ids naming more than one municipality's objects."""
    codes: set[str | None] = set()
    for name, value in (path_ids or {}).items():
        if name in _OWNED and isinstance(value, int):
            column, code_column = _OWNED[name]
            codes.add(session.scalar(select(code_column).where(column == value)))
    return codes.pop() if len(codes) == 1 else None


def details(session: Session, code: str, rows: Sequence[AuditEvent]) -> list[dict[str, Any]]:
    """Each row's detail as municipality `code`'s staff may see it: of the participants, placements and
    submissions it lists, only `code`'s own (one query a kind for all the rows), and of the
    municipalities it names, only `code`. The rest (counts, the period, the reader's party) as logged."""
    wanted: dict[str, set[Any]] = {kind: set() for kind in LISTS.values()}
    for row in rows:
        for name, kind in LISTS.items():
            wanted[kind].update(_items(row.detail, name, kind))
    found = {kind: codes_of(session, kind, keys) for kind, keys in wanted.items()}
    return [_cut(row.detail or {}, code, found) for row in rows]


def _items(detail: dict[str, Any] | None, name: str, kind: str) -> Iterable[Any]:
    value = (detail or {}).get(name)
    if not isinstance(value, list):
        return ()  # a count (`read.records`' "records": 3) is not a list of ids
    return [str(item) if kind == "participant" else item for item in value if isinstance(item, str | int)]


def _cut(detail: dict[str, Any], code: str, found: dict[str, dict[Any, set[str]]]) -> dict[str, Any]:
    cut = dict(detail)
    for name, kind in LISTS.items():
        if isinstance(detail.get(name), list):
            cut[name] = [item for item in _items(detail, name, kind) if code in found[kind].get(item, ())]
    if isinstance(detail.get(KEY), list):
        cut[KEY] = [c for c in detail[KEY] if c == code]
    return cut
