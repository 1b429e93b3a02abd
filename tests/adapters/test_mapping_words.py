"""What the mapping says when it refuses a document the fuzzer mutated (decision 0064, "Stop 47"): each
rejection located, in the sender's words, and the work done proportional to the cells there are."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pipeline import GOLDEN, ingest_all, repository_registry

from hub.adapters.language.registry import Registry
from hub.adapters.mapping.selectors import SourceIndex
from hub.errors import Rejection

FURESOE = GOLDEN / "furesoe" / "mentor_hours.xlsx"
ALBERTSLUND = GOLDEN / "albertslund" / "mentor_hours.csv"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return repository_registry()


def _xlsx_edited(path: Path, old: bytes, new: bytes) -> bytes:
    part = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    assert old in parts[part]
    parts[part] = parts[part].replace(old, new, 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in parts.items():
            z.writestr(name, body)
    return out.getvalue()


def _refused(registry: Registry, slug: str, data: bytes, filename: str) -> Any:
    with pytest.raises(Rejection) as caught:
        ingest_all(registry, slug, data, filename)
    (problem,) = caught.value.problems
    return problem


def test_a_csv_without_its_header_row_says_the_rows_searched(registry: Registry) -> None:
    # The header "Timer" misspelt: the table is looked for in every line of the file (0/csv/truncate/0).
    text = ALBERTSLUND.read_bytes()
    assert b";Timer;" in text
    lines = len(text.splitlines())
    problem = _refused(registry, "albertslund", text.replace(b";Timer;", b";Tmier;", 1), "timer.csv")
    assert problem.reason_en.startswith("no header row with: CPR-nr., Dato, Timer")
    assert problem.locator == f"the file, rows 1–{lines}"
    assert problem.locator_da == f"filen, rækkerne 1–{lines}"


def test_a_sheet_without_its_header_row_says_the_sheet_and_rows(registry: Registry) -> None:
    data = _xlsx_edited(FURESOE, b"<t>Timer</t>", b"<t>Tid</t>")
    problem = _refused(registry, "furesoe", data, "timer.xlsx")
    assert "no header row with: Uge, Timer" in problem.reason_en
    # The sheet's rows holding cells: 1 (its title) to 13 (the signature's date).
    assert problem.locator == 'sheet "Mentortimer", rows 1–13'
    assert problem.locator_da == 'ark "Mentortimer", rækkerne 1–13'


def test_a_value_at_excels_last_row_costs_one_row_not_a_million(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The header "Timer" moved to the last row Excel has: the sheet holds 13 cells, not a million rows.
    data = _xlsx_edited(FURESOE, b'r="B7"', b'r="A1048576"')
    calls = {"n": 0}
    for name in ("row_values", "cell"):
        original = getattr(SourceIndex, name)

        def counted(self: SourceIndex, *args: Any, _original: Any = original) -> Any:
            calls["n"] += 1
            return _original(self, *args)

        monkeypatch.setattr(SourceIndex, name, counted)
    problem = _refused(registry, "furesoe", data, "timer.xlsx")
    assert calls["n"] < 1000  # a walk of every row number calls `row_values` over a million times
    assert problem.locator == 'sheet "Mentortimer", rows 1–1048576'
