"""A version `normalise.store` wrote (`Stored`), and what it leaves for the batch's commit: its
provenance rows, one statement a batch, and its `record.<reason>` audit entry, which hashes its data
and those rows (`record_hashes`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from hub.adapters.pipeline import Canonical
from hub.models import Placement, Provenance, Submission
from hub.models.base import table_of
from hub.services import audit, bulk, record_hashes

_PROVENANCE = table_of(Provenance)


@dataclass(frozen=True)
class Stored:
    """The version `normalise.store` wrote (or, `new` false, the current version the content equals): its
    row id, its record and its number."""

    id: int
    record_id: int
    version: int
    new: bool = True


def hold(
    session: Session,
    version: Stored,
    canonical: Canonical,
    submission: Submission,
    placement: Placement,
    actor: str,
    reason: str,
) -> None:
    """Hold a stored version's provenance rows and its `record.<reason>` audit entry, both written at
    the commit; `placement` the one its record is linked to."""
    # Held for one statement a batch at the commit (COPY on PostgreSQL: decision 0036); through the ORM
    # each row would be its own INSERT. Nothing reads them back from this session before the commit;
    # `version.provenance` loads them from the database after it.
    provenance = [
        {
            "record_version_id": version.id,
            "path": p.path,
            "document_sha256": p.document_sha256,
            "locator": p.locator,
            "source_key": p.source_key,
            "raw_value": p.raw_value,
            "transforms": list(p.transforms),
        }
        for p in canonical.provenance
    ]
    bulk.insert_at_commit(session, _PROVENANCE, provenance)
    audit.append_at_commit(
        session,
        actor,
        f"record.{reason}",
        f"record:{version.record_id}",
        {
            "version": version.version,
            "form_type": canonical.record["form_type"],
            "submission": submission.id,
            "participant": placement.participant_id,
            # What the version holds, so that one changed in place no longer verifies (stop 52).
            **record_hashes.traced_data(canonical.record),
            # And where each value was read, so that a provenance row changed in place fails too (stop 53).
            **record_hashes.provenance_hashes(provenance),
        },
    )
