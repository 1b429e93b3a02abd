"""The record page's versions say what each one changed: a caseworker who corrects a placement (15 hours
a week become 20, the end moves from 6 to 20 November, Kontanthjælp becomes Sygedagpenge) reads those
three changes on version 2, in words and Danish numbers and dates; the company, which never sees the
citizen's benefit, reads only the first two."""

from __future__ import annotations

import re

import lxml.html
import pytest
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import accepted, client_of, load_agreements

from hub.access import Principal
from hub.extensions import db
from hub.services.ingest_types import Submitter
from hub.services.upload_zips import Incoming, Limits
from hub.services.uploads import upload

LIMITS = Limits(max_files=10, max_unpacked_bytes=1_000_000)
FORM = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
CORRECTED = (
    FORM.replace(b"Timer pr. uge;15", b"Timer pr. uge;20")
    .replace(b"Slutdato;06-11-2026", b"Slutdato;20-11-2026")
    .replace(b"Ydelse;Kontanthj\xe6lp", b"Ydelse;Sygedagpenge")
)


@pytest.fixture
def corrected(app: Flask) -> Flask:
    add_everyone(load_agreements(app))
    assert CORRECTED.count(b"\n") == FORM.count(b"\n") and CORRECTED != FORM
    accepted(app, FORM, "praktik.csv", "herlev")
    accepted(app, CORRECTED, "praktik-rettet.csv", "herlev")
    return app


def _changes(html: str) -> dict[int, list[str]]:
    """Each version's changes as said, by version number."""
    rows = lxml.html.fromstring(html).xpath('//table[@id="versions"]/tbody/tr')
    said = {}
    for row in rows:
        number = int(row.xpath("./th")[0].text_content().split()[0])
        cell = row.xpath('./td[@class="changes"]')[0]
        lines = [" ".join(div.text_content().split()) for div in cell.xpath("./div")]
        said[number] = lines or [" ".join(cell.text_content().split())]
    return said


def test_the_caseworker_reads_what_the_correction_changed(corrected: Flask) -> None:
    said = _changes(client_of(corrected, "kommune-herlev").get("/records/1").text)
    assert said[1] == ["første version"]
    assert sorted(said[2]) == [
        "Slutdato: 6. nov. 2026 → 20. nov. 2026",
        "Timer om ugen: 15 → 20",
        "Ydelse: Kontanthjælp → Sygedagpenge",
    ]


def test_the_company_reads_the_changes_it_may_see_and_not_the_benefit(corrected: Flask) -> None:
    said = _changes(client_of(corrected, "falck").get("/records/1").text)
    assert sorted(said[2]) == ["Slutdato: 6. nov. 2026 → 20. nov. 2026", "Timer om ugen: 15 → 20"]


def test_the_first_file_sent_again_says_the_correction_is_in_force(corrected: Flask) -> None:
    """The original file sent after its correction is one submission, not a revert: the note says
    which version is in force, in Danish with a Danish date, so nobody believes the old content is back."""
    with corrected.app_context():
        herlev = Principal(1, "kommune-herlev", "municipality", municipality="163")
        [again] = upload(
            db.session, herlev, Submitter(municipality_code="163"), [Incoming("praktik.csv", FORM)], LIMITS
        )
        assert again.outcome == "duplicate" and again.note_en and again.note_da
        assert "version 2 is in force, not this file's version 1" in again.note_en
        assert "version 2 gælder, ikke filens version 1" in again.note_da
        # A Danish caseworker reads "kl. 14.05" and a month's name, not an ISO timestamp.
        assert " kl. " in again.note_da and not re.search(r"\d{4}-\d\d-\d\d", again.note_da)
