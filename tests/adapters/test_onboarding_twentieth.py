"""The twentieth onboarding trial: Middelfart (410), forms made by programs no earlier trial used: the
site's progress report as a PDF form made and filled with pdf-lib, and the job centre's overview of the
sites' reports exported with ExcelJS as XLSX and as a CSV as Excel on Windows expects it
(`tools/make_fixtures_onboarding_twentieth.py`, which needs node with pdf-lib and exceljs; the files it
wrote are kept, and these tests read them). The expected records were written by hand from the forms as
drawn, before the hub read them. Each test of a change fails without it (decision 0060, "Twentieth
trial").
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.adapters.suggest.words import guess_path
from hub.errors import Rejection

THIS = Trial("middelfart", "410", "make_fixtures_onboarding_twentieth")


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_pdf_libs_and_exceljss_own() -> None:
    with pikepdf.open(THIS.golden / "statusudtalelse.pdf") as pdf:
        assert str(pdf.docinfo.Producer).startswith("pdf-lib")
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        mark = fields["vurdFremmoede"]
        # pdf-lib names each button's on-state by its place (/0../4) and keeps the marks in /Opt.
        assert [str(o) for o in mark.Opt] == ["1", "2", "3", "4", "5"]
        assert mark.V == pikepdf.Name("/3")
        assert str(fields["naesteSkridt"].FT) == "/Ch"  # the list box the record does not read
    with zipfile.ZipFile(THIS.golden / "statusudtalelser.xlsx") as book:
        sheet = book.read("xl/worksheets/sheet1.xml")
        assert b'<c r="A5" s="4"><v>207794418</v></c>' in sheet  # 020779-4418, a number shown so
        assert b'<b/></rPr><t xml:space="preserve">OBS: </t>' in book.read("xl/sharedStrings.xml")
    text = (THIS.golden / "statusudtalelser.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbfCPR-nr.;Navn;") and b";3;3;OBS: Sygemeldt i uge 11.\r\n" in text


def _expected(name: str) -> object:
    stem = "statusudtalelse" if name.endswith(".pdf") else "statusudtalelser"
    return THIS.expected(stem)


def test_suggests_draft_reads_the_marks_of_radio_buttons_and_the_day_assessed(tmp_path: Path) -> None:
    """Before: each mark (a radio group of buttons `1` to `5`, the marks printed once above the column)
    was drafted a `map` of "TODO"s, and filled in as the digits the record was refused "Not a valid
    integer" five times; "Vurderet den" was "not recognised", so the record lacked measured_on. Now a
    mark's button is its digit, made a number, and "Vurderet" is the day measured: the draft, its TODOs
    cleared as they say, maps the form to the record, the site's name included ("Virksomhed" under the
    heading "Praktiksted": drafted as the company's name until onboard-66 read the heading)."""
    draft = cleared(THIS.draft("statusudtalelse.pdf"))
    assert '"4" = "4"\n      "5" = "5"\n    [[forms.fields.transforms]]\n    name = "integer"' in draft
    assert 'path = "measured_on"\n  source = "vurderetDato"' in draft
    assert 'path = "site.name"\n  source = "virksomhedNavn"' in draft
    data = (THIS.golden / "statusudtalelse.pdf").read_bytes()
    assert canonical_records(THIS.config(tmp_path, draft), data, "statusudtalelse.pdf") == _expected(
        "statusudtalelse.pdf"
    )


@pytest.mark.parametrize("name", ["statusudtalelser.xlsx", "statusudtalelser.csv"])
def test_suggests_draft_maps_the_overview_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """Before: the column "Vurderet" was "not recognised" (each row then refused for want of
    measured_on) and the column "Navn" beside the CPR numbers too (the names dropped). Now "Vurderet" is
    the day measured and, in a table whose rows are citizens, "Navn" alone is the citizen's name: the
    drafts, their TODOs cleared as they say, map both files to the records."""
    draft = cleared(THIS.draft(name))
    assert 'path = "citizen.name"\n  source = "column:Navn"' in draft
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == _expected(name)


@pytest.mark.parametrize("label", ["Vurderet den", "Vurderet", "Vurderingsdato", "Dato for vurdering"])
def test_the_day_a_site_assessed_is_the_day_measured(label: str) -> None:
    found = guess_path(label)
    assert found is not None and found[0] == "measured_on"


def test_who_assessed_is_no_day_measured() -> None:
    """ "Vurderet af" holds a name: its value is no date, so it stays a comment, not measured_on."""
    data = "CPR-nr.;Vurderet af;Fremmøde\n150291-2746;Lone Kjær;4\n120688-3459;Ole Bak;3\n".encode()
    draft = render(suggest(extract(data, "status.csv", READ_OPTIONS), "status.csv"))
    assert 'path = "measured_on"' not in draft
    assert "looks like measured_on, but the value is no date" in draft


def test_an_overview_whose_config_lacks_a_field_is_refused_as_the_configs_gap(tmp_path: Path) -> None:
    """Before: `hub adapters test` and the trials refused each row of a many-record form "Missing data for
    required field" at measured_on, as if the sender had left it empty; the hub itself refuses such a
    document once as the adapter's gap (`require_complete`). Now both say the same."""
    text = (THIS.golden.parent.parent / "config" / "middelfart.toml").read_text(encoding="utf-8")
    xlsx = "[[forms]]" + text.split("[[forms]]")[2]
    form = re.sub(r'\n  \[\[forms.fields\]\]\n  path = "measured_on"\n[^\n]*\n[^\n]*\n', "\n", xlsx)
    assert "measured_on" not in form
    data = (THIS.golden / "statusudtalelser.xlsx").read_bytes()
    with pytest.raises(Rejection) as info:
        canonical_records(THIS.config(tmp_path, form), data, "statusudtalelser.xlsx")
    (problem,) = info.value.problems
    assert "fills no field for measured_on" in problem.reason_en
    assert "udfylder ikke measured_on" in problem.reason_da
