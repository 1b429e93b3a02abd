"""Matrix entries for the JSON API beyond agreements and submissions, from DESIGN.md's "Who uses it".

- Placements and records: the lead (its own citizens and those of the agreements it leads), a partner
  (its own citizens), the company (its agreements' interns, by participant id) and the auditor (its
  municipality in its period); not the admin, who has no citizen's data.
- Payments: staff and the company, of an agreement they are part of (a partner shares its agreement with
  the other partners, so its "other" is an agreement it is not in).
- The company's export and form: the company and the lead of the agreement; not a partner, not an auditor.
- Claims, and the list of those downloaded with how each changed since: a municipality's own staff;
  completeness and bundles: its staff and its auditor.
- The audit log's checkpoint and proofs carry no personal data: everyone signed in, any party.
- Swagger UI's files and the problem types' pages (what an error's `type` URI names): public, like the
  docs page.
"""

from __future__ import annotations

from accounts import PEOPLE
from matrix import ROLES, Target, entry

EVERYONE = " ".join(ROLES)
CITIZEN_READERS = "lead municipality company auditor"
# Each municipality's claim period (`claim_period` in its config), one that has ended.
CLAIM_PERIOD = {"159": "2026-09", "163": "2026-09", "151": "2026-Q3", "157": "2026-Q3", "540": "2026-Q3"}


def own_code(t: Target) -> str:
    """The municipality the target's user acts for (a company has none: its agreement's lead stands in)."""
    return PEOPLE[t.party][1].municipality or t.municipality


def municipal(what: str, agreement: bool = False):  # noqa: ANN201 - a path builder for `entry`
    """The path of a municipality's claim, completeness or bundle for its claim period."""

    def path(t: Target) -> str:
        code = own_code(t)
        extra = f"&agreement={t.agreement}" if agreement else ""
        return f"/api/municipalities/{code}/{what}?period={CLAIM_PERIOD[code]}{extra}"

    return path


ENTRIES = [
    entry("placements_api.list_placements", lambda t: "/api/placements", CITIZEN_READERS, other=200),
    entry("placements_api.get_placement", lambda t: f"/api/placements/{t.placement}", CITIZEN_READERS),
    entry("placements_api.list_records", lambda t: f"/api/placements/{t.placement}/records", CITIZEN_READERS),
    entry("placements_api.get_record", lambda t: f"/api/records/{t.record}", CITIZEN_READERS),
    entry(
        "outbound_api.get_payments",
        lambda t: f"/api/agreements/{t.agreement}/payments?period=2026-09",
        "lead municipality company",
        level="agreement",
    ),
    entry(
        "outbound_api.get_export",
        lambda t: f"/api/agreements/{t.agreement}/export?format=json&period=2026-09",
        "lead company",
        level="agreement",
    ),
    entry(
        "outbound_api.get_form",
        lambda t: f"/api/agreements/{t.agreement}/forms/mentor_hours?format=xlsx&period=2026-09",
        "lead company",
        level="agreement",
    ),
    entry("outbound_api.get_claim", municipal("claim", agreement=True), "lead municipality"),
    entry(
        "outbound_api.get_claims",
        lambda t: f"/api/municipalities/{own_code(t)}/claims?agreement={t.agreement}",
        "lead municipality",
    ),
    entry("audit_api.get_completeness", municipal("completeness"), "lead municipality auditor"),
    entry("audit_api.get_bundle", municipal("bundle"), "lead municipality auditor"),
    entry("audit_api.get_checkpoint", lambda t: "/api/audit/checkpoint", EVERYONE, other=200),
    entry("audit_api.get_inclusion", lambda t: "/api/audit/entries/1/proof", EVERYONE, other=200),
    entry("audit_api.get_consistency", lambda t: "/api/audit/consistency?from_size=1", EVERYONE, other=200),
    entry("api_docs_assets.asset", lambda t: "/api/docs/assets/swagger-ui.css", ""),
    entry("api_problems.kinds", lambda t: "/api/problems", ""),
    entry("api_problems.kind", lambda t: "/api/problems/not_found", ""),
]
