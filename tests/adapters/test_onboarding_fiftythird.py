"""The fifty-third onboarding trial: Hørsholm (223), forms made by programs no earlier trial used: the
month's placement agreements its case system's Perl script writes with XML::Simple's `XMLout`, and the
month's ended placements its job centre's node service streams with Apify's xlsx-write-stream
(`tools/make_fixtures_onboarding_fiftythird.py`, which needs both; the files it wrote are kept, and these
tests read them). The expected records were written by hand from the files, before the hub read them
(decision 0060, "Stop 68: trial-111"). The config written by hand read every value at the base;
suggest's draft of the agreements took XML::Simple's unfolded case numbers (`<aftale name="HH-2027-0113">`)
for a dictionary's keys and read the first agreement alone (`test_suggest_xml_named.py`), and then left
the second's `0` for the mentor's employer a TODO (`test_suggest_employer_flag.py`)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from tools.make_fixtures_onboarding_fiftythird import node_modules

THIS = Trial("hoersholm", "223", "make_fixtures_onboarding_fiftythird")
FORMS = ["praktikaftaler.xml", "afslutninger.xlsx"]
# A benefit code is never mapped by suggest; its TODO says what it likely is (`codes.py`).
LIKELY = re.compile(r'"([^"]+)" = "TODO"  # TODO: likely ([a-z_]+)')


def _has_producers() -> bool:
    perl = subprocess.run(["perl", "-MXML::Simple", "-e", "1"], capture_output=True).returncode == 0
    return perl and shutil.which("node") is not None and (Path(node_modules()) / "xlsx-write-stream").is_dir()


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(not _has_producers(), reason="needs perl's XML::Simple and node's xlsx-write-stream")
def test_the_kept_forms_are_what_xml_simple_and_xlsx_write_stream_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_xml_simples_and_xlsx_write_streams() -> None:
    xml = (THIS.golden / FORMS[0]).read_text(encoding="utf-8")
    # XMLout's: attributes sorted, a hash of hashes unfolded by `name`, its escaping, `/>` after a space
    assert '<aftale name="HH-2027-0113" formaal="Afprøvning af &quot;praktiske&quot; opgaver &lt;' in xml
    assert '<mentor ansat_i_virksomheden="0" navn="Lise Dam" />' in xml
    assert 'timer_pr_uge="30" visitation="" ydelse="SDP">' in xml
    with zipfile.ZipFile(io.BytesIO((THIS.golden / FORMS[1]).read_bytes())) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        styles = book.read("xl/styles.xml").decode()
        assert "docProps/core.xml" not in book.namelist()  # the stream writes no properties
    # the stream's: inline strings, a day a number in its own `yyyy-mm-dd hh:mm:ss`, a P-number `#,##0`
    assert '<c r="B2" t="inlineStr"><is><t>220591-4415</t></is></c>' in sheet
    assert '<c r="F2" t="n" s="6"><v>46458</v></c>' in sheet and 'formatCode="yyyy-mm-dd hh:mm:ss"' in styles
    assert '<c r="D2" t="n" s="3"><v>1024681357</v></c>' in sheet
    assert '<c r="H3" t="inlineStr"><is><t></t></is></c>' in sheet


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the ending's citizen's and site's names) and its benefit
    codes' (`"KH" = "TODO"  # TODO: likely kontanthjaelp`) cleared as they say, the others left as the
    comments they are (the export's time, the case number); no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = LIKELY.sub(r'"\1" = "\2"  # was TODO', cleared(THIS.draft(name)))
    expected = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == expected
