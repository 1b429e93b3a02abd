"""The upload page's answer lost on a flaky line: the hub stored the file, the page never heard. The same
file sent again from its row is the same request with the same `Idempotency-Key`, so it is answered the
first answer (`received`), not a `duplicate` of the file the caseworker was never told had arrived
(decision 0016, "Stop 66: api-100")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, Route
from sqlalchemy import func, select
from upload_support import STATUSES, pick_and_send

from hub.extensions import db
from hub.models import Submission

GOLDEN = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
# The first upload reaches the hub and is answered, and the line drops the answer: the page hears an
# error with no status, as an XMLHttpRequest does when the connection breaks.
LOSE_THE_FIRST_ANSWER = """() => {
  const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  let lost = false;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.upload_ = method === "POST" && String(url).endsWith("/api/submissions");
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function (body) {
    if (this.upload_ && !lost) {
      lost = true;
      const xhr = this;
      xhr.onload = function () {
        Object.defineProperty(xhr, "status", { value: 0 });
        Object.defineProperty(xhr, "responseText", { value: "" });
        xhr.onerror();
      };
    }
    return send.call(this, body);
  };
}"""


def test_the_same_file_sent_again_after_a_lost_answer_gets_the_first_answer(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    load_agreements(app)
    add_everyone(app)
    sent = tmp_path / "praktik.csv"
    sent.write_bytes(GOLDEN.read_bytes())
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    keys: list[str | None] = []

    def seen(route: Route) -> None:
        keys.append(route.request.headers.get("idempotency-key"))
        route.continue_()

    page.route("**/api/submissions", seen)
    page.evaluate(LOSE_THE_FIRST_ANSWER)
    row = pick_and_send(page, sent).first
    # No answer: the row offers the same file again (nothing in it is to fix), not "Send en rettet fil".
    assert row.locator("label.button").inner_text() == "Send filen igen"
    row.locator(".again-picker").set_input_files(str(sent))
    page.wait_for_function(f"{STATUSES}.length === 1 && ['queued', 'received'].includes({STATUSES}[0])")
    assert len(keys) == 2 and keys[0] and keys[0] == keys[1]
    assert row.get_attribute("data-duplicate") is None  # the first answer, not "the same as …"
    assert "Samme indhold" not in row.inner_text()
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 1
