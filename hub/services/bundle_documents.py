"""The originals of an auditor's bundle: carried byte-exact, or only listed.

An original is evidence only as the exact bytes the hub received (decision 0012), and those bytes hold
the citizens' full CPR numbers. Where the municipality's rule is `cpr_in_bundles = "full"` the bundle
carries them. Where it is `masked`, its auditor may not see full CPR numbers, so the bundle carries none:
the signed manifest lists each original instead (its file name with CPR-like text masked, its size and
SHA-256, and the records read from it), so that a copy the auditor gets from the municipality can be
checked against it (decision 0055). The downloaded claim files, which hold full CPR numbers too, are
listed the same way (`withhold`, from `bundle_claims`; decision 0057).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy.orm import Session

from hub.exports.bundle_zip import BundleZip, Entry, file_chunks
from hub.extensions import blobs
from hub.models import Document
from hub.pseudonyms import mask_cpr_like

# What the manifest says of an original it lists but the bundle does not carry (`bundle_check_files`
# knows it).
WITHHELD_CPR_MASKED = "cpr_masked"


def carried(rule: str) -> bool:
    """Whether a bundle under this `cpr_in_bundles` rule carries the originals' bytes."""
    return rule == "full"


def withhold(bundle: BundleZip, path: str, size: int, sha256: str, about: dict[str, Any]) -> Entry:
    """List a file in the signed manifest without its bytes, because it holds full CPR numbers the
    auditor may not see: its size and SHA-256 let a copy from the municipality be checked."""
    return bundle.list_only(path, size, sha256, {"why": WITHHELD_CPR_MASKED, **about})


def write(session: Session, bundle: BundleZip, cited: Iterable[tuple[str, list[int]]], rule: str) -> int:
    """Put each original (`cited`: its SHA-256 and the ids of the records read from it, sorted by
    SHA-256, as `Cited.items` gives them) in the bundle, or list it only, as the rule says; return how
    many were carried."""
    count = 0
    for sha256, records in cited:
        document = session.get(Document, sha256)
        path = f"documents/{sha256}.{_extension(document)}"
        if carried(rule):
            bundle.add(path, _blob(sha256))
            count += 1
        elif document is None:  # cannot be: a record's version names a stored document
            raise LookupError(f"document {sha256} is not stored")
        else:
            about = {"filename": mask_cpr_like(document.filename), "records": records}
            withhold(bundle, path, document.size, sha256, about)
        if document is not None:
            session.expunge(document)  # keep memory flat over tens of thousands of documents
    return count


def _extension(document: Document | None) -> str:
    return document.format if document and document.format else "bin"


def _blob(sha256: str) -> Iterator[bytes]:
    with open(blobs.store.path(sha256), "rb") as handle:
        yield from file_chunks(handle)
