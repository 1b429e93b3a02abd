"""Each user's main journey in a real headless Chromium (Debian's, driven by Playwright), as a person would
take it: the lead uploads a folder of forms, the company fills its form and sees the hours, the auditor's
bundle verifies, and a partner cannot open another municipality's citizen. axe-core runs on every page
(no serious or critical violation), and each page is kept as a screenshot when `HUB_TEST_SCREENSHOTS` names
a folder (under its `journeys/`)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import PASSWORD, add_everyone
from conftest import ROOT
from flask import Flask
from live_app import served
from navigation import click_to_page
from page_support import everyone_on_a_copy, load_agreements
from playwright.sync_api import Page, expect
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select
from upload_support import pick_and_send

from hub.demo.company_filler import fill_xlsx
from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.models import Placement, Record
from hub.queue import queue
from hub.services import ingest

GOLDEN = ROOT / "tests" / "golden"
SHOTS = os.environ.get("HUB_TEST_SCREENSHOTS", "")  # a folder for screenshots, when a person wants them


@pytest.fixture
def page(blank_page: Page) -> Page:
    """The module's kept page (`blank_page`, tests/browser/kept_page.py), signed in as no one, cleared of
    the test's cookies, storage, cache and listeners when it ends; each test serves an app of its own, so
    it meets its own origin too. It accepts downloads (`accept_downloads` is a new context's default in
    Playwright, and the kept one is opened with the defaults). A context of each test's own was eight
    contexts a run where one serves (decision 0058, stop 70)."""
    return blank_page


def sign_in(page: Any, url: str, username: str) -> None:
    """Through the login form, as a person does."""
    page.goto(url + "/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    click_to_page(page, "form.login button[type=submit]")


def accessible(page: Any, name: str) -> None:
    """axe-core (bundled, no network) finds no serious or critical violation; the page is kept as a PNG
    when screenshots are asked for (`SHOTS`)."""
    from axe_playwright_python.sync_playwright import Axe  # noqa: PLC0415

    if SHOTS:
        page.screenshot(path=f"{SHOTS}/journeys/{name}.png", full_page=True)
    violations = Axe().run(page).response["violations"]
    bad = [f"{v['id']}: {v['help']}" for v in violations if v.get("impact") in ("serious", "critical")]
    assert bad == [], f"{name}: {bad}"


def wait_until_final(page: Any, rows: int, burst: Any) -> None:
    """Every row has left the queue: the worker runs in bursts here (the embedded thread is off in tests)."""
    page.wait_for_function(f"document.querySelectorAll('#upload-results tbody tr').length >= {rows}")
    cells = "[...document.querySelectorAll('#upload-results td.status')]"
    page.wait_for_function(cells + ".every(c => c.dataset.status !== 'uploading')")
    burst()
    page.wait_for_function(
        cells
        + ".every(c => ['accepted','unchanged','partial','rejected','refused','failed']"
        + ".includes(c.dataset.status))",
        timeout=30_000,
    )


def send(page: Any, app: Flask, files: list[Path], rows: int) -> None:
    """Pick files on the upload page, send them, and wait until the page's `rows` rows are final."""
    pick_and_send(page, *files)
    wait_until_final(page, rows, lambda: queue.run_burst(app))


def another_citizens_form(source: Path, target: Path, start: str) -> Path:
    """The form for another citizen (a new CPR number and name), starting on `start` as typed."""
    values = {"Tekstfelt12": "010190-1236", "Tekstfelt1": "Maja Eksempel", "Tekstfelt6": start}
    writer = PdfWriter(clone_from=io.BytesIO(source.read_bytes()))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    with target.open("wb") as out:
        writer.write(out)
    assert PdfReader(target).get_fields()["Tekstfelt6"].get("/V") == start
    return target


@pytest.fixture
def fresh(app: Flask) -> Flask:
    """The agreements and a user of every role on an empty store."""
    load_agreements(app)
    add_everyone(app)
    return app


@pytest.fixture(scope="module")
def lived(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """A copy of the lived demo with a user of every role."""
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("journeys")) as app:
        yield app


