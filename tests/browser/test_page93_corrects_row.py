"""In Chromium, what stop 64's walk (walk-88) left on the upload page: a fixed file sent from a refused
file's row corrected, by form, CPR and P-number, the earliest refused file of that citizen's form, not the
row pressed (a row whose CPR could not be read, or whose form was not recognised, stayed refused with no
link). The fixed file now says which submission it corrects, the row's, and the lists and the API link
those two alone. Once corrected, the refused row offers no fixed file any more (stop 69)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import number_of, pick_and_send, send_until

from hub.queue import queue

GOLDEN = ROOT / "tests" / "golden" / "herlev" / "placement.csv"  # Ahmad's, "CPR-nr.;221100-4237"
BY, CORRECTS = "Rettet ved indsendelse {}", "Retter indsendelse {}"


def test_a_fixed_file_sent_from_a_row_corrects_that_row(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    load_agreements(app)
    add_everyone(app)
    good = GOLDEN.read_bytes()
    # Ahmad's placement refused for its start date: its CPR and P-number read, the rule's candidate.
    typo = good.replace(b"Startdato;10-08-2026", b"Startdato;32-08-2026")
    (tmp_path / "praktik-dato.csv").write_bytes(typo)
    # Ahmad's again, refused for a CPR number that is none: nothing to link it by but the row.
    (tmp_path / "praktik-cpr.csv").write_bytes(good.replace(b"221100-4237", b"221100-42"))
    (tmp_path / "praktik-rettet.csv").write_bytes(good)
    page = signed_in_page("kommune-herlev")
    send_until(app, page, [tmp_path / "praktik-dato.csv", tmp_path / "praktik-cpr.csv"], "rejected")
    dated, unread = number_of(app, "praktik-dato.csv"), number_of(app, "praktik-cpr.csv")

    # The fixed file, sent from the row of the file with the unreadable CPR.
    row = page.locator("#upload-results tbody tr").nth(1)  # sent second, in the order picked
    expect(row.locator("th")).to_have_text("praktik-cpr.csv")
    row.locator("input.again-picker").set_input_files(str(tmp_path / "praktik-rettet.csv"))
    # The fix in a row of its own below, as a fixed file picked in the field above is (page-112).
    status = page.locator("#upload-results tbody tr").nth(2).locator("td.status")
    expect(status).to_have_attribute("data-status", "queued")
    queue.run_burst(app)
    expect(status).to_have_attribute("data-status", "accepted")
    fixed = number_of(app, "praktik-rettet.csv")
    # The refused row stays, saying what corrected it, as with the fix sent from the field above; it
    # was the fix's row, and the refused file left the live table (page-112).
    expect(row.locator("th")).to_have_text("praktik-cpr.csv")
    expect(row.locator("td.result a")).to_have_text(BY.format(fixed))
    # Nothing is left to send from it: "Send en rettet fil" beside "Rettet ved indsendelse N" read as still
    # to do (stop 68).
    expect(row.locator("label.button, input.again-picker")).to_have_count(0)

    page.goto("/upload")
    assert page.locator(f"#submission-{unread} td.status a").all_inner_texts() == [BY.format(fixed)]
    assert page.locator(f"#submission-{fixed} td.status a").all_inner_texts() == [CORRECTS.format(unread)]
    assert page.locator(f"#submission-{dated} td.status a").count() == 0  # not the earlier one's fix
    # The API says the same, for the same sender's session.
    answer = page.request.get(f"/api/submissions/{unread}").json()
    hub = "{0.scheme}://{0.netloc}".format(urlsplit(page.url))  # status URLs are whole (stop 65: api-93)
    assert answer["corrected_by"] == {"id": fixed, "status_url": f"{hub}/api/submissions/{fixed}"}
    assert page.request.get(f"/api/submissions/{dated}").json()["corrected_by"] is None
    assert page.request.get(f"/api/submissions/{fixed}").json()["corrects"] == [
        {"id": unread, "status_url": f"{hub}/api/submissions/{unread}"}
    ]

    # The refused file sent again is its refused submission, corrected since: said so, nothing offered.
    again = pick_and_send(page, tmp_path / "praktik-cpr.csv").first
    expect(again.locator("td.result a")).to_have_text(BY.format(fixed))
    expect(again.locator("label.button, input.again-picker")).to_have_count(0)
