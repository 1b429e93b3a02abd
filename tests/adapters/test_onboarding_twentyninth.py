"""The twenty-ninth onboarding trial: Norddjurs (707), forms made by programs no earlier trial used:
placement agreements a PHP case-system web app makes with TCPDF (two cases), and a mentor's sheet the
Node mentor portal writes with xlsx-populate (`tools/make_fixtures_onboarding_twentyninth.py`, which
needs php with TCPDF and node with xlsx-populate; the files it wrote are kept, and these tests read
them). The expected records were written by hand from the forms, before the hub read them (decision
0060, "Stop 61: trial-76"). The config written by hand read every value at the first try; the draft of
the sheet was refused until suggest knew "Attesteret af mentor" for the signer and found the hours in a
column of clock times (the last tests).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records
from hub.adapters.suggest.candidates import Table
from hub.adapters.suggest.tables import plan_table
from hub.adapters.suggest.words import guess_path

THIS = Trial("norddjurs", "707", "make_fixtures_onboarding_twentyninth")
FORMS = ["praktikaftale.pdf", "praktikaftale_jobcenter.pdf", "mentortimer.xlsx"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_tcpdfs_and_xlsx_populates() -> None:
    for name in FORMS[:2]:
        with pikepdf.open(THIS.golden / name) as pdf:
            assert "TCPDF 6.6.2" in str(pdf.docinfo["/Producer"])
            fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
            # the benefit a combo box of [export, shown] lines; a box TCPDF sets to /Yes, its on-value in /Opt
            assert [str(x) for x in fields["ydelse"].Opt[0]] == ["KTH", "Kontanthjælp"]
            box = fields["vis_jobparat"]
            assert [str(x) for x in box.Opt] == ["ja"] and "/Yes" in box.AP.N
            assert "AFDate_FormatEx" in str(fields["start"].AA.F.JS)
    with zipfile.ZipFile(io.BytesIO((THIS.golden / "mentortimer.xlsx").read_bytes())) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
        styles = package.read("xl/styles.xml").decode()
        # xlsx-populate: empty <fill/> openpyxl refuses, times styled h:mm, a total never calculated
        assert "<fill/>" in styles and 'numFmtId="20"' in styles  # 20: Excel's built-in h:mm
        assert "<f>SUM(C8:C13)</f></c>" in sheet


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft's TODOs are the citizen's name on the sheet (which a mentor_hours record may hold, the
    record written by hand does not) and "Aktivitet", both left out; no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, THIS.draft(name)), data, name) == THIS.expected(name)


def test_the_draft_of_one_agreement_reads_the_other(tmp_path: Path) -> None:
    config = THIS.config(tmp_path, THIS.draft(FORMS[0]))
    data = (THIS.golden / FORMS[1]).read_bytes()
    assert canonical_records(config, data, FORMS[1]) == THIS.expected(FORMS[1])


def test_attesteret_af_names_the_signer() -> None:
    """Before: "Attesteret af mentor" was the mentor's name and the "Dato" under it the total hours; the
    sheet's draft had no signer nor day signed and was refused whole."""
    assert guess_path("Attesteret af mentor") == ("signed_by", ())
    assert guess_path("Attesteret den") == ("signed_on", ("date",))
    draft = THIS.draft("mentortimer.xlsx")
    assert 'path = "signed_by"\n  source = "next:Attesteret af mentor"' in draft
    assert 'path = "signed_on"\n  source = "next:Attesteret af mentor > Dato"' in draft


def test_a_column_of_clock_times_is_the_lists_hours() -> None:
    """Before: "Tid (t:mm)" (2:30, 1:45) named no hours, so the table was only a commented TODO."""
    draft = THIS.draft("mentortimer.xlsx")
    assert '  table = { date = "Dato", hours = "Tid (t:mm)" }\n  stop = { label = "Timer i alt" }' in draft
    rows = [{"Dato": "02-06-2026", "Tid": "02:30:00"}, {"Dato": "04-06-2026", "Tid": "1:45"}]
    assert plan_table(Table("sheet", ("Dato", "Tid"), rows)).list_columns == {"date": "Dato", "hours": "Tid"}


def test_two_columns_of_clock_times_are_left_to_a_person() -> None:
    """A visit's start and end ("Kl." and "Slut kl.", 09:00 and 11:30): neither is the time spent."""
    rows = [{"Dato": "02-06-2026", "Kl.": "09:00", "Slut kl.": "11:30"}] * 2
    assert plan_table(Table("sheet", ("Dato", "Kl.", "Slut kl."), rows)).mode == "none"
