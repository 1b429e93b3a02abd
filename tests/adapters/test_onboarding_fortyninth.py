"""The forty-ninth onboarding trial: Lejre (350), forms made by programs no earlier trial used: the end of
a placement its job centre's small tool makes through qpdf's JSON (`qpdf --json-output` of the letter's
plain page, an AcroForm and its widgets added, `qpdf --json-input` back), and a month of mentor visits its
mentor firm's node app writes with csv-stringify (`tools/make_fixtures_onboarding_fortyninth.py`, which
needs qpdf, node and csv-stringify; the files it wrote are kept, and these tests read them). The expected
records were written by hand from the files, before the hub read them (decision 0060, "Stop 67:
trial-106"). The config written by hand and suggest's drafts read every value at the base; the variants
the trial probed are pinned where they failed (`test_date_comma_before_time.py`,
`test_suggest_javascript_columns.py`)."""

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

THIS = Trial("lejre", "350", "make_fixtures_onboarding_fortyninth")
FORMS = ["ophoer.pdf", "mentortimer.csv"]
MODULES = Path(os.environ.get("CSV_STRINGIFY_NODE_MODULES", ROOT / "var" / "csvs" / "node_modules"))


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("qpdf") is None or shutil.which("node") is None or not (MODULES / "csv-stringify").is_dir(),
    reason="needs qpdf, node and csv-stringify (CSV_STRINGIFY_NODE_MODULES)",
)
def test_the_kept_forms_are_what_qpdf_and_csv_stringify_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_qpdfs_and_csv_stringifys() -> None:
    pdf = (THIS.golden / FORMS[0]).read_bytes()
    # qpdf's: object streams and a cross-reference stream, no /Info (no producer named)
    assert pdf.startswith(b"%PDF-1.7") and b"/Type /ObjStm" in pdf and b"/Type /XRef" in pdf
    with pikepdf.open(io.BytesIO(pdf)) as document:
        fields = {str(f.T): f for f in document.Root.AcroForm.Fields}
        assert "/Info" not in document.trailer
        # the outcome a radio group of the tool's short words, each button drawn on and off
        group = fields["Overgang"]
        assert group.V == "/Fleksjob" and [str(k.AS) for k in group.Kids].count("/Fleksjob") == 1
        assert set(group.Kids[2].AP.N.keys()) == {"/Fleksjob", "/Off"}
        assert str(fields["Sidste_dag"].V) == "12. marts 2027" and "/AP" in fields["Sidste_dag"]
        assert bytes(fields["Navn"].V.unparse()) == b"(Sofie B\xe6k Lindholm)"  # `u:` as PDFDocEncoding
        assert fields["Bemaerkninger"].Ff == 4096 and "\n" in str(fields["Bemaerkninger"].V)
    csv = (THIS.golden / FORMS[1]).read_bytes()
    # csv-stringify's: a BOM, CRLF, `toLocaleDateString("da-DK")`, JavaScript's numbers, `1` for true,
    # quotes only where needed and doubled, a line break inside a quoted field kept as written
    assert csv.startswith("\ufeffCPR-nr.,Borger,P-nummer,".encode())
    text = csv.decode("utf-8-sig")
    assert ",Hanne Ravnsbæk,16.3.2027,0.75,Kort opfølgning,1,Hanne Ravnsbæk,31.3.2027\r\n" in text
    assert ',"Café Ledreborg, Gl. Kongevej","Jens ""Bamse"" Olsen",3.3.2027,3,' in text
    assert ',"Servering,\nkasse og oprydning",1,' in text


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names) cleared as they say,
    the others left as the comments they are (the visits' topics, the approval flag); no path or
    transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == expected
