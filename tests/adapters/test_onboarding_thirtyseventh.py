"""The thirty-seventh onboarding trial: Ringkøbing-Skjern (760), forms made by programs no earlier trial
used: placement ends its case system's database exports with PostgreSQL's `table_to_xml`, and a
placement agreement the job centre's web app writes with node's xmlbuilder2
(`tools/make_fixtures_onboarding_thirtyseventh.py`, which needs PostgreSQL, and node with xmlbuilder2;
the files it wrote are kept, and these tests read them). The expected records were written by hand from
the files, before the hub read them (decision 0060, "Stop 63: trial-84"). The config written by hand read
every value once an XML selector could name `Årsag` (`test_xml_letter_names.py`); so did the drafts,
their optional TODOs cleared as they say."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records

THIS = Trial("ringkoebing-skjern", "760", "make_fixtures_onboarding_thirtyseventh")
FORMS = ["afslutninger.xml", "praktikaftale.xml"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.postgres
@pytest.mark.skipif(
    shutil.which("node") is None or not os.environ.get("NODE_PATH"), reason="needs node with xmlbuilder2"
)
def test_the_kept_forms_are_what_postgresql_and_xmlbuilder2_write() -> None:
    try:
        THIS.check_made(2)
    except SystemExit as missing:  # no server, or NODE_PATH without xmlbuilder2
        pytest.skip(str(missing))


def test_the_kept_forms_are_table_to_xmls_and_xmlbuilder2s() -> None:
    export = (THIS.golden / FORMS[0]).read_text(encoding="utf-8")
    # No declaration; the view's and the columns' names with a space escaped; a NULL as xsi:nil
    assert export.startswith(
        '<praktik_x0020_afslutninger xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
    )
    assert "  <Borgers_x0020_navn>Jonas Vestergaard Bach</Borgers_x0020_navn>\n" in export
    assert '  <Årsag>Uddannelse</Årsag>\n  <Bemærkning xsi:nil="true"/>\n' in export
    assert "  <Registreret>2026-11-16T09:30:00</Registreret>\n" in export
    agreement = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    assert agreement.startswith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<praktikaftale xmlns="urn:rksk:jobcenter:praktik:3"'
    )
    assert "    <fra>5.10.2026</fra>\n" in agreement and '  <timer pr="uge">18.5</timer>\n' in agreement
    assert "lager &amp; værksted.\nOplæring" in agreement


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names) cleared as they say,
    the others left as the comments they are (the title, the export's time, the mentor's boolean; the
    case number, the creation time, the unit, the benefit's words); no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == THIS.expected(name)
