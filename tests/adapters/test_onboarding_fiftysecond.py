"""The fifty-second onboarding trial: Halsnæs (260), forms made by programs no earlier trial used: a
placement agreement its job centre's small Python tool makes with PyPDFForm (the page drawn by
PyPDFForm, its fields made by `bulk_create_fields` and filled: the benefit and the visitation
drop-downs, the mentor's employer two boxes, the days `3/5-2027`), and the month's ended placements its
R script writes with data.table's `fwrite` (`sep = ";"`, `dec = ","`, a BOM, quoting "auto", ISO dates,
the end a UTC date-time) (`tools/make_fixtures_onboarding_fiftysecond.py`, which needs PyPDFForm and R's
data.table; the files it wrote are kept, and these tests read them). The expected records were written
by hand from the files, before the hub read them (decision 0060, "Stop 68: trial-110"). The config
written by hand read every value at the base; suggest's draft of the agreement was refused for its bare
"Navn" beside the CPR number (`test_suggest_name_beside_cpr.py`)."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from tools.fixture_files import ROOT

THIS = Trial("halsnaes", "260", "make_fixtures_onboarding_fiftysecond")
FORMS = ["praktikaftale.pdf", "afsluttede.csv"]
PYPDFFORM = Path(os.environ.get("HALSNAES_PYTHONPATH", ROOT / "var" / "py"))


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    not (PYPDFFORM / "PyPDFForm").is_dir() or shutil.which("Rscript") is None,
    reason="needs PyPDFForm (HALSNAES_PYTHONPATH) and R with data.table",
)
def test_the_kept_forms_are_what_pypdfform_and_fwrite_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_pypdfforms_and_fwrites() -> None:
    pdf = (THIS.golden / FORMS[0]).read_bytes()
    # PyPDFForm's, through reportlab: PDF 1.3, reportlab the producer, the drop-downs' words their values
    assert pdf.startswith(b"%PDF-1.3") and b"/Producer (ReportLab PDF Library" in pdf
    with pikepdf.open(io.BytesIO(pdf)) as document:
        fields = {str(f.T): f for f in document.Root.AcroForm.Fields}
        assert fields["ydelse"].FT == "/Ch" and str(fields["ydelse"].V) == "Uddannelseshjælp"
        assert str(fields["visitation"].V) == "Uddannelsesparat" and str(fields["fra_dato"].V) == "3/5-2027"
        assert fields["mentor_virksomhed"].V == "/Yes" and fields["mentor_jobcenter"].V == "/Off"
        assert fields["formaal"].Ff == 4096 and "/AP" in fields["navn"]
    text = (THIS.golden / FORMS[1]).read_bytes().decode("utf-8")
    # fwrite's: a BOM, LF, bare values, one quoted only where it holds `;`, a quote or a line break; its
    # ISO days; a POSIXct in UTC; the decimal comma; NA as nothing
    assert text.startswith("\ufeffCPR;Borger;P-nummer;Praktiksted;Startdato;Slutdato;Årsag;Timer pr. uge;")
    assert ";2027-05-03;2027-07-01T22:00:00Z;Ordinært job;15;" in text
    assert ';18,5;"Optaget på ""Cykelmekaniker"", EUD\nstart august";' in text
    assert text.endswith(";Langvarig sygdom;12,5;;Tina Mølgaard\n")


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names in the CSV) cleared
    as they say, the others left as the comments they are (the start, the hours, the caseworker); no
    path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    got = canonical_records(THIS.config(tmp_path, draft), data, name)
    assert got == expected
