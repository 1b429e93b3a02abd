"""The upload page's list of files sent, narrowed by what a caseworker remembers of a file: a part of its
name, its form, its status, the month it came in (`?name=&form=&status=&month=`), beside `?show=rejected`.
A lead's list had only "every file" or "rejected" at 20 a page, so among hundreds a month a file was found
only by paging (page-119's walk).

A part of a name with a digit in it is matched only in the names the user sees whole: a name shown with
its CPR-like number masked (a partner's file, the company's form, every name a company sees) must not
answer, file by file, whether its hidden digits are those typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from flask import request
from sqlalchemy import ColumnElement, and_, select, true
from sqlalchemy.orm import Session

from hub.access import Principal
from hub.models import Submission
from hub.periods import local_today
from hub.services import form_titles
from hub.services.audit_list import midnight_utc

MONTHS = 12  # the months the picker offers, this one and those before it
TO_ACT_ON = ("rejected", "partial")  # `?show=rejected`: what the sender has still to act on (stop 60)
# The statuses the picker offers, as stored: "received" is a moment before "queued", never one to look for.
SHOWN_STATES = ("accepted", "partial", "rejected", "failed", "queued", "processing")


@dataclass(frozen=True)
class Asked:
    """What the list was asked to show; empty strings ask for everything."""

    name: str = ""
    form: str = ""
    status: str = ""
    month: str = ""  # "2026-10"
    rejected: bool = False

    @property
    def narrowed(self) -> bool:
        """Whether anything narrows the list (it then says "none matches" rather than "nothing sent")."""
        return bool(self.name or self.form or self.status or self.month or self.rejected)


def asked(months: list[str]) -> Asked:
    """The filter the request asks for; a status or month not offered is no filter."""
    status = request.args.get("status", "")
    month = request.args.get("month", "")
    return Asked(
        name=request.args.get("name", "").strip()[:100],
        form=request.args.get("form", "").strip()[:100],
        status=status if status in SHOWN_STATES else "",
        month=month if month in months else "",
        rejected=request.args.get("show") == "rejected",
    )


FIELDS = ("show", "name", "form", "status", "month")  # the filter form's fields


def without_empty() -> str | None:
    """The list's address without the filter's empty fields, when the request has one: the form sends
    each field it has, so "every file" read `?show=&name=&form=&status=&month=`, an address that says
    nothing more than `/upload` to the user who keeps or sends it (page-123's walk). None when clean."""
    if not any(key in FIELDS and not value.strip() for key, value in request.args.items(multi=True)):
        return None
    kept = [(k, v) for k, v in request.args.items(multi=True) if k not in FIELDS or v.strip()]
    return request.path + (f"?{urlencode(kept)}" if kept else "")


def recent_months(today: date | None = None) -> list[str]:
    """The months the picker offers, newest first ("2026-12", "2026-11", …)."""
    day, labels = (today or local_today()).replace(day=1), []
    for _ in range(MONTHS):
        labels.append(f"{day.year}-{day.month:02d}")
        day = (day - timedelta(days=1)).replace(day=1)
    return labels


def clause(who: Principal, wanted: Asked) -> ColumnElement[bool]:
    """The WHERE clause on `Submission` for what is asked, beside the user's own scope."""
    parts: list[ColumnElement[bool]] = []
    if wanted.rejected:
        parts.append(Submission.status.in_(TO_ACT_ON))
    if wanted.status:
        parts.append(Submission.status == wanted.status)
    if wanted.form:
        parts.append(Submission.form_id == wanted.form)
    if wanted.month:
        first = date.fromisoformat(wanted.month + "-01")
        after = (first + timedelta(days=31)).replace(day=1)
        # The list's times are stored in UTC, naive; the month is Denmark's.
        start, end = (midnight_utc(d).replace(tzinfo=None) for d in (first, after))
        parts.append(and_(Submission.created_at >= start, Submission.created_at < end))
    if wanted.name:
        named: ColumnElement[bool] = Submission.filename.ilike(f"%{_escaped(wanted.name)}%", escape="\\")
        if any(c.isdigit() for c in wanted.name):
            named = and_(named, seen_whole(who))
        parts.append(named)
    return and_(true(), *parts)


def seen_whole(who: Principal) -> ColumnElement[bool]:
    """The submissions whose names `who` sees unmasked (`submission_view.view_for`): staff their own
    municipality's; a company none."""
    if who.role == "company":
        return Submission.id.is_(None)
    return Submission.municipality_code == (who.municipality or "")


def _escaped(text: str) -> str:
    """`text` for a LIKE pattern, its own wildcards taken as they are."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def form_choices(session: Session, scoped: ColumnElement[bool], lang: str) -> list[tuple[str, str]]:
    """The forms of the user's files, as `(form id, title)`, by title: each form id once, titled by every
    title its senders' adapters give it ("Mentortimer (virksomhedens regneark) / Mentortimer (VP-03)"):
    two municipalities' forms may share an id, which the filter asks by."""
    found = session.execute(
        select(Submission.form_id, Submission.agreement_id, Submission.municipality_code)
        .where(scoped, Submission.form_id.is_not(None))
        .distinct()
    )
    titles: dict[str, set[str]] = {}
    for form_id, agreement, code in found:
        if form_id is None:  # left out by the WHERE; the column is nullable to the type checker
            continue
        titles.setdefault(form_id, set()).add(form_titles.form_title(form_id, agreement, code, lang))
    named = {form_id: " / ".join(sorted(said)) for form_id, said in titles.items()}
    return sorted(named.items(), key=lambda item: (item[1].casefold(), item[0]))
