"""The fifty-seventh onboarding trial: Greve (253), forms made by programs no earlier trial used: a
placement agreement its job centre's supplier's Perl tool writes with PDF::Builder (3.025, no form API: the
tool builds the /AcroForm and each Widget from PDF::Builder's own objects, each field named by the label
printed left of it, "CPR-nr.", "Timer pr. uge", "Første dag"; a box per benefit, on as /On), and the
month's mentor visits its mentor supplier's PHP app writes with SimpleXML (asXML() of a bare root: one line
under `<?xml version="1.0"?>`, every letter outside ASCII a character reference; a visit's hours PHP's
minutes / 60, a bool "1" or "") (`tools/make_fixtures_onboarding_fiftyseventh.py`, which needs perl's
PDF::Builder and php's SimpleXML; the files it wrote are kept, and these tests read them). The expected
records were written by hand from the files, before the hub read them (decision 0060, "Stop 69:
trial-115"). The config written by hand read both at the base; suggest's draft of the visits took the
attestation's flag "1" for the signer and left the day signed a TODO (`test_suggest_signer_element.py`)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial
from simulator_support import fixture_script

THIS = Trial("greve", "253", "make_fixtures_onboarding_fiftyseventh")
FORMS = ["praktikaftale.pdf", "mentorbesoeg.xml"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


MISSING = fixture_script(THIS.script).missing()


@pytest.mark.skipif(MISSING is not None, reason=f"needs PDF::Builder and SimpleXML: {MISSING}")
def test_the_kept_forms_are_what_pdf_builder_and_simplexml_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_pdf_builders_and_simplexmls() -> None:
    with pikepdf.open(THIS.golden / FORMS[0]) as pdf:
        # PDF::Builder's: PDF 1.4, the tool's fixed dates, each field named by its printed label
        assert pdf.pdf_version == "1.4" and "PDF::Builder" in str(pdf.docinfo["/Producer"])
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        assert len(fields) == 19 and str(fields["Første dag"].V) == "01.03.2027"
        assert str(fields["CPR-nr."].V) == "030891-3372" and str(fields["Timer pr. uge"].V) == "18,5"
        # a box per benefit, each its own field, on as /On
        assert fields["Uddannelseshjælp"].V == "/On" and fields["Kontanthjælp"].V == "/Off"
    text = (THIS.golden / FORMS[1]).read_text(encoding="ascii")  # every other letter a reference
    # asXML() of a bare root: its version alone declared, then the whole document on one line
    assert text.startswith('<?xml version="1.0"?>\n<mentorbesoeg xmlns="urn:dk:greve:jobcenter:mentorbesoeg:')
    assert text.count("\n") == 2 and "<mentor>Tina &#xD8;stergaard</mentor>" in text
    # minutes / 60 as PHP prints it, a bool cast to a string, a day as date('d-m-Y')
    assert "<dato>04-03-2027</dato><timer>0.75</timer><afholdt>1</afholdt>" in text
    assert "<dato>11-03-2027</dato><timer>0</timer><afholdt/>" in text
    assert "<tidspunkt>2027-03-31T16:40:00+02:00</tidspunkt>" in text


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names in the XML) cleared
    as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)
