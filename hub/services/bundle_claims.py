"""A bundle's claims: each agreement's claim as the hub computes it when the bundle is made, and each
file that was downloaded before, so that the auditor has the claim that was sent and sees whether it is
the claim in the bundle.

A claim file carries the day it was made, so two downloads of the same claim differ in their bytes;
each download is in the audit log (`export.claim`, with its lines, amount and SHA-256) and its file is
kept (`claim_downloads`). The bundle lists the downloads for its municipality and period, encloses each
file under `claim/hentet/` (named by its log entry), says whether the last one has the lines and amount
of the claim in the bundle, and encloses those log entries with their inclusion proofs: `verify.py`
matches each enclosed file to the SHA-256 its entry in the signed log gives. A download made before the
hub kept the files is listed without one. Other municipalities' downloads stay out. An agreement the
municipality was taken out of since has its claim in the bundle, as any member's, for a period it was a
member some of (`agreement_members`); for a period wholly after, or where the terms it had are not kept,
its downloads for the period, if any, are listed and enclosed all the same, beside a note saying why no
claim is computed.

Where the municipality's rule masks CPR for its auditor, the computed claim is written with CPR masked
(`claims.masked`), and the downloaded files, which hold full CPR numbers and prove something only as
their exact bytes, are listed in the signed manifest like the originals, not enclosed (decision 0057).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.adapters.language.config_model import ClaimConfig
from hub.exports.bundle_withheld import CLAIMS_LIST_HEAD, listed_only
from hub.exports.bundle_zip import BundleZip
from hub.exports.claim_model import Claim
from hub.exports.claims import NothingToClaim, claim_chunks
from hub.exports.claims.masked import masked_chunks
from hub.exports.gaps import Gap
from hub.extensions import blobs
from hub.logsetup import Both
from hub.models import AuditEvent, AuditLeaf
from hub.periods import Period
from hub.services import agreement_members, bundle_documents, claims, completeness
from hub.services.agreement_terms import local_today
from hub.services.bundle_claim_gaps import ClaimGaps
from hub.services.bundle_claims_list import Computed, described

Chunks = Callable[[Claim, ClaimConfig], Iterator[bytes]]


def write(session: Session, scope: completeness.AuditScope, bundle: BundleZip) -> list[int]:
    """Add each agreement's claim, or why there is none, and the list of earlier downloads; return the
    ids of those downloads' log entries, for the bundle's log."""
    computed, ids, text = [], [], []
    code, period = scope.config.code, scope.period
    # The same test as the originals': a bundle that carries no original carries no full CPR number.
    full = bundle_documents.carried(scope.config.audit.cpr_in_bundles)
    chunks = claim_chunks if full else masked_chunks
    gaps = ClaimGaps(scope.config.audit.cpr_in_bundles)
    for agreement in scope.agreements:
        computed.append(_claim(session, bundle, code, agreement.id, period, chunks, gaps))
    for agreement in agreement_members.taken_out_of(session, code):
        refused = agreement_members.refusal(session, agreement, code, scope.config.name, period)
        if refused is None:  # a member for some of the period: its claim, as any member's
            computed.append(_claim(session, bundle, code, agreement.id, period, chunks, gaps))
        elif downloads(session, code, period.label, agreement.id):
            # No claim can be built, but one sent for the period is the auditor's to see.
            why = f"{refused.message_da}\n{refused.message}\n".encode()
            bundle.add_bytes(f"claim/{agreement.id}-{period.label}-intet-krav.txt", why)
            computed.append(Computed(agreement.id, 0, None))
    for claim_now in computed:
        sent = downloads(session, code, period.label, claim_now.agreement_id)
        ids += [event.id for event in sent]
        files = {e.id: _enclose(bundle, e, claim_now.agreement_id, period.label, full) for e in sent}
        text += described(claim_now, period.label, sent, files)
    head = [] if full else CLAIMS_LIST_HEAD
    bundle.add_bytes("claim/hentede-krav.txt", "\n".join([*head, *text]).encode())
    gaps.write(bundle)  # the claim lines' gaps with their reasons, which the claim's format cannot hold
    return ids


def _claim(
    session: Session,
    bundle: BundleZip,
    code: str,
    agreement_id: str,
    period: Period,
    chunks: Chunks,
    gaps: ClaimGaps,
) -> Computed:
    """Add the claim as the hub computes it now, or the note why there is nothing to claim; note the
    gaps made with its lines in `gaps`."""
    name = f"claim/{agreement_id}-{period.label}"
    made: list[Gap] = []
    try:
        claim, config = claims.build_claim(session, code, agreement_id, period, local_today(), made)
        assert config.claim is not None  # build_claim refuses a municipality without one
        bundle.add(f"{name}.{config.claim.format}", chunks(claim, config.claim))
        gaps.add(claim, made)
        return Computed(agreement_id, len(claim.lines), claim.total("amount_dkk"))
    except NothingToClaim as exc:
        bundle.add_bytes(f"{name}-intet-krav.txt", f"{exc.message_da}\n{exc.message}\n".encode())
        return Computed(agreement_id, 0, None)


def downloads(session: Session, code: str, period: str, agreement_id: str) -> list[AuditEvent]:
    """The downloads of one municipality's claim for an agreement and period, oldest first: those sealed
    into the log already, so that each one listed is enclosed with its proof (the bundle's checkpoint is
    signed after the list is made, and covers at least these)."""
    events = session.scalars(
        select(AuditEvent)
        .join(AuditLeaf, AuditLeaf.event_id == AuditEvent.id)
        .where(AuditEvent.action == "export.claim", AuditEvent.subject == f"agreement:{agreement_id}")
        .order_by(AuditEvent.id)
    )
    # The period and municipality are in the entry's detail: a handful of rows per agreement to look at.
    return [e for e in events if e.detail.get("municipality") == code and e.detail.get("period") == period]


log = logging.getLogger(__name__)
DOWNLOADED = "claim/hentet"


def _enclose(bundle: BundleZip, event: AuditEvent, agreement_id: str, period: str, full: bool) -> str:
    """Add a download's kept file, named by its log entry (only list it, where `full` is False); the
    line that says where it is, or why not."""
    sha256, fmt = event.detail.get("sha256"), event.detail.get("format")
    if not (isinstance(sha256, str) and isinstance(fmt, str) and fmt.isalnum()):
        # The entry names no format: downloaded before the hub kept the files.
        return (
            "  filen er ikke gemt i hubben (hentet, før hubben gemte dem) / "
            "the file was not kept by the hub (downloaded before it kept them)"
        )
    try:
        data = blobs.store.get(sha256)  # a file changed on disk is an error, not a file left out
    except (FileNotFoundError, ValueError):
        # Kept when it was downloaded, gone since (a restore without the files, a disk fault): said as
        # it is, for the auditor to ask the hub's operator, never as a download from before.
        log.error(
            Both(
                "claim download %s: its kept file %s is missing",
                "hentning %s af kravet: den gemte fil %s mangler",
                event.id,
                sha256,
            )
        )
        return (
            "  FEJL: filen, hubben gemte ved hentningen, mangler nu i dens lager / "
            "ERROR: the file the hub kept at the download is missing from its store now"
        )
    path = f"{DOWNLOADED}/{agreement_id}-{period}-logpost-{event.id}.{fmt}"
    if not full:
        # Read all the same, as in a `full` bundle: a kept file gone is said so, one changed stops the
        # bundle, and the size listed is that of bytes checked against the logged hash.
        bundle_documents.withhold(bundle, path, len(data), sha256, {"log_entry": event.id})
        return listed_only(path)
    bundle.add_bytes(path, data)
    return f"  filen / the file: {path}"
