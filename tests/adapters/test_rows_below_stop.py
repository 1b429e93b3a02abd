"""A whole row of values typed below the line that ends a table by its stop label (decision 0060,
"Stop 56: stray-64"). Albertslund's golden timesheet ends its table at `Underskrevet af` (`stop = { label
= "Underskrevet af" }`), row 12; a day of the second citizen (`280786-2214;14-08-2026;2;`) typed under the
signature's date (row 14) was not read and the sheet stored 2 hours short, without a word. It is refused
at the row it is on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.adapters import pipeline
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form_items import map_items
from hub.adapters.readers import extract
from hub.errors import Rejection

ROOT = Path(__file__).resolve().parents[2]
TIMESHEET = ROOT / "tests" / "golden" / "albertslund" / "mentor_hours.csv"


def test_a_day_typed_below_the_signature_is_refused_at_its_row() -> None:
    data = TIMESHEET.read_bytes() + b"280786-2214;14-08-2026;2;\r\n"
    config = load_config_file(ROOT / "config" / "municipalities" / "albertslund.toml")
    extraction = extract(data, "timer.csv", pipeline.READ_OPTIONS)
    form, extraction = pipeline.recognise(config, extraction, "timer.csv", data, {})
    with pytest.raises(Rejection) as caught:
        map_items(extraction, form, "0" * 64, "timer.csv", config.code, {})
    (problem,) = caught.value.problems
    assert problem.locator == "row 14, column 1 (A14)"
    assert problem.reason_en.startswith(
        "the table ends at row 12 ('Underskrevet af'), but row 14 below it holds a whole row of values"
    )
    assert problem.reason_da.startswith("tabellen slutter i række 12 ('Underskrevet af'), men række 14")
