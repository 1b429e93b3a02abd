"""Pages list an agreement's municipalities by name (Danish order), the lead first; not by code.

By code Falck Hovedstaden's partners came as Ballerup 151, Herlev 163, Høje-Taastrup 169, Furesø 190:
a person looking for Furesø looks between Ballerup and Gladsaxe. Worked out by hand from
`config/agreements/falck-hovedstaden.toml`: Gladsaxe leads; Ballerup, Furesø, Herlev, Høje-Taastrup.
The JSON API keeps the agreement's own order (docs/decisions/0062-pages-polish.md).
"""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
import web_pages
from page_support import client_of

from hub.schemas.municipalities import danish_sort_key

matrix_app = web_pages.matrix_app
LEAD_FIRST = ["159", "151", "190", "163", "169"]  # Gladsaxe, Ballerup, Furesø, Herlev, Høje-Taastrup


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize(
    ("url", "rows"),
    [
        ("/dashboard?month=2026-09", "//table[@id='municipalities']/tbody/tr/@data-municipality"),
        (
            "/payments?agreement=falck-hovedstaden&period=2026-09",
            "//table[@id='totals']/tbody/tr/@data-municipality",
        ),
        ("/upload", "//select[@id='upload-sender']/option/@value"),
    ],
)
def test_the_leads_pages_list_municipalities_by_name(matrix_app: Any, url: str, rows: str) -> None:
    lead = client_of(matrix_app, "lead-gladsaxe")
    answer = lead.get(url)
    assert answer.status_code == 200
    assert [str(code) for code in lxml.html.fromstring(answer.text).xpath(rows)] == LEAD_FIRST


def test_the_agreements_page_names_them_by_name(matrix_app: Any) -> None:
    page = lxml.html.fromstring(client_of(matrix_app, "lead-gladsaxe").get("/agreements").text)
    cell = page.xpath("//tr[@data-agreement='falck-hovedstaden']/td[2]")[0].text_content()
    assert " ".join(cell.split()) == "Gladsaxe (tovholder), Ballerup, Furesø, Herlev, Høje-Taastrup"


@pytest.mark.usefixtures("demo_today")
def test_the_companys_interns_go_by_job_centre_name(matrix_app: Any) -> None:
    page = client_of(matrix_app, "falck").get("/company?agreement=falck-hovedstaden&period=2026-10")
    centres = [
        " ".join(cell.text_content().split())
        for cell in lxml.html.fromstring(page.text).xpath("//table[@id='interns']/tbody/tr/td[3]")
    ]
    assert centres == sorted(centres, key=danish_sort_key)
    assert centres.index("Jobcenter Furesø") < centres.index("Jobcenter Gladsaxe")  # 190 after 159 by code
