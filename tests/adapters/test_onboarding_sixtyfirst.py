"""The sixty-first onboarding trial: Roskilde (265), forms made by programs no earlier trial used: a month
of mentor visits its mentor supplier's node service writes with fast-csv (its defaults: a comma, quotes only
where needed, "\\n" between rows and none after the last, the header the first row's keys, null and
undefined as nothing; the supplier's `writeBOM: true` and a `transform` naming the columns: the day
`toLocaleDateString('da-DK')`, `3.5.2027`, the length minutes divided by 60 as JavaScript prints it,
`0.75`, the approval a `Date`'s toString()), and the month's granted mentor support, a workbook its job
centre's intranet makes with msexcel-builder 0.0.2 (every value a shared string: `2.5`, `412.5`, `true`,
a `Date`'s toString(); `<dimension ref="A1"/>`; a title merged over the columns, the header on row 4)
(`tools/make_fixtures_onboarding_sixtyfirst.py`, which needs node with both packages and faketime; the
files it wrote are kept, and these tests read them). The expected records were written by hand from the
files' text and the sheet's cells, before the hub read them (decision 0060, "Stop 71: trial-119"). The
config written by hand and suggest's drafts read both files right at the base; the visits' draft offered
the column "Telefonisk" (`false`, `true`) as the caseworker's phone: a yes or no is now said to be one
(`test_suggest_boolean_phone.py`)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial
from simulator_support import fixture_script

THIS = Trial("roskilde", "265", "make_fixtures_onboarding_sixtyfirst")
FORMS = ["mentorbevillinger.xlsx", "mentorbesoeg.csv"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


MISSING = fixture_script(THIS.script).missing()


@pytest.mark.skipif(MISSING is not None, reason=f"needs node with fast-csv and msexcel-builder: {MISSING}")
def test_the_kept_forms_are_what_fast_csv_and_msexcel_builder_write() -> None:
    THIS.check_made(2)


def test_the_kept_workbook_is_msexcel_builders() -> None:
    with zipfile.ZipFile(THIS.golden / FORMS[0]) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
        workbook = book.read("xl/workbook.xml").decode("utf-8")
    assert '<dimension ref="A1"/>' in sheet and '<row r="3" spans="1:14"/>' in sheet  # an empty row written
    assert "<v>" in sheet and 't="n"' not in sheet and "<f>" not in sheet  # every value a shared string
    assert '<mergeCell ref="A1:N1"/>' in sheet
    assert "<si><t>2.5</t><phoneticPr " in strings and "<t>412.5</t>" in strings and "<t>true</t>" in strings
    assert "<t>Mon May 03 2027 00:00:00 GMT+0200 (Central European Summer Time)</t>" in strings
    assert "<t>Tue Nov 30 2027 00:00:00 GMT+0100 (Central European Standard Time)</t>" in strings
    assert '<fileVersion  appName="xl"' in workbook and '<sheet name="Mentorbevillinger"' in workbook


def test_the_kept_visits_are_fast_csvs() -> None:
    data = (THIS.golden / FORMS[1]).read_bytes()
    assert data.startswith("\ufeffForløb,CPR-nr.,Borger,".encode()) and b"\r" not in data
    text = data.decode("utf-8-sig")
    assert text.count("\n") == 10 and not text.endswith("\n")  # nine visits, one over two lines
    assert ",3.5.2027,1.5,false,Første dag" in text and ",5.5.2027,0.75,true,,Birgitte Holm," in text
    assert (
        '"Talte om ""pauser"", og om mødetid"' in text
        and '"Netto, Ro\'s Torv",Mikkel Bro,,4.5.2027,1,' in text
    )
    assert ",Mon May 31 2027 16:05:00 GMT+0200 (Central European Summer Time)\n" in text
    assert '"Samtale med værkføreren\nom flere timer"' in text


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and site's names) cleared as they say; no
    path or transform edited."""
    THIS.check_draft(name, tmp_path)


def test_suggests_draft_says_the_by_phone_column_is_a_yes_or_no() -> None:
    draft = THIS.draft(FORMS[1])
    assert (
        '# TODO: looks like caseworker.phone, but the value is false, a yes or no (column "Telefonisk"'
        in draft
    )
