"""The fifty-first onboarding trial: Gribskov (270), forms made by programs no earlier trial used: the
month's placement agreements its job centre's reporting job writes with DuckDB's excel extension (`COPY
... TO ... (FORMAT xlsx)`), and a month of mentor visits its mentor firm's case system writes with
xmltodict's `unparse` (`tools/make_fixtures_onboarding_fiftyfirst.py`, which needs xmltodict, duckdb and
duckdb-ext-excel; the files it wrote are kept, and these tests read them). The expected records were
written by hand from the files, before the hub read them (decision 0060, "Stop 67: trial-109"). The
config written by hand read every value at the base; suggest's draft of the visits left their hours
(Python's `str(timedelta)` under `varighed`) a TODO and was refused whole
(`test_suggest_xml_clock_hours.py`)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from tools.fixture_files import ROOT

THIS = Trial("gribskov", "270", "make_fixtures_onboarding_fiftyfirst")
FORMS = ["praktikaftaler.xlsx", "mentortimer.xml"]
PYTHONPATH = os.environ.get("GRIBSKOV_PYTHONPATH", str(ROOT / "var" / "py"))


def _has_producers() -> bool:
    probe = [sys.executable, "-c", "import xmltodict, duckdb, duckdb_ext"]
    return subprocess.run(probe, capture_output=True, env={"PYTHONPATH": PYTHONPATH}).returncode == 0


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    not _has_producers(), reason="needs xmltodict, duckdb and duckdb-ext-excel (GRIBSKOV_PYTHONPATH)"
)
def test_the_kept_forms_are_what_duckdb_and_xmltodict_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_duckdbs_and_xmltodicts() -> None:
    with zipfile.ZipFile(io.BytesIO((THIS.golden / FORMS[0]).read_bytes())) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        styles = book.read("xl/styles.xml").decode()
        assert "<dc:creator>DuckDB</dc:creator>" in book.read("docProps/core.xml").decode()
    # the extension's: inline strings, days in its own dd/mm/yy, a boolean cell shown TRUE or FALSE
    assert '<c r="A2" t="inlineStr"><is><t>110390-2468</t></is></c>' in sheet
    assert '<c r="G2" s="1"><v>46447.0</v></c>' in sheet and 'formatCode="dd/mm/yy"' in styles
    assert '<c r="M2" t="b" s="5"><v>1</v></c>' in sheet and '<c r="M3" t="b" s="5"><v>0</v></c>' in sheet
    xml = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    # xmltodict's: its declaration, tab indentation, `@` keys as attributes and `#text` as text
    assert xml.startswith(
        '<?xml version="1.0" encoding="utf-8"?>\n<mentortimer periode="2027-03" kommune="270">\n\t<forloeb'
    )
    assert '\t\t<besoeg dato="2027-03-04" varighed="0:45:00">Kort opfølgning</besoeg>\n' in xml
    assert '<godkendt af="Per Vinther">2027-03-31T16:00:00+02:00</godkendt>' in xml


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names) cleared as they say,
    the others left as the comments they are (the period, the municipality, the case number); no path or
    transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == expected
