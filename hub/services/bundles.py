"""`hub bundle`: everything a municipality's auditor asks for in one period, in one signed zip.

Written file by file in constant memory: the completeness report (CSV and PDF, from one pass over the
placements), every record version with provenance, the original documents (only listed where the
municipality's rule masks CPR: decision 0055), the claim in the municipality's format, the log entries
of the bundle's submissions and records and every read of its citizens in the period (stop 49) with
their inclusion proofs against one signed checkpoint, the
verifier and a README; then the manifest of all of it and the hub's signature of the manifest
(docs/decisions/0012-audit-bundle.md).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import IO, Any

from sqlalchemy.orm import Session

from hub.exports.bundle_agreement import PERIOD_TERMS, for_municipality, with_member_terms
from hub.exports.bundle_files import verifier_source
from hub.exports.bundle_readme import About, readme
from hub.exports.bundle_zip import BundleZip
from hub.extensions import db
from hub.models import Agreement
from hub.models.base import utcnow
from hub.periods import Period
from hub.services import (
    agreement_members,
    audit,
    bundle_claims,
    bundle_completeness,
    bundle_documents,
    bundle_log,
    bundle_records,
    completeness,
    sequencer,
)
from hub.services.agreement_terms import history, local_today
from hub.services.bundle_contents import Contents
from hub.signing import Signer, signer

__all__ = ["Contents", "bundle_name", "write_bundle"]


def write_bundle(session: Session, municipality: str, period: Period, out: IO[bytes], actor: str) -> Contents:
    """Write the municipality's bundle for the period to `out`; note it in the audit log; commit."""
    scope = completeness.scope(session, municipality, period)
    # Ended as the municipality counts days, in Danish time: December can be bundled from 00.00 on 1 January.
    period.require_ended(local_today())
    session.rollback()  # on SQLite every transaction holds the write lock; the sequencer needs it now
    _integrate()
    key = signer()
    moment = utcnow().replace(microsecond=0)
    bundle = BundleZip(out, moment)
    contents = Contents()
    bundle_completeness.write(session, scope, bundle, contents)
    # The agreements' terms: where there is no grant form, the agreement's hours and rate are the grant.
    # Every agreement the bundle has a claim of, not only those with placements (a per-place member
    # without any, one taken out): the claim rests on its terms (decision 0010, "Payments and dashboards").
    for agreement_id, shown in sorted(_terms_files(session, scope, contents).items()):
        body = json.dumps(shown, sort_keys=True, ensure_ascii=False, indent=1, default=str)
        bundle.add_bytes(f"agreements/{agreement_id}.json", body.encode())
    rule = scope.config.audit.cpr_in_bundles
    versions = bundle_records.versions(session, contents.placements, rule, contents.period_records)
    bundle.add_lines("records/records.jsonl", _noted(versions, contents))
    contents.carried = bundle_documents.write(session, bundle, contents.documents.items(), rule)
    sent = bundle_claims.write(session, scope, bundle)
    subjects = contents.subjects()
    contents.tree_size, contents.entries = bundle_log.write(
        session, key, bundle, scope.config.code, subjects, sent, period
    )
    _own_files(scope, key, moment, bundle)
    header = {
        "bundle": {
            "municipality_code": scope.config.code,
            "municipality": scope.config.name,
            "period": period.label,
            "created_at": moment.isoformat(),
            "cpr_in_bundles": rule,
            "log": key.origin,
            "tree_size": contents.tree_size,
        }
    }
    manifest = bundle.manifest(header)
    bundle.add_bytes("manifest.json", manifest)
    bundle.add_bytes("manifest.sig", base64.b64encode(key.key.sign(manifest)) + b"\n")
    bundle.close()
    contents.manifest_sha256 = hashlib.sha256(manifest).hexdigest()
    detail = {
        "period": period.label,
        "manifest_sha256": contents.manifest_sha256,
        "placements": len(contents.placements),
        "documents": len(contents.documents),
        "documents_carried": contents.carried,  # none where the rule masks CPR (decision 0055)
        "placement_ids": sorted(contents.placements),  # whose documentation went out, not only how much
        # The size of the bundle's checkpoint, which its auditor may keep: a later bundle carries the
        # proof from it (`bundle_consistency`).
        "tree_size": contents.tree_size,
    }
    audit.append(session, actor, "bundle.created", f"municipality:{scope.config.code}", detail)
    session.commit()
    return contents


def bundle_name(code: str, period: Period) -> str:
    """The bundle's file name, without `.zip`, the same from the page and the API."""
    return f"revisionspakke-{code}-{period.label}"


def _terms_files(
    session: Session, scope: completeness.AuditScope, contents: Contents
) -> dict[str, dict[str, Any]]:
    """Each agreement of the bundle's placements and claims as its auditor sees it: without the other
    members' places and staff; one the municipality was taken out of with the terms it was a member
    under in the period (`bundle_claims` computes its claim for those days)."""
    code, period = scope.config.code, scope.period
    found = {a.id: a.data for a in scope.agreements}
    found.update(contents.agreements)
    shown = {agreement_id: for_municipality(data, code) for agreement_id, data in found.items()}
    for agreement_id in shown:
        # The stored file is the newest terms: the versions in effect in the period are what its claim
        # was priced by, also where the terms changed in or after it (stop 51).
        stored = session.get(Agreement, agreement_id)
        if stored is not None:
            versions = _versions_in(stored, code, period)
            shown[agreement_id] = with_member_terms(shown[agreement_id], code, versions, PERIOD_TERMS)
    for agreement in agreement_members.taken_out_of(session, code):
        if agreement_members.member_in(agreement, code, period):
            versions = _versions_in(agreement, code, period)
            shown[agreement.id] = with_member_terms(for_municipality(agreement.data, code), code, versions)
    return shown


def _versions_in(agreement: Agreement, code: str, period: Period) -> list[dict[str, Any]]:
    """The versions of the agreement's terms in effect in the period that list the municipality."""
    return [
        v.describe()
        for v in history(agreement)
        if code in v.places and period.overlap(v.valid_from or period.start, v.valid_to or period.end)
    ]


def _integrate() -> None:
    """Seal every entry written so far into the tree, in a session of its own (the sequencer commits)."""
    own = db.state().sessions()
    try:
        sequencer.integrate(own, sign_empty=True)
    finally:
        own.close()


def _noted(versions: Iterable[dict[str, Any]], contents: Contents) -> Iterator[dict[str, Any]]:
    for version in versions:
        contents.note(version)
        yield version


def _own_files(scope: completeness.AuditScope, key: Signer, moment: datetime, bundle: BundleZip) -> None:
    rules = scope.config.audit
    about = About(
        municipality=scope.config.name,
        code=scope.config.code,
        period=scope.period.label,
        created_at=moment.isoformat(),
        cpr_rule=rules.cpr_in_bundles,
        retention_years=rules.retention_years,
        public_pem=key.public_pem(),
        origin=key.origin,
    )
    bundle.add_bytes("public-key.pem", key.public_pem().encode())
    bundle.add_bytes("verify.py", verifier_source().encode())
    bundle.add_bytes("README.md", readme(about).encode())