def test_the_lead_uploads_a_folder_and_sees_them_accepted_and_one_rejected_at_its_field(
    fresh: Flask, tmp_path: Path, page: Page
) -> None:
    kontant = GOLDEN / "gladsaxe" / "placement_kontanthjaelp.pdf"
    # A caseworker's typo: day 32. The fixed form is kept in another folder, under the same name.
    typo_form = another_citizens_form(kontant, tmp_path / "placement_typo.pdf", "32.08.2026")
    (tmp_path / "fixed").mkdir()
    fixed = another_citizens_form(kontant, tmp_path / "fixed" / "placement_typo.pdf", "03.08.2026")
    folder = [kontant, GOLDEN / "gladsaxe" / "placement_sygedagpenge.pdf", typo_form]
    with served(fresh) as url:
        sign_in(page, url, "lead-gladsaxe")
        page.goto(url + "/upload")
        accessible(page, "upload-empty")
        send(page, fresh, folder, 3)
        rows = {
            page.locator("#upload-results tbody tr").nth(i).locator("th").inner_text(): page.locator(
                "#upload-results tbody tr"
            ).nth(i)
            for i in range(3)
        }
        assert rows["placement_kontanthjaelp.pdf"].get_attribute("data-status") == "accepted"
        assert rows["placement_sygedagpenge.pdf"].get_attribute("data-status") == "accepted"
        typo = rows["placement_typo.pdf"]
        assert typo.get_attribute("data-status") == "rejected"
        assert typo.locator(".status").inner_text() == "Afvist"
        problem = typo.locator("ul.problems").inner_text()
        assert 'felt "Tekstfelt6"' in problem and "på side 1" in problem
        assert "/ startdato: ikke en dato" in problem  # the field in words, not period.start
        assert typo.locator("label.button").inner_text() == "Send en rettet fil"
        # The list of what was sent, "Nothing sent yet" before, lists the three without a reload.
        page.wait_for_function("document.querySelectorAll('#recent tbody tr').length === 3")
        assert "placement_typo.pdf" in page.locator("#recent").inner_text()
        # A screen reader hears that the lists changed (the region the files' statuses are said in).
        expected = "Listerne på siden er opdateret med de sendte filer."
        expect(page.locator("#lists-announce")).to_have_text(expected, timeout=15_000)
        # Each file's status is heard, not only the last one's; the rejected one's first problem and that
        # it can be sent again too.
        said = page.locator("#upload-announce").inner_text()
        for name in ("placement_kontanthjaelp.pdf", "placement_sygedagpenge.pdf"):
            assert f"{name}: Godkendt." in said, said
        assert "placement_typo.pdf: Afvist." in said, said
        # Its problem follows its status, the file named once (stop 45: not again before the problem).
        heard = said.split("placement_typo.pdf: Afvist.")[1]
        assert "ikke en dato" in heard and "placement_typo.pdf / " not in heard, said
        assert "Send en rettet fil." in said
        accessible(page, "upload-done")
        # The fixed file, sent again from the rejected row, is read and accepted in a row of its own below;
        # the rejected row stays and says which sending corrected it (page-112).
        typo.locator("input[type=file]").set_input_files(str(fixed))
        fourth = "document.querySelectorAll('#upload-results tbody tr')[3].dataset.status"
        page.wait_for_function(fourth + " === 'queued'")
        queue.run_burst(fresh)
        page.wait_for_function(fourth + " === 'accepted'")
        assert page.locator("#upload-results tbody tr").count() == 4
        assert page.locator("#upload-results tbody tr").nth(3).locator("ul.problems").count() == 0
        expect(typo.locator("td.result a")).to_have_text(re.compile(r"^Rettet ved indsendelse \d+$"))
        # "Where does this value come from": the accepted form's record, each value at its PDF field.
        click_to_page(page, rows["placement_kontanthjaelp.pdf"].locator("a").first)
        assert "Tekstfelt12" in page.locator('tr[data-path="citizen.cpr"]').inner_text()
        accessible(page, "record")


