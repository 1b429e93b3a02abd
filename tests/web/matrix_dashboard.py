"""Matrix entries for the lead's dashboard and the partner municipality's view (DESIGN.md, "Who uses
it": the lead watches occupancy of the whole agreement; a partner sees its own citizens and counts)."""

from __future__ import annotations

from matrix import entry

ENTRIES = [
    # No party in the URL: each staff user gets its own page (a partner's says it leads no agreement);
    # an agreement it does not lead is refused in tests/dashboard/test_dashboard_pages.py.
    entry("dashboard.index", lambda t: "/dashboard", "lead municipality", page=True, other=200),
    # A partner's own agreement opens; an agreement its municipality is not part of does not exist for it.
    entry(
        "partner.index",
        lambda t: f"/municipality?agreement={t.agreement}",
        "lead municipality",
        page=True,
        level="agreement",
    ),
]
