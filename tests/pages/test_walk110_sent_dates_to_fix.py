"""What walk-110 (stop 68) found in the partner's list of files sent: a progress report dated after its
citizen's placement ended was refused "ingen praktik … rummer alle blankettens datoer (…); borgerens
praktik der løber …: ret blankettens datoer, eller send en rettet praktikaftale", and under it "Der er ikke
noget galt i selve filen … send så den samme fil igen": the reason told the caseworker to correct the
form's dates, the line below it that nothing in the file was wrong. So was a placement agreement whose
P-number is a CPR number ("skriv arbejdsstedets P-nummer"). Where the file's own value may be the fault
(`FieldProblem.may_be_in_document`), the list no longer says that nothing in it is wrong; where no
placement is held at all, it still does (tests/browser/test_walk_stop47.py)."""

from __future__ import annotations

import lxml.html
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import client_of, load_agreements

from hub.extensions import db
from hub.services import ingest

HERLEV = ROOT / "tests" / "golden" / "herlev"
# The golden placement runs 10-08-2026 to 06-11-2026 (placement.csv); its progress report is dated
# 21-09-2026 (progress_report.csv): moved to 20 November, after the placement's last day.
LATE = (HERLEV / "progress_report.csv").read_bytes().replace(b"21-09-2026", b"20-11-2026")
# The golden placement with its P-number "1900000101" written as a CPR number (a date and four digits).
CPR_SITE = (HERLEV / "placement.csv").read_bytes().replace(b"P-nr.;1900000101", b"P-nr.;0101901234")


def _read(app: Flask, data: bytes, name: str) -> tuple[int, str]:
    """Herlev's file `name` received and read, one after the other as a worker reads them; its number and
    status."""
    with app.app_context():
        sent = ingest.submit(db.session, data, name, "163", "test", "tester")
        db.session.commit()
        return sent.submission_id, ingest.process(db.session, sent.submission_id)


def _row(html: str, number: int) -> lxml.html.HtmlElement:
    """The row of the list "Senest sendt" for the submission `number`."""
    rows = lxml.html.fromstring(html).xpath('//table[@id="recent"]/tbody/tr')
    found = [row for row in rows if row.xpath("td[1]")[0].text_content().strip() == str(number)]
    assert len(found) == 1, [row.text_content() for row in rows]
    return found[0]


def test_a_form_to_correct_is_not_said_to_have_nothing_wrong_in_it(app: Flask) -> None:
    load_agreements(app)
    add_everyone(app)
    assert _read(app, (HERLEV / "placement.csv").read_bytes(), "placement.csv")[1] == "accepted"
    late, status = _read(app, LATE, "statusrapport.csv")
    assert status == "rejected"
    cpr_site, status = _read(app, CPR_SITE, "praktikaftale.csv")
    assert status == "rejected"
    html = client_of(app, "kommune-herlev").get("/upload").text
    late_row = _row(html, late)
    problems = late_row.xpath('.//ul[@class="problems"]')[0].text_content()
    assert "ret blankettens datoer, eller send en rettet praktikaftale" in problems, problems
    assert late_row.xpath('.//p[contains(@class, "outside-file")]') == []
    cpr_row = _row(html, cpr_site)
    problems = cpr_row.xpath('.//ul[@class="problems"]')[0].text_content()
    assert "skriv arbejdsstedets P-nummer" in problems, problems
    assert cpr_row.xpath('.//p[contains(@class, "outside-file")]') == []