def test_the_company_downloads_its_form_fills_it_uploads_it_and_sees_the_hours(
    fresh: Flask, page: Page
) -> None:
    with fresh.app_context():
        sent = ingest.submit(
            db.session, (GOLDEN / "herlev" / "placement.csv").read_bytes(), "p.csv", "163", "test", "test"
        )
        enqueue_submission(sent.submission_id)
        queue.run_burst(fresh)
        pid = db.session.scalars(select(Placement.participant_id)).one()
    with served(fresh) as url:
        sign_in(page, url, "falck")
        assert page.url.endswith("/company")  # the company's home
        page.goto(url + "/company?agreement=falck-hovedstaden&period=2026-09")
        accessible(page, "company-before")
        assert "ingen indberettet" in page.locator(f'tr[data-participant="{pid}"] td.hours').inner_text()
        page.select_option("#form-format", "xlsx")
        with page.expect_download() as download:
            page.click("#download-form")
        form = Path(download.value.path()).read_bytes()
        filled = fill_xlsx(
            form,
            {pid: {"2026-W37": "3", "2026-W38": "2.5", "2026-W39": "0"}},
            "Mads Eksempel",
            date(2026, 9, 30),
        )
        page.set_input_files(
            "#upload-files",
            files=[
                {"name": "timer-september.xlsx", "mimeType": "application/octet-stream", "buffer": filled}
            ],
        )
        page.click("#upload-form button[type=submit]")
        wait_until_final(page, 1, lambda: queue.run_burst(fresh))
        assert page.locator("#upload-results tbody tr").get_attribute("data-status") == "accepted"
        # The form's item names its intern by the name printed on the form (the placement's citizen) and
        # participant id, then its place in the file; it read "deltager P-… (… (Ahmad Rahimi))" (stop 52).
        line = page.locator("#upload-results ul.items li").first
        item, record = line.inner_text(), line.locator("a").inner_text()  # its record's link (stop 54)
        assert item.startswith(f"Ahmad Rahimi ({pid}), "), item
        assert record.startswith("Post ")
        assert item.count("(") == 1 and item.endswith(f": Godkendt {record}"), item
        # The hours show in the table above without a reload, and the form among those sent.
        hours = page.locator(f'tr[data-participant="{pid}"] td.hours')
        expect(hours).to_contain_text("5,5", timeout=15_000)
        assert hours.inner_text().startswith("5,5")
        assert "timer-september.xlsx" in page.locator("#recent").inner_text()
        expect(page.locator("#lists-announce")).to_have_text(
            "Listerne på siden er opdateret med de sendte filer.", timeout=15_000
        )
        accessible(page, "company-after")


