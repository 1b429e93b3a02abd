"""The operator's audit-log page: who read or changed what, and when, newest first, filtered as `hub audit
log` filters (action, actor, subject, from day, to day), a page at a time, and the filtered entries as a
CSV udtræk. Each read of the log is itself an entry (`audit_log_reads.note_read`).

The admin reads every entry here (decision 0062, "Stop 69: page-113"); a municipality's staff read their
own citizens' on `/audit-log` (`audit_log_own`, "Stop 70: page-116"), by the same code, scoped in the
query by the reader's party (`audit_log_reads.municipality_of`). The entries hold no CPR number, so the
page shows none; what an entry is about links to its page only where the reader may open that page.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from flask import Blueprint, Response, render_template, request
from flask_babel import lazy_gettext as _l

from hub.access import Principal
from hub.exports.csv_safe import safe_writer
from hub.extensions import db
from hub.models import AuditEvent
from hub.periods import DENMARK, local_today
from hub.services import audit_log_reads
from hub.services.audit_list import Filter, newest_id
from hub.web import nav
from hub.web.audit_detail import detail_words
from hub.web.audit_log_asked import DAYS, TEXTS, asked, until_id
from hub.web.audit_words import About, about, action_choices, action_words, in_language
from hub.web.downloads import attachment
from hub.web.guard import principal, requires
from hub.web.head_refusal import made_when_asked
from hub.web.paging import Pager, requested_page, within

bp = Blueprint("audit_log", __name__, url_prefix="/admin")
nav.register("audit_log.index", _l("Audit log"), "audit_log:read")
PER_PAGE = 50
T = TypeVar("T")
# The udtræk's columns, in Danish as the hub's other CSV files name theirs, the action in both languages.
CSV_HEAD = ("id", "tidspunkt", "aktoer", "handling", "handling_da", "handling_en", "emne", "detaljer")


@dataclass(frozen=True)
class Shown:
    """One entry as the page shows it."""

    id: int
    occurred_at: Any
    actor: str
    action: str
    words: str
    about: About
    detail: list[tuple[str, str]]  # (name, value) in the page's language (`audit_detail`)


@dataclass(frozen=True)
class Where:
    """Where a reader's page of the log is: its own address and its udtræk's (the form and links use)."""

    index: str
    udtraek: str


ADMIN = Where("audit_log.index", "audit_log.udtraek")


def shown(rows: Sequence[AuditEvent], who: Principal, details: Sequence[dict[str, Any]]) -> list[Shown]:
    """The entries as the page shows them, each with its detail as its reader may see it
    (`audit_log_reads.details`), read before the read is logged, which commits."""
    return [
        Shown(
            row.id,
            row.occurred_at,
            row.actor,
            row.action,
            action_words(row.action),
            about(row.subject, who),
            detail_words(detail),
        )
        for row, detail in zip(rows, details, strict=True)
    ]


def _page(where: Where, wrong: dict[str, str], rows: list[Shown], pager: Pager | None) -> tuple[str, int]:
    page = render_template(
        "admin_audit_log.html",
        where=where,
        own=audit_log_reads.municipality_of(principal()),  # the staff's municipality, None for the operator
        action_choices=action_choices(),
        rows=rows,
        pager=pager,
        wrong=wrong,
        typed={name: request.args.get(name, "") for name in (*TEXTS, *DAYS)},
        udtraek_args={k: v for k, v in request.args.items() if k in (*TEXTS, *DAYS) and v},
        most=audit_log_reads.MOST_IN_FILE,
    )
    return page, 400 if wrong else 200


def scoped(wanted: Filter) -> Filter:
    """The filter narrowed to the reader's share of the log (every entry only for the operator)."""
    return replace(wanted, municipality=audit_log_reads.municipality_of(principal()))


@bp.get("/audit-log")
@requires("audit_log:read")
def index() -> tuple[str, int]:
    """The entries that match, newest first, `PER_PAGE` at a time; bad filters said at their fields."""
    return listed(ADMIN)


def listed(where: Where) -> tuple[str, int]:
    """The reader's page of the entries that match (`where` it is), newest first, `PER_PAGE` at a time;
    bad filters said at their fields."""
    asked_for, wrong = asked()
    if wrong:  # nothing listed for a filter that cannot be used: the reader would take it as applied
        return _page(where, wrong, [], None)
    wanted = scoped(asked_for)
    who = principal()
    found, pager = held_page(
        wanted, "entries", lambda held, page: audit_log_reads.page_of(db.session, held, page, PER_PAGE)
    )
    rows = shown(found, who, audit_log_reads.details(db.session, wanted, found))
    audit_log_reads.note_read(db.session, who, "page", wanted, len(rows), page=pager.page)
    return _page(where, wrong, rows, pager)


def held_page(
    wanted: Filter, list_id: str, page_of: Callable[[Filter, int], tuple[Sequence[T], int]]
) -> tuple[Sequence[T], Pager]:
    """The requested page of the entries `page_of` reads (`PER_PAGE` at a time, by the filter held and a
    page number) and its pager, held still at the newest entry the first page saw (`until_id`, kept in
    the pager's links): each read of a page of the log is itself an entry, newer than any."""
    number = requested_page()
    until = until_id() or newest_id(db.session, wanted)
    held = replace(wanted, until_id=until)
    found, total = page_of(held, number)
    pinned = (("until_id", until),) if until else ()
    pager = within(number, PER_PAGE, total, list_id=list_id, pinned=pinned)
    if pager.page != number:  # past the last page: the last one
        found, total = page_of(held, pager.page)
    return found, pager


@bp.get("/audit-log/udtraek.csv")
@requires("audit_log:read")
@made_when_asked
def udtraek() -> Any:
    """Every entry that matches (the newest `MOST_IN_FILE`) as CSV for Danish Excel: semicolons, UTF-8
    with BOM, as the hub's other CSV files."""
    return udtraek_of(ADMIN)


def udtraek_of(where: Where) -> Any:
    """The reader's entries that match as the CSV udtræk, or the page saying what is wrong with the
    filter (400)."""
    asked_for, wrong = asked()
    if wrong:
        return _page(where, wrong, [], None)
    who, wanted = principal(), scoped(asked_for)
    found = audit_log_reads.every(db.session, wanted)
    out = io.StringIO()
    out.write("\ufeff")
    writer = safe_writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEAD)
    for row, seen in zip(found, audit_log_reads.details(db.session, wanted, found), strict=True):
        when = row.occurred_at.astimezone(DENMARK).isoformat(timespec="seconds")
        da, en = (in_language(lang, row.action) for lang in ("da", "en"))
        detail = json.dumps(seen, ensure_ascii=False, sort_keys=True)
        writer.writerow((row.id, when, row.actor, row.action, da, en, row.subject, detail))
    audit_log_reads.note_read(db.session, who, "udtraek", wanted, len(found))
    whose = f"{wanted.municipality}-" if wanted.municipality else ""  # a municipality's file says whose
    name = f"revisionslog-{whose}{local_today().isoformat()}.csv"
    headers = {"Content-Disposition": attachment(name)}
    return Response(out.getvalue().encode(), content_type="text/csv; charset=utf-8", headers=headers)
