"""`quoted_labels`: a CSV header the form reads, typed with a stray quote, refused at its cell naming
both (decision 0064, "Stop 53: stray-61"; the fuzzer's 61/csv/quote/20)."""

from __future__ import annotations

import io

import openpyxl
import pytest
from pipeline import GOLDEN, repository_registry

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping import quoted_labels
from hub.errors import Rejection

# Sønderborg's progress report: nine headers in row 1, the optional note's `Bemaerkning` last (I1).
REPORT = GOLDEN / "soenderborg" / "progress_report.csv"


def _read(data: bytes) -> dict[str, object]:
    return canonical_records(repository_registry().get("soenderborg"), data, "statusmaaling.csv")


@pytest.mark.parametrize("header", ['Bemaerkni"ng', "Bemaerkning”", "'Bemaerkning"])
def test_an_optional_header_with_a_stray_quote_is_refused_at_its_cell(header: str) -> None:
    """Before: the header was no cell's `Bemaerkning`, so the optional note was left unread and the
    report accepted without it, without a word."""
    data = REPORT.read_bytes()
    assert data.count(b",Bemaerkning\r\n") == 1
    with pytest.raises(Rejection) as info:
        _read(data.replace(b",Bemaerkning\r\n", f",{header}\r\n".encode()))
    (problem,) = info.value.problems
    assert (problem.field, problem.locator) == ("note", "row 1, column 9 (I1)")
    assert problem.reason_en.startswith(f"the header {header!r} differs from 'Bemaerkning', which the form")
    assert "only by quote characters" in problem.reason_en
    assert problem.reason_da.startswith(f"overskriften {header!r} adskiller sig kun ved anførselstegn")


def test_a_forms_labels_are_worked_out_once_not_again_for_each_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before: each selector's label was parsed again for every document of the form, some seventeen a
    CSV form on the worker's storing thread (decision 0030, "Stop 54: store-62")."""
    asked: list[str] = []
    real = quoted_labels.label_text

    def counted(selector: str) -> str | None:
        asked.append(selector)
        return real(selector)

    monkeypatch.setattr(quoted_labels, "label_text", counted)
    cache_clear = getattr(getattr(quoted_labels, "_label_of", None), "cache_clear", None)
    if cache_clear is not None:
        cache_clear()
    data = REPORT.read_bytes()
    first = _read(data)
    once = len(asked)
    assert once > 0 and len(set(asked)) == once  # each of the form's selectors, once
    assert _read(data) == first
    assert len(asked) == once


def test_a_workbook_label_with_a_stray_quote_is_refused_at_its_cell() -> None:
    """Furesø's placement workbook: the optional purpose is read `label:Formål` (A20, its text in B20).
    Before: `Form"ål` was no cell's `Formål`, and the placement was accepted without its purpose, without
    a word (decision 0060, "Stop 54: stray-62")."""
    workbook = openpyxl.load_workbook(GOLDEN / "furesoe" / "placement.xlsx")
    sheet = workbook["Ark1"]
    assert sheet["A20"].value == "Formål"
    sheet["A20"].value = 'Form"ål'
    data = io.BytesIO()
    workbook.save(data)
    with pytest.raises(Rejection) as info:
        canonical_records(repository_registry().get("furesoe"), data.getvalue(), "praktik.xlsx")
    (problem,) = info.value.problems
    assert (problem.field, problem.locator) == ("purpose", 'sheet "Ark1", cell A20')
    assert problem.reason_en.startswith("the label 'Form\"ål' differs from 'Formål', which the form reads")
    assert problem.reason_da.startswith(
        "ledeteksten 'Form\"ål' adskiller sig kun ved anførselstegn fra 'Formål'"
    )
