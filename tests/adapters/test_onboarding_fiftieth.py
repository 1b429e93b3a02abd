"""The fiftieth onboarding trial: Horsens (615), forms made by programs no earlier trial used: a placement
agreement its job centre's small Python tool builds with pypdf's generic objects (the /AcroForm and its
widgets by hand, `/NeedAppearances true`, the benefit a radio group whose states index its /Opt), and a
month of mentor visits its mentor firm's office turns from the timesheet system's JSON into a CSV with
csvkit (`in2csv`, then `csvformat -D ';' -U 1`) (`tools/make_fixtures_onboarding_fiftieth.py`, which
needs pypdf and csvkit; the files it wrote are kept, and these tests read them). The expected records
were written by hand from the files, before the hub read them (decision 0060, "Stop 67: trial-108"). The
config written by hand read every value at the base; suggest's draft of the CSV was refused at its total
line, `I alt april 2027` (`test_suggest_total_line_naming_its_month.py`)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from tools.fixture_files import ROOT

THIS = Trial("horsens", "615", "make_fixtures_onboarding_fiftieth")
FORMS = ["praktikaftale.pdf", "mentortimer.csv"]
CSVKIT = Path(os.environ.get("CSVKIT_BIN", ROOT / "var" / "csvkit" / "bin"))


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    not (CSVKIT / "in2csv").is_file() or not (CSVKIT / "csvformat").is_file(),
    reason="needs csvkit's in2csv and csvformat (CSVKIT_BIN)",
)
def test_the_kept_forms_are_what_pypdf_and_csvkit_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_pypdfs_and_csvkits() -> None:
    pdf = (THIS.golden / FORMS[0]).read_bytes()
    # pypdf's: PDF 1.3, itself the producer, no /ID; the tool's own /AcroForm asks the viewer to draw
    assert pdf.startswith(b"%PDF-1.3") and b"/Producer (pypdf)" in pdf
    with pikepdf.open(io.BytesIO(pdf)) as document:
        form = document.Root.AcroForm
        assert "/ID" not in document.trailer and form.NeedAppearances is True
        fields = {str(f.T): f for f in form.Fields}
        assert "/AP" not in fields["borger_navn"]  # no text field drawn
        # the benefit: states the options' indexes, the words in /Opt
        group = fields["ydelse"]
        assert group.V == "/0" and [str(w) for w in group.Opt][0] == "Kontanthjælp"
        assert set(group.Kids[1].AP.N.keys()) == {"/1", "/Off"} and group.Kids[1].AS == "/Off"
        assert fields["visitation"].FT == "/Ch" and str(fields["visitation"].V) == "aktivitetsparat"
        assert fields["mentor_virk"].V == "/Ja" and fields["formaal"].Ff == 4096
    csv = (THIS.golden / FORMS[1]).read_bytes()
    # csvkit's: a BOM, CRLF, every field quoted, the JSON's nested keys flattened with `/`, agate's
    # ISO days and date-times, the JSON's numbers as written, the month's total its own last row
    assert csv.startswith('\ufeff"borger/cpr";"borger/navn";"praktiksted/pnr";'.encode())
    text = csv.decode("utf-8-sig")
    assert ';"2027-04-08";"Opmåling med ""Tømrer-Kim""";"1";"Karsten Bach";"2027-05-03T09:12:00"\r\n' in text
    assert text.endswith('"";"";"";"";"";"";"I alt april 2027";"9.0";"";""\r\n')


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names) cleared as they say,
    the others left as the comments they are (the topics, the total line's cells); no path or transform
    edited. The CSV's draft reads its one citizen as the file's record, not as an item of a table."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    got = canonical_records(THIS.config(tmp_path, draft), data, name)
    assert (got if isinstance(expected, dict) else [got]) == expected
