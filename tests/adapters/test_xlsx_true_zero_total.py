"""A workbook written by XlsxWriter (`fullCalcOnLoad`) whose total is truly 0: Haderslev's timesheet of
the seventeenth trial with every hour 0. XlsxWriter saves `<v>0</v>` for the `SUM`, and Excel shows 0
too; the hub refused it as "a formula whose value was never calculated" (decision 0060, "Stop 56:
stray-64"). Only a 0 the summed cells do not make is such a formula."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

THIS = Trial("haderslev", "510", "make_fixtures_onboarding_seventeenth")


def _hours(data: bytes, hours: dict[str, str]) -> bytes:
    """The workbook `data` with the hour cells named in `hours` (C8..C12) saved with those numbers."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as book, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in book.infolist():
            part = book.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                for ref, value in hours.items():
                    cell = rf'(<c r="{ref}" s="4"><v>)[^<]*'.encode()
                    part = re.sub(cell, rb"\g<1>" + value.encode(), part)
            copy.writestr(item, part)
    return out.getvalue()


def _form() -> str:
    """suggest's draft of the timesheet, its total read from the cell right of "I alt" (the SUM in C13)."""
    data = (THIS.golden / "mentor_hours.xlsx").read_bytes()
    draft = render(suggest(extract(data, "mentor_hours.xlsx", READ_OPTIONS), "mentor_hours.xlsx"))
    form = draft.split("\n\n", 1)[1]
    assert 'path = "total_hours"\n  source = "label:I alt"' in form  # Excel's 11, worked out (stop 63)
    return form


ZERO = {ref: "0" for ref in ("C8", "C9", "C10", "C11", "C12")}


def test_a_sum_of_hours_all_zero_is_read_as_its_zero(tmp_path: Path) -> None:
    data = _hours((THIS.golden / "mentor_hours.xlsx").read_bytes(), ZERO)
    config = THIS.config(tmp_path, _form())
    record = canonical_records(config, data, "mentor_hours.xlsx")
    # the form as Excel shows it: 0 in every hour cell, and 0 under "I alt"
    assert record["total_hours"] == "0.0"
    assert [entry["hours"] for entry in record["entries"]] == ["0.0", "0.0", "0.0", "0.0"]
    # a 0 the summed hours do not make (1.5 in C11) is the sum Excel shows, worked out (stop 63)
    data = _hours((THIS.golden / "mentor_hours.xlsx").read_bytes(), {**ZERO, "C11": "1.5"})
    assert canonical_records(config, data, "mentor_hours.xlsx")["total_hours"] == "1.5"
