"""A CSV cut short in its last date, and a signature dated before the hours it signs (decision 0060,
"Stop 55: stray-63"). Albertslund's timesheet ends `Dato;01-09-2026;;` (the signature's date, row 13,
column B), Herlev's grant `Bevilget den;04-08-2026` (row 11): cut after `01-09-20` / `04-08-20`, each
was read as a day of 2020 without a word, the timesheet then stored as signed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.adapters import pipeline
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form_items import map_items
from hub.adapters.readers import extract
from hub.adapters.readers.tabular import read_csv
from hub.errors import Rejection, UnreadableDocument

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
CONFIGS = Path(__file__).resolve().parents[2] / "config" / "municipalities"


def cut(path: Path, date: bytes, keep: int) -> bytes:
    """The file cut after the first `keep` characters of its last `date`."""
    data = path.read_bytes()
    return data[: data.rindex(date) + keep]


@pytest.mark.parametrize(
    ("path", "date", "cell", "da"),
    [
        (
            GOLDEN / "albertslund/mentor_hours.csv",
            b"01-09-2026",
            "row 13, column 2 (B13)",
            "række 13, kolonne 2",
        ),
        (
            GOLDEN / "herlev/mentor_support.csv",
            b"04-08-2026",
            "row 11, column 2 (B11)",
            "række 11, kolonne 2",
        ),
    ],
)
def test_a_file_cut_in_its_last_date_is_refused_at_that_cell(
    path: Path, date: bytes, cell: str, da: str
) -> None:
    with pytest.raises(UnreadableDocument) as caught:
        read_csv(cut(path, date, 8), path.name, delimiter=";")
    (problem,) = caught.value.problems
    shown = date[:8].decode()
    assert problem.locator == cell and problem.locator_da.startswith(da)
    assert problem.reason_en.startswith(f"the file ends with the date '{shown}' and no line break")
    assert "the file's other dates have four" in problem.reason_en
    assert problem.reason_da.startswith(f"filen slutter med datoen '{shown}' uden linjeskift")
    # The whole file, and one ending in a two-digit year among none written with four, read as before.
    assert read_csv(path.read_bytes(), path.name, delimiter=";").values[-1].value == date.decode()
    typed = read_csv(b"Navn;Ida\r\nDato;1/9-26", "f.csv", delimiter=";")
    assert typed.values[-1].value == "1/9-26"


def test_a_signature_dated_before_the_hours_it_signs_is_refused_at_its_cell() -> None:
    """The cut date with its line break put back: read as 1 September 2020, before the sheet's first
    week (32 of 2026, from 3 August) began."""
    name = "timer.csv"
    data = cut(GOLDEN / "albertslund/mentor_hours.csv", b"01-09-2026", 8) + b"\r\n"
    config = load_config_file(CONFIGS / "albertslund.toml")
    extraction = extract(data, name, pipeline.READ_OPTIONS)
    form, extraction = pipeline.recognise(config, extraction, name, data, {})
    item, *_ = map_items(extraction, form, "0" * 64, name, config.code, {})  # the first citizen
    assert item.mapped is not None and item.mapped.record["signed_on"] == "2020-09-01"
    with pytest.raises(Rejection) as caught:
        pipeline.validate_record(item.mapped, name)
    (problem,) = caught.value.problems
    assert problem.locator == "row 13, column 2 (B13)"
    assert problem.reason_en.startswith(
        "signed on 2020-09-01, before the first week it signs, 2026-W32, began (2026-08-03)"
    )
    assert problem.reason_da.startswith(
        "Underskrevet 2020-09-01, før den første uge, den skriver under på, uge 32 2026, "
        "begyndte (2026-08-03)"
    )
    # Signed on the Monday of its first week, or later: as before (a week begun after the form came in is
    # `not_yet`'s to say).
    item.mapped.record["signed_on"] = "2026-08-03"
    assert pipeline.validate_record(item.mapped, name)["signed_on"] == "2026-08-03"
