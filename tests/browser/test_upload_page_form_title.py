"""The upload page's live list names a rejected file's form by its title, as the page does after a
reload, not by the config's id ("praktikaftale"): upload.js reads the API's `form_title`."""

from __future__ import annotations

import tomllib
from collections.abc import Callable

from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from sqlalchemy import select, update
from upload_support import pick_and_send

from hub.errors import FieldProblem
from hub.extensions import db
from hub.models import Submission

GOLDEN = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
HERLEV = tomllib.loads((ROOT / "config" / "municipalities" / "herlev.toml").read_text(encoding="utf-8"))


def test_a_rejected_files_form_is_named_by_its_title_while_followed(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    load_agreements(app)
    form = next(f for f in HERLEV["forms"] if f["id"] == "mentorbevilling")  # its title is not its id
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    row = pick_and_send(page, GOLDEN)
    page.wait_for_function(
        "document.querySelector('#upload-results tbody tr td.status')?.dataset.status !== 'uploading'"
    )
    # As a worker would reject it: one problem at a field of the recognised form.
    problem = FieldProblem("missing", "mangler", file=GOLDEN.name, form=form["id"], locator="row 2")
    with app.app_context():
        sent = db.session.scalars(select(Submission.id)).one()
        values = {"status": "rejected", "form_id": form["id"], "problems": [problem.to_dict()]}
        db.session.execute(update(Submission).where(Submission.id == sent).values(**values))
        db.session.commit()
    row.locator("ul.problems").wait_for(timeout=30_000)
    shown = row.locator("ul.problems").inner_text()
    # In the row titled by the file's name, the problem does not name it again (stop 45).
    assert shown.startswith(f"{form['title']} / "), shown
    assert GOLDEN.name not in shown
    assert f"/ {form['id']} /" not in shown
