"""The lead's dashboard: each agreement its municipality leads, as of today, for a month it picks."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel.numbers import NumberPattern, parse_pattern
from flask import Blueprint, render_template, request
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from redis.exceptions import RedisError

from hub import jobs
from hub.errors import missing_or_not_yours
from hub.extensions import db
from hub.logsetup import Both
from hub.models import Agreement
from hub.periods import Period, local_today, parse_period
from hub.services import company_owed, dashboard, dashboard_reads, dashboard_rows
from hub.web import nav, pages
from hub.web.guard import principal, requires
from hub.web.names import OUTCOME_NAMES
from hub.web.paging import Pager, requested_page
from hub.web.period_args import BOARD_MONTHLY, asked_period, asked_text

log = logging.getLogger(__name__)
bp = Blueprint("dashboard", __name__)
nav.register("dashboard.index", _l("Dashboard"), "dashboard:read")
pages.HOME["lead"] = "dashboard.index"


@bp.app_template_global("outcome_name")
def outcome_name(key: str) -> str:
    """An outcome's name for people."""
    return str(OUTCOME_NAMES.get(key, key))


@lru_cache(maxsize=8)
def _pattern(text: str) -> NumberPattern:
    # Babel parses a number pattern on every call; a page formats a few hundred numbers.
    return parse_pattern(text)


@bp.app_template_filter("amount")
def amount_filter(value: Decimal | int) -> str:
    """Kroner, hours and averages with two decimals, Danish-style in Danish (`1.234,50`)."""
    return str(_pattern("#,##0.00").apply(Decimal(value), get_locale()))


@bp.app_template_filter("count")
def count_filter(value: int) -> str:
    """A whole number with the language's thousands separator (`12.345` / `12,345`)."""
    if -1000 < value < 1000:
        return str(value)
    return str(_pattern("#,##0").apply(Decimal(value), get_locale()))


@bp.app_template_filter("days_counted")
def days_counted(days: tuple[date, ...]) -> list[tuple[date, int]]:
    """Each day once, in the order given, with how many times it came: a site's three places empty
    since the agreement's start read "3. aug. 2026; 3. aug. 2026; 3. aug. 2026"."""
    counted: dict[date, int] = {}
    for day in days:
        counted[day] = counted.get(day, 0) + 1
    return list(counted.items())


@bp.app_template_filter("period_name")
def period_name(label: str) -> str:
    """A period's label (`2026-11`, `2026-Q3`) in the page's words: `november 2026`, `3. kvartal 2026`."""
    return parse_period(label).describe(get_locale().language)


OLD_MONTH_ARG = "month"


def month_arg() -> str:
    """The argument that names the month: `period`, as on payments and the company's page. The
    dashboards said `?month=` until stop 45, and a bookmarked `?month=2026-09` still shows its month;
    `period` wins when both are given (the picker sends it, a kept link may carry the old one)."""
    return OLD_MONTH_ARG if asked_text(OLD_MONTH_ARG) and not asked_text("period") else "period"


def chosen_month(as_of: date) -> Period:
    """The month asked for (`?period=2026-09`), else the last whole month before `as_of`; never one not
    yet begun (as payments and the company's page refuse it: its figures would be zeros, not facts)."""
    return asked_period(month_arg(), BOARD_MONTHLY, as_of)


def chosen(agreements: list[Agreement]) -> Agreement | None:
    """The agreement asked for (`?agreement=ID`) among the user's, else the first; NotFound for another."""
    wanted = request.args.get("agreement", "").strip()
    if not wanted:
        return agreements[0] if agreements else None
    for agreement in agreements:
        if agreement.id == wanted:
            return agreement
    raise missing_or_not_yours("agreement", "Aftalen", wanted)


def render_board(agreements: list[Agreement], template: str, endpoint: str, only: str | None = None) -> str:
    """One of the user's agreements (`?agreement=`) for the month asked (`?period=`), rendered; `only`
    names the municipality whose citizens are listed by name (the partner's view)."""
    as_of = local_today()
    agreement, month = chosen(agreements), chosen_month(as_of)
    board = earlier = owed = None
    pagers: dict[str, Pager] = {}
    if agreement is not None:
        asked = {name: requested_page(f"{name}_page") for name in dashboard.LISTS}
        board = dashboard.build(db.session, principal(), agreement.id, month, as_of, only=only, pages=asked)
        if board.stale:
            _rebuild(agreement.id)
        if not asked_text(month_arg()):  # a month picked on purpose is shown as it is
            earlier = dashboard.last_month_with_hours(db.session, board)
        pagers = {name: _pager(name, getattr(board, name)) for name in dashboard.LISTS}
        dashboard_reads.note_shown(db.session, principal(), board)  # it names citizens: a logged read
        # What the company is owed, month by month: the lead's to see whole, never a partner's (its board
        # hides the other municipalities' amounts).
        if only is None:
            owed = company_owed.by_month(db.session, board.agreement, board.months)
    return render_template(
        template,
        agreements=agreements,
        board=board,
        endpoint=endpoint,
        earlier=earlier,
        pagers=pagers,
        owed=owed,
    )


def _pager(name: str, listed: dashboard_rows.Listed) -> Pager:
    # Each list pages by an argument of its own; the running placements are listed newest first.
    return Pager(
        listed.page, dashboard.LIMIT, listed.total, f"{name}_page", name, newest_first=name == "running"
    )


def _rebuild(agreement_id: str) -> None:
    """Have the summaries rebuilt; the page says they are being recomputed. Without the queue (Redis
    down) the page still shows, and the next view asks again."""
    try:
        jobs.enqueue_dashboard_rebuild(agreement_id)
    except RedisError:
        log.warning(
            Both(
                "dashboard rebuild of %s not queued: the queue is unreachable",
                "genberegning af overblikket for %s er ikke sat i kø: køen kan ikke nås",
                agreement_id,
            )
        )


@bp.get("/dashboard")
@requires("dashboard:read")
def index() -> str:
    """The dashboard of one agreement the user's municipality leads (a selector when it leads several)."""
    return render_board(dashboard.led(db.session, principal()), "dashboard.html", "dashboard.index")
