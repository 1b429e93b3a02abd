"""The CPR sweep from the staff's side (stop 50's review): the lead job centre and a partner municipality
read everything they can, page by page, file by file, every citizen the API lists them, and no citizen's
CPR number that they may not see in full is found in it, however spelled (decision 0065), nor the
participant id of a citizen who is not theirs to read.

DESIGN.md: a partner sees its own citizens in full and of the others only counts; the lead sees its own
in full and the partners' of the agreements it leads masked (`DDMMYY-XXXX`, no longer a CPR number to
the sweep), and no other agreement's citizens at all. `test_cpr_sweep` reads as the company and the
auditor; the access matrix as each role, one citizen each.
"""

from __future__ import annotations

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import select
from sweep_capture import Spellings
from sweep_reads import KINDS, PERIOD, Reader, citizens, submissions

from hub.extensions import db
from hub.models import Agreement, AgreementMunicipality, Placement, Record, RecordVersion

# The staff users (tests/accounts.PEOPLE), each municipality's claim period (its config's `claim_period`,
# one that has ended by the demo's today) and the agreements it is part of (read from the demo's data).
STAFF = {"lead-gladsaxe": ("159", "2026-09"), "kommune-herlev": ("163", "2026-09")}


app = demo_copy_fixture("staff-sweep")


def others(app: Flask, code: str) -> Spellings:
    """The CPR numbers of every citizen of the demo but the municipality's own."""
    with app.app_context():
        rows = db.session.execute(
            select(RecordVersion.data, Placement.municipality_code)
            .join(Record, Record.id == RecordVersion.record_id)
            .join(Placement, Placement.id == Record.placement_id)
        )
        cprs = {str(data["citizen"]["cpr"]) for data, of in rows if of != code}
    assert len(cprs) > 20  # the demo's partners' and other agreements' citizens
    return Spellings(cprs)


def strangers(app: Flask, code: str, leads: list[str]) -> set[str]:
    """The participant ids of the citizens neither of the municipality nor of an agreement it leads."""
    with app.app_context():
        rows = db.session.execute(
            select(Placement.participant_id, Placement.municipality_code, Placement.agreement_id)
        )
        found = {pid for pid, of, agreement in rows if of != code and agreement not in leads}
    assert len(found) > 20
    return found


def agreements_of(app: Flask, code: str) -> list[str]:
    with app.app_context():
        member = AgreementMunicipality
        query = select(member.agreement_id).where(member.municipality_code == code)
        return sorted(db.session.scalars(query))


def staff(reader: Reader, code: str, claim_period: str, agreements: list[str], leads: list[str]) -> None:
    """What staff read: their pages, the payments and claims of each agreement, the company's export and
    forms as the lead gets them, the bundle and completeness, every citizen and every submission."""
    for url in ("/dashboard", "/upload", "/agreements", "/audit", f"/audit?period={claim_period}"):
        reader.get(url)
    reader.get(f"/audit/bundle?period={claim_period}")
    for what in ("completeness", "bundle"):
        reader.get(f"/api/municipalities/{code}/{what}?period={claim_period}", api=True)
    for agreement in agreements:
        reader.get(f"/municipality?agreement={agreement}")
        reader.get(f"/payments?agreement={agreement}&period={PERIOD}")
        reader.get(f"/payments/claim?agreement={agreement}&period={claim_period}")
        reader.get(f"/api/agreements/{agreement}/payments?period={PERIOD}", api=True)
        reader.get(f"/api/municipalities/{code}/claim?agreement={agreement}&period={claim_period}", api=True)
        reader.get(f"/api/municipalities/{code}/claims?agreement={agreement}", api=True)
    for agreement in leads:
        for fmt in ("pdf", "xlsx", "json"):
            reader.get(f"/payments/export?agreement={agreement}&format={fmt}&period={PERIOD}")
            reader.get(f"/api/agreements/{agreement}/export?format={fmt}&period={PERIOD}", api=True)
        for kind in KINDS:
            reader.get(f"/payments/form?agreement={agreement}&kind={kind}&format=pdf&period={PERIOD}")
            reader.get(f"/api/agreements/{agreement}/forms/{kind}?format=xlsx&period={PERIOD}", api=True)
    citizens(reader)
    submissions(reader)
    # Last, their own share of the audit log (stop 70), which holds the reads above that named citizens
    # (the lead's copies of the company's export name every municipality's: cut to their own).
    for url in ("/audit-log", "/audit-log/udtraek.csv"):
        reader.get(url)
    reader.get("/api/audit/entries?per_page=100", api=True)


@pytest.mark.parametrize("username", sorted(STAFF))
@pytest.mark.usefixtures("demo_today")
def test_staff_read_no_other_municipalitys_cpr_in_full_nor_a_strangers_participant(
    app: Flask, username: str
) -> None:
    code, claim_period = STAFF[username]
    agreements = agreements_of(app, code)
    with app.app_context():
        query = select(Agreement.id).where(Agreement.lead_municipality == code)
        leads = sorted(db.session.scalars(query))
    reader = Reader(app, username)
    staff(reader, code, claim_period, agreements, leads)
    assert len(reader.read) > 50  # the sweep reached the citizens
    hidden = others(app, code)
    assert [url for url, text in reader.read.items() if hidden.find(text)] == []
    others_ids = strangers(app, code, leads)
    assert {url: [p for p in others_ids if p in text] for url, text in reader.read.items()} == {
        url: [] for url in reader.read
    }
