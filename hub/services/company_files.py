"""The company's one export and one form, written for whoever asks: the company's page, the lead's copy
(the payments page), the API and `hub export company` / `hub form company` all write them here, so that
each says the same and each audit entry names the same things.

Each function writes the file and returns the audit entry's detail; the caller logs it once its file is
whole (`hub export` only after renaming its temporary file into place), with `company.note_export`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from itertools import chain
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from hub.datewords import local_time
from hub.errors import HubError, NotFound
from hub.exports.company_form_model import KINDS, CompanyFormSpec
from hub.exports.company_form_pdf import write_form_pdf
from hub.exports.company_form_xlsx import write_form_xlsx
from hub.exports.company_json import write_company_json
from hub.exports.company_model import CompanyExport, DueItem
from hub.exports.company_pdf import write_company_pdf
from hub.exports.company_redact import redact_export, redact_form
from hub.exports.company_xlsx import write_company_xlsx
from hub.models import Agreement
from hub.models.base import utcnow
from hub.periods import Period
from hub.schemas.vocabulary import FORM_TYPE_LABELS
from hub.services import company
from hub.services.agreement_terms import local_today
from hub.services.company_due import said_late
from hub.services.company_gaps import company_gaps

EXPORT_WRITERS: dict[str, Callable[[CompanyExport, BinaryIO], None]] = {
    "pdf": write_company_pdf,
    "xlsx": write_company_xlsx,
    "json": write_company_json,
}
FORM_WRITERS: dict[str, Callable[[CompanyFormSpec, BinaryIO], None]] = {
    "pdf": write_form_pdf,
    "xlsx": write_form_xlsx,
}


def write_export(
    session: Session, agreement: Agreement, fmt: str, period: Period, out: BinaryIO
) -> dict[str, Any]:
    """Write the company's export (CPR-like text masked) to `out`; the audit detail, naming who was in it
    by participant id (counted as the interns stream past the writer, and whoever a gap names)."""
    made_at = utcnow().replace(microsecond=0)
    # Today as the export's reader counts days: in Danish time, the day its "made at" names.
    made, asked = told_export(session, agreement, period, local_time(made_at).date(), made_at)
    export, shown = company.noting_participants(redact_export(made))
    EXPORT_WRITERS[fmt](export, out)
    # A gap may name an intern the roster does not (hours logged in the period after an end before it).
    named = set(shown) | {gap.participant_id for gap in made.gaps} | {item.participant_id for item in asked}
    return {"format": fmt, "period": period.label, "participants": sorted(named)}


def told_export(
    session: Session, agreement: Agreement, period: Period, today: date, made_at: datetime | None = None
) -> tuple[CompanyExport, list[DueItem]]:
    """The company's export as of `today` (clamped to the period): its gaps, and after its own due items
    the weeks of later forms that a month's payment waits for (`company_gaps`), returned apart too. The
    page and every file take it from here, so they list the same rows by the one rule."""
    as_of = min(today, period.end)
    asked: list[DueItem] = []
    gaps = company_gaps(session, agreement, period, as_of, today, asked)
    made = company.company_export(session, agreement, period, as_of, made_at)
    # Late by today, not by `as_of`: on 7 December November's list is read after its days (fixes-109).
    due = (said_late(item, today) for item in made.due)
    return replace(made, gaps=tuple(gaps), due=chain(due, asked)), asked


def write_form(
    session: Session, agreement: Agreement, kind: str, fmt: str, period: Period, out: BinaryIO
) -> tuple[CompanyFormSpec, dict[str, Any]]:
    """Write the company's form of a kind, pre-filled, to `out`; its specification and the audit detail.
    A period not over yet gets the weeks begun today (the export's `as_of` is today for it, too)."""
    spec = redact_form(company.form_spec(session, agreement, kind, period, begun_by=local_today()))
    FORM_WRITERS[fmt](spec, out)
    detail = {
        "kind": kind,
        "format": fmt,
        "period": spec.period_label,
        "interns": str(len(spec.interns)),
        "participants": sorted(intern.participant_id for intern in spec.interns),
    }
    return spec, detail


def require_kind(kind: str) -> str:
    """`kind` when the company has a form of it; else NotFound naming the forms there are: by code in
    English (what the API and `hub form company` take), by their Danish titles for the caseworker, each
    with its code beside it: a Danish developer reading `message_da` must still learn what to send."""
    if kind not in KINDS:
        titles = [f"{FORM_TYPE_LABELS['da'][k].lower()} ({k})" for k in KINDS]
        raise NotFound(
            f"no form {kind!r}: the company's forms are {', '.join(KINDS)}",
            f"ingen blanket {kind!r}: virksomhedens blanketter er {', '.join(titles[:-1])} og {titles[-1]}",
        )
    return kind


def require_format(fmt: str, writers: dict[str, Any]) -> str:
    """`fmt` when there is a writer for it (`EXPORT_WRITERS`, `FORM_WRITERS`); else a HubError naming the
    formats there are: the format is what is wrong, not the form or the export."""
    if fmt not in writers:
        choices = sorted(writers)
        raise HubError(
            f"no file as {fmt!r}: choose {', '.join(choices[:-1])} or {choices[-1]}",
            f"ingen fil som {fmt!r}: vælg {', '.join(choices[:-1])} eller {choices[-1]}",
        )
    return fmt
