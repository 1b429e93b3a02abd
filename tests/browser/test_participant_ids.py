"""A participant id, or a CPR number, in a table is one line: Chromium broke "P-MH3YUS4R73M" at its hyphen
in the narrow column of the gaps table, so that it read as "P-" above another id, and the auditor's
"071064-XXXX" likewise (seen at 1280 pixels wide, the last stop's walk-through)."""

from __future__ import annotations

from collections.abc import Callable

import web_pages
from flask import Flask
from playwright.sync_api import Page

matrix_app = web_pages.matrix_app
LINES = (
    "el => { const r = document.createRange(); r.selectNodeContents(el); return r.getClientRects().length; }"
)


def test_participant_ids_are_never_broken_over_two_lines(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("lead-gladsaxe", app=matrix_app)
    page.set_viewport_size({"width": 1280, "height": 900})
    seen = 0
    for month in ("2026-08", "2026-09", "2026-10"):
        page.goto(f"/dashboard?month={month}")
        for cell in page.locator("td.pid").all():
            seen += 1
            assert cell.evaluate(LINES) == 1, f"{month}: {cell.inner_text()!r} over several lines"
    assert seen >= 10  # the lists have rows in the lived demo: the test checks something


def test_the_auditors_ids_and_cpr_numbers_are_never_broken(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("revisor-ballerup", app=matrix_app)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/audit?period=2026-Q3")
    cells = page.locator("#completeness .pid, #completeness .cpr").all()
    assert len(cells) >= 4
    for cell in cells:
        assert cell.evaluate(LINES) == 1, f"{cell.inner_text()!r} over several lines"


def test_the_moment_a_file_came_in_is_one_line(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """The upload list wrapped "3. nov. 2026 kl." above "10.00": it read as two things."""
    page = signed_in_page("lead-gladsaxe", app=matrix_app)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/upload")
    cells = page.locator("#recent td.when").all()
    assert len(cells) >= 10
    for cell in cells:
        assert cell.evaluate(LINES) == 1, f"{cell.inner_text()!r} over several lines"


def test_a_record_link_of_a_file_sent_is_one_line(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """The upload list wrapped "Post" above "358 v1": the link read as two things, one of them no record.
    Checked narrow as well, where the column of records is tightest."""
    page = signed_in_page("lead-gladsaxe", app=matrix_app)
    for width in (1280, 760):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto("/upload")
        links = page.locator("#recent td a[href*='/records/']").all()
        assert len(links) >= 5
        for link in links:
            assert link.evaluate(LINES) == 1, f"{width}px: {link.inner_text()!r} over several lines"


def test_the_auditors_file_names_are_never_broken(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """The rules column named its documents one after another and Chromium broke them at a hyphen,
    "demo-2026-09-falck-" above "hovedstaden-mentortimer.xlsx", so that a name read as two files."""
    page = signed_in_page("revisor-ballerup", app=matrix_app)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/audit?period=2026-Q3")
    links = page.locator("#completeness td a[href*='/records/']").all()
    assert len(links) >= 10
    for link in links:
        assert link.evaluate(LINES) == 1, f"{link.inner_text()!r} over several lines"


def test_the_auditors_placement_dates_are_never_broken(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """A placement's period "18. maj 2026–4. okt. 2026" broke inside its last day, "4." above "okt. 2026"."""
    page = signed_in_page("revisor-ballerup", app=matrix_app)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/audit?period=2026-Q3")
    rows = page.locator("#completeness tbody tr").count()
    days = page.locator("#completeness tbody td .when").all()
    assert rows >= 2 and len(days) == 2 * rows  # each placement's first and last day
    for day in days:
        assert day.evaluate(LINES) == 1, f"{day.inner_text()!r} over several lines"
