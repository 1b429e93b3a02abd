"""The company's page: one agreement, its interns and their hours, one contact, the export and the one
form to download, and the filled form to upload (through the upload API, as a company submission)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from flask import Blueprint, Response, render_template, request
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from sqlalchemy import and_

from hub.datewords import message_dates
from hub.exports.company_form_model import KINDS
from hub.exports.company_model import CompanyGap
from hub.exports.danish import phone, week_label
from hub.extensions import db
from hub.models import Submission
from hub.periods import local_today, month_of
from hub.quantities import hours_number
from hub.services import company_page, company_sent, scope
from hub.web import nav, pages
from hub.web.downloads import attachment, export_name, form_name
from hub.web.guard import principal, requires
from hub.web.head_refusal import made_when_asked
from hub.web.paging import submissions_page
from hub.web.period_args import asked_period, asked_text
from hub.web.upload_texts import texts

RECENT_PER_PAGE = 10  # forms sent, a page of the company page's list (the page has much above it)

bp = Blueprint("company", __name__)
nav.register("company.index", _l("Our agreement"), "company_form:submit")
pages.HOME["company"] = "company.index"


@bp.app_template_filter("page_decimal")
def page_decimal(value: Decimal) -> str:
    """A number of hours (or days) the way the page's language writes it, every decimal it has and no
    trailing zero (7,5 in Danish; `hub.quantities`)."""
    return hours_number(value, get_locale().language)


@bp.app_template_filter("said")
def said(gap: CompanyGap, what: str) -> str:
    """A gap's `reason` or `action` in the page's language (the gap holds both, as the API gives them)."""
    # Its dates written as the page's own (`message_dates`): the English text keeps the API's ISO dates.
    return message_dates(
        str(getattr(gap, f"{what}_{'da' if get_locale().language == 'da' else 'en'}")), get_locale()
    )


@bp.app_template_filter("phone")
def phone_filter(number: str) -> str:
    """A Danish number in pairs (`+45 20 00 01 03`), as the company's export writes it."""
    return phone(number)


@bp.app_template_filter("weeks_said")
def weeks_said(weeks: tuple[str, ...], year: int) -> str:
    """The weeks of a due item in the page's language, as the export's list writes them in Danish: "uge
    45, 46, 47", "weeks 45, 46, 47", "week 1/2027" for a week of a year not the period's."""
    numbers = [week_label(week, year).removeprefix("uge ") for week in weeks]
    word = "uge" if get_locale().language == "da" else "week" if len(numbers) == 1 else "weeks"
    return f"{word} {', '.join(numbers)}"


def recent_months(count: int = 6) -> list[str]:
    """The labels of this month and the ones before it, for the period picker."""
    labels, day = [], local_today().replace(day=1)
    for _ in range(count):
        labels.append(f"{day.year}-{day.month:02d}")
        day = (day - timedelta(days=1)).replace(day=1)
    return labels


def recent_quarters(count: int = 4) -> list[str]:
    """The labels of this quarter and the ones before it (`2026-Q4`, `2026-Q3`, …), newest first: the
    company's files are made for a quarter as for a month, and a municipality may claim per quarter."""
    today = local_today()
    year, quarter = today.year, (today.month - 1) // 3 + 1
    labels = []
    for _ in range(count):
        labels.append(f"{year}-Q{quarter}")
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return labels


def recent_half_years(count: int = 2) -> list[str]:
    """The labels of this half-year and the ones before it (`2026-H2`, `2026-H1`), newest first: the
    company's files are made for a half-year too, as `hub.periods` reads one from the URL."""
    today = local_today()
    year, half = today.year, 1 if today.month <= 6 else 2
    labels = []
    for _ in range(count):
        labels.append(f"{year}-H{half}")
        year, half = (year, 1) if half == 2 else (year - 1, 2)
    return labels


def file_periods(label: str, months: int = 12) -> list[str]:
    """The periods offered for the company's files beside a monthly page: the recent months, then the
    recent quarters, then the two latest half-years; `label` (the page's period) leads when it is none
    of them."""
    return with_asked(label, [*recent_months(months), *recent_quarters(), *recent_half_years()])


def with_asked(label: str, labels: list[str]) -> list[str]:
    # A period asked in the URL that the picker does not offer (a quarter, an older month) leads it.
    return labels if label in labels else [label, *labels]


def _file(data: bytes, fmt: str, name: str) -> Response:
    headers = {"Content-Disposition": attachment(name)}
    return Response(data, mimetype=company_page.MEDIA[fmt], headers=headers)


@bp.get("/company")
@requires("company_form:submit")
def index() -> str:
    """The company's agreement (a picker when the CVR has several), interns, contact, files, upload."""
    who = principal()
    view = company_page.company_view(db.session, who, request.args.get("agreement"), asked_period())
    # The default month (the last whole one) often has no hours yet, the company's form for it being due
    # in the days after: a page of "none logged" alone reads as hours lost. Offer the month before.
    quiet = not asked_text() and view.interns and all(row.hours is None for row in view.interns)
    earlier = month_of(view.period.start - timedelta(days=1)).label if quiet else None
    # The forms sent for the agreement shown, not the CVR's every agreement: with two agreements the one's
    # files stood under the other's name, their hours never in "the table above" the list points to.
    sent_here = and_(scope.submission_clause(who), Submission.agreement_id == view.agreement.id)
    recent, pager = submissions_page(db.session, sent_here, RECENT_PER_PAGE)
    return render_template(
        "company.html",
        view=view,
        kinds=KINDS,
        months=file_periods(view.period.label, 6),
        earlier=earlier,
        recent=recent,
        put_right=company_sent.put_right(db.session, recent),
        pager=pager,
        texts=texts(company=True),
    )


@bp.get("/company/export")
@requires("company_form:submit")
@made_when_asked
def export() -> Any:
    """The company's one export as PDF, XLSX or JSON (`hub export company`)."""
    agreement_id, fmt = request.args.get("agreement", ""), request.args.get("format", "pdf")
    period = asked_period()
    data = company_page.export_file(db.session, principal(), agreement_id, fmt, period)
    return _file(data, fmt, export_name(agreement_id, period, fmt))


@bp.get("/company/form")
@requires("company_form:submit")
@made_when_asked
def form() -> Any:
    """The company's one form of a kind as PDF or XLSX, pre-filled with its interns (`hub form company`)."""
    agreement_id = request.args.get("agreement", "")
    kind, fmt = request.args.get("kind", "mentor_hours"), request.args.get("format", "pdf")
    period = asked_period()
    data = company_page.form_file(db.session, principal(), agreement_id, kind, fmt, period)
    return _file(data, fmt, form_name(kind, agreement_id, period, fmt))
