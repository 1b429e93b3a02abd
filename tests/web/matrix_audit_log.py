"""Matrix entries for the audit log's entries: the operator's page and its CSV udtræk (page-113, stop 69),
a municipality's own page and udtræk, and `GET /api/audit/entries` for both (page-116, stop 70). The admin
answers "who read this" and sees every party's entries alike; a municipality's staff (lead or partner)
see the entries about their own citizens only, on their own page and through the API: the leak check
below finds another party's participants and CPR numbers in neither. An auditor reads the reads of its
own municipality's citizens in its period on a page of its own (page-136, stop 74). No other role reads
them."""

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
    # No party in the address: "another party's" is the same page, the reader's own share of the log.
    entry("own_audit_log.index", lambda t: "/audit-log", "lead municipality", page=True, other=200),
    entry(
        "own_audit_log.udtraek",
        lambda t: "/audit-log/udtraek.csv",
        "lead municipality",
        page=True,
        other=200,
        download=True,
    ),
    entry("audit_api.list_entries", lambda t: "/api/audit/entries", "admin lead municipality", other=200),
    # No party in the address either: the auditor's municipality and period are its user's.
    entry("auditor_reads.index", lambda t: "/audit/reads", "auditor", page=True, other=200),
]
