"""The bench's pikepdf floor opens the bytes as the hub's reader does (mapped, decision 0027), so no hub
code can beat it by opening them better: through a BytesIO qpdf calls back into Python for every object
(pdf-65 found the floor of stop 56's runs was the BytesIO one). The mapped floor must read the same
fields as the BytesIO floor, and open the bytes mapped where Linux has an in-memory file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from simulator_support import fixture_script

floors = fixture_script("bench_floors")
TESTS = Path(__file__).parents[1]
FORMS = sorted([*(TESTS / "fixtures" / "pdf").rglob("*.pdf"), *(TESTS / "golden").rglob("*.pdf")])


@pytest.mark.parametrize("path", FORMS, ids=[str(p.relative_to(TESTS)) for p in FORMS])
def test_the_mapped_floor_reads_what_the_bytesio_floor_reads(path: Path) -> None:
    data = path.read_bytes()
    assert floors.pikepdf_fields_mapped(data) == floors.pikepdf_fields(data)


@pytest.mark.skipif(not hasattr(os, "memfd_create"), reason="no in-memory file to map outside Linux")
def test_the_mapped_floor_opens_the_bytes_mapped(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[Any, Any]] = []
    real = pikepdf.open

    def spy(source: Any, **kwargs: Any) -> pikepdf.Pdf:
        opened.append((kwargs.get("access_mode"), kwargs.get("inherit_page_attributes")))
        return real(source, **kwargs)

    monkeypatch.setattr(pikepdf, "open", spy)
    floors.pikepdf_fields_mapped(FORMS[0].read_bytes())
    assert opened == [(pikepdf.AccessMode.mmap, False)]
