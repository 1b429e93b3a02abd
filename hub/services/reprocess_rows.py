"""The rows `hub reprocess` reads and writes in bulk: every kept extraction of a municipality in one
query, the few submissions that change loaded by id, and the config each was read with noted in one
statement a thousand (`hub.services.reprocess` does the rest)."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache, partial
from typing import Any, NamedTuple

from sqlalchemy import LargeBinary, Select, bindparam, cast, func, select, update
from sqlalchemy.orm import Session

from hub import jsoncodec
from hub.adapters.readers.base import Extraction, SourceValue
from hub.errors import FieldProblem
from hub.models import Document, RecordVersion, Submission


class Kept(NamedTuple):
    """One submission to read again, as `kept` gives it."""

    id: int
    filename: str
    status: str
    problems: list[dict[str, Any]] | None  # the reasons it was rejected for (None: not rejected)
    agreement_id: str | None
    document_sha256: str
    config_fingerprint: str | None
    extraction: dict[str, Any] | None  # None: never read
    data: dict[str, Any] | None  # the record version it last produced or repeats (None: none)


_new_kept = partial(tuple.__new__, Kept)  # `Kept._make`, without its Python frame
_new_value = partial(tuple.__new__, SourceValue)


def extraction(kept: dict[str, Any]) -> Extraction:
    """A kept extraction as `kept` read it, rebuilt: `Extraction.from_dict` without its copy of each
    value's `meta`, which guards a caller's dict that the caller may change. `kept`'s are decoded for
    this run alone and read once, so the values take theirs as they are: the copies were about half
    of rebuilding an extraction (some twenty values a PDF form)."""
    values = tuple([_new_value((v["key"], v["value"], v.get("meta") or {})) for v in kept["values"]])
    return Extraction(kept["format"], values, kept.get("meta") or {})


def kept(session: Session, code: str | None) -> list[Kept]:
    """Every submission of a municipality (`code`; None: every form the company sent, on any
    agreement) that has a kept extraction or was rejected, its extraction
    (None: never read) and the data of the record version it last produced, or else of the one its
    content repeated (None if none), in one query rather than two per submission.

    Columns, not `Submission` objects: most documents read again are unchanged, and building an object
    of every submission was about a twentieth of a run; the few that change are loaded (`load`). Named
    tuples, not SQLAlchemy's rows: each of the twenty or so times a run asks a row for a column by
    name, a `Row` first fails an ordinary attribute lookup (an exception made and dropped), about 3 %
    of a run.

    On SQLite the extraction comes as its bytes, decoded here: as text, SQLite's UTF-8 was made a
    Python string and orjson made that UTF-8 again, 4 of the 30 µs of reading a PDF form's 5 KB."""
    as_bytes = session.get_bind().dialect.name == "sqlite"
    query = _kept_query(code is None, as_bytes)
    result = session.execute(query) if code is None else session.execute(query, {"code": code})
    if not as_bytes:
        return [_new_kept(row) for row in result]
    return [
        _new_kept((*row[:7], None if row[7] is None else jsoncodec.loads(row[7]), row[8])) for row in result
    ]


@cache
def _kept_query(company: bool, as_bytes: bool = False) -> Select[Any]:
    """`kept`'s statement, the municipality's code a parameter: built once, as building it took about
    a millisecond, as long as a whole run over a municipality with nothing kept. `as_bytes`: the
    extraction's JSON as bytes, not decoded (SQLite keeps JSON as text)."""
    whose = Submission.from_company if company else Submission.municipality_code == bindparam("code")
    last = (
        select(RecordVersion.submission_id, func.max(RecordVersion.id).label("id"))
        .join(Submission, Submission.id == RecordVersion.submission_id)
        .where(whose)
        .group_by(RecordVersion.submission_id)
        .subquery()
    )
    return (
        select(
            Submission.id,
            Submission.filename,
            Submission.status,
            Submission.problems,
            Submission.agreement_id,
            Submission.document_sha256,
            Submission.config_fingerprint,
            cast(Document.extraction, LargeBinary) if as_bytes else Document.extraction,
            RecordVersion.data,
        )
        .join(Document, Document.sha256 == Submission.document_sha256)
        .outerjoin(last, last.c.submission_id == Submission.id)
        # A document that made no version of its own is compared with the one it repeats (decision 0046).
        .outerjoin(
            RecordVersion, RecordVersion.id == func.coalesce(last.c.id, Submission.unchanged_version_id)
        )
        .where(whose, Document.extraction.is_not(None) | (Submission.status == "rejected"))
        .order_by(Submission.id)
    )


def load(session: Session, ids: Collection[int]) -> dict[int, Submission]:
    """The submissions with these ids, a thousand to a query (a bound on the statement's parameters)."""
    wanted, loaded = sorted(ids), dict[int, Submission]()
    for start in range(0, len(wanted), 1000):
        chunk = wanted[start : start + 1000]
        loaded.update((s.id, s) for s in session.scalars(select(Submission).where(Submission.id.in_(chunk))))
    return loaded


def note_config(
    session: Session, today: str, reread: list[Kept], still: dict[int, list[FieldProblem]]
) -> None:
    """Note on each submission read again that it was read with today's config (the same bytes sent
    again are not read again for its sake), and keep today's reasons (`still`, by submission id) on each
    document still rejected: they decide whether it is retried (`retry`)."""
    # Only where it differs, in one statement a thousand: after a run with no change that is none.
    stale = [row.id for row in reread if row.config_fingerprint != today]
    for start in range(0, len(stale), 1000):
        chunk = stale[start : start + 1000]
        session.execute(update(Submission).where(Submission.id.in_(chunk)).values(config_fingerprint=today))
    for submission in load(session, still).values():
        if submission.status == "rejected":
            submission.problems = [p.to_dict() for p in still[submission.id]]
