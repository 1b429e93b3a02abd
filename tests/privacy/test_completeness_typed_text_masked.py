"""A masking municipality's auditor meets no CPR number typed into a name or quoted in a check's words on
the completeness page (decision 0065, "Stop 55: privacy-63"). The page named each placement by its
citizen's and site's names and said who signed as the form had it: a number a caseworker typed after a
name ("Anders Andersen 0710649137") reached the auditor whose rule masks CPR, beside the masked field."""

from __future__ import annotations

import pytest
from accounts import sign_in
from cpr_names_support import plant_cpr_in_free_text
from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import select
from sweep_capture import Spellings, readable

from hub.extensions import db
from hub.models import RecordVersion

app = demo_copy_fixture("completeness-typed-text")


@pytest.mark.usefixtures("demo_today")
def test_the_auditor_s_page_masks_cpr_typed_into_names_and_check_words(app: Flask) -> None:
    with app.app_context():
        assert plant_cpr_in_free_text() > 300
        spelled = Spellings(
            {str(d["citizen"]["cpr"]) for d in db.session.scalars(select(RecordVersion.data))}
        )
    auditor = app.test_client()
    sign_in(auditor, "revisor-ballerup")  # Ballerup masks CPR for its auditors
    page = auditor.get("/audit?period=2026-Q3")
    assert page.status_code == 200
    text = readable(page.get_data(), page.mimetype)
    assert "XXXX" in text and "Anders Andersen" in text  # the names are there, the numbers masked
    assert spelled.find(text) is None
