"""Matrix entries for uploads (API and page), the company's page, the auditor's page and the record page.

Written from DESIGN.md's "Who uses it": staff and the company send documents (staff as their own
municipality, a lead also as a partner of an agreement it leads; the company on its own agreement); the
company's page is the company's alone; completeness, bundles and checkpoints are for staff and the
auditor; a record is read by those who may read its placement, and its original (which carries the full
CPR) only by those who see the citizen's full CPR, the citizen's municipality's auditor, and a company
for the forms it sent itself.
"""

from __future__ import annotations

import io
from typing import Any

from accounts import PEOPLE
from matrix import Target, entry
from matrix_api import CLAIM_PERIOD, own_code

STAFF_AND_COMPANY = "lead municipality company"
EXAMINERS = "lead municipality auditor"  # completeness, bundles, checkpoints
READERS = "lead municipality company auditor"


def _upload(t: Target) -> dict[str, Any]:
    # A document of its own bytes per call: the same bytes twice would be one submission.
    body = f"matrix;{t.party};{t.municipality}\n".encode()
    # Whom to send as, in the one field the caller's role chooses with (the other is refused, as the
    # upload page never sends it): the target's agreement for a company, its municipality for staff.
    company = PEOPLE[t.party][0] == "company"
    choice = {"agreement": t.agreement} if company else {"municipality": t.municipality}
    return {"data": {"files": (io.BytesIO(body), "matrix.csv"), **choice}}


ENTRIES = [
    # The upload page posts here with its session (and CSRF token); a bearer token's upload is tested in
    # tests/pages/test_submissions_api.py.
    entry(
        "submissions_api.upload",
        lambda t: "/api/submissions",
        STAFF_AND_COMPANY,
        method="POST",
        ok=202,
        send=_upload,
        page=True,
    ),
    # The same form sent without upload.js (JavaScript off) posts to the page, which stores it as the API
    # does and sends the browser back (303); another party's municipality or agreement is a 404 there too.
    entry(
        "upload_sent.send",
        lambda t: "/upload",
        STAFF_AND_COMPANY,
        method="POST",
        ok=303,
        send=_upload,
        page=True,
    ),
    entry("submissions_api.list_submissions", lambda t: "/api/submissions", STAFF_AND_COMPANY, other=200),
    # The target submission is a municipality's own form, bound to no agreement: the lead follows only
    # its own municipality's, those bound to agreements it leads and those it sent itself; a company
    # only the forms sent on its agreements (tests/pages/test_submissions_api.py covers both).
    entry(
        "submissions_api.get_submission",
        lambda t: f"/api/submissions/{t.submission}",
        STAFF_AND_COMPANY,
        exceptions={"lead/own": 404, "company/own": 404},
    ),
    entry("upload.index", lambda t: "/upload", STAFF_AND_COMPANY, page=True, other=200),
    # A submission's line on the page of the list holding it: a redirect there, for those who may follow it
    # (as `submissions_api.get_submission`).
    entry(
        "upload.sent",
        lambda t: f"/upload/sent/{t.submission}",
        STAFF_AND_COMPANY,
        ok=303,
        exceptions={"lead/own": 404, "company/own": 404},
        page=True,
    ),
    entry("company.index", lambda t: f"/company?agreement={t.agreement}", "company", page=True),
    entry(
        "company.export",
        lambda t: f"/company/export?agreement={t.agreement}&format=json&period={t.period}",
        "company",
        page=True,
        download=True,
    ),
    entry(
        "company.form",
        lambda t: f"/company/form?agreement={t.agreement}&kind=mentor_hours&format=xlsx&period={t.period}",
        "company",
        page=True,
        download=True,
    ),
    # No party in these URLs: each user's own municipality (an auditor's audited one) is the subject.
    entry("auditor.index", lambda t: "/audit", EXAMINERS, page=True, other=200),
    entry("auditor.bundle", lambda t: "/audit/bundle", EXAMINERS, page=True, other=200, download=True),
    entry(
        "auditor.checkpoint", lambda t: "/audit/checkpoint", EXAMINERS, page=True, other=200, download=True
    ),
    # The log is every party's (one tree); its proofs name no one, and the sizes are the demo's.
    entry(
        "auditor.proof",
        lambda t: "/audit/proof?from_size=1&to_size=2",
        EXAMINERS,
        page=True,
        other=200,
        download=True,
    ),
    entry("records.show", lambda t: f"/records/{t.record}", READERS, page=True),
    entry(
        "records.original",
        lambda t: f"/records/{t.record}/original",
        READERS,
        page=True,
        download=True,
        # The lead's own record is a partner's citizen (masked CPR); the company's is a municipality's
        # form, not one it sent: neither may have the original. The auditor's municipality (Ballerup)
        # masks CPR for its auditor: refused with the reason, the record being its own (decision 0055).
        exceptions={"lead/own": 404, "company/own": 404, "auditor/own": 403},
    ),
    # Payments and claims: the job centres' page. Lines of an agreement the user's municipality is part
    # of; its own claim; the company's export and form are the lead's copy of what the company gets.
    entry(
        "payments.index",
        lambda t: f"/payments?agreement={t.agreement}&period=2026-09",
        "lead municipality",
        page=True,
        level="agreement",
    ),
    entry(
        "payments.claim",
        lambda t: f"/payments/claim?agreement={t.agreement}&period={CLAIM_PERIOD[own_code(t)]}",
        "lead municipality",
        page=True,
        download=True,
        level="agreement",
    ),
    entry(
        "payments.export",
        lambda t: f"/payments/export?agreement={t.agreement}&format=json&period=2026-09",
        "lead",
        page=True,
        download=True,
        level="agreement",
    ),
    entry(
        "payments.form",
        lambda t: f"/payments/form?agreement={t.agreement}&kind=mentor_hours&format=xlsx&period=2026-09",
        "lead",
        page=True,
        download=True,
        level="agreement",
    ),
]
