"""A CSV cut short in its last line anywhere but in a date (decision 0060, "Stop 56: stray-64").

Albertslund's golden timesheet: every line has four cells (`150392-1237;06-08-2026;1,5;`), the second
citizen's last day is `280786-2214;13-08-2026;0,5;Kort opfølgning` (row 11) and the signature
`Underskrevet af;Mads Eksempel;;` (row 12). Cut after `0` of `0,5`, the second citizen was stored with
1.0 hours in week 33 for 1.5, unsigned; cut in the mentor's name, with `Mads` as the signature. Each is
refused at its row and column.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.adapters.readers.tabular import read_csv
from hub.errors import UnreadableDocument

TIMESHEET = Path(__file__).resolve().parents[1] / "golden" / "albertslund" / "mentor_hours.csv"


@pytest.mark.parametrize(
    ("after", "keep", "cell", "da", "shown"),
    [
        (b"280786-2214;13-08-2026;0,5", 24, "row 11, column 3 (C11)", "række 11, kolonne 3", "'0'"),
        (b"Underskrevet af;Mads Eksempel", 20, "row 12, column 2 (B12)", "række 12, kolonne 2", "'Mads'"),
    ],
)
def test_a_file_cut_in_its_last_line_is_refused_at_its_last_cell(
    after: bytes, keep: int, cell: str, da: str, shown: str
) -> None:
    data = TIMESHEET.read_bytes()
    with pytest.raises(UnreadableDocument) as caught:
        read_csv(data[: data.index(after) + keep], TIMESHEET.name, delimiter=";")
    (problem,) = caught.value.problems
    assert problem.locator == cell and problem.locator_da.startswith(da)
    row, cells = cell.split(",")[0].removeprefix("row "), cell.split("column ")[1][0]
    assert problem.reason_en.startswith(
        f"the file ends in row {row} after {cells} cells and no line break, where its other rows have 4"
    )
    assert shown in problem.reason_en and "send the whole file again" in problem.reason_en
    assert problem.reason_da.startswith(f"filen slutter i række {row} efter {cells} celler uden linjeskift")
    # the whole file, and the same without its last line break (every line as wide), read as before
    assert read_csv(data, TIMESHEET.name, delimiter=";").values[-1].value == "01-09-2026"
    assert read_csv(data.rstrip(b"\r\n"), TIMESHEET.name, delimiter=";").values[-1].value == "01-09-2026"
