"""Every golden input file under tests/golden/<slug>/ maps to the canonical record written beside it.

`<name>.expected.json` is written by hand from the values in `<name>.<ext>` (never by the code under
test); it holds one record, or a list when the document carries several. The file goes through the real
adapter: the registry, the reader, recognition, the mapping and the canonical schema.
"""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path

import pikepdf
import pytest
from pipeline import GOLDEN, ingest_all, repository_registry

from hub.adapters.language.registry import Registry

EXPECTED = sorted(GOLDEN.glob("*/*.expected.json"))


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Every municipality config of the repository."""
    return repository_registry()


def _input_of(expected: Path) -> Path:
    stem = expected.name.removesuffix(".expected.json")
    inputs = [p for p in expected.parent.glob(f"{stem}.*") if p != expected]
    assert len(inputs) == 1, f"{expected}: expected one input file beside it, found {inputs}"
    return inputs[0]


def test_there_are_golden_files() -> None:
    assert len(EXPECTED) >= 12


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_file_maps_to_its_expected_record(registry: Registry, expected: Path) -> None:
    want = json.loads(expected.read_text(encoding="utf-8"))
    source = _input_of(expected)
    assert ingest_all(registry, expected.parent.name, source.read_bytes(), source.name) == want


PDF_EXPECTED = [e for e in EXPECTED if _input_of(e).suffix == ".pdf"]


def _without_list_of_fields(data: bytes) -> bytes:
    """The PDF with its catalogue's /AcroForm removed: what a page cut out of the form keeps (0045)."""
    buf = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        del pdf.Root["/AcroForm"]
        with warnings.catch_warnings():  # pikepdf warns of the very damage made here
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
            pdf.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("expected", PDF_EXPECTED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_golden_pdf_without_its_list_of_fields_maps_to_the_same_record(
    registry: Registry, expected: Path
) -> None:
    # Read from the fields' boxes on the pages: the same names, values, tooltips and labels.
    want = json.loads(expected.read_text(encoding="utf-8"))
    source = _input_of(expected)
    data = _without_list_of_fields(source.read_bytes())
    assert b"/AcroForm" not in data
    assert ingest_all(registry, expected.parent.name, data, source.name) == want
