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


def broken(page: Page, url: str, selector: str, width: int = 1280) -> tuple[int, list[str]]:
    """Open `url` at `width` pixels: how many elements `selector` finds, and the texts of those laid out
    over more than one line."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(url)
    # Each element's text and lines in one script call: asked one by one, a call was some 20 ms of CPU
    # (decision 0058, stop 66).
    found = page.locator(selector).evaluate_all(f"els => els.map(el => [el.innerText, ({LINES})(el)])")
    return len(found), [f"{width}px {url}: {text!r}" for text, lines in found if lines != 1]


def test_participant_ids_are_never_broken_over_two_lines(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("lead-gladsaxe", app=matrix_app)
    seen, wrong = 0, []
    for month in ("2026-08", "2026-09", "2026-10"):
        count, over = broken(page, f"/dashboard?month={month}", "td.pid")
        seen, wrong = seen + count, wrong + over
    assert seen >= 10  # the lists have rows in the lived demo: the test checks something
    assert wrong == []


def test_the_auditors_ids_and_cpr_numbers_are_never_broken(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("revisor-ballerup", app=matrix_app)
    count, wrong = broken(page, "/audit?period=2026-Q3", "#completeness .pid, #completeness .cpr")
    assert count >= 4 and wrong == []


def test_the_moment_a_file_came_in_is_one_line(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """The upload list wrapped "3. nov. 2026 kl." above "10.00": it read as two things."""
    page = signed_in_page("lead-gladsaxe", app=matrix_app)
    count, wrong = broken(page, "/upload", "#recent td.when")
    assert count >= 10 and wrong == []


def test_a_record_link_of_a_file_sent_is_one_line(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """The upload list wrapped "Post" above "358 v1": the link read as two things, one of them no record.
    Checked narrow as well, where the column of records is tightest. Since page-123 a file's records are
    named by their interns, and four or more of a form and month are folded, one a line, where a name may
    wrap: the links shown beside their group's name are the ones kept whole."""
    page = signed_in_page("lead-gladsaxe", app=matrix_app)
    for width in (1280, 760):
        count, wrong = broken(page, "/upload", "#recent td p.made a[href*='/records/']", width)
        assert count >= 5 and wrong == []


def test_the_auditors_file_names_are_never_broken(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """The rules column named its documents one after another and Chromium broke them at a hyphen,
    "demo-2026-09-falck-" above "hovedstaden-mentortimer.xlsx", so that a name read as two files."""
    page = signed_in_page("revisor-ballerup", app=matrix_app)
    count, wrong = broken(page, "/audit?period=2026-Q3", "#completeness td a[href*='/records/']")
    assert count >= 10 and wrong == []
    # Its names are the matrix's, each after its citizen ("071064-XXXX demo-2026-07-...xlsx"): whole on
    # one line, and the page no wider for it.
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_the_auditors_placement_dates_are_never_broken(
    matrix_app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    """A placement's period "18. maj 2026–4. okt. 2026" broke inside its last day, "4." above "okt. 2026"."""
    page = signed_in_page("revisor-ballerup", app=matrix_app)
    count, wrong = broken(page, "/audit?period=2026-Q3", "#completeness tbody td .when")
    rows = page.locator("#completeness tbody tr").count()
    assert rows >= 2 and count == 2 * rows  # each placement's first and last day
    assert wrong == []
