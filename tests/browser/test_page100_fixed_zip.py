"""In Chromium, what page-93 left on the upload page: a fixed file sent from a refused row's "Send en
rettet fil" as a zip was refused 422 whatever it held, with no clear line on the row. A zip of one
document is now the fixed file as that document alone is; a zip of several is refused on the row, naming
the zip and why (a fixed file replaces one document), and nothing is stored."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from sqlalchemy import func, select
from upload_support import FIXED, number_of, send_until

from hub.extensions import db
from hub.models import Submission
from hub.queue import queue

HERLEV = ROOT / "tests" / "golden" / "herlev"
GOLDEN = HERLEV / "placement.csv"  # Ahmad's, "Startdato;10-08-2026"
CORRECTS = "Retter indsendelse {}"
# Written from hub/services/uploads.py's words (`_check_corrects`) and the page's "The upload failed".
TWO_DOCUMENTS = {
    "da": "Upload mislykkedes: rettet.zip: en rettet fil erstatter ét dokument, men zip-filen rummer 2: "
    "send den rettede fil alene og de andre for sig",
    "en": "The upload failed: rettet.zip: a fixed file replaces one document, but the zip holds 2: send "
    "the fixed file alone, and the others as an upload of their own",
}


def refused_row(app: Flask, page: Page, tmp_path: Path) -> int:
    """Ahmad's placement sent with a start date that is none: refused, its row offering a fixed file."""
    typo = GOLDEN.read_bytes().replace(b"Startdato;10-08-2026", b"Startdato;32-08-2026")
    (tmp_path / "praktik-dato.csv").write_bytes(typo)
    send_until(app, page, [tmp_path / "praktik-dato.csv"], "rejected")
    return number_of(app, "praktik-dato.csv")


def zipped(tmp_path: Path, *members: Path) -> Path:
    """The files zipped together as `rettet.zip`, each under its own name."""
    path = tmp_path / "rettet.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for member in members:
            archive.write(member, member.name)
    return path


def test_a_zip_of_one_document_sent_from_a_row_is_the_fixed_file(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev")
    refused = refused_row(app, page, tmp_path)
    row = page.locator("#upload-results tbody tr").first
    row.locator("input.again-picker").set_input_files(str(zipped(tmp_path, GOLDEN)))
    fix = page.locator("#upload-results tbody tr").nth(1)  # a row of its own (page-112)
    status = fix.locator("td.status")
    expect(status).to_have_attribute("data-status", "queued")
    queue.run_burst(app)
    expect(status).to_have_attribute("data-status", "accepted")
    expect(fix.locator("th")).to_have_text("rettet.zip/placement.csv")  # the zip's one member
    fixed = number_of(app, "rettet.zip/placement.csv")
    page.goto("/upload")
    assert page.locator(f"#submission-{fixed} td.status a").all_inner_texts() == [CORRECTS.format(refused)]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_zip_of_several_sent_from_a_row_is_refused_on_the_row(
    app: Flask,
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    tmp_path: Path,
    lang: str,
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev", lang=lang)
    refused = refused_row(app, page, tmp_path)
    with app.app_context():
        before = db.session.execute(select(func.count(Submission.id))).scalar_one()
    row = page.locator("#upload-results tbody tr").first
    row.locator("input.again-picker").set_input_files(
        str(zipped(tmp_path, GOLDEN, HERLEV / "mentor_support.csv"))
    )
    result = row.locator("td.result")
    expect(result.locator("p.refused-line")).to_have_text(TWO_DOCUMENTS[lang])
    expect(page.locator("#upload-announce")).to_contain_text(TWO_DOCUMENTS[lang])
    # The row's refused file may still be fixed from the row, as the one document it is.
    expect(result.locator("label.button")).to_have_text(FIXED[lang])
    axe_check(page)
    with app.app_context():
        assert db.session.execute(select(func.count(Submission.id))).scalar_one() == before
    # Nothing was stored, so the row is still the refused file's: the fixed file alone, sent from it
    # next, corrects that one.
    row.locator("input.again-picker").set_input_files(str(GOLDEN))
    status = page.locator("#upload-results tbody tr").nth(1).locator("td.status")  # its own row (page-112)
    expect(status).to_have_attribute("data-status", "queued")
    queue.run_burst(app)
    expect(status).to_have_attribute("data-status", "accepted")
    fixed = page.request.get(f"/api/submissions/{number_of(app, 'placement.csv')}").json()
    assert [c["id"] for c in fixed["corrects"]] == [refused]
