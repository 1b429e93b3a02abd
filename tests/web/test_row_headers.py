"""Each row of a data table names itself for a screen reader, and names are not for a browser to translate.

An accessibility review (WCAG 1.3.1) found a row's person, file or agreement in a `td`: a screen reader
moving down a column said "9 hours" and not whose. Now it is the row's header (`th scope="row"`). File
names and participant ids are marked `translate="no"`: a browser's translation turned "Timeseddel" in a
file name into "Timesheet", a name that matches no file.

Every page of the URL map is opened as each role that may see it, on the access matrix's copy of the
lived demo (`tests/web_pages.py`).
"""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
import web_pages
from matrix import ROLES, Target
from page_support import client_of

matrix_app = web_pages.matrix_app
targets = web_pages.targets
# The app's main tables, each with rows in the lived demo for one of its roles (endpoint, table id).
MAIN = {
    ("dashboard.index", "sites"),
    ("dashboard.index", "ending"),
    ("dashboard.index", "missing"),
    ("partner.index", "running"),
    ("company.index", "interns"),
    ("company.index", "recent"),
    ("upload.index", "recent"),
    ("payments.index", "totals"),
    ("payments.index", "lines"),
    ("auditor.index", "completeness"),
    ("agreements.index", "agreements"),
    ("admin_users.index", "users"),
    ("records.show", "versions"),
}


def _rows(html: str) -> list[tuple[str, Any]]:
    # A row that says there is nothing to list (one cell across the table) has no one to name.
    found = []
    for table in lxml.html.fromstring(html).xpath("//table"):
        for row in table.xpath("./tbody/tr"):
            if not (len(row) == 1 and row[0].get("colspan")):
                found.append((table.get("id") or "", row))
    return found


@pytest.mark.usefixtures("demo_today")
def test_every_table_row_has_its_row_header(matrix_app: Any, targets: dict[str, Target]) -> None:
    seen, missing = set(), []
    for role in ROLES:
        listed = web_pages.pages(matrix_app, targets, role)
        client = client_of(matrix_app, listed[0].username)
        for item in listed:
            answer = client.get(item.url)
            assert answer.status_code == 200, item.url
            for table, row in _rows(answer.get_data(as_text=True)):
                seen.add((item.endpoint, table))
                if not row.xpath("./th[@scope='row']"):
                    missing.append(f"{item.url} #{table}: {' '.join(row.text_content().split())[:60]}")
    assert missing == []
    assert MAIN - seen == set(), "main tables without rows in the demo: the test would check nothing"


@pytest.mark.usefixtures("demo_today")
def test_file_names_and_participant_ids_are_not_translated(
    matrix_app: Any, targets: dict[str, Target]
) -> None:
    lead = client_of(matrix_app, "lead-gladsaxe")
    pages = {
        "/upload": "//table[@id='recent']/tbody/tr/th",
        "/dashboard": "//table[@id='ending']/tbody/tr/td[1]",
        f"/payments?agreement={targets['lead-gladsaxe'].agreement}&period=2026-09": "//*[@id='lines']//code",
    }
    for url, path in pages.items():
        cells = lxml.html.fromstring(lead.get(url).get_data(as_text=True)).xpath(path)
        assert cells and all(cell.get("translate") == "no" for cell in cells), url
    company = client_of(matrix_app, "falck")
    url = f"/company?agreement={targets['falck'].agreement}"
    page = lxml.html.fromstring(company.get(url).get_data(as_text=True))
    for path in ("//table[@id='recent']/tbody/tr/th", "//table[@id='interns']/tbody/tr/th/code"):
        cells = page.xpath(path)
        assert cells and all(cell.get("translate") == "no" for cell in cells), path
