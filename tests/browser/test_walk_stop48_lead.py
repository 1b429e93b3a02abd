"""In Chromium, what stop 48's walk of the lead job centre's day (lead-gladsaxe on the demo) found on its
pages: a partner's form sent with "Send som kommune" left at Gladsaxe was rejected with "den ligner Herlev
Kommunes blanket …: er den deres, så send den som Herlev Kommune", and the only way offered was "Send en
rettet fil", a file picker that sent as Gladsaxe again: nothing said to change the field above first. On a
phone the table of files sent showed each file's name and its progress bar; its status ("Afvist") and why
lay off to the right, to be scrolled to in every row."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from navigation import click_to_page
from page_support import demo_copy_fixture, load_agreements
from playwright.sync_api import Page
from upload_support import pick_and_send

from hub.queue import queue

GOLDEN = ROOT / "tests" / "golden"
demo = demo_copy_fixture("walk-stop48-lead", name="demo")
FINAL = (
    "['accepted', 'rejected', 'partial'].includes(document.querySelector('#upload-results td.status')"
    ".dataset.status)"
)


def _wait_final(page: Page, app: Flask) -> None:
    """The one row has left the queue (the worker runs in bursts here) and is final."""
    page.wait_for_function(
        "['queued', 'received'].includes(document.querySelector('#upload-results td.status').dataset.status)"
    )
    queue.run_burst(app)
    page.wait_for_function(FINAL)


def test_a_partners_form_sent_as_the_lead_is_sent_as_the_partner_with_one_press(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("lead-gladsaxe")
    page.goto("/upload")
    assert page.locator("#upload-sender").input_value() == "159"  # the lead's own, as a lead forgets it
    rows = pick_and_send(page, GOLDEN / "herlev" / "placement.csv")
    _wait_final(page, app)
    row = rows.first
    assert row.locator("td.status").get_attribute("data-status") == "rejected"
    assert "skal den sendes som Herlev Kommune" in row.locator(".result").inner_text()
    again = row.locator("button.send-as")
    assert again.inner_text() == "Send filen som Herlev"
    # By keyboard, as the row's other way on.
    again.focus()
    page.keyboard.press("Enter")
    # The pressed button goes with the row's old result; the focus stays in the row.
    assert page.evaluate("document.activeElement.closest('#upload-results tr') !== null")
    _wait_final(page, app)
    assert row.locator("td.status").get_attribute("data-status") == "accepted"
    assert row.locator(".result a").first.inner_text().startswith("Post ")
    # The field above is left as it was: the next file is the lead's own again.
    assert page.locator("#upload-sender").input_value() == "159"


PHONE = {"width": 375, "height": 800}


def test_on_a_phone_a_sent_files_status_and_why_are_in_view(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev")
    page.set_viewport_size(PHONE)
    page.goto("/upload")
    rows = pick_and_send(page, GOLDEN / "ballerup" / "progress_report.pdf")
    _wait_final(page, app)
    row = rows.first
    # Read without scrolling sideways: the whole row within the screen. Ballerup's form is not Herlev's to
    # send (a partner, it sends only its own): what to do is said where a button was offered (page-90). Why
    # none of Herlev's own forms fits is not listed once whose form it is is known (page-109).
    for part in ("th", "td.status", ".result .suggestion", ".result .belongs-elsewhere"):
        box = row.locator(part).first.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (part, box)
    # (The list of files sent before is a data table that scrolls inside main, as every wide table does.)
    table = page.locator("#upload-results").bounding_box()
    assert table is not None and table["x"] + table["width"] <= PHONE["width"], table
    # Still a table to a screen reader: the file's name heads its row, its status is a cell of it.
    sent = page.locator("#upload-results")
    assert sent.get_by_role("rowheader", name="progress_report.pdf").count() == 1
    assert sent.get_by_role("cell", name="Afvist").count() == 1
    axe_check(page)


def test_an_auditor_is_added_by_picking_the_municipality_and_two_days(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    # The form asked for "Kommunekode" (three digits to know by heart) and a period "skrevet som
    # 2026-08-01..2026-10-31", an ISO range typed by hand on a Danish page.
    page = signed_in_page("admin")
    page.goto("/admin/users")
    assert "2026-08-01..2026-10-31" not in page.locator("main").inner_text()
    page.fill("#new-username", "revisor-furesoe")
    page.select_option("#new-role", "auditor")
    page.select_option("#new-municipality", label="Furesø (190)")
    assert page.locator("#new-audit").get_attribute("type") == "date"
    page.fill("#new-audit", "2026-07-01")
    page.fill("#new-audit-end", "2026-12-31")
    page.fill("#new-password", "correct horse battery staple")
    click_to_page(page, "form.stacked button[type=submit]")
    row = page.locator("tr", has=page.locator("text=revisor-furesoe"))
    assert "Furesø (190), 1. jul. 2026–31. dec. 2026" in row.inner_text()
    axe_check(page)


def test_an_audit_period_with_one_day_is_said_at_the_field(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    page = signed_in_page("admin")
    page.goto("/admin/users")
    page.fill("#new-username", "revisor-furesoe")
    page.select_option("#new-role", "auditor")
    page.select_option("#new-municipality", "190")
    page.fill("#new-audit", "2026-07-01")
    click_to_page(page, "form.stacked button[type=submit]")
    said = page.locator("#new-audit-error").inner_text()
    assert said == "Skriv revisionsperiodens første og sidste dag.", said
    # What was chosen is still chosen, to correct the one thing wrong.
    assert page.locator("#new-municipality").input_value() == "190"
    assert page.locator("#new-audit").input_value() == "2026-07-01"


def test_a_caseworker_with_no_agreement_is_told_whom_to_ask_not_a_command(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    # "Ingen aftaler endnu. Indlæs dem med hub agreements load": a command on the server, which the lead's
    # caseworker cannot run; the administrator who can still reads it (test_index_page.py).
    page = signed_in_page("lead-gladsaxe")
    page.goto("/agreements")
    empty = page.locator("#empty").inner_text()
    assert "hub agreements load" not in empty
    assert "administrator" in empty
    axe_check(page)


def test_the_agreements_page_says_who_changes_an_agreement(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    # The lead sets up the agreement (DESIGN.md), but the page is a table to read, with nothing to change:
    # it says where a change is made rather than leave the caseworker looking for an edit button.
    load_agreements(app)
    page = signed_in_page("lead-gladsaxe")
    page.goto("/agreements")
    assert "administrator" in page.locator("#how-changed").inner_text()


@pytest.mark.usefixtures("demo_today")
def test_the_leads_list_of_files_sent_says_who_sent_each(
    demo: Flask, signed_in_page: Callable[..., Page]
) -> None:
    # The lead's list holds its own forms, the company's and what it sent for its partners: a rejected
    # one said where and why, not whom to tell.
    page = signed_in_page("lead-gladsaxe", app=demo)
    page.goto("/upload")
    heads = page.locator("#recent thead th").all_inner_texts()
    assert heads[:3] == ["Fil", "Indsendelse nr.", "Sendt som"], heads
    senders = {
        row.locator("th").inner_text(): row.locator("td.sender").inner_text()
        for row in page.locator("#recent tbody tr").all()
    }
    assert senders["demo-2026-10-falck-hovedstaden-mentortimer.pdf"] == "Falck Danmark", senders
    assert senders["demo-32-placement_end.pdf"] == "Gladsaxe", senders
    # A partner's list is its own files only: no column to repeat its name in every row.
    herlev = signed_in_page("kommune-herlev", app=demo)
    herlev.goto("/upload")
    assert "Sendt som" not in herlev.locator("#recent thead").inner_text()


def test_signing_out_says_so(app: Flask, signed_in_page: Callable[..., Page]) -> None:
    # "Log ud" led to the sign-in page with nothing on it to say the session had ended: on a shared
    # office computer the caseworker could not tell a sign-out from a page that had not answered.
    page = signed_in_page("lead-gladsaxe")
    page.goto("/dashboard")
    page.get_by_role("button", name="Log ud").click()
    page.wait_for_url("**/login")
    assert page.get_by_role("status").filter(has_text="Du er logget ud.").count() == 1
    # Said once: the next visit to the sign-in page is a plain one.
    page.reload()
    assert page.get_by_text("Du er logget ud.").count() == 0


@pytest.mark.usefixtures("demo_today")
def test_the_payments_of_a_month_not_over_say_so(demo: Flask, signed_in_page: Callable[..., Page]) -> None:
    # On 1 December, December's payments listed "ingen timeseddel for december 2026" for every intern, as
    # if it were late; the dashboard says of the same month that it is not over, the payments page did not.
    page = signed_in_page("lead-gladsaxe", app=demo)
    page.goto("/payments?period=2026-12")
    note = page.locator("#payments-not-over").inner_text()
    assert note.startswith("Måneden er ikke slut endnu (december 2026)"), note
    page.goto("/payments?period=2026-11")
    assert page.locator("#payments-not-over").count() == 0


@pytest.mark.usefixtures("demo_today")
def test_the_auditors_checking_steps_are_folded_for_the_caseworker(
    demo: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    # "Til revisor" is where the caseworker fetches the bundle for the municipality's auditor; it opened on
    # four paragraphs of the auditor's own checks: "GET /api/audit/consistency?from_size=N&to_size=M", the
    # key's fingerprint, "python3 verify.py … --since checkpoint.txt".
    page = signed_in_page("lead-gladsaxe", app=demo)
    page.goto("/audit")
    assert page.locator("#download-bundle").is_visible()
    assert not page.locator("#verify-command").is_visible()
    assert "/api/audit/consistency" not in page.locator("main").inner_text()
    page.get_by_text("Sådan kontrollerer revisoren pakken").click()
    assert page.locator("#verify-command").is_visible()
    axe_check(page)
    # The auditor, whose checks they are, reads them as before.
    auditor = signed_in_page("revisor-ballerup", app=demo)
    auditor.goto("/audit")
    assert auditor.locator("#verify-command").is_visible()
