"""The company's export asks only about the interns it lists (stop 61, company-74): walk-73 read, in
Falck Hovedstaden's October export of the lived demo, 11 progress reports overdue since February–May
2026 of placements that ended before October, none of them in the export's own list of interns."""

from __future__ import annotations

import pytest
from flask import Flask
from page_support import client_of, demo_copy_fixture

demo = demo_copy_fixture("company-due-roster", name="demo")


@pytest.mark.usefixtures("demo_today")  # Tuesday 1 December 2026
def test_every_item_due_names_an_intern_the_export_lists(demo: Flask) -> None:
    falck = client_of(demo, "falck")
    for period in ("2026-10", "2026-11"):
        url = f"/company/export?agreement=falck-hovedstaden&format=json&period={period}"
        got = falck.get(url).get_json()
        listed = {i["participant_id"] for i in got["interns"]}
        assert listed, period
        strays = [
            (d["participant_id"], d["form_type"], d["due_on"])
            for d in got["due"]
            if d["participant_id"] not in listed
        ]
        assert strays == [], period