@pytest.mark.usefixtures("demo_today")  # on 1 December 2026 Q3 is Ballerup's last quarter ended
def test_the_auditor_downloads_a_bundle_and_its_verifier_passes(
    lived: Flask, tmp_path: Path, page: Page
) -> None:
    with served(lived) as url:
        sign_in(page, url, "revisor-ballerup")
        assert page.url.endswith("/audit")
        accessible(page, "audit")
        assert page.locator("#pick-period").input_value() == "2026-Q3"
        # The command the page gives, with the published key: run as given, the bundle verifies.
        command = page.locator("#verify-command code").inner_text().split()
        with page.expect_download(timeout=120_000) as download:
            page.click("#download-bundle")
        assert download.value.suggested_filename == command[2]
        bundle = tmp_path / "bundle.zip"
        download.value.save_as(bundle)
    with zipfile.ZipFile(bundle) as zipped:
        zipped.extract("verify.py", tmp_path)
    run = subprocess.run(
        ["/usr/bin/python3", str(tmp_path / "verify.py"), str(bundle), *command[3:]],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_partner_cannot_open_another_municipalitys_citizen(lived: Flask, page: Page) -> None:
    with lived.app_context():
        herlev = db.session.scalars(
            select(Record.id).where(Record.municipality_code == "163").order_by(Record.id)
        ).first()
        ballerup = db.session.scalars(
            select(Record.id).where(Record.municipality_code == "151").order_by(Record.id)
        ).first()
    with served(lived) as url:
        sign_in(page, url, "kommune-ballerup")
        page.goto(f"{url}/records/{ballerup}")
        accessible(page, "record-own")
        response = page.goto(f"{url}/records/{herlev}")
        assert response is not None and response.status == 404
        assert page.locator("html").get_attribute("lang") == "da"
        assert "findes ikke" in page.locator("#error-message").inner_text()
        accessible(page, "record-not-found")


@pytest.mark.usefixtures("demo_today")  # the claim periods offered are the last year's
def test_the_lead_reads_the_months_payments_and_downloads_its_claim(
    lived: Flask, tmp_path: Path, page: Page
) -> None:
    with served(lived) as url:
        sign_in(page, url, "lead-gladsaxe")
        click_to_page(page, "nav >> text=Betalinger og krav")
        page.select_option("#pick-period", "2026-09")
        click_to_page(page, "form.pickers button[type=submit]")
        accessible(page, "payments")
        assert page.locator("#lines tbody tr").count() > 0
        shown = {page.locator("#totals tbody tr").nth(i).get_attribute("data-municipality") for i in range(5)}
        assert shown == {"159", "151", "163", "169", "190"}  # the lead sees every municipality's sums
        page.select_option("#claim-period", "2026-09")
        with page.expect_download() as download:
            page.click("#download-claim")
        assert download.value.suggested_filename == "krav-159-falck-hovedstaden-2026-09.pdf"
        claim = tmp_path / "krav.pdf"
        download.value.save_as(claim)
    assert PdfReader(claim).pages


def test_the_same_bytes_again_say_so_after_they_are_read(fresh: Flask, tmp_path: Path, page: Page) -> None:
    # The second copy is one submission with the first: its row must not read as a fresh acceptance
    # once the status is polled, and the note naming the first file stays.
    form = GOLDEN / "gladsaxe" / "placement_kontanthjaelp.pdf"
    copy = tmp_path / "kopi.pdf"
    copy.write_bytes(form.read_bytes())
    with served(fresh) as url:
        sign_in(page, url, "lead-gladsaxe")
        page.goto(url + "/upload")
        send(page, fresh, [form], 1)
        send(page, fresh, [copy], 2)
        second = page.locator("#upload-results tbody tr").nth(1)
        page.wait_for_function(
            "document.querySelectorAll('#upload-results tbody tr')[1].querySelector('a') !== null"
        )
        assert second.locator(".status").inner_text() == "Allerede modtaget · Godkendt"
        # The note under the row "kopi.pdf" does not name it again (stop 47).
        note = second.locator(".notice").inner_text()
        assert note.startswith("Samme indhold som placement_kontanthjaelp.pdf, modtaget "), note
        accessible(page, "upload-duplicate")


def test_the_same_form_saved_again_says_unchanged_and_links_the_record_it_repeats(
    fresh: Flask, tmp_path: Path, page: Page
) -> None:
    # Other bytes (a line ending more), the same content: a submission of its own that stores nothing
    # new; its row says so and links the version it repeats, not a bare acceptance.
    form = GOLDEN / "herlev" / "placement.csv"
    again = tmp_path / "praktik-igen.csv"
    again.write_bytes(form.read_bytes() + b"\r\n")
    with served(fresh) as url:
        sign_in(page, url, "kommune-herlev")
        page.goto(url + "/upload")
        send(page, fresh, [form], 1)
        first = page.locator("#upload-results tbody tr").nth(0)
        expect(first.locator("a")).to_have_text("Post 1 v1")
        send(page, fresh, [again], 2)
        second = page.locator("#upload-results tbody tr").nth(1)
        expect(second.locator(".status")).to_have_text("Uændret")
        expect(second.locator(".result")).to_contain_text("Samme indhold som Post 1 v1")
        assert second.locator("a").get_attribute("href") == f"{url}/records/1"  # whole, as the API gives it
        page.goto(url + "/upload")  # the list of files sent says it too
        expect(page.locator("table").last.locator("tbody tr").first).to_contain_text("Uændret")
        accessible(page, "upload-unchanged")


def test_a_placement_past_the_sites_places_is_accepted_with_a_notice(
    fresh: Flask, tmp_path: Path, page: Page
) -> None:
    # Four citizens' placements at Falck Søborg, which the agreement gives three places, over the same
    # days: each is kept, and each row says the site has four at once and three places. Three are sent
    # first and fit; the fourth takes the site past its places, and the rows sent before it say so too
    # (the order files finish in is not the order they were picked in, so this is what a batch sees).
    form = (GOLDEN / "herlev" / "placement.csv").read_bytes()
    files = []
    for n, cpr in enumerate((b"221100-4237", b"150599-1236", b"010190-1236", b"020285-1234")):
        path = tmp_path / f"praktik-{n + 1}.csv"
        path.write_bytes(form.replace(b"221100-4237", cpr).replace(b"Ahmad Rahimi", b"Borger %d" % n))
        files.append(path)
    with served(fresh) as url:
        sign_in(page, url, "kommune-herlev")
        page.goto(url + "/upload")
        send(page, fresh, files[:3], 3)
        rows = page.locator("#upload-results tbody tr")
        for n in range(3):
            expect(rows.nth(n).locator(".status")).to_have_text("Godkendt")
        assert page.locator(".stored-notice").count() == 0
        send(page, fresh, files[3:], 4)
        for n in range(4):
            expect(rows.nth(n).locator(".status")).to_have_text("Godkendt")
            notice = rows.nth(n).locator(".stored-notice")
            expect(notice).to_contain_text("Falck Søborg (P-nummer 1900000101) har 4 praktikanter")
            expect(notice).to_contain_text("og 3 pladser i aftalen")
        accessible(page, "upload-overbooked")
