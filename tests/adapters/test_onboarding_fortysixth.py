"""The forty-sixth onboarding trial: Kolding (621), forms made by programs no earlier trial used: a
placement agreement its job centre's letter system makes with LuaLaTeX's hyperref fields, and a month of
mentor hours its mentor firm's node app exports with fast-xml-parser's XMLBuilder
(`tools/make_fixtures_onboarding_fortysixth.py`, which needs lualatex, node and fast-xml-parser; the files
it wrote are kept, and these tests read them). The expected records were written by hand from the files,
before the hub read them (decision 0060, "Stop 66: trial-102"). The config written by hand read every
value at the base; the drafts once the reader left a box's statement before it as its words
(`test_pdf_box_statement_before.py`) and suggest knew "Firma" and "Deltager" and let a heading's guess
give way (`test_suggest_heading_gives_way.py`)."""

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

THIS = Trial("kolding", "621", "make_fixtures_onboarding_fortysixth")
FORMS = ["praktikaftale.pdf", "mentortimer.xml"]
MODULES = Path(os.environ.get("FAST_XML_PARSER_NODE_MODULES", ROOT / "var" / "fxp" / "node_modules"))


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("lualatex") is None or not (MODULES / "fast-xml-parser").is_dir(),
    reason="needs lualatex and fast-xml-parser (FAST_XML_PARSER_NODE_MODULES)",
)
def test_the_kept_forms_are_what_lualatex_and_fast_xml_parser_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_lualatexs_and_fast_xml_parsers() -> None:
    pdf = (THIS.golden / FORMS[0]).read_bytes()
    assert pdf.startswith(b"%PDF-1.5") and b"/Producer (LuaTeX-1.15.0)" in pdf
    with pikepdf.open(io.BytesIO(pdf)) as document:  # the fields are in object streams
        fields = {str(f.T): f for f in document.Root.AcroForm.Fields}
        buttons = [a for a in document.pages[0].Annots if a.get("/FT") == "/Btn"]
        # the drop-down list's value is the chosen word's code, each entry [code, word]
        assert fields["ydelse"].V == "SD" and list(fields["ydelse"].Opt[2]) == ["SD", "Sygedagpenge"]
        # a radio group of three fields of one name, the first in the catalogue's list, none with /AS
        assert [str(b.T) for b in buttons[:3]] == ["visitation"] * 3 and "visitation" in fields
        assert all("/AS" not in b and b.V == "/Jobparat" for b in buttons[:3])
        assert fields["mentorvirk"].V == "/Yes"
        assert bytes(fields["borger"].V.unparse()).startswith(b"<feff")  # pdfencoding=auto: UTF-16 for ø
    export = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    # fast-xml-parser: no declaration, `toISOString()` days (local midnight is the evening before in UTC)
    assert export.startswith('<mentortimer xmlns="http://kolding.example.dk/mentor/timer" periode="2027-01"')
    assert "<dato>2027-01-04T23:00:00.000Z</dato>\n      <timer>1.5</timer>" in export
    assert "<timer>2</timer>" in export and "<timerIalt>6.5</timerIalt>" in export
    assert '<godkendelse godkendtAf="Pia Lykkegaard" tidspunkt="2027-02-01T07:40:12.000Z"/>' in export


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names in the hours) cleared
    as they say, the others left as the comments they are (the export's period and moment, the course's
    id, the visits' topics); no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == expected
