"""Matrix entries for the audit log's entries (page-113, stop 69): the operator's page, its CSV udtræk and
`GET /api/audit/entries`. The admin answers "who read this" and sees every party's entries alike; they
hold no citizen's data, but say who read which record, so no other role reads them here (a municipality's
own reads of its citizens are in its auditor's bundle: decision 0062, "Stop 69: page-113")."""

from __future__ import annotations

from matrix import entry

ENTRIES = [
    entry("audit_log.index", lambda t: "/admin/audit-log", "admin", page=True, other=200),
    entry(
        "audit_log.udtraek",
        lambda t: "/admin/audit-log/udtraek.csv",
        "admin",
        page=True,
        other=200,
        download=True,
    ),
    entry("audit_api.list_entries", lambda t: "/api/audit/entries", "admin", other=200),
]
