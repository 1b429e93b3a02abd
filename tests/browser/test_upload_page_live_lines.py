"""In Chromium, the upload page's live lines (upload.js, right after sending) as its list says the same
after a reload (stop 59, upload-69): an English page wrote a refusal's reason as the API words it, ISO
dates and all; a refused file sent again after its correction said nothing of it; and the link from one
line to its correction, or back, led to the list's first page, where an older line is not."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import STATUSES, number_of, pick_and_send, send_until

from hub.extensions import db
from hub.models import Document, Submission
from hub.periods import DENMARK
from hub.queue import queue

HERLEV = ROOT / "tests" / "golden" / "herlev"
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
WORDS = {
    "da": ("Rettet ved indsendelse {}", "Retter indsendelse {}"),
    "en": ("Corrected by submission {}", "Corrects submission {}"),
}


def _typo(tmp_path: Path) -> tuple[Path, Path]:
    """Ahmad's placement refused at its start date ('32-08-2026'), and the same form corrected."""
    good = (HERLEV / "placement.csv").read_bytes()
    (tmp_path / "praktik.csv").write_bytes(good.replace(b"Startdato;10-08-2026", b"Startdato;32-08-2026"))
    (tmp_path / "praktik-rettet.csv").write_bytes(good)
    return tmp_path / "praktik.csv", tmp_path / "praktik-rettet.csv"


def _typo_refused(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path, lang: str = "da"
) -> tuple[Page, Path, Path]:
    """Herlev's page in `lang`, its typo sent and refused (`_typo`); the page and the two files."""
    load_agreements(app)
    add_everyone(app)
    typo, fixed_file = _typo(tmp_path)
    page = signed_in_page("kommune-herlev", lang=lang)
    send_until(app, page, [typo], "rejected")
    return page, typo, fixed_file


def test_an_english_live_line_writes_a_reasons_dates_as_the_page(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    load_agreements(app)
    add_everyone(app)
    # Granted on a day after it came in: "the date 2099-08-04 is after the day the form came in (…)".
    ahead = (
        (HERLEV / "mentor_support.csv")
        .read_bytes()
        .replace(b"Bevilget den;04-08-2026", b"Bevilget den;04-08-2099")
    )
    (tmp_path / "mentor.csv").write_bytes(ahead)
    page = signed_in_page("kommune-herlev", lang="en")
    send_until(app, page, [tmp_path / "mentor.csv"], "rejected")
    live = page.locator("#upload-results td.result ul.problems").inner_text()
    assert "4 Aug 2099" in live, live
    assert ISO.findall(live) == [], live
    heard = page.locator("#upload-announce").inner_text()
    assert "4 Aug 2099" in heard and ISO.findall(heard) == [], heard


def test_an_english_live_line_writes_when_the_same_bytes_came_as_the_page(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    load_agreements(app)
    add_everyone(app)
    _, good = _typo(tmp_path)
    page = signed_in_page("kommune-herlev", lang="en")
    send_until(app, page, [good], "accepted")
    page.goto("/upload")
    pick_and_send(page, good)
    note = page.locator("#upload-results td.result p.notice")
    note.wait_for()
    with app.app_context():
        first = db.session.get(Submission, number_of(app, "praktik-rettet.csv"))
        assert first is not None
        came = first.created_at.replace(tzinfo=UTC).astimezone(DENMARK)
    # British English, as the page's own moments: "6 Dec 2026, 07:12", not the API's "2026-12-06 07:12 CET".
    assert f"received on {came.day} {came:%b} {came.year}, {came:%H:%M} as submission" in note.inner_text()
    assert ISO.findall(note.inner_text()) == []


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_refused_file_sent_again_after_its_correction_says_so_live(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path, lang: str
) -> None:
    page, typo, fixed_file = _typo_refused(app, signed_in_page, tmp_path, lang)
    by, corrects = WORDS[lang]
    refused = number_of(app, "praktik.csv")
    send_until(app, page, [fixed_file], "accepted")
    fixed = number_of(app, "praktik-rettet.csv")
    # The correction's live line says what it corrected, as its line below does after a reload.
    back = page.locator("#upload-results td.result a", has_text=corrects.format(refused))
    assert back.get_attribute("href") == f"/upload/sent/{refused}"

    # The refused bytes sent again: the line says it was corrected since, heard and linked.
    page.goto("/upload")
    pick_and_send(page, typo)
    page.wait_for_function(f"{STATUSES}.every(s => s === 'rejected')")
    link = page.locator("#upload-results td.result a", has_text=by.format(fixed))
    assert link.get_attribute("href") == f"/upload/sent/{fixed}"
    assert by.format(fixed) in page.locator("#upload-announce").inner_text()
    # Followed by the keyboard, it leads to the accepted line in the list.
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/upload#submission-{fixed}")
    assert page.locator(f"#submission-{fixed}").is_visible()


def test_a_refused_row_says_so_once_its_fixed_file_sent_from_the_field_is_accepted(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    page, _, fixed_file = _typo_refused(app, signed_in_page, tmp_path)
    refused_row = page.locator("#upload-results tbody tr").first
    # The fixed file picked in the field above, not with the row's own button: a row of its own.
    pick_and_send(page, fixed_file)
    page.wait_for_function(f"{STATUSES}.length === 2 && ['queued', 'received'].includes({STATUSES}[1])")
    queue.run_burst(app)
    page.wait_for_function(f"{STATUSES}[1] === 'accepted'")
    fixed = number_of(app, "praktik-rettet.csv")
    link = refused_row.locator("td.result a", has_text=f"Rettet ved indsendelse {fixed}")
    link.wait_for()
    assert link.get_attribute("href") == f"/upload/sent/{fixed}"
    assert f"praktik.csv: Rettet ved indsendelse {fixed}" in page.locator("#upload-announce").inner_text()


def test_a_link_between_a_refused_line_and_its_correction_reaches_the_page_holding_it(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    page, _, fixed_file = _typo_refused(app, signed_in_page, tmp_path)
    send_until(app, page, [fixed_file], "accepted")
    refused, fixed = number_of(app, "praktik.csv"), number_of(app, "praktik-rettet.csv")
    with app.app_context():  # a busy day: 25 other files came in between the two
        first = db.session.get(Submission, refused)
        assert first is not None
        first.created_at -= timedelta(hours=2)
        for n in range(25):
            sha = f"{n:064x}"
            db.session.add(Document(sha256=sha, size=1, media_type="text/csv", filename=f"andet-{n}.csv"))
            db.session.add(
                Submission(
                    document_sha256=sha,
                    municipality_code="163",
                    channel="web",
                    submitted_by="kommune-herlev",
                    filename=f"andet-{n}.csv",
                    status="failed",
                    created_at=first.created_at + timedelta(minutes=n + 1),
                )
            )
        db.session.commit()

    page.goto("/upload")
    page.locator(f"#submission-{fixed} td.status a", has_text=f"Retter indsendelse {refused}").click()
    page.wait_for_url(f"**/upload?page=2#submission-{refused}")
    line = page.locator(f"#submission-{refused}")
    assert line.is_visible()
    # And back from there to the correction, on the first page.
    line.locator("td.status a", has_text=f"Rettet ved indsendelse {fixed}").click()
    page.wait_for_url(f"**/upload#submission-{fixed}")
    assert page.locator(f"#submission-{fixed}").is_visible()
