"""In Chromium, what stop 51's walk of the four users found on a phone and in a form:

- before any file was sent, a phone showed the upload form's empty table's caption, "Filer sendt nu", over
  nothing (the phone's display of its rows outranked the browser's rule for `hidden`);
- the list of files sent before ("Senest sendt", and the company's "Skemaer, I har sendt"), scrolled inside
  the page, showed each file's name and number; its status and why it was refused, what a sender comes
  back to the list for, lay off to the right of every row;
- the company's differences between granted and delivered hours showed the participant and the
  difference; what the company can do about it lay off to the right;
- a wrong size on the auditor's proof form gave an error page, the form and what was typed gone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from layout_support import boxes
from navigation import click_to_page
from page_support import demo_copy_fixture, load_agreements
from playwright.sync_api import Locator, Page, expect
from upload_support import send_and_see_refused

GOLDEN = ROOT / "tests" / "golden"
demo = demo_copy_fixture("walk-stop51", name="demo")
PHONE = {"width": 375, "height": 800}
BEFORE = "el => getComputedStyle(el, '::before').content"
COMPANY = "/company?agreement=falck-hovedstaden&period=2026-10"


def _in_view(cells: Locator) -> None:
    """Every one of `cells` lies within a phone's width: read without scrolling sideways."""
    found = boxes(cells)
    assert len(found) > 0
    for n, box in enumerate(found):
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (n, box)


@pytest.mark.usefixtures("demo_today")
def test_on_a_phone_nothing_is_said_of_files_sent_now_before_one_is_sent(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    for who, url in (("lead-gladsaxe", "/upload"), ("falck", COMPANY)):
        page = signed_in_page(who, app=demo)
        page.set_viewport_size(PHONE)
        page.goto(url)
        assert page.locator("#upload-results").is_hidden(), who
        assert page.get_by_text("Filer sendt nu").is_hidden(), who


def test_on_a_phone_a_refused_files_status_and_why_in_the_list_are_in_view(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev")
    page.set_viewport_size(PHONE)
    page.goto("/upload")
    send_and_see_refused(app, page, GOLDEN / "ballerup" / "progress_report.pdf")  # Ballerup's, as Herlev
    page.goto("/upload")  # the list as it is when the sender comes back to it
    table = page.locator("#recent")
    row = table.locator("tbody tr").first
    assert row.locator("td.status").inner_text().startswith("Afvist")
    row.locator("details.sent-problems summary").click()
    _in_view(row.locator("th, td.status, td.status summary, td.status li"))
    assert int(table.evaluate("t => t.scrollWidth")) <= PHONE["width"]
    # The header row is out of sight: a number and a time say what they are.
    assert row.locator("td.number").evaluate(BEFORE) == '"Indsendelse nr.: "'
    assert row.locator("td.when").evaluate(BEFORE) == '"Modtaget: "'
    # Still a table to a screen reader: the file heads its row.
    assert table.get_by_role("rowheader", name="progress_report.pdf").count() == 1
    axe_check(page)
    # On a PC it keeps its columns, the column heading the number.
    page.set_viewport_size({"width": 1280, "height": 800})
    assert row.locator("td.number").evaluate(BEFORE) == "none"
    name, status = row.locator("th").bounding_box(), row.locator("td.status").bounding_box()
    assert name is not None and status is not None and abs(name["y"] - status["y"]) < 2


@pytest.mark.usefixtures("demo_today")
def test_on_a_phone_the_companys_differences_and_forms_sent_are_in_view(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("falck", app=demo)
    page.set_viewport_size(PHONE)
    page.goto(COMPANY)
    gaps = page.locator("#gaps")
    _in_view(gaps.locator("tbody th, tbody td.reason, tbody td.action"))
    action = gaps.locator("tbody td.action").first
    assert action.evaluate(BEFORE) == '"Det kan I gøre: "'
    assert gaps.get_by_role("columnheader", name="Det kan I gøre").count() == 1
    # The demo's forms sent by the company, each one's status in view.
    sent = page.locator("#recent")
    _in_view(sent.locator("tbody th, tbody td.status"))
    assert sent.locator("tbody td.when").first.evaluate(BEFORE) == '"Modtaget: "'
    axe_check(page)


@pytest.mark.usefixtures("demo_today")
def test_a_wrong_size_on_the_proof_form_comes_back_focused_with_what_was_typed(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    page = signed_in_page("revisor-ballerup")
    page.request.get("/audit/checkpoint")  # a checkpoint is signed, so the form is offered
    page.goto("/audit?period=2026-Q3")
    page.get_by_label("Det gemte kontrolpunkts størrelse").fill("12x")
    page.get_by_label("Den senere pakkes størrelse").fill("40")
    click_to_page(page, "#proof-form button")
    field = page.get_by_label("Det gemte kontrolpunkts størrelse")
    # Waited for, not read at once: a browser focuses an `autofocus` field at its next rendering update,
    # after the page has loaded (HTML's "flush autofocus candidates"), so a read right after the load can
    # come first (it did, once the suite's set-up got faster).
    expect(page.locator("#proof-from")).to_be_focused()
    assert field.input_value() == "12x"
    assert page.get_by_label("Den senere pakkes størrelse").input_value() == "40"
    assert page.locator("#proof-from-error").inner_text().endswith(", ikke 12x.")
    assert page.locator("h1").inner_text() == "Revision af Ballerup"
    axe_check(page)
