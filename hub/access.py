"""Who may do what: roles, the party each user is bound to, and what each role sees of a citizen.

Access is denied unless granted. A view names one permission (`hub.web.guard.requires`); the permission
names the roles that hold it (`PERMISSIONS`); the party a user is bound to then narrows every query
(`hub.services.scope`). This module is pure: no database, no request, so that the API, the pages, the
CLI and the access test matrix all read the same table.

DESIGN.md's table, as rules:
- `lead`: the whole of every agreement its municipality leads; full CPR for its own citizens, masked
  for the partners'. In an agreement it does not lead it is a partner.
- `municipality`: its own citizens in full; of the others only counts.
- `company`: its agreements, interns by participant id; never CPR, benefit or visitation.
- `auditor`: one municipality and one period, read-only; CPR as that municipality's audit rules say.
- `admin`: users, tokens and the job queue; no citizen's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Role = Literal["lead", "municipality", "company", "auditor", "admin"]
ROLES: tuple[Role, ...] = ("lead", "municipality", "company", "auditor", "admin")
CprView = Literal["full", "masked", "none"]
# What people call each role, in Danish and English (menus, messages).
ROLE_NAMES: dict[str, tuple[str, str]] = {
    "lead": ("tovholder", "lead job centre"),
    "municipality": ("partnerkommune", "partner municipality"),
    "company": ("virksomhed", "company"),
    "auditor": ("revisor", "auditor"),
    "admin": ("administrator", "administrator"),
}

# Permission -> the roles that hold it. "public" needs no sign-in; "signed_in" any role.
STAFF: frozenset[Role] = frozenset({"lead", "municipality"})
PERMISSIONS: dict[str, frozenset[Role]] = {
    "public": frozenset(),
    "signed_in": frozenset(ROLES),
    "agreements:read": frozenset({"lead", "municipality", "company", "auditor", "admin"}),
    "submissions:create": STAFF | {"company"},
    "submissions:read": STAFF | {"company"},
    "placements:read": STAFF | {"company", "auditor"},
    "records:read": STAFF | {"company", "auditor"},
    "payments:read": STAFF | {"company"},
    "company_export:read": frozenset({"lead", "company"}),
    "company_copy:read": frozenset({"lead"}),  # the lead's page of the company's files, as it gets them
    "company_form:submit": frozenset({"company"}),
    "claims:read": STAFF,
    "completeness:read": STAFF | {"auditor"},
    "bundles:read": STAFF | {"auditor"},
    "log:read": frozenset(ROLES),
    "dashboard:read": STAFF,
    "tokens:manage": STAFF | {"admin"},
    "users:admin": frozenset({"admin"}),
    "jobs:admin": frozenset({"admin"}),
    # The audit log's entries, for the operator answering "who read this": no citizen's data in them, but
    # who read which record (decision 0062, "Stop 69: page-113"); every entry, on the operator's page.
    "audit_log:read": frozenset({"admin"}),
    # A municipality's share of them, on its staff's own page: the entries about its citizens, their
    # placements, documents, claims and bundles (`audit_scope`; decision 0062, "Stop 70: page-116").
    "audit_log:own": STAFF,
    # The API's list of them, each reader's share: every entry for the operator, a municipality's own for
    # its staff (decision 0016, "Stop 70: page-116").
    "audit_entries:read": STAFF | {"admin"},
    # The reads of its municipality's citizens' data in its period, on the auditor's own page: who read
    # what and when, no CPR number (`auditor_reads`; decision 0062, "Stop 74: page-136").
    "audit_reads:read": frozenset({"auditor"}),
}
# What a person does and an API token never may, whatever its user's role and whatever the route: a leaked
# token must not make tokens of its own (revoking it would end nothing), add users or run the queue.
PEOPLE_ONLY: frozenset[str] = frozenset({"tokens:manage", "users:admin", "jobs:admin"})
# Roles whose reads of personal data are written to the audit log (DESIGN.md, "Who uses it"): every role
# that may read a citizen's data, staff too, since a job centre's data protection officer asks who looked
# up which citizen and when (decision 0062, "Stop 73: page-134"). The admin reads no citizen's data.
LOGGED_READERS: frozenset[Role] = frozenset({"lead", "municipality", "company", "auditor"})
# Roles outside the municipalities. Every refused request of theirs is logged (`scope.note_refused`: a
# probe for another party's citizens), and their reads of the audit log's checkpoint and proofs
# (`audit_reads`, which name no citizen: which checkpoint an auditor holds is what a later proof starts
# from). Staff's reads of those are not (decision 0062, "Stop 73: page-134"), and of staff's refusals only
# those for another municipality's stored object ("Stop 74: page-136").
OUTSIDE_PARTIES: frozenset[Role] = frozenset({"company", "auditor"})


class UnknownPermission(KeyError):
    """A view names a permission that is not in the table: a programming error, caught by the tests."""


@dataclass(frozen=True)
class Principal:
    """The signed-in user as access control sees it: a role and the one party it is bound to."""

    user_id: int
    username: str
    role: Role
    municipality: str | None = None
    company_cvr: str | None = None
    audit_start: date | None = None
    audit_end: date | None = None
    token_id: int | None = None
    # False for a HEAD request: its answer carries headers only, so nothing read reaches the user and no
    # read is logged (a GET of the same page logs it); `hub.web.guard.enforce` sets it.
    answer_has_body: bool = True

    @property
    def actor(self) -> str:
        """How the audit log names this user (and the token it used, for a system)."""
        suffix = f" token:{self.token_id}" if self.token_id is not None else ""
        return f"user:{self.username}{suffix}"

    @property
    def party(self) -> str:
        """The party in words for logs and pages: `municipality 159`, `company 12345678`, …"""
        return self.party_words()[0]

    def party_words(self) -> tuple[str, str]:
        """The party in English and in Danish, e.g. (`municipality 159`, `kommune 159`): the commands say
        both, the logs the English one."""
        if self.role == "company":
            return f"company {self.company_cvr}", f"virksomhed {self.company_cvr}"
        if self.role == "auditor":
            span = f"{self.municipality} {self.audit_start}..{self.audit_end}"
            return f"auditor of {span}", f"revisor for {span}"
        if self.role == "admin":
            return "admin", "administrator"
        return f"municipality {self.municipality}", f"kommune {self.municipality}"

    @property
    def reads_are_logged(self) -> bool:
        """Whether each read of personal data by this user must be an audit entry."""
        return self.role in LOGGED_READERS

    @property
    def outside_party(self) -> bool:
        """Whether the user is a company's or an auditor's: its refusals and its reads of the audit log's
        proofs are audit entries too (`OUTSIDE_PARTIES`)."""
        return self.role in OUTSIDE_PARTIES

    def may(self, permission: str) -> bool:
        """Whether the role holds the permission (the party is checked by the query, not here); a token
        never holds one of `PEOPLE_ONLY`."""
        if permission not in PERMISSIONS:
            raise UnknownPermission(permission)
        if self.token_id is not None and permission in PEOPLE_ONLY:
            return False
        return permission == "public" or self.role in PERMISSIONS[permission]

    def audits(self, day_from: date, day_to: date) -> bool:
        """Whether a span of days overlaps the auditor's period (False for every other role)."""
        if self.role != "auditor" or self.audit_start is None or self.audit_end is None:
            return False
        return day_from <= self.audit_end and day_to >= self.audit_start


def permission_roles(permission: str) -> frozenset[Role]:
    """The roles that hold a permission; raises `UnknownPermission` for a name not in the table."""
    if permission not in PERMISSIONS:
        raise UnknownPermission(permission)
    return PERMISSIONS[permission]


def cpr_view(
    principal: Principal, citizen_municipality: str, lead_municipality: str, audit_rule: str
) -> CprView:
    """How much of a citizen's CPR number this user may see.

    `lead_municipality` is the lead of the agreement the citizen's placement belongs to; `audit_rule` is
    the citizen's municipality's `cpr_in_bundles` (`full` or `masked`), which governs its auditors.
    """
    if principal.role in ("lead", "municipality") and citizen_municipality == principal.municipality:
        return "full"
    if principal.role == "lead" and lead_municipality == principal.municipality:
        return "masked"
    if principal.role == "auditor" and citizen_municipality == principal.municipality:
        return "full" if audit_rule == "full" else "masked"
    return "none"


def sees_categories(principal: Principal) -> bool:
    """Whether the user may see a citizen's benefit and visitation category (never a company)."""
    return principal.role in ("lead", "municipality", "auditor")
