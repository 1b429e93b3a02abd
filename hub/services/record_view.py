"""Where each value of a canonical record came from, as one user may see it.

The record's values are flattened to canonical paths (`citizen.name`, `entries[0].hours`), each with its
provenance: the document, the locator (PDF field and page, XPath, sheet and cell), the raw value and the
transforms. What the user may not see is left out before a view gets it, by the API's rules
(`placement_reads`): the CPR number by `access.cpr_view` (full, masked, or not at all), benefit and
visitation for a company, and CPR-like text in free-text values, raw values and file names for anyone who
does not see the full number (caseworkers name files after the citizen). Who may have the original
itself is `original_access`'s to say. Every read is logged, staff's too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.access import CprView, Principal, sees_categories
from hub.adapters.mapping.provenance import computed_text
from hub.errors import missing_or_not_yours
from hub.models import Document, Placement, Record, RecordVersion, Submission
from hub.schemas.paths import leaves
from hub.services import company_sources, record_versions, scope, stored_notices
from hub.services.left_out_rows import LeftOutRow, left_out_rows
from hub.services.original_access import may_download, refuse_masked_auditor, withheld_why
from hub.services.placement_reads import sees_assessment, shown_data, shown_text
from hub.services.record_scope import scoped_record, version_of, view_of_placement
from hub.services.record_versions import VersionRow, shown_value
from hub.services.site_notices import Notice


@dataclass(frozen=True)
class Source:
    """Where one value came from."""

    document_sha256: str
    filename: str
    locator_en: str
    locator_da: str
    locator: dict[str, Any]
    raw_value: str | None
    transforms: tuple[str, ...]
    # The locator is the hub's words (a computed value, a constant of the config), not the document's.
    ours: bool = False
    # The raw value as the form's reader says it ("uge 40 2026" for "2026-W40"), English and Danish: set
    # for a company reading its own form (`company_sources`), whose locator is then in the form's words.
    raw_words: tuple[str, str] | None = None


@dataclass(frozen=True)
class Value:
    """One canonical value as shown, with its sources (several when it was computed from many)."""

    path: str
    shown: str
    sources: tuple[Source, ...]


@dataclass
class RecordPage:
    """Everything the record page shows."""

    record: Record
    placement: Placement
    version: RecordVersion
    cpr: CprView
    values: list[Value]
    versions: list[VersionRow]
    original: str | None = None  # the SHA-256 of the version's own document, when this user may have it
    # Why there is no original for this user, said on the page (`original_access.withheld_why`): an auditor
    # who sees CPR masked ("cpr_masked"), or anyone but the company and the lead on a company's form.
    original_withheld: str | None = None
    # The current version is a timesheet without the mentor's signature: said beside "signed by", in the
    # upload's words (`stored_notices`), or the empty field reads as nothing amiss while the claim leaves
    # its hours out. Not for an earlier version: a later one may be signed, and only the current counts.
    notice: Notice | None = None
    # The rows the version's own form marked not to be paid (`left_out_rows`), shown apart from its values.
    left_out: list[LeftOutRow] = field(default_factory=list)


def record_page(session: Session, who: Principal, record_id: int, version: int | None = None) -> RecordPage:
    """The record (the current version, or `version`) with each value's provenance, as `who` may see it."""
    record = scoped_record(session, who, record_id)
    placement = record.placement
    chosen = version_of(record, version)
    view = view_of_placement(session, who, placement)
    sent = session.get_one(Submission, chosen.submission_id)
    assessment = sees_assessment(who, sent.from_company)
    names = _filenames(session, {p.document_sha256 for p in chosen.provenance})
    # A company reads its own form's values where the form prints them; staff and auditors the locator.
    own_form = company_sources.form_words(session, sent.document_sha256) if _own_form(who, sent) else None
    by_path: dict[str, list[Source]] = {}
    for p in chosen.provenance:
        locator = p.locator or {}
        # The locator's words quote the document (a sheet named after the citizen, a label printed beside
        # the field): CPR-like text in them as the view allows, as the raw value and the file's name.
        en, da = (shown_text(text, view) for text in _locator_text(locator, p.source_key or ""))
        raw = None if p.raw_value is None else shown_text(p.raw_value, view)
        source = Source(
            p.document_sha256,
            shown_text(names.get(p.document_sha256, p.document_sha256[:12]), view),
            en,
            da,
            locator,
            raw,
            tuple(str(t) for t in p.transforms),
            ours="compute" in locator or "constant" in locator,
        )
        place = own_form.where(locator) if own_form is not None and not source.ours else None
        if place is not None and p.document_sha256 == sent.document_sha256:
            words = company_sources.week_words(raw or "")
            source = replace(source, locator_en=place[0], locator_da=place[1], raw_words=words)
        by_path.setdefault(p.path, []).append(source)
    shown = shown_data(chosen.data, view, sees_categories(who), assessment)
    values = [
        Value(path, shown_value(path, value, view), tuple(by_path.get(path, ())))
        for path, value in leaves(shown).items()
        if not (path.endswith("cpr") and view == "none")  # a CPR number anywhere but `citizen.cpr`, too
    ]

    def masked(data: dict[str, Any], by_company: bool) -> dict[str, Any]:
        # Each version as its own sender allows (stop 50): not `assessment`, the shown version's.
        return dict(shown_data(data, view, sees_categories(who), sees_assessment(who, by_company)))

    versions = record_versions.versions(session, record, view, masked)
    page = RecordPage(record, placement, chosen, view, values, versions)
    page.left_out = left_out_rows(chosen.provenance, view)
    if chosen.version == record.current_version:
        page.notice = stored_notices.of_record(record.form_type, chosen.data, placement.participant_id)
    page.original = sent.document_sha256 if may_download(session, who, view, sent.document_sha256) else None
    if page.original is None:
        page.original_withheld = withheld_why(who, view, sent.from_company)
    scope.note_read(session, who, "read.record", f"record:{record.id}", {"version": chosen.version})
    return page


def _own_form(who: Principal, sent: Submission) -> bool:
    """Whether the user is the company reading a version its own form made."""
    return who.role == "company" and sent.from_company


def _locator_text(locator: dict[str, Any], source_key: str) -> tuple[str, str]:
    """Where a value was read, in English and Danish. A computed value's words are made again from its
    rule: versions stored before they were words say `beregnet: sum:entries.hours`."""
    if isinstance(locator.get("compute"), str):
        return computed_text(locator["compute"])
    text = locator.get("text") or {}
    return text.get("en") or source_key, text.get("da") or source_key


def _filenames(session: Session, digests: set[str]) -> dict[str, str]:
    rows = session.execute(select(Document.sha256, Document.filename).where(Document.sha256.in_(digests)))
    return {sha: name for sha, name in rows}


def original(
    session: Session, who: Principal, record_id: int, version: int | None = None
) -> tuple[Document, Submission]:
    """The document a version of the record (the current one by default) was read from, and the
    submission that sent it, when the user may have it; else `NotFound`."""
    record = scoped_record(session, who, record_id)
    chosen = version_of(record, version)
    submission = session.get(Submission, chosen.submission_id)
    view = view_of_placement(session, who, record.placement)
    refuse_masked_auditor(who, view)  # 403 with the reason: the record is theirs, its original is not
    if submission is None or not may_download(session, who, view, submission.document_sha256):
        raise missing_or_not_yours("document", "Dokumentet")
    detail = {"sha256": submission.document_sha256, "version": chosen.version}
    scope.note_read(session, who, "read.document", f"record:{record.id}", detail)
    return session.get_one(Document, submission.document_sha256), submission
