"""The forty-second onboarding trial: Guldborgsund (376), forms made by programs no earlier trial used: the
month's ended placements its case system, a PHP web app, exports with DOMDocument, and a citizen's month
of mentor sessions its mentor firm's node service writes with excel4node
(`tools/make_fixtures_onboarding_fortysecond.py`, which needs php with php-xml, and node with excel4node
on `NODE_PATH`; the files it wrote are kept, and these tests read them). The expected records were
written by hand from the files, before the hub read them (decision 0060, "Stop 65: trial-94"). The
config written by hand read every value at the base; so did the drafts, their optional TODOs cleared as
they say, once suggest read "Udfald" as the outcome and "Notat" as the note
(`test_suggest_udfald_notat.py`), drafted an outcome some ending leaves empty nullable
(`test_suggest_outcome_left_empty.py`), and read a log with both a day and a week column by its day
(`test_suggest_day_and_week.py`)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records

THIS = Trial("guldborgsund", "376", "make_fixtures_onboarding_fortysecond")
FORMS = ["afslutninger.xml", "mentortimer.xlsx"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("php") is None or not (Path(os.environ.get("NODE_PATH", "-")) / "excel4node").is_dir(),
    reason="needs php, and excel4node on NODE_PATH",
)
def test_the_kept_forms_are_what_domdocument_and_excel4node_write() -> None:
    try:
        THIS.check_made(2)
    except SystemExit as missing:  # php without php-xml
        pytest.skip(str(missing))


def test_the_kept_forms_are_domdocuments_and_excel4nodes() -> None:
    export = (THIS.golden / FORMS[0]).read_text(encoding="utf-8")
    # DOMDocument's formatOutput: a comment and a processing instruction above the root, CDATA notes
    assert export.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<!-- Eksport fra Jobcenter')
    assert '<?xml-stylesheet type="text/xsl" href="afslutning.xsl"?>\n<Praktikafslutninger xmlns=' in export
    assert "<Notat><![CDATA[Ansat 30 timer/uge fra 1/12 <ordinære vilkår> & løn" in export
    assert "    <SidsteDag>27/11/2026</SidsteDag>\n" in export and "    <Udfald/>\n" in export
    sheet = (THIS.golden / FORMS[1]).read_bytes()
    assert sheet.startswith(b"PK\x03\x04") and b"xl/worksheets/sheet1.xml" in sheet


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizens' and the sites' names) cleared as they say,
    the others left as the comments they are (the export's own attributes, the month, the sessions'
    contents); no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == expected
