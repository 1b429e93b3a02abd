"""The fifty-sixth onboarding trial: Egedal (240), forms made by programs no earlier trial used: the
placement agreements its job centre's web page hands to zipcelx for "Hent som Excel" (a header row, an
agreement a row, inline strings and bare numbers, no styles part; the days JavaScript's `String()` of a
`Date` in a Danish browser, the mentor's employer `true` or `false` as text), and the month's mentor
visits its mentor firm's node service writes with xml2js's Builder (node-postgres's rows as they are: a
visit's length postgres-interval's parts that are not 0, `<varighed><minutes>45</minutes></varighed>`;
the days `toISOString()` of a Danish midnight) (`tools/make_fixtures_onboarding_fiftysixth.py`, which needs
node with zipcelx, xml2js and postgres-interval; the files it wrote are kept, and these tests read them).
The expected records were written by hand from the files, before the hub read them (decision 0060, "Stop
69: trial-114"). The config written by hand read neither at the base: the days were "not a date" until
`date` read JavaScript's `toString()` (`test_date_javascript_string.py`), and the visits' left-out parts
"not found" until `hours_minutes` took `empty_is_zero` (`test_hours_minutes_left_out.py`); suggest's
draft of the visits missed the day signed (`test_suggest_signed_on_copies.py`) and read the hours alone
(`test_suggest_interval_parts.py`)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from tools.make_fixtures_onboarding_fiftysixth import missing

THIS = Trial("egedal", "240", "make_fixtures_onboarding_fiftysixth")
FORMS = ["praktikaftaler.xlsx", "mentortimer.xml"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(missing() is not None, reason=f"needs node with zipcelx and xml2js: {missing()}")
def test_the_kept_forms_are_what_zipcelx_and_xml2js_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_zipcelxs_and_xml2js() -> None:
    with zipfile.ZipFile(io.BytesIO((THIS.golden / FORMS[0]).read_bytes())) as book:
        names = book.namelist()
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    # zipcelx's: no styles, no shared strings, no properties; inline strings and bare numbers
    assert "xl/styles.xml" not in names and "xl/sharedStrings.xml" not in names
    assert "docProps/core.xml" not in names
    assert '<c r="D2"><v>37182540</v></c>' in sheet and '<c r="J2"><v>18.5</v></c>' in sheet
    # a Date and a boolean handed over as strings: the browser's String() of each
    start = (
        '<c r="H2" t="inlineStr"><is><t>Mon Mar 15 2027 00:00:00 GMT+0100 (Centraleuropæisk normaltid)</t>'
    )
    assert start in sheet and '<c r="N3" t="inlineStr"><is><t>false</t></is></c>' in sheet
    assert "<t>Afklaring af arbejdsevne i &#39;cykelværkstedet&#39;</t>" in sheet  # lodash's escape
    text = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    # xml2js's Builder: its declaration, two spaces a level, an object's keys as elements
    assert text.startswith(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<mentortimer kommune="240"'
    )
    assert "      <varighed>\n        <minutes>45</minutes>\n      </varighed>\n" in text
    assert "      <dato>2027-03-15T23:00:00.000Z</dato>\n" in text  # 16 March at midnight in Denmark
    assert "<godkendt>true</godkendt>" in text


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the visits' citizen's and site's names; the workbook's
    draft has none) cleared as they say; no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == expected
