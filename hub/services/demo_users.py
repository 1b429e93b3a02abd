"""The demo's five users, one per role, each bound to its party in the demo's data; password `demo`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from hub.demo.lifecycle import SHEET_MONTHS
from hub.demo.plants import MONTHS
from hub.errors import HubError
from hub.models import Agreement
from hub.periods import period_of
from hub.services import users
from hub.services.registry import registry
from hub.services.user_parties import Party

PASSWORD = "demo"
# The demo's agreement: its lead and its company give the lead's and the company's party.
AGREEMENT = "falck-hovedstaden"
PARTNER = "163"  # Herlev, a partner in that agreement
AUDITED = "151"  # Ballerup, whose accounting firm audits the demo's months


@dataclass(frozen=True)
class DemoUser:
    """One demo user as `make demo` prints it."""

    username: str
    role: str
    party: str
    created: bool


def _parties(session: Session) -> list[tuple[str, str, Party]]:
    agreement = session.get(Agreement, AGREEMENT)
    if agreement is None:
        raise HubError(
            f"the demo's agreement {AGREEMENT} is not stored; run `hub agreements load` first",
            f"demoens aftale {AGREEMENT} er ikke gemt; kør først `hub agreements load`",
        )
    # The auditor's period spans every month the demo lived through, its July timesheets included, to the
    # end of Ballerup's claim period (a quarter) that holds the last: a quarter cut short cannot be opened.
    kind = registry().get(AUDITED).audit.claim_period
    start, end = SHEET_MONTHS[0].start, period_of(MONTHS[-1].end, kind).end
    return [
        ("lead-gladsaxe", "lead", Party(municipality=agreement.lead_municipality)),
        ("kommune-herlev", "municipality", Party(municipality=PARTNER)),
        ("falck", "company", Party(company_cvr=agreement.company_cvr)),
        ("revisor-ballerup", "auditor", Party(municipality=AUDITED, audit_start=start, audit_end=end)),
        ("admin", "admin", Party()),
    ]


def ensure_demo_users(session: Session, actor: str) -> list[DemoUser]:
    """Create the five demo users that do not exist yet, and commit; running it again changes nothing."""
    made = []
    for username, role, party in _parties(session):
        user = users.user_by_name(session, username)
        created = user is None
        if user is None:
            user = users.create_user(session, username, role, party, actor, password=PASSWORD)
        made.append(DemoUser(username, role, users.principal(user).party, created))
    session.commit()
    return made
